"""The words that say what happened to the people a number counts, per count category.

Two kinds of trigger:
- POST: the trigger follows the quantity and its noun phrase ("12 people were killed",
  "three dead", "11 detained", "four militants were taken hostage").
- PRE: the trigger comes before the quantity ("killing 12", "a death toll of 143",
  "claimed the lives of 9", "arrested two suspects").

Patterns are ordered longest first inside each alternation so that "shot and killed" wins over
"shot". Each category is a named group; the group name is the category.
"""

from __future__ import annotations

import re

CATEGORIES: tuple[str, ...] = ("killed", "injured", "missing", "arrested", "hostages",
                               "displaced")

_DEATH_MANNER = (r"(?:shot|gunned|stabbed|beaten|hacked|burned|burnt|crushed|stoned|bludgeoned"
                 r"|clubbed|hanged|strangled|trampled|starved|tortured)")

# Trigger words the sentence gate's stems (sentences._STEMS4) do not cover, one class each;
# the triggers below are built from them and counts._UNGATED_COUNT_WORDS lets a sentence holding
# one through the gate, so a word added to a class is read wherever the class is.
# Dying by what stops the breath or the heart: "14 people suffocated", "were electrocuted".
DEATH_BY_BREATH = r"(?:suffocat|asphyxiat|electrocut)(?:ed|ing)"
# Without life, the state of the dead as "dead" is: "pulled nine people lifeless from the
# rubble", "two climbers were found lifeless", "brought out the miners lifeless".
LIFELESS = r"lifeless|without\s+(?:signs|a\s+sign)\s+of\s+life"
# Recovered dead, the state told after the verb of recovery and its particle or place:
# "were pulled out dead", "brought to the surface lifeless", "washed ashore dead".
RECOVERED_DEAD = (r"(?:pulled|brought|dug|fished|carried|taken|recovered|retrieved|dragged"
                  r"|washed|lifted|hauled)\s+(?:(?:out|up|ashore)\s+)?(?:(?:of|from|to|onto"
                  r"|on|in)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:dead|lifeless)")
# The idioms of dying of military communiques and the press of South Asia: "two soldiers
# embraced shahadat", "laid down their lives", "made the supreme sacrifice", "breathed their
# last", "gave their lives", and the enemy's: "three terrorists were sent to hell".
DEATH_IDIOMS = (r"(?:embraced|embraces|attained|attains|achieved|achieves)\s+shahada[th]?"
                r"|laid\s+down\s+(?:their|his|her)\s+lives?"
                r"|made\s+the\s+(?:supreme|ultimate)\s+sacrifice"
                r"|breathed\s+(?:their|his|her)\s+last|gave\s+(?:their|his|her)\s+lives?"
                r"|sent\s+to\s+(?:hell|their\s+graves?)")
# Death by a disaster's earth, snow or rubble over the living: "three villagers were buried
# alive by the mudslide", "the avalanche buried alive four skiers" (buried without "alive" is a
# funeral).
BURIED_ALIVE = r"buri(?:ed|es|ing)\s+alive|bury\s+alive"
# Killing told as butchery: "villagers were butchered", "raiders butchered 14 villagers".
BUTCHERY = r"butcher(?:ed|ing)"
# Not surviving is dying: "14 workers did not survive the blast", "who failed to survive".
# So is a failure to be saved, a modal of failure before the rescue verb: "two of the miners
# could not be saved", "the boy could not be revived".
NOT_SURVIVING = (r"(?:did\s+not|didn[’']t|failed\s+to|could\s+not|couldn[’']t)\s+survive"
                 r"|(?:could\s+not|couldn[’']t|cannot|can[’']t)\s+be\s+(?:saved|revived"
                 r"|resuscitated)")
# A burn by a hot liquid or steam is a wound: "passengers were scalded".
SCALDING = r"scald(?:ed|ing)"
# Going missing without a missing word: "vanished", "lost at sea", "have not been seen since".
# Not "not heard from": a family "not heard from" is how a welfare check that found them dead
# begins ("being sought" is STILL_SOUGHT, with a guard against suspects).
VANISHING = (r"vanished|lost\s+at\s+sea"
             r"|(?:were|was|have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+seen")
# Still searched for, by rescuers: "11 persons still being sought by rescue teams", "the two
# climbers still being searched for". Police seek suspects too ("two gunmen are still being
# sought"): counts._sought_suspects leaves those out.
# Translated agency English drops the particle after a finite auxiliary: "one is being
# searched" (not a frisk: "checked by a bouncer and being searched", "being searched by police").
STILL_SOUGHT = (r"(?:still\s+|yet\s+)?being\s+(?:sought|searched\s+for|looked\s+for)"
                r"|(?:(?<=\bis\s)|(?<=\bare\s))(?:still\s+)?being\s+searched"
                r"(?!\s+(?:by|at|in)\b)")
# The search told before the people it is for, who are the rest of a group some of whom were
# found: "the search for the other three continues", "still looking for the remaining two
# fishermen" (police searching for suspects are left out by counts._SOUGHT_SUSPECTS).
SEARCH_FOR_THE_REST = (r"(?:search(?:es|ing)?|look(?:s|ing)|hunt(?:s|ing)?)\s+for\s+(?:the\s+)?"
                       r"(?:other|remaining|last|missing|rest\s+of\s+the)")
# A search still going on, told before the people it is for: "rescuers are still searching for
# 11 people", "the search continues for six fishermen", "divers continued to look for two
# children" (police hunting suspects are left out by counts._SOUGHT_SUSPECTS).
SEARCH_GOES_ON = (r"(?:still|continu(?:e|es|ed|ing)\s+to)\s+(?:search|look|hunt)(?:ing|ed|s)?"
                  r"\s+for|search(?:es)?\s+(?:continues?|continued|goes\s+on|went\s+on"
                  r"|(?:is|was)\s+(?:still\s+)?(?:on|under\s?way))\s+for")
# Giving oneself up is an arrest (the police record one): "the shooter later surrendered to
# police", "turned himself in at the station" (not "surrendered the town", "surrendered with
# their weapons": a force laying down arms).
GIVING_ONESELF_UP = (r"surrendered\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:police"
                     r"|authorities|officers?|deputies|deputy|detectives|investigators"
                     r"|troopers?|marshals)\b|turned\s+(?:himself|herself|themselves|self)\s+in")
