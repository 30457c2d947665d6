"""Attribution, round 19: shapes of English news attribution found by invented probes.

Each case failed before this round: an age before the name after an inverted cue, an
occupation capitalised as a sentence opens, "one official", quotes in straight single marks
inside a line, someone's words named by another ("Lund called Berg’s claims “…”"), a short
sentence quoted after a colon, and a name followed by the body it belongs to.
"""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations

LEAD = (
    "Harbour Commissioner Ada Lund unveiled the new flood plan for the port of Northbridge on "
    "Tuesday.\n\nFisheries union leader Tom Berg said his members had not been consulted.\n\n"
)


def _speakers(sentence: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in extract_quotations(LEAD + sentence + "\n")}


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("“Nobody asked us,” said 71-year-old Kim Dale.", "Nobody asked us", "Kim Dale"),
        ("Fisherman Kim Dale disagreed: “They said that last year too.”", None, "Kim Dale"),
        ("Pensioner Kim Dale said: “They said that last year too.”", None, "Kim Dale"),
        ("Lund said: 'We will open the harbour this year.'", None, "Ada Lund"),
        ("'We will open it this year,' Lund said. 'Nobody will stop us.'", None, "Ada Lund"),
        ("Lund called Berg’s claims “simply untrue.”", "simply untrue.", "Ada Lund"),
        ("Lund described Berg’s claims as “simply untrue.”", "simply untrue.", "Ada Lund"),
        (
            "“It was good,” Lund said. Berg was less sure: “We will see.”",
            "We will see.",
            "Tom Berg",
        ),
        ("Kim Dale of the ferry workers’ union said: “It is only a start.”", None, "Kim Dale"),
        ("“It is only a start,” said Kim Dale of the union.", None, "Kim Dale"),
    ],
)
def test_the_speaker_of_each_shape(sentence: str, quote: str | None, speaker: str) -> None:
    found = _speakers(sentence)
    assert found, sentence
    if quote is not None:
        assert found.get(quote) == speaker
    else:
        assert set(found.values()) == {speaker}


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("“It is too early to say,” said one official.", "It is too early to say", "official"),
        (
            "The head of the dockers’ union said: “It is only a start.”",
            None,
            "head of the dockers’ union",
        ),
    ],
)
def test_a_description_as_labels_write_it(sentence: str, quote: str | None, speaker: str) -> None:
    # Nobody named: no speaker, as the labels write it (round 26); the role stays as written.
    page = "Harbour Commissioner Ada Lund unveiled the new flood plan on Tuesday.\n\n"
    found = {q.text: q for q in extract_quotations(page + sentence + "\n")}
    assert {q.speaker_full for q in found.values()} == {None}
    assert all((q.speaker_as_written or "").endswith(speaker) for q in found.values())
    assert quote is None or quote in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In Berg’s words, “nobody from the port ever came to the hall.”",
        "Lund rejected Berg’s claims that the port was “a disaster for the town”.",
    ],
)
def test_someones_own_words_stay_theirs(sentence: str) -> None:
    assert set(_speakers(sentence).values()) == {"Tom Berg"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Man Kit Chan said: “We will be there on the first day.”",  # a given name
        "Paul Farmer said: “We will be there on the first day.”",
    ],
)
def test_a_name_that_looks_like_an_occupation_is_kept(sentence: str) -> None:
    name = sentence.split(" said")[0]
    assert set(_speakers(sentence).values()) == {name}


def test_apostrophes_open_no_quote() -> None:
    line = "The workers' rights and the Joneses' house were at stake in the '90s, Lund said."
    assert _speakers(line) == {}


def test_a_short_label_after_a_colon_is_credited_to_nobody() -> None:
    assert _speakers("A sign on the quay read: “On strike”.") == {"On strike": None}


def test_the_role_of_a_body_resolves_to_the_person_holding_it() -> None:
    found = _speakers("The head of the union said: “It is only a start.”")
    assert set(found.values()) == {"Tom Berg"}


@pytest.mark.parametrize(
    ("intro", "full"),
    [
        ("It was co-sponsored by state Rep. Dean Dale, R-Marsh.", "Dean Dale"),
        ("It was co-sponsored by Sen. Dean Dale.", "Dean Dale"),
        ("Mr YK Dale, chairman of the chamber, spoke first.", "YK Dale"),
        ("Mr. YK Dale spoke first.", "YK Dale"),
        ("Dean Ada Dale of the law school spoke first.", "Ada Dale"),  # the title
    ],
)
def test_a_title_or_initials_that_are_the_first_name(intro: str, full: str) -> None:
    page = f"{intro}\n\n“That has been forcing out many smaller offices,” Dale said.\n"
    assert [q.speaker_full for q in extract_quotations(page)] == [full]


