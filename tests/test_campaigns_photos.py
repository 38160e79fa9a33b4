"""Header photos (issue 13 item 4): what is published carries no metadata, comes in the
sizes the page needs, is shared by both languages, and a photo of people needs consent.

The fixture photo is made here with Pillow and carries what a phone photo carries: GPS
position, camera make and model, time taken, XMP, a comment, an ICC profile and an
orientation tag.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from scripts.campaigns import urls
from scripts.campaigns.build import build_language
from scripts.campaigns.cli import main as cli
from scripts.campaigns.load import check_files, load_campaigns, validate_files
from scripts.campaigns.photos.cache import PhotoCache
from scripts.campaigns.photos.renditions import plan, render
from scripts.campaigns.site import make_site
from scripts.paths import ROOT
from tests import own_code
from tests.htmlscan import parse

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
TODAY = "2026-11-23"
SLUG = "anh-thu"
# A child's name as the file name: it must never reach the site.
ORIGINAL = "nguyen-van-an-lop-5b.jpg"
MODEL = "PhoneCam X200"
SECRET = "21.0012N-105.8403E-secret"
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
       b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"'
       b'><dc:creator>' + SECRET.encode() + b'</dc:creator></rdf:Description></rdf:RDF>'
       b'</x:xmpmeta>')
HERO = f"""hero_image:
  file: {ORIGINAL}
  alt:
    vi: "Học sinh vẽ tranh"
    en: "Pupils drawing"
  people: true
  consent:
    by: "Cha mẹ các em ký giấy đồng ý, các em cũng đồng ý"
    date: 2026-05-20
