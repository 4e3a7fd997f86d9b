<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>Diesen Charakter gibt es nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>Der Charakter wurde behalten: Seine Anmeldung konnte weder aus dem Schlüsselbund gelöscht (%1) noch beim Anmeldeserver von EVE widerrufen werden (%2). Entfernen Sie den Charakter erneut, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>Der Charakter wurde behalten: Seine Anmeldung konnte nicht aus dem Schlüsselbund gelöscht werden (%1). Die Anmeldung selbst wurde beim Anmeldeserver von EVE widerrufen. Entfernen Sie den Charakter erneut, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>Der Charakter wurde von diesem Computer entfernt, aber seine Anmeldung konnte beim Anmeldeserver von EVE nicht widerrufen werden (%1). Sie können sie auf der Support-Website von EVE unter den Drittanbieter-Anwendungen widerrufen.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>Für diesen Charakter ist keine Anmeldung im Schlüsselbund gespeichert (vielleicht wurde er in einem anderen Programm abgemeldet). Melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>Es ist kein Token-Client eingerichtet.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>Die Anmeldung funktioniert, konnte aber nicht im Schlüsselbund gespeichert werden; es wird erneut versucht. Bis dahin gilt sie nur, solange die Anwendung läuft.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>Für diesen Charakter war keine Anmeldung gespeichert.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>das Feld „%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>keine gültige Charakter-ID</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>keine gültige Schemaversion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>keine Liste von Charakteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>ein Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>Die Charakterliste %1 wurde von einer neueren Version dieses Programms geschrieben (Format %2; diese Version versteht bis Format %3). Sie wurde nicht verändert und wird nicht überschrieben: Aktualisieren Sie das Programm, um Ihre Charaktere zu sehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>Die Charakterliste %1 konnte nicht gelesen werden (%2). Sie wurde nicht verändert; korrigieren Sie ihre Zugriffsrechte und starten Sie das Programm erneut.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>Aus ihr konnte kein Charakter gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>%n Charakter konnte noch aus ihr gelesen werden.</numerusform>
            <numerusform>%n Charaktere konnten noch aus ihr gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>Die Charakterliste war beschädigt (%1). Sie wurde als %2 aufbewahrt, damit nichts verloren geht. %3 Charaktere, die in der Liste fehlen, können durch erneutes Anmelden wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>Die Charakterliste %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3). Sie wurde nicht verändert und wird nicht überschrieben. %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>Die Charakterliste %1 existiert, konnte aber nicht gelesen werden (%2), daher wurde sie nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>Die Charakterliste %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2), daher wurde sie nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>Die Charakterliste %1 ist von einem anderen Programm gesperrt (%2) und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden, daher wurde die Charakterliste nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>Die Charakterliste %1 konnte nicht gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>Es wurde keine Charakter-ID angegeben.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>Es wurde keine Corporation-ID angegeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>Es wurde keine Allianz-ID angegeben.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>Es wurde keine Charaktersitzung angegeben.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>Ein Porträt braucht eine Charakter-ID und eine Größe, die eine Zweierpotenz von 32 bis 1024 ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>Das Porträt konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>Ein ESI-Pfad beginnt mit „/“.</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>Der Bildserver von EVE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>Der ESI-Server von EVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung; die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie Ihre Internetverbindung; die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>ESI lehnt gerade Anfragen ab, weil zu viele davon fehlgeschlagen sind (Fehlerlimit). Die Anfragen gehen weiter, sobald das Limit zurückgesetzt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI hat um weniger Anfragen gebeten (Ratenlimit). Die Daten werden etwas später aktualisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE ist in der täglichen Downtime (ab 11:00 UTC, meist etwa 15 Minuten). Die Daten werden aktualisiert, sobald die Server wieder da sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1 hat ein Problem (HTTP %2). Die Anfrage wird später erneut versucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>Der Bildserver hat dieses Bild nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI kennt diesen Charakter, diese Corporation, diese Allianz oder diese Seite nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>ESI hat die Anmeldung dieses Charakters nicht akzeptiert, auch nicht nach einem neuen Token. Wenn das weiter passiert, melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI hat das Zugriffstoken dieses Charakters abgelehnt. Prüfen Sie, ob die Uhr des Computers richtig geht, und melden Sie den Charakter erneut an, falls es weiter passiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>Die Anmeldung dieses Charakters erlaubt nicht, diese Daten zu lesen. Melden Sie den Charakter erneut an und erteilen Sie die angeforderten Berechtigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI hat eine Antwort geschickt, die sich nicht lesen lässt. Die Anfrage wird später erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 hatte nach %n Sekunde noch nicht fertig geantwortet, daher wurde die Anfrage abgebrochen. Sie wird später erneut versucht.</numerusform>
            <numerusform>%1 hatte nach %n Sekunden noch nicht fertig geantwortet, daher wurde die Anfrage abgebrochen. Sie wird später erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 hat eine Antwort größer als %2 geschickt; sie wurde nicht gelesen. Die Anfrage wird später erneut versucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>Die Anmeldung dieses Charakters ist nicht mehr gültig. Melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>Für diesen Charakter konnte kein Zugriffstoken abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>Die Sitzung des Charakters wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>Der ESI-Client hat keinen Netzwerkzugang.</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>Die Signaturschlüssel des EVE-Anmeldeservers konnten nicht gelesen werden: Die Antwort ist kein JSON Web Key Set. Prüfen Sie die SSO-Adresse in den Einstellungen und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>Der EVE-Anmeldeserver hat keinen Signaturschlüssel veröffentlicht, den dieses Programm verwenden kann (RSA mit mindestens 2048 Bit oder EC P-256), daher kann keine Anmeldung geprüft werden. Versuchen Sie es später erneut; falls das anhält, aktualisieren Sie dieses Programm.</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>es hat keine Ablaufzeit (exp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>seine Ablaufzeit (exp) ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>sein Gültigkeitsbeginn (nbf) ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>sein Aussteller (iss) ist kein Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>einer seiner Text-Claims ist kein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>seine Scopes (scp) sind weder ein Text noch eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>seine Zielgruppe (aud) ist weder ein Text noch eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>sein Subjekt (sub) ist kein Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>seine Ausstellungszeit (iat) ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>Das Anmelde-Token ist größer als %1 Byte, weit größer als jedes Anmelde-Token von EVE, und wurde ungelesen abgelehnt. Melden Sie sich erneut an; falls das wieder passiert, melden Sie den Fehler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>Das Anmelde-Token ist beschädigt: %1. Melden Sie sich erneut an; falls das wieder passiert, haben sich vielleicht der Anmeldeserver oder dieses Programm geändert – bitte melden Sie den Fehler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>Das Anmelde-Token ist mit einem Algorithmus signiert, den dieses Programm nicht akzeptiert (nur RS256 und ES256). Es wurde als mögliche Fälschung abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>Der Signaturalgorithmus des Anmelde-Tokens passt nicht zu dem Schlüssel, den es nennt. Es wurde als mögliche Fälschung abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>Das Anmelde-Token verlangt Header-Erweiterungen („crit“), die dieses Programm nicht unterstützt. Melden Sie sich erneut an; falls das wieder passiert, braucht dieses Programm vielleicht ein Update.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>Das Anmelde-Token wurde mit einem Schlüssel signiert, den der EVE-Anmeldeserver nicht veröffentlicht hat (oder der noch nicht geladen wurde). Versuchen Sie es in ein paar Minuten erneut; falls das wieder passiert, melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>Das Anmelde-Token wurde mit einem Schlüssel signiert, den der EVE-Anmeldeserver nicht veröffentlicht, obwohl seine Schlüssel vor weniger als %n Minute neu geladen wurden. Melden Sie sich erneut an; falls das wieder passiert, stammt das Token vielleicht nicht vom Anmeldeserver von EVE.</numerusform>
            <numerusform>Das Anmelde-Token wurde mit einem Schlüssel signiert, den der EVE-Anmeldeserver nicht veröffentlicht, obwohl seine Schlüssel vor weniger als %n Minuten neu geladen wurden. Melden Sie sich erneut an; falls das wieder passiert, stammt das Token vielleicht nicht vom Anmeldeserver von EVE.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>Die Signaturschlüssel des EVE-Anmeldeservers konnten nicht geladen werden, daher kann die Anmeldung nicht geprüft werden: %1 Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>Die Signatur des Anmelde-Tokens ist ungültig: Das Token wurde verändert oder nicht vom EVE-Anmeldeserver ausgestellt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>Das Anmelde-Token ist um %1 UTC abgelaufen (die Uhr dieses Computers zeigt %2 UTC). Erneuern Sie es oder melden Sie sich erneut an; wenn es gerade erst ausgestellt wurde, geht die Uhr Ihres Computers vielleicht falsch: Prüfen Sie Datum, Uhrzeit und Zeitzone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>Das Anmeldetoken ist erst ab %1 UTC gültig (die Uhr dieses Computers zeigt %2 UTC). Wenn es gerade erst ausgestellt wurde, geht die Uhr Ihres Computers vielleicht nach: Prüfen Sie Datum, Uhrzeit und Zeitzone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>Das Anmelde-Token wurde nicht vom erwarteten Anmeldeserver (%1) ausgestellt. Prüfen Sie, ob dieses Programm denselben EVE-Server (Tranquility oder Singularity) verwendet, bei dem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>Das Anmelde-Token wurde für eine andere Anwendung ausgestellt, nicht für diese (Client-ID %1). Melden Sie sich erneut über dieses Programm an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>Das Anmelde-Token ist nicht für „%1“ bestimmt (es fehlt in der Zielgruppe des Tokens). Melden Sie sich erneut über dieses Programm an und prüfen Sie die eingestellten Zielgruppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>Es ist keine EVE-Client-ID eingestellt, daher kann das Anmelde-Token nicht geprüft werden. Tragen Sie die Client-ID Ihrer EVE-Anwendung in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>Das Anmelde-Token gehört zu keinem EVE-Charakter (sein Subjekt hat nicht die Form CHARACTER:EVE:&lt;id&gt;). Melden Sie sich mit einem Charakter an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>Das Anmelde-Token wurde an eine andere Anwendung ausgegeben, nicht an diese (Client-ID %1). Melden Sie sich erneut über dieses Programm an.</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>es besteht nicht aus genau drei Teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>sein Header ist kein gültiges base64url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>sein Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>sein Header nennt keinen Algorithmus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>sein Header nennt keinen Signaturschlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>einer seiner Teile ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>ein Teil ist kein gültiges base64url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>seine Claims sind kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>Die Anmeldeantwort von EVE enthielt keinen Autorisierungscode. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden, weil der Anmeldeserver von EVE nicht richtig geantwortet hat (%1). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>Der Anmeldeserver von EVE hat die Anmeldung abgelehnt (%1). Prüfen Sie die Callback-URL und die Scopes der Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>Es ist kein Token-Validator eingestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>Die Anmeldung konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1 hat sich angemeldet, aber diese Anmeldung war für einen anderen Charakter gedacht. Wählen Sie im Browser den Charakter, den Sie erneut anmelden wollten.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>Die Anmeldung ist abgelaufen: Innerhalb von %n Sekunde kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Die Anmeldung ist abgelaufen: Innerhalb von %n Sekunden kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Minute kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Minuten kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>Es ist keine Client-ID eingestellt. Registrieren Sie eine Anwendung auf der Entwickler-Website von EVE und tragen Sie ihre Client-ID in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>Der Ordner %1 für die Sperren der Anmeldungen konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>Ein anderes Programm verwendet die Anmeldung dieses Charakters seit %n Sekunde und ist nicht fertig geworden. Versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>Ein anderes Programm verwendet die Anmeldung dieses Charakters seit %n Sekunden und ist nicht fertig geworden. Versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>%1 konnte nicht umbenannt werden, nachdem seine Charaktere übernommen wurden.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>Anmeldung empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>Die Callback-URL muss http://localhost:&lt;port&gt;/&lt;path&gt; lauten oder 127.0.0.1 bzw. [::1] verwenden; andere Hosts können die Anmeldung auf diesem Computer nicht empfangen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet, vielleicht von einer weiteren Instanz von %2 oder einem anderen EVE-Tool. Schließen Sie dieses Programm oder wählen Sie in den Einstellungen einen anderen Callback-Port und registrieren Sie die neue Callback-URL für Ihre Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>Auf Port %1 kann nicht auf die Anmeldung gewartet werden: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>Die Anmeldeantwort enthielt keinen State-Wert und ist daher nicht vertrauenswürdig. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu der Anmeldung, die %1 gestartet hat (ihr State-Wert passt nicht). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>Diese Adresse empfängt nur die Anmeldeantwort von EVE.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>Diese Anmeldeantwort gehört nicht zu der Anmeldung, auf die %1 wartet, und wurde ignoriert. Wenn Sie sich gerade anmelden, schließen Sie die Anmeldung auf der neuesten Anmeldeseite ab, die %1 geöffnet hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>Die Anmeldung wurde abgebrochen oder abgelehnt (%1). Sie können diesen Tab schließen und zu %2 zurückkehren.</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar, daher können Anmeldungen nicht über einen Neustart hinweg gespeichert werden. Installieren und starten Sie einen Secret Service wie GNOME Keyring oder KWallet (zum Beispiel: apt install gnome-keyring libsecret-1-0), sorgen Sie dafür, dass Ihre Desktop-Sitzung einen D-Bus-Sitzungsbus bereitstellt, und starten Sie das Programm dann erneut. (Details: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>Der Schlüsselbund-Dienst läuft, hat aber keinen Standard-Schlüsselbund, in dem Anmeldungen gespeichert werden können. Legen Sie einen an (zum Beispiel in „Passwörter und Verschlüsselung“ / Seahorse oder durch Anmelden an einer Desktop-Sitzung, die GNOME Keyring entsperrt) und versuchen Sie es erneut. (Details: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“ / Seahorse oder in der KWallet-Verwaltung), erlauben Sie diesem Programm den Zugriff und versuchen Sie es erneut. (Details: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren, oder der Secret Service (GNOME Keyring oder KWallet) hängt: Entsperren oder starten Sie ihn neu und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren, oder der Secret Service (GNOME Keyring oder KWallet) hängt: Entsperren oder starten Sie ihn neu und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>Für diesen Charakter wurde keine gespeicherte Anmeldung im Schlüsselbund gefunden. Melden Sie sich erneut mit dem Charakter an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>Ein leeres Refresh-Token kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>Ungültiger Schlüsselbund-Eintrag: Ein Serverprofil und eine Charakter-ID sind erforderlich.</translation>
    </message>
</context>
<context>
    <name>EveSso::ServerProfile</name>
    <message>
        <location filename="../lib/src/sso/ServerProfile.cpp" line="+9"/>
        <source>Tranquility</source>
        <translation>Tranquility</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serenity</source>
        <translation>Serenity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Singularity</source>
        <translation>Singularity</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoDiscovery</name>
    <message>
        <location filename="../lib/src/sso/SsoDiscovery.cpp" line="+76"/>
        <source>The SSO&apos;s signing keys (JWKS) contain no usable key%1</source>
        <translation>Die Signaturschlüssel des SSO (JWKS) enthalten keinen verwendbaren Schlüssel%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>%1 konnte nicht geladen werden: Die Antwort ist größer als %2, weit mehr, als das SSO sendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>%1 konnte nicht geladen werden: Der Server hat zu lange für die Antwort gebraucht. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>Laden fehlgeschlagen: %1 (%2). Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>Laden fehlgeschlagen: %1 – der Server antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>Laden fehlgeschlagen: %1 – die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>die Metadaten des SSO von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>die Signaturschlüssel des SSO</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>Das Metadaten-Dokument des SSO enthält kein gültiges „%1“. Prüfen Sie die Discovery-URL des Serverprofils.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>Die Endpunkte des SSO sind noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>Der Anmeldeserver von EVE hat den Autorisierungscode abgelehnt (er ist abgelaufen, wurde schon verwendet oder passt nicht zu dieser Anmeldung). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>Für diese Anmeldung gibt es kein Refresh-Token. Melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>Es gibt kein Token, das widerrufen werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>Dieser SSO hat keinen Endpunkt zum Widerrufen; die Anmeldung wurde nur lokal entfernt.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>Der Anmeldeserver von EVE hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung; die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>Der Anmeldeserver von EVE ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung; die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>Der Anmeldeserver von EVE akzeptiert die Anmeldung dieses Charakters nicht mehr (sie wurde widerrufen, ist nach 30 Tagen ohne Nutzung abgelaufen, oder das Kontopasswort wurde geändert). Melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>Der Anmeldeserver von EVE hat die Client-ID oder das Secret dieser Anwendung abgelehnt. Vergleichen Sie die Client-ID in den Einstellungen mit Ihrer Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>Der Anmeldeserver von EVE hat die Anfrage abgelehnt (%1). Prüfen Sie die Scopes und die Callback-URL der Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>Der EVE-Anmeldeserver hat eine weit größere Antwort als ein Token geschickt; sie wurde nicht gelesen. Die Anfrage kann später erneut versucht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>Der EVE-Anmeldeserver hat zu lange für die Antwort gebraucht, daher wurde die Anfrage abgebrochen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>Der Anmeldeserver von EVE hat ein Problem (HTTP %1); vielleicht ist gerade die tägliche Downtime. Die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>Der Anmeldeserver von EVE hat eine unverständliche Antwort geschickt (HTTP %1). Die Anfrage wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>Der Schlüsselserver hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>Der Schlüssel-Provider wurde beendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>Es ist kein Schlüssel-Provider eingestellt.</translation>
    </message>
</context>
</TS>
