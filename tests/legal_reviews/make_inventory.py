"""Inventory of the built site's legal sentences, for review 14 and the reviews after it.

Run: .venv/bin/python tests/legal_reviews/make_inventory.py SITE_DIR OUT.tsv
Each row: id, page, lang, sentence, cited source. A row is a block of the page's main
content (paragraph, list item, table row, definition, heading of an answer box) or a
line group of a leaflet PDF (pdftotext) that cites an instrument or states a rule. Rows are
paired across languages by page and position (id = page#n, the same n in vi and en), so a
later review can diff the file against its own run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {"p", "li", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "summary", "figcaption", "caption"}
SKIP = {"script", "style", "nav", "button", "svg", "template"}

# A citation (article, clause, instrument) in either language.
CITE = re.compile(
    r"(Điều \d+|khoản \d+|điểm [a-zđ]\b|\bart(?:s)?\. \d+|\bArticle \d+|Nghị định|Thông tư|"
    r"Bộ luật|Luật Trẻ em|Decree \d+|Circular \d+|Labour Code|Penal Code|Law on Children|"
    r"Quyết định \d+|Decision \d+|\bLC \d+|\bLoC \d+|Phụ lục|Annex)"
)
# A rule or duty stated without a citation (still a legal claim).
RULE = re.compile(
    r"(không được|chỉ được|bị cấm|cấm |nghiêm cấm|phải |bắt buộc|phạt|triệu đồng|tù |"
    r"đủ 1[358] tuổi|"
    r"dưới 16|chưa đủ 1[358]|ban đêm|giờ một ngày|giờ/ngày|đồng ý|giấy khám|111|113|"
    r"must |may not|may only|only in|not allowed|prohibited|banned|forbidden|fine|million|prison|"
    r"under 1[3568]|aged 1[35]|night|hours a day|h/day|consent|health certificate|report)",
    re.IGNORECASE,
)
LINK_LAW = re.compile(r'href="[^"]*law/[^"]*#(art|annex|q-|fines)')


class Blocks(HTMLParser):
    """Text of each block of <article class="md-content__inner">, innermost block wins."""

    def __init__(self, whole: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = 1 if whole else 0  # slides pages have no Material article
        self.skip = 0
        self.stack: list[list[str]] = []
        self.links: list[bool] = []
        self.out: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article" and "md-content__inner" in (a.get("class") or ""):
            self.in_article = 1
            return
        if not self.in_article:
            return
        if tag == "article":
            self.in_article += 1
        hidden = "portal-print-header" in (a.get("class") or "") or a.get("hidden") is not None
        if tag in SKIP or hidden:
            self.skip += 1 if tag not in {"br", "img"} else 0
            self._skiptags = getattr(self, "_skiptags", []) + [tag]
            return
        if tag == "a" and self.links and LINK_LAW.search(f'href="{a.get("href") or ""}"'):
            self.links[-1] = True
        if tag in BLOCKS:
            self.stack.append([])
            self.links.append(False)
        elif tag in {"td", "th"} and self.stack:
            self.stack[-1].append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if not self.in_article:
            return
        skiptags = getattr(self, "_skiptags", [])
        if skiptags and tag == skiptags[-1]:
            skiptags.pop()
            self.skip -= 1
            return
        if tag == "article":
            self.in_article -= 1
            return
        if tag in BLOCKS and self.stack:
            text = re.sub(r"\s+", " ", "".join(self.stack.pop())).strip(" |¶")
            link = self.links.pop()
            if text:
                self.out.append((text, link))

    def handle_data(self, data: str) -> None:
        if self.in_article and not self.skip and self.stack:
            self.stack[-1].append(data)


def cited(text: str) -> str:
    """The parenthesised or inline citations of a sentence, joined."""
    inner = r"[^()]*(?:Điều|khoản|art\.|arts\.|Decree|Nghị định|Circular|Thông tư)[^()]*"
    found = re.findall(rf"\(({inner})\)", text)
    if not found:
        found = [m.group(0) for m in CITE.finditer(text)]
    return "; ".join(dict.fromkeys(found))


def legal(text: str, link: bool) -> bool:
    return bool(CITE.search(text) or RULE.search(text) or link)


def html_blocks(path: Path) -> list[tuple[str, bool]]:
    html = path.read_text(encoding="utf-8")
    parser = Blocks(whole="md-content__inner" not in html)
    parser.feed(html)
    return parser.out


def pdf_blocks(path: Path) -> list[tuple[str, bool]]:
    cmd = ["pdftotext", "-layout", str(path), "-"]
    text = subprocess.run(cmd, capture_output=True, text=True).stdout
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return [(p, False) for p in paras if p]


def rows(site: Path) -> list[tuple[str, str, str, str, str]]:
    """Twin blocks share an id; a block is kept when either language's text is legal."""
    out = []
    pages = sorted((site / "vi").rglob("*.html")) + sorted((site / "vi" / "leaflets").glob("*.pdf"))
    for vi_path in pages:
        rel = str(vi_path.relative_to(site / "vi"))
        if rel in {"404.html", "campaigns/events.html"}:
            continue
        read = pdf_blocks if rel.endswith(".pdf") else html_blocks
        twins = {"vi": read(vi_path), "en": read(site / "en" / rel)}
        count = max(len(twins["vi"]), len(twins["en"]))
        # A case step's title, deadline, "who" and text come just before its "Căn cứ:" line.
        based = {m - k for m in range(count) for k in range(1, 4)
                 if m < len(twins["en"]) and twins["en"][m][0].startswith("Legal basis:")}
        for n in range(count):
            pair = {
                lang: (blocks[n] if n < len(blocks) else ("", False))
                for lang, blocks in twins.items()
            }
            if n not in based and not any(legal(text, link) for text, link in pair.values()):
                continue
            for lang in ("vi", "en"):
                text = pair[lang][0]
                out.append((f"{rel}#{n}", rel, lang, text, cited(text)))
    return out


def main(site: Path, out: Path) -> None:
    lines = ["id\tpage\tlang\tsentence\tcited source"]
    for row in rows(site):
        lines.append("\t".join(cell.replace("\t", " ") for cell in row))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} rows ({(len(lines) - 1) // 2} twin pairs) -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