"""
# Metadata keys a decoder may report that say nothing about the photo or its taker.
HARMLESS = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive",
            "progression", "loop", "duration", "background", "timestamp"}


def phone_photo(size: tuple[int, int] = (2000, 1500), orientation: int = 6,
                fmt: str = "JPEG") -> bytes:
    """A photo as a phone writes it. Stored pixels: blue, a red square top left. With
    orientation 6 the camera was turned: shown upright, the square is top right."""
    img = Image.new("RGB", size, (40, 90, 200))
    img.paste((230, 20, 20), (0, 0, size[0] // 5, size[1] // 5))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = MODEL  # Model
    exif[0x0112] = orientation
    exif[0x8769] = {0x9003: "2026:05:20 08:15:00"}  # DateTimeOriginal
    exif[0x8825] = {1: "N", 2: (21.0, 0.0, 4.32), 3: "E", 4: (105.0, 50.0, 25.08)}  # GPS
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=90, exif=exif.tobytes(), xmp=XMP,
                 comment=SECRET.encode(), icc_profile=icc)
    else:
        from PIL.PngImagePlugin import PngInfo

        text = PngInfo()
        text.add_text("Author", SECRET)
        text.add_itxt("XML:com.adobe.xmp", XMP.decode())
        img.save(out, "PNG", exif=exif.tobytes(), icc_profile=icc, pnginfo=text)
    return out.getvalue()


def _assert_bare(data: bytes, where: str) -> Image.Image:
    """The published file has no EXIF (no GPS, no camera), no XMP, no ICC, no text."""
    img = Image.open(io.BytesIO(data))
    assert not img.getexif(), (where, dict(img.getexif()))
    assert not img.getexif().get_ifd(0x8825), where
    assert set(img.info) <= HARMLESS, (where, sorted(img.info))
    for needle in (SECRET.encode(), MODEL.encode(), b"PhoneMaker", b"xmpmeta", b"Exif\0",
                   b"2026:05:20"):
        assert needle not in data, (where, needle)
    return img


def _campaign_folder(root: Path, photo: bytes, hero: str = HERO) -> Path:
    folder = root / SLUG
    folder.mkdir(parents=True)
    base = (FIXTURES / "base.yml").read_text(encoding="utf-8")
    (folder / "campaign.yml").write_text(base.replace("audiences:", hero + "audiences:"),
                                         encoding="utf-8")
    (folder / ORIGINAL).write_bytes(photo)
    return folder


# ---- the photo itself (no site build) -----------------------------------------------


def test_the_fixture_photo_really_carries_what_a_phone_writes():
    """Proves the other tests are not vacuous: GPS, model, XMP, comment, ICC are there."""
    img = Image.open(io.BytesIO(phone_photo()))
    assert img.getexif()[0x0110] == MODEL
    assert img.getexif().get_ifd(0x8825)[1] == "N"
    assert {"xmp", "comment", "icc_profile", "exif"} <= set(img.info)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_every_copy_is_bare_upright_and_never_enlarged(tmp_path: Path, fmt: str):
    """Proves: 2000x1500 turned by its orientation tag gives 1500x2000 copies 480, 960
    and 1440 px wide (WebP and JPEG), upright (the red corner is top right), with no
    metadata left, from a JPEG and from a PNG with text chunks."""
    source = phone_photo(fmt=fmt)
    renditions = plan(SLUG, source)
    files = render(source, renditions, PhotoCache(tmp_path))
    assert [(r.ext, r.width, r.height) for r in renditions] == [
        ("webp", 480, 640), ("webp", 960, 1280), ("webp", 1440, 1920),
        ("jpg", 480, 640), ("jpg", 960, 1280), ("jpg", 1440, 1920)]
    for r in renditions:
        img = _assert_bare(files[r.path], r.path)
        assert img.format == {"webp": "WEBP", "jpg": "JPEG"}[r.ext]
        assert img.size == (r.width, r.height)
        red, green, blue = img.convert("RGB").getpixel((img.width - 5, 5))
        assert red > 180 and blue < 90, (r.path, "not upright")
        assert img.convert("RGB").getpixel((5, 5))[2] > 150  # top left: blue


def test_a_narrow_photo_is_not_enlarged(tmp_path: Path):
    """Proves: an 800 px photo gives 480 and 800 px copies, nothing wider."""
    source = phone_photo(size=(800, 600), orientation=1)
    assert [(r.width, r.height) for r in plan(SLUG, source) if r.ext == "webp"] == [
        (480, 360), (800, 600)]


def test_warm_render_reads_the_cache_and_encodes_nothing(tmp_path: Path, monkeypatch):
    """Proves: the second render of the same photo takes every copy from the content-hash
    cache (the encoder is not called), and a changed photo is encoded again."""
    from scripts.campaigns.photos import renditions as module

    source = phone_photo()
    cache = PhotoCache(tmp_path)
    first = render(source, plan(SLUG, source), cache)
    assert len(list(tmp_path.iterdir())) == 6
    calls: list[int] = []
    real = module.encode
    monkeypatch.setattr(module, "encode", lambda *a: calls.append(1) or real(*a))
    assert render(source, plan(SLUG, source), cache) == first
    assert calls == []
    other = phone_photo(orientation=1)
    render(other, plan(SLUG, other), cache)
    assert len(calls) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_page_has_picture_srcset_sizes_and_both_languages_share_one_set(tmp_path: Path):
    """Proves: the campaign page has <picture> with a WebP srcset, a JPEG srcset and src,
    sizes, width and height; only the first language's output holds the copies, and the
    English page points at those same files."""
    _campaign_folder(tmp_path, phone_photo())
    [campaign] = load_campaigns(tmp_path)
    src = urls.campaign_page(SLUG)
    built = {lang: build_language([campaign], make_site(lang, TODAY)) for lang in ("vi", "en")}
    assert sorted(p for p in built["vi"].files if "/images/" in p) == sorted(
        f"campaigns/{SLUG}/images/hero-{w}.{ext}" for w in (480, 960, 1440)
        for ext in ("webp", "jpg"))
    assert not [p for p in built["en"].files if "/images/" in p]
    for lang, out in built.items():
        figure = re.search(r'<figure class="cmp-hero">.*?</figure>', out.pages[src]).group(0)
        assert '<source type="image/webp" srcset="' in figure and 'sizes="' in figure
        assert 'width="1440" height="1920"' in figure
        prefix = "images/" if lang == "vi" else f"../../../vi/campaigns/{SLUG}/images/"
        assert f'src="{prefix}hero-960.jpg"' in figure
        assert f"{prefix}hero-480.webp 480w, {prefix}hero-960.webp 960w, " \
               f"{prefix}hero-1440.webp 1440w" in figure
        assert ORIGINAL not in out.pages[src] and ORIGINAL not in out.head[src]


# ---- editors' errors ----------------------------------------------------------------

# fixture folder -> (code, Vietnamese words, English words)
CONSENT = {
    "image-people-unsaid": (
        "image_people_unsaid", "Chưa ghi có nhận ra được người nào trong ảnh 'hero.png'",
        "does not say whether anyone can be recognised in it"),
    "image-consent-missing": (
        "image_consent_missing", "chưa ghi ai đã đồng ý cho đăng ảnh",
        "does not say who agreed to its publication"),
    "image-consent-without-people": (
        "image_consent_without_people", "Có phần 'consent:' nhưng 'people: false'",
        "'consent:' part is given but 'people: false'"),
}


@pytest.mark.parametrize("name", sorted(CONSENT))
def test_consent_errors_in_both_languages(name: str):
    """Proves: a photo that does not say whether people are in it, a photo of people
    without consent, and consent for a photo said to have no one in it are errors naming
    the file, the line and the field in words, in Vietnamese and English."""
    path = FIXTURES / "invalid" / name / "campaign.yml"
    code, vi, en = CONSENT[name]
    [error] = validate_files([(name, path)])[1]
    assert error.code == code
    assert vi in error.vi and "Cách sửa:" in error.vi
    assert en in error.en and "How to fix:" in error.en
    text = error.format()
    assert f"{name}/campaign.yml:{error.line}: lỗi / error" in text
    field = "consent" if code == "image_consent_without_people" else "people"
    assert f"Dòng {error.line}, ảnh đầu trang, " in text and f"({field}):" in text
    assert f"Line {error.line}, header image, " in text


def test_consent_for_children_names_parents_and_the_child_from_7():
    path = FIXTURES / "invalid" / "image-consent-missing" / "campaign.yml"
    [error] = validate_files([("x", path)])[1]
    assert "cha, mẹ hoặc người giám hộ, và cả em nếu em từ đủ 7 tuổi" in error.vi
    assert "a parent or guardian, and the child too from the age of 7" in error.en


def test_a_consent_date_that_is_not_a_date_is_explained(tmp_path: Path):
    hero = HERO.replace("date: 2026-05-20", "date: 20/5/2026")
    folder = _campaign_folder(tmp_path, phone_photo(), hero)
    [error] = validate_files([(SLUG, folder / "campaign.yml")])[1]
    assert error.code == "wrong_type" and error.field_en.endswith("date of consent (date)")
    assert "2026-08-20 (năm-tháng-ngày)" in error.vi and "year-month-day" in error.en


def test_a_consent_dated_in_the_future_is_a_warning_naming_line_and_fix(tmp_path: Path):
    """Proves: a consent dated after the day of the check (2062 typed for 2026) is a
    warning in both languages on the `date:` line, saying how to fix it; the campaign
    is still valid (like the other dates checked against today), consent dated today
    is not warned about, and without a day (the build) nothing is said."""
    hero = HERO.replace("date: 2026-05-20", "date: 2062-05-20")
    folder = _campaign_folder(tmp_path, phone_photo(), hero)
    path = folder / "campaign.yml"
    report = check_files([(SLUG, path)], today=date(2026, 11, 23))
    assert report.errors == [] and len(report.campaigns) == 1
    [warning] = report.warnings
    line = path.read_text(encoding="utf-8").splitlines().index("    date: 2062-05-20") + 1
    assert warning.code == "image_consent_in_future" and warning.line == line
    text = warning.format()
    assert text.startswith(f"{warning.file}:{line}: cảnh báo / warning")
    assert warning.file.endswith(f"{SLUG}/campaign.yml")
    assert f"Dòng {line}, ảnh đầu trang, sự đồng ý đăng ảnh, ngày đồng ý (date):" in text
    assert f"Line {line}, header image, consent to publish, date of consent (date):" in text
    assert f"'{ORIGINAL}' là 2062-05-20, một ngày chưa tới" in warning.vi
    assert "Cách sửa:" in warning.vi and "năm-tháng-ngày" in warning.vi
    assert f"'{ORIGINAL}' is dated 2062-05-20, a day still to come" in warning.en
    assert "How to fix:" in warning.en and "must not be published" in warning.en
    assert check_files([(SLUG, path)], today=date(2062, 5, 20)).warnings == []
    assert check_files([(SLUG, path)]).warnings == []


def _truncated() -> bytes:
    data = phone_photo(orientation=1)
    return data[: len(data) * 2 // 3]


def _not_an_image() -> bytes:
    return "Đây là một tệp văn bản, không phải ảnh.\n".encode()


def _too_many_pixels() -> bytes:
    out = io.BytesIO()  # 8200 x 5000 = 41 MP, a few kB as a one-bit PNG
    Image.new("1", (8200, 5000)).save(out, "PNG")
    return out.getvalue()


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (1, 2, 3)).save(out, "GIF")
    return out.getvalue()


def _heic() -> bytes:
    return b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 2000


# maker -> (code, Vietnamese words, English words)
BAD = {
    "truncated": (_truncated, "image_truncated", "bị thiếu phần cuối", "is cut off"),
    "not-an-image": (_not_an_image, "image_unreadable", "không phải ảnh hoặc đã bị hỏng",
                     "not an image or is damaged"),
    "too-many-pixels": (_too_many_pixels, "image_too_many_pixels",
                        "quá nhiều điểm ảnh (41 triệu, tối đa 40 triệu)",
                        "too many pixels (41 million, at most 40 million)"),
    "gif": (_gif, "image_format", "có định dạng GIF", "is a GIF file"),
    "heic": (_heic, "image_heic", "ảnh HEIC", "HEIC photo"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_image_files_are_editor_errors_and_nothing_is_written(tmp_path: Path, name: str,
                                                                 capsys):
    """Proves: a file that is not an image, a cut-off JPEG, a 41 MP image, a GIF and an
    iPhone HEIC photo are each one bilingual error on the `file:` line, without a
    traceback, and `build` writes nothing."""
    make, code, vi, en = BAD[name]
    folder = _campaign_folder(tmp_path / "campaigns", make())
    [error] = validate_files([(SLUG, folder / "campaign.yml")])[1]
    assert error.code == code, error.format()
    assert vi in error.vi and en in error.en
    assert error.field_en == "header image, image file name (file)"
    assert f"'{ORIGINAL}'" in error.vi
    out = tmp_path / "out"
    assert cli(["build", str(tmp_path / "campaigns"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and vi in err and en in err
    assert not out.exists()


def test_a_cut_off_photo_is_refused_even_when_weasyprint_is_loaded(tmp_path: Path,
                                                                   monkeypatch):
    """Proves: WeasyPrint (imported by the leaflets in the same build processes) sets
    Pillow's global LOAD_TRUNCATED_IMAGES, which would publish a half-copied photo
    grey-filled; the check still refuses it, and the flag is left as it was."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    folder = _campaign_folder(tmp_path, _truncated())
    [error] = validate_files([(SLUG, folder / "campaign.yml")])[1]
    assert error.code == "image_truncated"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


