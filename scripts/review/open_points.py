"""Check 1 (continued): the open points of docs/data/open-points.yml, with the pages
each affects; a page named there that does not exist is flagged too."""

from __future__ import annotations

from scripts.review.model import Finding, Project, text


def check(project: Project) -> list[Finding]:
    data = project.data
    file = project.rel(project.docs / "data" / "open-points.yml")
    found: list[Finding] = []
    for index, point in enumerate(data.open_points.points):
        line = data.line("open-points.yml", "points", index)
        pages = ", ".join(point.pages) or "—"
        found.append(Finding(
            file=file, line=line, label=point.id,
            what=text(f"{point.open.vi} (FACTS.md {point.facts}; các trang: {pages})",
                      f"{point.open.en} (FACTS.md {point.facts}; pages: {pages})"),
            fix=text(f"Tìm câu trả lời ở: {point.answer_from.vi} Rồi sửa các trang và dữ "
                     "liệu liên quan, và xóa điểm này.",
                     f"The answer would come from: {point.answer_from.en} Then correct the "
                     "pages and data it affects, and delete this point."),
        ))
        missing = [p for p in point.pages if not (project.docs / project.source_lang / p).is_file()]
        for page in missing:
            found.append(Finding(
                file=file, line=data.line("open-points.yml", "points", index, "pages"),
                label=point.id,
                what=text(f"Điểm “{point.id}” ghi trang {page}, nhưng không có tệp "
                          f"docs/{project.source_lang}/{page}.",
                          f"Point “{point.id}” names the page {page}, but there is no file "
                          f"docs/{project.source_lang}/{page}."),
                fix=text("Sửa đường dẫn trong `pages:` (đường dẫn như trong docs/vi/).",
                         "Correct the path in `pages:` (paths as in docs/vi/)."),
            ))
    return found
