"""A report that sets its own incident days after another one is not that other incident
(session 28, #15; roles.recalls_earlier, compat.recall_contradiction, `recall_veto`): "The
strike came a week after guided bombs killed three workers at a factory in the city" recalls
an earlier incident of the same city; against an event whose sure days are all two or more
days before the report's own, it is another incident. A follow-up (an arrest, a funeral: no
incident family) and a report of the same day are not held apart.
Every text and place is made up for these tests, with towns and wordings the session's probes do
not use."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import recall_contradiction
from storyline.cluster.roles import recalls_earlier

SETTINGS = ClusterSettings()
DAY = 739_000


def test_a_counted_span_after_another_incident_is_a_recall() -> None:
    for lead in [
        # the probe's construction: "came <span> after" with a bare plural
        "The strike came a week after guided bombs killed three workers at a plant in the city.",
        # a relative clause, another verb, a number of days
        "The ambush, which came nine days after militants shelled the market, left three dead.",
        # a participle, a number
        "The killing, coming just two weeks after 11 people died in a bus depot bombing, "
        "shocked the town.",
        # set off by a comma at the end of the report's sentence
        "Gunmen shot a trader in Ostrava on Friday, five days after a grenade hit a cafe nearby.",
        "A mortar hit a school on Monday, several days after shells struck the same quarter.",
        # fronted
        "Eight days after a car bomb tore through the bazaar, a sniper killed a guard there.",
        "Barely a week after two people died in a bar shooting, police found a body in the park.",
        "The blast comes 10 days after an attack on a checkpoint on the northern road.",
    ]:
        assert recalls_earlier(lead.lower()), lead
    for lead in [
        # hours: one night's incidents (the date tests' business)
        "The fire came hours after a man was shot in a family dispute.",
        # "the day after": a date, not a counted span; "a day after": the next day's report
        "A bomb exploded on Monday, the day after Easter, killing four.",
        "Police spoke on Sunday, one day after a shooting spree left five dead.",
        # a span without "after", a span of the report's own timeline
        "Two weeks ago gunmen attacked the same post, police said.",
        "He died in hospital two days later, his family said.",
        # "after" with no span, or a span before another word
        "Police arrived after a neighbour called, and found two men shot.",
        "Five days of mourning were declared after the attack.",
        "The bridge reopened three weeks before the blast.",
        "Troops left the town a week ago after a truce.",
        # the report's own incident or people taken up again: a follow-up
        "A woman died on Saturday, a week after she was wounded in a drive-by shooting.",
        "The boy is recovering, two days after he was hit by a stray bullet.",
        "Police made an arrest on Friday, three days after the shooting at the mall.",
    ]:
        assert not recalls_earlier(lead.lower()), lead


def test_a_recall_holds_the_report_apart_from_an_earlier_event() -> None:
    earlier = Counter({DAY - 7: 2})
    # the report's incident a week after the event's: another incident
    assert recall_contradiction(True, DAY, "attack", earlier, SETTINGS) is not None
    assert recall_contradiction(True, DAY, "fire", Counter({DAY - 3: 1}), SETTINGS) is not None
    # no recall in the lead: the dates alone decide (`date_veto_days`)
    assert recall_contradiction(False, DAY, "attack", earlier, SETTINGS) is None
    # the event on the report's own day or the day before: the report may be of it
    assert recall_contradiction(True, DAY, "attack", Counter({DAY - 1: 1}), SETTINGS) is None
    assert recall_contradiction(True, DAY, "attack", Counter({DAY: 1, DAY - 7: 1}),
                                SETTINGS) is None
    # a follow-up (an arrest, a funeral: no incident family) names its incident that way
    assert recall_contradiction(True, DAY, None, earlier, SETTINGS) is None
    # an unsure date of the report, an event without sure days
    assert recall_contradiction(True, None, "attack", earlier, SETTINGS) is None
    assert recall_contradiction(True, DAY, "attack", Counter(), SETTINGS) is None
    # a later event is not the one recalled
    assert recall_contradiction(True, DAY, "attack", Counter({DAY + 7: 1}), SETTINGS) is None
    # the switch
    off = replace(SETTINGS, recall_veto=False)
    assert recall_contradiction(True, DAY, "attack", earlier, off) is None
