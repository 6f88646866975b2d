"""WordPress-style shortcodes: ``[name attr=value …]`` and ``[name …]body[/name]``.

A shortcode is enclosing when a matching closing tag follows it; ``[lz_table]`` must have
one. Attribute values may be bare, in straight quotes or in curly quotes (``”…”`` as well as
``“…”``). Unknown shortcodes are kept. The scan is linear in the length of the text, and so
is the memory: each enclosing shortcode keeps a copy of its body, so enclosing shortcodes
nest at most ``MAX_DEPTH`` deep (a deeper one is a ``ShortcodeError``).

>>> [code.name for code in parse_shortcodes("a [b x=1] c [d]e[/d]")]
['b', 'd']
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..errors import ShortcodeError
from ..model.documents import Shortcode
from ..model.span import Span

__all__ = ["MAX_DEPTH", "REQUIRES_CLOSING", "parse_shortcodes"]

REQUIRES_CLOSING: frozenset[str] = frozenset({"lz_table"})
"""Shortcodes that are never self-closing: an opening tag without its closing tag is an error."""

MAX_DEPTH = 20
"""How deep enclosing shortcodes may nest (``[a][b]x[/b][/a]`` is 2 deep). Each level copies
its body, so without a bound 100 KB of ``[a]`` tags would take gigabytes."""

# The negative lookahead pins the name, so a tag without its ``]`` fails without backtracking;
# the tag's inside never contains a bracket, so each scan stops at the next ``[``.
_TAG = re.compile(r"\[(?P<close>/)?(?P<name>[A-Za-z][\w-]*)(?![\w-])(?P<inside>[^\[\]]*)\]")

# Each quoted form's closing quote is the first character its body excludes, so a failed
# quote only ever scans to the next quote mark of its kind: the tokenising stays linear.
_ATTRIBUTE = re.compile(
    r"""\s*(?:(?P<key>[\w-]+)\s*=\s*)?(?:
        "(?P<straight>[^"]*)"
      | '(?P<single>[^']*)'
      | [“”](?P<curly>[^“”]*)[“”]
      | [‘’](?P<curly_single>[^‘’]*)[‘’]
      | (?P<bare>[^\s"'“”‘’]+)
      | (?P<stray>\S)
    )""",
    re.VERBOSE,
)


@attrs.define
class _Open:
    """An opening tag waiting for its closing tag."""

    index: int
    name: str
    attributes: tuple[tuple[str, str], ...]
    start: int
    end: int
    depth: int = 0  # the deepest nesting of enclosing shortcodes closed inside it so far


def parse_shortcodes(text: str) -> tuple[Shortcode, ...]:
    """Every shortcode in ``text``, nested ones included, in the order they open.

    Raises ``ShortcodeError`` (with the position) for a closing tag that closes nothing open,
    an unclosed ``[lz_table]`` or an attribute whose quoted value never ends.

    >>> code, = parse_shortcodes('[lz_table title=”Sanctuary Jurisdictions”]x[/lz_table]')
    >>> code.get("title"), code.body
    ('Sanctuary Jurisdictions', 'x')
    """
    codes, problems = scan_shortcodes(text)
    if problems:
        raise problems[0]
    return codes


def scan_shortcodes(text: str) -> tuple[tuple[Shortcode, ...], tuple[ShortcodeError, ...]]:
    """The shortcodes ``parse_shortcodes`` finds, and the errors it would raise, all of them.

    A stray closing tag is skipped; an unclosed tag is read as self-closing.

    >>> codes, problems = scan_shortcodes("[a][/b]")
    >>> [code.name for code in codes], problems[0].reason
    (['a'], 'closing tag [/b] closes nothing that is open')
    """
    found: list[Shortcode | None] = []
    problems: list[ShortcodeError] = []
    stack: list[_Open] = []
    open_names: dict[str, int] = {}
    lines = _Lines(text)
    for match in _TAG.finditer(text):
        name = match["name"]
        if match["close"]:
            _close(text, match, stack, open_names, found, problems, lines)
            continue
        inside = match["inside"]
        explicit_self_closing = inside.rstrip().endswith("/")
        if explicit_self_closing:
            inside = inside.rstrip()[:-1]
        try:
            attributes = _attributes(text, inside, match.start("inside"))
        except ShortcodeError as error:
            problems.append(error)
            attributes = ()
        opening = _Open(len(found), name, attributes, match.start(), match.end())
        found.append(None)
        if explicit_self_closing:
            found[opening.index] = _self_closing(opening)
        else:
            stack.append(opening)
            open_names[name] = open_names.get(name, 0) + 1
    for opening in stack:
        if opening.name in REQUIRES_CLOSING:
            problems.append(
                ShortcodeError(
                    f"[{opening.name}] opened at {lines.describe(opening.start)}"
                    f" has no closing [/{opening.name}]",
                    text,
                    opening.start,
                )
            )
        found[opening.index] = _self_closing(opening)
    codes = tuple(code for code in found if code is not None)
    problems.sort(key=lambda error: error.position or 0)
    return codes, tuple(problems)


def _close(
    text: str,
    match: re.Match[str],
    stack: list[_Open],
    open_names: dict[str, int],
    found: list[Shortcode | None],
    problems: list[ShortcodeError],
    lines: _Lines,
) -> None:
    name = match["name"]
    if match["inside"].strip():
        problems.append(
            ShortcodeError(f"closing tag [/{name}] takes no attributes", text, match.start())
        )
        return
    if not open_names.get(name):
        problems.append(
            ShortcodeError(
                f"closing tag [/{name}] closes nothing that is open", text, match.start()
            )
        )
        return
    # Tags opened after ours and still open are self-closing ones inside its body.
    inner = 0
    while True:
        opening = stack.pop()
        open_names[opening.name] -= 1
        inner = max(inner, opening.depth)
        if opening.name == name:
            break
        if opening.name in REQUIRES_CLOSING:
            problems.append(
                ShortcodeError(
                    f"[{opening.name}] opened at {lines.describe(opening.start)}"
                    f" is not closed before [/{name}]",
                    text,
                    opening.start,
                )
            )
        found[opening.index] = _self_closing(opening)
    depth = inner + 1
    if stack:
        stack[-1].depth = max(stack[-1].depth, depth)
    if depth > MAX_DEPTH:
        problems.append(
            ShortcodeError(
                f"[{name}] opened at {lines.describe(opening.start)} encloses shortcodes "
                f"nested {depth} deep, more than the {MAX_DEPTH} allowed",
                text,
                opening.start,
            )
        )
        found[opening.index] = _self_closing(opening)
        return
    found[opening.index] = Shortcode(
        opening.name,
        opening.attributes,
        Span(opening.start, match.end()),
        body=text[opening.end : match.start()],
        body_span=Span(opening.end, match.start()),
    )


def _self_closing(opening: _Open) -> Shortcode:
    return Shortcode(opening.name, opening.attributes, Span(opening.start, opening.end))


def _attributes(text: str, inside: str, offset: int) -> tuple[tuple[str, str], ...]:
    attributes: list[tuple[str, str]] = []
    position = 0
    positional = 0
    while position < len(inside):
        match = _ATTRIBUTE.match(inside, position)
        if match is None:  # only trailing whitespace is left
            break
        position = match.end()
        if match["stray"] is not None and match["key"] is not None:
            raise ShortcodeError(
                f"the value of {match['key']!r} opens a quote that never closes",
                text,
                offset + match.start("stray"),
            )
        value = next(v for v in match.group(*_VALUE_GROUPS) if v is not None)
        key = match["key"]
        if key is None:
            key = str(positional)
            positional += 1
        attributes.append((key, value))
    return tuple(attributes)


_VALUE_GROUPS = ("straight", "single", "curly", "curly_single", "bare", "stray")


class _Lines:
    """Line and column numbers (1-based) of positions in a text, indexed once."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def describe(self, position: int) -> str:
        line = bisect.bisect_right(self._starts, position)
        return f"line {line}, column {position - self._starts[line - 1] + 1}"
