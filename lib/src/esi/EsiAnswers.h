#pragma once

#include "core/AutotestExport.h"

#include <EveSso/EsiTypes.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace EveSso {

/// The pure half of EsiClient and EsiTransport: what an ESI answer's body (and its X-Pages header)
/// says, without a network reply. std::nullopt is "not the documented shape", which EsiClient reports
/// as a malformed answer. Each function is exactly what the client applies to a fetched body.
namespace EsiAnswers {

/// `GET /characters/{id}`.
EVESSO_AUTOTEST_EXPORT std::optional<CharacterInfo> character(qint64 characterId, const QByteArray &body);
/// `GET /corporations/{id}`.
EVESSO_AUTOTEST_EXPORT std::optional<CorporationInfo> corporation(qint64 corporationId, const QByteArray &body);
/// `GET /alliances/{id}`.
EVESSO_AUTOTEST_EXPORT std::optional<AllianceInfo> alliance(qint64 allianceId, const QByteArray &body);
/// `GET /characters/{id}/portrait`: a JSON object (every member optional).
EVESSO_AUTOTEST_EXPORT std::optional<PortraitUrls> portraitUrls(const QByteArray &body);
/// `GET /characters/{id}/wallet`: a bare JSON number (finite: never "inf" or "nan").
EVESSO_AUTOTEST_EXPORT std::optional<double> walletBalance(const QByteArray &body);
/// One page of `GET /characters/{id}/wallet/journal`: an array in which every entry must be valid.
EVESSO_AUTOTEST_EXPORT std::optional<QList<WalletJournalEntry>> walletJournalPage(const QByteArray &body);
/// `POST /universe/names`: an array in which every entry must be valid.
EVESSO_AUTOTEST_EXPORT std::optional<QList<ResolvedName>> resolvedNames(const QByteArray &body);

/// Whether a 2xx body is ESI's JSON at all: empty, an object, an array or a bare finite number.
EVESSO_AUTOTEST_EXPORT bool isEsiJson(const QByteArray &body);
/// ESI's `error` text in an error answer (`{"error": "..."}`), empty when there is none.
EVESSO_AUTOTEST_EXPORT QString errorMessage(const QByteArray &body);
/// The most pages a paged answer is read as: EsiClient fetches every page X-Pages announces, so a
/// wrong or hostile header must not make it allocate or request billions of them. (A wallet journal, 30
/// days at 2500 entries a page, never comes near.)
constexpr int kMaxPages = 1000;
/// The page count in an `X-Pages` header: 0 when absent, negative or not a number; at most kMaxPages.
EVESSO_AUTOTEST_EXPORT int pageCount(const QByteArray &xPagesHeader);

} // namespace EsiAnswers
} // namespace EveSso
