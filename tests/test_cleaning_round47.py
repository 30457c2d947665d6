"""Round 47: a plain-text copyright, empty labels, a lone handle, a reader's submission form,
and an interviewer's labelled question that is never the page's headline.

"(C) Northport Herald 02/09/14" is a copyright line as "©" is; "Author:" or "Source:" left empty
(its value was a link or a picture) and "@harbourtimes" alone are the page's furniture; "Use
these forms to send us announcements." and "All submissions are subject to our guidelines." are
a local paper's submission form. "Journalist: Mr President, have you chosen …?" opens a
transcript's turns: no headline. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import looks_like_name
from claimtrack.reading.cleaning import clean
from claimtrack.reading.controls import is_ui
from claimtrack.reading.notices import is_furniture
from claimtrack.reading.site_forms import is_site_form

_HEAD = "Harbour board backs new ferry timetable"
_P1 = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate about"
    " costs and the needs of island residents."
)
_P2 = (
    "Board members said the timetable would start in March and that fares would stay the same"
    " for at least another year."
)
_P3 = (
    "Residents had asked for more sailings in the winter months, when storms often cancel the"
    " early crossings to the mainland."
)


def _page(*middle: str, byline: str = "By Mara Quint") -> str:
    return "\n\n".join([_HEAD, byline, _P1, _P2, *middle, _P3])


def _dropped(raw: str, line: str) -> bool:
    article = clean(raw)
    return line not in article.text and all(p[:40] in article.text for p in (_P1, _P2, _P3))


@pytest.mark.parametrize(
    "line",
    [
        "(C) Northport Herald 02/09/14",
        "(c) Northport Herald 2014",
        "(C) Harbour Press, Inc. 2019-2021",
        "Author:",
        "Source:",
        "Pengarang :",
        "@harbourtimes",
        "@Harbour_Times",
        "Use these forms to send us announcements.",
        "NOTE: All submissions are subject to our Submission Guidelines.",
        "All submissions are subject to the editor's guidelines.",
        "Submit your announcement using this online form.",
    ],
)
def test_site_furniture_in_the_body_is_dropped(line: str) -> None:
    assert _dropped(_page(line), line)


@pytest.mark.parametrize(
    "line",
    [
        # a legal list's clause, not a copyright
        "(c) the board shall publish the timetable by 2014.",
        "(C) Northport Herald reported the vote on Tuesday.",
        # a label with its value is read by the byline and source rules, not dropped empty
        "Source of the figures: the harbour board's own accounts for 2023.",
        # a handle inside a sentence is the story's
        "Readers can follow the board at @harbourboard for sailing updates.",
        # a story about submissions
        "All submissions to the inquiry were published by the board on Friday.",
        "Use these ferries to send your goods to the mainland, the board said.",
    ],
)
def test_prose_like_the_furniture_is_kept(line: str) -> None:
    article = clean(_page(line))
    assert line in article.text


def test_an_empty_author_label_leaves_the_name_under_it_as_the_author() -> None:
    article = clean(_page(byline="Author:\nAda Lund"))
    assert article.authors == ("Ada Lund",)
    assert "Author:" not in article.text


def test_a_handle_under_the_byline_is_dropped_and_the_author_kept() -> None:
    article = clean(_page(byline="By Ada Lund\n@adalund"))
    assert article.authors == ("Ada Lund",)
    assert "@adalund" not in article.text


@pytest.mark.parametrize(
    "question",
    [
        "Journalist: Mr President, have you chosen the new harbour master yet?",
        "Jornalista: Presidente, o senhor já escolheu o novo ministro?",
        "Reporter: Minister, when will the ferry sail again?",
        "Question: Will the fares stay the same next year?",
    ],
)
def test_an_interviewers_labelled_question_is_never_the_title(question: str) -> None:
    raw = "\n\n".join(
        [
            "Press conference given by the Minister of Transport at the harbour office in"
            " Northport on the new ferry timetable and the fares for the coming year",
            "Northport, 25 April 2019",
            question,
            "Minister: We have chosen no one yet, and we will say so when we have.",
        ]
    )
    assert clean(raw).title != question


def test_a_headline_with_a_label_and_a_question_mark_is_still_a_title() -> None:
    head = "Ferry fares: will the island pay more next year?"
    raw = "\n\n".join([head, "By Mara Quint", _P1, _P2, _P3])
    assert clean(raw).title == head


_HOLDER = st.lists(
    st.sampled_from(["Northport", "Harbour", "Herald", "Press", "Times", "Daily", "Wire"]),
    min_size=1,
    max_size=4,
).map(" ".join)
_DATE = st.one_of(
    st.integers(1990, 2030).map(str),
    st.tuples(st.integers(1, 31), st.integers(1, 12), st.integers(0, 99)).map(
        lambda d: f"{d[0]:02d}/{d[1]:02d}/{d[2]:02d}"
    ),
)


@given(mark=st.sampled_from(["(C)", "(c)", "©", "Copyright"]), holder=_HOLDER, date=_DATE)
def test_any_holder_and_year_or_date_after_a_copyright_mark_is_furniture(
    mark: str, holder: str, date: str
) -> None:
    assert is_furniture(f"{mark} {holder} {date}")


@given(handle=st.from_regex(r"[A-Za-z0-9_]{2,30}", fullmatch=True))
def test_any_handle_alone_is_a_control_and_never_with_words_around_it(handle: str) -> None:
    assert is_ui(f"@{handle}")
    assert not is_ui(f"Follow the harbour board at @{handle} for updates on sailings")


@given(
    what=st.sampled_from(["announcements", "your news", "obituaries", "letters", "photos"]),
    stop=st.sampled_from(["", "."]),
)
def test_a_form_asking_for_any_kind_of_submission_is_the_sites(what: str, stop: str) -> None:
    assert is_site_form(f"Use these forms to send us {what}{stop}")


@pytest.mark.parametrize(
    "line",
    [
        "5 day forecast",
        "7-day forecast",
        "Tide times",
        "5 day forecastTide timetables",
        "weather iconSome bright spells, but mostly cloudy with the chance of a little rain.",
    ],
)
def test_a_weather_widgets_links_and_icon_text_are_dropped(line: str) -> None:
    assert _dropped(_page(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "The 5 day forecast shows rain for the whole island, the harbour master said.",
        # the icon's text is glued on with its capital; a sentence about icons goes on in lower case
        "Weather icons show the sky over each town on the map.",
    ],
)
def test_a_sentence_about_the_forecast_is_kept(line: str) -> None:
    assert line in clean(_page(line)).text


def test_a_sites_tagline_is_no_title_and_an_update_label_signs_no_one() -> None:
    raw = "\n\n".join(
        [
            "The official website for the States of Northport",
            "5 day forecastTide timetables",
            "Sign In",
            "Wednesday 27 March 2019",
            "General Update",
            _P1,
            _P2,
            _P3,
        ]
    )
    article = clean(raw)
    assert article.title != "The official website for the States of Northport"
    assert "General Update" not in article.authors


@pytest.mark.parametrize("label", ["General Update", "Weekly Update", "Council Updates"])
def test_an_update_label_is_no_name(label: str) -> None:
    assert not looks_like_name(label)


def test_a_name_is_still_a_name() -> None:
    assert looks_like_name("Ada Lund")
