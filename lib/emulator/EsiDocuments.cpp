// The JSON documents of the ESI routes, in the schema generation the compatibility date asks for.

#include "EsiRoutes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace EveSso::Emu {

namespace {

QString isoTime(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

// The schema of GET /characters/{id} changed at compatibility date 2026-06-09 (title → corporation_title +
// character_title_id, achievement_score added); GET /corporations/{id} at 2026-07-21.
const QDate CharacterSchemaChange(2026, 6, 9);
const QDate CorporationSchemaChange(2026, 7, 21);

} // namespace

QJsonObject EsiRoutes::characterDocument(const Fixture::Character &c, const QDate &compat, bool legacy) const
{
    QJsonObject o{{QStringLiteral("birthday"), isoTime(c.birthday)},
                  {QStringLiteral("bloodline_id"), c.bloodlineId},
                  {QStringLiteral("corporation_id"), c.corporationId},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("gender"), c.gender},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("race_id"), c.raceId},
                  {QStringLiteral("security_status"), c.securityStatus}};
    if (const Fixture::Corporation *corp = m_ctx.fixture.corporation(c.corporationId); corp && corp->allianceId)
        o.insert(QStringLiteral("alliance_id"), corp->allianceId);
    if (legacy || compat < CharacterSchemaChange) {
        if (!c.title.isEmpty())
            o.insert(QStringLiteral("title"), c.title);
        return o;
    }
    o.insert(QStringLiteral("achievement_score"), qint64(c.id % 9973) * 3);
    if (!c.title.isEmpty()) {
        o.insert(QStringLiteral("corporation_title"), c.title);
        const QUuid ns(QStringLiteral("{6f1c3a52-3c0e-4d0b-9d8f-8e5a0b7f2c11}"));
        o.insert(QStringLiteral("character_title_id"),
                 QUuid::createUuidV5(ns, QString::number(c.id) + QLatin1Char('/') + c.title)
                     .toString(QUuid::WithoutBraces));
    }
    return o;
}

QJsonObject EsiRoutes::corporationDocument(const Fixture::Corporation &c, const QDate &compat, bool legacy) const
{
    QJsonObject o{{QStringLiteral("ceo_id"), c.ceoId},
                  {QStringLiteral("creator_id"), c.creatorId},
                  {QStringLiteral("date_founded"), isoTime(c.dateFounded)},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("home_station_id"), c.homeStationId},
                  {QStringLiteral("member_count"), c.memberCount},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("shares"), c.shares},
                  {QStringLiteral("ticker"), c.ticker},
                  {QStringLiteral("url"), c.url},
                  {QStringLiteral("war_eligible"), c.warEligible}};
    if (c.allianceId)
        o.insert(QStringLiteral("alliance_id"), c.allianceId);
    if (legacy || compat < CorporationSchemaChange) {
        o.insert(QStringLiteral("tax_rate"), c.taxRate);
        return o;
    }
    o.insert(QStringLiteral("friendly_fire"), QStringLiteral("legal"));
    o.insert(QStringLiteral("state"), QStringLiteral("active"));
    o.insert(QStringLiteral("type"), QStringLiteral("player_owned"));
    o.insert(QStringLiteral("tax_rates"),
             QJsonObject{{QStringLiteral("isk"), c.taxRate}, {QStringLiteral("loyalty_point"), 0.0}});
    return o;
}

QJsonObject EsiRoutes::allianceDocument(const Fixture::Alliance &a) const
{
    return {{QStringLiteral("creator_corporation_id"), a.creatorCorporationId},
            {QStringLiteral("creator_id"), a.creatorId},
            {QStringLiteral("date_founded"), isoTime(a.dateFounded)},
            {QStringLiteral("executor_corporation_id"), a.executorCorporationId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("ticker"), a.ticker}};
}

QJsonObject EsiRoutes::portraitDocument(qint64 characterId) const
{
    QJsonObject o;
    for (int size : {64, 128, 256, 512}) {
        o.insert(QStringLiteral("px%1x%1").arg(size),
                 QStringLiteral("%1/images/characters/%2/portrait?tenant=tranquility&size=%3")
                     .arg(m_ctx.config.origin())
                     .arg(characterId)
                     .arg(size));
    }
    return o;
}

HttpResponse EsiRoutes::universeNames(const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonArray ids = doc.array();
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || ids.isEmpty() || ids.size() > 1000)
        return errorBody(400, QStringLiteral("Expected a JSON array of 1 to 1000 ids"));
    QList<qint64> unique;
    for (const QJsonValue &v : ids) {
        const double d = v.toDouble(-1);
        const qint64 id = qint64(d);
        if (!v.isDouble() || d != double(id) || id <= 0 || unique.contains(id))
            return errorBody(400, QStringLiteral("Ids must be unique positive integers"));
        unique.append(id);
    }
    QJsonArray names;
    for (qint64 id : unique) {
        QString category;
        QString name;
        if (const auto *c = m_ctx.fixture.character(id)) {
            category = QStringLiteral("character");
            name = c->name;
        } else if (const auto *corp = m_ctx.fixture.corporation(id)) {
            category = QStringLiteral("corporation");
            name = corp->name;
        } else if (const auto *a = m_ctx.fixture.alliance(id)) {
            category = QStringLiteral("alliance");
            name = a->name;
        } else {
            // All ids must resolve, or nothing is returned.
            return errorBody(404, QStringLiteral("Ensure all IDs are valid before resolving"));
        }
        names.append(QJsonObject{{QStringLiteral("category"), category},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name}});
    }
    return HttpResponse::json(200, QJsonDocument(names));
}

} // namespace EveSso::Emu
