#pragma once

// The Capsuleer window on its own settings file and, for the demo, its built-in emulator; a test browser
// that plays the player's browser against the emulator's authorize page.

#include "FreePort.h"
#include "TestBrowser.h"

#include "AccountBackend.h"
#include "AppCore.h"
#include "DemoServer.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "SettingsFile.h"
#include "Translations.h"

#include <EveSso/AccountManager.h>
#include <EveSso/Emulator.h>
#include <EveSso/SecretStore.h>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace CapsuleerTest {

/// The first descendant of `root` of type T whose accessible name (or text, for buttons) is `name`.
template<typename T>
T *findNamed(QWidget *root, const QString &name)
{
    for (T *widget : root->findChildren<T *>()) {
        if (widget->accessibleName() == name)
            return widget;
        if constexpr (std::is_base_of_v<QAbstractButton, T>) {
            if (widget->text().remove(QLatin1Char('&')) == name)
                return widget;
        }
    }
    return nullptr;
}

/// Text of the label with this accessible name under `root` (a null string when there is none).
inline QString labelText(QWidget *root, const QString &name)
{
    QLabel *label = findNamed<QLabel>(root, name);
    return label ? label->text() : QString();
}

struct AppHarness
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppCore> core;
    std::unique_ptr<MainWindow> window;
    EveSsoTest::TestBrowser browser;
    QList<QUrl> opened;                       ///< Every URL the app asked the browser to open.
    std::function<void(const QUrl &)> onOpen; ///< What the "browser" does with it (queued), if anything.
    quint16 callbackPort = 0;

    /// Settings on a free callback port; `configure` may change them before the core reads them.
    void createCore(const std::function<void(AppSettings &)> &configure = {})
    {
        static const bool translated = (installTranslations(QCoreApplication::instance()), true);
        Q_UNUSED(translated)
        settings = SettingsFile::open(dir.filePath(QStringLiteral("capsuleer.json")));
        AppSettings s;
        callbackPort = EveSsoTest::freeLoopbackPort();
        s.callbackPort = callbackPort;
        if (configure)
            configure(s);
        s.save(*settings);
        settings->sync();
        core = std::make_unique<AppCore>(settings.get());
    }

    /// `beforeShow` sees the window before it is shown (to watch its first paint, say).
    void createWindow(const std::function<void(MainWindow *)> &beforeShow = {})
    {
        window = std::make_unique<MainWindow>(core.get(), settings.get());
        if (beforeShow)
            beforeShow(window.get());
        window->loginController()->setBrowserOpener([this](const QUrl &url) {
            opened.append(url);
            if (onOpen)
                QTimer::singleShot(0, window.get(), [this, url] { onOpen(url); });
            return true;
        });
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
    }

    /// Starts the offline demo and the window; the demo's emulator is the server under test.
    bool startDemo()
    {
        createCore();
        QString error;
        if (!core->startDemo(false, &error)) {
            qWarning() << error;
            return false;
        }
        createWindow();
        return QTest::qWaitFor([this] { return core->backend()->status() == AccountBackend::Status::Ready; }, 10000);
    }

    EveSso::Emulator *emulator() const { return core->demo()->emulator(); }
    EveSso::AccountManager *accounts() const { return core->backend()->accounts(); }

    /// The browser approves as `characterId` (0: the first offered) and follows the redirect to the app.
    void authorizeAndReturn(qint64 characterId = 0)
    {
        onOpen = [this, characterId](const QUrl &url) {
            const QUrl back = browser.authorize(url, EveSsoTest::TestBrowser::Action::Authorize, characterId);
            if (back.isValid())
                browser.visit(back);
        };
    }

    /// Adds a character through the whole browser flow; returns whether it appeared in the list.
    bool addThroughBrowser(qint64 characterId)
    {
        authorizeAndReturn(characterId);
        const int before = accounts()->count();
        window->addCharacter();
        return QTest::qWaitFor([&] { return accounts()->count() == before + 1 && !window->loginController()->isActive(); },
                               15000)
            && accounts()->rowOf(characterId) >= 0;
    }

    /// The keychain entry of a demo character: its secret, or empty with the error.
    QString storedSecret(qint64 characterId, EveSso::SecretStore::Error *error = nullptr)
    {
        bool done = false;
        EveSso::SecretStore::Result result;
        core->secrets()->readRefreshToken(DemoServer::ProfileId, characterId, core.get(),
                                          [&](const EveSso::SecretStore::Result &r) {
                                              result = r;
                                              done = true;
                                          });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        if (error)
            *error = result.error;
        return result.secret;
    }

    ~AppHarness()
    {
        window.reset();
        core.reset();
    }
};

/// Stores a login the emulator issued for `characterId` in Capsuleer's keychain entries of the custom server
/// profile, as an earlier run of the app would have. Returns whether the keychain took it.
inline bool storeLogin(EveSso::Emulator &emulator, const QString &clientId, qint64 characterId, const QStringList &scopes)
{
    EveSso::SecretStore store(QStringLiteral("Capsuleer"));
    bool done = false;
    EveSso::SecretStore::Result result;
    store.writeRefreshToken(AppSettings::CustomProfileId, characterId,
                            emulator.issueRefreshToken(characterId, clientId, scopes), &store,
                            [&](const EveSso::SecretStore::Result &r) {
                                result = r;
                                done = true;
                            });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !result.ok()) {
        qWarning() << "could not store the login:" << result.message;
        return false;
    }
    return true;
}

/// Clicks the button labelled `buttonText` in the next modal dialog that opens.
inline void answerNextDialog(const QString &buttonText)
{
    QTimer::singleShot(0, [buttonText] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (QAbstractButton *button = findNamed<QAbstractButton>(modal, buttonText))
            button->click();
    });
}

} // namespace CapsuleerTest