# The crimes a charge names when it is brought against people held for a violent act ("faces
# a murder charge"; a landlord facing charges over a code breach, or a parent "facing criminal
# charges" after a child shot himself, was summoned, not arrested).
_CRIME = (r"(?:murder|manslaughter|homicide|assault|battery|weapons?|firearms?|felony"
          r"|terrorism|kidnapping|robbery|attempted\s+murder)")
# A court proceeding against the people presupposes their arrest (the police record one):
# "two men were arraigned", "a grand jury indicted three teenagers", "the 15-year-old made his
# first court appearance", "were denied bail", "a Harwick man faces a murder charge" (not
# "could face charges": a modal leaves the charge to come, and "face" follows one; and only a
# charge of a crime).
COURT_PROCEEDINGS = (r"arraigned|indicted|denied\s+bail|(?:ordered\s+)?held\s+without\s+bail"
                     r"|(?:made|makes|making)\s+(?:his|her|their)\s+(?:first|initial)\s+"
                     r"(?:court\s+)?appearances?|appeared\s+in\s+court"
                     rf"|(?:faces|faced|facing)\s+(?:an?\s+|one\s+)?(?:[\w-]+\s+){{0,2}}?"
                     rf"(?:{_CRIME}\s+(?:[\w-]+\s+)?charges?\b|charges?\s+of\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"{_CRIME})")
# The blotter's abbreviation of injured, in one-line notes: "2 inj, 1 dead", "3 inj."
INJURED_ABBREVIATION = r"inj(?![\w-])"
# Its abbreviation of deceased, lower case: "1 dec, 3 inj", "both dec", "suspect (dec)". Not the
# month: "Dec. 3", "dec 3", "Dec 2015" (a full stop or a number after it).
DECEASED_ABBREVIATION = r"(?-i:dec)(?![\w-])(?!\.?\s*\d)"
# The people of an armed force, whose loss is their death: "the group lost 13 fighters"
# (counts._LOST_BEFORE); the gate lets a sentence with "lost" and such people through.
ARMED_PEOPLE = (r"(?:fighters|soldiers|troops|men|militants|policemen|police\s+officers"
                r"|servicemen|personnel|combatants|guerrillas|rebels|insurgents|militiamen"
                r"|jihadists|commandos|gunmen|marines|paratroopers|gendarmes|jawans|cadres"
                r"|elements)")
LOSSES_OF_A_FORCE = rf"(?:lost|lose|loses)\s+(?:[\w,'’-]+\s+){{1,4}}?{ARMED_PEOPLE}"
# Brought to the police as a detention (agency translations): "ten participants were
# delivered to the police department", "escorted to the local police station".
BROUGHT_TO_THE_POLICE = (r"(?:delivered|brought|taken|escorted|conveyed)\s+to\s+(?:the\s+|a\s+)?"
                         r"(?:(?:district|city|local|nearest|regional|county)\s+)?police"
                         r"\s+(?:station|department|precinct|headquarters|office)s?")
# Disappearing, the verb and the noun a report counts: "57 people who disappeared", "23
# enforced disappearances" (the gate's stems miss both).
DISAPPEARING = r"disappeared|disappearances"
# The fate of people told unknown is their being missing: "the fate of 9 people is still
# unknown", "the whereabouts of 12 crew members remain unknown" (counts._FATE_BEFORE).
FATE_UNKNOWN = (r"(?:fate|whereabouts)\s+of\s+(?:[\w,'’-]+\s+){1,8}?(?:is|are|was|were|remains?"
                r"|remained)\s+(?:still\s+)?(?:unknown|unclear|not\s+known)")
# Taking by force, the hostage sense, told by its agent: "were seized by gunmen", "snatched".
SNATCHING = r"snatch(?:ed|ing)"
# Taking people away, the whole class of removal verbs with "away"/"off": "took away 17
# guests", "marched away 31 pupils", "led off the passengers", "whisked away two engineers".
# In an attack it is an abduction; the police lead people away too (counts._removed_by_police
# leaves those to the arrest words).
REMOVAL = (r"(?:t(?:ook|aken|aking|akes)|l(?:ed|eading|eads)|march(?:ed|ing|es)|carr(?:ied|ying"
           r"|ies)|dragg(?:ed|ing)|drags|whisk(?:ed|ing|s)|spirit(?:ed|ing|s)|herd(?:ed|ing|s)"
           r"|frog-?march(?:ed|ing|es)|hustl(?:ed|ing|es)|bundl(?:ed|ing|es))\s+(?:away|off)")
# Leaving one's home by force or for refuge: "driven from their homes", "took refuge".
DRIVEN_OUT = (r"(?:driven|chased|pushed)\s+(?:from|out\s+of)\s+(?:their\s+)?(?:homes?|houses?"
              r"|villages?|towns?|lands?|neighbou?rhoods?|communities)"
              r"|(?:took|taken|taking|sought|seeking)\s+refuge"
              # taken to where the displaced stay, by the whole class of moving verbs and
              # shelter places: "moved to relief camps", "shifted to safer places", "relocated
              # to temporary shelters", "bussed to schools"; not a detention or care centre
              r"|(?:moved|shifted|transferred|relocated|evacuated|taken|brought|ferried|bussed"
              r"|bused|trucked|airlifted|resettled)\s+to\s+(?:safety|(?!(?:[\w-]+\s+){0,3}?"
              r"(?:detention|rehabilitation|treatment|medical|health|police|quarantine"
              r"|isolation|holding|reception)\b)(?:[\w-]+\s+){0,3}?(?:camps?|shelters?"
              r"|cent(?:re|er)s|sites|schools|churches|mosques|temples|stadiums?|gymnasiums?"
              r"|halls|(?:higher|safer|safe)\s+(?:ground|places?|areas?|locations?)))")
