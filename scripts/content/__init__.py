"""Legal-guidance content: data files, page rendering and generated pages.

A plain library (no MkDocs import), so another site engine could reuse it as is:
- `load_content()` reads and validates docs/data/{sources,facts,glossary,agencies}.yml;
- `render_markdown()` renders a page's Markdown as a Jinja2 template with that data;
- `generated_pages()` returns the pages built from the data (agencies, glossary...).
"""

from scripts.content.data import ContentData, ContentDataError, load_content
from scripts.content.generate import generated_pages
from scripts.content.render import ContentRenderError, render_markdown

__all__ = [
    "ContentData",
    "ContentDataError",
    "ContentRenderError",
    "generated_pages",
    "load_content",
    "render_markdown",
]
