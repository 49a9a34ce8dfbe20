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
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, cast

from storyline.extract.claims_accusations import (
    AGENCY_NOUNS,
    DESIGNATE_VERBS,
    DONE_BY_VERBS,
    LINK_VERBS,
    PIN_VERBS,
    POINT_VERBS,
    WORK_NOUNS,
    read_accused,
    read_act_by,
    read_act_linked,
    read_act_pinned,
    read_acted_for,
    read_attributed,
    read_blame_laid,
    read_blamed,
    read_done_by,
    read_linked_to,
    read_members_held_over_the_act,
    read_named_as_perpetrator,
    read_ordered,
    read_pointed_at,
    read_responsible,
    read_work_of,
)
from storyline.extract.claims_actors import (
    appositive_name,
    group_of_members,
    is_anaphoric,
    name_of,
    named_beside_its_description,
    names_a_group,
    phrase_text,
    with_conjuncts,
)
from storyline.extract.claims_lexicon import (
    ACCUSE_VERBS,
    ANNOUNCE_VERBS,
    ATTRIBUTE_VERBS,
    ATTRIBUTED_ACTS,
    BLAME_VERBS,
    CLAIM_VERBS,
    DENY_VERBS,
    KIND_ANAPHORS,
    MEDIA_NOUNS,
    MEMBER_NOUNS,
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
    read_believed_from,
    read_believed_group,
    read_members,
    read_members_did_it,
)
from storyline.extract.claims_names import normalize_actor
from storyline.extract.claims_own_word import (
    DENIED_PART_NOUNS,
    DISTANCE_VERBS,
    NO_PART_NOUNS,
    OWNING_VERBS,
    REPORT_NOUNS,
    WITHDRAW_VERBS,
    confessed_to_an_act,
    read_claim_issued,
    read_claimed,
    read_denial_noun,
    read_denied,
    read_disowned,
    read_distanced,
    read_no_part_in,
    read_one_of_its_own,
    read_own_claim,
    read_own_denial,
    read_own_part_owned,
    read_reported_act,
    read_told_own_act,
)
from storyline.extract.claims_suspicions import (
    CULPRIT_NOUNS,
    FALL_VERBS,
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
    read_suspicion_fell_on,
    told_in_a_belief,
)
from storyline.extract.claims_tree import (
    dated_to_a_year,
    found_by_a_finding,
    habitual,
    is_act_verb,
    is_span,
    negated,
    object_words,
    objects_of,
)
from storyline.extract.claims_voices import media_owner
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
              r"|rigg|set\s+fire|opened\s+fire")
# The rest of the violent acts (`OWN_ACT_VERBS`), read in the late sentences only.
_MORE_ACT_STEMS = (r"sank|sunk|torpedo|rammed|bombard|mined|knifed|stabb|hacked|slaughter|massacr"
              r"|murder|lynch|burn|razed|demolish|wreck|sabotag|derail|hijack|ransack|loot"
              r"|pillag|besieg|poison|strangl|maim|mutilat|tortur|snatch|gunned|pelt|rocket"
              r"|mortar|strafe|liquidat|eliminat|neutrali|slew|slain|assault|invad|snip|crippl"
              r"|punish")
