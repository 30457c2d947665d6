"""Cleaning, round 18: the lines after a story in some twenty languages (tags, source, rights
reserved, an author's note, comment and correction controls)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.tail_lines import is_tail_line

HEAD = "Council approves the harbour flood plan\n\n"
BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n\n"
    "Work on the first section of the wall is due to start in the spring, engineers said.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Etiquetas: puerto, inundaciones",
        "Schlagwörter: Hafen, Hochwasser",
        "Etiketler: liman, sel",
        "Źródło: PAP",
        "Kaynak: AA",
        "来源：新华社",
        "출처: 연합뉴스",
        "Todos los derechos reservados.",
        "Все права защищены.",
        "Tüm hakları saklıdır.",
        "版权所有，未经授权不得转载。",
        "無断転載を禁じます。",
        "저작권자 © 노스브리지 무단전재 및 재배포 금지",
        "جميع الحقوق محفوظة",
        "Ada Lund is the Courier's local government reporter.",
        "Ada Lund is a reporter for the Northbridge Courier. She can be reached at ada@x.example.",
        "Report a correction",
        "Have your say",
        "Loading comments…",
        "Like this article? Share it with your friends.",
        "Correction: An earlier version of this article misstated the cost of the wall.",
        "This story has been corrected to show the wall's cost.",
        "Ada Lund covers local government for the Courier.",
        "Contact Ada Lund at ada@courier.example or 555-0100.",
        "Write to Ada Lund at ada@courier.example",
        "Ada Lund is a freelance journalist based in Northbridge.",
        "Follow us on Facebook, Twitter and Instagram",
        "What do you think? Let us know in the comments below.",
        "About Us | Contact | Privacy Policy | Terms of Use",
        "Paid partner content",
        "Follow AP's coverage of the floods at https://apnews.example/hub/floods",
        "skip past newsletter promotion",
        "Sign up to First Edition",
        "Media caption, The mayor explains the plan",
        "___",
        "* * *",
    ],
)
def test_a_line_after_the_story_is_dropped_and_the_story_kept(line: str) -> None:
    assert is_tail_line(line)
    text = clean(HEAD + BODY + line + "\n").text
    assert line not in text
    assert "Work on the first section" in text


@pytest.mark.parametrize(
    "line",
    [
        "Lund is a reporter for the Courier who was arrested in Minsk last year.",
        "Berg is the town's longest-serving editor.",
        "Fonte: il ministero ha confermato che il piano è pronto e costerà 40 milioni.",
        "The editorial standards of the paper were questioned by the council on Monday.",
        "Sign up to vote before the deadline on Friday, officials urged residents.",
    ],
)
def test_a_story_sentence_shaped_a_little_like_furniture_is_kept(line: str) -> None:
    assert not is_tail_line(line)
    assert line in clean(HEAD + BODY + line + "\n\n" + BODY.replace("council", "board")).text


def test_a_credits_bars_stay_a_caption_credit_so_the_caption_above_goes_too() -> None:
    caption = "The mayor arrives at the council offices in Northbridge on March 20, 2014."
    credit = "Ada Lund | AFP | Getty Images"
    text = clean(
        HEAD + BODY + caption + "\n" + credit + "\n\n" + BODY.replace("council", "board")
    ).text
    assert caption not in text and credit not in text
