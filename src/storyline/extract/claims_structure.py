"""Responsibility claims read from a sentence's dependency parse.

The claimant is the subject of a responsibility predicate, or the by-agent when it is passive;
the speaker is the subject of the reporting verb that governs it:
- claimed: "<X> claimed responsibility / credit / the attack", "<X> took (accepted, assumed)
  responsibility", "responsibility was claimed by <X>", "it was claimed by <X>", "<X> said it
  carried out the attack";
- denied: "<X> (again) denied any role / involvement / responsibility";
- blamed: "<S> blamed <X>", "<S> blamed the attack on <X>", "<S> accused <X> of ...", "<S>
  attributed the attack to <X>", "<S> said <X> was behind it / responsible";
- suspected: "<S> believed (suspected, thought, suggested) that <X> was responsible (behind
  it, involved)", "<X> is suspected of / believed to be behind".
Only a name is a claimant (a proper noun, an acronym, a known group): "gunmen", "attackers" and
"suspected militants" are not. A negated predicate ("no group has claimed", "did not claim") is
not a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING, cast

from storyline.extract.claims_accusations import (
    DESIGNATE_VERBS,
    DONE_BY_VERBS,
    LINK_VERBS,
    PIN_VERBS,
    POINT_VERBS,
    WORK_NOUNS,
    read_accused,
    read_act_linked,
    read_act_pinned,
    read_attributed,
    read_blame_laid,
    read_blamed,
    read_done_by,
    read_linked_to,
    read_named_as_perpetrator,
    read_ordered,
    read_pointed_at,
    read_responsible,
    read_work_of,
)
from storyline.extract.claims_actors import (
    group_of_members,
    is_anaphoric,
    name_of,
    phrase_text,
    with_conjuncts,
)
from storyline.extract.claims_lexicon import (
    ACCUSE_VERBS,
    ANNOUNCE_VERBS,
    ATTRIBUTE_VERBS,
    BLAME_VERBS,
    CLAIM_VERBS,
    DENY_VERBS,
    NON_ACTORS,
    PART_NOUNS,
    RESPONSIBILITY_NOUNS,
    RESPONSIBLE_WORDS,
    SAY_VERBS,
    TAKE_VERBS,
    not_a_perpetrator,
)
from storyline.extract.claims_members import (
    BELONG_VERBS,
    MEMBER_ACTS,
    MEMBER_WORDS,
    read_members,
    read_members_did_it,
)
from storyline.extract.claims_names import normalize_actor
from storyline.extract.claims_own_word import (
    DISTANCE_VERBS,
    NO_PART_NOUNS,
    REPORT_NOUNS,
    WITHDRAW_VERBS,
    read_claim_issued,
    read_claimed,
    read_denied,
    read_disowned,
    read_distanced,
    read_no_part_in,
    read_one_of_its_own,
    read_own_claim,
    read_own_denial,
    read_reported_act,
    read_told_own_act,
)
from storyline.extract.claims_suspicions import (
    CULPRIT_NOUNS,
    HALLMARK_NOUNS,
    LOOK_VERBS,
    PASSIVE_SUSPICION,
    PLAY_VERBS,
    ROLE_NOUNS,
    SUSPECT_OF_VERBS,
    read_culprit,
    read_hallmarks,
    read_looked_at,
    read_part_in_the_act,
    read_played_a_role,
    read_suspect_of,
    read_suspected_by,
)
from storyline.extract.claims_tree import (
    dated_to_a_year,
    habitual,
    is_act_verb,
    is_span,
    negated,
    object_words,
    objects_of,
)
from storyline.extract.document import Document
from storyline.extract.first_letters import prefix_tree_pattern
from storyline.extract.sentences import Sentence
from storyline.records import Claim, ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = ["CLAIM_SENTENCE_RE", "claim_parse_requests", "claims_from_structure"]


# The stems of the acts a group tells of itself (`is_act_verb`), for the sentence filter.
_ACT_STEMS = (r"attack|launch|stag|conduct|bomb|carr|mount|execut|kill|fired|plant|deton|ambush"
              r"|shot|kidnap|abduct|assassinat|behead|target|downed|overr|captur|seiz|struck"
              r"|storm|raid|shell|torch|blew|blown|destroy|plac|laid|left|hurl|threw|thrown|lobb"
              r"|rigg|set\s+fire")
# The rest of the violent acts (`OWN_ACT_VERBS`), read in the late sentences only.
_MORE_ACT_STEMS = (r"sank|sunk|torpedo|rammed|bombard|mined|knifed|stabb|hacked|slaughter|massacr"
              r"|murder|lynch|burn|razed|demolish|wreck|sabotag|derail|hijack|ransack|loot"
              r"|pillag|besieg|poison|strangl|maim|mutilat|tortur|snatch|gunned|pelt|rocket"
              r"|mortar|strafe|liquidat|eliminat|neutrali|slew|slain|assault|invad|snip|crippl"
              r"|punish")
CLAIM_SENTENCE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:claim|responsib|credit|denie|deny|denying|blame|accus|suspect"
    r"|behind|attribut"
    r"|carried\s+out|involve|believed|hallmark|fingerprints"
    # an attack done by its perpetrator: "perpetrated by <X>", "was staged by <X>"
    r"|(?:perpetrated|committed|staged|masterminded|orchestrated|ordered|planned)\s+by"
    r"|distanc(?:ed|es|ing|e)\s+(?:it|them|our)sel(?:f|ves)\s+from"
    # pointing at someone, or a suspected part in the act: "pointed the finger at <X>", "suspect
    # the hand of <X>", "examining the role of <X> in the blast"
    r"|point(?:ed|s|ing)?\s+(?:the\s+|a\s+)?fingers?\b"
    # the act's author: "was the work of <X>"; one who links <X> to the attack
    r"|(?:work|handiwork)\s+of\b|(?:linked|tied|connected)\b[^.]{0,80}?\bto\b"
    # a claim by an anonymous call or a communique: "a caller told the paper the <X> did it"
    r"|(?:callers?|communiqu[eé]s?|leaflets?|pamphlets?)\b[^.]{0,120}?\b(?:said|says|told"
    r"|stated)\b"
    r"|(?:hand|role|involvement|complicity)\s+of\b"
    # named as the one who did it: "designated as the perpetrator", "singled out as authors of"
    r"|as\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:perpetrator|author|culprit|mastermind)"
    # admitting an act; the attackers' group ("were suspected members of", "belonged to")
    r"|(?:admit|acknowledg)\w*\s+(?:to\s+)?(?:\w+\s+)?\w+ing\b"
    r"|(?:suspected|alleged|presumed|purported|be|were|was|are|is)\s+members?\s+of"
    # (whose membership: `read_members` reads the subject, one of `ATTACKER_NOUNS`; a list of
    # nouns here cost a hostile megabyte 50 ms)
    r"|belong(?:ed|s)?\s+to"
    # the attackers' group named with them: "members of <X> seized", "FARC guerrillas overran"
    r"|(?:members?|fighters|guerrill?as|militants|rebels|insurgents|cadres|militiamen|elements"
    r"|jihadists|combatants|operatives|commandos|loyalists|gunmen|cells?)\s+(?:of|from"
    r"|(?:loyal|linked|tied|affiliated|allied)\s+(?:to|with))\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?-i:[A-Z][\w'’-]*)\)?\s+(?:fighters|guerrill?as|militants|rebels|insurgents|cadres"
    r"|militiamen|elements|jihadists|combatants|operatives|commandos|loyalists|gunmen)\b"
    r"|play(?:ed|s|ing)?\s+(?:an?\s+|some\s+)?(?:\w+\s+)?(?:role|part)\b"
    # a group's word about an attacker or an act: "the gunman was one of its soldiers", "it had
    # nothing to do with the bombing"
    r"|one\s+of\s+(?:its|their|our|the\s+\w+'s)\s+(?:\w+\s+)?(?:soldiers|fighters|members"
    r"|mujahideen|militants)\b|(?:nothing|anything)\s+to\s+do\s+with\b"
    # a group speaking of itself: "<X> said its fighters attacked the convoy"
    r"|(?:said|says|told|stated|announced|boasted|bragged|acknowledged|admitted)\b[^.]{0,80}?\b"
    r"(?:(?:it|they|its|their|we|our)\s|the\s+(?:"
    r"group|movement|organi[sz]ation|militants|rebels|insurgents|fighters|militia)(?:'s)?\s)"
    rf"[^.]{{0,40}}?\b(?:{_ACT_STEMS})"
    # the attackers' own voice naming the doers: "a spokesman for the kidnappers said <X> had"
    r"|(?:spokes(?:man|woman|person)\s+for\s+the\s+(?:militants|kidnappers|insurgents|gunmen"
    r"|attackers|abductors|hijackers)|(?:militants|kidnappers|insurgents|gunmen|attackers"
    r"|abductors|hijackers)'\s+spokes(?:man|woman|person))\b[^.]{0,80}?\b(?:said|says|told"
    rf"|stated)\b[^.]{{0,80}}?\b(?:{_ACT_STEMS}))",
    re.IGNORECASE)
MAX_CLAIM_SENTENCES = 6

# The sentences read after the others (`_late_sentences`), within what is left of the
# article's parse budget: they take no other reader's parse nor a claim sentence's place.
# A group telling its own act in its own voice, whatever the verb (`read_told_own_act`): a verb
# of saying with "it", "we", "its <men>", "the group's <men>" after it and a verb in the past
# ("said its commandos derailed", "said it had sabotaged"), or a quote in the first person plural
# in the past with its teller after it (""We executed the traitor," the council said"); and the
# accusations, suspicions and denials read by structure in session 24 (below).
# (every form of the whole class of saying, one pattern factored by common prefixes: a plain
# alternation of 150 words tried at every word start tripled this filter's cost)
_SAY = "(?:" + prefix_tree_pattern(SAY_VERBS) + ")"
_KINDS = (r"(?:group|movement|organi[sz]ation|militia|unit|faction|brigade|battalion|cell"
          r"|front|army|council|alliance|party|command|cartel|gang|network)")
_OWN_VOICE = (rf"(?:it|we|the\s+{_KINDS}|(?:its|our)\s+[\w'’\"“”-]+"
              rf"|(?:one|some|two|three|several)\s+of\s+"
              rf"(?:its|our|their)\s+[\w'’-]+|(?:fighters|members|men|units|militants)\s+of"
              rf"\s+the\s+{_KINDS}|the\s+{_KINDS}'s\s+[\w'’-]+)")
# A verb in the past by its form ("-ed"), or one of the irregular pasts of violent acts.
_PAST = (r"(?:(?:had|has|have)\s+)?(?:[\"“]\s*)?(?:\w+ed|struck|shot|hit|blew|set|cut|took|fought"
         r"|threw|laid|overran|slew|sank|sunk|burnt|brought|stole|broke|held|was\s+holding"
         r"|is\s+holding|are\s+holding)\b")
LATE_CLAIM_SENTENCE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:"
    rf"{_SAY}\b[^.]{{0,80}}?\b{_OWN_VOICE}\s+{_PAST}"
    rf"|(?:we|our\s+\w+)\s+{_PAST}[^.\"”]{{0,200}}[\"”],?\s+(?:{_SAY}"
    rf"|the\s+[^.]{{0,60}}?\s{_SAY})\b"
    # a leader's or a spokesman's "his men": "a commander of <X> said his fighters had
    # ambushed the convoy"
    rf"|(?:commander|leader|chief|spokes(?:man|woman|person)|emir|head|founder)\b[^.]{{0,120}}?"
    rf"\b{_SAY}\b[^.]{{0,40}}?\b(?:his|her)\s+[\w'’-]+\s+{_PAST}"
    # a group's cleft or identity in its own voice: "It was us who downed the helicopter,"
    # "Ours was the hand that struck the pipeline", "the attack was the work of our brigade"
    rf"|(?:it\s+(?:was|is)\s+(?:us|we|our\s+\w+)\s+(?:who|that)|ours\s+(?:was|is)\s"
    rf"|(?:work|handiwork|doing)\s+of\s+our\s)[^.]{{0,200}}?\b{_SAY}\b"
    # denying what is said or an act, or any part in it: "rejected suggestions that", "disowned
    # the massacre", "had no connection to the attack"
    r"|(?:reject|dismiss|disown|repudiat|disavow)\w*\b"
    r"|no\s+(?:\w+\s+)?(?:connection|links?|role|part|involvement|hand|ties)\b"
    # held to account, blame laid, an act traced or put down to someone, suspects and
    # culprits, investigators looking at someone
    r"|accountab|liable|answerab|ascrib|imput|traced?\b|tracing|(?:put|chalked)\s[^.]{0,80}?"
    r"\b(?:down|up)\s+to\b|culprit|perpetrator|(?:look|focus|eye)\w*\s+(?:at|on|into)\b"
    # an act pinned on someone or laid at a door; fingers pointed at someone (active or
    # passive), evidence pointing to someone
    r"|pinn(?:ed|ing)\b|pins?\s[^.]{0,80}?\son\s|(?:door|doorstep|feet)\s+of\b"
    r"|fingers?\s+(?:of\s+\w+\s+)?(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?point"
    # the marks of its author on an act or its weapon; a part taken in it
    r"|(?:signatures?|stamp|trademarks?|marks|markings|imprint|footprints?)\s+of\b"
    r"|(?:took|taken|take|takes|taking)\s+(?:a\s+|an\s+)?(?:\w+\s+)?part\s+in\b"
    r"|(?:evidence|intelligence|clues?|indications?|signs?|information|findings|investigations?"
    r"|inquiry|probe|leads?|traces|suspicions?|everything|all)\s+(?:\w+\s+){0,3}?"
    r"point(?:ed|s|ing)?\s+(?:to|at|towards?)\b"
    # one who had the act done: "said <X> had planned (ordered) the truck bombing"
    r"|(?:planned|ordered|masterminded|orchestrated|plotted|organi[sz]ed|directed|financed"
    r"|funded)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|these\s+|those\s+)?(?:[\w'’-]+\s+)"
    r"{0,2}?(?:attacks?|bombings?|blasts?|massacres?|ambush(?:es)?|raids?|killings?"
    r"|assassinations?|kidnappings?|abductions?|shootings?|arson|assaults?|strikes?"
    r"|explosions?|sieges?|murders?|hijackings?)\b"
    # more verbs of denial: "rebutted (refuted, disputed, contested) the claim that ..."
    r"|rebut|refut|disput|contest|disclaim"
    # an organization, or a state's covert hands, told doing the act: "the army said the Kachin
    # Independence Army fired the rounds", "said Ukrainian saboteurs had blown up the lines"
    r"|(?-i:Army|Front|Movement|Brigades?|Forces|Party|Organi[sz]ation|Militias?|Tigers|Group"
    r"|Battalions?|Commandos?|Guards?|Council|Alliance|Brotherhood|Cartel|Gang|Network|Faction"
    r"|Command|Legion|Resistance|Mujahideen|Cells?)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:{_ACT_STEMS}|{_MORE_ACT_STEMS})"
    r"|(?:saboteurs|agents|operatives|spies|infiltrators|mercenaries|proxies|commandos)\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{_ACT_STEMS}|{_MORE_ACT_STEMS})"
    r")",
    re.IGNORECASE)
MAX_LATE_SENTENCES = 3


# The group an anaphor ("the group", "it") takes up, given the start of its sentence and its own.
Antecedent = Callable[[int, int], str | None]


def claims_from_structure(document: Document, antecedent: Antecedent | None = None
                          ) -> list[Claim]:
    """The claims of the sentences that can hold one, read from their parse. `antecedent`
    names the group an anaphoric claimant ("it", "the group") points back to, given the
    claim sentence's start and the anaphor's."""
    # (the late sentences last: requested after every reader's, they take no one's parse)
    sentences = sorted(claim_parse_requests(document) + _late_sentences(document),
                       key=lambda s: s.start)
    document.prepare(sentences)
    claims: list[Claim] = []
    for sentence in sentences:
        parse = document.parse(sentence)
        if parse is not None:
            claims.extend(_claims_in(parse, sentence, antecedent))
    return claims


# The same search entered only where a word starts (every alternative opens with a word
# boundary and a letter): a long sentence is not tried at every character.
_CLAIM_SENTENCE_SCAN = re.compile(r"\b(?=[a-z])" + CLAIM_SENTENCE_RE.pattern, re.IGNORECASE)


# A word every match of CLAIM_SENTENCE_RE contains, searched in the lower-cased sentence:
# three sentences in four have none, and this search is several times cheaper. (Only for ASCII
# text, where lower() gives exactly the letters IGNORECASE equates.)
_CLAIM_SENTENCE_WORDS = re.compile(
    "claim|responsib|credit|deni|deny|blame|accus|suspect|behind|attribut|carried|involve"
    "|believed|hallmark|fingerprints|admit|acknowledg|member|belong|play|said|says|stated"
    "|announced|boasted|bragged|perpetrat|committed|staged|mastermind|orchestrated|ordered"
    "|planned"
    "|distanc|author|culprit|finger|hand|role|complicity|fighters|guerril|militants|rebels"
    "|insurgents|cadres|militiamen|elements|jihadists|combatants|operatives|commandos"
    "|loyalists|gunmen|cell|work|linked|tied|connected|caller|communiqu|leaflet|pamphlet|told"
    "|spokes|kidnappers|attackers|abductors|hijackers"
    "|soldiers|mujahideen|nothing|anything")


# Every match of CLAIM_SENTENCE_RE holds one of those words at the start of a word (the
# alternation is entered where a word starts, and each alternative names one of them there or
# after a space): the first four letters of each word of the sentence, looked up in a set, rule
# out the same sentences several times cheaper than searching for the words anywhere.
_CLAIM_WORD_HEADS = frozenset(word[:4] for word in _CLAIM_SENTENCE_WORDS.pattern.split("|"))
_WORD_HEAD = re.compile(r"(?<![a-z])[a-z]{4}")


def _may_hold_claim(sentence: str) -> bool:
    if sentence.isascii() and _CLAIM_WORD_HEADS.isdisjoint(_WORD_HEAD.findall(sentence.lower())):
        return False
    return _CLAIM_SENTENCE_SCAN.search(sentence) is not None


def claim_parse_requests(document: Document) -> list[Sentence]:
    """The sentences that can hold a claim, at most `MAX_CLAIM_SENTENCES` (the search stops
    there: a long text's later sentences are not read). Asked before the parse and after it:
    scanned once per document."""
    return list(document.memo("claim sentences", _claim_sentences))


def _claim_sentences(document: Document) -> list[Sentence]:
    return list(islice((s for s in document.sentences if _may_hold_claim(s.text)),
                       MAX_CLAIM_SENTENCES))


def _late_sentences(document: Document) -> list[Sentence]:
    """The sentences `LATE_CLAIM_SENTENCE_RE` finds that the claim search did not pick (before
    its last one, when it stopped at its limit), at most `MAX_LATE_SENTENCES`."""
    chosen = claim_parse_requests(document)
    last = chosen[-1].start if len(chosen) == MAX_CLAIM_SENTENCES else None
    return list(islice((s for s in document.sentences
                        if (last is None or s.start < last) and s not in chosen
                        and LATE_CLAIM_SENTENCE_RE.search(s.text)), MAX_LATE_SENTENCES))


def _claims_in(parse: Doc, sentence: Sentence, antecedent: Antecedent | None) -> list[Claim]:
    found: list[Claim] = []
    for token in parse:
        readings = _readings(token)
        if readings and (dated_to_a_year(token) or habitual(token)):
            # background: a claim or a blame of an act of another year ("a group which
            # claimed a bombing in 2017") or of a habit ("which frequently claims attacks");
            # a denial still answers this one
            readings = [r for r in readings if r[0] == "denied"]
        for kind, actor, speaker in readings:
            for each in with_conjuncts(actor):
                claim = _claim(kind, each, speaker, sentence, antecedent)
                if claim is not None:
                    found.append(claim)
    return found


_CLAIM_NOUNS = frozenset({"claim", "claims"})
# Verbs that attribute with a particle: "put the raid down to <X>", "chalked it up to <X>".
_PUT_VERBS = frozenset({"put", "puts", "putting", "chalked", "chalk", "chalks"})
_LAID_NOUNS = frozenset({"responsibility", "culpability", "onus"})


def _readings(token: Token) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    """The (kind, actor, speaker) readings of the predicate `token` heads: one reader per kind
    of predicate, chosen by its word; the first that fits reads it (an act verb is a group's
    own claim before it is another's accusation, and that before its members' act)."""
    lower = token.lower_
    if negated(token):
        # A negated predicate is no claim; a group's own act or part negated in its own words
        # denies it ("said its men had not attacked", "said it was not involved in the attack").
        if lower in RESPONSIBLE_WORDS:
            return [reading for reading in read_responsible(token) if reading[0] == "denied"]
        return read_own_denial(token)
    told = read_told_own_act(token)  # a group's own act in its own voice, before any reading
    if told:
        return told
    if lower in REPORT_NOUNS and token.pos_ == "NOUN":
        # "<Y> issued a rival claim"; "a claim by <X> that its fighters overran the base"
        reported = (read_claim_issued(token) if lower in _CLAIM_NOUNS else []) or \
            read_reported_act(token)
        if reported:
            return reported
    if lower in WITHDRAW_VERBS:
        return read_disowned(token)
    if lower == "one":
        return read_one_of_its_own(token)
    if lower in NO_PART_NOUNS:
        no_part = read_no_part_in(token)
        if no_part or lower in ("nothing", "anything"):
            return no_part
    if lower in PLAY_VERBS | TAKE_VERBS and object_words(token) & ROLE_NOUNS:
        return read_played_a_role(token)  # "<X> had taken part (played a role) in the attack"
    if lower in CLAIM_VERBS or lower in TAKE_VERBS or (
            lower in ANNOUNCE_VERBS and object_words(token) & RESPONSIBILITY_NOUNS):
        return read_claimed(token)
    if lower in _LAID_NOUNS and token.pos_ == "NOUN":
        laid = read_blame_laid(token)  # "laid responsibility for the beheadings on <X>"
        if laid:
            return laid
    if token.dep_ == "attr" and lower in CULPRIT_NOUNS:
        culprit = read_culprit(token)  # "<X> were the prime suspects in the killing"
        if culprit:
            return culprit
    if lower in LOOK_VERBS:
        return read_looked_at(token)
    if lower in DISTANCE_VERBS:
        return read_distanced(token)
    if lower in DESIGNATE_VERBS:
        return read_named_as_perpetrator(token)
    if lower in POINT_VERBS:
        return read_pointed_at(token)
    if lower in PART_NOUNS and token.dep_ in ("dobj", "obj"):
        return read_part_in_the_act(token)
    if lower in PIN_VERBS:
        pinned = read_act_pinned(token)  # "pinned the torching on <X>"; else "laid the mines"
        if pinned:
            return pinned
    if lower in DENY_VERBS and token.pos_ != "NOUN":  # (not "a land dispute")
        return read_denied(token)
    if lower in BLAME_VERBS:
        return read_blamed(token)
    if lower in ACCUSE_VERBS:
        return read_accused(token)
    if lower in ATTRIBUTE_VERBS or (lower in _PUT_VERBS and any(
            c.dep_ == "prt" and c.lower_ in ("down", "up") for c in token.children)):
        return read_attributed(token)  # (also "put the raid down to <X>", "chalked it up to")
    if lower in RESPONSIBLE_WORDS:
        return read_responsible(token)
    if lower in HALLMARK_NOUNS:
        return read_hallmarks(token)
    if lower in WORK_NOUNS:
        return read_work_of(token)
    if lower in LINK_VERBS:
        return read_linked_to(token) or read_act_linked(token)
    if is_act_verb(token):
        return read_own_claim(token) or read_done_by(token) or read_members_did_it(token)
    if lower in MEMBER_ACTS:
        return read_members_did_it(token)
    if lower in DONE_BY_VERBS:
        return read_done_by(token) or read_ordered(token)
    if lower in SUSPECT_OF_VERBS and objects_of(token):
        return read_suspect_of(token)
    if lower in MEMBER_WORDS or lower in BELONG_VERBS:
        return read_members(token)
    if lower in PASSIVE_SUSPICION:
        return read_suspected_by(token)
    return []


def _claim(kind: ClaimKind, actor: Token | Span, speaker: Token | None, sentence: Sentence,
           antecedent: Antecedent | None) -> Claim | None:
    if is_span(actor):
        return _claim_named(kind, actor.text, speaker, sentence)
    # (people named by their group are the group's: "cells of <X>", "dissidents of <X>"; not
    # a name's own word: "the Revolutionary Cells of <Place>")
    head = cast("Token", actor)
    if head.text.islower():
        head = group_of_members(head) or head
    name = name_of(head)
    if name is None and antecedent is not None and is_anaphoric(head):
        name = antecedent(sentence.start, sentence.start + head.idx)
    if name is None:
        return None
    return _claim_named(kind, name, speaker, sentence)


def _claim_named(kind: ClaimKind, name: str, speaker: Token | None, sentence: Sentence
                 ) -> Claim | None:
    normalized = normalize_actor(name)
    if not normalized or normalized.lower() in NON_ACTORS or \
            not_a_perpetrator(normalized):
        return None
    return Claim(actor=name, actor_normalized=normalized, kind=kind, evidence=sentence.text,
                 start=sentence.start, end=sentence.end,
                 source=phrase_text(speaker) if speaker is not None else None)
