<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="168"/>
        <source>Add a staff member</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="187"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="188"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="189"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="190"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="191"/>
        <source>The password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="214"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="230"/>
        <source>A login starts with a letter, then letters, digits or _ . @ - (at most 63).</source>
        <translation>Логин начинается с буквы, далее буквы, цифры или _ . @ - (не более 63).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="233"/>
        <source>This login exists already.</source>
        <translation>Такой логин уже есть.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="235"/>
        <source>The full name is required.</source>
        <translation>Нужно полное имя.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="237"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="239"/>
        <source>Your role may not add staff.</source>
        <translation>Ваша роль не позволяет добавлять сотрудников.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="107"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False) the user asked to open another case (a likely match&apos;s): its id</extracomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="108"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="109"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="110"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="112"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="114"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="115"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="116"/>
        <source>Money</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="126"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="127"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="128"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="269"/>
        <source>%1 saved this case meanwhile. Your changes are still here: saving merges them with theirs.</source>
        <translation>%1 тем временем сохранил(а) это дело. Ваши изменения на месте: при сохранении они будут объединены с чужими.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="284"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>Не сохранено: исправьте отмеченные поля пациента.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="290"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля диагноза.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="295"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля визы.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="312"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>Не сохранено: ваши изменения на месте, сохраните их, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="319"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>Не сохранено: в данных сопровождающего ошибка (%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="324"/>
        <source>Not saved: check %1.</source>
        <translation>Не сохранено: проверьте %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="327"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>Не сохранено: одного из путешествующих кто-то другой удалил из случая. Ваши изменения на месте.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="331"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="333"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>Ваши изменения на месте: освободите место на диске и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="335"/>
        <source>Your changes are still here: save again to connect again.</source>
        <translation>Ваши изменения на месте: сохраните ещё раз, чтобы подключиться заново.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="415"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="437"/>
        <source>The status was not changed.</source>
        <translation>Статус не изменён.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="426"/>
        <source>Undo status change</source>
        <translation>Отменить изменение статуса</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="427"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>Отменить изменение статуса с %1 на %2? Дело вернётся в статус %1; в истории сохранятся оба изменения.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="432"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="447"/>
        <source>The note was not saved.</source>
        <translation>Заметка не сохранена.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="480"/>
        <source>The merge was not undone.</source>
        <translation>Объединение не отменено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="484"/>
        <source>The merge was undone: %1 is a separate record again.</source>
        <translation>Объединение отменено: %1 снова отдельная запись.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="491"/>
        <source>Undo merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="492"/>
        <source>Undo this merge? The merged record becomes a separate person again and its cases go back to it; fields changed since the merge keep their values.</source>
        <translation>Отменить это объединение? Объединённая запись снова станет отдельным человеком, и её случаи вернутся к ней; поля, изменённые после объединения, сохранят текущие значения.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor rows read to fit a column&apos;s width (Qt&apos;s default reads up to 1,000) the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>Поиск по имени, номеру случая или номеру паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="53"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="81"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="86"/>
        <source>All facilities</source>
        <translation>Все клиники</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="93"/>
        <source>Reply overdue</source>
        <translation>Просрочен ответ</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="70"/>
        <source>Relation to the patient</source>
        <translation>Кем приходится пациенту</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="55"/>
        <source>Companion</source>
        <translation>Сопровождающий</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="51"/>
        <source>the office&apos;s value was kept</source>
        <translation>оставлено офисное значение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="52"/>
        <source>the laptop&apos;s value was kept</source>
        <translation>оставлено значение с ноутбука</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="53"/>
        <source>a typed value was kept</source>
        <translation>оставлено введённое значение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="54"/>
        <source>This conflict was already resolved by %1 (%2). The list now shows the conflicts still open.</source>
        <translation>Этот конфликт уже разрешил(а) %1 (%2). В списке теперь только открытые конфликты.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="58"/>
        <source>This conflict is no longer here. The list now shows the conflicts still open.</source>
        <translation>Этого конфликта больше нет. В списке теперь только открытые конфликты.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="61"/>
        <source>One side removed this record: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>Одна сторона удалила эту запись: оставьте офисный вариант или вариант с ноутбука, ввести значение нельзя.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="64"/>
        <source>%1 is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>%1 сохраняется так, как записала одна из сторон: оставьте офисный вариант или вариант с ноутбука, ввести значение нельзя.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="70"/>
        <source>“%1” is not a value %2 can take. Correct it and try again.</source>
        <translation>«%1» не подходит для поля «%2». Исправьте и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="72"/>
        <source>Keep the office&apos;s or the laptop&apos;s value, or type the value to keep.</source>
        <translation>Оставьте офисное значение или значение с ноутбука либо введите нужное значение.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="103"/>
        <source>Conflicts</source>
        <extracomment>a conflict was resolved (its case changed): the case&apos;s id</extracomment>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="122"/>
        <source>Keep office</source>
        <translation>Оставить офисное</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="124"/>
        <source>Keep laptop</source>
        <translation>Оставить с ноутбука</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="128"/>
        <source>or type the value to keep</source>
        <translation>или введите значение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="129"/>
        <source>Use this value</source>
        <translation>Использовать это значение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="157"/>
        <source>The conflicts could not be read.</source>
        <translation>Не удалось прочитать конфликты.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/conflicts_view.py" line="169"/>
        <source>%n open conflict(s): the same field was changed in the office and on a laptop. Keep one value, or type the value to keep.</source>
        <translation>
            <numerusform>%n открытый конфликт: одно и то же поле изменили в офисе и на ноутбуке. Оставьте одно значение или введите нужное.</numerusform>
            <numerusform>%n открытых конфликта: одно и то же поле изменили в офисе и на ноутбуке. Оставьте одно значение или введите нужное.</numerusform>
            <numerusform>%n открытых конфликтов: одно и то же поле изменили в офисе и на ноутбуке. Оставьте одно значение или введите нужное.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="189"/>
        <source>This record is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s.</source>
        <translation>Эта запись сохраняется так, как её записала одна из сторон: оставьте офисное значение или значение с ноутбука.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="206"/>
        <source>Not resolved: %1</source>
        <translation>Не решено: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="212"/>
        <source>The conflict was not resolved.</source>
        <translation>Конфликт не решён.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="40"/>
        <source>Use a local database</source>
        <translation>Использовать локальную базу данных</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="41"/>
        <source>HIRT Desk database (*.sqlite);;All files (*)</source>
        <translation>База данных HIRT Desk (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="47"/>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="60"/>
        <source>Connect to office server</source>
        <translation>Подключение к офисному серверу</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="64"/>
        <source>The office server keeps the cases of the whole agency. Your administrator gives you its address, the database and your login.</source>
        <translation>На офисном сервере хранятся дела всего агентства. Адрес сервера, базу данных и ваш логин сообщит администратор.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="67"/>
        <source>The office server asks for your password again.</source>
        <translation>Офисный сервер снова запрашивает ваш пароль.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="72"/>
        <source>e.g. db.agency.example</source>
        <translation>например, db.agency.example</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="83"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Шифрование, сертификат сервера проверяется (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="84"/>
        <source>Encrypted, certificate not checked</source>
        <translation>Шифрование, сертификат не проверяется</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="85"/>
        <source>Not encrypted (only on a trusted office network)</source>
        <translation>Без шифрования (только в доверенной офисной сети)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="88"/>
        <source>Checking the certificate makes sure you talk to your own server; it needs the agency&apos;s certificate installed on this computer.</source>
        <translation>Проверка сертификата гарантирует, что вы подключаетесь к серверу своего агентства; для этого на компьютере должен быть установлен сертификат агентства.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="100"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="101"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="102"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="103"/>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="105"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="109"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="144"/>
        <source>Enter the server address, the database and your login.</source>
        <translation>Введите адрес сервера, базу данных и ваш логин.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="49"/>
        <source>HH:MM</source>
        <extracomment>an entry was logged (the required records&apos; states may have changed)</extracomment>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="65"/>
        <source>What was said, asked or sent</source>
        <translation>Что сказано, запрошено или отправлено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="69"/>
        <source>Records asked for</source>
        <translation>Запрошенные документы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="77"/>
        <source>Documents sent</source>
        <translation>Отправленные файлы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="78"/>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="87"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="92"/>
        <source>Direction, channel, who</source>
        <translation>Направление, канал, с кем</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="93"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="97"/>
        <source>Records asked for / documents sent</source>
        <translation>Запрошенные документы / отправленные файлы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="101"/>
        <source>Contact log</source>
        <translation>Журнал контактов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Who</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="163"/>
        <source>When: a date (YYYY-MM-DD) and a time (HH:MM).</source>
        <translation>Когда: дата (ГГГГ-ММ-ДД) и время (ЧЧ:ММ).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="173"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="176"/>
        <source>The contact was not logged.</source>
        <translation>Контакт не записан.</translation>
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
        <translation>В HIRT Desk произошла ошибка. Начатое действие, возможно, не завершено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="97"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>Всё, что вы сохранили ранее, надёжно хранится в базе данных. Можно продолжать работу; если ошибка повторится, отправьте файл журнала в службу поддержки: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="100"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>Всё, что вы сохранили ранее, надёжно хранится в базе данных. Можно продолжать работу. Подробности не удалось записать в %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="98"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>DiagnosisTab</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="57"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>Не принято: значение должно быть от %1 до %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>Локализация опухоли</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="320"/>
        <source>Common criteria</source>
        <translation>Общие критерии</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="322"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>Выберите в таблице локализацию опухоли, чтобы увидеть данные, используемые её критериями.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="388"/>
        <source>Check %1: %2</source>
        <translation>Проверьте %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="76"/>
        <source>Add files…</source>
        <extracomment>a document was added, changed or removed (the case&apos;s history and contacts may show it)</extracomment>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="78"/>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="80"/>
        <source>Or drop files and folders (an imaging CD) here.</source>
        <translation>Или перетащите сюда файлы и папки (диск с изображениями).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="84"/>
        <source>Kind of new documents:</source>
        <translation>Вид новых документов:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="86"/>
        <source>For:</source>
        <translation>Чьи:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="94"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="120"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="122"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="97"/>
        <source>For</source>
        <translation>Чей</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="114"/>
        <source>e.g. zh, en, ja</source>
        <translation>например, zh, en, ja</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="117"/>
        <source>Save details</source>
        <translation>Сохранить сведения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="121"/>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="123"/>
        <source>Translation of</source>
        <translation>Перевод документа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="126"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="128"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="130"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="132"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="141"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>Required by the facility</source>
        <translation>Требует клиника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="210"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="243"/>
        <source>(not a translation)</source>
        <translation>(не перевод)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="269"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="336"/>
        <source>Attaching…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="355"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="375"/>
        <source>Nothing was attached.</source>
        <translation>Ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="361"/>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="362"/>
        <source>%1 is larger than the limit for one document.</source>
        <translation>%1 больше допустимого размера одного документа.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="363"/>
        <source>%1 is not what its name says (its content is another kind of file).</source>
        <translation>%1 не то, чем названо (по содержимому это файл другого вида).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="364"/>
        <source>%1 is an imaging folder without any DICOM images.</source>
        <translation>%1 — папка с изображениями, но в ней нет снимков DICOM.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="365"/>
        <source>The folder %1 is empty.</source>
        <translation>Папка %1 пуста.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="366"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="367"/>
        <source>The file could not be stored (disk error).</source>
        <translation>Не удалось сохранить файл (ошибка диска).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="368"/>
        <source>The stored file is missing.</source>
        <translation>Сохранённый файл отсутствует.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="369"/>
        <source>The stored file has been altered since it was added.</source>
        <translation>Сохранённый файл изменён после добавления.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="378"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="380"/>
        <source>Attach files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="384"/>
        <source>Attach a folder (an imaging CD)</source>
        <translation>Добавить папку (диск с изображениями)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="409"/>
        <source>The date of the document is not a date (YYYY-MM-DD).</source>
        <translation>Дата документа указана неверно (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="420"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="423"/>
        <source>The details were not saved.</source>
        <translation>Сведения не сохранены.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="475"/>
        <source>No preview for this kind of file.</source>
        <translation>Для файлов этого вида нет просмотра.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="494"/>
        <source>Export document</source>
        <translation>Экспорт документа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="502"/>
        <source>Exported to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="119"/>
        <source>Duplicate persons</source>
        <extracomment>a merge was saved (the cases it moved may be open or listed): the change&apos;s id</extracomment>
        <translation>Дубликаты людей</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="123"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="163"/>
        <source>Looking for likely duplicates…</source>
        <translation>Поиск возможных дубликатов…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="139"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="141"/>
        <source>Not the same person</source>
        <translation>Не тот же человек</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="179"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="180"/>
        <source>The persons could not be read.</source>
        <translation>Не удалось прочитать данные людей.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="193"/>
        <source>Only two patients&apos; records are merged; a companion belongs to one case.</source>
        <translation>Объединяются только записи двух пациентов; сопровождающий относится к одному случаю.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/duplicates_view.py" line="219"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n пара записей, возможно, относится к одному человеку.</numerusform>
            <numerusform>%n пары записей, возможно, относятся каждая к одному человеку.</numerusform>
            <numerusform>%n пар записей, возможно, относятся каждая к одному человеку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="220"/>
        <source>No likely duplicates.</source>
        <translation>Возможных дубликатов нет.</translation>
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
        <translation>%1, %2 — сопровождающий в %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="82"/>
        <source>Likeness</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="83"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="84"/>
        <source>May be the same as</source>
        <translation>Возможно, тот же, что</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="85"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="70"/>
        <source>One of the two records was merged into another already.</source>
        <translation>Одна из двух записей уже объединена с другой.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="71"/>
        <source>This merge was undone already.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="72"/>
        <source>The kept record was merged into another since: undo that merge first.</source>
        <translation>Сохранённая запись с тех пор объединена с другой: сначала отмените то объединение.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="74"/>
        <source>Only patients&apos; records can be merged; this person is a companion on a case.</source>
        <translation>Объединяются только записи пациентов; этот человек — сопровождающий в случае.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="76"/>
        <source>The records could not be merged: %1</source>
        <translation>Не удалось объединить записи: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="102"/>
        <source>Duplicate persons</source>
        <translation>Дубликаты людей</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="107"/>
        <source>The records were not merged.</source>
        <translation>Записи не объединены.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (Japanese)</source>
        <translation>Название (япон.)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Counted</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Amount (yen)</source>
        <translation>Сумма (иен)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="53"/>
        <source>Add fee</source>
        <translation>Добавить тариф</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="56"/>
        <source>Remove fee</source>
        <translation>Удалить тариф</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="63"/>
        <source>The agency&apos;s fees, in yen, added to every quote: fixed, or counted from the case&apos;s itinerary and travellers. The facility&apos;s own costs come from its profile.</source>
        <translation>Тарифы агентства в иенах, добавляемые к каждой смете: фиксированные или по маршруту и числу путешественников дела. Расходы учреждения берутся из его профиля.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="70"/>
        <source>Only a manager or an administrator can change the fees.</source>
        <translation>Изменять тарифы может только менеджер или администратор.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="121"/>
        <source>Each fee needs its English name.</source>
        <translation>У каждого тарифа должно быть английское название.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="127"/>
        <source>The amount of “%1” is not a whole number of yen.</source>
        <translation>Сумма «%1» — не целое число иен.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../hirt_desk/ui/help_dialog.py" line="53"/>
        <source>HIRT Desk user guide</source>
        <translation>Руководство пользователя HIRT Desk</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="54"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="57"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="136"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="137"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="56"/>
        <source>Undo this merge…</source>
        <extracomment>Undo merge… on a row of a merge of two persons: the change&apos;s id</extracomment>
        <translation>Отменить это объединение…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="58"/>
        <source>Take back the merge of two persons&apos; records that the selected change belongs to</source>
        <translation>Отменить объединение записей двух людей, к которому относится выбранное изменение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="65"/>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="73"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>Все сохранённые изменения этого случая, сначала новые.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="84"/>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="85"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="58"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>Начало (местное время)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="59"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>Конец (местное время)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="61"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>Часовой пояс в конце</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="62"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="63"/>
        <source>To / where</source>
        <translation>Куда / где</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="64"/>
        <source>Flight number / name</source>
        <translation>Номер рейса / название</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="65"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>Номер подтверждения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="66"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>Стоимость (JPY)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="67"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="174"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="124"/>
        <source>Itinerary item</source>
        <translation>Пункт маршрута</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="151"/>
        <source>yen, whole number</source>
        <translation>иены, целое число</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="200"/>
        <source>Flight number</source>
        <translation>Номер рейса</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="201"/>
        <source>Hotel or booking name</source>
        <translation>Отель или имя в брони</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="202"/>
        <source>Department or doctor</source>
        <translation>Отделение или врач</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="203"/>
        <source>Room or machine</source>
        <translation>Кабинет или аппарат</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="204"/>
        <source>Company or vehicle</source>
        <translation>Компания или транспорт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="205"/>
        <source>Interpreter&apos;s name</source>
        <translation>Имя переводчика</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="206"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="207"/>
        <source>Reference</source>
        <translation>Номер бронирования</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="258"/>
        <source>Enter when it starts: YYYY-MM-DD HH:MM.</source>
        <translation>Укажите начало: ГГГГ-ММ-ДД ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="259"/>
        <source>Not a time: use YYYY-MM-DD HH:MM.</source>
        <translation>Это не время: используйте ГГГГ-ММ-ДД ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="260"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="261"/>
        <source>Not a time zone (e.g. Asia/Tokyo).</source>
        <translation>Это не часовой пояс (например, Asia/Tokyo).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="262"/>
        <source>The cost is a whole number of yen.</source>
        <translation>Стоимость — целое число иен.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="263"/>
        <source>It ends before it starts.</source>
        <translation>Конец раньше начала.</translation>
    </message>
</context>
<context>
    <name>ItineraryTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>Фракции</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="295"/>
        <source>First session</source>
        <translation>Первый сеанс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="286"/>
        <source>Plan sessions</source>
        <extracomment>the itinerary changed (the case list shows the next date)</extracomment>
        <translation>Запланировать сеансы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="302"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>What and where</source>
        <translation>Что и где</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="315"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="339"/>
        <source>Add item…</source>
        <translation>Добавить пункт…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="341"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="342"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="361"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="401"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="452"/>
        <source>Public holidays: %1</source>
        <translation>Праздничные дни: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="497"/>
        <source>Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.</source>
        <translation>Сеансы запланированы: добавлено %1, удалено %2, сохранено изменённых вручную %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="502"/>
        <source>No session on %1 (%2): the course starts on %3.</source>
        <translation>Нет сеанса облучения %1 (%2): курс начинается %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="506"/>
        <source>First moved session: %1 → %2.</source>
        <translation>Первый перенесённый сеанс: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="520"/>
        <source>Not saved: a traveller of this item is no longer on the case (removed by someone else). Open the case again to see who travels.</source>
        <translation>Не сохранено: одного из участников этого пункта кто-то другой удалил из случая. Откройте случай заново, чтобы увидеть, кто едет.</translation>
    </message>
</context>
<context>
    <name>LaptopCheckout</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="66"/>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>a checkout is over: how many cases were checked out (0 after a failure)</extracomment>
        <translation>В&amp;ыдать на ноутбук…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="113"/>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="144"/>
        <source>Check out to a laptop database</source>
        <translation>Выдать в базу данных ноутбука</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="114"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>База данных SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="37"/>
        <source>This laptop database was checked out from another office&apos;s server. Choose another file, or a new one.</source>
        <translation>Эта база данных ноутбука выдана с сервера другого офиса. Выберите другой файл или новый.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="40"/>
        <source>A chosen case is no longer on the office server. Reload the list and choose again.</source>
        <translation>Одного из выбранных дел больше нет на сервере офиса. Обновите список и выберите снова.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="43"/>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="44"/>
        <source>A passphrase is needed for the laptop database.</source>
        <translation>Для базы данных ноутбука нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="49"/>
        <source>The check-out stopped: %1</source>
        <translation>Выдача прервана: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="68"/>
        <source>Copy the cases selected in the list (Ctrl+click to choose several) into a laptop database, encrypted, to work on them with no network; sync them back later</source>
        <translation>Скопировать выбранные в списке дела (Ctrl+щелчок — несколько) в зашифрованную базу ноутбука, чтобы работать без сети; позже синхронизировать обратно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="72"/>
        <source>Check out &amp;my cases to a laptop…</source>
        <translation>Выдать &amp;мои дела на ноутбук…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="74"/>
        <source>Copy every case assigned to you into a laptop database; cases assigned to you later come with each sync</source>
        <translation>Скопировать все дела, назначенные вам, в базу данных ноутбука; дела, назначенные позже, придут при каждой синхронизации</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="97"/>
        <source>Select the cases to check out in the list first.</source>
        <translation>Сначала выберите в списке дела для выдачи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="99"/>
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>Выдача %n дела…</numerusform>
            <numerusform>Выдача %n дел…</numerusform>
            <numerusform>Выдача %n дел…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="104"/>
        <source>Checking out the cases assigned to %1…</source>
        <translation>Выдача дел, назначенных %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="140"/>
        <source>Passphrase of the new laptop database</source>
        <translation>Парольная фраза новой базы данных ноутбука</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="145"/>
        <source>Passphrase of the laptop database %1:</source>
        <translation>Парольная фраза базы данных ноутбука %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="155"/>
        <source>%n case(s) checked out to %1.</source>
        <translation>
            <numerusform>%n дело выдано в %1.</numerusform>
            <numerusform>%n дела выдано в %1.</numerusform>
            <numerusform>%n дел выдано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="158"/>
        <source>No case is assigned to %1: nothing was checked out. Cases assigned to %1 later come to %2 with each sync.</source>
        <translation>Нет дел, назначенных %1: ничего не выдано. Дела, назначенные %1 позже, придут в %2 при каждой синхронизации.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="167"/>
        <source>Nothing was checked out: %1</source>
        <translation>Ничего не выдано: %1</translation>
    </message>
</context>
<context>
    <name>LaptopParts</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="35"/>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="92"/>
        <source>C&amp;onflicts…</source>
        <translation>К&amp;онфликты…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="72"/>
        <source>Laptop database: %1</source>
        <translation>База данных ноутбука: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="90"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n открытый конфликт</numerusform>
            <numerusform>%n открытых конфликта</numerusform>
            <numerusform>%n открытых конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="91"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>К&amp;онфликты (%n)…</numerusform>
            <numerusform>К&amp;онфликты (%n)…</numerusform>
            <numerusform>К&amp;онфликты (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="124"/>
        <source>S&amp;ync with office</source>
        <translation>Син&amp;хронизировать с офисом</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="127"/>
        <source>Send this laptop&apos;s changes to the office server and fetch the office&apos;s changes (Ctrl+Shift+S)</source>
        <translation>Отправить изменения этого ноутбука на сервер офиса и получить изменения офиса (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="130"/>
        <source>&amp;Hand back this case…</source>
        <translation>&amp;Вернуть это дело в офис…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="168"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="170"/>
        <source>Office server: %1</source>
        <translation>Сервер офиса: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="196"/>
        <source>This laptop has not synced with the office for %n day(s): sync when you have a network.</source>
        <translation>
            <numerusform>Этот ноутбук не синхронизировался с офисом %n день: синхронизируйте, когда будет сеть.</numerusform>
            <numerusform>Этот ноутбук не синхронизировался с офисом %n дня: синхронизируйте, когда будет сеть.</numerusform>
            <numerusform>Этот ноутбук не синхронизировался с офисом %n дней: синхронизируйте, когда будет сеть.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="217"/>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="278"/>
        <source>Sync with office</source>
        <translation>Синхронизация с офисом</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="218"/>
        <source>Password of your login on the office server %1:</source>
        <translation>Пароль вашего входа на сервер офиса %1:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="234"/>
        <source>Syncing with the office…</source>
        <translation>Синхронизация с офисом…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="251"/>
        <source>Handed back to the office: %n case(s) left this laptop.</source>
        <translation>
            <numerusform>Возвращено в офис: %n дело удалено с этого ноутбука.</numerusform>
            <numerusform>Возвращено в офис: %n дела удалено с этого ноутбука.</numerusform>
            <numerusform>Возвращено в офис: %n дел удалено с этого ноутбука.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="252"/>
        <source>Synced, but the case stays on this laptop: some of its changes have not reached the office yet.</source>
        <translation>Синхронизировано, но дело остаётся на этом ноутбуке: часть его изменений ещё не дошла до офиса.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Отправлено %n изменение</numerusform>
            <numerusform>Отправлено %n изменения</numerusform>
            <numerusform>Отправлено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>received %n</source>
        <translation>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="258"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
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
        <translation>Синхронизация не завершена: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="279"/>
        <source>Sync did not complete.</source>
        <translation>Синхронизация не завершена.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="281"/>
        <source>Nothing is lost: this laptop keeps its changes, and the next sync sends them.</source>
        <translation>Ничего не потеряно: изменения остаются на ноутбуке, следующая синхронизация их отправит.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="299"/>
        <source>Hand back this case</source>
        <translation>Вернуть это дело в офис</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="300"/>
        <source>Hand the case %1 back to the office? It is synced a last time, then removed from this laptop.</source>
        <translation>Вернуть дело %1 в офис? Оно будет синхронизировано в последний раз, затем удалено с этого ноутбука.</translation>
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
        <translation>Выберите случай в списке или создайте новый.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="214"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="216"/>
        <source>What needs doing today: replies, tasks, arrivals, sessions, visa deadlines</source>
        <translation>Что нужно сделать сегодня: ответы, задачи, прибытия, сеансы, сроки виз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="218"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новый случай…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="221"/>
        <source>&amp;Print packet…</source>
        <translation>&amp;Печать пакета документов…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="224"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="225"/>
        <source>Add &amp;sample cases</source>
        <translation>Добавить при&amp;меры случаев</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>Настр&amp;ойки…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="228"/>
        <source>Change &amp;user…</source>
        <translation>Сменить по&amp;льзователя…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="231"/>
        <source>&amp;Connect to office server…</source>
        <translation>&amp;Подключиться к офисному серверу…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="233"/>
        <source>Use a &amp;local database…</source>
        <translation>Использовать &amp;локальную базу данных…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="239"/>
        <source>&amp;Find case</source>
        <translation>&amp;Найти случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="240"/>
        <source>&amp;Duplicate persons…</source>
        <translation>&amp;Дубликаты людей…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="242"/>
        <source>&amp;Export list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="244"/>
        <source>&amp;Agency reports…</source>
        <translation>&amp;Отчёты агентства…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="247"/>
        <source>&amp;About HIRT Desk</source>
        <translation>&amp;О программе HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="248"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="261"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="279"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>В случае %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="293"/>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="322"/>
        <source>The case could not be opened.</source>
        <translation>Не удалось открыть случай.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="382"/>
        <source>The case was not created.</source>
        <translation>Случай не создан.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="389"/>
        <source>Case %1 created.</source>
        <translation>Создан случай %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="422"/>
        <source>The packet could not be prepared.</source>
        <translation>Не удалось подготовить пакет документов.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>В случае %1 есть несохранённые изменения. В пакет попадёт только сохранённое.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="439"/>
        <source>Print what is saved</source>
        <translation>Печатать сохранённое</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="456"/>
        <source>The sample cases could not be added.</source>
        <translation>Не удалось добавить примеры случаев.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>Добавлен %n пример случая.</numerusform>
            <numerusform>Добавлено %n примера случаев.</numerusform>
            <numerusform>Добавлено %n примеров случаев.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="463"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>База данных SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="471"/>
        <location filename="../hirt_desk/ui/main_window.py" line="491"/>
        <source>The backup could not be written.</source>
        <translation>Не удалось записать резервную копию.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>Backing up to %1…</source>
        <translation>Резервное копирование в %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="484"/>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="497"/>
        <location filename="../hirt_desk/ui/main_window.py" line="505"/>
        <source>The settings could not be opened.</source>
        <translation>Не удалось открыть настройки.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="533"/>
        <source>The staff list was not saved.</source>
        <translation>Список сотрудников не сохранён.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="540"/>
        <source>The agency profile was not saved.</source>
        <translation>Профиль агентства не сохранён.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="547"/>
        <source>The fees were not saved.</source>
        <translation>Тарифы не сохранены.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="572"/>
        <source>Local database: %1</source>
        <translation>Локальная база данных: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="573"/>
        <source>Office server %1 on %2</source>
        <translation>Офисный сервер: %1 на %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="582"/>
        <source>The list was exported to %1.</source>
        <translation>Список экспортирован в %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="599"/>
        <source>Office server not reachable: reconnecting…</source>
        <translation>Офисный сервер недоступен: переподключение…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="611"/>
        <source>Case %1 was updated: saved by %2.</source>
        <translation>Дело %1 обновлено: сохранил(а) %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="524"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="48"/>
        <source>Working as: %1</source>
        <translation>Работает: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="667"/>
        <source>Change user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="668"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>Списка сотрудников пока нет: добавьте сотрудников агентства в Настройках (Сотрудники), чтобы выбирать, кто работает.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="690"/>
        <source>The database was not encrypted.</source>
        <translation>База данных не зашифрована.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="696"/>
        <source>The database is encrypted.</source>
        <translation>База данных зашифрована.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="706"/>
        <source>About HIRT Desk</source>
        <translation>О программе HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="707"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
Ведение случаев лечения тяжёлыми ионами в Японии.</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="41"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="43"/>
        <source>Use this person</source>
        <translation>Использовать этого человека</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="45"/>
        <source>Not the same</source>
        <translation>Не тот же человек</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="55"/>
        <source>birth date unknown</source>
        <translation>дата рождения неизвестна</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/likely_matches.py" line="57"/>
        <source>May be the same person as %1 %2, %3, %n case(s)</source>
        <translation>
            <numerusform>Возможно, тот же человек, что %1 %2, %3, %n случай</numerusform>
            <numerusform>Возможно, тот же человек, что %1 %2, %3, %n случая</numerusform>
            <numerusform>Возможно, тот же человек, что %1 %2, %3, %n случаев</numerusform>
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
        <translation>Удалено пользователем %1. Вы изменили: %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="54"/>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="59"/>
        <source>Remove it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="55"/>
        <source>Keep it, with my changes</source>
        <translation>Оставить, с моими изменениями</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="57"/>
        <source>Changed by %1. You removed it.</source>
        <translation>Изменено пользователем %1. Вы это удалили.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="58"/>
        <source>Keep it, with their changes</source>
        <translation>Оставить, с их изменениями</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>Оставить их вариант</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="70"/>
        <source>Keep mine</source>
        <translation>Оставить мой вариант</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="71"/>
        <source>Merged value:</source>
        <translation>Объединённое значение:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="105"/>
        <source>Someone else changed this case</source>
        <translation>Кто-то другой изменил этот случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="108"/>
        <source>While you were editing, someone saved changes to the same fields. Nothing of yours has been saved yet. Choose for each field what to keep, then save with these choices.</source>
        <translation>Пока вы редактировали, кто-то сохранил изменения тех же полей. Ваши изменения ещё не сохранены. Выберите для каждого поля, что оставить, затем сохраните с этим выбором.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>When you opened it</source>
        <translation>Когда вы открыли</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Theirs</source>
        <translation>Их вариант</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Yours</source>
        <translation>Ваш вариант</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="148"/>
        <source>Save with these choices</source>
        <translation>Сохранить с этим выбором</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="175"/>
        <source>Choose what to keep.</source>
        <translation>Выберите, что оставить.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="178"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Это не дата: используйте ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="179"/>
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="180"/>
        <source>Not a value this field can hold.</source>
        <translation>Это поле не может принять такое значение.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="187"/>
        <source>Not saved yet: a choice is missing or wrong.</source>
        <translation>Пока не сохранено: выбор не сделан или неверен.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="158"/>
        <source>Quote</source>
        <extracomment>a quote, bill or payment was saved: the balance and the history changed</extracomment>
        <translation>Смета</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="160"/>
        <source>e.g. 0.048</source>
        <translation>напр. 0.048</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="163"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="205"/>
        <source>yen</source>
        <translation>иен</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="165"/>
        <source>Patient&apos;s currency</source>
        <translation>Валюта пациента</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="167"/>
        <source>Rate (units per yen)</source>
        <translation>Курс (за 1 иену)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="169"/>
        <source>Rate of</source>
        <translation>Курс на</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="171"/>
        <source>Other medical services (estimate)</source>
        <translation>Прочие медуслуги (оценка)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="175"/>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="176"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="177"/>
        <source>Print quote…</source>
        <translation>Печать сметы…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="199"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="197"/>
        <source>Deposit requests, invoices and settlement</source>
        <translation>Предоплата, счета и расчёт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Deposit request</source>
        <translation>Запрос предоплаты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="203"/>
        <source>Final settlement (what was spent)</source>
        <translation>Окончательный расчёт (фактически)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="211"/>
        <source>Due by</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="213"/>
        <source>Issue</source>
        <translation>Выставить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="214"/>
        <source>Print selected…</source>
        <translation>Печать выбранного…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="216"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="249"/>
        <source>Withdraw selected…</source>
        <translation>Отменить выбранное…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="225"/>
        <source>Payments and refunds</source>
        <translation>Платежи и возвраты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>In yen</source>
        <translation>В иенах</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="230"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Payment received</source>
        <translation>Получен платёж</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="231"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="263"/>
        <source>Refund paid</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="234"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="236"/>
        <source>rate</source>
        <translation>курс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="241"/>
        <source>reference</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="248"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="258"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Settlement</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="305"/>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="310"/>
        <source>Saved versions: %1</source>
        <translation>Сохранено версий: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="314"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="316"/>
        <source>Enter the rate: how many units of the currency one yen buys.</source>
        <translation>Введите курс: сколько единиц валюты стоит одна иена.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="317"/>
        <source>Enter a currency code such as CNY, USD or VND.</source>
        <translation>Введите код валюты, например CNY, USD или VND.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="318"/>
        <source>Enter the amount as a number.</source>
        <translation>Введите сумму числом.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="319"/>
        <source>The amount has more decimals than the currency has.</source>
        <translation>В сумме больше знаков после запятой, чем у валюты.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="320"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="321"/>
        <source>Enter an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="322"/>
        <source>The due date is before the date issued.</source>
        <translation>Срок оплаты раньше даты выставления.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="341"/>
        <source>Enter the rate&apos;s date as YYYY-MM-DD.</source>
        <translation>Введите дату курса как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="369"/>
        <source>Quote version %1 saved.</source>
        <translation>Версия сметы %1 сохранена.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="374"/>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="398"/>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="402"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="406"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF не записан: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="419"/>
        <source>Enter the due date as YYYY-MM-DD.</source>
        <translation>Введите срок оплаты как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="424"/>
        <source>Settled: refund %1 to the patient.</source>
        <translation>Расчёт: вернуть пациенту %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="425"/>
        <source>Settled: ask the patient for %1 more.</source>
        <translation>Расчёт: запросить у пациента ещё %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="426"/>
        <source>Settled: nothing more to pay or refund.</source>
        <translation>Расчёт: доплаты и возврата нет.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="436"/>
        <source>Issued %1.</source>
        <translation>Выставлен %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="450"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="488"/>
        <source>Select a deposit request or invoice first.</source>
        <translation>Сначала выберите запрос предоплаты или счёт.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="468"/>
        <source>Withdraw %1? It no longer counts in the balance; the history keeps it.</source>
        <translation>Отменить %1? Это больше не учитывается в балансе; в истории останется.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="469"/>
        <source>Withdraw</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="497"/>
        <source>Select a payment first.</source>
        <translation>Сначала выберите платёж.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="510"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Введите дату как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="522"/>
        <source>Recorded: %1, counted as %2.</source>
        <translation>Записано: %1, учтено как %2.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="70"/>
        <source>New case</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="73"/>
        <source>Patient already in HIRT Desk</source>
        <translation>Пациент уже есть в HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="89"/>
        <source>Name or passport number</source>
        <translation>Имя или номер паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="92"/>
        <source>Matching patients</source>
        <translation>Найденные пациенты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="118"/>
        <source>Facility</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="119"/>
        <source>Inquiry date</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="121"/>
        <source>Packet language</source>
        <translation>Язык пакета документов</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>Encrypt the database</source>
        <translation>Зашифровать базу данных</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="94"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>После шифрования базу данных и её резервные копии можно прочитать только с этой парольной фразой. HIRT Desk спрашивает её при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="97"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;Если парольная фраза утеряна, случаи восстановить невозможно&lt;/b&gt;: без неё никто не откроет базу данных. Храните её в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="107"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="109"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="120"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>Парольная фраза слишком короткая: не менее %n символа.</numerusform>
            <numerusform>Парольная фраза слишком короткая: не менее %n символов.</numerusform>
            <numerusform>Парольная фраза слишком короткая: не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="123"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>В парольной фразе есть недопустимый символ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="125"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="77"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="78"/>
        <source>Packet language</source>
        <translation>Язык пакета документов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="47"/>
        <source>Change status…</source>
        <extracomment>an editable field (coordinator, packet language) changed the user asked to change the status the user asked to undo the last status change the user wrote a note and pressed &quot;Add note&quot; (its text); `note_saved()` clears the box</extracomment>
        <translation>Сменить статус…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="50"/>
        <source>Undo last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Case number</source>
        <translation>Номер случая</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Facility</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
        <source>Inquiry</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="76"/>
        <source>Reply due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="83"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Write a note for this case</source>
        <translation>Напишите заметку к этому случаю</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="93"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="96"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="118"/>
        <source>Back from %1 to %2</source>
        <translation>Возврат из %1 в %2</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="120"/>
        <source>Packet for %1 %2</source>
        <translation>Пакет документов для %1 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="128"/>
        <source>&amp;Language beside Japanese:</source>
        <translation>&amp;Язык рядом с японским:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="137"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="172"/>
        <source>Preparing the packet in %1…</source>
        <translation>Готовится пакет документов на языке: %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="196"/>
        <source>%n page(s), Japanese beside %1.</source>
        <translation>
            <numerusform>%n страница, японский рядом с языком: %1.</numerusform>
            <numerusform>%n страницы, японский рядом с языком: %1.</numerusform>
            <numerusform>%n страниц, японский рядом с языком: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="207"/>
        <source>The packet could not be prepared. %1</source>
        <translation>Не удалось подготовить пакет документов. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="235"/>
        <source>Save packet</source>
        <translation>Сохранить пакет документов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="248"/>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="251"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="282"/>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="288"/>
        <source>%n page(s) printed to the file %1.</source>
        <translation>
            <numerusform>%n страница напечатана в файл %1.</numerusform>
            <numerusform>%n страницы напечатаны в файл %1.</numerusform>
            <numerusform>%n страниц напечатано в файл %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="291"/>
        <source>%n page(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%n страница отправлена на принтер %1.</numerusform>
            <numerusform>%n страницы отправлены на принтер %1.</numerusform>
            <numerusform>%n страниц отправлено на принтер %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="297"/>
        <source>Not printed. %1</source>
        <translation>Не напечатано. %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="34"/>
        <source>Encrypted database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="38"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>База данных %1 зашифрована. Введите парольную фразу, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="63"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>Эта парольная фраза не открывает базу данных. Проверьте её и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited Open on a likely match: its newest case (id) Use this person on a likely match: this case&apos;s patient is that person (their id) Not the same on a likely match (their id)</extracomment>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Name (passport)</source>
        <translation>Имя (паспорт)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Own script</source>
        <translation>Родное письмо</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
        <source>Add companion…</source>
        <translation>Добавить сопровождающего…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="181"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="182"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="191"/>
        <source>Companions</source>
        <translation>Сопровождающие</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="30"/>
        <source>F (female)</source>
        <translation>Ж (женский)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="31"/>
        <source>M (male)</source>
        <translation>М (мужской)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="32"/>
        <source>X (unspecified)</source>
        <translation>X (не указан)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="98"/>
        <source>Surname (passport)</source>
        <translation>Фамилия (паспорт)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="99"/>
        <source>Given names (passport)</source>
        <translation>Имя (паспорт)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="100"/>
        <source>Name in own script</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="101"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="102"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="103"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="104"/>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="105"/>
        <source>Passport expiry</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="106"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="107"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="109"/>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <translation>Как в паспорте, например NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>напр. NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>Письмом самого путешественника, например 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>e.g. 阮文安</source>
        <translation>напр. 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="156"/>
        <source>e.g. +84 912 345 678</source>
        <translation>напр. +84 912 345 678</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="157"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>С кодом страны, например +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="41"/>
        <source>Merge two records of one person</source>
        <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="45"/>
        <source>The record on the left is kept: the cases of the record on the right move to it, with their companions, visa records and documents. Choose, field by field, which value the kept record has. The merge can be undone from the History tab.</source>
        <translation>Запись слева сохраняется: случаи записи справа переходят к ней вместе с сопровождающими, визовыми записями и документами. Выберите для каждого поля, какое значение будет у сохраняемой записи. Объединение можно отменить на вкладке «История».</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="53"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="67"/>
        <source>Swap: keep the right record</source>
        <translation>Поменять: сохранить запись справа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Kept</source>
        <translation>Сохраняется</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Merged into it</source>
        <translation>Объединяется с ней</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="19"/>
        <source>same birth date (%1)</source>
        <translation>одна дата рождения (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="20"/>
        <source>birth dates with day and month swapped (%1, %2)</source>
        <translation>в датах рождения переставлены день и месяц (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="21"/>
        <source>birth dates one digit apart (%1, %2)</source>
        <translation>даты рождения различаются одной цифрой (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="22"/>
        <source>born the same year but on different days (%1, %2)</source>
        <translation>родились в один год, но в разные дни (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="23"/>
        <source>different birth dates (%1, %2)</source>
        <translation>разные даты рождения (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="24"/>
        <source>same passport number</source>
        <translation>один номер паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="25"/>
        <source>different passport numbers</source>
        <translation>разные номера паспортов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="26"/>
        <source>same nationality</source>
        <translation>одно гражданство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="27"/>
        <source>different nationalities (%1, %2)</source>
        <translation>разное гражданство (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="28"/>
        <source>different sex</source>
        <translation>разный пол</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="29"/>
        <source>same phone number</source>
        <translation>один номер телефона</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="30"/>
        <source>same e-mail address</source>
        <translation>один адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="31"/>
        <source>different names</source>
        <translation>разные имена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="32"/>
        <source>different names in own script (%1, %2)</source>
        <translation>разные имена в родной письменности (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="33"/>
        <source>names in own script nearly the same (%1, %2)</source>
        <translation>имена в родной письменности почти совпадают (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="34"/>
        <source>same name in own script (%1)</source>
        <translation>одно имя в родной письменности (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="35"/>
        <source>same name (%1)</source>
        <translation>одно имя (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="36"/>
        <source>%1 and %2 are spellings of one name</source>
        <translation>%1 и %2 — написания одного имени</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="37"/>
        <source>%1 and %2 differ by a letter or two</source>
        <translation>%1 и %2 различаются одной-двумя буквами</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="38"/>
        <source>%1 and %2 have the same consonants</source>
        <translation>у %1 и %2 одинаковые согласные</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="39"/>
        <source>family and given names swapped</source>
        <translation>фамилия и имя переставлены</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="40"/>
        <source>given names in one record only</source>
        <translation>имя есть только в одной записи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="41"/>
        <source>a middle name in one record only</source>
        <translation>второе имя есть только в одной записи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="42"/>
        <source>names in another order</source>
        <translation>имена в другом порядке</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="43"/>
        <source>%1 reads %2</source>
        <translation>%1 читается как %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="44"/>
        <source>%1 reads %2 (%3)</source>
        <translation>%1 читается как %2 (%3)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="45"/>
        <source>%1 reads %2 (%3 is also written %4)</source>
        <translation>%1 читается как %2 (%3 пишется также %4)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="46"/>
        <source>%1 is %2 without diacritics</source>
        <translation>%1 без диакритики — %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="47"/>
        <source>%1 has the consonants %2</source>
        <translation>согласные %1 — %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="48"/>
        <source>marked as different people</source>
        <translation>отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="59"/>
        <source>Wade-Giles</source>
        <translation>Уэйд — Джайлз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="60"/>
        <source>Cantonese</source>
        <translation>кантонский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="61"/>
        <source>RTGS</source>
        <translation>RTGS (тайская королевская система)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="62"/>
        <source>ICAO 9303</source>
        <translation>ICAO 9303</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="63"/>
        <source>Russian passports before 2010</source>
        <translation>российские паспорта до 2010 года</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="64"/>
        <source>Mongolian passport spelling</source>
        <translation>написание в монгольском паспорте</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="101"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="127"/>
        <source>Remove companion</source>
        <translation>Удалить сопровождающего</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="104"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>У %1 есть визовая запись; она будет удалена вместе с ним.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="106"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 участвует в пунктах маршрута: %2, из них в %3 — один.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="112"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>Убрать из маршрута (пункты, где участвует только он, удаляются)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="114"/>
        <source>Give their itinerary items to:</source>
        <translation>Передать его пункты маршрута:</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="123"/>
        <location filename="../hirt_desk/ui/reports_view.py" line="368"/>
        <source>Reports</source>
        <extracomment>the figures asked for last are shown (or were refused) a report file was written; carries its path the report was printed; carries how many pages</extracomment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="141"/>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="146"/>
        <source>All (or a code such as CN)</source>
        <translation>Все (или код, например CN)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="150"/>
        <source>All coordinators</source>
        <translation>Все координаторы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="161"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="166"/>
        <source>Inquiries from:</source>
        <translation>Обращения с:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="167"/>
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="168"/>
        <source>Nationality:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="169"/>
        <source>Coordinator:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="188"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="190"/>
        <source>Export CSV/XLSX…</source>
        <translation>Экспорт CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="227"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="231"/>
        <source>A nationality is a two-letter country code, such as CN.</source>
        <translation>Гражданство — двухбуквенный код страны, например CN.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="245"/>
        <source>Reading the figures…</source>
        <translation>Чтение показателей…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="269"/>
        <source>Reports are for managers: your role may not read them.</source>
        <translation>Отчёты — для менеджеров: вашей роли они недоступны.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="271"/>
        <source>The report could not be read.</source>
        <translation>Не удалось прочитать отчёт.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="325"/>
        <source>Choose a name ending in .csv, .xlsx or .pdf.</source>
        <translation>Выберите имя с окончанием .csv, .xlsx или .pdf.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="328"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="340"/>
        <source>Saved as %1.</source>
        <translation>Сохранено как %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="348"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="353"/>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="375"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/reports_view.py" line="382"/>
        <source>%n page(s) printed: %1.</source>
        <translation>
            <numerusform>%n страница напечатана: %1.</numerusform>
            <numerusform>%n страницы напечатаны: %1.</numerusform>
            <numerusform>%n страниц напечатано: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="391"/>
        <source>The report could not be printed.</source>
        <translation>Не удалось напечатать отчёт.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="203"/>
        <source>Enter the diagnosis facts to screen the case.</source>
        <translation>Введите данные диагноза, чтобы оценить случай.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="211"/>
        <source>Schedule: %1</source>
        <translation>График: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="214"/>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="216"/>
        <source>Rules: %1, version %2</source>
        <translation>Правила: %1, версия %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="303"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="304"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="308"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="317"/>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>Новый язык вступит в силу при следующем запуске HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="319"/>
        <source>Daily automatic backups kept</source>
        <translation>Сколько ежедневных автокопий хранить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="320"/>
        <source>Paper size of printed documents</source>
        <translation>Размер бумаги для печатаемых документов</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="323"/>
        <source>The database is encrypted.</source>
        <translation>База данных зашифрована.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="326"/>
        <source>Encrypt the database…</source>
        <translation>Зашифровать базу данных…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="334"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="340"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>Печатается как гарант в визовых документах и пакетах.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="342"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>Изменять данные агентства может только администратор.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (English)</source>
        <translation>Название (на английском)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (Japanese)</source>
        <translation>Название (на японском)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="346"/>
        <source>Guarantor list (A or B)</source>
        <translation>Список гарантов (A или B)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="347"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>Руководитель организации (подписывает гарантийное письмо и ставит печать)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (English)</source>
        <translation>Адрес (на английском)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (Japanese)</source>
        <translation>Адрес (на японском)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>24-hour helpline</source>
        <translation>Круглосуточная линия помощи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="351"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="365"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="366"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="369"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="375"/>
        <source>Fees</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>A or B (MOFA&apos;s lists).</source>
        <translation>A или B (списки МИД Японии).</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="55"/>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation>Люди, работающие с HIRT Desk. Если список не пуст, HIRT Desk при запуске спрашивает, кто работает, и записывает каждое изменение под этим логином.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="58"/>
        <source>The people who log in to the office server. A person added here can log in at once with the password you give them.</source>
        <translation>Люди, которые входят на сервер офиса. Добавленный здесь человек сразу может войти с паролем, который вы ему дадите.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="60"/>
        <source>The people who log in to the office server. An administrator adds them.</source>
        <translation>Люди, которые входят на сервер офиса. Их добавляет администратор.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="80"/>
        <source>Remove person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="152"/>
        <source>Each person needs a login.</source>
        <translation>У каждого должен быть логин.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="154"/>
        <source>A login has no spaces.</source>
        <translation>В логине не должно быть пробелов.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="156"/>
        <source>The login %1 is listed twice.</source>
        <translation>Логин %1 указан дважды.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="222"/>
        <source>Change status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="243"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="244"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="246"/>
        <source>Effective date</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="248"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="256"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>Требуется виза, но она ещё не выдана: %1. Можно продолжить; внесите визу на вкладке «Виза».</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>Not before the inquiry (%1).</source>
        <translation>Не раньше даты обращения (%1).</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="62"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="111"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="57"/>
        <source>Accept as a task</source>
        <translation>Принять как задачу</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="59"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="65"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="63"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="67"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="69"/>
        <source>Remove a task added by mistake (a task done or not needed is marked Done or Dismissed instead)</source>
        <translation>Удалить задачу, добавленную по ошибке (выполненную или ненужную задачу отметьте «Готово» или «Отклонить»)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="73"/>
        <source>What needs doing</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="79"/>
        <source>Add task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="102"/>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="103"/>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="104"/>
        <source>Assigned to:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="106"/>
        <source>&lt;b&gt;Proposed from the case&apos;s dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предложено по датам дела&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="109"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Задачи&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="119"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="132"/>
        <source>the team</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="142"/>
        <source>Reply to the inquiry</source>
        <translation>Ответить на запрос</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="143"/>
        <source>Request the missing records: %1</source>
        <translation>Запросить недостающие документы: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="144"/>
        <source>Send the records to the facility</source>
        <translation>Отправить документы в клинику</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="145"/>
        <source>Book the flights</source>
        <translation>Забронировать авиабилеты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="146"/>
        <source>Apply for the visa of %1</source>
        <translation>Подать на визу: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="147"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>Обновить паспорт: %1 (истекает %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>dismissed</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="178"/>
        <source>Say what needs doing.</source>
        <translation>Укажите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="187"/>
        <source>Give the date it is due.</source>
        <translation>Укажите срок.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="192"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="206"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="232"/>
        <source>The task was not saved.</source>
        <translation>Задача не сохранена.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="214"/>
        <source>Remove task</source>
        <translation>Удаление задачи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="215"/>
        <source>Remove the task “%1”?</source>
        <translation>Удалить задачу «%1»?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="221"/>
        <source>The task was not removed.</source>
        <translation>Задача не удалена.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="27"/>
        <source>What happened to this case, newest first.</source>
        <translation>Что происходило с делом, сначала новое.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="45"/>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="46"/>
        <source>Status: %2</source>
        <translation>Статус: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="49"/>
        <source>Screened: %1</source>
        <translation>Скрининг: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="51"/>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 from %2: %3</source>
        <translation>%1 от: %2: %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 to %2: %3</source>
        <translation>%1 кому: %2: %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="57"/>
        <source>Document added: %1 (%2)</source>
        <translation>Добавлен документ: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>dismissed</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="60"/>
        <source>Task: %1 (due %2, %3)</source>
        <translation>Задача: %1 (срок %2, %3)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Due</source>
        <extracomment>a line was opened (double-click or Enter): its case&apos;s id</extracomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Replies due</source>
        <translation>Ответы к сроку</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="68"/>
        <source>Arrivals and departures</source>
        <translation>Прибытия и отъезды</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="69"/>
        <source>Sessions today and tomorrow</source>
        <translation>Сеансы сегодня и завтра</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="70"/>
        <source>Visa deadlines and flights to book</source>
        <translation>Сроки виз и билеты к бронированию</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="71"/>
        <source>Passports expiring</source>
        <translation>Истекающие паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="72"/>
        <source>Coming up: tasks due later</source>
        <translation>Впереди: задачи с более поздним сроком</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="81"/>
        <source>Today: %1, %2</source>
        <translation>Сегодня: %1, %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="83"/>
        <source>Reading what is due…</source>
        <translation>Читаем, что нужно сделать…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="121"/>
        <source>What is due could not be read.</source>
        <translation>Не удалось прочитать, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="147"/>
        <source>Nothing is due.</source>
        <translation>Ничего не нужно делать.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="163"/>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="165"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="170"/>
        <source>the team</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="173"/>
        <source>Reply to the inquiry</source>
        <translation>Ответить на запрос</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="174"/>
        <source>Arrives: %1</source>
        <translation>Прибытие: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="175"/>
        <source>Leaves Japan: %1</source>
        <translation>Вылет из Японии: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="176"/>
        <source>Session at %1</source>
        <translation>Сеанс в %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="177"/>
        <source>Apply for the visa of %1</source>
        <translation>Подать на визу: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="178"/>
        <source>Book the flights</source>
        <translation>Забронировать авиабилеты</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="179"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>Обновить паспорт: %1 (истекает %2)</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="115"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="116"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="117"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="272"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>Гарантийное письмо (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="274"/>
        <source>Departure report (PDF)…</source>
        <translation>Отчёт о выезде (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="286"/>
        <source>What is late or wrong</source>
        <translation>Что просрочено или неверно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="329"/>
        <source>Nothing late or wrong.</source>
        <translation>Ничего не просрочено и не неверно.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="351"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="390"/>
        <source>Not written: %1</source>
        <translation>Не записано: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="358"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="369"/>
        <source>Written to %1</source>
        <translation>Записано в %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="374"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>В профиле агентства всё ещё указано вымышленное демонстрационное агентство. Сначала введите в настройках данные своего агентства (название, регистрацию в качестве поручителя, адрес).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="377"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>Ещё не все выехали из Японии: составьте отчёт о выезде в день выезда каждого участника поездки или позже.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="380"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>У одного из участников поездки в маршруте нет рейса из Японии: сначала добавьте его.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="394"/>
        <source>Guarantor form</source>
        <translation>Гарантийное письмо</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="398"/>
        <source>Departure report</source>
        <translation>Отчёт о выезде</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="94"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в HIRT Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="96"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>В этой базе данных пока нет случаев.&lt;br&gt;Добавьте примеры случаев, чтобы осмотреться, или создайте первый случай вашего агентства.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="100"/>
        <source>Add 50 sample cases</source>
        <translation>Добавить 50 примеров случаев</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="103"/>
        <source>New case…</source>
        <translation>Новый случай…</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="59"/>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="60"/>
        <source>Changes you make are recorded under the name you choose.</source>
        <translation>Ваши изменения записываются под выбранным именем.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>Файл %1 не является базой данных HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>Файл %1 принадлежит другой программе, а не HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>База данных %1 повреждена. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="25"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>База данных %1 записана более новой версией HIRT Desk. Установите эту версию, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="27"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>База данных %1 используется другой программой. Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>База данных %1 доступна только для чтения. HIRT Desk нужно записывать в неё.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>Диск, на котором находится %1, заполнен. Последнее изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 could not be read or written.</source>
        <translation>Не удалось прочитать или записать базу данных %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>В этой папке нельзя создать базу данных %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="33"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>Рядом с базой данных %1 лежит журнал упреждающей записи (файл -wal) другой базы данных. HIRT Desk не тронул ни один из них: уберите файл -wal и откройте базу данных снова.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>Файл %1 пуст: в нём нет базы данных HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>База данных %1 зашифрована: нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>Парольная фраза не открывает базу данных %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="40"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>Офисный сервер %1 недоступен или отклонил этот вход. Проверьте адрес, пароль и сеть.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="42"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>База данных %1 на сервере не в кодировке UTF-8. Попросите администратора создать её командой: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="45"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>В базе данных %1 на сервере ещё нет схемы HIRT Desk. Попросите администратора выполнить: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="48"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>В базе данных %1 на сервере устаревшая схема HIRT Desk. Попросите администратора выполнить: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="50"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>Офисный сервер %1 не разрешил этой учётной записи выполнить запрошенное действие. Попросите администратора назначить нужную роль.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The office server %1 needs the password of this login.</source>
        <translation>Офисному серверу %1 нужен пароль для этого логина.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="53"/>
        <source>The office server %1 refused the login: the login or the password is wrong.</source>
        <translation>Офисный сервер %1 отклонил вход: неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="55"/>
        <source>The office server %1 cannot be found: check the server address.</source>
        <translation>Офисный сервер %1 не найден: проверьте адрес сервера.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>The database %1 does not exist on that server: check the database name.</source>
        <translation>Базы данных %1 на этом сервере нет: проверьте имя базы данных.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>The office server %1 refused the encrypted connection: its certificate could not be checked, or it offers no encryption. Check the connection setting.</source>
        <translation>Офисный сервер %1 отклонил зашифрованное соединение: его сертификат не удалось проверить, или сервер не поддерживает шифрование. Проверьте настройку соединения.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="62"/>
        <source>The connection to the office server %1 was lost. The last change was not saved; HIRT Desk connects again when you retry.</source>
        <translation>Соединение с офисным сервером %1 потеряно. Последнее изменение не сохранено; HIRT Desk подключится заново при повторной попытке.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="66"/>
        <source>The database %1 cannot be used.</source>
        <translation>Базу данных %1 нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Japanese</source>
        <translation>Японский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Simplified Chinese</source>
        <translation>Китайский (упрощённый)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Traditional Chinese</source>
        <translation>Китайский (традиционный)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="84"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>Латиница, кириллица и вьетнамский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="85"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>Латиница, кириллица и вьетнамский (полужирный)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Thai</source>
        <translation>Тайский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="95"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 — устройство или другой особый файл, а не обычный файл. Выберите имя файла.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="99"/>
        <location filename="../hirt_desk/ui/errors.py" line="100"/>
        <source>You have no permission to write %1.</source>
        <translation>У вас нет прав на запись %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="101"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>Диск заполнен: не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="102"/>
        <location filename="../hirt_desk/ui/errors.py" line="103"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Папка для %1 не существует.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 находится на диске только для чтения.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="105"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="107"/>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="108"/>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="117"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>На этом компьютере нет шрифта для текста (%1) (искали %2). Установите %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="122"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>Эти символы нельзя напечатать установленными шрифтами: %1. Исправьте их в случае или установите шрифт, в котором они есть.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="129"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Произошла непредвиденная ошибка: %1</translation>
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
        <translation>Центр тяжёлой ионной терапии Университета Гумма</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Tumor site</source>
        <extracomment>the facts&apos; labels (the vocabulary, rules/facts.py, has them in English and Japanese): the window&apos;s other languages take them from its catalogs; tests keep the two lists the same</extracomment>
        <translation>Локализация опухоли</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Histology</source>
        <translation>Гистология</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Largest diameter</source>
        <translation>Наибольший диаметр</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Measurable on imaging</source>
        <translation>Измерима по данным визуализации</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Distant metastasis</source>
        <translation>Отдалённые метастазы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Invades the GI tract</source>
        <translation>Инвазия в ЖКТ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Invades the spinal cord</source>
        <translation>Инвазия в спинной мозг</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>ECOG performance status</source>
        <translation>Функциональный статус ECOG</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Clinical T</source>
        <translation>Клиническая стадия T</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Clinical N</source>
        <translation>Клиническая стадия N</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Clinical M</source>
        <translation>Клиническая стадия M</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Clinical stage</source>
        <translation>Клиническая стадия</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Gleason score confirmed by histopathology</source>
        <translation>Сумма Глисона подтверждена гистологически</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>PSA before biopsy</source>
        <translation>ПСА до биопсии</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Child-Pugh class</source>
        <translation>Класс по Чайлд-Пью</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Liver regions involved</source>
        <translation>Поражённые сегменты печени</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Ascites</source>
        <translation>Асцит</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="197"/>
        <source>Tumor status</source>
        <translation>Статус опухоли</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="198"/>
        <source>Surgically resectable</source>
        <translation>Операбельна</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="199"/>
        <source>Recurrence after TACE</source>
        <translation>Рецидив после ТАХЭ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="200"/>
        <source>Sarcoma location</source>
        <translation>Локализация саркомы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="201"/>
        <source>Metal implant in the irradiated area</source>
        <translation>Металлический имплант в зоне облучения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="202"/>
        <source>Rectal recurrence site</source>
        <translation>Локализация рецидива рака прямой кишки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="203"/>
        <source>Distance to nearest GI tract</source>
        <translation>Расстояние до ближайшего отдела ЖКТ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="204"/>
        <source>Organs with isolated recurrence</source>
        <translation>Органы с изолированным рецидивом</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="205"/>
        <source>Number of recurrent lesions</source>
        <translation>Число рецидивных очагов</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Fixed</source>
        <translation>Фиксированно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Per interpreting day</source>
        <translation>За день перевода</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per night</source>
        <translation>За ночь</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per traveller</source>
        <translation>За путешественника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="35"/>
        <source>Per transfer</source>
        <translation>За трансфер</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="74"/>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="76"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="77"/>
        <source>Fixed by hand</source>
        <translation>Изменено вручную</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="78"/>
        <source>Patient record (merge)</source>
        <translation>Запись пациента (объединение)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Merged into</source>
        <translation>Объединено с</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="105"/>
        <source>Companion %1</source>
        <translation>Сопровождающий %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="107"/>
        <source>Status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Screening</source>
        <translation>Оценка показаний</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="109"/>
        <source>Itinerary item</source>
        <translation>Пункт маршрута</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="110"/>
        <source>Visa record</source>
        <translation>Визовая запись</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="112"/>
        <source>Not the same person</source>
        <translation>Не тот же человек</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Quote</source>
        <translation>Смета</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Deposit request or invoice</source>
        <translation>Запрос предоплаты или счёт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Payment or refund</source>
        <translation>Платёж или возврат</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Fee</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="128"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="130"/>
        <source>(changed)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <extracomment>Japan&apos;s public holidays as the holidays library names them in English; Japanese comes from the library itself, the window&apos;s other languages from its catalogs</extracomment>
        <translation>Новый год</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="224"/>
        <source>Coming of Age Day</source>
        <translation>День совершеннолетия</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="225"/>
        <source>Foundation Day</source>
        <translation>День основания государства</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="226"/>
        <source>Emperor&apos;s Birthday</source>
        <translation>День рождения императора</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="227"/>
        <source>Vernal Equinox Day</source>
        <translation>День весеннего равноденствия</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="228"/>
        <source>Showa Day</source>
        <translation>День Сёва</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="229"/>
        <source>Constitution Day</source>
        <translation>День конституции</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="230"/>
        <source>Greenery Day</source>
        <translation>День зелени</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="231"/>
        <source>Children&apos;s Day</source>
        <translation>День детей</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="232"/>
        <source>Marine Day</source>
        <translation>День моря</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="233"/>
        <source>Mountain Day</source>
        <translation>День гор</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="234"/>
        <source>Respect for the Aged Day</source>
        <translation>День почитания старших</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="235"/>
        <source>Autumnal Equinox Day</source>
        <translation>День осеннего равноденствия</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="236"/>
        <source>Sports Day</source>
        <translation>День спорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="237"/>
        <source>Culture Day</source>
        <translation>День культуры</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="238"/>
        <source>Labor Thanksgiving Day</source>
        <translation>День благодарности труду</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="239"/>
        <source>Substitute Holiday</source>
        <translation>Перенесённый выходной</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="240"/>
        <source>National Holiday</source>
        <translation>Национальный выходной</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="57"/>
        <source>Flight</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="58"/>
        <source>Accommodation</source>
        <translation>Проживание</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="59"/>
        <source>Appointment</source>
        <translation>Приём у врача</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="60"/>
        <source>Treatment session</source>
        <translation>Сеанс облучения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="61"/>
        <source>Transfer / pickup</source>
        <translation>Трансфер / встреча</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="62"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="63"/>
        <source>Phone rental</source>
        <translation>Аренда телефона</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="70"/>
        <source>The patient arrives after the first appointment.</source>
        <translation>Пациент прибывает после первого приёма.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="72"/>
        <source>The patient leaves before the last treatment session.</source>
        <translation>Пациент уезжает до последнего сеанса облучения.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="74"/>
        <source>A session is on a day the facility does not treat (%1).</source>
        <translation>Сеанс назначен на день, когда клиника не проводит лечение (%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="77"/>
        <source>%1 night(s) without accommodation, from %2.</source>
        <translation>Ночей без проживания: %1, начиная с %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="79"/>
        <source>“%1” and “%2” overlap on %3.</source>
        <translation>“%1” и “%2” пересекаются %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="83"/>
        <source>The passport expires on %1, before the stay ends.</source>
        <translation>Срок действия паспорта истекает %1, до окончания пребывания.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="86"/>
        <source>The stay is outside the period the visa permits (see the Visa tab).</source>
        <translation>Пребывание выходит за срок, разрешённый визой (см. вкладку «Виза»).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="22"/>
        <source>Records</source>
        <translation>Медицинские документы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="23"/>
        <source>Facility review</source>
        <translation>Рассмотрение клиникой</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="24"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="26"/>
        <source>In Japan</source>
        <translation>В Японии</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="27"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="28"/>
        <source>In treatment</source>
        <translation>На лечении</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="29"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="31"/>
        <source>Declined</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="32"/>
        <source>Not indicated</source>
        <translation>Нет показаний</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="33"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="38"/>
        <source>Prostate</source>
        <translation>Предстательная железа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="39"/>
        <source>Lung</source>
        <translation>Лёгкое</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="40"/>
        <source>Liver</source>
        <translation>Печень</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="41"/>
        <source>Pancreas</source>
        <translation>Поджелудочная железа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="42"/>
        <source>Bone and soft tissue sarcoma</source>
        <translation>Саркома костей и мягких тканей</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="43"/>
        <source>Skull base</source>
        <translation>Основание черепа</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="44"/>
        <source>Rectal recurrence</source>
        <translation>Рецидив рака прямой кишки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="45"/>
        <source>Oligo recurrence</source>
        <translation>Олигорецидив</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="47"/>
        <source>Head and neck (mucosal)</source>
        <translation>Голова и шея (слизистая)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="48"/>
        <source>Cervix</source>
        <translation>Шейка матки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="49"/>
        <source>Bladder</source>
        <translation>Мочевой пузырь</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="50"/>
        <source>Esophagus</source>
        <translation>Пищевод</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="51"/>
        <source>Kidney</source>
        <translation>Почка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="55"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="56"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="57"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="58"/>
        <source>Site</source>
        <translation>Локализация</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="59"/>
        <source>Facility</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="61"/>
        <source>Reply due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="62"/>
        <source>Next date</source>
        <translation>Следующая дата</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="81"/>
        <source>The reply promised within 5 days of the inquiry is overdue</source>
        <translation>Ответ, обещанный в течение 5 дней после обращения, просрочен</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="86"/>
        <source>%n open conflict(s): Edit → Conflicts…</source>
        <translation>%n открытый конфликт: Правка → Конфликты…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>The surname as in the passport is required.</source>
        <translation>Фамилия как в паспорте обязательна.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>Используйте латинские буквы паспорта (A-Z, пробел, дефис).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The date of birth is in the future.</source>
        <translation>Дата рождения в будущем.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Дата рождения более 120 лет назад.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>Это не код страны (ISO 3166, например CN, VN, TH).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>Номер паспорта — от 5 до 20 букв и цифр.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>The passport has expired.</source>
        <translation>Срок действия паспорта истёк.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>The passport expires within 6 months.</source>
        <translation>Паспорт истекает в течение 6 месяцев.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="121"/>
        <source>Not an e-mail address.</source>
        <translation>Это не адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="122"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>Неверный номер телефона; укажите код страны (например, +86).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="124"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Это не дата: используйте ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="125"/>
        <source>There is no such day in the calendar.</source>
        <translation>Такого дня нет в календаре.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="140"/>
        <source>Eligible</source>
        <translation>Есть показания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>Not eligible</source>
        <translation>Нет показаний</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>Needs information</source>
        <translation>Нужны сведения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>Physician review</source>
        <translation>Решение врача</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="146"/>
        <source>met</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="147"/>
        <source>not met</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="148"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="149"/>
        <source>review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="269"/>
        <source>Adenocarcinoma</source>
        <translation>Аденокарцинома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="270"/>
        <source>Non-small cell lung cancer</source>
        <translation>Немелкоклеточный рак лёгкого</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="271"/>
        <source>Small cell lung cancer</source>
        <translation>Мелкоклеточный рак лёгкого</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="272"/>
        <source>Squamous cell carcinoma</source>
        <translation>Плоскоклеточный рак</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="273"/>
        <source>Hepatocellular carcinoma</source>
        <translation>Гепатоцеллюлярная карцинома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="274"/>
        <source>Cholangiocarcinoma</source>
        <translation>Холангиокарцинома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="275"/>
        <source>Osteosarcoma</source>
        <translation>Остеосаркома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="276"/>
        <source>Chordoma</source>
        <translation>Хордома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="277"/>
        <source>Chondrosarcoma</source>
        <translation>Хондросаркома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="278"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>Недифференцированная плеоморфная саркома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="279"/>
        <source>MPNST</source>
        <translation>ЗОПН (MPNST)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="280"/>
        <source>Leiomyosarcoma</source>
        <translation>Лейомиосаркома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="281"/>
        <source>Synovial sarcoma</source>
        <translation>Синовиальная саркома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="282"/>
        <source>Ewing sarcoma</source>
        <translation>Саркома Юинга</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="283"/>
        <source>Ductal carcinoma</source>
        <translation>Протоковая карцинома</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="284"/>
        <source>Primary</source>
        <translation>Первичная</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="285"/>
        <source>Residual after surgery</source>
        <translation>Остаточная после операции</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="286"/>
        <source>Recurrent</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="287"/>
        <source>Inoperable</source>
        <translation>Неоперабельная</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="288"/>
        <source>Head and neck</source>
        <translation>Голова и шея</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="289"/>
        <source>Thoracic</source>
        <translation>Грудная клетка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="290"/>
        <source>Spinal / paraspinal</source>
        <translation>Позвоночник / паравертебрально</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="291"/>
        <source>Retroperitoneal</source>
        <translation>Забрюшинно</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="292"/>
        <source>Pelvis</source>
        <translation>Таз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="293"/>
        <source>Extremity</source>
        <translation>Конечность</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="294"/>
        <source>Anastomosis</source>
        <translation>Анастомоз</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="295"/>
        <source>Pelvic wall</source>
        <translation>Стенка таза</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="296"/>
        <source>Lymph node</source>
        <translation>Лимфатический узел</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="297"/>
        <source>Bone</source>
        <translation>Кость</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="298"/>
        <source>Brain</source>
        <translation>Головной мозг</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="299"/>
        <source>Adrenal</source>
        <translation>Надпочечник</translation>
    </message>
</context>
<context>
    <name>listExport</name>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="24"/>
        <location filename="../hirt_desk/ui/list_export.py" line="36"/>
        <source>Export the case list</source>
        <translation>Экспорт списка случаев</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="34"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="37"/>
        <source>Choose a name ending in .csv or .xlsx.</source>
        <translation>Выберите имя с окончанием .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="40"/>
        <source>The list could not be exported.</source>
        <translation>Не удалось экспортировать список.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="54"/>
        <source>Due from the patient: %1</source>
        <translation>Пациент должен: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="56"/>
        <source>To refund to the patient: %1</source>
        <translation>Вернуть пациенту: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="57"/>
        <source>Held for the patient: %1</source>
        <translation>На счёте пациента: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="59"/>
        <source>Settled</source>
        <translation>Рассчитано</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="61"/>
        <source>Nothing invoiced or received yet</source>
        <translation>Счетов и платежей пока нет</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="63"/>
        <source>Balanced</source>
        <translation>Баланс нулевой</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="66"/>
        <source>charged %1</source>
        <translation>начислено %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="67"/>
        <source>received %1</source>
        <translation>получено %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="69"/>
        <source>refunded %1</source>
        <translation>возвращено %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="72"/>
        <source>deposit outstanding %1</source>
        <translation>предоплата не внесена %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="9"/>
        <source>Referral letter</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="10"/>
        <source>Pathology report</source>
        <translation>Гистологическое заключение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="11"/>
        <source>Imaging report</source>
        <translation>Заключение по снимкам</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="12"/>
        <source>Imaging images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="13"/>
        <source>Blood tests</source>
        <translation>Анализы крови</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="14"/>
        <source>Medical summary</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="15"/>
        <source>Passport copy</source>
        <translation>Копия паспорта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="16"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="17"/>
        <location filename="../hirt_desk/ui/record_labels.py" line="50"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="20"/>
        <source>Missing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="21"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="22"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="23"/>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="24"/>
        <source>Sent to the facility</source>
        <translation>Отправлено в клинику</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="27"/>
        <source>Stored</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="28"/>
        <source>File missing</source>
        <translation>Файл отсутствует</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="29"/>
        <source>File altered</source>
        <translation>Файл изменён</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="33"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="34"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="35"/>
        <source>Letter</source>
        <translation>Письмо</translation>
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
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="43"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="44"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="45"/>
        <source>Referring hospital</source>
        <translation>Направившая больница</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="46"/>
        <source>Facility</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="47"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="48"/>
        <source>Airline</source>
        <translation>Авиакомпания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="49"/>
        <source>Hotel</source>
        <translation>Гостиница</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="53"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="54"/>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Sibling</source>
        <translation>Брат / сестра</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="47"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="47"/>
        <source>HIRT Desk: the agency&apos;s figures</source>
        <translation>HIRT Desk: показатели агентства</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="48"/>
        <source>No cases in this period.</source>
        <translation>За этот период случаев нет.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="49"/>
        <source>Cases by nationality and year</source>
        <translation>Случаи по гражданству и годам</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="50"/>
        <source>Pipeline</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="51"/>
        <source>Where cases ended</source>
        <translation>Чем завершились случаи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="52"/>
        <source>Screening verdicts by site</source>
        <translation>Итоги скрининга по локализации</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="53"/>
        <source>Reply and treatment times</source>
        <translation>Сроки ответа и лечения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="54"/>
        <source>Revenue and receivables by month</source>
        <translation>Выручка и задолженность по месяцам</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="55"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="56"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="57"/>
        <source>Inquiries</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="58"/>
        <source>Treated</source>
        <translation>Пролечено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="60"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="61"/>
        <source>Reached</source>
        <translation>Достигли</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="62"/>
        <source>Ending</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="63"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="64"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="65"/>
        <source>Site</source>
        <translation>Локализация</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="66"/>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="67"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="68"/>
        <source>Within 5 days (%)</source>
        <translation>В течение 5 дней (%)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="69"/>
        <source>Median (days)</source>
        <translation>Медиана (дни)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="70"/>
        <source>90th percentile (days)</source>
        <translation>90-й процентиль (дни)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="71"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="72"/>
        <source>Revenue (JPY)</source>
        <translation>Выручка (иен)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="73"/>
        <source>Receivables (JPY)</source>
        <translation>Задолженность (иен)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="74"/>
        <source>Reply to the inquiry</source>
        <translation>Ответ на обращение</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="75"/>
        <source>Inquiry to first session</source>
        <translation>От обращения до первого сеанса</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="98"/>
        <source>Receivables on %1: %2</source>
        <translation>Задолженность на %1: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="102"/>
        <source>replies within 5 days: %1%</source>
        <translation>ответы в течение 5 дней: %1%</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="49"/>
        <source>Working as: %1 · %2</source>
        <translation>Работает: %1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="68"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>Посольство или консульство</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="69"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="70"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="71"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>Действительна до</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="72"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>Разрешённый срок пребывания</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="73"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>Номер визы</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="75"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="150"/>
        <source>Named on the patient&apos;s guarantee form</source>
        <translation>Указан в гарантийном письме пациента</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="53"/>
        <source>Visa application form</source>
        <translation>Визовая анкета</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="54"/>
        <source>Certificate of scheduled treatment and letter of guarantee</source>
        <translation>Справка о планируемом лечении и гарантийное письмо</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="55"/>
        <source>Proof of funds</source>
        <translation>Подтверждение финансовых средств</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="56"/>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="57"/>
        <source>Certificate of Eligibility</source>
        <translation>Сертификат соответствия (COE)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="58"/>
        <source>Treatment schedule</source>
        <translation>План лечения</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>To request</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="64"/>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="69"/>
        <source>Not named on the patient&apos;s guarantee form.</source>
        <translation>Не указан в гарантийном письме пациента.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="70"/>
        <source>The passport expires before the stay ends.</source>
        <translation>Паспорт истекает до окончания пребывания.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="71"/>
        <source>Less than 6 months of passport validity at departure.</source>
        <translation>На момент выезда паспорт действителен менее 6 месяцев.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="73"/>
        <source>Over 90 days: hospital admission and a Certificate of Eligibility are required.</source>
        <translation>Более 90 дней: нужны госпитализация и сертификат соответствия (COE).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="75"/>
        <source>%1 is not in hand yet.</source>
        <translation>%1 ещё не на руках.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="77"/>
        <source>The visa has not been applied for.</source>
        <translation>Заявление на визу не подано.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="78"/>
        <source>The single-entry visa lapses before the flight (use within 3 months of issue).</source>
        <translation>Однократная виза истекает до рейса (её нужно использовать в течение 3 месяцев после выдачи).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="80"/>
        <source>The visa is no longer valid on arrival.</source>
        <translation>На момент въезда виза уже недействительна.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="81"/>
        <source>The permitted stay does not cover the whole stay.</source>
        <translation>Разрешённый срок пребывания не покрывает всё пребывание.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="82"/>
        <source>Add the flights in the itinerary to decide the visa.</source>
        <translation>Добавьте рейсы в маршрут, чтобы определить визу.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="83"/>
        <source>Enter the nationality to decide the visa.</source>
        <translation>Укажите гражданство, чтобы определить визу.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="91"/>
        <source>Not decided yet.</source>
        <translation>Пока не определено.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="92"/>
        <source>No visa needed (visa-free stay).</source>
        <translation>Виза не нужна (безвизовое пребывание).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="93"/>
        <source>Visa for Medical Stay needed.</source>
        <translation>Нужна виза для лечения (Medical Stay).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="94"/>
        <source>Designated Activities (over 90 days, in hospital) with a Certificate of Eligibility.</source>
        <translation>Особая деятельность (более 90 дней, в стационаре) с сертификатом соответствия (COE).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="96"/>
        <source>Stay: %1 days (%2 to %3).</source>
        <translation>Пребывание: %1 дн. (с %2 по %3).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="100"/>
        <source>%1: a visa is required to enter Japan.</source>
        <translation>%1: для въезда в Японию нужна виза.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="102"/>
        <source>%1: visa-free up to %2 days.</source>
        <translation>%1: без визы до %2 дн.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="105"/>
        <source>Over 90 days: split the stay into visits of 90 days or less, or admit the patient to hospital.</source>
        <translation>Более 90 дней: разделите пребывание на поездки не длиннее 90 дней или госпитализируйте пациента.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Companion</source>
        <translation>Сопровождающий</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="128"/>
        <source>Apply for the visa by %1 (processing time before the arrival on %2).</source>
        <translation>Подайте заявление на визу до %1 (с учётом срока оформления до прибытия %2).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="144"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="146"/>
        <source>Single entry</source>
        <translation>Однократная</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="147"/>
        <source>Multiple entry</source>
        <translation>Многократная</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="149"/>
        <source>Entries</source>
        <translation>Кратность въезда</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="165"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="200"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
</context>
</TS>
