<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/capsuleer/AboutDialog.cpp" line="+10"/>
        <source>EVE Online and the EVE logo are the registered trademarks of CCP hf. All rights are reserved worldwide. All other trademarks are the property of their respective owners. EVE Online, the EVE logo, EVE and all associated logos and designs are the intellectual property of CCP hf. All artwork, screenshots, characters, vehicles, storylines, world facts or other recognizable features of the intellectual property relating to these trademarks are likewise the intellectual property of CCP hf. CCP hf. has granted permission to Capsuleer to use EVE Online and all associated logos and designs for promotional and information purposes but does not endorse, and is not in any way affiliated with, Capsuleer. CCP is in no way responsible for the content on or functioning of this program, nor can it be liable for any damage arising from the use of this program.</source>
        <translation>EVE Online과 EVE 로고는 CCP hf.의 등록 상표입니다. 전 세계 모든 권리 보유. 그 밖의 모든 상표는 각 소유자의 재산입니다. EVE Online, EVE 로고, EVE 및 관련된 모든 로고와 디자인은 CCP hf.의 지적 재산입니다. 이 상표와 관련된 지적 재산의 모든 아트워크, 스크린샷, 캐릭터, 탈것, 스토리, 세계관 및 기타 식별 가능한 특징 역시 CCP hf.의 지적 재산입니다. CCP hf.는 Capsuleer가 홍보 및 정보 제공 목적으로 EVE Online과 관련된 모든 로고와 디자인을 사용하도록 허가했지만, Capsuleer를 보증하지 않으며 어떠한 방식으로도 제휴 관계가 없습니다. CCP는 이 프로그램의 내용이나 작동에 대해 어떠한 책임도 지지 않으며, 이 프로그램의 사용으로 인해 발생하는 어떠한 손해에 대해서도 책임지지 않습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Capsuleer</source>
        <translation>Capsuleer 정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capsuleer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs your EVE Online characters in through EVE SSO and keeps them logged in. Refresh tokens stay in your system&apos;s keychain.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later; the EveSso library under the MIT license.</source>
        <translation>EVE SSO를 통해 EVE Online 캐릭터로 로그인하고 로그인 상태를 유지합니다. 리프레시 토큰은 시스템 키체인에 보관됩니다.&lt;br&gt;GNU General Public License 버전 3 이상으로 배포되며, EveSso 라이브러리는 MIT 라이선스로 배포됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCP copyright notice</source>
        <translation>CCP 저작권 고지</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <location filename="../app/capsuleer/AppCore.cpp" line="+72"/>
        <source>The offline demo could not create its temporary folder: %1</source>
        <translation>오프라인 데모가 임시 폴더를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/capsuleer/AppSettings.cpp" line="+70"/>
        <source>Custom server (%1)</source>
        <translation>사용자 지정 서버(%1)</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../app/capsuleer/CharacterListModel.cpp" line="+16"/>
        <source>%1, %2, wallet %3, %4</source>
        <translation>%1, %2, 지갑 %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corporation unknown</source>
        <translation>코퍼레이션 알 수 없음</translation>
    </message>