CLAIM_SENTENCE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:claim|responsib|credit|authorship|paternity|denie|deny|denying|blame"
    r"|accus|suspect|behind|attribut"
    # a claim in translation from Arabic: "<X> adopted the bombing"; the act owned up to as
    # the verb's object: "<X> acknowledged the ambush", "admitted the raid", "owned the attack"
    r"|(?:adopt|acknowledg|admitt?|own)(?:ed|es|e|s|ing)?\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:\w+\s+)?(?:attacks?|bombings?|blasts?|explosions?|assassinations?|killings?"
    r"|ambush(?:es)?|operations?|raids?|assaults?|massacres?|kidnappings?|abductions?)\b"
    r"|carried\s+out|involve|believed|hallmark|fingerprints"
    # a belief of who the attackers were in its other verbs: "gunmen thought to be from <X>"
    r"|(?:thought|presumed)\s+to\s+(?:be|have)\b"
    # a denial as a noun in translation: "declared its non-participation", "refused its
    # participation"
    r"|non-?(?:participation|involvement)|refus(?:e|ed|es|ing)\s+(?:its\s+|their\s+|any\s+)?"
    r"(?:participation|involvement|role)\b"
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
    # owning one's own part in it: "announced its involvement in", "admitted their guilt",
    # "confessed to the abduction"
    r"|(?:announc|admit|acknowledg|recogni[sz]|confess|declar|proclaim)\w*\s+(?:its|their|our"
    r"|his|her)\s+(?:own\s+)?(?:involvement|guilt|role|part|participation|complicity"
    r"|culpability|hand)\b|confess\w*\s+to\b"
    # admitting an act; the attackers' group ("were suspected members of", "belonged to")
    r"|(?:admit|acknowledg)\w*\s+(?:to\s+)?(?:\w+\s+)?\w+ing\b|own(?:ed|s|ing)?\s+up\s+to\b"
    r"|(?:suspected|alleged|presumed|purported|be|were|was|are|is|as)\s+members?\s+of"
    # (whose membership: `read_members` reads the subject, one of `ATTACKER_NOUNS`; a list of
    # nouns here cost a hostile megabyte 50 ms)
    r"|belong(?:ed|s)?\s+to"
    # the attackers' group named with them: "members of <X> seized", "FARC guerrillas overran"
    r"|(?:members?|fighters|guerrill?as|militants|rebels|insurgents|cadres|militiamen|elements"
    r"|jihadists|combatants|operatives|commandos|loyalists|gunmen|cells?|terrorists)\s+(?:of|from"
    r"|(?:loyal|linked|tied|affiliated|allied)\s+(?:to|with))\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?-i:[A-Z][\w'’-]*)\)?\s+(?:fighters|guerrill?as|militants|rebels|insurgents|cadres"
    r"|militiamen|elements|jihadists|combatants|operatives|commandos|loyalists|gunmen)\b"
    r"|play(?:ed|s|ing)?\s+(?:an?\s+|some\s+)?(?:\w+\s+)?(?:role|part)\b"
    # a group's word about an attacker or an act: "the gunman was one of its soldiers", "it had
    # nothing to do with the bombing"
    r"|one\s+of\s+(?:its|their|our|the\s+\w+'s)\s+(?:\w+\s+)?(?:soldiers|fighters|members"
    r"|mujahideen|militants)\b|(?:nothing|anything)\s+to\s+do\s+with\b"
    # a group speaking of itself: "<X> said its fighters attacked the convoy"
    # (the present "say" of a plural name or of a one-line news item: "<X> say they killed")
    r"|(?:said|says|say|told|stated|announced|boasted|bragged|acknowledged|admitted)\b[^.]{0,80}?\b"
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
# (a kind alone or in the plural: "the brigades had brought down the bridge")
_KINDS = (r"(?:(?:group|movement|organi[sz]ation|militia|unit|faction|brigade|battalion|cell"
          r"|front|army|council|alliance|party|command|cartel|gang|network)s?)")
_OWN_VOICE = (rf"(?:it|we|the\s+{_KINDS}|(?:its|our)\s+[\w'’\"“”-]+"
              rf"|(?:one|some|two|three|several)\s+of\s+"
              rf"(?:its|our|their)\s+[\w'’-]+|(?:fighters|members|men|units|militants)\s+of"
              rf"\s+the\s+{_KINDS}|the\s+{_KINDS}'s\s+[\w'’-]+)")
# The irregular pasts and past participles of English verbs of physical action on something
# (the whole class, not the violent ones alone: the parse's `told_own_act` decides what is an
# act; verbs of saying, thinking, giving or making are left out): "had blown up a pipeline",
# "had stolen two trucks", "had brought down the bridge".
_IRREGULAR_PASTS = frozenset({
    "struck", "stricken", "shot", "hit", "blew", "blown", "set", "cut", "took", "taken", "fought",
    "threw", "thrown", "laid", "overran", "overrun", "slew", "slain", "sank", "sunk", "burnt",
    "brought", "stole", "stolen", "broke", "broken", "held", "beat", "beaten", "tore", "torn",
    "drove", "driven", "hid", "hidden", "shook", "shaken", "bit", "bitten", "swept", "dug",
    "flew", "flown", "hung", "left", "lit", "shut", "split", "stuck", "sent", "caught", "froze",
    "frozen", "smote", "smitten", "burst", "slid", "flung", "slung", "overtook", "overtaken",
    "withheld", "bled", "stung", "swung", "sprang", "sprung"})
