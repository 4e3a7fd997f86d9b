#pragma once

#include "EmulatorContext.h"
#include "HttpMessage.h"

#include <QHash>

namespace EveSso::Emu {

/// The image server under <origin>/images: /characters/{id}/portrait (JPEG), /corporations/{id}/logo and
/// /alliances/{id}/logo (PNG), drawn with QImage, deterministic per id; ?size= a power of two, 32 to 1024.
class ImageRoutes
{
public:
    explicit ImageRoutes(const EmulatorContext &ctx) : m_ctx(ctx) {}
    /// `subPath` is the path after "/images".
    HttpResponse handle(const HttpRequest &request, const QString &subPath);

private:
    QByteArray render(const QString &category, qint64 id, int size) const;

    const EmulatorContext &m_ctx;
    QHash<QString, QByteArray> m_cache;
};

} // namespace EveSso::Emu
