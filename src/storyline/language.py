"""The language gate at ingest: which articles the (English) extraction rules may read.

The extractor's rules are written for English; run over Russian or Japanese text they find
nonsense facts. Each article's language is identified with py3langid (a maintained fork of
langid.py whose model ships inside the package: nothing is downloaded). An article identified
confidently as another language is still stored, read for duplicates and clustered (by its
text, in which names, places and numbers are language-neutral), but gets no facts, and a note
says why. Short or uncertain texts are treated as English, as before the gate.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, replace
from typing import Any

from storyline.records import Article, Extraction

SUPPORTED_LANGUAGES = frozenset({"en"})
GATE_NAME = "storyline-language-gate/1"
# Enough letters for a reliable guess (a headline-sized text is not), the confidence below
# which the article is taken as English, and how much of a text is enough to tell.
MIN_LETTERS = 40
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 2_000
_CJK_START = "\u2e80"
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1, e.g. "en", "ru"
    probability: float

    @property
    def supported(self) -> bool:
        return self.code in SUPPORTED_LANGUAGES or self.probability < MIN_PROBABILITY


def identify_language(text: str) -> LanguageGuess | None:
    """The language of `text`, or None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if _letters(sample) < MIN_LETTERS:
        return None
    with _LOCK:  # the identifier keeps scratch state between calls
        code, probability = _identifier().classify(sample)
    return LanguageGuess(str(code), float(probability))


def _letters(sample: str) -> int:
    """Letters in `sample`; a CJK character says as much as a short word, so it counts twice."""
    return sum(2 if char >= _CJK_START else 1 for char in sample if char.isalpha())


def language_note(guess: LanguageGuess) -> str:
    return (
        f"language: {guess.code} ({guess.probability:.2f}); not English, so no facts were "
        "extracted (the extraction rules read English only)"
    )


def gate(article: Article) -> tuple[Article, Extraction | None]:
    """The article (with a note when it is not English) and, for such an article, the empty
    extraction that stands for "not read"; None means the English rules may read it."""
    guess = identify_language(f"{article.title or ''}\n{article.text}")
    if guess is None or guess.supported:
        return article, None
    noted = replace(article, notes=(*article.notes, language_note(guess)))
    return noted, Extraction(article_id=article.id, event_type="other", extractor=GATE_NAME)


@functools.cache
def _identifier() -> Any:
    # Loaded on first use (about a second): commands that read no article never pay for it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
