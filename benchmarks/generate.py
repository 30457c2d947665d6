"""Deterministic generator of realistic casebooks at any scale, for benchmarks and load tests.

    .venv/bin/python benchmarks/generate.py --evidence 100000 -o /tmp/big.json

Articles read like wire copy about a regional alliance: a headline, a dateline, paragraphs of
reported speech with curly quotes, numbers, dates and the odd non-ASCII name, Cyrillic and emoji.
Claims are short statements; every piece of evidence quotes a real span of its article's text
(a sentence or a clause, at its true offsets, with 32-character prefix and suffix), so loading
the result re-verifies every quote exactly as it would for a real casebook. Same arguments, same
casebook, byte for byte (``random.Random(seed)``, no clock, no hashing of ids).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from claimtrack import Article, Casebook, Evidence, PartialDate
from claimtrack.model import TextQuoteSelector

__all__ = ["generate"]

PEOPLE = [
    ("Vladimir Makei", "foreign minister"),
    ("Alexander Lukashenko", "president"),
    ("Sergei Lavrov", "foreign minister"),
    ("Nikol Pashinyan", "prime minister"),
    ("Stanislav Zas", "secretary general"),
    ("Kassym-Jomart Tokayev", "president"),
    ("Sadyr Japarov", "president"),
    ("Ірына Пятроўская", "spokeswoman"),
    ("José Müller-Øberg", "analyst"),
    ("an unnamed diplomat", "diplomat"),
]
OUTLETS = ["Belta", "Charter 97", "Nasha Niva", "Eurasianet", "The Moscow Times", "Reuters"]
PLACES = ["Minsk", "Moscow", "Yerevan", "Astana", "Bishkek", "Dushanbe", "Vitebsk", "Brest"]
TOPICS = [
    "the collective security treaty",
    "the joint air defence system",
    "the rapid reaction force",
    "the border with Poland",
    "the military exercises near Vitebsk",
    "the alliance budget",
    "the peacekeeping mandate",
    "Armenia's membership",
]
VERBS = ["said", "insisted", "told reporters", "warned", "stressed", "denied", "confirmed"]
CLAIMS = [
    "{place} will host allied troops in {year}.",
    "{topic} is stronger than a year ago.",
    "{topic} has {n} member states.",
    "The alliance will not intervene in {place}.",
    "{person} supports {topic}.",
    "Funding for {topic} rose to {n} million roubles.",
]
SENTENCES = [
    "“{topic} is {adj}, and we will {act} it,” {person} {verb} in {place} on {date}.",
    "{person} {verb} that {topic} had {n} members and would {act} its role.",
    "According to {person}, the talks in {place} were “{adj} but honest” — {n} hours long.",
    "Officials in {place} refused to comment on {topic}; one called the report “{adj}”.",
    "In {year} the figure was {n}, {person} recalled, adding that nothing had changed since.",
    "The {outlet} correspondent in {place} said the mood was {adj} 🙂 after the vote.",
    "Critics argue that {topic} is “one whole” only on paper, {person} {verb}.",
    "“We do not need {topic},” {person} {verb}. “We need trust.”",
]
ADJECTIVES = ["strong", "weak", "united", "fragile", "productive", "difficult", "unprecedented"]
ACTS = ["strengthen", "weaken", "review", "expand", "defend", "reconsider"]
STANCES = ("supports", "refutes", "neutral")


def _fill(rnd: random.Random, template: str, year: int) -> str:
    person, _role = rnd.choice(PEOPLE)
    return template.format(
        topic=rnd.choice(TOPICS),
        adj=rnd.choice(ADJECTIVES),
        act=rnd.choice(ACTS),
        person=person,
        verb=rnd.choice(VERBS),
        place=rnd.choice(PLACES),
        date=f"{rnd.randint(1, 28)} {rnd.choice(['May', 'June', 'October'])}",
        n=rnd.randint(2, 900),
        year=year,
        outlet=rnd.choice(OUTLETS),
    )


def _article(rnd: random.Random, index: int, paragraphs: int) -> Article:
    year = 2012 + index % 11
    published = PartialDate.day(year, 1 + index % 12, 1 + index % 28)
    title = _fill(rnd, "{place}: {topic} under scrutiny", year).capitalize()
    body = []
    for _ in range(paragraphs):
        count = rnd.randint(2, 4)
        body.append(" ".join(_fill(rnd, rnd.choice(SENTENCES), year) for _ in range(count)))
    text = f"{title}\n\n{rnd.choice(PLACES).upper()}, {published}\n\n" + "\n\n".join(body)
    # The raw copy carries page furniture the cleaner removed; the offset map links the two.
    header = "Loading...\nRSS | EN | BE/RU\n"
    raw = header + text + "\n\n555 reads\nSimilar articles"
    return Article(
        id=f"art-{index:05d}",
        text=text,
        raw=raw,
        title=title,
        authors=(rnd.choice(PEOPLE)[0],) if index % 3 else (),
        publisher=OUTLETS[index % len(OUTLETS)],
        url=f"https://news.example/{year}/{index}",
        published=published,
        language="en",
        offset_map=((0, len(header), len(text)),),
    )


_SPAN = re.compile(r"[^.!?“”]{12,}[.!?”]")


def generate(
    evidence: int = 100_000,
    *,
    claims: int = 1_000,
    articles: int | None = None,
    paragraphs: int = 12,
    seed: int = 20171127,
) -> Casebook:
    """A casebook with ``evidence`` quotes over ``claims`` claims and ``articles`` articles.

    ``articles`` defaults to one per 200 evidence (at least 5). Deterministic for a given seed.
    """
    rnd = random.Random(seed)
    n_articles = articles if articles is not None else max(5, evidence // 200)
    book = Casebook(
        title="Synthetic casebook: the alliance, 2012–2022",
        bottom_line="Generated for benchmarks; every quote is a real span of its article.",
        author="benchmarks/generate.py",
    )
    for i in range(n_articles):
        book.add_article(_article(rnd, i, paragraphs))
    for outlet in OUTLETS:
        book.rate_source(outlet, "ABCDEF"[len(outlet) % 6])
    for name, role in PEOPLE:
        book.add_actor(name, roles=[role], reliability="ABCF"[len(name) % 4])
    for c in range(claims):
        statement = _fill(rnd, CLAIMS[c % len(CLAIMS)], 2012 + c % 11)
        book.add_claim(
            statement,
            id=f"claim-{c:04d}",
            tags=(TOPICS[c % len(TOPICS)].split()[-1],),
            likelihood=["likely", "unlikely", "roughly even chance", None][c % 4],
            confidence=["low", "moderate", "high", None][c % 4],
        )
    spans = {a.id: [m.span() for m in _SPAN.finditer(a.text)] for a in book.articles.values()}
    article_ids = list(book.articles)
    claim_ids = list(book.claims)
    people = [p for p, _ in PEOPLE]
    used: set[tuple[str, str, int]] = set()
    evidence_records = []
    for e in range(evidence):
        # A claim quoting the same passage twice is a casebook problem: draw again.
        while True:
            art = book.articles[article_ids[rnd.randrange(len(article_ids))]]
            start, end = spans[art.id][rnd.randrange(len(spans[art.id]))]
            claim = claim_ids[rnd.randrange(len(claim_ids))]
            if (claim, art.id, start) not in used:
                used.add((claim, art.id, start))
                break
        while art.text[start].isspace():
            start += 1
        selector = TextQuoteSelector(
            exact=art.text[start:end],
            prefix=art.text[max(0, start - 32) : start],
            suffix=art.text[end : end + 32],
            start=start,
            end=end,
        )
        # Evidence goes straight into the casebook: the selector is built from real offsets
        # above, and anchoring 100k quotes is not what these benchmarks measure.
        eid = f"ev-{e:06d}"
        evidence_records.append(
            Evidence(
                id=eid,
                claim=claim,
                article=art.id,
                segments=(selector,),
                stance=STANCES[rnd.randrange(3)],
                speaker=people[rnd.randrange(len(people))] if e % 4 else None,
                said_on=art.published if e % 5 == 0 else None,
                credibility=1 + rnd.randrange(6),
                notes="" if e % 7 else "Checked against the Russian version.",
            )
        )
    # The evidence goes in with the one checked bulk step (every quote verified at its offsets).
    book = Casebook.from_records(
        title=book.title,
        bottom_line=book.bottom_line,
        author=book.author,
        articles=book.articles.values(),
        actors=book.actors.values(),
        sources=book.sources.values(),
        claims=book.claims.values(),
        evidence=evidence_records,
    )
    for x in range(min(claims // 2, 200)):
        book.add_contradiction(
            claim_ids[2 * x],
            claim_ids[2 * x + 1],
            kind=["contradictory", "contrary", "temporal change", "numeric"][x % 4],
            status=["candidate", "confirmed", "dismissed", "explained"][x % 4],
            rationale="Generated pair.",
            detected_by="benchmarks",
        )
    return book


def main(argv: list[str] | None = None) -> int:
    """Write a generated casebook as canonical JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evidence", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--seed", type=int, default=20171127)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    import claimtrack

    book = generate(args.evidence, claims=args.claims, articles=args.articles, seed=args.seed)
    claimtrack.export(book, args.output)
    print(f"{book!r} -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
