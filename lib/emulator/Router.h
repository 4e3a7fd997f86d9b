#pragma once

#include "EsiRoutes.h"
#include "FaultInjector.h"
#include "ImageRoutes.h"
#include "RequestLog.h"
#include "SsoRoutes.h"

#include <functional>
#include <optional>

namespace EveSso::Emu {

/// Sends each request to the SSO, ESI or image routes, applies the injected faults around them and
/// records the outcome in the request log.
class Router
{
public:
    using LogListener = std::function<void(const Emulator::LoggedRequest &)>;

    Router(EmulatorContext &ctx, LogListener listener)
        : m_sso(ctx), m_esi(ctx), m_images(ctx), m_listener(std::move(listener))
    {
    }

    HttpResponse handle(const HttpRequest &request);

    FaultInjector &faults() { return m_faults; }
    RequestLog &log() { return m_log; }
    EsiRoutes &esi() { return m_esi; }

private:
    HttpResponse dispatch(const HttpRequest &request);
    /// The hostile delivery pending for the path, if any (consumed).
    std::optional<HttpResponse::Delivery> hostileFault(const QString &path);

    SsoRoutes m_sso;
    EsiRoutes m_esi;
    ImageRoutes m_images;
    FaultInjector m_faults;
    RequestLog m_log;
    LogListener m_listener;
};

} // namespace EveSso::Emu
