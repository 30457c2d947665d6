"""Which evidence pairs the built-in contradiction detector compares: blocking, with a ranked cap.

A pair can only be a candidate when it is on the same topic (the same claim, or shared content
words) and could raise a signal at all (a cheap test on both sides; see
:func:`claimtrack.casebook.contradictions.builtin_candidates`). Pairs are therefore generated from
*blocks* (the evidence of one claim, the evidence using one content word) rather than from all
pairs.

Without a cap (``max_partners=None``) every pair sharing a block is compared: exactly the pairs
the brute force would find, but quadratic when a block grows with the casebook (a claim with
thousands of quotes, a word such as "minister" in every tenth quote).

With a cap (the default, :data:`MAX_PARTNERS`) each evidence proposes at most that many partners,
ranked: same claim first, then by the rarity-weighted number of content words shared (a word in
few quotes weighs more than a word in many). To rank, an evidence reads its blocks smallest
first (the claim's block first of all), and at most :data:`SCAN_PER_PARTNER` entries per allowed
partner in all; within a block it reads the nearest evidence in casebook order first. A pair is
compared when either side proposes it, so no evidence is compared with more than a bounded
number of others *it* chose, and the work grows linearly with the casebook. When every block an
evidence reads is smaller than its scan budget and it has no more plausible partners than the
cap (small casebooks, the seed casebook), the pairs are exactly those without a cap.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterator, Sequence

from claimtrack.aids.statements import Analysis
from claimtrack.model import Evidence

__all__ = ["MAX_PARTNERS", "SCAN_PER_PARTNER", "candidate_pairs"]

#: Partners each evidence proposes at most (``builtin_candidates(max_partners=...)``).
MAX_PARTNERS = 16
#: Block entries an evidence reads per partner it may propose, to rank them.
SCAN_PER_PARTNER = 6
# Outweighs any sum of word weights: a same-claim partner ranks before any other.
_SAME_CLAIM = 1e6


def _blocks(items: Sequence[Evidence], analyses: Sequence[Analysis]) -> dict[Hashable, list[int]]:
    """Block key -> indexes of its evidence, ascending: one block per claim and per word."""
    blocks: dict[Hashable, list[int]] = {}
    for index, (ev, analysis) in enumerate(zip(items, analyses, strict=True)):
        blocks.setdefault(("claim", ev.claim), []).append(index)
        for stem in analysis.stems - analysis.names:
            blocks.setdefault(("stem", stem), []).append(index)
    return blocks


def candidate_pairs(
    items: Sequence[Evidence],
    analyses: Sequence[Analysis],
    could_pair: Callable[[int, int], bool],
    max_partners: int | None = MAX_PARTNERS,
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, to compare, sorted (the brute force's order).

    ``could_pair(i, j)`` (symmetric) is the cheap test a pair must pass to be worth comparing;
    with a cap, only such pairs are ranked and proposed.
    """
    blocks = _blocks(items, analyses)
    pairs: set[tuple[int, int]] = set()
    if max_partners is None:
        for members in blocks.values():
            for position, i in enumerate(members):
                pairs.update((i, j) for j in members[position + 1 :] if could_pair(i, j))
        return sorted(pairs)
    if max_partners < 1:
        raise ValueError(f"max_partners must be None or >= 1, got {max_partners!r}")
    total = len(items) + 1
    for i, (ev, analysis) in enumerate(zip(items, analyses, strict=True)):
        words = [blocks[("stem", stem)] for stem in analysis.stems - analysis.names]
        words.sort(key=len)  # rarest first
        scores = _scores(i, blocks[("claim", ev.claim)], words, total, max_partners)
        plausible = [j for j in scores if could_pair(i, j)]
        best = heapq.nsmallest(max_partners, plausible, key=lambda j: (-scores[j], abs(i - j), j))
        pairs.update((min(i, j), max(i, j)) for j in best)
    return sorted(pairs)


def _scores(
    i: int, claim: list[int], words: list[list[int]], total: int, max_partners: int
) -> dict[int, float]:
    """Rank scores of the evidence ``i`` reads in its blocks, within its scan budget."""
    budget = max_partners * SCAN_PER_PARTNER
    scores: dict[int, float] = {}
    for j in _nearest(claim, i, budget):
        scores[j] = _SAME_CLAIM
    budget -= min(budget, len(claim) - 1)
    for members in words:
        if budget <= 0:
            break
        weight = math.log(total / len(members))
        for j in _nearest(members, i, budget):
            scores[j] = scores.get(j, 0.0) + weight
        budget -= len(members) - 1
    return scores


def _nearest(members: list[int], i: int, limit: int) -> Iterator[int]:
    """Up to ``limit`` members other than ``i``, nearest to ``i`` in casebook order first."""
    if len(members) - 1 <= limit:
        yield from (j for j in members if j != i)
        return
    position = bisect_left(members, i)  # members[position] == i
    before, after = position - 1, position + 1
    for _ in range(limit):
        if after >= len(members) or (before >= 0 and i - members[before] <= members[after] - i):
            yield members[before]
            before -= 1
        else:
            yield members[after]
            after += 1
