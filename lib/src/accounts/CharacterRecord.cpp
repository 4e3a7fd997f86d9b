#include <EveSso/CharacterRecord.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace EveSso {

namespace {

// Field names of the metadata file (schema version 1). Renaming one is a schema change.
namespace F {
const QString characterId = QStringLiteral("characterId");
const QString name = QStringLiteral("name");
const QString ownerHash = QStringLiteral("ownerHash");
const QString profileId = QStringLiteral("profileId");
const QString grantedScopes = QStringLiteral("grantedScopes");
const QString corporationId = QStringLiteral("corporationId");
const QString corporationName = QStringLiteral("corporationName");
const QString corporationTicker = QStringLiteral("corporationTicker");
const QString allianceId = QStringLiteral("allianceId");
const QString allianceName = QStringLiteral("allianceName");
const QString walletBalance = QStringLiteral("walletBalance");
const QString walletUpdatedAt = QStringLiteral("walletUpdatedAt");
const QString portraitFile = QStringLiteral("portraitFile");
const QString lastRefreshAt = QStringLiteral("lastRefreshAt");
const QString needsRelogin = QStringLiteral("needsRelogin");
const QString sortIndex = QStringLiteral("sortIndex");
const QString addedAt = QStringLiteral("addedAt");
} // namespace F

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// JSON numbers are doubles: integers are exact up to 2^53, far beyond any EVE id.
bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == double(qint64(d));
}

/// Reads the fields in turn and remembers the first one with a wrong type.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key);
        return v.toString();
    }

    qint64 integer(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!isInteger(v))
            fail(key);
        return v.toInteger();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }

    std::optional<double> number(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key);
            return std::nullopt;
        }
        return v.toDouble();
    }

    QDateTime time(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(key);
        return t.toUTC();
    }

    QStringList strings(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key);
            return {};
        }
        QStringList result;
        const QJsonArray array = v.toArray();
        result.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key);
                return {};
            }
            result.append(item.toString());
        }
        return result;
    }

    const QString &badField() const { return m_badField; }

private:
    void fail(const QString &key)
    {
        if (m_badField.isEmpty())
            m_badField = key;
    }

    const QJsonObject &m_object;
    QString m_badField;
};

} // namespace

QStringList CharacterRecord::missingScopes(const QStringList &required) const
{
    QStringList missing;
    for (const QString &scope : required) {
        if (!grantedScopes.contains(scope))
            missing.append(scope);
    }
    return missing;
}

QJsonObject CharacterRecord::toJson() const
{
    QJsonObject o;
    o.insert(F::characterId, characterId);
    o.insert(F::name, name);
    o.insert(F::ownerHash, ownerHash);
    o.insert(F::profileId, profileId);
    o.insert(F::grantedScopes, QJsonArray::fromStringList(grantedScopes));
    if (corporationId)
        o.insert(F::corporationId, corporationId);
    if (!corporationName.isEmpty())
        o.insert(F::corporationName, corporationName);
    if (!corporationTicker.isEmpty())
        o.insert(F::corporationTicker, corporationTicker);
    if (allianceId)
        o.insert(F::allianceId, allianceId);
    if (!allianceName.isEmpty())
        o.insert(F::allianceName, allianceName);
    if (walletBalance)
        o.insert(F::walletBalance, *walletBalance);
    if (walletUpdatedAt.isValid())
        o.insert(F::walletUpdatedAt, timeToJson(walletUpdatedAt));
    if (!portraitFile.isEmpty())
        o.insert(F::portraitFile, portraitFile);
    if (lastRefreshAt.isValid())
        o.insert(F::lastRefreshAt, timeToJson(lastRefreshAt));
    o.insert(F::needsRelogin, needsRelogin);
    o.insert(F::sortIndex, sortIndex);
    if (addedAt.isValid())
        o.insert(F::addedAt, timeToJson(addedAt));
    return o;
}

std::optional<CharacterRecord> CharacterRecord::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(object);
    CharacterRecord c;
    c.characterId = r.integer(F::characterId);
    c.name = r.string(F::name);
    c.ownerHash = r.string(F::ownerHash);
    c.profileId = r.string(F::profileId);
    c.grantedScopes = r.strings(F::grantedScopes);
    c.corporationId = r.integer(F::corporationId);
    c.corporationName = r.string(F::corporationName);
    c.corporationTicker = r.string(F::corporationTicker);
    c.allianceId = r.integer(F::allianceId);
    c.allianceName = r.string(F::allianceName);
    c.walletBalance = r.number(F::walletBalance);
    c.walletUpdatedAt = r.time(F::walletUpdatedAt);
    c.portraitFile = r.string(F::portraitFile);
    c.lastRefreshAt = r.time(F::lastRefreshAt);
    c.needsRelogin = r.boolean(F::needsRelogin);
    c.sortIndex = int(r.integer(F::sortIndex));
    c.addedAt = r.time(F::addedAt);

    if (!r.badField().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("EveSso::CharacterStore", "field \"%1\" has the wrong type")
                         .arg(r.badField());
        return std::nullopt;
    }
    if (c.characterId <= 0) {
        if (error)
            *error = QCoreApplication::translate("EveSso::CharacterStore", "no valid character id");
        return std::nullopt;
    }
    return c;
}

bool CharacterRecord::operator==(const CharacterRecord &b) const
{
    const CharacterRecord &a = *this;
    return a.characterId == b.characterId && a.name == b.name && a.ownerHash == b.ownerHash
        && a.profileId == b.profileId && a.grantedScopes == b.grantedScopes && a.corporationId == b.corporationId
        && a.corporationName == b.corporationName && a.corporationTicker == b.corporationTicker
        && a.allianceId == b.allianceId && a.allianceName == b.allianceName && a.walletBalance == b.walletBalance
        && a.walletUpdatedAt == b.walletUpdatedAt && a.portraitFile == b.portraitFile
        && a.lastRefreshAt == b.lastRefreshAt && a.needsRelogin == b.needsRelogin && a.sortIndex == b.sortIndex
        && a.addedAt == b.addedAt;
}

} // namespace EveSso
