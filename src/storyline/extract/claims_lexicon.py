"""Words for the claims extractor: aliases of well-known armed groups, the words that mark a
speaker as an official or an agency, and the words the readers of a claim sentence's parse share
(verbs of claiming, denying, blaming, saying and believing; the acts claimed)."""

from __future__ import annotations

# A capital standing for its state's government, as news writes it ("a charge New Delhi
# dismissed", "Moscow accused Kyiv"): folded -> the state. (Not capitals that are common
# personal names or newspapers' names: Washington, London, Paris.)
CAPITAL_STATES: dict[str, str] = {
    "new delhi": "India", "islamabad": "Pakistan", "kabul": "Afghanistan", "tehran": "Iran",
    "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine", "beijing": "China",
    "pyongyang": "North Korea", "seoul": "South Korea", "ankara": "Turkey", "damascus": "Syria",
    "baghdad": "Iraq", "riyadh": "Saudi Arabia", "caracas": "Venezuela", "bogota": "Colombia",
    "havana": "Cuba", "minsk": "Belarus", "baku": "Azerbaijan", "yerevan": "Armenia",
    "kigali": "Rwanda", "kinshasa": "DR Congo", "addis ababa": "Ethiopia", "khartoum": "Sudan",
    "cairo": "Egypt", "dhaka": "Bangladesh", "naypyidaw": "Myanmar", "bamako": "Mali",
    "niamey": "Niger", "ouagadougou": "Burkina Faso", "abuja": "Nigeria", "nairobi": "Kenya",
    "tbilisi": "Georgia", "amman": "Jordan", "sanaa": "Yemen", "tripoli": "Libya"}

# Folded (lower-case) spellings -> the name we normalize to.
GROUP_ALIASES: dict[str, str] = {
    "is": "Islamic State", "isis": "Islamic State", "isil": "Islamic State",
    "islamic state": "Islamic State", "islamic state group": "Islamic State",
    "islamic state of iraq and the levant": "Islamic State",
    "islamic state in iraq and the levant": "Islamic State",
    "islamic state of iraq and syria": "Islamic State", "daesh": "Islamic State",
    "daech": "Islamic State", "the islamic state": "Islamic State",
    "al-qaeda": "al-Qaeda", "al qaeda": "al-Qaeda", "al-qaida": "al-Qaeda",
    "al qaida": "al-Qaeda", "alqaeda": "al-Qaeda",
    "aqap": "al-Qaeda in the Arabian Peninsula",
    "al-qaeda in the arabian peninsula": "al-Qaeda in the Arabian Peninsula",
    "aqim": "al-Qaeda in the Islamic Maghreb",
    "al-shabaab": "al-Shabaab", "al shabaab": "al-Shabaab", "shabaab": "al-Shabaab",
    "al-shabab": "al-Shabaab", "al shabab": "al-Shabaab", "shabab": "al-Shabaab",
    "boko haram": "Boko Haram", "iswap": "Islamic State West Africa Province",
    "islamic state west africa province": "Islamic State West Africa Province",
    "taliban": "Taliban", "afghan taliban": "Taliban",
    "pakistani taliban": "Tehrik-i-Taliban Pakistan", "ttp": "Tehrik-i-Taliban Pakistan",
    "tehrik-i-taliban pakistan": "Tehrik-i-Taliban Pakistan",
    "tehreek-e-taliban pakistan": "Tehrik-i-Taliban Pakistan",
    "hamas": "Hamas", "hezbollah": "Hezbollah", "hizbollah": "Hezbollah",
    "hizballah": "Hezbollah", "pkk": "PKK", "kurdistan workers' party": "PKK",
    "kurdistan workers party": "PKK", "houthis": "Houthis", "houthi": "Houthis",
    "houthi rebels": "Houthis", "ansar allah": "Houthis", "ansarullah": "Houthis",
    "hts": "Hayat Tahrir al-Sham", "hayat tahrir al-sham": "Hayat Tahrir al-Sham",
    "jnim": "JNIM", "farc": "FARC", "eln": "ELN", "ira": "IRA", "eta": "ETA",
    "lashkar-e-taiba": "Lashkar-e-Taiba", "let": "Lashkar-e-Taiba",
    "jaish-e-mohammed": "Jaish-e-Mohammed", "jem": "Jaish-e-Mohammed",
    "islamic jihad": "Islamic Jihad", "palestinian islamic jihad": "Islamic Jihad",
    "m23": "M23", "adf": "ADF", "allied democratic forces": "ADF",
    # groups of the older incident summaries, under their own-language names too
    "shining path": "Shining Path", "sendero luminoso": "Shining Path",
    "sendero luminoso (shining path)": "Shining Path",
    "tamil tigers": "LTTE", "ltte": "LTTE", "liberation tigers of tamil eelam": "LTTE",
    "abu sayyaf": "Abu Sayyaf", "abu sayyaf group": "Abu Sayyaf",
    "new people's army": "New People's Army", "npa": "New People's Army",
    "lord's resistance army": "Lord's Resistance Army", "lra": "Lord's Resistance Army",
}
# The known groups' own names, folded: a claimant that is one of them is an armed group.
KNOWN_GROUP_NAMES = frozenset(name.lower() for name in GROUP_ALIASES.values())

