"""Which clause a date expression belongs to, read from the parse of its sentence.

An article names many days; the event date is the one attached to the event's own predicate.
`clause_score` adds evidence to the surface score of dates.py:
- a date governed by an event predicate ("struck on Wednesday", "killed on Sunday", "the
  Tuesday attack"), by a verb coordinated with one ("drove up early today and shot the
  driver") or by the emergency response ("officers responded Saturday to a report of
  gunfire", "a neighbour called 911 Thursday") is the event's (+);
- a date governed by a background predicate is not: buying or planning, a venue opening, a
  warning or alert issued, mourning declared, an arrest made or a sentence passed after the
  event, a funeral or party held (-), or a state at report time ("remained at large Monday",
  "was in stable condition Friday") (-);
- a holiday or year that modifies a noun rarely dates the event ("a Christmas party", "the
  1920 Revolution Brigades") unless the noun is the event ("the July 4 shooting") (-), and a
  month that is part of a person's name ("Lisa March said") is no date at all (dropped).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

__all__ = ["ANOTHER_ACT", "COURT_STEP", "EVENT_BONUS", "NOT_A_TIME", "clause_score"]

_EVENT = re.compile(
    r"^(?:shot|shoot|fired|fire|kill|slain|murder|stabb|wound|injur|attack|bomb|explo|blast"
    r"|crash|collaps|struck|strike|erupt|broke(?!r)|clash|raid|ambush|happen|occur|took|rob"
    r"|carjack|kidnap|abduct|massacr|assault|protest|riot|gunned|detonat"
    r"|stormed|storm|invad|burst|hit|shell(?!t)|flood|burn|set|opened|open|began|start|caved)",
    re.IGNORECASE)
_EVENT_NOUNS = re.compile(
    r"^(?:attack|shooting|bombing|blast|explosion|raid|ambush|massacre|killing|stabbing"
    r"|clash|crash|fires?$|firefights?$|assault|strike|riot|protest|violence|incident|earthquake"
    r"|quake"
    r"|storm|flood|landslide|mudslide|avalanche|tornado|hurricane|cyclone|derail|stampede"
    r"|capsiz|shipwreck)", re.IGNORECASE)
# Goods a feast names: what is made, bought, sold, given, worn, eaten or put up for it (the
# whole class, as lemmas).
_FEAST_GOODS = frozenset({
    "decoration", "decor", "light", "ornament", "tree", "wreath", "garland", "inflatable",
    "display", "costume", "mask", "outfit", "sweater", "dress", "clothes", "clothing", "candy",
    "sweet", "chocolate", "cookie", "cake", "pie", "turkey", "ham", "lamb", "goat", "sheep",
    "cow", "cattle", "ram", "livestock", "animal", "meat", "food", "hamper", "parcel", "basket",
    "egg", "gift", "present", "toy", "card", "voucher", "bonus", "bond", "package", "bag",
    "stocking", "pumpkin", "lantern", "firework", "firecracker", "cracker",
    "sparkler", "stock", "inventory", "merchandise", "item", "good", "product", "ware", "supply",
    "flower", "bouquet", "candle", "lamp", "menorah", "kite", "balloon", "song", "carol",
    "album", "movie", "film", "special", "ad", "advert", "advertisement", "catalog",
    "catalogue", "stamp", "coin", "tip", "money", "cash", "budget", "spending",
})


def _names_feast_goods(token: Token, tokens: list[Token]) -> bool:
    """A holiday (no number, no weekday) that is the compound or modifier of a noun of goods."""
    if any(t.like_num or _WEEKDAY.match(t.lower_) or t.lower_[:3] in _MONTH_STEMS
           for t in tokens):
        return False
    head = token.head
    return (token.dep_ in ("compound", "nmod", "amod") and head.i > token.i
            and head.pos_ == "NOUN" and bool(_singular(head.lower_) & _FEAST_GOODS))


_MONTH_STEMS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                          "nov", "dec"})


def _singular(word: str) -> set[str]:
    """The forms a plural noun may have in the singular (the pipeline has no lemmatizer)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


_LIGHT_VERB = re.compile(r"^(?:perform|stag|held$|hold|carr|launch|conduct|mount|organi[sz]"
                         r"|wag)", re.IGNORECASE)
_GATHERINGS = frozenset({"demonstration", "demonstrations"})
_BACKGROUND = re.compile(
    r"^(?:bought|buy|purchas|opened|warn|issu|plan|declar|sentenc|announc|held|hold|celebrat"
    r"|mourn|schedul|elect|sign|born|hire|marri|graduat|buri|arraign|charg|convict|appear"
    r"|testif|releas|indict|plead|pled|post|publish|vow|pledg"
    r"|meet|met|visit|return|mov|join|launch|introduc|pass|approv|register|licens"
    r"|filed$|files?$|filing$|order|spent$|spend"
    # a person's record before the act: "paroled in 2020", "enlisted in 2009", "retired last
    # year", "divorced in March", "was deported in 2017"
    r"|parol|enlist|retir|divorc|deport)",
    re.IGNORECASE)
# An arrest is a step after the event when the clause names the event it answers ("arrested
# Wednesday in connection with the shooting", "detained after he shot his neighbour") or the
# text tells of a violent act it can answer ("Two men were shot ... A suspect was arrested
# Sunday"); an arrest in a text without one is the event itself ("police arrested 30
# protesters on Monday").
_ARREST = re.compile(r"^(?:arrest|apprehend|detain|captur|nabbed|cuffed|booked|jailed|surrender"
                     r"|extradit|turn)", re.IGNORECASE)
_CRIME_NOUNS = re.compile(r"^(?:death|murder|homicide|slaying|manslaughter)", re.IGNORECASE)
# Crimes an arrest or a charge answers, besides the incidents of _EVENT_NOUNS.
_CRIME_ACTS = re.compile(r"^(?:robber|beating|carjacking|hit-and-run|arson|kidnapping)",
                         re.IGNORECASE)
# What a month or a year before it names the period of ("June salaries"), not a day.
_PAY_NOUNS = frozenset({"salary", "salaries", "wage", "wages", "pay", "paycheck", "paychecks",
                        "allowance", "allowances", "pension", "pensions", "stipend", "stipends",
                        "arrears", "bonus", "bonuses", "payroll"})
# A state that held when the report was written, not the event: "remained at large early
# Wednesday", "was in stable condition Friday", "the search continued Monday".
_STATE_VERBS = re.compile(r"^(?:remain|continu)", re.IGNORECASE)
_COPULA = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_STATE_WORDS = frozenset({"condition", "custody", "large", "underway", "hospital", "jail",
                          "stable", "critical", "serious", "hospitalized", "alive", "unclear",
                          "unknown", "uncertain", "ongoing",
                          "way"})  # "a search was under way Thursday"
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"(?:1[6-9]|20)\d\d")
_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "nights", "day", "days",
                         "week", "weekend", "month", "year", "hours", "hour", "dawn", "noon",
                         "midnight", "time"})
_CASUALTY = re.compile(r"^(?:kill|wound|injur|leav|left|claim)", re.IGNORECASE)
# Verbs of saying: a date they govern is when something was said, not when it happened.
_REPORTING = re.compile(r"^(?:said|says|say|told|tell|announc|confirm|report|reveal|disclos"
                        r"|stated|explain|recall|wrote|writ|tweet|identif|provid|spoke|speak)",
                       re.IGNORECASE)
REPORTING_PENALTY = -1.5
# The last word of a clock time right before a day ("12:10 a.m. Friday", "noon Sunday").
_CLOCK_WORD = re.compile(r"(?:\d{1,2}(?::\d\d)?)?[ap]\.?m\.?|noon|midnight", re.IGNORECASE)
# A death, or a stay in hospital ("were hospitalized today with wounds received late
# Friday"): with the wounding told after it, the sequel of the act.
_DEATH = re.compile(r"^(?:died|dies|succumbed|passed|hospitalized|hospitalised|treated)$",
                    re.IGNORECASE)
