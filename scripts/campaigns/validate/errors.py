"""One error = file + line + field + what is wrong + how to fix it, in Vietnamese and English.

Every message an organiser can see is in CATALOG below; pydantic's own error types
are mapped onto it so nobody gets a Python traceback for a typo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# code -> (vi: what is wrong, vi: how to fix, en: what is wrong, en: how to fix)
CATALOG: dict[str, tuple[str, str, str, str]] = {
    "yaml_syntax": (
        "Tệp không đúng cú pháp YAML: {problem}.",
        "Kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và dấu hai chấm sau tên trường; "
        "đặt văn bản có dấu ':' hoặc '#' trong ngoặc kép.",
        "The file is not valid YAML: {problem}.",
        "Check the indentation (spaces, not tabs) and the colon after each field name; "
        "put text containing ':' or '#' in double quotes.",
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
    "empty_list": (
        "Danh sách đang trống.",
        "Thêm ít nhất {min_length} mục, mỗi mục bắt đầu bằng '- '.",
        "The list is empty.",
        "Add at least {min_length} item(s), each starting with '- '.",
    ),
    "wrong_type": (
        "Kiểu giá trị không đúng: cần {expected_vi}.",
        "Xem cách viết trường này trong campaigns/_example.yml.",
        "Wrong kind of value: expected {expected_en}.",
        "See how this field is written in campaigns/_example.yml.",
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
        "Giá trị {value} nằm ngoài khoảng cho phép {range_vi}.",
        "Sửa lại giá trị.",
        "The value {value} is out of range {range_en}.",
        "Correct the value.",
    ),
    "end_before_start": (
        "Thời gian kết thúc ({end}) không sau thời gian bắt đầu ({start}).",
        "Sửa 'end' hoặc 'start' để sự kiện kết thúc sau khi bắt đầu.",
        "The end ({end}) is not after the start ({start}).",
        "Correct 'end' or 'start' so the event ends after it starts.",
    ),
    "moved_needs_previous": (
        "Sự kiện dời lịch (status: moved) phải ghi ngày giờ cũ.",
        "Thêm 'previous_start: \"2026-06-06 08:00\"' (ngày giờ trước khi dời), và tăng "
        "'revision' thêm 1 nếu đây không phải lần dời đầu tiên.",
        "A moved event (status: moved) must give its previous date and time.",
        "Add 'previous_start: \"2026-06-06 08:00\"' (the date before the move), and add 1 to "
        "'revision' if this is not the first move.",
    ),
    "previous_same": (
        "Ngày giờ cũ trùng với ngày giờ mới.",
        "'previous_start' là ngày giờ trước khi dời; 'start' là ngày giờ mới.",
        "The previous date is the same as the new one.",
        "'previous_start' is the date before the move; 'start' is the new date.",
    ),
    "previous_without_moved": (
        "Có 'previous_start' nhưng trạng thái không phải 'moved'.",
        "Đặt 'status: moved', hoặc xóa 'previous_start'.",
        "'previous_start' is given but the status is not 'moved'.",
        "Set 'status: moved', or remove 'previous_start'.",
    ),
    "unknown_agency": (
        "Không có cơ quan mã '{value}'.",
        "Dùng một trong các mã: {known}.",
        "There is no agency with the id '{value}'.",
        "Use one of: {known}.",
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
        "Không đọc được ảnh '{value}' ({problem}).",
        "Dùng ảnh JPEG hoặc PNG.",
        "The image '{value}' cannot be read ({problem}).",
        "Use a JPEG or PNG image.",
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
    "invalid": (
        "Giá trị không hợp lệ ({detail}).",
        "Xem cách viết trường này trong campaigns/_example.yml.",
        "Invalid value ({detail}).",
        "See how this field is written in campaigns/_example.yml.",
    ),
}


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


_ECHOED = {"value", "problem", "detail", "key", "slug"}


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
    file: str
    line: int
    field: str
    code: str
    vi: str
    en: str

    def format(self) -> str:
        return f"{self.file}:{self.line}: {self.field}\n  vi: {self.vi}\n  en: {self.en}"


class CampaignValidationError(ValueError):
    """All the errors of one validation run."""

    def __init__(self, errors: Iterable[CampaignError]) -> None:
        self.errors = list(errors)
        super().__init__(self.report())

    def report(self) -> str:
        n = len(self.errors)
        head = (f"{n} lỗi trong tệp chiến dịch / {n} error(s) in campaign files "
                "(nothing was written / không ghi tệp nào):")
        return "\n".join([head, *(e.format() for e in self.errors)])
