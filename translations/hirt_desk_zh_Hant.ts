<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="168"/>
        <source>Add a staff member</source>
        <translation>新增工作人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="187"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="188"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="189"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="190"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="191"/>
        <source>The password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="214"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="230"/>
        <source>A login starts with a letter, then letters, digits or _ . @ - (at most 63).</source>
        <translation>登入名以字母開頭，其後為字母、數字或 _ . @ -（最多 63 個）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="233"/>
        <source>This login exists already.</source>
        <translation>該登入名已存在。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="235"/>
        <source>The full name is required.</source>
        <translation>必須填寫全名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="237"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="239"/>
        <source>Your role may not add staff.</source>
        <translation>您的角色不能新增工作人員。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="107"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False) the user asked to open another case (a likely match&apos;s): its id</extracomment>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="108"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="109"/>
        <source>Diagnosis</source>
        <translation>診斷與適應症評估</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="110"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="112"/>
        <source>Visa</source>
        <translation>簽證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="114"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="115"/>
        <source>Contacts</source>
        <translation>聯絡記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="116"/>
        <source>Money</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="126"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="127"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="128"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="269"/>
        <source>%1 saved this case meanwhile. Your changes are still here: saving merges them with theirs.</source>
        <translation>%1 已在此期間儲存了此案例。您的修改仍保留在此：儲存時會與對方的修改合併。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="284"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>未儲存：請更正患者資訊中標出的項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="290"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>未儲存：請更正標示的診斷欄位。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="295"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>未儲存：請更正簽證資訊中標出的項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="312"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>未儲存：您的修改仍保留在此，可在準備好後儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="319"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>未儲存：陪同人員的資訊有誤（%1）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="324"/>
        <source>Not saved: check %1.</source>
        <translation>未儲存：請檢查%1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="327"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>未儲存：有一名出行人員已被其他人從本病例中移除。您的修改仍保留在此。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="331"/>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="333"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>您的修改仍保留在此：請先騰出磁碟空間，然後再次儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="335"/>
        <source>Your changes are still here: save again to connect again.</source>
        <translation>您的修改仍保留在此：再次儲存即可重新連線。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="415"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="437"/>
        <source>The status was not changed.</source>
        <translation>狀態未更改。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="426"/>
        <source>Undo status change</source>
        <translation>復原狀態變更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="427"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>要復原從%1到%2的變更嗎？個案將回到%1；歷程記錄會保留這兩次變更。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="432"/>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="447"/>
        <source>The note was not saved.</source>
        <translation>備註未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="480"/>
        <source>The merge was not undone.</source>
        <translation>合併未復原。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="484"/>
        <source>The merge was undone: %1 is a separate record again.</source>
        <translation>合併已復原：%1 重新成為單獨的記錄。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="491"/>
        <source>Undo merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="492"/>
        <source>Undo this merge? The merged record becomes a separate person again and its cases go back to it; fields changed since the merge keep their values.</source>
        <translation>復原此次合併？被合併的記錄將重新成為單獨的人員，其病例也將歸還；合併後修改過的欄位保留目前的值。</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor rows read to fit a column&apos;s width (Qt&apos;s default reads up to 1,000) the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>搜尋姓名、病例編號或護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="53"/>
        <source>Cases</source>
        <translation>病例清單</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="81"/>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="86"/>
        <source>All facilities</source>
        <translation>全部醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="93"/>
        <source>Reply overdue</source>
        <translation>回覆逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 個病例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="70"/>
        <source>Relation to the patient</source>
        <translation>與患者的關係</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="55"/>
        <source>Companion</source>
        <translation>陪同人員</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="51"/>
        <source>the office&apos;s value was kept</source>
        <translation>保留了辦公室的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="52"/>
        <source>the laptop&apos;s value was kept</source>
        <translation>保留了筆記型電腦的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="53"/>
        <source>a typed value was kept</source>
        <translation>保留了輸入的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="54"/>
        <source>This conflict was already resolved by %1 (%2). The list now shows the conflicts still open.</source>
        <translation>此衝突已由 %1 解決（%2）。清單現在只顯示仍未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="58"/>
        <source>This conflict is no longer here. The list now shows the conflicts still open.</source>
        <translation>此衝突已不存在。清單現在只顯示仍未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="61"/>
        <source>One side removed this record: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>一方刪除了此記錄：請保留辦公室或筆記型電腦的版本，不能輸入值。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="64"/>
        <source>%1 is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>%1 按一方的記錄保留：請保留辦公室或筆記型電腦的版本，不能輸入值。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="70"/>
        <source>“%1” is not a value %2 can take. Correct it and try again.</source>
        <translation>「%1」不是 %2 可用的值。請更正後重試。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="72"/>
        <source>Keep the office&apos;s or the laptop&apos;s value, or type the value to keep.</source>
        <translation>請保留辦公室或筆記型電腦的值，或輸入要保留的值。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="103"/>
        <source>Conflicts</source>
        <extracomment>a conflict was resolved (its case changed): the case&apos;s id</extracomment>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Office</source>
        <translation>辦公室</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Laptop</source>
        <translation>筆記型電腦</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="122"/>
        <source>Keep office</source>
        <translation>保留辦公室的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="124"/>
        <source>Keep laptop</source>
        <translation>保留筆記型電腦的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="128"/>
        <source>or type the value to keep</source>
        <translation>或輸入要保留的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="129"/>
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="157"/>
        <source>The conflicts could not be read.</source>
        <translation>無法讀取衝突。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/conflicts_view.py" line="169"/>
        <source>%n open conflict(s): the same field was changed in the office and on a laptop. Keep one value, or type the value to keep.</source>
        <translation>
            <numerusform>%n 個未解決的衝突：同一欄位在辦公室和筆記型電腦上都被修改了。請保留其中一個值，或輸入要保留的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>沒有未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="189"/>
        <source>This record is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s.</source>
        <translation>此記錄依其中一方的記錄保留：請保留辦公室的或筆記型電腦的。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="206"/>
        <source>Not resolved: %1</source>
        <translation>未解決：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="212"/>
        <source>The conflict was not resolved.</source>
        <translation>衝突未能解決。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="40"/>
        <source>Use a local database</source>
        <translation>使用本機資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="41"/>
        <source>HIRT Desk database (*.sqlite);;All files (*)</source>
        <translation>HIRT Desk 資料庫 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="47"/>
        <source>The database could not be opened.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="60"/>
        <source>Connect to office server</source>
        <translation>連線至辦公室伺服器</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="64"/>
        <source>The office server keeps the cases of the whole agency. Your administrator gives you its address, the database and your login.</source>
        <translation>辦公室伺服器保存整個機構的案例。伺服器位址、資料庫和您的登入名稱由管理員提供。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="67"/>
        <source>The office server asks for your password again.</source>
        <translation>辦公室伺服器要求再次輸入您的密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="72"/>
        <source>e.g. db.agency.example</source>
        <translation>例如 db.agency.example</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="83"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>加密，並驗證伺服器憑證（建議）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="84"/>
        <source>Encrypted, certificate not checked</source>
        <translation>加密，不驗證憑證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="85"/>
        <source>Not encrypted (only on a trusted office network)</source>
        <translation>不加密（僅限可信任的辦公室網路）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="88"/>
        <source>Checking the certificate makes sure you talk to your own server; it needs the agency&apos;s certificate installed on this computer.</source>
        <translation>驗證憑證可確保您連線的是本機構自己的伺服器；需要在這台電腦上安裝機構的憑證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="100"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="101"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="102"/>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="103"/>
        <source>Connection</source>
        <translation>連線方式</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="105"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="109"/>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="144"/>
        <source>Enter the server address, the database and your login.</source>
        <translation>請輸入伺服器位址、資料庫和您的登入名稱。</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="49"/>
        <source>HH:MM</source>
        <extracomment>an entry was logged (the required records&apos; states may have changed)</extracomment>
        <translation>時:分</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="65"/>
        <source>What was said, asked or sent</source>
        <translation>溝通內容、請求或寄送的資料</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="69"/>
        <source>Records asked for</source>
        <translation>索取的資料</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="77"/>
        <source>Documents sent</source>
        <translation>寄送的文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="78"/>
        <source>Log contact</source>
        <translation>記錄聯絡</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="87"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="92"/>
        <source>Direction, channel, who</source>
        <translation>方向、管道、對象</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="93"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="97"/>
        <source>Records asked for / documents sent</source>
        <translation>索取的資料／寄送的文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="101"/>
        <source>Contact log</source>
        <translation>聯絡記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="163"/>
        <source>When: a date (YYYY-MM-DD) and a time (HH:MM).</source>
        <translation>時間：請填寫日期（YYYY-MM-DD）和時刻（HH:MM）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="173"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="176"/>
        <source>The contact was not logged.</source>
        <translation>聯絡未被記錄。</translation>
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
        <translation>HIRT Desk 出現錯誤。您正在進行的操作可能未完成。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="97"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>此前儲存的所有內容都安全地儲存在資料庫中，您可以繼續工作。如果再次出現此問題，請將記錄檔傳送給技術支援：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="100"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>此前儲存的所有內容都安全地儲存在資料庫中，您可以繼續工作。詳細資訊無法寫入 %1。</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>未採用：數值須介於%1至%2之間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>腫瘤部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="320"/>
        <source>Common criteria</source>
        <translation>共通標準</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="322"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>在表格中選擇一個腫瘤部位，即可檢視其標準所使用的資料項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="388"/>
        <source>Check %1: %2</source>
        <translation>請檢查%1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="76"/>
        <source>Add files…</source>
        <extracomment>a document was added, changed or removed (the case&apos;s history and contacts may show it)</extracomment>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="78"/>
        <source>Add folder…</source>
        <translation>新增資料夾…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="80"/>
        <source>Or drop files and folders (an imaging CD) here.</source>
        <translation>也可以把檔案或資料夾（影像光碟）拖到這裡。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="84"/>
        <source>Kind of new documents:</source>
        <translation>新文件的類型：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="86"/>
        <source>For:</source>
        <translation>所屬：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="94"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="120"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="122"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>檔案狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="97"/>
        <source>For</source>
        <translation>所屬</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="114"/>
        <source>e.g. zh, en, ja</source>
        <translation>例如 zh、en、ja</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="117"/>
        <source>Save details</source>
        <translation>儲存詳情</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="121"/>
        <source>Date of the document</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="123"/>
        <source>Translation of</source>
        <translation>譯自</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="126"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="128"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="130"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="132"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="141"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>Required by the facility</source>
        <translation>醫療機構要求的資料</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="210"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="243"/>
        <source>(not a translation)</source>
        <translation>（不是譯文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="269"/>
        <source>Checking…</source>
        <translation>正在核對…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="336"/>
        <source>Attaching…</source>
        <translation>正在附加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="355"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="375"/>
        <source>Nothing was attached.</source>
        <translation>未新增任何檔案。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="361"/>
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="362"/>
        <source>%1 is larger than the limit for one document.</source>
        <translation>%1 超過了單一文件的大小上限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="363"/>
        <source>%1 is not what its name says (its content is another kind of file).</source>
        <translation>%1 的內容與檔名不符（實際是另一種檔案）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="364"/>
        <source>%1 is an imaging folder without any DICOM images.</source>
        <translation>%1 是影像資料夾，但其中沒有任何 DICOM 影像。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="365"/>
        <source>The folder %1 is empty.</source>
        <translation>資料夾 %1 是空的。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="366"/>
        <source>The disk is full.</source>
        <translation>磁碟已滿。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="367"/>
        <source>The file could not be stored (disk error).</source>
        <translation>無法儲存檔案（磁碟錯誤）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="368"/>
        <source>The stored file is missing.</source>
        <translation>已儲存的檔案遺失。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="369"/>
        <source>The stored file has been altered since it was added.</source>
        <translation>已儲存的檔案在新增後被改動過。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="378"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>文件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="380"/>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="384"/>
        <source>Attach a folder (an imaging CD)</source>
        <translation>附加資料夾（影像光碟）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="409"/>
        <source>The date of the document is not a date (YYYY-MM-DD).</source>
        <translation>文件日期不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="420"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="423"/>
        <source>The details were not saved.</source>
        <translation>詳情未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="475"/>
        <source>No preview for this kind of file.</source>
        <translation>此類檔案無法預覽。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="494"/>
        <source>Export document</source>
        <translation>匯出文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="502"/>
        <source>Exported to %1.</source>
        <translation>已匯出到 %1。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="119"/>
        <source>Duplicate persons</source>
        <extracomment>a merge was saved (the cases it moved may be open or listed): the change&apos;s id</extracomment>
        <translation>重複人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="123"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="163"/>
        <source>Looking for likely duplicates…</source>
        <translation>正在尋找可能的重複…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="139"/>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="141"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="179"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="180"/>
        <source>The persons could not be read.</source>
        <translation>無法讀取人員。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="193"/>
        <source>Only two patients&apos; records are merged; a companion belongs to one case.</source>
        <translation>只能合併兩位患者的記錄；陪同人員屬於某一個病例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/duplicates_view.py" line="219"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n 組記錄可能各為同一人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="220"/>
        <source>No likely duplicates.</source>
        <translation>沒有可能的重複。</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="25"/>
        <source>%1, %2 — %3</source>
        <translation>%1，%2 — %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="27"/>
        <source>%1, %2 — companion in %3</source>
        <translation>%1，%2 — %3 的陪同人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="82"/>
        <source>Likeness</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="83"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="84"/>
        <source>May be the same as</source>
        <translation>可能是同一人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="85"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="70"/>
        <source>One of the two records was merged into another already.</source>
        <translation>兩筆記錄中有一筆已被合併到其他記錄。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="71"/>
        <source>This merge was undone already.</source>
        <translation>此次合併已被復原。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="72"/>
        <source>The kept record was merged into another since: undo that merge first.</source>
        <translation>保留的記錄之後又被合併到其他記錄：請先復原那次合併。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="74"/>
        <source>Only patients&apos; records can be merged; this person is a companion on a case.</source>
        <translation>只能合併患者的記錄；此人是某病例的陪同人員。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="76"/>
        <source>The records could not be merged: %1</source>
        <translation>無法合併記錄：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="102"/>
        <source>Duplicate persons</source>
        <translation>重複人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="107"/>
        <source>The records were not merged.</source>
        <translation>記錄未合併。</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (Japanese)</source>
        <translation>名稱（日文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Counted</source>
        <translation>計費方式</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Amount (yen)</source>
        <translation>金額（日圓）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="53"/>
        <source>Add fee</source>
        <translation>新增費用</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="56"/>
        <source>Remove fee</source>
        <translation>刪除費用</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="63"/>
        <source>The agency&apos;s fees, in yen, added to every quote: fixed, or counted from the case&apos;s itinerary and travellers. The facility&apos;s own costs come from its profile.</source>
        <translation>每份報價都會加上的本機構費用（日圓）：固定金額，或按病例的行程和出行人員計算。醫療機構本身的費用取自其資料。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="70"/>
        <source>Only a manager or an administrator can change the fees.</source>
        <translation>只有經理或管理員可以更改費用。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="121"/>
        <source>Each fee needs its English name.</source>
        <translation>每項費用都需要英文名稱。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="127"/>
        <source>The amount of “%1” is not a whole number of yen.</source>
        <translation>「%1」的金額不是整數日圓。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../hirt_desk/ui/help_dialog.py" line="53"/>
        <source>HIRT Desk user guide</source>
        <translation>HIRT Desk 使用指南</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="54"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="57"/>
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="136"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="137"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="56"/>
        <source>Undo this merge…</source>
        <extracomment>Undo merge… on a row of a merge of two persons: the change&apos;s id</extracomment>
        <translation>復原此次合併…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="58"/>
        <source>Take back the merge of two persons&apos; records that the selected change belongs to</source>
        <translation>復原所選變更所屬的兩人記錄合併</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="65"/>
        <source>Field:</source>
        <translation>項目：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="73"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>本病例所有已儲存的修改，最新的在前。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="84"/>
        <source>All fields</source>
        <translation>全部項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="85"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 項修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="58"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>開始（當地時間）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="59"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>結束（當地時間）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="61"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>結束地時區</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="62"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>出發地</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="63"/>
        <source>To / where</source>
        <translation>目的地 / 地點</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="64"/>
        <source>Flight number / name</source>
        <translation>航班號 / 名稱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="65"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>確認號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="66"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>費用（日圓）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="67"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="174"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="124"/>
        <source>Itinerary item</source>
        <translation>行程項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="151"/>
        <source>yen, whole number</source>
        <translation>日圓，整數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="200"/>
        <source>Flight number</source>
        <translation>航班編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="201"/>
        <source>Hotel or booking name</source>
        <translation>飯店或訂房名稱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="202"/>
        <source>Department or doctor</source>
        <translation>科別或醫師</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="203"/>
        <source>Room or machine</source>
        <translation>治療室或設備</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="204"/>
        <source>Company or vehicle</source>
        <translation>公司或車輛</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="205"/>
        <source>Interpreter&apos;s name</source>
        <translation>口譯員姓名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="206"/>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="207"/>
        <source>Reference</source>
        <translation>預訂編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="258"/>
        <source>Enter when it starts: YYYY-MM-DD HH:MM.</source>
        <translation>請輸入開始時間：YYYY-MM-DD HH:MM。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="259"/>
        <source>Not a time: use YYYY-MM-DD HH:MM.</source>
        <translation>不是有效時間：請使用 YYYY-MM-DD HH:MM 格式。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="260"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="261"/>
        <source>Not a time zone (e.g. Asia/Tokyo).</source>
        <translation>不是有效時區（例如 Asia/Tokyo）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="262"/>
        <source>The cost is a whole number of yen.</source>
        <translation>費用須為日圓整數。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="263"/>
        <source>It ends before it starts.</source>
        <translation>結束時間早於開始時間。</translation>
    </message>
