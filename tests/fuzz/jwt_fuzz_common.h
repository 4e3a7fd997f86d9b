#pragma once

// Shared by the JWT fuzzer and its seed-corpus generator: the input layout and the fixed clock.
//
// Input: one selector byte, then the token. Selector bits switch individual checks off, so that the fuzzer
// (which cannot forge signatures) still reaches the claim checks:
//   bit 0 verifySignature, 1 verifyExpiry, 2 verifyIssuer, 3 verifyAudience, 4 verifySubject,
//   5 verifyAuthorizedParty (each: set = off), 6 leeway 0 s, 7 only "EVE Online" required in aud.

#include <EveSso/JwtVerifier.h>
#include <EveSso/UtcDateTime.h>

#include <QDateTime>

namespace JwtFuzz {

inline QString clientId()
{
    return QStringLiteral("fuzz-client");
}

/// The fuzzer's "now"; seed tokens are issued a minute before it.
inline QDateTime now()
{
    return EveSso::Utc::fromSecsSinceEpoch(1773316800); // 2026-03-12T12:00:00Z
}

inline EveSso::JwtVerifier::Options options(unsigned char selector)
{
    EveSso::JwtVerifier::Options o;
    o.clientId = clientId();
    o.verifySignature = !(selector & 0x01);
    o.verifyExpiry = !(selector & 0x02);
    o.verifyIssuer = !(selector & 0x04);
    o.verifyAudience = !(selector & 0x08);
    o.verifySubject = !(selector & 0x10);
    o.verifyAuthorizedParty = !(selector & 0x20);
    if (selector & 0x40)
        o.leeway = std::chrono::seconds(0);
    if (selector & 0x80)
        o.requiredAudiences = QStringList{QStringLiteral("EVE Online")};
    return o;
}

} // namespace JwtFuzz