# Arrest idioms of the police blotter: "hauled in", "nabbed" (stemmed), "behind bars".
HAULED_IN = r"haul(?:ed|ing)\s+in|behind\s+bars"
# The other idioms of an arrest, agency translations among them: French "interpellés" ("were
# interpellated"), "taken / brought in for questioning", "picked up by police", "put behind
# bars", "locked up", "handcuffed"; Chinese agency text's "criminal compulsory measures".
ARREST_IDIOMS = (r"interpell(?:ated|ed|ing)|(?:taken|brought)\s+in\s+for\s+questioning"
                 r"|picked\s+up\s+by\s+(?:the\s+)?police|put\s+behind\s+bars|locked\s+up"
                 r"|handcuff(?:ed|ing)")
COMPULSORY_MEASURES = r"(?:compulsory|coercive)\s+measures"
# A finding not made: "have not been located", "were never found", "are yet to be traced".
NOT_FOUND = (r"(?:(?:never(?:\s+been)?|not\s+(?:yet\s+)?been)\s+|yet\s+to\s+be\s+)"
             r"(?:found|located|traced)")
# The killing euphemisms of military communiques and translated agency text ("four militants
# were liquidated"); structure.py reads them as killings of people only.
EUPHEMISM_PREFIXES = ("neutralis", "neutraliz", "liquidat", "eliminat", "annihilat",
                      "exterminat")
_EUPHEMISMS = rf"(?:{'|'.join(EUPHEMISM_PREFIXES)})(?:ed|ing)"
EUPHEMISM_NOUNS = r"(?:elimination|liquidation|neutrali[sz]ation|annihilation|extermination)"

# The verbs a wound is told with: "suffered burns", "sustained fatal injuries".
# Translated agency English gets its wounds: "four others got wounds".
_WOUND_VERBS = r"(?:suffered|sustained|received|suffering|sustaining|got|gets|getting)"
# A wound told by its verb and noun, with no auxiliary before: "her colleague sustained
# injuries", "the driver suffered burns" (subjects.py reads one person so).
WOUND_SUFFERED = (rf"{_WOUND_VERBS}\s+(?:an?\s+|multiple\s+)?(?:[\w-]+\s+){{0,2}}?"
                  r"(?:injuries|injury|wounds|wound|burns)")

# "the number of people killed by the floods has increased from 34 to | 41", "the number of
# missing after the breach fell to | 9": a figure's noun, then its verb within 14 words (the
# place, the cause, a "from" figure between: "the number of dead from last week's bus crash on
# the mountain road above Cusco to | 24"), right before the number.
# one attribute before the head: "the number of confirmed dead", "the total number of
# drought-related deaths", "the tally of flood deaths"
_NUMBER_OF = r"(?:number|count|tally)\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?"
_UP_TO_ITS_VERB = r"\W+(?:[\w'-]+\W+){0,14}?(?:to|at|is|was|reached|stands|stood)"
# A situation report's label, the category's word with at most two words of status before
# the colon: "Killed: 5", "Deaths confirmed: 18", "Missing (unconfirmed): 4", "Persons in
# evacuation sites: 4,870", "Injured so far: 12".
_LABEL_TAIL = (r"(?:\s+(?:confirmed|unconfirmed|reported|recorded|registered|verified|so\s+far"
               r"|to\s+date|total|overall|in\s+total|\([a-z ]{1,20}\))){0,2}"
               # the separator: a colon, or a dash set off by spaces as tables flattened to
               # text write it ("confirmed fatalities - 12; injured - 9"), never a hyphen
               # inside a word or a range ("8-10")
               r"\s*(?::|(?<=\s)[-\u2013\u2014](?=\s)|[\u2013\u2014])")
# The figure's noun may carry its sense in a relative clause: "the number of people who lost
# their lives rose to | 14", "the number of miners who did not survive had risen to | seven",
# "the count of residents who remain unaccounted for fell to | 6". The clause's predicate is
# any trigger of the category (POST_*), after auxiliaries and adverbs.
_NUMBER_OF_WHO = (rf"{_NUMBER_OF}(?:[A-Za-z][\w-]*\s+)?(?:who|that)\s+"
                  r"(?:(?:were|was|have|has|had|been|are|is|still|later|reportedly|all|went|got"
                  r"|remain|remained|remains|subsequently|eventually)\s+){0,3}")


def _number_of_who(post: str) -> str:
    """The figure's noun with a relative clause whose predicate is one of `post`."""
    return rf"{_NUMBER_OF_WHO}(?:{post}){_UP_TO_ITS_VERB}"


POST_KILLED = (
    rf"{_DEATH_MANNER}\s+(?:dead|to\s+death)|(?:burned|burnt)\s+alive|shot\s+and\s+killed"
    rf"|{BURIED_ALIVE}"
    r"|shot\s+and\s+died"
    r"|(?<!non-)(?<!non)(?<!non )fatally\s+(?:shot|wounded|injured|stabbed|struck|hit|beaten)"
    r"|(?:(?:were|was)\s+)?(?:pronounced|declared)\s+(?:dead|deceased)"
    r"|found\s+dead|confirmed\s+dead|feared\s+dead"
    r"|lost\s+(?:their|his|her)\s+lives?|passed\s+away|among\s+the\s+dead|killed|dead|died|dies"
    # the lives as the subject of a passive loss: "14 lives were lost", "nine lives have been
    # lost on the road" (the count is of lives, one for each dead)
    r"|lives\s+(?:were|was|have\s+been|had\s+been|are\s+feared|were\s+feared)\s+(?:to\s+have\s+been\s+)?lost"
    rf"|{LIFELESS}|{RECOVERED_DEAD}"
    # the press of South Asia and the Arab world: "were martyred", "embraced martyrdom"
    r"|martyred|(?:embraced|embraces|attained|attains|achieved|achieves)\s+martyrdom"
    rf"|{DEATH_IDIOMS}"
    r"|die"
    r"|slain|murdered|perished|fatalities|fatality|deaths|death|bodies|corpses|drowned|executed"
    # the other forms of dying and the killings the gate's stems miss: "seven people dying",
    # "climbers fell to their deaths", "14 workers did not survive", "were electrocuted"
    r"|dying|perishing|drowning|succumbing|decapitated|to\s+(?:their|his|her)\s+deaths?"
    rf"|{NOT_SURVIVING}|{DEATH_BY_BREATH}|{BUTCHERY}"
    # "struck in the upper body", "shot in the body" name where a wound is, not a corpse
    r"|(?<!upper\s)(?<!lower\s)(?<!in\sthe\s)"
    r"body(?!\s+(?:armou?r|camera|cam|guard|language|parts?|search|shop|of\s+water|area))"
    r"|to\s+death"
    r"|beheaded|massacred|lynched|succumbed|assassinated|deceased"
    # a fatal wound is a death: "suffered a fatal gunshot wound", "sustained mortal injuries"
    rf"|{_WOUND_VERBS}\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?<![\w-])(?:fatal|mortal)\s+(?:[\w-]+\s+)?(?:injuries|injury|wounds?)"
    rf"|{DECEASED_ABBREVIATION}"
    r"|(?-i:KIA)\b"  # military "killed in action": "three soldiers KIA" (never the car maker)
)
# Where a bullet goes in: "was hit in the foot" is a wound, not a blow (the surface pattern
# below and the parse in structure.py read the same list).
BODY_PARTS = frozenset({
    "head", "neck", "chest", "back", "arm", "arms", "leg", "legs", "foot", "feet", "hand",
    "hands", "shoulder", "shoulders", "stomach", "abdomen", "hip", "thigh", "thighs", "buttock",
    "buttocks", "face", "side", "knee", "knees", "ankle", "ankles", "torso", "groin", "wrist",
    "wrists", "elbow", "elbows"})