# Words that make a speaker an official or an agency rather than a witness or a relative.
OFFICIAL_WORDS = frozenset({
    "police", "sheriff", "sheriff's", "officer", "officers", "official", "officials",
    "authorities", "ministry", "minister", "department", "spokesman", "spokeswoman",
    "spokesperson", "chief", "lt.", "lieutenant", "sgt.", "sergeant", "capt.", "captain",
    "det.", "detective", "deputy", "deputies", "governor", "gov.", "mayor", "president",
    "army", "military", "coroner", "examiner", "prosecutor", "prosecutors", "attorney",
    "fbi", "atf", "agency", "office", "government", "commander", "gen.", "general",
    "troopers", "trooper", "patrol", "investigators", "council", "secretary", "embassy",
    "ambassador", "un", "u.n.", "nato", "pentagon", "kremlin", "interior", "defense",
    "defence", "health", "sources", "marshal", "marshals", "dispatcher", "spokesmen",
})

# Subjects that are not actors: "No group has claimed responsibility".
NON_ACTORS = frozenset({
    "no", "no one", "nobody", "none", "no group", "no organization", "it", "they", "he",
    "she", "who", "which", "that", "this", "there", "police", "authorities", "officials",
})

# Subjects that point back to a group named before: "It said it carried out the attack".
ANAPHORS = frozenset({
    "it", "they", "group", "militants", "organization", "organisation", "movement",
    "insurgents", "rebels", "fighters", "jihadists", "militia", "outfit",
    # a group taken up by the kind of unit it is: "the unit", "the brigade", "the faction"
    "unit", "brigade", "battalion", "faction", "cell",
    # in the plural, as a group named "<X> Brigades" or "<X> Partisans" is taken up
    "brigades", "battalions", "partisans", "guerrillas",
})

# An organization's kind noun that takes up a group named before only when that group's name
# holds it: "blamed the Tarsi Front ... The front rejected the accusation", "a spokesman for the
# alliance" after "the Alliance for Northern Change" (not "army", "party" or "council", which
# as often name a state's army or a town's council).
KIND_ANAPHORS = frozenset({
    "front", "alliance", "coalition", "brotherhood", "legion", "cartel", "syndicate", "network",
    "collective", "column", "vanguard", "league", "commando", "commandos"})

# Conflict notes' abbreviations of groups, which are common words in lower case ("AS claimed
# 9 killed" is al-Shabaab's claim; "as" is no group): known only as written, in capitals.
NOTE_ABBREVIATIONS = {"AS": "al-Shabaab", "BH": "Boko Haram"}

# First words of things blamed that are not perpetrators: "blamed Monday's storm".
NOT_PERPETRATORS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "hurricane", "storm", "tropical", "typhoon", "cyclone", "tornado",
    "covid", "covid-19", "coronavirus",
})
# The same, but common words that also open a group's capitalized name ("blamed bad weather",
# "the Weather Underground claimed the bombing"): not perpetrators only in lower case.
NOT_PERPETRATOR_WORDS = frozenset({
    "weather", "heavy", "high", "low", "poor", "bad", "faulty", "human", "mechanical",
    "technical", "climate", "global",
})


