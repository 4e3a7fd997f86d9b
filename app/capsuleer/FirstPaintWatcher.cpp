#include "FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

FirstPaintWatcher::FirstPaintWatcher(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void FirstPaintWatcher::reportAndQuitWhenPainted()
{
    connect(this, &FirstPaintWatcher::firstPainted, this, [] {
        // The benchmark times process start to this line; tearing down afterwards is not start-up.
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // After this paint has run: whatever the listeners start must not delay the pixels.
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstPainted);
    }
    return QObject::eventFilter(watched, event);
}
