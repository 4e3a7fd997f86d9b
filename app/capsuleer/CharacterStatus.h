#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

class QPalette;

/// The status mark of a character in the list and the detail pane, derived from the AccountManager's roles.
struct CharacterStatus
{
    Q_DECLARE_TR_FUNCTIONS(CharacterStatus)

public:
    enum class Kind { Ready, Refreshing, Offline, NeedsRelogin, MissingScopes, KeychainUnavailable, NotLoaded };

    Kind kind = Kind::NotLoaded;
    QString label;   ///< Short: "Ready", "Needs re-login", ...
    QString tooltip; ///< What it means and what to do.

    /// The status of the character at `index` of an AccountManager.
    static CharacterStatus of(const QModelIndex &index);
    /// The mark's colour, readable on both light and dark palettes.
    QColor color(const QPalette &palette) const;
};
