<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="168"/>
        <source>Add a staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="187"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="188"/>
        <source>Full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="189"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="190"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="191"/>
        <source>The password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="214"/>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="230"/>
        <source>A login starts with a letter, then letters, digits or _ . @ - (at most 63).</source>
        <translation>로그인은 영문자로 시작하고 영문자, 숫자 또는 _ . @ - 로 63자 이내여야 합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="233"/>
        <source>This login exists already.</source>
        <translation>이 로그인은 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="235"/>
        <source>The full name is required.</source>
        <translation>전체 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="237"/>
        <source>The password needs at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="239"/>
        <source>Your role may not add staff.</source>
        <translation>현재 역할로는 직원을 추가할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="107"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False) the user asked to open another case (a likely match&apos;s): its id</extracomment>
        <translation>케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="108"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="109"/>
        <source>Diagnosis</source>
        <translation>진단</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="110"/>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="112"/>
        <source>Visa</source>
        <translation>비자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="114"/>
        <source>Documents</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="115"/>
        <source>Contacts</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="116"/>
        <source>Money</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="126"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="127"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="128"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="269"/>
        <source>%1 saved this case meanwhile. Your changes are still here: saving merges them with theirs.</source>
        <translation>그동안 %1 님이 이 사례를 저장했습니다. 변경 내용은 그대로 남아 있으며, 저장하면 상대방의 변경 내용과 병합됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="284"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>저장되지 않음: 환자 정보에서 표시된 항목을 수정하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="290"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>저장되지 않았습니다. 표시된 진단 항목을 수정하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="295"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>저장되지 않음: 표시된 비자 항목을 수정하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="312"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>저장되지 않음: 변경 내용은 그대로 남아 있으니 준비가 되면 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="319"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>저장되지 않음: 동반자 정보에 오류가 있습니다(%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="324"/>
        <source>Not saved: check %1.</source>
        <translation>저장되지 않음: %1을(를) 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="327"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>저장되지 않음: 다른 사람이 이 케이스에서 여행자 한 명을 제거했습니다. 변경 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="331"/>
        <source>Not saved.</source>
        <translation>저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="333"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>변경 내용은 그대로 남아 있습니다. 디스크 공간을 확보한 뒤 다시 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="335"/>
        <source>Your changes are still here: save again to connect again.</source>
        <translation>변경 내용은 그대로 남아 있습니다. 다시 저장하면 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="415"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="437"/>
        <source>The status was not changed.</source>
        <translation>상태가 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="426"/>
        <source>Undo status change</source>
        <translation>상태 변경 되돌리기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="427"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>%1에서 %2(으)로의 변경을 되돌리시겠습니까? 케이스는 %1(으)로 돌아가며, 기록에는 두 변경 내용이 모두 남습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="432"/>
        <source>Undone: %1</source>
        <translation>되돌림: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="447"/>
        <source>The note was not saved.</source>
        <translation>메모가 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="480"/>
        <source>The merge was not undone.</source>
        <translation>병합을 취소하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="484"/>
        <source>The merge was undone: %1 is a separate record again.</source>
        <translation>병합을 취소했습니다: %1은(는) 다시 별도의 기록입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="491"/>
        <source>Undo merge</source>
        <translation>병합 취소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="492"/>
        <source>Undo this merge? The merged record becomes a separate person again and its cases go back to it; fields changed since the merge keep their values.</source>
        <translation>이 병합을 취소할까요? 병합된 기록은 다시 별도의 사람이 되고 그 케이스도 되돌아갑니다. 병합 후 변경된 항목은 현재 값을 유지합니다.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor rows read to fit a column&apos;s width (Qt&apos;s default reads up to 1,000) the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>이름, 케이스 번호 또는 여권 번호로 검색</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="53"/>
        <source>Cases</source>
        <translation>케이스 목록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="81"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="86"/>
        <source>All facilities</source>
        <translation>모든 의료기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="93"/>
        <source>Reply overdue</source>
        <translation>회신 기한 초과</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="70"/>
        <source>Relation to the patient</source>
        <translation>환자와의 관계</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="55"/>
        <source>Companion</source>
        <translation>동반자</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="51"/>
        <source>the office&apos;s value was kept</source>
        <translation>사무실 값을 유지함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="52"/>
        <source>the laptop&apos;s value was kept</source>
        <translation>노트북 값을 유지함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="53"/>
        <source>a typed value was kept</source>
        <translation>입력한 값을 유지함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="54"/>
        <source>This conflict was already resolved by %1 (%2). The list now shows the conflicts still open.</source>
        <translation>이 충돌은 이미 %1님이 해결했습니다(%2). 목록에는 아직 해결되지 않은 충돌만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="58"/>
        <source>This conflict is no longer here. The list now shows the conflicts still open.</source>
        <translation>이 충돌은 더 이상 없습니다. 목록에는 아직 해결되지 않은 충돌만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="61"/>
        <source>One side removed this record: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>한쪽에서 이 기록을 삭제했습니다: 사무실 또는 노트북 쪽을 유지하세요. 값을 입력할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="64"/>
        <source>%1 is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>%1은(는) 한쪽의 기록대로 유지됩니다: 사무실 또는 노트북 쪽을 유지하세요. 값을 입력할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="70"/>
        <source>“%1” is not a value %2 can take. Correct it and try again.</source>
        <translation>“%1”은(는) %2에 쓸 수 없는 값입니다. 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="72"/>
        <source>Keep the office&apos;s or the laptop&apos;s value, or type the value to keep.</source>
        <translation>사무실 또는 노트북 값을 유지하거나, 유지할 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="103"/>
        <source>Conflicts</source>
        <extracomment>a conflict was resolved (its case changed): the case&apos;s id</extracomment>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Before</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Office</source>
        <translation>사무실</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Laptop</source>
        <translation>노트북</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="122"/>
        <source>Keep office</source>
        <translation>사무실 값 유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="124"/>
        <source>Keep laptop</source>
        <translation>노트북 값 유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="128"/>
        <source>or type the value to keep</source>
        <translation>또는 유지할 값을 입력</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="129"/>
        <source>Use this value</source>
        <translation>이 값 사용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="157"/>
        <source>The conflicts could not be read.</source>
        <translation>충돌을 읽을 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/conflicts_view.py" line="169"/>
        <source>%n open conflict(s): the same field was changed in the office and on a laptop. Keep one value, or type the value to keep.</source>
        <translation>
            <numerusform>해결되지 않은 충돌 %n건: 같은 항목이 사무실과 노트북에서 모두 변경되었습니다. 한쪽 값을 유지하거나 유지할 값을 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>해결되지 않은 충돌이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="189"/>
        <source>This record is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s.</source>
        <translation>이 기록은 한쪽이 기록한 대로 유지됩니다: 사무실 또는 노트북의 값을 유지하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="206"/>
        <source>Not resolved: %1</source>
        <translation>해결되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="212"/>
        <source>The conflict was not resolved.</source>
        <translation>충돌이 해결되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="40"/>
        <source>Use a local database</source>
        <translation>로컬 데이터베이스 사용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="41"/>
        <source>HIRT Desk database (*.sqlite);;All files (*)</source>
        <translation>HIRT Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="47"/>
        <source>The database could not be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="60"/>
        <source>Connect to office server</source>
        <translation>사무실 서버에 연결</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="64"/>
        <source>The office server keeps the cases of the whole agency. Your administrator gives you its address, the database and your login.</source>
        <translation>사무실 서버에는 기관 전체의 사례가 저장됩니다. 서버 주소, 데이터베이스 및 로그인은 관리자가 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="67"/>
        <source>The office server asks for your password again.</source>
        <translation>사무실 서버가 비밀번호를 다시 요청합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="72"/>
        <source>e.g. db.agency.example</source>
        <translation>예: db.agency.example</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="83"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>암호화, 서버 인증서 확인(권장)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="84"/>
        <source>Encrypted, certificate not checked</source>
        <translation>암호화, 인증서 확인 안 함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="85"/>
        <source>Not encrypted (only on a trusted office network)</source>
        <translation>암호화 안 함(신뢰할 수 있는 사무실 네트워크에서만)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="88"/>
        <source>Checking the certificate makes sure you talk to your own server; it needs the agency&apos;s certificate installed on this computer.</source>
        <translation>인증서를 확인하면 기관의 서버와 통신하고 있음을 확인할 수 있습니다. 이 컴퓨터에 기관의 인증서가 설치되어 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="100"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="101"/>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="102"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="103"/>
        <source>Connection</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="105"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="109"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="144"/>
        <source>Enter the server address, the database and your login.</source>
        <translation>서버 주소, 데이터베이스 및 로그인을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="49"/>
        <source>HH:MM</source>
        <extracomment>an entry was logged (the required records&apos; states may have changed)</extracomment>
        <translation>시:분</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="65"/>
        <source>What was said, asked or sent</source>
        <translation>전달·요청·발송한 내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="69"/>
        <source>Records asked for</source>
        <translation>요청한 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="77"/>
        <source>Documents sent</source>
        <translation>보낸 서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="78"/>
        <source>Log contact</source>
        <translation>연락 기록하기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="87"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="92"/>
        <source>Direction, channel, who</source>
        <translation>방향·수단·상대</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="93"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="97"/>
        <source>Records asked for / documents sent</source>
        <translation>요청한 기록 / 보낸 서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="101"/>
        <source>Contact log</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Channel</source>
        <translation>수단</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Who</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="163"/>
        <source>When: a date (YYYY-MM-DD) and a time (HH:MM).</source>
        <translation>일시: 날짜(YYYY-MM-DD)와 시각(HH:MM)을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="173"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="176"/>
        <source>The contact was not logged.</source>
        <translation>연락이 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="82"/>
        <location filename="../hirt_desk/ui/crash.py" line="91"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="92"/>
        <source>Something went wrong in HIRT Desk. What you were doing may not have been completed.</source>
        <translation>HIRT Desk에서 문제가 발생했습니다. 진행 중이던 작업이 완료되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="97"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>이전에 저장한 내용은 모두 데이터베이스에 안전하게 보관되어 있습니다. 계속 작업하셔도 됩니다. 같은 문제가 다시 발생하면 로그 파일을 지원 담당자에게 보내 주십시오: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="100"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>이전에 저장한 내용은 모두 데이터베이스에 안전하게 보관되어 있습니다. 계속 작업하셔도 됩니다. 세부 정보를 %1에 기록하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="98"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DiagnosisTab</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="57"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>반영되지 않음: %1~%2 범위여야 합니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>종양 부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="320"/>
        <source>Common criteria</source>
        <translation>공통 기준</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="322"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>표에서 종양 부위를 선택하면 해당 기준에 사용되는 항목을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="388"/>
        <source>Check %1: %2</source>
        <translation>%1 확인: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="76"/>
        <source>Add files…</source>
        <extracomment>a document was added, changed or removed (the case&apos;s history and contacts may show it)</extracomment>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="78"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="80"/>
        <source>Or drop files and folders (an imaging CD) here.</source>
        <translation>파일이나 폴더(영상 CD)를 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="84"/>
        <source>Kind of new documents:</source>
        <translation>추가할 서류 종류:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="86"/>
        <source>For:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="94"/>
        <source>Documents</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="120"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="122"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="97"/>
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="114"/>
        <source>e.g. zh, en, ja</source>
        <translation>예: zh, en, ja</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="117"/>
        <source>Save details</source>
        <translation>세부 정보 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="121"/>
        <source>Date of the document</source>
        <translation>서류 날짜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="123"/>
        <source>Translation of</source>
        <translation>번역 원본</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="126"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="128"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="130"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="132"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="141"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>Required by the facility</source>
        <translation>기관이 요구하는 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="210"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="243"/>
        <source>(not a translation)</source>
        <translation>(번역 아님)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="269"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="336"/>
        <source>Attaching…</source>
        <translation>첨부하는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="355"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="375"/>
        <source>Nothing was attached.</source>
        <translation>아무것도 첨부되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="361"/>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="362"/>
        <source>%1 is larger than the limit for one document.</source>
        <translation>%1은(는) 서류 1건의 크기 제한을 넘습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="363"/>
        <source>%1 is not what its name says (its content is another kind of file).</source>
        <translation>%1은(는) 이름과 내용이 다릅니다(다른 종류의 파일입니다).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="364"/>
        <source>%1 is an imaging folder without any DICOM images.</source>
        <translation>%1은(는) 영상 폴더이지만 DICOM 영상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="365"/>
        <source>The folder %1 is empty.</source>
        <translation>폴더 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="366"/>
        <source>The disk is full.</source>
        <translation>디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="367"/>
        <source>The file could not be stored (disk error).</source>
        <translation>파일을 저장할 수 없습니다(디스크 오류).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="368"/>
        <source>The stored file is missing.</source>
        <translation>저장된 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="369"/>
        <source>The stored file has been altered since it was added.</source>
        <translation>저장된 파일이 추가된 뒤 변경되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="378"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>서류 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="380"/>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="384"/>
        <source>Attach a folder (an imaging CD)</source>
        <translation>폴더(영상 CD) 첨부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="409"/>
        <source>The date of the document is not a date (YYYY-MM-DD).</source>
        <translation>서류 날짜가 올바른 날짜가 아닙니다(YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="420"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="423"/>
        <source>The details were not saved.</source>
        <translation>세부 정보가 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="475"/>
        <source>No preview for this kind of file.</source>
        <translation>이 종류의 파일은 미리 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="494"/>
        <source>Export document</source>
        <translation>서류 내보내기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="502"/>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="119"/>
        <source>Duplicate persons</source>
        <extracomment>a merge was saved (the cases it moved may be open or listed): the change&apos;s id</extracomment>
        <translation>중복된 사람</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="123"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="163"/>
        <source>Looking for likely duplicates…</source>
        <translation>중복 가능성을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="139"/>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="141"/>
        <source>Not the same person</source>
        <translation>같은 사람이 아님</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="179"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="180"/>
        <source>The persons could not be read.</source>
        <translation>사람 정보를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="193"/>
        <source>Only two patients&apos; records are merged; a companion belongs to one case.</source>
        <translation>두 환자의 기록만 병합할 수 있습니다. 동반자는 하나의 케이스에 속합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/duplicates_view.py" line="219"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n쌍의 기록이 각각 같은 사람일 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="220"/>
        <source>No likely duplicates.</source>
        <translation>중복 가능성이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="25"/>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="27"/>
        <source>%1, %2 — companion in %3</source>
        <translation>%1, %2 — %3의 동반자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="82"/>
        <source>Likeness</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="83"/>
        <source>Person</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="84"/>
        <source>May be the same as</source>
        <translation>같은 사람일 수 있음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="85"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="70"/>
        <source>One of the two records was merged into another already.</source>
        <translation>두 기록 중 하나는 이미 다른 기록에 병합되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="71"/>
        <source>This merge was undone already.</source>
        <translation>이 병합은 이미 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="72"/>
        <source>The kept record was merged into another since: undo that merge first.</source>
        <translation>유지한 기록이 이후 다른 기록에 병합되었습니다. 먼저 그 병합을 취소하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="74"/>
        <source>Only patients&apos; records can be merged; this person is a companion on a case.</source>
        <translation>환자의 기록만 병합할 수 있습니다. 이 사람은 케이스의 동반자입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="76"/>
        <source>The records could not be merged: %1</source>
        <translation>기록을 병합할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="102"/>
        <source>Duplicate persons</source>
        <translation>중복된 사람</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="107"/>
        <source>The records were not merged.</source>
        <translation>기록이 병합되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (English)</source>
        <translation>명칭(영어)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (Japanese)</source>
        <translation>명칭(일본어)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Counted</source>
        <translation>산정 방식</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Amount (yen)</source>
        <translation>금액(엔)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="53"/>
        <source>Add fee</source>
        <translation>요금 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="56"/>
        <source>Remove fee</source>
        <translation>요금 삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="63"/>
        <source>The agency&apos;s fees, in yen, added to every quote: fixed, or counted from the case&apos;s itinerary and travellers. The facility&apos;s own costs come from its profile.</source>
        <translation>모든 견적에 더해지는 회사 요금(엔)입니다. 정액이거나 케이스의 일정과 여행자 수로 계산합니다. 의료기관 자체 비용은 기관 프로필에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="70"/>
        <source>Only a manager or an administrator can change the fees.</source>
        <translation>요금은 매니저나 관리자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="121"/>
        <source>Each fee needs its English name.</source>
        <translation>각 요금에는 영어 명칭이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="127"/>
        <source>The amount of “%1” is not a whole number of yen.</source>
        <translation>“%1”의 금액이 엔 단위 정수가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../hirt_desk/ui/help_dialog.py" line="53"/>
        <source>HIRT Desk user guide</source>
        <translation>HIRT Desk 사용 설명서</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="54"/>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="57"/>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="136"/>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="137"/>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="56"/>
        <source>Undo this merge…</source>
        <extracomment>Undo merge… on a row of a merge of two persons: the change&apos;s id</extracomment>
        <translation>이 병합 취소…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="58"/>
        <source>Take back the merge of two persons&apos; records that the selected change belongs to</source>
        <translation>선택한 변경이 속한 두 사람 기록의 병합을 취소합니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="65"/>
        <source>Field:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Person:</source>
        <translation>사람:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="73"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>이 케이스에 저장된 모든 변경 내용(최신순).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="84"/>
        <source>All fields</source>
        <translation>모든 항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="85"/>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>변경 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="58"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>시작(현지 시각)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="59"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>종료(현지 시각)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="61"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>종료 지점의 시간대</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="62"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>출발지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="63"/>
        <source>To / where</source>
        <translation>도착지 / 장소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="64"/>
        <source>Flight number / name</source>
        <translation>항공편 번호 / 이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="65"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>예약 확인 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="66"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>비용(엔)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="67"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>대상자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="174"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="124"/>
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="151"/>
        <source>yen, whole number</source>
        <translation>엔, 정수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="200"/>
        <source>Flight number</source>
        <translation>항공편 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="201"/>
        <source>Hotel or booking name</source>
        <translation>호텔 또는 예약명</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="202"/>
        <source>Department or doctor</source>
        <translation>진료과 또는 의사</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="203"/>
        <source>Room or machine</source>
        <translation>치료실 또는 장비</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="204"/>
        <source>Company or vehicle</source>
        <translation>회사 또는 차량</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="205"/>
        <source>Interpreter&apos;s name</source>
        <translation>통역사 이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="206"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="207"/>
        <source>Reference</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>To</source>
        <translation>도착지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="258"/>
        <source>Enter when it starts: YYYY-MM-DD HH:MM.</source>
        <translation>시작 시각을 입력하십시오: YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="259"/>
        <source>Not a time: use YYYY-MM-DD HH:MM.</source>
        <translation>올바른 시각이 아닙니다. YYYY-MM-DD HH:MM 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="260"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="261"/>
        <source>Not a time zone (e.g. Asia/Tokyo).</source>
        <translation>올바른 시간대가 아닙니다(예: Asia/Tokyo).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="262"/>
        <source>The cost is a whole number of yen.</source>
        <translation>비용은 엔 단위의 정수로 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="263"/>
        <source>It ends before it starts.</source>
        <translation>종료가 시작보다 빠릅니다.</translation>
    </message>
</context>
<context>
    <name>ItineraryTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>조사 횟수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="295"/>
        <source>First session</source>
        <translation>첫 조사일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="286"/>
        <source>Plan sessions</source>
        <extracomment>the itinerary changed (the case list shows the next date)</extracomment>
        <translation>조사 일정 만들기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="302"/>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>What and where</source>
        <translation>내용 및 장소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="315"/>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="339"/>
        <source>Add item…</source>
        <translation>항목 추가…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="341"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="342"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="361"/>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="401"/>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="452"/>
        <source>Public holidays: %1</source>
        <translation>공휴일: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="497"/>
        <source>Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.</source>
        <translation>조사 일정: %1회 추가, %2회 삭제, 직접 조정한 %3회 유지.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="502"/>
        <source>No session on %1 (%2): the course starts on %3.</source>
        <translation>%1(%2)에는 치료 회차가 없습니다. 치료 과정은 %3에 시작합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="506"/>
        <source>First moved session: %1 → %2.</source>
        <translation>첫 번째로 이동된 조사: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="520"/>
        <source>Not saved: a traveller of this item is no longer on the case (removed by someone else). Open the case again to see who travels.</source>
        <translation>저장되지 않음: 다른 사람이 이 항목의 여행자 한 명을 케이스에서 제거했습니다. 케이스를 다시 열어 여행자를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>LaptopCheckout</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="66"/>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>a checkout is over: how many cases were checked out (0 after a failure)</extracomment>
        <translation>노트북으로 반출(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="113"/>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="144"/>
        <source>Check out to a laptop database</source>
        <translation>노트북 데이터베이스로 반출</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="114"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="37"/>
        <source>This laptop database was checked out from another office&apos;s server. Choose another file, or a new one.</source>
        <translation>이 노트북 데이터베이스는 다른 사무실의 서버에서 반출된 것입니다. 다른 파일이나 새 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="40"/>
        <source>A chosen case is no longer on the office server. Reload the list and choose again.</source>
        <translation>선택한 케이스 중 하나가 더 이상 사무실 서버에 없습니다. 목록을 다시 불러와 다시 선택하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>두 암호문이 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="43"/>
        <source>The passphrase is too short.</source>
        <translation>암호문이 너무 짧습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="44"/>
        <source>A passphrase is needed for the laptop database.</source>
        <translation>노트북 데이터베이스에는 암호문이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="49"/>
        <source>The check-out stopped: %1</source>
        <translation>반출이 중단되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="68"/>
        <source>Copy the cases selected in the list (Ctrl+click to choose several) into a laptop database, encrypted, to work on them with no network; sync them back later</source>
        <translation>목록에서 선택한 케이스(Ctrl+클릭으로 여러 개 선택)를 암호화된 노트북 데이터베이스로 복사해 네트워크 없이 작업합니다. 나중에 다시 동기화합니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="72"/>
        <source>Check out &amp;my cases to a laptop…</source>
        <translation>내 케이스를 노트북으로 반출(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="74"/>
        <source>Copy every case assigned to you into a laptop database; cases assigned to you later come with each sync</source>
        <translation>나에게 배정된 모든 케이스를 노트북 데이터베이스로 복사합니다. 나중에 배정된 케이스는 동기화할 때마다 함께 옵니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="97"/>
        <source>Select the cases to check out in the list first.</source>
        <translation>먼저 목록에서 반출할 케이스를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="99"/>
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>케이스 %n건 반출 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="104"/>
        <source>Checking out the cases assigned to %1…</source>
        <translation>%1에게 배정된 케이스 반출 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="140"/>
        <source>Passphrase of the new laptop database</source>
        <translation>새 노트북 데이터베이스의 암호문</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="145"/>
        <source>Passphrase of the laptop database %1:</source>
        <translation>노트북 데이터베이스 %1의 암호문:</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="155"/>
        <source>%n case(s) checked out to %1.</source>
        <translation>
            <numerusform>케이스 %n건을 %1(으)로 반출했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="158"/>
        <source>No case is assigned to %1: nothing was checked out. Cases assigned to %1 later come to %2 with each sync.</source>
        <translation>%1에게 배정된 케이스가 없어 아무것도 반출하지 않았습니다. 나중에 %1에게 배정되는 케이스는 동기화할 때마다 %2(으)로 옵니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="167"/>
        <source>Nothing was checked out: %1</source>
        <translation>반출되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>LaptopParts</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="35"/>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="92"/>
        <source>C&amp;onflicts…</source>
        <translation>충돌(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="72"/>
        <source>Laptop database: %1</source>
        <translation>노트북 데이터베이스: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="90"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>해결되지 않은 충돌 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="91"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>충돌 (%n)(&amp;O)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="124"/>
        <source>S&amp;ync with office</source>
        <translation>사무실과 동기화(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="127"/>
        <source>Send this laptop&apos;s changes to the office server and fetch the office&apos;s changes (Ctrl+Shift+S)</source>
        <translation>이 노트북의 변경 사항을 사무실 서버로 보내고 사무실의 변경 사항을 가져옵니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="130"/>
        <source>&amp;Hand back this case…</source>
        <translation>이 케이스 반납(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="168"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>보낼 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="170"/>
        <source>Office server: %1</source>
        <translation>사무실 서버: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="196"/>
        <source>This laptop has not synced with the office for %n day(s): sync when you have a network.</source>
        <translation>
            <numerusform>이 노트북은 %n일 동안 사무실과 동기화하지 않았습니다: 네트워크에 연결되면 동기화하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="217"/>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="278"/>
        <source>Sync with office</source>
        <translation>사무실과 동기화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="218"/>
        <source>Password of your login on the office server %1:</source>
        <translation>사무실 서버 %1의 로그인 비밀번호:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="234"/>
        <source>Syncing with the office…</source>
        <translation>사무실과 동기화 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="251"/>
        <source>Handed back to the office: %n case(s) left this laptop.</source>
        <translation>
            <numerusform>사무실에 반납했습니다: 케이스 %n건이 이 노트북에서 삭제되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="252"/>
        <source>Synced, but the case stays on this laptop: some of its changes have not reached the office yet.</source>
        <translation>동기화했지만 케이스는 이 노트북에 남아 있습니다: 일부 변경 사항이 아직 사무실에 도달하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>변경 %n건 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>received %n</source>
        <translation>
            <numerusform>%n건 받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="258"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="259"/>
        <source>, </source>
        <comment>between the parts of a sync&apos;s result</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="270"/>
        <source>Sync did not complete: %1</source>
        <translation>동기화가 완료되지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="279"/>
        <source>Sync did not complete.</source>
        <translation>동기화가 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="281"/>
        <source>Nothing is lost: this laptop keeps its changes, and the next sync sends them.</source>
        <translation>잃어버린 것은 없습니다. 이 노트북의 변경 내용은 그대로 남아 있고 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="299"/>
        <source>Hand back this case</source>
        <translation>이 케이스 반납</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="300"/>
        <source>Hand the case %1 back to the office? It is synced a last time, then removed from this laptop.</source>
        <translation>케이스 %1을(를) 사무실에 반납할까요? 마지막으로 한 번 동기화한 후 이 노트북에서 삭제됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="119"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="135"/>
        <source>Select a case in the list, or create a new one.</source>
        <translation>목록에서 케이스를 선택하거나 새 케이스를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="214"/>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="216"/>
        <source>What needs doing today: replies, tasks, arrivals, sessions, visa deadlines</source>
        <translation>오늘 할 일: 회신, 할 일, 도착, 치료, 비자 기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="218"/>
        <source>&amp;New case…</source>
        <translation>새 케이스(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="221"/>
        <source>&amp;Print packet…</source>
        <translation>안내 자료 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="224"/>
        <source>&amp;Back up database…</source>
        <translation>데이터베이스 백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="225"/>
        <source>Add &amp;sample cases</source>
        <translation>샘플 케이스 추가(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="228"/>
        <source>Change &amp;user…</source>
        <translation>사용자 변경(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="231"/>
        <source>&amp;Connect to office server…</source>
        <translation>사무실 서버에 연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="233"/>
        <source>Use a &amp;local database…</source>
        <translation>로컬 데이터베이스 사용(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="239"/>
        <source>&amp;Find case</source>
        <translation>케이스 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="240"/>
        <source>&amp;Duplicate persons…</source>
        <translation>중복된 사람(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="242"/>
        <source>&amp;Export list…</source>
        <translation>목록 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="244"/>
        <source>&amp;Agency reports…</source>
        <translation>기관 보고서(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="247"/>
        <source>&amp;About HIRT Desk</source>
        <translation>HIRT Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="248"/>
        <source>&amp;User guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="261"/>
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="279"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>케이스 %1에 저장되지 않은 변경 내용이 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="293"/>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="322"/>
        <source>The case could not be opened.</source>
        <translation>케이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>All changes saved</source>
        <translation>모든 변경 내용이 저장됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="382"/>
        <source>The case was not created.</source>
        <translation>케이스가 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="389"/>
        <source>Case %1 created.</source>
        <translation>케이스 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="422"/>
        <source>The packet could not be prepared.</source>
        <translation>안내 자료를 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>케이스 %1에 저장되지 않은 변경 내용이 있습니다. 안내 자료에는 저장된 내용만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="439"/>
        <source>Print what is saved</source>
        <translation>저장된 내용 인쇄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="456"/>
        <source>The sample cases could not be added.</source>
        <translation>샘플 케이스를 추가할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>샘플 케이스 %n건을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="463"/>
        <source>Back up database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="471"/>
        <location filename="../hirt_desk/ui/main_window.py" line="491"/>
        <source>The backup could not be written.</source>
        <translation>백업을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>Backing up to %1…</source>
        <translation>%1에 백업하는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="484"/>
        <source>Backup written to %1</source>
        <translation>백업 저장 위치: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="497"/>
        <location filename="../hirt_desk/ui/main_window.py" line="505"/>
        <source>The settings could not be opened.</source>
        <translation>설정을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="533"/>
        <source>The staff list was not saved.</source>
        <translation>직원 목록이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="540"/>
        <source>The agency profile was not saved.</source>
        <translation>기관 정보가 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="547"/>
        <source>The fees were not saved.</source>
        <translation>요금이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="572"/>
        <source>Local database: %1</source>
        <translation>로컬 데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="573"/>
        <source>Office server %1 on %2</source>
        <translation>사무실 서버 %2의 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="582"/>
        <source>The list was exported to %1.</source>
        <translation>목록을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="599"/>
        <source>Office server not reachable: reconnecting…</source>
        <translation>사무실 서버에 연결할 수 없음: 다시 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="611"/>
        <source>Case %1 was updated: saved by %2.</source>
        <translation>사례 %1이(가) 업데이트되었습니다: %2 님이 저장함.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="524"/>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="48"/>
        <source>Working as: %1</source>
        <translation>작업자: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="667"/>
        <source>Change user</source>
        <translation>사용자 변경</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="668"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>아직 직원 목록이 없습니다. 작업자를 선택하려면 설정(직원)에서 기관 직원을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="690"/>
        <source>The database was not encrypted.</source>
        <translation>데이터베이스가 암호화되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="696"/>
        <source>The database is encrypted.</source>
        <translation>데이터베이스가 암호화되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="706"/>
        <source>About HIRT Desk</source>
        <translation>HIRT Desk 정보</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="707"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
일본 중입자선 치료 케이스 관리.</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="41"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="43"/>
        <source>Use this person</source>
        <translation>이 사람으로 사용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="45"/>
        <source>Not the same</source>
        <translation>같은 사람이 아님</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="55"/>
        <source>birth date unknown</source>
        <translation>생년월일 미상</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/likely_matches.py" line="57"/>
        <source>May be the same person as %1 %2, %3, %n case(s)</source>
        <translation>
            <numerusform>%1 %2(%3, 케이스 %n건)와 같은 사람일 수 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="45"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="52"/>
        <source>Removed by %1. You changed: %2.</source>
        <translation>%1 님이 삭제했습니다. 내가 변경한 내용: %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="54"/>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="59"/>
        <source>Remove it</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="55"/>
        <source>Keep it, with my changes</source>
        <translation>유지(내 변경 내용 적용)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="57"/>
        <source>Changed by %1. You removed it.</source>
        <translation>%1 님이 변경했습니다. 나는 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="58"/>
        <source>Keep it, with their changes</source>
        <translation>유지(상대방 변경 내용 적용)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>상대방 값 유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="70"/>
        <source>Keep mine</source>
        <translation>내 값 유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="71"/>
        <source>Merged value:</source>
        <translation>병합한 값:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="105"/>
        <source>Someone else changed this case</source>
        <translation>다른 사람이 이 케이스를 변경했습니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="108"/>
        <source>While you were editing, someone saved changes to the same fields. Nothing of yours has been saved yet. Choose for each field what to keep, then save with these choices.</source>
        <translation>편집하는 동안 다른 사람이 같은 항목의 변경 내용을 저장했습니다. 내 변경 내용은 아직 저장되지 않았습니다. 항목마다 유지할 값을 선택한 뒤 그 선택대로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>When you opened it</source>
        <translation>열었을 때의 값</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Theirs</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Yours</source>
        <translation>나</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="148"/>
        <source>Save with these choices</source>
        <translation>선택한 대로 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="175"/>
        <source>Choose what to keep.</source>
        <translation>유지할 값을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="178"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>올바른 날짜가 아닙니다. YYYY-MM-DD 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="179"/>
        <source>Not a number.</source>
        <translation>숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="180"/>
        <source>Not a value this field can hold.</source>
        <translation>이 항목에 사용할 수 없는 값입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="187"/>
        <source>Not saved yet: a choice is missing or wrong.</source>
        <translation>아직 저장되지 않음: 선택하지 않았거나 잘못된 항목이 있습니다.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="158"/>
        <source>Quote</source>
        <extracomment>a quote, bill or payment was saved: the balance and the history changed</extracomment>
        <translation>견적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="160"/>
        <source>e.g. 0.048</source>
        <translation>예: 0.048</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="163"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="205"/>
        <source>yen</source>
        <translation>엔</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="165"/>
        <source>Patient&apos;s currency</source>
        <translation>환자 통화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="167"/>
        <source>Rate (units per yen)</source>
        <translation>환율(1엔당)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="169"/>
        <source>Rate of</source>
        <translation>환율 기준일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="171"/>
        <source>Other medical services (estimate)</source>
        <translation>기타 의료비(추정)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="175"/>
        <source>Calculate</source>
        <translation>계산</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="176"/>
        <source>Save as a new version</source>
        <translation>새 버전으로 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="177"/>
        <source>Print quote…</source>
        <translation>견적서 인쇄…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="199"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="197"/>
        <source>Deposit requests, invoices and settlement</source>
        <translation>선급금 청구, 청구서, 정산</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Issued</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Deposit request</source>
        <translation>선급금 청구</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="203"/>
        <source>Final settlement (what was spent)</source>
        <translation>최종 정산(실비)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="211"/>
        <source>Due by</source>
        <translation>지급 기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="213"/>
        <source>Issue</source>
        <translation>발행</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="214"/>
        <source>Print selected…</source>
        <translation>선택 항목 인쇄…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="216"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="249"/>
        <source>Withdraw selected…</source>
        <translation>선택 항목 취소…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="225"/>
        <source>Payments and refunds</source>
        <translation>입금 및 환불</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>In yen</source>
        <translation>엔 환산</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="230"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Payment received</source>
        <translation>입금</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="231"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="263"/>
        <source>Refund paid</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="234"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="236"/>
        <source>rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="241"/>
        <source>reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="248"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Bank transfer</source>
        <translation>계좌 이체</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="258"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="305"/>
        <source>Total: %1</source>
        <translation>합계: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="310"/>
        <source>Saved versions: %1</source>
        <translation>저장된 버전: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="314"/>
        <source>Not saved.</source>
        <translation>저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="316"/>
        <source>Enter the rate: how many units of the currency one yen buys.</source>
        <translation>환율을 입력하세요: 1엔으로 그 통화를 얼마 살 수 있는지.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="317"/>
        <source>Enter a currency code such as CNY, USD or VND.</source>
        <translation>CNY, USD, VND 같은 통화 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="318"/>
        <source>Enter the amount as a number.</source>
        <translation>금액을 숫자로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="319"/>
        <source>The amount has more decimals than the currency has.</source>
        <translation>금액의 소수 자릿수가 통화의 자릿수보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="320"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="321"/>
        <source>Enter an amount above zero.</source>
        <translation>0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="322"/>
        <source>The due date is before the date issued.</source>
        <translation>지급 기한이 발행일보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="341"/>
        <source>Enter the rate&apos;s date as YYYY-MM-DD.</source>
        <translation>환율 기준일을 YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="369"/>
        <source>Quote version %1 saved.</source>
        <translation>견적 %1번째 버전을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="374"/>
        <source>Save the PDF</source>
        <translation>PDF 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="398"/>
        <source>Writing %1…</source>
        <translation>저장 중: %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="402"/>
        <source>Written: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="406"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="419"/>
        <source>Enter the due date as YYYY-MM-DD.</source>
        <translation>지급 기한을 YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="424"/>
        <source>Settled: refund %1 to the patient.</source>
        <translation>정산: 환자에게 %1 환불하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="425"/>
        <source>Settled: ask the patient for %1 more.</source>
        <translation>정산: 환자에게 %1 추가 청구하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="426"/>
        <source>Settled: nothing more to pay or refund.</source>
        <translation>정산: 추가 청구나 환불이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="436"/>
        <source>Issued %1.</source>
        <translation>%1을(를) 발행했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="450"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="488"/>
        <source>Select a deposit request or invoice first.</source>
        <translation>먼저 선급금 청구나 청구서를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="468"/>
        <source>Withdraw %1? It no longer counts in the balance; the history keeps it.</source>
        <translation>%1을(를) 취소할까요? 잔액에서 빠지지만 기록에는 남습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="469"/>
        <source>Withdraw</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="497"/>
        <source>Select a payment first.</source>
        <translation>먼저 입금을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="510"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>날짜를 YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="522"/>
        <source>Recorded: %1, counted as %2.</source>
        <translation>기록했습니다: %1, %2로 계상.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="70"/>
        <source>New case</source>
        <translation>새 케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>New patient</source>
        <translation>새 환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="73"/>
        <source>Patient already in HIRT Desk</source>
        <translation>HIRT Desk에 이미 있는 환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="89"/>
        <source>Name or passport number</source>
        <translation>이름 또는 여권 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="92"/>
        <source>Matching patients</source>
        <translation>검색된 환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="118"/>
        <source>Facility</source>
        <translation>의료기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="119"/>
        <source>Inquiry date</source>
        <translation>문의일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="121"/>
        <source>Packet language</source>
        <translation>안내 자료 언어</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>Encrypt the database</source>
        <translation>데이터베이스 암호화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="94"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>암호화 후에는 이 암호로만 데이터베이스와 백업을 읽을 수 있습니다. HIRT Desk를 시작할 때마다 암호를 묻습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="97"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;암호를 잊어버리면 케이스를 복구할 수 없습니다&lt;/b&gt;. 암호 없이는 누구도 데이터베이스를 열 수 없으니 안전한 곳에 보관하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="107"/>
        <source>Passphrase again</source>
        <translation>암호 확인</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="109"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>%n자 이상.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="120"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>암호가 너무 짧습니다. %n자 이상이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="123"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>암호에 사용할 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="125"/>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="77"/>
        <source>Coordinator</source>
        <translation>코디네이터</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="78"/>
        <source>Packet language</source>
        <translation>안내 자료 언어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="47"/>
        <source>Change status…</source>
        <extracomment>an editable field (coordinator, packet language) changed the user asked to change the status the user asked to undo the last status change the user wrote a note and pressed &quot;Add note&quot; (its text); `note_saved()` clears the box</extracomment>
        <translation>상태 변경…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="50"/>
        <source>Undo last change</source>
        <translation>마지막 변경 되돌리기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Case number</source>
        <translation>케이스 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Facility</source>
        <translation>의료기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="76"/>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="83"/>
        <source>Status history</source>
        <translation>상태 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Write a note for this case</source>
        <translation>이 케이스에 대한 메모 작성</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="93"/>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="96"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="118"/>
        <source>Back from %1 to %2</source>
        <translation>%1에서 %2(으)로 되돌림</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="120"/>
        <source>Packet for %1 %2</source>
        <translation>%1 %2 안내 자료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="128"/>
        <source>&amp;Language beside Japanese:</source>
        <translation>일본어와 함께 표기할 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="137"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="172"/>
        <source>Preparing the packet in %1…</source>
        <translation>%1 안내 자료 준비 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="196"/>
        <source>%n page(s), Japanese beside %1.</source>
        <translation>
            <numerusform>%n쪽, 일본어와 %1 병기.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="207"/>
        <source>The packet could not be prepared. %1</source>
        <translation>안내 자료를 준비할 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="235"/>
        <source>Save packet</source>
        <translation>안내 자료 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="248"/>
        <source>Not saved. %1</source>
        <translation>저장되지 않았습니다. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="251"/>
        <source>Saved to %1</source>
        <translation>저장 위치: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="282"/>
        <source>Printing page %1 of %2…</source>
        <translation>%2쪽 중 %1쪽 인쇄 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="288"/>
        <source>%n page(s) printed to the file %1.</source>
        <translation>
            <numerusform>%n쪽을 파일 %1(으)로 인쇄했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="291"/>
        <source>%n page(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%n쪽을 프린터 %1(으)로 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="297"/>
        <source>Not printed. %1</source>
        <translation>인쇄되지 않았습니다. %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="34"/>
        <source>Encrypted database</source>
        <translation>암호화된 데이터베이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="38"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>데이터베이스 %1이(가) 암호화되어 있습니다. 열려면 암호를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="63"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>이 암호로는 데이터베이스를 열 수 없습니다. 확인 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited Open on a likely match: its newest case (id) Use this person on a likely match: this case&apos;s patient is that person (their id) Not the same on a likely match (their id)</extracomment>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Name (passport)</source>
        <translation>이름(여권)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Own script</source>
        <translation>본국 문자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
        <source>Add companion…</source>
        <translation>동반자 추가…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="181"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="182"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="191"/>
        <source>Companions</source>
        <translation>동반자</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="30"/>
        <source>F (female)</source>
        <translation>여성 (F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="31"/>
        <source>M (male)</source>
        <translation>남성 (M)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="32"/>
        <source>X (unspecified)</source>
        <translation>지정 안 함 (X)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="98"/>
        <source>Surname (passport)</source>
        <translation>성(여권)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="99"/>
        <source>Given names (passport)</source>
        <translation>이름(여권)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="100"/>
        <source>Name in own script</source>
        <translation>본국 문자 이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="101"/>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="102"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="103"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="104"/>
        <source>Passport number</source>
        <translation>여권 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="105"/>
        <source>Passport expiry</source>
        <translation>여권 만료일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="106"/>
        <source>Languages</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="107"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="108"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="109"/>
        <source>Home address</source>
        <translation>자택 주소</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <translation>여권 표기대로, 예: NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>예: NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>여행자 본국 문자로, 예: 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>e.g. 阮文安</source>
        <translation>예: 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="156"/>
        <source>e.g. +84 912 345 678</source>
        <translation>예: +84 912 345 678</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="157"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>국가 번호 포함, 예: +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="41"/>
        <source>Merge two records of one person</source>
        <translation>한 사람의 두 기록 병합</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="45"/>
        <source>The record on the left is kept: the cases of the record on the right move to it, with their companions, visa records and documents. Choose, field by field, which value the kept record has. The merge can be undone from the History tab.</source>
        <translation>왼쪽 기록을 유지합니다. 오른쪽 기록의 케이스는 동반자, 비자 기록, 서류와 함께 왼쪽으로 옮겨집니다. 항목마다 유지할 값을 선택하세요. 병합은 기록 탭에서 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="53"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="67"/>
        <source>Swap: keep the right record</source>
        <translation>바꾸기: 오른쪽 기록 유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Kept</source>
        <translation>유지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Merged into it</source>
        <translation>여기에 병합됨</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="19"/>
        <source>same birth date (%1)</source>
        <translation>생년월일 같음 (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="20"/>
        <source>birth dates with day and month swapped (%1, %2)</source>
        <translation>생년월일의 일과 월이 바뀜 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="21"/>
        <source>birth dates one digit apart (%1, %2)</source>
        <translation>생년월일이 한 자리 다름 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="22"/>
        <source>born the same year but on different days (%1, %2)</source>
        <translation>출생 연도는 같지만 날짜가 다름 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="23"/>
        <source>different birth dates (%1, %2)</source>
        <translation>생년월일 다름 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="24"/>
        <source>same passport number</source>
        <translation>여권 번호 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="25"/>
        <source>different passport numbers</source>
        <translation>여권 번호 다름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="26"/>
        <source>same nationality</source>
        <translation>국적 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="27"/>
        <source>different nationalities (%1, %2)</source>
        <translation>국적 다름 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="28"/>
        <source>different sex</source>
        <translation>성별 다름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="29"/>
        <source>same phone number</source>
        <translation>전화번호 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="30"/>
        <source>same e-mail address</source>
        <translation>이메일 주소 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="31"/>
        <source>different names</source>
        <translation>이름 다름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="32"/>
        <source>different names in own script (%1, %2)</source>
        <translation>자국 문자 이름 다름 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="33"/>
        <source>names in own script nearly the same (%1, %2)</source>
        <translation>자국 문자 이름이 거의 같음 (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="34"/>
        <source>same name in own script (%1)</source>
        <translation>자국 문자 이름 같음 (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="35"/>
        <source>same name (%1)</source>
        <translation>이름 같음 (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="36"/>
        <source>%1 and %2 are spellings of one name</source>
        <translation>%1와(과) %2은(는) 같은 이름의 다른 표기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="37"/>
        <source>%1 and %2 differ by a letter or two</source>
        <translation>%1와(과) %2은(는) 한두 글자 차이</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="38"/>
        <source>%1 and %2 have the same consonants</source>
        <translation>%1와(과) %2은(는) 자음이 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="39"/>
        <source>family and given names swapped</source>
        <translation>성과 이름이 바뀜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="40"/>
        <source>given names in one record only</source>
        <translation>이름이 한 기록에만 있음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="41"/>
        <source>a middle name in one record only</source>
        <translation>중간 이름이 한 기록에만 있음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="42"/>
        <source>names in another order</source>
        <translation>이름 순서가 다름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="43"/>
        <source>%1 reads %2</source>
        <translation>%1은(는) %2(으)로 읽음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="44"/>
        <source>%1 reads %2 (%3)</source>
        <translation>%1은(는) %2(으)로 읽음 (%3)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="45"/>
        <source>%1 reads %2 (%3 is also written %4)</source>
        <translation>%1은(는) %2(으)로 읽음 (%3은(는) %4(으)로도 표기)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="46"/>
        <source>%1 is %2 without diacritics</source>
        <translation>%1에서 발음 구별 기호를 빼면 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="47"/>
        <source>%1 has the consonants %2</source>
        <translation>%1의 자음은 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="48"/>
        <source>marked as different people</source>
        <translation>다른 사람으로 표시됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="59"/>
        <source>Wade-Giles</source>
        <translation>웨이드-자일스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="60"/>
        <source>Cantonese</source>
        <translation>광둥어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="61"/>
        <source>RTGS</source>
        <translation>RTGS(태국 왕립 표기)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="62"/>
        <source>ICAO 9303</source>
        <translation>ICAO 9303</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="63"/>
        <source>Russian passports before 2010</source>
        <translation>2010년 이전 러시아 여권</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="64"/>
        <source>Mongolian passport spelling</source>
        <translation>몽골 여권 표기</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="101"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="127"/>
        <source>Remove companion</source>
        <translation>동반자 제거</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="104"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1에게 비자 기록이 있으며 함께 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="106"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1은(는) 일정 항목 %2개에 참여하며, 그중 %3개는 혼자 참여합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="112"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>일정에서 제외(혼자 참여하는 항목은 삭제)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="114"/>
        <source>Give their itinerary items to:</source>
        <translation>일정 항목을 넘겨받을 사람:</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="123"/>
        <location filename="../hirt_desk/ui/reports_view.py" line="368"/>
        <source>Reports</source>
        <extracomment>the figures asked for last are shown (or were refused) a report file was written; carries its path the report was printed; carries how many pages</extracomment>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="141"/>
        <source>All facilities</source>
        <translation>모든 시설</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="146"/>
        <source>All (or a code such as CN)</source>
        <translation>전체(또는 CN 같은 코드)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="150"/>
        <source>All coordinators</source>
        <translation>모든 코디네이터</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="161"/>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="166"/>
        <source>Inquiries from:</source>
        <translation>문의 기간:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="167"/>
        <source>Facility:</source>
        <translation>시설:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="168"/>
        <source>Nationality:</source>
        <translation>국적:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="169"/>
        <source>Coordinator:</source>
        <translation>코디네이터:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="188"/>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="190"/>
        <source>Export CSV/XLSX…</source>
        <translation>CSV/XLSX 내보내기…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="227"/>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="231"/>
        <source>A nationality is a two-letter country code, such as CN.</source>
        <translation>국적은 CN 같은 두 글자 국가 코드입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="245"/>
        <source>Reading the figures…</source>
        <translation>통계를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="269"/>
        <source>Reports are for managers: your role may not read them.</source>
        <translation>보고서는 관리자용입니다. 현재 역할로는 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="271"/>
        <source>The report could not be read.</source>
        <translation>보고서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="325"/>
        <source>Choose a name ending in .csv, .xlsx or .pdf.</source>
        <translation>.csv, .xlsx 또는 .pdf로 끝나는 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="328"/>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="340"/>
        <source>Saved as %1.</source>
        <translation>%1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="348"/>
        <source>The file could not be written.</source>
        <translation>파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="353"/>
        <source>Preparing the pages…</source>
        <translation>페이지 준비 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="375"/>
        <source>Printing…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/reports_view.py" line="382"/>
        <source>%n page(s) printed: %1.</source>
        <translation>
            <numerusform>%n페이지 인쇄됨: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="391"/>
        <source>The report could not be printed.</source>
        <translation>보고서를 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>Save the report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Export the report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="203"/>
        <source>Enter the diagnosis facts to screen the case.</source>
        <translation>케이스를 평가하려면 진단 정보를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="211"/>
        <source>Schedule: %1</source>
        <translation>치료 일정: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="214"/>
        <source>Missing: %1</source>
        <translation>누락: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="216"/>
        <source>Rules: %1, version %2</source>
        <translation>판정 기준: %1, 버전 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="303"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="304"/>
        <source>US Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="308"/>
        <source>Same as the system</source>
        <translation>시스템과 같음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="317"/>
        <source>Language of the window</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>새 언어는 HIRT Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="319"/>
        <source>Daily automatic backups kept</source>
        <translation>보관할 일일 자동 백업 수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="320"/>
        <source>Paper size of printed documents</source>
        <translation>인쇄 문서의 용지 크기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="323"/>
        <source>The database is encrypted.</source>
        <translation>데이터베이스가 암호화되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="326"/>
        <source>Encrypt the database…</source>
        <translation>데이터베이스 암호화…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="334"/>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="340"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>비자 서류와 안내 자료에 신원보증인으로 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="342"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>기관 정보는 관리자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (English)</source>
        <translation>이름(영문)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (Japanese)</source>
        <translation>이름(일본어)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="346"/>
        <source>Guarantor list (A or B)</source>
        <translation>신원보증기관 목록(A 또는 B)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="347"/>
        <source>Registration number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>대표자 성명(신원보증서에 서명·날인)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (English)</source>
        <translation>주소(영문)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (Japanese)</source>
        <translation>주소(일본어)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>24-hour helpline</source>
        <translation>24시간 상담 전화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="351"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="365"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="366"/>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="369"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="375"/>
        <source>Fees</source>
        <translation>요금</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>A or B (MOFA&apos;s lists).</source>
        <translation>A 또는 B(외무성 목록).</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="55"/>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation>HIRT Desk를 사용하는 사람들입니다. 목록이 비어 있지 않으면 HIRT Desk를 시작할 때 작업자를 묻고 모든 변경 내용을 해당 로그인으로 기록합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="58"/>
        <source>The people who log in to the office server. A person added here can log in at once with the password you give them.</source>
        <translation>사무실 서버에 로그인하는 사람들입니다. 여기에서 추가한 사람은 당신이 알려 준 비밀번호로 바로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="60"/>
        <source>The people who log in to the office server. An administrator adds them.</source>
        <translation>사무실 서버에 로그인하는 사람들입니다. 관리자가 추가합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person…</source>
        <translation>사람 추가…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person</source>
        <translation>사람 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="80"/>
        <source>Remove person</source>
        <translation>사람 제거</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="152"/>
        <source>Each person needs a login.</source>
        <translation>모든 사람에게 로그인이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="154"/>
        <source>A login has no spaces.</source>
        <translation>로그인에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="156"/>
        <source>The login %1 is listed twice.</source>
        <translation>로그인 %1이(가) 두 번 있습니다.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="222"/>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="243"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="244"/>
        <source>New status</source>
        <translation>새 상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="246"/>
        <source>Effective date</source>
        <translation>적용일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="248"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="256"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>비자가 필요하지만 아직 발급되지 않은 사람이 있습니다: %1. 계속 진행할 수 있으며, 비자는 비자 탭에서 기록하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>Not before the inquiry (%1).</source>
        <translation>문의일(%1) 이전일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="80"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Due</source>
        <extracomment>a task was added or changed: the timeline and the Today view may need a refresh</extracomment>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Assigned to</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="62"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="111"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="57"/>
        <source>Accept as a task</source>
        <translation>할 일로 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="59"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="65"/>
        <source>Dismiss</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="63"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="67"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="69"/>
        <source>Remove a task added by mistake (a task done or not needed is marked Done or Dismissed instead)</source>
        <translation>실수로 추가한 할 일을 삭제합니다 (끝났거나 필요 없는 할 일은 &apos;완료&apos; 또는 &apos;무시&apos;로 표시하세요)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="73"/>
        <source>What needs doing</source>
        <translation>할 일 내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="79"/>
        <source>Add task</source>
        <translation>할 일 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="102"/>
        <source>Task:</source>
        <translation>할 일:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="103"/>
        <source>Due:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="104"/>
        <source>Assigned to:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="106"/>
        <source>&lt;b&gt;Proposed from the case&apos;s dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;케이스 날짜에서 제안된 일&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="109"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;할 일&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="119"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="132"/>
        <source>the team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="142"/>
        <source>Reply to the inquiry</source>
        <translation>문의에 회신</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="143"/>
        <source>Request the missing records: %1</source>
        <translation>부족한 자료 요청: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="144"/>
        <source>Send the records to the facility</source>
        <translation>자료를 의료기관에 발송</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="145"/>
        <source>Book the flights</source>
        <translation>항공권 예약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="146"/>
        <source>Apply for the visa of %1</source>
        <translation>%1의 비자 신청</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="147"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>%1의 여권 갱신 (만료 %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>dismissed</source>
        <translation>무시됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="178"/>
        <source>Say what needs doing.</source>
        <translation>할 일 내용을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="187"/>
        <source>Give the date it is due.</source>
        <translation>기한 날짜를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="192"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="206"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="232"/>
        <source>The task was not saved.</source>
        <translation>할 일이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="214"/>
        <source>Remove task</source>
        <translation>할 일 삭제</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="215"/>
        <source>Remove the task “%1”?</source>
        <translation>할 일 &quot;%1&quot;을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="221"/>
        <source>The task was not removed.</source>
        <translation>할 일이 삭제되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="27"/>
        <source>What happened to this case, newest first.</source>
        <translation>이 케이스의 경과 (최신순).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="45"/>
        <source>Status: %1 → %2</source>
        <translation>상태: %1 → %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="46"/>
        <source>Status: %2</source>
        <translation>상태: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="49"/>
        <source>Screened: %1</source>
        <translation>적응 판정: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="51"/>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 from %2: %3</source>
        <translation>%1 (%2에게서 받음): %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 to %2: %3</source>
        <translation>%1 (%2에게 보냄): %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="57"/>
        <source>Document added: %1 (%2)</source>
        <translation>서류 추가: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>dismissed</source>
        <translation>무시됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="60"/>
        <source>Task: %1 (due %2, %3)</source>
        <translation>할 일: %1 (기한 %2, %3)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Due</source>
        <extracomment>a line was opened (double-click or Enter): its case&apos;s id</extracomment>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Replies due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="68"/>
        <source>Arrivals and departures</source>
        <translation>도착과 출발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="69"/>
        <source>Sessions today and tomorrow</source>
        <translation>오늘과 내일의 치료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="70"/>
        <source>Visa deadlines and flights to book</source>
        <translation>비자 기한과 항공권 예약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="71"/>
        <source>Passports expiring</source>
        <translation>만료가 임박한 여권</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="72"/>
        <source>Coming up: tasks due later</source>
        <translation>다가오는 일: 기한이 나중인 작업</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="81"/>
        <source>Today: %1, %2</source>
        <translation>오늘: %2 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="83"/>
        <source>Reading what is due…</source>
        <translation>할 일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="121"/>
        <source>What is due could not be read.</source>
        <translation>할 일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="147"/>
        <source>Nothing is due.</source>
        <translation>기한이 된 일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="163"/>
        <source>%1 (overdue)</source>
        <translation>%1 (기한 초과)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="165"/>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="170"/>
        <source>the team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="173"/>
        <source>Reply to the inquiry</source>
        <translation>문의에 회신</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="174"/>
        <source>Arrives: %1</source>
        <translation>도착: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="175"/>
        <source>Leaves Japan: %1</source>
        <translation>출국: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="176"/>
        <source>Session at %1</source>
        <translation>치료 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="177"/>
        <source>Apply for the visa of %1</source>
        <translation>%1의 비자 신청</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="178"/>
        <source>Book the flights</source>
        <translation>항공권 예약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="179"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>%1의 여권 갱신 (만료 %2)</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="115"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="116"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="117"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="272"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>신원보증서(PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="274"/>
        <source>Departure report (PDF)…</source>
        <translation>출국 보고서(PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="286"/>
        <source>What is late or wrong</source>
        <translation>지연되었거나 잘못된 사항</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="329"/>
        <source>Nothing late or wrong.</source>
        <translation>지연되었거나 잘못된 사항이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="351"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="390"/>
        <source>Not written: %1</source>
        <translation>기록되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="358"/>
        <source>Writing %1…</source>
        <translation>%1 작성 중…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="369"/>
        <source>Written to %1</source>
        <translation>기록 위치: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="374"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>에이전시 프로필이 아직 가상의 샘플 에이전시로 되어 있습니다. 먼저 설정에서 귀사의 정보(이름, 신원보증 등록, 주소)를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="377"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>아직 일본을 출국하지 않은 사람이 있습니다. 출국 보고서는 각 여행자의 출국일 당일 또는 그 이후에 작성하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="380"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>일정에 일본 출국 항공편이 없는 여행자가 있습니다. 먼저 항공편을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="394"/>
        <source>Guarantor form</source>
        <translation>신원보증서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="398"/>
        <source>Departure report</source>
        <translation>출국 보고서</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="94"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;HIRT Desk에 오신 것을 환영합니다&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="96"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>이 데이터베이스에는 아직 케이스가 없습니다.&lt;br&gt;샘플 케이스를 추가해 둘러보거나 기관의 첫 번째 케이스를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="100"/>
        <source>Add 50 sample cases</source>
        <translation>샘플 케이스 50건 추가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="103"/>
        <source>New case…</source>
        <translation>새 케이스…</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="59"/>
        <source>Who is working?</source>
        <translation>누가 작업합니까?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="60"/>
        <source>Changes you make are recorded under the name you choose.</source>
        <translation>변경 내용은 선택한 이름으로 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>파일 %1은(는) HIRT Desk 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>파일 %1은(는) HIRT Desk가 아닌 다른 프로그램의 파일입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="25"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>데이터베이스 %1은(는) 최신 버전의 HIRT Desk로 작성되었습니다. 해당 버전을 설치한 뒤 여십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="27"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>다른 프로그램이 데이터베이스 %1을(를) 사용 중입니다. 그 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>데이터베이스 %1은(는) 읽기 전용입니다. HIRT Desk에는 쓰기 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 마지막 변경 내용이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 could not be read or written.</source>
        <translation>데이터베이스 %1을(를) 읽거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>이 폴더에는 데이터베이스 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="33"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>데이터베이스 %1 옆에 다른 데이터베이스의 미리 쓰기 로그(-wal 파일)가 있습니다. HIRT Desk는 두 파일 모두 그대로 두었습니다. -wal 파일을 다른 곳으로 옮긴 뒤 데이터베이스를 다시 여십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>파일 %1이(가) 비어 있습니다. HIRT Desk 데이터베이스가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>데이터베이스 %1이(가) 암호화되어 있습니다. 암호가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>이 암호로는 데이터베이스 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="40"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>사무실 서버 %1에 연결할 수 없거나 서버가 이 로그인을 거부했습니다. 주소, 비밀번호 및 네트워크를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="42"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>서버 데이터베이스 %1은(는) UTF-8 데이터베이스가 아닙니다. 관리자에게 다음 명령으로 생성하도록 요청하십시오: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="45"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>서버 데이터베이스 %1에 아직 HIRT Desk 스키마가 없습니다. 관리자에게 다음 명령을 실행하도록 요청하십시오: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="48"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>서버 데이터베이스 %1의 HIRT Desk 스키마가 이전 버전입니다. 관리자에게 다음 명령을 실행하도록 요청하십시오: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="50"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>사무실 서버 %1이(가) 이 로그인에 요청한 작업을 허용하지 않았습니다. 관리자에게 적절한 역할을 요청하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The office server %1 needs the password of this login.</source>
        <translation>사무실 서버 %1에 이 로그인의 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="53"/>
        <source>The office server %1 refused the login: the login or the password is wrong.</source>
        <translation>사무실 서버 %1이(가) 로그인을 거부했습니다: 로그인 또는 비밀번호가 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="55"/>
        <source>The office server %1 cannot be found: check the server address.</source>
        <translation>사무실 서버 %1을(를) 찾을 수 없습니다: 서버 주소를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>The database %1 does not exist on that server: check the database name.</source>
        <translation>데이터베이스 %1이(가) 해당 서버에 없습니다: 데이터베이스 이름을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>The office server %1 refused the encrypted connection: its certificate could not be checked, or it offers no encryption. Check the connection setting.</source>
        <translation>사무실 서버 %1이(가) 암호화된 연결을 거부했습니다: 인증서를 확인할 수 없거나 서버가 암호화를 제공하지 않습니다. 연결 방식을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="62"/>
        <source>The connection to the office server %1 was lost. The last change was not saved; HIRT Desk connects again when you retry.</source>
        <translation>사무실 서버 %1과(와)의 연결이 끊어졌습니다. 마지막 변경 내용은 저장되지 않았습니다. 다시 시도하면 HIRT Desk가 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="66"/>
        <source>The database %1 cannot be used.</source>
        <translation>데이터베이스 %1을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Simplified Chinese</source>
        <translation>중국어 간체</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Traditional Chinese</source>
        <translation>중국어 번체</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="84"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>라틴 문자, 키릴 문자, 베트남어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="85"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>라틴 문자, 키릴 문자, 베트남어(굵게)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Thai</source>
        <translation>태국어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Arabic</source>
        <translation>아랍어</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="95"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1은(는) 일반 파일이 아니라 장치 또는 기타 특수 파일입니다. 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="99"/>
        <location filename="../hirt_desk/ui/errors.py" line="100"/>
        <source>You have no permission to write %1.</source>
        <translation>%1에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="101"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>디스크가 가득 찼습니다. %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="102"/>
        <location filename="../hirt_desk/ui/errors.py" line="103"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1은(는) 읽기 전용 디스크에 있습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="105"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="107"/>
        <source>%1 could not be written.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="108"/>
        <source>The file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="117"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>이 컴퓨터에는 %1 글꼴이 설치되어 있지 않습니다(찾은 위치: %2). %3을(를) 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="122"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>설치된 글꼴로 인쇄할 수 없는 문자가 있습니다: %1. 케이스에서 수정하거나 해당 문자가 있는 글꼴을 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="129"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>예기치 않은 문제가 발생했습니다: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="134"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
</context>
<context>
    <name>facilities</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="255"/>
        <source>Gunma University Heavy Ion Medical Center</source>
        <extracomment>facilities&apos; names in the window&apos;s languages other than English and Japanese (the facility file has those two); a facility not listed here shows its English name</extracomment>
        <translation>군마대학 중입자선의학센터</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Tumor site</source>
        <extracomment>the facts&apos; labels (the vocabulary, rules/facts.py, has them in English and Japanese): the window&apos;s other languages take them from its catalogs; tests keep the two lists the same</extracomment>
        <translation>종양 부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Histology</source>
        <translation>조직형</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Largest diameter</source>
        <translation>최대 직경</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Measurable on imaging</source>
        <translation>영상에서 측정 가능</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Distant metastasis</source>
        <translation>원격 전이</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Invades the GI tract</source>
        <translation>소화관 침윤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Invades the spinal cord</source>
        <translation>척수 침윤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>ECOG performance status</source>
        <translation>ECOG 전신 수행 상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Clinical T</source>
        <translation>임상 T 병기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Clinical N</source>
        <translation>임상 N 병기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Clinical M</source>
        <translation>임상 M 병기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Clinical stage</source>
        <translation>임상 병기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Gleason score confirmed by histopathology</source>
        <translation>병리조직학적으로 확인된 글리슨 점수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>PSA before biopsy</source>
        <translation>생검 전 PSA</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Child-Pugh class</source>
        <translation>Child-Pugh 등급</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Liver regions involved</source>
        <translation>침범된 간 영역 수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Ascites</source>
        <translation>복수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="197"/>
        <source>Tumor status</source>
        <translation>종양 상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="198"/>
        <source>Surgically resectable</source>
        <translation>수술로 절제 가능</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="199"/>
        <source>Recurrence after TACE</source>
        <translation>TACE 후 재발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="200"/>
        <source>Sarcoma location</source>
        <translation>육종 부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="201"/>
        <source>Metal implant in the irradiated area</source>
        <translation>조사 부위 내 금속 삽입물</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="202"/>
        <source>Rectal recurrence site</source>
        <translation>직장암 재발 부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="203"/>
        <source>Distance to nearest GI tract</source>
        <translation>가장 가까운 소화관까지의 거리</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="204"/>
        <source>Organs with isolated recurrence</source>
        <translation>고립성 재발 장기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="205"/>
        <source>Number of recurrent lesions</source>
        <translation>재발 병변 수</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Fixed</source>
        <translation>정액</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Per interpreting day</source>
        <translation>통역 1일당</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per night</source>
        <translation>1박당</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per traveller</source>
        <translation>여행자 1인당</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="35"/>
        <source>Per transfer</source>
        <translation>픽업 1회당</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="74"/>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="76"/>
        <source>Documents</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="77"/>
        <source>Fixed by hand</source>
        <translation>직접 조정함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="78"/>
        <source>Patient record (merge)</source>
        <translation>환자 기록(병합)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Merged into</source>
        <translation>병합 대상</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="105"/>
        <source>Companion %1</source>
        <translation>동반자 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="107"/>
        <source>Status change</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Screening</source>
        <translation>적응증 평가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="109"/>
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="110"/>
        <source>Visa record</source>
        <translation>비자 기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="112"/>
        <source>Not the same person</source>
        <translation>같은 사람이 아님</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Quote</source>
        <translation>견적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Deposit request or invoice</source>
        <translation>선급금 청구 또는 청구서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Payment or refund</source>
        <translation>입금 또는 환불</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Fee</source>
        <translation>요금</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="128"/>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="130"/>
        <source>(changed)</source>
        <translation>(변경됨)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <extracomment>Japan&apos;s public holidays as the holidays library names them in English; Japanese comes from the library itself, the window&apos;s other languages from its catalogs</extracomment>
        <translation>설날(양력)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="224"/>
        <source>Coming of Age Day</source>
        <translation>성인의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="225"/>
        <source>Foundation Day</source>
        <translation>건국기념일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="226"/>
        <source>Emperor&apos;s Birthday</source>
        <translation>천황 탄생일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="227"/>
        <source>Vernal Equinox Day</source>
        <translation>춘분의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="228"/>
        <source>Showa Day</source>
        <translation>쇼와의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="229"/>
        <source>Constitution Day</source>
        <translation>헌법기념일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="230"/>
        <source>Greenery Day</source>
        <translation>녹색의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="231"/>
        <source>Children&apos;s Day</source>
        <translation>어린이날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="232"/>
        <source>Marine Day</source>
        <translation>바다의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="233"/>
        <source>Mountain Day</source>
        <translation>산의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="234"/>
        <source>Respect for the Aged Day</source>
        <translation>경로의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="235"/>
        <source>Autumnal Equinox Day</source>
        <translation>추분의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="236"/>
        <source>Sports Day</source>
        <translation>스포츠의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="237"/>
        <source>Culture Day</source>
        <translation>문화의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="238"/>
        <source>Labor Thanksgiving Day</source>
        <translation>근로감사의 날</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="239"/>
        <source>Substitute Holiday</source>
        <translation>대체 휴일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="240"/>
        <source>National Holiday</source>
        <translation>국민의 휴일</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="57"/>
        <source>Flight</source>
        <translation>항공편</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="58"/>
        <source>Accommodation</source>
        <translation>숙박</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="59"/>
        <source>Appointment</source>
        <translation>진료 예약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="60"/>
        <source>Treatment session</source>
        <translation>조사(치료)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="61"/>
        <source>Transfer / pickup</source>
        <translation>이동 / 픽업</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="62"/>
        <source>Interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="63"/>
        <source>Phone rental</source>
        <translation>휴대전화 대여</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="70"/>
        <source>The patient arrives after the first appointment.</source>
        <translation>환자가 첫 진료 예약 이후에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="72"/>
        <source>The patient leaves before the last treatment session.</source>
        <translation>환자가 마지막 조사 전에 떠납니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="74"/>
        <source>A session is on a day the facility does not treat (%1).</source>
        <translation>의료기관이 치료하지 않는 날에 조사가 있습니다(%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="77"/>
        <source>%1 night(s) without accommodation, from %2.</source>
        <translation>%2부터 %1박 숙박이 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="79"/>
        <source>“%1” and “%2” overlap on %3.</source>
        <translation>“%1”과(와) “%2”이(가) %3에 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="83"/>
        <source>The passport expires on %1, before the stay ends.</source>
        <translation>여권이 체류 종료 전인 %1에 만료됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="86"/>
        <source>The stay is outside the period the visa permits (see the Visa tab).</source>
        <translation>체류가 비자로 허용된 기간을 벗어납니다(비자 탭 참조).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="22"/>
        <source>Records</source>
        <translation>의무기록</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="23"/>
        <source>Facility review</source>
        <translation>의료기관 검토</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="24"/>
        <source>Visa</source>
        <translation>비자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation>출국 준비</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="26"/>
        <source>In Japan</source>
        <translation>일본 체류 중</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="27"/>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="28"/>
        <source>In treatment</source>
        <translation>치료 중</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="29"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>경과 관찰</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="31"/>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="32"/>
        <source>Not indicated</source>
        <translation>적응증 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="33"/>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="38"/>
        <source>Prostate</source>
        <translation>전립선</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="39"/>
        <source>Lung</source>
        <translation>폐</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="40"/>
        <source>Liver</source>
        <translation>간</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="41"/>
        <source>Pancreas</source>
        <translation>췌장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="42"/>
        <source>Bone and soft tissue sarcoma</source>
        <translation>골·연부조직 육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="43"/>
        <source>Skull base</source>
        <translation>두개저</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="44"/>
        <source>Rectal recurrence</source>
        <translation>직장암 재발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="45"/>
        <source>Oligo recurrence</source>
        <translation>소수 전이 재발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="47"/>
        <source>Head and neck (mucosal)</source>
        <translation>두경부(점막)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="48"/>
        <source>Cervix</source>
        <translation>자궁경부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="49"/>
        <source>Bladder</source>
        <translation>방광</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="50"/>
        <source>Esophagus</source>
        <translation>식도</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="51"/>
        <source>Kidney</source>
        <translation>신장</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="55"/>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="56"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="57"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="58"/>
        <source>Site</source>
        <translation>부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="59"/>
        <source>Facility</source>
        <translation>의료기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="60"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="61"/>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="62"/>
        <source>Next date</source>
        <translation>다음 일정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="81"/>
        <source>The reply promised within 5 days of the inquiry is overdue</source>
        <translation>문의 후 5일 이내로 약속한 회신 기한이 지났습니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="86"/>
        <source>%n open conflict(s): Edit → Conflicts…</source>
        <translation>해결되지 않은 충돌 %n건: 편집 → 충돌…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>The surname as in the passport is required.</source>
        <translation>여권상의 성은 필수입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>여권의 라틴 문자(A-Z, 공백, 하이픈)를 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The date of birth is in the future.</source>
        <translation>생년월일이 미래입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>생년월일이 120년보다 더 전입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>국가 코드가 아닙니다(ISO 3166, 예: CN, VN, TH).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>여권 번호는 5~20자의 문자와 숫자입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>The passport has expired.</source>
        <translation>여권이 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>The passport expires within 6 months.</source>
        <translation>여권이 6개월 이내에 만료됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="121"/>
        <source>Not an e-mail address.</source>
        <translation>이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="122"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>올바른 전화번호가 아닙니다. 국가 번호를 포함하십시오(예: +86).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="124"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>올바른 날짜가 아닙니다. YYYY-MM-DD 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="125"/>
        <source>There is no such day in the calendar.</source>
        <translation>달력에 없는 날짜입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="140"/>
        <source>Eligible</source>
        <translation>적응증 있음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>Not eligible</source>
        <translation>적응증 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>Needs information</source>
        <translation>정보 필요</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>Physician review</source>
        <translation>의사 검토</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="146"/>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="147"/>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="148"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="149"/>
        <source>review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="269"/>
        <source>Adenocarcinoma</source>
        <translation>선암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="270"/>
        <source>Non-small cell lung cancer</source>
        <translation>비소세포폐암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="271"/>
        <source>Small cell lung cancer</source>
        <translation>소세포폐암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="272"/>
        <source>Squamous cell carcinoma</source>
        <translation>편평세포암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="273"/>
        <source>Hepatocellular carcinoma</source>
        <translation>간세포암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="274"/>
        <source>Cholangiocarcinoma</source>
        <translation>담관암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="275"/>
        <source>Osteosarcoma</source>
        <translation>골육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="276"/>
        <source>Chordoma</source>
        <translation>척삭종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="277"/>
        <source>Chondrosarcoma</source>
        <translation>연골육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="278"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>미분화 다형성 육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="279"/>
        <source>MPNST</source>
        <translation>MPNST</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="280"/>
        <source>Leiomyosarcoma</source>
        <translation>평활근육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="281"/>
        <source>Synovial sarcoma</source>
        <translation>활막육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="282"/>
        <source>Ewing sarcoma</source>
        <translation>유잉 육종</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="283"/>
        <source>Ductal carcinoma</source>
        <translation>관암</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="284"/>
        <source>Primary</source>
        <translation>원발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="285"/>
        <source>Residual after surgery</source>
        <translation>수술 후 잔존</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="286"/>
        <source>Recurrent</source>
        <translation>재발</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="287"/>
        <source>Inoperable</source>
        <translation>수술 불가</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="288"/>
        <source>Head and neck</source>
        <translation>두경부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="289"/>
        <source>Thoracic</source>
        <translation>흉부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="290"/>
        <source>Spinal / paraspinal</source>
        <translation>척추 / 척추 주위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="291"/>
        <source>Retroperitoneal</source>
        <translation>후복막</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="292"/>
        <source>Pelvis</source>
        <translation>골반</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="293"/>
        <source>Extremity</source>
        <translation>사지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="294"/>
        <source>Anastomosis</source>
        <translation>문합부</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="295"/>
        <source>Pelvic wall</source>
        <translation>골반벽</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="296"/>
        <source>Lymph node</source>
        <translation>림프절</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="297"/>
        <source>Bone</source>
        <translation>뼈</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="298"/>
        <source>Brain</source>
        <translation>뇌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="299"/>
        <source>Adrenal</source>
        <translation>부신</translation>
    </message>
</context>
<context>
    <name>listExport</name>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="24"/>
        <location filename="../hirt_desk/ui/list_export.py" line="36"/>
        <source>Export the case list</source>
        <translation>사례 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="34"/>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="37"/>
        <source>Choose a name ending in .csv or .xlsx.</source>
        <translation>.csv 또는 .xlsx로 끝나는 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="40"/>
        <source>The list could not be exported.</source>
        <translation>목록을 내보낼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="54"/>
        <source>Due from the patient: %1</source>
        <translation>환자 미지급액: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="56"/>
        <source>To refund to the patient: %1</source>
        <translation>환자에게 환불: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="57"/>
        <source>Held for the patient: %1</source>
        <translation>환자 예치금: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="59"/>
        <source>Settled</source>
        <translation>정산 완료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="61"/>
        <source>Nothing invoiced or received yet</source>
        <translation>아직 청구나 입금이 없습니다</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="63"/>
        <source>Balanced</source>
        <translation>잔액 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="66"/>
        <source>charged %1</source>
        <translation>청구 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="67"/>
        <source>received %1</source>
        <translation>입금 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="69"/>
        <source>refunded %1</source>
        <translation>환불 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="72"/>
        <source>deposit outstanding %1</source>
        <translation>선급금 미입금 %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="9"/>
        <source>Referral letter</source>
        <translation>진료의뢰서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="10"/>
        <source>Pathology report</source>
        <translation>병리 보고서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="11"/>
        <source>Imaging report</source>
        <translation>영상 판독 보고서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="12"/>
        <source>Imaging images</source>
        <translation>영상 자료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="13"/>
        <source>Blood tests</source>
        <translation>혈액 검사</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="14"/>
        <source>Medical summary</source>
        <translation>진료 요약</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="15"/>
        <source>Passport copy</source>
        <translation>여권 사본</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="16"/>
        <source>Translation</source>
        <translation>번역본</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="17"/>
        <location filename="../hirt_desk/ui/record_labels.py" line="50"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="20"/>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="21"/>
        <source>Requested</source>
        <translation>요청함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="22"/>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="23"/>
        <source>Translated</source>
        <translation>번역됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="24"/>
        <source>Sent to the facility</source>
        <translation>기관에 보냄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="27"/>
        <source>Stored</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="28"/>
        <source>File missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="29"/>
        <source>File altered</source>
        <translation>파일 변경됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="33"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="34"/>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="35"/>
        <source>Letter</source>
        <translation>우편</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="36"/>
        <source>WeChat</source>
        <translation>위챗</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="37"/>
        <source>LINE</source>
        <translation>라인</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="38"/>
        <source>KakaoTalk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="39"/>
        <source>WhatsApp</source>
        <translation>왓츠앱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="40"/>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="43"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="44"/>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="45"/>
        <source>Referring hospital</source>
        <translation>의뢰 병원</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="46"/>
        <source>Facility</source>
        <translation>치료 기관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="47"/>
        <source>Embassy</source>
        <translation>대사관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="48"/>
        <source>Airline</source>
        <translation>항공사</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="49"/>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="53"/>
        <source>Incoming</source>
        <translation>수신</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="54"/>
        <source>Outgoing</source>
        <translation>발신</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Other relative</source>
        <translation>기타 친족</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Friend</source>
        <translation>친구</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="47"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="47"/>
        <source>HIRT Desk: the agency&apos;s figures</source>
        <translation>HIRT Desk: 기관 통계</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="48"/>
        <source>No cases in this period.</source>
        <translation>이 기간에는 사례가 없습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="49"/>
        <source>Cases by nationality and year</source>
        <translation>국적별·연도별 사례</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="50"/>
        <source>Pipeline</source>
        <translation>진행 단계</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="51"/>
        <source>Where cases ended</source>
        <translation>사례 종료 현황</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="52"/>
        <source>Screening verdicts by site</source>
        <translation>부위별 적응 판정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="53"/>
        <source>Reply and treatment times</source>
        <translation>회신 및 치료까지의 기간</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="54"/>
        <source>Revenue and receivables by month</source>
        <translation>월별 매출 및 미수금</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="55"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="56"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="57"/>
        <source>Inquiries</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="58"/>
        <source>Treated</source>
        <translation>치료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="59"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="60"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="61"/>
        <source>Reached</source>
        <translation>도달</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="62"/>
        <source>Ending</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="63"/>
        <source>From</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="64"/>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="65"/>
        <source>Site</source>
        <translation>부위</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="66"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="67"/>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="68"/>
        <source>Within 5 days (%)</source>
        <translation>5일 이내 (%)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="69"/>
        <source>Median (days)</source>
        <translation>중앙값 (일)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="70"/>
        <source>90th percentile (days)</source>
        <translation>90백분위수 (일)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="71"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="72"/>
        <source>Revenue (JPY)</source>
        <translation>매출 (엔)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="73"/>
        <source>Receivables (JPY)</source>
        <translation>미수금 (엔)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="74"/>
        <source>Reply to the inquiry</source>
        <translation>문의 회신</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="75"/>
        <source>Inquiry to first session</source>
        <translation>문의부터 첫 치료까지</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="98"/>
        <source>Receivables on %1: %2</source>
        <translation>%1 기준 미수금: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="102"/>
        <source>replies within 5 days: %1%</source>
        <translation>5일 이내 회신: %1%</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Coordinator</source>
        <translation>코디네이터</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="49"/>
        <source>Working as: %1 · %2</source>
        <translation>작업자: %1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="68"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>대사관 또는 영사관</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="69"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="70"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>발급일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="71"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>유효기간</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="72"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>체류 허가 기간</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="73"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>비자 번호</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="75"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="150"/>
        <source>Named on the patient&apos;s guarantee form</source>
        <translation>환자의 신원보증서에 기재됨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="53"/>
        <source>Visa application form</source>
        <translation>비자 신청서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="54"/>
        <source>Certificate of scheduled treatment and letter of guarantee</source>
        <translation>진료 예정 증명서 및 신원보증서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="55"/>
        <source>Proof of funds</source>
        <translation>재정 능력 증명 서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="56"/>
        <source>Identity documents</source>
        <translation>신분 증명 서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="57"/>
        <source>Certificate of Eligibility</source>
        <translation>재류자격인정증명서</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="58"/>
        <source>Treatment schedule</source>
        <translation>치료 일정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>To request</source>
        <translation>요청 예정</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>Requested</source>
        <translation>요청함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Received</source>
        <translation>수령함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Checked</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="64"/>
        <source>Submitted</source>
        <translation>제출함</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="69"/>
        <source>Not named on the patient&apos;s guarantee form.</source>
        <translation>환자의 신원보증서에 기재되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="70"/>
        <source>The passport expires before the stay ends.</source>
        <translation>체류가 끝나기 전에 여권이 만료됩니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="71"/>
        <source>Less than 6 months of passport validity at departure.</source>
        <translation>출발 시 여권 유효기간이 6개월 미만입니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="73"/>
        <source>Over 90 days: hospital admission and a Certificate of Eligibility are required.</source>
        <translation>90일 초과: 입원과 재류자격인정증명서가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="75"/>
        <source>%1 is not in hand yet.</source>
        <translation>%1을(를) 아직 받지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="77"/>
        <source>The visa has not been applied for.</source>
        <translation>아직 비자를 신청하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="78"/>
        <source>The single-entry visa lapses before the flight (use within 3 months of issue).</source>
        <translation>단수 비자가 항공편 전에 만료됩니다(발급 후 3개월 이내 사용).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="80"/>
        <source>The visa is no longer valid on arrival.</source>
        <translation>입국 시 비자가 더 이상 유효하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="81"/>
        <source>The permitted stay does not cover the whole stay.</source>
        <translation>허가된 체류 기간이 전체 체류를 포함하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="82"/>
        <source>Add the flights in the itinerary to decide the visa.</source>
        <translation>비자를 결정하려면 일정에 항공편을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="83"/>
        <source>Enter the nationality to decide the visa.</source>
        <translation>비자를 결정하려면 국적을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="91"/>
        <source>Not decided yet.</source>
        <translation>아직 결정되지 않음.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="92"/>
        <source>No visa needed (visa-free stay).</source>
        <translation>비자 필요 없음(무비자 체류).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="93"/>
        <source>Visa for Medical Stay needed.</source>
        <translation>의료 체재 비자가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="94"/>
        <source>Designated Activities (over 90 days, in hospital) with a Certificate of Eligibility.</source>
        <translation>특정활동(90일 초과, 입원) 및 재류자격인정증명서.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="96"/>
        <source>Stay: %1 days (%2 to %3).</source>
        <translation>체류: %1일(%2~%3).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="100"/>
        <source>%1: a visa is required to enter Japan.</source>
        <translation>%1: 일본 입국에 비자가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="102"/>
        <source>%1: visa-free up to %2 days.</source>
        <translation>%1: 최대 %2일 무비자 체류.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="105"/>
        <source>Over 90 days: split the stay into visits of 90 days or less, or admit the patient to hospital.</source>
        <translation>90일 초과: 체류를 90일 이하의 방문으로 나누거나 환자를 입원시키십시오.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Companion</source>
        <translation>동반자</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="128"/>
        <source>Apply for the visa by %1 (processing time before the arrival on %2).</source>
        <translation>비자는 %1까지 신청하십시오(%2 입국 전 처리 기간 고려).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="144"/>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="146"/>
        <source>Single entry</source>
        <translation>단수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="147"/>
        <source>Multiple entry</source>
        <translation>복수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="149"/>
        <source>Entries</source>
        <translation>입국 횟수</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="165"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="200"/>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
</context>
</TS>
