<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>Die ID oder der Name eines gespeicherten Charakters (optional, wenn nur einer angemeldet ist) oder eine beliebige Charakter-ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character akzeptiert höchstens einen Charakter.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>ESI konnte nicht abgefragt werden; dies ist der letzte bekannte Stand.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>Name:        %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>Corporation: %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>Allianz:     %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>Geboren:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>Sicherheit:  %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso: Warnung: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>Auf Profil „%1“ ist kein Charakter angemeldet. Führen Sie aus: evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>Auf Profil „%1“ sind mehrere Charaktere angemeldet: Nennen Sie einen (siehe evesso list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>Auf Profil „%2“ ist kein Charakter „%1“ angemeldet (siehe evesso list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>Keine Client-ID: Geben Sie --client-id an oder setzen Sie EVESSO_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/evesso/Command.cpp" line="+33"/>
        <location line="+31"/>
        <source>evesso: %1</source>
        <translation>evesso: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>To do so, run: evesso login</source>
        <translation>Dazu ausführen: evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>Dieser Befehl liest ESI, und für einen mit --discovery-url angegebenen Server ist keine ESI-Adresse bekannt: Geben Sie --esi-url URL an.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso: Die Charakterliste konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>Einen Charakter über den Browser anmelden und die Anmeldung speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>Die gespeicherten Charaktere und ihren Zustand auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>Ein frisches Zugriffstoken ausgeben (und sonst nichts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>Signatur und Claims eines Tokens prüfen; die Claims ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>Die Anmeldung eines Charakters erneuern, oder --all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>Die Anmeldung eines Charakters widerrufen und ihn entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>Das Wallet-Guthaben eines Charakters anzeigen (ESI, zwischengespeichert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>Die öffentlichen Informationen eines Charakters anzeigen (ESI, zwischengespeichert).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie &apos;evesso &lt;command&gt; --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  0  success
  1  other failure (the server refused the request, the callback port is busy, ...)
  2  usage: bad command line or input, no client id, a character that is not logged in
  3  authentication: the login is gone (log in again), was refused or not finished, or a
     token did not verify
  4  network: the server could not be reached or answered badly; nothing stored changed
  5  keychain: the OS keychain is missing, locked or did not answer
</source>
        <translation>  0  Erfolg
  1  anderer Fehler (der Server hat die Anfrage abgelehnt, der Callback-Port ist belegt, ...)
  2  Aufruf: falsche Befehlszeile oder Eingabe, keine Client-ID, ein nicht angemeldeter Charakter
  3  Authentifizierung: die Anmeldung ist weg (erneut anmelden), wurde abgelehnt oder nicht
     abgeschlossen, oder ein Token ließ sich nicht verifizieren
  4  Netzwerk: der Server war nicht erreichbar oder antwortete fehlerhaft; nichts Gespeichertes hat sich geändert
  5  Schlüsselbund: der Schlüsselbund des Systems fehlt, ist gesperrt oder hat nicht geantwortet
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>Nur &apos;evesso token&apos; gibt ein Token aus. Anmeldungen liegen im Schlüsselbund des Systems (Dienst &quot;Capsuleer&quot;, gemeinsam mit der Capsuleer-App), nie in einer Datei; ein Client-Secret wird nur aus der mit --secret-env benannten Variable gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>Führen Sie &apos;evesso --help&apos; aus, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>EVE Online SSO auf der Befehlszeile: Charaktere anmelden, ihre Anmeldungen im Schlüsselbund des Systems aufbewahren, Skripten frische Zugriffstokens geben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>Server: tranquility (Standard), serenity oder singularity; mit --discovery-url ein beliebiger Name für diesen Server (er behält seine eigenen Charaktere).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Use the authorization server whose metadata document is at &lt;url&gt; (any compatible OAuth 2.0 server, e.g. the offline emulator).</source>
        <translation>Den Autorisierungsserver verwenden, dessen Metadaten-Dokument unter &lt;url&gt; liegt (jeder kompatible OAuth-2.0-Server, z. B. der Offline-Emulator).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+10"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ESI base URL (default: the profile&apos;s).</source>
        <translation>ESI-Basis-URL (Standard: die des Profils).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>Client-ID Ihrer Anwendung auf der Entwickler-Website von EVE (Standard: $EVESSO_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>Ein Client-Secret aus der Umgebungsvariable &lt;name&gt; lesen (eine vertrauliche Anwendung). Secrets werden nie auf der Befehlszeile angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>Für die Anwendung registrierte Callback-URL (Standard: http://localhost:47813/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>Durch Leerzeichen getrennte Scopes, die bei der Anmeldung angefordert werden (Standard: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>An die Server gesendeter User-Agent; CCP bittet um einen Namen, eine Version und einen Kontakt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>Tokens akzeptieren, deren &apos;iss&apos; &lt;issuer&gt; ist (wiederholbar), statt des eigenen Ausstellers des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>&lt;audience&gt; in &apos;aud&apos; der Tokens verlangen (wiederholbar) statt der Client-ID und &quot;EVE Online&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>Ergebnisse (und Fehler, auf der Standardfehlerausgabe) als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>Die Protokollmeldungen der Bibliothek auf der Standardfehlerausgabe zeigen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>--discovery-url braucht eine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile muss ein einfacher Name sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>Unbekanntes Profil „%1“: Verwenden Sie tranquility, serenity oder singularity, oder geben Sie --discovery-url an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>--esi-url braucht eine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env nennt die Umgebungsvariable „%1“, die nicht gesetzt oder leer ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>--callback braucht eine http-URL wie http://localhost:47813/callback.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>Auf Profil „%1“ ist kein Charakter angemeldet. Führen Sie aus: evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>erneute Anmeldung nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>--timeout braucht eine Anzahl von Sekunden (1 oder mehr).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>Öffnen Sie die obige Adresse in einem Browser und melden Sie sich an; warte auf den Callback unter %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>Melden Sie sich in Ihrem Browser an. Falls er sich nicht geöffnet hat, besuchen Sie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>Es konnte kein Browser gestartet werden. Besuchen Sie:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1 hat seit der letzten Anmeldung den Besitzer gewechselt (der Owner-Hash ist anders).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>Der Anmeldung wurden diese Scopes nicht erteilt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>%1 (%2) auf %3 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>Keinen Browser öffnen: die Autorisierungs-URL in einer eigenen Zeile auf der Standardausgabe ausgeben und warten, bis der Browser zur Callback-URL zurückkehrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>Nach &lt;seconds&gt; ohne Callback aufgeben (Standard 600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <location filename="../app/evesso/LogoutCommand.cpp" line="+8"/>
        <source>Character id or name.</source>
        <translation>Charakter-ID oder -Name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout braucht genau einen Charakter (ID oder Name).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>%1 (%2) abgemeldet.</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>Charakter-ID oder -Name (optional, wenn nur einer angemeldet ist).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1 akzeptiert höchstens einen Charakter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>Die Anmeldung wurde erneuert, aber ihr neues Refresh-Token konnte nicht im Schlüsselbund gespeichert werden; der Charakter muss sich eventuell erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>Charakter-ID oder -Name (optional, wenn nur einer angemeldet ist).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh akzeptiert einen Charakter, oder --all.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1: nicht erneuert: Der Charakter wurde inzwischen abgemeldet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>das neue Refresh-Token konnte nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1 (%2): nicht erneuert: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1 (%2): erneuert; das Zugriffstoken ist gültig bis %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>Nicht jede Anmeldung konnte erneuert werden.</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>Alle gespeicherten Charaktere erneuern.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>Das Zugriffstoken, oder - (oder nichts), um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify akzeptiert ein Token.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>Kein Token: Geben Sie es als Argument oder auf der Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify braucht --client-id (oder EVESSO_CLIENT_ID) oder --audience.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1 ist kein verwendbares Key Set: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>Das Token ließ sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>Charakter:  %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>Owner-Hash: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>Scopes:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>Läuft ab:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client-ID:  %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>Offline gegen das JSON Web Key Set in &lt;file&gt; prüfen statt gegen die veröffentlichten Schlüssel des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <location filename="../app/evesso/WalletCommand.cpp" line="+31"/>
        <source>ESI could not be asked (%1); this is the last known balance.</source>
        <translation>ESI konnte nicht abgefragt werden (%1); dies ist das letzte bekannte Guthaben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1 (%2): %3 ISK</translation>
    </message>
</context>
</TS>
