"""Check 4: contact officers in docs/data/site.yml `contacts` that are not confirmed or
have no phone number (the site then shows no number for them)."""

from __future__ import annotations

import re

from scripts.review.model import Finding, Project, text
from scripts.sitefacts import localized


def check(project: Project) -> list[Finding]:
    found: list[Finding] = []
    file = project.rel(project.config)
    for contact in project.extra.get("contacts") or []:
        cid = str(contact.get("id", "?"))
        role_vi = localized(contact.get("role"), "vi")
        role_en = localized(contact.get("role"), "en")
        phone = str(contact.get("phone") or "").strip()
        confirmed = contact.get("confirmed") is True
        if confirmed and phone:
            continue
        line = project.config_line(rf"^\s*-\s*id:\s*['\"]?{re.escape(cid)}['\"]?\s*$")
        problems_vi, problems_en = [], []
        if not phone:
            problems_vi.append("chưa có số điện thoại")
            problems_en.append("no phone number")
        if not confirmed:
            problems_vi.append("chưa xác nhận (`confirmed: false`)")
            problems_en.append("not confirmed (`confirmed: false`)")
        found.append(Finding(
            file=file, line=line, label=cid,
            what=text(f"Cán bộ liên hệ “{role_vi}”: {', '.join(problems_vi)}. Trang web "
                      "chưa hiện số của người này.",
                      f"Contact “{role_en}”: {', '.join(problems_en)}. The site shows no "
                      "number for them yet."),
            fix=text("Gọi thử số điện thoại; khi đúng, ghi vào `phone:` và đổi thành "
                     "`confirmed: true`.",
                     "Call the number to check it; when it is right, write it in `phone:` "
                     "and set `confirmed: true`."),
        ))
    return found
