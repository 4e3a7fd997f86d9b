#include "FaultInjector.h"

namespace EveSso::Emu {

void FaultInjector::setLatency(const QString &pathPrefix, int milliseconds)
{
    if (milliseconds <= 0)
        m_latency.remove(pathPrefix);
    else
        m_latency.insert(pathPrefix, milliseconds);
}

int FaultInjector::latencyFor(const QString &path) const
{
    int best = -1;
    int ms = 0;
    for (auto it = m_latency.constBegin(); it != m_latency.constEnd(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > best) {
            best = int(it.key().size());
            ms = it.value();
        }
    }
    return ms;
}

void FaultInjector::clear()
{
    m_latency.clear();
    m_counted.clear();
    downtime = false;
}

void FaultInjector::add(Kind kind, int count, const QString &pathPrefix, int status)
{
    if (count > 0)
        m_counted.append({kind, count, pathPrefix, status});
}

bool FaultInjector::take(Kind kind, const QString &path, int *status)
{
    for (qsizetype i = 0; i < m_counted.size(); ++i) {
        Counted &c = m_counted[i];
        if (c.kind != kind || !path.startsWith(c.prefix))
            continue;
        if (status)
            *status = c.status;
        if (--c.remaining <= 0)
            m_counted.removeAt(i);
        return true;
    }
    return false;
}

} // namespace EveSso::Emu
