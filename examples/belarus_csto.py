"""The main job: the Belarus/CSTO casebook built from ``seeds/``, written as Word, Excel and JSON.

Run it from the repository root::

    python examples/belarus_csto.py     # out/brief.docx, out/evidence.xlsx, out/casebook.json
    python examples/belarus_csto.py --out /tmp/case --seeds path/to/seeds

Every quote below is verified against the cleaned text of its seed article (a quote that is not
there stops the script with the closest passages). The analyst's own judgments are marked as such:
the publication years of seeds 000-002 (the saved pages give no year), dates of statements whose
year the text leaves implicit, the outlets' reliability grades, each claim's likelihood and
confidence, and the bottom line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs

import claimtrack
from claimtrack import Casebook, Corpus, PartialDate, Role, load_corpus

HERE = Path(__file__).resolve().parent
DEFAULT_SEEDS = HERE.parent / "seeds"

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
        raise SystemExit(f"{seeds}: seed articles missing: {', '.join(missing)}")
    dated = [
        attrs.evolve(a, published=INFERRED_PUBLISHED[a.id][0])
        if a.published is None and a.id in INFERRED_PUBLISHED
        else a
        for a in corpus.values()
    ]
    return Corpus(dated)


# name, aliases, role when quoted, affiliation
PEOPLE = (
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


def add_claims(book: Casebook) -> None:
    """The claims under assessment, each with the analyst's likelihood and confidence."""
    book.add_claim(
        "Belarus functions as one whole with Russia",
        id="one-whole",
        claimant=LINKEVICIUS,
        tags=["alignment"],
        notes="Linkevičius at NATO's Warsaw summit, 2016 (seed 000).",
        likelihood="unlikely",
        confidence="moderate",
    )
    book.add_claim(
        "Minsk pursues a foreign policy of its own",
        id="own-policy",
        tags=["alignment"],
        likelihood="likely",
        confidence="moderate",
    )
    book.add_claim(
        "Minsk wants to strengthen the CSTO",
        id="strengthen-csto",
        claimant=LUKASHENKA,
        tags=["csto", "words vs deeds"],
        notes="Lukashenka's words say yes (2012, 2016, 2017, 2022); Minsk's deeds say no.",
        likelihood="unlikely",
        confidence="moderate",
    )
    book.add_claim(
        "The CSTO is an effective military alliance",
        id="csto-effective",
        tags=["csto"],
        likelihood="very unlikely",
        confidence="high",
    )
    book.add_claim(
        "Minsk uses the CSTO and other partners to counterbalance Moscow",
        id="counterbalance",
        tags=["csto", "alignment"],
        likelihood="likely",
        confidence="low",
    )


# One row per quote: claim, article, stance, speaker (who said it; the author for the author's own
# assertions), said_on (only where the text gives the day; the year then comes from the article
# and the note says so), credibility (Admiralty 1-6), then the quote (the exact words of the
# cleaned text) and the analyst's note.
Row = tuple[str, str, str, str, PartialDate | None, int, str, str]