</context>
<context>
    <name>ItineraryTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>照射次數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="295"/>
        <source>First session</source>
        <translation>首次照射日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="286"/>
        <source>Plan sessions</source>
        <extracomment>the itinerary changed (the case list shows the next date)</extracomment>
        <translation>安排照射日程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="302"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>What and where</source>
        <translation>事項與地點</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="315"/>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="339"/>
        <source>Add item…</source>
        <translation>新增項目…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="341"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="342"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="361"/>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="401"/>
        <source>No problems found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="452"/>
        <source>Public holidays: %1</source>
        <translation>國定假日：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="497"/>
        <source>Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.</source>
        <translation>照射日程已安排：新增 %1 次，刪除 %2 次，保留手動調整的 %3 次。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="502"/>
        <source>No session on %1 (%2): the course starts on %3.</source>
        <translation>%1（%2）沒有治療安排：療程自%3開始。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="506"/>
        <source>First moved session: %1 → %2.</source>
        <translation>首次調整的照射：%1 → %2。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="520"/>
        <source>Not saved: a traveller of this item is no longer on the case (removed by someone else). Open the case again to see who travels.</source>
        <translation>未儲存：此項目的一名出行人員已被其他人從本病例中移除。請重新開啟病例查看出行人員。</translation>
    </message>
