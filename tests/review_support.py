"""A small fixture project for the editors' review: its own pages, data and mkdocs.yml,
built with the real i18n hook and theme overrides (not the real pages' wording)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from scripts.content.data import load_content
from scripts.paths import DATA, OVERRIDES
from scripts.review.model import Project
from scripts.sitefacts import load_site_facts
from tests import own_code

TODAY = dt.date(2026, 11, 23)
FORMER_NAME_LINE = 7  # the line of docs/vi/guide.md naming a pre-2025 body

OPEN_POINTS = """\
schema: 1
former_bodies:
  treatment: {vi: "Ghi rõ tên trước năm 2025.", en: "Say it is the name before 2025."}
  names: ["Lao động - Thương binh và Xã hội", "MOLISA"]
points:
  - id: fixture-point
    open: {vi: "Điểm mở thử nghiệm.", en: "A fixture open point."}
    answer_from: {vi: "Công báo.", en: "The Official Gazette."}
    facts: "§11 item 9"
    pages: [guide.md, no-such-page.md]
"""

FIXTURE_LIST = """
  fixture-list:
    cite: ["labour-code:147.1"]
    source: "fixture source §0"
    items:
      - {id: x1, status: confirmed, text: {vi: "Mục một", en: "Item one"}}
      - id: x2
        status: wording_unconfirmed
        text: {vi: "Mục hai", en: "Item two"}
        open: "FIXTURE-OPEN wording of item x2"
"""

SITE = """\
site_root: "https://fixture.example.org/"
languages:
  - {code: vi, name: Tiếng Việt, locale: vi, og_locale: vi_VN, date: dd/MM/yyyy,
     event_date: "EEEE, d/M/y", decimal: ",", group: "."}
  - {code: en, name: English, locale: en_GB, og_locale: en_GB, date: d MMMM y,
     event_date: EEEE d MMMM y, decimal: ".", group: ","}
publisher: {name: {vi: Ủy ban thử nghiệm, en: Fixture Committee}}
hotline: {number: "111", tel: "111", name: {vi: Tổng đài, en: Hotline},
          hours: {vi: miễn phí, en: free}}
police: {number: "113", tel: "113", name: {vi: Công an, en: Police}}
contacts:
  - id: fixture-confirmed
    role: {vi: Cán bộ A, en: Officer A}
    phone: "0123 456 789"
    confirmed: true
  - id: fixture-unconfirmed
    role: {vi: Cán bộ B, en: Officer B}
    phone: ""
    confirmed: false
"""

CONFIG = """\
site_name: Fixture
docs_dir: docs/{lang}
use_directory_urls: false
strict: true
theme:
  name: material
  custom_dir: {overrides}
  language: {lang}
  font: false
plugins:
  - portal:
      features: [languages]
"""

PAGES = {
    ("vi", "index.md"): "# Trang chủ\n\nXin chào.\n",
    ("en", "index.md"): "# Home\n\nHello.\n",
    ("vi", "guide.md"): textwrap.dedent("""\
        ---
        last_reviewed: 2026-01-10
        ---

        # Hướng dẫn

        Liên hệ Phòng Lao động – Thương binh và Xã hội cũ.
        """),
    ("en", "guide.md"): "---\nlast_reviewed: 2026-01-10\n---\n\n# Guide\n\nContact the office.\n",
    ("vi", "law/old.md"): "---\nlast_reviewed: 2024-05-01\n---\n\n# Luật cũ\n\nNội dung.\n",
    ("en", "law/old.md"): "---\nlast_reviewed: 2024-05-01\n---\n\n# Old law\n\nText.\n",
    ("vi", "law/undated.md"): "# Chưa có ngày\n\nNội dung.\n",
    ("en", "law/undated.md"): "# Undated\n\nText.\n",
}
NAV = "- index.md\n- guide.md\n- law/old.md\n- law/undated.md\n"


def make_project(root: Path) -> Path:
    """Write the fixture project under `root`; returns root."""
    docs = root / "docs"
    shutil.copytree(DATA, docs / "data")
    (docs / "data" / "open-points.yml").write_text(OPEN_POINTS, encoding="utf-8")
    lists = docs / "data" / "legal-lists.yml"
    lists.write_text(lists.read_text(encoding="utf-8") + FIXTURE_LIST, encoding="utf-8")
    (docs / "data" / "nav.yml").write_text(NAV, encoding="utf-8")
    (docs / "data" / "site.yml").write_text(SITE, encoding="utf-8")
    for (lang, path), text in PAGES.items():
        page = docs / lang / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    for lang in ("vi", "en"):
        config = CONFIG.format(lang=lang, overrides=OVERRIDES)
        name = "mkdocs.yml" if lang == "vi" else "mkdocs.en.yml"
        (root / name).write_text(config, encoding="utf-8")
    (root / "campaigns").mkdir()
    return root


def project(root: Path) -> Project:
    """The review's view of the fixture project."""
    docs = root / "docs"
    return Project(root=root, docs=docs, config=docs / "data" / "site.yml",
                   campaigns=root / "campaigns", data=load_content(docs / "data"),
                   extra=load_site_facts(docs / "data" / "site.yml"), today=TODAY)


def build(root: Path, lang: str) -> Path:
    """Build one language of the fixture with MkDocs (strict); returns the output dir."""
    out = root / "out" / lang
    config = "mkdocs.yml" if lang == "vi" else "mkdocs.en.yml"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(out)],
        cwd=root, env=own_code.env(), capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return out
