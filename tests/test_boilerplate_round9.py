"""Round 9 boilerplate: rules for classes of page furniture, each checked on several variants
(outlets, engines, languages) and both ways (the furniture goes, body lines like it stay).

Press releases' contact blocks and a wire's own adverts, labelled credits (``Penulis: …``,
``Editor: …``), blog engines' post footers, unrendered templates and widget errors, long
captions ending in their credit, a stray fragment on the last line, recommendation boxes in
other languages, and long unpunctuated prose (a paragraph the copy cut off) kept as body.

All fixtures are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.credits import is_credit_line, is_post_footer
from claimtrack.reading.line_rules import boilerplate_reason, is_end_marker, is_spam
from claimtrack.reading.notices import is_photo_credit, is_related_link, is_sidebar
from claimtrack.reading.promos import is_promo
from claimtrack.reading.widgets import is_template_line, is_widget

HEADLINE = "Harbour board says ferry strike will end this week"
LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."
QUOTE = "“We are relieved that the boats will sail again,” said Mara Quint, a ferry captain."


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- contact blocks


@pytest.mark.parametrize(
    "line",
    [
        "For further information:",
        "For further information: Lena Voss, Northport Harbour Board, (555)",
        "For more information, please contact: Tom Reed, +44 20 5550 0101",
        "For additional information:",
        "Media Relations: Ana Ruiz, ana@example.org",
        "Investor contact: Kim Lee",
        "Contacts:",
        "Pour plus d'informations : Claire Dumas, 01 55 50 01 01",
        "Para más información:",
        "Para mais informações:",
        "Weitere Informationen:",
        "Per ulteriori informazioni:",
        "Untuk informasi lebih lanjut:",
        "Narahubung: Budi Santoso",
        "/For further information: Lena Voss, (555) 555-0100/",
        "Contacts",
        "Media Contacts",
        "Investor Relations",
        "-30-",
    ],
)
def test_a_press_releases_contact_block_ends_it(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "The board gave no further information about the talks.",
        "More information will follow, the minister said.",
        "Contact with the crews resumed on Monday.",
        "Investor relations remain strong, the chief executive said.",
        "30",
    ],
)
def test_prose_about_information_or_contact_ends_nothing(line: str) -> None:
    assert not is_end_marker(line)


def test_the_contact_block_and_the_wires_adverts_under_it_are_cut() -> None:
    page = _page(
        HEADLINE,
        "",
        LEAD,
        MORE,
        "",
        "For further information:",
        "",
        "For further information: Lena Voss, Northport Harbour Board, (555)",
        "010-2000",
        "",
        "Custom Packages",
        "Start today.",
        "Harbourwire Membership",
    )
    result = clean(page)
    assert MORE in result.text
    assert "Lena Voss" not in result.text
    assert "Membership" not in result.text
    assert "Start today" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Fill out a Harbourwire membership form or contact us at 1 (800) 555-0100",
        "Request more information about Harbourwire products and services or call us at 1 (800)"
        " 555-0100",
        "Learn about Harbourwire services",
        "Learn more about our solutions",
        "Call us toll-free 0800 555 0100",
    ],
)
def test_a_services_own_advert_is_a_promo(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can call the council at 555-0101.",
        "“Call us at 555 0101 if the water rises,” the mayor said.",
        "Learn about the new services at the library on Saturday.",
    ],
)
def test_prose_with_a_phone_number_or_services_is_no_promo(line: str) -> None:
    assert not is_promo(line)


# --------------------------------------------------------------------------- credits


@pytest.mark.parametrize(
    "line",
    [
        "Penulis: Budi Santoso",
        "Editor: Y Rahmawati",
        "Laporan: Dewi Lestari",
        "Reporter: Jane Roe | Editor: Tom Reed",
        "Pewarta: Andi Wijaya",
        "Fotógrafo: Ana de la Cruz",
        "Texto: Rui Costa e Ana Reis",
        "Rédaction : Claire Dumas",
        "Redaktion: Jan van Dijk",
        "Por:N+ Harbour TV",
        "Written by: Jane Roe, Tom Reed",
    ],
)
def test_a_labelled_credit_is_a_byline_line(line: str) -> None:
    assert is_credit_line(line)
    assert boilerplate_reason(line, header=False) is DropReason.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: What happens to the ferries now?",
        "Reporter: Okay",
        "Reporter: Thank you, Minister",
        "Editor: the board has not said when the boats will sail.",
        "Penulis: Menteri akan datang besok.",
        "Reporter: Mr Roe, will the strike end?",
    ],
)
def test_a_transcripts_turn_is_no_credit(line: str) -> None:
    assert not is_credit_line(line)


def test_a_transcript_keeps_its_reporters_turns() -> None:
    page = _page(
        HEADLINE,
        "",
        LEAD,
        "Reporter: What happens to the ferries now?",
        "Mara Quint: The boats will sail again on Friday, and the crews will be paid.",
        MORE,
    )
    assert "Reporter: What happens to the ferries now?" in clean(page).text


def test_credit_lines_under_a_standfirst_are_dropped() -> None:
    page = _page(
        HEADLINE,
        "",
        LEAD,
        "",
        "Penulis: Budi Santoso",
        "Editor: Y Rahmawati",
        "",
        MORE,
        "",
        QUOTE,
    )
    result = clean(page)
    assert "Penulis" not in result.text and "Editor:" not in result.text
    assert MORE in result.text and QUOTE in result.text


# --------------------------------------------------------------------------- post footers


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in News. Bookmark the permalink.",
        "This entry was posted in Ferries, Harbour and tagged strike on 3 March 2012 by admin."
        " Bookmark the permalink.",
        "This entry was posted on Monday, March 3rd, 2012 at 10:02 am and is filed under News."
        " You can follow any responses to this entry through the RSS 2.0 feed.",
        "This post was written by Jane Roe",
        "Bookmark the permalink.",
        "Both comments and pings are currently closed.",
    ],
)
def test_a_blog_engines_post_footer(line: str) -> None:
    assert is_post_footer(line)
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "The entry was posted to the council in March, the clerk said.",
        "This post was the hardest to fill, the board said.",
    ],
)
def test_prose_about_posts_is_no_footer(line: str) -> None:
    assert not is_post_footer(line)


# --------------------------------------------------------------------------- templates, errors


@pytest.mark.parametrize(
    "line",
    [
        "ID: {{comments.info.id}}",
        "URL: {{ article.url }}",
        "{{comments.total}} Comentários",
        "{% csrf_token %}",
        "Showing {{page}} of {{pages}}",
    ],
)
def test_an_unrendered_template_line(line: str) -> None:
    assert is_template_line(line)
    assert is_widget(line)


def test_a_sentence_mentioning_braces_is_no_template() -> None:
    line = "The developers wrote {{name}} in the letter template, so every customer got it blank."
    assert not is_template_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "An error occurred while loading the comments.",
        "Something went wrong while loading the comments. Please try again later.",
        "Please try again later.",
        "Ocorreu um erro ao carregar os comentários.",
        "Por favor, tente novamente mais tarde.",
        "Se produjo un error al cargar los comentarios.",
        "Inténtelo de nuevo más tarde.",
        "Une erreur s'est produite lors du chargement des commentaires.",
        "Veuillez réessayer plus tard.",
        "Beim Laden der Kommentare ist ein Fehler aufgetreten.",
        "Bitte versuchen Sie es später erneut.",
        "Si è verificato un errore durante il caricamento dei commenti.",
        "Terjadi kesalahan saat memuat komentar.",
        "Silakan coba lagi nanti.",
    ],
)
def test_a_widgets_loading_error(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "He told the crews to try again later in the week, and left.",
        "An error occurred in the ferry's steering, the inquiry found.",
    ],
)
def test_prose_about_errors_is_no_widget(line: str) -> None:
    assert not is_widget(line)


def test_a_comment_widget_under_the_story_is_dropped() -> None:
    page = _page(
        HEADLINE,
        "",
        LEAD,
        MORE,
        QUOTE,
        "ID: {{comments.info.id}}",
        "Ocorreu um erro ao carregar os comentários.",
        "Por favor, tente novamente mais tarde.",
        "{{comments.total}} Comentár",
    )
    result = clean(page)
    assert result.text.endswith(QUOTE)


# --------------------------------------------------------------------------- captions, fragments

_LONG_CAPTION = (
    "The harbour minister speaks after the opening of the new ferry terminal in Northport on"
    " Friday (17/4/2015). The terminal, the first of its kind in the region, will serve nine"
    " islands and thirty-six towns, and it is expected to carry two million passengers a year"
    " once the second pier opens. "
)


@pytest.mark.parametrize(
    "credit", ["HARBOUR TIMES/JANE ROE", "NORTHPORT POST/Tom Reed", "Jane Roe/Harbour Times"]
)
def test_a_long_caption_ending_in_its_credit(credit: str) -> None:
    line = _LONG_CAPTION + credit
    assert len(line) > 300
    assert is_photo_credit(line)


def test_a_long_paragraph_with_a_slash_inside_is_no_caption() -> None:
    line = _LONG_CAPTION + "The board said the 24/7 service would start in March, and/or April."
    assert not is_photo_credit(line)


@pytest.mark.parametrize("tail", ["R", "x", "»", "1"])
def test_a_stray_fragment_on_the_last_line_is_dropped(tail: str) -> None:
    result = clean(_page(HEADLINE, "", LEAD, MORE, QUOTE, tail))
    assert result.text.endswith(QUOTE)


def test_a_drop_cap_is_never_the_last_line() -> None:
    # A one-letter line higher up (a drop cap, an initial) is not this rule's business.
    result = clean(_page(HEADLINE, "", LEAD, "A", MORE, QUOTE))
    assert result.text.endswith(QUOTE)
    assert MORE in result.text


# --------------------------------------------------------------------------- recommendation boxes


@pytest.mark.parametrize(
    "line",
    [
        "Rekomendasi untuk Anda",
        "Berita Terkini",
        "Berita Terkait",
        "Baca Juga",
        "Lo más leído",
        "Mais lidas",
        "Les plus lus",
        "Meistgelesen",
        "Recomendado para você",
        "Últimas notícias",
        "Dernières actualités",
    ],
)
def test_a_recommendation_box_heading(line: str) -> None:
    assert is_sidebar(line)


def test_a_read_also_link_in_indonesian() -> None:
    assert is_related_link("Baca juga: Menteri tinjau pelabuhan baru di Utara")


def test_a_recommendation_box_mid_article_keeps_the_body_after_it() -> None:
    page = _page(
        HEADLINE,
        "",
        LEAD,
        "",
        "Baca Juga",
        "",
        "Menteri tinjau pelabuhan baru di Utara",
        "",
        MORE,
        "",
        QUOTE,
        "",
        "Rekomendasi untuk Anda",
        "",
        "Berita Terkini",
    )
    result = clean(page)
    assert MORE in result.text and result.text.endswith(QUOTE)
    assert "Menteri tinjau" not in result.text


# --------------------------------------------------------------------------- unpunctuated prose

_CUT_PARAGRAPH = (
    "“Jane brings an impressive record with her to this role and we look forward to her"
    " leadership in helping us build the open trading environment and the lasting partnership"
    " between the harbour towns and all levels of government that is needed to reach our goal to"
    " double the harbour's freight by 203"
)


def test_a_paragraph_the_copy_cut_off_is_prose_not_spam() -> None:
    assert not is_spam(_CUT_PARAGRAPH)
    result = clean(_page(HEADLINE, "", LEAD, MORE, _CUT_PARAGRAPH))
    assert _CUT_PARAGRAPH in result.text


def test_a_long_arabic_paragraph_without_a_full_stop_is_prose() -> None:
    # Arabic copies often end sentences with no stop: their small words ("في", "من") count.
    line = (
        "قال وزير النقل في بيان يوم الثلاثاء إن الإضراب في الميناء الشمالي سينتهي هذا الأسبوع"
        " بعد محادثات طويلة مع النقابة وأضاف أن العمال سيعودون إلى السفن يوم الجمعة وأن الحكومة"
        " ستدفع الأجور المتأخرة من صندوق خاص كما أكد أن المسافرين لن يدفعوا أي رسوم إضافية على"
        " التذاكر حتى نهاية الصيف المقبل وفق ما ذكرت مصادر"
    )
    assert len(line.split()) >= 40
    assert not is_spam(line)


def test_long_unpunctuated_keyword_lists_stay_spam() -> None:
    tags = " ".join(
        f"{w} Harbour"
        for w in [
            "Ferry",
            "Strike",
            "News",
            "Boats",
            "Crews",
            "Union",
            "Pier",
            "Port",
            "Tide",
            "Dock",
        ]
    )
    assert is_spam(tags + " " + tags)
    names = " ".join(f"Mara{i} Quint{i}" for i in range(25))
    assert is_spam(names)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9)


@given(st.lists(_WORD, min_size=40, max_size=80, unique=True))
def test_unpunctuated_long_words_without_small_words_are_spam(tokens: list[str]) -> None:
    # No small words between them: a tag cloud, not a sentence.
    assert is_spam(" ".join(tokens))


@given(st.lists(_WORD, min_size=1, max_size=6), st.sampled_from(["Reporter", "Editor", "Penulis"]))
@example(tokens=["binti", "binti"], label="Reporter")  # particles alone name nobody
def test_a_label_over_lower_case_words_is_never_a_credit(tokens: list[str], label: str) -> None:
    assert not is_credit_line(f"{label}: {' '.join(tokens)}")
