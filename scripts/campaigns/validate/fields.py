"""Field paths in words: ('events', 1, 'start') -> 'sự kiện thứ 2, giờ bắt đầu (start)'.

Editors think "the second event's start time", not `events[1].start`. The YAML key is
kept in brackets because that is the word they will look for in the file.
"""

from __future__ import annotations

from collections.abc import Sequence

# key -> (vi, en). Lists are named per item; "{n}" is the item counted from 1.
WORDS: dict[str, tuple[str, str]] = {
    "title": ("tên", "title"),
    "summary": ("tóm tắt", "summary"),
    "messages": ("thông điệp thứ {n}", "message {n}"),
    "law": ("mã phát biểu pháp luật thứ {n}", "law statement {n}"),
    "organisers": ("cơ quan tổ chức thứ {n}", "organiser {n}"),
    "audiences": ("đối tượng thứ {n}", "audience {n}"),
    "hero_image": ("ảnh đầu trang", "header image"),
    "file": ("tên tệp ảnh", "image file name"),
    "alt": ("mô tả ảnh", "image description"),
    "credit": ("nguồn ảnh", "photo credit"),
    "people": ("có người nhận ra được", "people who can be recognised"),
    "consent": ("sự đồng ý đăng ảnh", "consent to publish"),
    "by": ("ai đồng ý", "who agreed"),
    "date": ("ngày đồng ý", "date of consent"),
    "classroom": ("nội dung lớp học", "classroom content"),
    "questions": ("câu hỏi thứ {n}", "question {n}"),
    "activity": ("hoạt động", "activity"),
    "duration_minutes": ("thời lượng (phút)", "duration (minutes)"),
    "steps": ("bước thứ {n}", "step {n}"),
    "events": ("sự kiện thứ {n}", "event {n}"),
    "id": ("mã sự kiện", "event id"),
    "start": ("giờ bắt đầu", "start time"),
    "end": ("giờ kết thúc", "end time"),
    "attendance": ("hình thức tham dự", "attendance"),
    "online": ("liên kết trực tuyến", "online link"),
    "platform": ("nền tảng trực tuyến", "online platform"),
    "note": ("ghi chú", "note"),
    "venue": ("địa điểm", "venue"),
    "address": ("địa chỉ", "address"),
    "coordinates": ("tọa độ", "coordinates"),
    "lat": ("vĩ độ", "latitude"),
    "lon": ("kinh độ", "longitude"),
    "organiser": ("cơ quan tổ chức", "organiser"),
    "contact": ("liên hệ", "contact"),
    "name": ("tên", "name"),
    "email": ("thư điện tử", "e-mail"),
    "url": ("địa chỉ web", "web address"),
    "agenda": ("mục chương trình thứ {n}", "agenda item {n}"),
    "time": ("giờ", "time"),
    "item": ("nội dung", "item"),
    "registration": ("đăng ký", "registration"),
    "open_to_all": ("tự do tham dự", "open to all"),
    "how": ("cách đăng ký", "how to register"),
    "accessibility": ("hỗ trợ tiếp cận", "accessibility"),
    "status": ("trạng thái", "status"),
    "previous_start": ("giờ bắt đầu cũ", "previous start time"),
    "status_note": ("ghi chú trạng thái", "status note"),
    "revision": ("số lần sửa", "revision"),
    "history": ("mục lịch sử thứ {n}", "history entry {n}"),
    "vi": ("bản tiếng Việt", "Vietnamese text"),
    "en": ("bản tiếng Anh", "English text"),
}
WHOLE_FILE = ("cả tệp", "whole file")


def field_words(loc: Sequence[str | int]) -> tuple[str, str]:
    """(vi, en) words for a field path; list items are counted from 1."""
    parts = list(loc)
    vi_words: list[str] = []
    en_words: list[str] = []
    key = ""
    i = 0
    while i < len(parts):
        part = parts[i]
        if isinstance(part, int):  # an index without a known list name
            vi_words.append(f"mục thứ {part + 1}")
            en_words.append(f"item {part + 1}")
            i += 1
            continue
        key = part
        vi, en = WORDS.get(part, (f"'{part}'", f"'{part}'"))
        if i + 1 < len(parts) and isinstance(parts[i + 1], int):
            n = parts[i + 1] + 1
            vi, en = vi.format(n=n), en.format(n=n)
            i += 2
        else:
            if "{n}" in vi:  # the whole list, not one item of it
                vi = "danh sách " + vi.replace(" thứ {n}", "")
                en = en.replace(" {n}", "") + " list"
            i += 1
        vi_words.append(vi)
        en_words.append(en)
    if not vi_words:
        return WHOLE_FILE
    suffix = f" ({key})" if key and key in WORDS else ""
    return ", ".join(vi_words) + suffix, ", ".join(en_words) + suffix
