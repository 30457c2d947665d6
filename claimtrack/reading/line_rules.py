"""Line-level rules of the cleaner: what a boilerplate, prose, name or byline line looks like.

Each predicate looks at one stripped line and is linear in its length (long lines skip the
regular expressions that only make sense on short ones). :mod:`claimtrack.reading.cleaning`
combines them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.contact_blocks import is_contact_block
from claimtrack.reading.controls import is_ui
from claimtrack.reading.credit_tails import ends_in_picture_credit
from claimtrack.reading.credits import is_credit_line, is_desk_initials, is_post_footer
from claimtrack.reading.feed_notes import is_feed_note
from claimtrack.reading.form_notices import is_notice
from claimtrack.reading.notices import (
    AGENCY_TAIL,
    is_furniture,
    is_photo_credit,
    is_related_link,
    is_sidebar,
    url_in_line,
)
from claimtrack.reading.page_dates import fielded_date, page_date_line
from claimtrack.reading.promos import is_menu_row, is_promo
from claimtrack.reading.sidebars import is_read_also
from claimtrack.reading.site_chrome import is_site_chrome
from claimtrack.reading.site_forms import is_site_form
from claimtrack.reading.tail_lines import is_tail_line
from claimtrack.reading.ui_words import is_control_row
from claimtrack.reading.widgets import is_widget
from claimtrack.text.dates import MONTHS, looks_like_date
from claimtrack.text.headings import INTERNAL_BOUNDARY
from claimtrack.text.lexicon import TITLE_ABBREVIATIONS
from claimtrack.text.relative_dates import is_relative_date
from claimtrack.text.typography import DOUBLE_QUOTES

__all__ = [
    "ELLIPSIS_END",
    "INTERNAL_BOUNDARY",
    "LIST_ITEM",
    "TERMINAL",
    "DropReason",
    "boilerplate_reason",
    "has_sentence_break",
    "is_caption",
    "is_end_marker",
    "is_image_file",
    "is_pull_quote",
    "is_sentence_like",
    "is_spam",
    "is_title_case_headline",
    "is_ui",
    "is_upper_case",
    "line_key",
    "page_date_line",
    "reports_speech",
    "words",
]


class DropReason(enum.StrEnum):
    """Why a stretch of the raw file is not part of the article body."""

    END_MARKER = "end marker"
    BYLINE = "byline"
    UI_WORD = "ui word"
    SEO_SPAM = "seo spam"
    IMAGE_CAPTION = "image caption"
    IMAGE_FILE = "image file"
    PULL_QUOTE = "pull quote"
    TEASER = "teaser"
    DUPLICATE_LINE = "duplicate line"
    HEADER = "header"
    TITLE = "title"
    DATE = "date"
    RELATED_LINK = "related link"
    URL = "url"
    FRONT_MATTER = "front matter"
    FURNITURE = "furniture"  # the learned line model's call, not a rule's


# A sentence's end, with closing marks and any emoji after it ("… said the mayor. 🚋").
TERMINAL = re.compile(
    r"(?:[.!?…]|\.\.\.)[\"”’'»)\]]*(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+)?$"
)
ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)$")
# "* May 19-21;", "• New berths": a list's item (a day with no year there is a schedule's).
LIST_ITEM = re.compile(r"[*•·▪‣◦-]\s+\S")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_COUNTER = re.compile(
    r"(?:\d[\d,.\s]*\s*(?:reads?|views?|comments?|shares?|likes?|просмотр(?:а|ов)?)"
    r"|(?:reads|views|просмотры)\s*:\s*\d[\d,.\s]*)",
    re.IGNORECASE,
)
_END_MARKERS = re.compile(
    r"(?:similar (?:articles|content|posts|stories)|popular posts(?: from this blog)?|must read"
    r"|related(?:\s+[\w’']+){0,3}\s*:?|recent trends|read also|see also"
    r"|more (?:on this|from|stories|articles|news)(?:\s+[\w’']+){0,3}|also read"
    # "Más sobre Noticias", "More about Ukraine": a link to a section's or a topic's page (a
    # name; a subheading says "More about the plan", "More About The Plan").
    r"|(?:more about|más sobre|mas sobre|mais sobre|plus sur)"
    r"(?: (?!(?-i:The|An?|El|La|Los|Las|Les?|Os?|As|Un|Una|Une|Um|Uma)\b)(?-i:[A-Z]\w*)){1,2}"
    r"|you (?:may|might) also like|more like this|comment on this (?:article|story)"
    r"|related posts plugin for wordpress, blogger\.*|■?\s?제보하기"
    # A press office's contacts end a statement; a list of its other news follows.
    r"|(?:for )?(?:media|press) (?:enquiries|inquiries|contacts?)"
    r"|latest (?:news|stories|articles|press releases) from(?: .{1,60})?"
    r"|további hírek|další zprávy|więcej wiadomości"
    r"|you have been successfully subscribed|subscribe to (?:our|the) newsletter"
    r"|sign up (?:for|to) (?:our|the) newsletter|leave a (?:comment|reply)(?:\s*cancel reply)?"
    # A comment box and the engines that run it: "Write Comment", "Add new comment" (Drupal),
    # "7 Responses to <headline>", "3 thoughts on “…”", "comments powered by Disqus".
    r"|(?:write|post|add|submit) (?:a |your |new )?comments?|comments powered by disqus"
    r"|(?:\d+|one|two|three) (?:responses?|replies|comments|thoughts?) (?:to|on) .{1,70}"
    r"|\d+ (?:responses|replies|thoughts)"  # "3 Responses" over the comments
    r"|похожие (?:статьи|материалы|новости)|читайте также|смотрите также"
    r"|(?:à )?lire aussi|lee también|te puede interesar|mehr zum thema|weitere artikel"
    r"|das könnte sie auch interessieren|lesen sie auch|auch interessant"
    r"|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|leggi anche|vedi anche|articoli correlati"
    r"|voir aussi|sur le même sujet|vea también|lea además|noticias relacionadas"
    r"|verwandte (?:inhalte|artikel|themen)|ähnliche artikel|articles (?:similaires|connexes)"
    r"|похожие публикации|leia também|veja também|lees ook|meer nieuws|#{3}|-+\s*ends?\s*-+"
    r"|-\s?30\s?-|(?-i:(?!and/or)[a-z]{1,4}(?:/[a-z]{1,4}){1,3})"  # a wire's close: "jt/am"
    # A wire's close in brackets or after a dash: "(ends)", "End/..", "-- BERNAMA".
    r"|\(\s*ends?\s*\)|end\s*/\s*\.{0,3}|-{2}\s*(?-i:[A-Z]{3,12})"
    r"|ends)(?:[.!:]|\.{3}|…)?",
    re.IGNORECASE,
)

_CAPTION_LABEL = (
    r"(?:image|images|photo|photos|photograph|picture|pic|illustration"
    r"|photo credits?|image credits?|(?:photo|image) source|credits?"
    r"|foto|fotos|bild|bildquelle|фото|изображение|иллюстрация|фота"
    # Hungarian, Polish, Czech, Greek, Turkish, Vietnamese, Hindi, Arabic, Japanese, Chinese,
    # Korean words for a photo or a picture.
    r"|fotó|kép|zdjęcie|fot\.|snímek|φωτογραφία|φωτο|fotoğraf|ảnh|फोटो|तस्वीर|صورة|写真|图片|圖片"
    r"|사진)"
)
# "Photo: Ana Ruiz", "Photo by Ana Ruiz", "Photo/Northbridge Rugby" (a slash, as Pacific and Asian
# outlets credit), alone or after the caption's sentence.
_CAPTION_LEADING = re.compile(
    rf"{_CAPTION_LABEL}(?:\s+by)?\s*[:：]\s*\S.*|{_CAPTION_LABEL}\s+by\s+\S.*"
    rf"|{_CAPTION_LABEL}\s*/\s*(?-i:[A-Z])\S*(?:\s+\S+){{0,5}}",  # not "Photo/video evidence …"
    re.IGNORECASE,
)
_CAPTION_TRAILING = re.compile(
    # ("… heart. Photo via Shutterstock.", "… Srisutthiyakorn. Top photo: Matichon")
    rf"(?:[.!?…][\"”’'»)]*\s+|\s[|–—]\s)(?:(?:top|main|cover|lead) )?(?:{_CAPTION_LABEL})"
    r"(?:\s+by)?(?:\s*[:：/]\s*|\s+via\s+)(\S.{0,80})$",
    re.IGNORECASE,
)
# One short sentence and the picture's source: "The Harbour islands. Source: Wikimedia".
_SOURCED_PICTURE = re.compile(r"[^.!?\n]{3,100}[.!?]\s+source\s*:\s*\S[^.!?]{0,40}", re.I)
_IMAGE_FILE = re.compile(
    r"\S{0,200}?[\w\-)]\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)(?:\?\S*)?", re.IGNORECASE
)
_SPACED_IMAGE_FILE = re.compile(r"[^.!?,;:\"“”]{0,100}[\w)]\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_PULL_QUOTE = re.compile(r"\S.*\s(?:read more|читать далее)\s*[»→›.]?", re.IGNORECASE)


def words(text: str) -> list[str]:
    return text.split()


# A blog's comments under the post: "Anonymous said...", "12 comments:" (Blogger), a numbered
# comment's header ("1. ada_l Says:" on WordPress; not a list's "2. The report says:"), a
# comment's signature (Drupal), and a press office's labelled contact block.
_COMMENTS_OR_CONTACTS = re.compile(
    r"\d+ comments?\s*:|(?-i:[A-Z][\w.'’ -]{0,40}) said\s*(?:\.\.\.|…)"
    r"|\d{1,4}\.\s+(?!(?:the|a|an|this|that|our|his|her|their|its|my)\b)[\w.'’-]{1,30}"
    r"(?: [\w.'’-]{1,30}){0,2} says\s*:"
    # A comment's signature on Drupal sites: "by Jane (not verified) on 12 March".
    r"|by [^()]{1,60} \(not verified\)(?: on\b.{0,60})?",
    re.IGNORECASE,
)


def is_end_marker(text: str) -> bool:
    if is_notice(text):
        return True
    if len(text) <= 240 and _COMMENTS_OR_CONTACTS.fullmatch(text):
        return True
    if is_contact_block(text):
        return True
    return len(text) <= 80 and bool(_COUNTER.fullmatch(text) or _END_MARKERS.fullmatch(text))


def is_caption(text: str) -> bool:
    if len(text) > 300:
        return False
    if _CAPTION_LEADING.fullmatch(text) or _SOURCED_PICTURE.fullmatch(text):
        return True
    m = _CAPTION_TRAILING.search(text)
    return bool(m and len(m.group(1).split()) <= 8 and not INTERNAL_BOUNDARY.search(m.group(1)))


def is_image_file(text: str) -> bool:
    if " " in text.strip():  # a file name with spaces ("storm port orig 0023.jpg"), no sentence
        return len(text) <= 120 and bool(_SPACED_IMAGE_FILE.fullmatch(text.strip()))
    return len(text) <= 300 and bool(_IMAGE_FILE.fullmatch(text))


def is_pull_quote(text: str) -> bool:
    return len(text) <= 400 and bool(_PULL_QUOTE.fullmatch(text))


# Full stops of several scripts: Latin, the Devanagari danda, CJK, Arabic and Urdu, Ethiopic.
_SENTENCE_ENDS = frozenset(".!?…।॥。！？؟۔።")


# Reported speech opening a sentence ("The minister said that the …"): a headline says "says".
_REPORTED = re.compile(r"\b(?:said|told \w+|stated|explained|added) that\b")


def reports_speech(text: str) -> bool:
    """The line reports speech in the past (``The board said that …``): prose, no headline."""
    return bool(_REPORTED.search(text))


def is_spam(text: str) -> bool:
    """Many tokens, no sentence punctuation, few distinct words (keyword stuffing)."""
    tokens = words(text)
    if len(tokens) < 12:
        return False
    if len(tokens) <= 80:
        # Up to 80 tokens one stop decides as much as a count (the ratio below stays <= 80);
        # prose ends in one, so looking from the end finds it at once.
        ends = int(any(_ends_sentence(w) for w in reversed(tokens)))
    else:
        ends = sum(1 for w in tokens if _ends_sentence(w))
    if ends == 0:
        # Long and unpunctuated: stuffing, unless it reads as prose the copy cut off (distinct
        # words, its small words, not a list of names; or a quotation: "“… funds trials and m").
        return _distinct_ratio(tokens) <= 0.6 or (
            len(tokens) >= 40 and not _unstopped_prose(tokens) and tokens[0][0] not in DOUBLE_QUOTES
        )
    # Prose ends a sentence every 20 words or so; stuffing with a stray full stop does not.
    return len(tokens) / ends > 80 and _distinct_ratio(tokens) < 0.3


_SMALL_WORD = 3  # letters; a fifth of prose's words are as short ("an", "to", "the", "de")


def _unstopped_prose(tokens: Sequence[str]) -> bool:
    """Words of running prose with no full stop: small words between them, not capitalised."""
    # Not capitalised: lower case, or a script without case (Arabic's "في", "من").
    small = sum(1 for t in tokens if len(t) <= _SMALL_WORD and t.isalpha() and not t[0].isupper())
    return small >= 0.2 * len(tokens) and not _mostly_capitalised(tokens)


def _ends_sentence(token: str) -> bool:
    # "Â" after a stop: a no-break space read in the wrong code page ("… at SIU.Â").
    return token.rstrip("\"”’'»)Â")[-1:] in _SENTENCE_ENDS


def _distinct_ratio(words: Sequence[str]) -> float:
    return len({w.casefold() for w in words}) / len(words)


_LONG_PROSE_WORDS = 16


_CAPS_HEADLINE_WORDS = 30


def is_upper_case(text: str) -> bool:
    """Nearly every cased letter is a capital (a line set in capitals)."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 10 and sum(1 for c in cased if c.isupper()) >= 0.9 * len(cased)