DEATH_PENALTY = -1.5
EVENT_BONUS = 2.0
BACKGROUND_PENALTY = -2.5
NOT_A_TIME = -4.0
# A date of another act than the report's: what a retaliation answers, the incident compared
# with, an incident set apart as previous or similar. Like NOT_A_TIME, no candidate at all.
ANOTHER_ACT = -5.0


def clause_score(parse: Doc, start: int, end: int, *, violence: bool = False,
                 lead: bool = False) -> float:
    """Evidence for the date expression at `start`..`end` (relative to the parsed sentence).
    `violence`: the text tells of a violent act, which an arrest follows; `lead`: the sentence
    is the text's first, which tells what the report is about."""
    tokens = [t for t in parse if start <= t.idx < end or t.idx <= start < t.idx + len(t.text)]
    if not tokens:
        return 0.0
    # The expression's own head: "Sunday" in "early Sunday", "March" in "March 18". An
    # expression that is its whole sentence's root (a time stamp "Mar 24 2015, 6:44 am ET.")
    # has none outside it: it is read by its last word, as a stamp, not as a clause's date.
    inside = {t.i for t in tokens}
    token = next((t for t in tokens if t.head.i not in inside), tokens[-1])
    before = parse[tokens[0].i - 1] if tokens[0].i > 0 else None
    # "On Apr. 2 gunmen stormed ...": after a preposition the date is the preposition's
    # object, whatever noun the parser hung it on.
    if before is not None and before.lower_ in ("until", "till", "through", "thru"):
        return BACKGROUND_PENALTY
    if before is not None and before.lower_ == "by" and _limit_by(before, tokens[-1]):
        # "had recovered 11 bodies by Tuesday", "by Friday the toll had reached 40": the day a
        # tally or a state stood at, not when anything happened.
        return BACKGROUND_PENALTY
    if before is not None and tokens[0].i > 0 and _names_the_act_before(before, tokens[0]):
        # "arrested a man Tuesday in the stabbing Sunday of a cook", "charged in the shooting
        # Monday night near the station": a bare day right after the act's noun is the act's,
        # wherever the parser hangs it.
        return EVENT_BONUS
    if token.head.i > token.i and token.head.lower_ in _PAY_NOUNS and token.head.pos_ == "NOUN":
        # A month or a year naming what pay is for ("over payment of June salaries", "unpaid
        # March wages", "2025 bonuses"): the pay's period, not when anything happened.
        return NOT_A_TIME
    if _names_feast_goods(token, tokens):
        # A feast naming goods made, sold or given for it ("Halloween costumes", "ran out of
        # Thanksgiving hams", "Christmas lights were stolen", "Easter baskets"): things, not a
        # time, whatever preposition governs the phrase.
        return NOT_A_TIME
    modifier = None if before is not None and before.pos_ == "ADP" else _noun_modifier(
        token, inside)
    if modifier == token:
        return NOT_A_TIME  # "Lisa March said"
    if _in_a_retaliation_cause(token) or _in_a_comparison(token) or _in_an_anniversary(token) \
            or _one_of_its_kind(token) or (lead and _in_a_protest_cause(token)):
        # Another act, whatever the date names there ("in retaliation for the January
        # violence", "Like the bombing of April 12, ...", "the anniversary of the 2019
        # crackdown").
        return ANOTHER_ACT
    if modifier is not None and not any(_WEEKDAY.match(t.lower_) for t in tokens):
        # A day named for what happened on it ("the Tuesday bombing") dates the event; a
        # holiday or year naming something else ("a Christmas party", "the 1920 Brigades")
        # rarely does. Weekdays are left out, with their part of the day ("A Sunday
        # afternoon argument ended in gunfire"): the parser often hangs them on a noun.
        if _EVENT_NOUNS.match(modifier.lower_) or _is_dated_act_noun(modifier) or (
                _subject_of_an_act(modifier) and any(t.like_num for t in tokens)) or (
                _quarrel_of_an_act(modifier)):
            # A calendar date naming what ended in the act ("the June 7 gathering erupted in
            # gunfire"); a holiday names a party, not its day ("A Halloween party on Saturday
            # ended in gunfire").
            return EVENT_BONUS
        if len(inside) == 1 and _YEAR_NUMBER.fullmatch(token.text):
            # A bare year naming a thing ("the 2018 finance law", "the 1992 constitution",
            # "2012 service corps members", "a 2014 sedan") is part of its name: no time.
            return NOT_A_TIME
        return BACKGROUND_PENALTY
    verb = _governing_verb(token)
    if verb is None:
        return 0.0
    verb = _subject_clause_predicate(token, verb) or verb
    if _takes_effect(verb):
        # "after austerity measures came into effect on January 1", "the curfew that took
        # effect Monday": the day a rule starts to apply, which dates no incident.
        return NOT_A_TIME
    if _marks_an_anniversary(verb):
        return BACKGROUND_PENALTY
    if _updates_a_toll(verb):
        # "the number of dead rose to 40 on Sunday", "officials on Thursday raised to 25 the
        # toll": the day the toll was updated, not the act's; a second day after the act's
        # noun ("... the toll from a bombing at a mosque on Monday") is the act's.
        return EVENT_BONUS if _second_day_after_the_act(verb, token) else BACKGROUND_PENALTY
    if _serves_a_term(verb):
        # "was sentenced to 12 years in prison Friday" is a court's step; "received 40 years
        # in prison" or "threw grenades at a jail" say less.
        return _step_in_court(verb, token, violence) if _JUSTICE_VERBS.match(
            verb.lower_) else BACKGROUND_PENALTY
    if _sequel_after_the_act(verb):
        return BACKGROUND_PENALTY
    if _DEATH.match(verb.lower_) and verb.pos_ == "VERB" and _tells_the_wounding(verb, token):
        # "died Sunday from injuries suffered Saturday night", "died Thursday, three days
        # after he was shot": a death whose clause tells the wounding is its sequel.
        return DEATH_PENALTY
    if _is_state(verb):
        # Before the event test: a participle the parser hangs on the copula ("a search was
        # under way Thursday for the men who opened fire, killing two") is the act's, not
        # the state's.
        return BACKGROUND_PENALTY
    if _in_the_future(verb) or _later_day_of_a_span(verb):
        return BACKGROUND_PENALTY
    if _about_another_incident(verb, token) or _start_of_a_wider_conflict(verb):
        return ANOTHER_ACT
    if _is_event(verb):
        return EVENT_BONUS
    if _emergency_response(verb) and not _past_perfect(verb):
        # "Police had been called to the same address on Jan. 3": a call before the act the
        # report tells, recalled as background (the past perfect sets it before the story).
        return RESPONSE_BONUS
    if _court_proceeding(verb) or _JUSTICE_VERBS.match(verb.lower_) or (
            verb.lower_.startswith("appear") and _at_a_court_or_jail(verb)):
        return _step_in_court(verb, token, violence)
    if _at_a_court_or_jail(verb) or _leaves_hospital(verb):
        # A court or a jail as a place: "walked out of jail Thursday", or the place of an act
        # ("a riot was staged in the prison", "threw grenades at a jail").
        return BACKGROUND_PENALTY
    if _REPORTING.match(verb.lower_) and verb.pos_ in ("VERB", "AUX"):
        if before is not None and _CLOCK_WORD.fullmatch(before.lower_) and verb.i > token.i:
            # "was shot at about 12:10 a.m. Friday, police said": the parser hangs the day on
            # the statement's verb, but a day timed to the minute is the act's (see
            # dates._CLOCK_BEFORE).
            return EVENT_BONUS
        # "On Wednesday, the sheriff's office said ...", "authorities revealed Tuesday that
        # ...": the day a statement was made, wherever the date stands in its clause (next
        # to the verb the surface reading of dates.py has counted it too: both agree).
        return REPORTING_PENALTY
    if _BACKGROUND.match(verb.lower_) and _scene_in_progress(verb):
        # "Burnsworth was holding the handgun on March 20 when it discharged", "teens were
        # celebrating a birthday Saturday": what was going on when the act happened is its
        # scene, not a step before or after it.
        return 0.0
    if (_BACKGROUND.match(verb.lower_) or _is_arrest(verb)) and _second_day_after_the_act(
            verb, token):
        return EVENT_BONUS
    if _BACKGROUND.match(verb.lower_) or _turns_an_age(verb) or (_is_arrest(verb) and (
            violence or _names_an_event(verb, token))):
        return BACKGROUND_PENALTY
    return 0.0


