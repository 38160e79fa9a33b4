"""The value every feature returns (generated pages and other files), and the one error
it raises: the contract between the features and the build (scripts/output/)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from scripts.site.errors import InputError


class GenerateError(InputError):
    """A feature cannot produce its output; the message names the file and the fix."""


@dataclass(frozen=True)
class Preview:
    """What a link to a page shows in Zalo, Facebook and other apps (Open Graph): plain
    text, escaped where it is written (scripts/previews/meta.py)."""

    title: str
    description: str
    image: str  # docs-relative path of its 1200x630 card, in the page's language
    image_alt: str
    kind: str = "website"  # og:type


@dataclass(frozen=True)
class Page:
    """A generated page: Markdown, whether the nav lists it, extra <head> markup."""

    markdown: str
    in_nav: bool = True  # False: reached by links only (one page per campaign, event)
    head: str = ""  # already escaped by the feature that wrote it
    # True: `head` already holds the page's own preview (scripts/previews/meta.py
    # rendered it); otherwise the build adds its section's default preview.
    previewed: bool = False


@dataclass(frozen=True)
class Output:
    """Docs-relative path -> page or file, for one language."""

    pages: Mapping[str, Page] = field(default_factory=dict)
    files: Mapping[str, bytes | str] = field(default_factory=dict)

    def __post_init__(self) -> None:  # immutable once made
        object.__setattr__(self, "pages", MappingProxyType(dict(self.pages)))
        object.__setattr__(self, "files", MappingProxyType(dict(self.files)))

    def paths(self) -> list[str]:
        return [*self.pages, *self.files]

    def refuse(self, taken: Iterable[str], feature: str, fix: str) -> Output:
        """This output, unless a path is already taken (by hand or by another feature)."""
        clashes = sorted(set(self.paths()) & set(taken))
        if clashes:
            raise GenerateError(f"{feature}: generated files would replace existing files "
                                f"({fix}): " + ", ".join(clashes))
        return self

    def __add__(self, other: Output) -> Output:
        """Both outputs, in order; a path both write is an error."""
        other.refuse(self.paths(), "build", "two features write the same path")
        return Output({**self.pages, **other.pages}, {**self.files, **other.files})
