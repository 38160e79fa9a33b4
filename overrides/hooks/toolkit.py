"""MkDocs glue for the officials' toolkit: add its non-Markdown files to the build.

The toolkit's pages come through the content generator; this adds the slide decks and
the CSV/XLSX templates (all logic in scripts/toolkit, which knows nothing of MkDocs).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from scripts.toolkit import toolkit_files


def on_files(files, config):  # noqa: ANN001, ANN201 - MkDocs hook signature
    for path, content in toolkit_files(config.theme["language"]).items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"toolkit: {path} would replace an existing file")
        files.append(File.generated(config, path, content=content))
    return files
