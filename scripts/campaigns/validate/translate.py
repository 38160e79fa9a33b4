"""pydantic's error types -> the message codes of errors.CATALOG (no pydantic wording)."""

from __future__ import annotations

import types
import typing
from typing import Any

from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel, ValidationError

from scripts.campaigns.validate.snippets import history_snippet

Loc = tuple[str | int, ...]
Problem = tuple[Loc, str, dict[str, Any]]

# Fields of older campaign files that have been replaced: a message of their own (what
# replaces them), not "maybe a typo".
RETIRED = {"revision", "previous_start"}
LANG_NAMES = {"vi": ("tiếng Việt", "Vietnamese"), "en": ("tiếng Anh", "English")}
# pydantic type family -> (vi, en) what was expected, (vi, en) how to fix it
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    "string": ("văn bản", "text",
               "Đặt nội dung trong ngoặc kép, ví dụ: \"2026\".",
               "Put the text in double quotes, e.g. \"2026\"."),
    "int": ("số nguyên", "a whole number",
            "Viết một số nguyên, không có ngoặc kép, ví dụ: 15.",
            "Write a whole number without quotes, e.g. 15."),
    "float": ("số", "a number",
              "Viết một số, dùng dấu chấm cho phần thập phân, ví dụ: 20.9312.",
              "Write a number with a decimal point, e.g. 20.9312."),
    "bool": ("true hoặc false", "true or false",
             "Viết true (có) hoặc false (không).", "Write true (yes) or false (no)."),
    "date": ("ngày", "a date",
             "Viết theo dạng 2026-08-20 (năm-tháng-ngày).",
             "Write it as 2026-08-20 (year-month-day)."),
    "list": ("danh sách (các dòng bắt đầu bằng '- ')", "a list (lines starting with '- ')",
             "Viết mỗi mục trên một dòng, bắt đầu bằng '- ' (xem campaigns/_example.yml).",
             "Write one item per line, starting with '- ' (see campaigns/_example.yml)."),
    "dict": ("các trường con (vi:, en: ...)", "sub-fields (vi:, en: ...)",
             "Viết các trường con trên các dòng sau, thụt vào 2 dấu cách (xem "
             "campaigns/_example.yml).",
             "Write the sub-fields on the next lines, indented by 2 spaces (see "
             "campaigns/_example.yml)."),
    "model": ("các trường con (xem mẫu)", "sub-fields (see the example)",
              "Viết các trường con trên các dòng sau, thụt vào 2 dấu cách (xem "
              "campaigns/_example.yml).",
              "Write the sub-fields on the next lines, indented by 2 spaces (see "
              "campaigns/_example.yml)."),
}
OTHER = ("giá trị khác", "another kind of value",
         "Xem cách viết trường này trong campaigns/_example.yml.",
         "See how this field is written in campaigns/_example.yml.")


def _inner(annotation: Any) -> Any:
    """X from X | None, Annotated[X, ...] stays (its metadata is what we want)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if args else annotation
    return annotation


def bounds(model: type[BaseModel], loc: Loc) -> tuple[Any, Any]:
    """(lowest, highest) allowed for the number at `loc`, from the model itself."""
    current: Any = model
    info = None
    for part in loc:
        if isinstance(part, int):
            args = typing.get_args(_inner(current))
            current = args[0] if args else current
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None, None
        info = current.model_fields.get(part)
        if info is None:
            return None, None
        current = _inner(info.annotation)
    low = high = None
    for meta in info.metadata if info is not None else []:
        if isinstance(meta, Ge | Gt):
            low = meta.ge if isinstance(meta, Ge) else meta.gt
        elif isinstance(meta, Le | Lt):
            high = meta.le if isinstance(meta, Le) else meta.lt
    return low, high


def _range(low: Any, high: Any) -> dict[str, str]:
    if low is not None and high is not None:
        return {"range_vi": f"từ {low} đến {high}", "range_en": f"from {low} to {high}"}
    if low is not None:
        return {"range_vi": f"từ {low} trở lên", "range_en": f"of at least {low}"}
    return {"range_vi": f"không quá {high}", "range_en": f"of at most {high}"}


def problems(model: type[BaseModel], exc: ValidationError) -> list[Problem]:
    """One (loc, code, ctx) per pydantic error, in editors' terms."""
    out: list[Problem] = []
    for err in exc.errors(include_url=False):
        # Drop validator wrappers such as 'function-after[...]' from the path.
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        kind, ctx = err["type"], dict(err.get("ctx") or {})
        name = str(loc[-1]) if loc and isinstance(loc[-1], str) else "(file)"
        if kind == "missing" and loc and loc[-1] in LANG_NAMES:
            vi_name, en_name = LANG_NAMES[str(loc[-1])]
            code, ctx = "missing_language", {"name": loc[-1], "lang_vi": vi_name,
                                             "lang_en": en_name}
        elif kind == "missing":
            code, ctx = "missing", {"name": name}
        elif kind == "extra_forbidden" and name in RETIRED:
            # previous_start's replacement is shown with the editor's own date.
            code, ctx = f"retired_{name}", {"snippet": history_snippet({"start": err["input"]})}
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
        elif kind == "literal_error" and name == "attendance":
            code, ctx = "bad_attendance", {"value": err["input"]}
        elif kind == "literal_error":
            code, ctx = "bad_status", {"value": err["input"]}
        elif kind in {"local_datetime", "clock", "https_url", "email"}:
            code = kind
        elif kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
            code, ctx = "out_of_range", {"value": err["input"], **_range(*bounds(model, loc))}
        elif kind.endswith(("_type", "_parsing")) or kind == "model_attributes_type":
            vi_exp, en_exp, vi_fix, en_fix = EXPECTED.get(kind.split("_")[0], OTHER)
            code, ctx = "wrong_type", {"expected_vi": vi_exp, "expected_en": en_exp,
                                       "fix_vi": vi_fix, "fix_en": en_fix}
        else:
            code, ctx = "invalid", {}
        out.append((loc, code, ctx))
    return out
