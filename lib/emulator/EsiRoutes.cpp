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

HttpResponse EsiRoutes::handle(const HttpRequest &request, const QString &subPath)
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
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (m_limits.errorLimited())
        return m_limits.errorLimitedResponse();

    QDate compat = compatibilityDates().last();
    if (legacy) {
        const QString datasource = request.query.queryItemValue(QStringLiteral("datasource"));
        if (!datasource.isEmpty() && datasource != QLatin1String("tranquility")) {
            HttpResponse r = errorBody(400, QStringLiteral("Invalid datasource: %1").arg(datasource));
            m_limits.finishErrorLimited(r, true);
            return r;
        }
    } else {
        QByteArray text = request.header("x-compatibility-date");
        if (text.isEmpty())
            text = request.query.queryItemValue(QStringLiteral("compatibility_date")).toLatin1();
        if (!text.isEmpty()) {
            compat = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
            if (!compat.isValid() || text.size() != 10 || compat < compatibilityDates().last()
                || compat > QDateTime::currentDateTimeUtc().date()) {
                HttpResponse r = errorBody(400, QStringLiteral("Invalid compatibility date: %1")
                                                    .arg(QString::fromLatin1(text)));
                m_limits.finishErrorLimited(r, true);
                return r;
            }
        }
    }

    const BearerCheck::Result auth = BearerCheck(m_ctx).check(request);
    Routed routed = route(request, segments, compat, legacy, auth);
    applyCaching(request, routed);

    HttpResponse &r = routed.response;
    r.setHeader("X-Esi-Request-Id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (!routed.rateGroup.isEmpty()) {
        // Mutually exclusive header schemes: a rate-limited route carries no error-limit headers, although
        // its errors still count towards the error limit.
        if (!routed.rateLimited)
            m_limits.finishRateLimited(r, routed.rateGroup, routed.rateKey);
        m_limits.finishErrorLimited(r, false);
    } else {
        m_limits.finishErrorLimited(r, true);
    }
    return r;
}

EsiRoutes::Routed EsiRoutes::route(const HttpRequest &request, const QStringList &s, const QDate &compat,
                                   bool legacy, const BearerCheck::Result &auth)
{
    Routed out;
    const bool get = request.method == "GET";
    const auto idAt = [&](int i) { return s.size() > i ? s[i].toLongLong() : 0; };
    auto notAllowed = [] { return errorBody(405, QStringLiteral("Method not allowed")); };

    if (s.size() >= 2 && s[0] == QLatin1String("characters")) {
        const Fixture::Character *c = m_ctx.fixture.character(idAt(1));
        if (s.size() == 2 || (s.size() == 3 && s[2] == QLatin1String("portrait"))) {
            if (!get)
                out.response = notAllowed();
            else if (!c)
                out.response = errorBody(404, QStringLiteral("Character not found"));
            else {
                out.response = HttpResponse::json(200, QJsonDocument(s.size() == 2 ? characterDocument(*c, compat, legacy)
                                                                                  : portraitDocument(c->id)));
                out.maxAge = s.size() == 2 ? 86400 : 3600;
            }
            return out;
        }
        const bool wallet = s.size() == 3 && s[2] == QLatin1String("wallet");
        const bool journal = s.size() == 4 && s[2] == QLatin1String("wallet") && s[3] == QLatin1String("journal");
        if (wallet || journal) {
            out.rateGroup = QStringLiteral("char-wallet");
            out.authenticated = true;
            out.maxAge = wallet ? 120 : 3600;
            if (get)
                walletRoute(out, idAt(1), auth, journal, request);
            else
                out.response = notAllowed();
            return out;
        }
    } else if (s.size() == 2 && s[0] == QLatin1String("corporations")) {
        const Fixture::Corporation *c = m_ctx.fixture.corporation(idAt(1));
        out.response = !get ? notAllowed()
            : c             ? HttpResponse::json(200, QJsonDocument(corporationDocument(*c, compat, legacy)))
                            : errorBody(404, QStringLiteral("Corporation not found"));
        out.maxAge = 3600;
        return out;
    } else if (s.size() == 2 && s[0] == QLatin1String("alliances")) {
        const Fixture::Alliance *a = m_ctx.fixture.alliance(idAt(1));
        out.response = !get ? notAllowed()
            : a             ? HttpResponse::json(200, QJsonDocument(allianceDocument(*a)))
                            : errorBody(404, QStringLiteral("Alliance not found"));
        out.maxAge = 3600;
        return out;
    } else if (s.size() == 2 && s[0] == QLatin1String("universe") && s[1] == QLatin1String("names")) {
        out.response = request.method == "POST" ? universeNames(request.body) : notAllowed();
        return out;
    } else if (s.size() == 1 && s[0] == QLatin1String("status")) {
        out.response = get ? HttpResponse::json(200, QJsonDocument(QJsonObject{
                                                         {QStringLiteral("players"), 23817},
                                                         {QStringLiteral("server_version"), QStringLiteral("2964423")},
                                                         {QStringLiteral("start_time"),
                                                          QStringLiteral("2026-01-01T11:05:00Z")}}))
                           : notAllowed();
        out.maxAge = 30;
        return out;
    } else if (s.size() == 2 && s[0] == QLatin1String("meta") && s[1] == QLatin1String("compatibility-dates")) {
        QJsonArray dates;
        for (const QDate &d : compatibilityDates())
            dates.append(d.toString(Qt::ISODate));
        out.response = get ? HttpResponse::json(200, QJsonDocument(QJsonObject{
                                                         {QStringLiteral("compatibility_dates"), dates}}))
                           : notAllowed();
        return out;
    }
    out.response = errorBody(404, QStringLiteral("Not found"));
    return out;
}

