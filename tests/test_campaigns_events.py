"""Issue 13, items 6-8: calendars that update themselves (SEQUENCE from `history:`,
checked against the last commit), online and hybrid events, and previews and calendar
links that tell the truth about cancelled and moved events."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import yaml

from scripts.campaigns import history, urls
from scripts.campaigns.build import build_language
from scripts.campaigns.load import check_files, load_campaigns, validate_folder
from scripts.campaigns.model import TZ, Campaign
from scripts.campaigns.render_ics import sequence
from scripts.campaigns.site import make_site
from scripts.campaigns.validate import CampaignValidationError
from scripts.paths import CAMPAIGNS
from tests.fixtures_campaigns import base_data
from tests.test_campaigns_render import HOSTILE, md_to_html, scan

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
HISTORY = FIXTURES / "history"
BEFORE = date(2026, 5, 20)  # every fixture event still to come
TODAY = date(2026, 11, 23)  # the golden build's day


# ---- helpers -----------------------------------------------------------------------


def _git(folder: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(folder), "-c", "user.name=Test",
                             "-c", "user.email=test@example.org", *args],
                            capture_output=True, text=True, check=True, timeout=60)
    return result.stdout


def _repo(tmp_path: Path) -> Path:
    """An empty git repository with a campaigns/ folder."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    _git(tmp_path, "init", "-q")
    folder = tmp_path / "campaigns"
    folder.mkdir()
    return folder


def _commit(folder: Path, message: str = "publish") -> None:
    _git(folder, "add", "-A", ".")
    _git(folder, "commit", "-q", "-m", message)


def _marked_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if "#!" in line and i > 1)


def _published_then(tmp_path: Path, variant: str) -> Path:
    """campaigns/thu.yml committed as published.yml, then replaced by `variant`."""
    folder = _repo(tmp_path)
    target = folder / "thu.yml"
    shutil.copy(HISTORY / "published.yml", target)
    _commit(folder)
    shutil.copy(HISTORY / variant, target)
    return target


def _check(path: Path):
    return check_files([(path.stem, path)])


def _event_block_end(lines: list[str], index: int) -> int:
    """Index after the last line of event `index` (0-based) of a campaign file."""
    starts = [i for i, line in enumerate(lines) if line.startswith("  - id:")]
    return starts[index + 1] if index + 1 < len(starts) else len(lines)


def _apply_fix(path: Path, error) -> None:
    """Do what the message says: paste its lines at the end of the event (history is
    the event's last field in these files)."""
    snippet = error.en.split("\n", 1)[1]
    assert snippet == error.vi.split("\n", 1)[1], "both languages show the same lines"
    event = int(re.match(r"events\[(\d+)\]", error.field).group(1)) - 1
    lines = path.read_text(encoding="utf-8").splitlines()
    end = _event_block_end(lines, event)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    lines[end:end] = snippet.splitlines()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _vevent(campaign: Campaign, event_id: str, lang: str = "vi",
            today: date = BEFORE) -> icalendar.Event:
    out = build_language([campaign], make_site(lang, today))
    cal = icalendar.Calendar.from_ical(out.files[urls.event_ics(campaign.slug, event_id)])
    [vevent] = cal.walk("VEVENT")
    return vevent


def _campaign(data: dict, slug: str = "thu") -> Campaign:
    return Campaign.model_validate(data).model_copy(update={"slug": slug})


# ---- 6. calendars that update themselves -------------------------------------------


def test_sequence_is_the_number_of_history_entries():
    """Proves: SEQUENCE counts history entries; there is no counter field any more."""
    data = base_data()
    event = _campaign(data).events[0]
    assert sequence(event) == 0
    data["events"][0].update(status="moved", start="2026-06-20 08:00", end="2026-06-20 11:00",
                             history=[{"start": "2026-06-13 08:00", "end": "2026-06-13 11:00"}])
    moved = _campaign(data).events[0]
    assert sequence(moved) == 1 and moved.previous_start == datetime(2026, 6, 13, 8, tzinfo=TZ)
    data["events"][0]["status"] = "cancelled"
    data["events"][0]["history"].append({"status": "moved"})
    assert sequence(_campaign(data).events[0]) == 2
    assert "revision" not in type(event).model_fields


