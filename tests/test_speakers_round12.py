"""Speaker resolution, round 12: invented paragraphs, one per class of sentence or page.

Abbreviated and occupational titles before a name ("Coun", "Cllr", "StS", "Publisher") are
titles, not the person's first name.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


# ------------------------------------------------------------- titles left on the name


@pytest.mark.parametrize("title", ["Coun", "Cllr", "Publisher", "StS", "Staatssekretärin"])
def test_title_before_a_name_is_not_the_name(title: str) -> None:
    text = (
        f"The plan was debated on Monday. {title} Orla Pembry rejected it.\n\n"
        "“We will not sign a deal that leaves the valley without a bus,” Pembry said."
    )
    q = _quote(text, "We will not sign")
    assert q.speaker == "Pembry"
    assert q.speaker_full == "Orla Pembry"
