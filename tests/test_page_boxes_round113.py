"""Round 113: what a news page's own machinery prints over the story.

Forms:
- a browser's notification box: its heading ("Web Notifications") and the site asking leave
  to send them ("HarbourCentral.com would like to send you notifications for breaking news
  alerts."), dropped (before: the heading was taken for the title, the request kept as the
  body's first paragraph);
- a video box's notice, "STORY CONTINUES BELOW THESE HARBOURCENTRAL VIDEOS", dropped (before:
  kept in the body);
- an embedded player's link ('Watch on YouTube: "Harbour Nights & Velm Days | HarbourCentral"')
  and the clip's title over it: both dropped, and the clip's title gives no authors (before:
  the title was read as a byline, "Harbour Nights" and "Velm Days" the story's authors);
- a site's alert over a governor's release ("Flood Alert - For the latest information on the
  harbour flood in Northland, please visit …"): dropped, and the release's headline and
  dateline are read (before: the alert was taken for the body's first paragraph, the release
  got no title and no date).

Guards: a byline right over a player's link that quotes another clip stays the story's
byline; a report about notifications ("Web notifications were blamed for the outage, Lund
said.") and a line that goes on after "Story continues below the photos" stay in the body;
so does a story's line on where to find the latest information with a comma inside ("For the
latest information on the flood, Lund said, residents should visit the hall.").

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean

_HEADLINE = "Northport council to decide on harbour master's term"
_BODY = (
    "NORTHPORT — Northport town council meets Tuesday to consider a request by the harbour"
    " master to extend his term for six months although he has moved out of town.",
    "Coun. Tom Berg made the request in March, when he moved to Velm.",
    "“I asked because I thought the rules required it,” Berg said on Thursday.",
)
_CLIP = "Harbour Nights & Velm Days | HarbourCentral"


def _page(*, over_link: str = _CLIP) -> str:
    return "\n".join(
        [
            "Web Notifications",
            "",
            "HarbourCentral.com would like to send you notifications for breaking news alerts.",
            "",
            "Activate notifications?",
            "",
            _HEADLINE,
            "",
            "Coun. Tom Berg at the town hall - Ada Lund",
            "",
            "STORY CONTINUES BELOW THESE HARBOURCENTRAL VIDEOS",
            "",
            over_link,
            "",
            f'Watch on YouTube: "{_CLIP}"',
            "",
            *_BODY,
        ]
    )


def test_notification_box_is_dropped_and_the_headline_is_the_title() -> None:
    result = clean(_page())
    assert result.title == _HEADLINE
    assert "notifications" not in result.text.casefold()
    assert result.text.startswith("NORTHPORT — Northport town council")


def test_video_box_notice_is_dropped() -> None:
    assert "CONTINUES BELOW" not in clean(_page()).text


def test_player_clip_title_is_no_byline() -> None:
    result = clean(_page())
    assert result.authors == ()
    assert _CLIP not in result.text
    assert "Watch on YouTube" not in result.text


def test_byline_not_quoted_by_a_player_stays_the_byline() -> None:
    result = clean(_page(over_link="Ada Lund | HarbourCentral"))
    assert result.authors == ("Ada Lund",)
    assert result.title == _HEADLINE
    assert "Watch on YouTube" not in result.text


def test_reports_about_notifications_and_stories_below_stay() -> None:
    lines = [
        "Web notifications were blamed for the outage, Lund said.",
        "Story continues below the photos, in part two.",
    ]
    page = "\n".join([_HEADLINE, "", *_BODY[:2], "", *lines, "", _BODY[2]])
    text = clean(page).text
    for line in lines:
        assert line in text


_RELEASE = (
    "Flood Alert - For the latest information on the harbour flood in Northland, please visit"
    " flood.northland.example",
    "Click here to view the Northland Flood Dashboard",
    "",
    "Daily Announcements issued by the Governor's Office",
    "",
    "Gov. Lund Provides Update on Fight Against the Flood",
    "",
    "Tom Berg or Eva Berg",
    "Office of the Governor",
    "12 Quay Avenue",
    "Northport, NL  40601",
    "",
    "NORTHPORT, NL (June 4, 2026) – On Thursday, Gov. Ada Lund detailed the state’s efforts to"
    " keep the river out of the town.",
    "",
    "Gov. Lund updated residents on new closures and on the relief fund.",
    "",
    "“We will open the shelters again tonight,” Gov. Lund said.",
)


def test_site_alert_over_a_release_is_dropped() -> None:
    result = clean("\n".join(_RELEASE))
    assert result.title == "Gov. Lund Provides Update on Fight Against the Flood"
    assert "Flood Alert" not in result.text
    assert result.text.startswith("NORTHPORT, NL (June 4, 2026)")
    assert str(result.published) == "2026-06-04"


def test_story_line_on_where_to_find_information_stays() -> None:
    line = "For the latest information on the flood, Lund said, residents should visit the hall."
    page = "\n".join([_HEADLINE, "", *_BODY[:2], "", line, "", _BODY[2]])
    assert line in clean(page).text
