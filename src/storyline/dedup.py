"""Exact duplicates, near-duplicates and revisions of incoming articles.

- Exact duplicate: the same normalized text (case, spacing and typographic quotes ignored) as a
  stored article. It is not stored again; re-ingesting a file is a no-op.
- Revision: the same article URL as a stored article, with different text (a page fetched again
  after an edit). Stored, linked to the latest earlier version; `revision_diff` shows the change.
- Near-duplicate: wire copy republished with small edits, found with MinHash over word 3-gram
  shingles and banded LSH. Stored, linked to the earliest similar article, and counted as a repeat
  of that report.

MinHash uses datasketch's "affine32" permutation scheme with a fixed seed, so a signature is the
same in every run and every worker process (a test checks it against datasketch.MinHash). Word
shingles are hashed with CRC-32 (not Python's salted `hash`) and the permutations are applied with
numpy in one step per article. Band count and width come from datasketch's MinHashLSH optimizer.
The index keeps, per article, its 64 x 4-byte signature, its id and one int per band (see
docs/ingest.md for the measured bytes per article); it holds at most `max_entries` articles and
forgets the oldest first, since wire copy is republished within days, not years.

The Deduplicator never touches the store: the caller passes look-up callables, so the same logic
serves SQLite, PostgreSQL and the tests.
"""

from __future__ import annotations

import difflib
import hashlib
import string
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from storyline.extract.sentences import split_sentences
from storyline.records import Article, DedupVerdict

SEED = 20_240_521
NUM_PERM = 64
SHINGLE_WORDS = 3
# Tuned on random 300-word texts with k words replaced (see docs/ingest.md): at 0.75 an edit of
# 3% of the words (Jaccard ~0.84) is found 99% of the time, 5% (~0.76) about half the time.
NEAR_DUPLICATE_THRESHOLD = 0.75
MIN_WORDS_FOR_NEAR_DUPLICATE = 12  # fewer words give too few shingles for a stable estimate
DEFAULT_MAX_ENTRIES = 250_000  # ~1.8 KB each (measured): about 450 MB when full
RECENT_KEYS_KEPT = 200_000

Signature = npt.NDArray[np.uint32]

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
# Odd multipliers that combine the CRC-32 of consecutive words into one shingle hash.
_SHINGLE_MULTIPLIERS = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D], dtype=np.uint32)
_BAND_MULTIPLIERS = np.array(
    [(0x9E3779B97F4A7C15 ^ (i * 0xBF58476D1CE4E5B9)) % (1 << 64) | 1 for i in range(NUM_PERM)],
    dtype=np.uint64,
)


# --------------------------------------------------------------------------- exact hashing


def normalize_for_hash(text: str) -> str:
    """Text reduced to what makes two copies "the same": NFKC, typographic quotes and dashes
    as ASCII, case folded, all runs of whitespace as one space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    return " ".join(text.casefold().split())


def text_hash(text: str) -> str:
    """sha256 (hex) of the normalized text: equal for exact duplicates."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- MinHash


def _permutations() -> tuple[Signature, Signature]:
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    a, b = reference.permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


_PERM_A, _PERM_B = _permutations()


def _word_byte_table() -> npt.NDArray[np.bool_]:
    table = np.zeros(256, dtype=np.bool_)
    for char in string.ascii_letters + string.digits + "_":
        table[ord(char)] = True
    table[0x80:] = True  # bytes of non-ASCII UTF-8 characters belong to words
    return table


_WORD_BYTES = _word_byte_table()
_POLY = 0x100000001B3  # odd, so invertible modulo 2**64
_POLY_INVERSE = pow(_POLY, -1, 1 << 64)
MAX_SIGNATURE_BYTES = 200_000  # shingles come from at most this much of a text's start


def _powers(base: int, count: int) -> npt.NDArray[np.uint64]:
    """base**0 .. base**(count-1) modulo 2**64 (numpy integer products wrap around)."""
    powers = np.full(count, base, dtype=np.uint64)
    powers[0] = 1
    result: npt.NDArray[np.uint64] = np.cumprod(powers, dtype=np.uint64)
    return result


_POWERS = _powers(_POLY, MAX_SIGNATURE_BYTES + 1)
_INVERSE_POWERS = _powers(_POLY_INVERSE, MAX_SIGNATURE_BYTES + 1)


