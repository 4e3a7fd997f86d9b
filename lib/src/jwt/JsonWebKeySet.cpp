#include <EveSso/JsonWebKeySet.h>

#include "KeySetData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EveSso {

namespace {

void setError(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
}

} // namespace

JsonWebKeySet::JsonWebKeySet() = default;
JsonWebKeySet::~JsonWebKeySet() = default;
JsonWebKeySet::JsonWebKeySet(const JsonWebKeySet &other) = default;
JsonWebKeySet &JsonWebKeySet::operator=(const JsonWebKeySet &other) = default;
JsonWebKeySet::JsonWebKeySet(JsonWebKeySet &&other) noexcept = default;
JsonWebKeySet &JsonWebKeySet::operator=(JsonWebKeySet &&other) noexcept = default;

JsonWebKeySet::JsonWebKeySet(std::shared_ptr<const Jwt::KeySetData> data)
    : d(std::move(data))
{
}

JsonWebKeySet JsonWebKeySet::fromJson(const QByteArray &json, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = doc.object().value(QLatin1String("keys"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !keys.isArray()) {
        setError(errorMessage,
                 QCoreApplication::translate("EveSso::JsonWebKeySet",
                                             "The EVE login server's signing keys could not be read: the answer "
                                             "is not a JSON Web Key Set. Check the SSO address in the settings "
                                             "and try again later."));
        return {};
    }

    auto data = std::make_shared<Jwt::KeySetData>();
    for (const QJsonValue &value : keys.toArray()) {
        const QJsonObject jwk = value.toObject();
        Jwt::JsonWebKey key;
        switch (Jwt::JsonWebKey::parse(jwk, &key)) {
        case Jwt::JsonWebKey::ParseStatus::Ok:
            data->keys.push_back(std::move(key));
            break;
        case Jwt::JsonWebKey::ParseStatus::Rejected:
            data->rejectedKeyIds.append(jwk.value(QLatin1String("kid")).toString());
            break;
        case Jwt::JsonWebKey::ParseStatus::Unsupported:
            break;
        }
    }
    if (data->keys.empty()) {
        setError(errorMessage,
                 QCoreApplication::translate("EveSso::JsonWebKeySet",
                                             "The EVE login server published no signing key this program can "
                                             "use (RSA of at least 2048 bits, or EC P-256), so no login can be "
                                             "checked. Try again later; if this persists, update this program."));
        return JsonWebKeySet(std::move(data)); // empty, but rejectedKeyIds() says what was left out
    }
    setError(errorMessage, QString());
    return JsonWebKeySet(std::move(data));
}

bool JsonWebKeySet::isEmpty() const
{
    return !d || d->keys.empty();
}

QStringList JsonWebKeySet::keyIds() const
{
    QStringList ids;
    if (d) {
        for (const Jwt::JsonWebKey &key : d->keys)
            ids.append(key.kid());
    }
    return ids;
}

bool JsonWebKeySet::contains(const QString &kid) const
{
    if (!d)
        return false;
    for (const Jwt::JsonWebKey &key : d->keys) {
        if (key.kid() == kid)
            return true;
    }
    return false;
}

QStringList JsonWebKeySet::rejectedKeyIds() const
{
    return d ? d->rejectedKeyIds : QStringList();
}

} // namespace EveSso
