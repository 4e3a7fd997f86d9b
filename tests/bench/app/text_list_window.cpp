// A reference point for bench_startup: the least a window that shows 100 characters by name can do, a
// QMainWindow with a QListWidget of 100 plain lines, started and timed like Capsuleer. Unlike the bare window
// it draws text, so it pays for loading the fonts and shaping and rasterising glyphs, as every app that
// shows text does.

#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(960, 620);
    auto *list = new QListWidget;
    for (int i = 0; i < 100; ++i)
        list->addItem(QStringLiteral("Bench Pilot %1").arg(i));
    window.setCentralWidget(list);
    (new FirstPaintWatcher(&window))->reportAndQuitWhenPainted();
    window.show();
    return app.exec();
}
