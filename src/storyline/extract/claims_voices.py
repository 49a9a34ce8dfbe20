"""Who speaks for a group: a spokesperson ("a spokesman for <X>", "<X>'s spokesman"), its
media ("a statement signed by <X>", "<X> released a video"), an anonymous messenger ("a caller
said the <X> did it"), or the group itself ("its fighters"); and who is an official, whose
"they" is not a group speaking of itself."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from storyline.extract.claims_actors import (
    group_of_members,
    is_a_place,
    name_of,
    named_beside_its_description,
    organization_like,
)
from storyline.extract.claims_lexicon import (
    ANAPHORS,
    ATTACKER_NOUNS,
    ATTRIBUTE_VERBS,
    KIND_ANAPHORS,
    MEDIA_NOUNS,
    MEMBER_NOUNS,
    OFFICIAL_WORDS,
    RESPONSIBILITY_NOUNS,
    SAY_VERBS,
    SPOKESPEOPLE,
    TIE_WORDS,
)
from storyline.extract.claims_tree import by_agent, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# A group also speaks through its own media ("the group's news agency", "its media arm"); not
# "wing", which in "armed wing" is a party to the act in its own right.
_VOICES = SPOKESPEOPLE | frozenset({"agency", "arm", "outlet", "mouthpiece",
                                     # "the NPA's regional command claimed the raid"
                                     "command", "leadership", "headquarters",
                                     # its publications: "<Name>, the weekly newsletter of <X>"
                                     "newsletter", "magazine", "bulletin",
                                     # its broadcasters and channels: "Al-Kataib radio, run
                                     # by <X>", "a Telegram channel of <X>"
                                     "radio", "channel", "station", "broadcaster",
                                     "television", "account"})
# How a voice is tied to its group when it is not its own: "an outlet affiliated with <X>", "the
# agency, which is linked to <X>", "a magazine close to <X>".
_TIES = TIE_WORDS | frozenset({"close", "aligned", "associated"})


_OWN_SUBJECTS = frozenset({"it", "they", "its", "their", "we", "our", "us", "ours"})
# A leader's or a spokesman's people are the group's too: "his men had laid the mines" (a
# person's own "his sons" is no group's: `read_told_own_act` asks for the group's voice).
_OWN_POSSESSORS = _OWN_SUBJECTS | frozenset({"his", "her"})
# A part of a group's people: "one (some, several, none) of its fighters".
_PARTS = frozenset({"one", "none", "any", "each", "all", "some", "several", "many", "most",
                    "few", "both", "dozens", "scores", "hundreds"})


def claiming_group(head: Token) -> Token:
    """Who claims when `head` speaks: the group behind its statement or video ("a statement
    from <X>"), the group a spokesperson or media arm speaks for, else `head` itself."""
    owner = media_owner(head)
    if owner is not None:
        return _represented(owner) or owner
    return _represented(head) or head


def _represented(head: Token) -> Token | None:
    """The group a spokesperson or a media arm speaks for: "a spokesman for <X>", "<X>'s
    spokesman", "<Name>, a spokesman for <X>", "<Name>, the news agency of <X>", "the <Name>
    agency, the media arm of <X>"; or one who names himself its voice: "a man who identified
    himself as a spokesman for <X>", "a caller claiming to represent <X>"."""
    voices = [head] if head.lower_ in _VOICES else []
    voices += [c for c in head.children if c.dep_ == "appos" and c.lower_ in _VOICES]
    found = next((g for g in map(_group_of_voice, voices) if g is not None), None)
    if found is None and head.lower_ in MEMBER_NOUNS and (
            head.text.islower() or head.i == head.sent.start):
        # (a capitalized one inside a sentence is its name's word: "the Revolutionary Armed
        # Cells of the North")
        # a group's units and members speak for it too: "Units of <X> said they had ..." (not
        # a name's own place: "the Revolutionary Cells of <Place>")
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
        found = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and name_of(g) is not None
                      and not is_a_place(g) and (not named or organization_like(g))), None)
    return found if found is not None or head.pos_ == "PROPN" else spoken_for(head)


