<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>El ID o el nombre de un personaje guardado (opcional si solo hay uno con sesión iniciada), o cualquier ID de personaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character acepta como mucho un personaje.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>No se pudo consultar a ESI; esta es la última información conocida.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>Nombre:      %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>Corporación: %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>Alianza:     %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>Nacimiento:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>Seguridad:   %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso: aviso: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>No hay ningún personaje con sesión iniciada en el perfil «%1». Ejecuta: evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>Hay varios personajes con sesión iniciada en el perfil «%1»: indica uno (consulta evesso list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>No hay ningún personaje «%1» con sesión iniciada en el perfil «%2» (consulta evesso list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>No hay Client ID: indica --client-id o define EVESSO_CLIENT_ID.</translation>
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
        <translation>Para ello, ejecuta: evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>Este comando lee ESI, y un servidor indicado con --discovery-url no tiene una dirección de ESI conocida: añade --esi-url URL.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso: no se pudo guardar la lista de personajes: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>Iniciar sesión con un personaje en el navegador y guardar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>Listar los personajes guardados y su estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>Mostrar un token de acceso nuevo (y nada más).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>Verificar la firma y las claims de un token; mostrar las claims.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>Actualizar el inicio de sesión de un personaje, o --all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>Revocar el inicio de sesión de un personaje y quitarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>Mostrar el saldo de la cartera de un personaje (ESI, con caché).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>Mostrar la información pública de un personaje (ESI, con caché).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Ejecuta &apos;evesso &lt;command&gt; --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
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
        <translation>  0  éxito
  1  otro fallo (el servidor rechazó la petición, el puerto de callback está ocupado, ...)
  2  uso: línea de comandos o entrada incorrecta, sin Client ID, un personaje sin sesión iniciada
  3  autenticación: el inicio de sesión ya no existe (vuelve a iniciar sesión), se rechazó o no
     se completó, o un token no se pudo verificar
  4  red: no se pudo acceder al servidor o respondió mal; no cambió nada de lo guardado
  5  llavero: el llavero del sistema falta, está bloqueado o no respondió
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>Solo &apos;evesso token&apos; imprime un token. Los inicios de sesión se guardan en el llavero del sistema (servicio &quot;Capsuleer&quot;, compartido con la aplicación Capsuleer), nunca en un archivo; un secreto de cliente solo se lee de la variable indicada con --secret-env.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>Ejecuta &apos;evesso --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>EVE Online SSO desde la línea de comandos: inicia sesión con personajes, guarda sus inicios de sesión en el llavero del sistema y entrega tokens de acceso nuevos a los scripts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>El comando que se va a ejecutar (ver abajo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>Servidor: tranquility (predeterminado), serenity o singularity; con --discovery-url, cualquier nombre para ese servidor (conserva sus propios personajes).</translation>
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
        <translation>Usar el servidor de autorización cuyo documento de metadatos está en &lt;url&gt; (cualquier servidor OAuth 2.0 compatible, p. ej. el emulador sin conexión).</translation>
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
        <translation>URL base de ESI (predeterminada: la del perfil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>Client ID de tu aplicación en el sitio para desarrolladores de EVE (predeterminado: $EVESSO_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>Leer un secreto de cliente de la variable de entorno &lt;name&gt; (una aplicación confidencial). Los secretos nunca se aceptan en la línea de comandos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>Callback URL registrada para la aplicación (predeterminada: http://localhost:47813/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>Scopes separados por espacios que se piden al iniciar sesión (predeterminado: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>User-Agent que se envía a los servidores; CCP pide un nombre, una versión y un contacto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>Aceptar tokens cuyo &apos;iss&apos; sea &lt;issuer&gt; (repetible) en lugar del emisor propio del servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>Exigir &lt;audience&gt; en el &apos;aud&apos; de los tokens (repetible) en lugar del Client ID y &quot;EVE Online&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>Mostrar los resultados (y los errores, en la salida de error) como JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>Mostrar los mensajes de registro de la biblioteca en la salida de error.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>--discovery-url necesita una URL http(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile debe ser un nombre simple.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>Perfil desconocido «%1»: usa tranquility, serenity o singularity, o indica --discovery-url.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>--esi-url necesita una URL http(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env indica la variable de entorno «%1», que no está definida o está vacía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>--callback necesita una URL http como http://localhost:47813/callback.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list no acepta argumentos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>No hay ningún personaje con sesión iniciada en el perfil «%1». Ejecuta: evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>hay que volver a iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login no acepta argumentos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>--timeout necesita un número de segundos (1 o más).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>Abre la dirección de arriba en un navegador e inicia sesión; esperando el callback en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>Inicia sesión en tu navegador. Si no se abrió, visita:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>No se pudo abrir un navegador. Visita:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1 cambió de dueño desde el último inicio de sesión (el hash del propietario es distinto).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>Al iniciar sesión no se concedieron estos scopes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>Sesión iniciada con %1 (%2) en %3.</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>No abrir un navegador: mostrar la URL de autorización en una línea aparte en la salida estándar y esperar a que el navegador vuelva a la Callback URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>Rendirse tras &lt;seconds&gt; sin callback (600 de forma predeterminada).</translation>
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
        <translation>ID o nombre del personaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout necesita exactamente un personaje (ID o nombre).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>Sesión cerrada para %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>ID o nombre del personaje (opcional si solo hay uno con sesión iniciada).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1 acepta como mucho un personaje.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>El inicio de sesión se actualizó, pero su nuevo token de actualización no se pudo guardar en el llavero; puede que el personaje tenga que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>ID o nombre del personaje (opcional si solo hay uno con sesión iniciada).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh acepta un personaje, o --all.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1: no renovado: el personaje se ha cerrado sesión mientras tanto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>no se pudo guardar el nuevo token de actualización en el llavero</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1 (%2): no actualizado: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1 (%2): actualizado; el token de acceso es válido hasta %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>No se pudieron actualizar todos los inicios de sesión.</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>Actualizar todos los personajes guardados.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>El token de acceso, o - (o nada) para leerlo de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify acepta un solo token.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>No hay token: pásalo como argumento o por la entrada estándar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify necesita --client-id (o EVESSO_CLIENT_ID) o --audience.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1 no es un conjunto de claves utilizable: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>El token no se pudo verificar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>Personaje:     %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>Hash propiet.: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>Scopes:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>Caduca:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>Emisor:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client ID:     %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>Verificar sin conexión con el JSON Web Key Set de &lt;file&gt; en lugar de las claves publicadas por el servidor.</translation>
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
        <translation>No se pudo consultar a ESI (%1); este es el último saldo conocido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1 (%2): %3 ISK</translation>
    </message>
</context>
</TS>
