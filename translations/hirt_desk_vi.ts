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
        <location filename="../hirt_desk/ui/case_editor.py" line="52"/>
        <source>Case</source>
        <extracomment>the case was saved (its id) the case&apos;s status or notes changed (its id): the list may need a refresh unsaved changes appeared (True) or were saved / discarded (False)</extracomment>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="53"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="54"/>
        <source>Diagnosis and screening</source>
        <translation>Chẩn đoán và đánh giá chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="56"/>
        <source>Itinerary</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="59"/>
        <source>Visa</source>
        <translation>Thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="62"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="118"/>
        <source>Not saved: correct the marked fields of the patient.</source>
        <translation>Chưa lưu: hãy sửa các mục được đánh dấu của bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="124"/>
        <source>Not saved: correct the marked diagnosis fields.</source>
        <translation>Chưa lưu: hãy sửa các trường chẩn đoán được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="129"/>
        <source>Not saved: correct the marked visa fields.</source>
        <translation>Chưa lưu: hãy sửa các mục thị thực được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="146"/>
        <source>Not saved: your changes are still here, to be saved when you are ready.</source>
        <translation>Chưa lưu: các thay đổi của bạn vẫn còn đây, hãy lưu khi bạn sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="153"/>
        <source>Not saved: a companion&apos;s data has an error (%1).</source>
        <translation>Chưa lưu: thông tin của người đi cùng có lỗi (%1).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="158"/>
        <source>Not saved: check %1.</source>
        <translation>Chưa lưu: hãy kiểm tra %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="161"/>
        <source>Not saved: a traveller is no longer on the case (removed by someone else). Your changes are still here.</source>
        <translation>Chưa lưu: một người đi không còn trong hồ sơ (người khác đã xóa). Các thay đổi của bạn vẫn còn đây.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="165"/>
        <source>Not saved.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="167"/>
        <source>Your changes are still here: make room on the disk, then save again.</source>
        <translation>Các thay đổi của bạn vẫn còn đây: hãy giải phóng dung lượng ổ đĩa rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="216"/>
        <location filename="../hirt_desk/ui/case_editor.py" line="238"/>
        <source>The status was not changed.</source>
        <translation>Trạng thái chưa được thay đổi.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="227"/>
        <source>Undo status change</source>
        <translation>Hoàn tác thay đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="228"/>
        <source>Undo the change from %1 to %2? The case goes back to %1; the history keeps both changes.</source>
        <translation>Hoàn tác thay đổi từ %1 sang %2? Hồ sơ sẽ trở về %1; lịch sử vẫn giữ cả hai thay đổi.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="233"/>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_editor.py" line="248"/>
        <source>The note was not saved.</source>
        <translation>Ghi chú chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="45"/>
        <source>Search name, case number or passport number</source>
        <extracomment>columns hidden until the user shows them (header menu): the list fits beside the editor the user selected a case (its id), or cleared the selection (&quot;&quot;)</extracomment>
        <translation>Tìm theo tên, số hồ sơ hoặc số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="49"/>
        <source>Cases</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="70"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="75"/>
        <source>All facilities</source>
        <translation>Tất cả cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/case_list.py" line="78"/>
        <source>Reply overdue</source>
        <translation>Quá hạn trả lời</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/case_list.py" line="153"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="35"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="69"/>
        <source>Relation to the patient</source>
        <translation>Quan hệ với bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="54"/>
        <source>Companion</source>
        <translation>Người đi cùng</translation>
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
        <translation>HIRT Desk gặp sự cố. Thao tác bạn đang làm có thể chưa hoàn tất.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="74"/>
        <source>Everything you saved before is safe in the database. You can go on working; if this happens again, send the log file to your support: %1</source>
        <translation>Mọi thứ bạn đã lưu trước đó vẫn an toàn trong cơ sở dữ liệu. Bạn có thể tiếp tục làm việc; nếu lỗi này lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/crash.py" line="77"/>
        <source>Everything you saved before is safe in the database. You can go on working. The details could not be written to %1.</source>
        <translation>Mọi thứ bạn đã lưu trước đó vẫn an toàn trong cơ sở dữ liệu. Bạn có thể tiếp tục làm việc. Không ghi được chi tiết vào %1.</translation>
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
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="116"/>
        <source>Not taken: must be from %1 to %2</source>
        <translation>Không được chấp nhận: phải từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="318"/>
        <source>Tumour site</source>
        <extracomment>a fact was edited</extracomment>
        <translation>Vị trí khối u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="319"/>
        <source>Common criteria</source>
        <translation>Tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="321"/>
        <source>Choose a tumour site of the table to see the facts its criteria use.</source>
        <translation>Chọn một vị trí khối u trong bảng để xem các dữ kiện mà tiêu chí của vị trí đó sử dụng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="387"/>
        <source>Check %1: %2</source>
        <translation>Kiểm tra %1: %2</translation>
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
        <location filename="../hirt_desk/ui/history_model.py" line="53"/>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="56"/>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="129"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="129"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="130"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="130"/>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="131"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_model.py" line="132"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="49"/>
        <source>Field:</source>
        <translation>Mục:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="52"/>
        <source>Person:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="57"/>
        <source>Every saved change to this case, newest first.</source>
        <translation>Mọi thay đổi đã lưu của hồ sơ này, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="67"/>
        <source>All fields</source>
        <translation>Tất cả các mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/history_tab.py" line="68"/>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/history_tab.py" line="80"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="36"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="162"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="37"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="163"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="38"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="164"/>
        <source>Starts (local time)</source>
        <translation>Bắt đầu (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="39"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="165"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="40"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="166"/>
        <source>Ends (local time)</source>
        <translation>Kết thúc (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="41"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="167"/>
        <source>Time zone at the end</source>
        <translation>Múi giờ lúc kết thúc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="42"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="168"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="43"/>
        <source>To / where</source>
        <translation>Đến / địa điểm</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="44"/>
        <source>Flight number / name</source>
        <translation>Số hiệu chuyến bay / tên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="45"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="171"/>
        <source>Confirmation number</source>
        <translation>Mã xác nhận</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="46"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="172"/>
        <source>Cost (JPY)</source>
        <translation>Chi phí (JPY)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="47"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="173"/>
        <source>For</source>
        <translation>Dành cho</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
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
        <location filename="../hirt_desk/ui/field_labels.py" line="33"/>
        <location filename="../hirt_desk/ui/itinerary_tab.py" line="293"/>
        <source>Fractions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="34"/>
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
        <source>What</source>
        <translation type="vanished">Nội dung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="vanished">Địa điểm</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="vanished">Xác nhận</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="93"/>
        <source>HIRT Desk</source>
        <translation>HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="106"/>
        <source>Select a case in the list, or create a new one.</source>
        <translation>Chọn một hồ sơ trong danh sách hoặc tạo hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="158"/>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="160"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="161"/>
        <source>&amp;Print packet…</source>
        <translation>&amp;In bộ tài liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="164"/>
        <source>&amp;Back up database…</source>
        <translation>Sa&amp;o lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="165"/>
        <source>Add &amp;sample cases</source>
        <translation>Thêm hồ sơ mẫ&amp;u</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="166"/>
        <source>Se&amp;ttings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="168"/>
        <source>Change &amp;user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="172"/>
        <source>&amp;Find case</source>
        <translation>&amp;Tìm hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="173"/>
        <source>&amp;About HIRT Desk</source>
        <translation>&amp;Giới thiệu HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="174"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="186"/>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="198"/>
        <source>The case %1 has changes that are not saved.</source>
        <translation>Hồ sơ %1 có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="212"/>
        <location filename="../hirt_desk/ui/main_window.py" line="260"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="241"/>
        <source>The case could not be opened.</source>
        <translation>Không mở được hồ sơ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="260"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="267"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="282"/>
        <source>The case was not created.</source>
        <translation>Hồ sơ chưa được tạo.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="288"/>
        <source>Case %1 created.</source>
        <translation>Đã tạo hồ sơ %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="298"/>
        <source>The packet could not be prepared.</source>
        <translation>Không chuẩn bị được bộ tài liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="313"/>
        <source>The case %1 has changes that are not saved. The packet shows only what is saved.</source>
        <translation>Hồ sơ %1 có thay đổi chưa được lưu. Bộ tài liệu chỉ có nội dung đã lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="315"/>
        <source>Print what is saved</source>
        <translation>In nội dung đã lưu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="332"/>
        <source>The sample cases could not be added.</source>
        <translation>Không thêm được hồ sơ mẫu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/main_window.py" line="335"/>
        <source>Added %n sample case(s).</source>
        <translation>
            <numerusform>Đã thêm %n hồ sơ mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="339"/>
        <source>Back up database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="341"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="347"/>
        <location filename="../hirt_desk/ui/main_window.py" line="367"/>
        <source>The backup could not be written.</source>
        <translation>Không ghi được bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="351"/>
        <source>Backing up to %1…</source>
        <translation>Đang sao lưu vào %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="360"/>
        <source>Backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="373"/>
        <location filename="../hirt_desk/ui/main_window.py" line="379"/>
        <source>The settings could not be opened.</source>
        <translation>Không mở được phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="406"/>
        <source>The staff list was not saved.</source>
        <translation>Danh sách nhân viên chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="413"/>
        <source>The agency profile was not saved.</source>
        <translation>Thông tin công ty chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="397"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/roles.py" line="38"/>
        <source>Working as: %1</source>
        <translation>Người làm việc: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="436"/>
        <source>Change user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="437"/>
        <source>There is no staff list yet: add the agency&apos;s staff in Settings (Staff) to choose who is working.</source>
        <translation>Chưa có danh sách nhân viên: hãy thêm nhân viên của công ty trong Cài đặt (Nhân viên) để chọn người đang làm việc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="459"/>
        <source>The database was not encrypted.</source>
        <translation>Cơ sở dữ liệu chưa được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="465"/>
        <source>The database is encrypted.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="475"/>
        <source>About HIRT Desk</source>
        <translation>Giới thiệu HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="476"/>
        <source>HIRT Desk %1
Case management for heavy ion radiotherapy in Japan.</source>
        <translation>HIRT Desk %1
Quản lý hồ sơ xạ trị ion nặng tại Nhật Bản.</translation>
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
    <name>NewCaseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="58"/>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="60"/>
        <source>New patient</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="61"/>
        <source>Patient already in HIRT Desk</source>
        <translation>Bệnh nhân đã có trong HIRT Desk</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="69"/>
        <source>Name or passport number</source>
        <translation>Tên hoặc số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="72"/>
        <source>Matching patients</source>
        <translation>Bệnh nhân phù hợp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="93"/>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="94"/>
        <source>Inquiry date</source>
        <translation>Ngày yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="96"/>
        <source>Packet language</source>
        <translation>Ngôn ngữ bộ tài liệu</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="92"/>
        <source>Encrypt the database</source>
        <translation>Mã hóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="93"/>
        <source>After encryption the database and its backups can be read only with this passphrase. HIRT Desk asks for it at every start.</source>
        <translation>Sau khi mã hóa, cơ sở dữ liệu và các bản sao lưu chỉ đọc được bằng cụm mật khẩu này. HIRT Desk sẽ hỏi cụm mật khẩu mỗi lần khởi động.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="96"/>
        <source>&lt;b&gt;If the passphrase is lost, the cases cannot be recovered&lt;/b&gt;: nobody can open the database without it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;Nếu mất cụm mật khẩu, các hồ sơ không thể khôi phục&lt;/b&gt;: không ai mở được cơ sở dữ liệu khi không có nó. Hãy cất giữ ở nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="105"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="106"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="108"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../hirt_desk/ui/passphrase.py" line="119"/>
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>Cụm mật khẩu quá ngắn: cần ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="122"/>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>Cụm mật khẩu có ký tự không dùng được.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/passphrase.py" line="124"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="30"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="71"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="31"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="74"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="32"/>
        <location filename="../hirt_desk/ui/overview_tab.py" line="75"/>
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
        <location filename="../hirt_desk/ui/overview_tab.py" line="69"/>
        <source>Case number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="70"/>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="72"/>
        <source>Inquiry</source>
        <translation>Yêu cầu tư vấn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="73"/>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="79"/>
        <source>Status history</source>
        <translation>Lịch sử trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="88"/>
        <source>Write a note for this case</source>
        <translation>Viết ghi chú cho hồ sơ này</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="89"/>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="92"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/overview_tab.py" line="115"/>
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
        <location filename="../hirt_desk/ui/passphrase.py" line="62"/>
        <source>This passphrase does not open the database. Check it and try again.</source>
        <translation>Cụm mật khẩu này không mở được cơ sở dữ liệu. Hãy kiểm tra và thử lại.</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="159"/>
        <source>Relation</source>
        <extracomment>anything on the tab was edited</extracomment>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="159"/>
        <source>Name (passport)</source>
        <translation>Họ tên (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="160"/>
        <source>Own script</source>
        <translation>Chữ bản ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="160"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="167"/>
        <source>Add companion…</source>
        <translation>Thêm người đi cùng…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="169"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="170"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="179"/>
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
        <location filename="../hirt_desk/ui/person_form.py" line="71"/>
        <source>Surname (passport)</source>
        <translation>Họ (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="72"/>
        <source>Given names (passport)</source>
        <translation>Tên đệm và tên (hộ chiếu)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="73"/>
        <source>Name in own script</source>
        <translation>Tên bằng chữ bản ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="74"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="75"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="76"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="77"/>
        <source>Passport number</source>
        <translation>Số hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="78"/>
        <source>Passport expiry</source>
        <translation>Hạn hộ chiếu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="79"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="80"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="81"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="82"/>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="124"/>
        <source>As in the passport, e.g. NGUYEN</source>
        <extracomment>any field was edited</extracomment>
        <translation>Như trong hộ chiếu, ví dụ NGUYEN</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="125"/>
        <source>In the traveller&apos;s own script, e.g. 阮文安</source>
        <translation>Bằng chữ viết của người đi, ví dụ 阮文安</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/person_form.py" line="126"/>
        <source>With country code, e.g. +84 912 345 678</source>
        <translation>Kèm mã quốc gia, ví dụ +84 912 345 678</translation>
    </message>
</context>
<context>
    <name>RemoveCompanionDialog</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="100"/>
        <location filename="../hirt_desk/ui/patient_tab.py" line="126"/>
        <source>Remove companion</source>
        <translation>Xóa người đi cùng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="103"/>
        <source>%1 has a visa record; it is removed with them.</source>
        <translation>%1 có hồ sơ thị thực; hồ sơ đó sẽ bị xóa cùng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="105"/>
        <source>%1 takes part in %2 itinerary item(s), %3 of them alone.</source>
        <translation>%1 tham gia %2 mục lịch trình, trong đó %3 mục chỉ có một mình họ.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="111"/>
        <source>Remove them from the itinerary (items only they take are removed)</source>
        <translation>Xóa họ khỏi lịch trình (các mục chỉ có họ sẽ bị xóa)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="113"/>
        <source>Give their itinerary items to:</source>
        <translation>Chuyển các mục lịch trình của họ cho:</translation>
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
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="213"/>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="215"/>
        <source>Rules: %1, version %2</source>
        <translation>Tiêu chí: %1, phiên bản %2</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="223"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/diagnosis_tab.py" line="223"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="249"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="253"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="254"/>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="258"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="267"/>
        <source>Language of the window</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="268"/>
        <source>A new language applies when HIRT Desk starts again.</source>
        <translation>Ngôn ngữ mới sẽ áp dụng khi khởi động lại HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="269"/>
        <source>Daily automatic backups kept</source>
        <translation>Số bản sao lưu tự động hằng ngày được giữ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="270"/>
        <source>Paper size of printed documents</source>
        <translation>Khổ giấy của tài liệu in</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="273"/>
        <source>The database is encrypted.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="276"/>
        <source>Encrypt the database…</source>
        <translation>Mã hóa cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="284"/>
        <source>Encryption</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="290"/>
        <source>Printed as the guarantor on visa paperwork and packets.</source>
        <translation>In với vai trò bên bảo lãnh trên hồ sơ thị thực và bộ tài liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="292"/>
        <source>Only an administrator can change the agency&apos;s profile.</source>
        <translation>Chỉ quản trị viên mới được thay đổi hồ sơ của công ty.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="295"/>
        <source>Name (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="295"/>
        <source>Name (Japanese)</source>
        <translation>Tên (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="296"/>
        <source>Guarantor list (A or B)</source>
        <translation>Danh sách bảo lãnh (A hoặc B)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="297"/>
        <source>Registration number</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="298"/>
        <source>Representative (signs and seals the guarantee form)</source>
        <translation>Người đại diện (ký và đóng dấu thư bảo lãnh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Address (English)</source>
        <translation>Địa chỉ (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="299"/>
        <source>Address (Japanese)</source>
        <translation>Địa chỉ (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="300"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="300"/>
        <source>24-hour helpline</source>
        <translation>Đường dây hỗ trợ 24 giờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="301"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="314"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="315"/>
        <source>Agency</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="318"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>The people who work with HIRT Desk. When the list is not empty, HIRT Desk asks at start who is working, and records every change under that login.</source>
        <translation type="vanished">Những người làm việc với HIRT Desk. Khi danh sách không trống, HIRT Desk hỏi ai đang làm việc lúc khởi động và ghi mọi thay đổi dưới tên đăng nhập đó.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="vanished">Họ tên đầy đủ</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="vanished">Thêm người</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="vanished">Xóa người</translation>
    </message>
    <message>
        <source>Each person needs a login.</source>
        <translation type="vanished">Mỗi người cần có tên đăng nhập.</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation type="vanished">Tên đăng nhập không có khoảng trắng.</translation>
    </message>
    <message>
        <source>The login %1 is listed twice.</source>
        <translation type="vanished">Tên đăng nhập %1 bị trùng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="348"/>
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
        <location filename="../hirt_desk/ui/dialogs.py" line="173"/>
        <source>Change status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="194"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="195"/>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="197"/>
        <source>Effective date</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="199"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="207"/>
        <source>A visa is needed but none is issued yet for: %1. You can go on; record the visa on the Visa tab.</source>
        <translation>Cần thị thực nhưng chưa được cấp cho: %1. Bạn có thể tiếp tục; hãy ghi nhận thị thực ở thẻ Thị thực.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/dialogs.py" line="224"/>
        <source>Not before the inquiry (%1).</source>
        <translation>Không được trước ngày tiếp nhận yêu cầu (%1).</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="90"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="91"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/fields.py" line="92"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>VisaTab</name>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="273"/>
        <source>Guarantor form (PDF)…</source>
        <extracomment>a field was edited</extracomment>
        <translation>Giấy bảo lãnh (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="275"/>
        <source>Departure report (PDF)…</source>
        <translation>Báo cáo xuất cảnh (PDF)…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="287"/>
        <source>What is late or wrong</source>
        <translation>Việc trễ hạn hoặc sai sót</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="330"/>
        <source>Nothing late or wrong.</source>
        <translation>Không có việc trễ hạn hay sai sót.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="342"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="349"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="388"/>
        <source>Not written: %1</source>
        <translation>Chưa ghi: %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="356"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="367"/>
        <source>Written to %1</source>
        <translation>Đã ghi vào %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="372"/>
        <source>The agency profile is still the fictional sample agency. Enter your own agency (name, guarantor registration, address) in Settings first.</source>
        <translation>Thông tin công ty vẫn là công ty mẫu hư cấu. Trước tiên, hãy nhập thông tin công ty của bạn (tên, đăng ký bảo lãnh, địa chỉ) trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="375"/>
        <source>Not everyone has left Japan yet: write the departure report on or after each traveller&apos;s departure day.</source>
        <translation>Chưa phải mọi người đều đã rời Nhật Bản: hãy lập báo cáo xuất cảnh vào hoặc sau ngày xuất cảnh của từng người.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="378"/>
        <source>A traveller has no flight out of Japan in the itinerary: add it first.</source>
        <translation>Có người chưa có chuyến bay rời Nhật Bản trong lịch trình: hãy thêm chuyến bay đó trước.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="392"/>
        <source>Guarantor form</source>
        <translation>Giấy bảo lãnh</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/visa_tab.py" line="396"/>
        <source>Departure report</source>
        <translation>Báo cáo xuất cảnh</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="70"/>
        <source>&lt;h2&gt;Welcome to HIRT Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chào mừng đến với HIRT Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="72"/>
        <source>There are no cases in this database yet.&lt;br&gt;Add sample cases to look around, or create the first case of your agency.</source>
        <translation>Cơ sở dữ liệu này chưa có hồ sơ nào.&lt;br&gt;Hãy thêm hồ sơ mẫu để xem thử, hoặc tạo hồ sơ đầu tiên của công ty bạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="75"/>
        <source>Add 50 sample cases</source>
        <translation>Thêm 50 hồ sơ mẫu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/main_window.py" line="78"/>
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
        <location filename="../hirt_desk/ui/errors.py" line="21"/>
        <source>The file %1 is not a HIRT Desk database.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="22"/>
        <source>The file %1 belongs to another program, not HIRT Desk.</source>
        <translation>Tệp %1 thuộc về chương trình khác, không phải HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="23"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="24"/>
        <source>The database %1 was written by a newer version of HIRT Desk. Install that version to open it.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi phiên bản HIRT Desk mới hơn. Hãy cài phiên bản đó để mở.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="26"/>
        <source>The database %1 is in use by another program. Close it and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="28"/>
        <source>The database %1 is read-only. HIRT Desk needs to write to it.</source>
        <translation>Cơ sở dữ liệu %1 chỉ đọc. HIRT Desk cần ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="29"/>
        <source>The disk holding %1 is full. The last change was not saved.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Thay đổi cuối cùng chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="30"/>
        <source>The database %1 could not be read or written.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="31"/>
        <source>The database %1 cannot be created in this folder.</source>
        <translation>Không tạo được cơ sở dữ liệu %1 trong thư mục này.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="32"/>
        <source>Beside the database %1 lies a write-ahead log (its -wal file) that belongs to another database. HIRT Desk left both untouched: move the -wal file away, then open the database again.</source>
        <translation>Bên cạnh cơ sở dữ liệu %1 có một tệp nhật ký ghi trước (tệp -wal) thuộc về cơ sở dữ liệu khác. HIRT Desk không động đến cả hai: hãy chuyển tệp -wal đi nơi khác rồi mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="36"/>
        <source>The file %1 is empty: it holds no HIRT Desk database.</source>
        <translation>Tệp %1 trống: không chứa cơ sở dữ liệu HIRT Desk.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="37"/>
        <source>The database %1 is encrypted: its passphrase is needed.</source>
        <translation>Cơ sở dữ liệu %1 đã được mã hóa: cần cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="38"/>
        <source>The passphrase does not open the database %1.</source>
        <translation>Cụm mật khẩu không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="39"/>
        <source>The office server %1 cannot be reached, or it refused this login. Check the address, the password and the network.</source>
        <translation>Không thể kết nối tới máy chủ văn phòng %1, hoặc máy chủ đã từ chối đăng nhập này. Hãy kiểm tra địa chỉ, mật khẩu và mạng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="41"/>
        <source>The server database %1 is not a UTF-8 database. Ask the administrator to create it with: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</source>
        <translation>Cơ sở dữ liệu máy chủ %1 không phải là cơ sở dữ liệu UTF-8. Hãy đề nghị quản trị viên tạo bằng lệnh: createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="44"/>
        <source>The server database %1 has no HIRT Desk schema yet. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>Cơ sở dữ liệu máy chủ %1 chưa có lược đồ HIRT Desk. Hãy đề nghị quản trị viên chạy: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="47"/>
        <source>The server database %1 has an older HIRT Desk schema. Ask the administrator to run: hirt-desk --db URL server init</source>
        <translation>Cơ sở dữ liệu máy chủ %1 có lược đồ HIRT Desk phiên bản cũ. Hãy đề nghị quản trị viên chạy: hirt-desk --db URL server init</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="49"/>
        <source>The office server %1 does not allow this login to do that. Ask the administrator for the right role.</source>
        <translation>Máy chủ văn phòng %1 không cho phép thông tin đăng nhập này thực hiện thao tác được yêu cầu. Hãy đề nghị quản trị viên cấp vai trò phù hợp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="52"/>
        <source>The database %1 cannot be used.</source>
        <translation>Không dùng được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="57"/>
        <source>Simplified Chinese</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="58"/>
        <source>Traditional Chinese</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="58"/>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="59"/>
        <source>Latin, Cyrillic and Vietnamese</source>
        <translation>Chữ Latinh, Kirin và tiếng Việt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="60"/>
        <source>Latin, Cyrillic and Vietnamese (bold)</source>
        <translation>Chữ Latinh, Kirin và tiếng Việt (đậm)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="61"/>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="61"/>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="70"/>
        <source>%1 is a device or another special file, not a regular file. Choose a file name.</source>
        <translation>%1 là thiết bị hoặc tệp đặc biệt khác, không phải tệp thông thường. Hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="74"/>
        <location filename="../hirt_desk/ui/errors.py" line="75"/>
        <source>You have no permission to write %1.</source>
        <translation>Bạn không có quyền ghi %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="76"/>
        <source>The disk is full: %1 could not be written.</source>
        <translation>Ổ đĩa đã đầy: không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="77"/>
        <location filename="../hirt_desk/ui/errors.py" line="78"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Thư mục của %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="79"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 nằm trên ổ đĩa chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="80"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="82"/>
        <source>%1 could not be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="83"/>
        <source>The file</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="92"/>
        <source>No font for %1 text is installed on this computer (looked for %2). Install %3.</source>
        <translation>Máy tính này chưa cài phông chữ cho văn bản %1 (đã tìm %2). Hãy cài %3.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="97"/>
        <source>These characters cannot be printed with the fonts installed: %1. Correct them in the case, or install a font that has them.</source>
        <translation>Không in được các ký tự này bằng phông chữ đã cài: %1. Hãy sửa trong hồ sơ hoặc cài phông chữ có các ký tự đó.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/errors.py" line="104"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không mong muốn: %1</translation>
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
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="56"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="57"/>
        <source>Fixed by hand</source>
        <translation>Chỉnh tay</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="60"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="79"/>
        <source>Companion %1</source>
        <translation>Người đi cùng %1</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="80"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="80"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="81"/>
        <source>Status change</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <source>Screening</source>
        <translation>Đánh giá chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="82"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="83"/>
        <source>Itinerary item</source>
        <translation>Mục lịch trình</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="84"/>
        <source>Visa record</source>
        <translation>Hồ sơ thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="98"/>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="100"/>
        <source>(changed)</source>
        <translation>(đã thay đổi)</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="120"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="106"/>
        <location filename="../hirt_desk/ui/field_labels.py" line="120"/>
        <source>No</source>
        <translation>Không</translation>
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
        <source>Two items overlap for the same person.</source>
        <translation type="vanished">Hai mục của cùng một người bị trùng thời gian.</translation>
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
        <location filename="../hirt_desk/ui/labels.py" line="106"/>
        <source>The surname as in the passport is required.</source>
        <translation>Bắt buộc có họ như trong hộ chiếu.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="107"/>
        <source>Use the Latin letters of the passport (A-Z, space, hyphen).</source>
        <translation>Dùng chữ Latinh như trong hộ chiếu (A-Z, dấu cách, gạch nối).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="109"/>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh nằm trong tương lai.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="110"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Ngày sinh cách đây hơn 120 năm.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="111"/>
        <source>Not a country code (ISO 3166, e.g. CN, VN, TH).</source>
        <translation>Không phải mã quốc gia (ISO 3166, ví dụ CN, VN, TH).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="112"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>Số hộ chiếu gồm 5 đến 20 chữ cái và chữ số.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="114"/>
        <source>The passport has expired.</source>
        <translation>Hộ chiếu đã hết hạn.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="115"/>
        <source>The passport expires within 6 months.</source>
        <translation>Hộ chiếu hết hạn trong vòng 6 tháng.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="116"/>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="117"/>
        <source>Not a valid phone number; include the country code (e.g. +86).</source>
        <translation>Số điện thoại không hợp lệ; hãy ghi kèm mã quốc gia (ví dụ +86).</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="119"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Không phải ngày hợp lệ: dùng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="120"/>
        <source>There is no such day in the calendar.</source>
        <translation>Không có ngày này trong lịch.</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="135"/>
        <source>Eligible</source>
        <translation>Có chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="136"/>
        <source>Not eligible</source>
        <translation>Không có chỉ định</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="137"/>
        <source>Needs information</source>
        <translation>Cần thêm thông tin</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="138"/>
        <source>Physician review</source>
        <translation>Bác sĩ xem xét</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="141"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="142"/>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="143"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="144"/>
        <source>review</source>
        <translation>cần xem xét</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="166"/>
        <source>Adenocarcinoma</source>
        <translation>Ung thư biểu mô tuyến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="167"/>
        <source>Non-small cell lung cancer</source>
        <translation>Ung thư phổi không tế bào nhỏ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="168"/>
        <source>Small cell lung cancer</source>
        <translation>Ung thư phổi tế bào nhỏ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="169"/>
        <source>Squamous cell carcinoma</source>
        <translation>Ung thư biểu mô tế bào vảy</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="170"/>
        <source>Hepatocellular carcinoma</source>
        <translation>Ung thư biểu mô tế bào gan</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="171"/>
        <source>Cholangiocarcinoma</source>
        <translation>Ung thư đường mật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="172"/>
        <source>Osteosarcoma</source>
        <translation>Sarcoma xương</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="173"/>
        <source>Chordoma</source>
        <translation>U nguyên sống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="174"/>
        <source>Chondrosarcoma</source>
        <translation>Sarcoma sụn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="175"/>
        <source>Undifferentiated pleomorphic sarcoma</source>
        <translation>Sarcoma đa hình không biệt hóa</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="176"/>
        <source>MPNST</source>
        <translation>MPNST</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="177"/>
        <source>Leiomyosarcoma</source>
        <translation>Sarcoma cơ trơn</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="178"/>
        <source>Synovial sarcoma</source>
        <translation>Sarcoma hoạt dịch</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="179"/>
        <source>Ewing sarcoma</source>
        <translation>Sarcoma Ewing</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="180"/>
        <source>Ductal carcinoma</source>
        <translation>Ung thư biểu mô ống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="181"/>
        <source>Primary</source>
        <translation>Nguyên phát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="182"/>
        <source>Residual after surgery</source>
        <translation>Còn sót sau phẫu thuật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="183"/>
        <source>Recurrent</source>
        <translation>Tái phát</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="184"/>
        <source>Inoperable</source>
        <translation>Không thể phẫu thuật</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="185"/>
        <source>Head and neck</source>
        <translation>Đầu cổ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="186"/>
        <source>Thoracic</source>
        <translation>Lồng ngực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="187"/>
        <source>Spinal / paraspinal</source>
        <translation>Cột sống / cạnh cột sống</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="188"/>
        <source>Retroperitoneal</source>
        <translation>Sau phúc mạc</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="189"/>
        <source>Pelvis</source>
        <translation>Khung chậu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="190"/>
        <source>Extremity</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="191"/>
        <source>Anastomosis</source>
        <translation>Miệng nối</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="192"/>
        <source>Pelvic wall</source>
        <translation>Thành chậu</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="193"/>
        <source>Lymph node</source>
        <translation>Hạch bạch huyết</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="194"/>
        <source>Bone</source>
        <translation>Xương</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="195"/>
        <source>Brain</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/labels.py" line="196"/>
        <source>Adrenal</source>
        <translation>Tuyến thượng thận</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="42"/>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="42"/>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="43"/>
        <source>Sibling</source>
        <translation>Anh chị em</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="44"/>
        <source>Other relative</source>
        <translation>Họ hàng khác</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="45"/>
        <source>Friend</source>
        <translation>Bạn bè</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/patient_tab.py" line="46"/>
        <source>Other</source>
        <translation>Khác</translation>
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
        <location filename="../hirt_desk/ui/roles.py" line="39"/>
        <source>Working as: %1 · %2</source>
        <translation>Người làm việc: %1 · %2</translation>
    </message>
</context>
<context>
    <name>visa</name>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="48"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="193"/>
        <source>Embassy or consulate</source>
        <translation>Đại sứ quán hoặc lãnh sự quán</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="49"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="195"/>
        <source>Applied</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="50"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="196"/>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="51"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="197"/>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="52"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="203"/>
        <source>Permitted stay</source>
        <translation>Thời hạn lưu trú được phép</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="53"/>
        <location filename="../hirt_desk/ui/visa_tab.py" line="206"/>
        <source>Visa number</source>
        <translation>Số thị thực</translation>
    </message>
    <message>
        <location filename="../hirt_desk/ui/field_labels.py" line="55"/>
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
