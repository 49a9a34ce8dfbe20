"""Who did it, according to whom: responsibility claims, named attackers, quoted officials.

A cheap keyword regex finds the few sentences that can hold a claim ("claimed", "denied",
"blamed", "accused", "suspected", "behind", ...); only those are read by the claim patterns.
Each claim keeps the actor as written, the actor normalized (articles and "so-called" dropped,
well-known groups mapped to one name: "ISIS", "ISIL", "Daesh" -> "Islamic State"), its kind
(claimed, denied, blamed, suspected), the evidence sentence with offsets, and who made the
claim or the accusation when the sentence says so. Negated claims ("No group has claimed
responsibility", "has not claimed") are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from storyline.extract.claims_actors import names_an_organization
from storyline.extract.claims_denials import third_party_denials
from storyline.extract.claims_labels import labelled_claims
from storyline.extract.claims_lexicon import (
    ANAPHORS,
    ATTACKER_ROLES,
    GENERIC_ACTOR_WORDS,
    GROUP_ALIASES,
    KIND_ANAPHORS,
    KNOWN_GROUP_NAMES,
    NON_ACTORS,
    OFFICIAL_WORDS,
    OTHER_OCCASION_WORDS,
    STATE_FORCES,
    WEAPON_NOUNS,
    not_a_perpetrator,
)
from storyline.extract.claims_names import ARTICLE as _ARTICLE
from storyline.extract.claims_names import normalize_actor
from storyline.extract.claims_structure import claims_from_structure
from storyline.extract.document import Document
from storyline.extract.furniture import link_lines
from storyline.extract.sentences import Sentence, sentence_at, sentences_of
from storyline.records import Claim, ClaimKind

__all__ = ["ClaimFindings", "find_claims", "normalize_actor"]


@dataclass(frozen=True, slots=True)
class ClaimFindings:
    claims: tuple[Claim, ...]
    actors: tuple[str, ...]  # perpetrators/attackers named, normalized, first mention first
    officials: tuple[str, ...]  # officials and agencies quoted, as written


# --------------------------------------------------------------------------- patterns

_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’.-]*"
_GROUP_NOUN = (
    r"(?:group|militants|militia|militias|rebels|insurgents|fighters|gunmen|movement"
    r"|organization|network|faction|cell|jihadists|extremists|separatists|terrorists"
    r"|militiamen|cadres)\b"
)
_ACTOR = (
    rf"(?P<actor>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:so-called\s+)?(?:suspected\s+)?"
    rf"{_NAME}(?:\s+(?:(?:of|al|the|and|in|for|de|del|la|los|las|du|des|bin)\s+)*{_NAME})*(?:\s+{_GROUP_NOUN})?"
    rf"|(?:unknown|unidentified|armed|suspected)\s+{_GROUP_NOUN}|{_GROUP_NOUN})"
)
# Who accuses: a name ("Turkey", "Interior Minister Jane Doe") or an official's or an
# agency's title ("the interior minister", "a police spokesman", "the government").
_SOURCE_HEAD = (
    r"(?:police|officials?|authorities|investigators|prosecutors?|government|army|military"
    r"|ministry|ministers?|spokesman|spokeswoman|spokesperson|governor|president|mayor|chief"
    r"|commander|sheriff|leaders?|premier|troops|forces|security\s+forces)"
)
_SOURCE = (
    rf"(?P<source>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w'’.-]+\s+){{0,3}}(?:{_NAME}|{_SOURCE_HEAD}))"
)
# (the word before the act is its modifier, not a preposition: "blamed for attack on <place>"
# names the place after "on", not the one blamed)
_ATTACK = (
    r"(?:the\s+|this\s+|that\s+|(?!(?:for|of|in|on|at|by|to|from|with)\s)[\w'’-]+\s+)?(?:attack|attacks|bombing|bombings|blast|blasts"
    r"|killing|killings|assault|ambush|shooting|explosion|massacre|kidnapping|raid|strike"
    r"|strikes)"
)

_OWN_FORCES = (
    r"(?:it|its\s+fighters|its\s+members|its\s+militants|its\s+men|they|the\s+group"
    r"|the\s+militants|the\s+movement)"
)
_CARRIED_OUT = (
    r"(?:carried\s+out|conducted|were\s+behind|was\s+behind|staged|launched|killed"
    r"|attacked)"
)

# Between a group and its "said": what it is ("Al-Shabaab, the al Qaeda-linked militant group,
# said"); after it, where it said so ("said in a statement on a website it uses that its
# fighters had carried out the attack"). Long news puts both there (session 21).
_APPOSITION = r"(?:,\s+(?:the|an?)\s+[^,;.()]{3,60}?,)"
_MEDIUM = r"\s+(?:in|on|through|via)\s+[^,;.()]{3,80}?\s+that"

# What is left where the act was done (not letters or statements, which officials sign too).
_LEFT_MESSAGE = (r"(?:[Bb]anners?|[Nn]otes?|[Pp]amphlets?|[Ll]eaflets?|[Pp]osters?|[Pp]lacards?"
                 r"|[Hh]andbills?|[Gg]raffiti|[Nn]arco-?(?:banners?|mantas?)|[Mm]antas?)")

# A telegraphic clause opens its sentence or follows a semicolon, a comma, a colon or a dash,
# and ends with its participle.
_TELEGRAPH_OPENING = r"(?:^|(?<=[;,:])\s+|\s[-–—]\s+)"
_TELEGRAPH_CLOSE = r"(?=\s*(?:[.;,]|$))"
# A note's bare claim or denial, the verb closing its clause with nothing after it: "X claimed;
# Y said not involved.", "FPRC rejects.", "<X> denied;". (A claim opens its sentence or follows
# a semicolon or a colon only, and no comma closes it: prose's "..., the group claimed." and "<X>
# claimed, however, that" report a statement of fact, not this act's claim.)
_NOTE_CLAIM_OPENING = r"(?:^|(?<=[;:])\s+)"
_NOTE_CLOSE = r"(?=\s*(?:[.;]|$))"
_NOTE_DENIAL = (r"(?:denied|denies|rejects|rejected|disclaims|disclaimed|said\s+(?:it\s+was\s+"
                r"|they\s+were\s+)?not\s+involved|says?\s+(?:it\s+is\s+|they\s+are\s+)?not\s+involved)")
_OPEN_QUOTE = r"['‘\"“«]"
_CLOSE_QUOTE = r"['’\"”»]"
_OWNED = (r"(?:(?:took|takes|assumed|assumes|accepted|accepts)\s+(?:up)?on\s+(?:itself|themselves)"
          r"\s+(?:the\s+)?responsibility|(?:took|assumed|accepted)\s+(?:the\s+)?responsibility"
          r"|(?:announced|declared|admitted|acknowledged|recogni[sz]ed|confessed)\s+(?:its|their)"
          r"\s+(?:involvement|guilt|participation|authorship|responsibility)\s+(?:in|for))")
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
_PATTERN_TEXTS: tuple[tuple[ClaimKind, str], ...] = (
    # (and a headline's or a news line's present, "<X> claims mortar attack on ...", which the
    # parse takes for a compound noun)
    ("claimed", rf"{_ACTOR},?\s+(?:which\s+|who\s+)?(?:has\s+|have\s+|had\s+)?"
                rf"(?:quickly\s+|later\s+|swiftly\s+|also\s+)?(?:(?:claimed|claims?(?!\s+that\b))\s+(?:responsibility"
                rf"|credit|{_ATTACK})|(?:took|accepted|assumed|admitted|acknowledged)\s+"
                rf"(?:full\s+)?(?:responsibility|credit))"),
    ("claimed", rf"(?:[Rr]esponsibility|[Cc]redit)\s+(?:for\s+[^.;]{{0,80}}?\s+)?(?:was|has\s+been"
                rf"|had\s+been)\s+claimed\s+by\s+{_ACTOR}"),
    # Agency English: one's own involvement (guilt) announced or owned, the name in quotes
    # after its kind's noun ("the grouping '<X>' took upon itself the responsibility", "militants
    # of <X> announced their involvement in the killing", "recognised their guilt in")
    ("claimed", rf"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){{1,2}}{_OPEN_QUOTE}(?P<actor>[A-Z][^'’\"”»]"
                rf"{{1,60}}){_CLOSE_QUOTE}\s+(?:has\s+|have\s+)?{_OWNED}"),
    ("claimed", rf"{_ACTOR}\s+(?:has\s+|have\s+)?{_OWNED}"),
    # the same inverted: "Responsibility for the attack took upon itself the grouping '<X>'"
    ("claimed", rf"[Rr]esponsibility\s+for\s+[^.;]{{0,80}}?\s+(?:took|assumed|accepted)\s+"
                rf"upon\s+(?:itself|themselves)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{1,2}}"
                rf"{_OPEN_QUOTE}(?P<actor>[A-Z][^'’\"”»]{{1,60}}){_CLOSE_QUOTE}"),
    # The claimant named by a copula: "The claim came from <X>", "the only claim so far is from
    # an account calling itself <X>", "The group that took responsibility is <X>", and the
    # cleft "It was <X> that took responsibility" (an organization's name only: "the claim came
    # from the interior ministry" is an assertion's source)
    ("claimed", rf"(?P<organization>)[Tt]he\s+(?:only\s+|first\s+)?claim(?:\s+of\s+responsibility)?"
                rf"\s+(?:so\s+far\s+)?(?:came|comes|is|was)\s+from\s+(?:[^,.;]{{0,40}}?\bcalling\s+"
                rf"(?:itself|themselves)\s+)?{_ACTOR}"),
    ("claimed", rf"(?P<organization>)[Tt]he\s+(?:group|organi[sz]ation|faction|movement|militants)"
                rf"\s+(?:that|which|who)\s+(?:has\s+|have\s+)?(?:took|taken|claimed|accepted)\s+"
                rf"(?:responsibility|credit|{_ATTACK}|it)\s+(?:is|was|are|were)\s+{_ACTOR}"),
    ("claimed", rf"(?P<organization>)\b[Ii]t\s+was\s+{_ACTOR}\s+(?:that|which|who)\s+(?:has\s+)?"
                rf"(?:took|claimed|accepted)\s+(?:responsibility|credit|{_ATTACK}|it)"),
    # The act claimed in a participle, the day between it and its claimant: "The bombing of the
    # bus station, claimed on Sunday by <X>, ..." (the parse makes "claimed" the main verb)
    ("claimed", rf"{_ATTACK}(?:\s+(?:of|on|at|in)\s+[^,;.]{{1,60}}?)?,?\s+(?:was\s+|were\s+"
                rf"|has\s+been\s+|had\s+been\s+)?claimed\s+(?:on\s+)?{_DAY_NAME}\s+by\s+{_ACTOR}"),
    ("claimed", rf"{_ACTOR}(?:\s+spokes(?:man|woman|person)(?:\s+{_NAME}){{0,3}})?"
                rf"{_APPOSITION}?,?\s+(?:said|says|announced|stated)(?:{_MEDIUM})?\s+(?:that\s+)?"
                rf"{_OWN_FORCES}\s+(?:had\s+)?{_CARRIED_OUT}"),
    ("claimed", rf"[Ss]pokes(?:man|woman|person)\s+(?:for|of)\s+{_ACTOR},?(?:\s+[^,.;]{{3,40}},)?"
                rf"\s+(?:said|says|announced)\s+(?:that\s+)?{_OWN_FORCES}\s+(?:had\s+)?"
                rf"{_CARRIED_OUT}"),
    # A note left at the scene is the group's claim when it signs it ("banners signed by the
    # Gulf Cartel appeared beside the bodies"): GTD's claim mode "note left at scene".
    ("claimed", rf"{_LEFT_MESSAGE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:signed\s+(?:by|in\s+the\s+name"
                rf"\s+of)|issued\s+in\s+the\s+name\s+of)\s+{_ACTOR}"),
    # (the day may come between the verb and its object: "denied on Friday any role")
    ("denied", rf"{_ACTOR},?\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected)"
               rf"(?:\s+(?:on\s+)?{_DAY_NAME})?"
               rf"\s+(?:any\s+)?(?:involvement|responsibility|role|part|being\s+behind|carrying\s+out"
               rf"|links?|a\s+role|the\s+accusations?|the\s+charges?"
               # (a headline's denial of the act itself: "<X> denies market blast, blames rivals")
               rf"|{_ATTACK}\b(?!\s+(?:took|had|was|were|is|are|happened|occurred|reports?|claims?"
               rf"|allegations?|accusations?)\b))"),
    ("blamed", rf"{_SOURCE}\s+(?:has\s+|have\s+)?(?:blamed|blames|blame)\s+(?:the\s+)?"
               rf"(?:{_ATTACK}\s+on\s+)?{_ACTOR}"),
    ("blamed", rf"{_SOURCE}\s+(?:has\s+|have\s+)?(?:accused|accuses|accuse)\s+{_ACTOR}\s+of"),
    # A headline's "<X> behind <act>, <source> says" (its copula dropped): blamed by the source
    ("blamed", rf"^(?:[A-Z][\w’' ]{{1,30}}:\s+)?(?P<organization>){_ACTOR}\s+behind\s+"
               rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:attacks?|bombings?|blasts?|killings?|assault"
               rf"|ambush|shooting|explosion|massacre|kidnapping|raid|strikes?|siege|hijacking"
               rf"|abduction)\b[^.;]{{0,60}},\s+{_SOURCE}\s+(?:says|say|said)\b"),
    ("blamed", rf"{_SOURCE}\s+(?:said|says|believe|believed)\s+(?:that\s+)?{_ACTOR}\s+"
               rf"(?:was|were|is|are)\s+(?:behind|responsible)"),
    ("blamed", rf"(?:{_ATTACK}|which)\s+(?:was|were|has\s+been)\s+(?:blamed\s+on"
               rf"|attributed\s+to)\s+{_ACTOR}(?:\s+by\s+{_SOURCE})?"),
    ("blamed", rf"{_SOURCE}\s+(?:has\s+|have\s+)?(?:attributed|attribute|attributes)\s+"
               rf"(?:{_ATTACK}|it|them)\s+to\s+{_ACTOR}"),
    ("suspected", rf"{_ACTOR}\s+(?:is|are|was|were)\s+(?:suspected|believed|thought|widely\s+"
                  rf"believed)\s+(?:of|in|to\s+(?:be|have)\s+(?:been\s+)?(?:behind|"
                  rf"responsible|involved|carried\s+out))"),
    ("suspected", rf"[Ss]uspected\s+{_ACTOR}"),
    ("suspected", rf"(?:[Ss]uspicion|[Ss]uspicions)\s+(?:fell|fall|falls)\s+on\s+{_ACTOR}"),
    # The police's word for a suspicion they follow: "<X> was the main line of inquiry".
    ("suspected", rf"{_ACTOR}{_APPOSITION}?,?\s+(?:is|are|was|were|remains|remained)\s+(?:the|a"
                  rf"|an|one|their|its|our)\s+(?:(?:main|primary|principal|chief|key|major"
                  rf"|leading|strong|early)\s+)?lines?\s+of\s+(?:inquiry|enquiry|investigation)"),
    ("suspected", rf"(?:suspect|gunman|shooter|attacker|man)(?:,)?\s+(?:who\s+was\s+|was\s+)?"
                  rf"identified\s+as\s+(?:\d+-year-old\s+)?{_ACTOR}"),
    # A news line's or a note's telegraphic clause, a name and its participle alone: "gunmen
    # kill 4 near Kirkuk; IS suspected.", "15 killed in market attack, JNIM blamed".
    ("suspected", rf"{_TELEGRAPH_OPENING}{_ACTOR}\s+(?P<telegraph>suspected){_TELEGRAPH_CLOSE}"),
    ("blamed", rf"{_TELEGRAPH_OPENING}{_ACTOR}\s+(?P<telegraph>blamed){_TELEGRAPH_CLOSE}"),
)
# (read also in a sentence whose parse found a claim: a note packs one clause per party, "<X>
# claimed; <Y> denied.", and the parse reads only one of them)
# When a note's claim came, between the verb and the clause's end: "<X> claimed 3 days later;",
# "<X> claimed the next day.", "<X> claimed via Amaq on 12 May."
_NUMBER_WORD = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)"
_LATER = (rf"(?:\s+(?:{_NUMBER_WORD}\s+(?:hours?|days?|weeks?|months?)\s+later|later|(?:the\s+)?"
          r"(?:same|next|following)\s+day|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?"
          r"|via\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))*")
_NOTE_PATTERN_TEXTS: tuple[tuple[ClaimKind, str], ...] = (
    # (or a comma before the group's own figures: "<X> claimed, says 30 killed.")
    ("claimed", rf"{_NOTE_CLAIM_OPENING}{_ACTOR}\s+(?P<telegraph>claimed){_LATER}"
                rf"(?:{_NOTE_CLOSE}|,\s+(?=says?\b|saying\b))"),
    # A note's claim of the toll its act took, the claimant an acronym the parse takes for a
    # word ("AS claimed 9 SNA killed": "AS" read as "as").
    ("claimed", rf"{_NOTE_CLAIM_OPENING}(?P<actor>[A-Z][A-Z-]{{1,7}})\s+(?P<telegraph>claimed)\s+"
                rf"(?=\d+\s+(?:[\w-]+\s+){{0,2}}(?:killed|dead|KIA|casualties|deaths)\b)"),
    ("denied", rf"{_TELEGRAPH_OPENING}{_ACTOR}\s+(?P<telegraph>{_NOTE_DENIAL}){_NOTE_CLOSE}"),
)
_CLAIM_PATTERNS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in _PATTERN_TEXTS
)
_CARRIED_OUT_WORDS = ("carried", "conducted", "behind", "staged", "launched", "killed",
                      "attacked")
# The word each pattern cannot match without (in lower case): a sentence lacking it is not
# run through that pattern, which keeps the extractor cheap on long articles.
_REQUIRED_WORDS: tuple[tuple[str, ...], ...] = (
    ("claim", "took", "accepted", "assumed", "admitted", "acknowledged"),
    ("claimed",), ("responsib", "involvement", "guilt", "participation", "authorship"),
    ("responsib", "involvement", "guilt", "participation", "authorship"),
    ("upon",), ("claim",), ("responsib", "credit", "claimed", "took", "taken", "accepted"),
    ("it was",), ("claimed",),
    _CARRIED_OUT_WORDS, _CARRIED_OUT_WORDS, ("signed", "name of"),
    ("deni", "deny", "rejected"), ("blame",), ("accuse",), ("behind",), ("behind", "responsible"),
    ("blamed", "attributed"), ("attribut",), ("suspected", "believed", "thought"),
    ("suspected",),
    ("suspicion",), ("line of", "lines of"), ("identified",), ("suspected",), ("blamed",),
)
_NOTE_PATTERNS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in _NOTE_PATTERN_TEXTS
)
_NOTE_REQUIRED_WORDS: tuple[tuple[str, ...], ...] = (
    ("claimed",), ("claimed",), ("deni", "reject", "disclaim", "not involved"),
)
_CANDIDATE = re.compile(
    r"\b(?=[A-Za-z])(?:[Cc]laim|[Rr]esponsib|[Cc]redit|[Dd]enie|[Dd]eny|[Rr]eject|[Dd]isclaim"
    r"|not\s+involved|[Bb]lame|[Aa]ccuse|[Ss]uspect"
    r"|[Bb]ehind|[Aa]ttribut|identified\s+as|carried\s+out|[Ss]uspicion|signed\s+by"
    r"|in\s+the\s+name\s+of|lines?\s+of\s+(?:inquiry|enquiry|investigation))"
)
_NEGATION = re.compile(r"\b(?=[A-Za-z])(?:not|no|never|nobody|neither|nor|n't)\b", re.IGNORECASE)


def find_claims(text: str, document: Document | None = None, title: str | None = None
                ) -> ClaimFindings:
    """Responsibility claims, named attackers and quoted officials in `text`.

    With the article's `document`, claims are read from the parse of each claim sentence
    (claims_structure.py); the surface patterns below read only the sentences where the parse
    found none (a sentence over the parse budget, or a construction the parser misreads). An
    anaphor with no group named before it in the text takes up the one the `title` names."""
    structural = [] if document is None else claims_from_structure(
        document, lambda start, anaphor: _antecedent_name(text, start, anaphor) or
        _named_by_the_title(text, anaphor, title))
    read = [(c.start, c.end) for c in structural]
    sentences = document.sentences if document is not None else sentences_of(text)
    # (by the sentence it ends in: an anaphor's claim starts at its antecedent's sentence)
    candidates = [s for s in sentences if _CANDIDATE.search(s.text)]
    surface = [c for c in _claims(text, candidates)
               if not any(start < c.end <= end for start, end in read)]
    surface += _claims(text, candidates, _NOTE_PATTERNS, _NOTE_REQUIRED_WORDS)
    # (a list's every item, also where the parse read one of them)
    found = structural + surface + list(_listed_claimants(text, sentences)) + \
        list(labelled_claims(text))
    # (as written too: "the Northern Crescent Movement" is normalized without its "Movement")
    names = [_ARTICLE.sub("", name) for c in found for name in (c.actor_normalized, c.actor)
             if " " in name]
    claims = [_spelled_out(c, text, names) for c in found]
    claims = [c for c in _unique(claims) if not _generic(c.actor_normalized) and not (
        c.kind == "claimed" and _described_by_ties(c.actor))]
    claims = _unique(claims + third_party_denials(text, claims))
    claims = [c for c in claims if not _on_a_link_to_another_article(text, c)
              and not _asked_not_told(text, c) and not _judged_false_next(text, c)]
    actors = _actors(text, claims)
    return ClaimFindings(tuple(claims), actors, find_officials(text))


def _on_a_link_to_another_article(text: str, claim: Claim) -> bool:
    """A claim whose claimant is named on a link to another article ("Read more: <X> claims
    ambush on convoy", "RELATED: <Y> blamed for kidnapping", a headline listed under "Most
    read"), a line a crawl keeps from the page around the story (`furniture.link_lines`):
    another story's claim. (A label read into the name, "Related Content <X>", is on it too.)"""
    named = text.find(claim.actor, claim.start, claim.end)
    return named >= 0 and link_lines(text).covers(named)


def _asked_not_told(text: str, claim: Claim) -> bool:
    """A claim told only in a polar question is the asker's premise, not anyone's assertion:
    "Can you confirm <X> has claimed the bombing?", "Did <X> claim the attack?", "<X> denied the
    shelling, didn't it?", "a newspaper reported that <X> claimed it. Is that so?", and an
    interviewer's premise cut off by the answer ("Commissioner, <X> took responsibility for
    the attack--"). A question opened by "why" or "how" presupposes what it asks about ("Why did
    <X> claim the bombing?"), and stays a claim."""
    sentence = text[claim.start:claim.end].rstrip()
    if sentence.endswith(("\u2014", "--")) and _TURN_ENDS.match(text, claim.end):
        return True
    if sentence.endswith("?"):
        opening = _SPEAKER_LABEL.sub("", sentence[sentence.rfind("\n") + 1:])
        return _PRESUPPOSING_QUESTION.match(opening) is None
    return _CONFIRMATION_ASKED.match(text, claim.end) is not None


def _judged_false_next(text: str, claim: Claim) -> bool:
    """"Posts say <X> claimed the bombing. That is false: the claim was written by a satirical
    page.": a claim the very next sentence judges false, in no one's voice but the writer's (a
    fact check's verdict), is no claim. ("That is false, the army said" is a party's denial of
    it, which leaves the claim standing.)"""
    return _VERDICT_FALSE.match(text, claim.end) is not None


_VERDICT_FALSE = re.compile(
    r"\s+(?:(?:That|This|It)(?:\s+(?:claim|post|report|statement|message))?\s+(?:is|was)\s+"
    r"(?:false|untrue|fake|fabricated|a\s+hoax|not\s+true)|(?:VERDICT|Verdict|RATING|Rating)"
    r"\s*:\s*(?:False|FALSE|Fake|FAKE|Fabricated|FABRICATED))\s*(?:[.:;\u2014]|$)")


# A transcript's speaker label and the vocative after it: "REPORTER: Chief, ", "Q: Minister, ".
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w .()'’-]{0,40}:\s*)?(?:[A-Z][\w.'’ -]{0,30},\s+)?")
_PRESUPPOSING_QUESTION = re.compile(r"(?:why|how|when|where)\b", re.IGNORECASE)
# The end of an interrupted turn: a new line (the next speaker's) or the end of the text.
_TURN_ENDS = re.compile(r"[ \t]*(?:\n|$)")
# A short question that takes up what was just said: "Is that so?", "Is this true?", "Can the
# Minister confirm it?"
_CONFIRMATION_ASKED = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:that|this|it|so|true|correct|right)\b[^.?!\n]{0,30}\?")