POST_INJURED = (
    rf"(?:{_WOUND_VERBS}|with)\s+(?:from\s+)?(?:an?\s+|multiple"
    r"\s+)?(?:[\w-]+\s+){0,2}?(?:injuries|wounds|wound|burns)"
    # one wound told by the singular noun: "one officer suffered a minor injury", "sustained
    # a head injury" (not "with an injury", which tells a player's record as often)
    rf"|{_WOUND_VERBS}\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?injury\b(?!\s+(?:to\s+(?:its|their"
    r"|the\s+company)|claims?|lawsuits?|settlements?))"
    # the people a treatment is for: "treated 390 people for injuries"
    r"|for\s+(?:(?:their|his|her|minor|serious|severe|[\w-]+)\s+){0,2}?(?:injuries|wounds|burns)"
    rf"|{SCALDING}"
    # "is in critical condition"; British and Irish press: "remains in a critical condition"
    r"|(?:is|was|are|were|remains?|remained|listed|being\s+treated)\s+(?:\w+\s+)?in\s+"
    r"(?:an?\s+)?(?:critical|serious|stable|fair|good|grave|satisfactory)(?:\s+but\s+stable)?"
    r"\s+condition"
    # "another is fighting for life", "two others are fighting for their lives"
    r"|fighting\s+for\s+(?:(?:his|her|their)\s+)?li(?:fe|ves)"
    # "her two children suffered burns": burns are wounds
    rf"|{_WOUND_VERBS}\s+(?:\w+\s+){{0,2}}?burns"
    # a wound told by its kind, not by an injury word: "escaped with machete cuts", "suffered a
    # broken nose", "sustained a deep laceration"; only wound modifiers may come between, so
    # "suffered budget cuts" stays no injury
    rf"|(?:{_WOUND_VERBS}|escaped\s+with|treated\s+for|with)"
    r"\s+(?:an?\s+|multiple\s+)?(?:(?:minor|deep|severe|serious|superficial|facial|head|knife"
    r"|machete|stab|shrapnel|glass)\s+){0,2}(?:cuts|lacerations?|fractures?|bruises|bruising"
    r"|concussions?|(?:broken|fractured)\s+(?:bones?|arms?|legs?|ribs?|nose|jaw|ankles?|wrists?|hip|skull"
    r"|collarbone|fingers?))"
    # "took a bullet to the chest", "took two bullets in the leg"
    r"|took\s+(?:an?|one|two|three|several)\s+bullets?\s+(?:to|in)\s+the"
    r"|non-?fatal\s+(?:gunshot\s+)?(?:wounds|injuries)|injured|wounded|hurt|injuries"
    rf"|{INJURED_ABBREVIATION}"
    r"|hospitali[sz]ed|treated\s+(?:at\s+the\s+scene\s+)?for|shot|stabbed|maimed"
    # care told without its cause, of people counted beside a casualty: "21 others are still
    # being treated", "a further 10 were treated", "five others are recovering" (not "were
    # treated as suspects", "treated to a concert"; "treated at the scene" may be a check of
    # the unhurt: phenomenon counts.number_glued_to_the_next_sentence)
    r"|(?:(?:are|is|were|was)\s+(?:still\s+)?(?:being\s+)?treated|(?:are|is|were|was)\s+"
    r"(?:still\s+)?recovering)\b(?!\s+(?:as|like|to|with|fairly|unfairly|badly|well|equally"
    r"|at\s+the\s+scene)\b)"
    # "was grazed", not "a bullet grazed" (the bullet is no person)
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bgot\s)|(?<=\bbeing\s))grazed"
    # hit by what a gun or a blast fires: "hit by gunfire", "struck by a stray bullet"
    r"|(?:hit|struck)\s+by\s+(?:an?\s+)?(?:stray\s+|flying\s+)?(?:bullets?|gunfire|gunshots?"
    r"|pellets|shrapnel)"
    # "hit in the foot": where a bullet went in
    r"|(?:hit|struck|grazed)\s+(?:once\s+|twice\s+)?in\s+the\s+(?:"
    + "|".join(sorted(BODY_PARTS, key=lambda part: (-len(part), part)))
    + r"|lower\s+body|upper\s+body)"
    # carried to hospital, or received there: "admitted to hospital", "delivered to hospital"
    # (agency translations), "brought to the regional hospital", "evacuated to hospital"
    r"|(?:taken|transported|rushed|airlifted|flown|driven|admitted|delivered|brought|evacuated"
    r"|sent|ferried|carried)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?"
    # "are still being treated in hospitals in two cities": the plural with a treating verb
    # (bare "treated in hospitals" also tells a lead's rough figure, "more than 160 people
    # treated in hospitals", beside the exact one told later)
    r"|in\s+(?:the\s+)?hospital|being\s+treated\s+in\s+(?:\w+\s+)?hospitals|(?-i:WIA)\b"
)
POST_ARRESTED = (
    r"taken\s+into\s+(?:police\s+)?custody|in\s+(?:police\s+)?custody|arrested|detained"
    # "was placed under arrest"; agency translations: "placed under (criminal) control by the
    # public security organs" is a detention
    r"|placed\s+under\s+(?:house\s+)?arrest|placed\s+under\s+(?:criminal\s+)?(?:control|detention)"
    r"|apprehended|arrests|detentions|detainees|rounded\s+up|captured|booked|jailed"
    # a charge or a remand presupposes the arrest: "three men have been charged with murder",
    # "was remanded in custody", "held on suspicion of"; "charged at the crowd" is no charge
    r"|charged\s+(?:in\s+connection\s+)?(?:with|w(?=/))|remanded|held\s+(?:on\s+suspicion|for\s+questioning)"
    rf"|{GIVING_ONESELF_UP}|{COURT_PROCEEDINGS}"
    # the other idioms of an arrest, agency translations among them: French "interpellés"
    # ("were interpellated"), "placed in custody / in pre-trial detention", "taken / brought in
    # for questioning", "picked up by police", "put behind bars", "locked up", "handcuffed"
    r"|placed\s+in\s+(?:police\s+|pre-?trial\s+)?(?:custody|detention)"
    # brought to the police by force, the detention of agency translations: "were delivered
    # to the police department", "taken to the district police station"
    rf"|{BROUGHT_TO_THE_POLICE}"
    rf"|{ARREST_IDIOMS}|nabbed|{HAULED_IN}"
)
POST_HOSTAGES = (
    r"taken\s+hostage|held\s+hostage|taken\s+captive|held\s+captive|hostages?|kidnapped"
    r"|kidnappings|abductions"
    r"|abducted|captives|in\s+captivity|(?:remain(?:s|ed)?|still)\s+captive"
    r"|in\s+the\s+hands\s+of\s+(?:the\s+|their\s+)?(?:kidnappers|captors|abductors)"
    r"|(?:still|remain)\s+(?:being\s+)?held(?!\s+(?:in\s+(?:police\s+)?custody|on|without))"
    # taken by force, told by its agent: "were seized by gunmen", "snatched by bandits"
    rf"|{SNATCHING}|held\s+for\s+ransom"
    rf"|(?:seized|grabbed|{REMOVAL})\s+by\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:gunmen|kidnappers|abductors|captors|militants|bandits|rebels|insurgents|jihadists"
    r"|attackers|assailants|pirates|fighters|armed\s+men|militiamen|guerrillas)"
)
POST_MISSING = r"(?:still\s+|remain(?:ed)?\s+|were\s+reported\s+|reported\s+)?missing" \
    rf"|unaccounted\s+for|{DISAPPEARING}" \
    rf"|(?:were|was|have|has|had)\s+(?:still\s+)?{NOT_FOUND}" \
    rf"|(?:are|is|were|was|remain|remains)\s+(?:still\s+)?{NOT_FOUND}" \
    rf"|{VANISHING}|{STILL_SOUGHT}"
