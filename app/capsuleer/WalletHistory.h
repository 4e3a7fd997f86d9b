#pragma once

#include <EveSso/EsiError.h>
#include <EveSso/EsiTypes.h>

#include <QDateTime>
#include <QList>
#include <QPointF>

#include <optional>

/// What this session knows of a character's wallet journal (ESI keeps the last 30 days). Kept in memory only:
/// ESI's answer is in the ESI disk cache anyway, and the character metadata file stays small.
struct WalletHistory
{
    /// Where the journal's fetch stands.
    enum class State {
        NotAsked, ///< Not fetched this session (the login was not refreshed yet, or needs renewing).
        Loading,  ///< A fetch is under way; `entries` may still hold the previous answer.
        Loaded,   ///< `entries` is ESI's answer; a stale cached one when `error` says why.
        Failed,   ///< The last fetch failed; `entries` holds this session's previous answer, if any.
    };

    /// The scope ESI requires for the journal.
    static constexpr const char *RequiredScope = "esi-wallet.read_character_wallet.v1";

    State state = State::NotAsked;
    QList<EveSso::WalletJournalEntry> entries; ///< Newest first, as ESI sends them.
    EveSso::EsiError error; ///< Why the last fetch failed or gave a stale answer; Kind::None when it worked.

    /// The balance over time as the corners of a step line, oldest first: x in ms since the epoch (UTC),
    /// y in ISK. The balance holds until the next entry changes it. `currentBalance` (the wallet as of
    /// `balanceAt`) ends the line unless the journal has newer entries than that. Entries without a balance
    /// are left out.
    QList<QPointF> balanceSteps(std::optional<double> currentBalance, const QDateTime &balanceAt) const;
};
