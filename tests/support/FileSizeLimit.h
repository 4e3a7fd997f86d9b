#pragma once

#include <csignal>
#include <sys/resource.h>

namespace EveSsoTest {

/// While alive, this process cannot make any file larger than `bytes` (RLIMIT_FSIZE): a write past the
/// limit fails with EFBIG, as it would with ENOSPC on a full disk. SIGXFSZ, which would kill the process,
/// is ignored meanwhile. Only the soft limit changes, so the old one can be restored.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    /// False when the limit could not be set.
    bool isActive() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace EveSsoTest