def test_a_bodys_initials_before_a_name_are_not_the_name() -> None:
    page = (
        "Глава МИД РФ Ада Лунд выступила.\n\n"
        "«Мы будем работать дальше вместе с партнёрами», — сказала Лунд.\n"
    )
    assert [q.speaker_full for q in extract_quotations(page)] == ["Ада Лунд"]


OFFICE = (
    "Minister of the Presidency Ada Lund met union leaders on Tuesday.\n\nThe talks lasted.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of the Presidency said: “The quay will reopen in the spring.”",
        "“The quay will reopen in the spring,” the Minister of the Presidency said.",
        "The Minister of the Presidency refrained from comment, and argued that “the government "
        "will reopen the quay before the summer.”",
    ],
)
def test_an_office_held_at_a_body_is_the_person_holding_it(sentence: str) -> None:
    found = extract_quotations(OFFICE + sentence + "\n")
    assert [q.speaker_full for q in found] == ["Ada Lund"]


def test_a_name_after_the_office_is_the_speaker() -> None:
    sentence = (
        "The Minister of the Presidency Kim Dale refrained from comment, and argued that “the "
        "harbour will reopen before the summer.”"
    )
    assert [q.speaker_full for q in extract_quotations(OFFICE + sentence + "\n")] == ["Kim Dale"]


def test_a_pronoun_follows_the_person_its_paragraph_is_about() -> None:
    page = (
        "President Ada Lund opened the new State House on Saturday.\n\n"
        "The house cost $54.9m, the works minister, Tom Berg, revealed.\n\n"
        "Lund, flanked by her guests, was excited. She proudly announced: “This is the first "
        "State House that our government has built.”\n"
    )
    assert [q.speaker_full for q in extract_quotations(page)] == ["Ada Lund"]


GUILLEMETS = "« Nous rouvrirons le quai avant l'été, avec ou sans le budget. »"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Lund a souligné devant les élus le travail qui les attend :",
        "Dans son discours, la mairesse a souligné devant les élus le travail qui les attend :",
    ],
)
def test_a_quote_in_spaced_guillemets_after_a_lead_in_paragraph(lead_in: str) -> None:
    page = f"La mairesse Ada Lund a été assermentée mardi.\n\n{lead_in}\n\n{GUILLEMETS}\n"
    assert [q.speaker_full for q in extract_quotations(page)] == ["Ada Lund"]


def test_a_description_starts_after_the_comma_and_the_article() -> None:
    page = f"Dans son discours, la maire a souligné le travail des élus :\n\n{GUILLEMETS}\n"
    found = extract_quotations(page)
    assert [(q.speaker_full, q.speaker_as_written) for q in found] == [(None, "maire")]


COMPANY = "Northbridge Aluminium announced a $1.4bn investment in its smelter on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“It took 15 years. I am really happy,” added the president of the Aluminium "
            "Workers Union of Westport, Tom Berg.",
            "Tom Berg",
        ),
        (
            "«Ça faisait 15 ans qu'on attendait. Je suis très heureux», a ajouté le président du "
            "Syndicat des employés de l'Aluminium du Port, Tom Berg.",
            "Tom Berg",
        ),
        (
            "«Ça faisait 15 ans qu'on attendait. Je suis vraiment heureuse», a renchéri la "
            "ministre responsable de la région, Ada Lund.",
            "Ada Lund",
        ),
        # (a body's leader nobody names: no speaker, round 26)
        ("“It took 15 years. I am really happy,” said the union president.", None),
    ],
)
def test_a_long_role_then_the_name_and_a_bodys_leader(sentence: str, speaker: str | None) -> None:
    assert [q.speaker_full for q in extract_quotations(COMPANY + sentence + "\n")] == [speaker]


POLICE = (
    "Kapolres Jakarta Timur Kombes Ada Lunda mengatakan pihaknya masih menyelidiki kasus itu.\n\n"
)
WORDS = '"Kami masih menyelidiki kasus ini dan akan segera menangkap pelakunya,"'


@pytest.mark.parametrize(
    "cue",
    [
        f"{WORDS} tuturnya.",
        f"{WORDS} sambungnya.",
        f"{WORDS} kata Lunda di Jakarta, Senin (14/5/2018).",
        'Lunda menegaskan, "Kami masih menyelidiki kasus ini dan akan segera menangkapnya."',
    ],
)
def test_indonesian_ranks_cues_and_the_place_and_day_after_the_name(cue: str) -> None:
    assert [q.speaker_full for q in extract_quotations(POLICE + cue + "\n")] == ["Ada Lunda"]


def test_a_particle_name_before_a_comma_keeps_its_particle() -> None:
    page = "“We will win this year,” said Ada di Stefano, the mayor.\n"
    assert [q.speaker_full for q in extract_quotations(page)] == ["Ada di Stefano"]
