"""Two more forms of a picture's caption, told by the line alone.

- a **kicker caption**: a label in capitals, a full stop, then what the picture shows
  (``HARBOUR PROTEST. Dockers march past the port office on Monday.``), as several outlets
  caption their pictures. The label is two words or more, or one of six letters or more: a
  transcript's ``OK. So we went …`` or ``NO. I …`` is speech, and a wire's name before a date
  (``NORTHWIRE. November 02, 2009. The council …``) opens its story's dateline;
- a caption closing on a **credit that says where the picture came from**: ``… on Monday.
  (Photo sourced from the mayor's page)``, ``(Image courtesy of Harbour Board)``;
- a caption closing on a **bracket naming its picture**: ``… the storm. (HNA photo)``,
  ``[Photo provided to Harbour Daily]``, ``(File photo)``;
- a caption closing on a **bracketed credit in capitals**: one short sentence, then its
  source's name in square brackets (``Cargo waits at the port on Oct. 1. [HARBOURWIRE]``);
- a **credited caption**: one short sentence, then its source's name with no full stop
  (``Shoppers at the old market in Northport. Harbourwire``): prose never ends on a bare name.
  The name is one to three capitalised words, the first of two letters or more and no small
  word (``… he said. The`` and ``… se. F`` are paragraphs the copy cut off); a line with a colon
  is a transcript's turn or a label, never this.

- a **caption printed twice glued** (``Mayor Ada Lund.Mayor Ada Lund.``: the picture's alt
  text run into the caption), or a titled name alone with its full stop (``Mayor Ada Lund.``);
- a **file-photo caption** as the wires print it: ``FILE - Dockers march past the port …``,
  ``FILE PHOTO: …``, Spanish ``ARCHIVO - …``, ``In this Jan. 25, 2019 file photo, …`` (a
  story's prose never opens so);
- a **placing caption**, one sentence that says who stands where in the picture: ``Ada Lund
  (second left) and Tom Berg (right) at the quay``, ``L to R: …``, ``From left: …``, ``Ada
  Lund (C) with Tom Berg (L)`` (two letters, or ``(L-R)``: one may be a party's, ``(R)``);
- a **photographer and outlet in brackets**, alone or closing a caption: ``(Northwire/Ada
  Lund)``, ``Scene of the crash on Quay Street (Ada Lund, Harbour TV)``;
- a caption closing on an **agency in brackets** with no full stop: ``Passengers wait at the
  port (AP)``, ``… (Getty Images)`` (prose ends a sentence with its stop);
- a caption whose **credit is glued** to its last stop: ``… in Northport.JANE ROE/Harbourwire``,
  or follows a dash, photographer and owner set apart by a slash (``… the winning goal - Ada
  Lund / Northport FC``);
- a **credit's label in more languages**, then a short credit and nothing else (``Crédito:
  Imagen suministrada``, ``Crédit photo : Jane Roe``, ``Bildnachweis: Hafenblatt``, ``Screen
  grab/Harbour TV YouTube page``), maybe after a stray mark left by the caption above (``.
  Crédito: …``); a credit is six words at most, with no digit and no sentence (``Crédito: 5.000
  millones …`` is a list's item);
- a **scene caption**: named people doing something at a past moment, in the present tense
  (``Mayor Ada Lund speaks during a groundbreaking on Thursday.``, see ``scene_captions``).

None holds a quotation mark (a quotation is the story's). Each check is linear in the line's
length and skips long lines.
"""

from __future__ import annotations

import re

from claimtrack.reading.scene_captions import is_scene_caption
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import STOPWORDS

__all__ = ["is_caption_form", "is_uncredited_copy", "portrait_caption", "titled_name"]

