"""Campaign files as ward officials write them (issue 13): Windows encodings, YAML slips,
misnamed files, warnings, `new`, and messages in plain Vietnamese and English.

Each fixture in tests/fixtures/campaigns/editor/ marks the mistaken line with '#!' (in
the file's own encoding); the tests check that exactly that line is reported, with the
file name and the expected words in both languages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.cli import main as cli
from scripts.campaigns.create import slugify
from scripts.campaigns.load import check_files, load_campaigns, validate_folder
from scripts.campaigns.validate import CampaignValidationError
from scripts.paths import CAMPAIGNS, ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
EDITOR = FIXTURES / "editor"
MISNAMED = FIXTURES / "misnamed"
TODAY = date(2026, 11, 23)
# Parser and library words that must never reach an editor.
JARGON = re.compile(r"<block|<scalar>|<document|expected '|found character|mapping values|"
                    r"simple key|Traceback|Error\b|pydantic|Input should|validation error|"
                    r"giới hạn \d|limit \d|\bloc\b|\[\d+\]")


def _marked_line(path: Path) -> int:
    """The line marked '#!' (bytes: the fixture may not be UTF-8); line 1 is the header."""
    lines = path.read_bytes().split(b"\n")
    return next(i for i, line in enumerate(lines, 1) if b"#!" in line and i > 1)


def _check(path: Path, **kwargs):
    return check_files([(path.stem, path)], **kwargs)


def _plain(text: str) -> None:
    assert not JARGON.search(text), text


# fixture -> (code, words the Vietnamese message must hold, words the English one must hold)
SYNTAX = {
    "colon-missing.yml": ("yaml_colon_missing", "Thiếu dấu hai chấm", "colon ':' is missing"),
    "colon-space.yml": ("yaml_colon_space", "Thiếu dấu cách sau dấu hai chấm",
                        "space is missing after the colon"),
    "colon-in-text.yml": ("yaml_colon_in_text", "không nằm trong ngoặc kép",
                          "not in double quotes"),
    "indent-more.yml": ("yaml_indent", "Thụt đầu dòng của dòng này không khớp",
                        "indentation of this line does not match the lines above"),
    "indent-less.yml": ("yaml_indent", "Thụt đầu dòng", "indentation of this line"),
    "indent-list.yml": ("yaml_indent", "Thụt đầu dòng", "indentation of this line"),
    "indent-after-text.yml": ("yaml_indent", "Thụt đầu dòng", "indentation of this line"),
    "tab.yml": ("yaml_tab", "ký tự Tab", "tab character"),
    "quote-unclosed.yml": ("yaml_quote_unclosed", "chưa được đóng", "never closed"),
    "after-quote.yml": ("yaml_after_quote", "Sau dấu ngoặc đóng còn thêm chữ",
                        "more text after the closing quote"),
    "bracket.yml": ("yaml_bracket", "Dấu ngoặc '[' hoặc '{' mở", "bracket '[' or '{' opened"),
    "special-char.yml": ("yaml_special_char", "ký tự đặc biệt", "special character"),
}


@pytest.mark.parametrize("name", sorted(SYNTAX))
def test_yaml_slip_is_named_in_plain_words_on_the_mistaken_line(name: str):
    """Proves: each common YAML slip gets its own bilingual message (no parser words),
    pointing at the line the editor got wrong, not where PyYAML noticed it."""
    path = EDITOR / name
    code, vi, en = SYNTAX[name]
    report = _check(path)
    assert [e.code for e in report.errors] == [code], [e.format() for e in report.errors]
    error = report.errors[0]
    line = _marked_line(path)
    assert error.line == line and error.file.endswith(f"editor/{name}")
    assert vi in error.vi and en in error.en
    text = error.format()
    assert text.startswith(f"{error.file}:{line}: lỗi / error\n")
    assert f"  vi: Dòng {line}: " in text and f"  en: Line {line}: " in text
    assert "Cách sửa:" in error.vi and "How to fix:" in error.en
    _plain(error.vi + error.en)


def test_glued_colon_without_a_comment_is_named_on_its_own_line(tmp_path: Path):
    """Proves: 'vi:"Tóm tắt."' followed by another field (PyYAML: 'mapping values are
    not allowed here' one line later) is reported as a missing space on its own line."""
    source = (FIXTURES / "base.yml").read_text(encoding="utf-8")
    path = tmp_path / "glued.yml"
    path.write_text(source.replace('  vi: "Tóm tắt."', '  vi:"Tóm tắt."'), encoding="utf-8")
    [error] = _check(path).errors
    assert error.code == "yaml_colon_space"
    assert error.line == source.splitlines().index('  vi: "Tóm tắt."') + 1


# ---- encodings --------------------------------------------------------------------


def test_utf8_with_bom_is_read():
    """Proves: a UTF-8 file with a byte-order mark (Notepad's 'UTF-8 with BOM') is valid."""
    path = EDITOR / "utf8-bom.yml"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    report = _check(path)
    assert report.errors == [] and len(report.campaigns) == 1
    assert report.campaigns[0].title("vi") == "Chiến dịch thử"


@pytest.mark.parametrize("name, code, line_words", [
    ("utf16-notepad.yml", "encoding_utf16", ("\"Unicode\" (UTF-16)", "\"Unicode\" (UTF-16)")),
    ("windows-1258.yml", "encoding_legacy", ("bảng mã cũ", "old 8-bit encoding")),
    ("latin-1.yml", "encoding_legacy", ("bảng mã cũ", "old 8-bit encoding")),
])
def test_non_utf8_file_says_how_to_save_as_utf8(name: str, code: str,
                                                line_words: tuple[str, str]):
    """Proves: Notepad 'Unicode' and 'ANSI' files give a bilingual error naming the file,
    the line of the first accented letter that is wrong, and the Save as > UTF-8 steps."""
    path = EDITOR / name
    [error] = _check(path).errors
    assert error.code == code and error.file.endswith(f"editor/{name}")
    expected_line = 1 if code == "encoding_utf16" else _marked_line(path)
    assert error.line == expected_line
    assert line_words[0] in error.vi and line_words[1] in error.en
    assert "File > Save as" in error.vi and "Encoding (Mã hóa)" in error.vi
    assert "UTF-8" in error.vi
    assert "File > Save as" in error.en and "Encoding to UTF-8" in error.en
    assert f":{expected_line}: lỗi / error" in error.format()
    _plain(error.vi + error.en)


def test_one_bad_file_never_hides_the_others(tmp_path: Path):
    """Proves: a UTF-16 file, a Windows-1258 file and a file with field errors in one
    folder are all reported in the same run; the good file still loads."""
    for name in ("utf16-notepad.yml", "windows-1258.yml", "agency-and-fields.yml"):
        shutil.copy(EDITOR / name, tmp_path / name)
    shutil.copy(FIXTURES / "base.yml", tmp_path / "tot.yml")
    report = validate_folder(tmp_path)
    codes = sorted(e.code for e in report.errors)
    assert codes == ["encoding_legacy", "encoding_utf16", "extra_forbidden",
                     "unknown_agency", "unknown_agency"]
    assert [c.slug for c in report.campaigns] == ["tot"]
    with pytest.raises(CampaignValidationError) as raised:
        load_campaigns(tmp_path)
    assert len(raised.value.errors) == 5 and "Traceback" not in raised.value.report()


# ---- all errors in one round ------------------------------------------------------


def test_unknown_agencies_come_with_the_other_field_errors_of_the_file():
    """Proves: unknown agencies (campaign and event) are reported together with a
    misspelt field of the same file, each by id with the Vietnamese name of the agency
    meant and the list of valid ids with their names."""
    path = EDITOR / "agency-and-fields.yml"
    errors = _check(path).errors
    assert [e.code for e in errors] == ["unknown_agency", "extra_forbidden", "unknown_agency"]
    lines = [i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if "#!" in ln and i > 1]
    assert [e.line for e in errors] == lines
    organiser, _, event_organiser = errors
    assert "'youth-unoin'" in organiser.vi and "'youth-union' (Đoàn Thanh niên)" in organiser.vi
    assert "'youth-union' (Đoàn Thanh niên, Youth Union)" in organiser.en
    assert "'ward-police' (Công an phường)" in event_organiser.vi
    for agency in load_agencies().values():  # every valid id, with its Vietnamese name
        assert f"{agency.id}: {agency.name['vi']}" in organiser.vi
        assert f"{agency.id}: {agency.name['vi']} ({agency.name['en']})" in organiser.en
    assert organiser.field_vi == "cơ quan tổ chức thứ 1 (organisers)"
    assert event_organiser.field_en == "event 1, organiser (organiser)"


def test_a_rule_between_fields_comes_with_a_type_error_elsewhere():
    """Proves: end-before-start (a rule on a whole event) is no longer held back until
    a type error in another part of the file is fixed."""
    path = EDITOR / "end-before-start-and-type.yml"
    errors = _check(path).errors
    assert [e.code for e in errors] == ["wrong_type", "end_before_start"]
    lines = [i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if "#!" in ln and i > 1]
    assert [e.line for e in errors] == lines


def test_field_paths_are_words_in_both_languages():
    """Proves: events[1].start reads 'sự kiện thứ 2, giờ bắt đầu' / 'event 2, start time'
    on the line of the second event's start."""
    path = EDITOR / "second-event-start.yml"
    [error] = _check(path).errors
    assert error.code == "local_datetime" and error.line == _marked_line(path)
    assert error.field_vi == "sự kiện thứ 2, giờ bắt đầu (start)"
    assert error.field_en == "event 2, start time (start)"
    text = error.format()
    assert f"vi: Dòng {error.line}, sự kiện thứ 2, giờ bắt đầu (start): " in text
    assert f"en: Line {error.line}, event 2, start time (start): " in text


def test_misnamed_campaign_files_are_errors_not_skipped():
    """Proves: a folder campaign whose YAML is Campaign.yml, campaign.yaml or
    chien-dich.yml, a folder without any, and files Notepad saved as .yml.txt or .YML
    are each an error naming the file and the expected name; their content is still
    checked in the same round."""
    report = validate_folder(MISNAMED)
    by_file = {e.file.split("misnamed/")[1]: e for e in report.errors}
    assert sorted(by_file) == [
        "anh-chua-co-tep", "chien-dich-he/chien-dich.yml", "hoi-thi-ve/Campaign.yml",
        "mua-he.YML", "ngay-hoi/campaign.yaml", "tet-trung-thu.yml.txt"]
    for name in ("chien-dich-he/chien-dich.yml", "hoi-thi-ve/Campaign.yml",
                 "ngay-hoi/campaign.yaml"):
        error = by_file[name]
        assert error.code == "misnamed_campaign_file" and error.line == 1
        file_name = name.split("/")[1]
        assert f"'{file_name}'" in error.vi and "campaign.yml" in error.vi
        assert f"'{file_name}'" in error.en and "named exactly campaign.yml" in error.en
    assert by_file["anh-chua-co-tep"].code == "folder_without_campaign"
    assert by_file["mua-he.YML"].code == "bad_extension"
    assert "'.yml.txt'" in by_file["tet-trung-thu.yml.txt"].vi
    assert "File name extensions" in by_file["tet-trung-thu.yml.txt"].en
    assert sorted(c.slug for c in report.campaigns) == [
        "chien-dich-he", "dung-ten", "hoi-thi-ve", "ngay-hoi"]
    with pytest.raises(CampaignValidationError):
        load_campaigns(MISNAMED)


# ---- plain words ------------------------------------------------------------------


def test_out_of_range_names_the_allowed_range():
    """Proves: a latitude of 120 says 'from -90 to 90', never 'giới hạn 0'/'limit 0'."""
    [error] = _check(FIXTURES / "invalid" / "out-of-range.yml").errors
    assert "từ -90 đến 90" in error.vi and "from -90 to 90" in error.en
    assert error.field_vi == "sự kiện thứ 1, tọa độ, vĩ độ (lat)"
    _plain(error.vi + error.en)


def test_unreadable_image_has_no_class_name():
    """Proves: a broken image is 'not an image or damaged', not UnidentifiedImageError."""
    path = FIXTURES / "invalid" / "image-unreadable" / "campaign.yml"
    [error] = check_files([("image-unreadable", path)]).errors
    assert "không phải ảnh hoặc đã bị hỏng" in error.vi and "damaged" in error.en
    _plain(error.vi + error.en)


def test_no_message_of_any_fixture_holds_parser_or_library_words():
    """Proves: across every invalid and editor fixture, no parser state, Python class
    name or pydantic phrase reaches the editor, and every message names a fix."""
    paths = [p for p in (FIXTURES / "invalid").iterdir() if p.suffix == ".yml"]
    paths += [p / "campaign.yml" for p in (FIXTURES / "invalid").iterdir() if p.is_dir()]
    paths += sorted(EDITOR.glob("*.yml"))
    report = check_files([(p.stem if p.name != "campaign.yml" else p.parent.name, p)
                          for p in paths], today=TODAY, committed=set())
    # Every fixture but the valid or warning-only ones is reported, by its own name.
    valid = {"utf8-bom.yml", "far-future.yml", "past.yml", "mobile.yml"}
    reported = {e.file for e in report.errors}
    assert {p.relative_to(ROOT).as_posix() for p in paths if p.name not in valid} <= reported
    for error in report.errors + report.warnings:
        _plain(error.vi + error.en + error.field_vi + error.field_en)
        assert "Cách sửa:" in error.vi and "How to fix:" in error.en


# ---- warnings ---------------------------------------------------------------------


def test_far_future_event_is_a_warning():
    """Proves: an event in 2062 (typed for 2026) is a warning on its start line."""
    path = EDITOR / "far-future.yml"
    report = _check(path, today=TODAY)
    assert report.errors == [] and len(report.campaigns) == 1
    [warning] = report.warnings
    assert warning.code == "far_future" and warning.line == _marked_line(path)
    assert "hơn 2 năm nữa" in warning.vi and "more than 2 years ahead" in warning.en
    assert warning.format().startswith(f"{warning.file}:{warning.line}: cảnh báo / warning")


def test_new_campaign_in_the_past_is_a_warning_but_a_committed_one_is_not():
    """Proves: a campaign not yet committed whose events are all over is warned about;
    the same file already committed (a past campaign kept as a record) is not."""
    path = EDITOR / "past.yml"
    [warning] = _check(path, today=TODAY, committed=set()).warnings
    assert warning.code == "new_in_past" and warning.line == _marked_line(path)
    assert "đều đã qua" in warning.vi and "all its events are in the past" in warning.en
    assert _check(path, today=TODAY, committed={path.resolve()}).warnings == []
    assert _check(path, today=TODAY, committed=None).warnings == []



def test_a_past_campaign_moved_into_a_folder_is_not_new(tmp_path: Path):
    """Proves: campaigns/past.yml committed, then moved to campaigns/past/campaign.yml
    (the folder form, for photos), is not warned about as new; the warning was for a
    campaign never committed."""
    moved = tmp_path / "past" / "campaign.yml"
    moved.parent.mkdir()
    shutil.copy(EDITOR / "past.yml", moved)
    report = check_files([("past", moved)], today=TODAY,
                         committed={(tmp_path / "past.yml").resolve()})
    assert report.errors == [] and report.warnings == []
    report = check_files([("past", moved)], today=TODAY, committed=set())
    assert [w.code for w in report.warnings] == ["new_in_past"]


def test_personal_mobile_number_is_a_warning_and_a_landline_is_not():
    """Proves: 0912 345 678 and +84 912 345 678 in a public contact are warnings on
    their own lines; the office landline 024 3826 1234 is not."""
    path = EDITOR / "mobile.yml"
    report = _check(path, today=TODAY)
    assert report.errors == []
    warnings = [w for w in report.warnings if w.code == "personal_mobile"]
    assert [w.line for w in warnings] == [_marked_line(path), _marked_line(path) + 1]
    assert "'0912 345 678'" in warnings[0].vi and "'+84 912 345 678'" in warnings[1].en
    assert "số di động" in warnings[0].vi and "mobile number" in warnings[0].en
    assert warnings[0].field_en == "event 1, contact, name, Vietnamese text (vi)"
    assert all("3826" not in w.vi for w in report.warnings)


@pytest.mark.parametrize("text, mobile", [
    ("0912345678", True), ("0381.234.567", True), ("+84 381 234 567", True),
    ("+84-912-345-678", True), ("0562 345 678", True), ("0712345678", True),
    ("024 3826 1234", False), ("0212345678", False), ("111", False),
    ("091234567", False), ("09123456789", False), ("2026-06-13 08:00", False),
])
def test_mobile_number_pattern(text: str, mobile: bool):
    """Proves: Vietnamese mobiles (03/05/07/08/09 + 8 digits, or +84) are recognised,
    landlines, the hotline, short or long numbers and dates are not."""
    from scripts.campaigns.advice import MOBILE_RE
    assert bool(MOBILE_RE.search(f"Gọi {text} nhé")) is mobile


# ---- the command line -------------------------------------------------------------


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PORTAL_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "scripts.campaigns", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120, check=False)


