"""The serving policy (scripts/dist/headers.yml): headers, CSP, cache rules per file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scripts.yamlmarks import read_yaml

POLICY_FILE = Path(__file__).with_name("headers.yml")


class PolicyError(ValueError):
    """headers.yml is missing a key or has a wrong value."""


@dataclass(frozen=True)
class InlineHashes:
    """sha256 sources ('sha256-…') of the inline code the built pages contain."""

    scripts: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    style_attributes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    security: dict[str, str]
    csp: dict[str, list[str]]
    meta_unsupported: tuple[str, ...]
    immutable_pattern: str
    immutable: str
    default_cache: str
    compress: frozenset[str]
    types: dict[str, str]
    hashes: InlineHashes = field(default_factory=InlineHashes)

    def with_hashes(self, hashes: InlineHashes) -> Policy:
        return Policy(**{**self.__dict__, "hashes": hashes})

    def csp_value(self, *, meta: bool = False) -> str:
        """The Content-Security-Policy; `meta=True` leaves out what <meta> ignores."""
        parts = []
        for directive, sources in self.csp.items():
            if meta and directive in self.meta_unsupported:
                continue
            values = list(sources)
            if directive == "script-src":
                values += [f"'{h}'" for h in self.hashes.scripts]
            if directive == "style-src":
                values += [f"'{h}'" for h in self.hashes.styles]
                if self.hashes.style_attributes:
                    values += ["'unsafe-hashes'"]
                    values += [f"'{h}'" for h in self.hashes.style_attributes]
            parts.append(" ".join([directive, *values]))
        return "; ".join(parts)

    def security_headers(self) -> dict[str, str]:
        """Every header sent with every response, CSP first."""
        return {"Content-Security-Policy": self.csp_value(), **self.security}

    def is_immutable(self, url_path: str) -> bool:
        return re.search(self.immutable_pattern, url_path) is not None

    def cache_control(self, url_path: str) -> str:
        return self.immutable if self.is_immutable(url_path) else self.default_cache

    def compressible(self, name: str) -> bool:
        return name.rsplit(".", 1)[-1].lower() in self.compress


@cache
def load_policy(path: Path = POLICY_FILE) -> Policy:
    """Read and check headers.yml; a wrong file names the key to fix."""
    data = read_yaml(path) or {}
    try:
        csp = {str(k): [str(v) for v in vs] for k, vs in data["csp"].items()}
        cache_rules = data["cache"]
        policy = Policy(
            security={str(k): str(v) for k, v in data["security"].items()},
            csp=csp,
            meta_unsupported=tuple(data.get("meta_unsupported", ())),
            immutable_pattern=str(cache_rules["immutable_pattern"]),
            immutable=str(cache_rules["immutable"]),
            default_cache=str(cache_rules["default"]),
            compress=frozenset(str(e).lower() for e in data["compress"]),
            types={str(k): str(v) for k, v in (data.get("types") or {}).items()},
        )
    except (KeyError, TypeError, AttributeError) as err:
        raise PolicyError(
            f"{path}: missing or malformed key {err}; see the comments there") from None
    for directive, sources in policy.csp.items():
        if directive in ("script-src", "default-src") and "'unsafe-inline'" in sources:
            raise PolicyError(f"{path}: csp.{directive} must not allow 'unsafe-inline'")
    re.compile(policy.immutable_pattern)
    return policy
