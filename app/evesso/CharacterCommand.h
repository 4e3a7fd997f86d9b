#pragma once

#include "Command.h"

#include <EveSso/EsiTypes.h>

/// `evesso character [CHARACTER]`: a character's public information from ESI (with its corporation
/// and alliance), through the ESI client's disk cache. A stored character's corporation and alliance
/// names are updated; any other character can be looked up by id.
class CharacterCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void fetchCorporation();
    void fetchAlliance();
    void report();

    QString m_character;
    EveSso::CharacterInfo m_info;
    EveSso::CorporationInfo m_corporation;
    EveSso::AllianceInfo m_alliance;
    bool m_stale = false;
};