_PAST = (r"(?:(?:had|has|have)\s+)?(?:[\"“]\s*)?(?:\w+ed|" + prefix_tree_pattern(_IRREGULAR_PASTS)
         + r"|was\s+holding|is\s+holding|are\s+holding)\b")
# The participles of doing, planning or launching an act, whose by-agent is its doer.
_DONE_PARTICIPLES = prefix_tree_pattern(frozenset({
    "perpetrated", "committed", "staged", "masterminded", "orchestrated", "ordered", "planned",
    "plotted", "organized", "organised", "directed", "financed", "funded", "commissioned",
    "engineered", "instigated", "sponsored", "launched", "fired", "planted", "placed",
    "detonated", "thrown", "hurled", "laid", "triggered", "executed", "conducted", "mounted",
    "sent", "dispatched", "carried out", "set off", "left", "lobbed", "rigged", "flown"}))
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
    # a cleft naming (or denying) the doer: "it was not the army but <Y> that shelled the
    # crossing", "it was <X> who set the fire"
    rf"|\bit\s+(?:was|is)\s+(?:not\s+)?[^.]{{0,80}}?\b(?:that|who)\s+(?:had\s+)?"
    rf"(?:{_ACT_STEMS}|{_MORE_ACT_STEMS})"
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
    r"|Command|Legion|Resistance|Mujahideen|Cells?"
    # or by its acronym: "the terrorist group OLF-Shene had massacred civilians"
    r"|[A-Z]{2,}(?:-[A-Z][a-z]*)?)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:{_ACT_STEMS}|{_MORE_ACT_STEMS})"
    r"|(?:saboteurs|agents|operatives|spies|infiltrators|mercenaries|proxies|commandos)\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{_ACT_STEMS}|{_MORE_ACT_STEMS})"
    # an act or its weapon done by a named doer, the agent a few words after the participle:
    # "had been planned in Afghanistan by the TTP", "were launched by the Rapid Support Forces"
    rf"|(?:{_DONE_PARTICIPLES})\s+(?:[^.,;]{{0,50}}?\s)?by\s+(?:the\s+|members\s+of\s+"
    r"(?:the\s+)?)?(?-i:[A-Z])"
    # or by the group's own people, told by the group: "said the raid was launched by its
    # commandos"
    rf"|(?:{_DONE_PARTICIPLES})\s+by\s+(?:one\s+of\s+)?(?:its|their|our)\s"
    # an act noun with its doer: "repelled an attack by <X> fighters", "rocket fire by <X>"
    r"|(?:attacks?|bombings?|blasts?|ambush(?:es)?|raids?|assaults?|killings?|massacres?"
    r"|shootings?|shelling|fire|gunfire|kidnappings?|abductions?|explosions?)\s+"
    r"(?:[^.,;]{0,40}?\s)?by\s+(?:the\s+)?(?-i:[A-Z])"
    # a suspicion, and the beliefs an act is told in: "with suspicion falling on <X>", "on the
    # theory that members of <X> set the fire"
    # (a crime, a finding or an inquiry only with a name after it: "the crime of murder", "police
    # determined that the shooting was accidental" are crime news' own words)
    r"|suspicions?\b|(?:crimes?|deeds?)\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    # what a court or an inquiry finds: "judges established that <X> had planted the mine"
    r"|(?:found|finds|ruled|rules|concluded|concludes|determined|determines|established"
    r"|establishes)\s+that\b[^.]{0,80}?\b(?-i:[A-Z][\w'’-]*\s+[A-Z])"
    # an act done on a group's word or as its member: "acting at the direction of <X>",
    # "carried out on behalf of <X>", "acting as a member of <X>"
    r"|(?:on|at|upon|under)\s+(?:the\s+)?(?:behalf|direction|directions|orders|order|behest"
    r"|instructions|command)\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+(?:of\s+)?){0,3}?"
    r"(?:the\s+)?(?-i:[A-Z])|(?:acting|working|operating|serving)"
    r"\s+as\s+(?:an?\s+)?members?\s+of\b"
    # members of a group held over the act: "arrested three members of <X> over the blast"
    r"|(?:arrest|detain|apprehend|charg|held|nabbed|captur|indict)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"members?\s+of\b"
    # a line of inquiry: "officers were investigating whether the <X> gang had set fire to"
    r"|(?:examin|investigat|prob|check|establish|determin|assess)\w*\s+whether\b[^.]{0,60}?"
    r"\b(?-i:[A-Z][\w'’-]*\s+[A-Z])"
    r"|(?:theory|theories|assumption|hypothes[ie]s|premise|presumption|supposition|conjecture"
    r"|hunch|belief)\s+that\b"
    # a state's forces or a named unit told doing the act, by a voice that may be another
    # state's ("Azerbaijan's ministry said Armenian forces shelled Ganja":
    # `told_by_another_state`; "a rights group said Light Infantry Battalion 345 torched")
    rf"|{_SAY}\b[^.]{{0,60}}?\b(?-i:[A-Z][\w'’-]*)(?:['’]s)?\s+(?:armed\s+)?(?:forces|troops"
    rf"|soldiers|army|military|militia|battalion|brigade|division|regiment)(?:\s+\d+)?\s+"
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
    sentences = sorted(claim_parse_requests(document) + late_claim_parse_requests(document),
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
    "claim|responsib|credit|authorship|paternity|deni|deny|blame|accus|suspect|behind|attribut"
    "|carried|involve"
    "|adopt|owned|owns|owning|own"
    "|believed|hallmark|fingerprints|admit|acknowledg|member|belong|play|said|says|stated"
    "|announc|boasted|bragged|perpetrat|committed|staged|mastermind|orchestrated|ordered"
    "|planned"
    "|distanc|author|culprit|finger|hand|role|complicity|fighters|guerril|militants|rebels"
    "|insurgents|cadres|militiamen|elements|jihadists|combatants|operatives|commandos"
    "|loyalists|gunmen|cell|work|linked|tied|connected|caller|communiqu|leaflet|pamphlet|told"
    "|spokes|kidnappers|attackers|abductors|hijackers|terrorists"
    "|soldiers|mujahideen|nothing|anything|say|thought|presumed|non|refus"
    "|recogni|confess|declar|proclaim")