# An acronym alone as a claimant ("The RSF denied"), and the name the article gave it once in
# full before its bracketed form ("the Rapid Support Forces (RSF)"), looked for that far back.
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)(?:(?:of|for|the|and|de|del|la|du|al|el)\s+"
    r"|[A-Z][\w'’-]*\s+)*$")
_NAME_REACH = 80
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _spelled_out(claim: Claim, text: str, names: Sequence[str]) -> Claim:
    """"The RSF denied targeting civilians", the article having named "the Rapid Support
    Forces (RSF)" earlier: the claimant under its full name, as the sentence that introduced
    it gives it (one name for the group, whichever form each sentence uses). Without the
    bracket, another claimant's name whose initials the acronym spells ("the Oromo Liberation
    Army was blamed ... The OLA rejected the accusation")."""
    acronym = claim.actor_normalized
    # "The NSCN(K-YA) said", "the NSCN (IM)": the acronym with its faction's in brackets
    faction = _ACRONYM_FACTION.fullmatch(acronym)
    written = acronym
    if faction is not None:
        acronym = faction.group("acronym")
        written = f"{acronym}-{faction.group('faction')}"
    if not _ACRONYM_ONLY.fullmatch(acronym) or acronym.lower() in GROUP_ALIASES:
        return claim
    bracket = text.find(f"({acronym})")
    if bracket < 0:
        letters = acronym.replace("-", "")
        spelled = next((n for n in names if letters in _initials(n)), None) or \
            _spelled_before(text, claim.start, letters)
        return claim if spelled is None else replace(
            claim, actor_normalized=normalize_actor(f"{spelled} ({written})"))
    found = _NAME_BEFORE_ACRONYM.search(text, max(0, bracket - _NAME_REACH), bracket)
    name = _the_acronyms_name(found.group().strip(), acronym) if found is not None else None
    if name is None:
        return claim
    return replace(claim, actor_normalized=normalize_actor(f"{name} ({acronym})"))


