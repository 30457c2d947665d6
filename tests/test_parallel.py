"""workers=: the same results, in the same order, with the same errors, as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimtrack import extract_quotations, load_corpus, split_sentences
from claimtrack.aids.batch import quotations_of, sentences_of
from claimtrack.errors import ArticleLoadError
from claimtrack.reading.parallel import check_workers, map_in_order

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _square_or_fail(item: int, offset: int) -> int:
    if item < 0:
        raise ValueError(f"negative item {item}")
    return item * item + offset


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_map_in_order_keeps_the_order_and_passes_the_shared_value(workers: int) -> None:
    items = list(range(50))
    got = list(map_in_order(_square_or_fail, items, shared=7, workers=workers))
    assert got == [i * i + 7 for i in items]


@pytest.mark.parametrize("workers", [1, 2])
def test_map_in_order_raises_the_first_failing_item_in_input_order(workers: int) -> None:
    items = [1, 2, -3, 4, -5, 6]
    results = map_in_order(_square_or_fail, items, shared=0, workers=workers)
    assert next(results) == 1 and next(results) == 4
    with pytest.raises(ValueError, match="negative item -3"):
        next(results)


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True, None])
def test_workers_must_be_a_whole_number(bad: object) -> None:
    with pytest.raises(ValueError, match="workers must be a whole number"):
        check_workers(bad)


def test_zero_workers_means_one_per_core() -> None:
    assert check_workers(0) >= 1


def _corpus_files(tmp_path: Path) -> Path:
    """The seeds plus one empty file (unreadable) placed in the middle of the order."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    (folder / "003_empty.txt").write_bytes(b"")
    return folder


def test_load_corpus_with_workers_gives_the_same_corpus(tmp_path: Path) -> None:
    folder = _corpus_files(tmp_path)
    one = load_corpus(folder, on_error="skip")
    two = load_corpus(folder, on_error="skip", workers=2)
    assert list(one) == list(two) and len(one) >= 5
    assert [one[i] for i in one] == [two[i] for i in two]
    assert [one.cleaning(i) for i in one] == [two.cleaning(i) for i in two]
    assert one.skipped == two.skipped and len(one.skipped) == 1


def test_load_corpus_with_workers_raises_the_same_error(tmp_path: Path) -> None:
    folder = _corpus_files(tmp_path)
    with pytest.raises(ArticleLoadError) as one:
        load_corpus(folder)
    with pytest.raises(ArticleLoadError) as two:
        load_corpus(folder, workers=2)
    assert type(one.value) is type(two.value) and str(one.value) == str(two.value)
    assert two.value.path.endswith("003_empty.txt") and two.value.hint == one.value.hint


def test_batch_aids_match_one_article_at_a_time() -> None:
    corpus = load_corpus(SEEDS, pattern="*.txt")
    articles = [corpus[i] for i in corpus]
    texts = [*articles, "He said: \u201cIt is done.\u201d", ""]
    assert quotations_of(texts, workers=2) == [extract_quotations(t) for t in texts]
    assert sentences_of(texts, workers=2) == [split_sentences(t) for t in texts]
    assert quotations_of(texts) == quotations_of(texts, workers=2)


def test_batch_aids_name_a_wrong_item() -> None:
    with pytest.raises(TypeError, match="item 1: expected an Article or a str, got int"):
        quotations_of(["text", 3])