# A site where the displaced stay, by the whole class of its attributes: "accommodation centres",
# "747 displacement sites", "IDP camps", "makeshift camps", "emergency shelters", "tent
# settlements".
SHELTER_SITES = (
    r"(?:accommodation|collective|transit|relief|temporary|displacement|evacuation|IDP|emergency"
    r"|reception|tent|makeshift|informal|spontaneous|displaced|government-run|public)\s+"
    r"(?:cent(?:re|er)s|sites|camps|shelters|settlements)")
POST_DISPLACED = (
    r"forced\s+(?:to\s+(?:flee|leave|abandon)|from\s+their\s+homes|out)|fled\s+their\s+homes"
    rf"|lost\s+their\s+homes|{DRIVEN_OUT}"
    r"|displaced|homeless|evacuated|evacuees|refugees|uprooted|fled"
    # in shelter: "80,000 in shelters", "1,950 persons are accommodated in 41 shelters",
    # "20,000 people sheltering in schools", "25 thousand residents were relocated"
    r"|in\s+(?:evacuation\s+)?(?:shelters|evacuation\s+cent(?:re|er)s)|accommodated\s+in"
    # a sitrep's sites: "22,000 people are in accommodation centres", "in collective centres"
    # (the whole class of shelter attributes: "in 747 displacement sites", "in IDP camps",
    # "living in makeshift camps", "housed in emergency shelters", "staying in tent settlements")
    r"|(?:are|were|remain|remained|living|staying|housed|sheltered|hosted)\s+in\s+(?:\w+\s+)?"
    rf"{SHELTER_SITES}"
    r"|sheltering|relocated"
)

# The bare form of a verb is the present of a news item ("police arrest six") unless an
# infinitive's "to" or a modal governs it: "plan to arrest 40", "will evacuate 3,000" tell
# what is meant to happen.
_NOT_INFINITIVE = (r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bshall\s)"
                   r"(?<!\bshould\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
                   r"(?<!\bcannot\s)(?<!\bn't\s)(?<!\bnot\s)")

