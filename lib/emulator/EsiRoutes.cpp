#include "EsiRoutes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace EveSso::Emu {

namespace {

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

} // namespace

const QList<QDate> &EsiRoutes::compatibilityDates()
{
    static const QList<QDate> dates{QDate(2026, 8, 18), QDate(2026, 7, 21), QDate(2026, 6, 9), QDate(2025, 12, 16),
                                    QDate(2020, 1, 1)};
    return dates;
}

HttpResponse EsiRoutes::errorBody(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

HttpResponse EsiRoutes::handle(const HttpRequest &request, const QString &subPath, bool downtime)
{
    // Legacy form: /latest/characters/1/ (also /legacy/, /dev/, /vN/), trailing slash, ?datasource=.
    static const QRegularExpression legacyPrefix(QStringLiteral("^/(latest|legacy|dev|v[0-9]+)(/.*)$"));
    QString path = subPath;
    bool legacy = false;
    const auto m = legacyPrefix.match(path);
    if (m.hasMatch()) {
        legacy = true;
        path = m.captured(2);
    }
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (m_limits.errorLimited())
        return m_limits.errorLimitedResponse();

    // The route is known before anything is refused, so that every answer of a rate-limited route,
    // a 400 or the downtime's 503 included, is charged to its bucket and carries its headers.
    const BearerCheck::Result auth = BearerCheck(m_ctx).check(request);
    Routed routed;
    routed.route = EsiRoute::match(segments);
    routed.rateKey = rateKey(routed.route, auth);
    const QLatin1String group(routed.route && routed.route->rateGroup ? routed.route->rateGroup : "");
    const int retryAfter = group.isEmpty() || downtime ? 0 : m_limits.rateLimitRetryAfter(group, routed.rateKey);
    QDate compat;
    if (downtime) {
        routed.response = errorBody(503, QStringLiteral("The datasource tranquility is temporarily "
                                                        "unavailable"));
    } else if (retryAfter > 0) {
        routed.rateLimited = true;
        routed.response = m_limits.rateLimitedResponse(group, routed.rateKey, retryAfter);
    } else if (compatibilityDate(request, legacy, &compat, &routed.response)) {
        routed.response = respond(request, routed.route, segments, compat, legacy, auth);
    }
    applyCaching(request, routed);

    HttpResponse &r = routed.response;
    r.setHeader("X-Esi-Request-Id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (!group.isEmpty()) {
        // Mutually exclusive header schemes: a rate-limited route carries no error-limit headers, although
        // its errors still count towards the error limit.
        if (!routed.rateLimited)
            m_limits.finishRateLimited(r, group, routed.rateKey);
        m_limits.finishErrorLimited(r, false);
    } else {
        m_limits.finishErrorLimited(r, true);
    }
    return r;
}

bool EsiRoutes::compatibilityDate(const HttpRequest &request, bool legacy, QDate *compat,
                                  HttpResponse *error) const
{
    *compat = compatibilityDates().last();
    if (legacy) {
        const QString datasource = request.query.queryItemValue(QStringLiteral("datasource"));
        if (datasource.isEmpty() || datasource == QLatin1String("tranquility"))
            return true;
        *error = errorBody(400, QStringLiteral("Invalid datasource: %1").arg(datasource));
        return false;
    }
    QByteArray text = request.header("x-compatibility-date");
    if (text.isEmpty())
        text = request.query.queryItemValue(QStringLiteral("compatibility_date")).toLatin1();
    if (text.isEmpty())
        return true;
    *compat = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (compat->isValid() && text.size() == 10 && *compat >= compatibilityDates().last()
        && *compat <= QDateTime::currentDateTimeUtc().date())
        return true;
    *error = errorBody(400, QStringLiteral("Invalid compatibility date: %1").arg(QString::fromLatin1(text)));
    return false;
}

QString EsiRoutes::rateKey(const EsiRoute *route, const BearerCheck::Result &auth)
{
    // CCP's bucket user: application:character from the token on a route that needs one; otherwise the
    // source address (always loopback here), with the application when a token is sent anyway.
    const QString address = QStringLiteral("127.0.0.1");
    if (!auth.ok)
        return address;
    if (route && route->authenticated)
        return auth.clientId + QLatin1Char(':') + QString::number(auth.characterId);
    return address + QLatin1Char(':') + auth.clientId;
}

HttpResponse EsiRoutes::respond(const HttpRequest &request, const EsiRoute *route,
                                const QStringList &segments, const QDate &compat, bool legacy,
                                const BearerCheck::Result &auth)
{
    using Id = EsiRoute::Id;
    if (!route)
        return errorBody(404, QStringLiteral("Not found"));
    if (request.method != route->method)
        return errorBody(405, QStringLiteral("Method not allowed"));
    const QList<qint64> ids = route->ids(segments);
    const qint64 id = ids.value(0);
    const auto json = [](const QJsonObject &o) { return HttpResponse::json(200, QJsonDocument(o)); };

    switch (route->id) {
    case Id::Character:
    case Id::Portrait: {
        const Fixture::Character *c = m_ctx.fixture.character(id);
        if (!c)
            return errorBody(404, QStringLiteral("Character not found"));
        return json(route->id == Id::Character ? characterDocument(*c, compat, legacy)
                                               : portraitDocument(c->id));
    }
    case Id::Wallet:
    case Id::Journal:
        return wallet(id, auth, route->id == Id::Journal, request);
    case Id::Corporation: {
        const Fixture::Corporation *c = m_ctx.fixture.corporation(id);
        return c ? json(corporationDocument(*c, compat, legacy))
                 : errorBody(404, QStringLiteral("Corporation not found"));
    }
    case Id::Alliance: {
        const Fixture::Alliance *a = m_ctx.fixture.alliance(id);
        return a ? json(allianceDocument(*a)) : errorBody(404, QStringLiteral("Alliance not found"));
    }
    case Id::UniverseNames:
        return universeNames(request.body);
    case Id::Status:
        return json({{QStringLiteral("players"), 23817},
                     {QStringLiteral("server_version"), QStringLiteral("2964423")},
                     {QStringLiteral("start_time"), QStringLiteral("2026-01-01T11:05:00Z")}});
    case Id::CompatibilityDates: {
        QJsonArray dates;
        for (const QDate &d : compatibilityDates())
            dates.append(d.toString(Qt::ISODate));
        return json({{QStringLiteral("compatibility_dates"), dates}});
    }
    }
    return errorBody(404, QStringLiteral("Not found"));
}

HttpResponse EsiRoutes::wallet(qint64 characterId, const BearerCheck::Result &auth, bool journal,
                               const HttpRequest &request) const
{
    const Fixture::Character *c = m_ctx.fixture.character(characterId);
    if (!auth.ok)
        return errorBody(auth.status, auth.error);
    if (!auth.scopes.contains(QStringLiteral("esi-wallet.read_character_wallet.v1")) || auth.characterId != characterId)
        return errorBody(403, QStringLiteral("token not valid for scope"));
    if (!c)
        return errorBody(404, QStringLiteral("Character not found"));
    if (!journal)
        return HttpResponse::jsonBytes(200, QByteArray::number(c->walletBalance, 'f', 2));

    const int pageSize = qMax(1, m_ctx.config.journalPageSize);
    const int pages = qMax(1, int((c->journal.size() + pageSize - 1) / pageSize));
    bool ok = true;
    const QString pageText = request.query.queryItemValue(QStringLiteral("page"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1)
        return errorBody(400, QStringLiteral("Invalid page: %1").arg(pageText));
    if (page > pages)
        return errorBody(404, QStringLiteral("Requested page does not exist!"));
    QJsonArray entries;
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < qMin<qsizetype>(c->journal.size(), qsizetype(page) * pageSize); ++i)
        entries.append(c->journal.at(i));
    HttpResponse r = HttpResponse::json(200, QJsonDocument(entries));
    r.setHeader("X-Pages", QByteArray::number(pages));
    return r;
}

void EsiRoutes::applyCaching(const HttpRequest &request, Routed &routed) const
{
    HttpResponse &r = routed.response;
    if (!routed.route || r.status != 200)
        return;
    // CCP documents Cache-Control, ETag and Last-Modified on every route's 200; a route without a
    // documented lifetime (POST /universe/names) gets no-cache rather than a lifetime of our own.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int maxAge = routed.route->maxAge(now);
    const QByteArray etag = '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex() + '"';
    if (maxAge > 0) {
        r.setHeader("Cache-Control", (routed.route->authenticated ? "private, max-age=" : "public, max-age=")
                                         + QByteArray::number(maxAge));
        r.setHeader("Expires", httpDate(now.addSecs(maxAge)));
    } else {
        r.setHeader("Cache-Control", "no-cache");
    }
    r.setHeader("ETag", etag);
    // Stable across pages and requests: the fixture's own modification time.
    r.setHeader("Last-Modified", httpDate(m_ctx.fixture.lastModified()));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (request.method == "GET" && !ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
        r.status = 304;
        r.body.clear();
        for (auto it = r.headers.begin(); it != r.headers.end();)
            it = it->first.compare("Content-Type", Qt::CaseInsensitive) == 0 ? r.headers.erase(it) : std::next(it);
    }
}

} // namespace EveSso::Emu
