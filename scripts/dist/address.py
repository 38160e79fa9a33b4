"""The public address a release is made for: checked before anything is built."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


class BadAddress(ValueError):
    """SITE_ROOT is missing, the placeholder, or not a plain https URL."""


@dataclass(frozen=True)
class PublicAddress:
    url: str  # always ends in "/"
    host: str  # host[:port]
    prefix: str  # URL path of the site root: "/" or "/tre-em/"

    @property
    def hostname(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def origin(self) -> str:
        return f"https://{self.host}"


def parse_address(value: str | None, placeholder: str) -> PublicAddress:
    """Validate SITE_ROOT; the error says what to write instead."""
    example = "make dist SITE_ROOT=https://www.example.net/tre-em/"
    if not value or not value.strip():
        raise BadAddress(f"SITE_ROOT is not set: give the public address, e.g. {example}")
    value = value.strip()
    if not value.endswith("/"):
        value += "/"
    if value.rstrip("/") == placeholder.rstrip("/"):
        raise BadAddress(
            f"SITE_ROOT is the placeholder {placeholder} from docs/data/site.yml: give the real "
            f"public address, e.g. {example}")
    parts = urlsplit(value)
    if parts.scheme != "https":
        raise BadAddress(f"SITE_ROOT must start with https:// (got {value!r}); e.g. {example}")
    if not parts.hostname or parts.query or parts.fragment or parts.username or parts.password:
        raise BadAddress(
            f"SITE_ROOT must be https://host/ or https://host/path/ with no user, query or "
            f"#fragment (got {value!r})")
    if parts.hostname == urlsplit(placeholder).hostname:
        raise BadAddress(
            f"SITE_ROOT {value!r} is on the placeholder host from docs/data/site.yml; "
            "give the real one")
    if "//" in parts.path or "/../" in parts.path or "/./" in parts.path:
        raise BadAddress(f"SITE_ROOT path {parts.path!r} is not a clean folder path")
    return PublicAddress(url=value, host=parts.netloc, prefix=parts.path or "/")