def not_a_perpetrator(name: str) -> bool:
    """"Monday's storm", "Hurricane Ida", "bad weather": what was blamed is no one."""
    words = name.split()
    if not words:
        return False
    first = words[0].rstrip("'’s")
    return first.lower() in NOT_PERPETRATORS or first in NOT_PERPETRATOR_WORDS

# The nouns that name an incident's attackers: whose group "the gunmen were members of X" and
# "the attackers belonged to X" tell.
ATTACKER_NOUNS = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militant",
    "militants", "insurgent", "insurgents", "kidnappers", "abductors", "hijackers", "bomber",
    "bombers", "killer", "killers", "shooter", "shooters", "raiders", "perpetrator",
    "perpetrators", "suspect", "suspects", "men", "man", "bandits", "fighters", "sniper",
    "snipers",
})

# Generic roles of attackers, reported as actors when no name is given (each an
# `ATTACKER_NOUNS` word, or one with its kind: "suicide bomber").
ATTACKER_ROLES = (
    "gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant",
    "assailants", "suicide bomber", "bomber", "sniper", "militants", "insurgents",
)


# --------------------------------------------------------------------------- parse readers
# The words the readers of a claim sentence's parse share (claims_structure.py and the modules it
# dispatches to): verbs of claiming, denying, blaming, saying and believing, and the acts claimed.

# The acts one admits to ("admitted kidnapping", "acknowledged carrying out the raid"): stems of
# the gerund, for the claim-sentence filter and for the reading of an admission.
ADMITTED_ACT_STEMS = (r"kidnap|abduct|kill|murder|assassinat|attack|bomb|carr|plant|detonat"
                      r"|shoot|ambush|execut|stag|launch|torch|burn|hijack|fir")


def _forms(lemma: str, past: str | None = None, participle: str | None = None) -> set[str]:
    """A verb's forms: "say" -> say, says, saying, said ("said" given); regular ones by rule
    ("announce" -> announces, announcing, announced; "admit" -> admitting, admitted: a short
    final syllable doubles its consonant)."""
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if lemma in _DOUBLING:
        stem = lemma + lemma[-1]
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    regular = lemma + "d" if lemma.endswith("e") else stem + "ed"
    return {lemma, third, stem + "ing", past or regular, participle or past or regular}


_DOUBLING = frozenset({"admit", "brag", "submit", "commit", "regret", "rebut"})


CLAIM_VERBS = frozenset({"claim", "claimed", "claims", "claiming"})
TAKE_VERBS = frozenset({"take", "took", "taken", "takes", "taking", "accept", "accepted",
                        "accepts", "accepting", "assume", "assumed", "assumes", "assuming",
                        "bear", "bore", "bearing", "admit", "admitted", "admits", "admitting",
                        "acknowledge", "acknowledged", "acknowledges", "acknowledging",
                        # translated from Arabic ("tabanna"): "<X> adopted the bombing"
                        "adopt", "adopted", "adopts", "adopting",
                        # "undertook the responsibility of the attack" (agency English)
                        "undertake", "undertook", "undertaken", "undertakes", "undertaking",
                        # South Asian English: "no outfit has owned responsibility" (and with
                        # its particle, "owned up to the ambush": claims_own_word)
                        "own", "owned", "owns", "owning",
                        # Russian and Balkan agency English ("priznala"): "<X> recognized its
                        # authorship of the explosion"
                        "recognize", "recognized", "recognizes", "recognizing", "recognise",
                        "recognised", "recognises", "recognising"})
# (and the author's part in an act, as Romance, Greek and Persian agency English calls a
# claim: "assumed the paternity of the bombing", "took on the authorship of the sabotage")
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit", "authorship", "paternity"})
# Announcing one's responsibility claims it: "<X> announced (declared) its responsibility for".
ANNOUNCE_VERBS = frozenset({"announced", "announces", "announce", "declared", "declares",
                            "proclaimed", "proclaims"})