PRE_KILLED = (
    rf"(?:{BUTCHERY}|{DEATH_BY_BREATH}|decapitat(?:ed|ing)|mow(?:ed|ing)\s+down"
    r"|shot\s+and\s+killed|shooting\s+and\s+killing|killing|killed|kills|kill|murdering|murdered|massacring|massacred|slaughtering"
    # water as the killer, with its dead as the object: "a boat capsized, drowning 7"
    r"|drowning|drowned(?!\s+out)"
    r"|slaughtered|executing|executed|beheading|beheaded|assassinated|martyred|martyring"
    r"|sl(?:it|its|itting)\s+the\s+throats?\s+of"
    r"|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|guns?\s+down|shot\s+and\s+killed"
    r"|(?:claim(?:ed|s|ing)?|t(?:ake|akes|ook|aken|aking)|cost(?:s|ing)?)\s+the\s+lives?\s+of"
    r"|(?<!non-)(?<!non)(?<!non )fatally\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding"
    r"|struck|striking)"
    r"|(?:the\s+)?(?:bodies|body|remains|corpses?|deaths?|martyrdom|murders?|killings?|slayings?"
    # every noun of a killing takes its dead with "of": "the massacre of 22 villagers"
    # ("the executions of three" is more often a death penalty sought: the verb reads them)
    r"|massacres?|slaughter|assassinations?|lynchings?|beheadings?|drownings?"
    r"|homicides?|fatal\s+(?:shooting|stabbing|shootings|attack|beating)"
    r"|shooting\s+deaths?"
    # the nouns of the communiques' euphemisms: "announced the elimination of 14 terrorists"
    # (counts._counts_people keeps only people after them)
    rf"|{EUPHEMISM_NOUNS})\s+of"
    r"|death\s+(?:toll|count)\W+(?:[\w'-]+\W+){0,5}?(?:to|of|at|is|was|reached|hit|stands|stood|now"
    r"|climb|climbed|rise|rose|risen|reach|exceed|exceeded|surpass|surpassed|top|topped)"
    # not a road's or a bridge's toll: "the toll bridge was closed to two lanes"
    r"|toll(?!\s+(?:roads?|bridges?|booths?|plazas?|gates?|ways?|highways?|lanes?|tunnels?"
    r"|fees?|charges?|collect\w*|free)\b)\W+(?:[\w'-]+\W+){0,4}?(?:to|of|at|reached|hit)"
    # a headline's toll with the incident named between the noun and its verb: "Toll in
    # Karlsbad hotel bombing rises to | 19", "death toll from Sunday's highway ambush near Gora
    # revised down to | 17": reached further only through a verb that moves a figure
    r"|toll\s+(?:in|from|of|after)\W+(?:[\w'-]+\W+){0,8}?(?:(?:rises|rose|risen|climbs|climbed"
    r"|jumps|jumped|mounts|mounted|increases|increased|grows|grew|revised|lowered|raised|updated"
    r"|corrected|falls|fell|drops|dropped)(?:\s+(?:up|down)(?:wards?)?)?\s+to|reaches|reached|hits"
    r"|tops|topped|stands\s+at|stood\s+at)"
    # a label in a tracker's entry: "Killed: 5. Injured: 0." (as "Dead: 1", "Injured: 3")
    rf"|(?:killed|deceased|bodies\s+(?:recovered|retrieved|found)){_LABEL_TAIL}"
    rf"|(?:fatalities|deaths|dead)(?:{_LABEL_TAIL}|\s*(?:stand\s+at|stood\s+at|rose\s+to|reached|numbered|of))"
    rf"|{_NUMBER_OF}(?:dead|deaths|fatalities|(?:people|persons|those)\s+(?:killed|dead))"
    rf"{_UP_TO_ITS_VERB}"
    r"|(?:fatalities|deaths)\s+(?:were\s+|are\s+)?coded\s+(?:as|to|at)"
    rf"|{_number_of_who(POST_KILLED)})"
    r"(?:\s+a\s+total\s+of|\s+a\s+reported|\s+an\s+estimated)?"
)
PRE_INJURED = (
    r"(?:injuring|injured|injures|injure|wounding|wounded|wounds|hurting|maiming|maimed"
    rf"|(?:injuries|burns|wounds)\s+to|{SCALDING}|shot|shooting|stabbing|stabbed|hospitali[sz]ing|hospitali[sz]ed"
    r"|(?:the\s+)?(?:non-?fatal\s+)?(?:shooting|stabbing|wounding"
    r"|(?<!fatal\s)(?<!mortal\s)(?:injury|injuring))\s+of"
    rf"|{_NUMBER_OF}(?:injured|wounded|(?:people|persons|those)\s+(?:injured|wounded|hurt"
    rf"|hospitali[sz]ed)){_UP_TO_ITS_VERB}|(?:injured|wounded|injuries|hurt){_LABEL_TAIL}"
    r"|(?:injured|wounded)\s*(?:numbered|stood\s+at)"
    rf"|{_number_of_who(POST_INJURED)})"
)
PRE_ARRESTED = (
    r"(?:arresting|arrested|arrests|arrest\s+of|detaining|detained|detention\s+of"
    r"|apprehended|apprehending|rounded\s+up|rounding\s+up|nabbed|captured|capturing|capture\s+of"
    # the present tense of a news item's headline sentence: "police arrest six people",
    # "authorities detain 15 activists", "officers round up 30 suspects"
    rf"|{_NOT_INFINITIVE}(?:arrest|detains?|apprehends?|round\s+up|rounds\s+up)"
    # a charge brought against counted people presupposes their arrest: "police have charged
    # three men over the robberies", "charging two teenagers with murder" (not a baton charge:
    # "lathi-charged 200 protesters", "charged the crowd with batons")
    # (counts._CHARGE_AFTER reads what follows the people)
    r"|(?<![\w-])charg(?:ed|ing)|indicted|indicting|arraigned"
    rf"|{HAULED_IN}"
    r"|took\s+into\s+custody|taking\s+into\s+custody|taken\s+into\s+custody|jailed|jailing"
    rf"|booked|(?:arrests|arrested|detained|detentions){_LABEL_TAIL}"
    # translated idioms before the people: "interpellated 40 rioters", "took criminal
    # compulsory measures against 5 suspects" (a detention in Chinese agency text), "handcuffed"
    rf"|{ARREST_IDIOMS}|locking\s+up"
    rf"|(?:criminal\s+)?{COMPULSORY_MEASURES}\s+(?:against|on)"
    rf"|{_number_of_who(POST_ARRESTED)})"
)
PRE_HOSTAGES = (
    rf"(?:(?:hostages|abducted|kidnapped){_LABEL_TAIL}|kidnapped|kidnapping|kidnaps|abducted|abducting|abducts|abduction\s+of"
    # the present tense of a news item: "gunmen abduct 40 students", "pirates kidnap 3 sailors"
    rf"|{_NOT_INFINITIVE}(?:abduct|kidnap)"
    r"|kidnapping\s+of|holding\s+hostage|held\s+hostage|took\s+hostage|taking\s+hostage"
    rf"|{SNATCHING}|{REMOVAL}|{_number_of_who(POST_HOSTAGES)})"
)
PRE_MISSING = (rf"(?:{SEARCH_FOR_THE_REST}|{SEARCH_GOES_ON}"
               rf"|(?:missing|unaccounted\s+for){_LABEL_TAIL}"
               rf"|{_NUMBER_OF}(?:missing|(?:people|persons|those)\s+(?:missing"
               rf"|unaccounted\s+for)){_UP_TO_ITS_VERB}|{_number_of_who(POST_MISSING)})")