def _group_of_voice(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            group = next((g for g in child.children if g.dep_ == "pobj"), None)
            # ("a spokesman for the movement": the movement named before, which the claim
            # reader takes up)
            # ("a spokesman for an insurgent coalition, the <X>,": the name after its comma)
            if group is not None and (name_of(group) is not None or _the_group(group) or
                                      _the_group(group, KIND_ANAPHORS) or
                                      named_beside_its_description(group) is not None):
                return group
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN" and \
                head.lower_ in SPOKESPEOPLE | _LEADERS:
            # "a Taliban spokesman", "an Abu Sayyaf commander"; not "the Amaq news agency",
            # its own name
            return child
        if child.dep_ == "poss" and child.lower_ == "whose" and \
                head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "relcl":
            return head.head.head  # "<X>, whose spokesman told reporters that ...": <X>
    return _tied_group(head) or _spoken_for_in_opening(head)


def _tied_group(voice: Token) -> Token | None:
    """"a news outlet affiliated with <X>", "the agency, which is linked to <X>", "a magazine
    close to <X>": the group a clause on the voice ties it to (a few words in)."""
    for clause in voice.children:
        if clause.dep_ not in ("acl", "relcl", "amod"):
            continue
        agent = by_agent(clause) if clause.lower_ in _RUN_VERBS else None
        if agent is not None and name_of(agent) is not None:
            return agent  # "Al-Kataib radio, run by <X>"
        for word in islice(clause.subtree, 8):
            if word.dep_ == "prep" and word.lower_ in ("to", "with") and \
                    word.head.lower_ in _TIES:
                group = next((g for g in word.children if g.dep_ == "pobj"), None)
                if group is not None and name_of(group) is not None:
                    return group
    return None


# Who a voice belongs to: "a radio station run (operated, owned, controlled) by <X>".
_RUN_VERBS = frozenset({"run", "operated", "owned", "controlled", "managed", "funded",
                        "backed"})


def _spoken_for_in_opening(spokesperson: Token) -> Token | None:
    """"Speaking for <X>, its spokesman said ...": the group the opening phrase of the
    spokesperson's own clause names."""
    if spokesperson.lower_ not in SPOKESPEOPLE or spokesperson.dep_ != "nsubj":
        return None
    for opening in spokesperson.head.children:
        if opening.dep_ == "advcl" and opening.lower_ == "speaking":
            return next((g for c in opening.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pobj" and name_of(g) is not None),
                        None)
    return None


ISSUE_VERBS = frozenset({"released", "issued", "posted", "published", "sent", "circulated",
                          "distributed", "left", "put", "uploaded", "emailed", "faxed",
                          "release", "issue", "post", "publish", "send", "made"})


def media_owner(head: Token) -> Token | None:
    """The group a claiming statement, video or leaflet is from; None if `head` is no such
    medium or names no owner."""
    if head.lower_ not in MEDIA_NOUNS | RESPONSIBILITY_NOUNS:
        return None
    for child in head.children:
        if child.dep_ == "acl":  # "signed by <X>", "issued by <X>", "attributed to <X>"
            agent = by_agent(child) or (next(
                (g for c in child.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and name_of(g) is not None), None)
                if child.lower_ in ATTRIBUTE_VERBS else None)
            if agent is not None:
                return agent
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and name_of(owner) is not None:
                return owner
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head.head  # "Communist Party of India (CPI) posters claiming ..." (parsed so)
    names = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if names:
        return names[-1]  # "Communist Party of India (CPI) posters"
    # "<X> released a video claiming responsibility": the issuer of the medium
    verb = head.head if head.dep_ in ("dobj", "obj", "npadvmod", "nsubjpass") else None
    if verb is not None and verb.lower_ in ISSUE_VERBS:
        # "a video claiming responsibility was posted by <X>": the passive's by-agent
        return by_agent(verb) if head.dep_ == "nsubjpass" else subject_of(verb)
    return None


def is_official(speaker: Token) -> bool:
    """Investigators, detectives, a ministry: an official whose "they" or "its men" is not
    a group speaking of itself ("investigators say they shot seven people" means the suspects).
    A name ("the Red Delta Army") or a spokesperson (whose group `_represented` finds) is not."""
    return speaker.pos_ != "PROPN" and speaker.lower_ not in _VOICES and (
        speaker.lower_ in OFFICIAL_WORDS or speaker.lower_.removesuffix("s") in OFFICIAL_WORDS)


def of_itself(subject: Token) -> bool:
    """A group speaking of itself: "it", "they", "we", "its fighters", "their men", "the
    group's fighters", "one of its fighters"."""
    if subject.lower_ in _PARTS or subject.like_num:  # "one (two, some) of its fighters"
        return any(of_itself(g) for c in subject.children if c.dep_ == "prep" and
                   c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return subject.lower_ in _OWN_SUBJECTS or any(
        c.dep_ == "poss" and (c.lower_ in _OWN_POSSESSORS or _the_group(c, _KINDS_OF_GROUP))
        for c in subject.children) or (subject.lower_ in MEMBER_NOUNS and any(
            _the_group(g) or g.lower_ in ("us", "ours") for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"))
    # ("fighters of the group", "members of the movement": its own people)


# The kinds of group one takes up as "the <kind>'s fighters": "the front's fighters", "the
# army's men" (as a possessor only: "the front" alone may be a building's).
_KINDS_OF_GROUP = ANAPHORS | frozenset({"front", "army", "council", "alliance", "party",
                                        "command", "cartel", "gang", "organisation", "network"})


def _the_group(word: Token, kinds: frozenset[str] = ANAPHORS) -> bool:
    """"the group", "the movement": the group named before, taken up by its kind (not "the
    Bandera Roja group", which names it)."""
    return word.lower_ in kinds and any(d.lower_ == "the" for d in word.children
                                          if d.dep_ == "det") and not any(
        c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.text[:1].isupper())
        for c in word.children)  # (nor "the Rhodan militia", its name tagged an adjective)


def of_itself_or_the_group(subject: Token) -> bool:
    """`of_itself`, or the group taken up by its kind ("its spokesman said the group had nothing
    to do with it"): in a group's own denial "the group" is the teller's (said of another by
    the police, "the group" would be blamed)."""
    # (not the kind with its own group after it: "the rebels of the ADF" are the ADF's, told
    # of by an army spokesman)
    return of_itself(subject) or (_the_group(subject) and group_of_members(subject) is None)


def group_telling(saying: Token) -> Token | None:
    """The group that tells the clause `saying` governs ("<X> said ...", "a spokesman for <X>
    insisted ...", "<X>'s agency reported ..."), or None when the teller is no one or an
    official, whose "they" and "its men" are not a group speaking of itself."""
    teller = teller_of(saying)
    if teller is None and saying.dep_ == "acl" and saying.head.lower_ in MEDIA_NOUNS:
        teller = media_owner(saying.head)  # "<X>'s agency released a statement claiming ..."
    if teller is None:
        # ""Our men struck the post," read a statement from <X>": the statement, parsed as the
        # object, with its owner on the verb
        medium = next((o for o in saying.children if o.dep_ in ("dobj", "obj")
                       and o.lower_ in MEDIA_NOUNS), None)
        teller = None if medium is None else media_owner(medium) or next(
            (g for c in saying.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
             for g in c.children if g.dep_ == "pobj" and name_of(g) is not None), None)
    if teller is not None and teller.lower_ in _LEADERS:
        # "commanders of <X> said none of their men ...": the group they lead (an army's
        # commanders are officials)
        led = _group_of_voice(teller)
        if led is not None:
            return led
    if teller is not None and teller.lower_ in _VOICES | _LEADERS and \
            _group_of_voice(teller) is None and name_of(teller) is None and \
            saying.head != saying and saying.dep_ in ("ccomp", "parataxis") and \
            saying.head.lower_ in SAY_VERBS:
        # a chain of reported speech: "<X> said [one of its fighters had blown himself up], a
        # spokesman (a commander) told reporters" (parsed as the voice's clause inside <X>'s):
        # a voice that names no group speaks for the one whose saying governs it
        return group_telling(saying.head)
    if teller is None or is_official(teller):
        return None
    return claiming_group(teller)


_LEADERS = frozenset({"commander", "commanders", "leader", "leaders", "chief", "chiefs",
                      "founder", "founders", "emir", "head"})


# How a group claims anonymously: a call to a newspaper, a communique, a leaflet, a note.
_MESSENGERS = frozenset({"caller", "callers", "communique", "communiqué", "communiques",
                         "leaflet", "leaflets", "pamphlet", "pamphlets", "note", "notes"})


def is_messenger(speaker: Token | None) -> bool:
    return speaker is not None and speaker.lower_ in _MESSENGERS


# How one names oneself a group's voice: "claiming to represent <X>", "speaking for <X>", "who
# identified himself as a spokesman for <X>".
_REPRESENT_WORDS = frozenset({"represent", "representing", "represented", "speak", "speaking",
                              "spoke", "behalf"}) | SPOKESPEOPLE


def spoken_for(messenger: Token) -> Token | None:
    """"a caller claiming to speak for (represent) <X>", "a man who identified himself as a
    spokesman for <X>", "a call on behalf of <X>": the group the messenger names (in its own
    clauses, a few words in: "a man who voted for <Y>" speaks for no one)."""
    for clause in (c for c in messenger.children if c.dep_ in ("acl", "relcl", "prep")):
        for word in islice(clause.subtree, 16):
            if word.pos_ != "PROPN" or word.dep_ not in ("pobj", "dobj"):
                continue
            voice = word.head.head if word.head.lower_ in ("for", "of") else word.head
            if voice.lower_ in _REPRESENT_WORDS:
                return word
    return None


def on_behalf_of(verb: Token) -> Token | None:
    """"claimed responsibility on behalf of <X>", "in the name of <X>": the group a claim is
    made for, whoever makes it (a caller, a letter)."""
    for head in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
            for noun in (g for g in prep.children if g.dep_ == "pobj"
                         and g.lower_ in ("behalf", "name")):
                group = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
                if group is not None and name_of(group) is not None:
                    return group
    return None


def teller_of(saying: Token) -> Token | None:
    """Who tells what `saying` governs: its subject, or, for "phoned the paper ... to say" and
    "using a codeword to say", the subject of the verb it completes (a few verbs up)."""
    verb = saying
    for _ in range(3):
        teller = subject_of(verb)
        if teller is not None or verb.dep_ not in ("xcomp", "advcl") or verb.head == verb:
            return teller
        verb = verb.head
    return subject_of(verb)


def speaks_for_the_attackers(speaker: Token | None) -> bool:
    """"a spokesman for the militants (kidnappers, gunmen)", "the insurgents' spokesman": the
    voice of the attackers' unnamed group, whose naming of a group as the doer is that group's
    claim (a police spokesman's is a blame)."""
    if speaker is None or speaker.lower_ not in SPOKESPEOPLE:
        return False
    groups = [c for c in speaker.children if c.dep_ == "poss"] + [
        g for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
        for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in ATTACKER_NOUNS and name_of(g) is None for g in groups)
