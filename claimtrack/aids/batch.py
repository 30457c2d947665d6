"""The reading aids over many articles at once, optionally in several processes.

:func:`quotations_of` and :func:`sentences_of` give, for each article (or string), what
:func:`~claimtrack.aids.quotations.extract_quotations` and
:func:`~claimtrack.text.sentences.split_sentences` give for it, in the same order.
``workers`` > 1 runs them in that many processes (see :mod:`claimtrack.reading.parallel`): the
same results, in the same order. Only each article's cleaned text goes to a worker (the aids
read nothing else), so the raw copy and the offset map are never pickled.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack.aids.quotations import Quotation, extract_quotations
from claimtrack.model import Article
from claimtrack.reading.parallel import map_in_order
from claimtrack.text.sentences import Sentence, split_sentences

__all__ = ["quotations_of", "sentences_of"]


def _texts(articles: Iterable[Article | str]) -> list[str]:
    texts = []
    for index, item in enumerate(articles):
        if isinstance(item, Article):
            texts.append(item.text)
        elif isinstance(item, str):
            texts.append(item)
        else:
            raise TypeError(
                f"item {index}: expected an Article or a str, got {type(item).__name__}"
            )
    return texts


def _quotations(text: str, _shared: object) -> tuple[Quotation, ...]:
    return extract_quotations(text)


def _sentences(text: str, _shared: object) -> tuple[Sentence, ...]:
    return split_sentences(text)


def quotations_of(
    articles: Iterable[Article | str], *, workers: int = 1
) -> list[tuple[Quotation, ...]]:
    """The direct quotations of each article (or string), in order; ``workers`` processes."""
    return list(map_in_order(_quotations, _texts(articles), workers=workers))


def sentences_of(
    articles: Iterable[Article | str], *, workers: int = 1
) -> list[tuple[Sentence, ...]]:
    """The sentences of each article (or string), in order; ``workers`` processes."""
    return list(map_in_order(_sentences, _texts(articles), workers=workers))
