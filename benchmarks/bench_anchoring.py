"""Anchoring cost (issue 12): prefix/suffix anchoring against ``str.find`` + a context compare.

Run: ``python benchmarks/bench_anchoring.py [N]`` (N quotes, default 100,000). Prints:

1. the cost per quote of ``locate_quote(text, quote, prefix=..., suffix=...)`` (how
   ``Suggestion.accept`` calls it) and of the floor it is compared with, ``str.find`` plus a
   compare of the 32 characters around the hit, over the same quotes, and their ratio;
2. ``Casebook.add_evidence`` with quotes typed in straight quote marks, and with elided quotes
   (``… ``), over 1, 16, 100 and 500 articles: a casebook keeps each article's normalised forms
   for its life, so the cost per quote should stay flat;
3. the closest-passage search (the step that refuses a quote and names its differing words) on
   quotes of 1k, 10k, 40k and 80k characters with one word changed (linear in the quote's
   length), and the refusal beyond :data:`~claimtrack.quotes.passages.MAX_QUOTE_LENGTH`.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
import warnings
from pathlib import Path

from claimtrack import Article, Casebook
from claimtrack.errors import QuoteNotFound
from claimtrack.quotes.anchoring import CONTEXT, locate_quote
from claimtrack.quotes.passages import MAX_QUOTE_LENGTH

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def quotes(n: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """``n`` (text, quote, prefix, suffix) taken from the seeds, each unique in its text."""
    out: list[tuple[str, str, str, str]] = []
    while len(out) < n:
        text = rng.choice(SEEDS)
        s = rng.randrange(CONTEXT, len(text) - 200)
        e = s + rng.randint(20, 120)
        q = text[s:e]
        if q.strip() != q or text.count(q) != 1:
            continue
        out.append((text, q, text[s - CONTEXT : s], text[e : e + CONTEXT]))
    return out


def floor(text: str, quote: str, prefix: str, suffix: str) -> int:
    """The least any anchoring can do: find the quote and compare its context."""
    i = text.find(quote)
    while i != -1:
        if text.endswith(prefix, 0, i) and text.startswith(suffix, i + len(quote)):
            return i
        i = text.find(quote, i + 1)
    return -1


def timed(fn, cases) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    for case in cases:
        fn(*case)
    return (time.perf_counter() - t) / len(cases) * 1e6


def casebook_costs(articles: int, n: int, rng: random.Random) -> tuple[float, float]:
    """µs per quote added to a casebook of ``articles`` articles: straight-typed, elided.

    Every article is quoted once before the clock starts (normalising an article is paid once
    per article, for the casebook's life); what is timed is the cost of each further quote.
    """
    # Distinct article texts (a counter line keeps each text a new string).
    texts = [f"{rng.choice(SEEDS)}\n\n{i} reads" for i in range(articles)]
    book = Casebook([Article(id=f"a{i}", text=t) for i, t in enumerate(texts)])
    book.add_claim("Anything", id="c")
    straight, elided = [], []
    for k in range(n):
        i = rng.randrange(articles)
        text = texts[i]
        s = text.find("\u2019", rng.randrange(len(text) // 2))
        if s > 40:
            straight.append((f"a{i}", text[s - 30 : s + 10].replace("\u2019", "'"), f"s{k}"))
        words = [m for m in text[: len(text) - 200].split(" ")[20:] if m.isalpha()]
        at = text.find(" " + rng.choice(words) + " ") + 1 if words else -1
        if at > 0:
            head, tail = text[at : at + 25].rsplit(" ", 1)[0], text[at + 60 : at + 100]
            tail = tail.split(" ", 1)[-1].rsplit(" ", 1)[0]
            elided.append((f"a{i}", f"{head} … {tail}", f"e{k}"))

    for i in range(articles):  # each article quoted once first (two spaces typed for one, so
        # its normal form is made): its forms are then kept for the casebook's life
        warm = " ".join(texts[i].split()[:4]).replace(" ", "  ", 1)
        book.add_evidence("c", article=f"a{i}", quote=warm, stance="neutral", occurrence=0,
                          id=f"w{i}")  # fmt: skip

    def add(article: str, quote: str, id: str) -> None:
        with contextlib.suppress(Exception):  # a quote found twice, or refused: still timed
            book.add_evidence("c", article=article, quote=quote, stance="neutral",
                              occurrence=0, id=id)  # fmt: skip

    return timed(add, straight), timed(add, elided)


def main(n: int) -> None:
    warnings.simplefilter("ignore")  # quotes accepted with punctuation differences warn
    rng = random.Random(12)
    cases = quotes(n, rng)
    base = timed(floor, cases)
    ours = timed(lambda t, q, p, s: locate_quote(t, q, prefix=p, suffix=s), cases)
    print(f"{n:,} quotes: str.find + context {base:.2f} µs, locate_quote {ours:.2f} µs, "
          f"ratio {ours / base:.1f}x")  # fmt: skip
    for articles in (1, 16, 100, 500):
        straight, elided = casebook_costs(articles, min(n, 4_000), rng)
        print(f"add_evidence over {articles:>3} articles: typed straight apostrophes "
              f"{straight:.1f} µs a quote, elided quotes {elided:.1f} µs a quote")  # fmt: skip
    text = "\n\n".join(SEEDS) * 40  # about 1 MB
    for size in (1_000, 10_000, 40_000, 80_000):
        start = rng.randrange(0, len(text) - size)
        quote = text[start : start + size]
        words = quote.split(" ")
        words[len(words) // 2] = "unrelatedword"
        t = time.perf_counter()
        with contextlib.suppress(QuoteNotFound):
            locate_quote(text, " ".join(words), occurrence=0)
        print(f"closest-passage search, {size:,}-character quote in {len(text):,} characters: "
              f"{time.perf_counter() - t:.2f} s")  # fmt: skip
    t = time.perf_counter()
    try:
        locate_quote(text, "x " * MAX_QUOTE_LENGTH)
    except QuoteNotFound as err:
        print(f"quote over the limit refused in {time.perf_counter() - t:.3f} s: "
              f"{str(err).splitlines()[0][:80]}…")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