# fmt: off
EVIDENCE: tuple[Row, ...] = (
    # --- seed 000, Bohdan, Belarus Digest, 2016
    ("one-whole", A000, "supports", LINKEVICIUS, PartialDate.day(2016, 7, 8), 4,
     "Belarus should be perceived as one whole with Russia.",
     "said 'at NATO's Warsaw summit on 8 July'; the year 2016 is the summit's (and the "
     "article's inferred year). An opinion, not a fact: credibility 4."),
    ("own-policy", A000, "supports", LINKEVICIUS, PartialDate.day(2016, 7, 8), 2,
     "Belarus has made its own decisions on several isolated issues, yet our perception has not "
     "changed.",
     "a concession against the speaker's own line: weighs for the claim."),
    ("one-whole", A000, "supports", VORONCHENKO, PartialDate.day(2016, 8, 19), 4,
     "He further implied that Belarus cooperates with Russia in its attempt to surround "
     "Ukraine.",
     "'On 19 August' in an article of 2016 (inferred); an implication, reported by the author."),
    ("one-whole", A000, "refutes", BOHDAN, None, 2,
     "Minsk renewed its prohibition on deployment of Belarusian troops abroad in its national "
     "military doctrine",
     ""),
    ("own-policy", A000, "supports", BOHDAN, None, 2,
     "On 11-13 October Minsk hosted Ukrainian inspectors",
     "a deed: verification visit on the Ukrainian border in Brest."),
    ("own-policy", A000, "supports", BOHDAN, None, 2,
     "they do not consider the additional NATO troops deployed in the region a threat to "
     "Belarus",
     ""),
    ("own-policy", A000, "supports", BOHDAN, None, 2,
     "Experts hinted at this probability after the Kremlin's plan for a Russian base in Belarus "
     "failed.",
     "Minsk refused to host a Russian air base (2015)."),
    ("strengthen-csto", A000, "supports", LUKASHENKA, PartialDate.day(2016, 10, 14), 3,
     "Alexander Lukashenka stated that the CSTO needs to become “serious”",
     "'On 14 October' taking over the chairmanship; year from the article (2016, inferred)."),
    ("strengthen-csto", A000, "supports", LUKASHENKA, None, 3,
     "Lukashenka criticised the CSTO for its passivity, and demanded more ambitious plans.",
     "at 'the recent CSTO summit in Yerevan' (no date given)."),
    ("strengthen-csto", A000, "refutes", BOHDAN, None, 2,
     "Despite this criticism, the Belarusian government has done little to strengthen the CSTO.",
     ""),
    ("strengthen-csto", A000, "refutes", BOHDAN, None, 3,
     "And although Lukashenka speaks of strengthening the CSTO, Minsk now has few reasons to "
     "really want this.",
     ""),
    ("csto-effective", A000, "refutes", BOHDAN, None, 2,
     "These have never been deployed – despite the existence of certain situations in which "
     "they could hypothetically have been.",
     "the Collective Rapid Deployment Forces, established 2009."),
    ("csto-effective", A000, "refutes", BOHDAN, None, 3,
     "the moribund CSTO, like similar organisations, provides Minsk with an opportunity to "
     "demonstrate that it cares about Russian sensitivities without making much sacrifice",
     ""),
    # --- seed 001, Bohdan, Belarus Digest, 2022
    ("strengthen-csto", A001, "supports", BOHDAN, None, 2,
     "Belarusian officials called for the strengthening of the organisation.",
     ""),
    ("strengthen-csto", A001, "supports", LUKASHENKA, PartialDate.day(2022, 5, 16), 2,
     "I believe that the CSTO should strengthen its status in the international system.",
     "'Addressing the recent CSTO summit' = 'the 16 May CSTO summit in Moscow'; year from 'On "
     "18 May 2022'."),
    ("strengthen-csto", A001, "supports", BOHDAN, None, 3,
     "This explains Belarusian leadership’s wish to further strengthen the CSTO.",
     "the same author read Minsk the other way in 2016 (seed 000)."),
    ("csto-effective", A001, "refutes", BOHDAN, None, 2,
     "The CSTO has remained a loose association for decades as its membership dwindled to six "
     "nations",
     "six members in 2022."),
    ("csto-effective", A001, "neutral", BOHDAN, None, 2,
     "The CSTO was founded by nine post-Soviet countries in 1992.",
     "background; compare seed 002, which dates the organisation's founding to 2002."),
    ("csto-effective", A001, "refutes", BAUNOV, None, 2,
     "the Kremlin had no chance to get CSTO countries involved in its war",
     "block quote after 'Alexander Baunov commented,'."),
    ("csto-effective", A001, "supports", BOHDAN, None, 2,
     "In January, the CSTO carried out its first mission in Kazakhstan",
     "the one deployment on record, 'for no obvious reasons'."),
    ("csto-effective", A001, "neutral", ZAS, PartialDate.day(2022, 2, 19), 3,
     "said that sending CSTO forces to Donbas would be possible with Ukraine’s consent and a UN "
     "mandate",
     "'On February 19, before the invasion'; year 2022 from the article."),
    ("one-whole", A001, "supports", BOHDAN, None, 2,
     "Having been cut off from the West and its regional neighbours, Minsk has become extremely "
     "dependent on Moscow.",
     ""),
    ("own-policy", A001, "supports", BOHDAN, None, 3,
     "It would be wrong to dismiss the current Belarusian regime as a mere marionette of Putin.",
     ""),
    ("counterbalance", A001, "supports", BOHDAN, None, 3,
     "Minsk appears to be acting through post-Soviet organisations, like the CSTO, to counter "
     "the Kremlin’s pressure.",
     ""),
    ("counterbalance", A001, "supports", BOHDAN, None, 3,
     "Member states, including Belarus, can defend their autonomy from Russia via the "
     "organisation.",
     ""),
    ("counterbalance", A001, "supports", ZAS, PartialDate.day(2022, 5, 18), 2,
     "Zas’ invited the SCO Secretary-General to consider the possibility of the SCO becoming a "
     "partner or observer in the CSTO.",
     "at the meeting 'On 18 May 2022'."),
    # --- seed 002, Charnysh, Belarus Digest, 2012
    ("csto-effective", A002, "refutes", CHARNYSH, None, 3,
     "one gets the impression that the seven CSTO members have remained frozen in time",
     "seven members in 2012."),
    ("csto-effective", A002, "neutral", CHARNYSH, None, 2,
     "Just like in 2002, when the CSTO was founded, Russia is ruled by President Vladimir Putin",
     "background; the founding year is 2002 here, 1992 in 001."),
    ("csto-effective", A002, "supports", CHARNYSH, None, 3,
     "Thanks to the CSTO membership and a close military alliance with Russia, small Belarus "
     "has a formidable, even if ageing, military.",
     ""),
    ("csto-effective", A002, "supports", CHARNYSH, None, 4,
     "the CSTO's relevance is likely to grow",
     "a forecast."),
    ("csto-effective", A002, "refutes", CHARNYSH, None, 3,
     "the group has been held together mostly by default",
     ""),
    ("one-whole", A002, "supports", LUKASHENKA, None, 3,
     "he reassures Moscow that Belarus is a reliable ally in defending the western borders of "
     "the “union state”",
     "reported by the author."),
    ("own-policy", A002, "supports", LUKASHENKA, PartialDate.month(2012, 5), 2,
     "the Belarusian leader expressed interest in the constructive dialogue with the UN, the "
     "OSCE, and NATO in his speech at the jubilee summit",
     "the jubilee summit 'this week'; 'the May summit' of 2012 (ten years after 14 May 2002)."),
    # --- seed 003, Belarus in Focus, 19 June 2017
    ("strengthen-csto", A003, "supports", LUKASHENKA, PartialDate.day(2017, 6, 13), 3,
     "Lukashenka talked about his support for developing and strengthening the CSTO",
     "'On June 13th, 2017, while hosting the ... ministerial meeting'."),
    ("strengthen-csto", A003, "refutes", FOCUS_ANALYSTS, None, 3,
     "Lukashenka is unlikely to expand Belarus’ commitment to the alliance.",
     ""),
    ("csto-effective", A003, "refutes", FOCUS_ANALYSTS, None, 2,
     "The CSTO remains a fragmented quasi-alliance, a collection of Russia's bilateral military "
     "alliances with other member states.",
     ""),
    # --- seed 004, Belarus in Focus, 27 Nov - 3 Dec 2017
    ("strengthen-csto", A004, "refutes", FOCUS_ANALYSTS, None, 2,
     "Despite last year’s ambitious statements, Minsk, as expected, has not brought any "
     "fundamental changes to the CSTO.",
     ""),
    ("csto-effective", A004, "refutes", FOCUS_ANALYSTS, None, 2,
     "The organization is rather a platform for discussing security matters in the post-Soviet "
     "space, than a working mechanism for ensuring security.",
     ""),
    ("one-whole", A004, "refutes", FOCUS_ANALYSTS, None, 2,
     "Due to the political conflict between Minsk and Moscow, the parties can no longer rely on "
     "the special nature of bilateral security relations.",
     ""),
    ("counterbalance", A004, "supports", FOCUS_ANALYSTS, None, 3,
     "Minsk is likely to focus on enhancing security cooperation with extra-regional countries, "
     "primarily with China.",
     "a forecast."),
)
# fmt: on


