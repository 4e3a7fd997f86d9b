#pragma once

#include "Command.h"

namespace EveSso {
class CharacterSession;
}

/// A command that acts on one stored character: `evesso <name> [CHARACTER]`, the character left out
/// when only one is logged in. Before act() it requires a client id, resolves the character and loads
/// the SSO's metadata and keys, so that these failures read and exit the same in every such command.
class OneCharacterCommand : public Command
{
    Q_OBJECT

public:
    /// `name` is the command's name on the command line (for its usage error).
    explicit OneCharacterCommand(const QString &name, QObject *parent = nullptr);

    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() final;
    /// The command's own work on the stored character `characterId`, once the SSO is ready.
    virtual void act(qint64 characterId) = 0;
    /// Fails the command and returns true when `session` refreshed its login but the rotated refresh token
    /// is not in the keychain: reporting success would hide that the next run may find the login gone.
    bool failIfRefreshTokenUnsaved(const EveSso::CharacterSession *session);

private:
    QString m_name;
    QString m_character;
};