_QUOTES = '"“”„«»'
_KICKER = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&-]+){1,5}"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&-]{5,})\.\s+[A-ZÀ-ÖØ-Þ][^A-Z\s]"
)
# A wire's dateline after its name: "NORTHWIRE. November 02, 2009. The council …".
_DATED = re.compile(
    r"[^\W\d_]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}\.\s|\d{1,2}\.? [^\W\d_]{3,9}\.? \d{4}\.\s"
)
_CREDITED = re.compile(
    # an ordinal's full stop ("zum 27. Spieltag", "3. Liga") ends no sentence, nor an
    # abbreviation's ("Northport vs. Eastwick", "Dr. Lund")
    r"[A-ZÀ-ÖØ-Þ][^.!?]{10,200}(?<!\s\d)(?<!\s\d\d)(?<!\svs)(?<!\sv)(?<!\sDr)(?<!\sMr)(?<!\sMrs)"
    r"(?<!\sMs)(?<!\sSt)\.\s"
    r"((?:[A-ZÀ-ÖØ-Þ][\w&'’-]+)(?: [A-ZÀ-ÖØ-Þ][\w&'’-]*){0,2})"
)
# "(Photo sourced from the senator's page)", "(Image courtesy of Harbour Board)": a credit in
# brackets naming where the picture came from, closing the line.
_SOURCED_CREDIT = re.compile(
    r"\s\((?:photos?|images?|pictures?|screenshot|screengrab)\s(?:(?:sourced|taken|grabbed"
    r"|obtained|borrowed)\s)?(?:from|via|courtesy(?: of)?)\s[^()]{1,80}\)\.?$",
    re.IGNORECASE,
)
# After the caption's stop, a bracket that only credits the picture, the word for it inside with
# a name: "… the storm. (HNA photo)", "… in 2007. (Ada Lund image)", "… Northport. [Photo
# provided to Harbour Daily]", "(File photo)" ("(Photo/Agency)" and "(Photo by …)" are the
# notices' photo credits). A story's sentence may close on a bracket, never on one that credits
# a picture ("(See photo)" points at one).
_NAME = r"(?-i:[A-Z])[\w.&'’-]*(?:\s(?:of|the|and|&|(?-i:[A-Z])[\w.&'’-]*)){0,5}"
_PICTURE = r"(?:photo|photograph|image|picture|foto)s?"
_POINTING = r"(?:see|the|this|that|our|his|her|their|its|a|an|top|main|cover|above|below)\s"
_NAMED_PICTURE = re.compile(
    rf"[.!?][\"”’']?\s*[(\[](?:(?!{_POINTING}){_NAME}\s{_PICTURE}"
    rf"|{_PICTURE}\s(?:provided|supplied)\s(?:to|by)\s(?:the\s)?{_NAME}"
    rf"|(?:file|stock|archive|handout)\s{_PICTURE})[)\]]$",
    re.IGNORECASE,
)
# "Cargo waits at the port on Oct. 1. [HARBOURWIRE]": one sentence closing on its source's name
# in capitals in square brackets, as some outlets credit a picture (a paragraph of the story
# holds more than one sentence, or no bracketed name).
_BRACKETED_CREDIT = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^!?\[\]]{10,180}[.!?]\s\[[A-Z]{2}[A-Z0-9&.'’-]*(?: [A-Z][A-Z0-9&.'’-]+){0,2}\]"
)
_FILE_PHOTO = re.compile(r"(?:FILE(?: PHOTO)?|ARCHIVO|ARCHIVES?|ARQUIVO)\s?[-–—:]\s+[A-ZÀ-ÖØ-Þ0-9]")
_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|EFE|AAP|PA|PA Media|PA Wire|Xinhua|Anadolu|Bloomberg"
    r"|Getty Images|Getty|Shutterstock|Alamy|ANSA|dpa|DPA|Kyodo|Yonhap|TASS|Sputnik|IANS|PTI|ANI"
    r"|[Ff]ile(?: [Pp]hoto)?|[Ss]upplied|[Hh]andout"
)
_AGENCY_CLOSING = re.compile(rf"[A-ZÀ-ÖØ-Þ][^.!?()]{{8,200}}[^\s.!?]\s\((?:{_AGENCY})\)")
_AGENCY_ALONE = re.compile(rf"\((?:{_AGENCY})\)")
# The photographer and the outlet in brackets, alone on a line or closing a caption: "(Northwire/
# Ada Lund)", "Scene of the crash on Quay Street (Ada Lund, Harbour TV)", "… on Wednesday.
# (Northwire/Ada Lund)".
_WORKS = r"[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}"
_CREDITED_PAIR = re.compile(
    # (a caption may place people in brackets of its own: "… (right, obscured) shows …")
    rf"(?P<caption>[A-ZÀ-ÖØ-Þ](?:[^()]|\([^()]{{1,40}}\)){{8,250}}?(?:[.!?]\s*|[^\s.!?]\s))?"
    rf"\((?P<first>{_WORKS})(?:\s?/\s?|, )(?P<second>{_WORKS})\)"
)
_GLUED_CREDIT = re.compile(
    r"[A-ZÀ-ÖØ-Þ].{10,300}[a-z\d)]\.[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,3}"
    r"/[A-Z][\w .&'’-]{1,40}"
)
_CREDIT_LABEL = re.compile(
    r"[.·•,]?\s*(?:cr[ée]ditos?|crédits?|crediti|bildnachweis|fotonachweis|screen ?grab"
    r"|screenshot|screen capture|captura de pantalla)(?: (?:photo|foto(?:gráfico)?|fotografico"
    r"|de (?:la )?(?:foto|imagen)))?\s*[:/]\s*[^\W\d_][^\s.!?\d:]*(?:\s[^\s.!?\d:]+){0,5}\.?",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]")