_JOINERS = frozenset({"of", "the", "and", "for", "de", "del", "la", "du", "al", "el"})
_ACRONYM_FACTION = re.compile(r"(?P<acronym>[A-Z][A-Z0-9-]{1,7})\s?\((?P<faction>[\w-]{1,12})\)")
# A run of capitalized words (with the small words names hold) the text gives before a claim:
# where an acronym's name is looked for when no claimant has it ("Al Shabaab detonated an IED
# ... AS claimed 9 killed": the name was told as the doer, not as a claimant).
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|de|del|la|du|al|el)"
                       r"\s+)*[A-Z][\w'’-]*)+")


def _spelled_before(text: str, end: int, letters: str) -> str | None:
    """The last organization's name before `end` whose initials `letters` spell; a name's run
    may open with words of its own sentence ("Cadres of the National Socialist Council of
    Nagaland": from its capitalized word on)."""
    found = None
    for run in _NAME_RUN.finditer(text, 0, end):
        words = run.group().split()
        for first in range(len(words) - 1):
            name = " ".join(words[first:])
            if words[first][:1].isupper() and words[first].lower() not in _JOINERS and \
                    letters in _initials(name) and names_an_organization(name):
                found = name
                break
    return found



def _initials(name: str) -> tuple[str, ...]:
    """The acronyms a name may have: its capitalized words' first letters (an acronym inside
    it counts whole: "IS Mozambique" is ISM), of the whole name and of the part before its
    first "of" ("People's Liberation Army of Manipur" is PLAM or PLA)."""
    if "(" in name:
        return ()
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _JOINERS]
    whole = "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())
    head = name.split(" of ", 1)[0]
    if head == name:
        return (whole,) if len(whole) >= 2 else ()
    return (whole, *_initials(head))


