"""Check 1: every item of data that is not confirmed, with its source and what is open
(legal-lists.yml, facts.yml, sources.yml)."""

from __future__ import annotations

from scripts.bilingual import Bilingual
from scripts.content.models import LegalList
from scripts.review.model import Finding, Project, text

STATUS = {
    "wording_unconfirmed": ("câu chữ chính thức chưa xác nhận", "official wording unconfirmed"),
    "unknown": ("nội dung chưa biết", "content unknown"),
    "confirmed": ("đã xác nhận", "confirmed"),
}


def check(project: Project) -> list[Finding]:
    return [*_lists(project), *_facts(project), *_sources(project)]


def _lists(project: Project) -> list[Finding]:
    data = project.data
    file = project.rel(project.docs / "data" / "legal-lists.yml")
    found: list[Finding] = []
    for list_id, legal_list in data.lists.items():
        if legal_list.status != "confirmed" or legal_list.open:
            vi, en = STATUS[legal_list.status]
            if legal_list.status == "confirmed" and legal_list.wording == "summary":
                vi, en = ("câu chữ là bản tóm tắt, chưa phải văn bản chính thức",
                          "the wording is a summary, not the official text")
            found.append(Finding(
                file=file, line=data.line("legal-lists.yml", "lists", list_id),
                label=list_id,
                what=text(f"Danh sách “{list_id}” ({vi}). Còn mở: {_end(legal_list.open)}. "
                          f"Nguồn: {legal_list.source}.",
                          f"List “{list_id}” ({en}). Open: {_end(legal_list.open)}. "
                          f"Source: {legal_list.source}."),
                fix=_fix_status(),
            ))
        for index, item in enumerate(legal_list.items):
            line = data.line("legal-lists.yml", "lists", list_id, "items", index)
            if item.status != "confirmed":
                vi, en = STATUS[item.status]
                found.append(Finding(
                    file=file, line=line, label=f"{list_id} / {item.id}",
                    what=text(f"Mục {item.id} của “{list_id}” ({vi}). Còn mở: {_end(item.open)}. "
                              f"Nguồn: {_source(legal_list, item.cite)}.",
                              f"Item {item.id} of “{list_id}” ({en}). Open: {_end(item.open)}. "
                              f"Source: {_source(legal_list, item.cite)}."),
                    fix=_fix_status(),
                ))
            ref = item.refers_to
            if ref is not None and ref.status != "confirmed":
                vi, en = STATUS[ref.status]
                found.append(Finding(
                    file=file, line=line, label=f"{list_id} / {item.id} → {ref.cite}",
                    what=text(f"Mục {item.id} của “{list_id}” dẫn tới {ref.cite} ({vi}). "
                              f"Còn mở: {ref.open}",
                              f"Item {item.id} of “{list_id}” refers to {ref.cite} ({en}). "
                              f"Open: {ref.open}"),
                    fix=_fix_status(),
                ))
    return found


def _end(sentence: str | None) -> str:
    """A data text without its final full stop (the message adds its own)."""
    return (sentence or "").rstrip(" .")


def _source(legal_list: LegalList, cite: str | None) -> str:
    return f"{cite}; {legal_list.source}" if cite else legal_list.source


def _fix_status() -> Bilingual:
    return text(
        "Khi có văn bản chính thức: sửa nội dung, đổi `status` thành `confirmed` và xóa "
        "`open:` ở dòng này.",
        "Once the official text is at hand: correct the text, set `status: confirmed` and "
        "delete `open:` on this line.",
    )


def _facts(project: Project) -> list[Finding]:
    data = project.data
    file = project.rel(project.docs / "data" / "facts.yml")
    found: list[Finding] = []
    for group, items in data.facts.values.items():
        for name, fact in items.items():
            if fact.confirmed:
                continue
            source = "; ".join([*fact.cite, *fact.source_url])
            found.append(Finding(
                file=file, line=data.line("facts.yml", "values", group, name),
                label=f"{group}.{name}",
                what=text(f"Số liệu “{group}.{name}” chưa xác nhận (trang web hiện kèm dấu "
                          f"“cần đối chiếu”). Nguồn: {source}.",
                          f"Fact “{group}.{name}” is unconfirmed (the site shows it with the "
                          f"“to be confirmed” marker). Source: {source}."),
                fix=text("Đối chiếu với nguồn chính thức, sửa giá trị nếu cần, rồi xóa dòng "
                         "`confirmed: false`.",
                         "Check it against the official source, correct the value if needed, "
                         "then delete the line `confirmed: false`."),
            ))
    return found


def _sources(project: Project) -> list[Finding]:
    data = project.data
    file = project.rel(project.docs / "data" / "sources.yml")
    found: list[Finding] = []
    for index, source in enumerate(data.sources.values()):
        def add(field: str, vi: str, en: str, fix_vi: str, fix_en: str,
                index: int = index, sid: str = source.id) -> None:
            found.append(Finding(
                file=file, line=data.line("sources.yml", index, field), label=sid,
                what=text(f"Văn bản “{sid}”: {vi}", f"Instrument “{sid}”: {en}"),
                fix=text(fix_vi, fix_en),
            ))

        where = "; ".join(source.text.official) or "—"
        if not source.in_force_confirmed:
            add("in_force_confirmed", f"ngày có hiệu lực {source.in_force} chưa xác nhận.",
                f"the in-force date {source.in_force} is unconfirmed.",
                f"Đối chiếu bản chính thức ({where}), sửa `in_force` nếu cần, rồi xóa dòng "
                "`in_force_confirmed: false`.",
                f"Check the official copy ({where}), correct `in_force` if needed, then "
                "delete the line `in_force_confirmed: false`.")
        if source.date is None:
            add("date", "thiếu ngày ban hành.", "the date it was signed is missing.",
                f"Ghi ngày ban hành vào `date:` (YYYY-MM-DD), theo bản chính thức ({where}).",
                f"Write the signing date in `date:` (YYYY-MM-DD), from the official copy "
                f"({where}).")
        if source.in_force is None:
            add("in_force", "thiếu ngày có hiệu lực.", "the in-force date is missing.",
                f"Ghi ngày có hiệu lực vào `in_force:` (YYYY-MM-DD), theo bản chính thức "
                f"({where}).",
                f"Write the in-force date in `in_force:` (YYYY-MM-DD), from the official "
                f"copy ({where}).")
    return found
