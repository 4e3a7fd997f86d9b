#pragma once

#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

/// \file
/// The typed answers of EsiClient. Ids that ESI leaves out are 0, strings empty, optional numbers
/// std::nullopt. Every `fromJson` accepts both schema generations ESI serves (old compatibility dates
/// and legacy routes, and the current ones) and returns std::nullopt when a required field is missing.

namespace EveSso {

/// `GET /characters/{id}`: a character's public information.
struct EVESSO_EXPORT CharacterInfo
{
    qint64 characterId = 0;
    QString name;
    qint64 corporationId = 0;
    qint64 allianceId = 0; ///< 0: not in an alliance.
    qint64 factionId = 0;  ///< 0: not in faction warfare.
    QDateTime birthday;    ///< UTC.
    int bloodlineId = 0;
    int raceId = 0;
    QString gender;        ///< "male" or "female".
    QString description;
    std::optional<double> securityStatus;
    /// The corporation title: `title` before compatibility date 2026-06-09 (and on legacy routes),
    /// `corporation_title` after.
    QString title;
    QString characterTitleId;               ///< `character_title_id` (a UUID), newer dates only.
    std::optional<qint64> achievementScore; ///< Newer dates only.

    static std::optional<CharacterInfo> fromJson(qint64 characterId, const QJsonObject &json);
};

/// `GET /corporations/{id}`.
struct EVESSO_EXPORT CorporationInfo
{
    qint64 corporationId = 0;
    QString name;
    QString ticker;
    int memberCount = 0;
    qint64 allianceId = 0; ///< 0: not in an alliance.
    qint64 ceoId = 0;
    qint64 creatorId = 0;
    qint64 factionId = 0;  ///< `faction_id` (old) or `enlisted_faction_id` (new).
    qint64 homeStationId = 0;
    QDateTime dateFounded; ///< UTC, invalid for NPC corporations without one.
    QString description;
    QString url;
    /// ISK tax rate, 0..1: `tax_rate` (old) or `tax_rates.isk` (from compatibility date 2026-07-21).
    std::optional<double> taxRate;
    std::optional<bool> warEligible;

    static std::optional<CorporationInfo> fromJson(qint64 corporationId, const QJsonObject &json);
};

/// `GET /alliances/{id}`.
struct EVESSO_EXPORT AllianceInfo
{
    qint64 allianceId = 0;
    QString name;
    QString ticker;
    qint64 creatorId = 0;
    qint64 creatorCorporationId = 0;
    qint64 executorCorporationId = 0; ///< 0: none (a closed alliance).
    qint64 factionId = 0;
    QDateTime dateFounded; ///< UTC.

    static std::optional<AllianceInfo> fromJson(qint64 allianceId, const QJsonObject &json);
};

/// `GET /characters/{id}/portrait`: the image server URLs of a character's portrait.
struct EVESSO_EXPORT PortraitUrls
{
    QUrl px64;
    QUrl px128;
    QUrl px256;
    QUrl px512;

    /// The URL of the smallest listed size that is at least `size` pixels (else the largest one).
    QUrl forSize(int size) const;
    /// Never fails: every field is optional in ESI's schema. std::nullopt only for a non-object.
    static std::optional<PortraitUrls> fromJson(const QJsonObject &json);
};

/// One entry of `GET /characters/{id}/wallet/journal`, newest first.
struct EVESSO_EXPORT WalletJournalEntry
{
    qint64 id = 0;
    QDateTime date;       ///< UTC.
    QString refType;      ///< e.g. "player_donation", "market_transaction", "bounty_prizes".
    QString description;
    std::optional<double> amount;  ///< Positive: money in.
    std::optional<double> balance; ///< The wallet after this entry.
    QString reason;
    qint64 firstPartyId = 0;
    qint64 secondPartyId = 0;
    qint64 contextId = 0;
    QString contextIdType;
    std::optional<double> tax;
    qint64 taxReceiverId = 0;

    static std::optional<WalletJournalEntry> fromJson(const QJsonObject &json);
};

/// One answer of `POST /universe/names`.
struct EVESSO_EXPORT ResolvedName
{
    qint64 id = 0;
    QString name;
    QString category; ///< "character", "corporation", "alliance", "solar_system", "inventory_type", ...

    static std::optional<ResolvedName> fromJson(const QJsonObject &json);
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::CharacterInfo)
Q_DECLARE_METATYPE(EveSso::CorporationInfo)
Q_DECLARE_METATYPE(EveSso::AllianceInfo)
Q_DECLARE_METATYPE(EveSso::PortraitUrls)
Q_DECLARE_METATYPE(EveSso::WalletJournalEntry)
Q_DECLARE_METATYPE(EveSso::ResolvedName)
