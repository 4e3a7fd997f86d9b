<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>EveSso::AccountManager</name>
    <message>
        <location filename="../lib/src/accounts/AccountManager.cpp" line="+531"/>
        <source>No such character.</source>
        <translation>그런 캐릭터가 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1) nor revoked at EVE&apos;s login server (%2). Remove the character again once the keychain is available.</source>
        <translation>캐릭터를 유지했습니다: 로그인을 키체인에서 삭제하지 못했고(%1) EVE 로그인 서버에서 취소하지도 못했습니다(%2). 키체인을 사용할 수 있게 되면 캐릭터를 다시 제거하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character was kept: its login could not be deleted from the keychain (%1). The login itself was revoked at EVE&apos;s login server. Remove the character again once the keychain is available.</source>
        <translation>캐릭터를 유지했습니다: 로그인을 키체인에서 삭제하지 못했습니다(%1). 로그인 자체는 EVE 로그인 서버에서 취소되었습니다. 키체인을 사용할 수 있게 되면 캐릭터를 다시 제거하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The character was removed from this computer, but its login could not be revoked at EVE&apos;s login server (%1). You can revoke it on EVE&apos;s support site under third-party applications.</source>
        <translation>캐릭터를 이 컴퓨터에서 제거했지만, EVE 로그인 서버에서 로그인을 취소하지 못했습니다(%1). EVE 고객 지원 사이트의 타사 애플리케이션 항목에서 직접 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterSession</name>
    <message>
        <location filename="../lib/src/accounts/CharacterSession.cpp" line="+159"/>
        <source>No keychain is set up.</source>
        <translation>키체인이 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No login is stored in the keychain for this character (it may have been logged out in another program). Log the character in again.</source>
        <translation>이 캐릭터의 로그인이 키체인에 저장되어 있지 않습니다(다른 프로그램에서 로그아웃되었을 수 있습니다). 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+50"/>
        <source>No token client is set up.</source>
        <translation>토큰 클라이언트가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The login works, but it could not be stored in the keychain; it will be tried again. Until then it lasts only while the app runs.</source>
        <translation>로그인은 유효하지만 키체인에 저장하지 못했습니다. 저장을 다시 시도합니다. 그때까지는 앱이 실행되는 동안에만 유지됩니다.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No login was stored for this character.</source>
        <translation>이 캐릭터에 저장된 로그인이 없었습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::CharacterStore</name>
    <message>
        <location filename="../lib/src/accounts/CharacterRecord.cpp" line="+211"/>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>&quot;%1&quot; 필드의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no valid character id</source>
        <translation>유효한 캐릭터 ID가 없습니다</translation>
    </message>
    <message>
        <location filename="../lib/src/accounts/CharacterStore.cpp" line="+40"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1의 JSON이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level is not a JSON object</source>
        <translation>최상위 항목이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid schema version</source>
        <translation>유효한 스키마 버전이 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list of characters</source>
        <translation>캐릭터 목록이 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an entry is not a JSON object</source>
        <translation>JSON 객체가 아닌 항목이 있습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 was written by a newer version of this program (format %2; this version understands up to %3). It was left untouched and will not be overwritten: update the program to see your characters.</source>
        <translation>캐릭터 목록 %1은(는) 이 프로그램의 최신 버전이 작성한 것입니다(형식 %2, 이 버전은 형식 %3까지만 이해합니다). 파일은 그대로 두었으며 덮어쓰지 않습니다. 캐릭터를 보려면 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The character list %1 could not be read (%2). It was left untouched; fix its permissions and start the program again.</source>
        <translation>캐릭터 목록 %1을(를) 읽을 수 없습니다(%2). 파일은 그대로 두었습니다. 파일 권한을 수정한 뒤 프로그램을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No character could be read from it.</source>
        <translation>파일에서 캐릭터를 하나도 읽지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) could still be read from it.</source>
        <translation>
            <numerusform>파일에서 캐릭터 %n명은 읽을 수 있었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 Characters missing from the list can be added again by logging in.</source>
        <translation>캐릭터 목록이 손상되었습니다(%1). 아무것도 잃지 않도록 %2(으)로 보관했습니다. %3 목록에 없는 캐릭터는 다시 로그인하면 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list %1 is damaged (%2) and could not be moved aside (%3). It was left untouched and will not be overwritten. %4</source>
        <translation>캐릭터 목록 %1이(가) 손상되었고(%2) 다른 곳으로 옮기지 못했습니다(%3). 파일은 그대로 두었으며 덮어쓰지 않습니다. %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The character list %1 exists but could not be read (%2), so it was not overwritten.</source>
        <translation>캐릭터 목록 %1이(가) 있지만 읽을 수 없어서(%2) 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character list %1 is damaged and could not be moved aside (%2), so it was not overwritten.</source>
        <translation>캐릭터 목록 %1이(가) 손상되었고 다른 곳으로 옮기지 못해서(%2) 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The character list %1 is locked by another program (%2), so it was not saved.</source>
        <translation>캐릭터 목록 %1이(가) 다른 프로그램에 의해 잠겨 있어(%2) 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created, so the character list was not saved.</source>
        <translation>폴더 %1을(를) 만들 수 없어서 캐릭터 목록을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The character list %1 could not be saved (%2).</source>
        <translation>캐릭터 목록 %1을(를) 저장하지 못했습니다(%2).</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiClient</name>
    <message>
        <location filename="../lib/src/esi/EsiClient.cpp" line="+193"/>
        <location line="+45"/>
        <source>No character id was given.</source>
        <translation>캐릭터 ID가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No corporation id was given.</source>
        <translation>코퍼레이션 ID가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alliance id was given.</source>
        <translation>얼라이언스 ID가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+18"/>
        <source>No character session was given.</source>
        <translation>캐릭터 세션이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A portrait needs a character id and a size that is a power of two from 32 to 1024.</source>
        <translation>초상화에는 캐릭터 ID와, 32에서 1024 사이의 2의 거듭제곱 크기가 필요합니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the portrait in %1.</source>
        <translation>초상화를 %1에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An ESI path starts with &apos;/&apos;.</source>
        <translation>ESI 경로는 &apos;/&apos;로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../lib/src/esi/EsiErrorText.cpp" line="+21"/>
        <source>EVE&apos;s image server</source>
        <translation>EVE 이미지 서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVE&apos;s ESI server</source>
        <translation>EVE ESI 서버</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>%1가 제때 응답하지 않았습니다. 인터넷 연결을 확인하세요. 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach %1 (%2). Check your internet connection; the request will be tried again.</source>
        <translation>%1에 연결할 수 없습니다(%2). 인터넷 연결을 확인하세요. 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESI is refusing requests for a moment because too many of them failed (error limit). Requests resume when the limit resets.</source>
        <translation>실패한 요청이 너무 많아 ESI가 잠시 요청을 거부하고 있습니다(오류 한도). 한도가 초기화되면 요청을 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI asked for fewer requests (rate limit). The data will be updated a little later.</source>
        <translation>ESI가 요청을 줄여 달라고 했습니다(속도 제한). 데이터는 조금 뒤에 업데이트됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data will be updated when the servers are back.</source>
        <translation>EVE는 일일 점검(다운타임) 중입니다(11:00 UTC부터, 보통 약 15분). 서버가 돌아오면 데이터가 업데이트됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem (HTTP %2). The request will be tried again later.</source>
        <translation>%1에 문제가 있습니다(HTTP %2). 나중에 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server has no such picture.</source>
        <translation>이미지 서버에 해당 이미지가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI does not know this character, corporation, alliance or page.</source>
        <translation>ESI가 이 캐릭터, 코퍼레이션, 얼라이언스 또는 페이지를 알지 못합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI did not accept this character&apos;s login, even after getting a new token. If it keeps happening, log the character in again.</source>
        <translation>새 토큰을 받은 뒤에도 ESI가 이 캐릭터의 로그인을 받아들이지 않았습니다. 계속 발생하면 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ESI refused this character&apos;s access token. Check that the computer&apos;s clock is right, then log the character in again if it keeps happening.</source>
        <translation>ESI가 이 캐릭터의 액세스 토큰을 거부했습니다. 컴퓨터 시계가 정확한지 확인하고, 계속 발생하면 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This character&apos;s login does not allow reading this data. Log the character in again and grant the requested permissions.</source>
        <translation>이 캐릭터의 로그인으로는 이 데이터를 읽을 권한이 없습니다. 캐릭터로 다시 로그인하고 요청된 권한을 허용하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESI rejected the request (HTTP %1).</source>
        <translation>ESI가 요청을 거부했습니다(HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ESI sent an answer that cannot be read. The request will be tried again later.</source>
        <translation>ESI가 읽을 수 없는 응답을 보냈습니다. 나중에 요청을 다시 시도합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was still not done answering after %n second(s), so the request was stopped. The request will be tried again later.</source>
        <translation>
            <numerusform>%1이(가) %n초가 지나도 응답을 끝내지 않아 요청을 중단했습니다. 나중에 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an answer larger than %2, so it was not read. The request will be tried again later.</source>
        <translation>%1이(가) %2보다 큰 응답을 보내 읽지 않았습니다. 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This character&apos;s login is no longer valid. Log the character in again.</source>
        <translation>이 캐릭터의 로그인이 더 이상 유효하지 않습니다. 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not get an access token for this character: %1</source>
        <translation>이 캐릭터의 액세스 토큰을 가져오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>EveSso::EsiTransport</name>
    <message>
        <location filename="../lib/src/esi/EsiTransport.cpp" line="+191"/>
        <source>The character&apos;s session was closed.</source>
        <translation>캐릭터의 세션이 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ESI client has no network access.</source>
        <translation>ESI 클라이언트에 네트워크 접근 권한이 없습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::JsonWebKeySet</name>
    <message>
        <location filename="../lib/src/jwt/JsonWebKeySet.cpp" line="+41"/>
        <source>The EVE login server&apos;s signing keys could not be read: the answer is not a JSON Web Key Set. Check the SSO address in the settings and try again later.</source>
        <translation>EVE 로그인 서버의 서명 키를 읽을 수 없습니다. 응답이 JSON Web Key Set이 아닙니다. 설정에서 SSO 주소를 확인하고 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The EVE login server published no signing key this program can use (RSA of at least 2048 bits, or EC P-256), so no login can be checked. Try again later; if this persists, update this program.</source>
        <translation>EVE 로그인 서버가 이 프로그램이 사용할 수 있는 서명 키(2048비트 이상의 RSA 또는 EC P-256)를 게시하지 않아 로그인을 확인할 수 없습니다. 나중에 다시 시도하고, 문제가 계속되면 이 프로그램을 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>EveSso::JwtVerifier</name>
    <message>
        <location filename="../lib/src/jwt/ClaimsValidator.cpp" line="+81"/>
        <source>it has no expiry time (exp)</source>
        <translation>만료 시간(exp)이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its expiry time (exp) is not a number of seconds</source>
        <translation>만료 시간(exp)이 초 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its not-before time (nbf) is not a number of seconds</source>
        <translation>유효 시작 시각(nbf)이 초 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its issuer (iss) is not a text</source>
        <translation>발급자(iss)가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of its text claims is not a text</source>
        <translation>텍스트 클레임 중 하나가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its scopes (scp) are neither a text nor a list of texts</source>
        <translation>스코프(scp)가 텍스트도 텍스트 목록도 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience (aud) is neither a text nor a list of texts</source>
        <translation>대상(aud)이 텍스트도 텍스트 목록도 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its subject (sub) is not a text</source>
        <translation>주체(sub)가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its issue time (iat) is not a number of seconds</source>
        <translation>발급 시간(iat)이 초 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtMessages.cpp" line="+22"/>
        <source>The login token is larger than %1 bytes, far larger than any EVE login token, and was refused unread. Log in again; if this repeats, report it.</source>
        <translation>로그인 토큰이 %1바이트보다 커서, 어떤 EVE 로그인 토큰보다도 훨씬 크기 때문에 읽지 않고 거부했습니다. 다시 로그인하세요. 다시 발생하면 신고해 주세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is damaged: %1. Log in again; if this repeats, the login server or this program may have changed, so please report it.</source>
        <translation>로그인 토큰이 손상되었습니다: %1. 다시 로그인하세요. 다시 발생하면 로그인 서버나 이 프로그램이 바뀌었을 수 있으니 신고해 주세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token is signed with an algorithm this program does not accept (only RS256 and ES256 are). It was refused as a possible forgery; log in again.</source>
        <translation>로그인 토큰이 이 프로그램이 허용하지 않는 알고리즘으로 서명되었습니다(RS256과 ES256만 허용). 위조 가능성이 있어 거부했습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token&apos;s signing algorithm does not match the key it names. It was refused as a possible forgery; log in again.</source>
        <translation>로그인 토큰의 서명 알고리즘이 토큰이 지정한 키와 맞지 않습니다. 위조 가능성이 있어 거부했습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token requires header extensions (&quot;crit&quot;) this program does not support. Log in again; if this repeats, this program may need an update.</source>
        <translation>로그인 토큰이 이 프로그램이 지원하지 않는 헤더 확장(&quot;crit&quot;)을 요구합니다. 다시 로그인하세요. 다시 발생하면 이 프로그램을 업데이트해야 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server has not published (or that was not loaded yet). Try again in a few minutes; if this repeats, log in again.</source>
        <translation>로그인 토큰이 EVE 로그인 서버가 게시하지 않은(또는 아직 불러오지 않은) 키로 서명되었습니다. 몇 분 뒤에 다시 시도하고, 다시 발생하면 다시 로그인하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The login token was signed with a key the EVE login server does not publish, even after its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token may not come from EVE&apos;s login server.</source>
        <translation>
            <numerusform>로그인 토큰이 EVE 로그인 서버가 게시하지 않는 키로 서명되었습니다. 서버의 키는 %n분 이내에 다시 불러왔습니다. 다시 로그인하세요. 다시 발생하면 이 토큰은 EVE 로그인 서버에서 발급된 것이 아닐 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The EVE login server&apos;s signing keys could not be loaded, so the login cannot be checked: %1 Check the internet connection and try again.</source>
        <translation>EVE 로그인 서버의 서명 키를 불러오지 못해 로그인을 확인할 수 없습니다: %1 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token&apos;s signature is not valid: the token was altered or was not issued by the EVE login server. Log in again.</source>
        <translation>로그인 토큰의 서명이 유효하지 않습니다. 토큰이 변조되었거나 EVE 로그인 서버가 발급한 것이 아닙니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token expired at %1 UTC (this computer&apos;s clock says %2 UTC). Refresh it or log in again; if it was issued just now, your computer&apos;s clock may be wrong: check its date, time and time zone.</source>
        <translation>로그인 토큰이 %1 UTC에 만료되었습니다(이 컴퓨터의 시계는 %2 UTC). 토큰을 갱신하거나 다시 로그인하세요. 방금 발급된 토큰이라면 컴퓨터 시계가 틀렸을 수 있으니 날짜, 시간, 시간대를 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token is not valid before %1 UTC (this computer&apos;s clock says %2 UTC). If it was issued just now, your computer&apos;s clock may be behind: check its date, time and time zone.</source>
        <translation>로그인 토큰은 %1 UTC 이전에는 유효하지 않습니다(이 컴퓨터의 시계는 %2 UTC). 방금 발급된 것이라면 컴퓨터 시계가 늦을 수 있습니다. 날짜, 시간, 시간대를 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login token was not issued by the expected login server (%1). Check that this program uses the same EVE server (Tranquility or Singularity) you logged in to.</source>
        <translation>로그인 토큰이 예상한 로그인 서버(%1)에서 발급되지 않았습니다. 이 프로그램이 로그인한 것과 같은 EVE 서버(Tranquility 또는 Singularity)를 사용하는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login token was issued for another application, not for this one (client id %1). Log in again through this program.</source>
        <translation>로그인 토큰이 이 애플리케이션이 아닌 다른 애플리케이션용으로 발급되었습니다(Client ID %1). 이 프로그램을 통해 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login token is not meant for &quot;%1&quot; (it is missing from the token&apos;s audience). Log in again through this program, and check the configured audiences.</source>
        <translation>로그인 토큰이 &quot;%1&quot;용이 아닙니다(토큰의 대상에 없습니다). 이 프로그램을 통해 다시 로그인하고, 설정된 대상을 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No EVE client id is configured, so the login token cannot be checked. Set the client id of your EVE application in the settings.</source>
        <translation>EVE Client ID가 설정되지 않아 로그인 토큰을 확인할 수 없습니다. 설정에 EVE 애플리케이션의 Client ID를 입력하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token is not for an EVE character (its subject is not of the form CHARACTER:EVE:&lt;id&gt;). Log in with a character.</source>
        <translation>로그인 토큰이 EVE 캐릭터용이 아닙니다(주체가 CHARACTER:EVE:&lt;id&gt; 형식이 아닙니다). 캐릭터로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login token was issued to another application, not to this one (client id %1). Log in again through this program.</source>
        <translation>로그인 토큰이 이 애플리케이션이 아닌 다른 애플리케이션에 발급되었습니다(Client ID %1). 이 프로그램을 통해 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../lib/src/jwt/JwtVerifier.cpp" line="+64"/>
        <source>it does not have exactly three parts</source>
        <translation>정확히 세 부분으로 이루어져 있지 않습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header is not valid base64url</source>
        <translation>헤더가 유효한 base64url이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is not a JSON object</source>
        <translation>헤더가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header names no algorithm</source>
        <translation>헤더에 알고리즘이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its header names no signing key</source>
        <translation>헤더에 서명 키가 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of its parts is empty</source>
        <translation>비어 있는 부분이 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part is not valid base64url</source>
        <translation>유효한 base64url이 아닌 부분이 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its claims are not a JSON object</source>
        <translation>클레임이 JSON 객체가 아닙니다</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginFlow</name>
    <message>
        <location filename="../lib/src/sso/LoginFlow.cpp" line="+129"/>
        <source>EVE&apos;s login answer carried no authorization code. Start the login again.</source>
        <translation>EVE의 로그인 응답에 인증 코드가 없습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login could not be completed because EVE&apos;s login server did not answer properly (%1). Start the login again.</source>
        <translation>EVE 로그인 서버가 제대로 응답하지 않아 로그인을 완료하지 못했습니다(%1). 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>연결 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login was cancelled in the browser.</source>
        <translation>브라우저에서 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EVE&apos;s login server refused the login (%1). Check the application&apos;s callback URL and scopes at EVE&apos;s developer site.</source>
        <translation>EVE 로그인 서버가 로그인을 거부했습니다(%1). EVE 개발자 사이트에서 애플리케이션의 콜백 URL과 스코프를 확인하세요.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token validator is set.</source>
        <translation>토큰 검증기가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login could not be verified: %1</source>
        <translation>로그인을 확인하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logged in, but this login was for another character. In the browser, pick the character you meant to log in again.</source>
        <translation>%1(으)로 로그인했지만, 이 로그인은 다른 캐릭터를 위한 것이었습니다. 브라우저에서 다시 로그인하려던 캐릭터를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The login timed out: no answer came from the browser within %n second(s). Start the login again.</source>
        <translation>
            <numerusform>로그인 시간이 초과되었습니다: %n초 안에 브라우저에서 응답이 없었습니다. 로그인을 다시 시작하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The login timed out: no answer came from the browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>로그인 시간이 초과되었습니다. %n분 안에 브라우저에서 응답이 오지 않았습니다. 로그인을 다시 시작하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client id is configured. Register an application at EVE&apos;s developer site and enter its client id in the settings.</source>
        <translation>Client ID가 설정되지 않았습니다. EVE 개발자 사이트에서 애플리케이션을 등록하고 설정에 그 Client ID를 입력하세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoginLock</name>
    <message>
        <location filename="../lib/src/accounts/LoginLock.cpp" line="+54"/>
        <source>The folder %1 for the logins&apos; locks could not be created.</source>
        <translation>로그인 잠금용 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock file %1 could not be created.</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Another program has been using this character&apos;s login for %n second(s) and has not finished. Try again in a moment.</source>
        <translation>
            <numerusform>다른 프로그램이 이 캐릭터의 로그인을 %n초 동안 사용 중이며 아직 끝나지 않았습니다. 잠시 후 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveSso::LoginMigration</name>
    <message>
        <location filename="../lib/src/accounts/LoginMigration.cpp" line="+184"/>
        <source>%1 could not be renamed after its characters were taken in.</source>
        <translation>캐릭터를 가져온 뒤 %1의 이름을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/src/sso/LoopbackReplyHandler.cpp" line="+52"/>
        <source>Login received</source>
        <translation>로그인 수신됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are logged in. You can close this tab and return to %1.</source>
        <translation>로그인되었습니다. 이 탭을 닫고 %1(으)로 돌아가세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The callback URL must be http://localhost:&lt;port&gt;/&lt;path&gt; or use 127.0.0.1 or [::1]; other hosts cannot receive the login on this computer.</source>
        <translation>콜백 URL은 http://localhost:&lt;port&gt;/&lt;path&gt; 형식이거나 127.0.0.1 또는 [::1]을 사용해야 합니다. 다른 호스트로는 이 컴퓨터에서 로그인을 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port %1 is already in use by another program, perhaps another copy of %2 or another EVE tool. Close that program, or choose another callback port in the settings and register the new callback URL for your application at EVE&apos;s developer site.</source>
        <translation>포트 %1을(를) 다른 프로그램이 이미 사용 중입니다. %2의 다른 사본이나 다른 EVE 도구일 수 있습니다. 그 프로그램을 닫거나, 설정에서 다른 콜백 포트를 선택한 뒤 EVE 개발자 사이트에서 애플리케이션에 새 콜백 URL을 등록하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for the login on port %1: %2</source>
        <translation>포트 %1에서 로그인을 기다릴 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The login answer carried no state, so it cannot be trusted. Start the login again.</source>
        <translation>로그인 응답에 state가 없어서 신뢰할 수 없습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login answer does not belong to the login %1 started (its state does not match). Start the login again.</source>
        <translation>이 로그인 응답은 %1이(가) 시작한 로그인의 것이 아닙니다(state가 일치하지 않습니다). 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bad request</source>
        <translation>잘못된 요청</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>This address only receives EVE&apos;s login answer.</source>
        <translation>이 주소는 EVE의 로그인 응답만 받습니다.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not allowed</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login not accepted</source>
        <translation>로그인이 수락되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login answer does not belong to the login %1 is waiting for, so it was ignored. If you are logging in, finish on the newest login page %1 opened.</source>
        <translation>이 로그인 응답은 %1이(가) 기다리는 로그인의 것이 아니므로 무시되었습니다. 로그인 중이라면 %1이(가) 가장 최근에 연 로그인 페이지에서 완료하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login cancelled</source>
        <translation>로그인 취소됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login was cancelled or refused (%1). You can close this tab and return to %2.</source>
        <translation>로그인이 취소되었거나 거부되었습니다(%1). 이 탭을 닫고 %2(으)로 돌아가세요.</translation>
    </message>
</context>
<context>
    <name>EveSso::SecretStore</name>
    <message>
        <location filename="../lib/src/accounts/SecretStore.cpp" line="+32"/>
        <source>No keychain service is available, so logins cannot be kept between starts. Install and start a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the program again. (Details: %1)</source>
        <translation>키체인 서비스를 사용할 수 없어 다음 실행까지 로그인을 유지할 수 없습니다. GNOME Keyring이나 KWallet 같은 Secret Service를 설치하고 실행한 뒤(예: apt install gnome-keyring libsecret-1-0), 데스크톱 세션이 D-Bus 세션 버스를 제공하는지 확인하고 프로그램을 다시 시작하세요. (자세한 정보: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain service is running but has no default keyring to store logins in. Create one (for example in &quot;Passwords and Keys&quot; / Seahorse, or by logging in to a desktop session that unlocks GNOME Keyring), then try again. (Details: %1)</source>
        <translation>키체인 서비스는 실행 중이지만 로그인을 저장할 기본 키링이 없습니다. 키링을 만든 뒤(예: &quot;암호 및 키&quot; / Seahorse에서 만들거나, GNOME Keyring의 잠금을 해제하는 데스크톱 세션에 로그인) 다시 시도하세요. (자세한 정보: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is locked or refused access. Unlock your keyring (for example in &quot;Passwords and Keys&quot; / Seahorse, or KWallet Manager), allow access for this program, and try again. (Details: %1)</source>
        <translation>키체인이 잠겨 있거나 접근을 거부했습니다. 키링의 잠금을 해제하고(예: &quot;암호 및 키&quot; / Seahorse 또는 KWallet 관리자), 이 프로그램의 접근을 허용한 뒤 다시 시도하세요. (자세한 정보: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.</source>
        <translation>
            <numerusform>키체인이 %n초 안에 응답하지 않았습니다. 잠금 해제를 기다리고 있거나 Secret Service(GNOME Keyring 또는 KWallet)가 멈췄을 수 있습니다. 잠금을 해제하거나 다시 시작한 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no details</source>
        <translation>자세한 정보 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved login was found in the keychain for this character. Log in with the character again.</source>
        <translation>키체인에서 이 캐릭터의 저장된 로그인을 찾지 못했습니다. 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The keychain reported an error: %1</source>
        <translation>키체인에서 오류를 보고했습니다: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An empty refresh token cannot be stored.</source>
        <translation>빈 리프레시 토큰은 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid keychain entry: a server profile and a character id are required.</source>
        <translation>잘못된 키체인 항목입니다. 서버 프로필과 캐릭터 ID가 필요합니다.</translation>
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
        <translation>SSO의 서명 키(JWKS)에 사용할 수 있는 키가 없습니다%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load %1: the answer is larger than %2, far more than the SSO sends.</source>
        <translation>%1을(를) 불러오지 못했습니다: 응답이 %2보다 커서 SSO가 보내는 양을 훨씬 넘습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server took too long to answer. Check your internet connection.</source>
        <translation>%1을(를) 불러오지 못했습니다: 서버 응답이 너무 오래 걸렸습니다. 인터넷 연결을 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load %1: %2. Check your internet connection.</source>
        <translation>%1을(를) 불러오지 못했습니다: %2. 인터넷 연결을 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load %1: the server answered HTTP %2.</source>
        <translation>%1을(를) 불러오지 못했습니다: 서버가 HTTP %2(으)로 응답했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: the answer is not a JSON object.</source>
        <translation>%1을(를) 불러오지 못했습니다: 응답이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SSO&apos;s metadata from %1</source>
        <translation>%1의 SSO 메타데이터</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the SSO&apos;s signing keys</source>
        <translation>SSO의 서명 키</translation>
    </message>
</context>
<context>
    <name>EveSso::SsoEndpoints</name>
    <message>
        <location filename="../lib/src/sso/SsoEndpoints.cpp" line="+42"/>
        <source>The SSO&apos;s metadata document has no valid &quot;%1&quot;. Check the server profile&apos;s discovery URL.</source>
        <translation>SSO의 메타데이터 문서에 유효한 &quot;%1&quot;이(가) 없습니다. 서버 프로필의 디스커버리 URL을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenClient</name>
    <message>
        <location filename="../lib/src/sso/TokenClient.cpp" line="+82"/>
        <source>The SSO&apos;s endpoints are not known yet.</source>
        <translation>SSO의 엔드포인트를 아직 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EVE&apos;s login server refused the authorization code (it expired, was already used, or does not match this login). Start the login again.</source>
        <translation>EVE 로그인 서버가 인증 코드를 거부했습니다(만료되었거나, 이미 사용되었거나, 이 로그인과 일치하지 않습니다). 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no refresh token for this login. Log the character in again.</source>
        <translation>이 로그인에는 리프레시 토큰이 없습니다. 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>취소할 토큰이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SSO has no revocation endpoint; the login was removed locally only.</source>
        <translation>이 SSO에는 취소 엔드포인트가 없어 로그인은 이 컴퓨터에서만 제거되었습니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenReply</name>
    <message>
        <location filename="../lib/src/sso/TokenReply.cpp" line="+25"/>
        <source>EVE&apos;s login server did not answer in time. Check your internet connection; the request will be tried again.</source>
        <translation>EVE 로그인 서버가 제때 응답하지 않았습니다. 인터넷 연결을 확인하세요. 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach EVE&apos;s login server (%1). Check your internet connection; the request will be tried again.</source>
        <translation>EVE 로그인 서버에 연결할 수 없습니다(%1). 인터넷 연결을 확인하세요. 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EVE&apos;s login server no longer accepts this character&apos;s login (it was revoked, expired after 30 days unused, or the account password changed). Log the character in again.</source>
        <translation>EVE 로그인 서버가 이 캐릭터의 로그인을 더 이상 받아들이지 않습니다(취소되었거나, 30일 동안 사용하지 않아 만료되었거나, 계정 비밀번호가 변경되었습니다). 캐릭터로 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected this application&apos;s client id or secret. Check the client id in the settings against your application at EVE&apos;s developer site.</source>
        <translation>EVE 로그인 서버가 이 애플리케이션의 Client ID 또는 시크릿을 거부했습니다. 설정의 Client ID를 EVE 개발자 사이트의 애플리케이션과 비교해 보세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server rejected the request (%1). Check the application&apos;s scopes and callback URL at EVE&apos;s developer site.</source>
        <translation>EVE 로그인 서버가 요청을 거부했습니다(%1). EVE 개발자 사이트에서 애플리케이션의 스코프와 콜백 URL을 확인하세요.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>EVE&apos;s login server sent a far larger answer than a token, so it was not read. The request can be tried again later.</source>
        <translation>EVE 로그인 서버가 토큰보다 훨씬 큰 응답을 보내 읽지 않았습니다. 나중에 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EVE&apos;s login server took too long to answer, so the request was stopped. Check your internet connection and try again.</source>
        <translation>EVE 로그인 서버의 응답이 너무 오래 걸려 요청을 중단했습니다. 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EVE&apos;s login server has a problem (HTTP %1); it may be in its daily downtime. The request will be tried again.</source>
        <translation>EVE 로그인 서버에 문제가 있습니다(HTTP %1). 일일 점검 중일 수 있습니다. 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EVE&apos;s login server sent an answer that cannot be understood (HTTP %1). The request will be tried again.</source>
        <translation>EVE 로그인 서버가 이해할 수 없는 응답을 보냈습니다(HTTP %1). 요청을 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>EveSso::TokenValidator</name>
    <message>
        <location filename="../lib/src/jwt/TokenValidator.cpp" line="+85"/>
        <source>The key server gave no reason.</source>
        <translation>키 서버가 이유를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key provider was shut down.</source>
        <translation>키 공급자가 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key provider is configured.</source>
        <translation>키 공급자가 설정되지 않았습니다.</translation>
    </message>
</context>
</TS>