# A weekday or a month in the parse (a proper noun: not the verb "may").
_DAY_TOKEN = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march"
                        r"|april|may|june|july|august|september|october|november|december|jan"
                        r"|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?", re.IGNORECASE)


def _second_day_after_the_act(verb: Token, token: Token) -> bool:
    """"arrested a teen Wednesday in the shooting death of a clerk last Friday": a step after
    the act (an arrest, a charge) dated before the act's noun, and a second day after that
    noun. One step has one day; the parser hangs the second on the step's verb, but it is the
    act's."""
    acts = [t for t in token.doc[verb.i + 1:token.i] if t.head != token and (
        _is_incident_noun(t) or _CRIME_NOUNS.match(t.lower_) or _CRIME_ACTS.match(t.lower_))]
    if not acts:
        return False
    # The step's own day: a weekday or a month, or a day counted from the report ("Police
    # yesterday arrested two men for the murder of a jeweller on Saturday night").
    return any(((_DAY_TOKEN.fullmatch(t.text) and t.pos_ == "PROPN")
                or t.lower_ in _REPORT_DAYS) for t in verb.subtree
               if t.i < acts[0].i and t.i != token.i)


_REPORT_DAYS = frozenset({"yesterday", "today"})


def _turns_an_age(verb: Token) -> bool:
    """A birthday: "who turned two years old on Sunday", "turned 16 Friday"."""
    return verb.lower_.startswith("turn") and any(
        t.lower_ in ("old", "years") or (t.like_num and t.head == verb) for t in verb.subtree)


_PAST_PROGRESSIVE = frozenset({"was", "were"})


def _scene_in_progress(verb: Token) -> bool:
    """A predicate in the past progressive ("was holding", "were celebrating")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PAST_PROGRESSIVE
                                      for c in verb.children)


# Act nouns a bare day follows ("the shootings Saturday"); not the names of charges ("charged
# with murder Friday", "negligent homicide", "armed robbery"), which the day after is the
# charge's, nor words that only begin like an act ("firearms Thursday").
_ACTS_NAMED_BEFORE_A_DAY = frozenset({
    "shooting", "shootings", "attack", "attacks", "bombing", "bombings", "blast", "explosion",
    "raid", "ambush", "massacre", "killing", "killings", "stabbing", "stabbings", "clashes",
    "crash", "riot", "gunfight", "shootout", "firefight", "gunbattle", "drive-by", "rampage",
    "slaying", "slayings", "standoff", "carjacking", "gunfire", "incident"})


def _names_the_act_before(before: Token, first: Token) -> bool:
    """The word right before the date (whose first token is `first`) is an act's noun and
    the date is a bare weekday ("the shootings Saturday", "the attack late Monday night")."""
    if before.pos_ != "NOUN" or first.idx != before.idx + len(before.text) + 1 or (
            before.lower_ not in _ACTS_NAMED_BEFORE_A_DAY):
        return False
    day = first
    if first.lower_ in ("early", "late") and first.i + 1 < len(first.doc):
        day = first.doc[first.i + 1]
    return _WEEKDAY.match(day.lower_) is not None


# The emergency response to the act: "officers responded Friday to a report of shots",
# "deputies were called to the home early Sunday", "a neighbour called 911 Thursday",
# "medics were summoned Saturday". Responders come within minutes, so the response's day is
# the act's (police who "responded to questions" or "called for calm" answer a reporter).
_RESPONSE = re.compile(r"^(?:respond|dispatch|summon|arriv|call(?:ed|s)?$)", re.IGNORECASE)
_RESPONDERS = re.compile(
    r"^(?:police|officers?|deputies|deputy|troopers?|firefighters?|medics?|paramedics?"
    r"|crews?|units?|ems|cops|agents?|authorities|responders?|detectives?|dispatchers?"
    r"|ambulances?|emergency)$", re.IGNORECASE)
# What a response "to" answers when it is a reply, not a call-out.
_ANSWERED = frozenset({"questions", "question", "criticism", "requests", "request",
                       "inquiries", "inquiry", "comments", "comment", "allegations", "concerns",
                       "messages", "message", "emails", "email", "letters", "letter", "claims",
                       "demands", "treatment", "pressure", "news"})
RESPONSE_BONUS = 2.0


def _emergency_response(verb: Token) -> bool:
    """Responders responding, dispatched, summoned or arriving; a 911 call. A response "to"
    questions, criticism or requests is an answer, not a call-out; "called" is a call for
    help: 911, or someone called to a place ("called the attack cowardly" is a word)."""
    if verb.pos_ != "VERB" or not _RESPONSE.match(verb.lower_):
        return False
    to_objects = [g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    if verb.lower_.startswith("call"):
        return any(t.text == "911" for t in verb.subtree) or (
            any(c.dep_ == "auxpass" for c in verb.children)
            and any(o not in _ANSWERED for o in to_objects))
    if to_objects:
        return any(o not in _ANSWERED for o in to_objects)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (_RESPONDERS.match(subject.lower_) is not None or any(
        _RESPONDERS.match(t.lower_) for t in subject.children if t.dep_ == "compound"))


# A step of a court after the act (a plea, an arraignment, a trial, a verdict, a sentence): with
# a violent act told in the text, its day is the court's, and when no other day of the text
# outranks it the text states no event date at all (dates.py). A charge or an arrest is not one
# of them: it often comes the day of the act.
COURT_STEP = -3.0
_JUSTICE_VERBS = re.compile(r"^(?:sentenc|arraign|convict|indict|plead|pled|testif|acquit)",
                            re.IGNORECASE)


def _step_in_court(verb: Token, token: Token, violence: bool) -> float:
    if _second_day_after_the_act(verb, token):
        return EVENT_BONUS  # "convicted Thursday of the bombing of a bus station on March 9"
    if not violence or _is_event(verb) or _after_an_act_noun(verb, token):
        # "was stabbed inside the county jail on Monday" is the act; "nobody has been
        # convicted for the ambush near Tessa on Nov. 24" may date the ambush.
        return BACKGROUND_PENALTY
    return COURT_STEP


def _after_an_act_noun(verb: Token, token: Token) -> bool:
    """An act's noun stands between the verb and the date."""
    return any(_is_incident_noun(t) or _CRIME_NOUNS.match(t.lower_) or _CRIME_ACTS.match(t.lower_)
               for t in token.doc[verb.i + 1:token.i])


_JUSTICE_PLACES = frozenset({"court", "courtroom", "courthouse", "jail", "prison"})
# The proceedings of a court, which begin, open, resume or end weeks after the act: "the trial
# began Monday", "opening statements began Wednesday in the trial", "jury selection started".
_PROCEEDINGS = frozenset({"trial", "trials", "retrial", "hearing", "hearings", "arraignment",
                          "testimony", "deliberations", "sentencing", "inquest", "proceedings",
                          "selection"})


