<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CharacterCommand</name>
    <message>
        <location filename="../app/evesso/CharacterCommand.cpp" line="+13"/>
        <source>A stored character&apos;s id or name (optional when only one is logged in), or any character id.</source>
        <translation>저장된 캐릭터의 ID나 이름(로그인한 캐릭터가 하나뿐이면 생략 가능), 또는 임의의 캐릭터 ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>character takes at most one character.</source>
        <translation>character에는 캐릭터를 하나까지만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ESI could not be asked; this is the last known information.</source>
        <translation>ESI에 요청할 수 없었습니다. 마지막으로 알려진 정보입니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:        %1 (%2)</source>
        <translation>이름:        %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation: %1 [%2] (%3)</source>
        <translation>코퍼레이션:  %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alliance:    %1 [%2] (%3)</source>
        <translation>얼라이언스:  %1 [%2] (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born:        %1</source>
        <translation>생성일:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:    %1</source>
        <translation>보안 등급:   %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/evesso/CliContext.cpp" line="+43"/>
        <location line="+20"/>
        <source>evesso: warning: %1</source>
        <translation>evesso: 경고: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>프로필 &quot;%1&quot;에 로그인한 캐릭터가 없습니다. 실행: evesso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several characters are logged in on profile &quot;%1&quot;: name one (see evesso list).</source>
        <translation>프로필 &quot;%1&quot;에 여러 캐릭터가 로그인되어 있습니다. 하나를 지정하세요(evesso list 참고).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No character &quot;%1&quot; is logged in on profile &quot;%2&quot; (see evesso list).</source>
        <translation>프로필 &quot;%2&quot;에 로그인한 캐릭터 &quot;%1&quot;이(가) 없습니다(evesso list 참고).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client id: give --client-id or set EVESSO_CLIENT_ID.</source>
        <translation>Client ID가 없습니다. --client-id를 지정하거나 EVESSO_CLIENT_ID를 설정하세요.</translation>
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
        <translation>이를 위해 다음을 실행하세요: evesso login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command reads ESI, and a server given with --discovery-url has no known ESI address: add --esi-url URL.</source>
        <translation>이 명령은 ESI를 읽는데, --discovery-url로 지정한 서버에는 알려진 ESI 주소가 없습니다: --esi-url URL을 추가하세요.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>evesso: the character list could not be saved: %1</source>
        <translation>evesso: 캐릭터 목록을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/evesso/CommandLine.cpp" line="+32"/>
        <source>Log a character in through the browser and store the login.</source>
        <translation>브라우저를 통해 캐릭터로 로그인하고 로그인을 저장합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the stored characters and their state.</source>
        <translation>저장된 캐릭터와 그 상태를 나열합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a fresh access token (and nothing else).</source>
        <translation>새 액세스 토큰을 출력합니다(그 외에는 출력하지 않음).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a token&apos;s signature and claims; print the claims.</source>
        <translation>토큰의 서명과 클레임을 확인하고 클레임을 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh one character&apos;s login, or --all.</source>
        <translation>캐릭터 하나의 로그인을 갱신하거나, --all로 모두 갱신합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a character&apos;s login and remove it.</source>
        <translation>캐릭터의 로그인을 취소하고 캐릭터를 제거합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s wallet balance (ESI, cached).</source>
        <translation>캐릭터의 지갑 잔액을 표시합니다(ESI, 캐시 사용).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a character&apos;s public information (ESI, cached).</source>
        <translation>캐릭터의 공개 정보를 표시합니다(ESI, 캐시 사용).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;evesso &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>명령의 옵션은 &apos;evesso &lt;command&gt; --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>종료 코드:</translation>
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
        <translation>  0  성공
  1  기타 실패(서버가 요청을 거부함, 콜백 포트가 사용 중임, ...)
  2  사용법: 잘못된 명령줄 또는 입력, Client ID 없음, 로그인하지 않은 캐릭터
  3  인증: 로그인이 사라짐(다시 로그인 필요), 거부되었거나 완료되지 않음,
     또는 토큰 확인 실패
  4  네트워크: 서버에 연결할 수 없거나 응답이 잘못됨. 저장된 내용은 바뀌지 않음
  5  키체인: OS 키체인이 없거나, 잠겨 있거나, 응답하지 않음
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &apos;evesso token&apos; prints a token. Logins are kept in the OS keychain (service &quot;Capsuleer&quot;, shared with the Capsuleer app), never in a file; a client secret is read only from the variable named by --secret-env.</source>
        <translation>토큰을 출력하는 것은 &apos;evesso token&apos;뿐입니다. 로그인은 OS 키체인(서비스 &quot;Capsuleer&quot;, Capsuleer 앱과 공유)에 보관되며 파일에는 절대 저장되지 않습니다. 클라이언트 시크릿은 --secret-env로 지정한 변수에서만 읽습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evesso: %1</source>
        <translation>evesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;evesso --help&apos; for usage.</source>
        <translation>사용법은 &apos;evesso --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EVE Online SSO from the command line: log characters in, keep their logins in the OS keychain, hand fresh access tokens to scripts.</source>
        <translation>명령줄에서 사용하는 EVE Online SSO: 캐릭터로 로그인하고, 로그인을 OS 키체인에 보관하며, 스크립트에 새 액세스 토큰을 넘겨줍니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see below).</source>
        <translation>실행할 명령(아래 참고).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>명령이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../app/evesso/GlobalOptions.cpp" line="+29"/>
        <source>Server: tranquility (default), serenity or singularity; with --discovery-url, any name for that server (it keeps its own characters).</source>
        <translation>서버: tranquility(기본값), serenity 또는 singularity. --discovery-url과 함께 쓰면 해당 서버의 임의 이름(서버마다 캐릭터를 따로 보관함).</translation>
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
        <translation>메타데이터 문서가 &lt;url&gt;에 있는 인증 서버를 사용합니다(호환되는 모든 OAuth 2.0 서버, 예: 오프라인 에뮬레이터).</translation>
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
        <translation>ESI 기본 URL(기본값: 프로필의 URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id of your application at EVE&apos;s developer site (default: $EVESSO_CLIENT_ID).</source>
        <translation>EVE 개발자 사이트에 있는 애플리케이션의 Client ID(기본값: $EVESSO_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a client secret from environment variable &lt;name&gt; (a confidential application). Secrets are never accepted on the command line.</source>
        <translation>환경 변수 &lt;name&gt;에서 클라이언트 시크릿을 읽습니다(기밀 애플리케이션). 시크릿은 명령줄에서 절대 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback URL registered for the application (default: http://localhost:47813/callback).</source>
        <translation>애플리케이션에 등록된 콜백 URL(기본값: http://localhost:47813/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space-separated scopes to request at login (default: &quot;%1&quot;).</source>
        <translation>로그인할 때 요청할 스코프, 공백으로 구분(기본값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-Agent sent to the servers; CCP asks for a name, a version and a contact.</source>
        <translation>서버로 보내는 User-Agent. CCP는 이름, 버전, 연락처를 요청합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept tokens whose &apos;iss&apos; is &lt;issuer&gt; (repeatable) instead of the server&apos;s own issuer.</source>
        <translation>서버 자체의 발급자 대신 &apos;iss&apos;가 &lt;issuer&gt;인 토큰을 허용합니다(반복 가능).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require &lt;audience&gt; in the tokens&apos; &apos;aud&apos; (repeatable) instead of the client id and &quot;EVE Online&quot;.</source>
        <translation>Client ID와 &quot;EVE Online&quot; 대신 토큰의 &apos;aud&apos;에 &lt;audience&gt;가 있어야 합니다(반복 가능).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print results (and errors, on standard error) as JSON.</source>
        <translation>결과(및 표준 오류로 오류)를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library&apos;s log messages on standard error.</source>
        <translation>라이브러리의 로그 메시지를 표준 오류에 표시합니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--discovery-url needs an http(s) URL.</source>
        <translation>--discovery-url에는 http(s) URL이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profile must be a simple name.</source>
        <translation>--profile은 단순한 이름이어야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown profile &quot;%1&quot;: use tranquility, serenity or singularity, or give --discovery-url.</source>
        <translation>알 수 없는 프로필 &quot;%1&quot;: tranquility, serenity 또는 singularity를 사용하거나 --discovery-url을 지정하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--esi-url needs an http(s) URL.</source>
        <translation>--esi-url에는 http(s) URL이 필요합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--secret-env names environment variable &quot;%1&quot;, which is not set or empty.</source>
        <translation>--secret-env가 지정한 환경 변수 &quot;%1&quot;이(가) 설정되지 않았거나 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callback needs an http URL such as http://localhost:47813/callback.</source>
        <translation>--callback에는 http://localhost:47813/callback 같은 http URL이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/evesso/ListCommand.cpp" line="+12"/>
        <source>list takes no arguments.</source>
        <translation>list는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No character is logged in on profile &quot;%1&quot;. Run: evesso login</source>
        <translation>프로필 &quot;%1&quot;에 로그인한 캐릭터가 없습니다. 실행: evesso login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs re-login</source>
        <translation>다시 로그인 필요</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/evesso/LoginCommand.cpp" line="+49"/>
        <source>login takes no arguments.</source>
        <translation>login은 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds (1 or more).</source>
        <translation>--timeout에는 초 단위 숫자(1 이상)가 필요합니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the address above in a browser and log in; waiting for the callback at %1.</source>
        <translation>위 주소를 브라우저에서 열고 로그인하세요. %1에서 콜백을 기다리는 중입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in in your browser. If it did not open, visit:</source>
        <translation>브라우저에서 로그인하세요. 브라우저가 열리지 않았다면 다음 주소로 이동하세요:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start a browser. Visit:</source>
        <translation>브라우저를 시작할 수 없습니다. 다음 주소로 이동하세요:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 changed hands since the last login (the owner hash differs).</source>
        <translation>%1의 소유자가 마지막 로그인 이후 바뀌었습니다(소유자 해시가 다름).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login was not granted these scopes: %1</source>
        <translation>로그인에 다음 스코프가 허용되지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in %1 (%2) on %3.</source>
        <translation>%3에서 %1(%2)(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../app/evesso/LoginCommand.h" line="+35"/>
        <source>Do not open a browser: print the authorization URL on a line of its own on standard output and wait for the browser to come back to the callback URL.</source>
        <translation>브라우저를 열지 않습니다. 인증 URL을 표준 출력에 한 줄로 출력하고 브라우저가 콜백 URL로 돌아올 때까지 기다립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up after &lt;seconds&gt; without a callback (default 600).</source>
        <translation>콜백 없이 &lt;seconds&gt;초가 지나면 포기합니다(기본값 600).</translation>
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
        <translation>캐릭터 ID 또는 이름.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logout needs exactly one character (id or name).</source>
        <translation>logout에는 캐릭터를 정확히 하나(ID 또는 이름) 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged out %1 (%2).</source>
        <translation>%1(%2)을(를) 로그아웃했습니다.</translation>
    </message>
</context>
<context>
    <name>OneCharacterCommand</name>
    <message>
        <location filename="../app/evesso/OneCharacterCommand.cpp" line="+16"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>캐릭터 ID 또는 이름(로그인한 캐릭터가 하나뿐이면 생략 가능).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes at most one character.</source>
        <extracomment>%1 is the command&apos;s name (token, wallet), kept in English.</extracomment>
        <translation>%1에는 캐릭터를 하나까지만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The login was refreshed, but its new refresh token could not be saved in the keychain; the character may have to log in again.</source>
        <translation>로그인은 갱신되었지만 새 리프레시 토큰을 키체인에 저장하지 못했습니다. 캐릭터로 다시 로그인해야 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../app/evesso/RefreshCommand.cpp" line="+15"/>
        <source>Character id or name (optional when only one is logged in).</source>
        <translation>캐릭터 ID 또는 이름(로그인한 캐릭터가 하나뿐이면 생략 가능).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refresh takes one character, or --all.</source>
        <translation>refresh에는 캐릭터 하나 또는 --all을 지정합니다.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: not refreshed: the character was logged out meanwhile.</source>
        <translation>%1: 갱신되지 않음: 그 사이에 캐릭터가 로그아웃되었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new refresh token could not be saved in the keychain</source>
        <translation>새 리프레시 토큰을 키체인에 저장하지 못했습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): not refreshed: %3</source>
        <translation>%1(%2): 갱신되지 않음: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): refreshed; the access token is valid until %3</source>
        <translation>%1(%2): 갱신됨. 액세스 토큰은 %3까지 유효합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not every login could be refreshed.</source>
        <translation>일부 로그인을 갱신하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/evesso/RefreshCommand.h" line="+27"/>
        <source>Refresh every stored character.</source>
        <translation>저장된 모든 캐릭터를 갱신합니다.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/evesso/VerifyCommand.cpp" line="+17"/>
        <source>The access token, or - (or nothing) to read it from standard input.</source>
        <translation>액세스 토큰. - 이거나 생략하면 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify takes one token.</source>
        <translation>verify에는 토큰 하나를 지정합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token: give it as an argument or on standard input.</source>
        <translation>토큰이 없습니다. 인수나 표준 입력으로 전달하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs --client-id (or EVESSO_CLIENT_ID) or --audience.</source>
        <translation>verify에는 --client-id(또는 EVESSO_CLIENT_ID)나 --audience가 필요합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a usable key set: %2</source>
        <translation>%1은(는) 사용할 수 있는 키 세트가 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token did not verify: %1</source>
        <translation>토큰을 확인하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character:  %1 (%2)</source>
        <translation>캐릭터:      %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash: %1</source>
        <translation>소유자 해시: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:     %1</source>
        <translation>스코프:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:    %1</source>
        <translation>만료:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:     %1</source>
        <translation>발급자:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:  %1</source>
        <translation>Client ID:   %1</translation>
    </message>
    <message>
        <location filename="../app/evesso/VerifyCommand.h" line="+28"/>
        <source>Verify offline against the JSON Web Key Set in &lt;file&gt; instead of the server&apos;s published keys.</source>
        <translation>서버가 게시한 키 대신 &lt;file&gt;의 JSON Web Key Set으로 오프라인에서 확인합니다.</translation>
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
        <translation>ESI에 요청할 수 없었습니다(%1). 마지막으로 알려진 잔액입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): %3 ISK</source>
        <translation>%1(%2): %3 ISK</translation>
    </message>
</context>
</TS>
