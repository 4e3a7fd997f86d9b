#include "Portrait.h"

#include <QFileInfo>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

namespace {
QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials.append(word.at(0).toUpper());
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QPixmap initialsTile(const QString &name, int size, const QPalette &palette)
{
    QPixmap tile(size, size);
    tile.fill(palette.color(QPalette::Mid));
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Light));
    painter.drawText(tile.rect(), Qt::AlignCenter, initialsOf(name));
    return tile;
}
} // namespace

QPixmap characterPortrait(const QString &file, const QString &name, int size, const QPalette &palette)
{
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        const QString key = QStringLiteral("portrait:%1:%2:%3")
                                .arg(file)
                                .arg(size)
                                .arg(info.lastModified().toMSecsSinceEpoch());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        if (pixmap.load(file)) {
            pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QPixmapCache::insert(key, pixmap);
            return pixmap;
        }
    }
    return initialsTile(name, size, palette);
}