# Words Title Case leaves in lower case.
MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "as",
    "from", "with", "vs", "via", "into", "over", "per", "up",
})  # fmt: skip
_HEADLINE_WORDS = 20


def is_title_case_headline(text: str) -> bool:
    """A headline in Title Case, perhaps with a full stop ("Firm Expands to Larger Site."):
    every word but the small ones capitalised, five to twenty words, one sentence at most
    (prose always has lower-case verbs and nouns)."""
    tokens = words(text)
    if not 5 <= len(tokens) <= _HEADLINE_WORDS or INTERNAL_BOUNDARY.search(text):
        return False
    for token in tokens:
        core = token.strip("\"“”‘’'()[],.:;!?-–—")
        if (
            core
            and core.casefold() not in MINOR_WORDS
            and not (core[0].isupper() or core[0].isdigit())
        ):
            return False
    return True


def _mostly_capitalised(tokens: Sequence[str]) -> bool:
    """Seven in ten cased words or more start with a capital (prose has lower-case verbs)."""
    cased = [t for t in tokens if t[:1].isupper() or t[:1].islower()]
    return len(cased) >= 8 and sum(1 for t in cased if t[0].isupper()) >= 0.7 * len(cased)


def is_sentence_like(text: str) -> bool:
    """A line of running prose: six or more words, ending a sentence or holding two. A long
    line of distinct words counts without a full stop (headlines are shorter; some scripts'
    copies, Arabic among them, often end sentences without one)."""
    tokens = words(text)
    if len(tokens) < 6 or (len(tokens) <= _CAPS_HEADLINE_WORDS and is_upper_case(text)):
        return False  # a headline in capitals ("STATEMENT FROM HON. JANE ROE, MINISTER OF …")
    if text.count(" | ") >= 2:
        # A bar of fields ("Headline | Business | Site | 29.04.2014") is no prose; a dateline
        # and an outlet before a lead's sentence ("Kapchorwa | THE INDEPENDENT | Ada …") is.
        fields = text.split(" | ")
        lead = len(fields) == 3 and all(len(f.split()) <= 5 for f in fields[:2])
        return lead and is_sentence_like(fields[2])
    if (
        len(tokens) >= _LONG_PROSE_WORDS
        and _distinct_ratio(tokens) > 0.75
        # not "A B C D … Z" (a dash is no letter: "РФ — о том, что …" is prose)
        and sum(1 for t in tokens if len(t) == 1 and t.isalpha()) <= 0.2 * len(tokens)
        and not _mostly_capitalised(tokens)  # not a list of names or a long headline
    ):
        return True
    return bool(TERMINAL.search(text) and not text.endswith("?")) or has_sentence_break(text)


