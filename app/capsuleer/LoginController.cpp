#include "LoginController.h"

#include "AccountBackend.h"
#include "DemoServer.h"

#include <EveSso/LoginFlow.h>
#include <EveSso/SsoClient.h>

#include <QDesktopServices>

LoginController::LoginController(QObject *parent)
    : QObject(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

LoginController::~LoginController()
{
    if (m_flow)
        m_flow->disconnect(this);
}

void LoginController::setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }

void LoginController::setBackend(AccountBackend *backend)
{
    if (backend == m_backend)
        return;
    if (isActive())
        cancel();
    m_backend = backend;
}

void LoginController::setDemo(DemoServer *demo) { m_demo = demo; }

bool LoginController::isActive() const { return m_pending || m_flow || m_adopting; }

void LoginController::start(qint64 expectedCharacterId, bool listenForCallback)
{
    if (isActive())
        cancel();
    m_expected = expectedCharacterId;
    m_listen = listenForCallback;
    m_loginUrl.clear();
    if (!m_backend) {
        fail(EveSso::SsoError::make(EveSso::SsoError::Kind::NotConfigured,
                                    tr("No client id is configured. Enter it in Settings, or try the offline demo.")));
        return;
    }
    m_pending = true;
    emit activeChanged();
    if (m_backend->status() == AccountBackend::Status::Ready) {
        begin();
        return;
    }
    m_waitForReady = connect(m_backend, &AccountBackend::statusChanged, this, [this](AccountBackend::Status status) {
        if (status == AccountBackend::Status::Ready) {
            disconnect(m_waitForReady);
            begin();
        } else if (status == AccountBackend::Status::Failed) {
            disconnect(m_waitForReady);
            fail(m_backend->prepareError());
        }
    });
    m_backend->retry();
}

void LoginController::begin()
{
    m_pending = false;
    if (m_demo)
        m_demo->prepareLogin([this] {
            QList<qint64> known;
            for (const auto &record : m_backend->accounts()->records())
                known.append(record.characterId);
            return known;
        }());
    EveSso::LoginFlow *flow = m_backend->sso()->createLogin(m_expected);
    flow->setListenForCallback(m_listen);
    m_flow = flow;
    connect(flow, &EveSso::LoginFlow::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_loginUrl = url;
        emit waitingForBrowser(url, m_opener(url));
    });
    connect(flow, &EveSso::LoginFlow::failed, this, [this](const EveSso::SsoError &error) { fail(error); });
    connect(flow, &EveSso::LoginFlow::succeeded, this, [this](const EveSso::LoginResult &result) {
        m_adopting = true;
        if (m_flow)
            m_flow->deleteLater();
        m_flow = nullptr;
        const qint64 id = result.character.characterId;
        const QString name = result.character.characterName;
        m_backend->accounts()->addLogin(result, this, [this, id, name](EveSso::AccountManager::AddOutcome outcome,
                                                                       const EveSso::SsoError &keychainError) {
            m_adopting = false;
            if (keychainError.isError()) {
                fail(keychainError);
                return;
            }
            m_backend->accounts()->setCurrentCharacterId(id);
            emit activeChanged();
            emit succeeded(id, name, outcome);
        });
    });
    // start() reports every failure through failed() (port busy, missing client id, ...).
    flow->start();
}

void LoginController::cancel()
{
    if (m_pending) {
        disconnect(m_waitForReady);
        fail(EveSso::SsoError::make(EveSso::SsoError::Kind::Cancelled, tr("The login was cancelled.")));
        return;
    }
    if (m_flow)
        m_flow->cancel(); // emits failed(): fail() cleans up
}

bool LoginController::completeManually(const QString &address)
{
    return m_flow && m_flow->completeManually(address);
}

bool LoginController::openBrowserAgain()
{
    return m_flow && m_loginUrl.isValid() && m_opener(m_loginUrl);
}

void LoginController::fail(const EveSso::SsoError &error)
{
    const quint16 port = m_backend ? quint16(m_backend->clientSettings().callbackUrl.port(80)) : 0;
    finish();
    emit failed(LoginProblem::fromError(error, port));
}

void LoginController::finish()
{
    m_pending = false;
    m_adopting = false;
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    m_flow = nullptr;
    emit activeChanged();
}
