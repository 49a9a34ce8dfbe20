"""Event type: how often the extractor's type falls in the family the coders gave, per source.

- ACLED notes (`acled/`, two eras) and ACLED Africa notes (`acled_africa/`): the coder's event
  type, its older names read as the modern families ("Riots/Protests" is either, "Battle-..."
  is Battles, "Remote violence" is Explosions/Remote violence); the system's type and the
  attack's target (`Extraction.target`: an attack on armed people is a battle) through
  `extract.event_type.coarse_acled_class`.
- GTD world summaries (`gtd/`): the attack type, with the system types each admits (an
  assassination may be a shooting or a bombing); rows of unknown attack type are left out.
- GVA articles (`gva/`): every incident is a shooting, so the share typed as a shooting or a
  mass-casualty attack.

The baseline is the first keyword of a fixed list found in the text (protest, riot, explosion,
shelling, abduction, clash, shooting, attack, arrest): a rule a coder writes in a minute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from storyline.evaluate.datasets import dataset_path, load_articles, read_jsonl
from storyline.evaluate.result import EvalResult, Figure
from storyline.extract import extract_facts
from storyline.extract.event_type import classify_event_type, coarse_acled_class
from storyline.records import Article

__all__ = ["keyword_event_type", "run_types"]

_ACLED_FAMILIES: Mapping[str, frozenset[str]] = {
    "Riots/Protests": frozenset({"Protests", "Riots"}),
    "Remote violence": frozenset({"Explosions/Remote violence"}),
    "Strategic development": frozenset({"Strategic developments"}),
    "Non-violent transfer of territory": frozenset({"Strategic developments"}),
    "Headquarters or base established": frozenset({"Strategic developments"}),
}
_ATTACKS = frozenset({"shooting", "mass_casualty_attack", "attack_on_civilians", "armed_clash"})
_GTD_TYPES: Mapping[str, frozenset[str]] = {
    "Bombing/Explosion": frozenset({"bombing", "airstrike_shelling"}),
    "Armed Assault": _ATTACKS,
    "Assassination": frozenset({"shooting", "attack_on_civilians", "bombing",
                                "mass_casualty_attack"}),
    "Hostage Taking (Kidnapping)": frozenset({"abduction"}),
    "Hostage Taking (Barricade Incident)": frozenset({"abduction", "mass_casualty_attack"}),
    "Hijacking": frozenset({"abduction"}),
    "Facility/Infrastructure Attack": frozenset({"fire", "bombing", "riot"}),
    "Unarmed Assault": frozenset({"attack_on_civilians", "abduction"}),
}
_SHOOTING_FAMILY = frozenset({"shooting", "mass_casualty_attack"})
_KEYWORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), event_type) for pattern, event_type in (
        (r"\b(?:protest|demonstrat|rall(?:y|ied)|march)", "protest"),
        (r"\b(?:riot|mob\b|loot)", "riot"),
        (r"\b(?:bomb|explo|IED|grenade|blast)", "bombing"),
        (r"\b(?:air\s?strike|shell|mortar|drone)", "airstrike_shelling"),
        (r"\b(?:kidnap|abduct|hostage)", "abduction"),
        (r"\b(?:clash|fight|battle)", "armed_clash"),
        (r"\b(?:shot|shoot|gun|fired)", "shooting"),
        (r"\b(?:attack|kill|stab|hack|machete)", "attack_on_civilians"),
        (r"\b(?:arrest|detain)", "arrest_raid"),
    ))


def keyword_event_type(text: str, title: str | None = None) -> str:
    """The baseline: the type of the first keyword of the fixed list that the text names."""
    whole = f"{title or ''}\n{text}"
    return next((event_type for keyword, event_type in _KEYWORDS if keyword.search(whole)),
                "other")


def _acled_gold(event_type: str) -> frozenset[str]:
    if event_type.startswith("Battle"):
        return frozenset({"Battles"})
    return _ACLED_FAMILIES.get(event_type, frozenset({event_type}))


Classifier = Callable[[Article], str]
# (event type, whom the attack was against): the ACLED family depends on both.
TargetClassifier = Callable[[Article], tuple[str, str | None]]


def _system(article: Article) -> str:
    return classify_event_type(article.text, article.title).event_type


def _system_with_target(article: Article) -> tuple[str, str | None]:
    extraction = extract_facts(article)
    return extraction.event_type, extraction.target


def _baseline(article: Article) -> str:
    return keyword_event_type(article.text, article.title)


def _baseline_with_target(article: Article) -> tuple[str, str | None]:
    return _baseline(article), None


def _acled_figures(name: str, articles: list[Article], gold: Mapping[str, str],
                   classify: TargetClassifier) -> dict[str, Figure]:
    scored = [(classify(a), gold[a.id]) for a in articles if a.id in gold]
    right = sum(coarse_acled_class(*guess) in _acled_gold(coded) for guess, coded in scored)
    return {f"{name}.n": len(scored), f"{name}.family_accuracy": _share(right, len(scored)),
            f"{name}.other": _share(sum(g == "other" for (g, _), _ in scored), len(scored))}


def _gtd_figures(articles: list[Article], gold: Mapping[str, str],
                 classify: Classifier) -> dict[str, Figure]:
    scored = [(classify(a), gold[a.id]) for a in articles if gold.get(a.id) in _GTD_TYPES]
    right = sum(guess in _GTD_TYPES[coded] for guess, coded in scored)
    return {"gtd.n": len(scored), "gtd.attack_type_accuracy": _share(right, len(scored)),
            "gtd.other": _share(sum(g == "other" for g, _ in scored), len(scored))}


def _gva_figures(articles: list[Article], classify: Classifier) -> dict[str, Figure]:
    guesses = [classify(a) for a in articles]
    return {"gva.n": len(guesses),
            "gva.shooting_family": _share(sum(g in _SHOOTING_FAMILY for g in guesses),
                                          len(guesses)),
            "gva.other": _share(sum(g == "other" for g in guesses), len(guesses))}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def run_types(data_dir: Path, *, limit: int | None = None) -> EvalResult:
    """Type agreement of the system and of the keyword baseline on every dev source with coded
    types; `limit` takes the first N articles of each source in publication order."""
    acled = {name: (load_articles(dataset_path(data_dir, name, "articles.jsonl"), limit),
                    {str(r["id"]): str(r["event_type"])
                     for r in read_jsonl(dataset_path(data_dir, name, "acled.jsonl"))})
             for name in ("acled", "acled_africa")}
    gtd_articles = load_articles(dataset_path(data_dir, "gtd", "articles.jsonl"), limit)
    gtd_gold = {str(r["id"]): str(r["attacktype"])
                for r in read_jsonl(dataset_path(data_dir, "gtd", "gtd.jsonl"))}
    gva_articles = load_articles(dataset_path(data_dir, "gva", "articles.jsonl"), limit)

    def figures(classify: Classifier, with_target: TargetClassifier) -> dict[str, Figure]:
        found: dict[str, Figure] = {}
        for name, (articles, gold) in acled.items():
            found.update(_acled_figures(name, articles, gold, with_target))
        found.update(_gtd_figures(gtd_articles, gtd_gold, classify))
        found.update(_gva_figures(gva_articles, classify))
        return found

    return EvalResult(
        kind="types",
        dataset="acled, acled_africa, gtd, gva",
        system=figures(_system, _system_with_target),
        baseline=figures(_baseline, _baseline_with_target),
        baseline_name="first keyword",
        params={"limit": limit},
        notes=("family_accuracy: the type's ACLED family is the coder's; attack_type_accuracy:"
               " a type the GTD attack type admits; shooting_family: GVA articles typed a"
               " shooting or a mass-casualty attack; other: share typed 'other'",),
    )