# "In this Jan. 25, 2019 file photo, …", "In this image provided by the port, …": the wires'
# caption, never a story's sentence.
_IN_THIS_PHOTO = re.compile(
    r"In this (?:[\w.,'’ -]{0,40} )?(?:photo|image|picture|photograph|frame grab|video)\b"
    r"[^,]{0,100},\s+\S"
    # "Mugshot from Grayson County Detention Center", "Booking photo courtesy of the jail"
    r"|(?:mug ?shot|booking (?:photo|image)|jail photo)s? (?:from|of|courtesy|provided|via)\s",
    re.IGNORECASE,
)
# "Ada Lund (second left) and Tom Berg (right) at …", "L to R: …", "From left: …", "Tom Berg,
# centre, and …" (set off by commas after a capitalised name): who stands where in the picture.
_PLACED = re.compile(
    r"\((?:(?:front|back|rear|middle|top|bottom|seated|standing) )?"  # "(front fourth left)"
    r"(?:(?:second|third|fourth|fifth|far|extreme) )?(?:from )?(?:left|right|centre|center|l-r|r-l)"
    r"(?: to right)?\)|^(?:l(?:eft)? to r(?:ight)?|from (?:left|top)|pictured from left"
    r"|top to bottom|clockwise from (?:top )?left)\s*[:,-]"
    r"|(?-i:[A-Z])[\w’'-]+, (?:(?:second|far) (?:from )?)?(?-i:left|right|centre|center),",
    re.IGNORECASE,
)
# "Ada Lund (C) with Tom Berg (L)": places by their letters, two of them or "(L-R)" (one
# letter alone may be a party's: "Sen. Tom Berg (R)").
_LETTER_PLACED = re.compile(r"\((L|R|C|L-R|R-L)\)")
_PLACED_WORDS = 45  # a caption's length: a paragraph naming who stood where runs longer
# "Players celebrate the winning goal - Ada Lund / Northport FC": the photographer and the
# picture's owner after a dash, set apart by a slash.
_SLASHED_CREDIT = re.compile(
    r"[A-ZÀ-ÖØ-Þ].{10,200}\s[-–—]\s[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"\s?/\s?[A-Z][\w.&'’ -]{1,40}"
)
_MAX_CHARS = 400
_CREDITED_CHARS = 220
# A titled name alone: "Judge Ada Lund", "Northport head coach Tom Berg", "Speaker Tom Berg Jr."
_TITLE_WORDS = frozenset({
    "judge", "justice", "coach", "speaker", "minister", "president", "governor", "mayor",
    "senator", "chief", "director", "chairman", "chairwoman", "chairperson", "ceo",
    "commissioner", "inspector", "superintendent", "dr", "prof", "professor", "captain",
    "principal", "bishop", "ambassador", "gov.", "sen.", "rep.", "dr.", "prof.",
    "councillor", "councilor", "cllr", "cllr.", "alderman",
})  # fmt: skip
_MODIFIERS = frozenset({"head", "assistant", "deputy", "senior", "former", "interim", "acting"})
# (and the letters after a member's name: "Tom Berg MP")
_SUFFIX = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "MP", "MSP", "MLA", "MEP", "QC", "KC"})


def is_caption_form(text: str, *, header: bool = False) -> bool:
    """A kicker caption or a credited caption (see the module's notes); under the header
    (``header`` False) a titled name alone too."""
    if len(text) > _MAX_CHARS or any(q in text for q in _QUOTES):
        return False
    if (kicker := _KICKER.match(text)) and text.rstrip()[-1:] in ".!)":
        return not _DATED.match(text, kicker.end() - 2)  # "AGENCY. May 2, 2009. …": a dateline
    if text.endswith(")") and (_AGENCY_CLOSING.fullmatch(text) or _AGENCY_ALONE.fullmatch(text)):
        return True
    if text.endswith(")") and (pair := _CREDITED_PAIR.fullmatch(text)) is not None:
        return _credits_a_person(pair)
    if _FILE_PHOTO.match(text) or _CREDIT_LABEL.fullmatch(text) or _IN_THIS_PHOTO.match(text):
        return True
    if is_scene_caption(text):
        return True
    if (_PLACED.search(text) or _letter_placed(text)) and len(text.split()) <= _PLACED_WORDS:
        return _SENTENCE_BREAK.search(text.rstrip(".")) is None  # one sentence
    if "/" in text and (_GLUED_CREDIT.fullmatch(text) or _SLASHED_CREDIT.fullmatch(text)):
        return True
    if text.endswith((")", ").")) and _SOURCED_CREDIT.search(text):
        return True
    if text.endswith((")", "]")) and _NAMED_PICTURE.search(text):
        return _SENTENCE_BREAK.search(text[: text.rindex(" ")]) is None  # one sentence
    if text.endswith("]") and _BRACKETED_CREDIT.fullmatch(text):
        return _SENTENCE_BREAK.search(text) is None  # one sentence
    if len(text) > _CREDITED_CHARS or ":" in text:
        return False
    if not header and _glued_twice(text):
        return True  # "Mayor Ada Lund.Mayor Ada Lund.": a picture's alt text run into its caption
    if not header and _titled_name(text.removesuffix(".").split()):
        return True  # (over the story, "Mayor Ada Lund Resigns" may be its headline)
    m = _CREDITED.fullmatch(text)
    return m is not None and m.group(1).split()[0].casefold() not in STOPWORDS


