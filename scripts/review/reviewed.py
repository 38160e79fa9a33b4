"""Check 2: pages whose `last_reviewed` is more than 12 months old, and law pages
(docs/<lang>/law/*.md) without one."""

from __future__ import annotations

import datetime as dt

from scripts.review.model import Finding, Project, text
from scripts.review.pages import Page, pages

KEY = "last_reviewed"


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def check(project: Project) -> list[Finding]:
    cutoff = year_before(project.today)
    found: list[Finding] = []
    for lang in project.languages:
        for page in pages(project.docs, lang):
            finding = _check_page(project, page, cutoff)
            if finding:
                found.append(finding)
    return found


def _check_page(project: Project, page: Page, cutoff: dt.date) -> Finding | None:
    file = project.rel(page.file)
    line = page.split.key_line(KEY)
    value = page.meta.get(KEY)
    is_law = page.path.startswith("law/")
    today = project.today.isoformat()
    if page.meta_error:
        return Finding(
            file=file, line=1, label=page.path,
            what=text(f"Phần đầu trang (front matter) không đọc được: {page.meta_error}",
                      f"The page's front matter cannot be read: {page.meta_error}"),
            fix=text("Sửa phần giữa hai dòng `---` ở đầu tệp (mỗi dòng dạng `khóa: giá trị`).",
                     "Correct the block between the two `---` lines at the top "
                     "(one `key: value` per line)."),
        )
    if value is None:
        if not is_law:
            return None
        return Finding(
            file=file, line=line or 1, label=page.path,
            what=text("Trang luật không có ngày rà soát `last_reviewed`.",
                      "A law page without a `last_reviewed` date."),
            fix=text(f"Rà soát trang với văn bản luật, rồi thêm `{KEY}: {today}` vào phần "
                     "đầu trang (giữa hai dòng `---`).",
                     f"Review the page against the law, then add `{KEY}: {today}` to its "
                     "front matter (between the two `---` lines)."),
        )
    if not isinstance(value, dt.date):
        return Finding(
            file=file, line=line, label=page.path,
            what=text(f"`{KEY}: {value}` không phải là ngày.",
                      f"`{KEY}: {value}` is not a date."),
            fix=text(f"Viết ngày dạng năm-tháng-ngày, ví dụ `{KEY}: {today}`.",
                     f"Write the date as year-month-day, e.g. `{KEY}: {today}`."),
        )
    if value < cutoff:
        return Finding(
            file=file, line=line, label=page.path,
            what=text(f"Rà soát lần cuối ngày {value:%d/%m/%Y}, đã hơn 12 tháng.",
                      f"Last reviewed on {value.isoformat()}, more than 12 months ago."),
            fix=text(f"Rà soát lại trang với văn bản luật hiện hành, rồi đổi thành "
                     f"`{KEY}: {today}`.",
                     f"Review the page against the law in force, then change it to "
                     f"`{KEY}: {today}`."),
        )
    return None