# What a convict asks a court or a board for, months or years after the act: "denied parole on
# Thursday", "his appeal was rejected Friday", "the governor refused clemency", "the board
# commuted his sentence". (Not bail or bond: set at a first appearance, often the day after
# the act, as an arrest or a charge often is.)
_RELIEF = frozenset({"parole", "clemency", "pardon", "pardons", "commutation", "appeal",
                     "appeals", "furlough", "retrial", "reprieve", "exoneration", "sentence",
                     "sentences", "conviction", "convictions"})


_ASKING = frozenset({"request", "requests", "bid", "bids", "petition", "petitions", "motion",
                     "motions", "application", "applications", "plea", "pleas"})


def _court_proceeding(verb: Token) -> bool:
    """A predicate whose subject or prepositional object is a court's proceeding, or whose
    object is relief a court or a board grants or denies."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for g in c.children if g.dep_ == "pobj"]
    relief = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "turned down his request for release", "rejected a bid for a new trial"
    relief += [g for r in relief if r.lower_ in _ASKING for c in r.children
               if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(n.lower_ in _PROCEEDINGS for n in named) or any(
        (r.lower_ in _RELIEF and not _appeal_to_the_public(r))
        or (r.lower_ == "release" and r.head.head.lower_ in _ASKING) for r in relief)


def _appeal_to_the_public(noun: Token) -> bool:
    """"made a fresh appeal for witnesses", "issued an appeal to residents": a plea to the
    public for help, not a convict's appeal to a court."""
    return noun.lower_ in ("appeal", "appeals") and any(
        c.dep_ == "prep" and c.lower_ in ("for", "to") for c in noun.children)


def _at_a_court_or_jail(verb: Token) -> bool:
    """A predicate that is not the act, whose object or place is a court or jail ("walked
    out of jail Thursday", "entered the courtroom Friday"): a step of justice."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("prep", "advmod") for g in c.subtree
                if g.dep_ == "pobj"]
    # In lower case: "Willow Court" and "Prison Road" are streets.
    return any(o.text in _JUSTICE_PLACES for o in objects)


def _leaves_hospital(verb: Token) -> bool:
    """"came home from the hospital Monday", "was released from hospital on Friday": the
    wounded leave hospital after the act ("taken to the hospital" is the act's day)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in ("left", "leave", "leaves", "leaving") and any(
            c.dep_ == "dobj" and c.lower_ in _HOSPITAL for c in verb.children):
        return True  # "left the hospital on Wednesday"
    # "from the hospital", "out of the hospital"
    exits = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    exits += [g for c in verb.children if c.lower_ == "out" for g in c.children
              if g.dep_ == "prep" and g.lower_ == "of"]
    exits += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lower_ == "out" for o in verb.children)]
    return any(g.dep_ == "pobj" and g.lower_ in _HOSPITAL for e in exits for g in e.children)


_HOSPITAL = frozenset({"hospital", "hospitals"})


_FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall"})


_INTENT = frozenset({"going", "expected", "scheduled", "set", "due", "planning", "plans",
                     "planned", "intends", "hopes"})


def _in_the_future(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lower_ in _INTENT or _in_the_future(verb.head))


_WOUNDING = re.compile(r"^(?:shot|stabbed|wounded|beaten|struck|hit|attacked|suffered"
                       r"|sustained|received|inflicted)$", re.IGNORECASE)


def _tells_the_wounding(verb: Token, date_token: Token) -> bool:
    """The death's clause tells, after the date, the wounding that caused it as an act of
    its own ("from injuries suffered ...", "after he was shot", "of wounds sustained ..."),
    not only its cause ("died Sunday of a gunshot wound")."""
    return any(t.i > date_token.i and t != verb and t.pos_ == "VERB"
               and _WOUNDING.match(t.lower_) for t in verb.subtree)


# What lasts for days (a siege, a standoff, a battle, a fire): a day on which it ended, was
# lifted or put out, or on which it "entered a third day" / raged "for a fifth day" is a later
# day of an event that began before; the day it began (told with "stormed", "broke out",
# "began") is the event's. Not an act that "ended in gunfire": only these nouns end.
_SPAN_NOUNS = re.compile(
    r"^(?:siege|standoff|stand-off|occupation|crisis|search|battle|battles|fighting|clashes"
    r"|blockade|lockdown|sit-in|manhunt|hostage-taking|fire|blaze|wildfire|bushfire|unrest"
    r"|violence|riots?|protests?|strike)$", re.IGNORECASE)
_SPAN_END_VERBS = re.compile(r"^(?:end|lift|conclud|finish|wound$|wind|call|extinguish|doused"
                             r"|contain|over$|broken$|break$|broke$)", re.IGNORECASE)
# The Nth day of something under way: "a third day", "its fifth straight day", "a second week".
_NTH = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "straight", "consecutive", "2nd", "3rd", "4th", "5th", "6th", "7th"})
_SPAN_UNITS = frozenset({"day", "days", "night", "nights", "week", "weeks", "month"})
_INTO_AN_NTH_DAY = frozenset({"for", "into", "enter", "entered", "enters", "entering"})


