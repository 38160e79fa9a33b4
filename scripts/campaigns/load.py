"""Find, parse and validate campaign files; all errors of a run are collected together."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.checks import check_campaign, check_law, check_slug
from scripts.campaigns.model import Campaign
from scripts.campaigns.validate.errors import (
    CampaignError,
    CampaignValidationError,
    field_name,
    message,
)
from scripts.content.statements import statement_ids
from scripts.paths import CAMPAIGNS, ROOT
from scripts.sitefacts import load_site_facts
from scripts.yamlmarks import DuplicateKey, LineDict, line_of, load_yaml

LANG_NAMES = {"vi": ("tiếng Việt", "Vietnamese"), "en": ("tiếng Anh", "English")}
EXPECTED = {  # pydantic type family -> (vi, en) description for "wrong kind of value"
    "string": ("văn bản", "text"), "int": ("số nguyên", "a whole number"),
    "float": ("số", "a number"), "bool": ("true hoặc false", "true or false"),
    "list": ("danh sách (các dòng bắt đầu bằng '- ')", "a list (lines starting with '- ')"),
    "dict": ("các trường con (vi:, en: ...)", "sub-fields (vi:, en: ...)"),
    "model": ("các trường con (xem mẫu)", "sub-fields (see the example)"),
}


def discover(folder: Path = CAMPAIGNS) -> list[tuple[str, Path]]:
    """(slug, file) of every campaign: <slug>.yml or <slug>/campaign.yml.

    Names starting with '_' or '.' (like _example.yml) are examples or drafts: never
    published.
    """
    found: list[tuple[str, Path]] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("_", ".")):
            continue
        if path.is_file() and path.suffix in {".yml", ".yaml"}:
            found.append((path.stem, path))
        elif path.is_dir() and (path / "campaign.yml").is_file():
            found.append((path.name, path / "campaign.yml"))
    return found


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _error(file: Path, line: int, loc: tuple, code: str, **ctx: Any) -> CampaignError:
    vi, en = message(code, **ctx)
    return CampaignError(_display(file), line, field_name(loc), code, vi, en)


def _from_pydantic(file: Path, data: Any, exc: ValidationError) -> list[CampaignError]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        kind, ctx = err["type"], dict(err.get("ctx") or {})
        name = field_name(loc).split(".")[-1] if loc else "(file)"
        if kind == "missing" and loc and loc[-1] in LANG_NAMES:
            vi_name, en_name = LANG_NAMES[str(loc[-1])]
            code, ctx = "missing_language", {"name": loc[-1], "lang_vi": vi_name,
                                             "lang_en": en_name}
        elif kind == "missing":
            code, ctx = "missing", {"name": name}
        elif kind == "extra_forbidden":
            code, ctx = "extra_forbidden", {"name": name}
        elif kind == "string_too_short":
            code = "empty_text"
        elif kind == "string_too_long":
            code, ctx = "too_long", {"actual": len(str(err["input"])), **ctx}
        elif kind == "too_short":
            code = "empty_list"
        elif kind == "string_pattern_mismatch":
            code, ctx = "bad_id", {"value": err["input"]}
        elif kind == "literal_error":
            code, ctx = "bad_status", {"value": err["input"]}
        elif kind in {"local_datetime", "clock", "https_url", "email"}:
            code = kind
        elif kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
            bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
            code, ctx = "out_of_range", {"value": err["input"], "range_vi": f"(giới hạn {bound})",
                                         "range_en": f"(limit {bound})"}
        elif kind.endswith(("_type", "_parsing")) or kind == "model_attributes_type":
            family = kind.split("_")[0]
            vi_exp, en_exp = EXPECTED.get(family, ("giá trị khác", "another kind of value"))
            code, ctx = "wrong_type", {"expected_vi": vi_exp, "expected_en": en_exp}
        else:
            code, ctx = "invalid", {"detail": err["msg"]}
        out.append(_error(file, line_of(data, loc), loc, code, **ctx))
    return out


def load_campaign_file(path: Path, slug: str, agency_ids: set[str]
                       ) -> tuple[Campaign | None, list[CampaignError]]:
    """Parse and check one campaign file; returns the campaign or its errors (never both)."""
    errors = [_error(path, 1, (), code, **ctx) for _, code, ctx in check_slug(slug)]
    try:
        data = load_yaml(path)
    except DuplicateKey as exc:
        return None, [*errors, _error(path, exc.line, (exc.key,), "duplicate_key",
                                      key=exc.key, first_line=exc.first_line)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if getattr(exc, "context", None) == "while scanning a simple key":
            # A missing ':' is only noticed on the next line; point at the key itself.
            mark = getattr(exc, "context_mark", None) or mark
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [*errors, _error(path, mark.line + 1 if mark else 1, (), "yaml_syntax",
                                      problem=problem)]
    if not isinstance(data, LineDict):
        return None, [*errors, _error(path, 1, (), "not_a_mapping")]
    try:
        campaign = Campaign.model_validate(data)
    except ValidationError as exc:
        return None, [*errors, *_from_pydantic(path, data, exc)]
    campaign = campaign.model_copy(update={"slug": slug, "source": path.resolve()})
    hotline = str(load_site_facts().get("hotline", {}).get("number", "")) or None
    problems = [*check_campaign(campaign, agency_ids),
                *check_law(campaign, statement_ids(), hotline)]
    errors += [_error(path, line_of(data, loc), loc, code, **ctx) for loc, code, ctx in problems]
    return (None, errors) if errors else (campaign, [])


def validate_files(files: Iterable[tuple[str, Path]], agency_ids: set[str] | None = None
                   ) -> tuple[list[Campaign], list[CampaignError]]:
    """Check every file; return the good campaigns and every error found."""
    ids = agency_ids if agency_ids is not None else set(load_agencies())
    campaigns: list[Campaign] = []
    errors: list[CampaignError] = []
    seen: dict[str, Path] = {}
    for slug, path in files:
        if slug in seen:
            errors.append(_error(path, 1, (), "duplicate_slug", slug=slug,
                                 other=_display(seen[slug])))
            continue
        seen[slug] = path
        campaign, problems = load_campaign_file(path, slug, ids)
        errors.extend(problems)
        if campaign is not None:
            campaigns.append(campaign)
    return campaigns, errors


def load_campaigns(folder: Path = CAMPAIGNS, agency_ids: set[str] | None = None
                   ) -> list[Campaign]:
    """Every published campaign in `folder`, sorted by first event; raises
    CampaignValidationError listing every problem if any file is wrong."""
    campaigns, errors = validate_files(discover(folder), agency_ids)
    if errors:
        raise CampaignValidationError(errors)
    return sorted(campaigns, key=lambda c: (c.start, c.slug))


def load_example(path: Path = CAMPAIGNS / "_example.yml") -> Campaign:
    """The documented example campaign (never published; drives the tests)."""
    campaign, errors = load_campaign_file(path, "example", set(load_agencies()))
    if errors:
        raise CampaignValidationError(errors)
    assert campaign is not None
    return campaign