def word_hashes(normalized: str) -> npt.NDArray[np.uint32]:
    """A 32-bit hash of every word (maximal run of letters, digits, '_' and non-ASCII
    characters) of normalized text, computed for all words at once with prefix sums:
    hash(word) = sum(byte_i * POLY**i) mod 2**64 over the word's bytes, folded to 32 bits.
    Deterministic across processes, unlike Python's salted hash()."""
    data = np.frombuffer(normalized.encode("utf-8")[:MAX_SIGNATURE_BYTES], dtype=np.uint8)
    is_word = np.concatenate(([False], _WORD_BYTES[data], [False]))
    edges = np.flatnonzero(is_word[1:] != is_word[:-1])
    starts, ends = edges[0::2], edges[1::2]
    weighted = (data.astype(np.uint64) + np.uint64(1)) * _POWERS[: len(data)]
    prefix = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(weighted, dtype=np.uint64)))
    hashes = (prefix[ends] - prefix[starts]) * _INVERSE_POWERS[starts]
    folded: npt.NDArray[np.uint32] = ((hashes >> np.uint64(32)) ^ hashes).astype(np.uint32)
    return folded


def shingle_hashes(text: str) -> npt.NDArray[np.uint32]:
    """Hashes of the word 3-gram shingles of the normalized text (punctuation ignored;
    duplicates kept, they do not change a minimum)."""
    return _shingles_of_normalized(normalize_for_hash(text))


def _shingles_of_normalized(normalized: str) -> npt.NDArray[np.uint32]:
    words = word_hashes(normalized)
    if len(words) < SHINGLE_WORDS:
        return words
    n = len(words) - SHINGLE_WORDS + 1
    combined = np.zeros(n, dtype=np.uint32)
    for offset in range(SHINGLE_WORDS):
        combined = (
            combined * np.uint32(31) + words[offset : offset + n] * (_SHINGLE_MULTIPLIERS[offset])
        )
    return combined


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's finalizer, as datasketch applies it before its affine32 permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash_signature(text: str) -> Signature:
    """The MinHash signature (NUM_PERM uint32) of the text's shingles; deterministic."""
    return _signature_of_normalized(normalize_for_hash(text))


def hash_and_signature(text: str) -> tuple[str, Signature]:
    """`text_hash` and `minhash_signature` together, normalizing the text once."""
    normalized = normalize_for_hash(text)
    digest = hashlib.sha256(normalized.encode("utf-8")).hexdigest()
    return digest, _signature_of_normalized(normalized)


def _signature_of_normalized(normalized: str) -> Signature:
    shingles = _shingles_of_normalized(normalized)
    if len(shingles) == 0:
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    # One row per permutation: the minimum then runs along contiguous memory (2x faster).
    permuted = np.multiply.outer(_PERM_A, _fmix32(shingles))
    permuted += _PERM_B[:, None]
    result: Signature = permuted.min(axis=1)
    return result


def signature_to_bytes(signature: Signature) -> bytes:
    return signature.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    _check_signature_bytes(data)
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def _check_signature_bytes(data: bytes) -> None:
    if len(data) != NUM_PERM * 4:
        raise ValueError(f"a signature has {NUM_PERM * 4} bytes, got {len(data)}")


