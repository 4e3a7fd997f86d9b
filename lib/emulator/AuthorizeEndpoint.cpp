// GET /v2/oauth/authorize (validate, then the character picker or auto-approve) and the picker's POST.

#include "FormData.h"
#include "SsoRoutes.h"

#include <QRegularExpression>

namespace EveSso::Emu {

namespace {

HttpResponse invalidRequest()
{
    // The live SSO's wording for missing or malformed parameters; it never redirects on these.
    return SsoRoutes::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("Some parameters are either missing or invalid"));
}

QStringList splitScopes(const QString &scope)
{
    // Space separated; '+' as well, because some clients send a literal '+' (EsiPy) in the query.
    static const QRegularExpression separators(QStringLiteral("[ +]+"));
    return scope.split(separators, Qt::SkipEmptyParts);
}

QByteArray percent(const QString &s) { return QUrl::toPercentEncoding(s); }

} // namespace

HttpResponse SsoRoutes::authorize(const HttpRequest &request)
{
    const auto param = [&](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const Emulator::Client *client = m_ctx.config.client(param("client_id"));
    if (param("response_type") != QLatin1String("code") || !client)
        return invalidRequest();
    const QUrl redirectUri(param("redirect_uri"), QUrl::StrictMode);
    if (!redirectUri.isValid() || !client->callbackUrls.contains(param("redirect_uri")))
        return invalidRequest();

    QStringList scopes;
    for (const QString &scope : splitScopes(param("scope"))) {
        if (!m_ctx.fixture.scopes().contains(scope) || !client->allowedScopes.contains(scope))
            return error(400, QStringLiteral("invalid_scope"),
                         QStringLiteral("The requested '%1' scope is not valid.").arg(scope));
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    const QString state = param("state");
    if (state.isEmpty())
        return invalidRequest();

    const QString challenge = param("code_challenge");
    const bool hasMethod = request.query.hasQueryItem(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() || hasMethod || client->secret.isEmpty()) {
        // S256 is the only method; public clients must use PKCE.
        static const QRegularExpression b64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        if (param("code_challenge_method") != QLatin1String("S256") || !b64url.match(challenge).hasMatch())
            return invalidRequest();
    }

    const PendingAuthorization pending{client->clientId, redirectUri, scopes, state, challenge.toLatin1(),
                                       QDateTime::currentDateTimeUtc()};
    if (m_ctx.config.autoApprove != 0) {
        if (!m_ctx.fixture.character(m_ctx.config.autoApprove))
            return invalidRequest();
        return redirectWithCode(pending, m_ctx.config.autoApprove);
    }
    const QString requestId = m_ctx.grants.addPending(pending);
    HttpResponse r;
    r.body = renderAuthorizePage(requestId, pending).toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse SsoRoutes::answerAuthorizePage(const HttpRequest &request)
{
    if (!isFormContentType(request.header("content-type")))
        return invalidRequest();
    const auto form = parseForm(request.body);
    const auto pending = m_ctx.grants.takePending(form.value(QStringLiteral("request_id")));
    if (!pending)
        return invalidRequest();

    if (form.value(QStringLiteral("action")) == QLatin1String("cancel")) {
        QByteArray location = pending->redirectUri.toEncoded();
        location += (pending->redirectUri.hasQuery() ? "&" : "?");
        location += "error=access_denied&state=" + percent(pending->state);
        HttpResponse r;
        r.status = 302;
        r.setHeader("Location", location);
        r.setHeader("Cache-Control", "no-store");
        return r;
    }
    const qint64 characterId = form.value(QStringLiteral("character_id")).toLongLong();
    if (form.value(QStringLiteral("action")) != QLatin1String("authorize") || !m_ctx.fixture.character(characterId))
        return invalidRequest();
    return redirectWithCode(*pending, characterId);
}

HttpResponse SsoRoutes::redirectWithCode(const PendingAuthorization &pending, qint64 characterId)
{
    const QString code = m_ctx.grants.issueCode({characterId, pending.clientId, pending.scopes},
                                                pending.redirectUri, pending.codeChallenge);
    QByteArray location = pending.redirectUri.toEncoded();
    location += (pending.redirectUri.hasQuery() ? "&" : "?");
    location += "code=" + percent(code) + "&state=" + percent(pending.state);
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace EveSso::Emu