def _the_acronyms_name(words: str, acronym: str) -> str | None:
    """Of the capitalized words before the bracket, the name the acronym abbreviates: after
    an "and" when that part alone has the acronym's initials ("the army and the Free Sons
    (FS)" names two), else all ("Patriotic and Integrationist Force of Cameroon (FPIC)")."""
    parts = _AND.split(words)
    letters = set(acronym.replace("-", ""))
    for start in range(len(parts) - 1, 0, -1):
        tail = " and ".join(parts[start:])
        if letters <= {word[0] for word in tail.split()}:
            return tail if len(tail.split()) >= 2 else None
    return words if len(words.split()) >= 2 else None


def _generic(actor: str) -> bool:
    """"Gunmen", "unknown attackers", "suspected militants": no one is named, so no one is
    claimed or blamed (the attackers are listed in `actors`)."""
    words = actor.lower().split()
    return bool(words) and all(w in GENERIC_ACTOR_WORDS for w in words)


def _described_by_ties(actor: str) -> bool:
    """"An al Qaeda-linked group said it attacked the base": a claimant described by its ties,
    whose name the article gives elsewhere ("JNIM made the claim"), is no claimant (one blamed
    so, "Iran-backed militias", is the accusation as made)."""
    words = actor.lower().split()
    return bool(words) and words[-1] in GENERIC_ACTOR_WORDS and \
        _DESCRIBED_BY_TIES.search(actor) is not None


