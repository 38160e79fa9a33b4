"""Leaflet text that does not fit is an editor's error like any other: `make
campaigns-validate` finds it (not only the build), names the file, the line and the
field in words in both languages, and says the real cause."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import CAMPAIGNS, ROOT

pytestmark = pytest.mark.build  # renders leaflets

MESSAGE = ('  - vi: "Cùng nhau giữ trẻ em ở trường và được vui chơi, học tập, lớn lên an toàn."\n'
           '    en: "Together, let us keep children in school, free to play, learn and grow."\n')


def _campaign(folder: Path, messages: str) -> Path:
    text = (CAMPAIGNS / "_example.yml").read_text(encoding="utf-8")
    start = text.index("messages:\n") + len("messages:\n")
    end = text.index("\n\n", start) + 1
    path = folder / "chien-dich-thu.yml"
    path.write_text(text[:start] + messages + text[end:], encoding="utf-8")
    return path


def _validate(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTAL_TODAY": "2026-05-20"}
    return subprocess.run([sys.executable, "-m", "scripts.campaigns", "validate", str(folder)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_too_many_messages_is_said_to_be_the_amount(tmp_path: Path) -> None:
    path = _campaign(tmp_path, MESSAGE * 14)
    result = _validate(tmp_path)
    out = result.stderr
    assert result.returncode == 1, result.stdout + out
    assert "Traceback" not in out
    assert "chien-dich-thu.yml:" in out
    # the cause is the amount, said with the counts, at the longest list's line
    line = path.read_text(encoding="utf-8").splitlines().index("messages:") + 1
    assert f"chien-dich-thu.yml:{line}:" in out
    assert "tờ này chứa quá nhiều (14 thông điệp, 3 phát biểu pháp luật" in out
    assert "too much on this sheet (messages: 14, law statements: 3" in out
    assert "Trên tờ rơi khổ A5 (vi)" in out and "On the A5 flyer (en)" in out
    assert "tràn ra ngoài ô của nó" not in out  # not blamed on one text


def test_one_long_message_is_said_to_be_too_long(tmp_path: Path) -> None:
    long = "Cùng nhau giữ trẻ em ở trường và được vui chơi, học tập. " * 40
    path = _campaign(tmp_path, f'  - vi: "{long.strip()}"\n    en: "Short."\n' + MESSAGE)
    result = _validate(tmp_path)
    out = result.stderr
    assert result.returncode == 1, result.stdout + out
    line = path.read_text(encoding="utf-8").splitlines().index(f'  - vi: "{long.strip()}"') + 1
    assert f"chien-dich-thu.yml:{line}:" in out
    assert "thông điệp thứ 1" in out or "message 1" in out
    assert "tràn ra ngoài ô của nó" in out and "runs" in out and "past its box" in out
    assert "quá nhiều" not in out
    # 2,300 characters run off the sheet, where layout stops: the figure is a lower bound.
    assert "tràn ra ngoài ô của nó ít nhất" in out and "runs at least" in out


def test_a_campaign_that_fits_validates(tmp_path: Path) -> None:
    _campaign(tmp_path, MESSAGE * 2)
    result = _validate(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OK:" in result.stdout
