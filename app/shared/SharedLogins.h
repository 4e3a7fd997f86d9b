#pragma once

#include <QString>

class QObject;

namespace EveSso {
class LoginMigration;
class SecretStore;
} // namespace EveSso

/// The one login store Capsuleer and evesso share, per server profile: one keychain service and one
/// metadata file, so a character added in either program is usable in the other at once. (A library user's
/// own program keeps the library's program-named default, so two unrelated tools never share by accident.)
namespace SharedLogins {

/// The keychain service of the shared logins (the app's own name since its first version, so its entries
/// stay where they are).
QString serviceName();

/// The metadata file of one server profile's characters.
QString metadataPath(const QString &profileId);

/// The ESI cache of one server profile's characters, shared by both programs so that removing a character in
/// either (evesso logout, the app's Remove) deletes its cached answers for both: the app's cache folder since
/// its first version, so its entries stay where they are.
QString esiCacheDirectory(const QString &profileId);

/// Where evesso kept its own ESI cache of a profile before the programs shared one (deleted by evesso: it
/// holds personal answers, readable by others, that nothing would ever remove).
QString oldCliEsiCacheDirectory(const QString &profileId);

/// A migration of the logins the two programs kept apart before they shared them (the app's
/// characters-<profile>.json and the CLI's profiles/<profile>/characters.json with its "evesso" keychain
/// service) into the shared store. Owned by `parent`; run it when isNeeded().
EveSso::LoginMigration *migration(const QString &profileId, EveSso::SecretStore *shared, QObject *parent);

} // namespace SharedLogins
