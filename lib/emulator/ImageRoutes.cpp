#include "ImageRoutes.h"

#include <QBuffer>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <cmath>

namespace EveSso::Emu {

namespace {

constexpr int OriginalSize = 512;

HttpResponse imageError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

} // namespace

HttpResponse ImageRoutes::handle(const HttpRequest &request, const QString &subPath)
{
    const QStringList s = subPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method != "GET")
        return imageError(405, QStringLiteral("Method not allowed"));
    if (s.size() < 2 || s.size() > 3)
        return imageError(404, QStringLiteral("Not found"));
    const QString &category = s[0];
    const qint64 id = s[1].toLongLong();
    const QString variation = category == QLatin1String("characters") ? QStringLiteral("portrait")
                                                                        : QStringLiteral("logo");
    bool known = id == 1; // id 1 is the default image
    if (category == QLatin1String("characters"))
        known = known || m_ctx.fixture.character(id);
    else if (category == QLatin1String("corporations"))
        known = known || m_ctx.fixture.corporation(id);
    else if (category == QLatin1String("alliances"))
        known = known || m_ctx.fixture.alliance(id);
    else
        return imageError(404, QStringLiteral("Unknown category"));
    if (!known)
        return imageError(404, QStringLiteral("Not found"));
    if (s.size() == 2) // the available variations
        return HttpResponse::json(200, QJsonDocument(QJsonArray{variation}));
    if (s[2] != variation)
        return imageError(404, QStringLiteral("Unknown variation"));

    int size = OriginalSize;
    const QString sizeText = request.query.queryItemValue(QStringLiteral("size"));
    if (!sizeText.isEmpty()) {
        bool ok = false;
        size = sizeText.toInt(&ok);
        if (!ok || size < 32 || size > 1024 || (size & (size - 1)) != 0)
            return imageError(400, QStringLiteral("size must be a power of two from 32 to 1024"));
    }
    const QString key = QStringLiteral("%1/%2/%3").arg(category).arg(id).arg(size);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, render(category, id, size));
    HttpResponse r;
    r.body = it.value();
    const QByteArray etag = '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex().left(32) + '"';
    r.setHeader("Content-Type", category == QLatin1String("characters") ? "image/jpeg" : "image/png");
    r.setHeader("Cache-Control", "public, max-age=86400");
    r.setHeader("ETag", etag);
    if (request.header("if-none-match") == etag) {
        r.status = 304;
        r.body.clear();
    }
    return r;
}

QByteArray ImageRoutes::render(const QString &category, qint64 id, int size) const
{
    // Deterministic per id: the same character always gets the same picture.
    QRandomGenerator rng(quint32(id * 2654435761u));
    const bool portrait = category == QLatin1String("characters");
    QImage image(size, size, portrait ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.fill(portrait ? QColor::fromHsv(int(rng.bounded(360)), 90, 60) : QColor(Qt::transparent));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const double u = size / 16.0;
    if (portrait) {
        QLinearGradient bg(0, 0, 0, size);
        bg.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 120, 90));
        bg.setColorAt(1, QColor(10, 12, 16));
        p.fillRect(image.rect(), bg);
        p.setBrush(QColor::fromHsv(int(rng.bounded(40)) + 10, 80, 120 + int(rng.bounded(100))));
        p.drawEllipse(QRectF(5 * u, 3 * u, 6 * u, 7.5 * u));                  // head
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 150, 80));
        p.drawRoundedRect(QRectF(2.5 * u, 10.5 * u, 11 * u, 7 * u), 3 * u, 3 * u); // shoulders
    } else {
        const QColor main = QColor::fromHsv(int(rng.bounded(360)), 200, 200);
        p.setBrush(main.darker(200));
        p.drawEllipse(QRectF(u, u, 14 * u, 14 * u));
        p.setBrush(main);
        QPainterPath star;
        const int points = 3 + int(rng.bounded(5));
        for (int i = 0; i < points * 2; ++i) {
            const double r = (i % 2 ? 2.5 : 6.0) * u;
            const double a = M_PI * i / points - M_PI / 2;
            const QPointF pt(8 * u + r * std::cos(a), 8 * u + r * std::sin(a));
            i == 0 ? star.moveTo(pt) : star.lineTo(pt);
        }
        star.closeSubpath();
        p.drawPath(star);
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, portrait ? "JPEG" : "PNG", portrait ? 85 : -1);
    return bytes;
}

} // namespace EveSso::Emu
