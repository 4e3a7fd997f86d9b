<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>没有这个角色。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>该角色已保留：其登录既无法从钥匙串中删除（%1），也无法在 EVE 登录服务器上撤销（%2）。请在钥匙串可用后再次移除该角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>该角色已保留：其登录无法从钥匙串中删除（%1）。登录本身已在 EVE 登录服务器上撤销。请在钥匙串可用后再次移除该角色。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>该角色已从这台电脑上移除，但无法在 EVE 登录服务器上撤销其登录（%1）。你可以在 EVE 支持网站的第三方应用程序页面中撤销它。</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>尚未设置钥匙串。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>钥匙串中没有保存该角色的登录（可能已在另一个程序中注销）。请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>尚未设置令牌客户端。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>登录有效，但无法保存到钥匙串中；稍后会重试。在此之前，它只在应用运行期间有效。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>该角色没有已保存的登录。</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>字段“%1”的类型错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>没有有效的角色 ID</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>没有有效的格式版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>没有角色列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>有一个条目不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>角色列表 %1 是由本程序的更新版本写入的（格式 %2；此版本最多支持格式 %3）。该文件未被改动，也不会被覆盖：请更新程序以查看你的角色。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>无法读取角色列表 %1（%2）。该文件未被改动；请修正其权限后重新启动程序。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>无法从中读取任何角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>仍从中读取到 %n 个角色。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>角色列表已损坏（%1）。它已另存为 %2，因此没有任何数据丢失。%3 列表中缺少的角色可以通过重新登录再次添加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>角色列表 %1 已损坏（%2），且无法移到别处（%3）。该文件未被改动，也不会被覆盖。%4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>角色列表 %1 存在但无法读取（%2），因此没有覆盖它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>角色列表 %1 已损坏且无法移到别处（%2），因此没有覆盖它。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>角色列表 %1 已被另一个程序锁定（%2），因此未保存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>无法创建文件夹 %1，因此角色列表未保存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>无法保存角色列表 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>未提供角色 ID。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>未提供军团 ID。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>未提供联盟 ID。</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>未提供角色会话。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>头像需要角色 ID，以及 32 到 1024 之间的 2 的幂作为尺寸。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>无法将头像保存到 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>ESI 路径以“/”开头。</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>EVE 图像服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>EVE ESI 服务器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1未能及时响应。请检查网络连接；请求将会重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>无法连接%1（%2）。请检查网络连接；请求将会重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>由于失败的请求过多，ESI 暂时拒绝请求（错误限制）。限制重置后将恢复请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI 要求减少请求（速率限制）。数据会稍后更新。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE 正在进行每日维护（从 11:00 UTC 开始，通常约 15 分钟）。服务器恢复后数据会更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1出现问题（HTTP %2）。请求将在稍后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>图像服务器上没有这张图片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI 不认识这个角色、军团、联盟或页面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>即使获取了新令牌，ESI 仍不接受该角色的登录。如果问题持续出现，请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI 拒绝了该角色的访问令牌。请检查电脑时钟是否准确；如果问题持续出现，请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>该角色的登录没有读取这些数据的权限。请重新登录该角色并授予所请求的权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI 拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI 发来了无法读取的应答。请求将在稍后重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1 在 %n 秒后仍未完成应答，因此已停止该请求。稍后将重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1 发送的应答大于 %2，因此未读取。稍后将重试该请求。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>该角色的登录已失效。请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>无法为该角色获取访问令牌：%1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>该角色的会话已关闭。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>ESI 客户端没有网络访问。</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>无法读取 EVE 登录服务器的签名密钥：应答不是 JSON Web Key Set。请检查设置中的 SSO 地址，稍后再试。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>EVE 登录服务器没有发布本程序可用的签名密钥（至少 2048 位的 RSA，或 EC P-256），因此无法校验任何登录。请稍后再试；如果问题持续存在，请更新本程序。</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>它没有过期时间（exp）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>它的过期时间（exp）不是秒数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>其生效时间（nbf）不是秒数</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>它的签发者（iss）不是文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>它的某个文本声明不是文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>它的权限范围（scp）既不是文本也不是文本列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>它的受众（aud）既不是文本也不是文本列表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>它的主体（sub）不是文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>它的签发时间（iat）不是秒数</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>登录令牌超过 %1 字节，远大于任何 EVE 登录令牌，因此未经读取即被拒绝。请重新登录；如果再次出现，请报告此问题。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>登录令牌已损坏：%1。请重新登录；如果再次出现，可能是登录服务器或本程序发生了变化，请报告此问题。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>登录令牌使用了本程序不接受的算法签名（仅接受 RS256 和 ES256）。它已作为可能的伪造被拒绝；请重新登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>登录令牌的签名算法与其指定的密钥不匹配。它已作为可能的伪造被拒绝；请重新登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>登录令牌要求本程序不支持的头部扩展（&quot;crit&quot;）。请重新登录；如果再次出现，本程序可能需要更新。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>登录令牌使用了 EVE 登录服务器尚未发布（或尚未加载）的密钥签名。请几分钟后再试；如果再次出现，请重新登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>登录令牌使用了 EVE 登录服务器未发布的密钥签名，尽管其密钥在不到 %n 分钟前刚重新加载过。请重新登录；如果再次出现，该令牌可能并非来自 EVE 登录服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>无法加载 EVE 登录服务器的签名密钥，因此无法校验登录：%1 请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>登录令牌的签名无效：令牌已被篡改，或并非由 EVE 登录服务器签发。请重新登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>登录令牌已于 %1 UTC 过期（这台电脑的时钟显示 %2 UTC）。请刷新令牌或重新登录；如果令牌刚刚签发，可能是电脑时钟有误：请检查日期、时间和时区。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>登录令牌在 %1 UTC 之前无效（此计算机的时钟显示 %2 UTC）。如果它是刚刚签发的，您的计算机时钟可能走慢了：请检查日期、时间和时区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>登录令牌不是由预期的登录服务器（%1）签发的。请检查本程序使用的 EVE 服务器（Tranquility 或 Singularity）是否与你登录的服务器相同。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>登录令牌是为另一个应用程序签发的，而不是本程序（Client ID %1）。请通过本程序重新登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>登录令牌不是发给“%1”的（令牌的受众中没有它）。请通过本程序重新登录，并检查配置的受众。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>尚未配置 EVE Client ID，因此无法校验登录令牌。请在设置中填写你的 EVE 应用程序的 Client ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>登录令牌不属于 EVE 角色（其主体不是 CHARACTER:EVE:&lt;id&gt; 的形式）。请使用角色登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>登录令牌是签发给另一个应用程序的，而不是本程序（Client ID %1）。请通过本程序重新登录。</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>它不是正好由三部分组成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>它的头部不是有效的 base64url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>它的头部不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>它的头部未指定算法</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>它的头部未指定签名密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>它有一个部分为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>有一个部分不是有效的 base64url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>它的声明不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>EVE 的登录应答中没有授权码。请重新开始登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>由于 EVE 登录服务器没有正确应答，登录无法完成（%1）。请重新开始登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>登录已在浏览器中取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>EVE 登录服务器拒绝了登录（%1）。请在 EVE 开发者网站上检查该应用程序的回调 URL 和权限范围（scopes）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>未设置令牌校验器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>无法校验登录：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1 已登录，但此次登录本应是另一个角色的。请在浏览器中选择你要重新登录的角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>登录超时：浏览器在 %n 秒内没有应答。请重新开始登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>登录超时：%n 分钟内没有收到浏览器的应答。请重新开始登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>尚未配置 Client ID。请在 EVE 开发者网站上注册应用程序，并在设置中填写它的 Client ID。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>无法创建用于登录锁的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>另一个程序已使用该角色的登录 %n 秒且尚未完成。请稍后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>导入其角色后，无法重命名 %1。</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>已收到登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>你已登录。可以关闭此标签页并返回 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>回调 URL 必须是 http://localhost:&lt;port&gt;/&lt;path&gt;，或使用 127.0.0.1 或 [::1]；其他主机无法在这台电脑上接收登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>端口 %1 已被另一个程序占用，可能是 %2 的另一个副本或其他 EVE 工具。请关闭该程序，或在设置中选择其他回调端口，并在 EVE 开发者网站上为你的应用程序注册新的回调 URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>无法在端口 %1 上等待登录：%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>登录应答中没有 state，因此不可信。请重新开始登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>该登录应答不属于 %1 发起的登录（state 不匹配）。请重新开始登录。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>此地址只接收 EVE 的登录应答。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>登录未被接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>此登录应答不属于 %1 正在等待的登录，已被忽略。如果您正在登录，请在 %1 最新打开的登录页面上完成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>登录已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>登录已被取消或拒绝（%1）。可以关闭此标签页并返回 %2。</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>没有可用的钥匙串服务，因此无法在多次启动之间保留登录。请安装并启动 GNOME Keyring 或 KWallet 等 Secret Service（例如：apt install gnome-keyring libsecret-1-0），确认桌面会话提供 D-Bus 会话总线，然后重新启动程序。（详细信息：%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>钥匙串服务正在运行，但没有用于保存登录的默认密钥环。请创建一个（例如在“密码和密钥”/ Seahorse 中创建，或登录一个会解锁 GNOME Keyring 的桌面会话），然后重试。（详细信息：%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>钥匙串已锁定或拒绝访问。请解锁你的密钥环（例如在“密码和密钥”/ Seahorse 或 KWallet 管理器中），允许本程序访问，然后重试。（详细信息：%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>钥匙串在 %n 秒内没有响应。它可能在等待你解锁，或者 Secret Service（GNOME Keyring 或 KWallet）可能卡住了：请解锁或重启它，然后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>钥匙串中没有找到该角色已保存的登录。请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>钥匙串报告了错误：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>无法保存空的刷新令牌。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>无效的钥匙串条目：需要服务器配置和角色 ID。</translation>
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
        <translation>SSO 的签名密钥（JWKS）中没有可用的密钥%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>无法加载 %1：应答大于 %2，远超 SSO 发送的大小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>无法加载 %1：服务器应答时间过长。请检查网络连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>无法加载%1：%2。请检查网络连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>无法加载%1：服务器应答 HTTP %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>无法加载%1：应答不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>来自 %1 的 SSO 元数据</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>SSO 的签名密钥</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>SSO 的元数据文档中没有有效的“%1”。请检查服务器配置中的发现（discovery）URL。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>尚不知道 SSO 的端点。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>EVE 登录服务器拒绝了授权码（授权码已过期、已被使用，或与本次登录不匹配）。请重新开始登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>此登录没有刷新令牌。请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>没有可撤销的令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>此 SSO 没有撤销端点；登录仅在本地被移除。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>EVE 登录服务器未能及时响应。请检查网络连接；请求将会重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>无法连接 EVE 登录服务器（%1）。请检查网络连接；请求将会重试。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>EVE 登录服务器不再接受该角色的登录（登录已被撤销、30 天未使用而过期，或账号密码已更改）。请重新登录该角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>EVE 登录服务器拒绝了本应用程序的 Client ID 或密钥。请将设置中的 Client ID 与你在 EVE 开发者网站上的应用程序进行核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>EVE 登录服务器拒绝了该请求（%1）。请在 EVE 开发者网站上检查该应用程序的权限范围（scopes）和回调 URL。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>EVE 登录服务器发送的应答远大于一个令牌，因此未读取。稍后可以重试该请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>EVE 登录服务器应答时间过长，因此已停止该请求。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>EVE 登录服务器出现问题（HTTP %1）；可能正在进行每日维护。请求将会重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>EVE 登录服务器发来了无法理解的应答（HTTP %1）。请求将会重试。</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>密钥服务器没有给出原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>密钥提供者已关闭。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>未配置密钥提供者。</translation>
    </message>
</context>
</TS>
