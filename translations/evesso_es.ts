<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>Ese personaje no existe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>Se ha conservado el personaje: su inicio de sesión no se pudo borrar del llavero (%1) ni revocar en el servidor de inicio de sesión de EVE (%2). Vuelve a quitar el personaje cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>Se ha conservado el personaje: su inicio de sesión no se pudo borrar del llavero (%1). El inicio de sesión en sí se revocó en el servidor de inicio de sesión de EVE. Vuelve a quitar el personaje cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>El personaje se ha quitado de este ordenador, pero no se pudo revocar su inicio de sesión en el servidor de inicio de sesión de EVE (%1). Puedes revocarlo en el sitio de soporte de EVE, en el apartado de aplicaciones de terceros.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>No hay ningún llavero configurado.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>No hay ningún inicio de sesión guardado en el llavero para este personaje (puede que se haya cerrado su sesión en otro programa). Vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>No hay ningún cliente de tokens configurado.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>El inicio de sesión funciona, pero no se pudo guardar en el llavero; se volverá a intentar. Hasta entonces solo dura mientras la aplicación esté abierta.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>No había ningún inicio de sesión guardado para este personaje.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>el campo «%1» tiene un tipo incorrecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>no hay un ID de personaje válido</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>no hay una versión de esquema válida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>no hay una lista de personajes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>una entrada no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>La lista de personajes %1 la escribió una versión más reciente de este programa (formato %2; esta versión entiende hasta el formato %3). No se ha modificado y no se sobrescribirá: actualiza el programa para ver tus personajes.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>No se pudo leer la lista de personajes %1 (%2). No se ha modificado; corrige sus permisos y vuelve a iniciar el programa.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>No se pudo leer ningún personaje de ella.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>Aun así se pudo leer %n personaje de ella.</numerusform>
            <numerusform>Aun así se pudieron leer %n personajes de ella.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>La lista de personajes estaba dañada (%1). Se ha guardado como %2 para que no se pierda nada. %3 Los personajes que falten en la lista se pueden volver a añadir iniciando sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>La lista de personajes %1 está dañada (%2) y no se pudo apartar (%3). No se ha modificado y no se sobrescribirá. %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>La lista de personajes %1 existe, pero no se pudo leer (%2), así que no se ha sobrescrito.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>La lista de personajes %1 está dañada y no se pudo apartar (%2), así que no se ha sobrescrito.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>La lista de personajes %1 está bloqueada por otro programa (%2), así que no se ha guardado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>No se pudo crear la carpeta %1, así que la lista de personajes no se ha guardado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>No se pudo guardar la lista de personajes %1 (%2).</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>No se ha indicado ningún ID de personaje.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>No se ha indicado ningún ID de corporación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>No se ha indicado ningún ID de alianza.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>No se ha indicado ninguna sesión de personaje.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>Un retrato necesita un ID de personaje y un tamaño que sea una potencia de dos entre 32 y 1024.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>No se pudo guardar el retrato en %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>Una ruta de ESI empieza por «/».</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>El servidor de imágenes de EVE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>El servidor ESI de EVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1 no respondió a tiempo. Comprueba tu conexión a Internet; la petición se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1 no está accesible (%2). Comprueba tu conexión a Internet; la petición se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>ESI rechaza peticiones por un momento porque demasiadas han fallado (límite de errores). Las peticiones se reanudarán cuando se restablezca el límite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI ha pedido menos peticiones (límite de frecuencia). Los datos se actualizarán un poco más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE está en su mantenimiento diario (downtime, desde las 11:00 UTC, normalmente unos 15 minutos). Los datos se actualizarán cuando vuelvan los servidores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1 tiene un problema (HTTP %2). La petición se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>El servidor de imágenes no tiene esa imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI no conoce este personaje, corporación, alianza o página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>ESI no aceptó el inicio de sesión de este personaje, ni siquiera tras obtener un token nuevo. Si sigue ocurriendo, vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI rechazó el token de acceso de este personaje. Comprueba que el reloj del ordenador está en hora y, si sigue ocurriendo, vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>El inicio de sesión de este personaje no permite leer estos datos. Vuelve a iniciar sesión con el personaje y concede los permisos solicitados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI rechazó la petición (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI envió una respuesta que no se puede leer. La petición se volverá a intentar más tarde.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 seguía sin terminar de responder tras %n segundo, así que se detuvo la petición. Se volverá a intentar más tarde.</numerusform>
            <numerusform>%1 seguía sin terminar de responder tras %n segundos, así que se detuvo la petición. Se volverá a intentar más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 envió una respuesta mayor que %2, así que no se leyó. La petición se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>El inicio de sesión de este personaje ya no es válido. Vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>No se pudo obtener un token de acceso para este personaje: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>La sesión del personaje se cerró.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>El cliente de ESI no tiene acceso a la red.</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>No se pudieron leer las claves de firma del servidor de inicio de sesión de EVE: la respuesta no es un JSON Web Key Set. Comprueba la dirección del SSO en los ajustes y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>El servidor de inicio de sesión de EVE no ha publicado ninguna clave de firma que este programa pueda usar (RSA de al menos 2048 bits o EC P-256), así que no se puede comprobar ningún inicio de sesión. Vuelve a intentarlo más tarde; si persiste, actualiza este programa.</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>no tiene fecha de caducidad (exp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>su fecha de caducidad (exp) no es un número de segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>su hora de inicio de validez (nbf) no es un número de segundos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>su emisor (iss) no es un texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>una de sus claims de texto no es un texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>sus scopes (scp) no son ni un texto ni una lista de textos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>su audiencia (aud) no es ni un texto ni una lista de textos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>su sujeto (sub) no es un texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>su fecha de emisión (iat) no es un número de segundos</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>El token de inicio de sesión supera los %1 bytes, mucho más que cualquier token de inicio de sesión de EVE, y se rechazó sin leerlo. Vuelve a iniciar sesión; si se repite, infórmanos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>El token de inicio de sesión está dañado: %1. Vuelve a iniciar sesión; si se repite, puede que el servidor de inicio de sesión o este programa hayan cambiado, así que infórmanos, por favor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>El token de inicio de sesión está firmado con un algoritmo que este programa no acepta (solo se aceptan RS256 y ES256). Se rechazó por ser una posible falsificación; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>El algoritmo de firma del token de inicio de sesión no corresponde a la clave que indica. Se rechazó por ser una posible falsificación; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>El token de inicio de sesión exige extensiones de cabecera («crit») que este programa no admite. Vuelve a iniciar sesión; si se repite, puede que este programa necesite una actualización.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>El token de inicio de sesión se firmó con una clave que el servidor de inicio de sesión de EVE no ha publicado (o que aún no se había cargado). Vuelve a intentarlo en unos minutos; si se repite, vuelve a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>El token de inicio de sesión se firmó con una clave que el servidor de inicio de sesión de EVE no publica, aunque sus claves se recargaron hace menos de %n minuto. Vuelve a iniciar sesión; si se repite, puede que el token no provenga del servidor de inicio de sesión de EVE.</numerusform>
            <numerusform>El token de inicio de sesión se firmó con una clave que el servidor de inicio de sesión de EVE no publica, aunque sus claves se recargaron hace menos de %n minutos. Vuelve a iniciar sesión; si se repite, puede que el token no provenga del servidor de inicio de sesión de EVE.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>No se pudieron cargar las claves de firma del servidor de inicio de sesión de EVE, así que no se puede comprobar el inicio de sesión: %1 Comprueba la conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>La firma del token de inicio de sesión no es válida: el token se alteró o no lo emitió el servidor de inicio de sesión de EVE. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>El token de inicio de sesión caducó a las %1 UTC (el reloj de este ordenador marca las %2 UTC). Renuévalo o vuelve a iniciar sesión; si se acaba de emitir, puede que el reloj de tu ordenador esté mal: comprueba la fecha, la hora y la zona horaria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>El token de inicio de sesión no es válido antes de las %1 UTC (el reloj de este ordenador marca las %2 UTC). Si se acaba de emitir, puede que el reloj de su ordenador vaya atrasado: compruebe la fecha, la hora y la zona horaria.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>El token de inicio de sesión no lo emitió el servidor de inicio de sesión esperado (%1). Comprueba que este programa usa el mismo servidor de EVE (Tranquility o Singularity) en el que iniciaste sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>El token de inicio de sesión se emitió para otra aplicación, no para esta (Client ID %1). Vuelve a iniciar sesión a través de este programa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>El token de inicio de sesión no está destinado a «%1» (no figura en la audiencia del token). Vuelve a iniciar sesión a través de este programa y comprueba las audiencias configuradas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>No hay ningún Client ID de EVE configurado, así que no se puede comprobar el token de inicio de sesión. Indica el Client ID de tu aplicación de EVE en los ajustes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>El token de inicio de sesión no es de un personaje de EVE (su sujeto no tiene la forma CHARACTER:EVE:&lt;id&gt;). Inicia sesión con un personaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>El token de inicio de sesión se entregó a otra aplicación, no a esta (Client ID %1). Vuelve a iniciar sesión a través de este programa.</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>no tiene exactamente tres partes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>su cabecera no es base64url válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>su cabecera no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>su cabecera no indica ningún algoritmo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>su cabecera no indica ninguna clave de firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>una de sus partes está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>una parte no es base64url válido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>sus claims no son un objeto JSON</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>La respuesta de inicio de sesión de EVE no traía ningún código de autorización. Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>No se pudo completar el inicio de sesión porque el servidor de inicio de sesión de EVE no respondió correctamente (%1). Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>El inicio de sesión se canceló en el navegador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>El servidor de inicio de sesión de EVE rechazó el inicio de sesión (%1). Comprueba la Callback URL y los scopes de la aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>No hay ningún validador de tokens definido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>No se pudo verificar el inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1 inició sesión, pero este inicio de sesión era para otro personaje. En el navegador, elige el personaje con el que querías volver a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>El inicio de sesión caducó: no llegó ninguna respuesta del navegador en %n segundo. Vuelve a iniciar sesión.</numerusform>
            <numerusform>El inicio de sesión caducó: no llegó ninguna respuesta del navegador en %n segundos. Vuelve a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Se agotó el tiempo del inicio de sesión: el navegador no respondió en %n minuto. Vuelve a empezar el inicio de sesión.</numerusform>
            <numerusform>Se agotó el tiempo del inicio de sesión: el navegador no respondió en %n minutos. Vuelve a empezar el inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>No hay ningún Client ID configurado. Registra una aplicación en el sitio para desarrolladores de EVE e introduce su Client ID en los ajustes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>No se ha podido crear la carpeta %1 para los bloqueos de los inicios de sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>No se ha podido crear el archivo de bloqueo %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>Otro programa lleva %n segundo usando el inicio de sesión de este personaje y no ha terminado. Inténtalo de nuevo en un momento.</numerusform>
            <numerusform>Otro programa lleva %n segundos usando el inicio de sesión de este personaje y no ha terminado. Inténtalo de nuevo en un momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>No se ha podido cambiar el nombre de %1 después de incorporar sus personajes.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>Inicio de sesión recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>Has iniciado sesión. Puedes cerrar esta pestaña y volver a %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>La Callback URL debe ser http://localhost:&lt;port&gt;/&lt;path&gt; o usar 127.0.0.1 o [::1]; otros hosts no pueden recibir el inicio de sesión en este ordenador.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>El puerto %1 ya lo está usando otro programa, quizá otra copia de %2 u otra herramienta de EVE. Cierra ese programa, o elige otro puerto de callback en los ajustes y registra la nueva Callback URL de tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>No se puede esperar el inicio de sesión en el puerto %1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>La respuesta de inicio de sesión no traía ningún state, así que no es de fiar. Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>La respuesta de inicio de sesión no corresponde al inicio de sesión que empezó %1 (su state no coincide). Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>Petición incorrecta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>Esta dirección solo recibe la respuesta de inicio de sesión de EVE.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>Inicio de sesión no aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>Esta respuesta de inicio de sesión no pertenece al inicio de sesión que %1 está esperando, así que se ha ignorado. Si está iniciando sesión, termine en la página de inicio de sesión más reciente que abrió %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>El inicio de sesión se canceló o se rechazó (%1). Puedes cerrar esta pestaña y volver a %2.</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>No hay ningún servicio de llavero disponible, así que los inicios de sesión no se pueden conservar entre arranques. Instala e inicia un Secret Service como GNOME Keyring o KWallet (por ejemplo: apt install gnome-keyring libsecret-1-0), asegúrate de que tu sesión de escritorio ofrece un bus de sesión D-Bus y vuelve a iniciar el programa. (Detalles: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>El servicio de llavero está en marcha, pero no tiene un depósito de claves predeterminado donde guardar los inicios de sesión. Crea uno (por ejemplo en «Contraseñas y claves» / Seahorse, o iniciando una sesión de escritorio que desbloquee GNOME Keyring) y vuelve a intentarlo. (Detalles: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>El llavero está bloqueado o ha denegado el acceso. Desbloquea tu depósito de claves (por ejemplo en «Contraseñas y claves» / Seahorse, o en el gestor de KWallet), permite el acceso a este programa y vuelve a intentarlo. (Detalles: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Puede que esté esperando a que lo desbloquees, o que el Secret Service (GNOME Keyring o KWallet) esté bloqueado: desbloquéalo o reinícialo y vuelve a intentarlo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Puede que esté esperando a que lo desbloquees, o que el Secret Service (GNOME Keyring o KWallet) esté bloqueado: desbloquéalo o reinícialo y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>No se encontró ningún inicio de sesión guardado en el llavero para este personaje. Vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>No se puede guardar un token de actualización vacío.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>Entrada de llavero no válida: se necesitan un perfil de servidor y un ID de personaje.</translation>
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
        <translation>Las claves de firma del SSO (JWKS) no contienen ninguna clave utilizable%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>No se pudo cargar %1: la respuesta supera %2, mucho más de lo que envía el SSO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>No se pudo cargar %1: el servidor tardó demasiado en responder. Comprueba tu conexión a Internet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>No se pudo cargar: %1 (%2). Comprueba tu conexión a Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>No se pudo cargar: %1; el servidor respondió HTTP %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>No se pudo cargar: %1; la respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>los metadatos del SSO desde %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>las claves de firma del SSO</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>El documento de metadatos del SSO no tiene un «%1» válido. Comprueba la URL de descubrimiento del perfil de servidor.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>Todavía no se conocen los endpoints del SSO.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>El servidor de inicio de sesión de EVE rechazó el código de autorización (caducó, ya se usó o no corresponde a este inicio de sesión). Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>No hay ningún token de actualización para este inicio de sesión. Vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>No hay ningún token que revocar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>Este SSO no tiene endpoint de revocación; el inicio de sesión solo se ha quitado localmente.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>El servidor de inicio de sesión de EVE no respondió a tiempo. Comprueba tu conexión a Internet; la petición se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>El servidor de inicio de sesión de EVE no está accesible (%1). Comprueba tu conexión a Internet; la petición se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>El servidor de inicio de sesión de EVE ya no acepta el inicio de sesión de este personaje (se revocó, caducó tras 30 días sin usarse o se cambió la contraseña de la cuenta). Vuelve a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>El servidor de inicio de sesión de EVE rechazó el Client ID o el secreto de esta aplicación. Compara el Client ID de los ajustes con tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>El servidor de inicio de sesión de EVE rechazó la petición (%1). Comprueba los scopes y la Callback URL de la aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>El servidor de inicio de sesión de EVE envió una respuesta mucho mayor que un token, así que no se leyó. La petición puede volver a intentarse más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>El servidor de inicio de sesión de EVE tardó demasiado en responder, así que se detuvo la petición. Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>El servidor de inicio de sesión de EVE tiene un problema (HTTP %1); puede que esté en su mantenimiento diario. La petición se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>El servidor de inicio de sesión de EVE envió una respuesta que no se puede entender (HTTP %1). La petición se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>El servidor de claves no dio ningún motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>El proveedor de claves se cerró.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>No hay ningún proveedor de claves configurado.</translation>
    </message>
</context>
</TS>
