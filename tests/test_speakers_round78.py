"""Round 78: a name set after an age, a title holding "of", a gloss before the cue, the later
paragraphs of a quote whose opening paragraph named its speaker, "who have" after a place, and
a surname with its particles joined.

Forms, each found on a real page and written anew here:

- "one resident, 48-year-old Tom Berg, said …" then "“…” he said": Berg (before: "resident",
  the description, as both the subject and whom "he" stands for);
- "Minister of Health Tom Berg visited …" then "“…,” the official said": Berg (before: nobody;
  the "of" in the title was read as a preposition before the name);
- "“… an OIM,” a body long promised but never set up, Councillor Ada Lund said": Lund (before:
  the speaker of the paragraph above, carried on);
- "A council spokesperson said: “… | “…”" after many quotes of one resident: the second
  paragraph is still the council's (before: the learned model gave it to the resident);
- "… at the Port of Long Beach, who have spoken …" then "“…,” he said": the man named before
  (before: "Long Beach", a first name's place, taken as who had spoken and as "he");
- "Ada vandenLund, a student, …" then "says Ada": Ada vandenLund (before: "Ada" alone);
- guards: "a letter to the Minister of Health Tom Berg" makes Berg no subject; a comma before
  a lower-case word ("…, a bold line, though Lund said …") closes no gloss; "Ada Lund, who has
  long argued" is still Lund; "Ada delivered" holds no surname.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from tests.speech_cases import only_quotation, speaker_of

_LEAD = "Harbour plan delayed\n\n"


def test_a_name_after_an_age_in_an_apposition_speaks() -> None:
    text = "One resident, 48-year-old Tom Berg, said: “It is the first year this has happened.”"
    found = only_quotation(text, _LEAD)
    assert (found.speaker_full, found.resolution) == ("Tom Berg", "named")


def test_he_after_a_resident_named_with_his_age_is_that_resident() -> None:
    text = (
        "Bins on Mill Lane were left full and one resident, 48-year-old Tom Berg, said it is "
        "the first year this has happened.\n\n"
        "“The bits of paper they put on the bins were very confusing” he said."
    )
    assert speaker_of(text, _LEAD) == "Tom Berg"


def test_the_official_after_a_title_holding_of_is_the_named_minister() -> None:
    for title in ("Minister of Health", "Minister of Health of Velmland"):
        text = (
            f"On Monday, {title} Tom Berg visited hospitals in the capital.\n\n"
            "“Problems in hospitals cannot be solved by sitting in the office,” "
            "the official said."
        )
        assert speaker_of(text, _LEAD) == "Tom Berg", title


def test_a_name_after_a_letter_to_a_titled_minister_is_no_subject() -> None:
    # Guard: the "of" is the title's, but the title follows "to the": Berg was written to.
    text = (
        "On Monday, a letter to the Minister of Health Tom Berg was sent.\n\n"
        "“Problems in hospitals cannot be solved by sitting in the office,” "
        "the official said."
    )
    assert speaker_of(text, _LEAD) is None


def test_a_gloss_between_the_quote_and_its_cue_is_skipped() -> None:
    text = (
        "Mayor Tom Berg said the budget was balanced.\n\n"
        "“We have left out any talk of an OIM (Office of the Independent Monitor),” a "
        "long-discussed but never built agency meant to watch over police, District 1 "
        "Councilor Ada Lund said in a meeting Wednesday."
    )
    found = only_quotation(text, _LEAD)
    assert (found.speaker_full, found.resolution) == ("Ada Lund", "named")


def test_a_clause_closed_before_a_lower_case_word_is_no_gloss() -> None:
    # Guard: after the comma "though" opens another clause, whose subject said something
    # else; Lund is no speaker of the quote.
    text = (
        "Mayor Tom Berg said the budget was balanced.\n\n"
        "“We will vote it down,” a bold line, though Ada Lund said in May the party would "
        "abstain."
    )
    assert speaker_of(text, _LEAD) != "Ada Lund"


_COUNCIL = "Kessel West and Velm Council"


def test_the_second_paragraph_of_a_named_quote_keeps_its_speaker() -> None:
    resident = [
        "Mr Berg said the council should have told people sooner.",
        "“The bits of paper they put on the bins with collection times were very confusing”"
        " he said.",
        "“A lot of people down the road have said the same and they have ended up with six"
        " bags of rubbish outside their house.",
        "“We recycle most of our things, but a lot of families had children over for"
        " Christmas, so there are big boxes.",
        "“We have not had this problem before. It was the labels with the dates that got"
        " everyone confused.",
        "“We were told the green waste was nothing to do with our black bin, people have been"
        " very confused.”",
    ]
    text = "\n\n".join(
        [
            "‘Confused’ residents miss bin collections",
            "RUBBISH sat in a Kessel street over the holidays after ‘confused’ residents"
            " missed council bin collections.",
            "Bins on Mill Lane were left full of waste and one resident, 48-year-old Tom Berg,"
            " said it is the first year this problem has occurred.",
            f"Mr Berg believes the tags {_COUNCIL} placed on bins to advise residents of a"
            " change to green waste collections had caused confusion.",
            *resident,
            f"However, {_COUNCIL} said they had done their best to make residents aware of"
            " the changes to green waste collection.",
            "A Council spokesperson said: “The only change to the green waste – which is"
            " normally collected weekly – was to make it a two week collection.",
            "“The green bins were collected on Monday, December 30 and the next collection"
            " will be Monday, January 13.”",
        ]
    )
    found = ct.extract_quotations(text)
    opening, closing = found[-2], found[-1]
    assert (opening.kind, closing.kind) == ("unclosed", "continued")
    assert opening.speaker_full == closing.speaker_full == _COUNCIL
    assert closing.resolution == "continuation"
    assert {q.speaker_full for q in found[:-2]} == {"Tom Berg"}


def test_who_with_a_plural_verb_after_a_place_is_not_the_place() -> None:
    # "Long" is a first name too: the place was read as a man who had spoken, and "he" as him.
    text = (
        "Port leaders, such as Tom Berg, executive director at the Port of Long Beach, who "
        "have spoken with shipping lines say the slowdown is unlikely to offer relief.\n\n"
        "“I do not see much relief for the congestion at the major ports,” he said."
    )
    assert speaker_of(text, _LEAD) == "Tom Berg"


def test_who_with_a_singular_verb_after_a_full_name_is_that_person() -> None:
    # Guard: only a verb for many leaves the name before "who" out.
    text = "The plan was raised by Ada Lund, who has long argued that “the port needs a quay”."
    assert speaker_of(text, _LEAD) == "Ada Lund"


def test_a_surname_with_joined_lower_case_particles_is_read_whole() -> None:
    text = (
        "Ada vandenLund, a PhD student in the Harbour Research Group, shared her research.\n\n"
        "“I study soil from forests to see if there are any changes,” says Ada."
    )
    found = only_quotation(text, _LEAD)
    assert (found.speaker, found.speaker_full) == ("Ada", "Ada vandenLund")


def test_only_particles_joined_to_a_capital_continue_a_first_name() -> None:
    # Guard: only particles joined to a capitalised surname continue a name.
    from claimtrack.aids.speakers import name_chunks
    from claimtrack.text.tokens import tokenize

    for text, name in (("Ada deLund said", "Ada deLund"), ("Ada delivered it", "Ada")):
        assert [c.name for c in name_chunks(text, tokenize(text, 0))] == [name]
