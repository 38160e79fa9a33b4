"""Explain a YAML syntax error in editors' words, on the line that holds the mistake.

PyYAML names parser states ("expected <block end>, but found '<scalar>'") and often
notices a mistake one or two lines after it was made. Here the error and the tokens read
before it are looked at to find what the editor actually typed wrong and where.
"""

from __future__ import annotations

import re

import yaml

Explained = tuple[str, int]  # (message code in errors.CATALOG, 1-based line)

# A ':' glued to the next character ("vi:"Tên"") is not a field separator in YAML.
_GLUED_COLON = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*:[^\s]")


def _line(mark: yaml.Mark | None) -> int:
    return mark.line + 1 if mark is not None else 1


def _text_line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _tokens_before(text: str, index: int) -> list[yaml.Token]:
    """The tokens that start before `index` (scanning stops at the error)."""
    scanner = yaml.SafeLoader(text)
    tokens: list[yaml.Token] = []
    try:
        while scanner.check_token():
            tokens.append(scanner.get_token())
            if tokens[-1].start_mark.index >= index:
                break
    except yaml.YAMLError:
        # Tokens that might still turn out to be keys wait in the queue: take them too.
        tokens.extend(scanner.tokens)
    finally:
        scanner.dispose()
    return [t for t in tokens if t.start_mark.index < index]


def _last_scalar(tokens: list[yaml.Token]) -> yaml.ScalarToken | None:
    for token in reversed(tokens):
        if isinstance(token, yaml.ScalarToken):
            return token
        if not isinstance(token, yaml.ValueToken | yaml.KeyToken):
            return None
    return None


def _glued_colon(text: str, scalar: yaml.ScalarToken | None) -> int | None:
    """The line of 'vi:"Tên"' (read by YAML as text, not as a field), if that is it."""
    if scalar is None or scalar.style is not None:
        return None
    line = _line(scalar.start_mark)
    return line if _GLUED_COLON.match(_text_line(text, line)) else None


def _misplaced(text: str, problem: yaml.Mark) -> Explained:
    """A line that starts where no field or item can: indentation, or a glued colon."""
    glued = _glued_colon(text, _last_scalar(_tokens_before(text, problem.index)))
    return ("yaml_colon_space", glued) if glued else ("yaml_indent", _line(problem))


def _after_scalar(text: str, problem: yaml.Mark) -> Explained:
    """Text found where a new line or field was expected: what came before it?"""
    scalar = _last_scalar(_tokens_before(text, problem.index))
    if scalar is not None and scalar.style in {'"', "'"}:
        if scalar.start_mark.line != scalar.end_mark.line:
            # A quote left open swallows the next lines up to the next quote character.
            return "yaml_quote_unclosed", _line(scalar.start_mark)
        return "yaml_after_quote", _line(problem)
    glued = _glued_colon(text, scalar)
    return ("yaml_colon_space", glued) if glued else ("yaml_indent", _line(problem))


def _mapping_not_allowed(text: str, problem: yaml.Mark) -> Explained:
    """'mapping values are not allowed here': a ':' where only text may be."""
    scalar = _last_scalar(_tokens_before(text, problem.index))
    if scalar is not None and scalar.start_mark.line < problem.line:
        # The text began on an earlier line and ran on into this one.
        glued = _glued_colon(text, scalar)
        return ("yaml_colon_space", glued) if glued else ("yaml_indent", _line(problem))
    return "yaml_colon_in_text", _line(problem)


def explain(text: str, exc: yaml.YAMLError) -> Explained:
    """(message code, line of the mistake) for a YAML error raised while parsing `text`."""
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or ""
    context = getattr(exc, "context", None) or ""
    if problem_mark is None:
        return "yaml_syntax", 1
    if "'\\t'" in problem:
        return "yaml_tab", _line(problem_mark)
    if context == "while scanning a simple key":
        # Noticed on the next line; the key without its ':' is on the context line.
        line = _line(context_mark or problem_mark)
        if _GLUED_COLON.match(_text_line(text, line)):
            return "yaml_colon_space", line
        return "yaml_colon_missing", line
    if context == "while scanning a quoted scalar":
        return "yaml_quote_unclosed", _line(context_mark or problem_mark)
    if problem == "mapping values are not allowed here":
        return _mapping_not_allowed(text, problem_mark)
    if context.startswith("while parsing a flow"):
        return "yaml_bracket", _line(context_mark or problem_mark)
    if "that cannot start any token" in problem:
        return "yaml_special_char", _line(problem_mark)
    if problem.startswith("found undefined alias"):
        return "yaml_special_char", _line(problem_mark)
    if problem.startswith("expected <block end>") or problem.startswith("expected '<document"):
        if "'<scalar>'" in problem:
            return _after_scalar(text, problem_mark)
        return _misplaced(text, problem_mark)
    return "yaml_syntax", _line(problem_mark)
