#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace EveSso::Emu {

/// Faults on demand: per-path latency, counted failures (status, malformed JSON, truncation, dropped
/// connection) and the daily-downtime switch. Prefixes match paths from their start; empty matches all.
class FaultInjector
{
public:
    enum class Kind { Fail, Malform, Truncate, Drop, EndlessBody, EndlessChunks, EndlessHeaders, SlowDrip };

    void setLatency(const QString &pathPrefix, int milliseconds);
    /// The latency of the longest matching prefix.
    int latencyFor(const QString &path) const;
    void add(Kind kind, int count, const QString &pathPrefix, int status = 0);
    /// Consumes one matching fault of that kind; `status` gets a Fail fault's HTTP status.
    bool take(Kind kind, const QString &path, int *status = nullptr);
    void clear();

    bool downtime = false;

private:
    struct Counted
    {
        Kind kind;
        int remaining;
        QString prefix;
        int status;
    };
    QHash<QString, int> m_latency;
    QList<Counted> m_counted;
};

} // namespace EveSso::Emu
