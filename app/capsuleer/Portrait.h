#pragma once

#include <QPixmap>
#include <QString>

class QPalette;

/// A character's portrait at `size` pixels, from the cached image file; when there is none (yet), a tile
/// with the character's initials. Scaled pixmaps are kept in QPixmapCache.
QPixmap characterPortrait(const QString &file, const QString &name, int size, const QPalette &palette);