def _later_day_of_a_span(verb: Token) -> bool:
    """The verb tells a later day of a lasting event: its Nth day ("entered its third day",
    "raging for a fifth day", "dragged into a fourth day") or its end ("ended a two-day siege",
    "the standoff ended", "lifted the siege", "the blaze was contained")."""
    for child in verb.children:
        unit = next((g for g in child.children if g.dep_ == "pobj"), None) if (
            child.dep_ == "prep") else child if child.dep_ in ("dobj", "npadvmod") else None
        if unit is not None and unit.lower_ in _SPAN_UNITS and (
                (child.dep_ == "prep" and child.lower_ in _INTO_AN_NTH_DAY)
                or verb.lower_ in _INTO_AN_NTH_DAY) and any(
                g.lower_ in _NTH for g in unit.children):
            return True
    if verb.pos_ not in ("VERB", "AUX", "ADJ", "ADV") or not _SPAN_END_VERBS.match(verb.lower_):
        return False
    if verb.lower_.startswith(("call", "wind", "wound")) and not any(
            c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children):
        return False  # "called 911", "wound two" are no ends
    ended = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.lower_ in ("over", "broken", "broke", "break"):
        # "the siege was over", "the siege was broken": the copula's subject
        ended += [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ in (
            "acomp", "advmod", "prep") else []
        if verb.lower_ != "over" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return False  # "broke out" is a start, "broke into" an act
    return any(_SPAN_NOUNS.match(c.lower_) for c in ended)


def _past_perfect(verb: Token) -> bool:
    """"had responded", "had been called": told as before the story's own time."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _is_state(verb: Token) -> bool:
    """A predicate of a state at report time: remain, continue; be in a condition, in
    custody, at large, underway (under way), ongoing."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _STATE_VERBS.match(verb.lower_) or _kept_by_a_state_verb(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in _COPULA for c in verb.children):
        # "firefighters were still battling the blaze Friday": what still went on when the
        # report was written, not when it began
        return True
    if verb.lower_ not in _COPULA:
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "prep", "advmod")]
    complements += [g for c in complements if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj"]
    return any(c.lower_ in _STATE_WORDS for c in complements)


def _kept_by_a_state_verb(verb: Token) -> bool:
    """A participle held by remain or continue ("remained hospitalized Sunday", which the
    parser reads with "remained" as its auxiliary or "hospitalized" as its complement); not
    an infinitive ("continue to investigate the shooting Wednesday": the day may be the
    act's)."""
    if any(c.dep_ in ("aux", "auxpass") and _STATE_VERBS.match(c.lower_)
           for c in verb.children):
        return True
    return (verb.dep_ in ("xcomp", "acomp", "oprd") and _STATE_VERBS.match(verb.head.lower_)
            is not None and not any(c.dep_ == "aux" and c.lower_ == "to"
                                    for c in verb.children))


# What the police and the public do once an act is known: a date on one of these, with the
# act in an "after" clause ("were hunting a suspect on Monday after he shot two officers",
# "gathered Sunday after the shooting"), is the day of the sequel.
_SEQUEL = re.compile(r"^(?:hunt|search|seek|sought|look|question|interview|identif|mourn"
                     r"|gather|rall|pray|vigil|march|grier|griev|remember|honor|honour)",
                     re.IGNORECASE)


# Whom the police hunt once an act is known: "were searching late Tuesday for two suspects
# in a shooting", "sought a gunman Monday" is the hunt's day, whatever the act's.
_HUNT = re.compile(r"^(?:hunt|search|seek|sought|look)", re.IGNORECASE)
_HUNTED = re.compile(r"^(?:suspects?|gunm[ae]n|shooters?|killers?|attackers?|assailants?"
                     r"|robbers?|perpetrators?|culprits?|fugitives?|militants?|insurgents?)$",
                     re.IGNORECASE)


def _sequel_after_the_act(verb: Token) -> bool:
    """A sequel predicate whose "after" clause or phrase tells the event's act, or a hunt
    for its perpetrators."""
    if not _SEQUEL.match(verb.lower_):
        return False
    if _HUNT.match(verb.lower_) and any(
            _HUNTED.match(t.lower_) for c in verb.children
            if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for")
            for t in ([c] if c.dep_ == "dobj" else c.children) if t.dep_ in ("dobj", "pobj")):
        return True
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ == "after" for m in child.children
                                         if m.dep_ == "mark") and _is_event(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "after" and any(
                (g.pos_ == "NOUN" and _EVENT_NOUNS.match(g.lower_))
                or (g.pos_ == "VERB" and _is_event(g))
                for g in child.children if g.dep_ in ("pobj", "pcomp")):
            return True
    return False


_TOLL_VERBS = re.compile(r"^(?:ris|rose|rais|climb|jump|increas|reach|revis|updat|grew|grow"
                         r"|mount|hit|swell|soar|stood|stand|put$|puts$|plac)", re.IGNORECASE)
_TOLLS = frozenset({"toll", "tolls", "tally", "number", "count", "figure", "figures"})


def _updates_a_toll(verb: Token) -> bool:
    """A toll's rise or revision: the verb's subject or object is a toll, a tally or a number
    ("the death toll rose", "raised the toll", "the number of dead climbed")."""
    if verb.pos_ not in ("VERB", "AUX") or _TOLL_VERBS.match(verb.lower_) is None:
        return False
    named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # "raised to 25 the death toll": the parser may take the toll for the object of "to"
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    return any(n.lower_ in _TOLLS for n in named)


# The punishment a court gives: "received three years' probation Thursday", "was put on
# probation Friday", "got 20 years in prison Monday" are days of the sentence, not of the act.
_TERMS = frozenset({"probation", "prison", "jail", "term", "sentence", "imprisonment",
                    "custody"})


def _serves_a_term(verb: Token) -> bool:
    """A predicate whose object or prepositional phrase is a prison term or probation."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and (child.lower_ in _TERMS or any(
                g.lower_ in _TERMS for g in child.subtree)):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _TERMS
                                        for g in child.children):
            return True
    return False


_SELF = frozenset({"himself", "herself", "themselves", "myself", "yourself"})


def _is_arrest(verb: Token) -> bool:
    """An arrest predicate: arrest, detain, apprehend...; "taken into custody"."""
    if _ARREST.match(verb.lower_):
        # "turned himself in" surrenders; "a fight turned into a shooting" does not.
        return not verb.lower_.startswith("turn") or any(
            t.lower_ in _SELF for t in verb.children)
    return verb.lower_ in ("taken", "took", "take") and any(
        t.lower_ == "custody" for t in verb.subtree)


def _names_an_event(verb: Token, date_token: Token) -> bool:
    """The arrest's clause names the event it follows: an event noun or predicate below it."""
    return any(t != verb and t != date_token and (
        (t.pos_ == "NOUN" and (_EVENT_NOUNS.match(t.lower_) or _CRIME_NOUNS.match(t.lower_)))
        or (t.pos_ == "VERB" and _is_event(t)))
        for t in verb.subtree)


# Nouns of an act or a death that a date names as its modifier ("the May 31 death of a boy",
# "the June 29 gunfight", "his Nov. 3 shooting death", "the Jan. 8 slaying"): the date is the
# act's, whatever predicate the phrase hangs on ("charged in the May 31 death"). Besides the
# event nouns, which the same test already reads.
_DATED_ACT_NOUNS = frozenset({
    "death", "deaths", "homicide", "homicides", "slaying", "slayings", "murder", "murders",
    "gunfight", "gunfights", "shootout", "shootouts", "shoot-out", "firefight", "gunbattle",
    "robbery", "robberies", "carjacking", "carjackings", "drive-by", "rampage", "beating",
    "kidnapping", "abduction", "invasion", "standoff", "battle"})


def _is_dated_act_noun(noun: Token) -> bool:
    """An act's or a death's noun ("death", "homicide", "gunfight", "home invasion")."""
    return noun.pos_ == "NOUN" and noun.lower_ in _DATED_ACT_NOUNS


# A quarrel an act broke out in ("stabbing during a Thanksgiving evening quarrel", "shot him
# amid a Sunday night argument"): the act happened in its course, so the day that names it is
# the act's. A quarrel told alone ("a Christmas dispute over a will") dates nothing.
_QUARREL_NOUNS = frozenset({"quarrel", "dispute", "argument", "altercation", "fight", "brawl",
                            "row", "scuffle", "confrontation", "squabble", "melee"})


def _quarrel_of_an_act(noun: Token) -> bool:
    preposition = noun.head
    return noun.lower_ in _QUARREL_NOUNS and noun.dep_ == "pobj" and (
        preposition.lower_ in ("during", "amid", "in")) and (
        preposition.head.pos_ == "VERB" and _is_event(preposition.head))


def _subject_of_an_act(noun: Token) -> bool:
    """A noun that is the subject of an event predicate ("the June 7 gathering erupted in
    gunfire", "the May 2 party ended in a shooting"): the date that names it dates the act."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and (
        _is_event(noun.head) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and _EVENT_NOUNS.match(g.lower_) for g in c.children)
            for c in noun.head.children))


def _noun_modifier(token: Token, inside: set[int]) -> Token | None:
    """The noun a date word modifies ("Christmas party", "Lisa March"), or None when the date
    is an adverbial of its own ("on Sunday"). `inside`: the expression's own tokens; only a
    one-word date can end a name ("Lisa March"), never a holiday ("Milbrook Thanksgiving Day"
    is a town and a day, whatever compound the parser makes of them), and a weekday ends no
    name ("shot at a home in Yonkers Saturday": the parser's compound is a place and a day)."""
    if token.pos_ == "PROPN" and len(inside) == 1 and not _WEEKDAY.match(token.lower_) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
            for c in token.children):
        return token  # "Lisa March": a name ending in a month's name
    if token.dep_ not in ("compound", "nmod", "amod", "nummod", "poss"):
        return None
    target = token.head
    # "a Thursday evening fatal shooting": the parser may chain the date to an adjective it
    # tags as a noun; the phrase's head noun is what it names.
    while (target.dep_ in ("compound", "flat") or (
            target.dep_ == "amod" and target.head.i > target.i)) and target.head != target:
        target = target.head
    if target.pos_ not in ("NOUN", "PROPN") or target.lower_ in _TIME_NOUNS:
        return None  # "Sunday morning", "March 3" are times
    return target


def _subject_clause_predicate(token: Token, verb: Token) -> Token | None:
    """The predicate of a relative or participle clause inside the subject of `verb` when the
    date stands after it and before `verb` ("a man who was shot Friday night has been
    identified", "the boy killed in a shooting Tuesday was identified Wednesday", "a teen
    accused of shooting a friend Sunday was released Monday"): English puts a time adverbial
    of the main clause at its start or end, not between a long subject and its verb, so the
    date is the embedded clause's (the parser often hangs it on the main verb)."""
    if verb.pos_ not in ("VERB", "AUX") or token.i > verb.i:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if not subject.left_edge.i < token.i:
            continue
        clauses = [t for t in subject.subtree if t.i < token.i and t.pos_ in ("VERB", "AUX")
                   and t.dep_ in ("relcl", "acl")]
        if clauses:
            return clauses[-1]
    return None


# Words that set an incident before the report's own apart: "a previous shooting", "a prior
# attack", "a similar attack". Not "another" ("Another attack hit the capital on Monday" opens
# reports of their own event), "separate" or "unrelated" (a round-up's own incidents: "five
# shot in separate incidents on Saturday"), nor "earlier" ("Friday's earlier attack" is the
# same day's first act): measured on the dev sources, each loses more days than it wins.
_OTHER_INCIDENT = frozenset({"previous", "prior", "similar"})
_INCIDENT_NOUNS = frozenset({"case", "cases", "incidents", "rally", "rallies", "demonstration",
                             "demonstrations"})


def _about_another_incident(verb: Token, token: Token) -> bool:
    """The date's clause tells an earlier incident than the report's: an incident noun set
    apart ("previous", "prior", "similar") is the date's own head ("a previous attack on the
    convoy on June 1"), the subject of its predicate ("a prior bombing ... on 12 February
    wounded nine"), the frame of the clause ("in a similar incident on April 30, a shopkeeper
    was robbed") or the noun a relative clause describes ("a similar shooting, in which a
    driver was wounded on July 14")."""
    nouns = []
    for _, head in _up_from(token, 6):  # the nouns between the date and its predicate
        if head == verb or head.head == head:
            break
        nouns.append(head)
    nouns.append(verb)
    nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
              for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    return any(noun.pos_ == "NOUN" and _is_incident_noun(noun)
               and any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _OTHER_INCIDENT
                       for c in noun.children)
               for noun in nouns)