# (dismissing only an accusation: "dismissed the accusation", "a charge <X> dismissed"; a
# judge dismisses charges, which is no denial)
DISMISS_VERBS = frozenset({"dismissed", "dismisses", "dismiss", "dismissing"})
# (the whole class of verbs of denial: "rebutted (refuted, disputed, contested) the claim")
DENY_VERBS = frozenset({"deny", "denied", "denies", "denying", "rejected", "rejects",
                        "reject", "rejecting"}) | DISMISS_VERBS | frozenset().union(
    *(_forms(verb) for verb in ("rebut", "refute", "dispute", "contest", "disclaim")))
BLAME_VERBS = frozenset({"blame", "blamed", "blames", "blaming"})
ACCUSE_VERBS = frozenset({"accuse", "accused", "accuses", "accusing"})
ATTRIBUTE_VERBS = frozenset({"attribute", "attributed", "attributes", "attributing", "ascribe",
                             "ascribed", "ascribes", "ascribing", "imputed", "impute"})
SUSPECT_VERBS = frozenset({"suspect", "suspected", "suspects", "believe", "believed",
                           "believes", "think", "thought", "thinks", "suggest", "suggested",
                           "suggests", "fear", "feared", "allege", "alleged", "alleges",
                           "hinted", "hints", "implied", "implies", "indicated", "accused",
                           "speculated", "presume", "presumed"}) | frozenset().union(*(
    # the rest of the verbs of belief and conjecture: "analysts assess that <X> was behind it"
    _forms(verb) for verb in ("assess", "assume", "reckon", "suppose", "surmise", "theorize",
                              "theorise", "hypothesize", "hypothesise", "conjecture", "infer",
                              "posit", "postulate", "speculate", "presume", "suspect")))


# What a court, an inquiry or an assessment finds it asserts, as one says it: "the court found
# (ruled, concluded, determined, established) that <X> was responsible".
# (finite forms only: "to find the SUV involved", "trying to determine if" tell no finding)
FINDING_VERBS = frozenset({"found", "finds", "concluded", "concludes", "ruled", "rules",
                           "determined", "determines", "established", "establishes"})
# Verbs of saying and asserting, the whole class and every form of each (a group "says",
# "said", is "saying", "wrote", a statement "reads"): what a group or an official tells in the
# clause they govern ("a statement saying its fighters had struck" is as much the group's word
# as "said"; session 24 had listed forms, and "saying" and "say" were missing).
SAY_VERBS = frozenset().union(*(_forms(*verb) for verb in (
    ("say", "said"), ("tell", "told"), ("write", "wrote", "written"), ("read", "read"),
    ("state",), ("announce",), ("insist",), ("confirm",), ("add",), ("declare",), ("report",),
    ("assert",), ("affirm",), ("maintain",), ("stress",), ("explain",), ("reveal",),
    ("disclose",), ("proclaim",), ("note",), ("recount",), ("reiterate",),
    ("repeat",), ("contend",), ("argue",), ("mention",), ("comment",), ("remark",),
    ("boast",), ("brag",), ("tweet",), ("warn",), ("emphasize",), ("emphasise",),
    ("indicate",), ("acknowledge",), ("admit",), ("confess",),
    # an accusation made as an assertion: "the opposition charged that <X> had planted it"
    ("charge",)))) | FINDING_VERBS
# Verbs of inquiry, whose "whether" clause names a line investigators follow: "detectives were
# examining whether <X> was responsible" suspects <X> (a question "asked whether" does not).
INQUIRY_VERBS = frozenset().union(*(_forms(verb) for verb in (
    "examine", "investigate", "probe", "check", "verify", "establish", "determine", "assess",
    "study", "explore", "review", "scrutinize", "scrutinise", "weigh", "consider", "test",
    "look", "try", "seek", "work")))
QUESTION_VERBS = frozenset({"asked", "ask", "asks", "wondered", "questioned", "doubted",
                            "investigating", "investigate", "probing", "unclear"})
RESPONSIBLE_WORDS = frozenset({"responsible", "behind", "involved", "culpable", "accountable",
                               "liable", "answerable"})
# A part in the act one is suspected or investigated for: "suspect the hand of <X> in the blast",
# "examining the role of <X>", "have not ruled out the involvement of <X>".
PART_NOUNS = frozenset({"hand", "role", "involvement", "complicity"})

