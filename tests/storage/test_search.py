"""Full-text candidates: PostgreSQL's newest-first windows must find the same claims as a plain search."""

from __future__ import annotations

import pytest

from storage.search import candidate_claim_ids, search_claims, term_weights
from tests.storage.helpers import LAVROV, store_article


@pytest.fixture
def searched(store):
    """60 claims: `huawei` in the even ones, `rusia` in the odd ones, `sberbank` in every 3rd,
    `kerjasama` in two."""
    for i in range(60):
        words = ["Pernyataan", f"nomor{i}"]
        words += ["Huawei"] * (i % 2 == 0) + ["Rusia"] * (i % 2) + ["Sberbank"] * (i % 3 == 0)
        words += ["kerjasama"] * (i in (2, 57))
        store_article(store, f"Artikel {i}", quotes=((LAVROV, " ".join(words)),))
    return store


@pytest.mark.parametrize(
    ("rare", "limit"),
    [
        (["huawei"], 5),  # common: the newest window holds enough
        (["sberbank", "huawei"], 4),  # both terms
        (["rusia", "huawei"], 5),  # never together: widened until the whole table
        (["kerjasama"], 1),  # rare: the whole table
        (["kerjasama", "huawei"], 3),  # a conjunction far rarer than either term
        (["huawei"], 100),  # more asked than there are
    ],
)
def test_windows_find_the_same_claims_as_a_plain_search(searched, rare, limit):
    with searched.reading() as session:
        _, counts = term_weights(session, tuple(rare))
        windowed = candidate_claim_ids(session, searched.dialect, rare, limit, counts)
        plain = candidate_claim_ids(session, searched.dialect, rare, limit)
        newest = search_claims(session, searched.dialect, rare, limit)
    assert windowed == plain
    assert windowed[: len(newest)] == newest