# A conflict the reported act carries on, dated by when it began: "the raid is a carry-over of
# violence which began on 18/06", "the incident is part of a feud that started on 4 March",
# "torched huts, continuing a dispute which flared up on Monday". The relative clause dates the
# start of the wider conflict; the act the report tells is a later episode of it. The conflict
# that began is itself the act when nothing frames it so ("clashes which began on 18/06 killed
# four", "killed in fighting that began on 18/06").
_INCEPTION = re.compile(r"^(?:start|began|begin|begun|erupt|broke$|break|flare|flared$|ignit"
                        r"|sparked$)", re.IGNORECASE)
_EPISODE_NOUNS = frozenset({"continuation", "carry", "carryover", "carry-over", "spillover",
                            "spill-over", "escalation", "extension", "resumption", "renewal",
                            "offshoot", "outgrowth", "part", "episode", "chapter", "round"})
_CARRYING_ON = re.compile(r"^(?:continu|resum|renew|prolong|extend|reignit|rekindl|escalat)",
                          re.IGNORECASE)


def _start_of_a_wider_conflict(verb: Token) -> bool:
    """The date's verb tells a start ("began", "broke out") in a relative clause on a conflict
    that the sentence frames as carried on by its act: the "of" phrase of an episode noun ("a
    continuation of", "part of", "the latest episode of"), or the object of a verb of carrying
    on ("continuing a dispute which ...")."""
    if verb.dep_ not in ("relcl", "acl") or not _INCEPTION.match(verb.lower_):
        return False
    if verb.lower_.startswith(("broke", "break")) and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # "broke into a house" is an act, "broke out" a start
    conflict = verb.head
    if _episode_noun(conflict):
        return True  # the parser hangs the clause on the frame ("a carry over of violence")
    for below, head in _up_from(conflict, 4):
        if below.dep_ == "dobj" and head.pos_ == "VERB" and _CARRYING_ON.match(head.lower_):
            return True
        if below.dep_ == "pobj" and below.head.lower_ == "of":
            return _episode_noun(below.head.head)
        if below.dep_ not in ("pobj", "prep"):
            return False
    return False


def _episode_noun(token: Token) -> bool:
    """An episode noun, or the "over" of "carry-over" that the parser splits from "carry"."""
    return token.lower_ in _EPISODE_NOUNS or (
        token.lower_ == "over" and any(c.lower_ == "carry" for c in token.children))


# What a retaliation answers: "in retaliation for a shooting on Friday night", "revenge for
# the December killing", "avenged commanders killed on 2 April": the act answered is earlier.
_RETALIATION = frozenset({"retaliation", "revenge", "reprisal", "reprisals", "payback",
                          "avenge", "avenged", "avenging", "retribution"})


def _in_a_retaliation_cause(token: Token) -> bool:
    """The date hangs below what a retaliation answers: the "for" (or "of", "over", "after",
    "following") phrase of a retaliation noun ("as reprisal of the clashes of 14/09"), or the
    object of "avenge". Not the retaliation itself ("a reprisal on Sunday killed five", "the
    ambush on Friday avenged ...")."""
    for below, head in _up_from(token):
        if head.lower_ in _RETALIATION:
            if head.pos_ == "VERB":
                return below.dep_ == "dobj"
            return below.dep_ == "prep" and below.lower_ in ("for", "of", "over", "after",
                                                             "following")
    return False


# A protest and what it is about: "marched to denounce the killing of three farmers on 8 May",
# "protested the arrests made during the riots of 6 May", "a rally for the victims of the
# bombing on 9 May", "in protest at the death of a rider hit on Saturday". Read only in the
# lead, where the protest is what the report tells: further down a shooting's story, "a march
# for the teen killed Friday" dates the shooting the report is about.
_PROTEST_VERBS = re.compile(r"^(?:protest|demonstrat|march|rall|picket|boycott|petition)",
                            re.IGNORECASE)
# What a protest is held to do ("marched to denounce ..."); said by an envoy or a minister,
# "condemned the attack" is a reaction, and the attack is the news.
_PURPOSE_VERBS = re.compile(r"^(?:denounc|condemn|decr(?:y|ie)|demand|protest)", re.IGNORECASE)
# A vigil or a funeral mourns; the shooting it mourns is what a report of it is about
# ("Families held a vigil on Sunday for the boy shot on Friday" dates Friday).
_PROTEST_NOUNS = frozenset({"protest", "protests", "demonstration", "demonstrations", "march",
                            "marches", "rally", "rallies", "sit-in", "strike", "strikes",
                            "boycott", "picket"})
_CAUSE_PREPOSITIONS = frozenset({"against", "over", "at", "for", "about"})


def _in_a_protest_cause(token: Token) -> bool:
    """The date hangs below what the sentence's protest is against or about: the object or the
    against / over / at / for / about phrase of a protest verb that the sentence asserts (its
    root, or the purpose of its root: "marched to denounce"), or such a phrase of a protest
    noun. Not the protest's own day ("protested on Tuesday against ..."), nor a bare day the
    parser hung on the phrase ("demonstrated for peace Saturday": a day without its preposition
    tells when the sentence's act happened)."""
    if token.dep_ == "npadvmod":
        return False
    for below, head in _up_from(token):
        if head.pos_ in ("VERB", "AUX") and _asserted(head):
            cause = below.dep_ == "prep" and below.lower_ in _CAUSE_PREPOSITIONS
            if _protest_purpose(head):  # "marched to denounce the killing of ... on 8 May"
                return cause or below.dep_ in ("dobj", "obj") or _purpose_on_an_act(below, head)
            if _PROTEST_VERBS.match(head.lower_):
                return cause or below.dep_ in ("dobj", "obj")
            if _protest_marked(head):  # "attended a rally ... for", "in protest at"
                return cause
            return False
        if head.lower_ in _PROTEST_NOUNS and head.pos_ == "NOUN":
            return below.dep_ == "prep" and below.lower_ in _CAUSE_PREPOSITIONS
    return False


