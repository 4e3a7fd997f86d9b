<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online および EVE のロゴは CCP hf. の登録商標です。全世界で全著作権を保有しています。その他の商標はすべて、それぞれの所有者に帰属します。EVE Online、EVE のロゴ、EVE および関連するすべてのロゴとデザインは CCP hf. の知的財産です。これらの商標に関連する知的財産のすべてのアートワーク、スクリーンショット、キャラクター、乗り物、ストーリー、世界設定、その他の識別可能な特徴も同様に CCP hf. の知的財産です。CCP hf. は Capsuleer に対し、EVE Online および関連するすべてのロゴとデザインを宣伝および情報提供の目的で使用する許可を与えていますが、Capsuleer を推奨するものではなく、いかなる形でも提携していません。CCP はこのプログラムの内容や動作について一切の責任を負わず、このプログラムの使用から生じたいかなる損害についても責任を負いません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>Capsuleer について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>EVE Online のキャラクターで EVE SSO を通じてログインし、ログイン状態を保ちます。リフレッシュトークンはシステムのキーチェーンに保管されます。&lt;br&gt;GNU General Public License バージョン 3 以降でライセンスされています。EveSso ライブラリは MIT ライセンスです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>CCP の著作権表示</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>オフラインデモの一時フォルダーを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>カスタムサーバー（%1）</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1、%2、ウォレット %3、%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>コーポレーション不明</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>再ログインが必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>EVE のログインサーバーはこのログインをもう受け付けません（期限切れ、取り消し、またはパスワード変更）。キャラクターで再度ログインしてください。それ以外は何も失われません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>EVE のログインサーバーから新しいログインを取得しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>EVE のサーバーに接続できません。自動的に再試行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 自動的に再試行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>スコープ不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>このログインには %1 がありません。キャラクターで再度ログインして許可してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>ログイン済み・検証済みです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Capsuleer が記憶していた内容を表示しています。ログインはまだ更新されていません。</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>オフラインデモのサーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>キャラクターの詳細</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>状態マーク</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>キャラクターを追加すると、ここに表示されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>ポートレート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>キャラクター名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>コーポレーション:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>コーポレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>アライアンス:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>アライアンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>キャラクター ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>キャラクター ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>オーナーハッシュ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>オーナーハッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>許可されたスコープ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>許可されたスコープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>アクセストークンの期限:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>ウォレット:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>ウォレット残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>最終更新:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>ウォレットの最終更新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>このキャラクターの新しいログインと最新のデータを今すぐ取得します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>再ログイン(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>ブラウザーでこのキャラクターに再度ログインします（他はすべて保持されます）。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>キャラクターが再ログインするまでありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>まだありません（必要なときに取得されます）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>期限切れ（必要になったら新しいものを取得します）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>あと %1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>あと %1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1（たった今）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1（%n 分前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1（%n 時間前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 日前）</numerusform>
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
        <translation>兆 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>十億 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>百万 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>千 ISK</translation>
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
        <translation>クライアント ID が設定されていません。設定で入力するか、オフラインデモをお試しください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>ログインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>ログイン状態</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待っています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>ログインページを再度開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>ログインリンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>ログインページのアドレスをコピーして、別のブラウザーで開きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>ブラウザーが自動で Capsuleer に戻れない場合は、ブラウザーが最後に表示したアドレスを貼り付けてください:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>ブラウザーが最後に表示したアドレスを貼り付けてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>ブラウザーが最後に表示したアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>続行(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>貼り付けの問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>ログインの問題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>アドレスを貼り付けてログイン(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>コールバックポートを使わずにログインします。ブラウザーが最後に表示したアドレスを貼り付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>ログインリンクをコピーしました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>EVE のログインサーバーに接続しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>%1 で再ログインしています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>ブラウザーでログインを完了してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>EVE のログインページがブラウザーで開いています。ログインしてキャラクターを選び、「Authorize」を押してください。Capsuleer が自動的に続行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>ブラウザーを開けませんでした。ログインリンクをコピーしてブラウザーで開き、ログインして「Authorize」を押してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>ログインページで %1 を選んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>ブラウザーでログインがキャンセルされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>ログインできませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>このログインは %1 のためのものです: ブラウザーで %1 を選んでください。ブラウザーが別の EVE アカウントにログインしている場合は、先に EVE のログインページでログアウトしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>ログインを確認しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>このアドレスにはログイン応答が含まれていません。「Authorize」を押した後、ブラウザーのアドレスバーからアドレス全体をコピーしてください（%1 で始まります）。</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>ポート %1 を使っているプログラムを閉じるか、設定で別のコールバックポートを選び、EVE の開発者サイトでアプリケーションに新しいコールバック URL を入力してください。ポートを使わずにログインすることもできます。ブラウザーが最後に表示したアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer はログインをシステムのキーチェーンにのみ保管します。Secret Service（gnome-keyring や KWallet など）をインストールして起動し、ロックを解除してから、キャラクターをもう一度追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>ブラウザーが別の EVE アカウントでログインした場合は、先に EVE のログインページでログアウトしてから、もう一度キャラクターを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>設定のクライアント ID を、EVE の開発者サイトにあるアプリケーションと照らし合わせてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>設定のコールバック URL とスコープが、EVE の開発者サイトにあるアプリケーションと完全に一致しているか確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>インターネット接続を確認するか、EVE のサーバーが停止していないか確認してから（デイリーダウンタイムは 11:00 UTC）、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>ログインをやり直してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>デモのお知らせ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>キーチェーンの問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>サーバーの問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>最後の操作</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>ISK 合計</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1 に再ログインしました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>システムのキーチェーンを使用できないため、ログインを保持できません: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>キャラクターを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>ブラウザーでキャラクターにログインします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>再ログイン(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>選択したキャラクターで再度ログインします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>選択したキャラクターを今すぐ更新します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>すべて更新(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>すべてのキャラクターを更新します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>キャラクターを削除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>選択したキャラクターを削除し、ログインを取り消します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>選択したキャラクターを上へ移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>選択したキャラクターを下へ移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>次のキャラクター(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>次のキャラクターを選択します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>前のキャラクター(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>前のキャラクターを選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>サーバー、クライアント ID、コールバックポート、スコープ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>Capsuleer について(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>バージョン、ライセンス、CCP の表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Capsuleer を終了します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>キャラクター(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>キャラクターの操作</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>このキャラクターのデータの一部を更新できませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1 は別の EVE アカウントに移りました（オーナーハッシュが変わりました）。新しいログインが古いログインを置き換えました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>キャラクター一覧を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — オフラインデモ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>オフラインデモ: このコンピューター上の Capsuleer 内蔵サーバーにいる架空のキャラクターです。EVE のサーバーには何も送信されません。ここで追加したキャラクターは Capsuleer の終了時に消去されます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>EVE のログインサーバーに接続できないため、キャラクターは最後に分かっている状態で表示しています。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>合計: ウォレット残高はまだ不明です</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>合計: %1（%n 人のキャラクター）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>%1 を更新できませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>%1 を Capsuleer から削除しますか？ログインは EVE で取り消され、キーチェーンから削除されます。ゲーム内では何も変わりません。キャラクターは後でもう一度追加できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>%1 を削除できませんでした。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>%1 を Capsuleer から削除しましたが、EVE のログインサーバーにログインの取り消しを伝えられませんでした: %2 https://community.eveonline.com/support/third-party-applications/ で取り消すことができます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>%1 を削除し、ログインを取り消しました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer は設定を %1 に保存できませんでした（ディスクがいっぱいではありませんか？）。設定は Capsuleer を終了するまで有効です。ファイルには以前の設定が残っています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>設定を保存しました。Capsuleer をデモ以外で起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>カスタムサーバー（ディスカバリー URL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>カスタムディスカバリー URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>ディスカバリー URL(&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>developers.eveonline.com のアプリケーションから</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>コールバックポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>コールバックポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>登録するコールバック URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>コールバック URL をコピー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL:</source>
        <translation>コールバック URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation>1 行に 1 つのスコープ。EVE の開発者サイトでも、アプリケーションに同じスコープを有効にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>スコープ(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>EVE の開発者サイトで、コールバック URL とスコープを表示どおりにアプリケーションへ登録してください。ログインはシステムのキーチェーンに保管され、設定には決して保存されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>カスタムサーバーのディスカバリー URL を https:// から入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>クライアント ID は 0-9 と a-f からなる 32 文字です。EVE の開発者サイトのアプリケーションからコピーしてください。</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>ウォレットの履歴</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>ウォレットの履歴はまだありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>ウォレットの履歴を読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>ウォレットの履歴を読み取るにはスコープ %1 が必要です。キャラクターで再度ログインし、許可してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>ウォレットの履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>過去 30 日間にウォレットの取引はありません。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>%1 から %2 までの残高: 最低 %3、最高 %4、最新 %5。</translation>
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
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Capsuleer へようこそ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer は EVE 自身のログインページを通じて EVE Online のキャラクターでログインし、ログイン状態を保ちます。EVE では、すべてのツールに一度だけ無料でアプリケーションとして登録するよう求めています:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;EVE の開発者サイト&lt;/a&gt;を開いてログインし、新しいアプリケーションを作成します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; を選び、下のスコープを有効にします。&lt;/li&gt;&lt;li&gt;下のコールバック URL を表示どおりに入力します。&lt;/li&gt;&lt;li&gt;アプリケーションの &lt;b&gt;Client ID&lt;/b&gt; を Capsuleer の設定にコピーします。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>登録するコールバック URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>コールバック URL をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>コールバック URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>有効にするスコープ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>スコープをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>EVE の開発者サイトを開く(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>クライアント ID を入力(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>オフラインデモを試す(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>このコンピューター上の内蔵サーバーにいる架空のキャラクターで Capsuleer を試せます。EVE のサーバーには何も送信されません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>EVE Online のログイン・アカウント管理ツール</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>オフラインデモを起動します: このコンピューター上に内蔵の EVE ログインサーバーと ESI サーバーを用意し、架空のキャラクターを使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>クライアント ID が設定されていない場合にオフラインデモを起動します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>デモでは、ログインページを表示せずにログインをすぐに承認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>ウィンドウの描画後に終了します（起動時間ベンチマーク用）。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer はすでに実行中です。そのウィンドウを前面に表示しました。</translation>
    </message>
</context>
</TS>
