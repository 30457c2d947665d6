"""Round 22: furniture any outlet prints and lines that are never the headline (invented pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.controls import is_ui
from claimtrack.reading.feed_notes import is_feed_note, language_bar
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.line_rules import is_end_marker
from claimtrack.reading.notices import is_photo_credit, is_related_link
from claimtrack.reading.page_prompts import cookie_notice, is_page_prompt
from claimtrack.reading.read_also import labelled_pointer
from claimtrack.reading.sidebars import is_read_also
from claimtrack.reading.site_chrome import is_site_chrome
from claimtrack.reading.site_names import without_site_name

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
MORE = (
    "Work on the channel will start in the spring, the board's chair, Ada Lund, told "
    "reporters after the vote."
)


# -- a web address in a line -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The original report by Ada Lund can be found here: https://harbour.example/r/12",
        "See www.harbour.example for the full timetable",
        "Harbour Gazette http://harbour.example",
    ],
)
def test_a_line_holding_a_web_address_is_no_headline(line: str) -> None:
    assert shaped_as_no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour.example sold to rival for $2m in surprise deal",
        "Northport firm buys web domain for record sum",
    ],
)
def test_a_headline_naming_a_site_stays_one(line: str) -> None:
    assert not shaped_as_no_headline(line)


def test_a_pointer_with_an_address_under_the_headline_is_not_the_title() -> None:
    page = (
        "Ferry channel to be widened: the long road to a deal\n\nPosted on: 3/14/06\n\n"
        "The original report by Ada Lund can be found here: https://harbour.example/r/12\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(page)
    assert result.title == "Ferry channel to be widened: the long road to a deal"
    assert LEAD in result.text and MORE in result.text


# -- a logo's alt text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["harbour logo", "northport ferries logo", "Harbour Court logo", "Harbour Gazette Logo",
     "Northport News Logo", "Harbour Gazette LogoHarbour Gazette Logo"],
)  # fmt: skip
def test_a_logos_alt_text_is_chrome_even_in_the_head(line: str) -> None:
    assert is_site_chrome(line, header=True)
    assert is_site_chrome(line, header=False)


@pytest.mark.parametrize(
    "line",
    ["Council Unveils New Logo", "Harbour FC unveils new logo", "Fans Hate the New Logo",
     "Row over the harbour's logo deepens"],
)  # fmt: skip
def test_a_headline_about_a_logo_stays_one_in_the_head(line: str) -> None:
    assert not is_site_chrome(line, header=True)


def test_a_logo_over_the_headline_is_not_the_title() -> None:
    page = f"Skip to content\n\nharbour gazette logo\n\nFerry channel to be widened\n\n{LEAD}\n"
    result = clean(page)
    assert result.title == "Ferry channel to be widened"
    assert "logo" not in result.text


def test_a_logo_over_a_full_stopped_first_line_is_not_the_title() -> None:
    result = clean(f"Skip to content\n\nharbour logo\n\n{LEAD}\n\n{MORE}\n")
    assert result.title is None
    assert result.text.startswith(LEAD)


# -- a language switcher ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "English | Deutsch | Français",
        "English Español Русский 简体中文 عربي",
        "English / Bahasa Indonesia",
        "Tiếng Việt • English",
        "Svenska English Suomi",
    ],
)
def test_a_line_of_languages_names_is_a_switcher(line: str) -> None:
    assert language_bar(line)
    assert is_feed_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "English",  # a name alone: maybe a heading
        "English lessons for Northport's new arrivals",
        "Deutsch-Französisches Jugendwerk",
        "French and German ministers meet in Northport",
        "Polish, Czech leaders to meet",
    ],
)
def test_a_line_about_languages_is_no_switcher(line: str) -> None:
    assert not language_bar(line)


def test_a_language_switcher_over_the_headline_is_not_the_title() -> None:
    page = (
        "English Español Русский 简体中文 عربي\n\nHarbour Board Spokesperson Ada Lund's Regular "
        f"Press Conference on May 3, 2023\n\n2023-05-03 19:48\n\n{LEAD}\n\n{MORE}\n"
    )
    result = clean(page)
    assert result.title == (
        "Harbour Board Spokesperson Ada Lund's Regular Press Conference on May 3, 2023"
    )
    assert "Español" not in result.text and LEAD in result.text


def test_a_language_switcher_in_the_body_is_dropped() -> None:
    result = clean(
        f"Ferry channel to be widened\n\n{LEAD}\n\nEnglish | Deutsch | Français\n\n{MORE}\n"
    )
    assert "Deutsch" not in result.text and MORE in result.text


# -- what a page asks of its visitor ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Stay up to date with notifications from Harbour Gazette",
        "Notifications can be managed in browser preferences.",
        "Turn on notifications",
        "Would you like to receive push notifications from Northport News?",
        "Benachrichtigungen aktivieren",
        "Activer les notifications",
        "Recibe notificaciones de Harbour Gazette",
        "Aktifkan notifikasi",
        "Externer Inhalt",
        "External content",
        "Contenu externe",
        "Contenido externo:",
    ],
)
def test_a_notification_prompt_or_an_embeds_placeholder_is_chrome(line: str) -> None:
    assert is_page_prompt(line)
    assert is_site_chrome(line, header=True)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour app will send notifications when ferries are late, the board said.",
        "Tax notifications arrive by post in March.",
        '"Turn on notifications," Ada Lund told passengers.',
        "External auditors to review harbour accounts",
        "Get ready for the ferry strike",
    ],
)
def test_a_line_about_notifications_stays(line: str) -> None:
    assert not is_page_prompt(line)
    assert not is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to give you the best experience on our website.",
        "By using this site you agree to our Terms of Use. We have placed cookies on your device.",
        "Web sitemizde size daha iyi hizmet sunmak için çerezler kullanıyoruz.",
        "Wir verwenden Cookies, um Ihnen die Nutzung unserer Website zu erleichtern.",
        "Nous utilisons des témoins de connexion pour améliorer votre expérience sur notre site.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y publicidad.",
    ],
)
def test_a_cookie_notice_is_chrome(line: str) -> None:
    assert cookie_notice(line)
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Browsers will block third-party cookies in the harbour region from next year.",
        '"We use cookies responsibly on our site," the firm said.',
        "We baked cookies for the whole street on Sunday.",
        "Our grandmother's cookie recipe won the Northport fair.",
        "Regulators said websites must ask users before setting cookies.",
        # a report that addresses its reader is no notice either
        "Websites will have to ask you before they set cookies on your device, Lund said.",
        "Under the new rules, sites must let you refuse tracking cookies as easily as you "
        "accept them.",
        "Browsers will block third-party cookies next year, making it harder for sites to "
        "follow you around the web.",
    ],
)
def test_a_line_about_cookies_stays(line: str) -> None:
    assert not cookie_notice(line)


def test_a_cookie_notices_box_after_the_body_is_dropped() -> None:
    box = [
        "Web sitemizde size daha iyi hizmet sunmak için çerezler kullanıyoruz.",
        "Bu çerezler tarayıcıyı tanır.",  # no "we", no "you": the box's line all the same
        "Çerez ayarlarınızı tarayıcınızdan değiştirebilirsiniz.",
    ]
    page = "Ferry channel to be widened\n\n" + f"{LEAD}\n\n{MORE}\n\nX\n\n" + "\n\n".join(box)
    result = clean(page)
    assert LEAD in result.text and MORE in result.text
    assert "çerez" not in result.text


def test_a_report_about_cookies_keeps_its_lines() -> None:
    body = [
        "Regulators in Northport said on Monday that websites must ask before setting cookies.",
        "The rule covers advertising cookies and those used to measure visits, they said.",
        "Firms that break it face fines, the regulator's chief, Ada Lund, told reporters.",
    ]
    result = clean("Harbour regulator tightens rules on cookies\n\n" + "\n\n".join(body) + "\n")
    assert all(line in result.text for line in body)


def test_a_notification_prompt_over_the_headline_is_not_the_title() -> None:
    page = (
        "Stay up to date with notifications from Harbour Gazette\n\n"
        "Notifications can be managed in browser preferences.\n\n"
        "It's only one vote, says Lund as ferry plan passes\n\nAda Lund\n\n"
        f"Tuesday 4 March 2014 09:12 GMT\n\n{LEAD}\n\n{MORE}\n"
    )
    result = clean(page)
    assert result.title == "It's only one vote, says Lund as ferry plan passes"
    assert "Notifications" not in result.text and result.text.startswith(LEAD)


# -- share buttons with what they share, a forum engine's controls ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Compartilhar notícia",
        "Compartir noticia",
        "Artikel teilen",
        "Partager l'article",
        "Bagikan berita",
        "Share this story",
        "Link to comment",
        "Share on other sites",
        "Recommended Posts",
        "• Replies 6",
        "• Created",
        "• Last Reply",
        "• Create New...",
        "This topic is now archived and is closed to further replies.",
        "• Recently Browsing   0 members",
        "• No registered users viewing this page.",
        "Reply to this topic",
    ],
)
def test_a_share_button_or_a_forums_control_is_ui(line: str) -> None:
    assert is_ui(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply in Northport",
        "Created in 1902, the harbour board runs three ferries.",
        "Replies to the survey came from 600 households.",
        "Link to the harbour plan approved",
        "Posts 12 jobs in the harbour",
    ],
)
def test_a_line_with_these_words_stays(line: str) -> None:
    assert not is_ui(line)


def test_a_forum_threads_controls_are_dropped_and_sign_no_one() -> None:
    page = (
        "Jump to content\n\nVote on the Harbour Plan\n\n\nRecommended Posts\n\n  • Replies 2\n"
        "  • Created\n  • Last Reply\n\n"
        "I think the plan will pass, most of the council seems to back it by now.\n\n"
        "Link to comment\nShare on other sites\n\n"
        "Yes, but the ferry operators are still against it and they have a lot of friends.\n\n"
        "Link to comment\nShare on other sites\n\n\n"
        "This topic is now archived and is closed to further replies.\n\n"
        "  • Recently Browsing   0 members\n\n    • No registered users viewing this page.\n"
        "  • Create New...\n\nImportant Information\n\n"
        "By using this site you agree to our Terms of Use. We have placed cookies on your device.\n"
    )
    result = clean(page)
    assert result.authors == ()
    assert "Link to comment" not in result.text and "Recommended" not in result.text
    assert "archived" not in result.text and "cookies" not in result.text
    assert "I think the plan will pass" in result.text and "ferry operators" in result.text


# -- pointers in more languages: read-also, follow, comments, media contacts ------------


@pytest.mark.parametrize(
    "line",
    [
        "Lea: Harbour board approves ferry plan",
        "Lea: Piden más barcos para el puerto del norte",
        "Czytaj: Nowy terminal w porcie otwarty",
        "Baca: 5 Fakta Banjir di Pelabuhan Utara",
        "Lesen: Was der Hafen plant?",
        "Veja: Porto do Norte ganha novo cais",
    ],
)
def test_a_bare_read_label_over_a_headline_is_a_pointer(line: str) -> None:
    assert labelled_pointer(line)
    assert is_related_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lea: I think so.",  # a transcript's turn
        "Lea: Well, I am not sure. We will see",
        "LEA: Yes, of course",  # a speaker's label in capitals
        "Lea Lund: Harbour board approves ferry plan",
        "Lea: yes",
    ],
)
def test_a_turn_under_a_speakers_name_is_no_pointer(line: str) -> None:
    assert not labelled_pointer(line)


@pytest.mark.parametrize("line", ["A lire aussi", "A voir aussi", "À lire aussi"])
def test_a_read_also_heading_without_its_accent(line: str) -> None:
    assert is_read_also(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow Harbour News untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google "
        "News",
        "Ikuti kami di Google News",
        "Join our Telegram channel for the latest news",
        "Síguenos en WhatsApp",
    ],
)
def test_an_invitation_to_follow_the_outlet_is_chrome(line: str) -> None:
    assert is_page_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Join the protest, organisers urged on WhatsApp on Monday.",
        "Follow the money: how the Telegram channel grew",
        '"Follow us on WhatsApp," Ada Lund told the crowd.',
    ],
)
def test_a_line_about_following_stays(line: str) -> None:
    assert not is_page_prompt(line)


@pytest.mark.parametrize(
    "line",
    ["Member comments", "Readers' comments", "Media contact information", "Press contacts"],
)
def test_a_comment_sections_or_a_press_offices_heading_ends_the_article(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize(
    "line", ["Log in here to leave a comment.", "Sign in to comment", "Log in to leave a comment"]
)
def test_a_comment_prompt_is_a_feed_note(line: str) -> None:
    assert is_feed_note(line)


def test_member_comments_end_the_article() -> None:
    other = "Why harbour cranes could leave Northport short of fuel this weekend"
    page = (
        f"Ferry channel to be widened\n\n{LEAD}\n\n{MORE}\n\nMember comments\n\n"
        f"Log in here to leave a comment.\n\nFor members\n\n{other}\n\n{other}\n"
    )
    result = clean(page)
    assert result.text.endswith(MORE)
    assert "Member" not in result.text and other not in result.text


def test_a_pointer_mid_article_is_dropped_and_the_story_goes_on() -> None:
    page = (
        f"Ferry channel to be widened\n\n{LEAD}\n\nLea: Piden más barcos para el puerto del "
        f"norte\n\n{MORE}\n"
    )
    result = clean(page)
    assert "Piden" not in result.text and LEAD in result.text and MORE in result.text


# -- a section's label before the headline ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "other", "want"),
    [
        ("World - Ferry crews end strike", "Ferry crews end strike", "Ferry crews end strike"),
        ("Business / Storm closes ports", "Storm closes ports", "Storm closes ports"),
        (
            "Harbour News – Ferry crews end strike",
            "Ferry crews end strike",
            "Ferry crews end strike",
        ),
        ("Analysis – why the ferries stopped", "Northport", "Analysis – why the ferries stopped"),
        ("World - Two dead", "Two dead", "World - Two dead"),  # too short a headline to tell
    ],
)
def test_a_sections_label_goes_when_the_page_prints_the_headline_bare(
    title: str, other: str, want: str
) -> None:
    page = f"{title}\n{other}\n\n{LEAD}\n"
    assert without_site_name(title, page) == want


def test_the_headline_printed_bare_and_with_its_section_is_the_title_without_it() -> None:
    page = (
        "Ferry crews end strike in Northport\nWorld / Ferry crews end strike in Northport\n"
        f"World - Ferry crews end strike in Northport\n{LEAD}\n\n{MORE}\n"
    )
    assert clean(page).title == "Ferry crews end strike in Northport"


# -- credits in more forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Crédito: Imagen suministrada",
        ". Crédito: Imagen suministrada",
        "Crédit photo : Ada Lund",
        "Bildnachweis: Hafenblatt",
        "Screen grab/Northport Council YouTube page",
    ],
)
def test_a_credits_label_in_more_languages_is_a_caption(line: str) -> None:
    assert is_caption_form(line)


@pytest.mark.parametrize(
    "line",
    [
        "Crédito: 5.000 millones de pesos para las pymes del puerto.",
        "Crédito: el Gobierno ofrecerá préstamos a bajo interés a las pymes del puerto",
        "Credit card fees rise in Northport",
    ],
)
def test_a_line_about_credit_stays(line: str) -> None:
    assert not is_caption_form(line)


@pytest.mark.parametrize(
    "line",
    [
        "Image is used for representational purpose. (Photo | Ada Lund, HT)",
        "The storm was upgraded on Monday. It may reach the coast on Friday. (Video: Ada Lund, "
        "Tom Bergholm/Harbour Gazette, Photo: Tom Bergholm/Harbour Gazette)",
    ],
)
def test_a_caption_ending_in_a_bracketed_photo_or_video_credit(line: str) -> None:
    assert is_photo_credit(line)


def test_a_credit_under_a_caption_in_the_body_is_dropped() -> None:
    page = (
        f"Ferry channel to be widened\n\n{LEAD}\n\nCranes at the northern quay\n\n"
        f". Crédito: Imagen suministrada\n\n{MORE}\n"
    )
    result = clean(page)
    assert "Crédito" not in result.text and LEAD in result.text and MORE in result.text
