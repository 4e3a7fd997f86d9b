<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>そのキャラクターは存在しません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>キャラクターは残されました: ログインをキーチェーンから削除できず（%1）、EVE のログインサーバーで取り消すこともできませんでした（%2）。キーチェーンが使えるようになったら、もう一度キャラクターを削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>キャラクターは残されました: ログインをキーチェーンから削除できませんでした（%1）。ログイン自体は EVE のログインサーバーで取り消されています。キーチェーンが使えるようになったら、もう一度キャラクターを削除してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>キャラクターはこのコンピューターから削除されましたが、EVE のログインサーバーでログインを取り消せませんでした（%1）。EVE のサポートサイトのサードパーティアプリケーションの項目から取り消すことができます。</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>キーチェーンが設定されていません。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>このキャラクターのログインはキーチェーンに保存されていません（別のプログラムでログアウトされた可能性があります）。キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>トークンクライアントが設定されていません。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>ログインは有効ですが、キーチェーンに保存できませんでした。保存を再試行します。それまでは、アプリの実行中だけ有効です。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>このキャラクターのログインは保存されていませんでした。</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>フィールド「%1」の型が正しくありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>有効なキャラクター ID がありません</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>位置 %1 の JSON が不正です: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>有効なスキーマバージョンがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>キャラクターの一覧がありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>JSON オブジェクトではない項目があります</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>キャラクター一覧 %1 はこのプログラムの新しいバージョンで書き込まれています（形式 %2。このバージョンが扱えるのは形式 %3 までです）。ファイルは変更されておらず、上書きもされません。キャラクターを表示するにはプログラムを更新してください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>キャラクター一覧 %1 を読み込めませんでした（%2）。ファイルは変更されていません。アクセス権を修正してから、プログラムを再起動してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>そこからはキャラクターを 1 人も読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>そこから %n 人のキャラクターは読み込めました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>キャラクター一覧が破損していました（%1）。何も失われないよう、%2 として保管しました。%3 一覧にないキャラクターは、ログインし直すと再び追加できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>キャラクター一覧 %1 は破損しており（%2）、別の場所に移せませんでした（%3）。ファイルは変更されておらず、上書きもされません。%4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>キャラクター一覧 %1 は存在しますが読み込めなかったため（%2）、上書きしませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>キャラクター一覧 %1 は破損しており、別の場所に移せなかったため（%2）、上書きしませんでした。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>キャラクター一覧 %1 は別のプログラムによってロックされている（%2）ため、保存されませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>フォルダー %1 を作成できなかったため、キャラクター一覧は保存されませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>キャラクター一覧 %1 を保存できませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>キャラクター ID が指定されていません。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>コーポレーション ID が指定されていません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>アライアンス ID が指定されていません。</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>キャラクターセッションが指定されていません。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>ポートレートにはキャラクター ID と、32 から 1024 までの 2 のべき乗のサイズが必要です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>ポートレートを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>ESI のパスは「/」で始まります。</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>EVE の画像サーバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>EVE の ESI サーバー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1が時間内に応答しませんでした。インターネット接続を確認してください。リクエストは再試行されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1に接続できませんでした（%2）。インターネット接続を確認してください。リクエストは再試行されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>失敗したリクエストが多すぎたため、ESI はしばらくリクエストを拒否しています（エラー制限）。制限が解除されるとリクエストを再開します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI からリクエストを減らすよう求められました（レート制限）。データは少し後で更新されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE はデイリーダウンタイム中です（11:00 UTC から、通常 15 分ほど）。サーバーが復帰するとデータが更新されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1で問題が発生しています（HTTP %2）。リクエストは後で再試行されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>画像サーバーにその画像はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI はこのキャラクター、コーポレーション、アライアンス、またはページを認識していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>新しいトークンを取得しても、ESI がこのキャラクターのログインを受け付けませんでした。繰り返し起きる場合は、キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI がこのキャラクターのアクセストークンを拒否しました。コンピューターの時計が正しいか確認し、繰り返し起きる場合はキャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>このキャラクターのログインでは、このデータを読み取る権限がありません。キャラクターで再度ログインし、要求された権限を許可してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI がリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI から読み取れない応答が届きました。リクエストは後で再試行されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 は %n 秒経っても応答を終えなかったため、リクエストを中止しました。後でもう一度試します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 が %2 を超える応答を送ってきたため、読み込みませんでした。後でもう一度試します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>このキャラクターのログインはもう有効ではありません。キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>このキャラクターのアクセストークンを取得できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>キャラクターのセッションは閉じられました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>ESI クライアントにネットワークアクセスがありません。</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>EVE ログインサーバーの署名鍵を読み取れませんでした。応答が JSON Web Key Set ではありません。設定の SSO アドレスを確認し、後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>EVE ログインサーバーは、このプログラムが使える署名鍵（2048 ビット以上の RSA、または EC P-256）を公開していないため、ログインを検証できません。後でもう一度お試しください。解決しない場合は、このプログラムを更新してください。</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>有効期限（exp）がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>有効期限（exp）が秒数ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>有効開始時刻（nbf）が秒数ではありません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>発行者（iss）がテキストではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>テキストであるべきクレームの 1 つがテキストではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>スコープ（scp）がテキストでもテキストのリストでもありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>オーディエンス（aud）がテキストでもテキストのリストでもありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>サブジェクト（sub）がテキストではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>発行時刻（iat）が秒数ではありません</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>ログイントークンが %1 バイトを超えており、どの EVE ログイントークンよりもはるかに大きいため、読み取らずに拒否しました。再度ログインしてください。繰り返し起きる場合は報告してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>ログイントークンが破損しています: %1。再度ログインしてください。繰り返し起きる場合は、ログインサーバーかこのプログラムが変更された可能性があるため、報告してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>ログイントークンは、このプログラムが受け付けないアルゴリズムで署名されています（受け付けるのは RS256 と ES256 のみ）。偽造の可能性があるため拒否しました。再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>ログイントークンの署名アルゴリズムが、トークンが指定する鍵と一致しません。偽造の可能性があるため拒否しました。再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>ログイントークンは、このプログラムが対応していないヘッダー拡張（&quot;crit&quot;）を要求しています。再度ログインしてください。繰り返し起きる場合は、このプログラムの更新が必要かもしれません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>ログイントークンは、EVE ログインサーバーが公開していない（またはまだ読み込まれていない）鍵で署名されています。数分後にもう一度お試しください。繰り返し起きる場合は、再度ログインしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>ログイントークンは、EVE ログインサーバーが公開していない鍵で署名されています（鍵は %n 分以内に再読み込み済みです）。再度ログインしてください。繰り返し起きる場合は、トークンが EVE のログインサーバーから発行されたものではない可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>EVE ログインサーバーの署名鍵を読み込めなかったため、ログインを検証できません: %1 インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>ログイントークンの署名が無効です。トークンが改ざんされたか、EVE ログインサーバーが発行したものではありません。再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>ログイントークンは %1 UTC に期限切れになりました（このコンピューターの時計は %2 UTC）。更新するか、再度ログインしてください。発行された直後であれば、コンピューターの時計がずれている可能性があります。日付、時刻、タイムゾーンを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>ログイントークンは %1 UTC より前には有効ではありません（このコンピューターの時計は %2 UTC）。発行された直後であれば、コンピューターの時計が遅れている可能性があります。日付、時刻、タイムゾーンを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>ログイントークンは想定したログインサーバー（%1）から発行されていません。このプログラムが、ログインしたときと同じ EVE サーバー（Tranquility または Singularity）を使っているか確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>ログイントークンはこのアプリケーションではなく、別のアプリケーション向けに発行されています（クライアント ID %1）。このプログラムから再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>ログイントークンは「%1」向けではありません（トークンのオーディエンスに含まれていません）。このプログラムから再度ログインし、設定されたオーディエンスを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>EVE のクライアント ID が設定されていないため、ログイントークンを検証できません。設定で EVE アプリケーションのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>ログイントークンは EVE のキャラクター用ではありません（サブジェクトが CHARACTER:EVE:&lt;id&gt; の形式ではありません）。キャラクターでログインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>ログイントークンはこのアプリケーションではなく、別のアプリケーションに発行されています（クライアント ID %1）。このプログラムから再度ログインしてください。</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>ちょうど 3 つの部分で構成されていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>ヘッダーが有効な base64url ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>ヘッダーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>ヘッダーにアルゴリズムが指定されていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>ヘッダーに署名鍵が指定されていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>空の部分があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>有効な base64url ではない部分があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>クレームが JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>EVE のログイン応答に認可コードが含まれていませんでした。ログインをやり直してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>EVE のログインサーバーが正しく応答しなかったため、ログインを完了できませんでした（%1）。ログインをやり直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>ブラウザーでログインがキャンセルされました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>EVE のログインサーバーがログインを拒否しました（%1）。EVE の開発者サイトで、アプリケーションのコールバック URL とスコープを確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>トークンバリデーターが設定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>ログインを検証できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1 でログインしましたが、このログインは別のキャラクター用でした。ブラウザーで、再ログインしたかったキャラクターを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>ログインがタイムアウトしました: %n 秒以内にブラウザーから応答がありませんでした。もう一度ログインを始めてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>ログインがタイムアウトしました。%n 分以内にブラウザーから応答がありませんでした。ログインをやり直してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>クライアント ID が設定されていません。EVE の開発者サイトでアプリケーションを登録し、そのクライアント ID を設定に入力してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>ログインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>ログインのロック用フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>ロックファイル %1 を作成できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>別のプログラムがこのキャラクターのログインを %n 秒間使用しており、まだ終わっていません。少し待ってからもう一度お試しください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>%1 のキャラクターを取り込んだ後、%1 の名前を変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>ログインを受信しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>ログインしました。このタブを閉じて %1 に戻ってください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>コールバック URL は http://localhost:&lt;port&gt;/&lt;path&gt; の形式にするか、127.0.0.1 または [::1] を使う必要があります。それ以外のホストでは、このコンピューターでログインを受け取れません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>ポート %1 は別のプログラム（%2 の別のコピーや他の EVE ツールかもしれません）が既に使用しています。そのプログラムを閉じるか、設定で別のコールバックポートを選び、EVE の開発者サイトでアプリケーションに新しいコールバック URL を登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>ポート %1 でログインを待ち受けできません: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>ログイン応答に state が含まれていないため、信頼できません。ログインをやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>ログイン応答は %1 が開始したログインのものではありません（state が一致しません）。ログインをやり直してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>このアドレスは EVE のログイン応答だけを受け付けます。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>ログインは受け付けられませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>このログイン応答は %1 が待っているログインのものではないため、無視されました。ログイン中の場合は、%1 が最後に開いたログインページで完了してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>ログインはキャンセルされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>ログインはキャンセルまたは拒否されました（%1）。このタブを閉じて %2 に戻ってください。</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>キーチェーンサービスが利用できないため、ログインを次回の起動まで保持できません。GNOME Keyring や KWallet などの Secret Service をインストールして起動し（例: apt install gnome-keyring libsecret-1-0）、デスクトップセッションが D-Bus セッションバスを提供していることを確認してから、プログラムを再起動してください。（詳細: %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>キーチェーンサービスは動作していますが、ログインを保存するデフォルトのキーリングがありません。キーリングを作成してから（例:「パスワードと鍵」/ Seahorse で作成する、または GNOME Keyring のロックを解除するデスクトップセッションにログインする）、もう一度お試しください。（詳細: %1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されました。キーリングのロックを解除し（例:「パスワードと鍵」/ Seahorse、または KWallet マネージャー）、このプログラムにアクセスを許可してから、もう一度お試しください。（詳細: %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。ロック解除を待っているか、Secret Service（GNOME Keyring または KWallet）が停止している可能性があります。ロックを解除するか再起動してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>このキャラクターの保存済みログインがキーチェーンに見つかりませんでした。キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>空のリフレッシュトークンは保存できません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>キーチェーンの項目が不正です。サーバープロファイルとキャラクター ID が必要です。</translation>
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
        <translation>SSO の署名鍵（JWKS）に使用できる鍵がありません%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>%1 を読み込めませんでした: 応答が %2 を超えており、SSO が送る量をはるかに上回っています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>%1 を読み込めませんでした: サーバーの応答に時間がかかりすぎました。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>%1を読み込めませんでした: %2。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>%1を読み込めませんでした: サーバーの応答は HTTP %2 でした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>%1を読み込めませんでした: 応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>%1 からの SSO メタデータ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>SSO の署名鍵</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>SSO のメタデータに有効な「%1」がありません。サーバープロファイルのディスカバリー URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>SSO のエンドポイントはまだわかっていません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>EVE のログインサーバーが認可コードを拒否しました（期限切れ、使用済み、またはこのログインと一致しません）。ログインをやり直してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>このログインにはリフレッシュトークンがありません。キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>取り消すトークンがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>この SSO には取り消し用のエンドポイントがないため、ログインはこのコンピューターからのみ削除されました。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>EVE のログインサーバーが時間内に応答しませんでした。インターネット接続を確認してください。リクエストは再試行されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>EVE のログインサーバーに接続できませんでした（%1）。インターネット接続を確認してください。リクエストは再試行されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>EVE のログインサーバーは、このキャラクターのログインをもう受け付けません（取り消された、30 日間使われずに期限切れになった、またはアカウントのパスワードが変更された）。キャラクターで再度ログインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>EVE のログインサーバーが、このアプリケーションのクライアント ID またはシークレットを拒否しました。設定のクライアント ID を、EVE の開発者サイトにあるアプリケーションと照らし合わせてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>EVE のログインサーバーがリクエストを拒否しました（%1）。EVE の開発者サイトで、アプリケーションのスコープとコールバック URL を確認してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>EVE のログインサーバーがトークンよりはるかに大きな応答を送ってきたため、読み込みませんでした。後でもう一度試せます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>EVE のログインサーバーの応答に時間がかかりすぎたため、リクエストを中止しました。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>EVE のログインサーバーで問題が発生しています（HTTP %1）。デイリーダウンタイム中かもしれません。リクエストは再試行されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>EVE のログインサーバーから理解できない応答が届きました（HTTP %1）。リクエストは再試行されます。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>鍵サーバーは理由を示しませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>鍵プロバイダーは終了しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>鍵プロバイダーが設定されていません。</translation>
    </message>
</context>
</TS>