# Hedges that make a reading a suspicion: "suspected <X> insurgents", "<X> was likely
# responsible", "<X> may have been behind it"; a threat is no claim ("will hold <X> responsible").
HEDGES = frozenset({"suspected", "alleged", "presumed", "purported", "believed"})
HEDGE_ADVERBS = frozenset({"allegedly", "reportedly", "possibly", "probably", "likely",
                           "apparently", "presumably", "purportedly", "suspected"})
MODALS = frozenset({"may", "might", "could", "must"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})

ATTACK_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "killing",
                          "killings", "assault", "ambush", "shooting", "explosion", "massacre",
                          "kidnapping", "raid", "strike", "strikes", "assassination", "it",
                          "arson",
                          # the act named by other nouns and plurals, as incident summaries
                          # give it: "claimed the siege", "one of the blasts", "claimed the
                          # takeover", "distanced itself from the torching of trucks"
                          "blasts", "explosions", "ambushes", "raids", "assaults", "siege",
                          "takeover", "seizure", "hijacking", "hijackings", "kidnappings",
                          "abduction", "abductions", "assassinations", "shootings",
                          "firebombing", "firebombings", "torching", "burning", "bombardment",
                          "massacres", "murders", "beheading", "beheadings", "sabotage"})
# What a group is said to be responsible for or behind: an attack, not "security" or "a wall".
ATTRIBUTED_ACTS = ATTACK_NOUNS - {"it"} | frozenset({
    # the weapon's launch: "held <X> accountable for the launch (the rockets)"
    "launch", "launches", "rocket", "rockets", "missile", "missiles", "mortars", "grenade",
    "grenades",
    "incident", "incidents", "bomb", "bombs", "death", "deaths", "murder", "murders",
    "abduction", "abductions", "hijacking", "violence", "attempt", "plot", "firing", "shelling",
    "looting", "sabotage",
    # shooting as a mass noun: "held <X> responsible for the rocket fire", "gunfire by <X>"
    "fire", "gunfire",
    # the act named by what the accuser calls it: "holds <X> responsible for this atrocity"
    "atrocity", "atrocities", "aggression",
    # the act named by what it did to its target: "the destruction of the pylon was the work of"
    "destruction", "sinking", "downing", "derailment", "demolition", "poisoning", "burning",
    "detonation", "detonations",
    # crimes with their authors: "the robberies are linked to a campaign by <X>"
    "robbery", "robberies", "heist", "heists", "carjacking", "carjackings", "extortion",
    "arsons"})
# Words that set the claimed act apart from the report's own: "claimed a similar bombing in
# 2019", "had claimed an earlier attack on the shrine".
OTHER_OCCASION_WORDS = frozenset({"similar", "previous", "earlier", "past", "prior",
                                  "another", "separate", "unrelated", "different", "former",
                                  "other", "older", "comparable",
                                  # acts of the kind, not this one: "claimed several such attacks"
                                  "such"})
# Adverbs of a habit: "routinely blew up pylons", "frequently claims attacks", "has often been
# blamed": what a group does again and again, not the act the report tells.
HABIT_ADVERBS = frozenset({"routinely", "frequently", "often", "regularly", "repeatedly",
                           "usually", "typically", "commonly", "habitually", "periodically",
                           "sometimes", "occasionally", "generally", "customarily",
                           "invariably", "constantly", "continually", "perennially"})
# The periods of a habit after "in" or "over": "has in the past claimed its attacks", "has
# claimed such raids over the years".
HABIT_PERIODS = frozenset({"past", "years", "decades"})
CARRIED_OUT_VERBS = frozenset({"carried", "conducted", "staged", "launched", "perpetrated",
                               "attacked", "bombed", "executed", "orchestrated", "mounted"})
