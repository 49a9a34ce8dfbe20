"""Exact duplicates, revisions and near-duplicates, with plain dicts standing in for the store's
look-ups (the Deduplicator takes callables, so no store is mocked)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash

from helpers_dedup import OTHER_DERAILMENT, WIRE, WIRE_EDITED, WIRE_UPDATED_FIGURE
from storyline.dedup import (
    NUM_PERM,
    SEED,
    DedupCheck,
    Deduplicator,
    is_article_url,
    minhash_signature,
    normalize_for_hash,
    revision_diff,
    shingle_hashes,
    signature_from_bytes,
    signature_to_bytes,
    text_hash,
)
from storyline.records import Article


class MemoryIndex:
    """What the store persists for dedup (text hash, url, signature), in dicts."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, list[str]] = {}
        self.signatures: list[tuple[str, bytes]] = []

    def find_by_hash(self, digest: str) -> str | None:
        return self.by_hash.get(digest)

    def find_by_url(self, url: str) -> list[str]:
        return list(self.by_url.get(url, []))

    def ingest(self, dedup: Deduplicator, article: Article) -> DedupCheck:
        check = dedup.check(article, find_by_hash=self.find_by_hash, find_by_url=self.find_by_url)
        if check.verdict.kind != "exact_duplicate":
            self.by_hash.setdefault(check.text_hash, article.id)
            if article.url:
                self.by_url.setdefault(article.url, []).append(article.id)
            self.signatures.append((article.id, check.signature))
            dedup.add(article.id, check.signature)
        return check


def test_normalized_hash_ignores_case_spacing_and_typography() -> None:
    assert normalize_for_hash("  The \u201cMayor\u201d\u2019s  office\n\n said\u2014no. ") == (
        'the "mayor"\'s office said-no.'
    )
    assert text_hash("Fire in Oakham.") == text_hash("fire  in\nOAKHAM.")
    assert text_hash("Fire in Oakham.") != text_hash("Fire in Oakham!")


def test_signature_matches_datasketch_minhash_with_the_same_seed() -> None:
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=lambda x: x)
    reference.update_batch([int(h) for h in shingle_hashes(WIRE)])
    assert np.array_equal(reference.hashvalues, minhash_signature(WIRE))


def test_signature_is_the_same_in_another_process() -> None:
    code = (
        "from storyline.dedup import *; from helpers_dedup import WIRE; "
        "print(signature_to_bytes(minhash_signature(WIRE)).hex())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    tests_dir = os.path.dirname(__file__)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tests_dir,
        check=True,
    )
    assert result.stdout.strip() == signature_to_bytes(minhash_signature(WIRE)).hex()


def test_signature_bytes_round_trip() -> None:
    signature = minhash_signature(WIRE)
    data = signature_to_bytes(signature)
    assert len(data) == NUM_PERM * 4
    assert np.array_equal(signature_from_bytes(data), signature)
    with pytest.raises(ValueError, match="256 bytes"):
        signature_from_bytes(data[:-1])


def test_exact_duplicate_is_recognized_and_not_added() -> None:
    index, dedup = MemoryIndex(), Deduplicator()
    assert index.ingest(dedup, Article("a", WIRE)).verdict.kind == "new"
    again = index.ingest(dedup, Article("b", "  " + WIRE.upper() + "\n"))
    assert (again.verdict.kind, again.verdict.original_id) == ("exact_duplicate", "a")
    same_id = index.ingest(dedup, Article("a", WIRE))
    assert (same_id.verdict.kind, same_id.verdict.original_id) == ("exact_duplicate", "a")
    assert len(dedup) == 1


def test_duplicates_within_an_uncommitted_batch_are_found_from_add() -> None:
    dedup = Deduplicator()
    nothing_stored = {"find_by_hash": lambda _: None, "find_by_url": lambda _: []}
    first = dedup.check(Article("a", WIRE, url="https://e.org/n/1"), **nothing_stored)
    dedup.add("a", first.signature, text_hash=first.text_hash, url="https://e.org/n/1")
    copy = dedup.check(Article("b", WIRE), **nothing_stored)
    assert copy.verdict.kind == "exact_duplicate" and copy.verdict.original_id == "a"
    revised = dedup.check(Article("c", WIRE_EDITED, url="https://e.org/n/1"), **nothing_stored)
    assert revised.verdict.kind == "revision" and revised.verdict.original_id == "a"


def test_same_url_with_changed_text_is_a_revision_of_the_latest() -> None:
    index, dedup = MemoryIndex(), Deduplicator()
    url = "https://news.example.org/2024/03/train"
    index.ingest(dedup, Article("v1", WIRE, url=url))
    second = index.ingest(dedup, Article("v2", WIRE_UPDATED_FIGURE, url=url))
    assert (second.verdict.kind, second.verdict.original_id) == ("revision", "v1")
    assert second.verdict.similarity is not None and second.verdict.similarity > 0.7
    third = index.ingest(dedup, Article("v3", WIRE_EDITED, url=url))
    assert (third.verdict.kind, third.verdict.original_id) == ("revision", "v2")
    refetched = index.ingest(dedup, Article("v3-again", WIRE_EDITED, url=url))
    assert refetched.verdict.kind == "exact_duplicate"