def add_evidence(book: Casebook) -> dict[str, str]:
    """Add every quote (verified against its article); returns quote -> evidence id."""
    ids: dict[str, str] = {}
    for claim, article, stance, speaker, said_on, credibility, quote, notes in EVIDENCE:
        ev = book.add_evidence(
            claim,
            article=article,
            quote=quote,
            stance=stance,
            speaker=speaker,
            said_on=said_on,
            credibility=credibility,
            notes=notes,
        )
        ids[quote] = ev.id
    return ids


def ev(ids: dict[str, str], start: str) -> str:
    """The id of the evidence whose quote starts with ``start``."""
    matches = [i for q, i in ids.items() if q.startswith(start)]
    if len(matches) != 1:
        raise KeyError(f"{len(matches)} quotes start with {start!r}")
    return matches[0]


def add_contradictions(book: Casebook, ids: dict[str, str]) -> None:
    """The analyst's declared contradictions (the card's example first)."""
    book.add_contradiction(
        ev(ids, "Belarus should be perceived as one whole"),
        ev(ids, "It would be wrong to dismiss"),
        id="card-one-whole-vs-own-policy",
        kind="contrary",
        rationale=(
            "2016-07-08, Linkevičius (000): Belarus 'should be perceived as one whole with "
            "Russia' vs 2022, Bohdan (001): it would be wrong to see the regime as 'a mere "
            "marionette of Putin'; Minsk uses the CSTO to defend its autonomy from Russia."
        ),
        resolution=(
            "Partly scope: Linkevičius speaks of perception and himself concedes 'its own "
            "decisions on several isolated issues'; partly time: by 2022 Minsk is 'extremely "
            "dependent on Moscow' (001) yet still seeks counterweights."
        ),
    )
    book.add_contradiction(
        "one-whole",
        "own-policy",
        id="claims-one-whole-vs-own-policy",
        kind="contrary",
        rationale="Both cannot be fully true at once; both can be partly false (a hedging Minsk).",
    )
    book.add_contradiction(
        ev(ids, "Lukashenka criticised the CSTO for its passivity"),
        ev(ids, "Despite this criticism, the Belarusian government has done little"),
        id="words-vs-deeds-2016",
        kind="contradictory",
        rationale=(
            "2016 (000): Lukashenka demands 'more ambitious plans' for the CSTO vs the same "
            "article: 'the Belarusian government has done little to strengthen the CSTO', and "
            "renewed its ban on deploying troops abroad."
        ),
        resolution=(
            "Words vs deeds, not two sources disagreeing: rhetoric that 'cares about Russian "
            "sensitivities without making much sacrifice' (000)."
        ),
    )
    book.add_contradiction(
        ev(ids, "Lukashenka talked about his support"),
        ev(ids, "Despite last year’s ambitious statements"),
        id="words-vs-deeds-2017",
        kind="contradictory",
        rationale=(
            "2017-06-13 (003): Lukashenka supports 'developing and strengthening the CSTO' vs "
            "27 Nov - 3 Dec 2017 (004): the chairmanship ended and Minsk 'has not brought any "
            "fundamental changes to the CSTO'."
        ),
    )
    book.add_contradiction(
        ev(ids, "And although Lukashenka speaks of strengthening"),
        ev(ids, "This explains Belarusian leadership’s wish"),
        id="bohdan-2016-vs-2022",
        kind="temporal change",
        status="explained",
        rationale=(
            "Same author, same outlet: 2016 (000) Minsk has 'few reasons to really want' a "
            "stronger CSTO vs 2022 (001) 'Belarusian leadership’s wish to further strengthen "
            "the CSTO'."
        ),
        resolution=(
            "Other time window: cut off from the West after 2020, Minsk needs the CSTO chair as "
            "leverage with Moscow (001); a position change, not an inconsistency."
        ),
    )


