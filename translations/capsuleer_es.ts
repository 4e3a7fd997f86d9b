<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online y el logotipo de EVE son marcas registradas de CCP hf. Todos los derechos reservados en todo el mundo. Todas las demás marcas son propiedad de sus respectivos dueños. EVE Online, el logotipo de EVE, EVE y todos los logotipos y diseños asociados son propiedad intelectual de CCP hf. Todas las ilustraciones, capturas de pantalla, personajes, vehículos, argumentos, datos del mundo y demás rasgos reconocibles de la propiedad intelectual relacionada con estas marcas son igualmente propiedad intelectual de CCP hf. CCP hf. ha concedido permiso a Capsuleer para usar EVE Online y todos los logotipos y diseños asociados con fines promocionales e informativos, pero no respalda a Capsuleer ni está afiliada a él de ninguna manera. CCP no es responsable en modo alguno del contenido ni del funcionamiento de este programa, ni puede ser considerada responsable de ningún daño derivado de su uso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>Acerca de Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>Inicia sesión con tus personajes de EVE Online a través de EVE SSO y mantiene la sesión. Los tokens de actualización se quedan en el llavero de tu sistema.&lt;br&gt;Con licencia GNU General Public License, versión 3 o posterior; la biblioteca EveSso, con licencia MIT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>Aviso de copyright de CCP</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>La demo sin conexión no pudo crear su carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>Servidor personalizado (%1)</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1, %2, cartera %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>corporación desconocida</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>Hay que volver a iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>El servidor de inicio de sesión de EVE ya no acepta este inicio de sesión (caducó, se revocó o se cambió la contraseña). Vuelve a iniciar sesión con el personaje; no se pierde nada más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>Obteniendo un inicio de sesión nuevo del servidor de inicio de sesión de EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>No se puede acceder a los servidores de EVE; se reintenta automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 Se reintenta automáticamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>Faltan scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>A este inicio de sesión le falta %1. Vuelve a iniciar sesión con el personaje para concederlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>Sesión iniciada y verificada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>Aún no actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Se muestra lo que Capsuleer recordaba; el inicio de sesión aún no se ha actualizado.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de la demo sin conexión: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>Detalles del personaje</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>Indicador de estado</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>Añade un personaje para verlo aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>Nombre del personaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>Corporación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>Corporación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>Alianza:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>ID del personaje:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>ID del personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>Hash del propietario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>Hash del propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Scopes concedidos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>Scopes concedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>El token de acceso caduca:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>Caducidad del token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Cartera:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>Saldo de la cartera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>Última actualización de la cartera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>Obtener ahora un inicio de sesión nuevo y los datos más recientes de este personaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>Volver a iniciar sesión con este personaje en el navegador (se conserva todo lo demás).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>Ninguno hasta que se vuelva a iniciar sesión con el personaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>Ninguno todavía (se obtiene cuando hace falta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>Caducado (se obtiene uno nuevo cuando hace falta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>en %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>en %1 h %2 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1 (justo ahora)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %n minuto)</numerusform>
            <numerusform>%1 (hace %n minutos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %n hora)</numerusform>
            <numerusform>%1 (hace %n horas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %n día)</numerusform>
            <numerusform>%1 (hace %n días)</numerusform>
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
        <translation>billones de ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>miles de millones de ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>millones de ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>miles de ISK</translation>
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
        <translation>No hay ningún Client ID configurado. Introdúcelo en los ajustes o prueba la demo sin conexión.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>Volver a abrir la página de inicio de &amp;sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>&amp;Copiar enlace de inicio de sesión</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>Copiar la dirección de la página de inicio de sesión para abrirla en otro navegador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>Si el navegador no puede volver a Capsuleer por sí solo, pega la dirección en la que terminó tu navegador:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>Pega la dirección en la que terminó tu navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>Dirección en la que terminó tu navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>Problema al pegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>Problema de inicio de sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>Iniciar sesión &amp;pegando la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>Iniciar sesión sin el puerto de callback: pegas la dirección en la que termina el navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>Enlace de inicio de sesión copiado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>Conectando con el servidor de inicio de sesión de EVE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>Volviendo a iniciar sesión con %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>Completa el inicio de sesión en tu navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>La página de inicio de sesión de EVE está abierta en tu navegador. Inicia sesión, elige el personaje y pulsa «Authorize»; Capsuleer continúa solo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>No se pudo abrir ningún navegador. Copia el enlace de inicio de sesión, ábrelo en tu navegador, inicia sesión y pulsa «Authorize».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>Elige a %1 en la página de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>El inicio de sesión se canceló en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>El inicio de sesión no funcionó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>Este inicio de sesión es para %1: elige %1 en el navegador. Si el navegador te conectó a otra cuenta de EVE, cierra antes la sesión en la página de inicio de sesión de EVE.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>Comprobando el inicio de sesión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>Esta dirección no contiene ninguna respuesta de inicio de sesión. Después de pulsar «Authorize», copia la dirección completa de la barra de direcciones del navegador (empieza por %1).</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>Cierra el programa que usa el puerto %1, o elige otro puerto de callback en los ajustes e introduce la nueva Callback URL de tu aplicación en el sitio para desarrolladores de EVE. También puedes iniciar sesión sin el puerto: pega la dirección en la que termina tu navegador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer guarda los inicios de sesión solo en el llavero de tu sistema. Instala e inicia un Secret Service (por ejemplo gnome-keyring o KWallet), desbloquéalo y vuelve a añadir el personaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>Si el navegador inició sesión en otra cuenta de EVE, cierra primero la sesión en la página de inicio de sesión de EVE y luego vuelve a elegir el personaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>Compara el Client ID de los ajustes con tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>Comprueba en los ajustes que la Callback URL y los scopes coinciden exactamente con tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>Comprueba tu conexión a Internet, o si los servidores de EVE están caídos (el mantenimiento diario es a las 11:00 UTC), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>Vuelve a empezar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>Aviso de la demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Problema del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>ISK en total</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>Se añadió a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1 ha vuelto a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>No se puede usar el llavero de tu sistema, así que no se pueden conservar los inicios de sesión: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>&amp;Añadir personaje…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>Iniciar sesión con un personaje a través del navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>Volver a iniciar sesión con el personaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>Actualizar ahora el personaje seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>Actualizar &amp;todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>Actualizar todos los personajes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>&amp;Quitar personaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>Quitar el personaje seleccionado y revocar su inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>Subir el personaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>Bajar el personaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>Personaje &amp;siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>Seleccionar el personaje siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>Personaje a&amp;nterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>Seleccionar el personaje anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>Servidor, Client ID, puerto de callback, scopes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>Acerca &amp;de Capsuleer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>Versión, licencia y aviso de CCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Salir de Capsuleer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>&amp;Personajes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>Acciones del personaje</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>No se pudieron actualizar todos los datos de este personaje: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1 pertenece ahora a otra cuenta de EVE (su hash de propietario cambió). El inicio de sesión nuevo sustituyó al anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>No se pudo guardar la lista de personajes: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — Demo sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>Demo sin conexión: personajes inventados en un servidor integrado en Capsuleer, en este ordenador. No se envía nada a los servidores de EVE. Los personajes añadidos aquí se olvidan al cerrar Capsuleer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>No se puede acceder al servidor de inicio de sesión de EVE, así que los personajes se muestran con su último estado conocido. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>Total: aún no se conoce ningún saldo de cartera</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Total: %1 entre %n personaje</numerusform>
            <numerusform>Total: %1 entre %n personajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>No se pudo actualizar a %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>¿Quitar a %1 de Capsuleer? Su inicio de sesión se revoca en EVE y se borra de tu llavero. En el juego no cambia nada; puedes volver a añadir el personaje más adelante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>No se pudo quitar a %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>Se quitó a %1 de Capsuleer, pero no se pudo pedir al servidor de inicio de sesión de EVE que revocara el inicio de sesión: %2 Puedes revocarlo en https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>Se quitó a %1 y se revocó su inicio de sesión.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer no pudo guardar los ajustes en %1 (¿está lleno el disco?). Se aplican hasta que cierres Capsuleer; el archivo conserva los anteriores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>Ajustes guardados. Se aplican cuando Capsuleer se inicia fuera de la demo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>Servidor personalizado (URL de descubrimiento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>URL de descubrimiento personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>URL de &amp;descubrimiento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>De tu aplicación en developers.eveonline.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>Puerto de callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>&amp;Puerto de callback:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>Callback URL que hay que registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>Copiar la Callback URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL:</source>
        <translation>Callback URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation>Un scope por línea. Activa los mismos scopes para tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>Scop&amp;es:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>Registra la Callback URL y los scopes exactamente como se muestran para tu aplicación en el sitio para desarrolladores de EVE. Los inicios de sesión se guardan en el llavero de tu sistema, nunca en los ajustes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>Problema con los ajustes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>Introduce la URL de descubrimiento del servidor personalizado, empezando por https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>Un Client ID tiene 32 caracteres, de 0-9 y a-f. Cópialo de tu aplicación en el sitio para desarrolladores de EVE.</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>Historial de la cartera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>Aún no hay historial de la cartera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>Cargando el historial de la cartera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>Leer el historial de la cartera requiere el scope %1. Vuelve a iniciar sesión con el personaje y concédelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial de la cartera: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>No hay movimientos en la cartera en los últimos 30 días.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>Saldo del %1 al %2: mínimo %3, máximo %4, último %5.</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Te damos la bienvenida a Capsuleer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer inicia sesión con tus personajes de EVE Online a través de la propia página de inicio de sesión de EVE y mantiene la sesión. EVE pide a cada herramienta que se registre una vez, gratis, como aplicación:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Abre &lt;a href=&quot;%1&quot;&gt;el sitio para desarrolladores de EVE&lt;/a&gt;, inicia sesión y crea una aplicación nueva.&lt;/li&gt;&lt;li&gt;Elige &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; y activa los scopes de abajo.&lt;/li&gt;&lt;li&gt;Introduce la Callback URL de abajo exactamente como se muestra.&lt;/li&gt;&lt;li&gt;Copia el &lt;b&gt;Client ID&lt;/b&gt; de la aplicación en los ajustes de Capsuleer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>Callback URL que hay que registrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>Copiar la Callback URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>Callback URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>Scopes que hay que activar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>Copiar scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>Abrir el &amp;sitio para desarrolladores de EVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>&amp;Introducir Client ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>Probar la &amp;demo sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>Explora Capsuleer con personajes inventados en un servidor integrado en este ordenador. No se envía nada a los servidores de EVE.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>Herramienta de inicio de sesión y cuentas de EVE Online</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>Iniciar la demo sin conexión: un servidor de inicio de sesión de EVE y de ESI integrado en este ordenador, con personajes inventados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>Iniciar la demo sin conexión cuando no hay ningún Client ID configurado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>En la demo, aprobar los inicios de sesión al momento en lugar de mostrar la página de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>Salir en cuanto se haya dibujado la ventana (para la prueba de rendimiento del arranque).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer ya se está ejecutando; su ventana se ha traído al frente.</translation>
    </message>
</context>
</TS>
