#pragma once

#include <QMainWindow>
#include <QPointer>

class AccountBackend;
class AppCore;
class CharacterListModel;
class DetailPane;
class LoginController;
class LoginPanel;
class NoticeBar;
class QAction;
class QLabel;
class QListView;
class QSettings;
class QSplitter;
class QStackedWidget;
class WelcomePage;

/// Capsuleer's window: the welcome page on first run, else the character list with the detail pane, and the
/// login panel while a browser login runs. Notices across the top mark the demo and report keychain and
/// server problems; the status bar shows the total ISK.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `core` and `settings` are not owned (settings receive the window geometry).
    MainWindow(AppCore *core, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginController *loginController() const { return m_login; }

    /// Starts adding a character through the browser.
    void addCharacter();
    /// Logs the current character in again.
    void reloginCurrent();
    /// Refreshes the current character now.
    void refreshCurrent();
    /// Asks for confirmation, then removes the current character (revoking its login).
    void removeCurrent();
    void moveCurrent(int delta);
    void selectRelative(int delta);
    void showSettings();
    void showAbout();
    /// Switches to the offline demo (from the welcome page).
    void startDemo();
    /// Brings the window to the front (a second launch asked for it).
    void bringToFront();

    /// Shows a problem found while starting (e.g. the demo server could not start).
    void showStartupProblem(const QString &message);

    /// The total line of the status bar.
    QString totalText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitIntoScreen();
    void createActions();
    void setBackend(AccountBackend *backend);
    void updatePage();
    WelcomePage *welcomePage(); ///< Built on first use.
    LoginPanel *loginPanel();   ///< Built on first use.
    void updateActions();
    void updateTotal();
    void updateBackendNotice();
    void updateDemoMarks();
    void selectCharacter(qint64 characterId);
    qint64 currentCharacterId() const;
    void startLogin(qint64 expectedCharacterId, bool listenForCallback);

    AppCore *m_core = nullptr;
    QSettings *m_settings = nullptr;
    LoginController *m_login = nullptr;
    QPointer<AccountBackend> m_backend;
    CharacterListModel *m_listModel = nullptr;

    NoticeBar *m_demoNotice = nullptr;
    NoticeBar *m_keychainNotice = nullptr;
    NoticeBar *m_serverNotice = nullptr;
    NoticeBar *m_resultNotice = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_accountsPage = nullptr;
    QListView *m_list = nullptr;
    DetailPane *m_detail = nullptr;
    LoginPanel *m_loginPanel = nullptr;
    QLabel *m_total = nullptr;
    qint64 m_loginCharacter = 0;
    bool m_showLoginPanel = false; ///< From the start of a login until it succeeds or the player leaves the panel.

    QAction *m_addAction = nullptr;
    QAction *m_reloginAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
};
