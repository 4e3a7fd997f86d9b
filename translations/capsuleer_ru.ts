<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online и логотип EVE являются зарегистрированными товарными знаками CCP hf. Все права защищены по всему миру. Все прочие товарные знаки принадлежат их владельцам. EVE Online, логотип EVE, EVE и все связанные с ними логотипы и дизайн являются интеллектуальной собственностью CCP hf. Все иллюстрации, снимки экрана, персонажи, транспортные средства, сюжетные линии, факты игрового мира и прочие узнаваемые элементы интеллектуальной собственности, относящиеся к этим товарным знакам, также являются интеллектуальной собственностью CCP hf. CCP hf. разрешила Capsuleer использовать EVE Online и все связанные с ней логотипы и дизайн в рекламных и информационных целях, но не поддерживает Capsuleer и никак с ним не связана. CCP никоим образом не несёт ответственности за содержимое и работу этой программы и не отвечает за ущерб, возникший в результате её использования.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>О Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>Выполняет вход ваших персонажей EVE Online через EVE SSO и поддерживает его. Токены обновления хранятся в связке ключей вашей системы.&lt;br&gt;Распространяется по лицензии GNU General Public License версии 3 или более поздней; библиотека EveSso — по лицензии MIT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>Уведомление об авторских правах CCP</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>Офлайн-демо не удалось создать временную папку: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>Свой сервер (%1)</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1, %2, кошелёк %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>корпорация неизвестна</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>Нужен повторный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>Сервер входа EVE больше не принимает эту авторизацию (она истекла, отозвана или был изменён пароль). Войдите персонажем заново; больше ничего не потеряно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>Получение новой авторизации с сервера входа EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>Серверы EVE недоступны; повторные попытки идут автоматически.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 Повторные попытки идут автоматически.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>Не хватает scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>В этой авторизации нет %1. Войдите персонажем заново, чтобы их предоставить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>Вход выполнен и проверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>Ещё не обновлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Показано по данным, сохранённым Capsuleer; авторизация ещё не обновлялась.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>Не удалось запустить сервер офлайн-демо: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>Офлайн-демо</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>Сведения о персонаже</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>Значок состояния</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>Добавьте персонажа, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>Имя персонажа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>Корпорация:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>Корпорация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>Альянс:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>Альянс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>ID персонажа:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>ID персонажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>Хеш владельца:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>Хеш владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Предоставленные scopes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>Предоставленные scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>Токен доступа истекает:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>Срок действия токена доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Кошелёк:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>Баланс кошелька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>Последнее обновление:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>Последнее обновление кошелька</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>Сейчас же получить новую авторизацию и свежие данные этого персонажа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>&amp;Войти заново…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>Войти этим персонажем заново через браузер (всё остальное сохраняется).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>Нет, пока персонаж не войдёт заново</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>Пока нет (будет получен при необходимости)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>Истёк (новый будет получен при необходимости)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>через %1 мин %2 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>через %1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1 (только что)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (%n минуту назад)</numerusform>
            <numerusform>%1 (%n минуты назад)</numerusform>
            <numerusform>%1 (%n минут назад)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n час назад)</numerusform>
            <numerusform>%1 (%n часа назад)</numerusform>
            <numerusform>%1 (%n часов назад)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n день назад)</numerusform>
            <numerusform>%1 (%n дня назад)</numerusform>
            <numerusform>%1 (%n дней назад)</numerusform>
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
        <translation>трлн ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>млрд ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>млн ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>тыс. ISK</translation>
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
        <translation>Client ID не настроен. Укажите его в настройках или попробуйте офлайн-демо.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>Вход был отменён.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>Ожидание браузера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>&amp;Снова открыть страницу входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>&amp;Копировать ссылку для входа</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>Скопировать адрес страницы входа, чтобы открыть его в другом браузере.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>Если браузер не может сам вернуться в Capsuleer, вставьте адрес, на котором остановился браузер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>Вставьте адрес, на котором остановился браузер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>Адрес, на котором остановился браузер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>Проблема со вставкой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>Проблема со входом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>Войти, вставив &amp;адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>Войти без порта callback: вы вставляете адрес, на котором останавливается браузер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>Ссылка для входа скопирована</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>Подключение к серверу входа EVE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>Повторный вход персонажем %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>Завершите вход в браузере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>Страница входа EVE открыта в браузере. Войдите, выберите персонажа и нажмите «Authorize»; дальше Capsuleer продолжит сам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>Не удалось открыть браузер. Скопируйте ссылку для входа, откройте её в браузере, войдите и нажмите «Authorize».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>Выберите на странице входа персонажа %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>Вход отменён в браузере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>Вход не удался</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>Этот вход — для %1: выберите %1 в браузере. Если браузер вошёл в другую учётную запись EVE, сначала выйдите на странице входа EVE.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>Проверка входа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>Этот адрес не содержит ответа входа. После нажатия «Authorize» скопируйте весь адрес из адресной строки браузера (он начинается с %1).</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>Закройте программу, которая использует порт %1, или выберите в настройках другой порт callback и укажите новый Callback URL вашего приложения на сайте разработчиков EVE. Можно также войти без порта: вставьте адрес, на котором останавливается браузер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer хранит авторизации только в связке ключей вашей системы. Установите и запустите Secret Service (например, gnome-keyring или KWallet), разблокируйте его и добавьте персонажа снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>Если браузер выполнил вход в другую учётную запись EVE, сначала выйдите из неё на странице входа EVE, затем снова выберите персонажа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>Сверьте Client ID в настройках с вашим приложением на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>Проверьте в настройках, что Callback URL и scopes точно совпадают с вашим приложением на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>Проверьте подключение к интернету или не отключены ли серверы EVE (ежедневное техобслуживание — в 11:00 UTC) и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>Начните вход заново.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>Уведомление демо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>Проблема со связкой ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Проблема с сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>Последнее действие</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>Персонажи</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>Всего ISK</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>%1: персонаж добавлен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1: вход выполнен снова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>Связку ключей вашей системы нельзя использовать, поэтому авторизации не сохраняются: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>&amp;Добавить персонажа…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>Войти персонажем через браузер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>&amp;Войти заново…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>Войти выбранным персонажем заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>Обновить выбранного персонажа сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>Обновить &amp;всех</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>Обновить всех персонажей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>&amp;Удалить персонажа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>Удалить выбранного персонажа и отозвать его авторизацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>Переместить выбранного персонажа вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>Переместить выбранного персонажа вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>&amp;Следующий персонаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>Выбрать следующего персонажа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>&amp;Предыдущий персонаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>Выбрать предыдущего персонажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>Сервер, Client ID, порт callback, scopes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>О &amp;программе Capsuleer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>Версия, лицензия и уведомление CCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Выйти из Capsuleer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>&amp;Персонажи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>Действия с персонажем</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>Не все данные этого персонажа удалось обновить: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1 теперь принадлежит другой учётной записи EVE (изменился хеш владельца). Новая авторизация заменила старую.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>Не удалось сохранить список персонажей: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — офлайн-демо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>Офлайн-демо: вымышленные персонажи на встроенном в Capsuleer сервере на этом компьютере. Ничего не отправляется на серверы EVE. Добавленные здесь персонажи забываются при выходе из Capsuleer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>Сервер входа EVE недоступен, поэтому персонажи показаны в последнем известном состоянии. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>Итого: баланс кошельков пока неизвестен</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>Итого: %1 у %n персонажа</numerusform>
            <numerusform>Итого: %1 у %n персонажей</numerusform>
            <numerusform>Итого: %1 у %n персонажей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>Не удалось обновить персонажа %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>Удалить %1 из Capsuleer? Авторизация будет отозвана в EVE и удалена из связки ключей. В игре ничего не изменится; персонажа можно будет добавить снова позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>Не удалось удалить персонажа %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>Персонаж %1 удалён из Capsuleer, но не удалось сообщить серверу входа EVE об отзыве авторизации: %2 Вы можете отозвать её на странице https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>Персонаж %1 удалён, его авторизация отозвана.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer не удалось сохранить настройки в %1 (диск заполнен?). Они действуют до выхода из Capsuleer; в файле остались прежние.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>Настройки сохранены. Они применятся, когда Capsuleer запустится не в режиме демо.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>Свой сервер (URL обнаружения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>Свой URL обнаружения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>URL &amp;обнаружения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>Из вашего приложения на developers.eveonline.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>Порт callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>&amp;Порт callback:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>Callback URL для регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>Копировать Callback URL</translation>
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
        <translation>По одному scope в строке. Включите те же scopes для вашего приложения на сайте разработчиков EVE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>Scop&amp;es:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>Зарегистрируйте Callback URL и scopes для вашего приложения на сайте разработчиков EVE точно так, как показано. Авторизации хранятся в связке ключей вашей системы, никогда — в настройках.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>Проблема с настройками</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>Введите URL обнаружения своего сервера, начинающийся с https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>Client ID — это 32 символа из 0-9 и a-f. Скопируйте его из вашего приложения на сайте разработчиков EVE.</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>История кошелька</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>Истории кошелька пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>Загрузка истории кошелька…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>Для чтения истории кошелька нужен scope %1. Войдите персонажем заново и предоставьте его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>Не удалось загрузить историю кошелька: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>За последние 30 дней движений по кошельку не было.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>Баланс с %1 по %2: минимум %3, максимум %4, последний %5.</translation>
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
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Добро пожаловать в Capsuleer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer выполняет вход ваших персонажей EVE Online через собственную страницу входа EVE и поддерживает его. EVE просит каждый инструмент один раз бесплатно зарегистрироваться как приложение:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Откройте &lt;a href=&quot;%1&quot;&gt;сайт разработчиков EVE&lt;/a&gt;, войдите и создайте новое приложение.&lt;/li&gt;&lt;li&gt;Выберите &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; и включите scopes, перечисленные ниже.&lt;/li&gt;&lt;li&gt;Укажите Callback URL ниже точно так, как показано.&lt;/li&gt;&lt;li&gt;Скопируйте &lt;b&gt;Client ID&lt;/b&gt; приложения в настройки Capsuleer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>Callback URL для регистрации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>Копировать Callback URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>Callback URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>Scopes, которые нужно включить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>Копировать scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>Открыть сайт &amp;разработчиков EVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>&amp;Ввести Client ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>Попробовать офлайн-&amp;демо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>Опробуйте Capsuleer с вымышленными персонажами на встроенном сервере на этом компьютере. Ничего не отправляется на серверы EVE.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>Инструмент для входа и управления персонажами EVE Online</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>Запустить офлайн-демо: встроенный сервер входа EVE и ESI на этом компьютере, с вымышленными персонажами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>Запустить офлайн-демо, если Client ID не настроен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>В демо сразу одобрять вход вместо показа страницы входа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>Выйти, как только окно будет отрисовано (для замера запуска).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer уже запущен; его окно выведено на передний план.</translation>
    </message>
</context>
</TS>