_ACT_NOUNS = re.compile(
    r"^(?:killing|murder|death|abduction|kidnapping|arrest|detention|attack|assault|shooting"
    r"|rape|beating|lynching|massacre|bombing|raid|eviction|demolition|dismissal|suspension)",
    re.IGNORECASE)


def _purpose_on_an_act(below: Token, verb: Token) -> bool:
    """"marched to denounce the killing of three farmers on 8 May": a day hung by the parser on
    a protest verb of purpose whose object is an act belongs to the act (a march says its own
    day on the march, not on its purpose)."""
    return below.dep_ == "prep" and below.lower_ in ("on", "in") and \
        verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ in ("dobj", "obj") and _ACT_NOUNS.match(c.lower_) for c in verb.children)


def _protest_purpose(verb: Token) -> bool:
    """A verb of denouncing or demanding that is the purpose of a protest: "marched to
    denounce", "blocked the road in protest to demand"."""
    if not _PURPOSE_VERBS.match(verb.lower_):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in _CROWDS for c in verb.children):
        return True  # "Protesters denounced the raid of Saturday"
    governor = verb.head
    return verb.dep_ in ("xcomp", "advcl") and (
        bool(_PROTEST_VERBS.match(governor.lower_)) or _protest_marked(governor))


_CROWDS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds",
                     "hundreds", "thousands", "dozens", "strikers", "picketers"})


def _protest_marked(verb: Token) -> bool:
    """A verb whose object is a protest ("held a rally", "staged a sit-in") or that is done "in
    protest"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # "in protest" hangs on the verb or, as parsed, on its object ("blocked the road in protest")
    return any(o.lower_ in _PROTEST_NOUNS for o in objects) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.lower_ in ("protest", "solidarity") for g in c.children)
        for head in (verb, *objects) for c in head.children)


def _asserted(verb: Token) -> bool:
    """The sentence's own predicate: its root, a verb coordinated with it, or its purpose."""
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _marks_an_anniversary(verb: Token) -> bool:
    """"marked the tenth anniversary on Friday", "the anniversary falls on Sunday": the day of
    the remembrance, not of the act remembered."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _ANNIVERSARIES
               for c in verb.children)


_ANNIVERSARIES = frozenset({"anniversary", "anniversaries"})


def _in_an_anniversary(token: Token) -> bool:
    """The date hangs below the "of" phrase of an anniversary ("marked the anniversary of the
    massacre of 14 May 2016"): the act remembered is at least a year older than the report."""
    for below, head in _up_from(token):
        if head.lower_ in ("anniversary", "anniversaries"):
            return below.dep_ == "prep" and below.lower_ == "of"
    return False


def _up_from(token: Token, steps: int = 8) -> Iterator[tuple[Token, Token]]:
    """Each token above `token` (to the root, at most `steps`) with the one below it."""
    below, head = token, token.head
    for _ in range(steps):
        yield below, head
        if head.head == head:
            return
        below, head = head, head.head


# An act the text sets beside its own as one of a kind ("a similar disaster in 2021 killed
# dozens", "a previous raid on 4 May", "a comparable slide in 2014"): the date is in that act's
# clause (the noun it hangs on, or its verb's subject), so it is that act's. Not "earlier",
# which also orders the acts of one day ("Friday's earlier attack on a clerk").
_OF_ITS_KIND = frozenset({"similar", "previous", "prior", "comparable"})
_TIME_NOUNS = frozenset({"day", "days", "night", "nights", "week", "weeks", "month", "months",
                         "year", "years", "time", "times", "evening", "morning", "weekend"})


def _one_of_its_kind(token: Token) -> bool:
    for _below, head in _up_from(token, steps=4):
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [
            c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(noun.pos_ == "NOUN" and noun.lower_ not in _TIME_NOUNS and any(
                c.lower_ in _OF_ITS_KIND and c.dep_ == "amod" for c in noun.children)
               for noun in nouns):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


# The standard of a comparison: "Unlike the attack that killed four on July 9, ...", "Like the
# bombing of April 12, the blast on Monday ...", "As in the raid of February 14, ...", "in
# contrast to the clashes of August 21", "reminiscent of the mall shooting on 3 October",
# "echoed the massacre of November 2": the event compared with is another.
_LIKE = frozenset({"like", "unlike"})
# The act a report's act is linked to is another ("officials linked the blast to the attack on
# the subway on 29 March", "linked to an incident that occurred there on 4 October").
_LINKED = frozenset({"link", "links", "linked", "linking"})
_COMPARED_TO = frozenset({"contrast", "compared", "comparison", "comparable", "similar"})
_ECHO = frozenset({"echoed", "echoes", "echoing", "recalled", "recalls", "recalling",
                   "mirrored", "mirrors", "evoked", "evokes"})


def _in_a_comparison(token: Token) -> bool:
    """The date hangs below the standard a sentence compares its event with, an incident
    ("Like the bombing of ...", "unlike the one at the refinery on May 4") or one it is linked
    to ("linked the blasts to the attack on the subway on 29 March"); not a likeness of another
    kind ("what the street looked like Wednesday night")."""
    for below, head in _up_from(token):
        if below.dep_ == "prep" and (
                below.lower_ in _LIKE
                or (below.lower_ == "in" and below.i > 0
                    and below.doc[below.i - 1].lower_ == "as")
                or (below.lower_ in ("to", "with") and head.lower_ in _COMPARED_TO)
                or (below.lower_ == "to" and head.lower_ in _LINKED and _links_an_act(head))
                or (below.lower_ == "of" and head.lower_ == "reminiscent")):
            return any(c.dep_ == "pobj" and _is_incident_noun(c) for c in below.children)
        if below.dep_ == "prep" and head.lower_ in _LINKED and _links_an_act(head) \
                and _linked_before(head, below):
            # "linked to clashes in the district on 9 May": the parser hangs the day on the
            # verb, after the act it is linked to
            return True
        if below.dep_ == "dobj" and head.lower_ in _ECHO:
            return _is_incident_noun(below)
    return False


_LINKED_PRONOUNS = frozenset({"it", "which", "that", "this", "what", "they", "these"})


def _links_an_act(verb: Token) -> bool:
    """What `verb` ("linked") links is an act ("linked the blasts to", "the ambush is linked
    to", "which elders linked to"), or goes unsaid; a gun or a suspect linked to a shooting
    ("linked the rifle to the Feb. 11 mass shooting") makes that shooting the report's own."""
    linked = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl":
        # What the participle describes: "the car linked to the Saturday shooting" (a car),
        # "the raid on the village, linked to a massacre" (the raid, above the village).
        linked.append(next((n for n in _noun_chain(verb.head) if _is_incident_noun(n)),
                           verb.head))
    return all(c.lower_ in _LINKED_PRONOUNS or _is_incident_noun(c) for c in linked)


def _noun_chain(noun: Token) -> Iterator[Token]:
    """`noun` and the nouns above it through prepositions ("village" <- "on" <- "raid")."""
    token = noun
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN"):
            yield token
        elif token.pos_ != "ADP":
            return
        if token.head == token:
            return
        token = token.head


def _linked_before(verb: Token, prep: Token) -> bool:
    """`verb` ("linked") has a "to" phrase naming an incident before `prep`."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i < prep.i
               and any(g.dep_ == "pobj" and _is_incident_noun(g) for g in c.children)
               for c in verb.children)


def _is_incident_noun(noun: Token) -> bool:
    """An incident's noun, or "one" standing for one ("the one at the refinery")."""
    return noun.lower_ in ("one", "ones") or (noun.pos_ in ("NOUN", "PROPN") and (
        _EVENT_NOUNS.match(noun.lower_) is not None or noun.lower_ in _INCIDENT_NOUNS))


_EFFECT = frozenset({"effect", "force"})
_EFFECT_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "come", "comes", "came",
                           "coming", "go", "goes", "went", "gone", "going"})


