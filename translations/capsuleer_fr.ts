<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online et le logo EVE sont des marques déposées de CCP hf. Tous droits réservés dans le monde entier. Toutes les autres marques appartiennent à leurs propriétaires respectifs. EVE Online, le logo EVE, EVE et tous les logos et designs associés sont la propriété intellectuelle de CCP hf. Toutes les illustrations, captures d&apos;écran, personnages, véhicules, scénarios, éléments de l&apos;univers et autres caractéristiques reconnaissables de la propriété intellectuelle liée à ces marques sont également la propriété intellectuelle de CCP hf. CCP hf. a autorisé Capsuleer à utiliser EVE Online et tous les logos et designs associés à des fins promotionnelles et d&apos;information, mais ne soutient pas Capsuleer et n&apos;y est affilié d&apos;aucune manière. CCP n&apos;est en aucun cas responsable du contenu ni du fonctionnement de ce programme, et ne saurait être tenu responsable des dommages résultant de son utilisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>À propos de Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>Connecte vos personnages EVE Online via EVE SSO et les garde connectés. Les jetons de rafraîchissement restent dans le trousseau de votre système.&lt;br&gt;Sous licence GNU General Public License, version 3 ou ultérieure&#xa0;; la bibliothèque EveSso sous licence MIT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>Mention de copyright de CCP</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>La démo hors ligne n&apos;a pas pu créer son dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>Serveur personnalisé (%1)</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1, %2, portefeuille %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>corporation inconnue</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>Le serveur de connexion d&apos;EVE n&apos;accepte plus cette connexion (elle a expiré, a été révoquée ou le mot de passe a changé). Reconnectez le personnage&#xa0;; rien d&apos;autre n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>Obtention d&apos;une nouvelle connexion auprès du serveur de connexion d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>Les serveurs d&apos;EVE sont injoignables&#xa0;; nouvel essai automatique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 Nouvel essai automatique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>Scopes manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>Il manque %1 à cette connexion. Reconnectez le personnage pour les accorder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>Connecté et vérifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Affiché d&apos;après ce que Capsuleer avait mémorisé&#xa0;; la connexion n&apos;a pas encore été actualisée.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>Le serveur de la démo hors ligne n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>Détails du personnage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>Indicateur d’état</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>Ajoutez un personnage pour le voir ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>Nom du personnage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>Corporation&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>Corporation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>Alliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>ID du personnage&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>ID du personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>Hash du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>Hash du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Scopes accordés&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>Scopes accordés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>Expiration du jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Portefeuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>Solde du portefeuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>Dernière mise à jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>Dernière mise à jour du portefeuille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>Obtenir maintenant une nouvelle connexion et les dernières données de ce personnage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>Reconnecter ce personnage via le navigateur (tout le reste est conservé).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>Aucun tant que le personnage n&apos;est pas reconnecté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>Aucun pour l&apos;instant (il est obtenu au besoin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>Expiré (un nouveau est obtenu si nécessaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>dans %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1 (à l&apos;instant)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n minute)</numerusform>
            <numerusform>%1 (il y a %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n heure)</numerusform>
            <numerusform>%1 (il y a %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n jour)</numerusform>
            <numerusform>%1 (il y a %n jours)</numerusform>
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
        <translation>billions d&apos;ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>milliards d&apos;ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>millions d&apos;ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>milliers d&apos;ISK</translation>
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
        <translation>Aucun Client ID n&apos;est configuré. Saisissez-le dans les paramètres, ou essayez la démo hors ligne.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>&amp;Rouvrir la page de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>&amp;Copier le lien de connexion</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>Copier l&apos;adresse de la page de connexion pour l&apos;ouvrir dans un autre navigateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>Si le navigateur ne peut pas revenir de lui-même à Capsuleer, collez l&apos;adresse sur laquelle votre navigateur s&apos;est arrêté&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>Collez l&apos;adresse sur laquelle votre navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>Adresse sur laquelle votre navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>Problème de collage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>Se connecter en &amp;collant l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>Se connecter sans le port de rappel&#xa0;: vous collez l&apos;adresse sur laquelle le navigateur s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>Lien de connexion copié</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>Connexion au serveur de connexion d&apos;EVE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>Reconnexion de %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>Terminez la connexion dans votre navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>La page de connexion d&apos;EVE est ouverte dans votre navigateur. Connectez-vous, choisissez le personnage et cliquez sur «&#xa0;Authorize&#xa0;»&#xa0;; Capsuleer continue de lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez le lien de connexion, ouvrez-le dans votre navigateur, connectez-vous et cliquez sur «&#xa0;Authorize&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>Choisissez %1 sur la page de connexion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>La connexion a été annulée dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>La connexion n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>Cette connexion est pour %1&#xa0;: choisissez %1 dans le navigateur. Si le navigateur vous a connecté à un autre compte EVE, déconnectez-vous d&apos;abord sur la page de connexion d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>Cette adresse ne contient aucune réponse de connexion. Après avoir cliqué sur «&#xa0;Authorize&#xa0;», copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur (elle commence par %1).</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>Fermez le programme qui utilise le port %1, ou choisissez un autre port de rappel dans les paramètres et saisissez la nouvelle Callback URL de votre application sur le site développeurs d&apos;EVE. Vous pouvez aussi vous connecter sans le port&#xa0;: collez l&apos;adresse sur laquelle votre navigateur s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer conserve les connexions uniquement dans le trousseau de votre système. Installez et démarrez un Secret Service (par exemple gnome-keyring ou KWallet), déverrouillez-le, puis ajoutez à nouveau le personnage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>Si le navigateur vous a connecté à un autre compte EVE, déconnectez-vous d&apos;abord sur la page de connexion d&apos;EVE, puis choisissez à nouveau le personnage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>Comparez le Client ID des paramètres avec votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>Vérifiez dans les paramètres que la Callback URL et les scopes correspondent exactement à votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>Vérifiez votre connexion Internet, ou si les serveurs d&apos;EVE sont arrêtés (la maintenance quotidienne a lieu à 11:00 UTC), puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>Relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>Avis de démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>Total ISK</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1 est de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>Le trousseau de votre système est inutilisable&#xa0;; les connexions ne peuvent donc pas être conservées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>&amp;Ajouter un personnage…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>Connecter un personnage via le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>Reconnecter le personnage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>Actualiser maintenant le personnage sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>Actualiser &amp;tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>Actualiser tous les personnages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>Supp&amp;rimer le personnage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>Supprimer le personnage sélectionné et révoquer sa connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>Monter le personnage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>Descendre le personnage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>Personnage &amp;suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>Sélectionner le personnage suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>Personnage &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>Sélectionner le personnage précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Paramètr&amp;es…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>Serveur, Client ID, port de rappel, scopes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>À pro&amp;pos de Capsuleer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>Version, licence et mention de CCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Quitter Capsuleer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>&amp;Personnages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>Actions sur le personnage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>Les données de ce personnage n&apos;ont pas toutes pu être mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1 appartient désormais à un autre compte EVE (son hash de propriétaire a changé). La nouvelle connexion a remplacé l&apos;ancienne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>La liste de personnages n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — Démo hors ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>Démo hors ligne&#xa0;: des personnages fictifs sur un serveur intégré à Capsuleer, sur cet ordinateur. Rien n&apos;est envoyé aux serveurs d&apos;EVE. Les personnages ajoutés ici sont oubliés à la fermeture de Capsuleer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>Le serveur de connexion d&apos;EVE est injoignable&#xa0;; les personnages sont donc affichés dans leur dernier état connu. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>Total&#xa0;: aucun solde de portefeuille connu pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Total&#xa0;: %1 sur %n personnage</numerusform>
            <numerusform>Total&#xa0;: %1 sur %n personnages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>%1 n&apos;a pas pu être actualisé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>Supprimer %1 de Capsuleer&#xa0;? Sa connexion est révoquée chez EVE et supprimée de votre trousseau. Rien ne change dans le jeu&#xa0;; vous pourrez ajouter le personnage à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>Le retrait de %1 a échoué. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>%1 a été supprimé de Capsuleer, mais le serveur de connexion d&apos;EVE n&apos;a pas pu être prévenu pour révoquer la connexion&#xa0;: %2 Vous pouvez la révoquer sur https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>%1 a été supprimé et sa connexion révoquée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer n&apos;a pas pu enregistrer les paramètres dans %1 (le disque est-il plein&#xa0;?). Ils s&apos;appliquent jusqu&apos;à la fermeture de Capsuleer&#xa0;; le fichier contient toujours les précédents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>Paramètres enregistrés. Ils s&apos;appliquent lorsque Capsuleer démarre hors de la démo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>Serveur personnalisé (URL de découverte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>URL de découverte personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>URL de &amp;découverte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>Depuis votre application sur developers.eveonline.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>Port de rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>&amp;Port de rappel&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>Callback URL à enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>Copier la Callback URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL:</source>
        <translation>Callback URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation>Un scope par ligne. Activez les mêmes scopes pour votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>Scop&amp;es&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>Enregistrez la Callback URL et les scopes exactement comme indiqué pour votre application sur le site développeurs d&apos;EVE. Les connexions sont conservées dans le trousseau de votre système, jamais dans les paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>Saisissez l&apos;URL de découverte du serveur personnalisé, commençant par https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>Un Client ID comporte 32 caractères parmi 0-9 et a-f. Copiez-le depuis votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>Historique du portefeuille</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>Pas encore d&apos;historique du portefeuille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>Chargement de l&apos;historique du portefeuille…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>La lecture de l&apos;historique du portefeuille nécessite le scope %1. Reconnectez le personnage et accordez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>L&apos;historique du portefeuille n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>Aucun mouvement du portefeuille ces 30 derniers jours.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>Solde du %1 au %2&#xa0;: minimum %3, maximum %4, dernier %5.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/capsuleer/WelcomePage.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Bienvenue dans Capsuleer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer connecte vos personnages EVE Online via la page de connexion d&apos;EVE elle-même et les garde connectés. EVE demande à chaque outil de s&apos;enregistrer une fois, gratuitement, en tant qu&apos;application&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Ouvrez &lt;a href=&quot;%1&quot;&gt;le site développeurs d&apos;EVE&lt;/a&gt;, connectez-vous et créez une nouvelle application.&lt;/li&gt;&lt;li&gt;Choisissez &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; et activez les scopes ci-dessous.&lt;/li&gt;&lt;li&gt;Saisissez la Callback URL ci-dessous exactement comme indiqué.&lt;/li&gt;&lt;li&gt;Copiez le &lt;b&gt;Client ID&lt;/b&gt; de l&apos;application dans les paramètres de Capsuleer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>Callback URL à enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>Copier la Callback URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>Callback URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>Scopes à activer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>Copier les scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Scopes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>Ouvrir le site dé&amp;veloppeurs d&apos;EVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>&amp;Saisir le Client ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>Essayer la &amp;démo hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>Découvrez Capsuleer avec des personnages fictifs sur un serveur intégré, sur cet ordinateur. Rien n&apos;est envoyé aux serveurs d&apos;EVE.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>Outil de connexion et de gestion de comptes EVE Online</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>Lancer la démo hors ligne&#xa0;: un serveur de connexion EVE et ESI intégré sur cet ordinateur, avec des personnages fictifs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>Lancer la démo hors ligne quand aucun Client ID n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>Dans la démo, approuver les connexions immédiatement au lieu d&apos;afficher la page de connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>Quitter dès que la fenêtre a été dessinée (pour le benchmark de démarrage).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer est déjà lancé&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
</TS>
