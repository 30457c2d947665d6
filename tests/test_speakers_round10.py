"""Speaker resolution, round 10: invented paragraphs, one per class of sentence or page.

Who was spoken to is no speaker ("told the Senate", "said during a call with analysts"); a
clause after the quote's comma is another speaker's ("while Oster insisted"); appositions with
relative clauses and brackets; "according to the paper, X said"; offices, portfolios, honorifics
and articles kept out of names; acronyms spelled out; name forms written only in headings; and
press conferences written as topic prompts with quoted answers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.organisations import OrgIndex
from claimtrack.aids.prompted import is_prompt, prompted_speaker
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


def _person(text: str) -> list[str]:
    return [c.name for c in name_chunks(text, tokenize(text)) if c.kind == "person"]


# ------------------------------------------------------------------ the addressee is no speaker


@pytest.mark.parametrize(
    "addressee", ["the Harlow Courier", "KWBT", "the Senate", "reporters in Velm", "Norvians"]
)
def test_told_names_who_was_spoken_to_past_an_apposition_and_a_relative_clause(
    addressee: str,
) -> None:
    text = (
        "The storm turned north overnight. “This is not one to take lightly,” Odile Varga, "
        "spokeswoman for Tamsin County, which includes the islands, told "
        f"{addressee}.\n"
    )
    quote = _quote(text, "This is not one")
    assert quote.speaker_full == "Odile Varga"


def test_a_bracket_inside_the_apposition_does_not_end_it() -> None:
    text = (
        "“The outpost is falling apart,” Rune Aldana, head of Project Kestrel (Inner Sea) at "
        "Carrow University, told KWBT.\n"
    )
    assert _quote(text, "The outpost").speaker_full == "Rune Aldana"


def test_told_never_inverts_so_the_words_after_it_are_no_speaker() -> None:
    text = "Rain fell all week in the valley. “We will rebuild the bridge,” told the Velm Herald.\n"
    quote = _quote(text, "We will rebuild")
    assert quote.speaker_full != "Velm Herald"
    assert quote.confidence < 0.8


def test_a_circumstance_after_an_inverted_verb_is_no_speaker() -> None:
    text = (
        '"Trade between the two countries remains stable," Brellco\'s Managing Director for '
        "the U.S. and Canada, Imre Tavani, said during a conference call with analysts.\n"
    )
    quote = _quote(text, "Trade between")
    assert quote.speaker_full == "Imre Tavani"


@pytest.mark.parametrize(
    "tail",
    [", said during a conference call with analysts.", ", said in a statement.", ", told CBS."],
)
def test_after_an_inverted_verb_a_circumstance_or_an_addressee_is_no_speaker(tail: str) -> None:
    text = "“Trade remains stable under the rules”" + tail
    reader = ArticleReader(text)
    close = text.index("”")
    assert after_cue(reader, reader.paragraphs[0], tokenize(text[close + 1 :], close + 1)) is None


def test_an_inverted_verb_still_names_its_subject() -> None:
    text = "“Trade remains stable under the rules,” said Imre Tavani during a call."
    reader = ArticleReader(text)
    close = text.index("”")
    att = after_cue(reader, reader.paragraphs[0], tokenize(text[close + 1 :], close + 1))
    assert att is not None and att.speaker_full == "Imre Tavani"


# ------------------------------------------------------------- another clause after the quote


@pytest.mark.parametrize("conjunction", ["while", "whereas", "but", "although", "and"])
def test_a_new_clause_after_the_quote_has_another_speaker(conjunction: str) -> None:
    text = (
        "Velmar said the coast guard’s move was “excessive and offensive,” "
        f"{conjunction} Ostrava insisted it was exercising restraint.\n"
    )
    quote = _quote(text, "excessive")
    assert quote.speaker_full != "Ostrava"


# ----------------------------------------------------------- "according to X, Y said …"


def test_according_to_a_newspaper_the_one_who_said_it_speaks() -> None:
    text = (
        "Judge Oren Malvik said the defendant was a victim of the protests. According to "
        "the Harlow Courier, Malvik said the man had made an “involuntary sacrifice” for it.\n"
    )
    quote = _quote(text, "involuntary sacrifice")
    assert quote.speaker_full == "Oren Malvik"


def test_according_to_a_person_alone_still_frames_the_sentence() -> None:
    text = (
        "Pia Lund runs the harbour office. According to Lund, the pier is “a great bonfire "
        "waiting to happen” this summer.\n"
    )
    assert _quote(text, "a great bonfire").speaker_full == "Pia Lund"


# ------------------------------------------------------------------------ role descriptions


@pytest.mark.parametrize(("short", "role"), [("Gov.", "Governor"), ("Sen.", "Senator")])
def test_an_abbreviated_title_is_the_role_a_description_names(short: str, role: str) -> None:
    text = (
        f"Harlow {short} Tamas Okri held a press conference today when he urged all "
        "Harlowers to leave the coast.\n\n"
        f"“If you’re in an evacuation zone, leave,” added the Harlow {role}.\n"
    )
    assert _quote(text, "If you’re in").speaker_full == "Tamas Okri"


# ----------------------------------------------------------------------------- name forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Tamsin County Administrator Idris Volk who echoed", "Idris Volk"),
        ("said Tamsin County Clerk Idris Volk", "Idris Volk"),
        ("said House Speaker Idris Volk", "Idris Volk"),
        ("said State Treasurer Idris Volk", "Idris Volk"),
        ("said Council Member Idris Volk", "Idris Volk"),
        ("said Velm Coroner Idris Volk", "Idris Volk"),
        ("the Programme Coordinator Ines Barta said", "Ines Barta"),
        ("Minister of State Assets Jarek Wolny underlined that", "Jarek Wolny"),
        ("Minister of Public Enterprises Jarek Wolny said", "Jarek Wolny"),
        ("said Datuk Seri Aziz Ramlan today", "Aziz Ramlan"),
        ("said Tan Sri Aziz Ramlan today", "Aziz Ramlan"),
        ("said Datin Seri Nora Ramlan today", "Nora Ramlan"),
        ("Kim Jong Un said", "Kim Jong Un"),
        ("Kyaw Tun said", "Kyaw Tun"),
        ("Puan Maharani said", "Puan Maharani"),
        ("said Salvator Rosa", "Salvator Rosa"),
        ("O Castro Vela disse que", "Castro Vela"),
        ("Os Lusíadas Velhos disse", "Lusíadas Velhos"),
    ],
)
def test_titles_offices_honorifics_and_articles_are_no_part_of_a_name(text: str, name: str) -> None:
    assert name in _person(text)
    assert not any(p != name and p.endswith(name) for p in _person(text))


def test_a_name_ending_like_an_office_stays_a_name_when_short() -> None:
    assert _person("said Ana Plator today") == ["Ana Plator"]


def test_an_organisation_unit_keeps_its_body_acronym() -> None:
    chunks = name_chunks(
        "the NKL Hockey Operations said", tokenize("the NKL Hockey Operations said")
    )
    assert [(c.name, c.kind) for c in chunks] == [("NKL Hockey Operations", "org")]


# ------------------------------------------------------------------------------- acronyms


def test_an_acronym_speaks_for_the_name_it_stands_for() -> None:
    text = (
        "The latest Regional Commission for Trade and the Islands (RCTI) report delivers a "
        "warning.\n\n"
        "Service exports remain strong, but the bulk comes from tourism, a sector RCTI warns "
        "is “highly vulnerable to climate shocks and external demand.”\n"
    )
    quote = _quote(text, "highly vulnerable")
    assert quote.speaker == "RCTI"
    assert quote.speaker_full == "Regional Commission for Trade and the Islands"
    assert quote.resolution == "organisation"


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("the Velm Harbour Board (VHB) said", "VHB", "Velm Harbour Board"),
        ("the Velm Harbour Board (VHB) said", "VH", "VH"),  # the initials disagree
        ("the new harbour rules (VHB) said", "VHB", "VHB"),  # no capitals to spell it
        (
            "The Office of the Ombudsman for Ports (OOP) said",
            "OOP",
            "Office of the Ombudsman for Ports",
        ),
    ],
)
def test_an_acronym_is_spelled_out_only_when_the_initials_agree(
    text: str, acronym: str, full: str
) -> None:
    assert OrgIndex(text).spelled_out(acronym) == full


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Velm", "Harbour", "Board", "of", "the", "and", "x"]), max_size=14
    ),
    acronym=st.text(alphabet="VHBOX", min_size=1, max_size=6),
)
def test_a_spelled_out_acronym_always_has_its_initials(words: list[str], acronym: str) -> None:
    text = " ".join(words) + f" ({acronym}) said so."
    found = OrgIndex(text).spelled_out(acronym)
    if found != acronym:
        # the capitalised words' initials, or every word's ("Velm of Harbour (VOH)", as "Bank of
        # Ireland (BOI)" writes it)
        capitals = "".join(w[0] for w in found.split() if w[:1].isupper())
        every = "".join(w[0] for w in found.split()).upper()
        assert acronym in (capitals, every)
        assert found in text


# --------------------------------------------------------------------- heading name forms


def test_a_word_before_a_surname_in_a_heading_is_no_first_name() -> None:
    text = (
        "President Tomo Raharjo met seven editors at his home.\n\n"
        "Raharjo’s response\n\n"
        "Reaction Raharjo\n\n"
        "Tomo Raharjo answered every question for three hours.\n\n"
        "“The statement was careless and wrong,” said Raharjo.\n"
    )
    assert _quote(text, "The statement").speaker_full == "Tomo Raharjo"


def test_a_full_name_written_only_in_a_heading_still_grows_a_surname() -> None:
    text = "Ada Venn\n\nThe chief engineer spoke for an hour. Venn said the dam would hold.\n"
    assert NameIndex(text).full_name("Venn") == "Ada Venn"


# ------------------------------------------------------------------------ topic prompts


_PRESSER = (
    "Comments from head coach Ilse Marrow and captain Tobi Renn at their media conference at "
    "the Lakeside Park.\n\n"
    "Ilse Marrow, head coach:\n\n"
    "On the challenge of facing the hosts at Lakeside Park:\n\n"
    "“It’s a fine ground and I think the crowd will be loud. Turn up tomorrow and you’ll see.”\n\n"
    "On Ferro Adams being on the bench rather than Cato Lindqvist:\n\n"
    "“It’s based on the work they have done. Ferro has more experience than Cato.”\n\n"
    "On the importance of the opening game, given Westmark lost theirs:\n\n"
    "“We beat Westmark once and they found another path to the final.”\n"
)


@pytest.mark.parametrize("start", ["It’s a fine ground", "It’s based on", "We beat Westmark"])
def test_a_quote_after_a_topic_prompt_is_the_labelled_speakers(start: str) -> None:
    quote = _quote(_PRESSER, start)
    assert quote.speaker_full == "Ilse Marrow"
    assert quote.confidence < 0.8


def test_a_prompt_without_a_label_names_nobody_in_it() -> None:
    text = _PRESSER.replace("Ilse Marrow, head coach:\n\n", "")
    for start in ("It’s a fine ground", "It’s based on", "We beat Westmark"):
        quote = _quote(text, start)
        assert quote.speaker_full not in ("Lakeside Park", "Cato Lindqvist", "Westmark")


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("On the second half:", True),
        ("On the different challenge of facing the hosts:", True),
        ("Asked about the injury:", True),
        ("On Monday she said:", False),
        ("On the injury, Lind told reporters:", False),
        ("On the second half.", False),
    ],
)
def test_a_prompt_is_a_short_topic_line_not_a_cue(line: str, prompt: bool) -> None:
    assert is_prompt(line) is prompt


# ---------------------------------------------------------------- pronoun after a newcomer


def test_a_person_named_in_full_beats_the_chained_speaker() -> None:
    text = (
        "“People want more from democracy,” Ewa Sorel, director of the survey, says.\n\n"
        "“It is in the interest of partners to support this quest,” he adds.\n\n"
        "Music legend Kofi Adabra has, however, given up on democracy. He recently suggested "
        "that the continent needs a “benevolent ruler who builds roads”.\n"
    )
    assert _quote(text, "benevolent ruler").speaker_full == "Kofi Adabra"


# ------------------------------------------------------- objects, listeners and lone letters


def test_a_name_after_in_the_is_no_antecedent_of_he() -> None:
    text = (
        "Responding to a motion in the Velm Assembly, Tarik Osei said: “Our government is "
        "acting.”\n\n"
        "“It is a challenge we have accepted,” he said.\n"
    )
    assert _quote(text, "It is a challenge").speaker_full == "Tarik Osei"


def test_who_was_told_did_not_say_it() -> None:
    text = (
        "The ministry issued a statement on Monday. As the Velm Courier was informed by its "
        "press service, the statement runs as follows: “We condemn every attempt to break "
        "the ceasefire and call on all sides to keep it.”\n"
    )
    quote = _quote(text, "We condemn")
    assert quote.speaker_full != "Velm Courier"
    assert quote.confidence < 0.8


@pytest.mark.parametrize("letter", ["Y", "E", "O"])
def test_a_lone_capital_letter_is_no_speaker(letter: str) -> None:
    text = (
        "El ex presidente Tomás Irarrázaval recordó el proceso. "
        f"{letter} sentencia: “Seguimos el camino del diálogo y no el de la fuerza.”\n"
    )
    assert _quote(text, "Seguimos").speaker_full != letter


def test_a_single_prompt_like_line_is_no_press_conference() -> None:
    text = (
        "Ilse Marrow, head coach:\n\n"
        "About the strike at Lakeside Park:\n\n"
        "“The ground is closed until further notice.”\n"
    )
    assert prompted_speaker(ArticleReader(text), 2) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tomas Berg was told by Ada Lind that the bridge was “dead on arrival.”", "Ada Lind"),
        ("Tomas Berg was told that the bridge was “dead on arrival.”", None),
        ("Reporters were informed: “The bridge will reopen in spring after the repairs.”", None),
    ],
)
def test_a_passive_addressee_verb_gives_the_agent_or_nobody(
    sentence: str, speaker: str | None
) -> None:
    text = "Tomas Berg and Ada Lind met in Velm on Monday.\n\n" + sentence + "\n"
    quotes = ct.extract_quotations(text)
    assert all(q.speaker_full != "Tomas Berg" for q in quotes)
    if speaker is not None:
        assert [q.speaker_full for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("the Harlow Courier was told", None),
        ("the Harlow Courier was told by Tomas Berg", "Tomas Berg"),
        ("KWBT was informed", None),
    ],
)
def test_a_passive_addressee_after_the_quote_is_no_speaker(cue: str, speaker: str | None) -> None:
    text = (
        "Tomas Berg and Ada Lind met in Velm on Monday.\n\n"
        f"“We will rebuild the bridge by spring,” {cue}.\n"
    )
    quote = _quote(text, "We will rebuild")
    assert quote.speaker_full not in ("Harlow Courier", "KWBT")
    if speaker is not None:
        assert quote.speaker_full == speaker
    else:
        assert quote.confidence < 0.8


# ------------------------------------------------------------- owners and pairs of speakers

_BRIDGE = "“We will rebuild the bridge by spring and nobody will stop us,” "


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("said Berg's rival, Ada Lind.", "Ada Lind"),
        ("said Berg’s rival, Ada Lind.", "Ada Lind"),
        ("said Berg's rival.", None),
        ("Berg’s rival said.", None),
        ("said Berg.", "Tomas Berg"),
    ],
)
def test_a_possessive_names_the_owner_not_the_speaker(cue: str, speaker: str | None) -> None:
    text = "Tomas Berg and Ada Lind met in Velm.\n\n" + _BRIDGE + cue + "\n"
    quote = _quote(text, "We will rebuild")
    if speaker is None:
        assert quote.speaker_full != "Tomas Berg"
    else:
        assert quote.speaker_full == speaker


@pytest.mark.parametrize(
    ("cue", "full", "pair"),
    [
        ("Ada Lind and Tomas Berg said in a joint statement.", "Ada Lind and Tomas Berg", True),
        ("Lind and Berg said.", "Ada Lind and Tomas Berg", True),
        ("Ada Lind and her husband said.", "Ada Lind", False),
        ("the ministers of Velm and Tarvo said.", None, False),
    ],
)
def test_two_people_joined_by_and_speak_together(cue: str, full: str | None, pair: bool) -> None:
    text = "Tomas Berg and Ada Lind met in Velm.\n\n" + _BRIDGE + cue + "\n"
    quote = _quote(text, "We will rebuild")
    if full is not None:
        assert quote.speaker_full == full
    else:
        assert quote.speaker_full != "Velm and Tarvo"
    if pair:
        assert quote.confidence < 0.8


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("She met Tomas Berg on Monday.", "Ada Lind"),  # the same "she": Berg is whom she met
        ("He met Ada Lind on Monday.", "Ada Lind"),  # another pronoun: the name it meets
    ],
)
def test_a_sentence_with_the_same_pronoun_as_subject_holds_no_antecedent(
    between: str, speaker: str
) -> None:
    text = (
        "Ada Lind is a senator. She spoke in Velm.\n\n"
        "“We need the votes by June,” Ada Lind said.\n\n"
        f"{between} “It will take a year at least,” she said.\n"
    )
    assert _quote(text, "It will take").speaker_full == speaker


def test_the_one_told_is_no_rival_speaker_of_the_clause() -> None:
    told = "Ada Lind told Tomas Berg that the bridge was “dead on arrival.”"
    said = "Ada Lind said Tomas Berg thought the bridge was “dead on arrival.”"
    found = {}
    for name, sentence in (("told", told), ("said", said)):
        text = "Tomas Berg and Ada Lind met in Velm on Monday.\n\n" + sentence + "\n"
        found[name] = _quote(text, "dead on arrival")
    assert found["told"].speaker_full == "Ada Lind"
    # another person named as a subject between the verb and the quote lowers the confidence;
    # the one spoken to does not
    assert found["told"].confidence > found["said"].confidence


# --------------------------------------------------------- the quoted person, not the outlet


@pytest.mark.parametrize(
    "sentence",
    [
        _BRIDGE + "Ada Lind was quoted by the Velm Courier as saying.",
        _BRIDGE + "the Velm Courier quoted Ada Lind as saying.",
        "The Velm Courier quoted Ada Lind as saying: “We will rebuild the bridge by spring.”",
        "Citing Ada Lind, the Velm Courier reported that the bridge was “dead on arrival.”",
        "Ada Lind was quoted by the Velm Courier as saying that the bridge was “dead on arrival.”",
    ],
)
def test_an_outlet_quoting_someone_is_not_the_speaker(sentence: str) -> None:
    text = "Tomas Berg and Ada Lind met in Velm.\n\n" + sentence + "\n"
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lind"
