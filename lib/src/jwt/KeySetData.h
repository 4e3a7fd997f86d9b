#pragma once

#include "JsonWebKey.h"

#include <QStringList>

#include <vector>

namespace EveSso::Jwt {

/// The shared, immutable content of a JsonWebKeySet.
class KeySetData
{
public:
    std::vector<JsonWebKey> keys;
    QStringList rejectedKeyIds;

    /// The key a token header selects: by `kid`, preferring one whose type fits `alg` when a set reuses a
    /// kid across key types. Null when no key has this kid.
    const JsonWebKey *find(QStringView kid, JwsAlgorithm alg) const
    {
        const JsonWebKey *first = nullptr;
        for (const JsonWebKey &key : keys) {
            if (key.kid() != kid)
                continue;
            if (key.typeFits(alg))
                return &key;
            if (!first)
                first = &key;
        }
        return first;
    }
};

} // namespace EveSso::Jwt
