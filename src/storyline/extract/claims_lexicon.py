"""Names for the claims extractor: aliases of well-known armed groups, and the words that mark
a speaker as an official or an agency."""

from __future__ import annotations

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
})

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