_DESCRIBED_BY_TIES = re.compile(
    r"-(?:linked|affiliated|backed|allied|aligned|inspired|based|led|sponsored)\b", re.IGNORECASE)


def _unique(claims: list[Claim]) -> list[Claim]:
    """One claim per (actor, kind), in text order."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for claim in sorted(claims, key=lambda c: c.start):
        key = (claim.actor_normalized.lower(), claim.kind)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept


def _claims(text: str, sentences: Sequence[Sentence],
            patterns: Sequence[tuple[ClaimKind, re.Pattern[str]]] = _CLAIM_PATTERNS,
            required: Sequence[tuple[str, ...]] = _REQUIRED_WORDS) -> Iterator[Claim]:
    """The surface patterns' claims, in `sentences` (those with a claim word)."""
    seen: set[tuple[str, str]] = set()
    for start, end in ((s.start, s.end) for s in sentences):
        sentence = text[start:end]
        lowered = sentence.lower()
        for (kind, pattern), words in zip(patterns, required, strict=True):
            if not any(word in lowered for word in words):
                continue
            for match in pattern.finditer(sentence):
                claim = _claim(kind, match, text, (start, end))
                if claim is not None and (claim.actor_normalized, kind) not in seen:
                    seen.add((claim.actor_normalized, kind))
                    yield claim


# "Two groups claimed the attack: <X> and <Y>", "Claims came from rival factions: <X>, <Y>":
# the claimants listed after a colon that closes a claim by a number of groups.
_LISTED_AFTER_COLON = re.compile(
    r"\b(?:two|three|four|both|several|multiple|rival|separate)\s+(?:[\w-]+\s+)?(?:groups"
    r"|organi[sz]ations|factions|movements|claimants)\b(?P<clause>[^:;.]{0,80}):\s+"
    r"(?P<list>[^.;:]+)", re.IGNORECASE)
_LIST_SPLIT = re.compile(r",?\s+and\s+|;\s+")
_LISTED_KINDS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = (
    ("denied", re.compile(r"\b(?:denied|deny|denies|rejected)\b", re.IGNORECASE)),
    ("claimed", re.compile(r"\b(?:claim|claims|claimed|responsibility|credit)\b", re.IGNORECASE)),
)


