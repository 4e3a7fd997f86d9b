<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>已保存角色的 ID 或名称（只有一个角色登录时可省略），或任意角色 ID。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character 最多接受一个角色。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>无法查询 ESI；以下是最后已知的信息。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>名称：       %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>军团：       %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>联盟：       %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>出生：       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>安全等级：   %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso：警告：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>配置“%1”上没有已登录的角色。请运行：evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>配置“%1”上有多个已登录的角色：请指定一个（参见 evesso list）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>配置“%2”上没有已登录的角色“%1”（参见 evesso list）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>没有 Client ID：请使用 --client-id 或设置 EVESSO_CLIENT_ID。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/evesso/Command.cpp" line="+33"/>
        <location line="+31"/>
        <source>evesso: %1</source>
        <translation>evesso：%1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>To do so, run: evesso login</source>
        <translation>为此，请运行：evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>此命令读取 ESI，而用 --discovery-url 指定的服务器没有已知的 ESI 地址：请添加 --esi-url URL。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso：无法保存角色列表：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>通过浏览器登录角色并保存登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>列出已保存的角色及其状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>输出一个新的访问令牌（不输出其他内容）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>校验令牌的签名和声明；输出声明。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>刷新一个角色的登录，或使用 --all 刷新全部。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>撤销角色的登录并将其移除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>显示角色的钱包余额（ESI，带缓存）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>显示角色的公开信息（ESI，带缓存）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;evesso &lt;command&gt; --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
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
        <translation>  0  成功
  1  其他失败（服务器拒绝了请求、回调端口被占用……）
  2  用法：命令行或输入有误、没有 Client ID、角色未登录
  3  认证：登录已失效（请重新登录）、被拒绝或未完成，
     或令牌未通过校验
  4  网络：无法连接服务器或服务器应答有误；已保存的内容没有改变
  5  钥匙串：系统钥匙串缺失、已锁定或没有响应
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>只有 &apos;evesso token&apos; 会输出令牌。登录保存在系统钥匙串中（服务 &quot;Capsuleer&quot;，与 Capsuleer 应用共享），从不保存在文件中；客户端密钥只从 --secret-env 指定的变量读取。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>运行 &apos;evesso --help&apos; 查看用法。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>命令行中的 EVE Online SSO：登录角色，将登录保存在系统钥匙串中，为脚本提供新的访问令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>要运行的命令（见下文）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>服务器：tranquility（默认）、serenity 或 singularity；与 --discovery-url 一起使用时，可为该服务器取任意名称（它会保留自己的角色）。</translation>
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
        <translation>使用元数据文档位于 &lt;url&gt; 的授权服务器（任何兼容的 OAuth 2.0 服务器，例如离线模拟器）。</translation>
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
        <translation>ESI 基础 URL（默认：配置中的地址）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>你在 EVE 开发者网站上的应用程序的 Client ID（默认：$EVESSO_CLIENT_ID）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>从环境变量 &lt;name&gt; 读取客户端密钥（机密应用程序）。绝不接受在命令行中传入密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>为应用程序注册的回调 URL（默认：http://localhost:47813/callback）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>登录时请求的权限范围，以空格分隔（默认：&quot;%1&quot;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>发送给服务器的 User-Agent；CCP 要求包含名称、版本和联系方式。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>接受 &apos;iss&apos; 为 &lt;issuer&gt; 的令牌（可重复），而不是服务器自己的签发者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>要求令牌的 &apos;aud&apos; 中包含 &lt;audience&gt;（可重复），而不是 Client ID 和 &quot;EVE Online&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>以 JSON 格式输出结果（错误输出到标准错误）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>在标准错误上显示库的日志消息。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>--discovery-url 需要一个 http(s) URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile 必须是一个简单的名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>未知配置“%1”：请使用 tranquility、serenity 或 singularity，或指定 --discovery-url。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>--esi-url 需要一个 http(s) URL。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env 指定的环境变量“%1”未设置或为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>--callback 需要一个 http URL，例如 http://localhost:47813/callback。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list 不接受参数。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>配置“%1”上没有已登录的角色。请运行：evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login 不接受参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>--timeout 需要秒数（1 或更多）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>请在浏览器中打开上面的地址并登录；正在 %1 等待回调。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>请在浏览器中登录。如果浏览器没有打开，请访问：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>无法启动浏览器。请访问：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1 自上次登录以来已易主（所有者哈希不同）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>登录未被授予以下权限范围：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>已在 %3 上登录 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>不打开浏览器：在标准输出上单独一行输出授权 URL，并等待浏览器返回回调 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>在 &lt;seconds&gt; 秒内没有回调则放弃（默认 600）。</translation>
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
        <translation>角色 ID 或名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout 需要正好一个角色（ID 或名称）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>已注销 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>角色 ID 或名称（只有一个角色登录时可省略）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1 最多接受一个角色。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>登录已刷新，但新的刷新令牌无法保存到钥匙串；该角色可能需要重新登录。</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>角色 ID 或名称（只有一个角色登录时可省略）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh 接受一个角色，或 --all。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1：未刷新：该角色在此期间已被注销。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>新的刷新令牌无法保存到钥匙串</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1（%2）：未刷新：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1（%2）：已刷新；访问令牌有效期至 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>并非所有登录都已刷新。</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>刷新所有已保存的角色。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>访问令牌，或 -（或不提供）以从标准输入读取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify 只接受一个令牌。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>没有令牌：请作为参数或通过标准输入提供。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify 需要 --client-id（或 EVESSO_CLIENT_ID）或 --audience。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1 不是可用的密钥集：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>令牌未通过校验：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>角色：       %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>所有者哈希： %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>权限范围：   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>过期时间：   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>签发者：     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client ID：  %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>离线使用 &lt;file&gt; 中的 JSON Web Key Set 校验，而不是服务器发布的密钥。</translation>
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
        <translation>无法查询 ESI（%1）；以下是最后已知的余额。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1（%2）：%3 ISK</translation>
    </message>
</context>
</TS>
