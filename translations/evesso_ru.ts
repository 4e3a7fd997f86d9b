<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>Такого персонажа нет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>Персонаж сохранён: его авторизацию не удалось ни удалить из связки ключей (%1), ни отозвать на сервере входа EVE (%2). Удалите персонажа снова, когда связка ключей станет доступна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>Персонаж сохранён: его авторизацию не удалось удалить из связки ключей (%1). Сама авторизация отозвана на сервере входа EVE. Удалите персонажа снова, когда связка ключей станет доступна.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>Персонаж удалён с этого компьютера, но его авторизацию не удалось отозвать на сервере входа EVE (%1). Вы можете отозвать её на сайте поддержки EVE в разделе сторонних приложений.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>Связка ключей не настроена.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>Для этого персонажа в связке ключей нет сохранённого входа (возможно, он был выведен из системы в другой программе). Войдите персонажем снова.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>Клиент токенов не настроен.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>Авторизация работает, но её не удалось сохранить в связке ключей; попытка будет повторена. До тех пор она действует, только пока приложение запущено.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>Для этого персонажа не было сохранённого входа.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>поле «%1» имеет неверный тип</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>нет корректного ID персонажа</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>нет корректной версии схемы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>нет списка персонажей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>одна из записей не является объектом JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>Список персонажей %1 записан более новой версией этой программы (формат %2; эта версия понимает форматы до %3). Он оставлен без изменений и не будет перезаписан: обновите программу, чтобы увидеть своих персонажей.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>Не удалось прочитать список персонажей %1 (%2). Он оставлен без изменений; исправьте права доступа к нему и перезапустите программу.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>Из него не удалось прочитать ни одного персонажа.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>%n персонаж из него всё же прочитан.</numerusform>
            <numerusform>%n персонажа из него всё же прочитаны.</numerusform>
            <numerusform>%n персонажей из него всё же прочитано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>Список персонажей был повреждён (%1). Он сохранён как %2, так что ничего не потеряно. %3 Персонажей, которых нет в списке, можно добавить снова, войдя ими.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>Список персонажей %1 повреждён (%2), и его не удалось переместить в сторону (%3). Он оставлен без изменений и не будет перезаписан. %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>Список персонажей %1 существует, но его не удалось прочитать (%2), поэтому он не был перезаписан.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>Список персонажей %1 повреждён, и его не удалось переместить в сторону (%2), поэтому он не был перезаписан.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>Список персонажей %1 заблокирован другой программой (%2), поэтому он не был сохранён.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>Не удалось создать папку %1, поэтому список персонажей не сохранён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>Не удалось сохранить список персонажей %1 (%2).</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>Не указан ID персонажа.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>Не указан ID корпорации.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>Не указан ID альянса.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>Не указана сессия персонажа.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>Для портрета нужны ID персонажа и размер — степень двойки от 32 до 1024.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>Не удалось сохранить портрет в %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>Путь ESI начинается с «/».</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>Сервер изображений EVE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>Сервер ESI EVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1 не ответил вовремя. Проверьте подключение к интернету; запрос будет повторён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1 недоступен (%2). Проверьте подключение к интернету; запрос будет повторён.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>ESI временно отклоняет запросы, потому что слишком многие из них завершились ошибкой (лимит ошибок). Запросы возобновятся после сброса лимита.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI попросил отправлять меньше запросов (лимит запросов). Данные обновятся чуть позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>В EVE идёт ежедневное техобслуживание (даунтайм, с 11:00 UTC, обычно около 15 минут). Данные обновятся, когда серверы вернутся.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1 сообщает о проблеме (HTTP %2). Запрос будет повторён позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>На сервере изображений нет такой картинки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI не знает такого персонажа, корпорации, альянса или страницы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>ESI не принял авторизацию этого персонажа даже после получения нового токена. Если это повторяется, войдите этим персонажем заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI отклонил токен доступа этого персонажа. Проверьте, что часы компьютера идут правильно, и войдите персонажем заново, если это повторяется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>Авторизация этого персонажа не даёт права читать эти данные. Войдите персонажем заново и предоставьте запрошенные разрешения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI прислал ответ, который не удаётся прочитать. Запрос будет повторён позже.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 так и не закончил ответ за %n секунду, поэтому запрос был остановлен. Запрос будет повторён позже.</numerusform>
            <numerusform>%1 так и не закончил ответ за %n секунды, поэтому запрос был остановлен. Запрос будет повторён позже.</numerusform>
            <numerusform>%1 так и не закончил ответ за %n секунд, поэтому запрос был остановлен. Запрос будет повторён позже.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 прислал ответ больше %2, поэтому он не был прочитан. Запрос будет повторён позже.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>Авторизация этого персонажа больше не действует. Войдите этим персонажем заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>Не удалось получить токен доступа для этого персонажа: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>Сессия персонажа была закрыта.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>У клиента ESI нет доступа к сети.</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>Не удалось прочитать ключи подписи сервера входа EVE: ответ не является JSON Web Key Set. Проверьте адрес SSO в настройках и повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>Сервер входа EVE не опубликовал ни одного ключа подписи, который может использовать эта программа (RSA не менее 2048 бит или EC P-256), поэтому ни один вход нельзя проверить. Повторите попытку позже; если проблема не исчезнет, обновите программу.</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>в нём нет времени истечения (exp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>его время истечения (exp) не является числом секунд</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>его время начала действия (nbf) не является числом секунд</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>его издатель (iss) не является текстом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>одно из его текстовых утверждений не является текстом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>его scopes (scp) не являются ни текстом, ни списком текстов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>его аудитория (aud) не является ни текстом, ни списком текстов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>его субъект (sub) не является текстом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>его время выдачи (iat) не является числом секунд</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>Токен входа больше %1 байт — намного больше любого токена входа EVE — и был отклонён без чтения. Войдите заново; если это повторится, сообщите об ошибке.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>Токен входа повреждён: %1. Войдите заново; если это повторится, возможно, изменился сервер входа или эта программа — пожалуйста, сообщите об ошибке.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>Токен входа подписан алгоритмом, который эта программа не принимает (принимаются только RS256 и ES256). Он отклонён как возможная подделка; войдите заново.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>Алгоритм подписи токена входа не соответствует ключу, который в нём указан. Токен отклонён как возможная подделка; войдите заново.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>Токен входа требует расширений заголовка («crit»), которые эта программа не поддерживает. Войдите заново; если это повторится, возможно, программе нужно обновление.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>Токен входа подписан ключом, который сервер входа EVE не публиковал (или который ещё не загружен). Повторите попытку через несколько минут; если это повторится, войдите заново.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>Токен входа подписан ключом, который сервер входа EVE не публикует, хотя его ключи были перезагружены менее %n минуты назад. Войдите заново; если это повторится, возможно, токен выдан не сервером входа EVE.</numerusform>
            <numerusform>Токен входа подписан ключом, который сервер входа EVE не публикует, хотя его ключи были перезагружены менее %n минут назад. Войдите заново; если это повторится, возможно, токен выдан не сервером входа EVE.</numerusform>
            <numerusform>Токен входа подписан ключом, который сервер входа EVE не публикует, хотя его ключи были перезагружены менее %n минут назад. Войдите заново; если это повторится, возможно, токен выдан не сервером входа EVE.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>Не удалось загрузить ключи подписи сервера входа EVE, поэтому вход нельзя проверить: %1 Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>Подпись токена входа недействительна: токен был изменён или выдан не сервером входа EVE. Войдите заново.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>Срок действия токена входа истёк в %1 UTC (часы этого компьютера показывают %2 UTC). Обновите его или войдите заново; если токен был выдан только что, возможно, часы компьютера идут неправильно: проверьте дату, время и часовой пояс.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>Токен входа действителен только с %1 UTC (часы этого компьютера показывают %2 UTC). Если он выдан только что, возможно, часы вашего компьютера отстают: проверьте дату, время и часовой пояс.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>Токен входа выдан не тем сервером входа, который ожидался (%1). Проверьте, что эта программа использует тот же сервер EVE (Tranquility или Singularity), на котором вы вошли.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>Токен входа выдан для другого приложения, а не для этого (Client ID %1). Войдите заново через эту программу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>Токен входа не предназначен для «%1» (его нет в аудитории токена). Войдите заново через эту программу и проверьте настроенные аудитории.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>Client ID EVE не настроен, поэтому токен входа нельзя проверить. Укажите в настройках Client ID вашего приложения EVE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>Токен входа выдан не для персонажа EVE (его субъект не имеет вида CHARACTER:EVE:&lt;id&gt;). Войдите персонажем.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>Токен входа выдан другому приложению, а не этому (Client ID %1). Войдите заново через эту программу.</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>он состоит не ровно из трёх частей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>его заголовок не является корректным base64url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>его заголовок не является объектом JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>в его заголовке не указан алгоритм</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>в его заголовке не указан ключ подписи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>одна из его частей пуста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>одна из частей не является корректным base64url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>его утверждения (claims) не являются объектом JSON</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>Ответ входа EVE не содержал кода авторизации. Начните вход заново.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>Вход не удалось завершить, потому что сервер входа EVE ответил некорректно (%1). Начните вход заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>нет соединения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>Вход был отменён в браузере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>Сервер входа EVE отклонил вход (%1). Проверьте Callback URL и scopes приложения на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>Валидатор токенов не задан.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>Не удалось проверить вход: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>Выполнен вход персонажем %1, но этот вход предназначался для другого персонажа. В браузере выберите персонажа, которым хотели войти заново.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>Время входа истекло: браузер не ответил за %n секунду. Начните вход заново.</numerusform>
            <numerusform>Время входа истекло: браузер не ответил за %n секунды. Начните вход заново.</numerusform>
            <numerusform>Время входа истекло: браузер не ответил за %n секунд. Начните вход заново.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Время входа истекло: браузер не ответил в течение %n минуты. Начните вход заново.</numerusform>
            <numerusform>Время входа истекло: браузер не ответил в течение %n минут. Начните вход заново.</numerusform>
            <numerusform>Время входа истекло: браузер не ответил в течение %n минут. Начните вход заново.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>Client ID не настроен. Зарегистрируйте приложение на сайте разработчиков EVE и укажите его Client ID в настройках.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>Вход был отменён.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>Не удалось создать папку %1 для блокировок входов.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>Не удалось создать файл блокировки %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>Другая программа использует вход этого персонажа уже %n секунду и не закончила. Повторите попытку через мгновение.</numerusform>
            <numerusform>Другая программа использует вход этого персонажа уже %n секунды и не закончила. Повторите попытку через мгновение.</numerusform>
            <numerusform>Другая программа использует вход этого персонажа уже %n секунд и не закончила. Повторите попытку через мгновение.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>Не удалось переименовать %1 после того, как его персонажи были перенесены.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>Вход получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>Вы вошли. Можно закрыть эту вкладку и вернуться в %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>Callback URL должен иметь вид http://localhost:&lt;port&gt;/&lt;path&gt; или использовать 127.0.0.1 либо [::1]; другие хосты не могут принять вход на этом компьютере.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>Порт %1 уже занят другой программой — возможно, ещё одной копией %2 или другим инструментом для EVE. Закройте эту программу или выберите в настройках другой порт для callback и зарегистрируйте новый Callback URL вашего приложения на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>Не удаётся ожидать вход на порту %1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>Ответ входа не содержал параметра state, поэтому ему нельзя доверять. Начните вход заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>Ответ входа не относится ко входу, начатому %1 (параметр state не совпадает). Начните вход заново.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>Некорректный запрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>Этот адрес принимает только ответ входа EVE.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>Вход не принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>Этот ответ входа не относится ко входу, которого ждёт %1, поэтому он проигнорирован. Если вы сейчас входите, завершите вход на самой новой странице входа, которую открыл %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>Вход отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>Вход был отменён или отклонён (%1). Можно закрыть эту вкладку и вернуться в %2.</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>Служба связки ключей недоступна, поэтому авторизации нельзя сохранить между запусками. Установите и запустите Secret Service, например GNOME Keyring или KWallet (например: apt install gnome-keyring libsecret-1-0), убедитесь, что ваш сеанс рабочего стола предоставляет сеансовую шину D-Bus, и запустите программу снова. (Подробности: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>Служба связки ключей работает, но в ней нет связки ключей по умолчанию для хранения авторизаций. Создайте её (например, в «Пароли и ключи» / Seahorse или войдя в сеанс рабочего стола, который разблокирует GNOME Keyring) и повторите попытку. (Подробности: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>Связка ключей заблокирована или отказала в доступе. Разблокируйте связку ключей (например, в «Пароли и ключи» / Seahorse или в KWallet Manager), разрешите доступ этой программе и повторите попытку. (Подробности: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>Связка ключей не ответила в течение %n секунды. Возможно, она ждёт, пока вы её разблокируете, или Secret Service (GNOME Keyring или KWallet) завис: разблокируйте или перезапустите его и повторите попытку.</numerusform>
            <numerusform>Связка ключей не ответила в течение %n секунд. Возможно, она ждёт, пока вы её разблокируете, или Secret Service (GNOME Keyring или KWallet) завис: разблокируйте или перезапустите его и повторите попытку.</numerusform>
            <numerusform>Связка ключей не ответила в течение %n секунд. Возможно, она ждёт, пока вы её разблокируете, или Secret Service (GNOME Keyring или KWallet) завис: разблокируйте или перезапустите его и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>нет подробностей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>В связке ключей не найдена сохранённая авторизация для этого персонажа. Войдите этим персонажем заново.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>Связка ключей сообщила об ошибке: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>Пустой токен обновления нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>Некорректная запись в связке ключей: нужны профиль сервера и ID персонажа.</translation>
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
        <translation>Ключи подписи SSO (JWKS) не содержат пригодного ключа%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>Не удалось загрузить %1: ответ больше %2 — намного больше, чем присылает SSO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>Не удалось загрузить %1: сервер слишком долго не отвечал. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>Ошибка загрузки: %1 (%2). Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>Ошибка загрузки: %1 — сервер ответил HTTP %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>Ошибка загрузки: %1 — ответ не является объектом JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>метаданные SSO с %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>ключи подписи SSO</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>В документе метаданных SSO нет корректного «%1». Проверьте URL обнаружения (discovery) в профиле сервера.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>Конечные точки SSO ещё не известны.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>Сервер входа EVE отклонил код авторизации (он истёк, уже был использован или не относится к этому входу). Начните вход заново.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>Для этой авторизации нет токена обновления. Войдите этим персонажем заново.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>Нет токена для отзыва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>У этого SSO нет конечной точки отзыва; авторизация удалена только локально.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>Сервер входа EVE не ответил вовремя. Проверьте подключение к интернету; запрос будет повторён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>Сервер входа EVE недоступен (%1). Проверьте подключение к интернету; запрос будет повторён.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>Сервер входа EVE больше не принимает авторизацию этого персонажа (она отозвана, истекла после 30 дней без использования или был изменён пароль учётной записи). Войдите этим персонажем заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>Сервер входа EVE отклонил Client ID или секрет этого приложения. Сверьте Client ID в настройках с вашим приложением на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>Сервер входа EVE отклонил запрос (%1). Проверьте scopes и Callback URL приложения на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>Сервер входа EVE прислал ответ намного больше токена, поэтому он не был прочитан. Запрос можно повторить позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>Сервер входа EVE слишком долго не отвечал, поэтому запрос был остановлен. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>На сервере входа EVE проблема (HTTP %1); возможно, идёт ежедневное техобслуживание. Запрос будет повторён.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>Сервер входа EVE прислал непонятный ответ (HTTP %1). Запрос будет повторён.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>Сервер ключей не указал причину.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>Поставщик ключей был остановлен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>Поставщик ключей не настроен.</translation>
    </message>
</context>
</TS>
