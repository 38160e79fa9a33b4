"""Check 5: the public address is still the placeholder under example.org."""

from __future__ import annotations

from urllib.parse import urlsplit

from scripts.review.model import Finding, Project, text
from scripts.sitefacts import site_root

PLACEHOLDER_DOMAIN = "example.org"


def is_placeholder(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == PLACEHOLDER_DOMAIN or host.endswith("." + PLACEHOLDER_DOMAIN)


def check(project: Project) -> list[Finding]:
    root = site_root(project.extra)
    if not is_placeholder(root):
        return []
    return [Finding(
        file=project.rel(project.config), line=project.config_line(r"^\s*site_root\s*:"),
        label="site_root",
        what=text(f"Địa chỉ công khai của trang vẫn là địa chỉ tạm {root}: đường dẫn chia "
                  "sẻ, mã QR và sơ đồ trang đều trỏ tới đó.",
                  f"The public address is still the placeholder {root}: share links, QR "
                  "codes and sitemaps all point there."),
        fix=text("Khi có tên miền thật: dựng trang bằng `SITE_ROOT=https://ten-mien-that/ "
                 "make build`, hoặc sửa giá trị mặc định của `site_root` ở dòng này.",
                 "Once the real domain is known: build with `SITE_ROOT=https://real.host/ "
                 "make build`, or change the default of `site_root` on this line."),
    )]
