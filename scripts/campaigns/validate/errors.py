"""One error = file + line + field + what is wrong + how to fix it, in Vietnamese and English.

Every message an organiser can see is in CATALOG below; pydantic's own error types
are mapped onto it so nobody gets a Python traceback for a typo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from scripts.site.errors import InputError

# code -> (vi: what is wrong, vi: how to fix, en: what is wrong, en: how to fix)
CATALOG: dict[str, tuple[str, str, str, str]] = {
    "encoding_utf16": (
        "Tệp được lưu bằng bảng mã \"Unicode\" (UTF-16), công cụ không đọc được.",
        "Mở tệp bằng Notepad, chọn File > Save as (Tệp > Lưu thành), ở ô Encoding (Mã hóa) "
        "chọn UTF-8, rồi bấm Save (Lưu) và đồng ý ghi đè.",
        "The file is saved as \"Unicode\" (UTF-16), which cannot be read.",
        "Open it in Notepad, choose File > Save as, set Encoding to UTF-8, click Save and "
        "agree to replace the file.",
    ),
    "encoding_legacy": (
        "Tệp được lưu bằng bảng mã cũ (\"ANSI\", Windows-1258 hoặc Latin-1), không phải "
        "UTF-8: chữ có dấu từ dòng này sẽ bị lỗi.",
        "Mở tệp bằng Notepad, chọn File > Save as (Tệp > Lưu thành), ở ô Encoding (Mã hóa) "
        "chọn UTF-8, rồi bấm Save (Lưu). Sau đó kiểm tra lại chữ có dấu.",
        "The file is saved in an old 8-bit encoding (\"ANSI\", Windows-1258 or Latin-1), "
        "not UTF-8: accented letters from this line on would come out wrong.",
        "Open it in Notepad, choose File > Save as, set Encoding to UTF-8 and click Save. "
        "Then check the accented letters.",
    ),
    "unreadable_file": (
        "Không mở được tệp.",
        "Kiểm tra tệp còn đó và không bị chương trình khác khóa, rồi chạy lại.",
        "The file cannot be opened.",
        "Check that it still exists and is not locked by another program, then run again.",
    ),
    "yaml_syntax": (
        "Không đọc được cách trình bày tệp ở dòng này.",
        "Kiểm tra thụt đầu dòng (dùng dấu cách, không dùng Tab), dấu hai chấm và một dấu "
        "cách sau tên trường; đặt văn bản có dấu ':' hoặc '#' trong ngoặc kép \"...\".",
        "The layout of the file cannot be read at this line.",
        "Check the indentation (spaces, not tabs) and the colon and space after each field "
        "name; put text containing ':' or '#' in double quotes \"...\".",
    ),
    "yaml_colon_missing": (
        "Thiếu dấu hai chấm ':' sau tên trường ở dòng này.",
        "Viết tên trường, dấu hai chấm, một dấu cách rồi đến nội dung, ví dụ: "
        "en: \"Summary\".",
        "A colon ':' is missing after the field name on this line.",
        "Write the field name, a colon, a space, then the value, e.g. en: \"Summary\".",
    ),
    "yaml_colon_space": (
        "Thiếu dấu cách sau dấu hai chấm ':' ở dòng này.",
        "Thêm một dấu cách sau dấu hai chấm, ví dụ: vi: \"Tên\" (không viết vi:\"Tên\").",
        "A space is missing after the colon ':' on this line.",
        "Add a space after the colon, e.g. vi: \"Name\" (not vi:\"Name\").",
    ),
    "yaml_colon_in_text": (
        "Nội dung ở dòng này có dấu hai chấm ':' nhưng không nằm trong ngoặc kép.",
        "Đặt cả nội dung trong ngoặc kép, ví dụ: vi: \"Chú ý: mang theo áo mưa\".",
        "The text on this line contains a colon ':' but is not in double quotes.",
        "Put the whole text in double quotes, e.g. en: \"Note: bring a raincoat\".",
    ),
    "yaml_indent": (
        "Thụt đầu dòng của dòng này không khớp với các dòng phía trên.",
        "Các trường cùng cấp phải thẳng hàng, cùng số dấu cách ở đầu dòng (xem "
        "campaigns/_example.yml); dùng dấu cách, không dùng Tab.",
        "The indentation of this line does not match the lines above.",
        "Fields at the same level must start in the same column, with the same number of "
        "spaces (see campaigns/_example.yml); use spaces, not tabs.",
    ),
    "yaml_tab": (
        "Dòng này có ký tự Tab.",
        "Xóa Tab và thụt đầu dòng bằng dấu cách, thẳng hàng với các dòng cùng cấp.",
        "This line contains a tab character.",
        "Remove the tab and indent with spaces, in line with the fields at the same level.",
    ),
    "yaml_quote_unclosed": (
        "Dấu ngoặc kép mở ở dòng này chưa được đóng.",
        "Thêm dấu ngoặc kép đóng ở cuối nội dung, trên cùng dòng, ví dụ: vi: \"Tên\".",
        "The quote opened on this line is never closed.",
        "Add the closing quote at the end of the text, on the same line, e.g. en: \"Name\".",
    ),
    "yaml_after_quote": (
        "Sau dấu ngoặc đóng còn thêm chữ ở dòng này.",
        "Đặt cả nội dung trong một cặp ngoặc kép; nếu nội dung có dấu nháy (') hay "
        "ngoặc kép, dùng ngoặc kép bên ngoài và viết \\\" cho ngoặc kép bên trong.",
        "There is more text after the closing quote on this line.",
        "Put the whole text inside one pair of double quotes; if the text has an apostrophe "
        "(People's), use double quotes around it, and write \\\" for a quote inside.",
    ),
    "yaml_bracket": (
        "Dấu ngoặc '[' hoặc '{{' mở ở dòng này chưa được đóng.",
        "Thêm ']' hoặc '}}' tương ứng ở cuối dòng, hoặc viết mỗi mục trên một dòng "
        "bắt đầu bằng '- ' như trong campaigns/_example.yml.",
        "The bracket '[' or '{{' opened on this line is never closed.",
        "Add the matching ']' or '}}' at the end of the line, or write one item per line "
        "starting with '- ' as in campaigns/_example.yml.",
    ),
    "yaml_special_char": (
        "Nội dung ở dòng này bắt đầu bằng một ký tự đặc biệt (như @, `, * hoặc &).",
        "Đặt cả nội dung trong ngoặc kép, ví dụ: vi: \"@doanthanhnien\".",
        "The text on this line starts with a special character (such as @, `, * or &).",
        "Put the whole text in double quotes, e.g. en: \"@youthunion\".",
    ),
    "duplicate_key": (
        "Trường '{key}' xuất hiện hai lần (lần đầu ở dòng {first_line}).",
        "Xóa một trong hai dòng.",
        "The field '{key}' appears twice (first on line {first_line}).",
        "Delete one of the two lines.",
    ),
    "not_a_mapping": (
        "Tệp chiến dịch phải là một danh sách trường (title:, summary:, events: ...).",
        "Sao chép campaigns/_example.yml rồi điền vào.",
        "A campaign file must be a set of fields (title:, summary:, events: ...).",
        "Copy campaigns/_example.yml and fill it in.",
    ),
    "bad_slug": (
        "Tên tệp/thư mục '{slug}' không dùng được làm địa chỉ trang.",
        "Đổi tên chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "
        "thang-hanh-dong-2026.yml; không dùng 'index' hoặc 'events'.",
        "The file/folder name '{slug}' cannot be used as a page address.",
        "Rename it using only lower-case letters without accents, digits and hyphens, e.g. "
        "action-month-2026.yml; 'index' and 'events' are reserved.",
    ),
    "duplicate_slug": (
        "Có hai chiến dịch cùng tên '{slug}' ({other}).",
        "Đổi tên một trong hai tệp.",
        "Two campaigns have the same name '{slug}' ({other}).",
        "Rename one of the two files.",
    ),
    "missing": (
        "Thiếu trường bắt buộc '{name}'.",
        "Thêm '{name}:' (xem campaigns/_example.yml).",
        "The required field '{name}' is missing.",
        "Add '{name}:' (see campaigns/_example.yml).",
    ),
    "missing_language": (
        "Thiếu bản {lang_vi}.",
        "Thêm dòng '{name}:' với nội dung {lang_vi}; hai ngôn ngữ phải luôn đi cùng nhau.",
        "The {lang_en} version is missing.",
        "Add a line '{name}:' with the {lang_en} text; both languages must always be given.",
    ),
    "extra_forbidden": (
        "Trường '{name}' không có trong mẫu (có thể gõ sai tên).",
        "Sửa tên trường cho đúng như campaigns/_example.yml, hoặc xóa dòng này.",
        "The field '{name}' is not part of the format (maybe a typo).",
        "Spell it as in campaigns/_example.yml, or delete the line.",
    ),
    "empty_text": (
        "Nội dung đang để trống.",
        "Viết nội dung, hoặc xóa cả trường nếu nó không bắt buộc.",
        "The text is empty.",
        "Write the text, or remove the whole field if it is optional.",
    ),
    "too_long": (
        "Nội dung quá dài ({actual} ký tự, tối đa {max_length}).",
        "Rút gọn lại; tiêu đề ngắn dễ đọc trên điện thoại và ảnh chia sẻ.",
        "The text is too long ({actual} characters, at most {max_length}).",
        "Shorten it; short titles read well on phones and on the share image.",
    ),
    "leaflet_too_long": (
        "Trên {layout} ({lang}), đoạn này tràn ra ngoài ô của nó {excess} mm.",
        "Rút ngắn đoạn này (tờ in không tự thu nhỏ chữ), rồi chạy lại: make campaigns-validate.",
        "On the {layout_en} ({lang}), this text runs {excess_en} mm past its box.",
        "Shorten it (a printed leaflet does not shrink its type), then run "
        "make campaigns-validate again.",
    ),
    "leaflet_crowded": (
        "Trên {layout} ({lang}), nội dung tràn ra ngoài {excess} mm: không phải một đoạn "
        "quá dài mà là tờ này chứa quá nhiều ({counts}).",
        "Bớt mục ở danh sách dài nhất (giữ những điều quan trọng nhất), hoặc rút ngắn tóm tắt "
        "và các thông điệp, rồi chạy lại: make campaigns-validate.",
        "On the {layout_en} ({lang}), the text runs {excess_en} mm past the sheet: not one text "
        "too long, but too much on this sheet ({counts_en}).",
        "Keep fewer items in the longest list (the most important ones), or shorten the "
        "summary and the messages, then run make campaigns-validate again.",
    ),
    "empty_list": (
        "Danh sách đang trống.",
        "Thêm ít nhất {min_length} mục, mỗi mục bắt đầu bằng '- '.",
        "The list is empty.",
        "Add at least {min_length} item(s), each starting with '- '.",
    ),
    "wrong_type": (
        "Kiểu giá trị không đúng: cần {expected_vi}.",
        "{fix_vi}",
        "Wrong kind of value: expected {expected_en}.",
        "{fix_en}",
    ),
    "bad_id": (
        "Mã '{value}' không hợp lệ.",
        "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ le-phat-dong.",
        "The id '{value}' is not valid.",
        "Use only lower-case letters without accents, digits and hyphens, e.g. launch-day.",
    ),
    "bad_status": (
        "Trạng thái '{value}' không hợp lệ.",
        "Dùng một trong: scheduled (theo kế hoạch), moved (dời lịch), cancelled (hủy).",
        "The status '{value}' is not valid.",
        "Use one of: scheduled, moved, cancelled.",
    ),
    "local_datetime": (
        "'{value}' không phải ngày giờ.",
        "Viết theo dạng \"2026-06-13 08:00\" (năm-tháng-ngày giờ:phút, giờ Việt Nam).",
        "'{value}' is not a date and time.",
        "Write it as \"2026-06-13 08:00\" (year-month-day hour:minute, Viet Nam time).",
    ),
    "clock": (
        "'{value}' không phải giờ trong ngày.",
        "Viết theo dạng \"07:30\" trong ngoặc kép.",
        "'{value}' is not a time of day.",
        "Write it as \"07:30\" in double quotes.",
    ),
    "https_url": (
        "'{value}' không phải địa chỉ https.",
        "Dùng địa chỉ đầy đủ bắt đầu bằng https://",
        "'{value}' is not an https address.",
        "Use a full address starting with https://",
    ),
    "email": (
        "'{value}' không phải địa chỉ thư điện tử.",
        "Dùng địa chỉ thư của cơ quan, ví dụ doanthanhnien@treem-disu.example.org.",
        "'{value}' is not an e-mail address.",
        "Use the body's e-mail address, e.g. youth@treem-disu.example.org.",
    ),
    "out_of_range": (
        "Giá trị {value} nằm ngoài khoảng cho phép.",
        "Dùng một số {range_vi}.",
        "The value {value} is out of range.",
        "Use a number {range_en}.",
    ),
    "end_before_start": (
        "Thời gian kết thúc ({end}) không sau thời gian bắt đầu ({start}).",
        "Sửa 'end' hoặc 'start' để sự kiện kết thúc sau khi bắt đầu.",
        "The end ({end}) is not after the start ({start}).",
        "Correct 'end' or 'start' so the event ends after it starts.",
    ),
    "moved_needs_history": (
        "Sự kiện dời lịch (status: moved) phải giữ ngày giờ cũ trong 'history:'.",
        "Chép ngày giờ cũ (trước khi dời) vào history, thẳng hàng với 'start:', ví dụ:"
        "{snippet}",
        "A moved event (status: moved) must keep its previous date and time under "
        "'history:'.",
        "Copy the old date and time (before the move) into history, in line with 'start:', "
        "e.g.:{snippet}",
    ),
    "history_empty": (
        "Mục lịch sử này không ghi gì.",
        "Ghi giá trị cũ mà mục này giữ lại (ví dụ start: \"2026-06-06 08:00\"), hoặc xóa "
        "dòng '- ' này.",
        "This history entry is empty.",
        "Write the old values it keeps (e.g. start: \"2026-06-06 08:00\"), or delete its "
        "'- ' line.",
    ),
    # Comparing the file with its last commit (scripts/campaigns/history.py).
    "change_without_history": (
        "Đã đổi {fields_vi} của sự kiện đã đăng (so với lần commit trước), nhưng "
        "'history:' không có mục mới: lịch trong điện thoại của người đã thêm sự kiện sẽ "
        "không cập nhật, vẫn giữ {fields_vi} cũ.",
        "Chép {fields_vi} cũ vào history: thêm mục sau vào cuối danh sách 'history:' của "
        "sự kiện (chưa có thì tạo, thẳng hàng với 'start:'):{snippet}",
        "The {fields_en} of this published event changed since the last commit, but "
        "'history:' has no new entry: the calendars of people who added the event would "
        "not update and keep the old {fields_en}.",
        "Copy the old {fields_en} into history: add this entry at the end of the event's "
        "'history:' list (create it, in line with 'start:', if there is none):{snippet}",
    ),
    "history_lacks_old_value": (
        "'history:' có mục mới, nhưng không giữ {fields_vi} cũ đã đăng trong lần commit "
        "trước.",
        "Chép giá trị cũ vào mục mới (hoặc sửa cho đúng):{snippet}",
        "'history:' has a new entry, but it does not keep the old {fields_en} published "
        "in the last commit.",
        "Copy the old values into the new entry (or correct them):{snippet}",
    ),
    "published_event_removed": (
        "Sự kiện '{id}' đã đăng trong lần commit trước, nay không còn trong tệp (bị xóa "
        "hoặc đổi 'id:'): điện thoại của người đã thêm sự kiện vẫn giữ nó trong lịch.",
        "Đặt lại sự kiện với đúng 'id: {id}'. Nếu sự kiện không diễn ra nữa, ghi "
        "'status: cancelled' và thêm vào 'history:' mục '- status: scheduled' (xem "
        "campaigns/README.md): lịch trong điện thoại sẽ báo là đã hủy.",
        "The event '{id}' was published in the last commit and is no longer in the file "
        "(deleted, or its 'id:' changed): the phones of people who added it keep it in "
        "their calendars.",
        "Put the event back with 'id: {id}'. If it will not take place, write "
        "'status: cancelled' and add '- status: scheduled' to its 'history:' (see "
        "campaigns/README.md): phone calendars will then show it as cancelled.",
    ),
    "history_removed": (
        "'history:' có {before} mục trong lần commit trước, nay chỉ còn {now}: lịch trong "
        "điện thoại chỉ cập nhật khi số mục tăng lên.",
        "Đặt lại các mục đã xóa (không bao giờ xóa hay đổi chỗ các mục); mục mới thêm vào "
        "cuối danh sách.",
        "'history:' had {before} entries in the last commit and now has {now}: phone "
        "calendars only update an event when the number goes up.",
        "Put the deleted entries back (never delete or reorder entries); new ones go at "
        "the end of the list.",
    ),
    # Fields of older files, replaced by `history:`.
    "retired_revision": (
        "Trường 'revision' không còn dùng: lịch trong điện thoại nay tự cập nhật nhờ danh "
        "sách 'history:' của sự kiện.",
        "Xóa dòng này. Từ nay, mỗi khi đổi giờ, địa điểm hay trạng thái của sự kiện đã "
        "đăng, chép giá trị cũ vào 'history:' (xem campaigns/README.md).",
        "The field 'revision' is no longer used: phone calendars now update from the "
        "event's 'history:' list.",
        "Delete this line. From now on, whenever the time, place or status of a published "
        "event changes, copy the old values into 'history:' (see campaigns/README.md).",
    ),
    "retired_previous_start": (
        "Trường 'previous_start' không còn dùng: ngày giờ cũ nay ghi trong danh sách "
        "'history:' của sự kiện.",
        "Thay dòng này bằng các dòng sau (thẳng hàng với 'start:'):{snippet}",
        "The field 'previous_start' is no longer used: the old date and time now go in the "
        "event's 'history:' list.",
        "Replace this line with these lines (in line with 'start:'):{snippet}",
    ),
    # Online and hybrid events.
    "bad_attendance": (
        "Hình thức tham dự '{value}' không hợp lệ.",
        "Dùng một trong: in_person (trực tiếp), online (trực tuyến), hybrid (cả hai).",
        "The attendance '{value}' is not valid.",
        "Use one of: in_person, online, hybrid.",
    ),
    "online_needs_link": (
        "Sự kiện có 'attendance: {value}' nhưng chưa có liên kết tham gia trực tuyến.",
        "Thêm khối 'online:' với 'url: https://...' và 'platform:' (tên nền tảng, ví dụ "
        "Zoom), xem campaigns/_example.yml; hoặc đặt 'attendance: in_person'.",
        "The event has 'attendance: {value}' but no link to join online.",
        "Add an 'online:' block with 'url: https://...' and 'platform:' (e.g. Zoom), see "
        "campaigns/_example.yml; or set 'attendance: in_person'.",
    ),
    "online_not_attended": (
        "Sự kiện có liên kết trực tuyến nhưng hình thức tham dự là trực tiếp (in_person, "
        "mặc định), nên liên kết sẽ không được hiện.",
        "Đặt 'attendance: hybrid' (đến trực tiếp hoặc tham gia trực tuyến) hoặc "
        "'attendance: online' (chỉ trực tuyến); hoặc xóa khối 'online:'.",
        "The event has an online link but its attendance is in person (in_person, the "
        "default), so the link would not be shown.",
        "Set 'attendance: hybrid' (come in person or join online) or 'attendance: online' "
        "(online only); or delete the 'online:' block.",
    ),
    "online_with_place": (
        "Sự kiện chỉ trực tuyến (attendance: online) nhưng có '{name}'.",
        "Đặt 'attendance: hybrid' nếu người dân cũng có thể đến trực tiếp, hoặc xóa "
        "'{name}'.",
        "An online-only event (attendance: online) has a '{name}'.",
        "Set 'attendance: hybrid' if people can also come in person, or delete '{name}'.",
    ),
    "place_required": (
        "Sự kiện tổ chức trực tiếp nhưng thiếu '{name}'.",
        "Thêm '{name}:' với 'vi:' và 'en:' (xem campaigns/_example.yml); sự kiện chỉ "
        "trực tuyến thì đặt 'attendance: online'.",
        "The event is held in person but has no '{name}'.",
        "Add '{name}:' with 'vi:' and 'en:' (see campaigns/_example.yml); for an event "
        "held only online, set 'attendance: online'.",
    ),
    "unknown_agency": (
        "Không có cơ quan mã '{value}'.{guess_vi}",
        "Dùng một trong các mã (mã: tên): {known_vi}.",
        "There is no agency with the id '{value}'.{guess_en}",
        "Use one of these ids (id: name): {known_en}.",
    ),
    "unknown_statement": (
        "Không có phát biểu pháp luật mã '{value}'.",
        "Dùng một trong các mã đã được thẩm định (docs/data/statements.yml): {known}.",
        "There is no statement of law with the id '{value}'.",
        "Use one of the reviewed ids (docs/data/statements.yml): {known}.",
    ),
    "duplicate_statement": (
        "Mã '{value}' đã có trong law: (mục {first}).",
        "Xóa dòng lặp lại.",
        "The id '{value}' is already listed under law: (item {first}).",
        "Delete the repeated line.",
    ),
    "message_states_law": (
        "Thông điệp tự viết nêu {what_vi} ('{value}'). Câu chữ pháp luật viết tay dễ sai, "
        "và sẽ được in lên tờ rơi.",
        "Xóa phần nói về pháp luật khỏi messages: và thêm mã phát biểu đã thẩm định vào "
        "law: ({suggest_vi}).",
        "A free-text message states {what_en} ('{value}'). Law retyped by hand is easily "
        "wrong, and it is printed on leaflets.",
        "Remove the part about the law from messages: and list a reviewed statement under "
        "law: instead ({suggest_en}).",
    ),
    "nothing_to_say": (
        "Chiến dịch chưa có thông điệp nào.",
        "Thêm ít nhất một dòng vào messages: (vi/en) hoặc một mã vào law:.",
        "The campaign has no message.",
        "Add at least one entry under messages: (vi/en) or one id under law:.",
    ),
    "duplicate_event_id": (
        "Hai sự kiện cùng mã '{value}'.",
        "Mỗi sự kiện cần một mã riêng; không đổi mã của sự kiện đã đăng (lịch của người "
        "dân dựa vào mã này).",
        "Two events have the id '{value}'.",
        "Give each event its own id; never change the id of a published event (people's "
        "calendars rely on it).",
    ),
    "reserved_id": (
        "Mã sự kiện '{value}' trùng tên dành riêng.",
        "Chọn mã khác (không dùng: {reserved}).",
        "The event id '{value}' is reserved.",
        "Choose another id (not: {reserved}).",
    ),
    "registration_how": (
        "Sự kiện cần đăng ký nhưng chưa nói cách đăng ký.",
        "Thêm 'how:' (vi/en) nói cách đăng ký, hoặc đặt 'open_to_all: true' nếu tự do, "
        "miễn phí.",
        "The event needs registration but does not say how.",
        "Add 'how:' (vi/en) saying how to register, or set 'open_to_all: true' if it is "
        "free and open to all.",
    ),
    "image_missing": (
        "Không tìm thấy ảnh '{value}'.",
        "Đặt ảnh vào cùng thư mục với campaign.yml (campaigns/<tên>/) và ghi đúng tên tệp.",
        "The image '{value}' was not found.",
        "Put the image in the same folder as campaign.yml (campaigns/<name>/) and give its "
        "exact file name.",
    ),
    "image_unreadable": (
        "Không đọc được ảnh '{value}': tệp không phải ảnh hoặc đã bị hỏng.",
        "Mở ảnh bằng chương trình xem ảnh để kiểm tra, rồi lưu lại thành JPEG hoặc PNG.",
        "The image '{value}' cannot be read: the file is not an image or is damaged.",
        "Open it in a picture viewer to check it, then save it again as JPEG or PNG.",
    ),
    "image_format": (
        "Ảnh '{value}' có định dạng {problem}, trang không dùng được.",
        "Lưu lại ảnh thành JPEG hoặc PNG (ví dụ bằng Paint: File > Save as > JPEG).",
        "The image '{value}' is a {problem} file, which the site cannot use.",
        "Save it again as JPEG or PNG (e.g. in Paint: File > Save as > JPEG).",
    ),
    "image_too_big": (
        "Ảnh '{value}' quá nặng ({size_mb} MB, tối đa {max_mb} MB).",
        "Giảm kích thước ảnh (ví dụ rộng 1600 px, chất lượng JPEG 80).",
        "The image '{value}' is too large ({size_mb} MB, at most {max_mb} MB).",
        "Make it smaller (e.g. 1600 px wide, JPEG quality 80).",
    ),
    "image_too_small": (
        "Ảnh '{value}' quá nhỏ ({width} px, cần ít nhất {min_width} px chiều rộng).",
        "Dùng ảnh rộng hơn để hiển thị rõ trên màn hình.",
        "The image '{value}' is too small ({width} px wide, needs at least {min_width} px).",
        "Use a wider image so it shows clearly on screens.",
    ),
    "image_too_many_pixels": (
        "Ảnh '{value}' có quá nhiều điểm ảnh ({megapixels} triệu, tối đa {max_megapixels} "
        "triệu).",
        "Thu nhỏ ảnh (ví dụ rộng 2000 px) rồi lưu lại; trang chỉ cần ảnh rộng 1440 px.",
        "The image '{value}' has too many pixels ({megapixels} million, at most "
        "{max_megapixels} million).",
        "Make it smaller (e.g. 2000 px wide) and save it again; the pages need 1440 px.",
    ),
    "image_truncated": (
        "Ảnh '{value}' bị thiếu phần cuối: tệp chưa được chép hết (ví dụ khi chép từ điện "
        "thoại bị ngắt giữa chừng).",
        "Chép lại ảnh từ điện thoại hoặc máy ảnh, mở thử bằng chương trình xem ảnh, rồi "
        "chạy lại.",
        "The image '{value}' is cut off: the file was not copied completely (e.g. a copy "
        "from a phone that was interrupted).",
        "Copy the photo again from the phone or camera, check that it opens in a picture "
        "viewer, then run again.",
    ),
    "image_heic": (
        "Ảnh '{value}' là ảnh HEIC (định dạng ảnh của iPhone), trang không dùng được.",
        "Lưu lại ảnh thành JPEG. Trên iPhone, chọn Cài đặt > Camera > Định dạng > Tương "
        "thích nhất thì các ảnh chụp sau sẽ là JPEG.",
        "The image '{value}' is a HEIC photo (the iPhone's format), which the site cannot "
        "use.",
        "Save it again as JPEG. On an iPhone, Settings > Camera > Formats > Most "
        "Compatible makes the next photos JPEG.",
    ),
    # People in the header photo (scripts/campaigns/photos/consent.py).
    "image_people_unsaid": (
        "Chưa ghi có nhận ra được người nào trong ảnh '{value}' hay không.",
        "Thêm dòng 'people: false' nếu không nhận ra được ai (hình vẽ, cảnh vật, người "
        "chụp từ phía sau), hoặc 'people: true' kèm phần 'consent:' ghi ai đã đồng ý "
        "(xem campaigns/README.md, mục Ảnh).",
        "The image '{value}' does not say whether anyone can be recognised in it.",
        "Add the line 'people: false' if no one can be recognised (a drawing, a place, "
        "people seen from behind), or 'people: true' with a 'consent:' part saying who "
        "agreed (see campaigns/README.md, Photos).",
    ),
    "image_consent_missing": (
        "Nhận ra được người trong ảnh '{value}' nhưng chưa ghi ai đã đồng ý cho đăng ảnh.",
        "Chỉ đăng ảnh khi những người trong ảnh đã đồng ý; với trẻ em: cha, mẹ hoặc người "
        "giám hộ, và cả em nếu em từ đủ 7 tuổi. Thêm phần 'consent:' gồm 'by:' (ai đồng ý, "
        "bằng cách nào) và 'date:' (ngày đồng ý), hoặc dùng ảnh không nhận ra được ai.",
        "People can be recognised in the image '{value}' but it does not say who agreed "
        "to its publication.",
        "Publish it only when the people in it have agreed; for a child: a parent or "
        "guardian, and the child too from the age of 7. Add a 'consent:' part with 'by:' "
        "(who agreed, and how) and 'date:' (when), or use a photo in which no one can be "
        "recognised.",
    ),
    "image_consent_without_people": (
        "Có phần 'consent:' nhưng 'people: false' ghi rằng không nhận ra được ai trong "
        "ảnh '{value}'.",
        "Nếu nhận ra được người trong ảnh, đặt 'people: true'; nếu không, xóa phần "
        "'consent:'.",
        "A 'consent:' part is given but 'people: false' says no one can be recognised in "
        "the image '{value}'.",
        "If someone can be recognised in the photo, set 'people: true'; if not, delete "
        "the 'consent:' part.",
    ),
    "image_consent_in_future": (
        "Ngày đồng ý đăng ảnh '{value}' là {date}, một ngày chưa tới.",
        "Ghi ngày những người trong ảnh đã đồng ý, dạng năm-tháng-ngày (có thể gõ nhầm năm, "
        "hoặc đảo ngày và tháng). Nếu họ chưa đồng ý thì chưa được đăng ảnh này: xóa phần "
        "'hero_image:' cho đến khi có sự đồng ý.",
        "The consent to publish the image '{value}' is dated {date}, a day still to come.",
        "Write the day the people in it agreed, as year-month-day (maybe a mistyped year, "
        "or day and month swapped). If they have not agreed yet, the photo must not be "
        "published: remove the 'hero_image:' part until they have.",
    ),
    "invalid": (
        "Giá trị không hợp lệ.",
        "Xem cách viết trường này trong campaigns/_example.yml.",
        "The value is not valid.",
        "See how this field is written in campaigns/_example.yml.",
    ),
    # Files and folders in campaigns/ that would otherwise be skipped without a word.
    "misnamed_campaign_file": (
        "Thư mục chiến dịch có tệp '{value}' nhưng tệp phải tên đúng là campaign.yml.",
        "Đổi tên tệp thành campaign.yml (chữ thường, đuôi .yml).",
        "The campaign folder has the file '{value}' but it must be named exactly "
        "campaign.yml.",
        "Rename the file to campaign.yml (lower case, ending .yml).",
    ),
    "folder_without_campaign": (
        "Thư mục '{value}' không có tệp campaign.yml nên không được đăng.",
        "Thêm tệp campaign.yml (sao chép campaigns/_example.yml), hoặc đổi tên thư mục "
        "bắt đầu bằng '_' nếu là bản nháp.",
        "The folder '{value}' has no campaign.yml, so nothing in it is published.",
        "Add a campaign.yml (copy campaigns/_example.yml), or start the folder name with "
        "'_' if it is a draft.",
    ),
    "bad_extension": (
        "Tệp '{value}' có đuôi '{suffix}', nên không được đọc.",
        "Đổi tên để tệp kết thúc bằng .yml (chữ thường). Windows có thể ẩn đuôi tệp: "
        "bật View > File name extensions (Xem > Phần mở rộng tên tệp) để thấy.",
        "The file '{value}' ends in '{suffix}', so it is not read.",
        "Rename it to end in .yml (lower case). Windows may hide the ending: turn on "
        "View > File name extensions to see it.",
    ),
    # Warnings: printed, but the campaign is still published.
    "far_future": (
        "Sự kiện diễn ra ngày {value}, hơn 2 năm nữa: có thể gõ nhầm năm.",
        "Kiểm tra lại năm của ngày giờ.",
        "The event is on {value}, more than 2 years ahead: maybe a mistyped year.",
        "Check the year of the date.",
    ),
    "new_in_past": (
        "Chiến dịch mới nhưng mọi sự kiện đều đã qua (sự kiện cuối: {value}).",
        "Kiểm tra lại năm, ngày của các sự kiện (có thể còn giữ ngày của tệp mẫu).",
        "The campaign is new but all its events are in the past (last one: {value}).",
        "Check the years and dates of the events (maybe still the example's dates).",
    ),
    "personal_mobile": (
        "Có số di động '{value}' trong nội dung công khai; nếu là số cá nhân, số này sẽ "
        "hiện trên trang, tờ rơi và lịch của mọi người.",
        "Dùng số điện thoại cố định hoặc thư điện tử của cơ quan; ai cần giúp đỡ có thể gọi "
        "Tổng đài 111. Giữ số này nếu đó là số công vụ đã được phép công bố.",
        "The public text contains the mobile number '{value}'; if it is a personal number "
        "it will be on the site, the leaflets and people's calendars.",
        "Give the agency's office landline or e-mail instead; anyone who needs help can "
        "call the 111 hotline. Keep it only if it is an official number cleared for "
        "publication.",
    ),
    # `python -m scripts.campaigns new "Tên"`
    "new_exists": (
        "Đã có chiến dịch '{value}' ({other}); không ghi đè.",
        "Mở tệp đó để sửa, hoặc đặt tên khác cho chiến dịch mới.",
        "The campaign '{value}' already exists ({other}); it was not overwritten.",
        "Open that file to edit it, or give the new campaign another name.",
    ),
    "new_bad_name": (
        "Không tạo được tên tệp từ '{value}'.",
        "Đặt tên có chữ hoặc số, ví dụ: make campaign-new NAME=\"Tháng hành động 2027\" "
        "(không dùng 'index', 'events', 'all-events', 'assets').",
        "No file name can be made from '{value}'.",
        "Use a name with letters or digits, e.g. make campaign-new NAME=\"Action month "
        "2027\" (not 'index', 'events', 'all-events', 'assets').",
    ),
    "new_title_too_long": (
        "Tên chiến dịch quá dài ({actual} ký tự, tối đa {max_length}).",
        "Đặt tên ngắn hơn.",
        "The campaign name is too long ({actual} characters, at most {max_length}).",
        "Use a shorter name.",
    ),
    "no_folder": (
        "Không có thư mục '{value}'.",
        "Kiểm tra tên thư mục; chạy lệnh từ thư mục gốc của dự án (có tệp Makefile).",
        "There is no folder '{value}'.",
        "Check the folder name; run the command from the project folder (with the Makefile).",
    ),
    "internal_error": (
        "Công cụ kiểm tra gặp lỗi nội bộ (không phải do tệp của bạn).",
        "Gửi cho người quản trị kỹ thuật tên tệp vừa sửa và nội dung màn hình này; họ có "
        "thể chạy lại với PORTAL_DEBUG=1 để xem chi tiết.",
        "The checking tool hit an internal error (not caused by your file).",
        "Send the technical administrator the file you edited and this screen; they can "
        "run it again with PORTAL_DEBUG=1 to see the details.",
    ),
}

WARNINGS = {"far_future", "new_in_past", "personal_mobile", "image_consent_in_future"}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def message(code: str, **ctx: Any) -> tuple[str, str]:
    """(vi, en) text of one error: what is wrong, then how to fix it."""
    vi_what, vi_fix, en_what, en_fix = CATALOG.get(code, CATALOG["invalid"])
    # Echoed organiser input is shortened; our own lists (e.g. known ids) are not.
    values = _Blank({k: _short(v) if k in _ECHOED else str(v) for k, v in ctx.items()})
    return (
        f"{vi_what.format_map(values)} Cách sửa: {vi_fix.format_map(values)}",
        f"{en_what.format_map(values)} How to fix: {en_fix.format_map(values)}",
    )


_ECHOED = {"value", "problem", "detail", "key", "slug", "suffix"}


def _short(value: Any) -> str:
    # Error messages echo the organiser's value; keep them on one screen line.
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "..."


def field_name(loc: Sequence[str | int]) -> str:
    """('events', 2, 'end') -> 'events[2].end' (items counted from 1 for humans)."""
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


@dataclass(frozen=True)
class CampaignError:
    """One error (or warning): `field` is the path (events[2].end), `field_vi`/`field_en`
    the same in words, `vi`/`en` what is wrong and how to fix it."""

    file: str
    line: int
    field: str
    code: str
    vi: str
    en: str
    field_vi: str = ""
    field_en: str = ""

    @property
    def is_warning(self) -> bool:
        return self.code in WARNINGS

    def format(self) -> str:
        kind = "cảnh báo / warning" if self.is_warning else "lỗi / error"
        if not self.line:  # a folder: there is no line to point at
            return f"{self.file}: {kind}\n  vi: {self.vi}\n  en: {self.en}"
        where_vi = f"Dòng {self.line}" + (f", {self.field_vi}" if self.field_vi else "")
        where_en = f"Line {self.line}" + (f", {self.field_en}" if self.field_en else "")
        return (f"{self.file}:{self.line}: {kind}\n"
                f"  vi: {where_vi}: {self.vi}\n  en: {where_en}: {self.en}")


class CampaignValidationError(InputError):
    """All the errors of one validation run."""

    def __init__(self, errors: Iterable[CampaignError]) -> None:
        self.errors = list(errors)
        super().__init__(self.report())

    def report(self) -> str:
        n = len(self.errors)
        head = (f"{n} lỗi trong tệp chiến dịch / {n} error(s) in campaign files "
                "(nothing was written / không ghi tệp nào):")
        return "\n".join([head, *(e.format() for e in self.errors)])
