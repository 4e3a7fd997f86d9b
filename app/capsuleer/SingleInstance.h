#pragma once

#include <QObject>

class QLocalServer;
class QLocalSocket;

/// One running Capsuleer per user: two would fight over the login callback port. The first instance listens
/// on a local socket; a later one connects, asks it to come forward, and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// `name` identifies the socket; the default is per user and per build of the app.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName();

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
    void listen();

    QString m_name;
    QLocalSocket *m_probe = nullptr;
    QLocalServer *m_server = nullptr;
};
