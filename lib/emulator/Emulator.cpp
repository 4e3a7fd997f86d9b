#include <EveSso/Emulator.h>

#include "HttpServer.h"
#include "Router.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace EveSso {

using namespace Emu;

class EmulatorPrivate
{
public:
    explicit EmulatorPrivate(Emulator *q)
        : router(ctx, [q](const Emulator::LoggedRequest &r) { emit q->requestLogged(r); })
    {
    }

    void registerDemoClient()
    {
        ctx.config.clients.insert(ctx.config.demoClientId,
                                  {ctx.config.demoClientId, QString(), {demoCallback.toString(QUrl::FullyEncoded)},
                                   ctx.fixture.scopes()});
    }

    EmulatorContext ctx;
    Router router;
    HttpServer *server = nullptr;
    QUrl demoCallback{QStringLiteral("http://localhost:47813/callback")};
    QString error;
};

Emulator::Emulator(QObject *parent) : QObject(parent), d(std::make_unique<EmulatorPrivate>(this))
{
    qRegisterMetaType<EveSso::Emulator::LoggedRequest>();
    // Stable across runs, so a demo app can keep its settings: 32 lowercase hex characters.
    d->ctx.config.demoClientId = QString::fromLatin1(
        QCryptographicHash::hash("capsuleer offline demo client", QCryptographicHash::Md5).toHex());
    d->registerDemoClient();
}

Emulator::~Emulator()
{
    stop();
}