</context>
<context>
    <name>CharacterStatus</name>
    <message>
        <location filename="../app/capsuleer/CharacterStatus.cpp" line="+19"/>
        <source>Needs re-login</source>
        <translation>다시 로그인 필요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s login server no longer accepts this login (it expired, was revoked or the password changed). Log the character in again; nothing else is lost.</source>
        <translation>EVE 로그인 서버가 이 로그인을 더 이상 받아들이지 않습니다(만료되었거나, 취소되었거나, 비밀번호가 변경됨). 캐릭터로 다시 로그인하세요. 다른 것은 잃지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain unavailable</source>
        <translation>키체인 사용 불가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing…</source>
        <translation>갱신 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a fresh login from EVE&apos;s login server.</source>
        <translation>EVE 로그인 서버에서 새 로그인을 받고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVE&apos;s servers cannot be reached; retrying by itself.</source>
        <translation>EVE 서버에 연결할 수 없습니다. 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Retrying by itself.</source>
        <translation>%1 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes</source>
        <translation>스코프 부족</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login lacks %1. Log the character in again to grant them.</source>
        <translation>이 로그인에는 %1이(가) 없습니다. 캐릭터로 다시 로그인하여 권한을 허용하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in and verified.</source>
        <translation>로그인 및 확인 완료.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed yet</source>
        <translation>아직 갱신되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from what Capsuleer remembered; the login has not been refreshed yet.</source>
        <translation>Capsuleer가 기억하던 내용으로 표시 중입니다. 로그인은 아직 갱신되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/capsuleer/DemoServer.cpp" line="+24"/>
        <source>The offline demo server could not start: %1</source>
        <translation>오프라인 데모 서버를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline demo</source>
        <translation>오프라인 데모</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/capsuleer/DetailPane.cpp" line="+23"/>
        <source>Character details</source>
        <translation>캐릭터 세부 정보</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status mark</source>
        <translation>상태 표시</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a character to see it here.</source>
        <translation>캐릭터를 추가하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portrait</source>
        <translation>초상화</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character name</source>
        <translation>캐릭터 이름</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corporation:</source>
        <translation>코퍼레이션:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corporation</source>
        <translation>코퍼레이션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance:</source>
        <translation>얼라이언스:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>얼라이언스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character ID:</source>
        <translation>캐릭터 ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character ID</source>
        <translation>캐릭터 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner hash:</source>
        <translation>소유자 해시:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner hash</source>
        <translation>소유자 해시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>허용된 스코프:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>허용된 스코프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token expires:</source>
        <translation>액세스 토큰 만료:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>액세스 토큰 만료 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>지갑:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet balance</source>
        <translation>지갑 잔액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated:</source>
        <translation>마지막 업데이트:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet last updated</source>
        <translation>지갑 마지막 업데이트</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>갱신(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a fresh login and the latest data for this character now.</source>
        <translation>지금 이 캐릭터의 새 로그인과 최신 데이터를 가져옵니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in again…</source>
        <translation>다시 로그인(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this character in again through the browser (keeps everything else).</source>
        <translation>브라우저를 통해 이 캐릭터로 다시 로그인합니다(다른 것은 모두 유지됨).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not known yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>None until the character is logged in again</source>
        <translation>캐릭터가 다시 로그인할 때까지 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet (one is fetched when needed)</source>
        <translation>아직 없음(필요할 때 받아옵니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired (a new one is fetched when needed)</source>
        <translation>만료됨(필요할 때 새로 받습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min %2 s</source>
        <translation>%1분 %2초 후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>%1시간 %2분 후</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (just now)</source>
        <translation>%1(방금)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1(%n분 전)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1(%n시간 전)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1(%n일 전)</numerusform>
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
        <translation>조 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billion ISK</source>
        <translation>십억 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million ISK</source>
        <translation>백만 ISK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand ISK</source>
        <translation>천 ISK</translation>
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
        <translation>Client ID가 설정되지 않았습니다. 설정에서 입력하거나 오프라인 데모를 사용해 보세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../app/capsuleer/LoginPanel.cpp" line="+18"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login status</source>
        <translation>로그인 상태</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>브라우저를 기다리는 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open login page again</source>
        <translation>로그인 페이지 다시 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Copy login link</source>
        <translation>로그인 링크 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Copy the login page&apos;s address to open it in another browser.</source>
        <translation>로그인 페이지 주소를 복사하여 다른 브라우저에서 엽니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser cannot return to Capsuleer by itself, paste the address your browser ended on:</source>
        <translation>브라우저가 Capsuleer로 스스로 돌아오지 못하면, 브라우저가 마지막으로 도착한 주소를 붙여 넣으세요:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the address your browser ended on</source>
        <translation>브라우저가 마지막으로 도착한 주소를 붙여 넣으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address your browser ended on</source>
        <translation>브라우저가 마지막으로 도착한 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;ntinue</source>
        <translation>계속(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste problem</source>
        <translation>붙여넣기 문제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login problem</source>
        <translation>로그인 문제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by &amp;pasting the address</source>
        <translation>주소를 붙여 넣어 로그인(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in without the callback port: you paste the address the browser ends on.</source>
        <translation>콜백 포트 없이 로그인합니다. 브라우저가 마지막으로 도착한 주소를 직접 붙여 넣습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login link copied</source>
        <translation>로그인 링크를 복사했습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to EVE&apos;s login server…</source>
        <translation>EVE 로그인 서버에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging %1 in again…</source>
        <translation>%1(으)로 다시 로그인하는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complete the login in your browser</source>
        <translation>브라우저에서 로그인을 완료하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVE&apos;s login page is open in your browser. Log in, choose the character and press Authorize; Capsuleer continues by itself.</source>
        <translation>EVE 로그인 페이지가 브라우저에 열려 있습니다. 로그인하고 캐릭터를 선택한 뒤 &quot;Authorize&quot;를 누르세요. Capsuleer가 자동으로 이어서 진행합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the login link, open it in your browser, log in and press Authorize.</source>
        <translation>브라우저를 열 수 없습니다. 로그인 링크를 복사해 브라우저에서 열고, 로그인한 뒤 &quot;Authorize&quot;를 누르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1 on the login page.</source>
        <translation>로그인 페이지에서 %1을(를) 선택하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login was cancelled in the browser</source>
        <translation>브라우저에서 로그인이 취소되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login did not work</source>
        <translation>로그인하지 못했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This login is for %1: choose %1 in the browser. If the browser logged you in to another EVE account, log out at the EVE login page first.</source>
        <translation>이 로그인은 %1을(를) 위한 것입니다: 브라우저에서 %1을(를) 선택하세요. 브라우저가 다른 EVE 계정으로 로그인했다면 먼저 EVE 로그인 페이지에서 로그아웃하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the login…</source>
        <translation>로그인을 확인하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address carries no login answer. After pressing Authorize, copy the whole address from the browser&apos;s address bar (it starts with %1).</source>
        <translation>이 주소에는 로그인 응답이 없습니다. &quot;Authorize&quot;를 누른 뒤 브라우저 주소 표시줄에서 전체 주소를 복사하세요(%1(으)로 시작합니다).</translation>
    </message>
</context>
<context>
    <name>LoginProblem</name>
    <message>
        <location filename="../app/capsuleer/LoginProblem.cpp" line="+13"/>
        <source>Close the program that uses port %1, or choose another callback port in Settings and enter the new callback URL for your application at EVE&apos;s developer site. You can also log in without the port: paste the address your browser ends on.</source>
        <translation>포트 %1을(를) 사용하는 프로그램을 닫거나, 설정에서 다른 콜백 포트를 선택하고 EVE 개발자 사이트에서 애플리케이션에 새 콜백 URL을 입력하세요. 포트 없이 로그인할 수도 있습니다. 브라우저가 마지막으로 도착한 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capsuleer keeps logins only in your system&apos;s keychain. Install and start a Secret Service (for example gnome-keyring or KWallet), unlock it, and add the character again.</source>
        <translation>Capsuleer는 로그인을 시스템 키체인에만 보관합니다. Secret Service(예: gnome-keyring 또는 KWallet)를 설치하고 실행한 뒤 잠금을 해제하고, 캐릭터를 다시 추가하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the browser logged you in to another EVE account, log out at the EVE login page first, then choose the character again.</source>
        <translation>브라우저가 다른 EVE 계정으로 로그인했다면, 먼저 EVE 로그인 페이지에서 로그아웃한 뒤 캐릭터를 다시 선택하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the client id in Settings against your application at EVE&apos;s developer site.</source>
        <translation>설정의 Client ID를 EVE 개발자 사이트의 애플리케이션과 비교해 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in Settings that the callback URL and the scopes match your application at EVE&apos;s developer site exactly.</source>
        <translation>설정의 콜백 URL과 스코프가 EVE 개발자 사이트의 애플리케이션과 정확히 일치하는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check your internet connection, or whether EVE&apos;s servers are down (daily downtime is at 11:00 UTC), and try again.</source>
        <translation>인터넷 연결을 확인하거나 EVE 서버가 중단되었는지 확인한 뒤(일일 점검은 11:00 UTC) 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the login again.</source>
        <translation>로그인을 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/capsuleer/MainWindow.cpp" line="+56"/>
        <source>Demo notice</source>
        <translation>데모 안내</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain problem</source>
        <translation>키체인 문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>서버 문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>마지막 작업</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>Characters</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Total ISK</source>
        <translation>ISK 합계</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in again.</source>
        <translation>%1(으)로 다시 로그인했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your system keychain cannot be used, so logins cannot be kept: %1</source>
        <translation>시스템 키체인을 사용할 수 없어 로그인을 유지할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add character…</source>
        <translation>캐릭터 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a character in through the browser</source>
        <translation>브라우저를 통해 캐릭터로 로그인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in again…</source>
        <translation>다시 로그인(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the selected character in again</source>
        <translation>선택한 캐릭터로 다시 로그인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>갱신(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the selected character now</source>
        <translation>선택한 캐릭터를 지금 갱신</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;all</source>
        <translation>모두 갱신(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh every character</source>
        <translation>모든 캐릭터 갱신</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move character…</source>
        <translation>캐릭터 제거(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected character and revoke its login</source>
        <translation>선택한 캐릭터를 제거하고 로그인을 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character up</source>
        <translation>선택한 캐릭터를 위로 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected character down</source>
        <translation>선택한 캐릭터를 아래로 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next character</source>
        <translation>다음 캐릭터(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next character</source>
        <translation>다음 캐릭터 선택</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous character</source>
        <translation>이전 캐릭터(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous character</source>
        <translation>이전 캐릭터 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server, client ID, callback port, scopes</source>
        <translation>서버, Client ID, 콜백 포트, 스코프</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout Capsuleer</source>
        <translation>Capsuleer 정보(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, license and CCP&apos;s notice</source>
        <translation>버전, 라이선스 및 CCP 고지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Capsuleer</source>
        <translation>Capsuleer 종료</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Characters</source>
        <translation>캐릭터(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character actions</source>
        <translation>캐릭터 작업</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all of this character&apos;s data could be updated: %1</source>
        <translation>이 캐릭터의 데이터를 모두 업데이트하지는 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now belongs to another EVE account (its owner hash changed). The new login replaced the old one.</source>
        <translation>%1은(는) 이제 다른 EVE 계정에 속합니다(소유자 해시가 바뀌었습니다). 새 로그인이 이전 로그인을 대체했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The character list could not be saved: %1</source>
        <translation>캐릭터 목록을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capsuleer — Offline demo</source>
        <translation>Capsuleer — 오프라인 데모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsuleer</source>
        <translation>Capsuleer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline demo: made-up characters on a server built into Capsuleer, on this computer. Nothing is sent to EVE&apos;s servers. Characters added here are forgotten when Capsuleer quits.</source>
        <translation>오프라인 데모: 이 컴퓨터에서 Capsuleer에 내장된 서버의 가상 캐릭터입니다. EVE 서버로는 아무것도 보내지 않습니다. 여기서 추가한 캐릭터는 Capsuleer를 종료하면 잊힙니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EVE&apos;s login server could not be reached, so characters are shown as last known. %1</source>
        <translation>EVE 로그인 서버에 연결할 수 없어 캐릭터를 마지막으로 알려진 상태로 표시합니다. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total: no wallet balance known yet</source>
        <translation>합계: 아직 알려진 지갑 잔액이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 across %n character(s)</source>
        <translation>
            <numerusform>합계: 캐릭터 %n명, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 could not be refreshed: %2</source>
        <translation>%1을(를) 갱신하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %1?</source>
        <translation>%1을(를) 제거할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Capsuleer? Its login is revoked at EVE and deleted from your keychain. Nothing changes in the game; you can add the character again later.</source>
        <translation>Capsuleer에서 %1을(를) 제거할까요? 로그인은 EVE에서 취소되고 키체인에서 삭제됩니다. 게임에서는 아무것도 바뀌지 않으며, 나중에 캐릭터를 다시 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1 failed. %2</source>
        <translation>%1을(를) 제거하지 못했습니다. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from Capsuleer, but EVE&apos;s login server could not be told to revoke the login: %2 You can revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>%1을(를) Capsuleer에서 제거했지만, EVE 로그인 서버에 로그인 취소를 알리지 못했습니다: %2 https://community.eveonline.com/support/third-party-applications/ 에서 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed and its login revoked.</source>
        <translation>%1을(를) 제거하고 로그인을 취소했습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Capsuleer could not save the settings to %1 (is the disk full?). They apply until Capsuleer quits; the file still holds the previous ones.</source>
        <translation>Capsuleer가 설정을 %1에 저장하지 못했습니다(디스크가 가득 찼나요?). 설정은 Capsuleer를 종료할 때까지 적용되며, 파일에는 이전 설정이 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved. They apply when Capsuleer starts outside the demo.</source>
        <translation>설정을 저장했습니다. Capsuleer가 데모가 아닌 상태로 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/capsuleer/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom server (discovery URL)</source>
        <translation>사용자 지정 서버(디스커버리 URL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom discovery URL</source>
        <translation>사용자 지정 디스커버리 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discovery URL:</source>
        <translation>디스커버리 URL(&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your application at developers.eveonline.com</source>
        <translation>developers.eveonline.com의 애플리케이션에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>Client ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback port</source>
        <translation>콜백 포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback &amp;port:</source>
        <translation>콜백 포트(&amp;P):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Callback URL to register</source>
        <translation>등록할 콜백 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>복사(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy callback URL</source>
        <translation>콜백 URL 복사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL:</source>
        <translation>콜백 URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>스코프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One scope per line. Enable the same scopes for your application at EVE&apos;s developer site.</source>
        <translation>한 줄에 스코프 하나씩 입력합니다. EVE 개발자 사이트에서 애플리케이션에 같은 스코프를 활성화하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scop&amp;es:</source>
        <translation>스코프(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL and the scopes exactly as shown for your application at EVE&apos;s developer site. Logins are stored in your system&apos;s keychain, never in the settings.</source>
        <translation>EVE 개발자 사이트에서 애플리케이션에 콜백 URL과 스코프를 표시된 그대로 등록하세요. 로그인은 시스템 키체인에 저장되며, 설정에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problem</source>
        <translation>설정 문제</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the custom server&apos;s discovery URL, starting with https://.</source>
        <translation>https://로 시작하는 사용자 지정 서버의 디스커버리 URL을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client ID is 32 characters, 0-9 and a-f. Copy it from your application at EVE&apos;s developer site.</source>
        <translation>Client ID는 0-9와 a-f로 이루어진 32자입니다. EVE 개발자 사이트의 애플리케이션에서 복사하세요.</translation>
    </message>
</context>
<context>
    <name>WalletChart</name>
    <message>
        <location filename="../app/capsuleer/WalletChart.cpp" line="+45"/>
        <location line="+3"/>
        <source>Wallet history</source>
        <translation>지갑 내역</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No wallet history yet.</source>
        <translation>아직 지갑 내역이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading wallet history…</source>
        <translation>지갑 내역을 불러오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the wallet history needs the scope %1. Log the character in again and grant it.</source>
        <translation>지갑 내역을 읽으려면 스코프 %1이(가) 필요합니다. 캐릭터로 다시 로그인하고 허용하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet history could not be loaded: %1</source>
        <translation>지갑 내역을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wallet activity in the last 30 days.</source>
        <translation>최근 30일 동안 지갑 거래가 없습니다.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Balance from %1 to %2: lowest %3, highest %4, latest %5.</source>
        <translation>%1부터 %2까지의 잔액: 최저 %3, 최고 %4, 최근 %5.</translation>
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
        <translation>복사</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Capsuleer</source>
        <translation>Capsuleer에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Capsuleer logs your EVE Online characters in through EVE&apos;s own login page and keeps them logged in. EVE asks every tool to register once, for free, as an application:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;EVE&apos;s developer site&lt;/a&gt;, log in and create a new application.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; and enable the scopes below.&lt;/li&gt;&lt;li&gt;Enter the callback URL below exactly as shown.&lt;/li&gt;&lt;li&gt;Copy the application&apos;s &lt;b&gt;Client ID&lt;/b&gt; into Capsuleer&apos;s settings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Capsuleer는 EVE 자체 로그인 페이지를 통해 EVE Online 캐릭터로 로그인하고 로그인 상태를 유지합니다. EVE는 모든 도구가 애플리케이션으로 한 번, 무료로 등록하도록 요구합니다:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;EVE 개발자 사이트&lt;/a&gt;를 열고 로그인한 뒤 새 애플리케이션을 만드세요.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;를 선택하고 아래 스코프를 활성화하세요.&lt;/li&gt;&lt;li&gt;아래 콜백 URL을 표시된 그대로 입력하세요.&lt;/li&gt;&lt;li&gt;애플리케이션의 &lt;b&gt;Client ID&lt;/b&gt;를 Capsuleer 설정에 복사하세요.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Callback URL to register</source>
        <translation>등록할 콜백 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy callback URL</source>
        <translation>콜백 URL 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL:</source>
        <translation>콜백 URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes to enable</source>
        <translation>활성화할 스코프</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy scopes</source>
        <translation>스코프 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>스코프:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open EVE&apos;s developer &amp;site</source>
        <translation>EVE 개발자 사이트 열기(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter client ID…</source>
        <translation>Client ID 입력(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the offline &amp;demo</source>
        <translation>오프라인 데모 사용해 보기(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore Capsuleer with made-up characters on a built-in server on this computer. Nothing is sent to EVE&apos;s servers.</source>
        <translation>이 컴퓨터의 내장 서버에서 가상 캐릭터로 Capsuleer를 체험해 보세요. EVE 서버로는 아무것도 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/capsuleer/main.cpp" line="+38"/>
        <source>EVE Online login and account tool</source>
        <translation>EVE Online 로그인 및 계정 도구</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start the offline demo: a built-in EVE login and ESI server on this computer, with made-up characters.</source>
        <translation>오프라인 데모 시작: 이 컴퓨터에서 내장 EVE 로그인 서버와 ESI 서버를 가상 캐릭터와 함께 실행합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the offline demo when no client id is configured.</source>
        <translation>Client ID가 설정되지 않았을 때 오프라인 데모를 시작합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the demo, approve logins at once instead of showing the login page.</source>
        <translation>데모에서 로그인 페이지를 보여 주지 않고 로그인을 바로 승인합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the window has painted (for the start-up benchmark).</source>
        <translation>창이 그려지면 종료합니다(시작 벤치마크용).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Capsuleer is already running; its window was brought to the front.</source>
        <translation>Capsuleer가 이미 실행 중입니다. 해당 창을 앞으로 가져왔습니다.</translation>
    </message>
</context>
</TS>
