"""Find, parse and validate campaign files; all errors of a run are collected together.

Nothing here raises on a bad file: every problem becomes a CampaignError naming the
file, the line and the fix, so one bad file never hides the others' errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from scripts.campaigns.advice import advise
from scripts.campaigns.agencies import Agency, load_agencies
from scripts.campaigns.checks import check_law, check_parts, check_slug
from scripts.campaigns.files import find_campaign_files, other_forms
from scripts.campaigns.history import check_history, committed_texts
from scripts.campaigns.model import Campaign
from scripts.campaigns.parts import read_parts
from scripts.campaigns.validate.encoding import EncodingProblem, decode
from scripts.campaigns.validate.errors import (
    CampaignError,
    CampaignValidationError,
    field_name,
    message,
)
from scripts.campaigns.validate.fields import field_words
from scripts.campaigns.validate.translate import problems as pydantic_problems
from scripts.campaigns.validate.yamlsyntax import explain
from scripts.content.statements import statement_ids
from scripts.paths import CAMPAIGNS, ROOT
from scripts.sitefacts import load_site_facts
from scripts.yamlmarks import DuplicateKey, LineDict, line_of, load_yaml_text

Agencies = Mapping[str, Agency]


@dataclass
class Report:
    """The outcome of checking a set of files: good campaigns, errors, warnings."""

    campaigns: list[Campaign] = field(default_factory=list)
    errors: list[CampaignError] = field(default_factory=list)
    warnings: list[CampaignError] = field(default_factory=list)


def discover(folder: Path = CAMPAIGNS) -> list[tuple[str, Path]]:
    """(slug, file) of every campaign: <slug>.yml or <slug>/campaign.yml.

    Names starting with '_' or '.' (like _example.yml) are examples or drafts: never
    published. Misnamed files are reported by validate_folder().
    """
    return find_campaign_files(folder).files


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def file_error(file: Path, line: int, loc: tuple, code: str, **ctx: Any) -> CampaignError:
    vi, en = message(code, **ctx)
    field_vi, field_en = field_words(loc) if loc else ("", "")
    return CampaignError(_display(file), line, field_name(loc), code, vi, en, field_vi, field_en)


def _agencies(agency_ids: Iterable[str] | Agencies | None) -> dict[str, Agency]:
    """Agency id -> Agency; callers may pass bare ids (names are then looked up)."""
    known = load_agencies()
    if agency_ids is None:
        return known
    if isinstance(agency_ids, Mapping):
        return dict(agency_ids)
    return {a: known.get(a, Agency(a, {})) for a in agency_ids}


def _parse(path: Path) -> tuple[Any, list[CampaignError]]:
    """The file's data with line marks, or the errors that stop it from being read."""
    try:
        text = decode(path.read_bytes())
    except EncodingProblem as exc:
        return None, [file_error(path, exc.line, (), exc.code)]
    except OSError:
        return None, [file_error(path, 1, (), "unreadable_file")]
    try:
        data = load_yaml_text(text)
    except DuplicateKey as exc:
        return None, [file_error(path, exc.line, (exc.key,), "duplicate_key",
                             key=exc.key, first_line=exc.first_line)]
    except yaml.YAMLError as exc:
        code, line = explain(text, exc)
        return None, [file_error(path, line, (), code)]
    if not isinstance(data, LineDict):
        return None, [file_error(path, 1, (), "not_a_mapping")]
    return data, []


def _event_ids(data: LineDict) -> list[object]:
    events = data.get("events")
    return [item.get("id") for item in events if isinstance(item, dict)] \
        if isinstance(events, list) else []


@dataclass
class _FileResult:
    campaign: Campaign | None
    errors: list[CampaignError]
    warnings: list[CampaignError]


