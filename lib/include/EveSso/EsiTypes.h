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
    /// The character's id (the one requested).
    qint64 characterId = 0;
    /// `name`.
    QString name;
    /// `corporation_id`: the character's corporation.
    qint64 corporationId = 0;
    qint64 allianceId = 0; ///< 0: not in an alliance.
    qint64 factionId = 0;  ///< 0: not in faction warfare.
    QDateTime birthday;    ///< UTC.
    /// `bloodline_id`.
    int bloodlineId = 0;
    /// `race_id`.
    int raceId = 0;
    QString gender;        ///< "male" or "female".
    /// `description`, as the player wrote it.
    QString description;
    /// `security_status`, when ESI sent it.
    std::optional<double> securityStatus;
    /// The corporation title: `title` before compatibility date 2026-06-09 (and on legacy routes),
    /// `corporation_title` after.
    QString title;
    QString characterTitleId;               ///< `character_title_id` (a UUID), newer dates only.
    std::optional<qint64> achievementScore; ///< Newer dates only.

    /// Reads either schema generation; std::nullopt when a required field is missing.
    static std::optional<CharacterInfo> fromJson(qint64 characterId, const QJsonObject &json);
};

/// `GET /corporations/{id}`.
struct EVESSO_EXPORT CorporationInfo
{
    /// The corporation's id (the one requested).
    qint64 corporationId = 0;
    /// `name`.
    QString name;
    /// `ticker`.
    QString ticker;
    /// `member_count`.
    int memberCount = 0;
    qint64 allianceId = 0; ///< 0: not in an alliance.
    /// `ceo_id`: the CEO character.
    qint64 ceoId = 0;
    /// `creator_id`: the founding character.
    qint64 creatorId = 0;
    qint64 factionId = 0;  ///< `faction_id` (old) or `enlisted_faction_id` (new).
    /// `home_station_id`, 0 when none.
    qint64 homeStationId = 0;
    QDateTime dateFounded; ///< UTC, invalid for NPC corporations without one.
    /// `description`, as the corporation wrote it.
    QString description;
    /// `url`, empty when none.
    QString url;
    /// ISK tax rate, 0..1: `tax_rate` (old) or `tax_rates.isk` (from compatibility date 2026-07-21);
    /// std::nullopt when absent or outside 0..1.
    std::optional<double> taxRate;
    /// `war_eligible`, when ESI sent it.
    std::optional<bool> warEligible;

    /// Reads either schema generation; std::nullopt when a required field is missing.
    static std::optional<CorporationInfo> fromJson(qint64 corporationId, const QJsonObject &json);
};

/// `GET /alliances/{id}`.
struct EVESSO_EXPORT AllianceInfo
{
    /// The alliance's id (the one requested).
    qint64 allianceId = 0;
    /// `name`.
    QString name;
    /// `ticker`.
    QString ticker;
    /// `creator_id`: the founding character.
    qint64 creatorId = 0;
    /// `creator_corporation_id`: the founding corporation.
    qint64 creatorCorporationId = 0;
    qint64 executorCorporationId = 0; ///< 0: none (a closed alliance).
    /// `faction_id`, 0 when none.
    qint64 factionId = 0;
    QDateTime dateFounded; ///< UTC.

    /// std::nullopt when a required field is missing.
    static std::optional<AllianceInfo> fromJson(qint64 allianceId, const QJsonObject &json);
};

/// `GET /characters/{id}/portrait`: the image server URLs of a character's portrait.
struct EVESSO_EXPORT PortraitUrls
{
    /// The 64 x 64 portrait.
    QUrl px64;
    /// The 128 x 128 portrait.
    QUrl px128;
    /// The 256 x 256 portrait.
    QUrl px256;
    /// The 512 x 512 portrait.
    QUrl px512;

    /// The URL of the smallest listed size that is at least `size` pixels (else the largest one).
    QUrl forSize(int size) const;
    /// Never fails: every field is optional in ESI's schema. std::nullopt only for a non-object.
    static std::optional<PortraitUrls> fromJson(const QJsonObject &json);
};

/// One entry of `GET /characters/{id}/wallet/journal`, newest first.
struct EVESSO_EXPORT WalletJournalEntry
{
    /// `id`: the entry's id.
    qint64 id = 0;
    QDateTime date;       ///< UTC.
    QString refType;      ///< e.g. "player_donation", "market_transaction", "bounty_prizes".
    /// `description`, as ESI words it.
    QString description;
    std::optional<double> amount;  ///< Positive: money in.
    std::optional<double> balance; ///< The wallet after this entry.
    /// `reason`, empty when none.
    QString reason;
    /// `first_party_id`, 0 when absent.
    qint64 firstPartyId = 0;
    /// `second_party_id`, 0 when absent.
    qint64 secondPartyId = 0;
    /// `context_id`, 0 when absent; contextIdType says what it names.
    qint64 contextId = 0;
    /// `context_id_type`, e.g. "market_transaction_id".
    QString contextIdType;
    /// `tax`, when ESI sent it.
    std::optional<double> tax;
    /// `tax_receiver_id`, 0 when absent.
    qint64 taxReceiverId = 0;

    /// std::nullopt when a required field is missing.
    static std::optional<WalletJournalEntry> fromJson(const QJsonObject &json);
};

/// One answer of `POST /universe/names`.
struct EVESSO_EXPORT ResolvedName
{
    /// The id that was resolved.
    qint64 id = 0;
    /// Its name.
    QString name;
    QString category; ///< "character", "corporation", "alliance", "solar_system", "inventory_type", ...

    /// std::nullopt when a required field is missing.
    static std::optional<ResolvedName> fromJson(const QJsonObject &json);
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::CharacterInfo)
Q_DECLARE_METATYPE(EveSso::CorporationInfo)
Q_DECLARE_METATYPE(EveSso::AllianceInfo)
Q_DECLARE_METATYPE(EveSso::PortraitUrls)
Q_DECLARE_METATYPE(EveSso::WalletJournalEntry)
Q_DECLARE_METATYPE(EveSso::ResolvedName)
