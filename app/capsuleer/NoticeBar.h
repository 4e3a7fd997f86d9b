#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// A message across the top of the window (the demo marker, a keychain or server problem), with an
/// optional action button. Hidden when it has no text.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Info, Warning, Error };

    explicit NoticeBar(const QString &accessibleName, QWidget *parent = nullptr);

    /// Shows `text`; `actionText` non-empty adds a button that emits actionTriggered().
    void showMessage(const QString &text, Tone tone, const QString &actionText = QString());
    void clear();
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
};
