"""The speed paths of session 18 rest on lists that must agree with the patterns they stand
for; these tests fail when one side changes without the other.

- The claim-sentence prefilter (claims_structure._CLAIM_SENTENCE_WORDS): every way through
  CLAIM_SENTENCE_RE must hold one of its words.
- Regexes entered only where a word starts (`\\b(?=[A-Za-z])(?:...)`): every alternative must
  open with an ASCII letter, or the lookahead would hide its matches.
- The count-word prefilter (sentences._has_stem, one findall of word heads), the splitter's
  abbreviation test on the sentence's end only, and the caches of split_sentences and
  find_quantities: the same answers as the plain scans, and a fresh list on every call.
Texts written for this project or generated here.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from typing import Any

import storyline.extract as extract_package
from storyline.extract import sentences as sentences_module
from storyline.extract.claims_structure import (
    _CLAIM_SENTENCE_SCAN,
    _CLAIM_SENTENCE_WORDS,
    CLAIM_SENTENCE_RE,
    _may_hold_claim,
)
from storyline.extract.numbers import find_quantities
from storyline.extract.sentences import Sentence, split_sentences

_sre_parse: Any = importlib.import_module("re._parser")
_LETTERS = frozenset(range(ord("a"), ord("z") + 1)) | frozenset(range(ord("A"), ord("Z") + 1))


def _paths(items: Any) -> list[list[str]]:
    """Every way through a parsed pattern, as the literal runs it must match: a group or a
    branch continues the run before it (the parser factors "admit|acknowledg" into "a" and a
    branch), anything else that is not a plain character ends it; optional parts give
    nothing."""
    paths: list[list[str]] = [[""]]
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            paths = [[*path[:-1], path[-1] + chr(argument)] for path in paths]
            continue
        closed = False
        if name == "SUBPATTERN":
            options = _paths(argument[3])
        elif name == "BRANCH":
            options = [way for branch in argument[1] for way in _paths(branch)]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and argument[0] >= 1:
            options, closed = _paths(argument[2]), True
        else:
            options, closed = [[""]], True
        paths = [[*path[:-1], path[-1] + way[0], *way[1:], *([""] if closed else [])]
                 for path in paths for way in options]
    return paths


def test_every_claim_sentence_match_holds_a_prefilter_word() -> None:
    words = _CLAIM_SENTENCE_WORDS.pattern.split("|")
    assert all(word == word.lower() and word.isalpha() for word in words)
    paths = _paths(_sre_parse.parse(CLAIM_SENTENCE_RE.pattern, CLAIM_SENTENCE_RE.flags))
    assert len(paths) > 30
    missing = ["".join(path) for path in paths
               if not any(word in run.lower() for run in path for word in words)]
    assert missing == []


def test_the_claim_prefilter_gives_the_full_scans_answer() -> None:
    sentences = [
        "The Harrow Front said its fighters attacked the depot at dawn.",
        "The Harrow Front \u017faid its fighters attacked the depot at dawn.",  # long s
        "Nobody has claimed the blast, which the governor blamed on bandits.",
        "Two suspected members of the cell were detained in Orlan.",
        "Rain fell all night over the valley and the river rose.",
        "Police SAID THE GROUP'S MILITANTS BOMBED THE BRIDGE.",
        "A dotless \u0131 in cla\u0131med is claimed by IGNORECASE.",
    ]
    for sentence in sentences:
        assert _may_hold_claim(sentence) == (_CLAIM_SENTENCE_SCAN.search(sentence) is not None)
    assert not _may_hold_claim(sentences[4])
    assert _may_hold_claim(sentences[1])


def _opens_with_a_letter(items: Any, after: Any = ()) -> bool:
    """Whether every match of the parsed sequence, followed by the parsed items `after`,
    starts with an ASCII letter. A boundary or a look-around reads nothing: the letter is the
    next item's; an optional part ("(?:the\\s+)?killed") must open with one, and so must what
    follows it."""
    if not items:
        return bool(after) and _opens_with_a_letter(list(after))
    op, argument = items[0]
    name = str(op)
    rest = [*items[1:], *after]
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _opens_with_a_letter(rest)
    if name == "LITERAL":
        return bool(argument in _LETTERS)
    if name == "IN":
        return all((str(kind) == "LITERAL" and value in _LETTERS)
                   or (str(kind) == "RANGE"
                       and all(c in _LETTERS for c in range(value[0], value[1] + 1)))
                   for kind, value in argument)
    if name == "SUBPATTERN":
        return _opens_with_a_letter(list(argument[3]), rest)
    if name == "BRANCH":
        return all(_opens_with_a_letter(list(branch), rest) for branch in argument[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, body = argument
        return _opens_with_a_letter(list(body), rest) and (
            least >= 1 or _opens_with_a_letter(rest))
    return False


def test_the_letter_check_reads_optional_parts_and_look_arounds() -> None:
    def opens(pattern: str) -> bool:
        return _opens_with_a_letter(list(_sre_parse.parse(pattern, re.IGNORECASE)))

    assert opens(r"(?:the\s+)?killed") and opens(r"(?<!non-)fatally") and opens(r"a(?:b)?")
    assert not opens(r"(?:the\s+)?\d+") and not opens(r"(?:\d+\s+)?killed")
    assert not opens(r"(?:the)?") and not opens(r"(?=\d)\w+") and not opens(r"(?:x|\.y)")


def _group_end(pattern: str, start: int) -> int:
    """Where the group opening at `start` closes (escapes and character sets skipped)."""
    depth, at, in_set = 0, start, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    raise AssertionError(f"unbalanced group in {pattern[start:start + 40]!r}")


def test_every_word_start_lookahead_covers_its_alternatives() -> None:
    """The lookahead stands before a group: every alternative of that group (a top-level
    "|" after the group is not under the lookahead) must open with a letter."""
    guard = r"\b(?=[A-Za-z])"
    checked = []
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"storyline.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith(guard):
                start = len(guard)
                assert value.pattern.startswith("(?:", start), f"{info.name}.{name}"
                group = value.pattern[start:_group_end(value.pattern, start)]
                parsed = list(_sre_parse.parse(group, value.flags))
                assert _opens_with_a_letter(parsed), f"{info.name}.{name}"
                checked.append(name)
    assert "CANDIDATE_RE" in checked


def _has_stem_plain(text: str, sentence: Sentence) -> bool:
    """The word-by-word test the findall replaced."""
    start, end = sentence.start, sentence.end
    for match in re.finditer(r"[A-Za-z]+", text[:end]):
        if match.end() <= start:
            continue
        at = match.start()
        if at < start:
            continue  # the tail of a word that starts before the sentence
        head = match.group(0)
        if match.end() == end and len(head) < 4:
            head = text[at:at + 4]
            head = head[:next((i for i, c in enumerate(head) if c not in _CHARS), 4)]
        head = head[:4].lower()
        if head in sentences_module._STEMS4 or head in sentences_module._SHORT_WORDS:
            return True
    return False


_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _texts() -> list[str]:
    rng = random.Random(18)
    pieces = ["kill", "ed", "Die", "s", " ", ".", "KIA", "gun", "n", "Gen. ", "St. ",
              "approx. ", "\u212a", "\u017f", "wound", "x", "Mr.", "U.S. ", "9", "\n\n", "\"",
              "The ", "held ", "a.m. ", "Two men died.", "Ho", "spital"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
             for _ in range(3000)]
    texts += ["Gen. Ruiz said two soldiers were killed. Col. Amat denied it.",
              "He arrived at 9 a.m. The crowd had grown by approx. 300. Nobody was hurt.",
              "Xkilled" * 300, "die", "Diet plans. Dies irae.", "kil", "ki" + "lled" * 2]
    return texts


def test_the_count_word_prefilter_is_the_word_by_word_test() -> None:
    rng = random.Random(7)
    for text in _texts():
        windows = [*split_sentences(text)]
        for _ in range(4):
            start = rng.randrange(len(text))
            windows.append(Sentence(text[start:rng.randrange(start, len(text)) + 1], start))
        for sentence in windows:
            assert sentences_module._has_stem(text, sentence) == _has_stem_plain(text, sentence)


def _split_plain(text: str) -> list[Sentence]:
    """The splitter with the abbreviation searched over the whole sentence so far."""
    found: list[Sentence] = []
    begin = 0
    for match in sentences_module._BOUNDARY.finditer(text):
        piece = text[begin:match.start()]
        if "\n" not in match.group(0) and sentences_module._ABBREVIATIONS.search(
                piece.rstrip("\"”’')]")):
            continue
        sentences_module._append(found, text, begin, match.start())
        begin = match.end()
    sentences_module._append(found, text, begin, len(text))
    return found


def test_the_splitter_reads_an_abbreviation_at_the_sentence_end_only() -> None:
    for text in _texts():
        assert split_sentences(text) == _split_plain(text)


def test_cached_answers_are_fresh_lists() -> None:
    text = "Three people were killed on Main St. in Orlan. About 40 were hurt."
    first = split_sentences(text)
    first.clear()
    assert len(split_sentences(text)) == 2
    sentence = "At least 12 people were killed and 30 others hurt in the blast."
    expected = find_quantities(sentence)
    assert [q.value for q in expected] == [12, 30]
    expected.clear()
    assert [q.value for q in find_quantities(sentence)] == [12, 30]