def test_successive_builds_update_the_same_event_in_calendars(tmp_path: Path):
    """Proves: built, moved (old time copied into history) and built again, then
    cancelled and built again - the .ics keeps the UID, SEQUENCE rises each time,
    DTSTART is the new time, then STATUS:CANCELLED. Each version passes validation
    against the one committed before it; a move without history does not."""
    folder = _repo(tmp_path)
    path = folder / "thu.yml"
    data = base_data()
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _commit(folder)
    event_id = data["events"][0]["id"]
    builds = [_vevent(load_campaigns(folder)[0], event_id)]

    # A move without history is refused, in both languages, on the start line.
    data["events"][0].update(start="2026-06-20 08:00", end="2026-06-20 11:00", status="moved")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(CampaignValidationError) as refused:
        load_campaigns(folder)
    codes = [e.code for e in refused.value.errors]
    assert "change_without_history" in codes, codes

    data["events"][0]["history"] = [{"start": "2026-06-13 08:00", "end": "2026-06-13 11:00"}]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    builds.append(_vevent(load_campaigns(folder)[0], event_id))
    _commit(folder, "move")

    data["events"][0]["status"] = "cancelled"
    data["events"][0]["history"].append({"status": "moved"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    builds.append(_vevent(load_campaigns(folder)[0], event_id))

    assert len({str(v["UID"]) for v in builds}) == 1
    assert [int(v["SEQUENCE"]) for v in builds] == [0, 1, 2]
    assert builds[0]["DTSTART"].dt == datetime(2026, 6, 13, 8, tzinfo=TZ)
    assert builds[1]["DTSTART"].dt == datetime(2026, 6, 20, 8, tzinfo=TZ)
    assert [str(v["STATUS"]) for v in builds] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]


# fixture -> (field words vi, field words en, words the fix must hold vi, en)
WITHOUT_HISTORY = {
    "moved-again-without-history.yml": (
        "giờ bắt đầu và giờ kết thúc", "start time and end time",
        "Chép giờ bắt đầu và giờ kết thúc cũ vào history",
        "Copy the old start time and end time into history"),
    "place-changed-without-history.yml": (
        "địa điểm", "venue", "Chép địa điểm cũ vào history", "Copy the old venue into history"),
    "cancelled-without-history.yml": (
        "trạng thái", "status", "Chép trạng thái cũ vào history",
        "Copy the old status into history"),
    "link-changed-without-history.yml": (
        "liên kết trực tuyến", "online link", "Chép liên kết trực tuyến cũ vào history",
        "Copy the old online link into history"),
}


@pytest.mark.parametrize("name", sorted(WITHOUT_HISTORY))
def test_change_without_history_is_refused_with_the_lines_to_copy(name: str, tmp_path: Path):
    """Proves: a published event whose time, place, link or status changed without a new
    history entry is an error naming the file, the line, the field in words and the
    fix in both languages; pasting the lines the message shows makes the file valid
    and raises SEQUENCE by one."""
    path = _published_then(tmp_path, name)
    [error] = _check(path).errors
    field_vi, field_en, fix_vi, fix_en = WITHOUT_HISTORY[name]
    assert error.code == "change_without_history"
    assert error.file.endswith("campaigns/thu.yml") and error.line == _marked_line(path)
    assert f"Đã đổi {field_vi} của sự kiện đã đăng" in error.vi and fix_vi in error.vi
    assert f"The {field_en} of this published event changed" in error.en and fix_en in error.en
    assert "điện thoại" in error.vi and "calendars" in error.en
    text = error.format()
    assert text.startswith(f"{error.file}:{error.line}: lỗi / error\n")
    before = {e.id: sequence(e) for e in history.committed_events(
        (HISTORY / "published.yml").read_bytes()).values()}
    _apply_fix(path, error)
    report = _check(path)
    assert report.errors == [], [e.format() for e in report.errors]
    event = report.campaigns[0].events[int(error.field[7]) - 1]
    assert sequence(event) == before[event.id] + 1


def test_new_entry_must_keep_the_old_value(tmp_path: Path):
    """Proves: a history entry that copies the wrong date (the first one, not the one
    just replaced) is reported on its own line with the value to copy."""
    path = _published_then(tmp_path, "history-wrong-value.yml")
    [error] = _check(path).errors
    assert error.code == "history_lacks_old_value" and error.line == _marked_line(path)
    assert "không giữ giờ bắt đầu cũ" in error.vi and "old start time" in error.en
    assert '- start: "2026-06-13 08:00"' in error.vi and '- start: "2026-06-13 08:00"' in error.en
    assert "end:" not in error.en  # the end was copied right
    assert error.field_en == "event 1, history entry 2 (history)"


def test_deleted_history_is_refused(tmp_path: Path):
    """Proves: deleting history entries (SEQUENCE would go down) is an error."""
    path = _published_then(tmp_path, "history-removed.yml")
    [error] = _check(path).errors
    assert error.code == "history_removed" and error.line == _marked_line(path)
    assert "1 mục" in error.vi and "nay chỉ còn 0" in error.vi
    assert "had 1 entries" in error.en and "never delete" in error.en


def test_a_published_event_cannot_disappear(tmp_path: Path):
    """Proves: deleting a published event (or renaming its id) is an error that says to
    cancel it instead, and the documented fix (put it back, cancelled, with the old status
    in history) validates and raises its SEQUENCE."""
    path = _published_then(tmp_path, "event-removed.yml")
    [error] = _check(path).errors
    assert error.code == "published_event_removed" and error.line == _marked_line(path)
    assert "'hop-phu-huynh'" in error.vi and "status: cancelled" in error.vi
    assert "'hop-phu-huynh'" in error.en and "keep it in their calendars" in error.en
    lines = (HISTORY / "published.yml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line == "  - id: hop-phu-huynh")
    block = lines[start:_event_block_end(lines, 1)]
    while block and not block[-1].strip():
        block.pop()
    block = [line for line in block if not line.startswith("    status:")]
    block += ["    status: cancelled", "    history:", "      - status: scheduled"]
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n".join(block) + "\n"
    path.write_text(text, encoding="utf-8")
    report = _check(path)
    assert report.errors == [], [e.format() for e in report.errors]
    event = next(e for e in report.campaigns[0].events if e.id == "hop-phu-huynh")
    assert event.status == "cancelled" and len(event.history) == 1


def test_a_campaign_moved_into_a_folder_keeps_its_published_events(tmp_path: Path):
    """Proves: moving campaigns/thu.yml to campaigns/thu/campaign.yml (the folder form,
    for photos) is compared with the file committed under the old path: deleting a
    published event on the way is still refused, the move alone is valid, and moving
    back to campaigns/thu.yml is compared with the committed folder form."""
    folder = _repo(tmp_path)
    shutil.copy(HISTORY / "published.yml", folder / "thu.yml")
    _commit(folder)
    (folder / "thu.yml").unlink()
    (folder / "thu").mkdir()
    moved = folder / "thu" / "campaign.yml"
    shutil.copy(HISTORY / "event-removed.yml", moved)
    [error] = validate_folder(folder).errors
    assert error.code == "published_event_removed" and error.line == _marked_line(moved)
    assert error.file.endswith("campaigns/thu/campaign.yml")
    assert "'hop-phu-huynh'" in error.vi and "'hop-phu-huynh'" in error.en
    shutil.copy(HISTORY / "published.yml", moved)
    assert validate_folder(folder).errors == []
    _commit(folder, "move into a folder")
    moved.unlink()
    moved.parent.rmdir()
    back = folder / "thu.yml"
    shutil.copy(HISTORY / "moved-again-without-history.yml", back)
    assert [e.code for e in validate_folder(folder).errors] == ["change_without_history"]


def test_a_second_move_with_history_is_valid(tmp_path: Path):
    """Proves: the documented way (old time appended) passes, SEQUENCE 1 -> 2, and the
    page says what it was before the latest move."""
    path = _published_then(tmp_path, "moved-again-with-history.yml")
    report = _check(path)
    assert report.errors == []
    event = report.campaigns[0].events[0]
    assert sequence(event) == 2 and event.previous_start == datetime(2026, 6, 13, 8, tzinfo=TZ)
    out = build_language(report.campaigns, make_site("vi", BEFORE))
    _, html = md_to_html(out.pages[urls.event_page("thu", event.id)])
    assert ("Lịch cũ: Thứ Bảy, 13/6/2026, 8:00–11:00. Lịch mới: Thứ Bảy, 20/6/2026"
            in " ".join(scan(html).text))


def test_without_git_the_comparison_is_skipped(tmp_path: Path, monkeypatch):
    """Proves: outside a repository, and with no git program at all, the same change
    validates (nothing to compare with) and nothing crashes."""
    loose = tmp_path / "loose"
    loose.mkdir()
    shutil.copy(HISTORY / "moved-again-without-history.yml", loose / "thu.yml")
    assert _check(loose / "thu.yml").errors == []

    path = _published_then(tmp_path / "repo", "moved-again-without-history.yml")
    assert [e.code for e in _check(path).errors] == ["change_without_history"]

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")
    monkeypatch.setattr(history.subprocess, "run", no_git)
    history._toplevel.cache_clear()
    try:
        assert _check(path).errors == []
    finally:
        history._toplevel.cache_clear()


def test_a_file_committed_in_the_old_format_can_be_brought_up_to_date(tmp_path: Path):
    """Proves: the commit that replaces `revision`/`previous_start` by `history:`
    (nothing else changed) passes the comparison with the old committed file."""
    folder = _repo(tmp_path)
    path = folder / "thu.yml"
    data = base_data()
    data["events"][0].update(status="moved", previous_start="2026-06-06 08:00", revision=0)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _commit(folder)
    errors = _check(path).errors
    # The moved event's own rules wait for it to be valid; the fix below covers them.
    assert sorted(e.code for e in errors) == ["retired_previous_start", "retired_revision"]
    old = next(e for e in errors if e.code == "retired_previous_start")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert old.line == next(i for i, ln in enumerate(lines, 1)
                            if ln.strip().startswith("previous_start:"))
    assert "không còn dùng" in old.vi and "no longer used" in old.en
    assert '      - start: "2026-06-06 08:00"' in old.vi.splitlines()  # from the date
    revision = next(e for e in errors if e.code == "retired_revision")
    assert "Xóa dòng này" in revision.vi and "Delete this line" in revision.en
    del data["events"][0]["previous_start"], data["events"][0]["revision"]
    data["events"][0]["history"] = [{"start": "2026-06-06 08:00"}]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _check(path).errors == []


def test_shipped_campaigns_use_history():
    """Proves: the shipped moved and cancelled events keep what was published before in
    history (SEQUENCE 1), and no shipped file uses the retired fields."""
    campaigns = load_campaigns()
    events = {e.id: e for c in campaigns for e in c.events}
    moved = events["ngay-hoi-thieu-nhi"]
    assert moved.status == "moved" and sequence(moved) == 1
    assert moved.previous_start == datetime(2026, 6, 6, 8, tzinfo=TZ)
    cancelled = events["giao-luu-the-thao"]
    assert cancelled.status == "cancelled" and cancelled.history[0].status == "scheduled"
    for path in [*CAMPAIGNS.glob("*.yml"), *CAMPAIGNS.glob("*/campaign.yml")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(revision|previous_start):", text, re.M), path


# ---- the example's commented blocks -------------------------------------------------

EXAMPLE_BLOCK = re.compile(r"^(?P<indent>\s*)# >>> VÍ DỤ / EXAMPLE: (?P<name>\w+)")


def example_variants(text: str) -> dict[str, str]:
    """name -> the example with that commented block switched on, as its comments tell
    editors: remove the '# ' of the block's lines (its YAML starts at the first
    'key:' line) and delete the live line of the same key it replaces."""
    lines = text.splitlines()
    variants = {}
    for start, line in enumerate(lines):
        match = EXAMPLE_BLOCK.match(line)
        if not match:
            continue
        indent = match["indent"]
        end = next(i for i in range(start, len(lines)) if lines[i].strip() == "# <<<")
        body = [ln.removeprefix(indent + "# ") for ln in lines[start + 1:end]]
        first = next(i for i, ln in enumerate(body) if re.match(r"[a-z_]+:", ln))
        yaml_lines = [indent + ln for ln in body[first:]]
        keys = {ln.split(":")[0].strip() for ln in body[first:] if re.match(r"[a-z_]+:", ln)}
        new = lines[:start] + yaml_lines + lines[end + 1:]
        replaced = [i for i, ln in enumerate(new) if i < start and re.match(
            rf"^{indent}({'|'.join(keys)}): \S", ln)]
        for i in reversed(replaced):
            assert not new[i + 1].startswith(indent + " "), "only one-line keys are replaced"
            del new[i]
        variants[match["name"]] = "\n".join(new) + "\n"
    return variants


def test_the_example_blocks_validate_when_switched_on(tmp_path: Path):
    """Proves: each commented example in _example.yml (hybrid, moved, cancelled), switched
    on the way its comments say, validates with no error or warning and means what it
    says."""
    variants = example_variants((CAMPAIGNS / "_example.yml").read_text(encoding="utf-8"))
    assert sorted(variants) == ["cancelled", "hybrid", "moved"]
    results = {}
    for name, text in variants.items():
        path = tmp_path / f"{name}.yml"
        path.write_text(text, encoding="utf-8")
        report = check_files([(name, path)], today=date(2026, 5, 1))
        assert report.errors == [] and report.warnings == [], (
            name, [e.format() for e in report.errors + report.warnings])
        results[name] = report.campaigns[0].events[0]
    assert results["hybrid"].attendance == "hybrid"
    assert results["hybrid"].online.url.startswith("https://")
    assert results["moved"].status == "moved" and sequence(results["moved"]) == 1
    assert results["moved"].previous_start == datetime(2026, 5, 30, 7, 30, tzinfo=TZ)
    assert results["cancelled"].status == "cancelled" and sequence(results["cancelled"]) == 1


# ---- 7. online and hybrid events ----------------------------------------------------

ONLINE = {"url": "https://meet.example.org/hop?id=1&pwd=a'b", "platform": "Zoom",
          "note": {"vi": "Phòng mở lúc 19:15.", "en": "The room opens at 19:15."}}


def _online_campaign(attendance: str, **online: object) -> Campaign:
    data = base_data()
    event = data["events"][0]
    event.update(attendance=attendance, online={**ONLINE, **online})
    if attendance == "online":
        del event["venue"], event["address"]
    return _campaign(data)


@pytest.mark.parametrize("attendance, mode", [
    ("in_person", "OfflineEventAttendanceMode"),
    ("online", "OnlineEventAttendanceMode"),
    ("hybrid", "MixedEventAttendanceMode"),
])
def test_jsonld_attendance_mode_and_virtual_location(attendance: str, mode: str):
    """Proves: JSON-LD says Offline/Online/Mixed attendance; an online event's location
    is a VirtualLocation with the link, a hybrid one has both Place and VirtualLocation."""
    campaign = (_campaign(base_data()) if attendance == "in_person"
                else _online_campaign(attendance))
    event = campaign.events[0]
    out = build_language([campaign], make_site("en", BEFORE))
    data = json.loads(scan(out.head[urls.event_page("thu", event.id)]).scripts[0])
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}"
    where = data["location"] if isinstance(data["location"], list) else [data["location"]]
    types = [w["@type"] for w in where]
    expected = {"in_person": ["Place"], "online": ["VirtualLocation"],
                "hybrid": ["Place", "VirtualLocation"]}[attendance]
    assert types == expected
    for w in where:
        if w["@type"] == "VirtualLocation":
            assert w["url"] == ONLINE["url"] and w["name"] == "Zoom"


@pytest.mark.parametrize("attendance", ["online", "hybrid"])
def test_ics_carries_the_link(attendance: str):
    """Proves: the .ics of an online or hybrid event has the link as URL, as CONFERENCE
    and in DESCRIPTION (with the page); LOCATION is the venue for hybrid, the platform
    and link for online only."""
    campaign = _online_campaign(attendance)
    vevent = _vevent(campaign, campaign.events[0].id)
    assert str(vevent["URL"]) == ONLINE["url"]
    assert str(vevent["CONFERENCE"]) == ONLINE["url"]
    assert vevent["CONFERENCE"].params["LABEL"] == "Zoom"
    description = str(vevent["DESCRIPTION"])
    assert f"Tham gia trực tuyến (Zoom): {ONLINE['url']} Phòng mở lúc 19:15." in description
    assert description.endswith("/vi/campaigns/thu/su-kien.html")
    location = str(vevent["LOCATION"])
    assert location == ("Nhà văn hóa, Phường Dị Sử" if attendance == "hybrid"
                        else f"Zoom: {ONLINE['url']}")


def test_event_page_shows_the_link_and_lists_say_online():
    """Proves: the event page links the online room (no referrer), with its note; cards
    and lists say "Online (Zoom)"; a cancelled event names the platform but no link."""
    campaign = _online_campaign("hybrid")
    for lang, label, short in (("vi", "Tham gia trực tuyến qua Zoom", "Trực tuyến (Zoom)"),
                               ("en", "Join online via Zoom", "Online (Zoom)")):
        out = build_language([campaign], make_site(lang, BEFORE))
        _, html = md_to_html(out.pages[urls.event_page("thu", "su-kien")])
        links = [a for t, a in scan(html).tags if t == "a" and a.get("href") == ONLINE["url"]]
        assert len(links) == 1
        assert links[0]["rel"] == "noopener noreferrer"
        assert links[0]["referrerpolicy"] == "no-referrer"
        text = " ".join(scan(html).text)
        assert label in text and ONLINE["note"][lang] in text and ONLINE["url"] in text
        _, index = md_to_html(out.pages[urls.INDEX])
        venue = "Nhà văn hóa" if lang == "vi" else "Cultural house"
        assert f"{venue} · {short}" in " ".join(scan(index).text)
    data = base_data()
    data["events"][0].update(attendance="online", online=ONLINE, status="cancelled")
    del data["events"][0]["venue"], data["events"][0]["address"]
    out = build_language([_campaign(data)], make_site("en", BEFORE))
    _, html = md_to_html(out.pages[urls.event_page("thu", "su-kien")])
    assert "Online (Zoom)" in " ".join(scan(html).text)
    assert ONLINE["url"] not in unescape(html)


def test_online_link_must_be_https(tmp_path: Path):
    """Proves: an http:// (or javascript:) link is a bilingual error on its own line."""
    for bad in ("http://meet.example.org/hop", "javascript:alert(1)",
                'https://meet.example.org/"><script>'):
        data = base_data()
        data["events"][0].update(attendance="hybrid",
                                 online={"url": bad, "platform": "Zoom"})
        path = tmp_path / "thu.yml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        [error] = _check(path).errors
        assert error.code == "https_url"
        assert error.line == path.read_text(encoding="utf-8").splitlines().index(
            f"    url: {yaml.safe_dump(bad).splitlines()[0]}") + 1
        assert "không phải địa chỉ https" in error.vi and "not an https address" in error.en
        assert error.field_vi == "sự kiện thứ 1, liên kết trực tuyến, địa chỉ web (url)"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_hostile_online_text_is_escaped_everywhere(lang: str):
    """Proves: a hostile platform name and note are text in the page, the JSON-LD, the
    .ics and the Google Calendar link, never markup."""
    platform = '<img src=x onerror=alert(1)>"'
    campaign = _online_campaign("hybrid", platform=platform,
                                note={"vi": HOSTILE, "en": HOSTILE})
    out = build_language([campaign], make_site(lang, BEFORE))
    _, html = md_to_html(out.pages[urls.event_page("thu", "su-kien")])
    s = scan(html)
    assert not [t for t, _ in s.tags if t == "img"]
    assert [a["src"] for t, a in s.tags if t == "script"] == ["../../assets/javascripts/share.js"]
    assert not any(k.startswith("on") for _, a in s.tags for k in a)
    assert platform in " ".join(s.text)
    head = scan(out.head[urls.event_page("thu", "su-kien")])
    assert len(head.scripts) == 1 and "</script" not in head.scripts[0].lower()
    assert json.loads(head.scripts[0])["location"][1]["name"] == platform
    vevent = _vevent(campaign, "su-kien", lang)
    assert platform in str(vevent["DESCRIPTION"])
    gcal = next(a["href"] for t, a in s.tags if t == "a" and "calendar.google" in a["href"])
    assert platform in parse_qs(urlsplit(gcal).query)["details"][0]


def test_leaflet_prints_the_link_as_text():
    """Proves: a leaflet prints an upcoming online event's link as text (without
    https://, breakable after '/'), and the QR code still opens the campaign page."""
    from scripts.campaigns.agencies import load_agencies
    from scripts.leaflets.layouts import BY_ID
    from scripts.leaflets.render import leaflet_context, render_html, render_pdf
    from scripts.sitefacts import load_site_facts
    from tests.leaflets_support import pdf_text

    campaign = _online_campaign("online", url="https://meet.example.org/phong/hop-phu-huynh")
    ctx = leaflet_context(campaign, "vi", BY_ID["a5-flyer"], today=BEFORE,
                          extra=load_site_facts(), agencies=load_agencies())
    html = render_html(ctx)
    assert "meet.example.org/<wbr>phong/<wbr>hop-phu-huynh" in html
    assert "Tham gia trực tuyến qua Zoom" in html and "event-where" not in html
    assert ctx["url"].endswith("/vi/campaigns/thu/index.html")
    pdf, pages = render_pdf(ctx)
    assert pages == 1
    assert "meet.example.org/phong/hop-phu-huynh" in pdf_text(pdf).replace(" ", "")


# ---- 8. previews and Google Calendar ---------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    campaigns = load_campaigns()
    return campaigns, {lang: build_language(campaigns, make_site(lang, TODAY))
                       for lang in ("vi", "en")}


def _meta(head: str) -> dict[str, str]:
    return {a.get("property") or a.get("name"): a.get("content")
            for t, a in scan(head).tags if t == "meta"}


def _find(campaigns: list[Campaign], event_id: str) -> tuple[Campaign, object]:
    return next((c, e) for c in campaigns for e in c.events if e.id == event_id)


PREVIEWS = {
    ("vi", "giao-luu-the-thao"): ("ĐÃ HỦY: ", "Sự kiện này đã bị hủy. Hủy do sân"),
    ("en", "giao-luu-the-thao"): ("CANCELLED: ", "This event has been cancelled. Cancelled "),
    ("vi", "ngay-hoi-thieu-nhi"): (
        "Đã dời lịch sang Thứ Bảy, 13/6/2026, 8:00–11:00: ",
        "Sự kiện này đã dời lịch. Lịch cũ: Thứ Bảy, 6/6/2026, 8:00–11:00. Lịch mới: "
        "Thứ Bảy, 13/6/2026, 8:00–11:00. Dời lịch do mưa lớn."),
    ("en", "ngay-hoi-thieu-nhi"): (
        "Moved to Saturday 13 June 2026, 8:00–11:00: ",
        "This event has been moved. It was: Saturday 6 June 2026, 8:00–11:00. It is now: "
        "Saturday 13 June 2026, 8:00–11:00. Moved because of heavy rain."),
}


@pytest.mark.parametrize("lang, event_id", sorted(PREVIEWS))
def test_previews_of_cancelled_and_moved_events_say_so(shipped, lang: str, event_id: str):
    """Proves: og:/twitter: title and description and the meta description of a
    cancelled or moved event start with what happened, in the page's language; the
    page keeps its own title."""
    campaigns, out = shipped
    campaign, event = _find(campaigns, event_id)
    src = urls.event_page(campaign.slug, event.id)
    meta = _meta(out[lang].head[src])
    title_start, text_start = PREVIEWS[(lang, event_id)]
    title = event.title(lang)
    assert meta["og:title"] == meta["twitter:title"] == title_start + title
    assert meta["og:description"] == meta["twitter:description"]
    assert meta["og:description"].startswith(text_start)
    # the alt text describes the event's card: its title, date, place and status
    assert title in meta["og:image:alt"]
    front, _ = md_to_html(out[lang].pages[src])
    assert unescape(front["title"]) == title
    assert unescape(front["description"]).startswith(text_start)


def test_preview_of_a_scheduled_event_is_unchanged(shipped):
    campaigns, out = shipped
    campaign, event = _find(campaigns, "gap-mat-cha-me-cuoi-ky")
    meta = _meta(out["vi"].head[urls.event_page(campaign.slug, event.id)])
    assert meta["og:title"] == event.title("vi")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_google_calendar_link(shipped, lang: str):
    """Proves: an upcoming event has an outbound Google Calendar link whose query holds
    the title, the UTC times, the details with the page address, and the place, all
    URL-encoded; it opens in a new tab without referrer; cancelled and past events have
    none."""
    campaigns, out = shipped
    campaign, event = _find(campaigns, "gap-mat-cha-me-cuoi-ky")
    _, html = md_to_html(out[lang].pages[urls.event_page(campaign.slug, event.id)])
    [link] = [a for t, a in scan(html).tags
              if t == "a" and a.get("href", "").startswith("https://calendar.google.com/")]
    parts = urlsplit(link["href"])
    assert (parts.netloc, parts.path) == ("calendar.google.com", "/calendar/render")
    assert " " not in link["href"] and "\n" not in link["href"]
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["action"] == ["TEMPLATE"]
    assert query["text"] == [event.title(lang)]
    # 19:30-21:00 in Viet Nam (UTC+7) on 26 December 2026.
    assert query["dates"] == ["20261226T123000Z/20261226T140000Z"]
    page_url = f"https://treem-disu.example.org/{lang}/campaigns/{campaign.slug}/{event.id}.html"
    assert query["details"][0].endswith(page_url)
    assert query["location"] == [f"{event.venue(lang)}, {event.address(lang)}"]
    assert link["target"] == "_blank" and "noopener" in link["rel"].split()
    assert link["referrerpolicy"] == "no-referrer"
    label = "Thêm vào Lịch Google" if lang == "vi" else "Add to Google Calendar"
    assert label in html
    for event_id in ("giao-luu-the-thao", "mit-tinh-2026"):  # cancelled, past
        c, e = _find(campaigns, event_id)
        _, other = md_to_html(out[lang].pages[urls.event_page(c.slug, e.id)])
        assert "calendar.google.com" not in other and label not in other
