#pragma once

#include <QObject>

/// For the start-up benchmark (`capsuleer --quit-after-first-paint`): when the watched window paints for the
/// first time, prints "first-paint" on stdout and quits, so that process start to first paint can be timed
/// from outside, the same way for Capsuleer and for a bare QMainWindow program.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` (not owned).
    explicit FirstPaintProbe(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
