#pragma once

// Helpers for tests that run inside tests/support/test-session.sh.

#include <QtTest>

namespace EveSsoTest {

/// True when the wrapper gave this process a private D-Bus session with an unlocked gnome-keyring.
inline bool hasPrivateKeyring()
{
    return qEnvironmentVariable("EVESSO_TEST_KEYRING") == QLatin1String("1");
}

/// Why a keychain test cannot run here, for the skip or failure message.
inline QByteArray missingKeyringReason()
{
    return qEnvironmentVariable("EVESSO_TEST_KEYRING_REASON",
                                QStringLiteral("not started through tests/support/test-session.sh"))
        .toUtf8();
}

} // namespace EveSsoTest

/// Keychain tests never touch the developer's own keyring: they run only on the wrapper's private bus.
/// Without one they skip, except under CI, where a skipped keychain test is a failure.
#define EVESSO_REQUIRE_TEST_KEYRING()                                                                    \
    do {                                                                                                 \
        if (!EveSsoTest::hasPrivateKeyring()) {                                                          \
            const QByteArray why = "no private test keyring: " + EveSsoTest::missingKeyringReason();     \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                     \
                QFAIL(why.constData());                                                                  \
            QSKIP(why.constData());                                                                      \
        }                                                                                                \
    } while (false)