# What a group says its own fighters did ("said its fighters fired the rockets"); said of
# someone else these name a shooter, not a claim.
OWN_ACT_VERBS = CARRIED_OUT_VERBS | frozenset({
    "overran", "overrun", "captured", "seized", "struck", "stormed", "raided", "shelled",
    "torched", "blew", "blown", "destroyed", "fired", "detonated", "ambushed", "killed", "shot",
    "kidnapped", "abducted", "assassinated", "beheaded", "targeted", "downed",
    # the rest of the class of violent acts, in the past
    "sank", "sunk", "torpedoed", "rammed", "bombarded", "mined", "knifed", "stabbed", "hacked",
    "slaughtered", "massacred", "murdered", "lynched", "burned", "burnt", "razed", "demolished",
    "wrecked", "sabotaged", "derailed", "hijacked", "ransacked", "looted", "pillaged",
    "besieged", "poisoned", "strangled", "maimed", "mutilated", "tortured", "snatched",
    "machine-gunned", "gunned", "pelted", "firebombed", "rocketed", "mortared", "strafed",
    "liquidated", "eliminated", "neutralised", "neutralized", "slew", "slain", "assaulted",
    "invaded", "sniped", "crippled", "punished"})
# Verbs that tell no violent act, the classes a group's statement also holds (saying, judging,
# feeling, wanting, organizing, having, defending, moving, helping): in "<X> said its fighters
# <verb> <object>" any other verb in the past is the group's own act ("sabotaged the wellheads",
# "punished a convoy", "executed the traitor", "took the lives of six soldiers"), an open set
# no list of attack verbs covers (`told_own_act`).
NOT_ACT_VERBS = frozenset({
    # saying, judging, feeling
    "said", "told", "stated", "announced", "declared", "claimed", "denied", "rejected",
    "confirmed", "reported", "added", "insisted", "warned", "threatened", "vowed", "pledged",
    "promised", "urged", "called", "asked", "demanded", "appealed", "invited", "requested",
    "offered", "proposed", "suggested", "explained", "noted", "stressed", "reiterated",
    "repeated", "replied", "responded", "answered", "commented", "published", "posted", "issued",
    "circulated", "broadcast", "wrote", "written", "read", "tweeted", "shared", "showed", "shown",
    "filmed", "recorded", "named", "identified", "described", "mentioned", "admitted",
    "acknowledged", "asserted", "argued", "accused", "blamed", "condemned", "criticized",
    "criticised", "denounced", "welcomed", "praised", "hailed", "celebrated", "congratulated",
    "thanked", "mourned", "regretted", "apologized", "apologised", "supported", "backed",
    "endorsed", "opposed", "accepted", "agreed", "refused", "respected", "observed",
    "recognized", "recognised", "honoured", "honored", "informed", "notified", "contacted",
    # knowing, wanting, deciding
    "knew", "known", "thought", "believed", "considered", "regarded", "saw", "seen", "felt",
    "hoped", "wished", "wanted", "needed", "expected", "intended", "planned", "decided", "chose",
    "chosen", "preferred", "learned", "learnt", "understood", "forgot", "remembered", "feared",
    "doubted", "tried", "sought", "managed", "failed", "allowed", "let",
    # having, organizing, negotiating
    "had", "kept", "remained", "stayed", "continued", "began", "begun", "started", "stopped",
    "ended", "halted", "suspended", "resumed", "ceased", "finished", "completed", "formed",
    "founded", "established", "created", "appointed", "elected", "joined", "quit", "merged",
    "negotiated", "talked", "met", "discussed", "signed", "organized", "organised", "prepared",
    "trained", "recruited", "gathered", "mobilized", "mobilised", "deployed", "received", "got",
    "gotten", "obtained", "lost", "gained", "won", "paid", "owed", "suffered", "buried",
    "investigated", "examined", "checked", "verified", "probed", "studied", "reviewed",
    "monitored", "used", "did", "done", "made", "was", "were", "been", "became", "become",
    "seemed", "appeared", "played",
    # defending, withdrawing, helping, moving
    "repelled", "repulsed", "defended", "resisted", "foiled", "thwarted", "withdrew",
    "withdrawn", "retreated", "evacuated", "fled", "surrendered", "helped", "assisted",
    "provided", "gave", "given", "supplied", "distributed", "delivered", "protected", "rescued",
    "saved", "freed", "released", "went", "gone", "came", "arrived", "returned", "moved",
    "travelled", "traveled", "sent", "spent", "taught", "treated", "fed", "housed", "sheltered",
    # putting down an uprising: a state's "it had put down (quelled) the revolt"
    "put", "quelled", "suppressed", "contained", "crushed", "calmed", "pacified",
    # taking back or refusing: "said the group had retracted its claim"
    "retracted", "rescinded", "recanted", "disowned", "disavowed", "repudiated", "distanced",
    "dismissed", "disputed", "contested", "questioned",
    # perceiving: "We heard a noise like thunder," a resident said
    "heard", "watched", "noticed", "smelled", "smelt", "witnessed", "found", "discovered",
    # policing and after the act (a police force's own "it"): arresting, searching, clearing
    "arrested", "detained", "apprehended", "caught", "charged", "convicted", "sentenced",
    "jailed", "imprisoned", "interrogated", "searched", "recovered", "impounded",
    "tracked", "located", "deported", "extradited", "fined", "summoned", "cordoned", "sealed",
    "secured", "patrolled", "restored", "reopened", "repaired", "rebuilt", "cleared", "demined",
    "defused", "dismantled", "intercepted", "confiscated",
    # peaceful collective action: "its volunteers painted the footbridge", "its members had
    # blocked the port gates" (a protest, not an attack)
    "painted", "cleaned", "built", "constructed", "collected", "raised", "donated", "marched",
    "walked", "rallied", "protested", "demonstrated", "picketed", "petitioned", "blocked",
    "boycotted", "voted", "campaigned", "lobbied", "sued", "filed", "hosted", "staffed",
    "opened", "closed", "launched", "visited", "toured", "greeted",
})
# What a group holds when it tells of captives it holds ("said it was holding the hostages"):
# the abduction is its act.
CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners",
                           "pair", "trio", "them", "him", "her"})

