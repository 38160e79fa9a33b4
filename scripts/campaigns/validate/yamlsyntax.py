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


def _tokens_before(text: str, index: int) -> list[yaml.Token]:
    """The tokens that start before `index` (scanning stops at the error)."""
    tokens: list[yaml.Token] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= index:
                break
            tokens.append(token)
    except yaml.YAMLError:
        pass
    return tokens


def _last_scalar(tokens: list[yaml.Token]) -> yaml.ScalarToken | None:
    for token in reversed(tokens):
        if isinstance(token, yaml.ScalarToken):
            return token
        if not isinstance(token, yaml.ValueToken | yaml.KeyToken):
            return None
    return None


def _after_scalar(text: str, problem: yaml.Mark) -> Explained:
    """Text found where a new line or field was expected: what came before it?"""
    scalar = _last_scalar(_tokens_before(text, problem.index))
    if scalar is not None and scalar.style in {'"', "'"}:
        if scalar.start_mark.line != scalar.end_mark.line:
            # A quote left open swallows the next lines up to the next quote character.
            return "yaml_quote_unclosed", _line(scalar.start_mark)
        return "yaml_after_quote", _line(problem)
    return "yaml_indent", _line(problem)


def _mapping_not_allowed(text: str, problem: yaml.Mark) -> Explained:
    """'mapping values are not allowed here': a ':' where only text may be."""
    scalar = _last_scalar(_tokens_before(text, problem.index))
    if scalar is not None and scalar.start_mark.line < problem.line:
        # The text began on an earlier line and ran on into this one.
        first = text.splitlines()[scalar.start_mark.line]
        if _GLUED_COLON.match(first):
            return "yaml_colon_space", _line(scalar.start_mark)
        return "yaml_indent", _line(problem)
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
        return "yaml_colon_missing", _line(context_mark or problem_mark)
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
        return "yaml_indent", _line(problem_mark)
    return "yaml_syntax", _line(problem_mark)
