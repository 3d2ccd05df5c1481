<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="168"/>
        <source>Add a staff member</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="187"/>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="188"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="189"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="190"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="191"/>
        <source>The password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="214"/>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="230"/>
        <source>A login starts with a letter, then letters, digits or _ . @ - (at most 63).</source>
        <translation>ログイン名は英字で始め、英字・数字・_ . @ - で63文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="233"/>
        <source>This login exists already.</source>
        <translation>このログイン名はすでにあります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="235"/>
        <source>The full name is required.</source>
        <translation>氏名は必須です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="237"/>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="239"/>
        <source>Your role may not add staff.</source>
        <translation>あなたの役割では職員を追加できません。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="107"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False) the user asked to open another case (a likely match&apos;s): its id</extracomment>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="108"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="109"/>
        <source>Diagnosis</source>
        <translation>診断と適応判定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="110"/>
        <source>Itinerary</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="112"/>
        <source>Visa</source>
        <translation>ビザ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="114"/>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="115"/>
        <source>Contacts</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="116"/>
        <source>Money</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="126"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="127"/>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="128"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="269"/>
        <source>%1 saved this case meanwhile. Your changes are still here: saving merges them with theirs.</source>
        <translation>%1 さんがこの案件を保存しました。あなたの変更はそのまま残っています。保存すると相手の変更と統合されます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="284"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>保存していません：患者の印の付いた項目を直してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="290"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>保存されていません：診断の印の付いた項目を直してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="295"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>保存していません：印の付いたビザの項目を直してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="312"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>保存していません。変更はこのまま残っているので、準備ができたら保存してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="319"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>保存していません：同伴者の情報に誤りがあります（%1）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="324"/>
        <source>Not saved: check %1.</source>
        <translation>保存していません：%1を確認してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="327"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>保存されませんでした。渡航者の一人が、ほかの担当者によって症例から外されています。変更内容はそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="331"/>
        <source>Not saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="333"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>変更はここに残っています。ディスクの空きを作ってから、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="335"/>
        <source>Your changes are still here: save again to connect again.</source>
        <translation>変更はそのまま残っています。もう一度保存すると再接続します。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="415"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="437"/>
        <source>The status was not changed.</source>
        <translation>ステータスは変更されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="426"/>
        <source>Undo status change</source>
        <translation>ステータス変更の取り消し</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="427"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>%1から%2への変更を取り消しますか？症例は%1に戻り、履歴には両方の変更が残ります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="432"/>
        <source>Undone: %1</source>
        <translation>取り消し：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="447"/>
        <source>The note was not saved.</source>
        <translation>メモは保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="480"/>
        <source>The merge was not undone.</source>
        <translation>統合は取り消されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="484"/>
        <source>The merge was undone: %1 is a separate record again.</source>
        <translation>統合を取り消しました：%1 は再び別の記録です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="491"/>
        <source>Undo merge</source>
        <translation>統合の取り消し</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="492"/>
        <source>Undo this merge? The merged record becomes a separate person again and its cases go back to it; fields changed since the merge keep their values.</source>
        <translation>この統合を取り消しますか？統合された記録は再び別の人物になり、その症例は元に戻ります。統合後に変更された項目は現在の値のままです。</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor rows read to fit a column&apos;s width (Qt&apos;s default reads up to 1,000) the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>氏名・症例番号・旅券番号で検索</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="53"/>
        <source>Cases</source>
        <translation>症例一覧</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="81"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="86"/>
        <source>All facilities</source>
        <translation>すべての施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="93"/>
        <source>Reply overdue</source>
        <translation>回答期限超過</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="55"/>
        <source>Companion</source>
        <translation>同伴者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="70"/>
        <source>Relation to the patient</source>
        <translation>患者との関係</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="51"/>
        <source>the office&apos;s value was kept</source>
        <translation>事務所の値を残しました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="52"/>
        <source>the laptop&apos;s value was kept</source>
        <translation>ノートPCの値を残しました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="53"/>
        <source>a typed value was kept</source>
        <translation>入力した値を残しました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="54"/>
        <source>This conflict was already resolved by %1 (%2). The list now shows the conflicts still open.</source>
        <translation>この競合は %1 がすでに解決しています（%2）。一覧には未解決の競合だけを表示しています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="58"/>
        <source>This conflict is no longer here. The list now shows the conflicts still open.</source>
        <translation>この競合はもうありません。一覧には未解決の競合だけを表示しています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="61"/>
        <source>One side removed this record: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>一方がこの記録を削除しています：事務所またはノートPCの方を選んでください。値は入力できません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="64"/>
        <source>%1 is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>%1 は一方の記録どおりに残します：事務所またはノートPCの方を選んでください。値は入力できません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="70"/>
        <source>“%1” is not a value %2 can take. Correct it and try again.</source>
        <translation>「%1」は「%2」に使えない値です。直してからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="72"/>
        <source>Keep the office&apos;s or the laptop&apos;s value, or type the value to keep.</source>
        <translation>事務所かノートPCの値を残すか、残す値を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="103"/>
        <source>Conflicts</source>
        <extracomment>a conflict was resolved (its case changed): the case&apos;s id</extracomment>
        <translation>競合</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Office</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Laptop</source>
        <translation>ノートPC</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="122"/>
        <source>Keep office</source>
        <translation>事務所の値を残す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="124"/>
        <source>Keep laptop</source>
        <translation>ノートPCの値を残す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="128"/>
        <source>or type the value to keep</source>
        <translation>または残す値を入力</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="129"/>
        <source>Use this value</source>
        <translation>この値を使う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="157"/>
        <source>The conflicts could not be read.</source>
        <translation>競合を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/conflicts_view.py" line="169"/>
        <source>%n open conflict(s): the same field was changed in the office and on a laptop. Keep one value, or type the value to keep.</source>
        <translation>
            <numerusform>未解決の競合 %n 件：同じ項目が事務所とノートPCの両方で変更されました。どちらかの値を残すか、残す値を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>未解決の競合はありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="189"/>
        <source>This record is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s.</source>
        <translation>この記録は一方の記録どおりに残します：事務所またはノートPCの値を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="206"/>
        <source>Not resolved: %1</source>
        <translation>解決できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="212"/>
        <source>The conflict was not resolved.</source>
        <translation>競合は解決されませんでした。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="40"/>
        <source>Use a local database</source>
        <translation>ローカルデータベースを使う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="41"/>
        <source>HIRT Desk database (*.sqlite);;All files (*)</source>
        <translation>HIRT Desk データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="47"/>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="60"/>
        <source>Connect to office server</source>
        <translation>オフィスサーバーに接続</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="64"/>
        <source>The office server keeps the cases of the whole agency. Your administrator gives you its address, the database and your login.</source>
        <translation>オフィスサーバーには事務所全体の案件が保存されています。サーバーのアドレス、データベース、ログインは管理者から知らされます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="67"/>
        <source>The office server asks for your password again.</source>
        <translation>オフィスサーバーがもう一度パスワードを求めています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="72"/>
        <source>e.g. db.agency.example</source>
        <translation>例: db.agency.example</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="83"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>暗号化、サーバー証明書を確認（推奨）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="84"/>
        <source>Encrypted, certificate not checked</source>
        <translation>暗号化、証明書は確認しない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="85"/>
        <source>Not encrypted (only on a trusted office network)</source>
        <translation>暗号化しない（信頼できる事務所内ネットワークのみ）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="88"/>
        <source>Checking the certificate makes sure you talk to your own server; it needs the agency&apos;s certificate installed on this computer.</source>
        <translation>証明書を確認すると、自分の事務所のサーバーと通信していることを確かめられます。このコンピューターに事務所の証明書がインストールされている必要があります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="100"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="101"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="102"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="103"/>
        <source>Connection</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="105"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="109"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="144"/>
        <source>Enter the server address, the database and your login.</source>
        <translation>サーバーのアドレス、データベース、ログインを入力してください。</translation>
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
        <translation>話した内容・依頼・送付したもの</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="69"/>
        <source>Records asked for</source>
        <translation>依頼した記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="77"/>
        <source>Documents sent</source>
        <translation>送付した書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="78"/>
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="87"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="92"/>
        <source>Direction, channel, who</source>
        <translation>方向・手段・相手</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="93"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="97"/>
        <source>Records asked for / documents sent</source>
        <translation>依頼した記録／送付した書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="101"/>
        <source>Contact log</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Who</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="163"/>
        <source>When: a date (YYYY-MM-DD) and a time (HH:MM).</source>
        <translation>日時：日付（YYYY-MM-DD）と時刻（HH:MM）を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="173"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="176"/>
        <source>The contact was not logged.</source>
        <translation>連絡は記録されませんでした。</translation>
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
        <translation>HIRT Desk で予期しない問題が起きました。直前の操作は完了していない可能性があります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="97"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>これまでに保存した内容はデータベースに安全に残っています。このまま作業を続けられます。再び起きるときは、次のログファイルをサポート担当に送ってください：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="100"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>これまでに保存した内容はデータベースに安全に残っています。このまま作業を続けられます。詳細を %1 に書き込めませんでした。</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>受け付けません：%1〜%2で入力してください</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>腫瘍の部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="320"/>
        <source>Common criteria</source>
        <translation>共通基準</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="322"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>適応表の部位を選ぶと、その基準が使う項目が表示されます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="388"/>
        <source>Check %1: %2</source>
        <translation>%1を確認してください：%2</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="76"/>
        <source>Add files…</source>
        <extracomment>a document was added, changed or removed (the case&apos;s history and contacts may show it)</extracomment>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="78"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="80"/>
        <source>Or drop files and folders (an imaging CD) here.</source>
        <translation>ファイルやフォルダー（画像CD）をここにドロップすることもできます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="84"/>
        <source>Kind of new documents:</source>
        <translation>追加する書類の種類：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="86"/>
        <source>For:</source>
        <translation>対象者：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="94"/>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="120"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="122"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="97"/>
        <source>For</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="114"/>
        <source>e.g. zh, en, ja</source>
        <translation>例：zh、en、ja</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="117"/>
        <source>Save details</source>
        <translation>詳細を保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="121"/>
        <source>Date of the document</source>
        <translation>書類の日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="123"/>
        <source>Translation of</source>
        <translation>翻訳元</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="126"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="128"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="130"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="132"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="141"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>Required by the facility</source>
        <translation>施設が求める記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="210"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="243"/>
        <source>(not a translation)</source>
        <translation>（翻訳ではない）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="269"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="336"/>
        <source>Attaching…</source>
        <translation>添付しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="355"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="375"/>
        <source>Nothing was attached.</source>
        <translation>何も添付されていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="361"/>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="362"/>
        <source>%1 is larger than the limit for one document.</source>
        <translation>%1 は1件の書類の上限サイズを超えています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="363"/>
        <source>%1 is not what its name says (its content is another kind of file).</source>
        <translation>%1 は名前（拡張子）と中身が一致しません（別の種類のファイルです）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="364"/>
        <source>%1 is an imaging folder without any DICOM images.</source>
        <translation>%1 は画像フォルダーですが、DICOM画像が含まれていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="365"/>
        <source>The folder %1 is empty.</source>
        <translation>フォルダー %1 は空です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="366"/>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="367"/>
        <source>The file could not be stored (disk error).</source>
        <translation>ファイルを保存できませんでした（ディスクのエラー）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="368"/>
        <source>The stored file is missing.</source>
        <translation>保存されたファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="369"/>
        <source>The stored file has been altered since it was added.</source>
        <translation>保存されたファイルが追加後に変更されています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="378"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>書類 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="380"/>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="384"/>
        <source>Attach a folder (an imaging CD)</source>
        <translation>フォルダー（画像CD）を添付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="409"/>
        <source>The date of the document is not a date (YYYY-MM-DD).</source>
        <translation>書類の日付が正しい日付ではありません（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="420"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="423"/>
        <source>The details were not saved.</source>
        <translation>詳細は保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="475"/>
        <source>No preview for this kind of file.</source>
        <translation>この種類のファイルはプレビューできません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="494"/>
        <source>Export document</source>
        <translation>書類を書き出す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="502"/>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="119"/>
        <source>Duplicate persons</source>
        <extracomment>a merge was saved (the cases it moved may be open or listed): the change&apos;s id</extracomment>
        <translation>重複している人物</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="123"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="163"/>
        <source>Looking for likely duplicates…</source>
        <translation>重複の可能性を探しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="139"/>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="141"/>
        <source>Not the same person</source>
        <translation>同一人物ではない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="179"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="180"/>
        <source>The persons could not be read.</source>
        <translation>人物を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="193"/>
        <source>Only two patients&apos; records are merged; a companion belongs to one case.</source>
        <translation>統合できるのは患者2名の記録だけです。同行者は1つの症例に属します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/duplicates_view.py" line="219"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n 組の記録がそれぞれ同一人物の可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="220"/>
        <source>No likely duplicates.</source>
        <translation>重複の可能性はありません。</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="25"/>
        <source>%1, %2 — %3</source>
        <translation>%1、%2 — %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="27"/>
        <source>%1, %2 — companion in %3</source>
        <translation>%1、%2 — %3 の同行者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="82"/>
        <source>Likeness</source>
        <translation>類似度</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="83"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="84"/>
        <source>May be the same as</source>
        <translation>同一人物の可能性</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="85"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="70"/>
        <source>One of the two records was merged into another already.</source>
        <translation>2つの記録のうち一方は既に別の記録に統合されています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="71"/>
        <source>This merge was undone already.</source>
        <translation>この統合は既に取り消されています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="72"/>
        <source>The kept record was merged into another since: undo that merge first.</source>
        <translation>残した記録はその後別の記録に統合されました。先にその統合を取り消してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="74"/>
        <source>Only patients&apos; records can be merged; this person is a companion on a case.</source>
        <translation>統合できるのは患者の記録だけです。この人物は症例の同行者です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="76"/>
        <source>The records could not be merged: %1</source>
        <translation>記録を統合できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="102"/>
        <source>Duplicate persons</source>
        <translation>重複している人物</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="107"/>
        <source>The records were not merged.</source>
        <translation>記録は統合されませんでした。</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Counted</source>
        <translation>算定方法</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="53"/>
        <source>Add fee</source>
        <translation>料金を追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="56"/>
        <source>Remove fee</source>
        <translation>料金を削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="63"/>
        <source>The agency&apos;s fees, in yen, added to every quote: fixed, or counted from the case&apos;s itinerary and travellers. The facility&apos;s own costs come from its profile.</source>
        <translation>すべての見積に加わる当社の料金（円）です。定額、または案件の日程と渡航者から数えます。医療機関の費用は医療機関のプロフィールから取ります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="70"/>
        <source>Only a manager or an administrator can change the fees.</source>
        <translation>料金を変更できるのはマネージャーまたは管理者のみです。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="121"/>
        <source>Each fee needs its English name.</source>
        <translation>各料金に英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="127"/>
        <source>The amount of “%1” is not a whole number of yen.</source>
        <translation>「%1」の金額が円の整数ではありません。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../hirt_desk/ui/help_dialog.py" line="53"/>
        <source>HIRT Desk user guide</source>
        <translation>HIRT Desk 利用ガイド</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="54"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="57"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="136"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="137"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="56"/>
        <source>Undo this merge…</source>
        <extracomment>Undo merge… on a row of a merge of two persons: the change&apos;s id</extracomment>
        <translation>この統合を取り消す…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="58"/>
        <source>Take back the merge of two persons&apos; records that the selected change belongs to</source>
        <translation>選択した変更が属する、2人の記録の統合を取り消します</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="65"/>
        <source>Field:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Person:</source>
        <translation>変更者:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="73"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>この症例に保存されたすべての変更(新しい順)。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="84"/>
        <source>All fields</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="85"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="124"/>
        <source>Itinerary item</source>
        <translation>旅程の項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="151"/>
        <source>yen, whole number</source>
        <translation>円（整数）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="58"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>開始（現地時刻）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="59"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>終了（現地時刻）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="61"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>終了時のタイムゾーン</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="62"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>出発地</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="63"/>
        <source>To / where</source>
        <translation>到着地・場所</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="64"/>
        <source>Flight number / name</source>
        <translation>便名・名称</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="65"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="66"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>費用（円）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="67"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="174"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="200"/>
        <source>Flight number</source>
        <translation>便名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="201"/>
        <source>Hotel or booking name</source>
        <translation>ホテル名・予約名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="202"/>
        <source>Department or doctor</source>
        <translation>診療科・医師</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="203"/>
        <source>Room or machine</source>
        <translation>治療室・装置</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="204"/>
        <source>Company or vehicle</source>
        <translation>会社・車両</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="205"/>
        <source>Interpreter&apos;s name</source>
        <translation>通訳者名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="206"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="207"/>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>To</source>
        <translation>到着地</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="258"/>
        <source>Enter when it starts: YYYY-MM-DD HH:MM.</source>
        <translation>開始日時を YYYY-MM-DD HH:MM で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="259"/>
        <source>Not a time: use YYYY-MM-DD HH:MM.</source>
        <translation>日時ではありません：YYYY-MM-DD HH:MM で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="260"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="261"/>
        <source>Not a time zone (e.g. Asia/Tokyo).</source>
        <translation>タイムゾーンではありません（例：Asia/Tokyo）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="262"/>
        <source>The cost is a whole number of yen.</source>
        <translation>費用は円の整数で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="263"/>
        <source>It ends before it starts.</source>
        <translation>終了が開始より前になっています。</translation>
    </message>
