"""The one error type for mistakes in the portal's input files.

Data files, pages, campaign files and the language table each raise a subclass of
`InputError` (ContentDataError, RulesError, CampaignValidationError, …), so every
caller — the build, the staged-tree command, the engine adapter — catches one type and
shows its message as it is: it names the file, the line and the field, and says the fix.
An editor never sees a traceback for their own mistake.
"""

from __future__ import annotations


class InputError(ValueError):
    """A mistake in an input file; `file`, `line` and `field` say where when known."""

    def __init__(self, message: str = "", *, file: str | None = None,
                 line: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.file, self.line, self.field = file, line, field
