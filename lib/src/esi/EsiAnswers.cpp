#include "EsiAnswers.h"

#include "EsiLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace EveSso::EsiAnswers {

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

template <typename T, typename FromJson>
std::optional<QList<T>> listOf(const QByteArray &body, FromJson fromJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return std::nullopt;
    QList<T> list;
    for (const QJsonValue &v : doc.array()) {
        std::optional<T> item = fromJson(v.toObject());
        if (!item)
            return std::nullopt;
        list.append(std::move(*item));
    }
    return list;
}

} // namespace

std::optional<CharacterInfo> character(qint64 characterId, const QByteArray &body)
{
    return CharacterInfo::fromJson(characterId, objectOf(body));
}

std::optional<CorporationInfo> corporation(qint64 corporationId, const QByteArray &body)
{
    return CorporationInfo::fromJson(corporationId, objectOf(body));
}

std::optional<AllianceInfo> alliance(qint64 allianceId, const QByteArray &body)
{
    return AllianceInfo::fromJson(allianceId, objectOf(body));
}

std::optional<PortraitUrls> portraitUrls(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? PortraitUrls::fromJson(doc.object()) : std::nullopt;
}

std::optional<double> walletBalance(const QByteArray &body)
{
    bool ok = false;
    const double balance = body.trimmed().toDouble(&ok); // a bare JSON number
    // toDouble() also reads "inf" and "nan", which JSON has no words for.
    return ok && std::isfinite(balance) ? std::optional<double>(balance) : std::nullopt;
}

std::optional<QList<WalletJournalEntry>> walletJournalPage(const QByteArray &body)
{
    return listOf<WalletJournalEntry>(body, &WalletJournalEntry::fromJson);
}

std::optional<QList<ResolvedName>> resolvedNames(const QByteArray &body)
{
    return listOf<ResolvedName>(body, &ResolvedName::fromJson);
}

bool isEsiJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed, &error);
        return error.error == QJsonParseError::NoError;
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    return ok && std::isfinite(number); // not "inf" or "nan": no JSON number
}

QString errorMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
}

int pageCount(const QByteArray &xPagesHeader)
{
    bool ok = false;
    const qint64 pages = xPagesHeader.trimmed().toLongLong(&ok);
    if (!ok || pages < 0)
        return 0;
    if (pages > kMaxPages) {
        qCWarning(lcEsi, "ESI announced %lld pages; reading only the first %d", pages, kMaxPages);
        return kMaxPages;
    }
    return int(pages);
}

} // namespace EveSso::EsiAnswers
