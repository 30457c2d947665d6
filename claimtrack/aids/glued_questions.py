"""An interview whose questions lost their line break: each glued to its answer's first words.

A question set in bold on a line of its own comes out of some copies joined to the answer under
it, with no space: "What is your opinion of the policy?It has been the best thing …". Prose
never runs a question mark into a capital, so two paragraphs opening that way make the page an
interview: each gives a question (the interviewer's turn) and the answer's first paragraph,
and the plain paragraphs after it, up to the next glued question, go on with the answer. Most
answers must speak as "I" or "we". The guest is the one the lead names as such, else nobody;
the turns stay below the sure band, as no label names their speakers.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_plain import PLAIN_CONFIDENCE, lead_guest
from claimtrack.aids.interview_prose import speaks_as_i
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = ["glued_questions"]

# A question of at most 60 words opening the paragraph, its mark glued to a capital.
_GLUED = re.compile(r"[^\n?]{8,400}\?(?=[A-Z“‘\"])")
_MIN_GLUED = 2
_MAX_QUESTION_WORDS = 60


def glued_questions(reader: ArticleReader) -> dict[int, list[tuple[Found, str]]]:
    """The turns of each paragraph of such an interview, by paragraph index (kind
    ``interview``); empty when fewer than two questions are glued or the answers do not
    speak as "I" or "we"."""
    text = reader.text
    glued = {}
    for para in reader.paragraphs:
        m = _GLUED.match(text, para.start, para.end)
        if m is not None and len(m.group().split()) <= _MAX_QUESTION_WORDS:
            glued[para.index] = m.end()
    if len(glued) < _MIN_GLUED:
        return {}
    first = min(glued)
    guest = lead_guest(reader, first)
    asker = Attribution(None, None, None, 0.5, None, "none")
    answerer = Attribution(guest, guest, None, PLAIN_CONFIDENCE, None, "interviewee")
    out: dict[int, list[tuple[Found, str]]] = {}
    answers: list[str] = []
    for para in reader.paragraphs[first:]:
        body = text[para.start : para.end].rstrip()
        end = para.start + len(body)
        if para.index in glued:
            cut = glued[para.index]
            out[para.index] = [((para.start, cut, asker), "interview")]
            out[para.index].append(((cut, end, answerer), "interview"))
            answers.append(text[cut:end])
        elif para.heading or not body or body[:1] in MARK_OPENERS:
            break  # the interview is over, or a quotation the rules read as one
        else:
            out[para.index] = [((para.start, end, answerer), "interview")]
            answers.append(body)
    return out if 3 * sum(map(speaks_as_i, answers)) >= len(answers) else {}
