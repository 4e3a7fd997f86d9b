<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>ID или имя сохранённого персонажа (необязательно, если вошёл только один) или любой ID персонажа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character принимает не более одного персонажа.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>Не удалось обратиться к ESI; показаны последние известные сведения.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>Имя:                 %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>Корпорация:          %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>Альянс:              %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>Рождён:              %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>Статус безопасности: %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso: предупреждение: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>В профиле «%1» нет персонажа с выполненным входом. Выполните: evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>В профиле «%1» вошли несколько персонажей: укажите одного (см. evesso list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>В профиле «%2» нет персонажа «%1» с выполненным входом (см. evesso list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>Нет Client ID: укажите --client-id или задайте EVESSO_CLIENT_ID.</translation>
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
        <translation>Для этого выполните: evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>Эта команда читает ESI, а у сервера, заданного через --discovery-url, нет известного адреса ESI: добавьте --esi-url URL.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso: не удалось сохранить список персонажей: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>Войти персонажем через браузер и сохранить авторизацию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>Показать сохранённых персонажей и их состояние.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>Вывести свежий токен доступа (и ничего больше).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>Проверить подпись и утверждения токена; вывести утверждения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>Обновить авторизацию одного персонажа или всех (--all).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>Отозвать авторизацию персонажа и удалить его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>Показать баланс кошелька персонажа (ESI, с кешем).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>Показать публичные сведения о персонаже (ESI, с кешем).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Выполните &apos;evesso &lt;command&gt; --help&apos;, чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Коды выхода:</translation>
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
        <translation>  0  успех
  1  другая ошибка (сервер отклонил запрос, порт callback занят, ...)
  2  использование: неверная командная строка или ввод, нет Client ID, персонаж без входа
  3  аутентификация: авторизации больше нет (войдите заново), она отклонена или не завершена,
     либо токен не прошёл проверку
  4  сеть: сервер недоступен или ответил некорректно; ничего сохранённого не изменилось
  5  связка ключей: связки ключей системы нет, она заблокирована или не ответила
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>Только &apos;evesso token&apos; выводит токен. Входы хранятся в связке ключей системы (служба &quot;Capsuleer&quot;, общая с приложением Capsuleer), никогда в файле; секрет клиента читается только из переменной, названной в --secret-env.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>Выполните &apos;evesso --help&apos;, чтобы узнать, как пользоваться программой.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>EVE Online SSO в командной строке: вход персонажами, хранение их авторизаций в связке ключей системы, выдача свежих токенов доступа скриптам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>Команда для выполнения (см. ниже).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>Сервер: tranquility (по умолчанию), serenity или singularity; с --discovery-url — любое имя для этого сервера (у него свои персонажи).</translation>
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
        <translation>Использовать сервер авторизации, документ метаданных которого находится по адресу &lt;url&gt; (любой совместимый сервер OAuth 2.0, например офлайн-эмулятор).</translation>
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
        <translation>Базовый URL ESI (по умолчанию — из профиля).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>Client ID вашего приложения на сайте разработчиков EVE (по умолчанию: $EVESSO_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>Прочитать секрет клиента из переменной окружения &lt;name&gt; (конфиденциальное приложение). Секреты никогда не принимаются в командной строке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>Callback URL, зарегистрированный для приложения (по умолчанию: http://localhost:47813/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>Scopes через пробел, запрашиваемые при входе (по умолчанию: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>User-Agent, отправляемый серверам; CCP просит указать имя, версию и контакт.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>Принимать токены, у которых &apos;iss&apos; равен &lt;issuer&gt; (можно повторять), вместо собственного издателя сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>Требовать &lt;audience&gt; в &apos;aud&apos; токенов (можно повторять) вместо Client ID и &quot;EVE Online&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>Выводить результаты (и ошибки — в стандартный поток ошибок) в формате JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>Показывать сообщения журнала библиотеки в стандартном потоке ошибок.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>Для --discovery-url нужен URL http(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile должен быть простым именем.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>Неизвестный профиль «%1»: используйте tranquility, serenity или singularity либо укажите --discovery-url.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>Для --esi-url нужен URL http(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env указывает переменную окружения «%1», которая не задана или пуста.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>Для --callback нужен URL http, например http://localhost:47813/callback.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>В профиле «%1» нет персонажа с выполненным входом. Выполните: evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>нужен повторный вход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>Для --timeout нужно число секунд (1 или больше).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>Откройте адрес выше в браузере и войдите; ожидание callback на %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>Войдите в браузере. Если он не открылся, перейдите по адресу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>Не удалось запустить браузер. Перейдите по адресу:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1 сменил владельца с момента последнего входа (хеш владельца отличается).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>При входе не были предоставлены эти scopes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>Выполнен вход: %1 (%2) на %3.</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>Не открывать браузер: вывести URL авторизации отдельной строкой в стандартный вывод и ждать, пока браузер вернётся на Callback URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>Прекратить ожидание через &lt;seconds&gt; без callback (по умолчанию 600).</translation>
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
        <translation>ID или имя персонажа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout нужен ровно один персонаж (ID или имя).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>Выполнен выход: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>ID или имя персонажа (необязательно, если вошёл только один).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1 принимает не более одного персонажа.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>Авторизация обновлена, но её новый токен обновления не удалось сохранить в связке ключей; возможно, персонажу придётся войти заново.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>ID или имя персонажа (необязательно, если вошёл только один).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh принимает одного персонажа или --all.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1: не обновлено: тем временем персонаж был выведен из системы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>новый токен обновления не удалось сохранить в связке ключей</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1 (%2): не обновлён: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1 (%2): обновлён; токен доступа действует до %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>Не все авторизации удалось обновить.</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>Обновить всех сохранённых персонажей.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>Токен доступа или - (или ничего), чтобы прочитать его со стандартного ввода.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify принимает один токен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>Нет токена: передайте его аргументом или через стандартный ввод.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify нужен --client-id (или EVESSO_CLIENT_ID) либо --audience.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1 не является пригодным набором ключей: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>Токен не прошёл проверку: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>Персонаж:      %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>Хеш владельца: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>Scopes:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>Истекает:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>Издатель:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client ID:     %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>Проверять офлайн по JSON Web Key Set из &lt;file&gt; вместо опубликованных ключей сервера.</translation>
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
        <translation>Не удалось обратиться к ESI (%1); показан последний известный баланс.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1 (%2): %3 ISK</translation>
    </message>
</context>
</TS>
