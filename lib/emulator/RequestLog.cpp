#include "RequestLog.h"

#include "FormData.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace EveSso::Emu {

namespace {

const QString Redacted = QStringLiteral("[redacted]");

bool isSecretField(const QString &name)
{
    static const QStringList secrets{QStringLiteral("code"), QStringLiteral("code_verifier"),
                                     QStringLiteral("refresh_token"), QStringLiteral("token"),
                                     QStringLiteral("client_secret"), QStringLiteral("access_token")};
    return secrets.contains(name);
}

} // namespace

Emulator::LoggedRequest RequestLog::record(const HttpRequest &request, int status, const QByteArray &responseBody)
{
    Emulator::LoggedRequest e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = request.method;
    e.path = request.path;
    e.status = status;
    for (auto it = request.headers.constBegin(); it != request.headers.constEnd(); ++it) {
        if (it.key() == "authorization" || it.key() == "cookie") {
            const qsizetype space = it.value().indexOf(' ');
            e.headers.insert(it.key(), (space > 0 ? it.value().left(space + 1) : QByteArray()) + Redacted.toLatin1());
            e.secretFingerprints.insert(QString::fromLatin1(it.key()),
                                        Emulator::fingerprint(space > 0 ? it.value().mid(space + 1) : it.value()));
        } else {
            e.headers.insert(it.key(), it.value());
        }
    }
    // Secrets can ride in the query too (ESI's legacy ?token=).
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (isSecretField(item.first)) {
            e.query.addQueryItem(item.first, Redacted);
            e.secretFingerprints.insert(item.first, Emulator::fingerprint(item.second.toUtf8()));
        } else {
            e.query.addQueryItem(item.first, item.second);
        }
    }
    if (isFormContentType(request.header("content-type"))) {
        const auto form = parseForm(request.body);
        for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
            if (isSecretField(it.key())) {
                e.form.insert(it.key(), Redacted);
                e.secretFingerprints.insert(it.key(), Emulator::fingerprint(it.value().toUtf8()));
            } else {
                e.form.insert(it.key(), it.value());
            }
        }
        e.grantType = form.value(QStringLiteral("grant_type"));
    }
    if (status == 200 && request.path == QLatin1String("/v2/oauth/token")) {
        const QJsonObject issued = QJsonDocument::fromJson(responseBody).object();
        for (const QString &field : {QStringLiteral("refresh_token"), QStringLiteral("access_token")}) {
            const QString value = issued.value(field).toString();
            if (!value.isEmpty())
                e.issuedFingerprints.insert(field, Emulator::fingerprint(value.toUtf8()));
        }
    }
    return e;
}

void RequestLog::append(const Emulator::LoggedRequest &entry)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= MaxEntries)
        m_entries.remove(0, MaxEntries / 10);
    m_entries.append(entry);
}

QList<Emulator::LoggedRequest> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int RequestLog::count(const QByteArray &method, const QString &pathPrefix, const QString &grantType) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &e : m_entries)
        if ((method.isEmpty() || e.method == method) && e.path.startsWith(pathPrefix)
            && (grantType.isEmpty() || e.grantType == grantType))
            ++n;
    return n;
}

} // namespace EveSso::Emu
