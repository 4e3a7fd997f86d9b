#include "Fixture.h"

#include <EveSso/UtcDateTime.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace EveSso::Emu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EveSso::Emulator", text);
}

QDateTime dateTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

bool inRange(qint64 id, qint64 low, qint64 high) { return id >= low && id < high; }

} // namespace

Fixture Fixture::builtIn()
{
    QFile file(QStringLiteral(":/evesso-emulator/default-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("evesso-emulator: the built-in fixture resource is missing");
    QString error;
    auto fixture = fromJson(file.readAll(), &error);
    if (!fixture)
        qFatal("evesso-emulator: the built-in fixture is invalid: %s", qPrintable(error));
    return *fixture;
}

std::optional<Fixture> Fixture::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The fixture is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Fixture f;
    f.m_lastModified = dateTime(root.value(QLatin1String("last_modified")));
    if (!f.m_lastModified.isValid())
        f.m_lastModified = EveSso::Utc::dateTime(QDate(2026, 1, 1), QTime(11, 0));
    for (const QJsonValue &s : root.value(QLatin1String("scopes")).toArray())
        f.m_scopes.append(s.toString());
    if (!f.m_scopes.contains(QLatin1String("publicData")))
        f.m_scopes.prepend(QStringLiteral("publicData"));

    for (const QJsonValue &v : root.value(QLatin1String("alliances")).toArray()) {
        const QJsonObject o = v.toObject();
        Alliance a;
        a.id = qint64(o.value(QLatin1String("id")).toDouble());
        a.name = o.value(QLatin1String("name")).toString();
        a.ticker = o.value(QLatin1String("ticker")).toString();
        a.creatorId = qint64(o.value(QLatin1String("creator_id")).toDouble());
        a.creatorCorporationId = qint64(o.value(QLatin1String("creator_corporation_id")).toDouble());
        a.executorCorporationId = qint64(o.value(QLatin1String("executor_corporation_id")).toDouble());
        a.dateFounded = dateTime(o.value(QLatin1String("date_founded")));
        if (a.id < 99000000 || a.name.isEmpty()) {
            *error = tr("Alliance %1: alliance ids start at 99000000 and a name is required.").arg(a.id);
            return std::nullopt;
        }
        f.m_alliances.insert(a.id, a);
    }
    for (const QJsonValue &v : root.value(QLatin1String("corporations")).toArray()) {
        const QJsonObject o = v.toObject();
        Corporation c;
        c.id = qint64(o.value(QLatin1String("id")).toDouble());
        c.name = o.value(QLatin1String("name")).toString();
        c.ticker = o.value(QLatin1String("ticker")).toString();
        c.allianceId = qint64(o.value(QLatin1String("alliance_id")).toDouble());
        c.ceoId = qint64(o.value(QLatin1String("ceo_id")).toDouble());
        c.creatorId = qint64(o.value(QLatin1String("creator_id")).toDouble());
        c.memberCount = o.value(QLatin1String("member_count")).toInt();
        c.taxRate = o.value(QLatin1String("tax_rate")).toDouble();
        c.dateFounded = dateTime(o.value(QLatin1String("date_founded")));
        c.description = o.value(QLatin1String("description")).toString();
        c.homeStationId = qint64(o.value(QLatin1String("home_station_id")).toDouble());
        c.shares = qint64(o.value(QLatin1String("shares")).toDouble());
        c.url = o.value(QLatin1String("url")).toString();
        c.warEligible = o.value(QLatin1String("war_eligible")).toBool();
        if (!inRange(c.id, 98000000, 99000000) || c.name.isEmpty() || c.ticker.isEmpty()) {
            *error = tr("Corporation %1: corporation ids are 98000000 to 98999999; name and ticker are required.")
                         .arg(c.id);
            return std::nullopt;
        }
        if (c.allianceId && !f.m_alliances.contains(c.allianceId)) {
            *error = tr("Corporation %1 names an unknown alliance %2.").arg(c.id).arg(c.allianceId);
            return std::nullopt;
        }
        f.m_corporations.insert(c.id, c);
    }
    for (const QJsonValue &av : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject ao = av.toObject();
        Account account;
        account.name = ao.value(QLatin1String("name")).toString();
        const QJsonArray characters = ao.value(QLatin1String("characters")).toArray();
        if (characters.isEmpty() || characters.size() > 3) {
            *error = tr("Account \"%1\" must have one to three characters.").arg(account.name);
            return std::nullopt;
        }
        for (const QJsonValue &cv : characters) {
            const QJsonObject o = cv.toObject();
            Character c;
            c.id = qint64(o.value(QLatin1String("id")).toDouble());
            c.name = o.value(QLatin1String("name")).toString();
            c.account = account.name;
            c.corporationId = qint64(o.value(QLatin1String("corporation_id")).toDouble());
            c.gender = o.value(QLatin1String("gender")).toString(QStringLiteral("female"));
            c.raceId = o.value(QLatin1String("race_id")).toInt(1);
            c.bloodlineId = o.value(QLatin1String("bloodline_id")).toInt(1);
            c.birthday = dateTime(o.value(QLatin1String("birthday")));
            c.securityStatus = o.value(QLatin1String("security_status")).toDouble();
            c.title = o.value(QLatin1String("title")).toString();
            c.description = o.value(QLatin1String("description")).toString();
            c.walletBalance = o.value(QLatin1String("wallet_balance")).toDouble();
            c.journal = o.value(QLatin1String("journal")).toArray();
            c.ownerHash = o.value(QLatin1String("owner_hash")).toString();
            if (c.ownerHash.isEmpty()) {
                // Deterministic stand-in for CCP's owner hash: 28 characters of base64, per account+character.
                c.ownerHash = QString::fromLatin1(
                    QCryptographicHash::hash((account.name + QLatin1Char(':') + QString::number(c.id)).toUtf8(),
                                             QCryptographicHash::Sha1)
                        .toBase64());
            }
            if (!inRange(c.id, 90000000, 98000000) || c.name.isEmpty()
                || !f.m_corporations.contains(c.corporationId) || f.m_characters.contains(c.id)) {
                *error = tr("Character %1: character ids are 90000000 to 97999999, unique, with a name and a "
                            "known corporation.")
                             .arg(c.id);
                return std::nullopt;
            }
            if (!c.birthday.isValid())
                c.birthday = EveSso::Utc::dateTime(QDate(2015, 3, 24), QTime(11, 37));
            f.m_characters.insert(c.id, c);
            f.m_characterOrder.append(c.id);
            account.characterIds.append(c.id);
        }
        f.m_accounts.append(account);
    }
    if (f.m_accounts.isEmpty()) {
        *error = tr("The fixture has no accounts.");
        return std::nullopt;
    }
    return f;
}

QList<qint64> Fixture::characterIds() const { return m_characterOrder; }

const Fixture::Character *Fixture::character(qint64 id) const
{
    auto it = m_characters.constFind(id);
    return it == m_characters.constEnd() ? nullptr : &it.value();
}

const Fixture::Corporation *Fixture::corporation(qint64 id) const
{
    auto it = m_corporations.constFind(id);
    return it == m_corporations.constEnd() ? nullptr : &it.value();
}

const Fixture::Alliance *Fixture::alliance(qint64 id) const
{
    auto it = m_alliances.constFind(id);
    return it == m_alliances.constEnd() ? nullptr : &it.value();
}

} // namespace EveSso::Emu
