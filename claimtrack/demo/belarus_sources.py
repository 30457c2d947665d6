"""The Belarus/CSTO case, part 1: the five seed articles, their outlets and dates, the people.

The analyst's own judgments are marked as such: the publication years of seeds 000-002 (the
saved pages give no year) and each outlet's grade. Used by :func:`claimtrack.demo.build_casebook`.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from claimtrack.casebook import Casebook
from claimtrack.errors import ClaimtrackError
from claimtrack.host.articles import load_corpus
from claimtrack.model import PartialDate, Role
from claimtrack.reading.corpus import Corpus

__all__ = ["PEOPLE", "PUBLISHERS", "add_people", "load_articles"]

A000 = "000_d0c8f9d331184de7"  # Bohdan, Belarus Digest, 2016 (inferred)
A001 = "001_6c701b6de60f14c0"  # Bohdan, Belarus Digest, 2022 (inferred)
A002 = "002_a79617699129d617"  # Charnysh, Belarus Digest, 2012 (inferred)
A003 = "003_40f254e5605143fe"  # Belarus in Focus, 19 June 2017
A004 = "004_f46860e36b9eb31f"  # Belarus in Focus, weekly digest 27 Nov - 3 Dec 2017

DIGEST = "Belarus Digest"
FOCUS = "Belarus in Focus"
PUBLISHERS = {A000: DIGEST, A001: DIGEST, A002: DIGEST, A003: FOCUS, A004: FOCUS}

# The saved pages of 000-002 carry no date line. The analyst reads the year off the text; the
# timeline 2012 -> 2016 -> 2022 depends on it, so each inference is written down here.
INFERRED_PUBLISHED = {
    A000: (
        PartialDate.year(2016),
        "Linkevičius spoke 'at NATO's Warsaw summit on 8 July' (the Warsaw summit was July 2016) "
        "and Belarus took the CSTO chair 'on 14 October' (2016); 'this year' the military "
        "doctrine was renewed (2016).",
    ),
    A001: (PartialDate.year(2022), "'On 18 May 2022' and 'In late 2022, Belarus will take over'."),
    A002: (
        PartialDate.year(2012),
        "'since its founding ten years ago on 14 May 2002' at 'the jubilee summit'.",
    ),
}

LINKEVICIUS = "Linas Linkevičius"
LUKASHENKA = "Alexander Lukashenka"
VORONCHENKO = "Ihor Voronchenko"
BAUNOV = "Alexander Baunov"
ZAS = "Stanislau Zas’"
BOHDAN = "Siarhei Bohdan"
CHARNYSH = "Volha Charnysh"
FOCUS_ANALYSTS = "Belarus in Focus analysts"


def load_articles(seeds: Path) -> Corpus:
    """The five seeds, cleaned, with publishers set and the inferred publication years applied."""
    corpus = load_corpus(seeds, publishers=PUBLISHERS)
    missing = sorted(set(PUBLISHERS) - set(corpus))
    if missing:
        raise ClaimtrackError(f"{seeds}: seed articles missing: {', '.join(missing)}")
    dated = [
        attrs.evolve(a, published=INFERRED_PUBLISHED[a.id][0])
        if a.published is None and a.id in INFERRED_PUBLISHED
        else a
        for a in corpus.values()
    ]
    return Corpus(dated)


# name, aliases, role when quoted, affiliation
PEOPLE: tuple[tuple[str, list[str], str, str], ...] = (
    (LINKEVICIUS, ["Linkevičius"], "Lithuanian foreign minister", "Government of Lithuania"),
    (LUKASHENKA, ["Lukashenka"], "President of Belarus", "Government of Belarus"),
    (VORONCHENKO, ["Voronchenko"], "Commander of the Ukrainian Navy", "Armed Forces of Ukraine"),
    (BAUNOV, ["Baunov"], "analyst, Moscow Carnegie Centre", "Carnegie Moscow Center"),
    (ZAS, ["Zas’", "Stanislau Zas'"], "CSTO Secretary-General", "CSTO"),
    (BOHDAN, ["Bohdan"], "associate analyst, Ostrogorski Centre", "author of seeds 000 and 001"),
    (CHARNYSH, ["Charnysh"], "author, Belarus Digest", "author of seed 002"),
    (FOCUS_ANALYSTS, [], "unsigned analysts", f"{FOCUS} (seeds 003 and 004 carry no byline)"),
)


def add_people(book: Casebook) -> None:
    """Speakers and authors, with the role each held when quoted."""
    for name, aliases, role, affiliation in PEOPLE:
        book.add_actor(name, aliases=aliases, roles=[Role(role)], affiliation=affiliation)
