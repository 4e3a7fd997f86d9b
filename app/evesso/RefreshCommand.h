#pragma once

#include "Command.h"

#include <QList>

/// `evesso refresh [CHARACTER | --all]`: refreshes logins now (saving rotated refresh tokens) and
/// reports each outcome. Prints no token.
class RefreshCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void refreshOne(qint64 characterId);
    void refreshEveryone();
    /// Prints every outcome and ends with the exit code of the first failure.
    void report(const QList<qint64> &characterIds);

    QCommandLineOption m_allOption{QStringLiteral("all"), tr("Refresh every stored character.")};
    QString m_character;
    bool m_all = false;
};
