#pragma once

// The emulator's own HTTP/1.1 request and response values (private to lib/emulator).

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace EveSso::Emu {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;  ///< As on the request line.
    QString path;       ///< Percent-decoded path, without the query.
    QUrlQuery query;
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names; repeated headers joined with ", ".
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    /// What the connection does with the response instead of sending it normally.
    enum class Delivery { Normal, Drop, Truncate, EndlessBody, EndlessChunks, EndlessHeaders, SlowDrip };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    bool close = false;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }

    static HttpResponse json(int status, const QJsonDocument &doc)
    {
        HttpResponse r;
        r.status = status;
        r.body = doc.toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    }
    static HttpResponse jsonBytes(int status, const QByteArray &body)
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    }
};

/// The reason phrase of a status code ("OK", "Not Found", ...).
QByteArray reasonPhrase(int status);

} // namespace EveSso::Emu
