"""Direct quotations and their speakers, found by rules (an aid: the analyst decides).

What counts as a quotation: words in quote marks that someone is said to have said or written
(a speech cue before or after them, "According to him", a participial cue), or a block quote
(a paragraph without marks after "X commented,"). Not quotations: scare quotes (a word or three
in marks with no speech cue right at them: “union state”, “serious”), titles and mottos, and
indirect speech without marks ("Zas’ noted they did not discuss …": there are no quoted words to
verify, so it is left to the analyst's reading).

The scanner (:mod:`claimtrack.aids.marks`) walks quote marks (“”, "", „“, «», ‹›, single …)
once per paragraph; a quote left open runs to its paragraph's end. All is linear in the text:
no nested quantifiers in regular expressions, bounded context windows around a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from claimtrack.aids.announced import announced_block
from claimtrack.aids.arabic_subjects import arabic_speaker
from claimtrack.aids.attribution import Attribution, Span, attribute
from claimtrack.aids.calibration import calibrated
from claimtrack.aids.caseless_subjects import caseless_speaker
from claimtrack.aids.cjk_quotes import cjk_cue
from claimtrack.aids.crossheads import quoted_crosshead
from claimtrack.aids.dash_quotes import aside_cue, dash_turns, dash_turns_holding
from claimtrack.aids.discourse import (
    current_speaker,
    pronoun_goes_on,
    reported_speech,
    speaker_for_pronoun,
)
from claimtrack.aids.found import REPLY
from claimtrack.aids.framed_partials import partial_cue
from claimtrack.aids.glued_questions import glued_questions
from claimtrack.aids.interview_inline import inline_turns
from claimtrack.aids.interviews import interview_answers, question_turns
from claimtrack.aids.issuers import document_issuer
from claimtrack.aids.lead_ins import participle_lead
from claimtrack.aids.marks import headline, quotes_only, scan_marks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.multi_paragraph import closing_cue, cue_at_the_end
from claimtrack.aids.name_headed import name_headed_block
from claimtrack.aids.others_words import disowned
from claimtrack.aids.posts import posted_block
from claimtrack.aids.quotation import Quotation
from claimtrack.aids.quoted_titles import quoted_name
from claimtrack.aids.relayed import relayed_statements
from claimtrack.aids.repeats import once
from claimtrack.aids.speaker_model import second_opinion
from claimtrack.aids.speakers import PRONOUNS
from claimtrack.aids.speech_pages import page_header, speech_page
from claimtrack.aids.topic_people import topic_person
from claimtrack.aids.topic_prompts import topic_turns
from claimtrack.aids.uncued import left_open, uncued_sentence
from claimtrack.aids.unmarked import (
    Found,
    block_goes_on,
    block_quote,
    dash_speech,
    repeated_paragraphs,
)
from claimtrack.aids.unnamed_roles import unnamed
from claimtrack.aids.verb_final import final_cue
from claimtrack.model import Actor, Article, PartialDate
from claimtrack.text.sentences import Paragraph

__all__ = ["Quotation", "extract_quotations"]


# ------------------------------------------------------------------------- extraction


def extract_quotations(
    article_or_text: Article | str,
    *,
    actors: Sequence[Actor] = (),
    when: PartialDate | None = None,
    learned: bool = True,
) -> tuple[Quotation, ...]:
    """The direct quotations of an article (or a string), in text order.

    Each comes with its speaker as written, the full name it resolves to, how it was resolved,
    the cue and a calibrated confidence. Scare quotes, titles and headlines are skipped; a
    teaser paragraph repeated later gives its quotes once. ``actors`` (a casebook's actors)
    resolve role descriptions ("the head of state") the article itself does not, using the
    role held on ``when`` (default: the article's date). ``learned=False``: the rules alone,
    without the speaker model's second opinion. Never raises on odd text (no marks,
    unbalanced marks, ten thousand marks, one 20 MB line)."""
    header = ""  # the page above its body (a speech's cover)
    if isinstance(article_or_text, Article):
        text, title = article_or_text.text, article_or_text.title
        authors = article_or_text.authors
        header = page_header(article_or_text)
        when = when if when is not None else article_or_text.published
    elif isinstance(article_or_text, str):
        text, title, authors = article_or_text, None, ()
    else:
        raise TypeError(f"expected an Article or a str, got {type(article_or_text).__name__}")
    if not text.strip():
        return ()
    reader = ArticleReader(text, actors, when, title, authors, header)
    found: list[Quotation] = []
    skip = repeated_paragraphs(reader)
    marked = marked_spans(reader)
    interview, answers = _turns(reader)
    interview = relayed_statements(reader, marked) | interview  # opened once, closed at the end
    carried: Attribution | None = None  # speaker of a quote left open at a paragraph's end
    quoted_by: dict[int, Attribution] = {}  # paragraph → speaker of its last attributed quote
    blocks: dict[int, Attribution] = {}  # paragraph → speaker of the block quote it is
    inline = glued_questions(reader) | inline_turns(reader)  # (turns within a paragraph)
    for para in reader.paragraphs:
        if para.index in skip:
            continue
        if para.index in inline or para.index in interview:
            # (inline: a transcript's turns run together in one paragraph)
            turns = inline.get(para.index) or [interview[para.index]]
            found.extend(_quotation(text, *turn) for turn in turns)
            carried = left_open(text, para, turns[-1][0])
            continue
        spans = marked.get(para.index, [])
        held = dash_turns_holding(reader, para, spans) if spans else []
        if not spans or held:  # ("– There is a new “spirit” here – says Ada Lund.": turns)
            found.extend(_unmarked(reader, para, blocks, quoted_by, held))
            carried = None
            continue
        if para.index in answers and carried is None:
            carried = answers[para.index]  # a quoted answer to the question before it
        carried = _paragraph_quotes(reader, para, spans, carried, quoted_by, found)
    if answers:  # an interview: a full sentence quoted with no cue is the interviewee's too
        found = [_answered(q, next(iter(answers.values()))) for q in found]
    kept = once(found)  # then the speaker model's second opinion, where asked
    return unnamed(second_opinion(reader, kept) if learned else kept, reader.text)


def _turns(reader: ArticleReader) -> tuple[dict[int, tuple[Found, str]], dict[int, Attribution]]:
    """The turns of an interview, a transcript or a press conference by topic ("On …:"), else
    of a speech's page; and the quoted answers of an interview written as prose."""
    questions, answers = question_turns(reader)
    prompted = {i: (t, "interview") for i, t in topic_turns(reader).items()}
    interview = _without_headline(
        reader, {i: (q, "interview") for i, q in questions.items()} | interview_answers(reader)
    )
    interview = prompted | interview
    if not interview:  # a speech's page: no labels, no prompts, the body the speaker's words
        interview = {i: (t, "block") for i, t in speech_page(reader).items()}
    return interview, answers


def marked_spans(reader: ArticleReader) -> dict[int, list[Span]]:
    """The quoted spans of every paragraph but headlines, all marked on the reader at once:
    quoted words are nobody's antecedent, before any speaker is looked for."""
    text = reader.text
    marked = {
        p.index: [s for s in scan_marks(text, p) if not quoted_name(text, s)]  # "(“Acme”)"
        for p in reader.paragraphs
        if not headline(text, p)
    }
    reader.mark_quoted(
        [(s.open, s.close if s.close is not None else s.end) for v in marked.values() for s in v]
    )
    return marked


def _answered(q: Quotation, subject: Attribution) -> Quotation:
    if q.resolution != "none" or q.kind not in ("quote", "unclosed") or q.cue is not None:
        return q
    confidence = calibrated(subject.how, q.kind, 0.5, subject.speaker_full)
    return evolve(
        q,
        speaker=subject.speaker,
        speaker_full=subject.speaker_full,
        resolution=subject.how,
        confidence=confidence,
    )


def _paragraph_quotes(
    reader: ArticleReader,
    para: Paragraph,
    spans: list[Span],
    carried: Attribution | None,
    quoted_by: dict[int, Attribution],
    found: list[Quotation],
) -> Attribution | None:
    """Append the quotations of one paragraph; return the speaker of a quote left open."""
    text = reader.text
    next_carried = para_last = None
    opens = [s.open for s in spans]
    only_quotes = quotes_only(text, para, spans)
    for n, span in enumerate(spans):
        att: Attribution | None
        if n == 0 and carried is not None and carried.how == "interviewee":
            att, kind = carried, "interview"
        elif n == 0 and carried is not None and span.open == para.start:
            att, kind = closing_cue(reader, para, span, spans) or _continued(carried), "continued"
        else:
            att = attribute(reader, para, span, spans, opens)
            # (a cue before the quote that names nobody, "to seek answers to …", leaves the
            # sentence's closing cue to name the speaker; a question put to someone does not)
            if att is None or (att.speaker is None and att.cue != "asked"):
                alt = partial_cue(reader, para, span) or final_cue(reader, para, span)
                att = alt if alt is not None and (att is None or alt.speaker) else att
            if att is None or att.speaker is None or att.how == "dropped":
                att = arabic_speaker(reader, para, span) or cjk_cue(reader, para, span) or att
                if att is None or att.speaker is None:  # "लुंड ने कहा, “…”", "אמרה עדה לונד"
                    att = caseless_speaker(reader, para, span) or att
                lead = aside_cue(reader, para, span) or participle_lead(reader, para, span)
                att = att if att and att.speaker else lead or att
            kind = "quote" if span.close is not None else "unclosed"
            if att is not None and para.index not in quoted_by:
                att = speaker_for_pronoun(reader, para.index, att, quoted_by)
            elif att is not None and found and found[-1].start >= para.start:
                att = pronoun_goes_on(reader, (found[-1].end, span.open), att, para_last)
            if att is not None and att.needs_issuer:
                # "“…,” the statement read": the speaker who issued it, or nobody named;
                # "“…”, expresó.": the speaker the article is quoting (or writing about).
                att = _issuer(reader, para, att, para_last, quoted_by)
            if att is not None and att.how == REPLY:
                att = _unnamed(att)  # "“…,” came the answer": never the one who asked
            elif att is None or (att.speaker is None and not att.refused):
                opening = only_quotes or (n == 0 and span.open == para.start)
                ahead = opening and span.close is None  # a long quote cued at its end?
                current = cue_at_the_end(reader, para) if ahead else None
                current = current or _current(reader, para, span, para_last, quoted_by, opening)
                att = _continued(current) if current is not None else att
        att = att or uncued_sentence(text, span)  # a spoken sentence, its cue unread
        if att is None:
            continue
        att = disowned(reader, para, span, att)  # "denied claims that it was “…”": not hers
        found.append(_quotation(text, (span.start, span.end, att), kind))
        if span.close is None:
            next_carried = att
        if att.speaker is not None:
            quoted_by[para.index] = para_last = att
    return next_carried


def _current(
    reader: ArticleReader,
    para: Paragraph,
    span: Span,
    para_last: Attribution | None,
    quoted_by: dict[int, Attribution],
    opening: bool,
) -> Attribution | None:
    """Who a cue-less quote opening a sentence continues: the speaker quoted or reported just
    before it in the paragraph, else (for a quote opening the paragraph) the current speaker."""
    text = reader.text
    before = text[para.start : span.open].rstrip(' \t"“”’»')
    quoted = text[span.start : span.end]
    if para_last is not None:
        # “A,” said X, “B.” / “A.” “B.” / “A”, – said X, – “B”: the speaker goes on.
        full = quoted.rstrip('”’"')[-1:] in ".!?…" and len(quoted.split()) >= 2
        if before.rstrip(" –—")[-1:] in ",.!?…:" and (full or len(quoted.split()) >= 4):
            return para_last
        return None
    if before and before[-1:] not in ".!?…:":
        return None  # mid-sentence: a scare quote or a title, not a new quote
    if len(quoted.split()) < 4:
        return None
    if before:
        found = reported_speech(reader, para.index, span.open)
        if found is not None:
            return found
    return current_speaker(reader, para.index, quoted_by) if opening else None


def _issuer(
    reader: ArticleReader,
    para: Paragraph,
    att: Attribution,
    para_last: Attribution | None,
    quoted_by: dict[int, Attribution],
) -> Attribution:
    """Who a document speaks for, or whose subject a cue left out: the current speaker."""
    document = att.needs_issuer and att.how != "dropped"
    issuer = document_issuer(reader, para.index, para.end) if document else None
    if issuer is None and att.how == "unresolved":
        return att  # an "it" that is no body and no document whose issuer is named
    issuer = issuer or para_last or current_speaker(reader, para.index, quoted_by)
    if issuer is None and att.how == "dropped":
        issuer = topic_person(reader, para.index)
    if issuer is None:
        return _unnamed(att)
    found = _continued(issuer)
    if document:
        return found
    return Attribution(
        found.speaker,
        found.speaker_full,
        att.cue,
        min(found.confidence, att.confidence),
        found.as_written,
        found.how,
    )


def _dialogue(
    reader: ArticleReader, para: Paragraph, found: Found, quoted_by: dict[int, Attribution]
) -> Quotation:
    """A dash-opened dialogue paragraph: its cue's speaker, else the current speaker's."""
    start, end, att = found
    if att.how in ("document", "dropped") or att.speaker is None:
        att = _issuer(reader, para, att, None, quoted_by)
    if att.speaker is not None:
        quoted_by[para.index] = att
    return _quotation(reader.text, (start, end, att), "quote")


def _unmarked(
    reader: ArticleReader,
    para: Paragraph,
    blocks: dict[int, Attribution],
    quoted_by: dict[int, Attribution],
    held: Sequence[Found] = (),
) -> list[Quotation]:
    """Speech in a paragraph with no quote marks: a block quote (or its next paragraph), or
    dialogue set off by dashes, or a crosshead quoting a speaker ("‘…’ – Lund"). ``held``: the
    dash-set turns of a paragraph whose marks all stand inside them, which are its speech."""
    if held:
        return [_dialogue(reader, para, turn, quoted_by) for turn in held]
    if para.heading and (head := quoted_crosshead(reader, para)) is not None:
        quoted_by[para.index] = head[2]
        return [_quotation(reader.text, head, "quote")]
    block = None if para.heading else block_quote(reader, para)
    block = block or announced_block(reader, para, blocks)  # "… remarks follows:"
    block = block or posted_block(reader, para)  # after "Vía la red social X, Ruiz dijo …"
    block = block or name_headed_block(reader, para)  # under "Ada Lund, Harbour FC coach"
    if block is None and para.index - 1 in blocks:
        first = para.index - 1
        while first - 1 in blocks:
            first -= 1
        block = block_goes_on(reader, para, blocks[para.index - 1], first)
    if block is not None:
        blocks[para.index] = quoted_by[para.index] = block[2]
        return [_quotation(reader.text, block, "block")]
    dialogue = dash_turns(reader, para) or [t for t in [dash_speech(reader, para)] if t]
    return [_dialogue(reader, para, turn, quoted_by) for turn in dialogue]


def _unnamed(att: Attribution) -> Attribution:
    return Attribution(None, None, att.cue, att.confidence, att.as_written, "none")


def _without_headline(
    reader: ArticleReader, turns: dict[int, tuple[Found, str]]
) -> dict[int, tuple[Found, str]]:
    """ "Coach Name: We did not fight as a team" opening a page, without a full stop, is the
    headline convention of sport and news pages, not an interview turn (nor is the paragraph it
    would carry on into)."""
    line = reader.text[reader.paragraphs[0].start : reader.paragraphs[0].end].rstrip()
    if 0 not in turns or len(reader.paragraphs) < 2 or line[-1:] in '.!?…"”»':
        return turns
    out = dict(turns)
    del out[0]
    k = 1
    while k in out and out[k][0][2].how == "continuation":
        del out[k]
        k += 1
    return out


def _continued(att: Attribution) -> Attribution:
    return Attribution(
        att.speaker, att.speaker_full, att.cue, att.confidence, att.as_written, "continuation"
    )


def _quotation(text: str, found: tuple[int, int, Attribution], kind: str) -> Quotation:
    start, end, att = found
    # A pronoun no person was found for ("he", "It") names no one: the words at the cue and
    # the resolution ("unresolved") keep it.
    named = att.speaker is None or att.speaker.lower() not in PRONOUNS
    return Quotation(
        text=text[start:end],
        start=start,
        end=end,
        speaker=att.speaker if named else None,
        speaker_full=att.speaker_full if named else None,
        cue=att.cue,
        confidence=calibrated(
            att.how, kind, att.confidence, att.speaker_full, words=len(text[start:end].split())
        ),
        kind=kind,
        # A continuation has no cue of its own: the words that named its speaker stand at an
        # earlier quote.
        speaker_as_written=None if att.how == "continuation" else att.as_written,
        resolution=att.how,
    )