def _band_key_rows(signatures: npt.NDArray[np.uint32], bands: int, rows: int
                   ) -> npt.NDArray[np.uint64]:
    """The band keys of each signature (one per row of `signatures`): each band's `rows`
    values mixed into one 64-bit key."""
    used = signatures[:, : bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    with np.errstate(over="ignore"):
        keys: npt.NDArray[np.uint64] = (used * _BAND_MULTIPLIERS[:rows]).sum(
            axis=2, dtype=np.uint64)
    return keys


def estimated_similarity(left: Signature, right: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(left == right)) / NUM_PERM


# --------------------------------------------------------------------------- verdicts


@dataclass(frozen=True, slots=True)
class DedupCheck:
    """What `Deduplicator.check` found, with what the store must persist for the article."""

    verdict: DedupVerdict
    text_hash: str
    signature: bytes


def is_article_url(url: str | None) -> bool:
    """Whether a URL can identify one article: a site's front page or a bare domain cannot
    (exports often put the outlet's home page in `url`), so those never make revisions."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return bool(parts.netloc) and (parts.path.strip("/") != "" or parts.query != "")


def revision_diff(old_text: str, new_text: str) -> str:
    """A unified diff, sentence by sentence, from an earlier version to a revision."""
    diff = difflib.unified_diff(
        _sentences(old_text), _sentences(new_text), "previous", "revision", lineterm="", n=1
    )
    return "\n".join(diff)


def _sentences(text: str) -> list[str]:
    """The sentences of `text` from the one splitter, each on one line (a diff line is a
    sentence, with its inner line breaks and runs of spaces as one space)."""
    return [" ".join(sentence.text.split()) for sentence in split_sentences(text)]


# --------------------------------------------------------------------------- index


def band_parameters(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) for candidate search, from datasketch's MinHashLSH optimizer.

    Tuned 0.2 below the verdict threshold and weighted against misses, because candidates are
    then filtered by estimated similarity: at 64 permutations, 15 bands x 4 rows for 0.75 make
    a pair with true similarity 0.75 a candidate with probability 0.997.
    """
    lsh = MinHashLSH(threshold=max(0.05, threshold - 0.2), num_perm=num_perm, weights=(0.3, 0.7))
    return int(lsh.b), int(lsh.r)


class Deduplicator:
    """Recognizes exact duplicates, revisions and near-duplicates among ingested articles.

    Use: `load(store.iter_signatures())` once, then for each article `check(...)`, store it unless
    it is an exact duplicate, and `add(...)` it. check + add cost O(bands + candidates).
    """

    def __init__(
        self,
        threshold: float = NEAR_DUPLICATE_THRESHOLD,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.threshold = threshold
        self.max_entries = max_entries
        self.bands, self.rows = band_parameters(threshold)
        self._band_tables: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]
        self._signatures = np.zeros((min(1024, max_entries), NUM_PERM), dtype=np.uint32)
        self._ids: list[str | None] = []
        self._row_of: dict[str, int] = {}
        self._added = 0  # sequence number of the next addition; rows are reused modulo capacity
        self._recent_hashes: dict[str, str] = {}
        self._recent_urls: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._row_of)

    # ------------------------------------------------------------------ public

    def load(self, signatures: Iterable[tuple[str, bytes]]) -> None:
        """Index stored signatures (oldest first, as the store yields them). Into an empty
        index this is done in bulk: the band keys of all signatures in one numpy pass and
        each band's table built at once, the same rows and tables as indexing them one by one
        (a fresh `storyline ingest` reads every stored signature before its first article)."""
        if self._ids:
            for article_id, data in signatures:
                self._index(article_id, signature_from_bytes(data))
            return
        ids: list[str] = []
        blobs: list[bytes] = []
        for article_id, data in signatures:
            _check_signature_bytes(data)
            ids.append(article_id)
            blobs.append(data)
        if len(set(ids)) != len(ids):  # a repeated id is indexed once: the slow path
            for article_id, data in zip(ids, blobs, strict=True):
                self._index(article_id, signature_from_bytes(data))
            return
        self._load_bulk(ids, blobs)

    def _load_bulk(self, ids: list[str], blobs: list[bytes]) -> None:
        """What `_index` leaves after indexing these (distinct) ids in order into an empty
        index: the newest `max_entries`, article number i in row i % max_entries."""
        total, limit = len(ids), self.max_entries
        start = max(0, total - limit)
        if total == start:
            return
        kept_ids = ids[start:]
        rows = [number % limit for number in range(start, total)]
        signatures = (
            np.frombuffer(b"".join(blobs[start:]), dtype="<u4").reshape(-1, NUM_PERM)
        ).astype(np.uint32)
        self._grow_to(min(total, limit))
        self._signatures[rows] = signatures
        self._ids = [None for _ in range(min(total, limit))]
        for row, article_id in zip(rows, kept_ids, strict=True):
            self._ids[row] = article_id
        self._row_of = dict(zip(kept_ids, rows, strict=True))
        self._added = total
        keys = _band_key_rows(signatures, self.bands, self.rows)
        row_array = np.array(rows, dtype=np.int64)
        for band, table in enumerate(self._band_tables):
            column = keys[:, band]
            # One entry per key (most keys); a key several rows share gets their list, in the
            # order they were added (a stable sort keeps it).
            table.update(zip(column.tolist(), rows, strict=True))
            order = np.argsort(column, kind="stable")
            ordered = column[order]
            bounds = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1], [True])))
            sizes = np.diff(bounds)
            shared = sizes > 1
            for first, size in zip(
                bounds[:-1][shared].tolist(), sizes[shared].tolist(), strict=True
            ):
                table[int(ordered[first])] = row_array[order[first : first + size]].tolist()

    def check(
        self,
        article: Article,
        *,
        find_by_hash: Callable[[str], str | None],
        find_by_url: Callable[[str], list[str]],
        precomputed: tuple[str, bytes] | None = None,
    ) -> DedupCheck:
        """`precomputed` is `(text_hash, signature bytes)` from `hash_and_signature` when a
        stateless stage (possibly another process) already computed them for this text."""
        if precomputed is None:
            digest, signature = hash_and_signature(article.text)
        else:
            digest, signature = precomputed[0], signature_from_bytes(precomputed[1])
        verdict = (
            self._exact(digest, find_by_hash)
            or self._revision(article, signature, find_by_url)
            or self._near(article, signature)
            or DedupVerdict("new")
        )
        return DedupCheck(verdict, digest, signature_to_bytes(signature))

    def add(
        self,
        article_id: str,
        signature: bytes,
        *,
        text_hash: str | None = None,
        url: str | None = None,
    ) -> None:
        """Remember a stored article. Passing its hash and URL also catches duplicates and
        revisions among articles checked before the store has committed them."""
        self._index(article_id, signature_from_bytes(signature))
        if text_hash is not None:
            self._remember(self._recent_hashes, text_hash, article_id)
        if url is not None and is_article_url(url):
            self._recent_urls.setdefault(url, []).append(article_id)
            if len(self._recent_urls) > RECENT_KEYS_KEPT:
                del self._recent_urls[next(iter(self._recent_urls))]

    def similarity(self, left_id: str, right_id: str) -> float | None:
        left, right = self._row_of.get(left_id), self._row_of.get(right_id)
        if left is None or right is None:
            return None
        return estimated_similarity(self._signatures[left], self._signatures[right])

    # ------------------------------------------------------------------ verdict steps

    def _exact(self, digest: str, find_by_hash: Callable[[str], str | None]) -> DedupVerdict | None:
        original = self._recent_hashes.get(digest) or find_by_hash(digest)
        return DedupVerdict("exact_duplicate", original, 1.0) if original else None

    def _revision(
        self, article: Article, signature: Signature, find_by_url: Callable[[str], list[str]]
    ) -> DedupVerdict | None:
        if not is_article_url(article.url):
            return None
        url = str(article.url)
        versions = list(find_by_url(url))
        versions += [i for i in self._recent_urls.get(url, ()) if i not in versions]
        if not versions:
            return None
        latest = versions[-1]
        row = self._row_of.get(latest)
        similarity = None if row is None else estimated_similarity(self._signatures[row], signature)
        return DedupVerdict("revision", latest, similarity)

    def _near(self, article: Article, signature: Signature) -> DedupVerdict | None:
        if len(article.text.split()) < MIN_WORDS_FOR_NEAR_DUPLICATE:
            return None
        best: tuple[int, str, float] | None = None  # (sequence, id, similarity)
        for row in self._candidate_rows(signature):
            candidate = self._ids[row]
            if candidate is None or candidate == article.id:
                continue
            similarity = estimated_similarity(self._signatures[row], signature)
            sequence = self._sequence_of_row(row)
            if similarity >= self.threshold and (best is None or sequence < best[0]):
                best = (sequence, candidate, similarity)
        return DedupVerdict("near_duplicate", best[1], best[2]) if best else None

    # ------------------------------------------------------------------ banded index

    def _band_keys(self, signature: Signature) -> list[int]:
        keys = _band_key_rows(signature[np.newaxis], self.bands, self.rows)[0]
        return [int(key) for key in keys]

    def _candidate_rows(self, signature: Signature) -> set[int]:
        rows: set[int] = set()
        for table, key in zip(self._band_tables, self._band_keys(signature), strict=True):
            found = table.get(key)
            if isinstance(found, int):
                rows.add(found)
            elif found is not None:
                rows.update(found)
        return rows

    def _index(self, article_id: str, signature: Signature) -> None:
        if article_id in self._row_of:
            return
        row = self._added % self.max_entries
        if row < len(self._ids):
            self._evict(row)
        else:
            self._grow_to(row + 1)
            self._ids.append(None)
        self._signatures[row] = signature
        self._ids[row] = article_id
        self._row_of[article_id] = row
        self._added += 1
        for table, key in zip(self._band_tables, self._band_keys(signature), strict=True):
            found = table.get(key)
            if found is None:
                table[key] = row  # most keys have one row: an int is far smaller than a list
            elif isinstance(found, int):
                table[key] = [found, row]
            else:
                found.append(row)

    def _evict(self, row: int) -> None:
        old_id = self._ids[row]
        if old_id is None:
            return
        keys = self._band_keys(self._signatures[row])
        for table, key in zip(self._band_tables, keys, strict=True):
            found = table.get(key)
            if found == row:
                del table[key]
            elif isinstance(found, list):
                found.remove(row)
                if len(found) == 1:
                    table[key] = found[0]
        del self._row_of[old_id]
        self._ids[row] = None

    def _grow_to(self, size: int) -> None:
        if size <= len(self._signatures):
            return
        capacity = min(self.max_entries, max(size, 2 * len(self._signatures)))
        grown = np.zeros((capacity, NUM_PERM), dtype=np.uint32)
        grown[: len(self._signatures)] = self._signatures
        self._signatures = grown

    def _sequence_of_row(self, row: int) -> int:
        """Rows are filled in order and reused oldest first, so the row's age is recoverable."""
        newest_row = (self._added - 1) % self.max_entries
        age = (newest_row - row) % self.max_entries
        return self._added - 1 - age

    @staticmethod
    def _remember(table: dict[str, str], key: str, value: str) -> None:
        table.setdefault(key, value)
        if len(table) > RECENT_KEYS_KEPT:
            del table[next(iter(table))]