# Verbs of putting a weapon in place or throwing it ("its fighters placed the bomb", "his men
# had laid the mines", "suspected members of <X> hurled a grenade"): an act only with a weapon
# for their object ("placed an order", "laid a wreath", "planted trees" are none).
# Verbs of placing, moving or preparing a thing, an act only with a weapon for its object ("sent
# the truck bomb", "had assembled the suicide vests", "a mine attached by divers").
PLACING_VERBS = frozenset({"planted", "placed", "laid", "left", "hurled", "threw", "thrown",
                           "lobbed", "rigged", "sent", "delivered", "drove", "driven", "smuggled",
                           "parked", "hid", "hidden", "concealed", "strapped", "fitted", "packed",
                           "assembled", "attached", "primed", "positioned", "buried", "installed",
                           "stashed", "dropped", "fixed", "built", "loaded", "wired", "mailed",
                           "shipped", "couriered"})
WEAPON_NOUNS = frozenset({
    "bomb", "bombs", "explosive", "explosives", "device", "devices", "mine", "mines",
    "landmine", "landmines", "ied", "ieds", "charge", "charges", "grenade", "grenades",
    "dynamite", "ambush", "ambushes", "booby", "trap", "traps", "cocktail", "cocktails",
    "firebomb", "firebombs", "incendiary", "incendiaries", "petrol", "gasoline", "rocket",
    "rockets"})
# What an attack is done with, as the thing launched, fired, planted or thrown: "the drones that
# struck the airport were launched by <X>", "the device was planted by members of <X>" (a
# weapon's by-agent is the attack's doer, as an attack noun's is).
ARMS_NOUNS = WEAPON_NOUNS | frozenset({
    "drone", "drones", "missile", "missiles", "shell", "shells", "mortar", "mortars", "bullet",
    "bullets", "projectile", "projectiles", "munition", "munitions", "warhead", "warheads",
    "vest", "vests", "barrage", "barrages", "salvo", "salvos", "volley", "volleys", "torpedo",
    "torpedoes", "artillery", "car-bomb", "letter-bomb", "parcel-bomb"})
# Nouns of belief and conjecture: an act told in their clause is believed, not asserted ("the
# theory that members of <X> set the fire", "the assumption that <X> was behind it").
BELIEF_NOUNS = frozenset({
    "theory", "theories", "assumption", "assumptions", "hypothesis", "hypotheses", "belief",
    "beliefs", "suspicion", "suspicions", "premise", "presumption", "supposition", "conjecture",
    "speculation", "hunch", "guess", "possibility", "likelihood", "impression", "suggestion",
    "notion", "idea", "view"})
