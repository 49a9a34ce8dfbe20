"""Invented wire stories and edited copies of them, for the dedup tests and threshold tuning."""

from __future__ import annotations

WIRE = (
    "A passenger train derailed near the town of Kestrel Falls on Thursday morning, injuring at "
    "least 23 people, regional officials said. The train, which was carrying about 240 "
    "passengers from Norbridge to the coast, left the tracks shortly after 8 a.m. on a bend "
    "outside the town. Three carriages overturned and came to rest in a field beside the line. "
    "Emergency crews worked for several hours to free people trapped inside the wreckage. "
    "Five of the injured were in serious condition at the regional hospital, a spokeswoman for "
    "the health service said. The cause of the derailment was not immediately clear. The rail "
    "operator said it was cooperating with investigators and had suspended all services on the "
    "line until further notice. Local residents described hearing a loud crash followed by "
    'screaming. "It sounded like thunder, and then everyone was running towards the field," '
    "said one farmer who helped carry passengers to safety. The line was inspected last month "
    "and no faults were found, according to the transport ministry. The minister is expected "
    "to visit the site on Friday. Buses will replace trains between Norbridge and the coast "
    "for at least a week while the track is repaired."
)

# The same report republished by another outlet: a few words changed, a sentence added.
WIRE_EDITED = (
    WIRE.replace("on Thursday morning", "on Thursday")
    .replace("regional officials said", "officials said")
    .replace("Local residents described", "Residents described")
    + " The operator has set up a telephone line for relatives."
)

# The same report with one updated figure and a sentence dropped.
WIRE_UPDATED_FIGURE = WIRE.replace("at least 23 people", "at least 31 people").replace(
    "The minister is expected to visit the site on Friday. ", ""
)

# Another event of the same kind, told with similar words: must not be a near-duplicate.
OTHER_DERAILMENT = (
    "A freight train derailed near the village of Ashcombe on Sunday night, spilling grain "
    "across the tracks, the rail operator said. Nobody was injured. The train, which was "
    "carrying 30 wagons from the port to the mills, left the tracks shortly after 10 p.m. "
    "Two wagons overturned and came to rest beside the line. The cause of the derailment was "
    "not immediately clear. The operator said it had suspended services on the line until "
    "the track is repaired, which could take several days. Buses will replace passenger "
    "trains between Ashcombe and the city for at least three days."
)