bool Emulator::start(quint16 port)
{
    if (isRunning()) {
        d->error = tr("The emulator is already running on port %1.").arg(d->ctx.config.port);
        return false;
    }
    auto *server = new HttpServer([this](const HttpRequest &r) { return d->router.handle(r); }, this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        d->error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    d->server = server;
    d->ctx.config.port = server->serverPort();
    d->error.clear();
    return true;
}

void Emulator::stop()
{
    if (!d->server)
        return;
    d->server->close();
    delete d->server;
    d->server = nullptr;
}

QString Emulator::errorString() const { return d->error; }
bool Emulator::isRunning() const { return d->server && d->server->isListening(); }
quint16 Emulator::port() const { return isRunning() ? d->ctx.config.port : 0; }
QUrl Emulator::baseUrl() const { return QUrl(d->ctx.config.origin()); }
QUrl Emulator::discoveryUrl() const
{
    return QUrl(d->ctx.config.origin() + QLatin1String("/.well-known/oauth-authorization-server"));
}
QUrl Emulator::esiBaseUrl() const { return QUrl(d->ctx.config.origin() + QLatin1String("/esi")); }
QUrl Emulator::imageBaseUrl() const { return QUrl(d->ctx.config.origin() + QLatin1String("/images")); }
QString Emulator::issuer() const { return d->ctx.config.issuer(); }

bool Emulator::loadFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->error = tr("Cannot read the fixture %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadFixtureData(file.readAll());
}

bool Emulator::loadFixtureData(const QByteArray &json)
{
    auto fixture = Fixture::fromJson(json, &d->error);
    if (!fixture)
        return false;
    d->ctx.fixture = *fixture;
    d->registerDemoClient();
    return true;
}

QList<qint64> Emulator::characterIds() const { return d->ctx.fixture.characterIds(); }
QString Emulator::characterName(qint64 characterId) const
{
    const auto *c = d->ctx.fixture.character(characterId);
    return c ? c->name : QString();
}
QStringList Emulator::knownScopes() const { return d->ctx.fixture.scopes(); }

void Emulator::registerClient(const Client &client) { d->ctx.config.clients.insert(client.clientId, client); }
QString Emulator::demoClientId() const { return d->ctx.config.demoClientId; }
QUrl Emulator::demoCallbackUrl() const { return d->demoCallback; }
void Emulator::setDemoCallbackUrl(const QUrl &url)
{
    d->demoCallback = url;
    d->registerDemoClient();
}
void Emulator::setIssuerForm(IssuerForm form) { d->ctx.config.issuerForm = form; }
void Emulator::setRefreshTokenRotation(bool on) { d->ctx.config.rotation = on; }
void Emulator::setSigningAlgorithm(SigningAlgorithm alg) { d->ctx.config.algorithm = alg; }
void Emulator::setAutoApprove(qint64 characterId) { d->ctx.config.autoApprove = characterId; }
void Emulator::setAccessTokenLifetime(int seconds) { d->ctx.config.tokenLifetime = qMax(1, seconds); }

void Emulator::setErrorLimit(int errors, int windowSeconds) { d->router.esi().limits().setErrorLimit(errors, windowSeconds); }
void Emulator::setRateLimit(const QString &group, int maxTokens, int windowSeconds)
{
    d->router.esi().limits().setRateLimit(group, maxTokens, windowSeconds);
}
void Emulator::setJournalPageSize(int entries) { d->ctx.config.journalPageSize = qMax(1, entries); }

void Emulator::setLatency(const QString &pathPrefix, int milliseconds)
{
    d->router.faults().setLatency(pathPrefix, milliseconds);
}
void Emulator::failNextRequests(int count, int httpStatus, const QString &pathPrefix)
{
    d->router.faults().add(FaultInjector::Kind::Fail, count, pathPrefix, httpStatus);
}
void Emulator::malformNextResponses(int count, const QString &pathPrefix)
{
    d->router.faults().add(FaultInjector::Kind::Malform, count, pathPrefix);
}
void Emulator::truncateNextResponses(int count, const QString &pathPrefix)
{
    d->router.faults().add(FaultInjector::Kind::Truncate, count, pathPrefix);
}
void Emulator::dropNextConnections(int count, const QString &pathPrefix)
{
    d->router.faults().add(FaultInjector::Kind::Drop, count, pathPrefix);
}
void Emulator::answerHostilely(HostileAnswer how, int count, const QString &pathPrefix)
{
    const auto kind = [how] {
        switch (how) {
        case HostileAnswer::EndlessBody: return FaultInjector::Kind::EndlessBody;
        case HostileAnswer::EndlessChunks: return FaultInjector::Kind::EndlessChunks;
        case HostileAnswer::EndlessHeaders: return FaultInjector::Kind::EndlessHeaders;
        case HostileAnswer::SlowDrip: break;
        }
        return FaultInjector::Kind::SlowDrip;
    }();
    d->router.faults().add(kind, count, pathPrefix);
}
void Emulator::setDowntime(bool on) { d->router.faults().downtime = on; }
void Emulator::clearFaults() { d->router.faults().clear(); }
void Emulator::revokeAllTokens(qint64 characterId) { d->ctx.grants.revokeCharacter(characterId); }
int Emulator::liveRefreshTokens(qint64 characterId) const { return d->ctx.grants.liveRefreshTokens(characterId); }
void Emulator::rotateSigningKeys() { d->ctx.signer.rotate(); }
void Emulator::replaceSigningKeysKeepingIds() { d->ctx.signer.replaceKeysKeepingIds(); }
void Emulator::setClockSkew(int seconds) { d->ctx.config.clockSkew = seconds; }
void Emulator::setBadSignature(bool on) { d->ctx.config.badSignature = on; }

QList<Emulator::LoggedRequest> Emulator::requestLog() const { return d->router.log().entries(); }
void Emulator::clearRequestLog() { d->router.log().clear(); }
int Emulator::countRequests(const QByteArray &method, const QString &pathPrefix, const QString &grantType) const
{
    return d->router.log().count(method, pathPrefix, grantType);
}

QByteArray Emulator::fingerprint(const QByteArray &secret)
{
    return "sha256:" + QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(16);
}

QString Emulator::issueAccessToken(qint64 characterId, const QString &clientId, const QStringList &scopes,
                                   int lifetimeSeconds)
{
    return TokenIssuer::accessToken(d->ctx, {characterId, clientId, scopes}, lifetimeSeconds);
}

QString Emulator::issueRefreshToken(qint64 characterId, const QString &clientId, const QStringList &scopes)
{
    return d->ctx.grants.issueRefreshToken({characterId, clientId, scopes});
}

QByteArray Emulator::jwksDocument() const { return d->ctx.signer.jwks(); }

} // namespace EveSso
