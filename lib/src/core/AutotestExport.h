#pragma once

#include <EveSso/evesso_export.h>

// Internal classes that unit tests reach directly are exported only in builds with tests
// (like Qt's Q_AUTOTEST_EXPORT); in an installed library they stay hidden.
#ifdef EVESSO_BUILDING_TESTS
#define EVESSO_AUTOTEST_EXPORT EVESSO_EXPORT
#else
#define EVESSO_AUTOTEST_EXPORT
#endif
