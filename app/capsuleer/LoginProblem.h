#pragma once

#include <EveSso/SsoError.h>

#include <QCoreApplication>

/// A failed login as the player sees it: what happened and what to do about it.
struct LoginProblem
{
    Q_DECLARE_TR_FUNCTIONS(LoginProblem)

public:
    EveSso::SsoError error;
    QString message;             ///< What happened (the library's translated message).
    QString advice;              ///< What to do next; may be empty when the message already says it.
    bool offerManualFallback = false; ///< Logging in by pasting the address can get around it (port busy).

    /// The problem for a failed login on `callbackPort`.
    static LoginProblem fromError(const EveSso::SsoError &error, quint16 callbackPort);
    /// message and advice in one text, for a label.
    QString text() const;
};
