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
        <location filename="../hirt_desk/ui/case_editor.py" line="52"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False)</extracomment>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="53"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="54"/>
        <source>Diagnosis and screening</source>
        <translation>診斷與適應症評估</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="56"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="59"/>
        <source>Visa</source>
        <translation>簽證</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="62"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="118"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>未儲存：請更正患者資訊中標出的項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="124"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>未儲存：請更正標示的診斷欄位。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="129"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>未儲存：請更正簽證資訊中標出的項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="146"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>未儲存：您的修改仍保留在此，可在準備好後儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="153"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>未儲存：陪同人員的資訊有誤（%1）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="158"/>
        <source>Not saved: check %1.</source>
        <translation>未儲存：請檢查%1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="161"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>未儲存：有一名出行人員已被其他人從本病例中移除。您的修改仍保留在此。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="165"/>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="167"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>您的修改仍保留在此：請先騰出磁碟空間，然後再次儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="216"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="238"/>
        <source>The status was not changed.</source>
        <translation>狀態未更改。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="227"/>
        <source>Undo status change</source>
        <translation>復原狀態變更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="228"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>要復原從%1到%2的變更嗎？個案將回到%1；歷程記錄會保留這兩次變更。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="233"/>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="248"/>
        <source>The note was not saved.</source>
        <translation>備註未儲存。</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="45"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>搜尋姓名、病例編號或護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Cases</source>
        <translation>病例清單</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="70"/>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="75"/>
        <source>All facilities</source>
        <translation>全部醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="78"/>
        <source>Reply overdue</source>
        <translation>回覆逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="153"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 個病例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="35"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="69"/>
        <source>Relation to the patient</source>
        <translation>與患者的關係</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="54"/>
        <source>Companion</source>
        <translation>陪同人員</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="68"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="69"/>
        <source>Something went wrong in HIRT Desk. What you were doing may not have been completed.</source>
        <translation>HIRT Desk 出現錯誤。您正在進行的操作可能未完成。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="74"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>此前儲存的所有內容都安全地儲存在資料庫中，您可以繼續工作。如果再次出現此問題，請將記錄檔傳送給技術支援：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="77"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>此前儲存的所有內容都安全地儲存在資料庫中，您可以繼續工作。詳細資訊無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="73"/>
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
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="318"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>腫瘤部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Common criteria</source>
        <translation>共通標準</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="321"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>在表格中選擇一個腫瘤部位，即可檢視其標準所使用的資料項目。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="387"/>
        <source>Check %1: %2</source>
        <translation>請檢查%1：%2</translation>
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
        <location filename="../hirt_desk/ui/history_model.py" line="53"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="56"/>
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="129"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="129"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="130"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="130"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="131"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="132"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="49"/>
        <source>Field:</source>
        <translation>項目：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="52"/>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="57"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>本病例所有已儲存的修改，最新的在前。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="67"/>
        <source>All fields</source>
        <translation>全部項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="80"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 項修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="36"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="37"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="38"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>開始（當地時間）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="39"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="40"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>結束（當地時間）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="41"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>結束地時區</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="42"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>出發地</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="43"/>
        <source>To / where</source>
        <translation>目的地 / 地點</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="44"/>
        <source>Flight number / name</source>
        <translation>航班號 / 名稱</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="45"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>確認號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="46"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>費用（日圓）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="47"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
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
        <location filename="../hirt_desk/ui/field_labels.py" line="33"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>照射次數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="34"/>
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
        <source>What</source>
        <translation type="vanished">內容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="vanished">地點</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="vanished">確認號</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="93"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="106"/>
        <source>Select a case in the list, or create a new one.</source>
        <translation>請在清單中選擇一個病例，或新增病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="158"/>
        <source>&amp;New case…</source>
        <translation>新增病例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="160"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="161"/>
        <source>&amp;Print packet…</source>
        <translation>列印資料包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="164"/>
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="165"/>
        <source>Add &amp;sample cases</source>
        <translation>新增範例病例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="166"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="168"/>
        <source>Change &amp;user…</source>
        <translation>切換使用者(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="172"/>
        <source>&amp;Find case</source>
        <translation>尋找病例(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="173"/>
        <source>&amp;About HIRT Desk</source>
        <translation>關於 HIRT Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="174"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="186"/>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="198"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>病例 %1 有尚未儲存的修改。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="212"/>
        <location filename="../hirt_desk/ui/main_window.py" line="260"/>
        <source>Unsaved changes</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="241"/>
        <source>The case could not be opened.</source>
        <translation>無法開啟該病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="260"/>
        <source>All changes saved</source>
        <translation>所有修改已儲存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="282"/>
        <source>The case was not created.</source>
        <translation>病例未建立。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="288"/>
        <source>Case %1 created.</source>
        <translation>已建立病例 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="298"/>
        <source>The packet could not be prepared.</source>
        <translation>無法準備資料包。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="313"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>病例 %1 有尚未儲存的修改。資料包僅包含已儲存的內容。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="315"/>
        <source>Print what is saved</source>
        <translation>列印已儲存的內容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="332"/>
        <source>The sample cases could not be added.</source>
        <translation>無法新增範例病例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="335"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>已新增 %n 個範例病例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="339"/>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="341"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="347"/>
        <location filename="../hirt_desk/ui/main_window.py" line="367"/>
        <source>The backup could not be written.</source>
        <translation>無法寫入備份。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="351"/>
        <source>Backing up to %1…</source>
        <translation>正在備份至 %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Backup written to %1</source>
        <translation>備份已寫入 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="373"/>
        <location filename="../hirt_desk/ui/main_window.py" line="379"/>
        <source>The settings could not be opened.</source>
        <translation>無法開啟設定。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="406"/>
        <source>The staff list was not saved.</source>
        <translation>工作人員名單未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="413"/>
        <source>The agency profile was not saved.</source>
        <translation>機構資訊未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="397"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="38"/>
        <source>Working as: %1</source>
        <translation>目前使用者：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="436"/>
        <source>Change user</source>
        <translation>切換使用者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>尚無員工名單：請在「設定」（員工）中新增本機構的員工，以便選擇目前工作人員。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>The database was not encrypted.</source>
        <translation>資料庫未加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>The database is encrypted.</source>
        <translation>資料庫已加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>About HIRT Desk</source>
        <translation>關於 HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="476"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
日本重離子放射治療病例管理。</translation>
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
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="58"/>
        <source>New case</source>
        <translation>新增病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="60"/>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="61"/>
        <source>Patient already in HIRT Desk</source>
        <translation>HIRT Desk 中已有的患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="69"/>
        <source>Name or passport number</source>
        <translation>姓名或護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>Matching patients</source>
        <translation>符合的患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="93"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="94"/>
        <source>Inquiry date</source>
        <translation>諮詢日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="96"/>
        <source>Packet language</source>
        <translation>資料包語言</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="92"/>
        <source>Encrypt the database</source>
        <translation>加密資料庫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>加密後，資料庫及其備份只能使用此密碼讀取。HIRT Desk 每次啟動時都會要求輸入密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="96"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;如果遺失密碼，病例將無法復原&lt;/b&gt;：沒有密碼，任何人都無法開啟資料庫。請妥善保管。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="105"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="108"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>至少 %n 個字元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="119"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>密碼太短：至少需要 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="122"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>密碼中含有不能使用的字元。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="124"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="30"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="71"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="31"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Coordinator</source>
        <translation>協調員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="32"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
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
        <location filename="../hirt_desk/ui/overview_tab.py" line="69"/>
        <source>Case number</source>
        <translation>病例編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="70"/>
        <source>Facility</source>
        <translation>醫療機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Inquiry</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Reply due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Status history</source>
        <translation>狀態歷史</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="88"/>
        <source>Write a note for this case</source>
        <translation>為此病例填寫備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="89"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="115"/>
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
        <location filename="../hirt_desk/ui/passphrase.py" line="62"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>此密碼無法開啟資料庫。請檢查後重試。</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="159"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited</extracomment>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="159"/>
        <source>Name (passport)</source>
        <translation>姓名（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="160"/>
        <source>Own script</source>
        <translation>本國文字</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="160"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="167"/>
        <source>Add companion…</source>
        <translation>新增陪同人員…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="169"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="170"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
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
        <location filename="../hirt_desk/ui/person_form.py" line="71"/>
        <source>Surname (passport)</source>
        <translation>姓（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="72"/>
        <source>Given names (passport)</source>
        <translation>名（護照）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="73"/>
        <source>Name in own script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="74"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="75"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="76"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="77"/>
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="78"/>
        <source>Passport expiry</source>
        <translation>護照有效期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="79"/>
        <source>Languages</source>
        <translation>使用語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="80"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="81"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="82"/>
        <source>Home address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="124"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>與護照一致，例如 NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="125"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>出行人員本國文字，例如 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="126"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>含國碼，例如 +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="100"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="126"/>
        <source>Remove companion</source>
        <translation>移除陪同人員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="103"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1 有簽證記錄，將隨其一併刪除。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="105"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 參與 %2 個行程項目，其中 %3 個僅其本人參與。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="111"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>從行程中移除（僅其本人參與的項目將被刪除）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="113"/>
        <source>Give their itinerary items to:</source>
        <translation>將其行程項目轉給：</translation>
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
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="213"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="215"/>
        <source>Rules: %1, version %2</source>
        <translation>判定規則：%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="223"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="223"/>
        <source>Criterion</source>
        <translation>標準</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="249"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="253"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="254"/>
        <source>US Letter</source>
        <translation>美式信紙</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="258"/>
        <source>Same as the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="267"/>
        <source>Language of the window</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="268"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>新語言將在 HIRT Desk 下次啟動時生效。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="269"/>
        <source>Daily automatic backups kept</source>
        <translation>保留的每日自動備份數</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="270"/>
        <source>Paper size of printed documents</source>
        <translation>列印文件的紙張大小</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>The database is encrypted.</source>
        <translation>資料庫已加密。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="276"/>
        <source>Encrypt the database…</source>
        <translation>加密資料庫…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="284"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="290"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>作為擔保方印在簽證文件和資料包上。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="292"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>只有管理員可以修改機構資料。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="295"/>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="295"/>
        <source>Name (Japanese)</source>
        <translation>名稱（日文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="296"/>
        <source>Guarantor list (A or B)</source>
        <translation>擔保機構名單（A 或 B）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="297"/>
        <source>Registration number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="298"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>代表人姓名（於保證書上簽名蓋章）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Address (Japanese)</source>
        <translation>地址（日文）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="300"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="300"/>
        <source>24-hour helpline</source>
        <translation>24 小時服務熱線</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="301"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="314"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="315"/>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation type="vanished">使用 HIRT Desk 的人員。名單不為空時，HIRT Desk 會在啟動時詢問目前工作人員，並以該登入名記錄每一項修改。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">登入名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="vanished">全名</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="vanished">新增人員</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="vanished">刪除人員</translation>
    </message>
    <message>
        <source>Each person needs a login.</source>
        <translation type="vanished">每個人都需要登入名。</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation type="vanished">登入名不能包含空格。</translation>
    </message>
    <message>
        <source>The login %1 is listed twice.</source>
        <translation type="vanished">登入名 %1 重複。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
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
        <location filename="../hirt_desk/ui/dialogs.py" line="173"/>
        <source>Change status</source>
        <translation>更改狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="194"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="195"/>
        <source>New status</source>
        <translation>新狀態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="197"/>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="199"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="207"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>需要簽證，但以下人員尚未取得簽證：%1。您可以繼續；請在「簽證」分頁記錄簽證。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="224"/>
        <source>Not before the inquiry (%1).</source>
        <translation>不得早於諮詢日期（%1）。</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="90"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="91"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="92"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="273"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>身分擔保書 (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="275"/>
        <source>Departure report (PDF)…</source>
        <translation>出境報告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="287"/>
        <source>What is late or wrong</source>
        <translation>逾期或有誤的事項</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="330"/>
        <source>Nothing late or wrong.</source>
        <translation>沒有逾期或有誤的事項。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="342"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="349"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="388"/>
        <source>Not written: %1</source>
        <translation>未寫入：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="356"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="367"/>
        <source>Written to %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="372"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>機構資料仍為虛構的範例機構。請先在「設定」中輸入貴機構的資料（名稱、保證機構登記、地址）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="375"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>尚非所有人都已離開日本：請在每位旅客的出境當日或之後填寫出境報告。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="378"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>有旅客的行程中沒有離開日本的航班：請先新增。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="392"/>
        <source>Guarantor form</source>
        <translation>身分擔保書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="396"/>
        <source>Departure report</source>
        <translation>出境報告</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="70"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 HIRT Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="72"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>此資料庫中還沒有病例。&lt;br&gt;可以新增範例病例來熟悉軟體，或建立本機構的第一個病例。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="75"/>
        <source>Add 50 sample cases</source>
        <translation>新增 50 個範例病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="78"/>
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
        <location filename="../hirt_desk/ui/errors.py" line="21"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>檔案 %1 不是 HIRT Desk 資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>檔案 %1 屬於其他程式，而不是 HIRT Desk。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>資料庫 %1 已損壞。請從備份還原。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>資料庫 %1 由更新版本的 HIRT Desk 寫入。請安裝該版本後再開啟。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="26"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>資料庫 %1 正被其他程式使用。請關閉該程式後重試。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="28"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>資料庫 %1 為唯讀。HIRT Desk 需要寫入權限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>%1 所在的磁碟已滿。最後一次修改未儲存。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The database %1 could not be read or written.</source>
        <translation>無法讀取或寫入資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>無法在此資料夾中建立資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>資料庫 %1 旁邊有一個屬於其他資料庫的預寫記錄（-wal 檔案）。HIRT Desk 未改動這兩個檔案：請將 -wal 檔案移走，然後重新開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="36"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>檔案 %1 為空：其中沒有 HIRT Desk 資料庫。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>資料庫 %1 已加密：需要輸入密碼。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>此密碼無法開啟資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>無法連線至辦公室伺服器 %1，或伺服器拒絕了此登入。請檢查位址、密碼和網路。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="41"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>伺服器資料庫 %1 不是 UTF-8 資料庫。請管理員使用以下指令建立：createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="44"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>伺服器資料庫 %1 尚無 HIRT Desk 結構描述。請管理員執行：hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="47"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>伺服器資料庫 %1 的 HIRT Desk 結構描述版本過舊。請管理員執行：hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="49"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>辦公室伺服器 %1 不允許此登入執行所要求的操作。請向管理員申請適當的角色。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The database %1 cannot be used.</source>
        <translation>無法使用資料庫 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>Japanese</source>
        <translation>日語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="58"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="58"/>
        <source>Korean</source>
        <translation>韓語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>拉丁文、西里爾文和越南語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="60"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>拉丁文、西里爾文和越南語（粗體）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="61"/>
        <source>Thai</source>
        <translation>泰語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="61"/>
        <source>Arabic</source>
        <translation>阿拉伯語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="70"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 是裝置或其他特殊檔案，不是普通檔案。請選擇一個檔名。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="74"/>
        <location filename="../hirt_desk/ui/errors.py" line="75"/>
        <source>You have no permission to write %1.</source>
        <translation>您沒有寫入 %1 的權限。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="76"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>磁碟已滿：無法寫入 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="77"/>
        <location filename="../hirt_desk/ui/errors.py" line="78"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的資料夾不存在。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="79"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 位於唯讀磁碟上。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="80"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="92"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>此電腦未安裝%1文字的字型（已尋找 %2）。請安裝 %3。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="97"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>以下字元無法用已安裝的字型列印：%1。請在病例中更正，或安裝包含這些字元的字型。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>發生意外錯誤：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="109"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <source>Entries</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <source>Fixed by hand</source>
        <translation>手動調整</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Companion %1</source>
        <translation>陪同人員 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="80"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="80"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <source>Status change</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <source>Screening</source>
        <translation>適應症評估</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <source>Itinerary item</source>
        <translation>行程項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="84"/>
        <source>Visa record</source>
        <translation>簽證記錄</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="98"/>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="100"/>
        <source>(changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="120"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="120"/>
        <source>No</source>
        <translation>否</translation>
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
        <source>Two items overlap for the same person.</source>
        <translation type="vanished">同一人的兩個項目時間重疊。</translation>
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
        <location filename="../hirt_desk/ui/labels.py" line="106"/>
        <source>The surname as in the passport is required.</source>
        <translation>必須填寫與護照一致的姓。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="107"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>請使用護照上的拉丁字母（A-Z、空格、連字元）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="109"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期在未來。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="110"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>出生日期早於 120 年前。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>不是國碼（ISO 3166，例如 CN、VN、TH）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>護照號碼由 5 到 20 個字母和數字組成。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The passport has expired.</source>
        <translation>護照已過期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The passport expires within 6 months.</source>
        <translation>護照將在 6 個月內到期。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not an e-mail address.</source>
        <translation>不是電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>不是有效的電話號碼；請包含國碼（例如 +86）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>不是有效日期：請使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>There is no such day in the calendar.</source>
        <translation>日曆中沒有這一天。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="135"/>
        <source>Eligible</source>
        <translation>有適應症</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="136"/>
        <source>Not eligible</source>
        <translation>無適應症</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="137"/>
        <source>Needs information</source>
        <translation>需要補充資訊</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="138"/>
        <source>Physician review</source>
        <translation>需醫生審查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>met</source>
        <translation>滿足</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>not met</source>
        <translation>不滿足</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="144"/>
        <source>review</source>
        <translation>待審查</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="166"/>
        <source>Adenocarcinoma</source>
        <translation>腺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="167"/>
        <source>Non-small cell lung cancer</source>
        <translation>非小細胞肺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="168"/>
        <source>Small cell lung cancer</source>
        <translation>小細胞肺癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="169"/>
        <source>Squamous cell carcinoma</source>
        <translation>鱗狀細胞癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="170"/>
        <source>Hepatocellular carcinoma</source>
        <translation>肝細胞癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="171"/>
        <source>Cholangiocarcinoma</source>
        <translation>膽管癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="172"/>
        <source>Osteosarcoma</source>
        <translation>骨肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="173"/>
        <source>Chordoma</source>
        <translation>脊索瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="174"/>
        <source>Chondrosarcoma</source>
        <translation>軟骨肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="175"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>未分化多形性肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="176"/>
        <source>MPNST</source>
        <translation>MPNST</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="177"/>
        <source>Leiomyosarcoma</source>
        <translation>平滑肌肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="178"/>
        <source>Synovial sarcoma</source>
        <translation>滑膜肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="179"/>
        <source>Ewing sarcoma</source>
        <translation>尤文肉瘤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Ductal carcinoma</source>
        <translation>導管癌</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Primary</source>
        <translation>原發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Residual after surgery</source>
        <translation>術後殘留</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Recurrent</source>
        <translation>復發</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Inoperable</source>
        <translation>無法手術</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Head and neck</source>
        <translation>頭頸部</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Thoracic</source>
        <translation>胸部</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>Spinal / paraspinal</source>
        <translation>脊柱 / 椎旁</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Retroperitoneal</source>
        <translation>腹膜後</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Pelvis</source>
        <translation>骨盆</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Extremity</source>
        <translation>四肢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Anastomosis</source>
        <translation>吻合口</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Pelvic wall</source>
        <translation>盆壁</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>Lymph node</source>
        <translation>淋巴結</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Brain</source>
        <translation>腦</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Adrenal</source>
        <translation>腎上腺</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="42"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="42"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Other relative</source>
        <translation>其他親屬</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Other</source>
        <translation>其他</translation>
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
        <location filename="../hirt_desk/ui/roles.py" line="39"/>
        <source>Working as: %1 · %2</source>
        <translation>目前使用者：%1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="48"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>使領館</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="49"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>申請日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>簽發日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>允許停留期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>簽證號碼</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
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
