<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>Ce personnage n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>Le personnage a été conservé&#xa0;: sa connexion n&apos;a pu être ni supprimée du trousseau (%1) ni révoquée auprès du serveur de connexion d&apos;EVE (%2). Retirez à nouveau le personnage dès que le trousseau est disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>Le personnage a été conservé&#xa0;: sa connexion n&apos;a pas pu être supprimée du trousseau (%1). La connexion elle-même a été révoquée auprès du serveur de connexion d&apos;EVE. Retirez à nouveau le personnage dès que le trousseau est disponible.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>Le personnage a été retiré de cet ordinateur, mais sa connexion n&apos;a pas pu être révoquée auprès du serveur de connexion d&apos;EVE (%1). Vous pouvez la révoquer sur le site d&apos;assistance d&apos;EVE, dans les applications tierces.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>Aucun trousseau n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>Aucune connexion n&apos;est enregistrée dans le trousseau pour ce personnage (il a peut-être été déconnecté dans un autre programme). Reconnectez le personnage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>Aucun client de jetons n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>La connexion fonctionne, mais elle n&apos;a pas pu être enregistrée dans le trousseau&#xa0;; une nouvelle tentative aura lieu. D&apos;ici là, elle ne dure que tant que l&apos;application est ouverte.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>Aucune connexion n&apos;était enregistrée pour ce personnage.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>le champ «&#xa0;%1&#xa0;» n&apos;a pas le bon type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>aucun identifiant de personnage valide</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>aucune version de schéma valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>aucune liste de personnages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>une entrée n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>La liste de personnages %1 a été écrite par une version plus récente de ce programme (format %2&#xa0;; cette version comprend jusqu&apos;au format %3). Elle n&apos;a pas été modifiée et ne sera pas écrasée&#xa0;: mettez le programme à jour pour voir vos personnages.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>La liste de personnages %1 n&apos;a pas pu être lue (%2). Elle n&apos;a pas été modifiée&#xa0;; corrigez ses droits d&apos;accès et redémarrez le programme.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>Aucun personnage n&apos;a pu y être lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>%n personnage a quand même pu y être lu.</numerusform>
            <numerusform>%n personnages ont quand même pu y être lus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>La liste de personnages était endommagée (%1). Elle a été conservée sous %2 pour que rien ne soit perdu. %3 Les personnages absents de la liste peuvent être ajoutés à nouveau en se connectant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>La liste de personnages %1 est endommagée (%2) et n&apos;a pas pu être mise de côté (%3). Elle n&apos;a pas été modifiée et ne sera pas écrasée. %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>La liste de personnages %1 existe mais n&apos;a pas pu être lue (%2)&#xa0;; elle n&apos;a donc pas été écrasée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>La liste de personnages %1 est endommagée et n&apos;a pas pu être mise de côté (%2)&#xa0;; elle n&apos;a donc pas été écrasée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>La liste de personnages %1 est verrouillée par un autre programme (%2) ; elle n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé&#xa0;; la liste de personnages n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>La liste de personnages %1 n&apos;a pas pu être enregistrée (%2).</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>Aucun identifiant de personnage n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>Aucun identifiant de corporation n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>Aucun identifiant d&apos;alliance n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>Aucune session de personnage n&apos;a été indiquée.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>Un portrait nécessite un identifiant de personnage et une taille qui soit une puissance de deux entre 32 et 1024.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>Impossible d&apos;enregistrer le portrait dans %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>Un chemin ESI commence par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>Le serveur d&apos;images d&apos;EVE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>Le serveur ESI d&apos;EVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez votre connexion Internet&#xa0;; la requête sera relancée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1 est injoignable (%2). Vérifiez votre connexion Internet&#xa0;; la requête sera relancée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>ESI refuse les requêtes pour un moment parce que trop d&apos;entre elles ont échoué (limite d&apos;erreurs). Les requêtes reprendront une fois la limite réinitialisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI a demandé moins de requêtes (limite de débit). Les données seront mises à jour un peu plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE est en maintenance quotidienne (downtime, à partir de 11:00 UTC, généralement environ 15 minutes). Les données seront mises à jour au retour des serveurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1 rencontre un problème (HTTP %2). La requête sera relancée plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>Le serveur d&apos;images n&apos;a pas cette image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI ne connaît pas ce personnage, cette corporation, cette alliance ou cette page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>ESI n&apos;a pas accepté la connexion de ce personnage, même après l&apos;obtention d&apos;un nouveau jeton. Si cela se reproduit, reconnectez le personnage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI a refusé le jeton d&apos;accès de ce personnage. Vérifiez que l&apos;horloge de l&apos;ordinateur est à l&apos;heure, puis reconnectez le personnage si cela se reproduit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>La connexion de ce personnage ne permet pas de lire ces données. Reconnectez le personnage et accordez les autorisations demandées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI a envoyé une réponse illisible. La requête sera relancée plus tard.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 n&apos;avait toujours pas fini de répondre après %n seconde, la requête a donc été interrompue. Elle sera réessayée plus tard.</numerusform>
            <numerusform>%1 n&apos;avait toujours pas fini de répondre après %n secondes, la requête a donc été interrompue. Elle sera réessayée plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 a envoyé une réponse de plus de %2&#xa0;; elle n&apos;a pas été lue. La requête sera réessayée plus tard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>La connexion de ce personnage n&apos;est plus valide. Reconnectez le personnage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>Impossible d&apos;obtenir un jeton d&apos;accès pour ce personnage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>La session du personnage a été fermée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>Le client ESI n&apos;a pas d&apos;accès au réseau.</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>Les clés de signature du serveur de connexion d&apos;EVE n&apos;ont pas pu être lues&#xa0;: la réponse n&apos;est pas un JSON Web Key Set. Vérifiez l&apos;adresse du SSO dans les paramètres et réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>Le serveur de connexion d&apos;EVE n&apos;a publié aucune clé de signature utilisable par ce programme (RSA d&apos;au moins 2048 bits, ou EC P-256)&#xa0;; aucune connexion ne peut donc être vérifiée. Réessayez plus tard&#xa0;; si le problème persiste, mettez ce programme à jour.</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>il n&apos;a pas de date d&apos;expiration (exp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>sa date d&apos;expiration (exp) n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>son heure de début de validité (nbf) n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>son émetteur (iss) n&apos;est pas un texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>l&apos;une de ses revendications textuelles n&apos;est pas un texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>ses scopes (scp) ne sont ni un texte ni une liste de textes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>son audience (aud) n&apos;est ni un texte ni une liste de textes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>son sujet (sub) n&apos;est pas un texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>sa date d&apos;émission (iat) n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>Le jeton de connexion dépasse %1 octets, bien plus que n&apos;importe quel jeton de connexion d&apos;EVE, et a été refusé sans être lu. Reconnectez-vous&#xa0;; si cela se reproduit, signalez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>Le jeton de connexion est endommagé&#xa0;: %1. Reconnectez-vous&#xa0;; si cela se reproduit, le serveur de connexion ou ce programme a peut-être changé, merci de le signaler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>Le jeton de connexion est signé avec un algorithme que ce programme n&apos;accepte pas (seuls RS256 et ES256 le sont). Il a été refusé comme falsification possible&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>L&apos;algorithme de signature du jeton de connexion ne correspond pas à la clé qu&apos;il désigne. Il a été refusé comme falsification possible&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>Le jeton de connexion exige des extensions d&apos;en-tête («&#xa0;crit&#xa0;») que ce programme ne prend pas en charge. Reconnectez-vous&#xa0;; si cela se reproduit, ce programme a peut-être besoin d&apos;une mise à jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>Le jeton de connexion a été signé avec une clé que le serveur de connexion d&apos;EVE n&apos;a pas publiée (ou qui n&apos;a pas encore été chargée). Réessayez dans quelques minutes&#xa0;; si cela se reproduit, reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>Le jeton de connexion a été signé avec une clé que le serveur de connexion d&apos;EVE ne publie pas, alors que ses clés ont été rechargées il y a moins de %n minute. Reconnectez-vous&#xa0;; si cela se reproduit, le jeton ne provient peut-être pas du serveur de connexion d&apos;EVE.</numerusform>
            <numerusform>Le jeton de connexion a été signé avec une clé que le serveur de connexion d&apos;EVE ne publie pas, alors que ses clés ont été rechargées il y a moins de %n minutes. Reconnectez-vous&#xa0;; si cela se reproduit, le jeton ne provient peut-être pas du serveur de connexion d&apos;EVE.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>Les clés de signature du serveur de connexion d&apos;EVE n&apos;ont pas pu être chargées&#xa0;; la connexion ne peut donc pas être vérifiée&#xa0;: %1 Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>La signature du jeton de connexion n&apos;est pas valide&#xa0;: le jeton a été modifié ou n&apos;a pas été émis par le serveur de connexion d&apos;EVE. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>Le jeton de connexion a expiré à %1 UTC (l&apos;horloge de cet ordinateur indique %2 UTC). Actualisez-le ou reconnectez-vous&#xa0;; s&apos;il vient d&apos;être émis, l&apos;horloge de votre ordinateur est peut-être fausse&#xa0;: vérifiez la date, l&apos;heure et le fuseau horaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>Le jeton de connexion n&apos;est pas valide avant %1 UTC (l&apos;horloge de cet ordinateur indique %2 UTC). S&apos;il vient d&apos;être émis, l&apos;horloge de votre ordinateur est peut-être en retard : vérifiez sa date, son heure et son fuseau horaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>Le jeton de connexion n&apos;a pas été émis par le serveur de connexion attendu (%1). Vérifiez que ce programme utilise le même serveur EVE (Tranquility ou Singularity) que celui auquel vous vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>Le jeton de connexion a été émis pour une autre application, pas pour celle-ci (Client ID %1). Reconnectez-vous via ce programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>Le jeton de connexion n&apos;est pas destiné à «&#xa0;%1&#xa0;» (absent de l&apos;audience du jeton). Reconnectez-vous via ce programme et vérifiez les audiences configurées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>Aucun Client ID EVE n&apos;est configuré&#xa0;; le jeton de connexion ne peut donc pas être vérifié. Indiquez le Client ID de votre application EVE dans les paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>Le jeton de connexion ne concerne pas un personnage EVE (son sujet n&apos;a pas la forme CHARACTER:EVE:&lt;id&gt;). Connectez-vous avec un personnage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>Le jeton de connexion a été délivré à une autre application, pas à celle-ci (Client ID %1). Reconnectez-vous via ce programme.</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>il n&apos;a pas exactement trois parties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>son en-tête n&apos;est pas du base64url valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>son en-tête n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>son en-tête n&apos;indique aucun algorithme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>son en-tête n&apos;indique aucune clé de signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>l&apos;une de ses parties est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>une partie n&apos;est pas du base64url valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>ses revendications ne sont pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>La réponse de connexion d&apos;EVE ne contenait aucun code d&apos;autorisation. Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>La connexion n&apos;a pas pu aboutir car le serveur de connexion d&apos;EVE n&apos;a pas répondu correctement (%1). Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>La connexion a été annulée dans le navigateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>Le serveur de connexion d&apos;EVE a refusé la connexion (%1). Vérifiez la Callback URL et les scopes de l&apos;application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>Aucun validateur de jetons n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>La connexion n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1 s&apos;est connecté, mais cette connexion était destinée à un autre personnage. Dans le navigateur, choisissez le personnage que vous vouliez reconnecter.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse n&apos;est venue du navigateur en %n seconde. Relancez la connexion.</numerusform>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse n&apos;est venue du navigateur en %n secondes. Relancez la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse du navigateur en %n minute. Relancez la connexion.</numerusform>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse du navigateur en %n minutes. Relancez la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>Aucun Client ID n&apos;est configuré. Enregistrez une application sur le site développeurs d&apos;EVE et saisissez son Client ID dans les paramètres.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>Le dossier %1 des verrous des connexions n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>Le fichier de verrou %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>Un autre programme utilise la connexion de ce personnage depuis %n seconde sans avoir terminé. Réessayez dans un instant.</numerusform>
            <numerusform>Un autre programme utilise la connexion de ce personnage depuis %n secondes sans avoir terminé. Réessayez dans un instant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>%1 n&apos;a pas pu être renommé après la reprise de ses personnages.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>Connexion reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>La Callback URL doit être http://localhost:&lt;port&gt;/&lt;path&gt; ou utiliser 127.0.0.1 ou [::1]&#xa0;; les autres hôtes ne peuvent pas recevoir la connexion sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme, peut-être une autre instance de %2 ou un autre outil EVE. Fermez ce programme, ou choisissez un autre port de rappel dans les paramètres et enregistrez la nouvelle Callback URL de votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>Impossible d&apos;attendre la connexion sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>La réponse de connexion ne contenait pas de paramètre state&#xa0;; elle n&apos;est donc pas digne de confiance. Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>La réponse de connexion n&apos;appartient pas à la connexion lancée par %1 (son paramètre state ne correspond pas). Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>Cette adresse ne reçoit que la réponse de connexion d&apos;EVE.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>Cette réponse de connexion n&apos;appartient pas à la connexion que %1 attend ; elle a été ignorée. Si vous êtes en train de vous connecter, terminez sur la dernière page de connexion ouverte par %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>La connexion a été annulée ou refusée (%1). Vous pouvez fermer cet onglet et revenir à %2.</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>Aucun service de trousseau n&apos;est disponible&#xa0;; les connexions ne peuvent donc pas être conservées d&apos;un démarrage à l&apos;autre. Installez et démarrez un Secret Service comme GNOME Keyring ou KWallet (par exemple&#xa0;: apt install gnome-keyring libsecret-1-0), assurez-vous que votre session de bureau fournit un bus de session D-Bus, puis redémarrez le programme. (Détails&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>Le service de trousseau fonctionne mais n&apos;a pas de trousseau par défaut où enregistrer les connexions. Créez-en un (par exemple dans «&#xa0;Mots de passe et clés&#xa0;» / Seahorse, ou en ouvrant une session de bureau qui déverrouille GNOME Keyring), puis réessayez. (Détails&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès. Déverrouillez votre trousseau (par exemple dans «&#xa0;Mots de passe et clés&#xa0;» / Seahorse, ou dans le gestionnaire KWallet), autorisez l&apos;accès à ce programme et réessayez. (Détails&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde. Il attend peut-être que vous le déverrouilliez, ou le Secret Service (GNOME Keyring ou KWallet) est peut-être bloqué&#xa0;: déverrouillez-le ou redémarrez-le, puis réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes. Il attend peut-être que vous le déverrouilliez, ou le Secret Service (GNOME Keyring ou KWallet) est peut-être bloqué&#xa0;: déverrouillez-le ou redémarrez-le, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>Aucune connexion enregistrée n&apos;a été trouvée dans le trousseau pour ce personnage. Reconnectez-vous avec ce personnage.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>Un jeton de rafraîchissement vide ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>Entrée de trousseau invalide&#xa0;: un profil de serveur et un identifiant de personnage sont requis.</translation>
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
        <translation>Les clés de signature du SSO (JWKS) ne contiennent aucune clé utilisable%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>Impossible de charger %1&#xa0;: la réponse dépasse %2, bien plus que ce qu&apos;envoie le SSO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>Impossible de charger %1&#xa0;: le serveur a mis trop de temps à répondre. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>Échec du chargement&#xa0;: %1 (%2). Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>Échec du chargement&#xa0;: %1 – le serveur a répondu HTTP %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>Échec du chargement&#xa0;: %1 – la réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>les métadonnées du SSO depuis %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>les clés de signature du SSO</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>Le document de métadonnées du SSO ne contient pas de «&#xa0;%1&#xa0;» valide. Vérifiez l&apos;URL de découverte du profil de serveur.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>Les points de terminaison du SSO ne sont pas encore connus.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>Le serveur de connexion d&apos;EVE a refusé le code d&apos;autorisation (il a expiré, a déjà été utilisé ou ne correspond pas à cette connexion). Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>Il n&apos;y a pas de jeton de rafraîchissement pour cette connexion. Reconnectez le personnage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>Il n&apos;y a aucun jeton à révoquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>Ce SSO n&apos;a pas de point de terminaison de révocation&#xa0;; la connexion a été supprimée localement uniquement.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>Le serveur de connexion d&apos;EVE n&apos;a pas répondu à temps. Vérifiez votre connexion Internet&#xa0;; la requête sera relancée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>Le serveur de connexion d&apos;EVE est injoignable (%1). Vérifiez votre connexion Internet&#xa0;; la requête sera relancée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>Le serveur de connexion d&apos;EVE n&apos;accepte plus la connexion de ce personnage (elle a été révoquée, a expiré après 30 jours sans utilisation, ou le mot de passe du compte a changé). Reconnectez le personnage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>Le serveur de connexion d&apos;EVE a rejeté le Client ID ou le secret de cette application. Comparez le Client ID des paramètres avec votre application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>Le serveur de connexion d&apos;EVE a rejeté la requête (%1). Vérifiez les scopes et la Callback URL de l&apos;application sur le site développeurs d&apos;EVE.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>Le serveur de connexion d&apos;EVE a envoyé une réponse bien plus grande qu&apos;un jeton&#xa0;; elle n&apos;a pas été lue. La requête pourra être réessayée plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>Le serveur de connexion d&apos;EVE a mis trop de temps à répondre, la requête a donc été interrompue. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>Le serveur de connexion d&apos;EVE rencontre un problème (HTTP %1)&#xa0;; il est peut-être en maintenance quotidienne. La requête sera relancée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>Le serveur de connexion d&apos;EVE a envoyé une réponse incompréhensible (HTTP %1). La requête sera relancée.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>Le serveur de clés n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>Le fournisseur de clés a été arrêté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>Aucun fournisseur de clés n&apos;est configuré.</translation>
    </message>
</context>
</TS>
