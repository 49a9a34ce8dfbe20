"""A long alternation of word patterns, tried at a word only with the alternatives that can
start with the word's first two characters.

Python's regular-expression engine tries every alternative of an alternation in turn at each
place it enters it: an alternation of thirty or fifty cue patterns costs thirty or fifty
attempts at every word of a text, though the word's first letters rule out most of them. A
`FirstLetterAlternation` reads, from each alternative's parsed pattern, the two-character
starts it can have (`starts`), and at each word tries only the alternatives its first two
characters allow, one by one in their order: the first that matches is the one the whole
alternation takes (the others could not match there), so `finditer` finds exactly what the
whole alternation's `finditer` finds. Session 23: dispatching on two characters instead of one
made the event-type cue pass about a third faster (most words share a first letter with
several cues, few share the second too).

An alternative whose starts cannot be read (a class like ``\\w``, a back reference) is kept
wherever they cannot: the dispatch is only ever a superset of the alternatives that can match.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["FirstLetterAlternation", "first_letters", "prefix_tree_pattern", "starts"]

_LETTERS = frozenset(string.ascii_lowercase)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # boundaries and look-arounds
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SPACE = " \t\n\r\f\v"

# What a piece of a pattern can begin with: (characters read, how it goes on) where "full" is
# as many characters as asked for, "any" is fewer with anything after them (not readable), and
# "end" is fewer with the piece matched whole (what follows it goes on from there).
_Start = tuple[str, str]
_FULL, _ANY, _END = "full", "any", "end"


def starts(pattern: str, length: int = 2) -> dict[str, frozenset[str] | None] | None:
    """The first characters a match of `pattern` (no flags) can have, each with the second
    characters that can follow it (None: any, or the match may end there), or None when the
    first cannot be read or the pattern can match the empty string."""
    try:
        found = _sequence(list(sre_parse.parse(pattern)), length)
    except (re.error, TypeError, ValueError):
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


def _sequence(items: Sequence[Any], length: int) -> set[_Start]:
    """The starts of parsed items one after the other, up to `length` characters. A
    look-around is skipped: what it rules out only makes the set larger than needed."""
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


def _item(item: Any, length: int) -> set[_Start]:
    op, argument = item
    if length <= 0:
        return {("", _FULL)}
    if op in _ZERO_WIDTH:
        return {("", _END)}
    if op is sre.LITERAL:
        return {(chr(argument), _END)}
    if op is sre.IN:
        chars = _class_chars(argument)
        return {("", _ANY)} if chars is None else {(char, _END) for char in chars}
    if op is sre.SUBPATTERN:
        return _sequence(argument[3], length)
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument, length)
    if op is sre.BRANCH:
        return set().union(*(_sequence(alternative, length) for alternative in argument[1]))
    if op in _REPEATS:
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


def _class_chars(argument: Any) -> set[str] | None:
    chars: set[str] = set()
    for kind, value in argument:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
            chars.update(_SPACE)
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            chars.update(string.digits)
        else:
            return None  # another category or a negated set
    return chars


class FirstLetterAlternation:
    """``\b(?=[a-z])(?:(?P<name>pattern)|...)`` over lower-case text, tried at each word only
    with the alternatives its first two characters allow. Patterns are lower-case, without
    flags."""

    def __init__(self, named: Sequence[tuple[str, str]]) -> None:
        self.whole = re.compile(r"\b(?=[a-z])(?:" + "|".join(
            f"(?P<{name}>{pattern})" for name, pattern in named) + ")")
        # Each alternative on its own, tried in order: the first that matches is the one the
        # whole alternation takes (a few tries per word cost less than compiling an
        # alternation for every set of them).
        self._alternatives = [re.compile(rf"\b(?=[a-z])(?P<{name}>{pattern})")
                              for name, pattern in named]
        # per first letter: the alternatives that take any second character, and those kept
        # only for the second characters they name
        self._any_second: dict[str, list[int]] = {letter: [] for letter in _LETTERS}
        self._by_second: dict[str, dict[str, list[int]]] = {letter: {} for letter in _LETTERS}
        for index, (_, pattern) in enumerate(named):
            table = starts(pattern)
            for letter in sorted(_LETTERS):
                if table is not None and letter not in table:
                    continue
                seconds = None if table is None else table[letter]
                if seconds is None:
                    self._any_second[letter].append(index)
                else:
                    for second in seconds:
                        self._by_second[letter].setdefault(second, []).append(index)
        self._by_start: dict[str, tuple[re.Pattern[str], ...]] = {}

    def _candidates(self, start: str) -> tuple[re.Pattern[str], ...]:
        """The alternatives that can match at a word beginning with `start`, in order."""
        letter, second = start[0], start[1:2]
        kept = sorted({*self._any_second[letter], *self._by_second[letter].get(second, ())})
        self._by_start[start] = tuple(self._alternatives[index] for index in kept)
        return self._by_start[start]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.whole.finditer(text)` gives."""
        position = 0
        by_start = self._by_start
        word = _WORD_START.search
        while (start := word(text, position)) is not None:
            at = start.start()
            key = text[at:at + 2]
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
