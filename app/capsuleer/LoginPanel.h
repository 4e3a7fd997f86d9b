#pragma once

#include <QWidget>

class LoginController;
struct LoginProblem;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/// The page shown while a login runs: "Complete the login in your browser", a busy indicator, Cancel,
/// "Copy login link", and the manual fallback "Paste the address your browser ended on". When the login
/// fails it says what happened and what to do, and offers to try again.
class LoginPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPanel(LoginController *controller, QWidget *parent = nullptr);

    /// Shows the panel for a login that is starting (`characterName` for a re-login, else empty).
    void prepare(const QString &characterName);

    QString problemText() const;

signals:
    /// The player is done with the panel (after Cancel or a failure, "Back").
    void dismissed();
    /// The player wants to try again; `listenForCallback` false for the paste-only login.
    void retryRequested(bool listenForCallback);

private:
    void showWaiting(const QUrl &url, bool browserOpened);
    void showProblem(const LoginProblem &problem);
    void submitPastedAddress();

    LoginController *m_controller = nullptr;
    QString m_characterName;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_waitingBox = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_openAgain = nullptr;
    QLineEdit *m_pasted = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_pasteError = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_problemBox = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_pasteOnly = nullptr;
    QPushButton *m_back = nullptr;
};
