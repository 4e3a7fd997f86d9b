#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EveSso::Emu {

/// The emulator's data set: accounts with their characters, corporations, alliances, wallets and journals,
/// and the scopes the SSO knows. Loaded from JSON (the built-in :/evesso-emulator/default-fixture.json, or a
/// file in the same format).
class Fixture
{
public:
    struct Character
    {
        qint64 id = 0;
        QString name;
        QString account;
        qint64 corporationId = 0;
        QString gender;
        int raceId = 0;
        int bloodlineId = 0;
        QDateTime birthday;
        double securityStatus = 0;
        QString title;
        QString description;
        QString ownerHash;
        double walletBalance = 0;
        QJsonArray journal; ///< Newest first, ESI's journal entry objects.
    };
    struct Corporation
    {
        qint64 id = 0;
        QString name;
        QString ticker;
        qint64 allianceId = 0;
        qint64 ceoId = 0;
        qint64 creatorId = 0;
        int memberCount = 0;
        double taxRate = 0;
        QDateTime dateFounded;
        QString description;
        qint64 homeStationId = 0;
        qint64 shares = 0;
        QString url;
        bool warEligible = false;
    };
    struct Alliance
    {
        qint64 id = 0;
        QString name;
        QString ticker;
        qint64 creatorId = 0;
        qint64 creatorCorporationId = 0;
        qint64 executorCorporationId = 0;
        QDateTime dateFounded;
    };
    struct Account
    {
        QString name;
        QList<qint64> characterIds;
    };

    /// The built-in default fixture.
    static Fixture builtIn();
    /// Parses a fixture document; std::nullopt with `error` set when it is not valid.
    static std::optional<Fixture> fromJson(const QByteArray &json, QString *error);

    const QList<Account> &accounts() const { return m_accounts; }
    QList<qint64> characterIds() const;
    const Character *character(qint64 id) const;
    const Corporation *corporation(qint64 id) const;
    const Alliance *alliance(qint64 id) const;
    const QStringList &scopes() const { return m_scopes; }
    /// When the data "last changed", for Last-Modified.
    QDateTime lastModified() const { return m_lastModified; }

private:
    QList<Account> m_accounts;
    QHash<qint64, Character> m_characters;
    QList<qint64> m_characterOrder;
    QHash<qint64, Corporation> m_corporations;
    QHash<qint64, Alliance> m_alliances;
    QStringList m_scopes;
    QDateTime m_lastModified;
};

} // namespace EveSso::Emu