def test_cli_validate_fails_on_errors_without_traceback(tmp_path: Path):
    """Proves: `python -m scripts.campaigns validate DIR` exits 1 on errors, prints every
    file's errors in both languages and never a traceback."""
    for name in ("utf16-notepad.yml", "tab.yml", "agency-and-fields.yml"):
        shutil.copy(EDITOR / name, tmp_path / name)
    result = _run("validate", str(tmp_path), "--today", "2026-11-23")
    assert result.returncode == 1, result.stderr
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    assert "utf16-notepad.yml:1: lỗi / error" in out and "tab.yml:7: lỗi / error" in out
    assert out.count("  vi: ") == 5 == out.count("  en: ")
    assert "5 lỗi / error(s)" in out


def test_cli_validate_passes_with_warnings_only(tmp_path: Path):
    """Proves: warnings are printed but the exit code is 0."""
    shutil.copy(EDITOR / "far-future.yml", tmp_path / "xa.yml")
    shutil.copy(EDITOR / "mobile.yml", tmp_path / "di-dong.yml")
    result = _run("validate", str(tmp_path), "--today", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "cảnh báo / warning" in result.stdout and "more than 2 years ahead" in result.stdout
    assert "mobile number" in result.stdout
    assert "OK: 2 chiến dịch / campaign(s)" in result.stdout


def test_cli_validate_shipped_campaigns_and_example():
    """Proves: the shipped campaigns validate (exit 0) and _example.yml validates with
    no error and no warning."""
    assert cli(["validate", str(CAMPAIGNS), "--today", "2026-11-23"]) == 0
    example = CAMPAIGNS / "_example.yml"
    report = check_files([("example", example)], today=date(2026, 5, 1))
    assert report.errors == [] and report.warnings == [] and len(report.campaigns) == 1


def test_cli_internal_error_is_words_not_a_traceback(monkeypatch, capsys):
    """Proves: even a bug in the tool prints a bilingual message (exit 2), no traceback."""
    import scripts.campaigns.cli as cli_module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(cli_module, "validate_folder", broken)
    monkeypatch.delenv("PORTAL_DEBUG", raising=False)
    assert cli(["validate", str(CAMPAIGNS)]) == 2
    err = capsys.readouterr().err
    assert "lỗi nội bộ" in err and "internal error" in err
    assert "Traceback" not in err and "RuntimeError" not in err


# ---- `new` ------------------------------------------------------------------------


@pytest.mark.parametrize("name, slug", [
    ("Tháng hành động vì trẻ em 2027", "thang-hanh-dong-vi-tre-em-2027"),
    ("Đường đến trường — Đoàn, Đội!", "duong-den-truong-doan-doi"),
    ("  Ngày   hội  ", "ngay-hoi"),
    ("Ủy ban nhân dân phường Dị Sử và các đoàn thể cùng chung tay bảo vệ trẻ em khỏi "
     "lao động", "uy-ban-nhan-dan-phuong-di-su-va-cac-doan-the-cung-chung-tay"),
])
def test_slug_from_a_vietnamese_name(name: str, slug: str):
    """Proves: diacritics are stripped, đ becomes d, words are joined by hyphens, and a
    long name is cut at a word boundary within 60 characters."""
    assert slugify(name) == slug
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) and len(slug) <= 60


