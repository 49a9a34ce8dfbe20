"""Sentence-level cues for counts: trend, attribution, revision, comparison to another event.

These are read once per candidate sentence and apply to every count found in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.records import Trend

_TREND_RISING = re.compile(
    r"\b(?=[A-Za-z])(?:(?:expected|likely|feared|set|bound|could|may|might|will|would)\s+(?:to\s+)?"
    r"(?:rise|climb|increase|grow|go\s+up)|(?:is|was|were|are|keeps?)\s+(?:still\s+)?"
    r"(?:rising|climbing|increasing)|could\s+be\s+higher|may\s+be\s+higher|not\s+final)\b",
    re.IGNORECASE)
_TREND_FALLING = re.compile(
    r"\b(?=[A-Za-z])(?:revised\s+down(?:ward)?|lowered|downgraded|revised\s+the\s+toll\s+down)\b",
    re.IGNORECASE)
_REVISION = re.compile(
    r"\b(?=[A-Za-z])(?:revised|corrected|correction|updated|amended|lowered|downgraded|raised\s+the"
    r"|in\s+error|erroneous(?:ly)?|mistakenly|by\s+mistake|incorrect(?:ly)?)\b",
    re.IGNORECASE)
# A figure the text withdraws: "the figure of 35 deaths it gave on Wednesday had been reported
# in error", "an earlier toll of 40 was wrong". The corrected figure in the sentence stands.
_WITHDRAWN_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:in\s+error"
    r"|wrong|incorrect|mistaken|erroneous)"
    # "Reports that three people had died were false", "claims that 40 were killed are untrue"
    r"|(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|unfounded|baseless)"
    r"|(?:reported|given|announced|published|stated)\s+"
    r"(?:\w+\s+){0,3}?(?:in\s+error|by\s+mistake|erroneously|mistakenly|incorrectly))\b",
    re.IGNORECASE)
_ATTRIBUTION_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:()]{3,80})",
                                    re.IGNORECASE)
_ATTRIBUTION_SAID = re.compile(
    r"(?P<who>\b(?:[A-Z][\w.'’-]*\s+){0,5}?(?:police|officials?|authorities|ministry|army"
    r"|military|spokes(?:wo)?man|spokesperson|sheriff|governor|[A-Z][\w'’-]+))\s+"
    r"(?:said|says|told|reported|confirmed|stated|announced)\b")
# The onset of a disaster, accident or outbreak told as the start of a count: "since the onset
# of the monsoon", "since the storm made landfall", "since the outbreak began". Such a count is
# the cumulative toll of the event the report is about (a situation report's running figure),
# not a comparison with another event; a war's or a year's start still opens a tally of many
# events ("since the start of the fighting", "since the start of the year").
_DISASTER_NOUNS = (
    r"(?:storms?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|floods?|flooding|floodwaters"
    r"|rains?|rainfall|monsoon|downpours?|deluge|(?:earth)?quakes?|tremors?|aftershocks?"
    r"|eruptions?|fires?|blazes?|wildfires?|bushfires?|landslides?|mudslides?|landslips?"
    r"|avalanches?|drought|heat\s*waves?|cold\s+(?:wave|snap|spell)|blizzards?|snowstorms?"
    r"|tsunami|outbreak|epidemic|pandemic|cholera|measles|dengue|ebola|mpox|diphtheria"
    r"|meningitis|virus|disease|famine|spill|leak|disaster|emergency|collapse"
    # accidents have an onset too: "since the dam breach on 3 May", "since the explosion"
    r"|breach|burst|explosions?|blasts?|derailment|crash|sinking|capsizing|stampede|crush)")
_DISASTER_ONSET_VERBS = (
    r"(?:began|begun|started|struck|hit|broke\s+out|made\s+landfall|came\s+ashore|erupted"
    r"|swept|spread|arrived|set\s+in|flared|was\s+declared|emerged)")
# The definite disaster itself is its onset too ("since the dam breach on 3 May, 27 deaths",
# "since the earthquake"), unless a year, an "earlier" word or a season marks another one
# ("since the 2010 floods", "since the previous cyclone", "since the floods of 2014").
_CRAFT_OR_STRUCTURE = (
    r"(?:ferry|boat|ship|vessel|trawler|tanker|bus|coach|train|plane|aircraft|jet|helicopter"
    r"|truck|lorry|building|block|bridge|dam|levee|dyke|dike|mine|pit|tower|factory|plant"
    r"|warehouse|stadium|roof|wall|pipeline|reactor)")
_ACCIDENT_VERBS = (r"(?:capsized|sank|crashed|derailed|exploded|collapsed|burst|caved\s+in"
                   r"|caught\s+fire|went\s+down|gave\s+way|broke\s+apart)")
OWN_ONSET = (
    r"the\s+(?:(?:onset|start|beginning|outbreak|arrival)\s+of\s+(?:the\s+|this\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_DISASTER_NOUNS}\b(?!\s+(?:season|year))"
    rf"|(?:[\w-]+\s+){{0,2}}?{_DISASTER_NOUNS}\s+{_DISASTER_ONSET_VERBS}\b"
    # an accident told by its verb: "since the ferry capsized", "since the block collapsed"
    rf"|(?:[\w-]+\s+){{0,2}}?{_CRAFT_OR_STRUCTURE}\s+{_ACCIDENT_VERBS}\b"
    r"|(?:(?!(?:previous|earlier|prior|last|similar|former|great|big|major|worst|deadly"
    r"|deadliest)\b)[a-z][\w-]*\s+){0,2}?"
    rf"{_DISASTER_NOUNS}\b(?![\w-]|\s+(?:season|year|of\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)))")
_OTHER_EVENT = re.compile(
    rf"\b(?=[A-Za-z])(?:since|than)\s+(?!{OWN_ONSET})(?:the|a|an|in|last|\d{{4}})\b"
    r"|\b(?:previous|earlier|prior|last|"
    r"similar)\s+(?:attacks?|bombings?|shootings?|incidents?|year|clash(?:es)?|blasts?"
    r"|explosions?|raids?|ambush(?:es)?|massacres?|stampedes?|crash(?:es)?|accidents?)\b"
    r"|\byears?\s+ago\b|\banniversary\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\b"
    # a lapse of months or years since an event: "to mark ten years since the earthquake"
    # (the definite disaster after "since" is otherwise its own onset, OWN_ONSET)
    r"|\b(?:months|years?|decades?)\s+since\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bthe\s+(?:19|20)\d\d\b|\brecord\s+of\b|\bin\s+total\s+since\b"
    # a correction's withdrawn figure: "An earlier version of this story said 30 had died"
    r"|\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report)\b",
    re.IGNORECASE)
# A commemoration: "an event marking the death of <Name>", "a mass to commemorate the killing
# of six monks". The deaths it marks are an earlier event.
_COMMEMORATION = re.compile(
    r"\b(?=[A-Za-z])(?:mark(?:s|ed|ing)?|commemorat\w+)\s+the\s+(?:\w+\s+)?(?:deaths?|killings?|murders?"
    r"|assassinations?|martyrdom|massacre)\b"
    # a rite for the victims: "held a memorial for the victims of the January massacre in
    # which hundreds were killed", "a vigil for those killed in last year's bombing"
    r"|\b(?P<rite>(?:memorials?|vigils?|remembrance|requiem|commemorations?|tributes?)\s+"
    r"(?:(?:service|ceremony|mass|prayers?)\s+)?(?:for|to|honou?ring)\s+(?:the\s+)?"
    # "a vigil for two drowning victims": a number and a modifier before the victims
    r"(?:\w+\s+){0,2}?(?:victims|dead|those))\b", re.IGNORECASE)
# Where a rite's noun phrase ends before the deaths: its own main verb ("a vigil for the victims
# was held as the toll rose to 18") or a new clause after a comma ("During a memorial for the
# victims, a bus overturned, killing three"); a relative clause goes on telling the old event.
_RITE_PHRASE_ENDS = re.compile(
    r",(?!\s*(?:in\s+which|which|that|who|where|when)\b)|\b(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:held|observed|attended|staged|organi[sz]ed|unveiled|celebrated)\b|\bas\s+the\b",
    re.IGNORECASE)


# A time anchored on another event: "the blast came two days after 14 people were killed in
# a market bombing", "happened on the same day as the funeral for a soldier killed by
# militants", "the second attack in a week, after a bombing that killed nine". The deaths told
# in the anchor (before any comma) are that other event's.
# "two days", "a few hours", "36 hours": how far an anchor's incident lies from the clause's own.
_SPAN_OF_TIME = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few"
                 r"|several|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)")
_TEMPORAL_ANCHOR = re.compile(
    r"\b(?:(?:came|comes|happened|occurred|occurs|took\s+place|was\s+carried\s+out"
    r"|unfolded)\s+(?:(?:just|only|barely|about|some|nearly|less\s+than|more\s+than)\s+)?"
    rf"(?:{_SPAN_OF_TIME}\s+)?(?:after|before)"
    r"|on\s+the\s+same\s+(?:day|night|date)\s+as"
    # "Two people were shot Sunday, a day after a man was fatally shot nearby"
    rf"|,\s+(?:just\s+|only\s+|barely\s+)?{_SPAN_OF_TIME}\s+(?:after|before)"
    r"|(?:second|third|fourth|fifth|latest)\s+(?:such\s+)?(?:attacks?|bombings?|shootings?"
    r"|incidents?|blasts?|explosions?)\b[^.;,]{0,40},\s+after)\b", re.IGNORECASE)

_INCIDENT_WORD = re.compile(
    r"\b(?:attacks?|blasts?|bomb\w*|shoot\w*|shot|explosions?|ambush\w*|raids?|incidents?"
    r"|assaults?|clash\w*|fighting|kill\w*|wound\w*|injur\w*|hurt|died|dead|stabb\w*"
    r"|shelling|\w*strikes?|air\s+raids?)\b", re.IGNORECASE)


_TOLL_SENTENCE = re.compile(r"\b(?=[A-Za-z])"
                            r"(?:toll|dead|death|deaths|casualt\w*|killed|fatalit\w*|victims"
                            r"|injur\w*|wounded|number)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceCues:
    trend: Trend | None
    attribution: str | None
    revision: bool


def read_cues(sentence: str) -> SentenceCues:
    return SentenceCues(trend(sentence), attribution(sentence), bool(_REVISION.search(sentence)))


def trend(sentence: str) -> Trend | None:
    if _TREND_RISING.search(sentence):
        return "rising"
    if _TREND_FALLING.search(sentence):
        return "falling"
    return None


def attribution(sentence: str) -> str | None:
    according = _ATTRIBUTION_ACCORDING.search(sentence)
    if according:
        return according.group("who").strip()
    said = _ATTRIBUTION_SAID.search(sentence)
    return said.group("who").strip() if said else None


# A death told with the earlier incident it belongs to: "friends of the officer killed in the
# previous incident", "two soldiers who died in an earlier ambush". Not the article's event.
_EARLIER_INCIDENT_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:in|during|by)\s+(?:the|an|a)\s+(?:previous|earlier|prior)\s+"
    r"(?:events?|attacks?|incidents?|clash(?:es)?|raids?|ambush(?:es)?|shootings?|bombings?"
    r"|fighting|violence|assaults?|riots?)\b", re.IGNORECASE)
# A year before the report's, right after the deaths: "the miners who died in the 2015
# disaster", "accused of shooting dead a driver in 2020". Those deaths are an earlier event.
# The same year as the head of an "of" phrase's period or incident: "the people who took refuge
# after the attacks of 2023", "deaths attributed to heat across the summer of 2022", "in the
# floods of 2015" (one or two words before "of": the whole class of periods and incidents).
_PAST_YEAR_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"|(?:in|during|after|following|since|across|throughout|over|from)\s+the\s+"
    r"(?:[a-z][\w-]*\s+){1,2}?of\s+)"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:people|persons|block|blk|hours|hrs))", re.IGNORECASE)
_STATISTICS_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:so\s+far\s+this\s+year|this\s+year|last\s+year"
    rf"|since\s+(?!{OWN_ONSET})(?:january"
    # a count over a span of time is a tally of many incidents: "in the past two years",
    # "over the past decade", "during the last five years", "in recent years", "every year"
    r"|the\s+start|the\s+beginning|\d{4})|(?:in|over|during|within)\s+the\s+(?:past|last)"
    r"\s+(?:\w+\s+)?(?:years?|months|decades?)|in\s+recent\s+(?:years|months|decades)"
    r"|(?:each|every|per)\s+year|a\s+year\s+earlier)\b", re.IGNORECASE)


# A protest's cause: "demonstrated against the death of a man shot by police", "protested
# over a string of attacks that killed seven". The deaths are an earlier event.
_PROTEST_WORDS = (
    r"protest(?:ed|s|ing|ers?)?|demonstrat(?:ed|ion|ions|ing|e|ors?)|rall(?:y|ied|ies)|vigil"
    # a march, not the month of a date: "On 18 March", "March 3" (a month alone, "In March,
    # ...", is left as it was: on the dev data it more often opens another incident's story)
    r"|(?!(?-i:March)\s+\d)(?<!\d\s)(?<!\d)march(?:ed|es)?"
    r"|sit-in|strike|boycott(?:ed|s|ing)?|took\s+to\s+the\s+streets"
    # a blockade is a protest's act: "drivers blocked the highway after the killing of ..."
    r"|(?:block(?:ed|s|ing)?|barricad(?:ed|es|ing))\s+(?:off\s+)?(?:the\s+|a\s+|several\s+"
    r"|main\s+|major\s+|access\s+)*(?:roads?|highways?|streets?|junctions?|bridges?|traffic)"
    # a riot, not the police equipped for one ("riot police fired ... killing two")
    r"|riot(?:s|ed|ing)?(?!\s+(?:police|gear|squads?|control|units?|officers?|troops))")
_PROTEST_CAUSE = re.compile(
    # the cause cue nearest the number ("demonstrated, demanding a law, after one policeman
    # was killed": "after", not "demanding"; any earlier cue has a comma before the number too)
    rf"\b(?:{_PROTEST_WORDS})\b[^.;]*\b(?:against|after|following"
    # "over the killing of", not "over the weekend" or "over a period of a week"
    r"|over(?!\s+(?:the\s+|a\s+)?(?:period|weekend|past|last|next|course|night|days?|weeks?"
    r"|months?|years?|\d))|condemn\w*|demand\w*|denounc\w*|mourn\w*"
    # "to protest alleged murder of a man": a note's cause without its article
    r"|(?:the\s+(?:alleged\s+|recent\s+)?|alleged\s+)(?:(?:shooting|stabbing|beating)\s+)?"
    r"(?:killings?|deaths?"
    r"|murders?|shootings?|lynchings?|assassinations?|massacres?|beheadings?)"
    r"\s+of)\b", re.IGNORECASE)
# A fight's cause: "clashed over the killing of a herder", "fighting between two militias over
# the murder of a farmer", "a dispute over the death of a trader". The death the fight is over
# came before it: another event, as a protest's cause is.
_FIGHT_OVER_A_DEATH = re.compile(
    r"\b(?=[A-Za-z])(?:clash(?:ed|es|ing)?|fight(?:s|ing)?|fought|disputes?|feuds?|violence|tensions?"
    r"|quarrel(?:led|ed|s)?|brawl(?:ed|s)?)\b[^.;,]{0,60}?\bover\s+(?:the\s+|an?\s+)?"
    r"(?:alleged\s+|recent\s+|brutal\s+|earlier\s+)?(?:killings?|deaths?|murders?|lynchings?"
    r"|assassinations?|slayings?)\s+of\b", re.IGNORECASE)
# A discussion's topic: "elders gathered to discuss the alleged killing of 40 herders", "talks
# on the deaths of nine miners", "a meeting about the murder of two chiefs". The deaths talked
# over came before the talk: another event (the talk, an arrest at it, is the article's).
_DISCUSSED_DEATHS = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|debat(?:e|ed|es|ing)|deliberat(?:e|ed|es|ing)\s+(?:on|over)"
    r"|talks\s+(?:on|about|over)|meetings?\s+(?:on|about|over))\s+(?:the\s+)?"
    r"(?:alleged\s+|recent\s+|reported\s+)?(?:killings?|deaths?|murders?|massacres?|lynchings?"
    r"|slayings?|assassinations?)\s+of\b", re.IGNORECASE)
# Between the cause's "of" and the number: a hedge at most ("over the killing of at least 12")
_UP_TO_THE_DEAD = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}", re.IGNORECASE)
# The cause told first: "Following the killing of three fishermen, villagers shut the market in
# protest", "After the murder of a teacher, students boycotted classes". The deaths before the
# comma are an earlier event when the main clause after it is a protest.
_FRONTED_CAUSE = re.compile(
    r"^\W*(?:following|after|over)\s+(?:the\s+|an?\s+)?(?:alleged\s+|recent\s+|brutal\s+)?"
    r"(?:killings?|deaths?|murders?|lynchings?|shootings?|assassinations?)\s+of\b[^,;]*,",
    re.IGNORECASE)
_PROTEST_CLAUSE = re.compile(
    rf"\b(?:{_PROTEST_WORDS}|mourn\w*)\b"
    # a crowd's reprisal is a riot: "After the death of a detainee, residents burned the
    # police post"; "youths set fire to", "an angry mob stormed"
    r"|\b(?:residents|villagers|youths?|crowds?|mobs?|locals|inhabitants|students|traders"
    r"|demonstrators|rioters)\b[^.;]{0,60}?\b(?:burn(?:ed|t|s)?|set\s+fire|set\s+(?:\w+\s+)?"
    r"alight|torch(?:ed|es)?|loot(?:ed|s)?|vandali[sz](?:ed|es)|stormed|storms|ransack(?:ed|s)"
    r"|destroy(?:ed|s)|pelted|stoned)\b", re.IGNORECASE)
# The kin of someone killed before, as the subject of a protest: "the family of a constable
# who was shot dead held a protest", "relatives of two men killed by police blocked the road in
# protest". The deaths are the protest's cause, an earlier event.
_KIN_OF_THE_DEAD = re.compile(
    r"\b(?=[A-Za-z])(?:family|families|family\s+members|relatives|kin|friends|colleagues|parents|widows?"
    r"|mothers?)\s+of\s+",
    re.IGNORECASE)
_KIN_REACH = 60  # characters from "the family of" to the number, with no clause break
# A retaliation's cause: "in reprisal for the killing of four traders", "to avenge the deaths
# of two soldiers", "the attack was a response to the killing of a soldier". The deaths named
# after the cue are an earlier event.
_RETALIATION_CAUSE = re.compile(
    r"\b(?:(?:in|an?)\s+(?:act\s+of\s+)?(?:retaliation|reprisal|revenge|response)\s+"
    r"(?:for|to|against)"
    r"|to\s+avenge"
    r"|as\s+(?:retaliation|revenge)\s+for"
    # a punishment's cause, a death named right after it: "beat up residents to punish them
    # for the death of a soldier" (not "to punish them for sheltering rebels and killed nine")
    r"|(?:to\s+punish\s+(?:[\w'-]+\s+){0,3}?|as\s+(?:a\s+)?punishment\s+)for\s+(?:the\s+"
    r"|an?\s+|his\s+|her\s+|their\s+)?(?:alleged\s+|recent\s+)?(?:killings?|deaths?|murders?"
    r"|lynchings?|assassinations?|slayings?)\b"
    # a crowd's or a party's attack for a killing: "a mob attacked the vigilantes for allegedly
    # killing a labourer", "youths beat the driver for killing a pedestrian" (an arrest, a
    # charge or a sentence "for killing" reports the deaths: not here)
    r"|\b(?:attack(?:ed|s|ing)?|beat(?:s|en|ing)?|lynch(?:ed|es|ing)?|ston(?:ed|es|ing)"
    r"|assault(?:ed|s|ing)?|torch(?:ed|es|ing)?|burn(?:ed|t|s|ing)?|storm(?:ed|s|ing)?"
    r"|raid(?:ed|s|ing)?|invad(?:ed|es|ing)|mobbed|punish(?:ed|es|ing)?)\b"
    # with no accusation between ("raided the camp of the men wanted for the deaths of two")
    r"(?:(?!\b(?:wanted|arrest\w*|charg\w*|responsible|suspect\w*|accus\w*|blam\w*"
    r"|convict\w*|sentenc\w*|jail\w*)\b)[^.;,]){0,90}?"
    r"\bfor\s+(?:(?:allegedly|reportedly|supposedly|having)\s+)?(?:(?:killing|murdering"
    r"|killed|murdered|lynching)\b|(?:the|an?)\s+(?:alleged\s+)?(?:killings?|murders?"
    r"|deaths?)\s+of\b))\b[^.;,]{0,80}$", re.IGNORECASE)
# Another estimate of the same figure: "Other sources put the toll at 40", "some reports say
# as many as 32 died". Conservative coding keeps the main figure; the other is an alternative.
_ALTERNATIVE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:other|conflicting|different|differing|unconfirmed|alternative|separate|varying"
    r"|contradictory|another|a\s+second|a\s+third)\s+(?:\w+\s+)?|some\s+)(?:reports?"
    r"|sources?|accounts?|estimates?|figures?|tallies|witnesses)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:,\s*(?:while|but|although|whereas|though)|;|\bwhile\b)\s*",
                           re.IGNORECASE)
# Two sources set side by side in one sentence: "police said nine people were killed, while
# hospital sources put the number of dead at 12", "police said two died, whereas a newspaper
# reported five deaths". The contrasted clause's figure is another estimate of the same dead:
# its source reports it and it counts people in general (not "three soldiers also died",
# which adds others).
_CONTRAST_CLAUSE = re.compile(r"(?:\bwhile|\bwhereas)\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)")
_CONTRAST_REACH = 120
_NOT_THE_SAME_DEAD = r"(?!\b(?:also|other|others|another|more|further|additional|separate)\b)[^,;.]"
_NUMBER_WORD = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?"
                r"|scores|hundreds?)")
_REPORTED_FIGURE = re.compile(
    rf"{_NOT_THE_SAME_DEAD}*?\b(?:said|say|says|reported|reports|put|puts|placed|gave|gives"
    rf"|estimated|estimates|counted|cited|told\s+of|spoke\s+of)\b{_NOT_THE_SAME_DEAD}*?"
    rf"(?:\b(?:at|to)\s+(?:about\s+|around\s+|some\s+)?{_NUMBER_WORD}\b"
    rf"|\b{_NUMBER_WORD}\s+(?:people|persons|victims|deaths|dead|fatalities|killed|died)\b)",
    re.IGNORECASE)


def _contrasted_source(sentence: str, clause_start: int, start: int) -> bool:
    """The number is a figure another source gives in a "while"/"whereas" clause."""
    if not _CONTRAST_CLAUSE.search(sentence, max(0, clause_start - 12), clause_start):
        return False
    if start - clause_start > _CONTRAST_REACH:
        return False
    # a bounded window: a sentence of many numbers must not be read once per number in full
    reach = min(len(sentence), start + _CONTRAST_REACH)
    clause_end = _CLAUSE_END.search(sentence, start, reach)
    end = clause_end.start() if clause_end is not None else reach
    return _REPORTED_FIGURE.match(sentence, clause_start, end) is not None


# A figure only claimed: "the rebels claimed 17 soldiers were killed", "the group claims to
# have killed 40". "Claim" reports a contested assertion, typically a party's account of what
# it inflicted or suffered; a figure stated as fact elsewhere in the text is preferred to it.
# Not a claim of responsibility ("claimed responsibility for the blast that killed 12") nor
# the death verb "claimed seven lives"; the number must be the claim's own content: within ten
# words of the verb (a claimed list: "claim 150 fighters and 15 soldiers KIA"), with no
# relative clause or attack noun ("claimed the attack, which killed 9") between them.
_CLAIMED_FIGURE = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:it|they|its|their)\s+(?:\w+\s+)?)?"
    r"(?:(?:to\s+)?(?:have|had|has)\s+)?(?:[\w'’-]+,?\s+){0,10}$", re.IGNORECASE)
_NOT_A_FIGURE_CLAIM = re.compile(
    r"\b(?=[A-Za-z])(?:responsibility|credit|lives?|which|that\s+(?:killed|left)|who|attacks?|bombings?"
    r"|assassinations?|killings?|ambush)\b", re.IGNORECASE)


_REPORT_CLAIMS = re.compile(
    r"\b(?=[A-Za-z])(?:reports?|sources?|media|newspapers?|outlets?|agency|radio|witness(?:es)?"
    r"|residents?|journalists?|monitors?|observers?|officials?|hospital)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE)


def alternative_estimate(sentence: str, start: int) -> bool:
    """Another source's estimate stated in the number's own clause ("while other reports
    said 30"), or a figure that is only claimed ("the rebels claimed 17 were killed")."""
    possible = _possible_cues(sentence)
    if not possible.alternative and not possible.claimed and not possible.contrasted:
        return False
    clause_start = 0
    for boundary in _CLAUSE_START.finditer(sentence, 0, start):
        clause_start = boundary.end()
    if _ALTERNATIVE.search(sentence, clause_start, start) is not None:
        return True
    if possible.contrasted and _contrasted_source(sentence, clause_start, start):
        return True
    claimed = _CLAIMED_FIGURE.search(sentence, clause_start, start)
    if claimed is None or _NOT_A_FIGURE_CLAIM.search(claimed.group(0)) is not None:
        return False
    # A report or an outlet that "claims" a figure is a source updating it ("a later report
    # claims 15 were killed"), not a party to the fighting.
    return _REPORT_CLAIMS.search(sentence, clause_start, claimed.start()) is None


# A figure a question puts forward is asked, not told: "Can you confirm five people died?",
# "Did 200 people die in the market fire?", "asked whether it was true that twenty migrants had
# drowned", "asked the minister what the figures were, a newspaper having reported nine dead".
# The asker's figure is a premise the answer confirms or corrects, so it counts only as another
# estimate (`CountMention.alternative`): where the text states no figure of its own. A direct
# question is the sentence that ends in "?"; an indirect one opens with "whether", or with a
# question word after a verb of asking, before the number in its sentence.
_SENTENCE_END_AFTER = re.compile(r"[.!?](?=[\s\"'\u201d\u2019)]|\Z)|\n")
_SENTENCE_START_BEFORE = re.compile(r"[.!?][\"'\u201d\u2019)]?\s|\n")
_INDIRECT_QUESTION = re.compile(
    r"\bwhether\b|\b(?:ask|asks|asked|asking|wondered|wonders|queried|inquired|enquired)\b"
    r"(?:\s+[\w'\u2019.-]+){0,8}?\s+(?:if|what|how|why|about(?!\s+(?:\d|a\s+dozen|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?)\b))\b",
    re.IGNORECASE)
_QUESTION_REACH = 300  # characters either side of the number read for its sentence


def asked_figure(text: str, start: int) -> bool:
    """Whether the number at `start` is put forward by a direct or an indirect question."""
    if start < 0:
        return False
    after = _SENTENCE_END_AFTER.search(text, start, start + _QUESTION_REACH)
    if after is not None and after.group() == "?":
        return True
    opening = max(0, start - _QUESTION_REACH)
    for boundary in _SENTENCE_START_BEFORE.finditer(text, opening, start):
        opening = boundary.end()
    return _INDIRECT_QUESTION.search(text, opening, start) is not None


def about_other_event(sentence: str, start: int, reference_year: int | None,
                      end: int | None = None) -> bool:
    """A comparison cue before the number in the same sentence: "the deadliest since ..."."""
    possible = _possible_cues(sentence)
    if end is not None and possible.statistics and _STATISTICS_AFTER.match(sentence, end):
        return True  # "300 people have been killed in the city so far this year"
    if end is not None and possible.earlier and _EARLIER_INCIDENT_AFTER.match(sentence, end):
        return True  # "the officer killed in the previous incident"
    if end is not None and reference_year is not None and possible.other_event:
        past = _PAST_YEAR_AFTER.match(sentence, end)
        if past is not None and int(past.group("year")) < reference_year:
            return True  # "the 11 miners who died in the 2015 disaster"
    if end is not None and possible.withdrawn and _WITHDRAWN_AFTER.match(sentence, end):
        return True  # a withdrawn figure ("reported in error") is not the event's
    # Up to the evidence's end: the evidence may start with the nominalization itself ("to
    # protest | the killing of two traders").
    clause = sentence.rfind(";", 0, start) + 1  # a cause is stated in the number's clause
    reach = start if end is None else end
    for cause in _PROTEST_CAUSE.finditer(sentence, clause, reach) if possible.protest else ():
        # The number inside the cause ("protested over attacks that killed seven"), not after
        # a comma ("fired on protesters demonstrating against the coup, killing 12": the
        # protest's own dead). A colon ends the cause the same way: what follows it is the
        # protest's outcome ("marches against a tax turned deadly: two marchers shot dead").
        if "," not in sentence[cause.end():start] and ":" not in sentence[cause.end():start]:
            return True
    if possible.retaliation and _RETALIATION_CAUSE.search(sentence, clause, reach):
        return True
    for cause in _FIGHT_OVER_A_DEATH.finditer(sentence, clause, reach) if possible.fight else ():
        # the number in the cause's "of" phrase ("over the killing of two herders"), or the
        # evidence starting with the death noun ("the murder of a")
        # evidence starting with the death noun ("the murder of a"), not a number after a
        # comma joined to it ("the killing of a farmer, and six": the fight's own dead)
        if (cause.end() > start and "," not in sentence[cause.end():reach]) or \
                _UP_TO_THE_DEAD.fullmatch(sentence, cause.end(), start):
            return True
    for topic in _DISCUSSED_DEATHS.finditer(sentence, clause, reach) if possible.discussed \
            else ():
        # the evidence starts in the topic ("the killing of 12") or after its "of" with a hedge
        # at most ("the killing of at least 12")
        if topic.start() <= start and (start < topic.end() or _UP_TO_THE_DEAD.fullmatch(
                sentence, topic.end(), start)):
            return True  # "gathered to discuss the killing of 40 herders"
    if any(clause <= marked_start < start and (marked_end <= reach or rite)
           and not (rite and _RITE_PHRASE_ENDS.search(sentence, marked_end, start))
           for marked_start, marked_end, rite in _commemorations(sentence)):
        return True  # "a ceremony marking the death of a chief": up to the evidence's end
    for anchor_start, anchor_end in _incident_time_anchors(sentence):
        if clause <= anchor_start and anchor_end <= start and \
                sentence.find(",", anchor_end, start) < 0:
            return True
    if end is not None and any(
            kin_end <= start <= kin_end + _KIN_REACH
            and not _CLAUSE_BREAK.search(sentence, kin_end, start)
            for kin_end in _kin_phrase_ends(sentence)) and _PROTEST_CLAUSE.search(sentence, end):
        return True  # "the family of a constable who was shot dead held a protest"
    fronted = _FRONTED_CAUSE.match(sentence)
    if fronted and start < fronted.end() and _PROTEST_CLAUSE.search(sentence, fronted.end()):
        return True
    for cue in _OTHER_EVENT.finditer(sentence, 0, start) if possible.other_event else ():
        year = re.search(r"(?:19|20)\d\d", cue.group(0))
        if year is None:
            return True
        if reference_year is not None and int(year.group(0)) < reference_year:
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[.;,]")


# Words without which a cue cannot match anywhere in a sentence: each cue's every match
# contains one of its words, case aside. Looked up once per sentence in its lower-cased text,
# they spare the cue searches of each number in sentences without them: a sentence of many
# numbers (a table flattened to text, a hostile input) was searched once per number.
_MAY_HOLD: dict[str, tuple[str, ...]] = {
    "statistics": ("year", "since", "past", "last", "recent"),
    "withdrawn": ("error", "wrong", "incorrect", "mistake", "erroneous", "false", "untrue",
                  "unfounded", "baseless"),
    "earlier": ("previous", "earlier", "prior"),
    "protest": ("protest", "demonstrat", "rall", "vigil", "march", "sit-in", "strike", "boycott",
                "took", "block", "barricad", "riot"),
    "retaliation": ("retaliation", "reprisal", "revenge", "response", "avenge", "punish",
                    "for "),
    "fight": ("clash", "fight", "fought", "dispute", "feud", "violence", "tension", "quarrel",
              "brawl"),
    # "in 2014", "the 1990s": the century's two digits
    "other_event": ("since", "than", "previous", "earlier", "prior", "last", "similar", "year",
                    "month", "decade",
                    "anniversary", "record", "19", "20"),
    "alternative": ("report", "source", "account", "estimate", "figure", "tallies", "witness"),
    "claimed": ("claim",),
    "contrasted": ("while", "whereas"),
    "discussed": ("discuss", "debat", "deliberat", "talks", "meeting"),
}
# Letters that IGNORECASE matches with an ASCII letter although lower() does not give that
# letter (dotless i, long s, dotted capital I): a sentence with one is searched in full.
_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u0130")


@dataclass(frozen=True, slots=True)
class _PossibleCues:
    statistics: bool
    withdrawn: bool
    earlier: bool
    protest: bool
    retaliation: bool
    fight: bool
    other_event: bool
    alternative: bool
    claimed: bool
    contrasted: bool
    discussed: bool


_ANY_CUE = _PossibleCues(*[True] * len(_MAY_HOLD))


@lru_cache(maxsize=256)
def _possible_cues(sentence: str) -> _PossibleCues:
    if any(letter in sentence for letter in _FOLDS_TO_ASCII):
        return _ANY_CUE
    lowered = sentence.lower()
    return _PossibleCues(**{name: any(word in lowered for word in words)
                            for name, words in _MAY_HOLD.items()})


# Per sentence, not per number: a sentence of many numbers (a table flattened to text) would
# otherwise be scanned once for each of them.
@lru_cache(maxsize=256)
def _incident_time_anchors(sentence: str) -> tuple[tuple[int, int], ...]:
    """The time anchors on another event whose own clause tells an incident before or in them
    ("the blast came ...", "two people were shot Sunday, a day after ..."); "the arrest came
    two days after three people were killed" and "as he met detectives, hours after shooting
    three" tell a sequel of the deaths, which are the article's incident."""
    found = []
    for anchor in _TEMPORAL_ANCHOR.finditer(sentence):
        clause = sentence.rfind(";", 0, anchor.start()) + 1
        if _INCIDENT_WORD.search(sentence, clause, anchor.end()):
            found.append((anchor.start(), anchor.end()))
    return tuple(found)


@lru_cache(maxsize=256)
def _commemorations(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """Each commemoration's span, and whether it is a rite for the victims (whose deaths end
    where its noun phrase does, `_RITE_PHRASE_ENDS`)."""
    return tuple((marked.start(), marked.end(), marked.group("rite") is not None)
                 for marked in _COMMEMORATION.finditer(sentence))


@lru_cache(maxsize=256)
def _kin_phrase_ends(sentence: str) -> tuple[int, ...]:
    return tuple(kin.end() for kin in _KIN_OF_THE_DEAD.finditer(sentence))


def sentence_trends(sentence: str) -> dict[str, Trend]:
    """Trend cues stated apart from any number: "The toll is expected to rise." applies to the
    article's killed figure (and injured when the sentence names the injured)."""
    if not _TOLL_SENTENCE.search(sentence):
        return {}
    found = trend(sentence)
    if found is None:
        return {}
    trends: dict[str, Trend] = {}
    injured = re.search(r"\b(?:injur|wound|hurt)", sentence, re.IGNORECASE)
    killed = re.search(r"\b(?:toll|dead|death|kill|fatal|died)", sentence, re.IGNORECASE)
    if killed or not injured:
        trends["killed"] = found
    if injured:
        trends["injured"] = found
    return trends
