#include "ListCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

void ListCommand::addOptions(QCommandLineParser &) {}

bool ListCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (!arguments.isEmpty()) {
        *error = tr("list takes no arguments.");
        return false;
    }
    return true;
}

void ListCommand::run()
{
    const QList<EveSso::CharacterRecord> records = context()->accounts()->records();
    const QStringList required = context()->config().settings.scopes;
    if (json()) {
        QJsonArray array;
        for (const EveSso::CharacterRecord &record : records)
            array.append(JsonFormat::character(record, required));
        Console::outJson(array);
        succeed();
        return;
    }
    if (records.isEmpty()) {
        note(tr("No character is logged in on profile \"%1\". Run: evesso login").arg(context()->config().profile.id));
        succeed();
        return;
    }
    for (const EveSso::CharacterRecord &record : records) {
        const QString state = record.needsRelogin ? tr("needs re-login") : tr("ok");
        const QString refreshed = record.lastRefreshAt.isValid()
            ? record.lastRefreshAt.toUTC().toString(Qt::ISODate)
            : tr("never");
        Console::out(QStringLiteral("%1\t%2\t%3\t%4").arg(QString::number(record.characterId), record.name, state, refreshed));
    }
    succeed();
}
