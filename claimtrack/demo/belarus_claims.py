"""The Belarus/CSTO case, part 2: the claims and every quote, verified against its seed.

Every quote is the exact words of the cleaned seed text (a quote that is not there stops the build
with the closest passages); each claim carries the analyst's likelihood and confidence.
"""

from __future__ import annotations

from claimtrack.casebook import Casebook
from claimtrack.demo.belarus_sources import (
    A000,
    A001,
    A002,
    A003,
    A004,
    BAUNOV,
    BOHDAN,
    CHARNYSH,
    FOCUS_ANALYSTS,
    LINKEVICIUS,
    LUKASHENKA,
    VORONCHENKO,
    ZAS,
)
from claimtrack.model import PartialDate

__all__ = ["EVIDENCE", "add_claims", "add_evidence", "ev"]


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