</context>
<context>
    <name>ItineraryTab</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="286"/>
        <source>Plan sessions</source>
        <extracomment>the itinerary changed (the case list shows the next date)</extracomment>
        <translation>照射日程を作成</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>照射回数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="295"/>
        <source>First session</source>
        <translation>初回照射日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="302"/>
        <source>Itinerary</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>What and where</source>
        <translation>内容と場所</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="315"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="339"/>
        <source>Add item…</source>
        <translation>項目を追加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="341"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="342"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="361"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="401"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="452"/>
        <source>Public holidays: %1</source>
        <translation>祝日：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="497"/>
        <source>Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.</source>
        <translation>照射日程を作成しました：追加 %1 件、削除 %2 件、手動で固定した %3 件はそのまま。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="502"/>
        <source>No session on %1 (%2): the course starts on %3.</source>
        <translation>%1は治療がありません（%2）。治療は%3に始まります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="506"/>
        <source>First moved session: %1 → %2.</source>
        <translation>最初に移動した照射：%1 → %2。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="520"/>
        <source>Not saved: a traveller of this item is no longer on the case (removed by someone else). Open the case again to see who travels.</source>
        <translation>保存されませんでした。この項目の渡航者の一人が、ほかの担当者によって症例から外されています。症例を開き直して渡航者を確認してください。</translation>
    </message>