def review_candidates(book: Casebook, proposed: Sequence[claimtrack.Contradiction]) -> None:
    """The analyst's verdicts on two of the detector's candidates; the rest stay candidates."""
    for x in proposed:
        reasons = " ".join(x.reasons)
        if "six nations" in reasons and "seven CSTO members" in reasons:
            book.review_contradiction(
                x.id,
                status="explained",
                resolution=(
                    "Other time window: seven members in 2012 (002 names Uzbekistan among them), "
                    "six in 2022 (001 lists them without Uzbekistan). Time, not contradiction."
                ),
            )
        elif "years differ" in reasons and "1992" in reasons and "2002" in reasons:
            book.review_contradiction(
                x.id,
                status="explained",
                resolution=(
                    "Other definition: 1992 is the collective security treaty, 2002 the "
                    "organisation built on it; 002 says so itself ('on the basis of the 1992 "
                    "agreement')."
                ),
            )


def build_casebook(seeds: Path = DEFAULT_SEEDS) -> Casebook:
    """The whole case, ready to export: articles, people, claims, evidence, contradictions."""
    book = Casebook(
        load_articles(seeds),
        title="Belarus and the CSTO: one whole with Russia, or a policy of its own?",
        author="claimtrack example analyst",
        bottom_line=(
            "Minsk talks up the CSTO but has done little to strengthen it, and the record from "
            "2012 to 2022 shows a Minsk that hedges: dependent on Moscow, yet using the CSTO and "
            "other partners to keep some room of its own. We judge it unlikely that Belarus "
            "functions as 'one whole' with Russia, and very unlikely that the CSTO is an "
            "effective military alliance. We have moderate confidence in the first judgment and "
            "high confidence in the second."
        ),
    )
    book.rate_source(
        DIGEST,
        "B",
        notes=(
            "Named analysts, sources cited. Publication years inferred by the analyst (the pages "
            "give none): "
            + "; ".join(f"{aid[:3]} -> {d} ({why})" for aid, (d, why) in INFERRED_PUBLISHED.items())
        ),
    )
    book.rate_source(
        FOCUS,
        "C",
        notes=(
            "Unsigned weekly analysis. The saved pages do not name the site; identified by the "
            "analyst from its furniture ('Situation in Belarus', 'Recent trends', the newsletter "
            "blurb): verify before citing."
        ),
    )
    add_people(book)
    add_claims(book)
    ids = add_evidence(book)
    add_contradictions(book, ids)
    proposed = claimtrack.detect_contradictions(book, add=True)
    review_candidates(book, proposed)
    book.validate()
    return book