def _listed_claimants(text: str, sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Each claimant of a list after a colon: "Two groups claimed the attack: Islamic State's
    local branch and a faction calling itself <Y>" (the first name of each item; the kind is
    the clause's before the colon, not a negated one: "two groups have not claimed it: ...")."""
    for sentence in sentences:
        if ":" not in sentence.text or not _CANDIDATE.search(sentence.text):
            continue
        match = _LISTED_AFTER_COLON.search(sentence.text)
        if match is None:
            continue
        before = sentence.text[:match.start("list")]
        kind = next((k for k, cue in _LISTED_KINDS if cue.search(before)), None)
        if kind is None or _NEGATION.search(before):
            continue
        for item in _LIST_SPLIT.split(match.group("list")):
            # (past a kind's noun: "a little-known faction calling itself <Y>")
            named = ((m.group("actor").strip(), normalize_actor(m.group("actor")))
                     for m in _ACTOR_ALONE.finditer(item))
            found = next(((actor, normalized) for actor, normalized in named
                          if normalized and normalized.lower() not in NON_ACTORS
                          and normalized.lower() not in ANAPHORS and not _generic(normalized)),
                         None)
            if found is not None:
                yield Claim(actor=found[0], actor_normalized=found[1], kind=kind,
                            evidence=sentence.text.strip(), start=sentence.start,
                            end=sentence.end, source=None)


def _sentence_before(text: str, start: int) -> Sentence | None:
    """The sentence that ends before the one starting at `start` (the one splitter's, which
    the parse reads too)."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return sentence_at(text, before - 1, before) if before > 0 else None


def _claim(
    kind: ClaimKind, match: re.Match[str], text: str, bounds: tuple[int, int]
) -> Claim | None:
    offset, end = bounds
    sentence = text[offset:end]
    actor = match.group("actor").strip()
    normalized = normalize_actor(actor)
    if kind == "claimed" and _negated(sentence[: match.end()], match.start("actor")):
        return None
    if kind == "claimed" and _PRESENT_CLAIMS.search(match.group()) and not _group_like(normalized):
        return None  # "Mother claims shooting linked to ...": a news line's present is a group's
    if match.groupdict().get("organization") is not None and not names_an_organization(actor):
        return None  # (a copula's claimant must be an organization's name)
    if match.groupdict().get("telegraph") and normalized.lower() not in ANAPHORS and (
            not _group_like(normalized) or _a_weapon(normalized)):
        return None  # "; arson suspected", "; IED blamed": a telegraphic clause names a group
    if kind == "claimed" and (_OTHER_OCCASION.match(sentence, match.end()) or
                              _OTHER_OCCASION_INSIDE.search(match.group()) or
                              _LONG_BEFORE.match(sentence, match.end()) or
                              _SPAN_BEFORE.search(sentence, 0, match.start("actor"))):
        return None  # "claimed responsibility for a similar attack": another act than this
    if kind != "denied" and (_YEAR_AFTER.match(sentence, match.end()) or
                             _YEAR_BEFORE.search(sentence, 0, match.start("actor"))):
        return None  # an act of a bare year, background (claims_tree's `dated_to_a_year`)
    if kind == "suspected" and _suspects_are_targets(sentence, match):
        return None
    if _SPOKESMAN_BEFORE.search(sentence, 0, match.start("actor")):
        return None  # "a spokesman for the Taliban, Zabihullah Mujahid, said": the Taliban's
    if normalized.lower() in ANAPHORS:
        # "It said it carried out the attack": the group the previous sentence names; the one
        # an earlier clause of its own sentence names first ("blamed <X>, though the group
        # denied it"; not a word of the anaphor's own phrase: "Dissident republican militants")
        antecedent = _named_in_an_earlier_clause(text, offset, offset + match.start("actor")) \
            or _antecedent(text, offset)
        if antecedent is None:
            return None
        actor, offset = antecedent
        normalized = normalize_actor(actor)
    if not normalized or normalized.lower() in NON_ACTORS or not_a_perpetrator(normalized):
        return None
    source = match.groupdict().get("source")
    evidence = text[offset:end]
    return Claim(
        actor=actor,
        actor_normalized=normalized,
        kind=kind,
        evidence=evidence.strip(),
        start=offset + len(evidence) - len(evidence.lstrip()),
        end=offset + len(evidence.rstrip()),
        source=_clean_source(source) if source else _said_by(sentence),
    )


_PRESENT_CLAIMS = re.compile(r"\bclaims?\s")


def _a_weapon(name: str) -> bool:
    """"IED", "VBIEDs", "Grenade": what was used, not who used it."""
    word = name.lower().rstrip("s")
    return word in WEAPON_NOUNS or word.endswith("ied")


def _group_like(name: str) -> bool:
    """A name that can only be a group's: a known group, an acronym, or several words."""
    return name.lower() in KNOWN_GROUP_NAMES or name.lower() in GROUP_ALIASES or \
        bool(_ACRONYM_ONLY.fullmatch(name)) or len(name.split()) >= 2


# The claimed act marked as another occasion than the report's ("took responsibility for a
# previous raid", "claimed another bombing"); the parse's reading is
# claims_own_word's `_another_occasion`.
_OTHER_OCCASION = re.compile(
    rf"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:{'|'.join(sorted(OTHER_OCCASION_WORDS))})\b")
_OTHER_OCCASION_INSIDE = re.compile(r"\b(?:similar|previous|earlier|prior|another)\s+\w+$")
# The claimed act dated months or years back in the rest of its clause ("who claimed a bombing
# in the same bazaar last year"): the parse's reading is
# claims_own_word's `_dated_long_before`.
_LONG_BEFORE = re.compile(
    r"[^,.;]{0,60}?\b(?:(?:last|previous|preceding|prior|past|recent)\s+(?:year|month|decade)s?"
    r"|(?:years?|months?|decades?)\s+ago)\b")
# The same span opening the clause: "In recent years <X> has claimed attacks on the pipeline".
_SPAN_BEFORE = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:past|recent|previous|last)\s+"
                          r"(?:years|months|decades)\b[^;.]*$", re.IGNORECASE)
# A bare year on the claimed or blamed act ("claimed a bombing at a church in 2017", "in 2019
# <X> claimed an assault on the same post", "massacres since 2014 that the army has blamed on
# <X>"): within the clause, before the actor or right after the match.
_YEAR_AFTER = re.compile(r"[^,.;]{0,60}?\b(?:in|since|during)\s+(?:19|20)\d\d\b",
                         re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|during)\s+(?:19|20)\d\d\b[^;.]*$", re.IGNORECASE)
_ACTOR_ALONE = re.compile(_ACTOR)
_SPOKESMAN_BEFORE = re.compile(r"spokes(?:man|woman|person)\s+(?:for|of)\s+[^,]{2,60},\s*$")
_GROUP_ENDING = re.compile(rf"\s{_GROUP_NOUN}$")
# A name with its kind after a word or two of description: "the Indigenous People of Biafra
# separatist movement", "the Tupac Katari guerrilla army".
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_KIND_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,2}}{_GROUP_NOUN}")


def _antecedent_name(text: str, sentence_start: int, anaphor_start: int) -> str | None:
    """The group an anaphor takes up: the one its own sentence names last before it ("Although
    <X> denied involvement, officials blamed the group"), else the one before that sentence; for
    a kind noun ("the front"), the organization named last whose name holds it."""
    kind = _WORD.match(text, anaphor_start)
    if kind is not None and kind.group().lower() in KIND_ANAPHORS:
        return _named_with_its_kind(text, sentence_start, anaphor_start, kind.group().lower())
    found = _group_named(text, sentence_start, anaphor_start) or \
        _antecedent(text, sentence_start)
    return found[0] if found else None


_WORD = re.compile(r"[\w'’-]+")
# How far before its sentence a kind noun's group is looked for (two or three sentences).
_KIND_REACH = 400


def _named_with_its_kind(text: str, sentence_start: int, anaphor_start: int, kind: str
                         ) -> str | None:
    """The last name of two words or more before the anaphor (in its sentence or shortly
    before) that holds `kind` as a word: "the Alliance for Northern Change" for "the alliance"."""
    found = None
    for run in _NAME_RUN.finditer(text, max(0, sentence_start - _KIND_REACH), anaphor_start):
        words = run.group().lower().split()
        if len(words) >= 2 and kind in words and names_an_organization(run.group()):
            found = run.group()
    return found


