#pragma once

#include "WalletHistory.h"

#include <EveSso/EsiClient.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace EveSso {
class AccountManager;
}

/// Keeps what the list and the detail pane show up to date from ESI: corporation (name, ticker), alliance,
/// wallet balance, portrait and wallet journal. Each character is updated after each successful login refresh,
/// and on demand (the player's Refresh, as an urgent request). Results go into the character's metadata through
/// AccountManager::updateRecord(), so the next start shows them at once; the journal only into memory
/// (walletHistory()), as ESI's disk cache keeps it anyway. ESI failures never touch the login. A character that
/// leaves the list (removed here or by another process) is forgotten by the ESI client too
/// (EsiClient::forgetCharacter()).
class CharacterDataUpdater : public QObject
{
    Q_OBJECT

public:
    /// Portrait size fetched (the detail pane's 128 px, doubled for high-DPI screens).
    static constexpr int PortraitSize = 256;

    /// `accounts` and `esi` are not owned.
    CharacterDataUpdater(EveSso::AccountManager *accounts, EveSso::EsiClient *esi, QObject *parent = nullptr);

    /// Fetches everything of one character now.
    void update(qint64 characterId, EveSso::EsiClient::Priority priority = EveSso::EsiClient::Priority::Normal);

    /// The last ESI failure for a character (translated), empty when its last update worked.
    QString lastError(qint64 characterId) const { return m_errors.value(characterId); }

    /// The character's wallet journal as far as this session fetched it (State::NotAsked before the first
    /// update).
    WalletHistory walletHistory(qint64 characterId) const { return m_journals.value(characterId); }

signals:
    /// An update of one character finished a part (the record may have changed).
    void updated(qint64 characterId);
    /// A part of the update failed; `message` says what and what to do.
    void failed(qint64 characterId, const QString &message);
    /// A character's wallet history started loading, arrived or failed (see walletHistory()).
    void walletHistoryChanged(qint64 characterId);

private:
    void watchSessions();
    void forgetRemoved();
    void fetchJournal(EveSso::CharacterSession *session, qint64 characterId, EveSso::EsiClient::Priority priority);
    template <typename Apply>
    void patch(qint64 characterId, Apply apply);
    void report(qint64 characterId, const EveSso::EsiError &error);

    QPointer<EveSso::AccountManager> m_accounts;
    QPointer<EveSso::EsiClient> m_esi;
    QSet<qint64> m_watched;
    QSet<qint64> m_known; ///< The characters listed: when one goes, its cached ESI answers are forgotten.
    QHash<qint64, QString> m_errors;
    QHash<qint64, WalletHistory> m_journals;
};
