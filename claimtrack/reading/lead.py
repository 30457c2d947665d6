"""Where the body starts: the lines around the first line of prose that belong to it or not.

- a **lead-in** ending with a colon (``The coach said after the defeat:``) right above the first
  sentence opens the body;
- a **standfirst** that the lead paragraph restates nearly word for word is the header's;
- a **Title Case headline** ending in a full stop (``Firm Expands to a Larger Site.``) right
  above the prose is the header's, not the first paragraph;
- a headline may end in a spaced ellipsis (``What the coach had to say . . .``): a style, not
  the end of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import (
    TERMINAL,
    boilerplate_reason,
    has_sentence_break,
    is_sentence_like,
    is_title_case_headline,
    is_upper_case,
    words,
)
from claimtrack.reading.lines import Line, standalone
from claimtrack.reading.not_headlines import introduces_text
from claimtrack.reading.repeats import restates

__all__ = [
    "ends_a_sentence",
    "headline_above_prose",
    "is_dek",
    "is_lead_in",
    "lead_in_start",
    "opens_body",
    "opens_paragraph",
    "without_spaced_ellipsis",
]


# Three full stops spaced apart at a line's end: an ellipsis set by hand, not a sentence's break
# (". " between them) as the rules read one.
_SPACED_ELLIPSIS = re.compile(r"\s+\.(?: \.){2}$")


def without_spaced_ellipsis(text: str) -> str:
    """``text`` without the spaced ellipsis ending it (``What the coach had to say . . .``)."""
    return _SPACED_ELLIPSIS.sub("", text)


# A blog's credit for the story it quotes below: "From the Harbour Times:", "From Reuters:".
_QUOTED_FROM = re.compile(r"From (?:the )?[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|and)){0,5}:")
# A letter's, a post's or a speech's greeting on its own line ("Hi Guys,", "Dear Members,",
# "Good morning everyone,", "Liebe Mitglieder,", "Chers amis,"): the text it opens follows.
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|liebe[rs]?"
    r"|sehr geehrte[rn]?|chers?|chères?|bonjour|queridos?|queridas?|estimad[oa]s?|hola|ol[áa]"
    r"|car[aeio]|gentile|beste|kære|kära|drodzy|drogie|szanowni"
    # A speech's: "Ladies and gentlemen,", "Mr Speaker,", "meine Damen und Herren,".
    r"|ladies|(?:my )?(?:fellow|friends|colleagues)|distinguished|excellenc(?:y|ies)"
    r"|mr\.?\s+speaker|mr\.?\s+president|madam\s+(?:speaker|president|chair)|meine|mesdames"
    r"|messieurs|señoras|señores)\b[^.!?:;]{0,50},",
    re.IGNORECASE,
)


_STATEMENT_BY = re.compile(
    r"(?:Statement|Remarks|Message|Comments?|Speech|Address) (?:by|from) (?:the )?[A-Z][^:]{2,100}:"
)


def is_lead_in(text: str) -> bool:
    """A sentence introducing what follows (``The coach said after the defeat:``), a blog's
    credit for the story it quotes (``From the Harbour Times:``), or a greeting (``Dear
    Members,``)."""
    if (len(text) <= 60 and _QUOTED_FROM.fullmatch(text)) or introduces_text(text):
        return True  # (or an editor's note: "The interview with Radio Nord follows:")
    if len(text) <= 60 and _GREETING.fullmatch(text):
        return True  # "Dear Members,": the letter opens here
    if len(text) <= 120 and _STATEMENT_BY.fullmatch(text):
        return True  # "Statement by Ada Lund, Director:": whose words follow
    # ("… after the defeat:-": a colon and a dash lead in too)
    ends = text.rstrip("-–— ").endswith(":")
    return ends and len(words(text)) >= 8 and not is_upper_case(text)


def opens_body(text: str) -> bool:
    """A line that may open the body: prose, or a lead-in to it."""
    return is_sentence_like(text) or is_lead_in(text)


def opens_paragraph(texts: Sequence[str]) -> bool:
    """A paragraph that may open the body: one of its lines does, or all of them together
    (a hard-wrapped sentence none of whose lines reads as one alone)."""
    return any(opens_body(t) for t in texts) or (len(texts) > 1 and opens_body(" ".join(texts)))


def _next_nonblank(lines: Sequence[Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].text), None)


def headline_above_prose(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a Title Case headline ending in a full stop, or a headline that ends on a
    quotation after a colon (``Mayor opens the port: “A great day!”``), with longer prose
    below it."""
    text = lines[i].text
    quoted = _QUOTED_HEADLINE.fullmatch(text) is not None and len(words(text)) <= _QUOTED_WORDS
    if quoted and _SPEECH_BEFORE.search(text.split(":", 1)[0]):
        quoted = False  # "The mayor said: “…”" is a paragraph's
    if not (quoted or is_title_case_headline(text)):
        return False
    nxt = _next_nonblank(lines, i)
    below = lines[nxt].text if nxt is not None else ""
    return is_sentence_like(below) and (not quoted or len(below) > len(text))


