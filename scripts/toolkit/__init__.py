"""The officials' toolkit (Di Su ward directive, points 2, 5 and 6): training modules,
inspection checklist and plan, data-exchange forms and spreadsheets, published figures.

A plain library (no MkDocs import): `toolkit_pages(lang)` returns the Markdown pages
(added by the content generator), `toolkit_files(lang)` the other files (slide decks,
CSV and XLSX templates), added by scripts/toolkit/feature.py.
"""

from scripts.toolkit.files import toolkit_files
from scripts.toolkit.load import load_toolkit
from scripts.toolkit.pages import agency_links, toolkit_pages

__all__ = ["agency_links", "load_toolkit", "toolkit_files", "toolkit_pages"]