# Every match of CLAIM_SENTENCE_RE holds one of those words at the start of a word (the
# alternation is entered where a word starts, and each alternative names one of them there or
# after a space): the first four letters of each word of the sentence, looked up in a set, rule
# out the same sentences several times cheaper than searching for the words anywhere.
_CLAIM_WORD_HEADS = frozenset(word[:4] for word in _CLAIM_SENTENCE_WORDS.pattern.split("|"))
# (three letters for a word that short: "say")
_WORD_HEAD = re.compile(r"(?<![a-z])[a-z]{3,4}")


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


def late_claim_parse_requests(document: Document) -> list[Sentence]:
    """The late sentences (`_late_sentences`): requested with the article's batch after every
    other reader's (`extract._request_together`) and read by the claim search after the parse,
    scanned once per document. Each one parsed on its own after the batch cost a parser call
    of its own (about a fifth of a 500-word article's parse)."""
    return list(document.memo("late claim sentences", _late_sentences))


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
        if readings and (dated_to_a_year(token) or habitual(token)) and \
                not found_by_a_finding(token):
            # background: a claim or a blame of an act of another year ("a group which
            # claimed a bombing in 2017") or of a habit ("which frequently claims attacks");
            # a denial still answers this one
            readings = [r for r in readings if r[0] == "denied"]
        if readings and told_in_a_belief(token):
            # "working on the theory that members of <X> set the fire": believed, not asserted
            readings = [("suspected" if r[0] == "blamed" else r[0], r[1], r[2])
                        for r in readings]
        for kind, actor, speaker in readings:
            for each in with_conjuncts(actor):
                claim = _claim(kind, each, speaker, sentence, antecedent)
                if claim is not None:
                    found.append(claim)
    return found


_CLAIM_NOUNS = frozenset({"claim", "claims"})
# The kinds of armed group attackers may be believed to be: "believed to be <X> militia".
_BELIEVED_KINDS = (MEMBER_NOUNS | frozenset({"militia", "militias", "separatists", "extremists",
                                             "rebels", "herdsmen", "herders", "gang"})
                   ) - MEMBER_WORDS
