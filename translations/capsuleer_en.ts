<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="24"/>
        <source>About Capsuleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="26"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="28"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="37"/>
        <source>CCP copyright notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="70"/>
        <source>Custom server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="18"/>
        <source>corporation unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="19"/>
        <source>Needs re-login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="20"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="24"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="28"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="29"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="32"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="33"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="34"/>
        <source>%1 Retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="37"/>
        <source>Missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="38"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="42"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="43"/>
        <source>Logged in and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="46"/>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="47"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="24"/>
        <source>The offline demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="58"/>
        <source>Offline demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="23"/>
        <source>Character details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="25"/>
        <source>Add a character to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="36"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="44"/>
        <source>Character name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="51"/>
        <source>Status mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="64"/>
        <source>Corporation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="64"/>
        <source>Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="65"/>
        <source>Alliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="65"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="66"/>
        <source>Character ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="66"/>
        <source>Character ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="67"/>
        <source>Owner hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="67"/>
        <source>Owner hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="68"/>
        <source>Granted scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="68"/>
        <source>Granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="69"/>
        <source>Access token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="69"/>
        <source>Access token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="70"/>
        <source>Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="70"/>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="71"/>
        <source>Last updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="71"/>
        <source>Wallet last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="80"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="85"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="86"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="87"/>
        <source>Log &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="88"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="173"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="175"/>
        <location filename="../app/capsuleer/DetailPane.cpp" line="179"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="223"/>
        <source>None until the character is logged in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="230"/>
        <source>None yet (one is fetched when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="233"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="235"/>
        <source>in %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="236"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="242"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="246"/>
        <source>%1 (just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="248"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (%n minute ago)</numerusform>
            <numerusform>%1 (%n minutes ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="250"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n hour ago)</numerusform>
            <numerusform>%1 (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/DetailPane.cpp" line="251"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IskFormat</name>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="9"/>
        <source>%1 ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="16"/>
        <source>trillion ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="18"/>
        <source>billion ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="20"/>
        <source>million ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="22"/>
        <source>thousand ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/IskFormat.cpp" line="23"/>
        <source>ISK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../app/capsuleer/LoginController.cpp" line="47"/>
        <source>No client id is configured. Enter it in Settings, or try the offline demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginController.cpp" line="113"/>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="18"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="28"/>
        <source>Login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="41"/>
        <source>Waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="44"/>
        <source>&amp;Open login page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="45"/>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="125"/>
        <source>&amp;Copy login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="46"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="52"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="58"/>
        <source>Paste the address your browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="59"/>
        <source>Address your browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="61"/>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="67"/>
        <source>Paste problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="82"/>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="86"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="87"/>
        <source>Log in by &amp;pasting the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="88"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="89"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="101"/>
        <source>Login link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="117"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="118"/>
        <source>Logging %1 in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="133"/>
        <source>Complete the login in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="135"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="137"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="139"/>
        <source>Choose %1 on the login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="153"/>
        <source>The login was cancelled in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="154"/>
        <source>The login did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="158"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="173"/>
        <source>Checking the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="176"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="19"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="23"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="27"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="30"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="38"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="45"/>
        <source>Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="56"/>
        <source>Demo notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="57"/>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="58"/>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="59"/>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="68"/>
        <location filename="../app/capsuleer/MainWindow.cpp" line="223"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="85"/>
        <source>Total ISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="112"/>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="113"/>
        <source>%1 is logged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="127"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="178"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="184"/>
        <source>&amp;Add character…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="184"/>
        <source>Log a character in through the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="186"/>
        <source>Log &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="187"/>
        <source>Log the selected character in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="188"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="188"/>
        <source>Refresh the selected character now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="190"/>
        <source>Refresh &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="190"/>
        <source>Refresh every character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="195"/>
        <source>Re&amp;move character…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="196"/>
        <source>Remove the selected character and revoke its login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="197"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="198"/>
        <source>Move the selected character up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="199"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="200"/>
        <source>Move the selected character down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="201"/>
        <source>&amp;Next character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="201"/>
        <source>Select the next character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="203"/>
        <source>&amp;Previous character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="204"/>
        <source>Select the previous character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="205"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="205"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="209"/>
        <source>A&amp;bout Capsuleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="209"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="211"/>
        <source>Quit Capsuleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="215"/>
        <source>&amp;Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="225"/>
        <source>Character actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="246"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="251"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="256"/>
        <source>The character list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="274"/>
        <source>Capsuleer — Offline demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="274"/>
        <source>Capsuleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="276"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="294"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="297"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="303"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="349"/>
        <source>Total: no wallet balance known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capsuleer/MainWindow.cpp" line="350"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Total: %1 across %n character</numerusform>
            <numerusform>Total: %1 across %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="408"/>
        <source>%1 could not be refreshed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="419"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="420"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="425"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="433"/>
        <source>Removing %1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="436"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="442"/>
        <source>%1 was removed and its login revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="474"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="481"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="21"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="26"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="29"/>
        <source>Custom server (discovery URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="31"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="34"/>
        <source>Custom discovery URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="36"/>
        <source>&amp;Discovery URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="39"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="40"/>
        <source>From your application at developers.eveonline.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="41"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="46"/>
        <source>Callback port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="47"/>
        <source>Callback &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="52"/>
        <source>Callback URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="53"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="54"/>
        <source>Copy callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="57"/>
        <source>Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="60"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="61"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="64"/>
        <source>Scop&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="67"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="74"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="109"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="113"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="45"/>
        <location filename="../app/capsuleer/WalletChart.cpp" line="48"/>
        <source>Wallet history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="66"/>
        <source>No wallet history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="68"/>
        <source>Loading wallet history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="70"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="73"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="74"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="137"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="179"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="21"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="31"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="34"/>
        <source>Welcome to Capsuleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="46"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="58"/>
        <source>Callback URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="61"/>
        <source>Copy callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="62"/>
        <source>Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="65"/>
        <source>Scopes to enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="68"/>
        <source>Copy scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="69"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="73"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="74"/>
        <source>&amp;Enter client ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="76"/>
        <source>Try the offline &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="77"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="38"/>
        <source>EVE Online login and account tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="24"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="28"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="31"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="33"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="87"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
