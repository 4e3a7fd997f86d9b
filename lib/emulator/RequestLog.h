#pragma once

#include "HttpMessage.h"

#include <EveSso/Emulator.h>

#include <QMutex>

namespace EveSso::Emu {

/// What tests may look at afterwards: every request with its status, secrets replaced by fingerprints.
/// Bounded (oldest entries go first) so a long benchmark cannot grow it without end.
class RequestLog
{
public:
    static constexpr qsizetype MaxEntries = 20000;

    /// The redacted record of `request` answered with `status` (0: dropped).
    /// (A successful token answer's `responseBody` gives the fingerprints of what it issued.)
    static Emulator::LoggedRequest record(const HttpRequest &request, int status, const QByteArray &responseBody = {});
    void append(const Emulator::LoggedRequest &entry);
    QList<Emulator::LoggedRequest> entries() const;
    void clear();
    int count(const QByteArray &method, const QString &pathPrefix, const QString &grantType) const;

private:
    mutable QMutex m_mutex;
    QList<Emulator::LoggedRequest> m_entries;
};

} // namespace EveSso::Emu