# Full stops that end no sentence: a title or abbreviation ("Hon. Minister", "Dr. Roe", "U.S.
# Army") or a day number in German, Scandinavian or Slavic dates ("25. März 2019").
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))}|inc|ltd|co|corp|vs|ca|approx"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[^\W\d_]|(?<![\d.])\d{1,2})$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(rf"\s*(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)


def has_sentence_break(text: str) -> bool:
    """A sentence ends inside the line (not at a title's, an initial's or a date's full stop)."""
    for m in INTERNAL_BOUNDARY.finditer(text):
        before = _ABBREVIATION.search(text, 0, m.start())
        if before is None:
            return True
        is_day = before.group()[:1].isdigit()
        if is_day and not _MONTH_AFTER.match(text, m.start() + 1):
            return True  # "… in 2019. In March …" ends a sentence; "25. März" does not
    return False


def boilerplate_reason(text: str, *, header: bool) -> DropReason | None:
    """The reason a line is boilerplate wherever it stands, or None.

    Bare dates count in the header zone only (labelled ones, ``Published …``, anywhere); pull
    quotes in the body only.
    """
    if header and fielded_date(text) is not None:
        return DropReason.DATE  # before "Source: …", which would drop it unread
    if is_ui(text) or is_furniture(text) or is_relative_date(text) or is_widget(text):
        return DropReason.UI_WORD
    if is_post_footer(text) or is_feed_note(text) or is_site_chrome(text, header=header):
        return DropReason.UI_WORD
    if is_site_form(text):
        return DropReason.UI_WORD
    if is_credit_line(text, header=header) or is_desk_initials(text):
        return DropReason.BYLINE
    if is_promo(text) or (header and is_menu_row(text)):
        return DropReason.UI_WORD
    if is_image_file(text):
        return DropReason.IMAGE_FILE
    if is_caption(text) or is_photo_credit(text) or is_caption_form(text, header=header):
        return DropReason.IMAGE_CAPTION
    if header and AGENCY_TAIL.search(text):
        return DropReason.IMAGE_CAPTION
    if url_in_line(text) is not None:
        return DropReason.URL
    if is_related_link(text) or is_sidebar(text) or is_read_also(text):
        return DropReason.RELATED_LINK
    listed = not header and LIST_ITEM.match(text) and not _YEAR.search(text)
    if not listed and ((header and looks_like_date(text)) or page_date_line(text, header=header)):
        return DropReason.DATE
    if not header and is_pull_quote(text):
        return DropReason.PULL_QUOTE
    if is_spam(text):
        return DropReason.SEO_SPAM
    if ends_in_picture_credit(text):  # "… disco. Photo by Ada Lund", "… - Ảnh: Tom Reed"
        return DropReason.IMAGE_CAPTION
    if is_tail_line(text) or is_control_row(text):  # last: a credit's bars ("Ada Lund |
        return DropReason.UI_WORD  # AFP") are a caption's first
    return None


def line_key(text: str) -> str:
    return " ".join(text.casefold().split())
