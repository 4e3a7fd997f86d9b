#pragma once
// Shared by fuzz_esi_parse and its replay test (tests/unit/esi/tst_esi_answers.cpp): how an input is
// read as an ESI answer, every parser that turns such an answer into typed values, and the invariants
// their results must keep.
//
// Input format: an HTTP answer as ESI sends it, "HTTP/1.1 <status> ...\r\n<Name>: <value>\r\n...\r\n\r\n<body>".
// The status line and the header block are optional: an input without "\r\n\r\n" is all body, status 200.

#include "esi/EsiAnswers.h"
#include "esi/EsiHttpCache.h"
#include "esi/EsiLimitsTracker.h"

#include <EveSso/UtcDateTime.h>

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QStringList>

#include <cmath>
#include <optional>

namespace EsiFuzz {

/// The ids the body parsers are asked for (the one requested comes back in the result).
constexpr qint64 kCharacterId = 2112625428;
constexpr qint64 kCorporationId = 98210001;
constexpr qint64 kAllianceId = 99011001;

/// The client's clock during a fuzz run: inside the daily downtime window, so a 503 exercises it too.
inline QDateTime now()
{
    return EveSso::Utc::dateTime(QDate(2026, 11, 1), QTime(11, 10));
}

struct Answer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The first header of that name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

inline Answer split(const QByteArray &input)
{
    Answer a;
    const qsizetype end = input.indexOf("\r\n\r\n");
    if (end < 0) {
        a.body = input;
        return a;
    }
    a.body = input.mid(end + 4);
    QList<QByteArray> lines = input.left(end).split('\n');
    if (!lines.isEmpty() && lines.first().startsWith("HTTP/")) {
        const QList<QByteArray> parts = lines.takeFirst().trimmed().split(' ');
        a.status = parts.size() > 1 ? parts[1].toInt() : 0;
    }
    for (const QByteArray &raw : std::as_const(lines)) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            a.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return a;
}

/// Everything the library reads from one answer.
struct Parsed
{
    std::optional<EveSso::CharacterInfo> character;
    std::optional<EveSso::CorporationInfo> corporation;
    std::optional<EveSso::AllianceInfo> alliance;
    std::optional<EveSso::PortraitUrls> portrait;
    std::optional<double> balance;
    std::optional<QList<EveSso::WalletJournalEntry>> journal;
    std::optional<QList<EveSso::ResolvedName>> names;
    bool esiJson = false;
    QString errorMessage;
    int pages = 0;
    EveSso::EsiLimitsTracker::Hold hold;
    EveSso::EsiLimitsTracker::Hold afterwards; ///< What holds the next Normal request (error-limit reserve).
    int errorLimitRemaining = -1;
    QString bucket;
    QDateTime expires;   ///< EsiHttpCache::expiryFrom() on the answer's headers.
    bool noStore = false;
    QDateTime lastModified;
};

constexpr char kRoute[] = "/characters/{id}/wallet/journal";

inline Parsed parse(const Answer &a)
{
    using namespace EveSso;
    Parsed p;
    p.character = EsiAnswers::character(kCharacterId, a.body);
    p.corporation = EsiAnswers::corporation(kCorporationId, a.body);
    p.alliance = EsiAnswers::alliance(kAllianceId, a.body);
    p.portrait = EsiAnswers::portraitUrls(a.body);
    p.balance = EsiAnswers::walletBalance(a.body);
    p.journal = EsiAnswers::walletJournalPage(a.body);
    p.names = EsiAnswers::resolvedNames(a.body);
    p.esiJson = EsiAnswers::isEsiJson(a.body);
    p.errorMessage = EsiAnswers::errorMessage(a.body);
    p.pages = EsiAnswers::pageCount(a.header("X-Pages"));

    EsiLimitsTracker limits;
    limits.setClock([] { return now(); });
    p.hold = limits.observe(a.status, [&a](const QByteArray &name) { return a.header(name); }, QLatin1String(kRoute),
                            kCharacterId);
    p.afterwards = limits.holdFor(EsiClient::Priority::Normal, limits.bucketFor(QLatin1String(kRoute), kCharacterId), 0);
    p.errorLimitRemaining = limits.errorLimitRemaining();
    p.bucket = limits.bucketFor(QLatin1String(kRoute), kCharacterId);

    const QByteArray cacheControl = a.header("Cache-Control");
    p.expires = EsiHttpCache::expiryFrom(a.header("Expires"), a.header("Date"), cacheControl, now());
    p.noStore = EsiHttpCache::isNoStore(cacheControl);
    p.lastModified = EsiHttpCache::parseHttpDate(a.header("Last-Modified"));
    return p;
}

/// The invariants every answer must keep, whatever its bytes; an empty list when all hold.
inline QStringList violations(const Answer &a, const Parsed &p)
{
    using namespace EveSso;
    QStringList v;
    const auto check = [&v](bool ok, const char *what) {
        if (!ok)
            v.append(QString::fromLatin1(what));
    };
    const auto utcOrInvalid = [](const QDateTime &t) { return !t.isValid() || t.timeSpec() == Qt::UTC; };
    const auto finite = [](const std::optional<double> &d) { return !d || std::isfinite(*d); };

    // A body some parser accepts is one the transport lets through as ESI's JSON.
    const bool accepted = p.character || p.corporation || p.alliance || p.portrait || p.balance || p.journal
        || p.names || !p.errorMessage.isEmpty();
    check(!accepted || p.esiJson, "an accepted body fails isEsiJson");

    if (const auto &c = p.character) {
        check(c->characterId == kCharacterId, "character: not the requested id");
        check(!c->name.isEmpty(), "character: empty name");
        check(c->corporationId > 0, "character: no corporation");
        check(utcOrInvalid(c->birthday), "character: birthday not UTC");
        check(finite(c->securityStatus), "character: security status not finite");
    }
    if (const auto &c = p.corporation) {
        check(c->corporationId == kCorporationId, "corporation: not the requested id");
        check(!c->name.isEmpty(), "corporation: empty name");
        check(utcOrInvalid(c->dateFounded), "corporation: founding date not UTC");
        check(!c->taxRate || (*c->taxRate >= 0 && *c->taxRate <= 1), "corporation: tax rate outside 0..1");
    }
    if (const auto &al = p.alliance) {
        check(al->allianceId == kAllianceId, "alliance: not the requested id");
        check(!al->name.isEmpty(), "alliance: empty name");
        check(utcOrInvalid(al->dateFounded), "alliance: founding date not UTC");
    }
    if (const auto &portrait = p.portrait) {
        for (const QUrl &url : {portrait->px64, portrait->px128, portrait->px256, portrait->px512})
            check(url.isEmpty() || (url.isValid() && !url.isRelative()), "portrait: a relative or invalid URL");
        for (int size : {1, 64, 100, 512, 4096}) {
            const QUrl chosen = portrait->forSize(size);
            check(chosen.isEmpty() || chosen == portrait->px64 || chosen == portrait->px128
                      || chosen == portrait->px256 || chosen == portrait->px512,
                  "portrait: forSize() invented a URL");
        }
    }
    check(finite(p.balance), "wallet balance not finite");
    if (p.journal) {
        for (const WalletJournalEntry &e : *p.journal) {
            check(e.id > 0, "journal: entry without a positive id");
            check(e.date.isValid() && e.date.timeSpec() == Qt::UTC, "journal: entry date invalid or not UTC");
            check(finite(e.amount) && finite(e.balance) && finite(e.tax), "journal: amount not finite");
        }
    }
    if (p.names) {
        for (const ResolvedName &n : *p.names)
            check(n.id > 0 && !n.name.isEmpty(), "names: an entry without id or name");
    }
    check(p.errorMessage.isEmpty() || a.body.trimmed().startsWith('{'), "error message from a non-object");

    check(p.pages >= 0, "X-Pages negative");
    check(p.pages <= EsiAnswers::kMaxPages, "X-Pages above the page cap");

    // Limits: a hold is never in the past; the error limit read is -1 (unknown) or a real count.
    check(!p.hold.isHeld() || p.hold.until >= now(), "hold ends in the past");
    check(p.hold.isHeld() == (a.status == 420 || a.status == 429 || a.status == 503), "hold for the wrong status");
    const QDateTime longest = now().addSecs(EsiLimitsTracker::kMaxHoldSeconds);
    check(!p.hold.isHeld() || p.hold.until <= longest, "hold longer than an hour");
    check(!p.afterwards.isHeld() || (p.afterwards.until >= now() && p.afterwards.until <= longest),
          "the next request held into the past or longer than an hour");
    check(p.errorLimitRemaining >= -1, "error limit below -1");
    check(a.status == 420 || a.header("X-Ratelimit-Group").trimmed().isEmpty() || !p.bucket.isEmpty(),
          "rate-limit group not learnt");

    // Cache: no-store is never stored; an expiry computed from Date/max-age is not before now.
    check(!p.noStore || !p.expires.isValid(), "no-store answer gets an expiry");
    check(utcOrInvalid(p.expires), "expiry not UTC");
    if (EsiHttpCache::parseHttpDate(a.header("Date")).isValid() && p.expires.isValid())
        check(p.expires >= now(), "expiry from Expires minus Date is in the past");
    if (p.lastModified.isValid()) {
        check(p.lastModified.timeSpec() == Qt::UTC, "Last-Modified not UTC");
        const QByteArray back = QLocale::c()
                                    .toString(p.lastModified, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        check(EsiHttpCache::parseHttpDate(back) == p.lastModified, "HTTP date does not round-trip");
    }
    return v;
}

} // namespace EsiFuzz