# Verbs that attribute with a particle: "put the raid down to <X>", "chalked it up to <X>".
_PUT_VERBS = frozenset({"put", "puts", "putting", "chalked", "chalk", "chalks"})
_LAID_NOUNS = frozenset({"responsibility", "culpability", "onus"})
_NOTHING = frozenset({"nothing", "anything"})

Reading = tuple[ClaimKind, "Token | Span", "Token | None"]
Reader = Callable[["Token"], Sequence[Reading]]


@dataclass(frozen=True, slots=True)
class _Construction:
    """One construction a predicate can head, and its reader. `words` are the predicate's
    words (None: any word), `test` what else the predicate must be (None: nothing). A `final`
    entry's reading stands even when empty (the word is that construction's, or none's);
    otherwise an empty reading lets the next entry try."""

    name: str
    words: frozenset[str] | None
    test: Callable[[Token], bool] | None
    read: Reader
    final: bool = True


def _negated_denials(word: Token) -> Sequence[Reading]:
    return [reading for reading in read_responsible(word) if reading[0] == "denied"]


def _report_noun(noun: Token) -> Sequence[Reading]:
    # "<Y> issued a rival claim"; "a claim by <X> that its fighters overran the base"
    return (read_claim_issued(noun) if noun.lower_ in _CLAIM_NOUNS else []) or \
        read_reported_act(noun)


def _act_told(verb: Token) -> Sequence[Reading]:
    return read_own_claim(verb) or read_done_by(verb) or read_members_did_it(verb)


def _is_noun(token: Token) -> bool:
    return token.pos_ == "NOUN"


def _not_a_noun(token: Token) -> bool:
    """Not a noun ("a land dispute"), or one the parse gives a subject and an object: a verb
    of the present it took for a plural ("The government rejects as false the allegations")."""
    return token.pos_ != "NOUN" or (
        any(c.dep_ == "nsubj" for c in token.children) and
        any(c.dep_ in ("dobj", "obj") for c in token.children))


def _predicate_noun(token: Token) -> bool:
    return token.dep_ == "attr"


def _direct_object(token: Token) -> bool:
    return token.dep_ in ("dobj", "obj")


def _has_object(verb: Token) -> bool:
    return bool(objects_of(verb))


def _takes_role(verb: Token) -> bool:
    return bool(object_words(verb) & ROLE_NOUNS)


def _of_responsibility(verb: Token) -> bool:
    return bool(object_words(verb) & RESPONSIBILITY_NOUNS)


def _with_down_or_up(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in verb.children)


