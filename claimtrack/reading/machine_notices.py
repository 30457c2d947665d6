"""What a machine prints in place of, or over, an article: a media player's or a browser's
message, a wire's tracking tag, and the disclaimers of machine translation, speech-to-text and
generated text; a transcript site's clip times and the sentiment it scores each clip with.
Pattern text for :mod:`claimtrack.reading.notices` (matched whole, ignoring case); split out of
it to keep it small.
"""

from __future__ import annotations

import re

__all__ = ["CLIP_TIMES", "MACHINE_NOTICES", "PLAYER_NOTICES", "SENTIMENT_TAG"]

PLAYER_NOTICES = (
    # A media player's message in place of the clip.
    r"(?:cannot|can'?t|unable to) play (?:the |this )?(?:media|video|audio).{0,120}"
    r"|(?:sorry, )?this (?:media|video|audio|content) is (?:not|no longer) available.{0,80}"
    r"|your browser does not (?:appear to |seem to )?support.{0,160}"
    r"|(?:please )?enable javascript.{0,120}"
    r"|you are using an? (?:outdated|old|unsupported) browser.{0,120}"
    r"|your (?:web )?browser is (?:no longer supported|out of date|outdated|not supported).{0,120}"
    r"|javascript is (?:disabled|required|needed).{0,120}"
    r"|.{0,60}javascript must be (?:activated|enabled|turned on).{0,80}"
    # A wire feed's tracking tag run into the page ("tagreuters.com2023binary_ABC123"); a video
    # player's label with the clip's length ("Watch video 12:06").
    r"|tagreuters\.com\d{4}binary_\w{1,40}|(?:watch|play) (?:the )?video\s*\d{1,2}:\d{2}(?::\d{2})?"
)
# A transcript site's clip of a speech, from and to, and its length: "00:00:36-00:00:49 (13 sec)".
CLIP_TIMES = (
    r"\d{1,2}:\d{2}:\d{2}\s?[-–]\s?\d{1,2}:\d{2}:\d{2}(?:\s\(\d{1,5} ?(?:sec|secs|s|min|mins)\))?"
)
# The sentiment such a site scores each clip with, on the line over its times: "Leans
# Positive" alone on a line is never prose nor a name; "Unknown" or "Neutral" alone could be
# anything, so they count only over a clip's times.
_SCORED_SENTIMENT = r"(?:very|somewhat|slightly|leans|strongly) (?:positive|negative)"
SENTIMENT_TAG = re.compile(rf"{_SCORED_SENTIMENT}|neutral|unknown", re.IGNORECASE)
MACHINE_NOTICES = (
    # A translation's or a machine's disclaimer.
    r"this is an? (?:provisional|unofficial|tentative|machine|automatic) (?:english )?"
    r"translation\b.{0,160}|\(?(?:provisional|unofficial) (?:english )?translation\)?"
    # (and a speech-to-text service's: "Available transcripts are automatically generated. …")
    r"|(?:(?:available|this|the) )?transcripts? (?:is|are|was|were|has been|have been) "
    r"(?:automatically|machine|computer|ai)[- ]generated\b[^.!?]{0,80}[.!]?"
    r"(?: [^.!?]{0,60}\b(?:accuracy|accurate|errors?|mistakes?)\b[^.!?]{0,60}[.!]?)?"
    r"|this (?:audio|summary|article|story) (?:is|was|has been) "
    r"(?:created|generated|produced|narrated|voiced)(?: \w+){0,2} (?:with|by|using) "
    r"(?:the help of )?"
    r"(?:ai|artificial intelligence|machine)\b.{0,80}"
    rf"|{CLIP_TIMES}|{_SCORED_SENTIMENT}"
)