def _named_by_the_title(text: str, anaphor_start: int, title: str | None) -> str | None:
    """"<Group> rejects blame for school blast" over "The separatist group denied it was
    involved": a dek's (or a short report's) anaphor takes up the group its headline names,
    when the text names no one (no name of two capitalized words, no group) before it."""
    if not title or _NAME_RUN.search(text, 0, anaphor_start) is not None or \
            _group_named(text, 0, anaphor_start) is not None:
        return None  # (the text names someone before it: "blamed the <Y> Cell, which denied")
    found = _group_named(title, 0, len(title))
    if found is not None and _an_official_body(found[0]):
        return None  # "Kenya Police blame rebels for ambush" over "The rebels denied it"
    return found[0] if found else _headline_subject(title)


# The words that make a name a state's body, never an armed group's ("Kenya Police", "Interior
# Ministry"): the army and a council can be a rebel group's head words, so they are not here.
_STATE_BODY_WORDS = frozenset({"police", "ministry", "government", "authorities", "officials",
                               "prosecutors", "prosecutor", "navy"})


def _an_official_body(name: str) -> bool:
    return any(word.lower() in _STATE_BODY_WORDS for word in name.split())


# A headline's opening name of two or more capitalized words before its lower-case verb:
# "Niger Delta Avengers claim attack on pipeline", "Sable Coast Avengers blow up oil line".
# A title-case headline's run of capitals ending before a small word ("Market Bomb Kills Nine as
# Police Hunt Suspects") is no name: the lower-case word must not be one a title case leaves small.
_HEADLINE_SUBJECT = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*"
                               r"[A-Z][\w'’-]*)+)\s+(?=[a-z])(?!(?:a|an|and|as|at|after|amid|by|"
                               r"for|from|in|into|near|of|on|or|over|the|to|with)\b)")


def _headline_subject(title: str) -> str | None:
    """The group a headline names as its subject, when its name has no organization's head word
    (not an official body's: "Kenya Police blame ...")."""
    found = _HEADLINE_SUBJECT.match(title)
    if found is None:
        return None
    name = found.group("name")
    words = {w.lower() for w in name.split()}
    return None if words & (OFFICIAL_WORDS | STATE_FORCES) or normalize_actor(name).lower() in \
        NON_ACTORS else name


def _named_in_an_earlier_clause(text: str, sentence_start: int, anaphor_start: int
                                ) -> tuple[str, int] | None:
    """The group `_group_named` finds before the anaphor in its own sentence, when a comma, a
    semicolon or a dash sets it in an earlier clause than the anaphor's."""
    found = _group_named(text, sentence_start, anaphor_start)
    if found is None:
        return None
    at = text.rfind(found[0], sentence_start, anaphor_start)
    between = text[at + len(found[0]):anaphor_start] if at >= 0 else ""
    return found if _CLAUSE_BREAK.search(between) else None


_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]")


def _antecedent(text: str, sentence_start: int) -> tuple[str, int] | None:
    """The armed group the sentence before `sentence_start` names last, with that sentence's
    start: "A statement from the Islamic State group appeared online." -> Islamic State; else
    the one the sentence before that names (an abbreviation's period, "the U.K. Consulate",
    may end a sentence early)."""
    previous = _sentence_before(text, sentence_start)
    if previous is None:
        return None
    found = _group_named(text, previous.start, sentence_start)
    earlier = _sentence_before(text, previous.start) if found is None else None
    if earlier is not None:
        found = _group_named(text, earlier.start, previous.start)
    return found


def _group_named(text: str, previous_start: int, sentence_start: int
                 ) -> tuple[str, int] | None:
    """The armed group text[previous_start:sentence_start] names last."""
    found: tuple[str, int] | None = None
    bracket_end = -1
    for match in _ACTOR_ALONE.finditer(text, previous_start, sentence_start):
        if match.start() < bracket_end:
            continue  # "(TAK/PKK)": the acronym of the name before it, not a second name
        actor = match.group("actor").strip().rstrip(".,;:")  # "... Army." ends the sentence
        actor = _OPENING_WORD.sub("", actor)  # "Although <X> denied it": <X>
        owned = _POSSESSOR.sub("", actor)  # "Colombia's ELN": the ELN (not "People's Army")
        if owned != actor and (_ACRONYM_ONLY.fullmatch(owned) or
                               normalize_actor(owned).lower() in KNOWN_GROUP_NAMES):
            actor = owned
        normalized = normalize_actor(actor).lower()
        acronym = _ACRONYM_AFTER.match(text, match.end())
        if acronym is not None and normalized not in NON_ACTORS:
            # "Members of the Popular Liberation Front (PLF) attacked": a name with its
            # bracketed acronym is an organization's, whatever noun it ends in.
            found = (_ARTICLE.sub("", _MEMBERS_OF.sub("", actor)) + acronym.group(),
                     previous_start)
            bracket_end = acronym.end()
        elif normalized in KNOWN_GROUP_NAMES or (
            (_GROUP_ENDING.search(actor) or _ORGANIZATION_HEAD.search(actor)
             or (_KIND_AFTER.match(text, match.end()) and normalized not in _FUNCTION_WORDS))
            and normalized not in ANAPHORS and normalized not in NON_ACTORS
        ):
            found = (actor, previous_start)
    return found


# A clause's capitalized opening word before a name: "Although", "While", "After".
_OPENING_WORD = re.compile(r"^(?:Although|Though|While|Whereas|When|After|Before|But|And|However"
                           r"|Since|Because|If|Once|Yet|As)\s+(?=[A-Z])")