</context>
<context>
    <name>LaptopCheckout</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="66"/>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>a checkout is over: how many cases were checked out (0 after a failure)</extracomment>
        <translation>簽出到筆記型電腦(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="113"/>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="144"/>
        <source>Check out to a laptop database</source>
        <translation>簽出到筆記型電腦資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="114"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="37"/>
        <source>This laptop database was checked out from another office&apos;s server. Choose another file, or a new one.</source>
        <translation>此筆記型電腦資料庫是從另一個辦公室的伺服器簽出的。請選擇其他檔案或新檔案。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="40"/>
        <source>A chosen case is no longer on the office server. Reload the list and choose again.</source>
        <translation>所選的某個病例已不在辦公室伺服器上。請重新載入清單後再選擇。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼短語不一致。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="43"/>
        <source>The passphrase is too short.</source>
        <translation>密碼短語太短。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="44"/>
        <source>A passphrase is needed for the laptop database.</source>
        <translation>筆記型電腦資料庫需要密碼短語。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="49"/>
        <source>The check-out stopped: %1</source>
        <translation>簽出已中止：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="68"/>
        <source>Copy the cases selected in the list (Ctrl+click to choose several) into a laptop database, encrypted, to work on them with no network; sync them back later</source>
        <translation>將清單中選取的病例（按住 Ctrl 點按可多選）複製到加密的筆記型電腦資料庫，以便在無網路時處理；之後再同步回來</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="72"/>
        <source>Check out &amp;my cases to a laptop…</source>
        <translation>將我的病例簽出到筆記型電腦(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="74"/>
        <source>Copy every case assigned to you into a laptop database; cases assigned to you later come with each sync</source>
        <translation>將指派給您的所有病例複製到筆記型電腦資料庫；之後指派給您的病例會在每次同步時送達</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="97"/>
        <source>Select the cases to check out in the list first.</source>
        <translation>請先在清單中選擇要簽出的病例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="99"/>
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>正在簽出 %n 個病例…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="104"/>
        <source>Checking out the cases assigned to %1…</source>
        <translation>正在簽出指派給 %1 的病例…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="140"/>
        <source>Passphrase of the new laptop database</source>
        <translation>新筆記型電腦資料庫的密碼短語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="145"/>
        <source>Passphrase of the laptop database %1:</source>
        <translation>筆記型電腦資料庫 %1 的密碼短語：</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="155"/>
        <source>%n case(s) checked out to %1.</source>
        <translation>
            <numerusform>已將 %n 個病例簽出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="158"/>
        <source>No case is assigned to %1: nothing was checked out. Cases assigned to %1 later come to %2 with each sync.</source>
        <translation>沒有指派給 %1 的病例：未簽出任何內容。之後指派給 %1 的病例會在每次同步時送到 %2。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="167"/>
        <source>Nothing was checked out: %1</source>
        <translation>未簽出任何內容：%1</translation>
    </message>
</context>
<context>
    <name>LaptopParts</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="35"/>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="92"/>
        <source>C&amp;onflicts…</source>
        <translation>衝突(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="72"/>
        <source>Laptop database: %1</source>
        <translation>筆記型電腦資料庫：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="90"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n 個未解決的衝突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="91"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>衝突 (%n)(&amp;O)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="124"/>
        <source>S&amp;ync with office</source>
        <translation>與辦公室同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="127"/>
        <source>Send this laptop&apos;s changes to the office server and fetch the office&apos;s changes (Ctrl+Shift+S)</source>
        <translation>將本筆記型電腦的變更傳送到辦公室伺服器，並取得辦公室的變更（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="130"/>
        <source>&amp;Hand back this case…</source>
        <translation>交還此病例(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="168"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 項變更待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="170"/>
        <source>Office server: %1</source>
        <translation>辦公室伺服器：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="196"/>
        <source>This laptop has not synced with the office for %n day(s): sync when you have a network.</source>
        <translation>
            <numerusform>本筆記型電腦已有 %n 天未與辦公室同步：有網路時請同步。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="217"/>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="278"/>
        <source>Sync with office</source>
        <translation>與辦公室同步</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="218"/>
        <source>Password of your login on the office server %1:</source>
        <translation>您在辦公室伺服器 %1 上的登入密碼：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="234"/>
        <source>Syncing with the office…</source>
        <translation>正在與辦公室同步…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="251"/>
        <source>Handed back to the office: %n case(s) left this laptop.</source>
        <translation>
            <numerusform>已交還辦公室：%n 個病例已從本筆記型電腦移除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="252"/>
        <source>Synced, but the case stays on this laptop: some of its changes have not reached the office yet.</source>
        <translation>已同步，但病例仍留在本筆記型電腦上：部分變更尚未到達辦公室。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>已傳送 %n 項變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>received %n</source>
        <translation>
            <numerusform>已接收 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="258"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 個衝突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="259"/>
        <source>, </source>
        <comment>between the parts of a sync&apos;s result</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="270"/>
        <source>Sync did not complete: %1</source>
        <translation>同步未完成：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="279"/>
        <source>Sync did not complete.</source>
        <translation>同步未完成。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="281"/>
        <source>Nothing is lost: this laptop keeps its changes, and the next sync sends them.</source>
        <translation>沒有遺失任何內容：此筆記型電腦保留其變更，下次同步時會傳送。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="299"/>
        <source>Hand back this case</source>
        <translation>交還此病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="300"/>
        <source>Hand the case %1 back to the office? It is synced a last time, then removed from this laptop.</source>
        <translation>將病例 %1 交還辦公室？將最後同步一次，然後從本筆記型電腦移除。</translation>
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
        <translation>請在清單中選擇一個病例，或新增病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="214"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="216"/>
        <source>What needs doing today: replies, tasks, arrivals, sessions, visa deadlines</source>
        <translation>今天要做的事：回覆、任務、抵達、治療、簽證期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="218"/>
        <source>&amp;New case…</source>
        <translation>新增病例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="221"/>
        <source>&amp;Print packet…</source>
        <translation>列印資料包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="224"/>
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="225"/>
        <source>Add &amp;sample cases</source>
        <translation>新增範例病例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="228"/>
        <source>Change &amp;user…</source>
        <translation>切換使用者(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="231"/>
        <source>&amp;Connect to office server…</source>
        <translation>連線至辦公室伺服器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="233"/>
        <source>Use a &amp;local database…</source>
        <translation>使用本機資料庫(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="239"/>
        <source>&amp;Find case</source>
        <translation>尋找病例(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="240"/>
        <source>&amp;Duplicate persons…</source>
        <translation>重複人員(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="242"/>
        <source>&amp;Export list…</source>
        <translation>匯出清單(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="244"/>
        <source>&amp;Agency reports…</source>
        <translation>機構報表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="247"/>
        <source>&amp;About HIRT Desk</source>
        <translation>關於 HIRT Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="248"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="261"/>
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="279"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>病例 %1 有尚未儲存的修改。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="293"/>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="322"/>
        <source>The case could not be opened.</source>
        <translation>無法開啟該病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>All changes saved</source>
        <translation>所有修改已儲存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="382"/>
        <source>The case was not created.</source>
        <translation>病例未建立。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="389"/>
        <source>Case %1 created.</source>
        <translation>已建立病例 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="422"/>
        <source>The packet could not be prepared.</source>
        <translation>無法準備資料包。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>病例 %1 有尚未儲存的修改。資料包僅包含已儲存的內容。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="439"/>
        <source>Print what is saved</source>
        <translation>列印已儲存的內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="456"/>
        <source>The sample cases could not be added.</source>
        <translation>無法新增範例病例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>已新增 %n 個範例病例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="463"/>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="471"/>
        <location filename="../hirt_desk/ui/main_window.py" line="491"/>
        <source>The backup could not be written.</source>
        <translation>無法寫入備份。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>Backing up to %1…</source>
        <translation>正在備份至 %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="484"/>
        <source>Backup written to %1</source>
        <translation>備份已寫入 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="497"/>
        <location filename="../hirt_desk/ui/main_window.py" line="505"/>
        <source>The settings could not be opened.</source>
        <translation>無法開啟設定。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="533"/>
        <source>The staff list was not saved.</source>
        <translation>工作人員名單未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="540"/>
        <source>The agency profile was not saved.</source>
        <translation>機構資訊未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="547"/>
        <source>The fees were not saved.</source>
        <translation>費用未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="572"/>
        <source>Local database: %1</source>
        <translation>本機資料庫：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="573"/>
        <source>Office server %1 on %2</source>
        <translation>辦公室伺服器 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="582"/>
        <source>The list was exported to %1.</source>
        <translation>清單已匯出到 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="599"/>
        <source>Office server not reachable: reconnecting…</source>
        <translation>無法連線至辦公室伺服器：正在重新連線…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="611"/>
        <source>Case %1 was updated: saved by %2.</source>
        <translation>案例 %1 已更新：由 %2 儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="524"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="48"/>
        <source>Working as: %1</source>
        <translation>目前使用者：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="667"/>
        <source>Change user</source>
        <translation>切換使用者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="668"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>尚無員工名單：請在「設定」（員工）中新增本機構的員工，以便選擇目前工作人員。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="690"/>
        <source>The database was not encrypted.</source>
        <translation>資料庫未加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="696"/>
        <source>The database is encrypted.</source>
        <translation>資料庫已加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="706"/>
        <source>About HIRT Desk</source>
        <translation>關於 HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="707"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
日本重離子放射治療病例管理。</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="41"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="43"/>
        <source>Use this person</source>
        <translation>使用此人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="45"/>
        <source>Not the same</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="55"/>
        <source>birth date unknown</source>
        <translation>出生日期不詳</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/likely_matches.py" line="57"/>
        <source>May be the same person as %1 %2, %3, %n case(s)</source>
        <translation>
            <numerusform>可能與 %1 %2（%3，%n 個病例）是同一人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="45"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="52"/>
        <source>Removed by %1. You changed: %2.</source>
        <translation>已被 %1 刪除。您修改了：%2。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="54"/>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="59"/>
        <source>Remove it</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="55"/>
        <source>Keep it, with my changes</source>
        <translation>保留，並採用我的修改</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="57"/>
        <source>Changed by %1. You removed it.</source>
        <translation>已被 %1 修改。您刪除了它。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="58"/>
        <source>Keep it, with their changes</source>
        <translation>保留，並採用對方的修改</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>採用對方的</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="70"/>
        <source>Keep mine</source>
        <translation>採用我的</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="71"/>
        <source>Merged value:</source>
        <translation>合併後的值：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="105"/>
        <source>Someone else changed this case</source>
        <translation>其他人修改了此病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="108"/>
        <source>While you were editing, someone saved changes to the same fields. Nothing of yours has been saved yet. Choose for each field what to keep, then save with these choices.</source>
        <translation>在您編輯期間，有人儲存了對相同項目的修改。您的修改尚未儲存。請為每個項目選擇要保留的內容，然後按所選內容儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>When you opened it</source>
        <translation>您開啟時的值</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="148"/>
        <source>Save with these choices</source>
        <translation>按所選內容儲存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="175"/>
        <source>Choose what to keep.</source>
        <translation>請選擇要保留的內容。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="178"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>不是有效日期：請使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="179"/>
        <source>Not a number.</source>
        <translation>不是數字。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="180"/>
        <source>Not a value this field can hold.</source>
        <translation>此項目不能使用該值。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="187"/>
        <source>Not saved yet: a choice is missing or wrong.</source>
        <translation>尚未儲存：有選擇缺失或有誤。</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="158"/>
        <source>Quote</source>
        <extracomment>a quote, bill or payment was saved: the balance and the history changed</extracomment>
        <translation>報價</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="160"/>
        <source>e.g. 0.048</source>
        <translation>例如 0.048</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="163"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="205"/>
        <source>yen</source>
        <translation>日圓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="165"/>
        <source>Patient&apos;s currency</source>
        <translation>患者的貨幣</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="167"/>
        <source>Rate (units per yen)</source>
        <translation>匯率（每日圓）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="169"/>
        <source>Rate of</source>
        <translation>匯率日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="171"/>
        <source>Other medical services (estimate)</source>
        <translation>其他醫療費用（估算）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="175"/>
        <source>Calculate</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="176"/>
        <source>Save as a new version</source>
        <translation>另存為新版本</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="177"/>
        <source>Print quote…</source>
        <translation>列印報價單…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="199"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="197"/>
        <source>Deposit requests, invoices and settlement</source>
        <translation>預付款請求、發票和結算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Issued</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Deposit request</source>
        <translation>預付款請求</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="203"/>
        <source>Final settlement (what was spent)</source>
        <translation>最終結算（實際花費）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="211"/>
        <source>Due by</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="213"/>
        <source>Issue</source>
        <translation>開立</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="214"/>
        <source>Print selected…</source>
        <translation>列印所選…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="216"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="249"/>
        <source>Withdraw selected…</source>
        <translation>撤銷所選…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="225"/>
        <source>Payments and refunds</source>
        <translation>付款和退款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>In yen</source>
        <translation>折合日圓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Reference</source>
        <translation>參考號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="230"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Payment received</source>
        <translation>收到付款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="231"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="263"/>
        <source>Refund paid</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="234"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="236"/>
        <source>rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="241"/>
        <source>reference</source>
        <translation>參考號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="248"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="258"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Settlement</source>
        <translation>結算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="305"/>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="310"/>
        <source>Saved versions: %1</source>
        <translation>已儲存版本：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="314"/>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="316"/>
        <source>Enter the rate: how many units of the currency one yen buys.</source>
        <translation>請輸入匯率：1日圓可兌換多少該貨幣。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="317"/>
        <source>Enter a currency code such as CNY, USD or VND.</source>
        <translation>請輸入貨幣代碼，例如 CNY、USD 或 VND。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="318"/>
        <source>Enter the amount as a number.</source>
        <translation>請以數字輸入金額。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="319"/>
        <source>The amount has more decimals than the currency has.</source>
        <translation>金額的小數位數超過了該貨幣的位數。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="320"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="321"/>
        <source>Enter an amount above zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="322"/>
        <source>The due date is before the date issued.</source>
        <translation>付款期限早於開立日期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="341"/>
        <source>Enter the rate&apos;s date as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 輸入匯率日期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="369"/>
        <source>Quote version %1 saved.</source>
        <translation>已儲存報價第 %1 版。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="374"/>
        <source>Save the PDF</source>
        <translation>儲存 PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="398"/>
        <source>Writing %1…</source>
        <translation>正在寫入：%1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="402"/>
        <source>Written: %1</source>
        <translation>已寫入：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="406"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF 未寫入：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="419"/>
        <source>Enter the due date as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 輸入付款期限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="424"/>
        <source>Settled: refund %1 to the patient.</source>
        <translation>已結算：向患者退款 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="425"/>
        <source>Settled: ask the patient for %1 more.</source>
        <translation>已結算：向患者追加收取 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="426"/>
        <source>Settled: nothing more to pay or refund.</source>
        <translation>已結算：無需補繳或退款。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="436"/>
        <source>Issued %1.</source>
        <translation>已開立 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="450"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="488"/>
        <source>Select a deposit request or invoice first.</source>
        <translation>請先選擇預付款請求或發票。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="468"/>
        <source>Withdraw %1? It no longer counts in the balance; the history keeps it.</source>
        <translation>撤銷 %1？它將不再計入餘額，歷史記錄中仍會保留。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="469"/>
        <source>Withdraw</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="497"/>
        <source>Select a payment first.</source>
        <translation>請先選擇一筆付款。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="510"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 輸入日期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="522"/>
        <source>Recorded: %1, counted as %2.</source>
        <translation>已記錄：%1，折合 %2。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="70"/>
        <source>New case</source>
        <translation>新增病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="73"/>
        <source>Patient already in HIRT Desk</source>
        <translation>HIRT Desk 中已有的患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="89"/>
        <source>Name or passport number</source>
        <translation>姓名或護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="92"/>
        <source>Matching patients</source>
        <translation>符合的患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="118"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="119"/>
        <source>Inquiry date</source>
        <translation>諮詢日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="121"/>
        <source>Packet language</source>
        <translation>資料包語言</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>Encrypt the database</source>
        <translation>加密資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="94"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>加密後，資料庫及其備份只能使用此密碼讀取。HIRT Desk 每次啟動時都會要求輸入密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="97"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;如果遺失密碼，病例將無法復原&lt;/b&gt;：沒有密碼，任何人都無法開啟資料庫。請妥善保管。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="107"/>
        <source>Passphrase again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="109"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>至少 %n 個字元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="120"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>密碼太短：至少需要 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="123"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>密碼中含有不能使用的字元。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="125"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="77"/>
        <source>Coordinator</source>
        <translation>協調員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="78"/>
        <source>Packet language</source>
        <translation>資料包語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="47"/>
        <source>Change status…</source>
        <extracomment>an editable field (coordinator, packet language) changed the user asked to change the status the user asked to undo the last status change the user wrote a note and pressed &quot;Add note&quot; (its text); `note_saved()` clears the box</extracomment>
        <translation>更改狀態…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="50"/>
        <source>Undo last change</source>
        <translation>復原上一次變更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Case number</source>
        <translation>病例編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
        <source>Inquiry</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="76"/>
        <source>Reply due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="83"/>
        <source>Status history</source>
        <translation>狀態歷史</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Write a note for this case</source>
        <translation>為此病例填寫備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="93"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="96"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="118"/>
        <source>Back from %1 to %2</source>
        <translation>從%1退回%2</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="120"/>
        <source>Packet for %1 %2</source>
        <translation>%1 %2 的資料包</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="128"/>
        <source>&amp;Language beside Japanese:</source>
        <translation>與日語並列的語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="137"/>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="172"/>
        <source>Preparing the packet in %1…</source>
        <translation>正在準備%1版資料包…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="196"/>
        <source>%n page(s), Japanese beside %1.</source>
        <translation>
            <numerusform>共 %n 頁，日語與%1對照。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="207"/>
        <source>The packet could not be prepared. %1</source>
        <translation>無法準備資料包。%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="235"/>
        <source>Save packet</source>
        <translation>儲存資料包</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="248"/>
        <source>Not saved. %1</source>
        <translation>未儲存。%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="251"/>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="282"/>
        <source>Printing page %1 of %2…</source>
        <translation>正在列印第 %1 頁，共 %2 頁…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="288"/>
        <source>%n page(s) printed to the file %1.</source>
        <translation>
            <numerusform>已將 %n 頁列印到檔案 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="291"/>
        <source>%n page(s) sent to the printer %1.</source>
        <translation>
            <numerusform>已將 %n 頁傳送到印表機 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="297"/>
        <source>Not printed. %1</source>
        <translation>未列印。%1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="34"/>
        <source>Encrypted database</source>
        <translation>加密的資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="38"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>資料庫 %1 已加密。請輸入密碼以開啟。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="63"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>此密碼無法開啟資料庫。請檢查後重試。</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited Open on a likely match: its newest case (id) Use this person on a likely match: this case&apos;s patient is that person (their id) Not the same on a likely match (their id)</extracomment>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Name (passport)</source>
        <translation>姓名（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Own script</source>
        <translation>本國文字</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
        <source>Add companion…</source>
        <translation>新增陪同人員…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="181"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="182"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="191"/>
        <source>Companions</source>
        <translation>陪同人員</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="30"/>
        <source>F (female)</source>
        <translation>女 (F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="31"/>
        <source>M (male)</source>
        <translation>男 (M)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="32"/>
        <source>X (unspecified)</source>
        <translation>未指定 (X)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="98"/>
        <source>Surname (passport)</source>
        <translation>姓（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="99"/>
        <source>Given names (passport)</source>
        <translation>名（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="100"/>
        <source>Name in own script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="101"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="102"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="103"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="104"/>
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="105"/>
        <source>Passport expiry</source>
        <translation>護照有效期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="106"/>
        <source>Languages</source>
        <translation>使用語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="107"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="108"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="109"/>
        <source>Home address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <translation>與護照一致，例如 NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>例如：NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>出行人員本國文字，例如 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>e.g. 阮文安</source>
        <translation>例如：阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="156"/>
        <source>e.g. +84 912 345 678</source>
        <translation>例如：+84 912 345 678</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="157"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>含國碼，例如 +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="41"/>
        <source>Merge two records of one person</source>
        <translation>合併同一人的兩筆記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="45"/>
        <source>The record on the left is kept: the cases of the record on the right move to it, with their companions, visa records and documents. Choose, field by field, which value the kept record has. The merge can be undone from the History tab.</source>
        <translation>保留左側的記錄：右側記錄的病例連同陪同人員、簽證記錄和文件一起移到左側。請逐項選擇保留記錄的值。合併可在「歷史」分頁中復原。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="53"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="67"/>
        <source>Swap: keep the right record</source>
        <translation>交換：保留右側的記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Merged into it</source>
        <translation>併入其中</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="19"/>
        <source>same birth date (%1)</source>
        <translation>出生日期相同（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="20"/>
        <source>birth dates with day and month swapped (%1, %2)</source>
        <translation>出生日期的日與月顛倒（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="21"/>
        <source>birth dates one digit apart (%1, %2)</source>
        <translation>出生日期相差一位數字（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="22"/>
        <source>born the same year but on different days (%1, %2)</source>
        <translation>同年出生但日期不同（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="23"/>
        <source>different birth dates (%1, %2)</source>
        <translation>出生日期不同（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="24"/>
        <source>same passport number</source>
        <translation>護照號碼相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="25"/>
        <source>different passport numbers</source>
        <translation>護照號碼不同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="26"/>
        <source>same nationality</source>
        <translation>國籍相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="27"/>
        <source>different nationalities (%1, %2)</source>
        <translation>國籍不同（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="28"/>
        <source>different sex</source>
        <translation>性別不同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="29"/>
        <source>same phone number</source>
        <translation>電話號碼相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="30"/>
        <source>same e-mail address</source>
        <translation>電子郵件地址相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="31"/>
        <source>different names</source>
        <translation>姓名不同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="32"/>
        <source>different names in own script (%1, %2)</source>
        <translation>本國文字姓名不同（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="33"/>
        <source>names in own script nearly the same (%1, %2)</source>
        <translation>本國文字姓名幾乎相同（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="34"/>
        <source>same name in own script (%1)</source>
        <translation>本國文字姓名相同（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="35"/>
        <source>same name (%1)</source>
        <translation>姓名相同（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="36"/>
        <source>%1 and %2 are spellings of one name</source>
        <translation>%1 與 %2 是同一名字的不同拼法</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="37"/>
        <source>%1 and %2 differ by a letter or two</source>
        <translation>%1 與 %2 相差一兩個字母</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="38"/>
        <source>%1 and %2 have the same consonants</source>
        <translation>%1 與 %2 子音相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="39"/>
        <source>family and given names swapped</source>
        <translation>姓與名顛倒</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="40"/>
        <source>given names in one record only</source>
        <translation>僅一筆記錄有名字</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="41"/>
        <source>a middle name in one record only</source>
        <translation>僅一筆記錄有中間名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="42"/>
        <source>names in another order</source>
        <translation>姓名順序不同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="43"/>
        <source>%1 reads %2</source>
        <translation>%1 讀作 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="44"/>
        <source>%1 reads %2 (%3)</source>
        <translation>%1 讀作 %2（%3）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="45"/>
        <source>%1 reads %2 (%3 is also written %4)</source>
        <translation>%1 讀作 %2（%3 也寫作 %4）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="46"/>
        <source>%1 is %2 without diacritics</source>
        <translation>%1 去掉變音符號為 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="47"/>
        <source>%1 has the consonants %2</source>
        <translation>%1 的子音為 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="48"/>
        <source>marked as different people</source>
        <translation>已標記為不同的人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="59"/>
        <source>Wade-Giles</source>
        <translation>威妥瑪拼音</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="60"/>
        <source>Cantonese</source>
        <translation>粵語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="61"/>
        <source>RTGS</source>
        <translation>RTGS（泰國皇家轉寫）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="62"/>
        <source>ICAO 9303</source>
        <translation>ICAO 9303</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="63"/>
        <source>Russian passports before 2010</source>
        <translation>2010 年以前的俄羅斯護照</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="64"/>
        <source>Mongolian passport spelling</source>
        <translation>蒙古護照拼法</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="101"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="127"/>
        <source>Remove companion</source>
        <translation>移除陪同人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="104"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1 有簽證記錄，將隨其一併刪除。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="106"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 參與 %2 個行程項目，其中 %3 個僅其本人參與。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="112"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>從行程中移除（僅其本人參與的項目將被刪除）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="114"/>
        <source>Give their itinerary items to:</source>
        <translation>將其行程項目轉給：</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="123"/>
        <location filename="../hirt_desk/ui/reports_view.py" line="368"/>
        <source>Reports</source>
        <extracomment>the figures asked for last are shown (or were refused) a report file was written; carries its path the report was printed; carries how many pages</extracomment>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="141"/>
        <source>All facilities</source>
        <translation>所有醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="146"/>
        <source>All (or a code such as CN)</source>
        <translation>全部(或代碼,如 CN)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="150"/>
        <source>All coordinators</source>
        <translation>所有協調員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="161"/>
        <source>Report:</source>
        <translation>報表:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="166"/>
        <source>Inquiries from:</source>
        <translation>諮詢期間:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="167"/>
        <source>Facility:</source>
        <translation>醫療機構:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="168"/>
        <source>Nationality:</source>
        <translation>國籍:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="169"/>
        <source>Coordinator:</source>
        <translation>協調員:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="188"/>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="190"/>
        <source>Export CSV/XLSX…</source>
        <translation>匯出 CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="227"/>
        <source>The period ends before it starts.</source>
        <translation>期間的結束早於開始。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="231"/>
        <source>A nationality is a two-letter country code, such as CN.</source>
        <translation>國籍請輸入兩個字母的國家代碼,如 CN。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="245"/>
        <source>Reading the figures…</source>
        <translation>正在讀取數據…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="269"/>
        <source>Reports are for managers: your role may not read them.</source>
        <translation>報表僅供經理使用:您的角色無權查看。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="271"/>
        <source>The report could not be read.</source>
        <translation>無法讀取報表。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="325"/>
        <source>Choose a name ending in .csv, .xlsx or .pdf.</source>
        <translation>請選擇以 .csv、.xlsx 或 .pdf 結尾的檔名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="328"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="340"/>
        <source>Saved as %1.</source>
        <translation>已儲存為 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="348"/>
        <source>The file could not be written.</source>
        <translation>無法寫入檔案。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="353"/>
        <source>Preparing the pages…</source>
        <translation>正在準備頁面…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="375"/>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/reports_view.py" line="382"/>
        <source>%n page(s) printed: %1.</source>
        <translation>
            <numerusform>已列印 %n 頁:%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="391"/>
        <source>The report could not be printed.</source>
        <translation>無法列印報表。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>Save the report as PDF</source>
        <translation>將報表儲存為 PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="203"/>
        <source>Enter the diagnosis facts to screen the case.</source>
        <translation>請輸入診斷資訊以評估此病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="211"/>
        <source>Schedule: %1</source>
        <translation>治療日程：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="214"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="216"/>
        <source>Rules: %1, version %2</source>
        <translation>判定規則：%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Criterion</source>
        <translation>標準</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="303"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="304"/>
        <source>US Letter</source>
        <translation>美式信紙</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="308"/>
        <source>Same as the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="317"/>
        <source>Language of the window</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>新語言將在 HIRT Desk 下次啟動時生效。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="319"/>
        <source>Daily automatic backups kept</source>
        <translation>保留的每日自動備份數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="320"/>
        <source>Paper size of printed documents</source>
        <translation>列印文件的紙張大小</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="323"/>
        <source>The database is encrypted.</source>
        <translation>資料庫已加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="326"/>
        <source>Encrypt the database…</source>
        <translation>加密資料庫…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="334"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="340"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>作為擔保方印在簽證文件和資料包上。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="342"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>只有管理員可以修改機構資料。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (Japanese)</source>
        <translation>名稱（日文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="346"/>
        <source>Guarantor list (A or B)</source>
        <translation>擔保機構名單（A 或 B）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="347"/>
        <source>Registration number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>代表人姓名（於保證書上簽名蓋章）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (Japanese)</source>
        <translation>地址（日文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>24-hour helpline</source>
        <translation>24 小時服務熱線</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="351"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="365"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="366"/>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="369"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="375"/>
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>A or B (MOFA&apos;s lists).</source>
        <translation>A 或 B（外務省名單）。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="55"/>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation>使用 HIRT Desk 的人員。名單不為空時，HIRT Desk 會在啟動時詢問目前工作人員，並以該登入名記錄每一項修改。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="58"/>
        <source>The people who log in to the office server. A person added here can log in at once with the password you give them.</source>
        <translation>登入辦公室伺服器的人員。在此新增的人員可立即使用您提供的密碼登入。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="60"/>
        <source>The people who log in to the office server. An administrator adds them.</source>
        <translation>登入辦公室伺服器的人員。由管理員新增。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person…</source>
        <translation>新增人員…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="80"/>
        <source>Remove person</source>
        <translation>刪除人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="152"/>
        <source>Each person needs a login.</source>
        <translation>每個人都需要登入名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="154"/>
        <source>A login has no spaces.</source>
        <translation>登入名不能包含空格。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="156"/>
        <source>The login %1 is listed twice.</source>
        <translation>登入名 %1 重複。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="222"/>
        <source>Change status</source>
        <translation>更改狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="243"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="244"/>
        <source>New status</source>
        <translation>新狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="246"/>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="248"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="256"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>需要簽證，但以下人員尚未取得簽證：%1。您可以繼續；請在「簽證」分頁記錄簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>Not before the inquiry (%1).</source>
        <translation>不得早於諮詢日期（%1）。</translation>
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
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="62"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <source>Proposed</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="111"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="57"/>
        <source>Accept as a task</source>
        <translation>設為任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="59"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="65"/>
        <source>Dismiss</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="63"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="67"/>
        <source>Remove…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="69"/>
        <source>Remove a task added by mistake (a task done or not needed is marked Done or Dismissed instead)</source>
        <translation>刪除誤加的任務（已做完或不需要的任務請標為「完成」或「略過」）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="73"/>
        <source>What needs doing</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="79"/>
        <source>Add task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="102"/>
        <source>Task:</source>
        <translation>任務：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="103"/>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="104"/>
        <source>Assigned to:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="106"/>
        <source>&lt;b&gt;Proposed from the case&apos;s dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;依個案日期的建議&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="109"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;任務&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="119"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="132"/>
        <source>the team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="142"/>
        <source>Reply to the inquiry</source>
        <translation>回覆諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="143"/>
        <source>Request the missing records: %1</source>
        <translation>索取缺少的資料：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="144"/>
        <source>Send the records to the facility</source>
        <translation>將資料寄給醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="145"/>
        <source>Book the flights</source>
        <translation>預訂機票</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="146"/>
        <source>Apply for the visa of %1</source>
        <translation>為%1申請簽證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="147"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>為%1更新護照（%2到期）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>open</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>dismissed</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="178"/>
        <source>Say what needs doing.</source>
        <translation>請填寫要做的事。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="187"/>
        <source>Give the date it is due.</source>
        <translation>請填寫截止日期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="192"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="206"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="232"/>
        <source>The task was not saved.</source>
        <translation>任務未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="214"/>
        <source>Remove task</source>
        <translation>刪除任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="215"/>
        <source>Remove the task “%1”?</source>
        <translation>刪除任務「%1」？</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="221"/>
        <source>The task was not removed.</source>
        <translation>任務未刪除。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="27"/>
        <source>What happened to this case, newest first.</source>
        <translation>此個案的經過，最新的在前。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="45"/>
        <source>Status: %1 → %2</source>
        <translation>狀態：%1 → %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="46"/>
        <source>Status: %2</source>
        <translation>狀態：%2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="49"/>
        <source>Screened: %1</source>
        <translation>篩查：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="51"/>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 from %2: %3</source>
        <translation>%1（來自%2）：%3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 to %2: %3</source>
        <translation>%1（發給%2）：%3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="57"/>
        <source>Document added: %1 (%2)</source>
        <translation>新增文件：%1（%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>open</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>dismissed</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="60"/>
        <source>Task: %1 (due %2, %3)</source>
        <translation>任務：%1（截止 %2，%3）</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Due</source>
        <extracomment>a line was opened (double-click or Enter): its case&apos;s id</extracomment>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Replies due</source>
        <translation>待回覆</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="68"/>
        <source>Arrivals and departures</source>
        <translation>抵達與離開</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="69"/>
        <source>Sessions today and tomorrow</source>
        <translation>今天和明天的治療</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="70"/>
        <source>Visa deadlines and flights to book</source>
        <translation>簽證期限與待訂機票</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="71"/>
        <source>Passports expiring</source>
        <translation>即將到期的護照</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="72"/>
        <source>Coming up: tasks due later</source>
        <translation>即將到來：稍後到期的任務</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="81"/>
        <source>Today: %1, %2</source>
        <translation>今天：%2，%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="83"/>
        <source>Reading what is due…</source>
        <translation>正在讀取待辦事項…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="121"/>
        <source>What is due could not be read.</source>
        <translation>無法讀取待辦事項。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="147"/>
        <source>Nothing is due.</source>
        <translation>沒有待辦事項。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="163"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="165"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="170"/>
        <source>the team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="173"/>
        <source>Reply to the inquiry</source>
        <translation>回覆諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="174"/>
        <source>Arrives: %1</source>
        <translation>抵達：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="175"/>
        <source>Leaves Japan: %1</source>
        <translation>離開日本：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="176"/>
        <source>Session at %1</source>
        <translation>治療 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="177"/>
        <source>Apply for the visa of %1</source>
        <translation>為%1申請簽證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="178"/>
        <source>Book the flights</source>
        <translation>預訂機票</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="179"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>為%1更新護照（%2到期）</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="115"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="116"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="117"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="272"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>身分擔保書 (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="274"/>
        <source>Departure report (PDF)…</source>
        <translation>出境報告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="286"/>
        <source>What is late or wrong</source>
        <translation>逾期或有誤的事項</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="329"/>
        <source>Nothing late or wrong.</source>
        <translation>沒有逾期或有誤的事項。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="351"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="390"/>
        <source>Not written: %1</source>
        <translation>未寫入：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="358"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="369"/>
        <source>Written to %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="374"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>機構資料仍為虛構的範例機構。請先在「設定」中輸入貴機構的資料（名稱、保證機構登記、地址）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="377"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>尚非所有人都已離開日本：請在每位旅客的出境當日或之後填寫出境報告。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="380"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>有旅客的行程中沒有離開日本的航班：請先新增。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="394"/>
        <source>Guarantor form</source>
        <translation>身分擔保書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="398"/>
        <source>Departure report</source>
        <translation>出境報告</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="94"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 HIRT Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="96"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>此資料庫中還沒有病例。&lt;br&gt;可以新增範例病例來熟悉軟體，或建立本機構的第一個病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="100"/>
        <source>Add 50 sample cases</source>
        <translation>新增 50 個範例病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="103"/>
        <source>New case…</source>
        <translation>新增病例…</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="59"/>
        <source>Who is working?</source>
        <translation>目前工作人員是誰？</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="60"/>
        <source>Changes you make are recorded under the name you choose.</source>
        <translation>您所做的修改將以所選姓名記錄。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>檔案 %1 不是 HIRT Desk 資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>檔案 %1 屬於其他程式，而不是 HIRT Desk。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>資料庫 %1 已損壞。請從備份還原。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="25"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>資料庫 %1 由更新版本的 HIRT Desk 寫入。請安裝該版本後再開啟。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="27"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>資料庫 %1 正被其他程式使用。請關閉該程式後重試。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>資料庫 %1 為唯讀。HIRT Desk 需要寫入權限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>%1 所在的磁碟已滿。最後一次修改未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 could not be read or written.</source>
        <translation>無法讀取或寫入資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>無法在此資料夾中建立資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="33"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>資料庫 %1 旁邊有一個屬於其他資料庫的預寫記錄（-wal 檔案）。HIRT Desk 未改動這兩個檔案：請將 -wal 檔案移走，然後重新開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>檔案 %1 為空：其中沒有 HIRT Desk 資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>資料庫 %1 已加密：需要輸入密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>此密碼無法開啟資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="40"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>無法連線至辦公室伺服器 %1，或伺服器拒絕了此登入。請檢查位址、密碼和網路。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="42"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>伺服器資料庫 %1 不是 UTF-8 資料庫。請管理員使用以下指令建立：createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="45"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>伺服器資料庫 %1 尚無 HIRT Desk 結構描述。請管理員執行：hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="48"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>伺服器資料庫 %1 的 HIRT Desk 結構描述版本過舊。請管理員執行：hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="50"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>辦公室伺服器 %1 不允許此登入執行所要求的操作。請向管理員申請適當的角色。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The office server %1 needs the password of this login.</source>
        <translation>辦公室伺服器 %1 需要此登入名稱的密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="53"/>
        <source>The office server %1 refused the login: the login or the password is wrong.</source>
        <translation>辦公室伺服器 %1 拒絕了登入：登入名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="55"/>
        <source>The office server %1 cannot be found: check the server address.</source>
        <translation>找不到辦公室伺服器 %1：請檢查伺服器位址。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>The database %1 does not exist on that server: check the database name.</source>
        <translation>該伺服器上不存在資料庫 %1：請檢查資料庫名稱。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>The office server %1 refused the encrypted connection: its certificate could not be checked, or it offers no encryption. Check the connection setting.</source>
        <translation>辦公室伺服器 %1 拒絕了加密連線：無法驗證其憑證，或伺服器不提供加密。請檢查連線方式。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="62"/>
        <source>The connection to the office server %1 was lost. The last change was not saved; HIRT Desk connects again when you retry.</source>
        <translation>與辦公室伺服器 %1 的連線已中斷。最後一次修改未儲存；重試時 HIRT Desk 會重新連線。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="66"/>
        <source>The database %1 cannot be used.</source>
        <translation>無法使用資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Japanese</source>
        <translation>日語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Korean</source>
        <translation>韓語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="84"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>拉丁文、西里爾文和越南語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="85"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>拉丁文、西里爾文和越南語（粗體）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Thai</source>
        <translation>泰語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Arabic</source>
        <translation>阿拉伯語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="95"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 是裝置或其他特殊檔案，不是普通檔案。請選擇一個檔名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="99"/>
        <location filename="../hirt_desk/ui/errors.py" line="100"/>
        <source>You have no permission to write %1.</source>
        <translation>您沒有寫入 %1 的權限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="101"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>磁碟已滿：無法寫入 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="102"/>
        <location filename="../hirt_desk/ui/errors.py" line="103"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的資料夾不存在。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 位於唯讀磁碟上。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="105"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="107"/>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="108"/>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="117"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>此電腦未安裝%1文字的字型（已尋找 %2）。請安裝 %3。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="122"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>以下字元無法用已安裝的字型列印：%1。請在病例中更正，或安裝包含這些字元的字型。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="129"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>發生意外錯誤：%1</translation>
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
        <translation>群馬大學重粒子線醫學中心</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Tumor site</source>
        <extracomment>the facts&apos; labels (the vocabulary, rules/facts.py, has them in English and Japanese): the window&apos;s other languages take them from its catalogs; tests keep the two lists the same</extracomment>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Histology</source>
        <translation>組織學類型</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Largest diameter</source>
        <translation>最大徑</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Measurable on imaging</source>
        <translation>影像學可測量</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Distant metastasis</source>
        <translation>遠處轉移</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Invades the GI tract</source>
        <translation>侵犯消化道</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Invades the spinal cord</source>
        <translation>侵犯脊髓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>ECOG performance status</source>
        <translation>ECOG 體能狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Clinical T</source>
        <translation>臨床 T 分期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Clinical N</source>
        <translation>臨床 N 分期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Clinical M</source>
        <translation>臨床 M 分期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Clinical stage</source>
        <translation>臨床分期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Gleason score confirmed by histopathology</source>
        <translation>Gleason 分數經病理組織學確認</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>PSA before biopsy</source>
        <translation>切片檢查前 PSA</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Child-Pugh class</source>
        <translation>Child-Pugh 分級</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Liver regions involved</source>
        <translation>受累肝區數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Ascites</source>
        <translation>腹水</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="197"/>
        <source>Tumor status</source>
        <translation>腫瘤狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="198"/>
        <source>Surgically resectable</source>
        <translation>可手術切除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="199"/>
        <source>Recurrence after TACE</source>
        <translation>TACE 後復發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="200"/>
        <source>Sarcoma location</source>
        <translation>肉瘤部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="201"/>
        <source>Metal implant in the irradiated area</source>
        <translation>照射區域內有金屬植入物</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="202"/>
        <source>Rectal recurrence site</source>
        <translation>直腸癌復發部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="203"/>
        <source>Distance to nearest GI tract</source>
        <translation>與最近消化道的距離</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="204"/>
        <source>Organs with isolated recurrence</source>
        <translation>孤立性復發的器官</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="205"/>
        <source>Number of recurrent lesions</source>
        <translation>復發病灶數</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Per interpreting day</source>
        <translation>按口譯天數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per night</source>
        <translation>按住宿晚數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per traveller</source>
        <translation>按出行人數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="35"/>
        <source>Per transfer</source>
        <translation>按接送次數</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="74"/>
        <source>Entries</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="76"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="77"/>
        <source>Fixed by hand</source>
        <translation>手動調整</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="78"/>
        <source>Patient record (merge)</source>
        <translation>患者記錄（合併）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Merged into</source>
        <translation>合併到</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="105"/>
        <source>Companion %1</source>
        <translation>陪同人員 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="107"/>
        <source>Status change</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Screening</source>
        <translation>適應症評估</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="109"/>
        <source>Itinerary item</source>
        <translation>行程項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="110"/>
        <source>Visa record</source>
        <translation>簽證記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="112"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Deposit request or invoice</source>
        <translation>預付款請求或發票</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Payment or refund</source>
        <translation>付款或退款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Fee</source>
        <translation>費用項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="128"/>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="130"/>
        <source>(changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <extracomment>Japan&apos;s public holidays as the holidays library names them in English; Japanese comes from the library itself, the window&apos;s other languages from its catalogs</extracomment>
        <translation>元日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="224"/>
        <source>Coming of Age Day</source>
        <translation>成人節</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="225"/>
        <source>Foundation Day</source>
        <translation>建國紀念日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="226"/>
        <source>Emperor&apos;s Birthday</source>
        <translation>天皇誕辰</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="227"/>
        <source>Vernal Equinox Day</source>
        <translation>春分日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="228"/>
        <source>Showa Day</source>
        <translation>昭和日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="229"/>
        <source>Constitution Day</source>
        <translation>憲法紀念日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="230"/>
        <source>Greenery Day</source>
        <translation>綠之日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="231"/>
        <source>Children&apos;s Day</source>
        <translation>兒童節</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="232"/>
        <source>Marine Day</source>
        <translation>海之日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="233"/>
        <source>Mountain Day</source>
        <translation>山之日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="234"/>
        <source>Respect for the Aged Day</source>
        <translation>敬老日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="235"/>
        <source>Autumnal Equinox Day</source>
        <translation>秋分日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="236"/>
        <source>Sports Day</source>
        <translation>體育日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="237"/>
        <source>Culture Day</source>
        <translation>文化日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="238"/>
        <source>Labor Thanksgiving Day</source>
        <translation>勤勞感謝日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="239"/>
        <source>Substitute Holiday</source>
        <translation>補假日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="240"/>
        <source>National Holiday</source>
        <translation>國民休息日</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="57"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="58"/>
        <source>Accommodation</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="59"/>
        <source>Appointment</source>
        <translation>預約門診</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="60"/>
        <source>Treatment session</source>
        <translation>照射治療</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="61"/>
        <source>Transfer / pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="62"/>
        <source>Interpreter</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="63"/>
        <source>Phone rental</source>
        <translation>租用手機</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="70"/>
        <source>The patient arrives after the first appointment.</source>
        <translation>患者在首次預約門診之後才到達。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="72"/>
        <source>The patient leaves before the last treatment session.</source>
        <translation>患者在最後一次照射治療之前離開。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="74"/>
        <source>A session is on a day the facility does not treat (%1).</source>
        <translation>有照射安排在醫療機構不治療的日子（%1）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="77"/>
        <source>%1 night(s) without accommodation, from %2.</source>
        <translation>從 %2 起有 %1 晚沒有住宿。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="79"/>
        <source>“%1” and “%2” overlap on %3.</source>
        <translation>“%1”與“%2”在%3重疊。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="83"/>
        <source>The passport expires on %1, before the stay ends.</source>
        <translation>護照將於%1到期，早於停留結束日。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="86"/>
        <source>The stay is outside the period the visa permits (see the Visa tab).</source>
        <translation>停留時間超出簽證允許的期限（見「簽證」分頁）。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="22"/>
        <source>Records</source>
        <translation>病歷資料</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="23"/>
        <source>Facility review</source>
        <translation>醫療機構審查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="24"/>
        <source>Visa</source>
        <translation>簽證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation>出行</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="26"/>
        <source>In Japan</source>
        <translation>在日本</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="27"/>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="28"/>
        <source>In treatment</source>
        <translation>治療中</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="29"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="31"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="32"/>
        <source>Not indicated</source>
        <translation>無適應症</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="33"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="38"/>
        <source>Prostate</source>
        <translation>攝護腺</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="39"/>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="40"/>
        <source>Liver</source>
        <translation>肝</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="41"/>
        <source>Pancreas</source>
        <translation>胰臟</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="42"/>
        <source>Bone and soft tissue sarcoma</source>
        <translation>骨與軟組織肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="43"/>
        <source>Skull base</source>
        <translation>顱底</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="44"/>
        <source>Rectal recurrence</source>
        <translation>直腸癌復發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="45"/>
        <source>Oligo recurrence</source>
        <translation>寡復發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="47"/>
        <source>Head and neck (mucosal)</source>
        <translation>頭頸部（黏膜）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="48"/>
        <source>Cervix</source>
        <translation>子宮頸</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="49"/>
        <source>Bladder</source>
        <translation>膀胱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="50"/>
        <source>Esophagus</source>
        <translation>食道</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="51"/>
        <source>Kidney</source>
        <translation>腎</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="55"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="56"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="57"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="58"/>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="59"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="60"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="61"/>
        <source>Reply due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="62"/>
        <source>Next date</source>
        <translation>下一日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="81"/>
        <source>The reply promised within 5 days of the inquiry is overdue</source>
        <translation>承諾在諮詢後 5 天內回覆，現已逾期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="86"/>
        <source>%n open conflict(s): Edit → Conflicts…</source>
        <translation>%n 個未解決的衝突：編輯 → 衝突…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>The surname as in the passport is required.</source>
        <translation>必須填寫與護照一致的姓。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>請使用護照上的拉丁字母（A-Z、空格、連字元）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期在未來。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>出生日期早於 120 年前。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>不是國碼（ISO 3166，例如 CN、VN、TH）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>護照號碼由 5 到 20 個字母和數字組成。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>The passport has expired.</source>
        <translation>護照已過期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>The passport expires within 6 months.</source>
        <translation>護照將在 6 個月內到期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="121"/>
        <source>Not an e-mail address.</source>
        <translation>不是電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="122"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>不是有效的電話號碼；請包含國碼（例如 +86）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="124"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>不是有效日期：請使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="125"/>
        <source>There is no such day in the calendar.</source>
        <translation>日曆中沒有這一天。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="140"/>
        <source>Eligible</source>
        <translation>有適應症</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>Not eligible</source>
        <translation>無適應症</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>Needs information</source>
        <translation>需要補充資訊</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>Physician review</source>
        <translation>需醫生審查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="146"/>
        <source>met</source>
        <translation>滿足</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="147"/>
        <source>not met</source>
        <translation>不滿足</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="148"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="149"/>
        <source>review</source>
        <translation>待審查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="269"/>
        <source>Adenocarcinoma</source>
        <translation>腺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="270"/>
        <source>Non-small cell lung cancer</source>
        <translation>非小細胞肺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="271"/>
        <source>Small cell lung cancer</source>
        <translation>小細胞肺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="272"/>
        <source>Squamous cell carcinoma</source>
        <translation>鱗狀細胞癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="273"/>
        <source>Hepatocellular carcinoma</source>
        <translation>肝細胞癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="274"/>
        <source>Cholangiocarcinoma</source>
        <translation>膽管癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="275"/>
        <source>Osteosarcoma</source>
        <translation>骨肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="276"/>
        <source>Chordoma</source>
        <translation>脊索瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="277"/>
        <source>Chondrosarcoma</source>
        <translation>軟骨肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="278"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>未分化多形性肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="279"/>
        <source>MPNST</source>
        <translation>MPNST</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="280"/>
        <source>Leiomyosarcoma</source>
        <translation>平滑肌肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="281"/>
        <source>Synovial sarcoma</source>
        <translation>滑膜肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="282"/>
        <source>Ewing sarcoma</source>
        <translation>尤文肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="283"/>
        <source>Ductal carcinoma</source>
        <translation>導管癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="284"/>
        <source>Primary</source>
        <translation>原發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="285"/>
        <source>Residual after surgery</source>
        <translation>術後殘留</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="286"/>
        <source>Recurrent</source>
        <translation>復發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="287"/>
        <source>Inoperable</source>
        <translation>無法手術</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="288"/>
        <source>Head and neck</source>
        <translation>頭頸部</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="289"/>
        <source>Thoracic</source>
        <translation>胸部</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="290"/>
        <source>Spinal / paraspinal</source>
        <translation>脊柱 / 椎旁</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="291"/>
        <source>Retroperitoneal</source>
        <translation>腹膜後</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="292"/>
        <source>Pelvis</source>
        <translation>骨盆</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="293"/>
        <source>Extremity</source>
        <translation>四肢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="294"/>
        <source>Anastomosis</source>
        <translation>吻合口</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="295"/>
        <source>Pelvic wall</source>
        <translation>盆壁</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="296"/>
        <source>Lymph node</source>
        <translation>淋巴結</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="297"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="298"/>
        <source>Brain</source>
        <translation>腦</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="299"/>
        <source>Adrenal</source>
        <translation>腎上腺</translation>
    </message>
</context>
<context>
    <name>listExport</name>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="24"/>
        <location filename="../hirt_desk/ui/list_export.py" line="36"/>
        <source>Export the case list</source>
        <translation>匯出病例清單</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="34"/>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="37"/>
        <source>Choose a name ending in .csv or .xlsx.</source>
        <translation>請選擇以 .csv 或 .xlsx 結尾的檔名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="40"/>
        <source>The list could not be exported.</source>
        <translation>無法匯出清單。</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="54"/>
        <source>Due from the patient: %1</source>
        <translation>患者應付：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="56"/>
        <source>To refund to the patient: %1</source>
        <translation>應退還患者：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="57"/>
        <source>Held for the patient: %1</source>
        <translation>代患者保管：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="59"/>
        <source>Settled</source>
        <translation>已結清</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="61"/>
        <source>Nothing invoiced or received yet</source>
        <translation>尚無開票或收款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="63"/>
        <source>Balanced</source>
        <translation>收支平衡</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="66"/>
        <source>charged %1</source>
        <translation>已開票 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="67"/>
        <source>received %1</source>
        <translation>已收 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="69"/>
        <source>refunded %1</source>
        <translation>已退 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="72"/>
        <source>deposit outstanding %1</source>
        <translation>預付款未付 %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="9"/>
        <source>Referral letter</source>
        <translation>轉診信</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="10"/>
        <source>Pathology report</source>
        <translation>病理報告</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="11"/>
        <source>Imaging report</source>
        <translation>影像報告</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="12"/>
        <source>Imaging images</source>
        <translation>影像資料</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="13"/>
        <source>Blood tests</source>
        <translation>血液檢查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="14"/>
        <source>Medical summary</source>
        <translation>病情摘要</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="15"/>
        <source>Passport copy</source>
        <translation>護照影本</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="16"/>
        <source>Translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="17"/>
        <location filename="../hirt_desk/ui/record_labels.py" line="50"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="20"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="21"/>
        <source>Requested</source>
        <translation>已索取</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="22"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="23"/>
        <source>Translated</source>
        <translation>已翻譯</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="24"/>
        <source>Sent to the facility</source>
        <translation>已寄送給醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="27"/>
        <source>Stored</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="28"/>
        <source>File missing</source>
        <translation>檔案遺失</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="29"/>
        <source>File altered</source>
        <translation>檔案被改動</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="33"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="34"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="35"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="36"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="37"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="38"/>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="39"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="40"/>
        <source>In person</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="43"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="44"/>
        <source>Family</source>
        <translation>家屬</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="45"/>
        <source>Referring hospital</source>
        <translation>轉診醫院</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="46"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="47"/>
        <source>Embassy</source>
        <translation>使館</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="48"/>
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="49"/>
        <source>Hotel</source>
        <translation>飯店</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="53"/>
        <source>Incoming</source>
        <translation>來信/來電</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="54"/>
        <source>Outgoing</source>
        <translation>發出</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Other relative</source>
        <translation>其他親屬</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="47"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="47"/>
        <source>HIRT Desk: the agency&apos;s figures</source>
        <translation>HIRT Desk:機構數據</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="48"/>
        <source>No cases in this period.</source>
        <translation>此期間沒有病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="49"/>
        <source>Cases by nationality and year</source>
        <translation>按國籍和年份的病例數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="50"/>
        <source>Pipeline</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="51"/>
        <source>Where cases ended</source>
        <translation>病例結束情況</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="52"/>
        <source>Screening verdicts by site</source>
        <translation>按部位的篩查結論</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="53"/>
        <source>Reply and treatment times</source>
        <translation>答覆與治療所需天數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="54"/>
        <source>Revenue and receivables by month</source>
        <translation>按月收入與應收款</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="55"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="56"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="57"/>
        <source>Inquiries</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="58"/>
        <source>Treated</source>
        <translation>已治療</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="59"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="60"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="61"/>
        <source>Reached</source>
        <translation>曾到達</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="62"/>
        <source>Ending</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="63"/>
        <source>From</source>
        <translation>來自</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="64"/>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="65"/>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="66"/>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="67"/>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="68"/>
        <source>Within 5 days (%)</source>
        <translation>5 天內 (%)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="69"/>
        <source>Median (days)</source>
        <translation>中位數 (天)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="70"/>
        <source>90th percentile (days)</source>
        <translation>第 90 百分位 (天)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="71"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="72"/>
        <source>Revenue (JPY)</source>
        <translation>收入 (日圓)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="73"/>
        <source>Receivables (JPY)</source>
        <translation>應收款 (日圓)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="74"/>
        <source>Reply to the inquiry</source>
        <translation>答覆諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="75"/>
        <source>Inquiry to first session</source>
        <translation>從諮詢到首次治療</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="98"/>
        <source>Receivables on %1: %2</source>
        <translation>截至 %1 的應收款:%2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="102"/>
        <source>replies within 5 days: %1%</source>
        <translation>5 天內答覆:%1%</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Coordinator</source>
        <translation>協調員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="49"/>
        <source>Working as: %1 · %2</source>
        <translation>目前使用者：%1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="68"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>使領館</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="69"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>申請日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="70"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>簽發日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="71"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="72"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>允許停留期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="73"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>簽證號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="75"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="150"/>
        <source>Named on the patient&apos;s guarantee form</source>
        <translation>已列入患者的擔保書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="53"/>
        <source>Visa application form</source>
        <translation>簽證申請表</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="54"/>
        <source>Certificate of scheduled treatment and letter of guarantee</source>
        <translation>就診預定證明書及身分擔保書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="55"/>
        <source>Proof of funds</source>
        <translation>資金證明</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="56"/>
        <source>Identity documents</source>
        <translation>身分證明文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="57"/>
        <source>Certificate of Eligibility</source>
        <translation>在留資格認定證明書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="58"/>
        <source>Treatment schedule</source>
        <translation>治療日程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>To request</source>
        <translation>待索取</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>Requested</source>
        <translation>已索取</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Checked</source>
        <translation>已核對</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="64"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="69"/>
        <source>Not named on the patient&apos;s guarantee form.</source>
        <translation>患者的擔保書上未列出此人。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="70"/>
        <source>The passport expires before the stay ends.</source>
        <translation>護照在停留結束前到期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="71"/>
        <source>Less than 6 months of passport validity at departure.</source>
        <translation>出發時護照有效期不足 6 個月。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="73"/>
        <source>Over 90 days: hospital admission and a Certificate of Eligibility are required.</source>
        <translation>超過 90 天：需要住院並取得在留資格認定證明書。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="75"/>
        <source>%1 is not in hand yet.</source>
        <translation>尚未取得%1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="77"/>
        <source>The visa has not been applied for.</source>
        <translation>尚未申請簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="78"/>
        <source>The single-entry visa lapses before the flight (use within 3 months of issue).</source>
        <translation>單次簽證在航班前失效（須在簽發後 3 個月內使用）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="80"/>
        <source>The visa is no longer valid on arrival.</source>
        <translation>簽證在入境時已失效。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="81"/>
        <source>The permitted stay does not cover the whole stay.</source>
        <translation>允許停留期限不能涵蓋整個停留期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="82"/>
        <source>Add the flights in the itinerary to decide the visa.</source>
        <translation>請在行程中新增航班以確定簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="83"/>
        <source>Enter the nationality to decide the visa.</source>
        <translation>請輸入國籍以確定簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="91"/>
        <source>Not decided yet.</source>
        <translation>尚未確定。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="92"/>
        <source>No visa needed (visa-free stay).</source>
        <translation>無需簽證（免簽停留）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="93"/>
        <source>Visa for Medical Stay needed.</source>
        <translation>需要醫療滯在簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="94"/>
        <source>Designated Activities (over 90 days, in hospital) with a Certificate of Eligibility.</source>
        <translation>特定活動（超過 90 天，住院），需在留資格認定證明書。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="96"/>
        <source>Stay: %1 days (%2 to %3).</source>
        <translation>停留：%1 天（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="100"/>
        <source>%1: a visa is required to enter Japan.</source>
        <translation>%1：入境日本需要簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="102"/>
        <source>%1: visa-free up to %2 days.</source>
        <translation>%1：免簽停留最長 %2 天。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="105"/>
        <source>Over 90 days: split the stay into visits of 90 days or less, or admit the patient to hospital.</source>
        <translation>超過 90 天：請將停留分成每次不超過 90 天的多次訪問，或安排患者住院。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Companion</source>
        <translation>陪同人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="128"/>
        <source>Apply for the visa by %1 (processing time before the arrival on %2).</source>
        <translation>請於%1前申請簽證（須預留%2入境前的審理時間）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="144"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="146"/>
        <source>Single entry</source>
        <translation>單次入境</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="147"/>
        <source>Multiple entry</source>
        <translation>多次入境</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="149"/>
        <source>Entries</source>
        <translation>入境次數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="165"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="200"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
</TS>
