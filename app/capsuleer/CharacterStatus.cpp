#include "CharacterStatus.h"

#include <EveSso/AccountManager.h>
#include <EveSso/CharacterSession.h>

#include <QPalette>

using EveSso::AccountManager;
using State = EveSso::CharacterSession::State;

CharacterStatus CharacterStatus::of(const QModelIndex &index)
{
    CharacterStatus status;
    const auto state = index.data(AccountManager::SessionStateRole).value<State>();
    const QString lastError = index.data(AccountManager::LastErrorRole).toString();
    const QStringList missing = index.data(AccountManager::MissingScopesRole).toStringList();
    if (index.data(AccountManager::NeedsReloginRole).toBool()) {
        status.kind = Kind::NeedsRelogin;
        status.label = tr("Needs re-login");
        status.tooltip = tr("EVE's login server no longer accepts this login (it expired, was revoked or the "
                            "password changed). Log the character in again; nothing else is lost.");
    } else if (state == State::KeychainUnavailable) {
        status.kind = Kind::KeychainUnavailable;
        status.label = tr("Keychain unavailable");
        status.tooltip = lastError;
    } else if (state == State::Refreshing) {
        status.kind = Kind::Refreshing;
        status.label = tr("Refreshing…");
        status.tooltip = tr("Getting a fresh login from EVE's login server.");
    } else if (state == State::Offline) {
        status.kind = Kind::Offline;
        status.label = tr("Offline");
        status.tooltip = lastError.isEmpty() ? tr("EVE's servers cannot be reached; retrying by itself.")
                                             : tr("%1 Retrying by itself.").arg(lastError);
    } else if (!missing.isEmpty()) {
        status.kind = Kind::MissingScopes;
        status.label = tr("Missing scopes");
        status.tooltip = tr("This login lacks %1. Log the character in again to grant them.")
                             .arg(missing.join(QStringLiteral(", ")));
    } else if (state == State::Ready) {
        status.kind = Kind::Ready;
        status.label = tr("Ready");
        status.tooltip = tr("Logged in and verified.");
    } else {
        status.kind = Kind::NotLoaded;
        status.label = tr("Not refreshed yet");
        status.tooltip = tr("Shown from what Capsuleer remembered; the login has not been refreshed yet.");
    }
    return status;
}

QColor CharacterStatus::color(const QPalette &palette) const
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case Kind::Ready: return dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    case Kind::Refreshing: return palette.color(QPalette::Highlight);
    case Kind::Offline:
    case Kind::MissingScopes: return dark ? QColor(0xf2, 0xc0, 0x4c) : QColor(0xb0, 0x6d, 0x00);
    case Kind::NeedsRelogin:
    case Kind::KeychainUnavailable: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc5, 0x22, 0x1f);
    case Kind::NotLoaded: break;
    }
    return palette.color(QPalette::PlaceholderText);
}
