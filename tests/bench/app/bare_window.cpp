// The baseline of bench_startup: a bare QMainWindow program, started and timed exactly like Capsuleer
// (process start to its first paint, then it quits).

#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(960, 620);
    (new FirstPaintWatcher(&window))->reportAndQuitWhenPainted();
    window.show();
    return app.exec();
}
