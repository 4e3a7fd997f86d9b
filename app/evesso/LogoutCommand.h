#pragma once

#include "Command.h"

/// `evesso logout CHARACTER`: revokes the login at the SSO, then deletes the keychain entry, the
/// character's metadata and its cached ESI answers. When the SSO cannot be reached the character is
/// still removed locally and the exit code says the revocation did not happen. When the keychain entry
/// cannot be deleted the character is kept (so that logging out can be tried again) and the exit code is
/// the keychain's.
class LogoutCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void remove(qint64 characterId);
    void report(qint64 characterId, const QString &name, const EveSso::SsoError &error);

    QString m_character;
};
