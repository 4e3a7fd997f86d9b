<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>L&apos;identifiant ou le nom d&apos;un personnage enregistré (facultatif s&apos;il n&apos;y en a qu&apos;un de connecté), ou n&apos;importe quel identifiant de personnage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character accepte au plus un personnage.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>ESI n&apos;a pas pu être interrogé&#xa0;; voici les dernières informations connues.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>Nom&#xa0;:         %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>Corporation&#xa0;: %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>Alliance&#xa0;:    %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>Naissance&#xa0;:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>Sécurité&#xa0;:    %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>Aucun personnage n&apos;est connecté sur le profil «&#xa0;%1&#xa0;». Lancez&#xa0;: evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>Plusieurs personnages sont connectés sur le profil «&#xa0;%1&#xa0;»&#xa0;: indiquez-en un (voir evesso list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>Aucun personnage «&#xa0;%1&#xa0;» n&apos;est connecté sur le profil «&#xa0;%2&#xa0;» (voir evesso list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>Pas de Client ID&#xa0;: indiquez --client-id ou définissez EVESSO_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/evesso/Command.cpp" line="+33"/>
        <location line="+31"/>
        <source>evesso: %1</source>
        <translation>evesso&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>To do so, run: evesso login</source>
        <translation>Pour cela, lancez&#xa0;: evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>Cette commande lit ESI, et un serveur indiqué par --discovery-url n&apos;a pas d&apos;adresse ESI connue&#xa0;: ajoutez --esi-url URL.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso&#xa0;: la liste de personnages n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>Connecter un personnage via le navigateur et enregistrer la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>Lister les personnages enregistrés et leur état.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>Afficher un jeton d&apos;accès neuf (et rien d&apos;autre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>Vérifier la signature et les revendications d&apos;un jeton&#xa0;; afficher les revendications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>Actualiser la connexion d&apos;un personnage, ou --all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>Révoquer la connexion d&apos;un personnage et le supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>Afficher le solde du portefeuille d&apos;un personnage (ESI, en cache).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>Afficher les informations publiques d&apos;un personnage (ESI, en cache).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;evesso &lt;command&gt; --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
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
        <translation>  0  succès
  1  autre échec (le serveur a refusé la requête, le port de rappel est occupé, ...)
  2  utilisation&#xa0;: ligne de commande ou entrée incorrecte, pas de Client ID, personnage non connecté
  3  authentification&#xa0;: la connexion n&apos;existe plus (reconnectez-vous), a été refusée ou n&apos;a pas
     abouti, ou un jeton n&apos;a pas été vérifié
  4  réseau&#xa0;: le serveur était injoignable ou a mal répondu&#xa0;; rien d&apos;enregistré n&apos;a changé
  5  trousseau&#xa0;: le trousseau du système est absent, verrouillé ou n&apos;a pas répondu
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>Seul &apos;evesso token&apos; affiche un jeton. Les connexions sont conservées dans le trousseau du système (service &quot;Capsuleer&quot;, partagé avec l&apos;application Capsuleer), jamais dans un fichier ; un secret client n&apos;est lu que dans la variable nommée par --secret-env.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>Lancez &apos;evesso --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>EVE Online SSO en ligne de commande&#xa0;: connecter des personnages, garder leurs connexions dans le trousseau du système, fournir des jetons d&apos;accès neufs aux scripts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>La commande à exécuter (voir ci-dessous).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>Serveur&#xa0;: tranquility (par défaut), serenity ou singularity&#xa0;; avec --discovery-url, n&apos;importe quel nom pour ce serveur (il garde ses propres personnages).</translation>
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
        <translation>Utiliser le serveur d&apos;autorisation dont le document de métadonnées se trouve à &lt;url&gt; (tout serveur OAuth 2.0 compatible, par ex. l&apos;émulateur hors ligne).</translation>
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
        <translation>URL de base d&apos;ESI (par défaut&#xa0;: celle du profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>Client ID de votre application sur le site développeurs d&apos;EVE (par défaut&#xa0;: $EVESSO_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>Lire un secret client depuis la variable d&apos;environnement &lt;name&gt; (application confidentielle). Les secrets ne sont jamais acceptés sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>Callback URL enregistrée pour l&apos;application (par défaut&#xa0;: http://localhost:47813/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>Scopes séparés par des espaces, à demander à la connexion (par défaut&#xa0;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>User-Agent envoyé aux serveurs&#xa0;; CCP demande un nom, une version et un contact.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>Accepter les jetons dont &apos;iss&apos; vaut &lt;issuer&gt; (répétable) au lieu de l&apos;émetteur propre du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>Exiger &lt;audience&gt; dans &apos;aud&apos; des jetons (répétable) au lieu du Client ID et de &quot;EVE Online&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>Afficher les résultats (et les erreurs, sur la sortie d&apos;erreur) en JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>Afficher les messages de journal de la bibliothèque sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>--discovery-url nécessite une URL http(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile doit être un nom simple.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>Profil inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez tranquility, serenity ou singularity, ou indiquez --discovery-url.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>--esi-url nécessite une URL http(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env désigne la variable d&apos;environnement «&#xa0;%1&#xa0;», qui n&apos;est pas définie ou est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>--callback nécessite une URL http comme http://localhost:47813/callback.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>Aucun personnage n&apos;est connecté sur le profil «&#xa0;%1&#xa0;». Lancez&#xa0;: evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>reconnexion nécessaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>--timeout nécessite un nombre de secondes (1 ou plus).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>Ouvrez l&apos;adresse ci-dessus dans un navigateur et connectez-vous&#xa0;; en attente du rappel sur %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>Connectez-vous dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, allez sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>Impossible de lancer un navigateur. Allez sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1 a changé de propriétaire depuis la dernière connexion (le hash de propriétaire diffère).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>Ces scopes n&apos;ont pas été accordés à la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>%1 (%2) connecté sur %3.</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>Ne pas ouvrir de navigateur&#xa0;: afficher l&apos;URL d&apos;autorisation sur une ligne à part sur la sortie standard et attendre que le navigateur revienne à la Callback URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>Abandonner après &lt;seconds&gt; sans rappel (600 par défaut).</translation>
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
        <translation>Identifiant ou nom du personnage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout nécessite exactement un personnage (identifiant ou nom).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>%1 (%2) déconnecté.</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>Identifiant ou nom du personnage (facultatif s&apos;il n&apos;y en a qu&apos;un de connecté).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1 accepte au plus un personnage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>La connexion a été actualisée, mais son nouveau jeton de rafraîchissement n&apos;a pas pu être enregistré dans le trousseau&#xa0;; le personnage devra peut-être se reconnecter.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>Identifiant ou nom du personnage (facultatif s&apos;il n&apos;y en a qu&apos;un de connecté).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh accepte un personnage, ou --all.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1 : non renouvelé : le personnage a été déconnecté entre-temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>le nouveau jeton de rafraîchissement n&apos;a pas pu être enregistré dans le trousseau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1 (%2)&#xa0;: non actualisé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1 (%2)&#xa0;: actualisé&#xa0;; le jeton d&apos;accès est valable jusqu&apos;à %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>Toutes les connexions n&apos;ont pas pu être actualisées.</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>Actualiser tous les personnages enregistrés.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>Le jeton d&apos;accès, ou - (ou rien) pour le lire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify accepte un seul jeton.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>Pas de jeton&#xa0;: donnez-le en argument ou sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify nécessite --client-id (ou EVESSO_CLIENT_ID) ou --audience.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1 n&apos;est pas un jeu de clés utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>Le jeton n&apos;a pas été vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>Personnage&#xa0;:  %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>Hash propr.&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>Scopes&#xa0;:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>Expire&#xa0;:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>Émetteur&#xa0;:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client ID&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>Vérifier hors ligne avec le JSON Web Key Set de &lt;file&gt; au lieu des clés publiées par le serveur.</translation>
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
        <translation>ESI n&apos;a pas pu être interrogé (%1)&#xa0;; voici le dernier solde connu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1 (%2)&#xa0;: %3 ISK</translation>
    </message>
</context>
</TS>
