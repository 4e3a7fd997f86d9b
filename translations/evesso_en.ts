<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>%n character could still be read from it.</numerusform>
            <numerusform>%n characters could still be read from it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 was still not done answering after %n second, so the request was stopped. The request will be tried again later.</numerusform>
            <numerusform>%1 was still not done answering after %n seconds, so the request was stopped. The request will be tried again later.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</numerusform>
            <numerusform>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minutes ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>The login timed out: no answer came from the browser within %n second. Start the login again.</numerusform>
            <numerusform>The login timed out: no answer came from the browser within %n seconds. Start the login again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>The login timed out: no answer came from the browser within %n minute. Start the login again.</numerusform>
            <numerusform>The login timed out: no answer came from the browser within %n minutes. Start the login again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>Another program has been using this character&apos;s login for %n second and has not finished. Try again in a moment.</numerusform>
            <numerusform>Another program has been using this character&apos;s login for %n seconds and has not finished. Try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::ServerProfile</name>
    <message>
        <location filename="../lib/src/sso/ServerProfile.cpp" line="+9"/>
        <source>Tranquility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serenity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Singularity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::SsoDiscovery</name>
    <message>
        <location filename="../lib/src/sso/SsoDiscovery.cpp" line="+76"/>
        <source>The SSO&apos;s signing keys (JWKS) contain no usable key%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
