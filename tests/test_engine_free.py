"""The library is engine-free: only scripts/engines/ imports MkDocs, ProperDocs or
Material, and without them `python -m scripts build --stage DIR` still writes the whole
source tree."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import ROOT
from scripts.site.model import load_site
from tests.conftest import TEST_TODAY

ENGINE_IMPORT = re.compile(r"^\s*(?:from|import)\s+(?:mkdocs|properdocs|material)\b", re.M)
ADAPTERS = ROOT / "scripts" / "engines"
# Runs the library with MkDocs, ProperDocs and Material made impossible to import.
WITHOUT_ENGINE = ("import sys; "
                  "sys.modules['mkdocs'] = sys.modules['properdocs'] = None; "
                  "sys.modules['material'] = None; "
                  "from scripts.__main__ import main; raise SystemExit(main(sys.argv[1:]))")


def test_only_the_adapter_folder_imports_an_engine() -> None:
    offenders = [p.relative_to(ROOT).as_posix() for p in (ROOT / "scripts").rglob("*.py")
                 if ADAPTERS not in p.parents
                 and ENGINE_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    # ...and the adapter does (the pattern above would see it).
    assert ENGINE_IMPORT.search((ADAPTERS / "mkdocs" / "plugin.py").read_text("utf-8"))


def test_mkdocs_yml_names_the_adapter_and_no_hooks() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nhooks:" not in text
    assert re.search(r"^  - portal\s*$", text, re.M)
    assert not (ROOT / "overrides" / "hooks").exists()


def _stage(out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTAL_TODAY": TEST_TODAY}
    return subprocess.run([sys.executable, "-c", WITHOUT_ENGINE, "build", "--stage", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.build
def test_stage_writes_every_language_without_an_engine(tmp_path: Path) -> None:
    out = tmp_path / "stage"
    result = _stage(out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    site = load_site()
    for lang in site.languages:
        tree = out / lang
        # hand-written pages, with their data references filled in
        for page in (site.docs_dir(lang)).rglob("*.md"):
            staged = (tree / page.relative_to(site.docs_dir(lang))).read_text("utf-8")
            assert "{{" not in staged, page
        # pages and files generated from data, and the campaigns' printables
        assert (tree / "glossary.md").is_file()
        assert (tree / "agencies" / "index.md").is_file()
        campaign = site.campaigns[0]
        page = (tree / "campaigns" / campaign.slug / "index.md").read_text("utf-8")
        assert page.startswith("---\n") and "head_extra:" in page
        assert campaign.title(lang) in page
        assert list((tree / "leaflets").glob(f"{campaign.slug}-*.pdf"))
        assert (tree / "campaigns" / campaign.slug / "share.png").is_file()
    # the same pages in every language
    names = [{p.relative_to(out / lang).as_posix() for p in (out / lang).rglob("*.md")}
             for lang in site.languages]
    assert all(n == names[0] for n in names)


@pytest.mark.build
def test_stage_never_replaces_a_folder_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "mine.md").write_text("# Ghi chú\n", encoding="utf-8")
    result = _stage(out)
    assert result.returncode == 1
    assert "refusing to replace it" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in out.iterdir()] == ["mine.md"]


def test_portal_skip_names_the_features_left_out() -> None:
    from scripts.output.generate import FEATURES, chosen_features
    from scripts.site.output import GenerateError

    assert chosen_features(env={}) == FEATURES
    assert "leaflets" not in chosen_features(env={"PORTAL_SKIP": "leaflets"})
    with pytest.raises(GenerateError, match="unknown feature.*leaflet;"):
        chosen_features(env={"PORTAL_SKIP": "leaflet"})


@pytest.mark.build
def test_pages_without_leaflets(monkeypatch: pytest.MonkeyPatch) -> None:
    from scripts.output.generate import chosen_features
    from scripts.output.stage import source_tree

    monkeypatch.setenv("PORTAL_TODAY", TEST_TODAY)
    site = load_site()
    tree = source_tree(site, "vi", chosen_features(env={"PORTAL_SKIP": "leaflets"}))
    assert not [p for p in tree if p.startswith("leaflets/")]
    slug = site.campaigns[0].slug
    assert f"campaigns/{slug}/index.md" in tree and "agencies/index.md" in tree


# One mistake per data file, as an editor might make it: each is an InputError whose
# message names the file; the staged build stops with it, writes nothing, shows no traceback.
BROKEN_DATA = {
    "agencies.yml": ("\nformer_bodies:\n", "\nformer_body:\n"),
    "glossary.yml": ("- id: child\n", "- id: child\n  id: child\n"),
    "work-rules.yml": ("\nschema: 2\n", "\nschema: 2\nschemaa: 2\n"),
}


@pytest.mark.build
@pytest.mark.parametrize("name", sorted(BROKEN_DATA))
def test_a_broken_data_file_stops_the_build_with_its_name(tmp_path: Path, name: str) -> None:
    project = tmp_path / "project"
    for part in ("scripts", "docs", "campaigns", "overrides"):
        shutil.copytree(ROOT / part, project / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    data = project / "docs" / "data" / name
    old, new = BROKEN_DATA[name]
    text = data.read_text(encoding="utf-8")
    assert old in text
    data.write_text(text.replace(old, new, 1), encoding="utf-8")
    out = tmp_path / "stage"
    env = {**os.environ, "PORTAL_TODAY": TEST_TODAY, "PYTHONPATH": str(project),
           "PORTAL_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "scripts", "build", "--stage", str(out)],
                            cwd=project, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stdout
    assert name in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