PRE_DISPLACED = (
    r"(?:displacing|displaced|displacement\s+of|evacuating|evacuated|evacuation\s+of"
    # the present tense of a news item: "the storm displaces 2,500", "officials evacuate 4,000"
    rf"|{_NOT_INFINITIVE}(?:displaces?|evacuates?)"
    r"|uprooting|uprooted|forcing|forced"
    # a situation report's label: "Persons displaced: 9,450", "Evacuated: 1,200"
    rf"|(?:displaced|evacuated|evacuees|homeless|(?:(?:persons|people|individuals|families)\s+)?in\s+"
    rf"(?:{SHELTER_SITES}|shelters)){_LABEL_TAIL}"
    rf"|{_NUMBER_OF}(?:(?:displaced|evacuated|homeless)(?:\s+(?:people|persons|residents))?"
    rf"|evacuees|(?:people|persons|residents|those)\s+(?:displaced|evacuated)){_UP_TO_ITS_VERB}"
    rf"|{_number_of_who(POST_DISPLACED)})"
)

# Every trigger word the gate's stems miss (counts lets a sentence holding one through).
UNGATED_TRIGGER_WORDS = "|".join((
    SHELTER_SITES, _EUPHEMISMS, ARREST_IDIOMS, COMPULSORY_MEASURES, NOT_FOUND, DEATH_BY_BREATH,
    BUTCHERY, NOT_SURVIVING, SCALDING, VANISHING, SNATCHING, DRIVEN_OUT, HAULED_IN,
    STILL_SOUGHT, REMOVAL, LIFELESS, DEATH_IDIOMS, BURIED_ALIVE, SEARCH_FOR_THE_REST,
    SEARCH_GOES_ON, GIVING_ONESELF_UP, COURT_PROCEEDINGS, INJURED_ABBREVIATION,
    DECEASED_ABBREVIATION, LOSSES_OF_A_FORCE,
    BROUGHT_TO_THE_POLICE, FATE_UNKNOWN, DISAPPEARING,
    EUPHEMISM_NOUNS))

# A state ascribed with "as" is the state: "18 people were still listed as missing", "were
# registered as displaced", "confirmed as dead".
_ASCRIBED_AS = (r"(?:(?:listed|registered|recorded|reported|classified|counted|confirmed"
                r"|presumed|described|declared)\s+as\s+)")

POST_RE = re.compile(
    rf"\b{_ASCRIBED_AS}?(?:(?P<killed>{POST_KILLED})|(?P<injured>{POST_INJURED})"
    rf"|(?P<arrested>{POST_ARRESTED})|(?P<hostages>{POST_HOSTAGES})"
    rf"|(?P<missing>{POST_MISSING})|(?P<displaced>{POST_DISPLACED}))\b",
    re.IGNORECASE,
)
# Searched in the words before each number: entered only where a word starts (every
# alternative opens with a letter; tests/test_speed_prefilter_keys.py), half the tries.
PRE_RE = re.compile(
    rf"\b(?=[A-Za-z])(?:(?P<killed>{PRE_KILLED})|(?P<injured>{PRE_INJURED})"
    rf"|(?P<arrested>{PRE_ARRESTED})|(?P<hostages>{PRE_HOSTAGES})"
    rf"|(?P<missing>{PRE_MISSING})|(?P<displaced>{PRE_DISPLACED}))"
    # the people may be told with their possessive: "the injury of her two children"
    r"(?:\s+(?:a\s+)?total\s+of|\s+an?\s+other|\s+some|\s+the|\s+about|\s+(?:his|her|their))?"
    r"\s*$",
    re.IGNORECASE,
)

# Person nouns: what "a"/"an"/"another" must be followed by to count as one person.
PERSON_NOUNS = (
    r"(?:man|men|woman|women|boy|girl|child|children|kid|teen|teenager|youth|person|people"
    r"|resident|civilian|soldier|officer|policeman|policemen|police|trooper|deputy|militant"
    r"|fighter|rebel|insurgent|gunman|gunmen|attacker|assailant|suspect|victim|driver|student"
    r"|worker|farmer|herder|herdsman|member|leader|commander|official|journalist|reporter"
    r"|teacher|doctor|nurse|priest|imam|pastor|monk|passenger|pedestrian|bystander|customer"
    r"|employee|guard|shopkeeper|trader|businessman|merchant|motorist|cyclist|infant|baby"
    r"|toddler|girlfriend|boyfriend|wife|husband|mother|father|son|daughter|brother|sister"
    r"|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|friend|neighbou?r|relative"
    r"|adult|individual|protest[eo]r|demonstrator|rioter|activist|villager|inmate|prisoner"
    r"|detainee|hostage|captive|migrant|refugee|troop|personnel|agent|pilot|sailor|marine|militiaman"
    r"|jihadist|terrorist|bomber|shooter|robber|thief|burglar|dealer|smuggler|poacher|hunter"
    r"|fisherman|miner|pupil|juvenile|minor|male|female|body|corpse|elder|chief|councill?or"
    r"|schoolchild|schoolchildren|schoolboy|schoolgirl"
    r"|mayor|candidate|lawmaker|politician|supporter|fan|worshipp?er|pilgrim|tourist"
    r"|foreigner|national|citizen|occupant|homeowner|tenant|roommate|acquaintance|clerk"
    r"|cashier|owner|manager|vendor|hawker|veteran|constable|inspector|sergeant|lieutenant"
    r"|captain|colonel|general|corporal|ranger|gendarme|recruit|cadet|paramilitary|combatant"
    r"|guerrilla|operative|informant|senior|sheriff|trooper|security|staff|crew|family"
    r"|cadre|bodyguard|militia|cleric|medic|paramedic|colleague|classmate|spouse|nun|emir"
    r"|jawan|havildar|sepoy|naik|subedar"  # South Asian army ranks: "a CRPF jawan"
    r"|sheikh|king|shepherd|nomad|midwife|surgeon|chaplain|chef|cop|marshal|guest|patron"
    r"|fianc[eé]e?|grandson|granddaughter|grandchild|grandchildren|step(?:son|daughter)"
    r"|thieves|mp|[a-z]+(?:er|or|ist|ian|man|men|ee)s?"
    # Words ending in -ive/-ary are mostly not people ("an explosive", "a summary"): the ones
    # that are, by name.
    r"|(?:detect|execut|representat|operat|relat|capt|fugit)ives?"
    r"|(?:secret|dignit|mission|mercen|emiss|advers|benefici|function|volunt)ar(?:y|ies)"
    # Words ending in -ant/-ent are mostly not people ("a violent weekend", "a car accident",
    # "a recent attack", "20 percent"): the ones that are, by name.
    r"|(?:stud|resid|presid|ag|par|cli|pati|oppon|propon|respond|correspond|adolesc|incumb"
    r"|recipi|superintend|depend|dissid|adher|reg)ents?"
    r"|(?:ten|particip|assist|attend|serv|serge|lieuten|merch|immigr|emigr|migr|peas"
    r"|applic|inform|occup|defend|claim|complain|account|consult|descend|inhabit|milit"
    r"|combat|assail|assaill|entr|command|vagr|litig)ants?)"
)
# An article's noun phrase ends before a conjunction, a preposition or a verb ("a robbery and
# later died": "later" is no person), and the catch-all suffixes of PERSON_NOUNS skip the
# common words that merely end like an agent noun. An age alone is a person ("a 7-year-old").
_NOT_INSIDE_A_NOUN_PHRASE = (
    r"(?:of|but|in|at|on|to|from|with|by|for|while|when|as|after|before|near|during"
    # "a drug and kidnapping suspect" is one phrase; "a robbery and later died", "a party and
    # her cousin" are two
    r"|(?:and|or)\s+(?:a|an|the|his|her|their|its|our|my|another|one|two|three|some|several"
    r"|later|then|also|was|were|is|\d+)"
    r"|was|were|is|are|has|had|have)")
