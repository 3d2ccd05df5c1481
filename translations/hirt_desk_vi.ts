<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="168"/>
        <source>Add a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="187"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="188"/>
        <source>Full name</source>
        <translation>Họ tên đầy đủ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="189"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="190"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="191"/>
        <source>The password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="214"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="230"/>
        <source>A login starts with a letter, then letters, digits or _ . @ - (at most 63).</source>
        <translation>Tên đăng nhập bắt đầu bằng chữ cái, sau đó là chữ cái, chữ số hoặc _ . @ - (tối đa 63).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="233"/>
        <source>This login exists already.</source>
        <translation>Tên đăng nhập này đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="235"/>
        <source>The full name is required.</source>
        <translation>Cần nhập họ tên đầy đủ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="237"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="239"/>
        <source>Your role may not add staff.</source>
        <translation>Vai trò của bạn không được thêm nhân viên.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="107"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False) the user asked to open another case (a likely match&apos;s): its id</extracomment>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="108"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="109"/>
        <source>Diagnosis</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="110"/>
        <source>Itinerary</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="112"/>
        <source>Visa</source>
        <translation>Thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="114"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="115"/>
        <source>Contacts</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="116"/>
        <source>Money</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="126"/>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="127"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="128"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="269"/>
        <source>%1 saved this case meanwhile. Your changes are still here: saving merges them with theirs.</source>
        <translation>%1 đã lưu hồ sơ này trong lúc bạn đang sửa. Các thay đổi của bạn vẫn còn đây: khi lưu, chúng sẽ được hợp nhất với thay đổi của họ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="284"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>Chưa lưu: hãy sửa các mục được đánh dấu của bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="290"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>Chưa lưu: hãy sửa các trường chẩn đoán được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="295"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>Chưa lưu: hãy sửa các mục thị thực được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="312"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>Chưa lưu: các thay đổi của bạn vẫn còn đây, hãy lưu khi bạn sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="319"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>Chưa lưu: thông tin của người đi cùng có lỗi (%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="324"/>
        <source>Not saved: check %1.</source>
        <translation>Chưa lưu: hãy kiểm tra %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="327"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>Chưa lưu: một người đi không còn trong hồ sơ (người khác đã xóa). Các thay đổi của bạn vẫn còn đây.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="331"/>
        <source>Not saved.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="333"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>Các thay đổi của bạn vẫn còn đây: hãy giải phóng dung lượng ổ đĩa rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="335"/>
        <source>Your changes are still here: save again to connect again.</source>
        <translation>Các thay đổi của bạn vẫn còn đây: hãy lưu lại để kết nối lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="415"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="437"/>
        <source>The status was not changed.</source>
        <translation>Trạng thái chưa được thay đổi.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="426"/>
        <source>Undo status change</source>
        <translation>Hoàn tác thay đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="427"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>Hoàn tác thay đổi từ %1 sang %2? Hồ sơ sẽ trở về %1; lịch sử vẫn giữ cả hai thay đổi.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="432"/>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="447"/>
        <source>The note was not saved.</source>
        <translation>Ghi chú chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="480"/>
        <source>The merge was not undone.</source>
        <translation>Chưa hoàn tác việc gộp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="484"/>
        <source>The merge was undone: %1 is a separate record again.</source>
        <translation>Đã hoàn tác việc gộp: %1 lại là một hồ sơ riêng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="491"/>
        <source>Undo merge</source>
        <translation>Hoàn tác gộp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="492"/>
        <source>Undo this merge? The merged record becomes a separate person again and its cases go back to it; fields changed since the merge keep their values.</source>
        <translation>Hoàn tác việc gộp này? Hồ sơ đã gộp lại trở thành một người riêng và các ca của họ được trả lại; các trường đã thay đổi sau khi gộp giữ nguyên giá trị hiện tại.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor rows read to fit a column&apos;s width (Qt&apos;s default reads up to 1,000) the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>Tìm theo tên, số hồ sơ hoặc số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="53"/>
        <source>Cases</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="81"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="86"/>
        <source>All facilities</source>
        <translation>Tất cả cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="93"/>
        <source>Reply overdue</source>
        <translation>Quá hạn trả lời</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="70"/>
        <source>Relation to the patient</source>
        <translation>Quan hệ với bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="55"/>
        <source>Companion</source>
        <translation>Người đi cùng</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="51"/>
        <source>the office&apos;s value was kept</source>
        <translation>đã giữ giá trị văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="52"/>
        <source>the laptop&apos;s value was kept</source>
        <translation>đã giữ giá trị máy xách tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="53"/>
        <source>a typed value was kept</source>
        <translation>đã giữ giá trị được nhập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="54"/>
        <source>This conflict was already resolved by %1 (%2). The list now shows the conflicts still open.</source>
        <translation>Xung đột này đã được %1 giải quyết (%2). Danh sách giờ chỉ hiện các xung đột còn mở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="58"/>
        <source>This conflict is no longer here. The list now shows the conflicts still open.</source>
        <translation>Xung đột này không còn nữa. Danh sách giờ chỉ hiện các xung đột còn mở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="61"/>
        <source>One side removed this record: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>Một bên đã xoá bản ghi này: hãy giữ bản của văn phòng hoặc của máy xách tay, không thể nhập giá trị.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="64"/>
        <source>%1 is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s, a value cannot be typed.</source>
        <translation>%1 được giữ như một bên đã ghi: hãy giữ bản của văn phòng hoặc của máy xách tay, không thể nhập giá trị.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="70"/>
        <source>“%1” is not a value %2 can take. Correct it and try again.</source>
        <translation>“%1” không phải là giá trị hợp lệ cho %2. Hãy sửa lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="72"/>
        <source>Keep the office&apos;s or the laptop&apos;s value, or type the value to keep.</source>
        <translation>Hãy giữ giá trị của văn phòng hoặc của máy xách tay, hoặc nhập giá trị cần giữ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="103"/>
        <source>Conflicts</source>
        <extracomment>a conflict was resolved (its case changed): the case&apos;s id</extracomment>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="111"/>
        <source>Before</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="112"/>
        <source>Laptop</source>
        <translation>Máy xách tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="122"/>
        <source>Keep office</source>
        <translation>Giữ giá trị văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="124"/>
        <source>Keep laptop</source>
        <translation>Giữ giá trị máy xách tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="128"/>
        <source>or type the value to keep</source>
        <translation>hoặc nhập giá trị cần giữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="129"/>
        <source>Use this value</source>
        <translation>Dùng giá trị này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="157"/>
        <source>The conflicts could not be read.</source>
        <translation>Không đọc được các xung đột.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/conflicts_view.py" line="169"/>
        <source>%n open conflict(s): the same field was changed in the office and on a laptop. Keep one value, or type the value to keep.</source>
        <translation>
            <numerusform>%n xung đột chưa giải quyết: cùng một trường đã bị thay đổi ở văn phòng và trên máy xách tay. Hãy giữ một giá trị, hoặc nhập giá trị cần giữ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>Không có xung đột nào chưa giải quyết.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="189"/>
        <source>This record is kept as one side recorded it: keep the office&apos;s or the laptop&apos;s.</source>
        <translation>Bản ghi này được giữ như một bên đã ghi: hãy giữ giá trị của văn phòng hoặc của máy xách tay.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="206"/>
        <source>Not resolved: %1</source>
        <translation>Chưa giải quyết: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/conflicts_view.py" line="212"/>
        <source>The conflict was not resolved.</source>
        <translation>Xung đột chưa được giải quyết.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="40"/>
        <source>Use a local database</source>
        <translation>Dùng cơ sở dữ liệu trên máy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="41"/>
        <source>HIRT Desk database (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu HIRT Desk (*.sqlite);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="47"/>
        <source>The database could not be opened.</source>
        <translation>Không thể mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="60"/>
        <source>Connect to office server</source>
        <translation>Kết nối tới máy chủ văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="64"/>
        <source>The office server keeps the cases of the whole agency. Your administrator gives you its address, the database and your login.</source>
        <translation>Máy chủ văn phòng lưu hồ sơ của cả công ty. Quản trị viên sẽ cho bạn biết địa chỉ máy chủ, cơ sở dữ liệu và tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="67"/>
        <source>The office server asks for your password again.</source>
        <translation>Máy chủ văn phòng yêu cầu nhập lại mật khẩu của bạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="72"/>
        <source>e.g. db.agency.example</source>
        <translation>ví dụ: db.agency.example</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="83"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Mã hóa, kiểm tra chứng chỉ máy chủ (khuyến nghị)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="84"/>
        <source>Encrypted, certificate not checked</source>
        <translation>Mã hóa, không kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="85"/>
        <source>Not encrypted (only on a trusted office network)</source>
        <translation>Không mã hóa (chỉ trong mạng văn phòng tin cậy)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="88"/>
        <source>Checking the certificate makes sure you talk to your own server; it needs the agency&apos;s certificate installed on this computer.</source>
        <translation>Kiểm tra chứng chỉ đảm bảo bạn đang kết nối với chính máy chủ của công ty; cần cài chứng chỉ của công ty trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="100"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="101"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="102"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="103"/>
        <source>Connection</source>
        <translation>Cách kết nối</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="105"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="109"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/connect_dialog.py" line="144"/>
        <source>Enter the server address, the database and your login.</source>
        <translation>Hãy nhập địa chỉ máy chủ, cơ sở dữ liệu và tên đăng nhập của bạn.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="49"/>
        <source>HH:MM</source>
        <extracomment>an entry was logged (the required records&apos; states may have changed)</extracomment>
        <translation>GG:PP</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="65"/>
        <source>What was said, asked or sent</source>
        <translation>Nội dung đã trao đổi, yêu cầu hoặc gửi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="69"/>
        <source>Records asked for</source>
        <translation>Hồ sơ đã yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="77"/>
        <source>Documents sent</source>
        <translation>Tài liệu đã gửi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="78"/>
        <source>Log contact</source>
        <translation>Ghi liên lạc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="87"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="92"/>
        <source>Direction, channel, who</source>
        <translation>Chiều, kênh, với ai</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="93"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="97"/>
        <source>Records asked for / documents sent</source>
        <translation>Hồ sơ đã yêu cầu / tài liệu đã gửi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="101"/>
        <source>Contact log</source>
        <translation>Nhật ký liên lạc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="102"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="103"/>
        <source>Who</source>
        <translation>Với ai</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="163"/>
        <source>When: a date (YYYY-MM-DD) and a time (HH:MM).</source>
        <translation>Thời gian: nhập ngày (YYYY-MM-DD) và giờ (HH:MM).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="173"/>
        <location filename="../hirt_desk/ui/contacts_tab.py" line="176"/>
        <source>The contact was not logged.</source>
        <translation>Liên lạc chưa được ghi.</translation>
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
        <translation>HIRT Desk gặp sự cố. Thao tác bạn đang làm có thể chưa hoàn tất.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="97"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>Mọi thứ bạn đã lưu trước đó vẫn an toàn trong cơ sở dữ liệu. Bạn có thể tiếp tục làm việc; nếu lỗi này lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="100"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>Mọi thứ bạn đã lưu trước đó vẫn an toàn trong cơ sở dữ liệu. Bạn có thể tiếp tục làm việc. Không ghi được chi tiết vào %1.</translation>
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
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>Không được chấp nhận: phải từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>Vị trí khối u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="320"/>
        <source>Common criteria</source>
        <translation>Tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="322"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>Chọn một vị trí khối u trong bảng để xem các dữ kiện mà tiêu chí của vị trí đó sử dụng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="388"/>
        <source>Check %1: %2</source>
        <translation>Kiểm tra %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="76"/>
        <source>Add files…</source>
        <extracomment>a document was added, changed or removed (the case&apos;s history and contacts may show it)</extracomment>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="78"/>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="80"/>
        <source>Or drop files and folders (an imaging CD) here.</source>
        <translation>Hoặc kéo thả tệp và thư mục (đĩa CD hình ảnh) vào đây.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="84"/>
        <source>Kind of new documents:</source>
        <translation>Loại tài liệu mới:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="86"/>
        <source>For:</source>
        <translation>Của:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="94"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="120"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="95"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="122"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="96"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="97"/>
        <source>For</source>
        <translation>Của</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="114"/>
        <source>e.g. zh, en, ja</source>
        <translation>ví dụ: zh, en, ja</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="117"/>
        <source>Save details</source>
        <translation>Lưu chi tiết</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="121"/>
        <source>Date of the document</source>
        <translation>Ngày của tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="123"/>
        <source>Translation of</source>
        <translation>Bản dịch của</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="126"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="128"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="130"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="132"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="141"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>Required by the facility</source>
        <translation>Hồ sơ cơ sở điều trị yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="142"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="210"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="243"/>
        <source>(not a translation)</source>
        <translation>(không phải bản dịch)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="269"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="336"/>
        <source>Attaching…</source>
        <translation>Đang đính kèm…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="355"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="375"/>
        <source>Nothing was attached.</source>
        <translation>Không có gì được đính kèm.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="361"/>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="362"/>
        <source>%1 is larger than the limit for one document.</source>
        <translation>%1 vượt quá giới hạn kích thước của một tài liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="363"/>
        <source>%1 is not what its name says (its content is another kind of file).</source>
        <translation>%1 không đúng như tên của nó (nội dung là loại tệp khác).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="364"/>
        <source>%1 is an imaging folder without any DICOM images.</source>
        <translation>%1 là thư mục hình ảnh nhưng không có ảnh DICOM nào.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="365"/>
        <source>The folder %1 is empty.</source>
        <translation>Thư mục %1 trống.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="366"/>
        <source>The disk is full.</source>
        <translation>Ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="367"/>
        <source>The file could not be stored (disk error).</source>
        <translation>Không lưu được tệp (lỗi ổ đĩa).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="368"/>
        <source>The stored file is missing.</source>
        <translation>Tệp đã lưu bị mất.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="369"/>
        <source>The stored file has been altered since it was added.</source>
        <translation>Tệp đã lưu đã bị thay đổi sau khi thêm.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="378"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="380"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="384"/>
        <source>Attach a folder (an imaging CD)</source>
        <translation>Đính kèm thư mục (đĩa CD hình ảnh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="409"/>
        <source>The date of the document is not a date (YYYY-MM-DD).</source>
        <translation>Ngày của tài liệu không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="420"/>
        <location filename="../hirt_desk/ui/documents_tab.py" line="423"/>
        <source>The details were not saved.</source>
        <translation>Chi tiết chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="475"/>
        <source>No preview for this kind of file.</source>
        <translation>Không xem trước được loại tệp này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="494"/>
        <source>Export document</source>
        <translation>Xuất tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/documents_tab.py" line="502"/>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="119"/>
        <source>Duplicate persons</source>
        <extracomment>a merge was saved (the cases it moved may be open or listed): the change&apos;s id</extracomment>
        <translation>Người bị trùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="123"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="163"/>
        <source>Looking for likely duplicates…</source>
        <translation>Đang tìm các trường hợp có thể trùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="139"/>
        <source>Merge…</source>
        <translation>Gộp…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="141"/>
        <source>Not the same person</source>
        <translation>Không phải cùng một người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="179"/>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="180"/>
        <source>The persons could not be read.</source>
        <translation>Không đọc được danh sách người.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="193"/>
        <source>Only two patients&apos; records are merged; a companion belongs to one case.</source>
        <translation>Chỉ gộp được hồ sơ của hai bệnh nhân; người đi cùng thuộc về một ca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/duplicates_view.py" line="219"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n cặp hồ sơ có thể mỗi cặp là một người.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="220"/>
        <source>No likely duplicates.</source>
        <translation>Không có trường hợp nào có thể trùng.</translation>
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
        <translation>%1, %2 — người đi cùng trong %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="82"/>
        <source>Likeness</source>
        <translation>Mức giống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="83"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="84"/>
        <source>May be the same as</source>
        <translation>Có thể là cùng người với</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_model.py" line="85"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="70"/>
        <source>One of the two records was merged into another already.</source>
        <translation>Một trong hai hồ sơ đã được gộp vào hồ sơ khác.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="71"/>
        <source>This merge was undone already.</source>
        <translation>Việc gộp này đã được hoàn tác.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="72"/>
        <source>The kept record was merged into another since: undo that merge first.</source>
        <translation>Hồ sơ được giữ đã được gộp vào hồ sơ khác sau đó: hãy hoàn tác lần gộp đó trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="74"/>
        <source>Only patients&apos; records can be merged; this person is a companion on a case.</source>
        <translation>Chỉ gộp được hồ sơ bệnh nhân; người này là người đi cùng trong một ca.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="76"/>
        <source>The records could not be merged: %1</source>
        <translation>Không gộp được hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="102"/>
        <source>Duplicate persons</source>
        <translation>Người bị trùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/duplicates_view.py" line="107"/>
        <source>The records were not merged.</source>
        <translation>Hồ sơ chưa được gộp.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="46"/>
        <source>Name (Japanese)</source>
        <translation>Tên (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Counted</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="47"/>
        <source>Amount (yen)</source>
        <translation>Số tiền (yên)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="53"/>
        <source>Add fee</source>
        <translation>Thêm phí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="56"/>
        <source>Remove fee</source>
        <translation>Xóa phí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="63"/>
        <source>The agency&apos;s fees, in yen, added to every quote: fixed, or counted from the case&apos;s itinerary and travellers. The facility&apos;s own costs come from its profile.</source>
        <translation>Phí của công ty (yên) cộng vào mọi báo giá: cố định, hoặc tính theo lịch trình và số người đi của hồ sơ. Chi phí của cơ sở y tế lấy từ hồ sơ cơ sở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="70"/>
        <source>Only a manager or an administrator can change the fees.</source>
        <translation>Chỉ quản lý hoặc quản trị viên mới được thay đổi phí.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="121"/>
        <source>Each fee needs its English name.</source>
        <translation>Mỗi khoản phí cần có tên tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="127"/>
        <source>The amount of “%1” is not a whole number of yen.</source>
        <translation>Số tiền của “%1” không phải là số yên nguyên.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../hirt_desk/ui/help_dialog.py" line="53"/>
        <source>HIRT Desk user guide</source>
        <translation>Hướng dẫn sử dụng HIRT Desk</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="54"/>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="57"/>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="134"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="135"/>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="136"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="137"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="56"/>
        <source>Undo this merge…</source>
        <extracomment>Undo merge… on a row of a merge of two persons: the change&apos;s id</extracomment>
        <translation>Hoàn tác việc gộp này…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="58"/>
        <source>Take back the merge of two persons&apos; records that the selected change belongs to</source>
        <translation>Hoàn tác việc gộp hồ sơ hai người mà thay đổi được chọn thuộc về</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="65"/>
        <source>Field:</source>
        <translation>Mục:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Person:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="73"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>Mọi thay đổi đã lưu của hồ sơ này, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="84"/>
        <source>All fields</source>
        <translation>Tất cả các mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="85"/>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="58"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>Bắt đầu (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="59"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>Kết thúc (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="61"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>Múi giờ lúc kết thúc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="62"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="63"/>
        <source>To / where</source>
        <translation>Đến / địa điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="64"/>
        <source>Flight number / name</source>
        <translation>Số hiệu chuyến bay / tên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="65"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>Mã xác nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="66"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>Chi phí (JPY)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="67"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>Dành cho</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="174"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="124"/>
        <source>Itinerary item</source>
        <translation>Mục lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="151"/>
        <source>yen, whole number</source>
        <translation>yên, số nguyên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="200"/>
        <source>Flight number</source>
        <translation>Số hiệu chuyến bay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="201"/>
        <source>Hotel or booking name</source>
        <translation>Khách sạn hoặc tên đặt phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="202"/>
        <source>Department or doctor</source>
        <translation>Khoa hoặc bác sĩ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="203"/>
        <source>Room or machine</source>
        <translation>Phòng hoặc máy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="204"/>
        <source>Company or vehicle</source>
        <translation>Công ty hoặc phương tiện</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="205"/>
        <source>Interpreter&apos;s name</source>
        <translation>Tên phiên dịch viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="206"/>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="207"/>
        <source>Reference</source>
        <translation>Mã đặt chỗ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="209"/>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="258"/>
        <source>Enter when it starts: YYYY-MM-DD HH:MM.</source>
        <translation>Nhập thời điểm bắt đầu: YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="259"/>
        <source>Not a time: use YYYY-MM-DD HH:MM.</source>
        <translation>Không phải thời gian hợp lệ: dùng YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="260"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="261"/>
        <source>Not a time zone (e.g. Asia/Tokyo).</source>
        <translation>Không phải múi giờ hợp lệ (ví dụ Asia/Tokyo).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="262"/>
        <source>The cost is a whole number of yen.</source>
        <translation>Chi phí phải là số yên nguyên.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="263"/>
        <source>It ends before it starts.</source>
        <translation>Thời điểm kết thúc trước thời điểm bắt đầu.</translation>
    </message>
</context>
<context>
    <name>ItineraryTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="54"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="295"/>
        <source>First session</source>
        <translation>Buổi đầu tiên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="286"/>
        <source>Plan sessions</source>
        <extracomment>the itinerary changed (the case list shows the next date)</extracomment>
        <translation>Lập lịch chiếu xạ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="302"/>
        <source>Itinerary</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="303"/>
        <source>What and where</source>
        <translation>Nội dung và địa điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="315"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="339"/>
        <source>Add item…</source>
        <translation>Thêm mục…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="341"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="342"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="361"/>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="401"/>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="452"/>
        <source>Public holidays: %1</source>
        <translation>Ngày lễ: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="497"/>
        <source>Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.</source>
        <translation>Đã lập lịch chiếu xạ: thêm %1, xóa %2, giữ %3 buổi đã chỉnh tay.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="502"/>
        <source>No session on %1 (%2): the course starts on %3.</source>
        <translation>Không có buổi điều trị vào %1 (%2): liệu trình bắt đầu vào %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="506"/>
        <source>First moved session: %1 → %2.</source>
        <translation>Buổi đầu tiên bị dời: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="520"/>
        <source>Not saved: a traveller of this item is no longer on the case (removed by someone else). Open the case again to see who travels.</source>
        <translation>Chưa lưu: một người đi của mục này không còn trong hồ sơ (người khác đã xóa). Hãy mở lại hồ sơ để xem ai đi.</translation>
    </message>
</context>
<context>
    <name>LaptopCheckout</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="66"/>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>a checkout is over: how many cases were checked out (0 after a failure)</extracomment>
        <translation>Mang &amp;ra máy xách tay…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="113"/>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="144"/>
        <source>Check out to a laptop database</source>
        <translation>Mang ra cơ sở dữ liệu máy xách tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="114"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="37"/>
        <source>This laptop database was checked out from another office&apos;s server. Choose another file, or a new one.</source>
        <translation>Cơ sở dữ liệu máy xách tay này được mang ra từ máy chủ của một văn phòng khác. Hãy chọn tệp khác hoặc tệp mới.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="40"/>
        <source>A chosen case is no longer on the office server. Reload the list and choose again.</source>
        <translation>Một hồ sơ đã chọn không còn trên máy chủ văn phòng. Hãy tải lại danh sách rồi chọn lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="43"/>
        <source>The passphrase is too short.</source>
        <translation>Cụm mật khẩu quá ngắn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="44"/>
        <source>A passphrase is needed for the laptop database.</source>
        <translation>Cơ sở dữ liệu máy xách tay cần một cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="49"/>
        <source>The check-out stopped: %1</source>
        <translation>Việc mang ra đã dừng: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="68"/>
        <source>Copy the cases selected in the list (Ctrl+click to choose several) into a laptop database, encrypted, to work on them with no network; sync them back later</source>
        <translation>Sao chép các hồ sơ đã chọn trong danh sách (Ctrl+nhấp để chọn nhiều) vào cơ sở dữ liệu máy xách tay được mã hoá, để làm việc khi không có mạng; đồng bộ lại sau</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="72"/>
        <source>Check out &amp;my cases to a laptop…</source>
        <translation>Mang hồ sơ của tôi ra &amp;máy xách tay…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="74"/>
        <source>Copy every case assigned to you into a laptop database; cases assigned to you later come with each sync</source>
        <translation>Sao chép mọi hồ sơ được giao cho bạn vào cơ sở dữ liệu máy xách tay; hồ sơ được giao sau sẽ đến cùng mỗi lần đồng bộ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="97"/>
        <source>Select the cases to check out in the list first.</source>
        <translation>Hãy chọn trước các hồ sơ cần mang ra trong danh sách.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="99"/>
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>Đang mang ra %n hồ sơ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="104"/>
        <source>Checking out the cases assigned to %1…</source>
        <translation>Đang mang ra các hồ sơ được giao cho %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="140"/>
        <source>Passphrase of the new laptop database</source>
        <translation>Cụm mật khẩu của cơ sở dữ liệu máy xách tay mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="145"/>
        <source>Passphrase of the laptop database %1:</source>
        <translation>Cụm mật khẩu của cơ sở dữ liệu máy xách tay %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="155"/>
        <source>%n case(s) checked out to %1.</source>
        <translation>
            <numerusform>Đã mang %n hồ sơ ra %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="158"/>
        <source>No case is assigned to %1: nothing was checked out. Cases assigned to %1 later come to %2 with each sync.</source>
        <translation>Không có hồ sơ nào được giao cho %1: chưa mang ra gì. Hồ sơ được giao cho %1 sau này sẽ đến %2 mỗi lần đồng bộ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_checkout.py" line="167"/>
        <source>Nothing was checked out: %1</source>
        <translation>Chưa mang ra gì: %1</translation>
    </message>
</context>
<context>
    <name>LaptopParts</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="35"/>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="92"/>
        <source>C&amp;onflicts…</source>
        <translation>Xung đột (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_parts.py" line="72"/>
        <source>Laptop database: %1</source>
        <translation>Cơ sở dữ liệu máy xách tay: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="90"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n xung đột chưa giải quyết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_parts.py" line="91"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>Xung đột (&amp;O) (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="124"/>
        <source>S&amp;ync with office</source>
        <translation>Đồng &amp;bộ với văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="127"/>
        <source>Send this laptop&apos;s changes to the office server and fetch the office&apos;s changes (Ctrl+Shift+S)</source>
        <translation>Gửi các thay đổi của máy xách tay này lên máy chủ văn phòng và nhận các thay đổi của văn phòng (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="130"/>
        <source>&amp;Hand back this case…</source>
        <translation>&amp;Trả hồ sơ này về văn phòng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ cuối: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="167"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="168"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="170"/>
        <source>Office server: %1</source>
        <translation>Máy chủ văn phòng: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="196"/>
        <source>This laptop has not synced with the office for %n day(s): sync when you have a network.</source>
        <translation>
            <numerusform>Máy xách tay này chưa đồng bộ với văn phòng %n ngày: hãy đồng bộ khi có mạng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="217"/>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="278"/>
        <source>Sync with office</source>
        <translation>Đồng bộ với văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="218"/>
        <source>Password of your login on the office server %1:</source>
        <translation>Mật khẩu đăng nhập của bạn trên máy chủ văn phòng %1:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="234"/>
        <source>Syncing with the office…</source>
        <translation>Đang đồng bộ với văn phòng…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="251"/>
        <source>Handed back to the office: %n case(s) left this laptop.</source>
        <translation>
            <numerusform>Đã trả về văn phòng: %n hồ sơ đã rời máy xách tay này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="252"/>
        <source>Synced, but the case stays on this laptop: some of its changes have not reached the office yet.</source>
        <translation>Đã đồng bộ, nhưng hồ sơ vẫn ở trên máy xách tay này: một số thay đổi của nó chưa đến văn phòng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Đã gửi %n thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="256"/>
        <source>received %n</source>
        <translation>
            <numerusform>đã nhận %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/laptop_sync.py" line="258"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
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
        <translation>Đồng bộ chưa hoàn tất: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="279"/>
        <source>Sync did not complete.</source>
        <translation>Đồng bộ chưa hoàn tất.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="281"/>
        <source>Nothing is lost: this laptop keeps its changes, and the next sync sends them.</source>
        <translation>Không mất gì: máy xách tay này vẫn giữ các thay đổi, và lần đồng bộ sau sẽ gửi chúng đi.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="299"/>
        <source>Hand back this case</source>
        <translation>Trả hồ sơ này về văn phòng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/laptop_sync.py" line="300"/>
        <source>Hand the case %1 back to the office? It is synced a last time, then removed from this laptop.</source>
        <translation>Trả hồ sơ %1 về văn phòng? Hồ sơ được đồng bộ lần cuối, rồi xóa khỏi máy xách tay này.</translation>
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
        <translation>Chọn một hồ sơ trong danh sách hoặc tạo hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="214"/>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="216"/>
        <source>What needs doing today: replies, tasks, arrivals, sessions, visa deadlines</source>
        <translation>Việc cần làm hôm nay: trả lời, công việc, đến nơi, buổi điều trị, hạn visa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="218"/>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="221"/>
        <source>&amp;Print packet…</source>
        <translation>&amp;In bộ tài liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="224"/>
        <source>&amp;Back up database…</source>
        <translation>Sa&amp;o lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="225"/>
        <source>Add &amp;sample cases</source>
        <translation>Thêm hồ sơ mẫ&amp;u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="228"/>
        <source>Change &amp;user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="231"/>
        <source>&amp;Connect to office server…</source>
        <translation>&amp;Kết nối tới máy chủ văn phòng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="233"/>
        <source>Use a &amp;local database…</source>
        <translation>Dùng cơ sở dữ liệu trên má&amp;y…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="239"/>
        <source>&amp;Find case</source>
        <translation>&amp;Tìm hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="240"/>
        <source>&amp;Duplicate persons…</source>
        <translation>&amp;Người bị trùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="242"/>
        <source>&amp;Export list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="244"/>
        <source>&amp;Agency reports…</source>
        <translation>Báo cáo &amp;cơ quan…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="247"/>
        <source>&amp;About HIRT Desk</source>
        <translation>&amp;Giới thiệu HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="248"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="261"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="279"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>Hồ sơ %1 có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="293"/>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="322"/>
        <source>The case could not be opened.</source>
        <translation>Không mở được hồ sơ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="352"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="382"/>
        <source>The case was not created.</source>
        <translation>Hồ sơ chưa được tạo.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="389"/>
        <source>Case %1 created.</source>
        <translation>Đã tạo hồ sơ %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="422"/>
        <source>The packet could not be prepared.</source>
        <translation>Không chuẩn bị được bộ tài liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>Hồ sơ %1 có thay đổi chưa được lưu. Bộ tài liệu chỉ có nội dung đã lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="439"/>
        <source>Print what is saved</source>
        <translation>In nội dung đã lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="456"/>
        <source>The sample cases could not be added.</source>
        <translation>Không thêm được hồ sơ mẫu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>Đã thêm %n hồ sơ mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="463"/>
        <source>Back up database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="471"/>
        <location filename="../hirt_desk/ui/main_window.py" line="491"/>
        <source>The backup could not be written.</source>
        <translation>Không ghi được bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>Backing up to %1…</source>
        <translation>Đang sao lưu vào %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="484"/>
        <source>Backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="497"/>
        <location filename="../hirt_desk/ui/main_window.py" line="505"/>
        <source>The settings could not be opened.</source>
        <translation>Không mở được phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="533"/>
        <source>The staff list was not saved.</source>
        <translation>Danh sách nhân viên chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="540"/>
        <source>The agency profile was not saved.</source>
        <translation>Thông tin công ty chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="547"/>
        <source>The fees were not saved.</source>
        <translation>Chưa lưu phí.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="572"/>
        <source>Local database: %1</source>
        <translation>Cơ sở dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="573"/>
        <source>Office server %1 on %2</source>
        <translation>Máy chủ văn phòng %1 tại %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="582"/>
        <source>The list was exported to %1.</source>
        <translation>Đã xuất danh sách ra %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="599"/>
        <source>Office server not reachable: reconnecting…</source>
        <translation>Không kết nối được máy chủ văn phòng: đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="611"/>
        <source>Case %1 was updated: saved by %2.</source>
        <translation>Hồ sơ %1 đã được cập nhật: do %2 lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="524"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="48"/>
        <source>Working as: %1</source>
        <translation>Người làm việc: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="667"/>
        <source>Change user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="668"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>Chưa có danh sách nhân viên: hãy thêm nhân viên của công ty trong Cài đặt (Nhân viên) để chọn người đang làm việc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="690"/>
        <source>The database was not encrypted.</source>
        <translation>Cơ sở dữ liệu chưa được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="696"/>
        <source>The database is encrypted.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="706"/>
        <source>About HIRT Desk</source>
        <translation>Giới thiệu HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="707"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
Quản lý hồ sơ xạ trị ion nặng tại Nhật Bản.</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="41"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="43"/>
        <source>Use this person</source>
        <translation>Dùng người này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="45"/>
        <source>Not the same</source>
        <translation>Không phải cùng một người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/likely_matches.py" line="55"/>
        <source>birth date unknown</source>
        <translation>không rõ ngày sinh</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/likely_matches.py" line="57"/>
        <source>May be the same person as %1 %2, %3, %n case(s)</source>
        <translation>
            <numerusform>Có thể là cùng người với %1 %2, %3, %n ca</numerusform>
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
        <translation>Đã bị %1 xóa. Bạn đã thay đổi: %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="54"/>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="59"/>
        <source>Remove it</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="55"/>
        <source>Keep it, with my changes</source>
        <translation>Giữ lại, với thay đổi của tôi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="57"/>
        <source>Changed by %1. You removed it.</source>
        <translation>Đã bị %1 thay đổi. Bạn đã xóa mục này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="58"/>
        <source>Keep it, with their changes</source>
        <translation>Giữ lại, với thay đổi của họ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>Giữ của họ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="70"/>
        <source>Keep mine</source>
        <translation>Giữ của tôi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="71"/>
        <source>Merged value:</source>
        <translation>Giá trị gộp:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="105"/>
        <source>Someone else changed this case</source>
        <translation>Người khác đã thay đổi hồ sơ này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="108"/>
        <source>While you were editing, someone saved changes to the same fields. Nothing of yours has been saved yet. Choose for each field what to keep, then save with these choices.</source>
        <translation>Trong lúc bạn chỉnh sửa, có người đã lưu thay đổi ở cùng các mục. Chưa có thay đổi nào của bạn được lưu. Hãy chọn giá trị cần giữ cho từng mục, rồi lưu theo các lựa chọn đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>When you opened it</source>
        <translation>Khi bạn mở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Theirs</source>
        <translation>Của họ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="118"/>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="148"/>
        <source>Save with these choices</source>
        <translation>Lưu theo các lựa chọn này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="175"/>
        <source>Choose what to keep.</source>
        <translation>Hãy chọn giá trị cần giữ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="178"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Không phải ngày hợp lệ: dùng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="179"/>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="180"/>
        <source>Not a value this field can hold.</source>
        <translation>Mục này không nhận giá trị đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/merge_dialog.py" line="187"/>
        <source>Not saved yet: a choice is missing or wrong.</source>
        <translation>Chưa lưu: còn thiếu hoặc sai một lựa chọn.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="158"/>
        <source>Quote</source>
        <extracomment>a quote, bill or payment was saved: the balance and the history changed</extracomment>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="160"/>
        <source>e.g. 0.048</source>
        <translation>vd. 0.048</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="163"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="205"/>
        <source>yen</source>
        <translation>yên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="165"/>
        <source>Patient&apos;s currency</source>
        <translation>Tiền tệ của bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="167"/>
        <source>Rate (units per yen)</source>
        <translation>Tỷ giá (mỗi yên)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="169"/>
        <source>Rate of</source>
        <translation>Tỷ giá ngày</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="171"/>
        <source>Other medical services (estimate)</source>
        <translation>Chi phí y tế khác (ước tính)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="175"/>
        <source>Calculate</source>
        <translation>Tính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="176"/>
        <source>Save as a new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="177"/>
        <source>Print quote…</source>
        <translation>In báo giá…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Item</source>
        <translation>Khoản mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="180"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="199"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="197"/>
        <source>Deposit requests, invoices and settlement</source>
        <translation>Yêu cầu đặt cọc, hóa đơn và quyết toán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="198"/>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Deposit request</source>
        <translation>Yêu cầu đặt cọc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="202"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="261"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="203"/>
        <source>Final settlement (what was spent)</source>
        <translation>Quyết toán cuối (chi phí thực)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="211"/>
        <source>Due by</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="213"/>
        <source>Issue</source>
        <translation>Lập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="214"/>
        <source>Print selected…</source>
        <translation>In mục đã chọn…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="216"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="249"/>
        <source>Withdraw selected…</source>
        <translation>Hủy mục đã chọn…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="225"/>
        <source>Payments and refunds</source>
        <translation>Thanh toán và hoàn tiền</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="226"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>In yen</source>
        <translation>Quy ra yên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="227"/>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="230"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Payment received</source>
        <translation>Đã nhận thanh toán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="231"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="263"/>
        <source>Refund paid</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="234"/>
        <source>amount</source>
        <translation>số tiền</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="236"/>
        <source>rate</source>
        <translation>tỷ giá</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="241"/>
        <source>reference</source>
        <translation>mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="248"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="257"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="258"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="262"/>
        <source>Settlement</source>
        <translation>Quyết toán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="305"/>
        <source>Total: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="310"/>
        <source>Saved versions: %1</source>
        <translation>Số phiên bản đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="314"/>
        <source>Not saved.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="316"/>
        <source>Enter the rate: how many units of the currency one yen buys.</source>
        <translation>Nhập tỷ giá: một yên đổi được bao nhiêu đơn vị tiền tệ đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="317"/>
        <source>Enter a currency code such as CNY, USD or VND.</source>
        <translation>Nhập mã tiền tệ như CNY, USD hoặc VND.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="318"/>
        <source>Enter the amount as a number.</source>
        <translation>Nhập số tiền bằng số.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="319"/>
        <source>The amount has more decimals than the currency has.</source>
        <translation>Số tiền có nhiều chữ số thập phân hơn đơn vị tiền tệ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="320"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="321"/>
        <source>Enter an amount above zero.</source>
        <translation>Nhập số tiền lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="322"/>
        <source>The due date is before the date issued.</source>
        <translation>Hạn thanh toán sớm hơn ngày lập.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="341"/>
        <source>Enter the rate&apos;s date as YYYY-MM-DD.</source>
        <translation>Nhập ngày tỷ giá theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="369"/>
        <source>Quote version %1 saved.</source>
        <translation>Đã lưu báo giá phiên bản %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="374"/>
        <source>Save the PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="398"/>
        <source>Writing %1…</source>
        <translation>Đang ghi: %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="402"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="406"/>
        <source>The PDF was not written: %1</source>
        <translation>Chưa ghi được PDF: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="419"/>
        <source>Enter the due date as YYYY-MM-DD.</source>
        <translation>Nhập hạn thanh toán theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="424"/>
        <source>Settled: refund %1 to the patient.</source>
        <translation>Đã quyết toán: hoàn lại %1 cho bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="425"/>
        <source>Settled: ask the patient for %1 more.</source>
        <translation>Đã quyết toán: đề nghị bệnh nhân trả thêm %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="426"/>
        <source>Settled: nothing more to pay or refund.</source>
        <translation>Đã quyết toán: không phải trả thêm hay hoàn lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="436"/>
        <source>Issued %1.</source>
        <translation>Đã lập %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="450"/>
        <location filename="../hirt_desk/ui/money_tab.py" line="488"/>
        <source>Select a deposit request or invoice first.</source>
        <translation>Hãy chọn một yêu cầu đặt cọc hoặc hóa đơn trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="468"/>
        <source>Withdraw %1? It no longer counts in the balance; the history keeps it.</source>
        <translation>Hủy %1? Khoản này không còn tính vào số dư; lịch sử vẫn giữ lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="469"/>
        <source>Withdraw</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="497"/>
        <source>Select a payment first.</source>
        <translation>Hãy chọn một khoản thanh toán trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="510"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Nhập ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="522"/>
        <source>Recorded: %1, counted as %2.</source>
        <translation>Đã ghi nhận: %1, tính là %2.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="70"/>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>New patient</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="73"/>
        <source>Patient already in HIRT Desk</source>
        <translation>Bệnh nhân đã có trong HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="89"/>
        <source>Name or passport number</source>
        <translation>Tên hoặc số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="92"/>
        <source>Matching patients</source>
        <translation>Bệnh nhân phù hợp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="118"/>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="119"/>
        <source>Inquiry date</source>
        <translation>Ngày yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="121"/>
        <source>Packet language</source>
        <translation>Ngôn ngữ bộ tài liệu</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>Encrypt the database</source>
        <translation>Mã hóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="94"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>Sau khi mã hóa, cơ sở dữ liệu và các bản sao lưu chỉ đọc được bằng cụm mật khẩu này. HIRT Desk sẽ hỏi cụm mật khẩu mỗi lần khởi động.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="97"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;Nếu mất cụm mật khẩu, các hồ sơ không thể khôi phục&lt;/b&gt;: không ai mở được cơ sở dữ liệu khi không có nó. Hãy cất giữ ở nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="107"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="109"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="120"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>Cụm mật khẩu quá ngắn: cần ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="123"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>Cụm mật khẩu có ký tự không dùng được.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="125"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="77"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="78"/>
        <source>Packet language</source>
        <translation>Ngôn ngữ bộ tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="47"/>
        <source>Change status…</source>
        <extracomment>an editable field (coordinator, packet language) changed the user asked to change the status the user asked to undo the last status change the user wrote a note and pressed &quot;Add note&quot; (its text); `note_saved()` clears the box</extracomment>
        <translation>Đổi trạng thái…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="50"/>
        <source>Undo last change</source>
        <translation>Hoàn tác thay đổi gần nhất</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Case number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
        <source>Inquiry</source>
        <translation>Yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="76"/>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="83"/>
        <source>Status history</source>
        <translation>Lịch sử trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Write a note for this case</source>
        <translation>Viết ghi chú cho hồ sơ này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="93"/>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="96"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="118"/>
        <source>Back from %1 to %2</source>
        <translation>Quay lại từ %1 về %2</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="120"/>
        <source>Packet for %1 %2</source>
        <translation>Bộ tài liệu cho %1 %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="128"/>
        <source>&amp;Language beside Japanese:</source>
        <translation>&amp;Ngôn ngữ đi kèm tiếng Nhật:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="137"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="172"/>
        <source>Preparing the packet in %1…</source>
        <translation>Đang chuẩn bị bộ tài liệu bằng %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="196"/>
        <source>%n page(s), Japanese beside %1.</source>
        <translation>
            <numerusform>%n trang, tiếng Nhật kèm %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="207"/>
        <source>The packet could not be prepared. %1</source>
        <translation>Không chuẩn bị được bộ tài liệu. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="235"/>
        <source>Save packet</source>
        <translation>Lưu bộ tài liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="248"/>
        <source>Not saved. %1</source>
        <translation>Chưa lưu. %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="251"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="282"/>
        <source>Printing page %1 of %2…</source>
        <translation>Đang in trang %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="288"/>
        <source>%n page(s) printed to the file %1.</source>
        <translation>
            <numerusform>Đã in %n trang ra tệp %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/packet_dialog.py" line="291"/>
        <source>%n page(s) sent to the printer %1.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/packet_dialog.py" line="297"/>
        <source>Not printed. %1</source>
        <translation>Chưa in. %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="34"/>
        <source>Encrypted database</source>
        <translation>Cơ sở dữ liệu đã mã hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="38"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Cơ sở dữ liệu %1 đã được mã hóa. Nhập cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="63"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>Cụm mật khẩu này không mở được cơ sở dữ liệu. Hãy kiểm tra và thử lại.</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited Open on a likely match: its newest case (id) Use this person on a likely match: this case&apos;s patient is that person (their id) Not the same on a likely match (their id)</extracomment>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="171"/>
        <source>Name (passport)</source>
        <translation>Họ tên (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Own script</source>
        <translation>Chữ bản ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="172"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
        <source>Add companion…</source>
        <translation>Thêm người đi cùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="181"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="182"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="191"/>
        <source>Companions</source>
        <translation>Người đi cùng</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="30"/>
        <source>F (female)</source>
        <translation>Nữ (F)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="31"/>
        <source>M (male)</source>
        <translation>Nam (M)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="32"/>
        <source>X (unspecified)</source>
        <translation>Không xác định (X)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="98"/>
        <source>Surname (passport)</source>
        <translation>Họ (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="99"/>
        <source>Given names (passport)</source>
        <translation>Tên đệm và tên (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="100"/>
        <source>Name in own script</source>
        <translation>Tên bằng chữ bản ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="101"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="102"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="103"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="104"/>
        <source>Passport number</source>
        <translation>Số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="105"/>
        <source>Passport expiry</source>
        <translation>Hạn hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="106"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="107"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="108"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="109"/>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <translation>Như trong hộ chiếu, ví dụ NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="154"/>
        <source>e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>VD: NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>Bằng chữ viết của người đi, ví dụ 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="155"/>
        <source>e.g. 阮文安</source>
        <translation>VD: 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="156"/>
        <source>e.g. +84 912 345 678</source>
        <translation>VD: +84 912 345 678</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="157"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>Kèm mã quốc gia, ví dụ +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="41"/>
        <source>Merge two records of one person</source>
        <translation>Gộp hai hồ sơ của một người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="45"/>
        <source>The record on the left is kept: the cases of the record on the right move to it, with their companions, visa records and documents. Choose, field by field, which value the kept record has. The merge can be undone from the History tab.</source>
        <translation>Hồ sơ bên trái được giữ lại: các ca của hồ sơ bên phải chuyển sang, cùng người đi cùng, hồ sơ thị thực và giấy tờ. Hãy chọn từng trường giá trị mà hồ sơ được giữ sẽ có. Có thể hoàn tác việc gộp trong thẻ Lịch sử.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="53"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="67"/>
        <source>Swap: keep the right record</source>
        <translation>Đổi chỗ: giữ hồ sơ bên phải</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Kept</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_merge_dialog.py" line="86"/>
        <source>Merged into it</source>
        <translation>Gộp vào đó</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="19"/>
        <source>same birth date (%1)</source>
        <translation>cùng ngày sinh (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="20"/>
        <source>birth dates with day and month swapped (%1, %2)</source>
        <translation>ngày sinh bị đảo ngày và tháng (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="21"/>
        <source>birth dates one digit apart (%1, %2)</source>
        <translation>ngày sinh khác một chữ số (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="22"/>
        <source>born the same year but on different days (%1, %2)</source>
        <translation>cùng năm sinh nhưng khác ngày (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="23"/>
        <source>different birth dates (%1, %2)</source>
        <translation>ngày sinh khác nhau (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="24"/>
        <source>same passport number</source>
        <translation>cùng số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="25"/>
        <source>different passport numbers</source>
        <translation>số hộ chiếu khác nhau</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="26"/>
        <source>same nationality</source>
        <translation>cùng quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="27"/>
        <source>different nationalities (%1, %2)</source>
        <translation>quốc tịch khác nhau (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="28"/>
        <source>different sex</source>
        <translation>giới tính khác nhau</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="29"/>
        <source>same phone number</source>
        <translation>cùng số điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="30"/>
        <source>same e-mail address</source>
        <translation>cùng địa chỉ email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="31"/>
        <source>different names</source>
        <translation>tên khác nhau</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="32"/>
        <source>different names in own script (%1, %2)</source>
        <translation>tên bằng chữ bản địa khác nhau (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="33"/>
        <source>names in own script nearly the same (%1, %2)</source>
        <translation>tên bằng chữ bản địa gần giống nhau (%1, %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="34"/>
        <source>same name in own script (%1)</source>
        <translation>cùng tên bằng chữ bản địa (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="35"/>
        <source>same name (%1)</source>
        <translation>cùng tên (%1)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="36"/>
        <source>%1 and %2 are spellings of one name</source>
        <translation>%1 và %2 là các cách viết của cùng một tên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="37"/>
        <source>%1 and %2 differ by a letter or two</source>
        <translation>%1 và %2 khác nhau một hai chữ cái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="38"/>
        <source>%1 and %2 have the same consonants</source>
        <translation>%1 và %2 có cùng phụ âm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="39"/>
        <source>family and given names swapped</source>
        <translation>họ và tên bị đảo</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="40"/>
        <source>given names in one record only</source>
        <translation>tên chỉ có trong một hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="41"/>
        <source>a middle name in one record only</source>
        <translation>tên đệm chỉ có trong một hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="42"/>
        <source>names in another order</source>
        <translation>tên theo thứ tự khác</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="43"/>
        <source>%1 reads %2</source>
        <translation>%1 đọc là %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="44"/>
        <source>%1 reads %2 (%3)</source>
        <translation>%1 đọc là %2 (%3)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="45"/>
        <source>%1 reads %2 (%3 is also written %4)</source>
        <translation>%1 đọc là %2 (%3 cũng viết là %4)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="46"/>
        <source>%1 is %2 without diacritics</source>
        <translation>%1 bỏ dấu là %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="47"/>
        <source>%1 has the consonants %2</source>
        <translation>%1 có các phụ âm %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="48"/>
        <source>marked as different people</source>
        <translation>đã đánh dấu là người khác nhau</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="59"/>
        <source>Wade-Giles</source>
        <translation>Wade-Giles</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="60"/>
        <source>Cantonese</source>
        <translation>tiếng Quảng Đông</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="61"/>
        <source>RTGS</source>
        <translation>RTGS (phiên âm Hoàng gia Thái)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="62"/>
        <source>ICAO 9303</source>
        <translation>ICAO 9303</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="63"/>
        <source>Russian passports before 2010</source>
        <translation>hộ chiếu Nga trước năm 2010</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reason_text.py" line="64"/>
        <source>Mongolian passport spelling</source>
        <translation>cách viết trên hộ chiếu Mông Cổ</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="101"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="127"/>
        <source>Remove companion</source>
        <translation>Xóa người đi cùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="104"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1 có hồ sơ thị thực; hồ sơ đó sẽ bị xóa cùng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="106"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 tham gia %2 mục lịch trình, trong đó %3 mục chỉ có một mình họ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="112"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>Xóa họ khỏi lịch trình (các mục chỉ có họ sẽ bị xóa)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="114"/>
        <source>Give their itinerary items to:</source>
        <translation>Chuyển các mục lịch trình của họ cho:</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="123"/>
        <location filename="../hirt_desk/ui/reports_view.py" line="368"/>
        <source>Reports</source>
        <extracomment>the figures asked for last are shown (or were refused) a report file was written; carries its path the report was printed; carries how many pages</extracomment>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="141"/>
        <source>All facilities</source>
        <translation>Tất cả cơ sở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="146"/>
        <source>All (or a code such as CN)</source>
        <translation>Tất cả (hoặc mã như CN)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="150"/>
        <source>All coordinators</source>
        <translation>Tất cả điều phối viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="161"/>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="166"/>
        <source>Inquiries from:</source>
        <translation>Yêu cầu từ:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="167"/>
        <source>Facility:</source>
        <translation>Cơ sở:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="168"/>
        <source>Nationality:</source>
        <translation>Quốc tịch:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="169"/>
        <source>Coordinator:</source>
        <translation>Điều phối viên:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="188"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="190"/>
        <source>Export CSV/XLSX…</source>
        <translation>Xuất CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="227"/>
        <source>The period ends before it starts.</source>
        <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="231"/>
        <source>A nationality is a two-letter country code, such as CN.</source>
        <translation>Quốc tịch là mã quốc gia hai chữ cái, ví dụ CN.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="245"/>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="269"/>
        <source>Reports are for managers: your role may not read them.</source>
        <translation>Báo cáo dành cho quản lý: vai trò của bạn không được xem.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="271"/>
        <source>The report could not be read.</source>
        <translation>Không đọc được báo cáo.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="325"/>
        <source>Choose a name ending in .csv, .xlsx or .pdf.</source>
        <translation>Hãy chọn tên kết thúc bằng .csv, .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="328"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="340"/>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="348"/>
        <source>The file could not be written.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="353"/>
        <source>Preparing the pages…</source>
        <translation>Đang chuẩn bị các trang…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="375"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/reports_view.py" line="382"/>
        <source>%n page(s) printed: %1.</source>
        <translation>
            <numerusform>Đã in %n trang: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="391"/>
        <source>The report could not be printed.</source>
        <translation>Không in được báo cáo.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo dạng PDF</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="399"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="404"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="203"/>
        <source>Enter the diagnosis facts to screen the case.</source>
        <translation>Nhập thông tin chẩn đoán để đánh giá hồ sơ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="211"/>
        <source>Schedule: %1</source>
        <translation>Lịch điều trị: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="214"/>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="216"/>
        <source>Rules: %1, version %2</source>
        <translation>Tiêu chí: %1, phiên bản %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="224"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="303"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="304"/>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="308"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="317"/>
        <source>Language of the window</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>Ngôn ngữ mới sẽ áp dụng khi khởi động lại HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="319"/>
        <source>Daily automatic backups kept</source>
        <translation>Số bản sao lưu tự động hằng ngày được giữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="320"/>
        <source>Paper size of printed documents</source>
        <translation>Khổ giấy của tài liệu in</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="323"/>
        <source>The database is encrypted.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="326"/>
        <source>Encrypt the database…</source>
        <translation>Mã hóa cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="334"/>
        <source>Encryption</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="340"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>In với vai trò bên bảo lãnh trên hồ sơ thị thực và bộ tài liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="342"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>Chỉ quản trị viên mới được thay đổi hồ sơ của công ty.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="345"/>
        <source>Name (Japanese)</source>
        <translation>Tên (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="346"/>
        <source>Guarantor list (A or B)</source>
        <translation>Danh sách bảo lãnh (A hoặc B)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="347"/>
        <source>Registration number</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>Người đại diện (ký và đóng dấu thư bảo lãnh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (English)</source>
        <translation>Địa chỉ (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="349"/>
        <source>Address (Japanese)</source>
        <translation>Địa chỉ (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="350"/>
        <source>24-hour helpline</source>
        <translation>Đường dây hỗ trợ 24 giờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="351"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="365"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="366"/>
        <source>Agency</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="369"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="375"/>
        <source>Fees</source>
        <translation>Phí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="407"/>
        <source>A or B (MOFA&apos;s lists).</source>
        <translation>A hoặc B (danh sách của Bộ Ngoại giao Nhật).</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="55"/>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation>Những người làm việc với HIRT Desk. Khi danh sách không trống, HIRT Desk hỏi ai đang làm việc lúc khởi động và ghi mọi thay đổi dưới tên đăng nhập đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="58"/>
        <source>The people who log in to the office server. A person added here can log in at once with the password you give them.</source>
        <translation>Những người đăng nhập vào máy chủ văn phòng. Người được thêm ở đây có thể đăng nhập ngay bằng mật khẩu bạn đưa cho họ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="60"/>
        <source>The people who log in to the office server. An administrator adds them.</source>
        <translation>Những người đăng nhập vào máy chủ văn phòng. Quản trị viên thêm họ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Full name</source>
        <translation>Họ tên đầy đủ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="66"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="75"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="80"/>
        <source>Remove person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="152"/>
        <source>Each person needs a login.</source>
        <translation>Mỗi người cần có tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="154"/>
        <source>A login has no spaces.</source>
        <translation>Tên đăng nhập không có khoảng trắng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/staff_page.py" line="156"/>
        <source>The login %1 is listed twice.</source>
        <translation>Tên đăng nhập %1 bị trùng.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="222"/>
        <source>Change status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="243"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="244"/>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="246"/>
        <source>Effective date</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="248"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="256"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>Cần thị thực nhưng chưa được cấp cho: %1. Bạn có thể tiếp tục; hãy ghi nhận thị thực ở thẻ Thị thực.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>Not before the inquiry (%1).</source>
        <translation>Không được trước ngày tiếp nhận yêu cầu (%1).</translation>
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
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="62"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="56"/>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="111"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="61"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="57"/>
        <source>Accept as a task</source>
        <translation>Nhận thành công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="59"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="65"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="63"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="67"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="69"/>
        <source>Remove a task added by mistake (a task done or not needed is marked Done or Dismissed instead)</source>
        <translation>Xóa công việc thêm nhầm (công việc đã xong hoặc không cần thì đánh dấu Xong hoặc Bỏ qua)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="73"/>
        <source>What needs doing</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="79"/>
        <source>Add task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="102"/>
        <source>Task:</source>
        <translation>Công việc:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="103"/>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="104"/>
        <source>Assigned to:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="106"/>
        <source>&lt;b&gt;Proposed from the case&apos;s dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đề xuất từ các mốc ngày của hồ sơ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="109"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Công việc&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="119"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="132"/>
        <source>the team</source>
        <translation>cả nhóm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="142"/>
        <source>Reply to the inquiry</source>
        <translation>Trả lời yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="143"/>
        <source>Request the missing records: %1</source>
        <translation>Yêu cầu hồ sơ còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="144"/>
        <source>Send the records to the facility</source>
        <translation>Gửi hồ sơ cho cơ sở điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="145"/>
        <source>Book the flights</source>
        <translation>Đặt vé máy bay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="146"/>
        <source>Apply for the visa of %1</source>
        <translation>Nộp hồ sơ visa cho %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="147"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>Gia hạn hộ chiếu của %1 (hết hạn %2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="156"/>
        <source>dismissed</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="178"/>
        <source>Say what needs doing.</source>
        <translation>Hãy nhập việc cần làm.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="187"/>
        <source>Give the date it is due.</source>
        <translation>Hãy nhập ngày hết hạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="192"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="206"/>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="232"/>
        <source>The task was not saved.</source>
        <translation>Công việc chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="214"/>
        <source>Remove task</source>
        <translation>Xóa công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="215"/>
        <source>Remove the task “%1”?</source>
        <translation>Xóa công việc “%1”?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/tasks_tab.py" line="221"/>
        <source>The task was not removed.</source>
        <translation>Công việc chưa được xóa.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="21"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="27"/>
        <source>What happened to this case, newest first.</source>
        <translation>Diễn biến của hồ sơ này, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="45"/>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="46"/>
        <source>Status: %2</source>
        <translation>Trạng thái: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="49"/>
        <source>Screened: %1</source>
        <translation>Sàng lọc: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="51"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 from %2: %3</source>
        <translation>%1 từ %2: %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="53"/>
        <source>%1 to %2: %3</source>
        <translation>%1 gửi %2: %3</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="57"/>
        <source>Document added: %1 (%2)</source>
        <translation>Đã thêm tài liệu: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="59"/>
        <source>dismissed</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/timeline_tab.py" line="60"/>
        <source>Task: %1 (due %2, %3)</source>
        <translation>Công việc: %1 (hạn %2, %3)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Due</source>
        <extracomment>a line was opened (double-click or Enter): its case&apos;s id</extracomment>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="53"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Replies due</source>
        <translation>Cần trả lời</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="67"/>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="68"/>
        <source>Arrivals and departures</source>
        <translation>Đến và đi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="69"/>
        <source>Sessions today and tomorrow</source>
        <translation>Buổi điều trị hôm nay và ngày mai</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="70"/>
        <source>Visa deadlines and flights to book</source>
        <translation>Hạn visa và vé máy bay cần đặt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="71"/>
        <source>Passports expiring</source>
        <translation>Hộ chiếu sắp hết hạn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="72"/>
        <source>Coming up: tasks due later</source>
        <translation>Sắp tới: công việc có hạn muộn hơn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="81"/>
        <source>Today: %1, %2</source>
        <translation>Hôm nay: %1, %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="83"/>
        <source>Reading what is due…</source>
        <translation>Đang đọc các việc đến hạn…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="121"/>
        <source>What is due could not be read.</source>
        <translation>Không đọc được các việc đến hạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="147"/>
        <source>Nothing is due.</source>
        <translation>Không có việc nào đến hạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="163"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="165"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="170"/>
        <source>the team</source>
        <translation>cả nhóm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="173"/>
        <source>Reply to the inquiry</source>
        <translation>Trả lời yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="174"/>
        <source>Arrives: %1</source>
        <translation>Đến nơi: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="175"/>
        <source>Leaves Japan: %1</source>
        <translation>Rời Nhật Bản: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="176"/>
        <source>Session at %1</source>
        <translation>Buổi điều trị lúc %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="177"/>
        <source>Apply for the visa of %1</source>
        <translation>Nộp hồ sơ visa cho %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="178"/>
        <source>Book the flights</source>
        <translation>Đặt vé máy bay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/today_view.py" line="179"/>
        <source>Renew the passport of %1 (expires %2)</source>
        <translation>Gia hạn hộ chiếu của %1 (hết hạn %2)</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="115"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="116"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="117"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="272"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>Giấy bảo lãnh (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="274"/>
        <source>Departure report (PDF)…</source>
        <translation>Báo cáo xuất cảnh (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="286"/>
        <source>What is late or wrong</source>
        <translation>Việc trễ hạn hoặc sai sót</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="329"/>
        <source>Nothing late or wrong.</source>
        <translation>Không có việc trễ hạn hay sai sót.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="351"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="390"/>
        <source>Not written: %1</source>
        <translation>Chưa ghi: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="358"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="369"/>
        <source>Written to %1</source>
        <translation>Đã ghi vào %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="374"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>Thông tin công ty vẫn là công ty mẫu hư cấu. Trước tiên, hãy nhập thông tin công ty của bạn (tên, đăng ký bảo lãnh, địa chỉ) trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="377"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>Chưa phải mọi người đều đã rời Nhật Bản: hãy lập báo cáo xuất cảnh vào hoặc sau ngày xuất cảnh của từng người.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="380"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>Có người chưa có chuyến bay rời Nhật Bản trong lịch trình: hãy thêm chuyến bay đó trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="394"/>
        <source>Guarantor form</source>
        <translation>Giấy bảo lãnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="398"/>
        <source>Departure report</source>
        <translation>Báo cáo xuất cảnh</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="94"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chào mừng đến với HIRT Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="96"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>Cơ sở dữ liệu này chưa có hồ sơ nào.&lt;br&gt;Hãy thêm hồ sơ mẫu để xem thử, hoặc tạo hồ sơ đầu tiên của công ty bạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="100"/>
        <source>Add 50 sample cases</source>
        <translation>Thêm 50 hồ sơ mẫu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="103"/>
        <source>New case…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="59"/>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/who.py" line="60"/>
        <source>Changes you make are recorded under the name you choose.</source>
        <translation>Các thay đổi bạn thực hiện được ghi dưới tên bạn chọn.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>Tệp %1 thuộc về chương trình khác, không phải HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="25"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi phiên bản HIRT Desk mới hơn. Hãy cài phiên bản đó để mở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="27"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>Cơ sở dữ liệu %1 chỉ đọc. HIRT Desk cần ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Thay đổi cuối cùng chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 could not be read or written.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>Không tạo được cơ sở dữ liệu %1 trong thư mục này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="33"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>Bên cạnh cơ sở dữ liệu %1 có một tệp nhật ký ghi trước (tệp -wal) thuộc về cơ sở dữ liệu khác. HIRT Desk không động đến cả hai: hãy chuyển tệp -wal đi nơi khác rồi mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>Tệp %1 trống: không chứa cơ sở dữ liệu HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>Cơ sở dữ liệu %1 đã được mã hóa: cần cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>Cụm mật khẩu không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="40"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>Không thể kết nối tới máy chủ văn phòng %1, hoặc máy chủ đã từ chối đăng nhập này. Hãy kiểm tra địa chỉ, mật khẩu và mạng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="42"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>Cơ sở dữ liệu máy chủ %1 không phải là cơ sở dữ liệu UTF-8. Hãy đề nghị quản trị viên tạo bằng lệnh: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="45"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>Cơ sở dữ liệu máy chủ %1 chưa có lược đồ HIRT Desk. Hãy đề nghị quản trị viên chạy: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="48"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>Cơ sở dữ liệu máy chủ %1 có lược đồ HIRT Desk phiên bản cũ. Hãy đề nghị quản trị viên chạy: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="50"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>Máy chủ văn phòng %1 không cho phép thông tin đăng nhập này thực hiện thao tác được yêu cầu. Hãy đề nghị quản trị viên cấp vai trò phù hợp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The office server %1 needs the password of this login.</source>
        <translation>Máy chủ văn phòng %1 cần mật khẩu của tên đăng nhập này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="53"/>
        <source>The office server %1 refused the login: the login or the password is wrong.</source>
        <translation>Máy chủ văn phòng %1 đã từ chối đăng nhập: tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="55"/>
        <source>The office server %1 cannot be found: check the server address.</source>
        <translation>Không tìm thấy máy chủ văn phòng %1: hãy kiểm tra địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>The database %1 does not exist on that server: check the database name.</source>
        <translation>Cơ sở dữ liệu %1 không có trên máy chủ đó: hãy kiểm tra tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>The office server %1 refused the encrypted connection: its certificate could not be checked, or it offers no encryption. Check the connection setting.</source>
        <translation>Máy chủ văn phòng %1 đã từ chối kết nối mã hóa: không kiểm tra được chứng chỉ, hoặc máy chủ không hỗ trợ mã hóa. Hãy kiểm tra cách kết nối.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="62"/>
        <source>The connection to the office server %1 was lost. The last change was not saved; HIRT Desk connects again when you retry.</source>
        <translation>Mất kết nối tới máy chủ văn phòng %1. Thay đổi cuối cùng chưa được lưu; HIRT Desk sẽ kết nối lại khi bạn thử lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="66"/>
        <source>The database %1 cannot be used.</source>
        <translation>Không dùng được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>Simplified Chinese</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Traditional Chinese</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="84"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>Chữ Latinh, Kirin và tiếng Việt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="85"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>Chữ Latinh, Kirin và tiếng Việt (đậm)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="86"/>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="95"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 là thiết bị hoặc tệp đặc biệt khác, không phải tệp thông thường. Hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="99"/>
        <location filename="../hirt_desk/ui/errors.py" line="100"/>
        <source>You have no permission to write %1.</source>
        <translation>Bạn không có quyền ghi %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="101"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>Ổ đĩa đã đầy: không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="102"/>
        <location filename="../hirt_desk/ui/errors.py" line="103"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Thư mục của %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 nằm trên ổ đĩa chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="105"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="107"/>
        <source>%1 could not be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="108"/>
        <source>The file</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="117"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>Máy tính này chưa cài phông chữ cho văn bản %1 (đã tìm %2). Hãy cài %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="122"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>Không in được các ký tự này bằng phông chữ đã cài: %1. Hãy sửa trong hồ sơ hoặc cài phông chữ có các ký tự đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="129"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không mong muốn: %1</translation>
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
        <translation>Trung tâm Y học Ion nặng Đại học Gunma</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Tumor site</source>
        <extracomment>the facts&apos; labels (the vocabulary, rules/facts.py, has them in English and Japanese): the window&apos;s other languages take them from its catalogs; tests keep the two lists the same</extracomment>
        <translation>Vị trí khối u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Histology</source>
        <translation>Loại mô bệnh học</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Largest diameter</source>
        <translation>Đường kính lớn nhất</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Measurable on imaging</source>
        <translation>Đo được trên chẩn đoán hình ảnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Distant metastasis</source>
        <translation>Di căn xa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Invades the GI tract</source>
        <translation>Xâm lấn ống tiêu hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Invades the spinal cord</source>
        <translation>Xâm lấn tủy sống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>ECOG performance status</source>
        <translation>Chỉ số toàn trạng ECOG</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Clinical T</source>
        <translation>T lâm sàng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Clinical N</source>
        <translation>N lâm sàng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Clinical M</source>
        <translation>M lâm sàng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Clinical stage</source>
        <translation>Giai đoạn lâm sàng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Gleason score confirmed by histopathology</source>
        <translation>Điểm Gleason được xác nhận bằng mô bệnh học</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>PSA before biopsy</source>
        <translation>PSA trước sinh thiết</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Child-Pugh class</source>
        <translation>Phân loại Child-Pugh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Liver regions involved</source>
        <translation>Số vùng gan bị tổn thương</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Ascites</source>
        <translation>Cổ trướng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="197"/>
        <source>Tumor status</source>
        <translation>Tình trạng khối u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="198"/>
        <source>Surgically resectable</source>
        <translation>Có thể phẫu thuật cắt bỏ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="199"/>
        <source>Recurrence after TACE</source>
        <translation>Tái phát sau TACE</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="200"/>
        <source>Sarcoma location</source>
        <translation>Vị trí sarcoma</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="201"/>
        <source>Metal implant in the irradiated area</source>
        <translation>Có kim loại cấy ghép trong vùng chiếu xạ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="202"/>
        <source>Rectal recurrence site</source>
        <translation>Vị trí tái phát ung thư trực tràng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="203"/>
        <source>Distance to nearest GI tract</source>
        <translation>Khoảng cách đến ống tiêu hóa gần nhất</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="204"/>
        <source>Organs with isolated recurrence</source>
        <translation>Cơ quan tái phát đơn độc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="205"/>
        <source>Number of recurrent lesions</source>
        <translation>Số tổn thương tái phát</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Fixed</source>
        <translation>Cố định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="33"/>
        <source>Per interpreting day</source>
        <translation>Theo ngày phiên dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per night</source>
        <translation>Theo đêm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="34"/>
        <source>Per traveller</source>
        <translation>Theo người đi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fees_page.py" line="35"/>
        <source>Per transfer</source>
        <translation>Theo lượt đưa đón</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="74"/>
        <source>Entries</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="76"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="77"/>
        <source>Fixed by hand</source>
        <translation>Chỉnh tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="78"/>
        <source>Patient record (merge)</source>
        <translation>Hồ sơ bệnh nhân (gộp)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Merged into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="86"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="105"/>
        <source>Companion %1</source>
        <translation>Người đi cùng %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="107"/>
        <source>Status change</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Screening</source>
        <translation>Đánh giá chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="108"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="109"/>
        <source>Itinerary item</source>
        <translation>Mục lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="110"/>
        <source>Visa record</source>
        <translation>Hồ sơ thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="112"/>
        <source>Not the same person</source>
        <translation>Không phải cùng một người</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Quote</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="113"/>
        <source>Deposit request or invoice</source>
        <translation>Yêu cầu đặt cọc hoặc hóa đơn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Payment or refund</source>
        <translation>Thanh toán hoặc hoàn tiền</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="114"/>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="128"/>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="130"/>
        <source>(changed)</source>
        <translation>(đã thay đổi)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="136"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="150"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <extracomment>Japan&apos;s public holidays as the holidays library names them in English; Japanese comes from the library itself, the window&apos;s other languages from its catalogs</extracomment>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="224"/>
        <source>Coming of Age Day</source>
        <translation>Ngày Lễ Thành nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="225"/>
        <source>Foundation Day</source>
        <translation>Ngày Quốc khánh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="226"/>
        <source>Emperor&apos;s Birthday</source>
        <translation>Sinh nhật Thiên hoàng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="227"/>
        <source>Vernal Equinox Day</source>
        <translation>Ngày Xuân phân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="228"/>
        <source>Showa Day</source>
        <translation>Ngày Showa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="229"/>
        <source>Constitution Day</source>
        <translation>Ngày Hiến pháp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="230"/>
        <source>Greenery Day</source>
        <translation>Ngày Cây xanh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="231"/>
        <source>Children&apos;s Day</source>
        <translation>Ngày Thiếu nhi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="232"/>
        <source>Marine Day</source>
        <translation>Ngày của Biển</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="233"/>
        <source>Mountain Day</source>
        <translation>Ngày của Núi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="234"/>
        <source>Respect for the Aged Day</source>
        <translation>Ngày Kính lão</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="235"/>
        <source>Autumnal Equinox Day</source>
        <translation>Ngày Thu phân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="236"/>
        <source>Sports Day</source>
        <translation>Ngày Thể thao</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="237"/>
        <source>Culture Day</source>
        <translation>Ngày Văn hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="238"/>
        <source>Labor Thanksgiving Day</source>
        <translation>Ngày Cảm tạ Lao động</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="239"/>
        <source>Substitute Holiday</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="240"/>
        <source>National Holiday</source>
        <translation>Ngày nghỉ quốc dân</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="57"/>
        <source>Flight</source>
        <translation>Chuyến bay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="58"/>
        <source>Accommodation</source>
        <translation>Chỗ ở</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="59"/>
        <source>Appointment</source>
        <translation>Lịch hẹn khám</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="60"/>
        <source>Treatment session</source>
        <translation>Buổi chiếu xạ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="61"/>
        <source>Transfer / pickup</source>
        <translation>Đưa đón</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="62"/>
        <source>Interpreter</source>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="63"/>
        <source>Phone rental</source>
        <translation>Thuê điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="70"/>
        <source>The patient arrives after the first appointment.</source>
        <translation>Bệnh nhân đến sau lịch hẹn khám đầu tiên.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="72"/>
        <source>The patient leaves before the last treatment session.</source>
        <translation>Bệnh nhân rời đi trước buổi chiếu xạ cuối cùng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="74"/>
        <source>A session is on a day the facility does not treat (%1).</source>
        <translation>Có buổi chiếu xạ vào ngày cơ sở y tế không điều trị (%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="77"/>
        <source>%1 night(s) without accommodation, from %2.</source>
        <translation>%1 đêm không có chỗ ở, từ %2.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="79"/>
        <source>“%1” and “%2” overlap on %3.</source>
        <translation>“%1” và “%2” trùng nhau vào %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="83"/>
        <source>The passport expires on %1, before the stay ends.</source>
        <translation>Hộ chiếu hết hạn vào %1, trước khi kết thúc thời gian lưu trú.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="86"/>
        <source>The stay is outside the period the visa permits (see the Visa tab).</source>
        <translation>Thời gian lưu trú nằm ngoài thời hạn thị thực cho phép (xem thẻ Thị thực).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>Yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="22"/>
        <source>Records</source>
        <translation>Hồ sơ bệnh án</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="23"/>
        <source>Facility review</source>
        <translation>Cơ sở y tế xem xét</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="24"/>
        <source>Visa</source>
        <translation>Thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation>Chuẩn bị đi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="26"/>
        <source>In Japan</source>
        <translation>Đang ở Nhật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="27"/>
        <source>Accepted</source>
        <translation>Đã được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="28"/>
        <source>In treatment</source>
        <translation>Đang điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="29"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="31"/>
        <source>Declined</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="32"/>
        <source>Not indicated</source>
        <translation>Không có chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="33"/>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="38"/>
        <source>Prostate</source>
        <translation>Tuyến tiền liệt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="39"/>
        <source>Lung</source>
        <translation>Phổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="40"/>
        <source>Liver</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="41"/>
        <source>Pancreas</source>
        <translation>Tụy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="42"/>
        <source>Bone and soft tissue sarcoma</source>
        <translation>Sarcoma xương và mô mềm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="43"/>
        <source>Skull base</source>
        <translation>Nền sọ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="44"/>
        <source>Rectal recurrence</source>
        <translation>Tái phát ung thư trực tràng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="45"/>
        <source>Oligo recurrence</source>
        <translation>Tái phát ít ổ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="47"/>
        <source>Head and neck (mucosal)</source>
        <translation>Đầu cổ (niêm mạc)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="48"/>
        <source>Cervix</source>
        <translation>Cổ tử cung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="49"/>
        <source>Bladder</source>
        <translation>Bàng quang</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="50"/>
        <source>Esophagus</source>
        <translation>Thực quản</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="51"/>
        <source>Kidney</source>
        <translation>Thận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="55"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="56"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="57"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="58"/>
        <source>Site</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="59"/>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="60"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="61"/>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="62"/>
        <source>Next date</source>
        <translation>Ngày tiếp theo</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="81"/>
        <source>The reply promised within 5 days of the inquiry is overdue</source>
        <translation>Đã quá hạn trả lời trong 5 ngày kể từ khi yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="86"/>
        <source>%n open conflict(s): Edit → Conflicts…</source>
        <translation>%n xung đột chưa giải quyết: Sửa → Xung đột…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>The surname as in the passport is required.</source>
        <translation>Bắt buộc có họ như trong hộ chiếu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>Dùng chữ Latinh như trong hộ chiếu (A-Z, dấu cách, gạch nối).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh nằm trong tương lai.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Ngày sinh cách đây hơn 120 năm.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>Không phải mã quốc gia (ISO 3166, ví dụ CN, VN, TH).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>Số hộ chiếu gồm 5 đến 20 chữ cái và chữ số.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>The passport has expired.</source>
        <translation>Hộ chiếu đã hết hạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>The passport expires within 6 months.</source>
        <translation>Hộ chiếu hết hạn trong vòng 6 tháng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="121"/>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="122"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>Số điện thoại không hợp lệ; hãy ghi kèm mã quốc gia (ví dụ +86).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="124"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Không phải ngày hợp lệ: dùng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="125"/>
        <source>There is no such day in the calendar.</source>
        <translation>Không có ngày này trong lịch.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="140"/>
        <source>Eligible</source>
        <translation>Có chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>Not eligible</source>
        <translation>Không có chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>Needs information</source>
        <translation>Cần thêm thông tin</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>Physician review</source>
        <translation>Bác sĩ xem xét</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="146"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="147"/>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="148"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="149"/>
        <source>review</source>
        <translation>cần xem xét</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="269"/>
        <source>Adenocarcinoma</source>
        <translation>Ung thư biểu mô tuyến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="270"/>
        <source>Non-small cell lung cancer</source>
        <translation>Ung thư phổi không tế bào nhỏ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="271"/>
        <source>Small cell lung cancer</source>
        <translation>Ung thư phổi tế bào nhỏ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="272"/>
        <source>Squamous cell carcinoma</source>
        <translation>Ung thư biểu mô tế bào vảy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="273"/>
        <source>Hepatocellular carcinoma</source>
        <translation>Ung thư biểu mô tế bào gan</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="274"/>
        <source>Cholangiocarcinoma</source>
        <translation>Ung thư đường mật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="275"/>
        <source>Osteosarcoma</source>
        <translation>Sarcoma xương</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="276"/>
        <source>Chordoma</source>
        <translation>U nguyên sống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="277"/>
        <source>Chondrosarcoma</source>
        <translation>Sarcoma sụn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="278"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>Sarcoma đa hình không biệt hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="279"/>
        <source>MPNST</source>
        <translation>MPNST</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="280"/>
        <source>Leiomyosarcoma</source>
        <translation>Sarcoma cơ trơn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="281"/>
        <source>Synovial sarcoma</source>
        <translation>Sarcoma hoạt dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="282"/>
        <source>Ewing sarcoma</source>
        <translation>Sarcoma Ewing</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="283"/>
        <source>Ductal carcinoma</source>
        <translation>Ung thư biểu mô ống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="284"/>
        <source>Primary</source>
        <translation>Nguyên phát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="285"/>
        <source>Residual after surgery</source>
        <translation>Còn sót sau phẫu thuật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="286"/>
        <source>Recurrent</source>
        <translation>Tái phát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="287"/>
        <source>Inoperable</source>
        <translation>Không thể phẫu thuật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="288"/>
        <source>Head and neck</source>
        <translation>Đầu cổ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="289"/>
        <source>Thoracic</source>
        <translation>Lồng ngực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="290"/>
        <source>Spinal / paraspinal</source>
        <translation>Cột sống / cạnh cột sống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="291"/>
        <source>Retroperitoneal</source>
        <translation>Sau phúc mạc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="292"/>
        <source>Pelvis</source>
        <translation>Khung chậu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="293"/>
        <source>Extremity</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="294"/>
        <source>Anastomosis</source>
        <translation>Miệng nối</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="295"/>
        <source>Pelvic wall</source>
        <translation>Thành chậu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="296"/>
        <source>Lymph node</source>
        <translation>Hạch bạch huyết</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="297"/>
        <source>Bone</source>
        <translation>Xương</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="298"/>
        <source>Brain</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="299"/>
        <source>Adrenal</source>
        <translation>Tuyến thượng thận</translation>
    </message>
</context>
<context>
    <name>listExport</name>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="24"/>
        <location filename="../hirt_desk/ui/list_export.py" line="36"/>
        <source>Export the case list</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="34"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="37"/>
        <source>Choose a name ending in .csv or .xlsx.</source>
        <translation>Hãy chọn tên kết thúc bằng .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/list_export.py" line="40"/>
        <source>The list could not be exported.</source>
        <translation>Không xuất được danh sách.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="54"/>
        <source>Due from the patient: %1</source>
        <translation>Bệnh nhân còn nợ: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="56"/>
        <source>To refund to the patient: %1</source>
        <translation>Phải hoàn cho bệnh nhân: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="57"/>
        <source>Held for the patient: %1</source>
        <translation>Đang giữ cho bệnh nhân: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="59"/>
        <source>Settled</source>
        <translation>Đã quyết toán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="61"/>
        <source>Nothing invoiced or received yet</source>
        <translation>Chưa có hóa đơn hay khoản thu nào</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="63"/>
        <source>Balanced</source>
        <translation>Đã cân bằng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="66"/>
        <source>charged %1</source>
        <translation>đã tính %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="67"/>
        <source>received %1</source>
        <translation>đã nhận %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="69"/>
        <source>refunded %1</source>
        <translation>đã hoàn %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/money_tab.py" line="72"/>
        <source>deposit outstanding %1</source>
        <translation>còn thiếu đặt cọc %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="9"/>
        <source>Referral letter</source>
        <translation>Thư giới thiệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="10"/>
        <source>Pathology report</source>
        <translation>Kết quả giải phẫu bệnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="11"/>
        <source>Imaging report</source>
        <translation>Kết quả chẩn đoán hình ảnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="12"/>
        <source>Imaging images</source>
        <translation>Hình ảnh chụp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="13"/>
        <source>Blood tests</source>
        <translation>Xét nghiệm máu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="14"/>
        <source>Medical summary</source>
        <translation>Tóm tắt bệnh án</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="15"/>
        <source>Passport copy</source>
        <translation>Bản sao hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="16"/>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="17"/>
        <location filename="../hirt_desk/ui/record_labels.py" line="50"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="20"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="21"/>
        <source>Requested</source>
        <translation>Đã yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="22"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="23"/>
        <source>Translated</source>
        <translation>Đã dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="24"/>
        <source>Sent to the facility</source>
        <translation>Đã gửi cơ sở điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="27"/>
        <source>Stored</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="28"/>
        <source>File missing</source>
        <translation>Mất tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="29"/>
        <source>File altered</source>
        <translation>Tệp bị thay đổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="33"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="34"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="35"/>
        <source>Letter</source>
        <translation>Thư</translation>
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
        <translation>Gặp trực tiếp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="43"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="44"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="45"/>
        <source>Referring hospital</source>
        <translation>Bệnh viện giới thiệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="46"/>
        <source>Facility</source>
        <translation>Cơ sở điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="47"/>
        <source>Embassy</source>
        <translation>Đại sứ quán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="48"/>
        <source>Airline</source>
        <translation>Hãng hàng không</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="49"/>
        <source>Hotel</source>
        <translation>Khách sạn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="53"/>
        <source>Incoming</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/record_labels.py" line="54"/>
        <source>Outgoing</source>
        <translation>Đi</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Sibling</source>
        <translation>Anh chị em</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Other relative</source>
        <translation>Họ hàng khác</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Friend</source>
        <translation>Bạn bè</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="47"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="47"/>
        <source>HIRT Desk: the agency&apos;s figures</source>
        <translation>HIRT Desk: số liệu của cơ quan</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="48"/>
        <source>No cases in this period.</source>
        <translation>Không có hồ sơ trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="49"/>
        <source>Cases by nationality and year</source>
        <translation>Hồ sơ theo quốc tịch và năm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="50"/>
        <source>Pipeline</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="51"/>
        <source>Where cases ended</source>
        <translation>Hồ sơ kết thúc ở đâu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="52"/>
        <source>Screening verdicts by site</source>
        <translation>Kết luận sàng lọc theo vị trí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="53"/>
        <source>Reply and treatment times</source>
        <translation>Thời gian trả lời và điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="54"/>
        <source>Revenue and receivables by month</source>
        <translation>Doanh thu và khoản phải thu theo tháng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="55"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="56"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="57"/>
        <source>Inquiries</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="58"/>
        <source>Treated</source>
        <translation>Đã điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="59"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="60"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="61"/>
        <source>Reached</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="62"/>
        <source>Ending</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="63"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="64"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="65"/>
        <source>Site</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="66"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="67"/>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="68"/>
        <source>Within 5 days (%)</source>
        <translation>Trong 5 ngày (%)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="69"/>
        <source>Median (days)</source>
        <translation>Trung vị (ngày)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="70"/>
        <source>90th percentile (days)</source>
        <translation>Phân vị 90 (ngày)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="71"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="72"/>
        <source>Revenue (JPY)</source>
        <translation>Doanh thu (JPY)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="73"/>
        <source>Receivables (JPY)</source>
        <translation>Khoản phải thu (JPY)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="74"/>
        <source>Reply to the inquiry</source>
        <translation>Trả lời yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="75"/>
        <source>Inquiry to first session</source>
        <translation>Từ yêu cầu đến buổi điều trị đầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="98"/>
        <source>Receivables on %1: %2</source>
        <translation>Khoản phải thu đến %1: %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/reports_view.py" line="102"/>
        <source>replies within 5 days: %1%</source>
        <translation>trả lời trong 5 ngày: %1%</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="20"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="49"/>
        <source>Working as: %1 · %2</source>
        <translation>Người làm việc: %1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="68"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>Đại sứ quán hoặc lãnh sự quán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="69"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="70"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="71"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="72"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>Thời hạn lưu trú được phép</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="73"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>Số thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="75"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="150"/>
        <source>Named on the patient&apos;s guarantee form</source>
        <translation>Có tên trong giấy bảo lãnh của bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="52"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="53"/>
        <source>Visa application form</source>
        <translation>Tờ khai xin thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="54"/>
        <source>Certificate of scheduled treatment and letter of guarantee</source>
        <translation>Giấy chứng nhận dự kiến khám chữa bệnh và giấy bảo lãnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="55"/>
        <source>Proof of funds</source>
        <translation>Chứng minh tài chính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="56"/>
        <source>Identity documents</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="57"/>
        <source>Certificate of Eligibility</source>
        <translation>Giấy chứng nhận tư cách lưu trú (COE)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="58"/>
        <source>Treatment schedule</source>
        <translation>Lịch điều trị</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>To request</source>
        <translation>Cần yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="62"/>
        <source>Requested</source>
        <translation>Đã yêu cầu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="63"/>
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="64"/>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="69"/>
        <source>Not named on the patient&apos;s guarantee form.</source>
        <translation>Không có tên trong giấy bảo lãnh của bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="70"/>
        <source>The passport expires before the stay ends.</source>
        <translation>Hộ chiếu hết hạn trước khi kết thúc lưu trú.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="71"/>
        <source>Less than 6 months of passport validity at departure.</source>
        <translation>Hộ chiếu còn hạn dưới 6 tháng khi khởi hành.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="73"/>
        <source>Over 90 days: hospital admission and a Certificate of Eligibility are required.</source>
        <translation>Trên 90 ngày: cần nhập viện và Giấy chứng nhận tư cách lưu trú.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="75"/>
        <source>%1 is not in hand yet.</source>
        <translation>Chưa có %1 trong tay.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="77"/>
        <source>The visa has not been applied for.</source>
        <translation>Chưa nộp đơn xin thị thực.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="78"/>
        <source>The single-entry visa lapses before the flight (use within 3 months of issue).</source>
        <translation>Thị thực một lần hết hiệu lực trước chuyến bay (phải dùng trong 3 tháng kể từ ngày cấp).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="80"/>
        <source>The visa is no longer valid on arrival.</source>
        <translation>Thị thực không còn hiệu lực khi nhập cảnh.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="81"/>
        <source>The permitted stay does not cover the whole stay.</source>
        <translation>Thời hạn lưu trú được phép không bao trùm toàn bộ thời gian lưu trú.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="82"/>
        <source>Add the flights in the itinerary to decide the visa.</source>
        <translation>Thêm các chuyến bay vào lịch trình để xác định thị thực.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="83"/>
        <source>Enter the nationality to decide the visa.</source>
        <translation>Nhập quốc tịch để xác định thị thực.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="91"/>
        <source>Not decided yet.</source>
        <translation>Chưa xác định.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="92"/>
        <source>No visa needed (visa-free stay).</source>
        <translation>Không cần thị thực (miễn thị thực).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="93"/>
        <source>Visa for Medical Stay needed.</source>
        <translation>Cần thị thực lưu trú chữa bệnh.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="94"/>
        <source>Designated Activities (over 90 days, in hospital) with a Certificate of Eligibility.</source>
        <translation>Hoạt động chỉ định (trên 90 ngày, nội trú) kèm Giấy chứng nhận tư cách lưu trú.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="96"/>
        <source>Stay: %1 days (%2 to %3).</source>
        <translation>Lưu trú: %1 ngày (%2 đến %3).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="100"/>
        <source>%1: a visa is required to enter Japan.</source>
        <translation>%1: cần thị thực để nhập cảnh Nhật Bản.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="102"/>
        <source>%1: visa-free up to %2 days.</source>
        <translation>%1: miễn thị thực tối đa %2 ngày.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="105"/>
        <source>Over 90 days: split the stay into visits of 90 days or less, or admit the patient to hospital.</source>
        <translation>Trên 90 ngày: chia thành các chuyến không quá 90 ngày, hoặc cho bệnh nhân nhập viện.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="114"/>
        <source>Companion</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="128"/>
        <source>Apply for the visa by %1 (processing time before the arrival on %2).</source>
        <translation>Hãy nộp đơn xin thị thực chậm nhất vào %1 (tính cả thời gian xử lý trước ngày nhập cảnh %2).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="144"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="146"/>
        <source>Single entry</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="147"/>
        <source>Multiple entry</source>
        <translation>Nhiều lần</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="149"/>
        <source>Entries</source>
        <translation>Số lần nhập cảnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="164"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="165"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="200"/>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
</context>
</TS>
