"""A long alternation of word patterns, tried at a word only with the alternatives that can
start with the word's first three characters.

Python's regular-expression engine tries every alternative of an alternation in turn at each
place it enters it: an alternation of thirty or fifty cue patterns costs thirty or fifty
attempts at every word of a text, though the word's first letters rule out most of them. A
`FirstLetterAlternation` reads, from each alternative's parsed pattern, the two-character
starts it can have (`starts`), and at each word tries only the alternatives its first two
characters allow, one by one in their order: the first that matches is the one the whole
alternation takes (the others could not match there), so `finditer` finds exactly what the
whole alternation's `finditer` finds. Session 23: dispatching on two characters instead of one
made the event-type cue pass about a third faster (most words share a first letter with
several cues, few share the second too); session 30: three characters, the beginnings read
the same way (`_prefixes`), made it faster again by more than half.

An alternative whose starts cannot be read (a class like ``\\w``, a back reference) is kept
wherever they cannot: the dispatch is only ever a superset of the alternatives that can match.

The patterns are read by `_Reader`, written against the documented regular-expression syntax
(session 27: it replaced the `re` module's private parser, which is no interface and may
change in any Python release; on every pattern of the extractor and 20,000 random ones it
reads the same starts).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["FirstLetterAlternation", "first_letters", "prefix_tree_pattern", "starts"]

_LETTERS = frozenset(string.ascii_lowercase)
_SPACE = " \t\n\r\f\v"
# No bound on a repeat ("*", "+", "{2,}").
_UNBOUNDED = 1 << 32

# What a piece of a pattern can begin with: (characters read, how it goes on) where "full" is
# as many characters as asked for, "any" is fewer with anything after them (not readable), and
# "end" is fewer with the piece matched whole (what follows it goes on from there).
_Start = tuple[str, str]
_FULL, _ANY, _END = "full", "any", "end"

# The escapes of a class of characters (None: not readable, as a word character is any
# letter of any script), of a boundary, of one character, and the hexadecimal ones with their
# number of digits.
_CATEGORIES: Mapping[str, frozenset[str] | None] = {
    "d": frozenset(string.digits), "s": frozenset(_SPACE), "w": None, "D": None, "S": None,
    "W": None}
_ZERO_ESCAPES = frozenset("bBAZ")
_CHAR_ESCAPES: Mapping[str, str] = {
    "n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX_DIGITS: Mapping[str, int] = {"x": 2, "u": 4, "U": 8}

# A pattern read into pieces (`_Reader`), each (kind, argument):
#   ("literal", char), ("class", set of chars | None: not readable), ("group", pieces),
#   ("branch", [pieces, ...]), ("repeat", (least, most, pieces)), ("zero", None): a boundary
#   or a look-around, ("any", None): anything else (".", a back reference, a condition).
_Piece = tuple[str, Any]


class _Unreadable(ValueError):
    """A pattern this reader does not know how to read (its starts are then not read)."""


class _Reader:
    """Reads the pieces of a regular expression (Python's syntax, no flags) that tell what a
    match can begin with. Written against the documented syntax (the `re` module's private
    parser is not an interface): what it does not know it reads as "any" or gives up on, which
    only makes the starts wider (never wrong)."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def read(self) -> list[_Piece]:
        pieces = self._alternation()
        if self.at != len(self.text):
            raise _Unreadable(f"unbalanced parenthesis at {self.at}")
        return pieces

    def _peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def _alternation(self) -> list[_Piece]:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.at += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else [("branch", branches)]

    def _sequence(self) -> list[_Piece]:
        pieces: list[_Piece] = []
        while self._peek() not in ("", "|", ")"):
            piece = self._atom()
            if piece is None:
                continue
            pieces.append(self._quantified(piece))
        return pieces

    def _quantified(self, piece: _Piece) -> _Piece:
        bounds = self._quantifier()
        if bounds is None:
            return piece
        if piece[0] == "zero":
            raise _Unreadable("a repeated boundary")
        if self._peek() in ("?", "+"):  # lazy or possessive: the same characters
            self.at += 1
        if self._peek() in ("*", "+", "?") or self._brace_bounds() is not None:
            raise _Unreadable("multiple repeat")
        return ("repeat", (bounds[0], bounds[1], [piece]))

    def _quantifier(self) -> tuple[int, int] | None:
        char = self._peek()
        if char in ("*", "+", "?"):
            self.at += 1
            return {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[char]
        bounds = self._brace_bounds()
        if bounds is not None:
            self.at = bounds[2]
            return bounds[0], bounds[1]
        return None

    def _brace_bounds(self) -> tuple[int, int, int] | None:
        """(least, most, end) of a "{m,n}" here; None where the brace is a literal one."""
        found = re.match(r"\{(\d*)(,?)(\d*)\}", self.text[self.at:])
        if found is None or not (found.group(1) or found.group(3)):
            return None
        least = int(found.group(1) or 0)
        most = int(found.group(3)) if found.group(3) else (
            _UNBOUNDED if found.group(2) else least)
        if most < least:
            raise _Unreadable("min repeat greater than max repeat")
        return least, most, self.at + found.end()

    def _atom(self) -> _Piece | None:
        char = self._peek()
        self.at += 1
        if char == "(":
            return self._group()
        if char == "[":
            return ("class", self._class())
        if char == "\\":
            return self._escape(in_class=False)
        if char in ("^", "$"):
            return ("zero", None)
        if char == ".":
            return ("any", None)
        if char in ("*", "+", "?") or (char == "{" and self._brace_bounds_before()):
            raise _Unreadable("nothing to repeat")
        return ("literal", char)

    def _brace_bounds_before(self) -> bool:
        self.at -= 1
        bounds = self._brace_bounds()
        self.at += 1
        return bounds is not None

    def _group(self) -> _Piece | None:
        kind = "group"
        if self.text.startswith("?", self.at):
            self.at += 1
            marker = self._peek()
            if marker == ":":
                self.at += 1
            elif marker == "P" and self.text.startswith("P<", self.at):
                self.at = self.text.index(">", self.at) + 1
            elif marker == "P" and self.text.startswith("P=", self.at):
                self.at = self.text.index(")", self.at) + 1
                return ("any", None)  # a back reference by name
            elif marker in ("=", "!"):
                self.at += 1
                kind = "zero"
            elif self.text.startswith(("<=", "<!"), self.at):
                self.at += 2
                kind = "zero"
            elif marker == ">":
                self.at += 1
            elif marker == "#":  # a comment
                self.at = self.text.index(")", self.at) + 1
                return None
            else:
                flags = re.match(r"[aiLmsux-]*", self.text[self.at:])
                assert flags is not None
                self.at += flags.end()
                if self._peek() == ")":  # global flags: change nothing read here
                    self.at += 1
                    return None
                if self._peek() != ":":
                    raise _Unreadable("a group this reader does not know")  # (?(1)...)
                self.at += 1
        pieces = self._alternation()
        if self._peek() != ")":
            raise _Unreadable("missing )")
        self.at += 1
        return ("zero", None) if kind == "zero" else ("group", pieces)

    def _class(self) -> set[str] | None:
        chars: set[str] | None = set()
        if self._peek() == "^":
            self.at += 1
            chars = None  # a negated set: not readable
        first = True
        while True:
            char = self._peek()
            if char == "":
                raise _Unreadable("unterminated character set")
            if char == "]" and not first:
                self.at += 1
                return chars
            first = False
            self.at += 1
            if char == "\\":
                escaped = self._escape(in_class=True)
                members = escaped[1] if escaped[0] == "class" else {escaped[1]}
                if chars is not None:
                    chars = None if members is None else chars | members
                continue
            if self._peek() == "-" and self.text[self.at + 1:self.at + 2] not in ("]", ""):
                self.at += 1
                last = self._peek()
                self.at += 1
                if last == "\\":
                    escaped = self._escape(in_class=True)
                    if escaped[0] != "literal":
                        raise _Unreadable("bad character range")
                    last = escaped[1]
                if ord(last) < ord(char):
                    raise _Unreadable("bad character range")
                if chars is not None:
                    chars |= {chr(code) for code in range(ord(char), ord(last) + 1)}
                continue
            if chars is not None:
                chars.add(char)

    def _escape(self, *, in_class: bool) -> _Piece:
        char = self._peek()
        if char == "":
            raise _Unreadable("bad escape (end of pattern)")
        self.at += 1
        if char in _CATEGORIES:
            members = _CATEGORIES[char]
            return ("class", None if members is None else set(members))
        if char in _ZERO_ESCAPES:
            if in_class:
                if char == "b":
                    return ("literal", "\b")
                raise _Unreadable("bad escape in a set")
            return ("zero", None)
        if char in _CHAR_ESCAPES:
            return ("literal", _CHAR_ESCAPES[char])
        if char in _HEX_DIGITS:
            digits = self.text[self.at:self.at + _HEX_DIGITS[char]]
            if len(digits) != _HEX_DIGITS[char] or any(d not in string.hexdigits for d in digits):
                raise _Unreadable(f"incomplete escape \\{char}{digits}")
            self.at += len(digits)
            return ("literal", chr(int(digits, 16)))
        if char.isdigit() and char != "0" and not in_class:
            while self._peek().isdigit():
                self.at += 1
            return ("any", None)  # a back reference
        if char.isdigit() or char == "N":
            raise _Unreadable("an octal or a named escape")
        if char.isascii() and char.isalpha():
            raise _Unreadable(f"bad escape \\{char}")
        return ("literal", char)


def starts(pattern: str, length: int = 2) -> dict[str, frozenset[str] | None] | None:
    """The first characters a match of `pattern` (no flags) can have, each with the second
    characters that can follow it (None: any, or the match may end there), or None when the
    first cannot be read or the pattern can match the empty string."""
    try:
        found = _sequence(_Reader(pattern).read(), length)
    except (ValueError, IndexError):
        return None
    table: dict[str, set[str] | None] = {}
    for text, _ in found:
        if not text:
            return None
        seconds = table.setdefault(text[0], set())
        if len(text) < 2 or seconds is None:
            table[text[0]] = None
        else:
            seconds.add(text[1])
    return {first: None if seconds is None else frozenset(seconds)
            for first, seconds in table.items()}


def first_letters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` (no flags) can start with, or None when they
    cannot be read from it (or it can match the empty string)."""
    table = starts(pattern, 1)
    return None if table is None else frozenset(table)


def _sequence(items: Sequence[_Piece], length: int) -> set[_Start]:
    """The starts of pieces one after the other, up to `length` characters. A look-around is
    skipped: what it rules out only makes the set larger than needed."""
    found: set[_Start] = {("", _END)}
    for item in items:
        found = _then(found, lambda left, item=item: _item(item, left), length)
        if all(how != _END for _, how in found):
            break
    return found


def _then(found: set[_Start], following: Any, length: int) -> set[_Start]:
    """The starts `found`, those that ended continued by `following(characters left)`."""
    result: set[_Start] = set()
    for text, how in found:
        if how != _END:
            result.add((text, how))
            continue
        for more, more_how in following(length - len(text)):
            whole = text + more
            result.add((whole, _FULL if len(whole) >= length else more_how))
    return result


def _item(item: _Piece, length: int) -> set[_Start]:
    kind, argument = item
    if length <= 0:
        return {("", _FULL)}
    if kind == "zero":
        return {("", _END)}
    if kind == "literal":
        return {(argument, _END)}
    if kind == "class":
        return {("", _ANY)} if argument is None else {(char, _END) for char in argument}
    if kind == "group":
        return _sequence(argument, length)
    if kind == "branch":
        return set().union(*(_sequence(alternative, length) for alternative in argument))
    if kind == "repeat":
        least, most, body = argument
        result: set[_Start] = set()
        found: set[_Start] = {("", _END)}
        # `length` + 1 rounds: every round that reads a character brings a start nearer to full
        for count in range(min(most, length + 1) + 1):
            if count:
                found = _then(found, lambda left: _sequence(body, left), length)
            result |= {start for start in found if start[1] != _END or count >= least}
        if most > length + 1:
            result |= {start for start in found if start[1] == _END}
        return result
    return {("", _ANY)}


class FirstLetterAlternation:
    """``\b(?=[a-z])(?:(?P<name>pattern)|...)`` over lower-case text, tried at each word only
    with the alternatives its first three characters allow. Patterns are lower-case, without
    flags."""

    def __init__(self, named: Sequence[tuple[str, str]]) -> None:
        self.whole = re.compile(r"\b(?=[a-z])(?:" + "|".join(
            f"(?P<{name}>{pattern})" for name, pattern in named) + ")")
        # Each alternative on its own, tried in order: the first that matches is the one the
        # whole alternation takes (a few tries per word cost less than compiling an
        # alternation for every set of them: measured, one alternation per start was slower).
        self._alternatives = [re.compile(rf"\b(?=[a-z])(?P<{name}>{pattern})")
                              for name, pattern in named]
        # Every beginning an alternative's matches can have (at most `_KEY_LENGTH`
        # characters; "" for any) -> the alternatives, by index
        self._by_prefix: dict[str, list[int]] = {}
        for index, (_, pattern) in enumerate(named):
            for prefix in _prefixes(pattern):
                self._by_prefix.setdefault(prefix, []).append(index)
        self._by_start: dict[str, tuple[re.Pattern[str], ...]] = {}

    def _candidates(self, start: str) -> tuple[re.Pattern[str], ...]:
        """The alternatives that can match at a word beginning with `start`, in order."""
        kept = sorted({index for length in range(len(start) + 1)
                       for index in self._by_prefix.get(start[:length], ())})
        self._by_start[start] = tuple(self._alternatives[index] for index in kept)
        return self._by_start[start]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.whole.finditer(text)` gives."""
        position = 0
        by_start = self._by_start
        word = _WORD_START.search
        while (start := word(text, position)) is not None:
            at = start.start()
            key = text[at:at + _KEY_LENGTH]
            found = None
            for alternative in by_start[key] if key in by_start else self._candidates(key):
                if (found := alternative.match(text, at)) is not None:
                    break
            if found is None:
                position = at + 1
            elif found.end() == at:
                # An empty match: the whole alternation's own rules for what may follow one
                yield from self.whole.finditer(text, at)
                return
            else:
                yield found
                position = found.end()


# A word is tried with the alternatives its first three characters allow: against two, the
# event-type cues tried per word fall from 16 to under 5 (session 30: the cue pass 1.4 -> 0.6
# ms per real 500-word article, the same matches). An alternative whose two-character starts
# are already many (a class of letters, "[a-z]+-laden") keeps those: reading its three-
# character ones would take longer than it saves.
_KEY_LENGTH = 3
_MANY_STARTS = 100


def _prefixes(pattern: str) -> set[str]:
    """Beginnings of at most `_KEY_LENGTH` characters, one of which begins every match of
    `pattern` ({""} when they cannot be read)."""
    try:
        pieces = _Reader(pattern).read()
        found = _sequence(pieces, 2)
        if len(found) <= _MANY_STARTS:
            found = _sequence(pieces, _KEY_LENGTH)
    except (ValueError, IndexError):
        return {""}
    return {text for text, _ in found}


_WORD_START = re.compile(r"\b[a-z]")


_Trie = dict[str, "_Trie"]


def prefix_tree_pattern(words: frozenset[str]) -> str:
    """One regex for many words, factored by common prefixes so that the engine does not try
    every word at every position (a plain alternation of 150 words is several times slower)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _prefix_tree_node(trie)


def _prefix_tree_node(node: _Trie) -> str:
    branches = [re.escape(char) + _prefix_tree_node(child)
                for char, child in sorted(node.items()) if char]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body