# ---- the real site --------------------------------------------------------------------


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site built by the real pipeline with one campaign holding the phone
    photo (leaflets skipped: they do not use the photo)."""
    root = tmp_path_factory.mktemp("photo-site")
    _campaign_folder(root / "campaigns", phone_photo())
    env = own_code.env(PORTAL_CAMPAIGNS_DIR=str(root / "campaigns"), PORTAL_TODAY=TODAY,
                       PORTAL_SKIP="leaflets", PORTAL_CACHE_DIR=str(root / "cache"))
    result = subprocess.run([sys.executable, "-m", "scripts.build_site", "--out",
                             str(root / "site")], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=900, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _photo_refs(page: Path) -> list[str]:
    """Every URL of the header photo a page names: img src and each srcset candidate."""
    found = []
    for tag, attrs in parse(page).tags:
        if tag in {"img", "source"}:
            found += [attrs["src"]] if "src" in attrs else []
            found += [c.strip().split(" ")[0] for c in attrs.get("srcset", "").split(",")
                      if c.strip()]
    return [ref for ref in found if ref.rsplit("/", 1)[-1].startswith("hero-")]


@pytest.mark.build
def test_built_site_publishes_bare_copies_once_for_both_languages(photo_site: Path):
    """Proves, on the built site: every image file of the campaign has no EXIF, GPS, XMP,
    ICC or comment; the copies are 480/960/1440 px wide; both language pages point at
    the same single set of files (under vi/); the original is not in the site, under its
    name or its bytes; the page has srcset, sizes, width and height."""
    images = sorted(p for p in photo_site.rglob("*")
                    if p.suffix.lower() in {".jpg", ".jpeg", ".webp", ".png"}
                    and "campaigns" in p.parts)
    for path in images:
        _assert_bare(path.read_bytes(), str(path.relative_to(photo_site)))
    copies = sorted(p.relative_to(photo_site).as_posix() for p in images
                    if p.name.startswith("hero-"))
    assert copies == sorted(f"vi/campaigns/{SLUG}/images/hero-{w}.{ext}"
                            for w in (480, 960, 1440) for ext in ("jpg", "webp"))
    for path in images:
        if path.name.startswith("hero-"):
            width = int(path.stem.split("-")[1])
            assert Image.open(path).size == (width, width * 4 // 3)
    original = (photo_site.parent / "campaigns" / SLUG / ORIGINAL).read_bytes()
    assert not [p for p in photo_site.rglob("*") if p.is_file()
                and (p.name == ORIGINAL or p.read_bytes() == original)]
    targets = {}
    for lang in ("vi", "en"):
        page = photo_site / lang / "campaigns" / SLUG / "index.html"
        html = page.read_text(encoding="utf-8")
        assert ORIGINAL not in html
        figure = re.search(r'<figure class="cmp-hero">.*?</figure>', html, re.S).group(0)
        assert 'sizes="' in figure and 'width="1440" height="1920"' in figure
        refs = _photo_refs(page)
        assert len(refs) == 7  # 3 WebP + 3 JPEG candidates + the plain src
        resolved = {(page.parent / ref).resolve() for ref in refs}
        assert all(p.is_file() for p in resolved), refs
        targets[lang] = resolved
    assert targets["vi"] == targets["en"]
    assert len(targets["vi"]) == 6


# ---- in Chromium (the shipped campaign with a header image) ---------------------------

SLOT_JS = """(img) => {
  // The width `sizes` announces at this viewport (px, vw and calc() only: no em/rem,
  // whose meaning differs between the sizes attribute and the page).
  const parts = img.getAttribute('sizes').split(/,(?![^(]*\\))/).map(s => s.trim())
  for (const part of parts) {
    const m = part.match(/^(\\(.*?\\))\\s+(.+)$/)
    if (m && !matchMedia(m[1]).matches) continue
    const probe = document.createElement('div')
    probe.style.cssText = 'position:absolute;visibility:hidden;width:' + (m ? m[2] : part)
    document.body.appendChild(probe)
    const width = probe.getBoundingClientRect().width
    probe.remove()
    return width
  }
}"""
VIEWPORTS = [(360, 740), (412, 915), (768, 1024), (1024, 768), (1280, 800), (1440, 900),
             (1920, 1080), (2560, 1440)]


def _hero_in_chromium(browser, url: str, width: int, height: int) -> dict:
    """Box and announced width of the photo before any copy arrives, then the copy
    the browser chose."""
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        tab = context.new_page()
        held: list = []

        def hold(route) -> None:  # noqa: ANN001 - the copies do not arrive yet
            held.append(route)

        tab.route("**/images/hero-*", hold)
        tab.goto(url, wait_until="domcontentloaded")
        img = tab.locator(".cmp-hero img")
        found = {"box": img.bounding_box(), "slot": img.evaluate(SLOT_JS),
                 "ratio": int(img.get_attribute("height")) / int(img.get_attribute("width"))}
        assert held  # the copies were asked for, and are still on their way
        tab.unroute("**/images/hero-*")  # lets the held requests through
        tab.wait_for_function("() => document.querySelector('.cmp-hero img').complete")
        found["current"] = img.evaluate("i => i.currentSrc")
        return found
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sizes_matches_the_column_and_the_box_is_reserved_before_loading(
        site_url: str, browser, lang: str):
    """Proves, in Chromium at phone to wide-screen sizes: `sizes` announces the width
    the photo is really shown at (never less, at most 10% more), the browser picks a
    WebP copy from the shared vi/ folder, and before any copy arrives the photo's box
    already has its final height (width/height attributes: no layout shift)."""
    [campaign] = [c for c in load_campaigns() if c.hero_image]
    url = f"{site_url}{lang}/{urls.html(urls.campaign_page(campaign.slug))}"
    for width, height in VIEWPORTS:
        found = _hero_in_chromium(browser, url, width, height)
        box, slot = found["box"], found["slot"]
        assert box["width"] > 200, (width, box)
        assert abs(box["height"] - box["width"] * found["ratio"]) < 2, (width, box)
        assert box["width"] - 1 <= slot <= box["width"] * 1.1 + 1, (width, slot, box)
        current = found["current"]
        assert f"/vi/campaigns/{campaign.slug}/images/hero-" in current, (width, current)
        assert current.endswith(".webp"), (width, current)
