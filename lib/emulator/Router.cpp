#include "Router.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEmulator, "evesso.emulator", QtInfoMsg)

namespace EveSso::Emu {

namespace {

bool under(const QString &path, QLatin1String prefix)
{
    return path.startsWith(prefix) && (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/'));
}

} // namespace

HttpResponse Router::handle(const HttpRequest &request)
{
    HttpResponse response;
    int failStatus = 0;
    if (m_faults.take(FaultInjector::Kind::Drop, request.path)) {
        response.delivery = HttpResponse::Delivery::Drop;
    } else if (m_faults.take(FaultInjector::Kind::Fail, request.path, &failStatus)) {
        response = HttpResponse::json(failStatus, QJsonDocument(QJsonObject{
                                                      {QStringLiteral("error"),
                                                       QStringLiteral("Injected failure (HTTP %1)").arg(failStatus)}}));
    } else if (const auto hostile = hostileFault(request.path)) {
        // Instead of the route, with none of its effects: a refresh token must not be rotated away by an
        // answer that never arrives.
        response = HttpResponse::jsonBytes(200, QByteArrayLiteral(R"({"hostile":"this answer never ends in time"})"));
        response.delivery = *hostile;
    } else if (m_faults.downtime && under(request.path, QLatin1String("/esi"))) {
        // ESI's own answer, not a transport fault: it goes through ESI's limits like any other.
        response = m_esi.handle(request, request.path.mid(4), true);
    } else {
        response = dispatch(request);
        if (m_faults.take(FaultInjector::Kind::Malform, request.path)) {
            // Cut and glue so that even a bare number or an empty body stops being valid JSON.
            response.body = response.body.left(response.body.size() / 2) + "}{\"malformed";
            response.setHeader("Content-Type", "application/json; charset=utf-8");
        } else if (m_faults.take(FaultInjector::Kind::Truncate, request.path)) {
            response.delivery = HttpResponse::Delivery::Truncate;
        }
    }
    response.delayMs = m_faults.latencyFor(request.path);

    const int status = response.delivery == HttpResponse::Delivery::Drop ? 0 : response.status;
    // Path and status only: queries and bodies can carry codes, tokens and state.
    qCDebug(lcEmulator, "%s %s -> %d", request.method.constData(), qPrintable(request.path), status);
    const Emulator::LoggedRequest entry = RequestLog::record(request, status, response.body);
    m_log.append(entry);
    if (m_listener)
        m_listener(entry);
    return response;
}

std::optional<HttpResponse::Delivery> Router::hostileFault(const QString &path)
{
    static constexpr std::pair<FaultInjector::Kind, HttpResponse::Delivery> kModes[] = {
        {FaultInjector::Kind::EndlessBody, HttpResponse::Delivery::EndlessBody},
        {FaultInjector::Kind::EndlessChunks, HttpResponse::Delivery::EndlessChunks},
        {FaultInjector::Kind::EndlessHeaders, HttpResponse::Delivery::EndlessHeaders},
        {FaultInjector::Kind::SlowDrip, HttpResponse::Delivery::SlowDrip},
    };
    for (const auto &[kind, delivery] : kModes) {
        if (m_faults.take(kind, path))
            return delivery;
    }
    return std::nullopt;
}

HttpResponse Router::dispatch(const HttpRequest &request)
{
    if (under(request.path, QLatin1String("/esi")))
        return m_esi.handle(request, request.path.mid(4));
    if (under(request.path, QLatin1String("/images")))
        return m_images.handle(request, request.path.mid(7));
    if (auto sso = m_sso.handle(request))
        return *sso;
    if (request.method == "GET" && request.path == QLatin1String("/"))  {
        HttpResponse r;
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = "evesso-emulator: an offline EVE SSO + ESI. Start at /.well-known/oauth-authorization-server\n";
        return r;
    }
    return HttpResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}}));
}

} // namespace EveSso::Emu