# "Piñera opens the mine: “This project keeps Chile moving.”": a statement, a colon, a quote.
_QUOTED_HEADLINE = re.compile(r"[A-Z0-9][^.!?:“”\"]{6,140}:\s*[“\"][^“”\"]{2,200}[”\"]")
_QUOTED_WORDS = 30
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|asked|asks|explained|noted|wrote)\b",
    re.IGNORECASE,
)


def lead_in_start(lines: Sequence[Line], i: int) -> int:
    """The lead-in's line when one stands right above the first sentence ``i``, else ``i``; a
    speech's greetings may stand one over another ("Mr Speaker," / "colleagues,")."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j < 0 or i - j > 2:
        return i
    text = lines[j].text
    if not is_lead_in(text) or boilerplate_reason(text, header=True) is not None:
        return i
    return lead_in_start(lines, _addressed_above(lines, j)) if _GREETING.fullmatch(text) else j


# One addressee of a speech's greeting on its own line: "Leader of the Opposition,".
_ADDRESSEE = re.compile(r"[A-Z][^.!?:;,]{0,60}(?:, [A-Z][^.!?:;,]{0,60}){0,2},")
_ADDRESSEE_WORDS = 8


def _addressed_above(lines: Sequence[Line], i: int) -> int:
    """The first of the addressees packed right above a greeting at line ``i`` (``Mr Speaker,`` /
    ``Leader of the Opposition,`` / ``Dear Members,``): one greeting, a line each. A line with
    a blank line under it stands apart and is not one of them."""
    while i > 0:
        text = lines[i - 1].text
        if not (_ADDRESSEE.fullmatch(text) and len(words(text)) <= _ADDRESSEE_WORDS):
            break
        if boilerplate_reason(text, header=True) is not None:
            break
        i -= 1
    return i


def is_dek(lines: Sequence[Line], i: int, lead: int) -> bool:
    """Line ``i`` is a standfirst that the lead paragraph (line ``lead``) repeats.

    A standfirst under the headline sums up the lead in its words ("The president defends his
    most disputed claims in an interview" / "The president … in an interview … defends his most
    disputed claims, …"); the lead restates nearly all of them, a next paragraph never does.
    """
    dek, text = lines[i].text, lines[lead].text
    # A standfirst on a page has no full stop; a first paragraph that has one is prose, even
    # when the next one restates it.
    if not standalone(lines, i) or TERMINAL.search(dek):
        return False
    if not 8 <= len(words(dek)) <= 45 or len(text) < 1.2 * len(dek):
        return False
    return is_sentence_like(text) and restates(text, dek)


def ends_a_sentence(lines: Sequence[Line], i: int) -> bool:
    """A line packed from line ``i`` on ends a sentence, holds an end or leads in to a quote
    (":") before a blank line: a wrapped paragraph does, a header's pieces packed together (a
    headline, its dek, an image's file name) do not. A block still going 40 lines on is prose
    (no header is so long)."""
    for line in lines[i : i + 40]:
        if not line.text:
            return False
        if TERMINAL.search(line.text) or line.text.endswith(":") or has_sentence_break(line.text):
            return True
    return True
