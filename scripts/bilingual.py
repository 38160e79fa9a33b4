"""One text in both site languages: the shape every data file uses for translated text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Bilingual(BaseModel):
    """`{vi: ..., en: ...}`; unknown keys are typos in a reviewed file and are rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    vi: str
    en: str

    def get(self, lang: str) -> str:
        if lang not in ("vi", "en"):
            raise ValueError(f"unknown language {lang!r}")
        return self.vi if lang == "vi" else self.en
