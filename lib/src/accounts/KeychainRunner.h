#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace EveSso::detail {

/// What one keychain operation ended with. `code` is a QKeychain::Error value, kept as an int so
/// this header does not pull in QtKeychain.
struct KeychainOutcome
{
    bool timedOut = false;
    int code = 0;
    QString errorString; ///< QtKeychain's (or libsecret's) message; never contains the secret.
    QString data;        ///< The secret, for a successful read.
};

/// Runs QtKeychain jobs one at a time for the whole process, each with a deadline.
///
/// Why a queue of our own in front of QtKeychain's: QtKeychain 0.13 runs its jobs one at a time in
/// a global executor, and a job that never finishes (no Secret Service answers) blocks every later
/// job. Keeping only one of our jobs inside QtKeychain at a time lets an operation that times out
/// while still waiting here be dropped without ever running, and tells us exactly which job is the
/// running one when its deadline passes.
///
/// A running job that times out is not destroyed: the libsecret backend keeps a raw pointer to the
/// job until its D-Bus call returns, so deleting it would be a use-after-free when the late answer
/// arrives. Instead the job is told it finished (Job::emitFinishedWithError, which is what makes
/// QtKeychain's executor move on) and parked until its real answer comes, then deleted.
class KeychainRunner : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    using Done = std::function<void(const KeychainOutcome &)>;

    /// The process-wide runner, created on first use as a child of the QCoreApplication (so it
    /// lives in the main thread and goes away with the application).
    static KeychainRunner *instance();

    /// Queues an operation. `done` is called exactly once, from the event loop of the runner's
    /// thread, never from inside submit().
    void submit(Operation operation, const QString &service, const QString &key, const QString &data,
                std::chrono::milliseconds timeout, Done done);

    /// Jobs that timed out and whose backend has not answered yet (for tests and diagnostics).
    int parkedJobCount() const;

    ~KeychainRunner() override;

private:
    struct Request;

    explicit KeychainRunner(QObject *parent);
    void startNext();
    void jobFinished(QKeychain::Job *job);
    void requestTimedOut(quint64 id);
    void park(QKeychain::Job *job);
    void finish(std::unique_ptr<Request> request, const KeychainOutcome &outcome);

    std::deque<std::unique_ptr<Request>> m_waiting;
    std::unique_ptr<Request> m_running;
    QPointer<QKeychain::Job> m_job;
    quint64 m_nextId = 1;
    int m_parked = 0;
    bool m_startScheduled = false;
};

} // namespace EveSso::detail
