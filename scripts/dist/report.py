"""What `make dist` prints: what was made and how much compression saves."""

from __future__ import annotations

from scripts.dist.address import PublicAddress
from scripts.dist.release import Releases


def _kb(n: int) -> str:
    return f"{n / 1024:,.0f} kB"


def summary(releases: Releases, address: PublicAddress) -> str:
    groups: dict[str, list[int]] = {}
    for path, (raw, br, gz) in releases.sizes.items():
        ext = path.rsplit(".", 1)[-1]
        total = groups.setdefault(ext, [0, 0, 0])
        total[0] += raw
        total[1] += br or raw
        total[2] += gz or raw
    lines = [f"Releases for {address.url}",
             f"  web: {len(releases.web)} files; usb: {len(releases.usb)} files",
             "  text files   raw -> brotli / gzip"]
    for ext, (raw, br, gz) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"    .{ext:<6} {_kb(raw):>10} -> {_kb(br)} / {_kb(gz)}")
    return "\n".join(lines)