def _takes_effect(verb: Token) -> bool:
    """A rule taking effect: "took effect", "came into effect", "went into force"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in _EFFECT_VERBS:
        return False
    return any((c.dep_ == "dobj" and c.lower_ in _EFFECT) or (
        c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and g.lower_ in _EFFECT for g in c.children))
        for c in verb.children)


def _limit_by(by: Token, last: Token) -> bool:
    """"by" before a date sets a limit unless it is the agent of a passive naming an act by its
    day ("hurt by Sunday's blast") or part of a word ("a drive-by Tuesday")."""
    following = last.nbor() if last.i + 1 < len(last.doc) else None
    possessive = following is not None and following.lower_ in ("'s", "’s", "'", "’")
    return not possessive and by.i > 0 and by.nbor(-1).text not in ("-", "‐")


# What a person or a place had done to it or did before the act: a record, not an incident
# ("paroled in June 2020", "released from prison in 2019", "enlisted in 2014", "born in 2008",
# "hired in March", "the shop, which opened in May 2022", "built in 1974").
_RECORD = re.compile(r"^(?:parol|enlist|retir|divorc|deport|born|graduat|hire|marri|releas"
                     r"|open|built|build|founded|bought|buy|purchas|moved|licens|register)",
                     re.IGNORECASE)


def _date_and_its_verb(parse: Doc, start: int, end: int) -> tuple[set[int], Token | None]:
    """The token indexes of the date at `start`..`end` and the verb governing it (None when the
    date has no token or no verb within reach)."""
    tokens = [t for t in parse if start <= t.idx < end or t.idx <= start < t.idx + len(t.text)]
    if not tokens:
        return set(), None
    inside = {t.i for t in tokens}
    token = next((t for t in tokens if t.head.i not in inside), tokens[-1])
    return inside, _governing_verb(token)


def dates_a_record(parse: Doc, start: int, end: int) -> bool:
    """The date's clause tells a record of a person or a place (`_RECORD`), not an act."""
    _, verb = _date_and_its_verb(parse, start, end)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and bool(
        _RECORD.match(verb.lower_)) and not _is_event(verb)  # not "opened fire in March"


def tallies_acts(parse: Doc, start: int, end: int) -> bool:
    """A date of a tally: its clause counts acts by a number ("In 2022, police recorded 41
    shootings", "the city saw 300 homicides last year", "there were 12 killings in March"). A
    month or a year so read is the period of a statistic, not an incident's time."""
    inside, verb = _date_and_its_verb(parse, start, end)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _is_event(verb):
        return False  # "two deaths occurred this November" tells the acts themselves
    return any(t.tag_ == "NNS" and t.i not in inside and (
        _EVENT_NOUNS.match(t.lower_) or _CRIME_NOUNS.match(t.lower_) or _is_dated_act_noun(t)
        or _CRIME_ACTS.match(t.lower_)) and any(c.dep_ == "nummod" for c in t.children)
        for t in verb.subtree)


def _governing_verb(token: Token) -> Token | None:
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and head != token:
            return head
        if head.pos_ == "NOUN" and head != token and _EVENT_NOUNS.match(head.lower_):
            return head  # "the bombing on Monday"
        if head.head == head:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
    return None


def _is_event(verb: Token) -> bool:
    """An event predicate, or a clause whose participle tells the casualties ("the river
    burst its banks on Saturday, killing 11")."""
    if verb.lower_.startswith(("open", "set")):  # "opened fire", "set ablaze", not a shop
        # "opened in 2009" or "bond was set Saturday"
        return any(c.lower_ in ("fire", "ablaze", "alight") for c in verb.subtree)
    if verb.lower_.startswith(("start", "began", "begin", "begun")) and _court_proceeding(verb):
        return False  # "Opening statements began Wednesday in the trial"
    if verb.lower_.startswith(("start", "began", "begin", "begun")) and verb.pos_ == "VERB":
        # "the fire started Sunday", "fighting began at dawn": the start is the event's; one
        # with an object or a verb after it starts that ("started a press conference Tuesday",
        # "began an investigation Monday", "began shooting at 9 p.m.").
        started = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
        if started:
            return any((c.dep_ == "dobj" and _EVENT_NOUNS.match(c.lower_))
                       or (c.dep_ == "xcomp" and _is_event(c)) for c in started)
    if verb.pos_ == "VERB" and _LIGHT_VERB.match(verb.lower_) and any(
            c.dep_ == "dobj" and (_EVENT_NOUNS.match(c.lower_) or c.lower_ in _GATHERINGS)
            for c in verb.children):
        # A light verb with an event noun as its object: the noun is the predicate ("staged
        # a protest on Monday", "carried out an attack", "held a demonstration").
        return True
    if _EVENT.match(verb.lower_) or (verb.pos_ == "NOUN" and _EVENT_NOUNS.match(verb.lower_)):
        return True
    if verb.lower_.startswith("charg") and any(c.dep_ == "prep" and c.lower_ in _RUSHED_AT
                                               for c in verb.children):
        # "charged at officers with a knife", "charged into a crowd": rushing at someone is
        # the act (a charge in court is _BACKGROUND's "charg")
        return True
    # "a landslide buried the village", "the blast that tore through the market": a verb
    # whose subject is the event's noun tells the event.
    subject = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _EVENT_NOUNS.match(subject.lower_):
        return True
    if any(c.dep_ in ("advcl", "conj", "xcomp") and _CASUALTY.match(c.lower_)
           and not _finite_clause_of_its_own(c) and not _noun_after_a_dated_comma(c)
           for c in verb.children):
        return True
    # "drove up to the roadblock early today and shot the driver", "was playing with the gun
    # on Sunday and accidentally shot himself": a coordinated verb shares the date's subject
    # and time, so the act it tells is dated too.
    # An infinitive tells a purpose, not an act ("rallied to mark the holiday and to protest");
    # a conjunct with a subject of its own is a clause of its own ("received a letter on May 2,
    # and on Monday a gunman shot two teachers").
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and _EVENT.match(c.lower_)
               and not c.lower_.startswith(("open", "set", "start", "began"))
               and not any(a.dep_ in ("nsubj", "nsubjpass") or (a.dep_ == "aux"
                                                              and a.lower_ == "to")
                           for a in c.children)
               for c in verb.children)


_RUSHED_AT = frozenset({"at", "toward", "towards", "into"})


def _noun_after_a_dated_comma(word: Token) -> bool:
    """"convicted in the Nov. 19, 2020, killing of a clerk": the parser takes the act's noun
    set off by the date's commas for a participle telling casualties; after a year and a
    comma it is the noun the date names."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "," and bool(
        _YEAR_NUMBER.fullmatch(doc[word.i - 2].text))


def _finite_clause_of_its_own(clause: Token) -> bool:
    """A clause with its own subject or conjunction ("arrested Tuesday after he killed a
    friend", "pleaded guilty Monday to the shooting that left two dead") tells another
    predicate's act: only a participle ("burst its banks Saturday, killing 11") or a
    coordinated verb ("killed two and wounded three") shares the date's predicate."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