def _letter_placed(text: str) -> bool:
    """Places in the picture by their letters: two different ones, or a row ("(L-R)")."""
    places = set(_LETTER_PLACED.findall(text))
    return len(places) >= 2 or bool(places & {"L-R", "R-L"})


def _glued_twice(text: str) -> bool:
    """The same words printed twice with nothing between: two or more ending in a stop
    ("Mayor Ada Lund.Mayor Ada Lund."), or a titled name ("Mayor Ada LundMayor Ada Lund")."""
    half = len(text) // 2
    first = text[:half]
    if len(text) % 2 or first != text[half:]:
        return False
    return (first.endswith(".") and " " in first) or _titled_name(first.split())


def _credits_a_person(pair: re.Match[str]) -> bool:
    """The bracket names a photographer, a first name the dictionary lists, and the outlet:
    after a slash either comes first ("(Northwire/Ada Lund)"), after a comma the person does
    ("(Ada Lund, Harbour TV)", never after a sentence's stop); a person's name is two or three
    words."""
    slashed = "/" in pair.group(0)[pair.start("first") : pair.end("second")]
    if not slashed and (pair["caption"] or "").rstrip()[-1:] in ".!?":
        return False  # "… plan. (Ada Lund, Northport)": a letter's signature, maybe
    people = (pair["first"], pair["second"]) if slashed else (pair["first"],)
    return any(2 <= len(name.split()) <= 3 and is_given_name(name.split()[0]) for name in people)


def _titled_name(words: list[str]) -> bool:
    """A person's name, a first name the dictionary lists first, and the title before it,
    nothing else: "High Court Judge Justice Ada Lund", "Northport head coach Tom Berg" (a
    caption under a portrait; "President Lund Visits Paris" is a headline, a line in capitals
    a transcript's speaker, a colon a label's)."""
    while words and words[-1] in _SUFFIX:
        words = words[:-1]
    titled = [n for n, w in enumerate(words) if w.casefold() in _TITLE_WORDS]
    if not 3 <= len(words) <= 8 or not titled:
        return False
    name = words[titled[-1] + 1 :]
    if not 2 <= len(name) <= 3 or not all(map(_name_word, name)) or not is_given_name(name[0]):
        return False
    before = words[: titled[-1]]
    return all(
        w[:1].isupper() or w.casefold() in _TITLE_WORDS | _MODIFIERS or _joins(before, n)
        for n, w in enumerate(before)
    )


def _joins(words: list[str], n: int) -> bool:
    """ "of" or "and" between two capitalised words: a team's or a country's name ("University
    of Northport Head Coach Ada Lund", "Velm and Kessel’s Prime Minister Ada Lund")."""
    return (
        words[n] in ("of", "and")
        and 0 < n < len(words) - 1
        and words[n - 1][:1].isupper()
        and words[n + 1][:1].isupper()
    )


def titled_name(text: str) -> bool:
    """A title and a person's name, nothing else, the title capitalised or not ("University of
    Northport Head Coach Ada Lund"): a caption, or a quotes sheet's speaker header."""
    return _titled_name(text.split())


def portrait_caption(text: str) -> bool:
    """A portrait's caption, a role in lower case and the name after it, nothing else:
    "Harbour Union president Ada Lund" (a headline in Title Case capitalises the role, and one
    in sentence case has a verb: "Harbour Union president Ada Lund quits")."""
    words = text.split()
    if not _titled_name(words):
        return False
    titled = [w for w in words if w.casefold() in _TITLE_WORDS]
    return titled[-1].islower()


def _name_word(word: str) -> bool:
    """A capitalised word or an initial ("C."), never in capitals throughout."""
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    letters = word.replace("-", "").replace("’", "").replace("'", "")
    return word[:1].isupper() and letters.isalpha() and not letters.isupper()


def is_uncredited_copy(text: str, below: str) -> bool:
    """``text`` is the caption printed again right under it with its credit (``Flooding over
    the town.`` over ``Flooding over the town. Ada Lund``): a picture's alt text, no lead."""
    text = text.strip()
    return len(below) > len(text) and below.startswith(text) and is_caption_form(below)
