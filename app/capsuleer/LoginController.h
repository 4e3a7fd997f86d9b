#pragma once

#include "LoginProblem.h"

#include <EveSso/AccountManager.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class AccountBackend;
class DemoServer;

namespace EveSso {
class LoginFlow;
}

/// One browser login at a time, for a new character or a re-login: the library's LoginFlow, then the
/// AccountManager adopts the verified login. The browser is opened with QDesktopServices::openUrl unless
/// the opener is replaced (tests play the browser).
class LoginController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    /// Opens the login page; returns false when no browser could be opened.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    explicit LoginController(QObject *parent = nullptr);
    ~LoginController() override;

    void setBrowserOpener(BrowserOpener opener);
    /// The backend logins go to (cancels a running login when it changes).
    void setBackend(AccountBackend *backend);
    /// In the demo, auto-approve picks a character not added yet.
    void setDemo(DemoServer *demo);

    /// Starts a login; `expectedCharacterId` non-zero for a re-login of that character. With
    /// `listenForCallback` false nothing listens on the callback port: the player pastes the address.
    /// Waits for the SSO to be prepared when it still is being prepared.
    void start(qint64 expectedCharacterId = 0, bool listenForCallback = true);
    void cancel();
    /// The manual fallback: the address the browser ended on. False when it carries no login answer.
    bool completeManually(const QString &address);
    /// Opens the login page in the browser again (the player closed the tab). False when none opened.
    bool openBrowserAgain();

    bool isActive() const;
    qint64 expectedCharacter() const { return m_expected; }
    /// The login page address, for "Copy login link" (empty until the login started).
    QUrl loginUrl() const { return m_loginUrl; }

signals:
    void activeChanged();
    /// The login page is open (or could not be opened): the player completes the login in the browser.
    void waitingForBrowser(const QUrl &url, bool browserOpened);
    void succeeded(qint64 characterId, const QString &name, EveSso::AccountManager::AddOutcome outcome);
    void failed(const LoginProblem &problem);

private:
    void begin();
    void finish();
    void fail(const EveSso::SsoError &error);

    QPointer<AccountBackend> m_backend;
    QPointer<DemoServer> m_demo;
    QPointer<EveSso::LoginFlow> m_flow;
    BrowserOpener m_opener;
    QMetaObject::Connection m_waitForReady;
    qint64 m_expected = 0;
    bool m_listen = true;
    bool m_pending = false; ///< Waiting for the backend to be prepared.
    bool m_adopting = false; ///< The verified login is being stored.
    QUrl m_loginUrl;
};
