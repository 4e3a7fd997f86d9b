<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online und das EVE-Logo sind eingetragene Marken von CCP hf. Alle Rechte weltweit vorbehalten. Alle anderen Marken sind Eigentum ihrer jeweiligen Inhaber. EVE Online, das EVE-Logo, EVE und alle zugehörigen Logos und Designs sind geistiges Eigentum von CCP hf. Alle Grafiken, Screenshots, Charaktere, Fahrzeuge, Handlungen, Fakten der Spielwelt und sonstigen erkennbaren Merkmale des geistigen Eigentums, das sich auf diese Marken bezieht, sind ebenfalls geistiges Eigentum von CCP hf. CCP hf. hat Capsuleer die Erlaubnis erteilt, EVE Online und alle zugehörigen Logos und Designs zu Werbe- und Informationszwecken zu verwenden, unterstützt Capsuleer jedoch nicht und ist in keiner Weise mit Capsuleer verbunden. CCP ist in keiner Weise für den Inhalt oder die Funktion dieses Programms verantwortlich und haftet nicht für Schäden, die aus der Nutzung dieses Programms entstehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>Über Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>Meldet Ihre EVE-Online-Charaktere über EVE SSO an und hält sie angemeldet. Refresh-Tokens bleiben im Schlüsselbund Ihres Systems.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder später; die Bibliothek EveSso unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>Urheberrechtshinweis von CCP</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>Die Offline-Demo konnte ihren temporären Ordner nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>Eigener Server (%1)</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1, %2, Wallet %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>Corporation unbekannt</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>Erneute Anmeldung nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>Der Anmeldeserver von EVE akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen, wurde widerrufen oder das Passwort wurde geändert). Melden Sie den Charakter erneut an; sonst geht nichts verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>Eine frische Anmeldung wird beim Anmeldeserver von EVE geholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>Die Server von EVE sind nicht erreichbar; es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 Es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>Fehlende Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>Dieser Anmeldung fehlt %1. Melden Sie den Charakter erneut an, um sie zu erteilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>Angemeldet und überprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Angezeigt aus dem, was Capsuleer gespeichert hatte; die Anmeldung wurde noch nicht erneuert.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>Der Server der Offline-Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>Charakterdetails</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>Statuszeichen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>Fügen Sie einen Charakter hinzu, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>Charaktername</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>Corporation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>Corporation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>Allianz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>Allianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>Charakter-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>Charakter-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>Owner-Hash:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>Owner-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Erteilte Scopes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>Erteilte Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>Zugriffstoken läuft ab:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Wallet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>Wallet-Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>Wallet zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>Jetzt eine frische Anmeldung und die neuesten Daten für diesen Charakter holen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>Diesen Charakter erneut über den Browser anmelden (alles andere bleibt erhalten).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>Keines, bis der Charakter erneut angemeldet ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>Noch keines (es wird bei Bedarf geholt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>Abgelaufen (bei Bedarf wird ein neues geholt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>in %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1 (gerade eben)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Minute)</numerusform>
            <numerusform>%1 (vor %n Minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Stunde)</numerusform>
            <numerusform>%1 (vor %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag)</numerusform>
            <numerusform>%1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IskFormat</name>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="+9"/>
        <source>%1 ISK</source>
        <translation>%1 ISK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trillion ISK</source>
        <translation>Billionen ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>Milliarden ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>Millionen ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>Tausend ISK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISK</source>
        <translation>ISK</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../app/capsuleer/LoginController.cpp" line="+47"/>
        <source>No client id is configured. Enter it in Settings, or try the offline demo.</source>
        <translation>Es ist keine Client-ID eingestellt. Tragen Sie sie in den Einstellungen ein oder probieren Sie die Offline-Demo aus.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>Warte auf den Browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>Anmeldeseite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>Anmeldelink &amp;kopieren</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>Die Adresse der Anmeldeseite kopieren, um sie in einem anderen Browser zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>Falls der Browser nicht von selbst zu Capsuleer zurückkehren kann, fügen Sie die Adresse ein, bei der Ihr Browser gelandet ist:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>Fügen Sie die Adresse ein, bei der Ihr Browser gelandet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>Adresse, bei der Ihr Browser gelandet ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>Problem beim Einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>Durch Einfügen der Adresse an&amp;melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>Ohne Callback-Port anmelden: Sie fügen die Adresse ein, bei der der Browser landet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>Anmeldelink kopiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>Verbindung zum Anmeldeserver von EVE wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>%1 wird erneut angemeldet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>Schließen Sie die Anmeldung im Browser ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>Die Anmeldeseite von EVE ist in Ihrem Browser geöffnet. Melden Sie sich an, wählen Sie den Charakter und klicken Sie auf „Authorize“; Capsuleer macht dann von selbst weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Anmeldelink, öffnen Sie ihn in Ihrem Browser, melden Sie sich an und klicken Sie auf „Authorize“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>Wählen Sie auf der Anmeldeseite %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>Die Anmeldung hat nicht funktioniert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>Diese Anmeldung ist für %1: Wählen Sie %1 im Browser. Hat der Browser Sie bei einem anderen EVE-Konto angemeldet, melden Sie sich zuerst auf der EVE-Anmeldeseite ab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>Diese Adresse enthält keine Anmeldeantwort. Kopieren Sie nach dem Klick auf „Authorize“ die ganze Adresse aus der Adresszeile des Browsers (sie beginnt mit %1).</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>Schließen Sie das Programm, das Port %1 verwendet, oder wählen Sie in den Einstellungen einen anderen Callback-Port und tragen Sie die neue Callback-URL für Ihre Anwendung auf der Entwickler-Website von EVE ein. Sie können sich auch ohne den Port anmelden: Fügen Sie die Adresse ein, bei der Ihr Browser landet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer speichert Anmeldungen nur im Schlüsselbund Ihres Systems. Installieren und starten Sie einen Secret Service (zum Beispiel gnome-keyring oder KWallet), entsperren Sie ihn und fügen Sie den Charakter erneut hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>Falls der Browser Sie bei einem anderen EVE-Konto angemeldet hat, melden Sie sich zuerst auf der EVE-Anmeldeseite ab und wählen Sie dann den Charakter erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>Vergleichen Sie die Client-ID in den Einstellungen mit Ihrer Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>Prüfen Sie in den Einstellungen, ob Callback-URL und Scopes genau zu Ihrer Anwendung auf der Entwickler-Website von EVE passen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung oder ob die Server von EVE nicht erreichbar sind (die tägliche Downtime ist um 11:00 UTC), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>Demo-Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Serverproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>ISK gesamt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1 ist wieder angemeldet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>Der Schlüsselbund Ihres Systems kann nicht verwendet werden, daher können Anmeldungen nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>Charakter &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>Einen Charakter über den Browser anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>Den ausgewählten Charakter erneut anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>Den ausgewählten Charakter jetzt erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>&amp;Alle erneuern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>Alle Charaktere erneuern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>Charakter ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>Den ausgewählten Charakter entfernen und seine Anmeldung widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>Den ausgewählten Charakter nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>Den ausgewählten Charakter nach unten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>&amp;Nächster Charakter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>Den nächsten Charakter auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>&amp;Vorheriger Charakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>Den vorherigen Charakter auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>Server, Client-ID, Callback-Port, Scopes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>Ü&amp;ber Capsuleer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>Version, Lizenz und Hinweis von CCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Capsuleer beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>&amp;Charaktere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>Charakteraktionen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>Nicht alle Daten dieses Charakters konnten aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1 gehört jetzt zu einem anderen EVE-Konto (sein Owner-Hash hat sich geändert). Die neue Anmeldung hat die alte ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>Die Charakterliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — Offline-Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>Offline-Demo: erfundene Charaktere auf einem in Capsuleer eingebauten Server auf diesem Computer. Es wird nichts an die Server von EVE gesendet. Hier hinzugefügte Charaktere werden beim Beenden von Capsuleer vergessen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>Der Anmeldeserver von EVE ist nicht erreichbar, daher werden die Charaktere mit dem letzten bekannten Stand angezeigt. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>Gesamt: noch kein Wallet-Guthaben bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Gesamt: %1 über %n Charakter</numerusform>
            <numerusform>Gesamt: %1 über %n Charaktere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>%1 konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>%1 aus Capsuleer entfernen? Die Anmeldung wird bei EVE widerrufen und aus Ihrem Schlüsselbund gelöscht. Im Spiel ändert sich nichts; Sie können den Charakter später erneut hinzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>Entfernen von %1 fehlgeschlagen. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>%1 wurde aus Capsuleer entfernt, aber der Anmeldeserver von EVE konnte nicht angewiesen werden, die Anmeldung zu widerrufen: %2 Sie können sie unter https://community.eveonline.com/support/third-party-applications/ widerrufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>%1 wurde entfernt und seine Anmeldung widerrufen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer konnte die Einstellungen nicht in %1 speichern (ist der Datenträger voll?). Sie gelten, bis Capsuleer beendet wird; die Datei enthält weiterhin die bisherigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>Einstellungen gespeichert. Sie gelten, wenn Capsuleer außerhalb der Demo startet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>Eigener Server (Discovery-URL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>Eigene Discovery-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>&amp;Discovery-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>Von Ihrer Anwendung auf developers.eveonline.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>Callback-Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>Callback-&amp;Port:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>Zu registrierende Callback-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>Callback-URL kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL:</source>
        <translation>Callback-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation>Ein Scope pro Zeile. Aktivieren Sie dieselben Scopes für Ihre Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>Scop&amp;es:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>Registrieren Sie die Callback-URL und die Scopes genau wie angezeigt für Ihre Anwendung auf der Entwickler-Website von EVE. Anmeldungen werden im Schlüsselbund Ihres Systems gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>Geben Sie die Discovery-URL des eigenen Servers ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>Eine Client-ID hat 32 Zeichen aus 0-9 und a-f. Kopieren Sie sie von Ihrer Anwendung auf der Entwickler-Website von EVE.</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>Wallet-Verlauf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>Noch kein Wallet-Verlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>Wallet-Verlauf wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>Zum Lesen des Wallet-Verlaufs wird der Scope %1 benötigt. Melden Sie den Charakter erneut an und erteilen Sie ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>Der Wallet-Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>Keine Wallet-Bewegungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>Guthaben von %1 bis %2: niedrigster Stand %3, höchster %4, letzter %5.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Willkommen bei Capsuleer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer meldet Ihre EVE-Online-Charaktere über die eigene Anmeldeseite von EVE an und hält sie angemeldet. EVE verlangt, dass sich jedes Tool einmalig und kostenlos als Anwendung registriert:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie &lt;a href=&quot;%1&quot;&gt;die Entwickler-Website von EVE&lt;/a&gt;, melden Sie sich an und legen Sie eine neue Anwendung an.&lt;/li&gt;&lt;li&gt;Wählen Sie &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; und aktivieren Sie die unten stehenden Scopes.&lt;/li&gt;&lt;li&gt;Tragen Sie die unten stehende Callback-URL genau so ein, wie sie angezeigt wird.&lt;/li&gt;&lt;li&gt;Kopieren Sie die &lt;b&gt;Client ID&lt;/b&gt; der Anwendung in die Einstellungen von Capsuleer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>Zu registrierende Callback-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>Callback-URL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>Callback-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>Zu aktivierende Scopes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>Scopes kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>&amp;Entwickler-Website von EVE öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>Client-ID ein&amp;geben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>Offline-&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>Capsuleer mit erfundenen Charakteren auf einem eingebauten Server auf diesem Computer ausprobieren. Es wird nichts an die Server von EVE gesendet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>Anmelde- und Kontoverwaltung für EVE Online</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>Die Offline-Demo starten: ein eingebauter EVE-Anmelde- und ESI-Server auf diesem Computer, mit erfundenen Charakteren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>Die Offline-Demo starten, wenn keine Client-ID eingestellt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>In der Demo Anmeldungen sofort genehmigen, statt die Anmeldeseite zu zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>Beenden, sobald das Fenster gezeichnet wurde (für den Start-Benchmark).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
</TS>