# Every construction a claim predicate heads, in the order they are tried: a negated predicate
# first (no claim, or a denial in the group's own words), a group's own act in its own voice
# before any other reading, an act verb as a group's own claim before another's accusation,
# and that before its members' act.
_CONSTRUCTIONS: tuple[_Construction, ...] = (
    # "said it was not involved in the attack" denies; a negated predicate claims nothing
    _Construction("negated_responsibility", RESPONSIBLE_WORDS, negated, _negated_denials),
    # "said its men had not attacked the convoy"
    _Construction("negated_own_act", None, negated, read_own_denial),
    # "<X> said its fighters sabotaged two wellheads", ""We executed the traitor," <X> said"
    _Construction("own_act_in_own_voice", None, None, read_told_own_act, final=False),
    _Construction("report_noun_with_its_act", REPORT_NOUNS, _is_noun, _report_noun, final=False),
    _Construction("claim_withdrawn", WITHDRAW_VERBS, None, read_disowned),
    _Construction("one_of_its_own", frozenset({"one"}), None, read_one_of_its_own),
    _Construction("nothing_to_do_with", _NOTHING, None, read_no_part_in),
    _Construction("no_part_in", NO_PART_NOUNS - _NOTHING, None, read_no_part_in, final=False),
    # "declared its non-participation in the incident", "refused its participation"
    _Construction("denial_noun", DENIED_PART_NOUNS, None, read_denial_noun, final=False),
    # "<X> announced its involvement in the ambush", "admitted their guilt for the bombing"
    _Construction("own_part_owned", OWNING_VERBS, None, read_own_part_owned, final=False),
    # "<X> confessed to the abduction"
    _Construction("confessed_to_an_act", OWNING_VERBS - TAKE_VERBS, confessed_to_an_act,
                  read_claimed),
    # "<X> had taken part (played a role) in the attack"
    _Construction("played_a_role", PLAY_VERBS | TAKE_VERBS, _takes_role, read_played_a_role),
    _Construction("claimed_or_took_responsibility", CLAIM_VERBS | TAKE_VERBS, None, read_claimed),
    _Construction("announced_responsibility", ANNOUNCE_VERBS, _of_responsibility, read_claimed),
    # "laid responsibility for the beheadings on <X>"
    _Construction("responsibility_laid_on", _LAID_NOUNS, _is_noun, read_blame_laid, final=False),
    # "<X> were the prime suspects in the killing"
    _Construction("culprit_predicate", CULPRIT_NOUNS, _predicate_noun, read_culprit, final=False),
    _Construction("looked_at", LOOK_VERBS, None, read_looked_at, final=False),
    # "with suspicion falling on <X>", "suspicions centred on <X>"
    _Construction("suspicion_fell_on", FALL_VERBS, None, read_suspicion_fell_on),
    _Construction("distanced_itself", DISTANCE_VERBS, None, read_distanced),
    _Construction("named_as_perpetrator", DESIGNATE_VERBS, None, read_named_as_perpetrator),
    _Construction("pointed_at", POINT_VERBS, None, read_pointed_at),
    _Construction("part_in_the_act", PART_NOUNS, _direct_object, read_part_in_the_act),
    # "pinned the torching on <X>"; else "laid the mines" is an act
    _Construction("act_pinned_on", PIN_VERBS, None, read_act_pinned, final=False),
    _Construction("denied", DENY_VERBS, _not_a_noun, read_denied),  # (not "a land dispute")
    _Construction("blamed", BLAME_VERBS, None, read_blamed),
    _Construction("accused", ACCUSE_VERBS, None, read_accused),
    _Construction("attributed_to", ATTRIBUTE_VERBS, None, read_attributed),
    # "put the raid down to <X>", "chalked it up to <X>"
    _Construction("put_down_to", _PUT_VERBS, _with_down_or_up, read_attributed),
    _Construction("responsible", RESPONSIBLE_WORDS, None, read_responsible),
    _Construction("hallmarks_of", HALLMARK_NOUNS, None, read_hallmarks),
    _Construction("work_of", WORK_NOUNS, None, read_work_of),
    _Construction("linked_to", LINK_VERBS, None,
                  lambda t: read_linked_to(t) or read_act_linked(t)),
    # "repelled an attack by <X> fighters", "the bombing of the market by <X>" (a noun: the
    # verb "attack" is the members' act below)
    _Construction("act_by", ATTRIBUTED_ACTS, _is_noun, read_act_by, final=False),
    _Construction("act_verb", None, is_act_verb, _act_told),
    _Construction("members_act", MEMBER_ACTS, None, read_members_did_it),
    _Construction("done_by", DONE_BY_VERBS, None, lambda t: read_done_by(t) or read_ordered(t)),
    # "acting at the direction of <X>, set fire to", "carried out on behalf of <X>"
    _Construction("acted_for", AGENCY_NOUNS, None, read_acted_for, final=False),
    _Construction("suspect_of", SUSPECT_OF_VERBS, _has_object, read_suspect_of),
    # "arrested two members of <X> over the bombing"
    _Construction("members_held_over_the_act", MEMBER_WORDS, None,
                  read_members_held_over_the_act, final=False),
    _Construction("members_of", MEMBER_WORDS | BELONG_VERBS, None, read_members),
    # "armed men believed to be <X> rebels" (a kind of group, not "members of")
    _Construction("believed_to_be_a_group", _BELIEVED_KINDS, None, read_believed_group),
    # "gunmen believed to be from <X>"
    _Construction("believed_to_be_from", frozenset({"from"}), None, read_believed_from),
    _Construction("suspected_by", PASSIVE_SUSPICION, None, read_suspected_by),
)


def _constructions_by_word() -> dict[str, tuple[_Construction, ...]]:
    """For each word some construction names, the constructions it may head, in table order
    (those of any word included): a token is tried only against its own."""
    words = set().union(*(c.words for c in _CONSTRUCTIONS if c.words is not None))
    return {word: tuple(c for c in _CONSTRUCTIONS if c.words is None or word in c.words)
            for word in words}