def summary(book: Casebook) -> str:
    """A few lines: claims with evidence counts, contested claims, contradictions by status."""
    lines = [f"{book.title}", f"  {len(book.articles)} articles, {len(book.evidence)} quotes"]
    for claim in book.claims.values():
        counts = {
            s: len(book.evidence_for(claim.id, s)) for s in ("supports", "refutes", "neutral")
        }
        flag = "  CONTESTED" if book.is_contested(claim.id) else ""
        lines.append(
            f"  - {claim.statement}: {claim.likelihood.value if claim.likelihood else '?'}, "
            f"{claim.confidence.value if claim.confidence else '?'} confidence; "
            f"{counts['supports']} for, {counts['refutes']} against, "
            f"{counts['neutral']} neutral{flag}"
        )
    contested = book.contested_claims()
    lines.append(f"  contested claims: {len(contested)} of {len(book.claims)}")
    by_status: dict[str, int] = {}
    for x in book.contradictions.values():
        by_status[x.status.value] = by_status.get(x.status.value, 0) + 1
    detected = sum(1 for x in book.contradictions.values() if x.detected_by != "analyst")
    lines.append(
        f"  contradictions: {len(book.contradictions)} ("
        + ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
        + f"; {detected} proposed by the detector)"
    )
    for change in book.position_changes():
        lines.append(f"  position change: {change.describe()}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the casebook, write the three outputs, print where and a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out"), help="output directory")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed articles")
    args = parser.parse_args(argv)
    book = build_casebook(args.seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    written = [
        claimtrack.export(book, args.out / name)
        for name in ("brief.docx", "evidence.xlsx", "casebook.json")
    ]
    print(summary(book))
    print("Wrote:")
    for path in written:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
