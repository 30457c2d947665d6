"""A photo's caption that says, in the present tense, what the people in the picture are doing.

The wires and most outlets caption a picture in one sentence whose verb is in the present
tense while its time is past: ``Nampa Mayor Ada Lund speaks during a groundbreaking on
Thursday.``, ``Lund and outgoing mayor Tom Berg wave from a balcony during a handover
ceremony.``, ``Interior Minister Ada Lund (Green) talks to reporters in Northport, 5th October
2020 / Credit: Harbour TV``. A story reports what happened in the past tense ("spoke"), so a
lone sentence of this shape is the picture's, not the story's. A caption is told by:

- a **named subject**: two capitalised words or more, maybe with a title in lower case between
  them (``Rome's newly-elected mayor Ada Lund``), never a determiner or a pronoun (``The
  council meets during …`` and ``He speaks …`` are prose, and so is ``Related talks in Geneva
  ended …``: one capitalised word opening a sentence);
- a **verb of the picture** in the present tense (speaks, performs, waves, celebrates, …);
- a **moment**: ``during`` something, or a date written after the verb (``on Thursday``, ``on
  October 21, 2021``, ``5th October 2020``). A verb a story uses for what is to come (``India
  plays England on Sunday``, ``The minister visits Tokyo on Monday``) needs ``during``;
- **one sentence**, maybe followed by the picture's credit (``… Opening Performance. Ada Lund /
  Kennedy Center``), and no quotation mark.

People named as a group are a subject too, on a day only: ``Members of the Velm union disrupt
a board meeting May 27, 2010.``, ``Union members picket the Northport mill on Thursday.``
(the wires' bare date has no "on"). Over a habit ("Students sit exams during Ramadan") a story
uses the present tense as well, so a group needs a day, not just "during".

Some outlets describe a picture of people nobody named (its alt text): ``A woman stands
outside on a sidewalk.``, ``A man holds a placard during the march.``. One short sentence
opening on "A", "An" or "One", a few words, then a verb of the picture in the present tense is
that too: a story tells its scene in the past tense, and "A man stands accused" or "A woman
stands to gain" is no picture.

The check is linear in the line's length and skips long lines.
"""

from __future__ import annotations

import re

from claimtrack.text.month_names import ENGLISH_MONTH

__all__ = ["is_scene_caption"]