_BY_WORD = _constructions_by_word()
_ANY_WORD = tuple(c for c in _CONSTRUCTIONS if c.words is None)


def _readings(token: Token) -> Sequence[Reading]:
    """The (kind, actor, speaker) readings of the predicate `token` heads: the first
    construction of `_CONSTRUCTIONS` that fits reads it."""
    for construction in _BY_WORD.get(token.lower_, _ANY_WORD):
        if construction.test is not None and not construction.test(token):
            continue
        found = construction.read(token)
        if found or construction.final:
            return found
    return []


def _claim(kind: ClaimKind, actor: Token | Span, speaker: Token | None, sentence: Sentence,
           antecedent: Antecedent | None) -> Claim | None:
    if is_span(actor):
        return _claim_named(kind, actor.text, speaker, sentence)
    head = cast("Token", actor)
    name = _name_for(head)
    if name is None and is_anaphoric(head):
        # "the Prime Minister attributed the attacks to <X>, though the group denied any
        # involvement": the party the sentence accuses before the anaphor, not a name nearer
        # to it that the attack targeted ("the bombing of the <Y> Party office")
        name = _accused_before(head)
    if name is None and antecedent is not None and is_anaphoric(head):
        name = antecedent(sentence.start, sentence.start + head.idx)
    if antecedent is not None and _takes_up_its_kind(head, name):
        # "the front", "the Brotherhood itself": the group named before whose name holds it
        # (the callback finds only such a one for a kind noun)
        name = antecedent(sentence.start, sentence.start + head.idx) or name
    if name is None:
        return None
    return _claim_named(kind, name, speaker, sentence)


def _takes_up_its_kind(head: Token, name: str | None) -> bool:
    """"The front rejected the accusation", "the Brotherhood itself denied it": a definite kind
    noun alone, the group it takes up to be found by its name."""
    return head.lower_ in KIND_ANAPHORS and (name is None or name.lower() == head.lower_) and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _name_for(head: Token) -> str | None:
    """The name a claimant's head gives, or its statement's owner's for an anaphor."""
    # (people named by their group are the group's: "cells of <X>", "dissidents of <X>"; not
    # a name's own word: "the Revolutionary Cells of <Place>")
    if head.text.islower() or (head.i == head.sent.start and head.text[1:].islower()):
        head = group_of_members(head) or head  # (also opening the sentence: "Fighters loyal to")
    # a description's own name in apposition: "accused a bandit kingpin, <Name>, of abducting",
    # "members loyal to the Twa leader <Name>"
    named = appositive_name(head) if not names_a_group(head) else None
    name = name_of(named) if named is not None else None
    name = name or named_beside_its_description(head) or name_of(head)
    if name is None and is_anaphoric(head):
        # "A statement from <X> claiming the bombing was a forgery, the group said": the owner
        # of a statement named before the anaphor in its own sentence
        owner = next((o for o in (media_owner(t) for t in reversed(head.doc[:head.i])
                                  if t.lower_ in MEDIA_NOUNS) if o is not None), None)
        name = name_of(owner) if owner is not None else None
    return name


def _accused_before(anaphor: Token) -> str | None:
    """The last party before `anaphor` that its sentence blames, suspects or names as the
    claimant (the one who may deny or take it back), by the same readings."""
    for token in reversed(anaphor.doc[anaphor.sent.start:anaphor.i]):
        for kind, actor, _ in _readings(token):
            if kind == "denied":
                continue
            for each in with_conjuncts(actor):
                if is_span(each):
                    return each.text
                word = cast("Token", each)
                if word.i < anaphor.i and not is_anaphoric(word):
                    name = _name_for(word)
                    if name is not None:
                        return name
    return None


def _claim_named(kind: ClaimKind, name: str, speaker: Token | None, sentence: Sentence
                 ) -> Claim | None:
    normalized = normalize_actor(name)
    if not normalized or normalized.lower() in NON_ACTORS or \
            not_a_perpetrator(normalized):
        return None
    return Claim(actor=name, actor_normalized=normalized, kind=kind, evidence=sentence.text,
                 start=sentence.start, end=sentence.end,
                 source=phrase_text(speaker) if speaker is not None else None)