void EsiRoutes::walletRoute(Routed &out, qint64 characterId, const BearerCheck::Result &auth, bool journal,
                            const HttpRequest &request)
{
    // The bucket belongs to application + character when authenticated, else to the source address.
    out.rateKey = auth.ok ? auth.clientId + QLatin1Char(':') + QString::number(auth.characterId)
                          : QStringLiteral("127.0.0.1");
    if (const int retryAfter = m_limits.rateLimitRetryAfter(out.rateGroup, out.rateKey)) {
        out.rateLimited = true;
        out.response = m_limits.rateLimitedResponse(out.rateGroup, out.rateKey, retryAfter);
        return;
    }

    HttpResponse &r = out.response;
    const Fixture::Character *c = m_ctx.fixture.character(characterId);
    if (!auth.ok)
        r = errorBody(auth.status, auth.error);
    else if (!auth.scopes.contains(QStringLiteral("esi-wallet.read_character_wallet.v1")) || auth.characterId != characterId)
        r = errorBody(403, QStringLiteral("token not valid for scope"));
    else if (!c)
        r = errorBody(404, QStringLiteral("Character not found"));
    else if (!journal)
        r = HttpResponse::jsonBytes(200, QByteArray::number(c->walletBalance, 'f', 2));
    else {
        const int pageSize = qMax(1, m_ctx.config.journalPageSize);
        const int pages = qMax(1, int((c->journal.size() + pageSize - 1) / pageSize));
        bool ok = true;
        const QString pageText = request.query.queryItemValue(QStringLiteral("page"));
        const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
        if (!ok || page < 1)
            r = errorBody(400, QStringLiteral("Invalid page: %1").arg(pageText));
        else if (page > pages)
            r = errorBody(404, QStringLiteral("Requested page does not exist!"));
        else {
            QJsonArray entries;
            for (qsizetype i = qsizetype(page - 1) * pageSize; i < qMin<qsizetype>(c->journal.size(), qsizetype(page) * pageSize); ++i)
                entries.append(c->journal.at(i));
            r = HttpResponse::json(200, QJsonDocument(entries));
            r.setHeader("X-Pages", QByteArray::number(pages));
        }
    }
}

void EsiRoutes::applyCaching(const HttpRequest &request, Routed &routed) const
{
    HttpResponse &r = routed.response;
    if (routed.maxAge <= 0 || r.status != 200)
        return;
    const QByteArray etag = '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex() + '"';
    r.setHeader("Cache-Control", (routed.authenticated ? "private, max-age=" : "public, max-age=")
                                     + QByteArray::number(routed.maxAge));
    r.setHeader("ETag", etag);
    r.setHeader("Expires", httpDate(QDateTime::currentDateTimeUtc().addSecs(routed.maxAge)));
    // Stable across pages and requests: the fixture's own modification time.
    r.setHeader("Last-Modified", httpDate(m_ctx.fixture.lastModified()));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
        r.status = 304;
        r.body.clear();
        for (auto it = r.headers.begin(); it != r.headers.end();)
            it = it->first.compare("Content-Type", Qt::CaseInsensitive) == 0 ? r.headers.erase(it) : std::next(it);
    }
}

} // namespace EveSso::Emu
