#pragma once

#include <QObject>

/// Tells when a window has painted for the first time. Capsuleer starts its background work then, so the
/// stored characters show before anything else runs; the start-up benchmark times process start to it.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` (not owned; the watcher is its child).
    explicit FirstPaintWatcher(QObject *window);

    /// For the start-up benchmark (`--quit-after-first-paint`): prints "first-paint" on stdout and quits once
    /// painted, the same way for Capsuleer and for the bare QMainWindow program it is compared with.
    void reportAndQuitWhenPainted();

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