# Who speaks for a group: "a spokesman for <X> claimed", "<X>'s spokesman said it carried out".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
# What a group claims through: "a statement signed by <X>", "<X> posters", "a video <X>
# released claiming responsibility", "a leaflet from <X>".
MEDIA_NOUNS = frozenset({"statement", "statements", "video", "videos", "letter", "letters",
                         "leaflet", "leaflets", "note", "notes", "poster", "posters",
                         "literature", "message", "messages", "communique", "communiqué",
                         "website", "websites", "post", "posting", "recording", "audio",
                         "pamphlet", "pamphlets", "banner", "banners", "flyer", "flyers", "call",
                         "email", "e-mail", "tweet", "announcement", "graffiti", "handbill",
                         "handbills", "channel", "channels", "account", "accounts"})

# Heads of phrases that name no one: "gunmen", "the group", "a splinter faction".
GENERIC_HEADS = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militant",
    "militants", "insurgent", "insurgents", "rebel", "rebels", "men", "man", "group", "groups",
    "terrorists", "terrorist", "bandits", "suspects", "suspect", "people", "person", "fighters",
    "perpetrators", "individuals", "elements", "youths", "members", "unknown", "someone",
    "kidnappers", "abductors", "hijackers", "bombers", "killers", "shooters", "raiders",
    "offshoot", "faction", "splinter", "branch", "wing", "cell", "outfit",
    "guerrillas", "guerillas", "cadres", "militiamen", "jihadists", "combatants", "operatives",
    # kinds of group a name is given to: "a gang known as <X>", "a militia called <X>"
    "gang", "gangs", "militia", "militias", "crew",
})
# An actor made only of these words is no one named: "unknown gunmen", "two armed men".
GENERIC_ACTOR_WORDS = frozenset({"unknown", "unidentified", "armed", "suspected", "masked",
                                 "alleged", "some", "several", "two", "three",
                                 "heavily"}) | GENERIC_HEADS
# A state's covert hands, whose act an accuser tells ("Moscow said Ukrainian saboteurs had blown
# up the lines"); an army's or a police's act is an operation, not an accusation.
COVERT_AGENTS = frozenset({"agents", "operatives", "spies", "intelligence", "commandos",
                           "saboteurs", "infiltrators", "mercenaries", "proxies",
                           # a state's secret agencies: "the Ukrainian special services",
                           # "the Iranian intelligence agency", "Rwandan security service"
                           "services", "service", "agency", "agencies"})
# A state's armed forces, named by the nation's adjective: "Russian forces", "the Congolese army".
STATE_FORCES = frozenset({"forces", "troops", "army", "military", "soldiers", "navy", "police",
                          "warplanes", "jets", "aircraft", "drones", "artillery", "gunboats",
                          # the rest of a state's armed bodies: "the Ukrainian armed
                          # formations", "Azerbaijani units", "the Syrian regime"
                          "formations", "units", "regime",
                          # a state's secret hands: "South African agents were suspected"
                          *COVERT_AGENTS})
# Who a group's members are called: "members of <X>", "rebels of <X>", "<X> guerrillas".
MEMBER_NOUNS = frozenset({"members", "member", "fighters", "guerrillas", "guerillas",
                          "militants", "rebels", "insurgents", "cadres", "militiamen",
                          "elements", "jihadists", "combatants", "operatives", "commandos",
                          "loyalists", "gunmen", "cell", "cells", "unit", "units",
                          # as an accuser calls them: "the terrorists of <X> attacked"
                          "terrorists",
                          # named by their tie: "dissidents of <X>", "followers of <X>"
                          "dissidents", "followers", "supporters", "bandits", "factions",
                          "faction", "remnants", "wing", "offshoot", "splinter"})
# What ties people to their group: "a cell linked to <X>", "fighters loyal to <X>", "cadres
# suspected to belong to <X>", "gunmen affiliated with <X>".
TIE_WORDS = frozenset({"linked", "tied", "connected", "affiliated", "allied", "loyal",
                       "belonging", "attached", "suspected", "believed", "thought"})