</context>
<context>
    <name>LaptopCheckout</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="66"/>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>a checkout is over: how many cases were checked out (0 after a failure)</extracomment>
        <translation>ノートPCに持ち出す(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="113"/>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="144"/>
        <source>Check out to a laptop database</source>
        <translation>ノートPCのデータベースに持ち出す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="114"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite データベース (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="37"/>
        <source>This laptop database was checked out from another office&apos;s server. Choose another file, or a new one.</source>
        <translation>このノートPCデータベースは別の事務所のサーバーから持ち出されたものです。別のファイルか新しいファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="40"/>
        <source>A chosen case is no longer on the office server. Reload the list and choose again.</source>
        <translation>選んだ症例の一つが事務所サーバーにもうありません。一覧を読み込み直して、選び直してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="43"/>
        <source>The passphrase is too short.</source>
        <translation>パスフレーズが短すぎます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="44"/>
        <source>A passphrase is needed for the laptop database.</source>
        <translation>ノートPCデータベースにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="49"/>
        <source>The check-out stopped: %1</source>
        <translation>持ち出しが中断しました：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="68"/>
        <source>Copy the cases selected in the list (Ctrl+click to choose several) into a laptop database, encrypted, to work on them with no network; sync them back later</source>
        <translation>一覧で選んだ症例（Ctrl+クリックで複数選択）を暗号化したノートPCデータベースにコピーし、ネットワークなしで作業します。後で同期して戻します</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="72"/>
        <source>Check out &amp;my cases to a laptop…</source>
        <translation>自分の症例をノートPCに持ち出す(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="74"/>
        <source>Copy every case assigned to you into a laptop database; cases assigned to you later come with each sync</source>
        <translation>自分に割り当てられた症例をすべてノートPCデータベースにコピーします。後で割り当てられた症例は同期のたびに届きます</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="97"/>
        <source>Select the cases to check out in the list first.</source>
        <translation>先に一覧で持ち出す症例を選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="99"/>
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>%n 件の症例を持ち出しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="104"/>
        <source>Checking out the cases assigned to %1…</source>
        <translation>%1 に割り当てられた症例を持ち出しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="140"/>
        <source>Passphrase of the new laptop database</source>
        <translation>新しいノートPCデータベースのパスフレーズ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="145"/>
        <source>Passphrase of the laptop database %1:</source>
        <translation>ノートPCデータベース %1 のパスフレーズ：</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="155"/>
        <source>%n case(s) checked out to %1.</source>
        <translation>
            <numerusform>%n 件の症例を %1 に持ち出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="158"/>
        <source>No case is assigned to %1: nothing was checked out. Cases assigned to %1 later come to %2 with each sync.</source>
        <translation>%1 に割り当てられた症例はないため、何も持ち出していません。後で %1 に割り当てられた症例は、同期のたびに %2 に届きます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="167"/>
        <source>Nothing was checked out: %1</source>
        <translation>持ち出しは行われませんでした：%1</translation>
    </message>
</context>
<context>
    <name>LaptopParts</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="35"/>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="92"/>
        <source>C&amp;onflicts…</source>
        <translation>競合(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="72"/>
        <source>Laptop database: %1</source>
        <translation>ノートPCデータベース：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="90"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>未解決の競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="91"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>競合 (%n)(&amp;O)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="124"/>
        <source>S&amp;ync with office</source>
        <translation>事務所と同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="127"/>
        <source>Send this laptop&apos;s changes to the office server and fetch the office&apos;s changes (Ctrl+Shift+S)</source>
        <translation>このノートPCの変更を事務所のサーバーに送り、事務所の変更を受け取ります（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="130"/>
        <source>&amp;Hand back this case…</source>
        <translation>この症例を事務所に返す(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>Last sync: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>never</source>
        <translation>未同期</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="168"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>送信待ちの変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="170"/>
        <source>Office server: %1</source>
        <translation>事務所のサーバー：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="196"/>
        <source>This laptop has not synced with the office for %n day(s): sync when you have a network.</source>
        <translation>
            <numerusform>このノートPCは %n 日間事務所と同期していません。ネットワークに接続したら同期してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="217"/>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="278"/>
        <source>Sync with office</source>
        <translation>事務所と同期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="218"/>
        <source>Password of your login on the office server %1:</source>
        <translation>事務所のサーバー %1 のログインのパスワード：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="234"/>
        <source>Syncing with the office…</source>
        <translation>事務所と同期しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="251"/>
        <source>Handed back to the office: %n case(s) left this laptop.</source>
        <translation>
            <numerusform>事務所に返しました：%n 件の症例がこのノートPCから削除されました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="252"/>
        <source>Synced, but the case stays on this laptop: some of its changes have not reached the office yet.</source>
        <translation>同期しましたが、症例はこのノートPCに残っています：変更の一部がまだ事務所に届いていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>received %n</source>
        <translation>
            <numerusform>%n 件を受信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="258"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="259"/>
        <source>, </source>
        <comment>between the parts of a sync&apos;s result</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="270"/>
        <source>Sync did not complete: %1</source>
        <translation>同期は完了しませんでした：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="279"/>
        <source>Sync did not complete.</source>
        <translation>同期は完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="281"/>
        <source>Nothing is lost: this laptop keeps its changes, and the next sync sends them.</source>
        <translation>失われたものはありません。このノートPCの変更はそのまま残り、次の同期で送られます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="299"/>
        <source>Hand back this case</source>
        <translation>この症例を事務所に返す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="300"/>
        <source>Hand the case %1 back to the office? It is synced a last time, then removed from this laptop.</source>
        <translation>症例 %1 を事務所に返しますか？最後に一度同期してから、このノートPCから削除します。</translation>
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
        <translation>一覧から症例を選ぶか、新しい症例を作成してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="218"/>
        <source>&amp;New case…</source>
        <translation>新規症例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="221"/>
        <source>&amp;Print packet…</source>
        <translation>パケットを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="224"/>
        <source>&amp;Back up database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="225"/>
        <source>Add &amp;sample cases</source>
        <translation>サンプル症例を追加(&amp;S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="239"/>
        <source>&amp;Find case</source>
        <translation>症例を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="247"/>
        <source>&amp;About HIRT Desk</source>
        <translation>HIRT Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="293"/>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="279"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>症例 %1 に保存されていない変更があります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="214"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="216"/>
        <source>What needs doing today: replies, tasks, arrivals, sessions, visa deadlines</source>
        <translation>今日やること：返信、タスク、到着、照射、ビザの期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="228"/>
        <source>Change &amp;user…</source>
        <translation>ユーザーの切り替え(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="231"/>
        <source>&amp;Connect to office server…</source>
        <translation>オフィスサーバーに接続(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="233"/>
        <source>Use a &amp;local database…</source>
        <translation>ローカルデータベースを使う(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="240"/>
        <source>&amp;Duplicate persons…</source>
        <translation>重複している人物(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="242"/>
        <source>&amp;Export list…</source>
        <translation>一覧をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="244"/>
        <source>&amp;Agency reports…</source>
        <translation>事業レポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="248"/>
        <source>&amp;User guide</source>
        <translation>利用ガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="261"/>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="322"/>
        <source>The case could not be opened.</source>
        <translation>症例を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>All changes saved</source>
        <translation>すべて保存済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="382"/>
        <source>The case was not created.</source>
        <translation>症例は作成されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="389"/>
        <source>Case %1 created.</source>
        <translation>症例 %1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="422"/>
        <source>The packet could not be prepared.</source>
        <translation>パケットを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>症例 %1 に保存されていない変更があります。パケットには保存済みの内容だけが載ります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="439"/>
        <source>Print what is saved</source>
        <translation>保存済みの内容で印刷</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="456"/>
        <source>The sample cases could not be added.</source>
        <translation>サンプル症例を追加できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>サンプル症例を%n件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="463"/>
        <source>Back up database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite データベース (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="471"/>
        <location filename="../hirt_desk/ui/main_window.py" line="491"/>
        <source>The backup could not be written.</source>
        <translation>バックアップを書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>Backing up to %1…</source>
        <translation>%1にバックアップしています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="484"/>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に書き込みました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="497"/>
        <location filename="../hirt_desk/ui/main_window.py" line="505"/>
        <source>The settings could not be opened.</source>
        <translation>設定を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="533"/>
        <source>The staff list was not saved.</source>
        <translation>職員名簿は保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="540"/>
        <source>The agency profile was not saved.</source>
        <translation>自社情報は保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="547"/>
        <source>The fees were not saved.</source>
        <translation>料金は保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="572"/>
        <source>Local database: %1</source>
        <translation>ローカルデータベース：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="573"/>
        <source>Office server %1 on %2</source>
        <translation>オフィスサーバー %2 のデータベース %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="582"/>
        <source>The list was exported to %1.</source>
        <translation>一覧を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="599"/>
        <source>Office server not reachable: reconnecting…</source>
        <translation>オフィスサーバーに接続できません。再接続しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="611"/>
        <source>Case %1 was updated: saved by %2.</source>
        <translation>案件 %1 が更新されました（%2 さんが保存）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="524"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="48"/>
        <source>Working as: %1</source>
        <translation>作業者：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="667"/>
        <source>Change user</source>
        <translation>ユーザーの切り替え</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="668"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>職員名簿がまだありません。作業者を選ぶには、設定の「職員」で会社の職員を追加してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="690"/>
        <source>The database was not encrypted.</source>
        <translation>データベースは暗号化されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="696"/>
        <source>The database is encrypted.</source>
        <translation>データベースは暗号化されています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="706"/>
        <source>About HIRT Desk</source>
        <translation>HIRT Desk について</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="707"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
日本での重粒子線治療のための症例管理</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="41"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="43"/>
        <source>Use this person</source>
        <translation>この人物を使う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="45"/>
        <source>Not the same</source>
        <translation>同一人物ではない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="55"/>
        <source>birth date unknown</source>
        <translation>生年月日不明</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/likely_matches.py" line="57"/>
        <source>May be the same person as %1 %2, %3, %n case(s)</source>
        <translation>
            <numerusform>%1 %2（%3、%n 件の症例）と同一人物の可能性があります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="45"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="52"/>
        <source>Removed by %1. You changed: %2.</source>
        <translation>%1 が削除しました。あなたが変更した項目: %2。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="54"/>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="59"/>
        <source>Remove it</source>
        <translation>削除する</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="55"/>
        <source>Keep it, with my changes</source>
        <translation>残す(自分の変更を含めて)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="57"/>
        <source>Changed by %1. You removed it.</source>
        <translation>%1 が変更しました。あなたは削除しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="58"/>
        <source>Keep it, with their changes</source>
        <translation>残す(相手の変更を含めて)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>相手の値を残す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="70"/>
        <source>Keep mine</source>
        <translation>自分の値を残す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="71"/>
        <source>Merged value:</source>
        <translation>まとめた値:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="105"/>
        <source>Someone else changed this case</source>
        <translation>ほかの人がこの症例を変更しました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="108"/>
        <source>While you were editing, someone saved changes to the same fields. Nothing of yours has been saved yet. Choose for each field what to keep, then save with these choices.</source>
        <translation>編集中に、ほかの人が同じ項目の変更を保存しました。あなたの変更はまだ保存されていません。項目ごとに残す値を選んでから、「この選択で保存」を押してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>When you opened it</source>
        <translation>開いたときの値</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Theirs</source>
        <translation>相手の値</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Yours</source>
        <translation>あなたの値</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>残す値</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="148"/>
        <source>Save with these choices</source>
        <translation>この選択で保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="175"/>
        <source>Choose what to keep.</source>
        <translation>残す値を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="178"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>日付ではありません。YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="179"/>
        <source>Not a number.</source>
        <translation>数値ではありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="180"/>
        <source>Not a value this field can hold.</source>
        <translation>この項目には入力できない値です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="187"/>
        <source>Not saved yet: a choice is missing or wrong.</source>
        <translation>まだ保存していません。選択がないか、正しくない項目があります。</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="158"/>
        <source>Quote</source>
        <extracomment>a quote, bill or payment was saved: the balance and the history changed</extracomment>
        <translation>見積</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="160"/>
        <source>e.g. 0.048</source>
        <translation>例：0.048</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="163"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="205"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="165"/>
        <source>Patient&apos;s currency</source>
        <translation>患者の通貨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="167"/>
        <source>Rate (units per yen)</source>
        <translation>レート（1円あたり）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="169"/>
        <source>Rate of</source>
        <translation>レートの日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="171"/>
        <source>Other medical services (estimate)</source>
        <translation>その他の医療費（見込み）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="175"/>
        <source>Calculate</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="176"/>
        <source>Save as a new version</source>
        <translation>新しい版として保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="177"/>
        <source>Print quote…</source>
        <translation>見積書を印刷…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Quantity</source>
        <translation>数量</translation>
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
        <translation>デポジット請求・請求書・精算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Deposit request</source>
        <translation>デポジット請求</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="203"/>
        <source>Final settlement (what was spent)</source>
        <translation>最終精算（実費）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="211"/>
        <source>Due by</source>
        <translation>支払期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="213"/>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="214"/>
        <source>Print selected…</source>
        <translation>選択したものを印刷…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="216"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="249"/>
        <source>Withdraw selected…</source>
        <translation>選択したものを取り消す…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="225"/>
        <source>Payments and refunds</source>
        <translation>入金と返金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>In yen</source>
        <translation>円換算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="230"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Payment received</source>
        <translation>入金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="231"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="263"/>
        <source>Refund paid</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="234"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="236"/>
        <source>rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="241"/>
        <source>reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="248"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="258"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Settlement</source>
        <translation>精算</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="305"/>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="310"/>
        <source>Saved versions: %1</source>
        <translation>保存済みの版：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="314"/>
        <source>Not saved.</source>
        <translation>保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="316"/>
        <source>Enter the rate: how many units of the currency one yen buys.</source>
        <translation>レートを入力してください（1円でその通貨がいくらになるか）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="317"/>
        <source>Enter a currency code such as CNY, USD or VND.</source>
        <translation>CNY、USD、VND などの通貨コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="318"/>
        <source>Enter the amount as a number.</source>
        <translation>金額を数字で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="319"/>
        <source>The amount has more decimals than the currency has.</source>
        <translation>金額の小数点以下の桁数が通貨の桁数を超えています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="320"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="321"/>
        <source>Enter an amount above zero.</source>
        <translation>0より大きい金額を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="322"/>
        <source>The due date is before the date issued.</source>
        <translation>支払期限が発行日より前です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="341"/>
        <source>Enter the rate&apos;s date as YYYY-MM-DD.</source>
        <translation>レートの日付を YYYY-MM-DD で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="369"/>
        <source>Quote version %1 saved.</source>
        <translation>見積の第%1版を保存しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="374"/>
        <source>Save the PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="398"/>
        <source>Writing %1…</source>
        <translation>書き出し中：%1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="402"/>
        <source>Written: %1</source>
        <translation>書き出しました：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="406"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF は書き出されませんでした：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="419"/>
        <source>Enter the due date as YYYY-MM-DD.</source>
        <translation>支払期限を YYYY-MM-DD で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="424"/>
        <source>Settled: refund %1 to the patient.</source>
        <translation>精算：患者へ %1 を返金してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="425"/>
        <source>Settled: ask the patient for %1 more.</source>
        <translation>精算：患者へ追加で %1 を請求してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="426"/>
        <source>Settled: nothing more to pay or refund.</source>
        <translation>精算：追加請求も返金もありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="436"/>
        <source>Issued %1.</source>
        <translation>%1 を発行しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="450"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="488"/>
        <source>Select a deposit request or invoice first.</source>
        <translation>先にデポジット請求か請求書を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="468"/>
        <source>Withdraw %1? It no longer counts in the balance; the history keeps it.</source>
        <translation>%1 を取り消しますか？残高には含まれなくなりますが、履歴には残ります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="469"/>
        <source>Withdraw</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="497"/>
        <source>Select a payment first.</source>
        <translation>先に入金を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="510"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>日付を YYYY-MM-DD で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="522"/>
        <source>Recorded: %1, counted as %2.</source>
        <translation>記録しました：%1（%2 として計上）。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="70"/>
        <source>New case</source>
        <translation>新規症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>New patient</source>
        <translation>新しい患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="73"/>
        <source>Patient already in HIRT Desk</source>
        <translation>登録済みの患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="89"/>
        <source>Name or passport number</source>
        <translation>氏名または旅券番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="92"/>
        <source>Matching patients</source>
        <translation>該当する患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="118"/>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="119"/>
        <source>Inquiry date</source>
        <translation>問い合わせ日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="121"/>
        <source>Packet language</source>
        <translation>資料の言語</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>Encrypt the database</source>
        <translation>データベースの暗号化</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="94"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>暗号化すると、データベースとそのバックアップはこのパスフレーズでしか読めなくなります。HIRT Desk は起動のたびにパスフレーズを尋ねます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="97"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;パスフレーズを失うと、症例は復元できません&lt;/b&gt;。パスフレーズがなければ誰もデータベースを開けません。安全な場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="107"/>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="109"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="120"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>パスフレーズが短すぎます。%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="123"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>パスフレーズに使用できない文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="125"/>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="47"/>
        <source>Change status…</source>
        <extracomment>an editable field (coordinator, packet language) changed the user asked to change the status the user asked to undo the last status change the user wrote a note and pressed &quot;Add note&quot; (its text); `note_saved()` clears the box</extracomment>
        <translation>ステータスを変更…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="50"/>
        <source>Undo last change</source>
        <translation>直前の変更を取り消す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Case number</source>
        <translation>症例番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="118"/>
        <source>Back from %1 to %2</source>
        <translation>%1から%2に戻す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="76"/>
        <source>Reply due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="77"/>
        <source>Coordinator</source>
        <translation>担当コーディネーター</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="78"/>
        <source>Packet language</source>
        <translation>資料の言語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="83"/>
        <source>Status history</source>
        <translation>ステータス履歴</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Write a note for this case</source>
        <translation>この症例のメモを書く</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="93"/>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="96"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="120"/>
        <source>Packet for %1 %2</source>
        <translation>パケット — %1 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="128"/>
        <source>&amp;Language beside Japanese:</source>
        <translation>日本語と併記する言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="137"/>
        <source>&amp;Save PDF…</source>
        <translation>PDFを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="172"/>
        <source>Preparing the packet in %1…</source>
        <translation>%1 のパケットを作成しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="196"/>
        <source>%n page(s), Japanese beside %1.</source>
        <translation>
            <numerusform>%nページ、日本語と%1の併記。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="207"/>
        <source>The packet could not be prepared. %1</source>
        <translation>パケットを作成できませんでした。%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="235"/>
        <source>Save packet</source>
        <translation>パケットを保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="248"/>
        <source>Not saved. %1</source>
        <translation>保存できませんでした。%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="251"/>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="282"/>
        <source>Printing page %1 of %2…</source>
        <translation>%2ページ中%1ページ目を印刷しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="288"/>
        <source>%n page(s) printed to the file %1.</source>
        <translation>
            <numerusform>%nページをファイル %1 に印刷しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="291"/>
        <source>%n page(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%nページをプリンター %1 に送りました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="297"/>
        <source>Not printed. %1</source>
        <translation>印刷できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="34"/>
        <source>Encrypted database</source>
        <translation>暗号化されたデータベース</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="38"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>データベース %1 は暗号化されています。開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="63"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>このパスフレーズではデータベースを開けません。確認してもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited Open on a likely match: its newest case (id) Use this person on a likely match: this case&apos;s patient is that person (their id) Not the same on a likely match (their id)</extracomment>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Name (passport)</source>
        <translation>氏名（旅券）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Own script</source>
        <translation>本国表記</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
        <source>Add companion…</source>
        <translation>同伴者を追加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="181"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="182"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="191"/>
        <source>Companions</source>
        <translation>同伴者</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <translation>旅券の表記どおり（例：NGUYEN）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>例：NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>本人の文字で（例：阮文安）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>e.g. 阮文安</source>
        <translation>例：阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="156"/>
        <source>e.g. +84 912 345 678</source>
        <translation>例：+84 912 345 678</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="157"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>国番号から（例：+84 912 345 678）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="98"/>
        <source>Surname (passport)</source>
        <translation>姓（旅券）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="30"/>
        <source>F (female)</source>
        <translation>女性 (F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="31"/>
        <source>M (male)</source>
        <translation>男性 (M)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="32"/>
        <source>X (unspecified)</source>
        <translation>指定なし (X)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="99"/>
        <source>Given names (passport)</source>
        <translation>名（旅券）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="100"/>
        <source>Name in own script</source>
        <translation>本国表記の氏名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="101"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="102"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="103"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="104"/>
        <source>Passport number</source>
        <translation>旅券番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="105"/>
        <source>Passport expiry</source>
        <translation>旅券の有効期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="106"/>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="107"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="108"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="109"/>
        <source>Home address</source>
        <translation>自宅住所</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="41"/>
        <source>Merge two records of one person</source>
        <translation>同一人物の2つの記録を統合</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="45"/>
        <source>The record on the left is kept: the cases of the record on the right move to it, with their companions, visa records and documents. Choose, field by field, which value the kept record has. The merge can be undone from the History tab.</source>
        <translation>左の記録を残します。右の記録の症例は、同行者・ビザ記録・書類とともに左へ移ります。項目ごとに、残す記録の値を選んでください。統合は「履歴」タブから取り消せます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="53"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="67"/>
        <source>Swap: keep the right record</source>
        <translation>入れ替え：右の記録を残す</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Kept</source>
        <translation>残す記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Merged into it</source>
        <translation>統合される記録</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="19"/>
        <source>same birth date (%1)</source>
        <translation>生年月日が同じ（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="20"/>
        <source>birth dates with day and month swapped (%1, %2)</source>
        <translation>生年月日の日と月が入れ替わっている（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="21"/>
        <source>birth dates one digit apart (%1, %2)</source>
        <translation>生年月日が1桁違う（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="22"/>
        <source>born the same year but on different days (%1, %2)</source>
        <translation>生まれ年は同じだが日付が違う（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="23"/>
        <source>different birth dates (%1, %2)</source>
        <translation>生年月日が違う（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="24"/>
        <source>same passport number</source>
        <translation>旅券番号が同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="25"/>
        <source>different passport numbers</source>
        <translation>旅券番号が違う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="26"/>
        <source>same nationality</source>
        <translation>国籍が同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="27"/>
        <source>different nationalities (%1, %2)</source>
        <translation>国籍が違う（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="28"/>
        <source>different sex</source>
        <translation>性別が違う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="29"/>
        <source>same phone number</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="30"/>
        <source>same e-mail address</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="31"/>
        <source>different names</source>
        <translation>名前が違う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="32"/>
        <source>different names in own script (%1, %2)</source>
        <translation>自国の文字での名前が違う（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="33"/>
        <source>names in own script nearly the same (%1, %2)</source>
        <translation>自国の文字での名前がほぼ同じ（%1、%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="34"/>
        <source>same name in own script (%1)</source>
        <translation>自国の文字での名前が同じ（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="35"/>
        <source>same name (%1)</source>
        <translation>名前が同じ（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="36"/>
        <source>%1 and %2 are spellings of one name</source>
        <translation>%1 と %2 は同じ名前の別の綴り</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="37"/>
        <source>%1 and %2 differ by a letter or two</source>
        <translation>%1 と %2 は1〜2文字違い</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="38"/>
        <source>%1 and %2 have the same consonants</source>
        <translation>%1 と %2 は子音が同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="39"/>
        <source>family and given names swapped</source>
        <translation>姓と名が入れ替わっている</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="40"/>
        <source>given names in one record only</source>
        <translation>名が一方の記録にしかない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="41"/>
        <source>a middle name in one record only</source>
        <translation>ミドルネームが一方の記録にしかない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="42"/>
        <source>names in another order</source>
        <translation>名前の順序が違う</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="43"/>
        <source>%1 reads %2</source>
        <translation>%1 の読みは %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="44"/>
        <source>%1 reads %2 (%3)</source>
        <translation>%1 の読みは %2（%3）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="45"/>
        <source>%1 reads %2 (%3 is also written %4)</source>
        <translation>%1 の読みは %2（%3 は %4 とも綴る）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="46"/>
        <source>%1 is %2 without diacritics</source>
        <translation>%1 は発音区別符号を除くと %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="47"/>
        <source>%1 has the consonants %2</source>
        <translation>%1 の子音は %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="48"/>
        <source>marked as different people</source>
        <translation>別人と記録済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="59"/>
        <source>Wade-Giles</source>
        <translation>ウェード式</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="60"/>
        <source>Cantonese</source>
        <translation>広東語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="61"/>
        <source>RTGS</source>
        <translation>RTGS（タイ王室式）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="62"/>
        <source>ICAO 9303</source>
        <translation>ICAO 9303</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="63"/>
        <source>Russian passports before 2010</source>
        <translation>2010年以前のロシア旅券</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="64"/>
        <source>Mongolian passport spelling</source>
        <translation>モンゴル旅券の綴り</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="101"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="127"/>
        <source>Remove companion</source>
        <translation>同行者を削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="104"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1 さんにはビザの記録があります。同行者と一緒に削除されます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="106"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 さんは旅程の %2 件に含まれています（うち %3 件は本人のみ）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="112"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>旅程から外す（本人のみの項目は削除）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="114"/>
        <source>Give their itinerary items to:</source>
        <translation>旅程の項目を引き継ぐ人：</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="123"/>
        <location filename="../hirt_desk/ui/reports_view.py" line="368"/>
        <source>Reports</source>
        <extracomment>the figures asked for last are shown (or were refused) a report file was written; carries its path the report was printed; carries how many pages</extracomment>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="141"/>
        <source>All facilities</source>
        <translation>すべての施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="146"/>
        <source>All (or a code such as CN)</source>
        <translation>すべて(または CN などのコード)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="150"/>
        <source>All coordinators</source>
        <translation>すべてのコーディネーター</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="161"/>
        <source>Report:</source>
        <translation>レポート:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="166"/>
        <source>Inquiries from:</source>
        <translation>問い合わせ期間:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="167"/>
        <source>Facility:</source>
        <translation>施設:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="168"/>
        <source>Nationality:</source>
        <translation>国籍:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="169"/>
        <source>Coordinator:</source>
        <translation>コーディネーター:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="188"/>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="190"/>
        <source>Export CSV/XLSX…</source>
        <translation>CSV/XLSX をエクスポート…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="227"/>
        <source>The period ends before it starts.</source>
        <translation>期間の終わりが始まりより前です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="231"/>
        <source>A nationality is a two-letter country code, such as CN.</source>
        <translation>国籍は CN のような2文字の国コードで入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="245"/>
        <source>Reading the figures…</source>
        <translation>数値を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="269"/>
        <source>Reports are for managers: your role may not read them.</source>
        <translation>レポートはマネージャー用です。あなたの役割では閲覧できません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="271"/>
        <source>The report could not be read.</source>
        <translation>レポートを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="325"/>
        <source>Choose a name ending in .csv, .xlsx or .pdf.</source>
        <translation>末尾が .csv、.xlsx、.pdf のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="328"/>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="340"/>
        <source>Saved as %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="348"/>
        <source>The file could not be written.</source>
        <translation>ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="353"/>
        <source>Preparing the pages…</source>
        <translation>ページを準備しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="375"/>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/reports_view.py" line="382"/>
        <source>%n page(s) printed: %1.</source>
        <translation>
            <numerusform>%n ページを印刷しました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="391"/>
        <source>The report could not be printed.</source>
        <translation>レポートを印刷できませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Export the report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="203"/>
        <source>Enter the diagnosis facts to screen the case.</source>
        <translation>診断情報を入力すると適応を判定します。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="211"/>
        <source>Schedule: %1</source>
        <translation>治療スケジュール：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="214"/>
        <source>Missing: %1</source>
        <translation>不足している情報：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="216"/>
        <source>Rules: %1, version %2</source>
        <translation>適応基準：%1（版 %2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Status</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Criterion</source>
        <translation>基準</translation>
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
        <translation>USレター</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="308"/>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="317"/>
        <source>Language of the window</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>新しい言語は HIRT Desk の次回起動時に適用されます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="319"/>
        <source>Daily automatic backups kept</source>
        <translation>保持する日次自動バックアップ数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="320"/>
        <source>Paper size of printed documents</source>
        <translation>印刷する書類の用紙サイズ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="323"/>
        <source>The database is encrypted.</source>
        <translation>データベースは暗号化されています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="326"/>
        <source>Encrypt the database…</source>
        <translation>データベースを暗号化…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="334"/>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="340"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>ビザ書類や資料に身元保証機関として印刷されます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="342"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>代理店の情報を変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="346"/>
        <source>Guarantor list (A or B)</source>
        <translation>身元保証機関の区分（A または B）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="347"/>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>代表者氏名（身元保証書に記名・押印）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (English)</source>
        <translation>所在地（英語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (Japanese)</source>
        <translation>所在地（日本語）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>24-hour helpline</source>
        <translation>24時間対応の電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="351"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="365"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="366"/>
        <source>Agency</source>
        <translation>自社情報</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="369"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="375"/>
        <source>Fees</source>
        <translation>料金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>A or B (MOFA&apos;s lists).</source>
        <translation>A または B（外務省の区分）。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="55"/>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation>HIRT Desk を使う職員です。名簿が空でなければ、HIRT Desk は起動時に作業者を尋ね、すべての変更をそのログイン名で記録します。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="58"/>
        <source>The people who log in to the office server. A person added here can log in at once with the password you give them.</source>
        <translation>事務所サーバーにログインする職員です。ここで追加した職員は、あなたが渡すパスワードですぐにログインできます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="60"/>
        <source>The people who log in to the office server. An administrator adds them.</source>
        <translation>事務所サーバーにログインする職員です。職員の追加は管理者が行います。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person…</source>
        <translation>職員を追加…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="80"/>
        <source>Remove person</source>
        <translation>職員を削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="152"/>
        <source>Each person needs a login.</source>
        <translation>職員ごとにログイン名が必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="154"/>
        <source>A login has no spaces.</source>
        <translation>ログイン名には空白を使えません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="156"/>
        <source>The login %1 is listed twice.</source>
        <translation>ログイン名 %1 が二重に登録されています。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="222"/>
        <source>Change status</source>
        <translation>ステータスの変更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="243"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="244"/>
        <source>New status</source>
        <translation>新しいステータス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="246"/>
        <source>Effective date</source>
        <translation>適用日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="248"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="256"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>ビザが必要ですが、まだ発給されていません：%1。このまま進めることもできます。ビザはビザタブに記録してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>Not before the inquiry (%1).</source>
        <translation>問い合わせ日（%1）より前の日付は入力できません。</translation>
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
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Assigned to</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="62"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="111"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="57"/>
        <source>Accept as a task</source>
        <translation>タスクにする</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="59"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="65"/>
        <source>Dismiss</source>
        <translation>見送る</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="63"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="67"/>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="69"/>
        <source>Remove a task added by mistake (a task done or not needed is marked Done or Dismissed instead)</source>
        <translation>誤って追加したタスクを削除します（済んだタスクや不要なタスクは「完了」または「見送る」にします）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="73"/>
        <source>What needs doing</source>
        <translation>やること</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="79"/>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="102"/>
        <source>Task:</source>
        <translation>タスク：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="103"/>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="104"/>
        <source>Assigned to:</source>
        <translation>担当：</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="106"/>
        <source>&lt;b&gt;Proposed from the case&apos;s dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;症例の日付からの提案&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="109"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;タスク&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="119"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="132"/>
        <source>the team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="142"/>
        <source>Reply to the inquiry</source>
        <translation>問い合わせに返信</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="143"/>
        <source>Request the missing records: %1</source>
        <translation>不足している資料を依頼：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="144"/>
        <source>Send the records to the facility</source>
        <translation>資料を医療機関に送付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="145"/>
        <source>Book the flights</source>
        <translation>航空券を予約</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="146"/>
        <source>Apply for the visa of %1</source>
        <translation>%1のビザを申請</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="147"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>%1の旅券を更新（有効期限 %2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>dismissed</source>
        <translation>見送り</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="178"/>
        <source>Say what needs doing.</source>
        <translation>やることを入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="187"/>
        <source>Give the date it is due.</source>
        <translation>期限の日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="192"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="206"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="232"/>
        <source>The task was not saved.</source>
        <translation>タスクは保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="214"/>
        <source>Remove task</source>
        <translation>タスクの削除</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="215"/>
        <source>Remove the task “%1”?</source>
        <translation>タスク「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="221"/>
        <source>The task was not removed.</source>
        <translation>タスクは削除されませんでした。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="27"/>
        <source>What happened to this case, newest first.</source>
        <translation>この症例の経過（新しい順）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="45"/>
        <source>Status: %1 → %2</source>
        <translation>状態：%1 → %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="46"/>
        <source>Status: %2</source>
        <translation>状態：%2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="49"/>
        <source>Screened: %1</source>
        <translation>適応判定：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="51"/>
        <source>Note: %1</source>
        <translation>メモ：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 from %2: %3</source>
        <translation>%1（%2から）：%3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 to %2: %3</source>
        <translation>%1（%2へ）：%3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="57"/>
        <source>Document added: %1 (%2)</source>
        <translation>書類を追加：%1（%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>dismissed</source>
        <translation>見送り</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="60"/>
        <source>Task: %1 (due %2, %3)</source>
        <translation>タスク：%1（期限 %2、%3）</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Due</source>
        <extracomment>a line was opened (double-click or Enter): its case&apos;s id</extracomment>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Replies due</source>
        <translation>返信期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="68"/>
        <source>Arrivals and departures</source>
        <translation>到着と出発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="69"/>
        <source>Sessions today and tomorrow</source>
        <translation>今日と明日の照射</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="70"/>
        <source>Visa deadlines and flights to book</source>
        <translation>ビザ申請期限と航空券の手配</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="71"/>
        <source>Passports expiring</source>
        <translation>期限が近い旅券</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="72"/>
        <source>Coming up: tasks due later</source>
        <translation>今後の予定：期限が先のタスク</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="81"/>
        <source>Today: %1, %2</source>
        <translation>今日：%2（%1）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="83"/>
        <source>Reading what is due…</source>
        <translation>期限のある項目を読み込み中…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="121"/>
        <source>What is due could not be read.</source>
        <translation>期限のある項目を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="147"/>
        <source>Nothing is due.</source>
        <translation>期限のある項目はありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="163"/>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="165"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="170"/>
        <source>the team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="173"/>
        <source>Reply to the inquiry</source>
        <translation>問い合わせに返信</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="174"/>
        <source>Arrives: %1</source>
        <translation>到着：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="175"/>
        <source>Leaves Japan: %1</source>
        <translation>出国：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="176"/>
        <source>Session at %1</source>
        <translation>照射 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="177"/>
        <source>Apply for the visa of %1</source>
        <translation>%1のビザを申請</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="178"/>
        <source>Book the flights</source>
        <translation>航空券を予約</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="179"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>%1の旅券を更新（有効期限 %2）</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="115"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="116"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="117"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="272"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>身元保証書（PDF）…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="274"/>
        <source>Departure report (PDF)…</source>
        <translation>出国報告書（PDF）…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="286"/>
        <source>What is late or wrong</source>
        <translation>遅れ・誤り</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="329"/>
        <source>Nothing late or wrong.</source>
        <translation>遅れや誤りはありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="351"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="390"/>
        <source>Not written: %1</source>
        <translation>書き込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="358"/>
        <source>Writing %1…</source>
        <translation>%1を作成しています…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="369"/>
        <source>Written to %1</source>
        <translation>%1 に書き込みました</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="374"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>代理店の情報が架空のサンプル代理店のままです。先に「設定」で自社の情報（名称、身元保証機関の登録、所在地）を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="377"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>まだ全員が出国していません。出国報告書は、各渡航者の出国日以降に作成してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="380"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>旅程に日本からの出国便がない渡航者がいます。先に追加してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="394"/>
        <source>Guarantor form</source>
        <translation>身元保証書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="398"/>
        <source>Departure report</source>
        <translation>出国報告書</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="94"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;HIRT Desk へようこそ&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="96"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>このデータベースにはまだ症例がありません。&lt;br&gt;サンプル症例を追加して操作を試すか、最初の症例を作成してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="100"/>
        <source>Add 50 sample cases</source>
        <translation>サンプル症例を50件追加</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="103"/>
        <source>New case…</source>
        <translation>新規症例…</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="59"/>
        <source>Who is working?</source>
        <translation>作業者の選択</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="60"/>
        <source>Changes you make are recorded under the name you choose.</source>
        <translation>変更は、ここで選んだ名前で記録されます。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>ファイル %1 は HIRT Desk のデータベースではありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>ファイル %1 は他のプログラムのもので、HIRT Desk のものではありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>データベース %1 は破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="25"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>データベース %1 は新しい版の HIRT Desk で書かれています。開くにはその版をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="27"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>データベース %1 は他のプログラムが使用中です。そのプログラムを閉じてからやり直してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>データベース %1 は読み取り専用です。HIRT Desk は書き込みが必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>%1 のあるディスクがいっぱいです。直前の変更は保存されていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 could not be read or written.</source>
        <translation>データベース %1 を読み書きできませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>このフォルダーにはデータベース %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="33"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>データベース %1 の横に、別のデータベースの先行書き込みログ（-wal ファイル）があります。HIRT Desk はどちらにも手を加えていません。-wal ファイルを別の場所へ移してから、データベースをもう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>ファイル %1 は空です。HIRT Desk のデータベースが入っていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>データベース %1 は暗号化されています。パスフレーズが必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>このパスフレーズではデータベース %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="40"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>オフィスサーバー %1 に接続できないか、このログインが拒否されました。アドレス、パスワード、ネットワークを確認してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="42"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>サーバーのデータベース %1 は UTF-8 のデータベースではありません。管理者に次のコマンドで作成するよう依頼してください: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="45"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>サーバーのデータベース %1 にはまだ HIRT Desk のスキーマがありません。管理者に次のコマンドの実行を依頼してください: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="48"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>サーバーのデータベース %1 のスキーマは古いバージョンです。管理者に次のコマンドの実行を依頼してください: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="50"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>オフィスサーバー %1 はこのログインの操作を拒否しました。管理者に適切な役割を依頼してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The office server %1 needs the password of this login.</source>
        <translation>オフィスサーバー %1 はこのログインのパスワードを必要としています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="53"/>
        <source>The office server %1 refused the login: the login or the password is wrong.</source>
        <translation>オフィスサーバー %1 がログインを拒否しました。ログイン名またはパスワードが違います。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="55"/>
        <source>The office server %1 cannot be found: check the server address.</source>
        <translation>オフィスサーバー %1 が見つかりません。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>The database %1 does not exist on that server: check the database name.</source>
        <translation>データベース %1 はそのサーバーにありません。データベース名を確認してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>The office server %1 refused the encrypted connection: its certificate could not be checked, or it offers no encryption. Check the connection setting.</source>
        <translation>オフィスサーバー %1 が暗号化接続を拒否しました。証明書を確認できなかったか、サーバーが暗号化に対応していません。接続方式を確認してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="62"/>
        <source>The connection to the office server %1 was lost. The last change was not saved; HIRT Desk connects again when you retry.</source>
        <translation>オフィスサーバー %1 との接続が切れました。直前の変更は保存されていません。もう一度操作すると HIRT Desk が再接続します。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="66"/>
        <source>The database %1 cannot be used.</source>
        <translation>データベース %1 は使用できません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Simplified Chinese</source>
        <translation>簡体字中国語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Traditional Chinese</source>
        <translation>繁体字中国語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="84"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>ラテン文字・キリル文字・ベトナム語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="85"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>ラテン文字・キリル文字・ベトナム語（太字）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="95"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 はデバイスなどの特殊なファイルで、通常のファイルではありません。ファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="99"/>
        <location filename="../hirt_desk/ui/errors.py" line="100"/>
        <source>You have no permission to write %1.</source>
        <translation>%1 に書き込む権限がありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="101"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>ディスクがいっぱいのため、%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="102"/>
        <location filename="../hirt_desk/ui/errors.py" line="103"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 のフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 は読み取り専用のディスクにあります。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="105"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="107"/>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="108"/>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="117"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>このコンピューターには%1のフォントがありません（探したフォント: %2）。%3 をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="122"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>次の文字はインストールされているフォントでは印刷できません: %1。症例の内容を直すか、これらの文字を含むフォントをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="129"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>予期しないエラーが発生しました: %1</translation>
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
        <translation>群馬大学重粒子線医学センター</translation>
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
        <translation>組織型</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Largest diameter</source>
        <translation>最大径</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Measurable on imaging</source>
        <translation>画像上測定可能</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Distant metastasis</source>
        <translation>遠隔転移</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Invades the GI tract</source>
        <translation>消化管浸潤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Invades the spinal cord</source>
        <translation>脊髄浸潤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>ECOG performance status</source>
        <translation>ECOG PS</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Clinical T</source>
        <translation>臨床T分類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Clinical N</source>
        <translation>臨床N分類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Clinical M</source>
        <translation>臨床M分類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Clinical stage</source>
        <translation>臨床病期</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Gleason score confirmed by histopathology</source>
        <translation>グリソンスコアの病理組織学的確認</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>PSA before biopsy</source>
        <translation>生検前PSA</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Child-Pugh class</source>
        <translation>Child-Pugh分類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Liver regions involved</source>
        <translation>肝病変の領域数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Ascites</source>
        <translation>腹水</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="197"/>
        <source>Tumor status</source>
        <translation>腫瘍の状態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="198"/>
        <source>Surgically resectable</source>
        <translation>切除可能</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="199"/>
        <source>Recurrence after TACE</source>
        <translation>TACE後の再発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="200"/>
        <source>Sarcoma location</source>
        <translation>肉腫の部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="201"/>
        <source>Metal implant in the irradiated area</source>
        <translation>照射野内の金属</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="202"/>
        <source>Rectal recurrence site</source>
        <translation>直腸癌再発部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="203"/>
        <source>Distance to nearest GI tract</source>
        <translation>消化管との距離</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="204"/>
        <source>Organs with isolated recurrence</source>
        <translation>孤立性再発の臓器</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="205"/>
        <source>Number of recurrent lesions</source>
        <translation>再発病変数</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Fixed</source>
        <translation>定額</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Per interpreting day</source>
        <translation>通訳1日ごと</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per night</source>
        <translation>1泊ごと</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per traveller</source>
        <translation>渡航者1人ごと</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="35"/>
        <source>Per transfer</source>
        <translation>送迎1回ごと</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="74"/>
        <source>Entries</source>
        <translation>入国回数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="76"/>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="77"/>
        <source>Fixed by hand</source>
        <translation>手動で固定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="78"/>
        <source>Patient record (merge)</source>
        <translation>患者の記録（統合）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="105"/>
        <source>Companion %1</source>
        <translation>同行者 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="107"/>
        <source>Status change</source>
        <translation>ステータス変更</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Screening</source>
        <translation>適応判定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="109"/>
        <source>Itinerary item</source>
        <translation>旅程項目</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="110"/>
        <source>Visa record</source>
        <translation>ビザ記録</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="112"/>
        <source>Not the same person</source>
        <translation>同一人物ではない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Quote</source>
        <translation>見積</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Deposit request or invoice</source>
        <translation>デポジット請求または請求書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Payment or refund</source>
        <translation>入金または返金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Fee</source>
        <translation>料金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="128"/>
        <source>(removed)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="130"/>
        <source>(changed)</source>
        <translation>(変更あり)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>成人の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="225"/>
        <source>Foundation Day</source>
        <translation>建国記念の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="226"/>
        <source>Emperor&apos;s Birthday</source>
        <translation>天皇誕生日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="227"/>
        <source>Vernal Equinox Day</source>
        <translation>春分の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="228"/>
        <source>Showa Day</source>
        <translation>昭和の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="229"/>
        <source>Constitution Day</source>
        <translation>憲法記念日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="230"/>
        <source>Greenery Day</source>
        <translation>みどりの日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="231"/>
        <source>Children&apos;s Day</source>
        <translation>こどもの日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="232"/>
        <source>Marine Day</source>
        <translation>海の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="233"/>
        <source>Mountain Day</source>
        <translation>山の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="234"/>
        <source>Respect for the Aged Day</source>
        <translation>敬老の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="235"/>
        <source>Autumnal Equinox Day</source>
        <translation>秋分の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="236"/>
        <source>Sports Day</source>
        <translation>スポーツの日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="237"/>
        <source>Culture Day</source>
        <translation>文化の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="238"/>
        <source>Labor Thanksgiving Day</source>
        <translation>勤労感謝の日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="239"/>
        <source>Substitute Holiday</source>
        <translation>振替休日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="240"/>
        <source>National Holiday</source>
        <translation>国民の休日</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="57"/>
        <source>Flight</source>
        <translation>航空便</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="58"/>
        <source>Accommodation</source>
        <translation>宿泊</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="59"/>
        <source>Appointment</source>
        <translation>予約（診察・検査）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="60"/>
        <source>Treatment session</source>
        <translation>照射</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="61"/>
        <source>Transfer / pickup</source>
        <translation>送迎</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="62"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="63"/>
        <source>Phone rental</source>
        <translation>携帯電話レンタル</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="70"/>
        <source>The patient arrives after the first appointment.</source>
        <translation>患者の到着が最初の予約より後です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="72"/>
        <source>The patient leaves before the last treatment session.</source>
        <translation>患者の出国が最後の照射より前です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="74"/>
        <source>A session is on a day the facility does not treat (%1).</source>
        <translation>施設の治療日でない日に照射があります（%1）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="77"/>
        <source>%1 night(s) without accommodation, from %2.</source>
        <translation>宿泊先のない夜が %1 泊あります（%2 から）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="79"/>
        <source>“%1” and “%2” overlap on %3.</source>
        <translation>%3に「%1」と「%2」が重なっています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="83"/>
        <source>The passport expires on %1, before the stay ends.</source>
        <translation>旅券の有効期限（%1）が滞在終了前に切れます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="86"/>
        <source>The stay is outside the period the visa permits (see the Visa tab).</source>
        <translation>滞在がビザで許可された期間を超えています（ビザのタブを参照）。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="22"/>
        <source>Records</source>
        <translation>資料収集</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="23"/>
        <source>Facility review</source>
        <translation>施設審査</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="24"/>
        <source>Visa</source>
        <translation>ビザ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation>渡航準備</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="26"/>
        <source>In Japan</source>
        <translation>来日中</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="27"/>
        <source>Accepted</source>
        <translation>受入決定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="28"/>
        <source>In treatment</source>
        <translation>治療中</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="29"/>
        <source>Completed</source>
        <translation>治療完了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>経過観察</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="31"/>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="32"/>
        <source>Not indicated</source>
        <translation>適応外</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="33"/>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="38"/>
        <source>Prostate</source>
        <translation>前立腺</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="39"/>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="40"/>
        <source>Liver</source>
        <translation>肝臓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="41"/>
        <source>Pancreas</source>
        <translation>膵臓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="42"/>
        <source>Bone and soft tissue sarcoma</source>
        <translation>骨軟部肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="43"/>
        <source>Skull base</source>
        <translation>頭蓋底</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="44"/>
        <source>Rectal recurrence</source>
        <translation>直腸がん術後再発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="45"/>
        <source>Oligo recurrence</source>
        <translation>オリゴ再発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="47"/>
        <source>Head and neck (mucosal)</source>
        <translation>頭頸部（粘膜）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="48"/>
        <source>Cervix</source>
        <translation>子宮頸部</translation>
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
        <translation>腎臓</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="55"/>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="56"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="57"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="58"/>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="59"/>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="60"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="61"/>
        <source>Reply due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="62"/>
        <source>Next date</source>
        <translation>次の予定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="81"/>
        <source>The reply promised within 5 days of the inquiry is overdue</source>
        <translation>問い合わせから5日以内の回答期限を過ぎています</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="86"/>
        <source>%n open conflict(s): Edit → Conflicts…</source>
        <translation>未解決の競合 %n 件：編集 → 競合…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>The surname as in the passport is required.</source>
        <translation>旅券どおりの姓は必須です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>旅券のローマ字（A〜Z、空白、ハイフン）で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The date of birth is in the future.</source>
        <translation>生年月日が未来の日付です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>生年月日が120年以上前です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>国コードではありません（ISO 3166、例：CN、VN、TH）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>旅券番号は英数字5〜20文字です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>The passport has expired.</source>
        <translation>旅券の有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>The passport expires within 6 months.</source>
        <translation>旅券の有効期限まで6か月を切っています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="121"/>
        <source>Not an e-mail address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="122"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>有効な電話番号ではありません。国番号（例：+86）から入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="124"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>日付ではありません：YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="125"/>
        <source>There is no such day in the calendar.</source>
        <translation>その日付は暦にありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="140"/>
        <source>Eligible</source>
        <translation>適応あり</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>Not eligible</source>
        <translation>適応なし</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>Needs information</source>
        <translation>情報不足</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>Physician review</source>
        <translation>医師の判断が必要</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="146"/>
        <source>met</source>
        <translation>満たす</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="147"/>
        <source>not met</source>
        <translation>満たさない</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="148"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="149"/>
        <source>review</source>
        <translation>要判断</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="269"/>
        <source>Adenocarcinoma</source>
        <translation>腺がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="270"/>
        <source>Non-small cell lung cancer</source>
        <translation>非小細胞肺がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="271"/>
        <source>Small cell lung cancer</source>
        <translation>小細胞肺がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="272"/>
        <source>Squamous cell carcinoma</source>
        <translation>扁平上皮がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="273"/>
        <source>Hepatocellular carcinoma</source>
        <translation>肝細胞がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="274"/>
        <source>Cholangiocarcinoma</source>
        <translation>胆管がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="275"/>
        <source>Osteosarcoma</source>
        <translation>骨肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="276"/>
        <source>Chordoma</source>
        <translation>脊索腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="277"/>
        <source>Chondrosarcoma</source>
        <translation>軟骨肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="278"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>未分化多形肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="279"/>
        <source>MPNST</source>
        <translation>悪性末梢神経鞘腫瘍（MPNST）</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="280"/>
        <source>Leiomyosarcoma</source>
        <translation>平滑筋肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="281"/>
        <source>Synovial sarcoma</source>
        <translation>滑膜肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="282"/>
        <source>Ewing sarcoma</source>
        <translation>ユーイング肉腫</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="283"/>
        <source>Ductal carcinoma</source>
        <translation>乳管がん</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="284"/>
        <source>Primary</source>
        <translation>原発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="285"/>
        <source>Residual after surgery</source>
        <translation>術後残存</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="286"/>
        <source>Recurrent</source>
        <translation>再発</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="287"/>
        <source>Inoperable</source>
        <translation>手術不能</translation>
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
        <translation>脊椎・傍脊椎</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="291"/>
        <source>Retroperitoneal</source>
        <translation>後腹膜</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="292"/>
        <source>Pelvis</source>
        <translation>骨盤</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="293"/>
        <source>Extremity</source>
        <translation>四肢</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="294"/>
        <source>Anastomosis</source>
        <translation>吻合部</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="295"/>
        <source>Pelvic wall</source>
        <translation>骨盤壁</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="296"/>
        <source>Lymph node</source>
        <translation>リンパ節</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="297"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="298"/>
        <source>Brain</source>
        <translation>脳</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="299"/>
        <source>Adrenal</source>
        <translation>副腎</translation>
    </message>
</context>
<context>
    <name>listExport</name>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="24"/>
        <location filename="../hirt_desk/ui/list_export.py" line="36"/>
        <source>Export the case list</source>
        <translation>症例一覧をエクスポート</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="34"/>
        <source>Cases</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="37"/>
        <source>Choose a name ending in .csv or .xlsx.</source>
        <translation>末尾が .csv または .xlsx のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="40"/>
        <source>The list could not be exported.</source>
        <translation>一覧をエクスポートできませんでした。</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="54"/>
        <source>Due from the patient: %1</source>
        <translation>患者の未払い：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="56"/>
        <source>To refund to the patient: %1</source>
        <translation>患者への返金：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="57"/>
        <source>Held for the patient: %1</source>
        <translation>患者からの預り金：%1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="59"/>
        <source>Settled</source>
        <translation>精算済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="61"/>
        <source>Nothing invoiced or received yet</source>
        <translation>請求・入金はまだありません</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="63"/>
        <source>Balanced</source>
        <translation>過不足なし</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="66"/>
        <source>charged %1</source>
        <translation>請求 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="67"/>
        <source>received %1</source>
        <translation>入金 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="69"/>
        <source>refunded %1</source>
        <translation>返金 %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="72"/>
        <source>deposit outstanding %1</source>
        <translation>デポジット未入金 %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="9"/>
        <source>Referral letter</source>
        <translation>紹介状</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="10"/>
        <source>Pathology report</source>
        <translation>病理診断報告書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="11"/>
        <source>Imaging report</source>
        <translation>画像診断報告書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="12"/>
        <source>Imaging images</source>
        <translation>画像データ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="13"/>
        <source>Blood tests</source>
        <translation>血液検査</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="14"/>
        <source>Medical summary</source>
        <translation>診療情報提供書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="15"/>
        <source>Passport copy</source>
        <translation>パスポートの写し</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="16"/>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="17"/>
        <location filename="../hirt_desk/ui/record_labels.py" line="50"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="20"/>
        <source>Missing</source>
        <translation>未入手</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="21"/>
        <source>Requested</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="22"/>
        <source>Received</source>
        <translation>受領済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="23"/>
        <source>Translated</source>
        <translation>翻訳済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="24"/>
        <source>Sent to the facility</source>
        <translation>施設へ送付済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="27"/>
        <source>Stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="28"/>
        <source>File missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="29"/>
        <source>File altered</source>
        <translation>ファイル改変</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="33"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="34"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="35"/>
        <source>Letter</source>
        <translation>郵便</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="36"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="37"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="38"/>
        <source>KakaoTalk</source>
        <translation>カカオトーク</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="39"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="40"/>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="43"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="44"/>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="45"/>
        <source>Referring hospital</source>
        <translation>紹介元病院</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="46"/>
        <source>Facility</source>
        <translation>治療施設</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="47"/>
        <source>Embassy</source>
        <translation>大使館</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="48"/>
        <source>Airline</source>
        <translation>航空会社</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="49"/>
        <source>Hotel</source>
        <translation>ホテル</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="53"/>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="54"/>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Sibling</source>
        <translation>きょうだい</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Other relative</source>
        <translation>その他の親族</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Friend</source>
        <translation>友人</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="47"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="47"/>
        <source>HIRT Desk: the agency&apos;s figures</source>
        <translation>HIRT Desk:事業の数値</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="48"/>
        <source>No cases in this period.</source>
        <translation>この期間の症例はありません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="49"/>
        <source>Cases by nationality and year</source>
        <translation>国籍別・年別の症例数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="50"/>
        <source>Pipeline</source>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="51"/>
        <source>Where cases ended</source>
        <translation>症例の終了状況</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="52"/>
        <source>Screening verdicts by site</source>
        <translation>部位別の適応判定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="53"/>
        <source>Reply and treatment times</source>
        <translation>返答と治療までの日数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="54"/>
        <source>Revenue and receivables by month</source>
        <translation>月別の売上と未収金</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="55"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="56"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="57"/>
        <source>Inquiries</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="58"/>
        <source>Treated</source>
        <translation>治療</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="59"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="60"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="61"/>
        <source>Reached</source>
        <translation>到達</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="62"/>
        <source>Ending</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="63"/>
        <source>From</source>
        <translation>直前の状態</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="64"/>
        <source>Cases</source>
        <translation>症例</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="65"/>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="66"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="67"/>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="68"/>
        <source>Within 5 days (%)</source>
        <translation>5日以内 (%)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="69"/>
        <source>Median (days)</source>
        <translation>中央値 (日)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="70"/>
        <source>90th percentile (days)</source>
        <translation>90パーセンタイル (日)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="71"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="72"/>
        <source>Revenue (JPY)</source>
        <translation>売上 (円)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="73"/>
        <source>Receivables (JPY)</source>
        <translation>未収金 (円)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="74"/>
        <source>Reply to the inquiry</source>
        <translation>問い合わせへの返答</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="75"/>
        <source>Inquiry to first session</source>
        <translation>問い合わせから初回照射まで</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="98"/>
        <source>Receivables on %1: %2</source>
        <translation>%1 時点の未収金: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="102"/>
        <source>replies within 5 days: %1%</source>
        <translation>5日以内の返答: %1%</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="49"/>
        <source>Working as: %1 · %2</source>
        <translation>作業者：%1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Passport</source>
        <translation>旅券</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="53"/>
        <source>Visa application form</source>
        <translation>査証申請書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="54"/>
        <source>Certificate of scheduled treatment and letter of guarantee</source>
        <translation>受診等予定証明書及び身元保証書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="55"/>
        <source>Proof of funds</source>
        <translation>支払能力を証する書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="56"/>
        <source>Identity documents</source>
        <translation>身分証明書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="57"/>
        <source>Certificate of Eligibility</source>
        <translation>在留資格認定証明書</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="58"/>
        <source>Treatment schedule</source>
        <translation>治療予定表</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>To request</source>
        <translation>依頼前</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>Requested</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="64"/>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="69"/>
        <source>Not named on the patient&apos;s guarantee form.</source>
        <translation>患者の身元保証書に記載されていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="70"/>
        <source>The passport expires before the stay ends.</source>
        <translation>滞在終了前に旅券の有効期限が切れます。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="71"/>
        <source>Less than 6 months of passport validity at departure.</source>
        <translation>出国時の旅券の残存期間が6か月未満です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="73"/>
        <source>Over 90 days: hospital admission and a Certificate of Eligibility are required.</source>
        <translation>90日超：入院と在留資格認定証明書が必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="75"/>
        <source>%1 is not in hand yet.</source>
        <translation>%1がまだ揃っていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="77"/>
        <source>The visa has not been applied for.</source>
        <translation>ビザがまだ申請されていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="78"/>
        <source>The single-entry visa lapses before the flight (use within 3 months of issue).</source>
        <translation>一次ビザが渡航前に失効します（発給から3か月以内に使用）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="80"/>
        <source>The visa is no longer valid on arrival.</source>
        <translation>到着時にビザの有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="81"/>
        <source>The permitted stay does not cover the whole stay.</source>
        <translation>在留期間が滞在全体をカバーしていません。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="82"/>
        <source>Add the flights in the itinerary to decide the visa.</source>
        <translation>ビザを判定するには旅程に航空便を追加してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="83"/>
        <source>Enter the nationality to decide the visa.</source>
        <translation>ビザを判定するには国籍を入力してください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="91"/>
        <source>Not decided yet.</source>
        <translation>未判定。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="92"/>
        <source>No visa needed (visa-free stay).</source>
        <translation>ビザ不要（査証免除）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="93"/>
        <source>Visa for Medical Stay needed.</source>
        <translation>医療滞在ビザが必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="94"/>
        <source>Designated Activities (over 90 days, in hospital) with a Certificate of Eligibility.</source>
        <translation>特定活動（90日超・入院）：在留資格認定証明書が必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="96"/>
        <source>Stay: %1 days (%2 to %3).</source>
        <translation>滞在：%1日（%2〜%3）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="100"/>
        <source>%1: a visa is required to enter Japan.</source>
        <translation>%1：日本への入国にはビザが必要です。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="102"/>
        <source>%1: visa-free up to %2 days.</source>
        <translation>%1：%2日までビザ免除。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="105"/>
        <source>Over 90 days: split the stay into visits of 90 days or less, or admit the patient to hospital.</source>
        <translation>90日超：90日以内の複数回の滞在に分けるか、患者を入院させてください。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Companion</source>
        <translation>同伴者</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="128"/>
        <source>Apply for the visa by %1 (processing time before the arrival on %2).</source>
        <translation>ビザの申請期限：%1（%2の到着までの審査期間を考慮）。</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="144"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="146"/>
        <source>Single entry</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="147"/>
        <source>Multiple entry</source>
        <translation>数次</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="149"/>
        <source>Entries</source>
        <translation>入国回数</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="75"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="150"/>
        <source>Named on the patient&apos;s guarantee form</source>
        <translation>患者の身元保証書に記載済み</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="165"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="68"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>大使館・総領事館</translation>
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
        <translation>発給日</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="71"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="200"/>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="72"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>在留期間</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="73"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>ビザ番号</translation>
    </message>
</context>
</TS>
