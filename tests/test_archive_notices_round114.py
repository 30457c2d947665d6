"""Round 114: an archive's notice over a page it keeps.

Forms:
- a state library's notice at the top of an archived governor's site ("These pages are being
  preserved for historical purposes under the auspices of the Northland State Library
  www.nslib.example"): dropped, and the body starts at the release's lead (before: the notice
  was taken for the body's first paragraph and the site's menus, seal and letterhead were kept
  under it);
- a station's notice on an old story, over the story or under it ("This is an archived
  article and the information in the article may be outdated. Please look at the time stamp
  on the story to see when it was last updated."), dropped (before: kept in the body, over the
  story or under it);
- a government archive's label and note ("Archived Content", "Information identified as
  archived is provided for reference, research or recordkeeping purposes. …"), each dropped
  over the story or under it (before: kept in the body under the story, the note over it too);
- a note on which government published the page ("This was published under the 2010 to 2015
  Northland coalition government"), "This news release is archived." and "This page is no
  longer being updated.", each dropped over the story or under it (before: kept in the body
  under the story, the last over it too).

Guards: a report that names an archive's work ("The library said the pages are being
preserved for historical purposes.", "This was published under the old rules, Lund said.")
stays in the body, and so does a notice's words in quotation marks.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

_LEAD = (
    "Governor Ada Lund announced today that the state has committed more than $1 billion in"
    " federal funds to harbour projects since the spring."
)
_BODY = (
    _LEAD,
    "“These funds are helping our towns weather a hard year,” Governor Lund said.",
    "The money will pay for new quays in Northport and Velm.",
)


def _archived_release() -> str:
    return "\n".join(
        [
            "Governor Lund: State Commits $1 Billion to Harbour Projects",
            "These pages are being preserved for historical purposes under the auspices of"
            " the Northland State Library www.nslib.example",
            "NLgov State of Northland",
            "Home Biography Online Forms Contact Governor Lund",
            "",
            "Printable Version",
            "",
            "Seal of the State of Northland",
            "",
            "STATE OF NORTHLAND",
            "EXECUTIVE CHAMBERS",
            "",
            "FOR IMMEDIATE RELEASE",
            "July 12, 2009",
            "",
            "Governor Lund: State Commits $1 Billion",
            "",
            "To Harbour Projects",
            "",
            *_BODY,
        ]
    )


def test_a_state_librarys_notice_is_dropped_and_the_body_starts_at_the_lead() -> None:
    result = clean(_archived_release())
    assert result.text.startswith(_LEAD)
    assert "preserved for historical purposes" not in result.text
    assert "EXECUTIVE CHAMBERS" not in result.text


@pytest.mark.parametrize(
    "notice",
    [
        "This is an archived article and the information in the article may be outdated."
        " Please look at the time stamp on the story to see when it was last updated.",
        "Archived Content",
        "Information identified as archived is provided for reference, research or"
        " recordkeeping purposes. It has not been altered or updated since it was archived.",
        "This was published under the 2010 to 2015 Northland coalition government",
        "This news release is archived.",
        "This page is no longer being updated.",
    ],
)
def test_an_archives_notice_over_or_under_a_story_is_dropped(notice: str) -> None:
    headline = "Harbour board commits $1 billion to new quays"
    over = clean("\n\n".join([headline, notice, *_BODY]))
    under = clean("\n\n".join([headline, *_BODY, notice]))
    assert notice not in over.text
    assert over.text.startswith(_LEAD)
    assert notice not in under.text
    assert under.text.endswith(_BODY[-1])


@pytest.mark.parametrize(
    "report",
    [
        "The library said the pages are being preserved for historical purposes.",
        "This was published under the old rules, Lund said.",
        "“This page is no longer being updated,” the board's notice said.",
    ],
)
def test_a_report_on_an_archives_work_stays_in_the_body(report: str) -> None:
    page = "\n\n".join(["Harbour board commits $1 billion to new quays", *_BODY, report])
    assert report in clean(page).text