# A name's possessor before it, a country's or a region's: "Colombia's ELN", "Nigeria's Boko
# Haram", "Somalia's al-Shabaab" (the group is the name after it, when that is a known group's
# or an acronym: "People's" opens a name).
_POSSESSOR = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?=[A-Z]|(?:al|el)-)")
# "the Balochistan Liberation Army", "the Red Hand Brigades": a name that ends in an armed
# organization's capitalized head noun is an organization's.
_ORGANIZATION_HEAD = re.compile(
    r"\s(?:Army|Front|Movement|Brigades?|Organi[sz]ation|Militias?|Battalions?|Cells|Commandos?"
    r"|Resistance|Legion|Faction|Mujahideen|Jihad)"
    # "... Front of Tripura", "... Front for the Restoration of Mbali"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*$")
# (an acronym may hold a slash or a digit: "(DHKP/C)", "(PKK/KCK)", "(M-19)", "(17N)")
# (not a region's name in brackets, "Fizi (Sud-Kivu)": three small letters in a row are a word's)
_ACRONYM_AFTER = re.compile(
    r"\s\((?=[\w/&-]*[A-Z])(?![\w/&-]*[a-z]{3})[A-Z0-9][A-Za-z0-9/&-]{1,11}\)")
# "Members of the", "Fighters from the": the organization is the name after them.
_MEMBERS_OF = re.compile(
    r"^(?:[Ss]uspected\s+)?(?:[Mm]embers|[Ff]ighters|[Mm]ilitants|[Rr]ebels|[Gg]uerrillas"
    r"|[Gg]unmen|[Cc]adres|[Uu]nits?|[Ss]upporters)\s+(?:of|from)\s+(?:the\s+)?")


# "killed two suspected ISGS militants", "suspected militants were arrested", "suspected IS
# positions": people or places suspected of belonging to a group, attacked or caught, are
# not suspects of the attack the sentence tells.
_TARGET_BEFORE = re.compile(
    r"(?:killed|killing|kill|arrested|arresting|arrest|detained|captured|shot|neutralized"
    r"|targeting|targeted|against|on|of|for|with)\s+"
    # (not over a clause's opening word: "was killed when suspected <X> fighters stopped")
    r"(?:(?!(?:by|when|as|after|while|before|because|until|once)\s)\w+\s+){0,2}$"
)
_TARGET_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:,[^,]{0,40},\s*)?(?:who\s+)?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?"
    r"(?:killed|arrested|detained|captured|shot|neutralized|wounded|injured)"
    r"|\s+(?:presence|positions?|hideouts?|bases?|camps?|targets?|members\s+were)\b"
)


def _suspects_are_targets(sentence: str, match: re.Match[str]) -> bool:
    start = match.start()
    if not sentence[start:].lower().startswith("suspected"):
        return False
    return bool(_TARGET_BEFORE.search(sentence, max(0, start - 30), start)
                or _TARGET_AFTER.match(sentence, match.end()))


def _negated(clause: str, actor_start: int) -> bool:
    """"No group has claimed", "has not claimed", "denied having claimed": not a claim; nor one
    asked about ("did not say whether any group had claimed the attack")."""
    before_actor = clause[max(0, actor_start - 12) : actor_start]
    return bool(_NEGATION.search(clause[actor_start:]) or _NEGATION.search(before_actor)
                or _ASKED.search(before_actor))


_ASKED = re.compile(r"\b(?:whether|if)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _clean_source(source: str) -> str:
    return _ARTICLE.sub("", " ".join(source.split()))


_SAID_BY = re.compile(
    r"(?:according\s+to\s+(?P<after>[^,.;]{3,60}))|(?:,\s*(?P<before>[^,.;\"”]{3,60}?)\s+said)"
)


def _said_by(sentence: str) -> str | None:
    """Who the sentence attributes itself to: "..., police said", "according to the army"."""
    match = _SAID_BY.search(sentence)
    if match is None:
        return None
    speaker = (match.group("after") or match.group("before") or "").strip()
    return _clean_source(speaker) if _is_official(speaker) else None


# --------------------------------------------------------------------------- actors, officials

_NAMED_ATTACKER = re.compile(
    rf"(?:(?:suspect|gunman|shooter|attacker|assailant)s?,?\s+(?:who\s+was\s+|was\s+|has\s+been\s+)?"
    rf"identified\s+as\s+(?:\d+-year-old\s+)?(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}}))"
    rf"|(?:[Mm]ilitants|[Ff]ighters|[Gg]unmen)\s+(?:from|of|belonging\s+to"
    rf"|loyal\s+to)\s+(?:the\s+)?"
    rf"(?P<group>{_NAME}(?:\s+(?:of\s+|al\s+|the\s+|and\s+)*{_NAME}){{0,5}})"
)
_ROLE = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:" + "|".join(f"[{r[0].upper()}{r[0]}]{r[1:]}" for r in ATTACKER_ROLES) + r")\b"
)


def _actors(text: str, claims: list[Claim]) -> tuple[str, ...]:
    """Named perpetrators first (claimants, suspects, groups), then generic roles."""
    named: list[str] = [c.actor_normalized for c in claims if c.kind != "denied"]
    for match in _NAMED_ATTACKER.finditer(text):
        named.append(normalize_actor(match.group("name") or match.group("group")))
    if not named:
        named.extend(role.group().lower() for role in _ROLE.finditer(text))
    return tuple(dict.fromkeys(name for name in named if name))


_SPEAKER = (
    r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:[Ss]pokes(?:man|woman|person)|[Oo]fficials?"
    r"|[Ss]ources?)\s+(?:for|of|at|from|in)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\.?\s+|(?:police|sheriff's|state|local|federal|health"
    r"|interior|defense|military|army|government)\s+){0,5}"
    r"(?:[A-Z][\w'’-]*|police|officials|authorities|investigators|prosecutors|spokesman"
    r"|spokeswoman|spokesperson|office|department|ministry|agency|sources|deputies|officers)"
)
_SPEECH_VERB = re.compile(r"\b(?=[A-Za-z])(?:said|says|told|confirmed|announced|reported|stated)\b")
_SPEAKER_BEFORE = re.compile(rf"(?P<speaker>{_SPEAKER})\s+$")
_SPEAKER_AFTER = re.compile(
    r"(?:according\s+to|said|says|told\s+\w+)\s+(?P<speaker>(?:the\s+)?(?:[A-Z][\w'’-]*\.?\s+|"
    r"(?:police|sheriff's|health|interior|defense|state|local)\s+){0,5}(?:[A-Z][\w'’-]*|police"
    r"|officials|authorities|ministry|department|office|agency|spokesman|spokeswoman))"
)


# Speech verbs read per article for the officials quoted: more than any report has.
MAX_SPEECH_VERBS = 200


def find_officials(text: str) -> tuple[str, ...]:
    """Officials and agencies quoted: "police said", "according to the health ministry"."""
    found: list[tuple[int, str]] = []
    for verb in islice(_SPEECH_VERB.finditer(text), MAX_SPEECH_VERBS):
        window_start = max(0, verb.start() - 80)
        match = _SPEAKER_BEFORE.search(text, window_start, verb.start())
        if match is not None:
            found.append((match.start("speaker"), match.group("speaker")))
    for match in islice(_SPEAKER_AFTER.finditer(text), MAX_SPEECH_VERBS):
        found.append((match.start("speaker"), match.group("speaker")))
    speakers: dict[str, str] = {}
    for _, raw in sorted(found):
        speaker = _clean_source(_last_sentence(raw))
        if _is_official(speaker):
            speakers.setdefault(speaker.lower(), speaker)
    return tuple(speakers.values())


def _last_sentence(words: str) -> str:
    """"Tuesday. Police" -> "Police": a speaker does not reach back over a full stop."""
    parts = re.split(r"(?<![A-Z][a-z])(?<![A-Z])\.\s+", words)
    return parts[-1]


def _is_official(speaker: str) -> bool:
    words = speaker.lower().replace(",", " ").split()
    return any(word in OFFICIAL_WORDS for word in words)