def test_revision_diff_shows_the_changed_sentence() -> None:
    diff = revision_diff(WIRE, WIRE_UPDATED_FIGURE)
    assert (
        "-A passenger train derailed near the town of Kestrel Falls on Thursday morning, "
        "injuring at least 23 people, regional officials said." in diff.splitlines()
    )
    assert any(line.startswith("+") and "at least 31 people" in line for line in diff.splitlines())
    assert "-The minister is expected to visit the site on Friday." in diff.splitlines()
    assert revision_diff(WIRE, WIRE) == ""


def test_front_page_urls_never_make_revisions() -> None:
    assert not is_article_url("https://example.org/")
    assert not is_article_url("https://example.org")
    assert not is_article_url(None)
    assert is_article_url("https://example.org/news/1")
    assert is_article_url("https://example.org/?p=12")
    index, dedup = MemoryIndex(), Deduplicator()
    index.ingest(dedup, Article("a", WIRE, url="https://example.org/"))
    other = index.ingest(dedup, Article("b", OTHER_DERAILMENT, url="https://example.org/"))
    assert other.verdict.kind == "new"


def test_wire_copy_with_small_edits_is_a_near_duplicate_of_the_earliest() -> None:
    index, dedup = MemoryIndex(), Deduplicator()
    index.ingest(dedup, Article("original", WIRE))
    first_copy = index.ingest(dedup, Article("copy1", WIRE_EDITED))
    assert first_copy.verdict.kind == "near_duplicate"
    assert first_copy.verdict.original_id == "original"
    assert first_copy.verdict.similarity is not None and first_copy.verdict.similarity >= 0.75
    second_copy = index.ingest(dedup, Article("copy2", WIRE_UPDATED_FIGURE))
    assert second_copy.verdict.original_id == "original"


def test_a_similar_but_different_event_is_new() -> None:
    index, dedup = MemoryIndex(), Deduplicator()
    index.ingest(dedup, Article("original", WIRE))
    assert index.ingest(dedup, Article("other", OTHER_DERAILMENT)).verdict.kind == "new"


def test_short_texts_are_never_near_duplicates() -> None:
    index, dedup = MemoryIndex(), Deduplicator()
    index.ingest(dedup, Article("a", "Police said two people were hurt."))
    assert (
        index.ingest(dedup, Article("b", "Police said three people were hurt.")).verdict.kind
        == "new"
    )


def test_loaded_signatures_give_the_same_verdicts() -> None:
    index, first = MemoryIndex(), Deduplicator()
    index.ingest(first, Article("original", WIRE))
    index.ingest(first, Article("other", OTHER_DERAILMENT))
    restarted = Deduplicator()
    restarted.load(index.signatures)
    assert len(restarted) == 2
    check = restarted.check(
        Article("copy", WIRE_EDITED), find_by_hash=index.find_by_hash, find_by_url=index.find_by_url
    )
    assert (check.verdict.kind, check.verdict.original_id) == ("near_duplicate", "original")


def test_index_is_bounded_and_forgets_the_oldest_first() -> None:
    index, dedup = MemoryIndex(), Deduplicator(max_entries=2)
    index.ingest(dedup, Article("original", WIRE))
    index.ingest(dedup, Article("other", OTHER_DERAILMENT))
    index.ingest(dedup, Article("third", "A third, unrelated story about a school fete " * 5))
    assert len(dedup) == 2 and dedup.similarity("original", "other") is None
    nothing = {"find_by_hash": lambda _: None, "find_by_url": lambda _: []}
    assert dedup.check(Article("copy", WIRE_EDITED), **nothing).verdict.kind == "new"
    fourth = dedup.check(Article("fourth", WIRE), **nothing)
    dedup.add("fourth", fourth.signature)  # indexed again, evicting "other"
    assert dedup.check(Article("copy", WIRE_EDITED), **nothing).verdict.original_id == "fourth"


def test_precomputed_fingerprint_gives_the_same_verdict() -> None:
    from storyline.dedup import Deduplicator, hash_and_signature, signature_to_bytes
    from storyline.records import Article

    words = [f"w{i}" for i in range(300)]
    original = Article(id="o", text=" ".join(words))
    copy = Article(id="c", text=" ".join([*words[:-3], "late", "edit", "here"]))
    for use_precomputed in (False, True):
        dedup = Deduplicator()
        first = dedup.check(original, find_by_hash=lambda _: None, find_by_url=lambda _: [])
        dedup.add("o", first.signature, text_hash=first.text_hash)
        digest, signature = hash_and_signature(copy.text)
        given = (digest, signature_to_bytes(signature)) if use_precomputed else None
        second = dedup.check(
            copy, find_by_hash=lambda _: None, find_by_url=lambda _: [], precomputed=given
        )
        assert second.verdict.kind == "near_duplicate" and second.verdict.original_id == "o"
        assert (second.text_hash, second.signature) == (digest, signature_to_bytes(signature))
