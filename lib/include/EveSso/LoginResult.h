#pragma once

#include <EveSso/TokenSet.h>
#include <EveSso/VerifiedToken.h>
#include <EveSso/evesso_export.h>

#include <QMetaType>

namespace EveSso {

/// A completed login: the character the SSO's signature vouches for, and its tokens.
struct EVESSO_EXPORT LoginResult
{
    VerifiedToken character; ///< From the verified access token (id, name, owner hash, scopes, expiry, ...).
    TokenSet tokens;         ///< Store tokens.refreshToken in the keychain; keep the access token in memory.
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::LoginResult)
