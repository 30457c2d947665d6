"""Probe the common shapes of attribution across a vocabulary (invented sentences only).

    python benchmarks/probe_attribution.py [--list]

Each cue shape ("“…,” the ROLE said", "said NAME, 45.", "according to NAME", a title or
initials before a name, …) is run over role nouns, speech verbs, name shapes and titles, and
the speaker claimtrack reads is compared with the one the sentence names. A failure names the
shape and the word: a gap in a word list or in a rule shows up across a vocabulary instead of
one page at a time. Prints the number of probes, the failures by shape and, with ``--list``,
each failing sentence. No network, no article text.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator

from claimtrack import extract_quotations

__all__ = ["Probe", "failures", "main", "probes"]

Probe = tuple[str, str, str, int]
"""(shape, text, the speaker wanted, which quotation of the text)."""


def _words(text: str) -> list[str]:
    return text.split()


LEAD = "Officials gave an update on Tuesday about the flooding in the northern districts.\n\n"
Q = "We have done everything we can to keep people safe and we will keep going"
Q2 = "Nobody should have to wait this long for help"
ROLES = _words(
    """
principal headteacher teacher coach manager spokesperson spokeswoman spokesman official minister
president chairman chair director secretary governor mayor senator lawmaker councillor analyst
economist researcher professor scientist doctor nurse lawyer attorney prosecutor judge witness
resident survivor victim driver farmer owner founder investor trader strategist commander officer
sheriff firefighter captain striker goalkeeper referee player superintendent dean rector bishop
priest imam pastor activist campaigner organiser protester student parent neighbour ambassador
envoy diplomat negotiator regulator inspector engineer pilot executive chief premier chancellor
treasurer commissioner detective constable sergeant lieutenant admiral veteran retiree pensioner
shopkeeper vendor worker employee landlord tenant midwife surgeon physician pharmacist paramedic
psychologist historian novelist poet artist singer actor journalist reporter editor columnist
vice-principal ex-minister
"""
)
VERBS = _words(
    """
said added explained noted insisted argued warned stressed claimed admitted conceded
acknowledged recalled remarked observed commented analysed suggested asserted declared announced
replied responded answered continued concluded quipped joked laughed sighed fumed complained
lamented pleaded urged wrote tweeted posted reflected mused predicted cautioned maintained
contended countered retorted boasted vowed pledged promised confirmed denied revealed disclosed
testified recounted emphasised underlined highlighted agreed offered ventured whispered shouted
exclaimed murmured stated indicated affirmed reiterated elaborated reasoned smiled shrugged
"""
)
NAMES = [
    "Ada Lund",
    "Jean-Pierre Dufour",
    "Li Wei",
    "Siobhan O'Rourke",
    "Ada van der Berg",
    "Carlos de la Vega",
    "Tom McAllister",
    "A.J. Lund",
    "Ada Lund-Berg",
    "Tomasz Wiśniewski",
]
COMPOUND_ROLES = [
    "head coach",
    "police chief",
    "deputy mayor",
    "school principal",
    "state senator",
    "White House press secretary",
    "chief economist",
    "city councillor",
]
TITLES = [
    "Dr", "Dr.", "Prof.", "Professor", "Sen.", "Rep.", "Gov.", "Mr", "Ms", "Mrs", "Rev.",
    "Gen.", "Lt. Col.", "Chief Inspector", "Deputy Chief Constable", "Councillor", "Cllr",
    "Judge", "Bishop", "Father", "Coach", "Captain", "Minister", "Senator", "Mayor", "Sir",
    "Dame", "Det. Sgt.",
]  # fmt: skip


def probes() -> Iterator[Probe]:
    """Every probe: a shape, its invented text, the speaker it names, the quotation's index."""
    for role in ROLES + COMPOUND_ROLES:
        for shape in (
            "“{q},” the {r} said.",
            "“{q},” said the {r}.",
            "The {r} said: “{q}.”",
            "“{q},” a {r} told reporters.",
        ):
            yield shape, LEAD + shape.format(q=Q, r=role), role, 0
        yield "the ROLE, NAME, said", LEAD + f"“{Q},” the {role}, Ada Lund, said.", "Ada Lund", 0
    woman = "Mayor Ada Lund toured the flooded districts on Tuesday.\n\n"
    for verb in VERBS:
        obj = " reporters" if verb in ("told", "informed", "assured") else ""
        yield "NAME VERB", LEAD + f"“{Q},” Ada Lund {verb}{obj}.", "Ada Lund", 0
        yield "VERB NAME", LEAD + f"“{Q},” {verb} Ada Lund.", "Ada Lund", 0
        yield "she VERB", woman + f"“{Q},” she {verb}{obj}.", "Ada Lund", 0
    for name in NAMES:
        surname = name.split()[-1]
        lead = f"{name}, the mayor of Northbridge, visited the flooded districts on Tuesday.\n\n"
        for shape in (
            "“{q},” said {n}, the mayor of Northbridge.",
            "“{q},” {n}, the town's mayor, said.",
            "{n}, a spokeswoman for the council, said: “{q}.”",
            "“{q},” {n} told the Northbridge Courier.",
            "“{q},” {n} said in a statement.",
            "“{q},” according to {n}.",
            "According to {n}, “{q}.”",
            "“{q},” {n}, 45, said.",
            "“{q},” council spokeswoman {n} said.",
            "“{q},” Acme’s chief executive, {n}, said.",
            "“{q},” said Acme’s chief executive {n}.",
            "“{q}”, {n} said.",
            "‘{q},’ {n} said.",
            '"{q}," {n} said.',
            "“{q},” says {n}.",
            "{n} said: “{q}.”",
        ):
            yield shape, LEAD + shape.format(q=Q, n=name), name, 0
        yield "surname", lead + f"“{Q},” {surname} said.", name, 0
        yield "the mayor", lead + f"“{Q},” the mayor said.", name, 0
        yield "interrupted", lead + f"“{Q},” {surname} said. “{Q2}.”", name, 1
        yield "continuation", lead + f"“{Q},” {surname} said.\n\n“{Q2}.”", name, 1
        partial = f"{surname} called the delay “a disgrace to the town” and demanded an inquiry."
        yield "partial", lead + partial, name, 0
    for title in TITLES:
        yield "TITLE NAME said", LEAD + f"“{Q},” {title} Ada Lund said.", "Ada Lund", 0
        yield "said TITLE NAME", LEAD + f"“{Q},” said {title} Ada Lund.", "Ada Lund", 0


def failures(all_probes: list[Probe]) -> list[tuple[Probe, str | None]]:
    """The probes whose quotation is missing or names another speaker, with what was read."""
    out = []
    for probe in all_probes:
        _, text, wanted, which = probe
        found = extract_quotations(text)
        got = (found[which].speaker_full or found[which].speaker) if len(found) > which else None
        if (got or "").lower() != wanted.lower():
            out.append((probe, got))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    all_probes = list(probes())
    failed = failures(all_probes)
    print(f"{len(all_probes)} probes, {len(failed)} failed")
    for shape, count in Counter(probe[0] for probe, _ in failed).most_common():
        print(f"  {count:4}  {shape}")
    if "--list" in args:
        for (shape, text, wanted, _), got in failed:
            print(f"{shape} | {text.splitlines()[-1]} | want {wanted!r}, got {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