def _new_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "campaigns"
    folder.mkdir()
    shutil.copy(CAMPAIGNS / "_example.yml", folder / "_example.yml")
    return folder


def test_new_creates_a_valid_campaign_and_never_overwrites(tmp_path: Path):
    """Proves: `new "Tên"` writes campaigns/<slug>.yml from _example.yml with the name as
    the Vietnamese title, the file validates (exit 0), no temp file is left behind, and
    a second `new` with the same name is a bilingual error (exit 1) that leaves the file
    untouched."""
    folder = _new_folder(tmp_path)
    name = 'Tháng hành động vì trẻ em 2027: "Đến trường"'
    result = _run("new", name, "--folder", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    path = folder / "thang-hanh-dong-vi-tre-em-2027-den-truong.yml"
    assert path.is_file()
    assert sorted(p.name for p in folder.iterdir()) == [
        "_example.yml", "thang-hanh-dong-vi-tre-em-2027-den-truong.yml"]
    report = check_files([(path.stem, path)])
    assert report.errors == []
    assert report.campaigns[0].title("vi") == name
    assert "Traceback" not in result.stdout + result.stderr
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    before = path.read_bytes()
    again = _run("new", name, "--folder", str(folder))
    assert again.returncode == 1
    assert "Đã có chiến dịch 'thang-hanh-dong-vi-tre-em-2027-den-truong'" in again.stderr
    assert "không ghi đè" in again.stderr and "was not overwritten" in again.stderr
    assert path.read_bytes() == before
    assert validate_folder(folder).errors == []


def test_new_refuses_a_folder_campaign_of_the_same_name(tmp_path: Path):
    """Proves: an existing campaigns/<slug>/ folder also blocks `new` (same page address)."""
    folder = _new_folder(tmp_path)
    (folder / "ngay-hoi").mkdir()
    assert cli(["new", "Ngày hội", "--folder", str(folder)]) == 1
    assert not (folder / "ngay-hoi.yml").exists()


@pytest.mark.parametrize("name", ["!!!", "Index", ""])
def test_new_refuses_a_name_without_a_usable_address(name: str, tmp_path: Path, capsys):
    """Proves: a name with no letters, or a reserved address, is a bilingual error."""
    folder = _new_folder(tmp_path)
    assert cli(["new", name, "--folder", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Không tạo được tên tệp" in err and "No file name can be made" in err
    assert [p.name for p in folder.iterdir()] == ["_example.yml"]


def test_makefile_has_campaign_new():
    """Proves: `make campaign-new NAME=...` runs the same command."""
    result = subprocess.run(["make", "-n", "campaign-new", "NAME=Ngày hội"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert '-m scripts.campaigns new "Ngày hội"' in result.stdout
