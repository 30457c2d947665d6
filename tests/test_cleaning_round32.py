"""Round 32: an outlet's name after a bar goes from the title even when the page never prints
the headline bare ("Storm closes ports | THE HARBOUR HERALD")."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.site_names import without_site_name


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Storm closes ports | THE HARBOUR HERALD", "Storm closes ports"),
        ("Lund: ‘Am I to blame for the best season ever?’ | The Northport Times", None),
        # after a dash the words may be a series' name: the line as the page prints it
        ("Storm closes ports – Northport Daily", "Storm closes ports – Northport Daily"),
        # no word an outlet names itself by: the bar may split the headline itself
        ("Storm closes ports | Ferries wait", "Storm closes ports | Ferries wait"),
    ],
)
def test_an_outlets_name_after_a_bar_goes(title: str, headline: str | None) -> None:
    page = f"{title}\n\nThe storm closed the ports of Northport on Monday.\n"
    want = headline or title.split(" | ")[0]
    assert without_site_name(title, page) == want


def test_the_cleaned_article_s_title_drops_the_outlet() -> None:
    raw = (
        "Lund: ‘Am I to blame for the best carnival ever?’ | THE HARBOUR HERALD\n\n"
        "NORTHPORT–Minister of Culture Ada Lund, who addressed Members of Parliament for three "
        "hours on Monday, answered questions on the carnival's budget.\n\n"
        "Tom Berg said the carnival had suffered because Lund was not part of it.\n"
    )
    assert clean(raw).title == "Lund: ‘Am I to blame for the best carnival ever?’"