def _check_file(path: Path, slug: str, agencies: Agencies, today: date | None = None,
                is_new: bool = False, committed: bytes | None = None) -> _FileResult:
    """`committed`: the file as last committed (what was published), when known."""
    errors = [file_error(path, 1, (), code, **ctx) for _, code, ctx in check_slug(slug)]
    data, problems = _parse(path)
    if data is None:
        return _FileResult(None, errors + problems, [])
    campaign: Campaign | None = None
    try:
        campaign = Campaign.model_validate(data)
    except ValidationError as exc:
        problems = pydantic_problems(Campaign, exc)
    source = path.resolve()
    parts = read_parts(data, slug, source)
    hotline = str(load_site_facts().get("hotline", {}).get("number", "")) or None
    problems = [*problems, *check_parts(parts, agencies),
                *check_law(parts, statement_ids(), hotline),
                *check_history(parts.events, committed, _event_ids(data))]
    # Report in file order: that is how an editor works through the list.
    found = sorted(((line_of(data, loc), loc, code, ctx) for loc, code, ctx in problems),
                   key=lambda p: p[0])
    errors += [file_error(path, line, loc, code, **ctx) for line, loc, code, ctx in found]
    warnings = [] if today is None else [
        file_error(path, line_of(data, loc), loc, code, **ctx)
        for loc, code, ctx in advise(data, parts, today, is_new)]
    if errors or campaign is None:
        return _FileResult(None, errors, warnings)
    campaign = campaign.model_copy(update={"slug": slug, "source": source})
    return _FileResult(campaign, [], warnings)


def load_campaign_file(path: Path, slug: str, agency_ids: Iterable[str] | Agencies
                       ) -> tuple[Campaign | None, list[CampaignError]]:
    """Parse and check one campaign file; returns the campaign or its errors (never both)."""
    result = _check_file(path, slug, _agencies(agency_ids),
                         committed=committed_texts([path]).get(path.resolve()))
    return result.campaign, result.errors


def check_files(files: Iterable[tuple[str, Path]],
                agency_ids: Iterable[str] | Agencies | None = None,
                today: date | None = None, committed: set[Path] | None = None) -> Report:
    """Check every file. With `today`, also collect warnings; a file is new when
    `committed` (resolved paths) is given and does not hold it."""
    agencies = _agencies(agency_ids)
    report = Report()
    seen: dict[str, Path] = {}
    files = list(files)
    published = committed_texts(path for _, path in files)
    for slug, path in files:
        if slug in seen:
            report.errors.append(file_error(path, 1, (), "duplicate_slug", slug=slug,
                                        other=_display(seen[slug])))
            continue
        seen[slug] = path
        # A campaign moved into its folder form (or back) is not new: same slug, same pages.
        is_new = committed is not None and not any(
            form in committed for form in (path.resolve(), *other_forms(path.resolve())))
        result = _check_file(path, slug, agencies, today, is_new,
                             published.get(path.resolve()))
        report.errors.extend(result.errors)
        report.warnings.extend(result.warnings)
        if result.campaign is not None:
            report.campaigns.append(result.campaign)
    return report


def validate_files(files: Iterable[tuple[str, Path]],
                   agency_ids: Iterable[str] | Agencies | None = None
                   ) -> tuple[list[Campaign], list[CampaignError]]:
    """Check every file; return the good campaigns and every error found."""
    report = check_files(files, agency_ids)
    return report.campaigns, report.errors


def validate_folder(folder: Path = CAMPAIGNS,
                    agency_ids: Iterable[str] | Agencies | None = None,
                    today: date | None = None, committed: set[Path] | None = None) -> Report:
    """Check a campaigns folder: misnamed files and folders too, then every campaign."""
    found = find_campaign_files(folder)
    report = check_files(found.files, agency_ids, today, committed)
    misnamed = [file_error(path, 0 if path.is_dir() else 1, (), code, **ctx)
                for path, code, ctx in found.problems]
    report.errors[:0] = misnamed
    return report


def load_campaigns(folder: Path = CAMPAIGNS, agency_ids: set[str] | None = None
                   ) -> list[Campaign]:
    """Every published campaign in `folder`, sorted by first event; raises
    CampaignValidationError listing every problem if any file is wrong."""
    report = validate_folder(folder, agency_ids)
    if report.errors:
        raise CampaignValidationError(report.errors)
    return sorted(report.campaigns, key=lambda c: (c.start, c.slug))


def load_example(path: Path = CAMPAIGNS / "_example.yml") -> Campaign:
    """The documented example campaign (never published; drives the tests)."""
    campaign, errors = load_campaign_file(path, "example", load_agencies())
    if errors:
        raise CampaignValidationError(errors)
    assert campaign is not None
    return campaign
