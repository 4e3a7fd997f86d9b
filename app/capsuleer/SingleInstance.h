#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

/// One running Capsuleer per user: two would fight over the login callback port. Whoever holds a lock file
/// in the user's private runtime folder is the instance; it listens on a local socket there, and a later
/// launch connects to it, asks it to come forward, and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// `name` names the lock (`name`.lock) and the socket in runtimeDirectory().
    explicit SingleInstance(const QString &name = QStringLiteral("capsuleer"), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// $XDG_RUNTIME_DIR, or, where there is none, a folder of our own that only this user can enter.
    static QString runtimeDirectory();

    /// Finds out, asynchronously, whether another instance runs: it then is asked to show its window and
    /// anotherInstanceRuns() is emitted (this process should exit); else this one listens and becameFirst()
    /// is emitted.
    void claim();
    bool isFirst() const { return m_server != nullptr; }

signals:
    void becameFirst();
    void anotherInstanceRuns();
    /// A second launch asked this instance to show its window.
    void activationRequested();

private:
    void attempt();
    void becomeFirst();
    void retryOrGiveUp();
    void accept(QLocalSocket *socket);

    QString m_socketPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QElapsedTimer m_waiting;
};
