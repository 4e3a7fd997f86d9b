#include "CharacterDataUpdater.h"

#include <EveSso/AccountManager.h>
#include <EveSso/CharacterSession.h>

using EveSso::AccountManager;
using EveSso::CharacterRecord;
using EveSso::EsiClient;
using EveSso::EsiResult;

CharacterDataUpdater::CharacterDataUpdater(AccountManager *accounts, EsiClient *esi, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_esi(esi)
{
    connect(accounts, &QAbstractItemModel::modelReset, this, &CharacterDataUpdater::watchSessions);
    connect(accounts, &QAbstractItemModel::rowsInserted, this, &CharacterDataUpdater::watchSessions);
    connect(accounts, &QAbstractItemModel::modelReset, this, &CharacterDataUpdater::forgetRemoved);
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, &CharacterDataUpdater::forgetRemoved);
    watchSessions();
}

void CharacterDataUpdater::forgetRemoved()
{
    for (auto it = m_journals.begin(); it != m_journals.end();)
        it = m_accounts->rowOf(it.key()) < 0 ? m_journals.erase(it) : std::next(it);
    // Removed here or by another process (evesso logout, another instance): its cached ESI answers are its
    // personal data and go with it, from this client's memory and from the disk.
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (m_accounts->rowOf(*it) >= 0) {
            ++it;
            continue;
        }
        if (m_esi)
            m_esi->forgetCharacter(*it);
        it = m_known.erase(it);
    }
}

void CharacterDataUpdater::watchSessions()
{
    for (const CharacterRecord &record : m_accounts->records()) {
        const qint64 id = record.characterId;
        m_known.insert(id);
        EveSso::CharacterSession *session = m_accounts->session(id);
        if (!session || m_watched.contains(id))
            continue;
        m_watched.insert(id);
        // After each successful refresh: the login works, so ESI can be asked (the cache keeps it cheap).
        connect(session, &EveSso::CharacterSession::refreshed, this, [this, id] { update(id); });
        connect(session, &QObject::destroyed, this, [this, id] { m_watched.remove(id); });
    }
}

template <typename Apply>
void CharacterDataUpdater::patch(qint64 characterId, Apply apply)
{
    if (!m_accounts)
        return;
    std::optional<CharacterRecord> record = m_accounts->record(characterId);
    if (!record)
        return; // removed meanwhile
    apply(*record);
    m_accounts->updateRecord(*record);
    emit updated(characterId);
}

void CharacterDataUpdater::report(qint64 characterId, const EveSso::EsiError &error)
{
    m_errors.insert(characterId, error.message);
    emit failed(characterId, error.message);
}

void CharacterDataUpdater::update(qint64 characterId, EsiClient::Priority priority)
{
    EveSso::CharacterSession *session = m_accounts ? m_accounts->session(characterId) : nullptr;
    if (!session || !m_esi)
        return;
    m_errors.remove(characterId);

    m_esi->characterInfo(characterId, this, [this, characterId, priority](const EsiResult<EveSso::CharacterInfo> &info) {
        if (!info.hasValue())
            return report(characterId, info.error);
        const qint64 corporationId = info.value.corporationId;
        const qint64 allianceId = info.value.allianceId;
        patch(characterId, [&](CharacterRecord &r) {
            if (r.corporationId != corporationId) {
                r.corporationName.clear();
                r.corporationTicker.clear();
            }
            if (r.allianceId != allianceId)
                r.allianceName.clear();
            r.corporationId = corporationId;
            r.allianceId = allianceId;
        });
        if (corporationId != 0)
            m_esi->corporationInfo(corporationId, this, [this, characterId](const EsiResult<EveSso::CorporationInfo> &corp) {
                if (!corp.hasValue())
                    return report(characterId, corp.error);
                patch(characterId, [&](CharacterRecord &r) {
                    r.corporationName = corp.value.name;
                    r.corporationTicker = corp.value.ticker;
                });
            }, priority);
        if (allianceId != 0)
            m_esi->allianceInfo(allianceId, this, [this, characterId](const EsiResult<EveSso::AllianceInfo> &alliance) {
                if (!alliance.hasValue())
                    return report(characterId, alliance.error);
                patch(characterId, [&](CharacterRecord &r) { r.allianceName = alliance.value.name; });
            }, priority);
    }, priority);

    m_esi->walletBalance(session, this, [this, characterId](const EsiResult<double> &wallet) {
        if (!wallet.ok()) {
            // A stale balance is already what the record holds; say why it is not newer.
            return report(characterId, wallet.error);
        }
        // "Last updated" is when Capsuleer last had a current balance: now. ESI's Last-Modified says when ESI
        // computed it, which for a cached or demo answer can be days old and would read as a failure.
        const QDateTime fetched = QDateTime::currentDateTimeUtc();
        patch(characterId, [&](CharacterRecord &r) {
            r.walletBalance = wallet.value;
            r.walletUpdatedAt = fetched;
        });
    }, priority);

    fetchJournal(session, characterId, priority);

    m_esi->portrait(characterId, PortraitSize, this, [this, characterId](const EsiResult<QString> &portrait) {
        if (!portrait.hasValue())
            return report(characterId, portrait.error);
        patch(characterId, [&](CharacterRecord &r) { r.portraitFile = portrait.value; });
    }, priority);
}

void CharacterDataUpdater::fetchJournal(EveSso::CharacterSession *session, qint64 characterId, EsiClient::Priority priority)
{
    m_journals[characterId].state = WalletHistory::State::Loading; // what was loaded stays shown meanwhile
    emit walletHistoryChanged(characterId);
    m_esi->walletJournal(session, this, [this, characterId](const EsiResult<QList<EveSso::WalletJournalEntry>> &journal) {
        if (!m_accounts || m_accounts->rowOf(characterId) < 0) {
            m_journals.remove(characterId); // removed meanwhile
            return;
        }
        WalletHistory &history = m_journals[characterId];
        history.error = journal.error;
        if (journal.hasValue()) {
            history.entries = journal.value; // a stale answer too: the last known history, with the reason
            history.state = WalletHistory::State::Loaded;
        } else {
            history.state = WalletHistory::State::Failed;
        }
        emit walletHistoryChanged(characterId);
        if (!journal.ok())
            report(characterId, journal.error);
    }, priority);
}