_ENDS_LIKE_A_PERSON = (
    r"(?:later|after|ever|never|either|neither|another|over|under|together|however"
    r"|whether|rather|further|water|order|corner|center|centre|border|quarter|shelter|floor"
    r"|door|weapon|matter|letter|paper|power|summer|winter|number"
    # "a death list", "a shooting spree", "a tree": nouns that only end like -ist/-ee/-or
    r"|list|wrist|fist|twist|mist|tree|knee|fee|degree|spree|committee|decree|coffee"
    r"|error|mirror|motor|sector|factor|tractor|colou?r|favou?r|honou?r|terror|horror"
    # machines of a hospital or a building: "on a ventilator fighting for her life"
    r"|ventilator|respirator|incubator|generator|elevator|radiator|detector"
    # craft and machines of accident reports: "rescued by a passing tanker and 5 remain
    # missing", "a helicopter and two boats joined the search"
    r"|tanker|trawler|freighter|steamer|helicopter|trailer|container|cruiser|schooner"
    r"|excavator|bulldozer|scooter|river|tower|crater|chamber"
    # words that merely end like "-or": "on a ventilator fighting for her life"
    r"|for|nor)")
# One word that names people ("guards", "a journalist"), not one that merely ends like them.
_PERSON_WORD_RE = re.compile(rf"(?!{_ENDS_LIKE_A_PERSON}s?$)(?:{PERSON_NOUNS})s?", re.IGNORECASE)


# Animals, which a gun or a bomb also kills ("officers shot and killed a bear", "a pit bull
# that attacked a deputy is dead"): an animal killed or shot is nobody's death or injury.
_ANIMAL_SINGULARS = (
    "animal", "pet", "dog", "puppy", "cat", "kitten", "bear", "cub", "deer", "fawn", "elk",
    "moose", "raccoon", "coyote", "wolf", "fox", "bull", "cow", "calf", "ox", "horse", "pony",
    "mule", "donkey", "pig", "hog", "boar", "goat", "sheep", "lamb", "chicken", "rooster",
    "bird", "duck", "goose", "swan", "eagle", "hawk", "owl", "snake", "alligator", "crocodile",
    "shark", "lion", "tiger", "leopard", "elephant", "rhino", "hippo", "monkey", "gorilla",
    "rat", "squirrel", "possum", "opossum", "skunk", "camel", "cattle", "livestock", "beast",
    "terrier", "rottweiler", "mutt")
ANIMAL_NOUNS = frozenset(_ANIMAL_SINGULARS) | frozenset(
    "wolves" if w == "wolf" else "geese" if w == "goose" else "oxen" if w == "ox"
    else w + "es" if w.endswith(("x", "ss")) else w + "s" for w in _ANIMAL_SINGULARS)


def names_people(word: str) -> bool:
    """Whether one word is a person noun: "hostages", "a farmer"; not "warrant", "list", nor
    an animal that merely ends like a person ("terrier", "alligator")."""
    return _PERSON_WORD_RE.fullmatch(word) is not None and word.lower() not in ANIMAL_NOUNS


PERSON_AFTER_ARTICLE_RE = re.compile(
    rf"^\s+(?:(?!(?:total|number|group|family\s+of|series|couple|few|lot|dozen|handful|pair"
    rf"|{_NOT_INSIDE_A_NOUN_PHRASE})\b)[\w'’-]+\s+){{0,3}}?(?:(?!{_ENDS_LIKE_A_PERSON}s?\b)"
    rf"{PERSON_NOUNS}\b|\d+-(?:year|month|week)-old\b(?!-))", re.IGNORECASE)

# A singular person noun after "the"/"his"/"her": "the victim died", "his father was shot".
SINGULAR_PERSON = (
    r"man|woman|boy|girl|child|kid|teen|teenager|youth|person|victim|resident|driver|student"
    r"|suspect|officer|deputy|trooper|soldier|civilian|toddler|infant|baby|father|mother|son"
    r"|daughter|brother|sister|wife|husband|girlfriend|boyfriend|friend|cousin|uncle|aunt"
    r"|nephew|niece|grandmother|grandfather|neighbou?r|passenger|shooter|gunman|clerk|owner"
    r"|employee|customer|guard|worker|male|female|adult|juvenile|minor|relative|roommate"
    r"|perpetrator|assailant|attacker|bomber|suspect|inmate|prisoner|hostage|pilot|motorist"
)
