"""What a build produces, engine-free: `generate(site, lang)` runs every feature in a
fixed order and returns one `Output`; `pages` prepares each page for the engine;
`stage` writes the whole source tree to a folder (`python -m scripts build --stage`)."""

from scripts.output.model import GenerateError, Output, Page

__all__ = ["GenerateError", "Output", "Page"]
