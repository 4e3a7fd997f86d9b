#pragma once

#include "EmulatorContext.h"
#include "HttpMessage.h"

namespace EveSso::Emu {

/// Checks an access token the way ESI does: present, at most 4096 characters, signed by a current key,
/// issued by this SSO for "EVE Online", not expired, not expiring too far in the future.
class BearerCheck
{
public:
    struct Result
    {
        bool present = false; ///< A token was sent at all.
        bool ok = false;
        int status = 401;
        QString error;
        qint64 characterId = 0;
        QString clientId;
        QStringList scopes;
        qint64 expires = 0;
    };

    explicit BearerCheck(const EmulatorContext &ctx) : m_ctx(ctx) {}
    /// The token from "Authorization: Bearer", or the legacy ?token= query parameter.
    Result check(const HttpRequest &request) const;

private:
    const EmulatorContext &m_ctx;
};

} // namespace EveSso::Emu
