#include <EveSso/EsiTypes.h>

#include <cmath>

namespace EveSso {

namespace {

qint64 idOf(const QJsonObject &json, QLatin1String key)
{
    return json.value(key).toInteger();
}

std::optional<double> numberOf(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QDateTime dateOf(const QJsonObject &json, QLatin1String key)
{
    QDateTime t = QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(json.value(key).toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool hasAll(const QJsonObject &json, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        if (!json.contains(key) || json.value(key).isNull())
            return false;
    }
    return true;
}

QUrl urlOf(const QJsonObject &json, QLatin1String key)
{
    const QUrl url(json.value(key).toString(), QUrl::StrictMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}

} // namespace

std::optional<CharacterInfo> CharacterInfo::fromJson(qint64 characterId, const QJsonObject &json)
{
    // Required in every generation (the new one adds achievement_score, which old dates lack).
    if (!hasAll(json, {QLatin1String("name"), QLatin1String("corporation_id")}) || !json.value(QLatin1String("name")).isString())
        return std::nullopt;
    CharacterInfo c;
    c.characterId = characterId;
    c.name = json.value(QLatin1String("name")).toString();
    c.corporationId = idOf(json, QLatin1String("corporation_id"));
    c.allianceId = idOf(json, QLatin1String("alliance_id"));
    c.factionId = idOf(json, QLatin1String("faction_id"));
    c.birthday = dateOf(json, QLatin1String("birthday"));
    c.bloodlineId = json.value(QLatin1String("bloodline_id")).toInt();
    c.raceId = json.value(QLatin1String("race_id")).toInt();
    c.gender = json.value(QLatin1String("gender")).toString();
    c.description = json.value(QLatin1String("description")).toString();
    c.securityStatus = numberOf(json, QLatin1String("security_status"));
    // `title` up to compatibility date 2025-12-16 and on legacy routes, `corporation_title` after.
    c.title = json.contains(QLatin1String("corporation_title")) ? json.value(QLatin1String("corporation_title")).toString()
                                                                : json.value(QLatin1String("title")).toString();
    c.characterTitleId = json.value(QLatin1String("character_title_id")).toString();
    if (json.value(QLatin1String("achievement_score")).isDouble())
        c.achievementScore = json.value(QLatin1String("achievement_score")).toInteger();
    if (c.name.isEmpty() || c.corporationId <= 0)
        return std::nullopt;
    return c;
}

std::optional<CorporationInfo> CorporationInfo::fromJson(qint64 corporationId, const QJsonObject &json)
{
    if (!hasAll(json, {QLatin1String("name"), QLatin1String("ticker"), QLatin1String("member_count")}))
        return std::nullopt;
    CorporationInfo c;
    c.corporationId = corporationId;
    c.name = json.value(QLatin1String("name")).toString();
    c.ticker = json.value(QLatin1String("ticker")).toString();
    c.memberCount = json.value(QLatin1String("member_count")).toInt();
    c.allianceId = idOf(json, QLatin1String("alliance_id"));
    c.ceoId = idOf(json, QLatin1String("ceo_id"));
    c.creatorId = idOf(json, QLatin1String("creator_id"));
    c.factionId = json.contains(QLatin1String("enlisted_faction_id")) ? idOf(json, QLatin1String("enlisted_faction_id"))
                                                                      : idOf(json, QLatin1String("faction_id"));
    c.homeStationId = idOf(json, QLatin1String("home_station_id"));
    c.dateFounded = dateOf(json, QLatin1String("date_founded"));
    c.description = json.value(QLatin1String("description")).toString();
    c.url = json.value(QLatin1String("url")).toString();
    // `tax_rate` until 2025-12-16, `tax_rates: {isk, loyalty_point}` from 2026-07-21.
    c.taxRate = json.contains(QLatin1String("tax_rates"))
        ? numberOf(json.value(QLatin1String("tax_rates")).toObject(), QLatin1String("isk"))
        : numberOf(json, QLatin1String("tax_rate"));
    // A rate is 0..1 in both schemas; anything else is not a rate (left unset, the rest still read).
    if (c.taxRate && (*c.taxRate < 0 || *c.taxRate > 1))
        c.taxRate.reset();
    if (json.value(QLatin1String("war_eligible")).isBool())
        c.warEligible = json.value(QLatin1String("war_eligible")).toBool();
    if (c.name.isEmpty())
        return std::nullopt;
    return c;
}

std::optional<AllianceInfo> AllianceInfo::fromJson(qint64 allianceId, const QJsonObject &json)
{
    if (!hasAll(json, {QLatin1String("name"), QLatin1String("ticker")}))
        return std::nullopt;
    AllianceInfo a;
    a.allianceId = allianceId;
    a.name = json.value(QLatin1String("name")).toString();
    a.ticker = json.value(QLatin1String("ticker")).toString();
    a.creatorId = idOf(json, QLatin1String("creator_id"));
    a.creatorCorporationId = idOf(json, QLatin1String("creator_corporation_id"));
    a.executorCorporationId = idOf(json, QLatin1String("executor_corporation_id"));
    a.factionId = idOf(json, QLatin1String("faction_id"));
    a.dateFounded = dateOf(json, QLatin1String("date_founded"));
    if (a.name.isEmpty())
        return std::nullopt;
    return a;
}

QUrl PortraitUrls::forSize(int size) const
{
    const std::pair<int, const QUrl *> sizes[] = {{64, &px64}, {128, &px128}, {256, &px256}, {512, &px512}};
    for (const auto &[px, url] : sizes) {
        if (px >= size && url->isValid())
            return *url;
    }
    for (auto it = std::rbegin(sizes); it != std::rend(sizes); ++it) {
        if (it->second->isValid())
            return *it->second;
    }
    return {};
}

std::optional<PortraitUrls> PortraitUrls::fromJson(const QJsonObject &json)
{
    PortraitUrls p;
    p.px64 = urlOf(json, QLatin1String("px64x64"));
    p.px128 = urlOf(json, QLatin1String("px128x128"));
    p.px256 = urlOf(json, QLatin1String("px256x256"));
    p.px512 = urlOf(json, QLatin1String("px512x512"));
    return p;
}

std::optional<WalletJournalEntry> WalletJournalEntry::fromJson(const QJsonObject &json)
{
    if (!hasAll(json, {QLatin1String("id"), QLatin1String("date"), QLatin1String("ref_type")}))
        return std::nullopt;
    WalletJournalEntry e;
    e.id = idOf(json, QLatin1String("id"));
    e.date = dateOf(json, QLatin1String("date"));
    e.refType = json.value(QLatin1String("ref_type")).toString();
    e.description = json.value(QLatin1String("description")).toString();
    e.amount = numberOf(json, QLatin1String("amount"));
    e.balance = numberOf(json, QLatin1String("balance"));
    e.reason = json.value(QLatin1String("reason")).toString();
    e.firstPartyId = idOf(json, QLatin1String("first_party_id"));
    e.secondPartyId = idOf(json, QLatin1String("second_party_id"));
    e.contextId = idOf(json, QLatin1String("context_id"));
    e.contextIdType = json.value(QLatin1String("context_id_type")).toString();
    e.tax = numberOf(json, QLatin1String("tax"));
    e.taxReceiverId = idOf(json, QLatin1String("tax_receiver_id"));
    if (e.id <= 0 || !e.date.isValid())
        return std::nullopt;
    return e;
}

std::optional<ResolvedName> ResolvedName::fromJson(const QJsonObject &json)
{
    if (!hasAll(json, {QLatin1String("id"), QLatin1String("name"), QLatin1String("category")}))
        return std::nullopt;
    ResolvedName n{idOf(json, QLatin1String("id")), json.value(QLatin1String("name")).toString(),
                   json.value(QLatin1String("category")).toString()};
    if (n.id <= 0 || n.name.isEmpty())
        return std::nullopt;
    return n;
}

} // namespace EveSso