_MAX_CHARS = 360
_QUOTES = '"“”„«»'
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME_WORD = rf"{_CAP}[\w.'’-]*"
# Capitalised words; small words of a name or a role between them ("Rome's newly-elected mayor
# Ada Lund", "Tom Berg and Ada Lund"); maybe a party or a place in the picture in brackets.
_OPENERS = (
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|There|Here|What|When|Why"
    r"|How|If|As|In|On|At|For|After|Before|While|During|Some|Many|Most|All|Our|Their|His|Her"
    r"|Its|My|Your)\b)"
)
_SUBJECT = (
    rf"{_OPENERS}{_NAME_WORD}(?:,? (?:{_NAME_WORD}|and|of|the|de|van|von|bin"
    rf"|[a-z][\w-]*(?: [a-z][\w-]*)?(?= {_CAP}))){{0,9}}"
    r"(?: \([\w ,.-]{1,24}\))?"
)
# Verbs that show a moment: a story does not report the past with them.
_SHOWN = (
    r"speaks|speak|talks|talk|performs|perform|arrives|arrive|waves|wave|listens|listen"
    r"|celebrates|celebrate|poses|pose|looks on|look on|gestures|gesture|smiles|smile|reacts"
    r"|react|shakes hands|shake hands|greets|greet|addresses|delivers|cheers|cheer|applauds"
    r"|applaud|hugs|hug|embraces|embrace|prays|pray|walks|walk|sits|sit|stands|stand|casts"
    r"|holds up|hold up|holds a copy|holds a sign|holds a placard|holds a banner|holds a flag"
    r"|hold signs|hold placards|hold banners|hold flags|marches|march|dances|dance|sings|sing"
    r"|kneels|kneel|salutes|salute|lays a wreath|lay a wreath|cuts the ribbon|cut the ribbon"
    r"|inspects|tours|looks at|look at|answers questions|takes questions|arrives for"
)
# Verbs a story may also use for what is to come ("India plays England on Sunday"): a caption
# only with "during".
_SCHEDULED = (
    r"plays|play|holds|hold|attends|attend|visits|visit|meets|meet|signs|sign|receives|presents"
    r"|leads|lead|competes|compete|runs|scores|votes|vote|joins|join|rallies|rally|protests"
    r"|protest|gathers|gather|watches|watch|takes part|take part|participates|participate"
)
# The people a picture shows, one of them ("A woman stands …"), or in the plural a group
# ("Protesters hold placards …"; "mans" or "childs" never occur, so they cost nothing).
_PERSON = (
    r"man|woman|boy|girl|child|person|resident|worker|student|pupil|protester|protestor"
    r"|demonstrator|activist|voter|nurse|doctor|soldier|officer|official|policeman|policewoman"
    r"|firefighter|rescuer|farmer|villager|vendor|supporter|fan|pedestrian|shopper|commuter"
    r"|passenger|volunteer|mother|father|teacher|patient|visitor|tourist|trader|fisherman|miner"
    r"|driver|member|delegate|lawmaker|mourner|relative|refugee|migrant|journalist|player"
    r"|striker|worshipper|pilgrim"
)
# "A woman stands outside on a sidewalk.": someone unnamed, a verb of the picture, one sentence.
# The person is one ("A statue stands outside the town hall" is a story's).
_UNNAMED = re.compile(
    rf"(?:An?|One) (?:[\w'’-]+ ){{0,3}}?(?:{_PERSON}|police officer)"
    r" (?:[\w'’-]+ ){0,2}?(?:stands|sits|walks|waits|queues|poses|kneels|prays|carries|holds"
    r"|rides|wears|cries|smiles|waves|gestures|sleeps|rests|leans|lies|looks on)"
    r"(?! (?:accused|trial|to|ready|by|firm|guard|charged|alone|in for)\b)[^.!?;:]*\.?"
)
_UNNAMED_WORDS = 20
_NAMED = re.compile(rf"(?<!\S){_CAP}")
_SCENE = re.compile(rf"{_SUBJECT} (?:(?P<shown>{_SHOWN})|{_SCHEDULED})\b(?P<rest>.*)", re.DOTALL)
# "Members of the Velm union disrupt a board meeting May 27, 2010.": people named as a group,
# maybe with words before ("Union members", "Hundreds of dock workers") and what they are of.
# What a crowd is shown doing (with the verbs of the picture above).
_CROWD = (
    r"disrupt|block|chant|shout|clash|occupy|picket|carry|light candles|queue|line up|wait"
    r"|mourn|weep|lay flowers|clean up|search|sift through|flee|pay (?:their )?respects"
    r"|hold (?:portraits|photographs|pictures|candles)"
)
_GROUP_SCENE = re.compile(
    rf"{_OPENERS}(?={_CAP})(?:[\w'’-]+ ){{0,3}}?(?i:(?:{_PERSON})s)"
    r"(?: (?:of|from|for|in|at|with|outside) [\w'’.-]+(?: [\w'’.-]+){0,5}?)?"
    rf" (?P<shown>{_SHOWN}|{_CROWD})\b(?P<rest>.*)",
    re.DOTALL,
)
_MONTH = ENGLISH_MONTH
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A day: "on Thursday", "on October 21, 2021", ", Thursday", "5th October 2020", "in May 2010",
# or the wires' bare "May 27, 2010" (never "on Fridays": a habit, not a moment).
_DATED = (
    rf"\son\s(?:{_DAY}|{_MONTH}\s\d)(?!s\b)|,\s(?:{_DAY}|{_MONTH}\s\d)(?!s\b)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\s\d{{4}}\b|\bin\s{_MONTH}\s\d{{4}}\b"
    rf"|\s{_MONTH}\s\d{{1,2}},\s\d{{4}}\b"
)
_MOMENT = re.compile(rf"\sduring\s|{_DATED}")
_DATED_MOMENT = re.compile(_DATED)
# After the sentence, the picture's credit: "… Performance. Ada Lund / Kennedy Center",
# "… 2020 / Credit: Harbour TV", "… ceremony. Photo: Ada Lund", "… ceremony. photo".
_CREDIT_TAIL = re.compile(
    r"(?:[.!]\s*|\s[/|]\s*)(?:(?:photo|picture|image|credit|foto)s?\s*(?:by\s|:\s*)\S.{0,60}"
    r"|(?:file )?(?:photo|picture|image)\.?"  # "… on Thursday. photo": the label left alone
    rf"|{_CAP}[\w.'’-]*(?: {_CAP}[\w.'’-]*){{0,3}}\s?/\s?\S.{{0,50}})$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr|\bDr|\bSt|\bMs)(?<!\bMrs|\bRep|\bSen|\bGov)"
    r"(?<!\bNo)[.!?]\s+\S"
)


def is_scene_caption(text: str) -> bool:
    """One sentence showing named people doing something at a past moment, in the present
    tense, maybe with its credit (see the module's notes)."""
    text = text.strip()
    if len(text) > _MAX_CHARS or any(q in text for q in _QUOTES):
        return False
    if _UNNAMED.fullmatch(text) and len(text.split()) <= _UNNAMED_WORDS:
        return True
    m = _SCENE.match(text)
    dated_only = False
    if m is None or len(_NAMED.findall(text, 0, m.start("rest"))) < 2:
        # one capitalised word opening a sentence ("Related talks …") names no one, unless it
        # names a group, and then only on a day: "Students sit exams during Ramadan" is prose
        m = _GROUP_SCENE.match(text)
        dated_only = True
        if m is None:
            return False
    credit = _CREDIT_TAIL.search(text, m.start("rest"))
    sentence = text[: credit.start()] if credit else text
    if credit is None and not text.endswith("."):
        return False  # a headline ("Mayor Lund speaks at forum") ends with no stop
    if _SENTENCE_BREAK.search(sentence.rstrip(".")):
        return False  # two sentences: a story's paragraph
    moment = (_DATED_MOMENT if dated_only else _MOMENT).search(sentence, m.start("rest"))
    if moment is None:
        return False
    return m.group("shown") is not None or moment.group(0).strip() == "during"
