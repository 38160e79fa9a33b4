"""Spreadsheet templates of the data-exchange forms: CSV and XLSX (openpyxl).

One row per indicator and age group with the count left blank; counts and categories
only, so the columns themselves can never hold a child's identity.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from scripts.i18n import t

# Column keys, in order; their headers come from the UI tables.
COLUMNS = ("period", "body", "code", "indicator", "age", "count")
HEADER_KEYS = {"period": "toolkit_period", "body": "toolkit_col_body",
               "code": "toolkit_col_code", "indicator": "toolkit_col_indicator",
               "age": "toolkit_col_age", "count": "toolkit_col_count"}
# A fixed timestamp: the same data gives the same file (no spurious changes).
_STAMP = dt.datetime(2026, 1, 1)


def headers(lang: str) -> list[str]:
    return [t(lang, HEADER_KEYS[c]) for c in COLUMNS]


def to_csv(rows: list[dict[str, str]], lang: str) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers(lang))
    for row in rows:
        writer.writerow(["", row["body"], row["code"], row["indicator"], row["age"], ""])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(title: str, rows: list[dict[str, str]], lang: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]  # Excel's limit for a sheet name
    ws.append(headers(lang))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([None, row["body"], row["code"], row["indicator"], row["age"], None])
    last = ws.max_row
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True, showErrorMessage=True,
                            error=t(lang, "toolkit_count_rule"))
    ws.add_data_validation(counts)
    counts.add(f"F2:F{max(last, 2)}")
    for col, width in zip("ABCDEF", (14, 36, 34, 60, 34, 10), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    wb.properties.created = wb.properties.modified = _STAMP
    out = io.BytesIO()
    wb.save(out)
    return _reproducible(out.getvalue())


def _reproducible(xlsx: bytes) -> bytes:
    """openpyxl stamps the time of saving (core.xml `modified`, each zip entry's date):
    rewritten with the fixed stamp, so the same data gives the same bytes and the file
    does not tell when the site was built."""
    stamp = _STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, body)
            entry = zipfile.ZipInfo(info.filename, date_time=_STAMP.timetuple()[:6])
            dst.writestr(entry, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
