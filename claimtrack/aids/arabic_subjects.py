"""Speakers in Arabic news: the subject a verb-first sentence writes after its speech verb.

Names are found elsewhere by their capital letters, and Arabic has none. Arabic news attributes
verb first: ``وقال الوزير سالم الهادي: «…»``, ``وأضاف الهادي أن «…»``, and a participle
(``مضيفا:``, ``مؤكدا أن``) or a verb with its subject left out (``وقال:``) reports the subject
of the sentence's verb before it: ``وتحدث الهادي عن … وقال: «…»``. The subject is read
between the verb and what ends it (a colon, إن/أن, a preposition, a comma); titles
(الوزير, رئيس مجلس …, المتحدث باسم …) and honorifics (الشيخ) before the name are the speaker's
role, and a subject that is only a role or a body is a description. A one-word family name
(``الهادي``) grows to the fuller name the article writes with it (``سالم الهادي``).

Word lists are matched on a normal form (hamza seats, alef maqsura, ta marbuta and short vowels
folded), so ``الأمة`` and ``الامة`` are one word. Confidence stays below 0.8: the rule reads
word order, not grammar.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.sentences import Paragraph

__all__ = ["arabic_speaker", "fold", "subject_name"]

_ARABIC = re.compile(r"[\u0621-\u064a]")
_WORD = re.compile(r"[\u0621-\u065f\u0670-\u06d3]+|[^\W\d_]+|\d+|[^\s]")
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # short vowels, dagger alef, tatweel
_FOLD = str.maketrans("أإآٱىة", "اااايه")
# A quoted stretch inside the sentence before the quote (its words are nobody's subject).
_QUOTED = re.compile(r"«[^«»]*»|»[^«»]*«|“[^“”]*”|\"[^\"]*\"")


def fold(word: str) -> str:
    """The normal form word lists are matched on: short vowels and tatweel dropped, hamza seats
    and alef maqsura folded, ta marbuta written as ha ("الأمة" → "الامه")."""
    return _MARKS.sub("", word).translate(_FOLD)


def _folded(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Speech verbs that take their subject after them (past and present, he and she forms).
_VERBS = _folded(
    "قال قالت يقول تقول أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح أشار "
    "أشارت يشير تشير تابع تابعت صرح صرحت شدد شددت لفت لفتت اعتبر اعتبرت ذكر ذكرت أعلن "
    "أعلنت كتب كتبت أفاد أفادت علق علقت أجاب أجابت تساءل تساءلت حذر حذرت رأى رأت نفى نفت "
    "اعترف اعترفت أعرب أعربت طالب طالبت دعا دعت انتقد انتقدت تحدث تحدثت عبر عبرت وصف وصفت "
    "استطرد استطردت ختم ختمت أردف أردفت زعم زعمت أبلغ أبلغت"
)
# Participles that carry a quote for the sentence's subject: "…، مضيفا: «…»".
_PARTICIPLES = _folded(
    "مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة متابعا متابعة مصرحا مشددا مشددة "
    "لافتا لافتة معتبرا معتبرة قائلا قائلة معلقا معلقة متسائلا محذرا محذرة مستذكرا "
    "معربا معربة منتقدا منتقدة داعيا داعية مطالبا مطالبة مستطردا واصفا"
)
# What ends a subject: "that", prepositions, a relative pronoun, a conjunction's next clause.
_ENDS = _folded(
    "إن أن ان بأن بان انه أنه إنه لأن في على عن من إلى الى مع خلال أمام امام بعد قبل "
    "حول لدى اليوم أمس امس الذي التي الذين إذ اذ حيث كما بينما ثم أيضا ايضا"
)
# A preposition with a pronoun written on to it ("فيه", in it; "لها", to her) is never a subject:
# "الذي قال فيه: «…»" (the statement in which he said) leaves the subject out.
_PREPOSITIONS = ("في", "ل", "ب", "عن", "من", "علي", "الي", "مع", "عند", "لدي")
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")
_ENDS |= frozenset(
    fold(p + x)
    for p in _PREPOSITIONS
    for x in _SUFFIXES
    if p + x != "مني"  # the name "منى" folds to it
)
# Offices: a noun that heads a role ("وزير الخارجية"); "باسم" links a spokesman to his body.
_TITLES = _folded(
    "رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة نائب النائب نائبة النائبة "
    "متحدث المتحدث متحدثة المتحدثة ناطق الناطق الناطقة سفير السفير أمين الأمين مدير "
    "المدير مديرة المديرة مستشار المستشار قائد القائد زعيم الزعيم عضو العضو محافظ المحافظ "
    "مسؤول المسؤول ممثل الممثل مبعوث المبعوث مندوب المندوب باسم عميد العميد أستاذ "
    "الأستاذ مصدر المصدر نقيب النقيب ولي"
)
# Honorifics and ranks written before a name: never part of it.
_HONORIFICS = _folded(
    "الشيخ الشيخة الأمير الأميرة الملك الملكة السيد السيدة الدكتور الدكتورة د سمو معالي "
    "سعادة فخامة العاهل اللواء العميد الفريق العقيد المهندس المستشار الحاج"
)
# Bodies and nouns that can be a subject but never a person's name.
_BODIES = _folded(
    "الوزارة الحكومة البيان الخارجية الجيش الشرطة الحركة الحزب المجلس الرئاسة الوكالة "
    "الصحيفة المنظمة الأمم الشركة السلطات المصادر المصدر الجماعة اللجنة البرلمان"
)
# A country's adjective after a title ("الرئيس الأمريكي"): part of the role.
_DEMONYMS = _folded(
    "الأمريكي الأميركي الروسي الفرنسي البريطاني الألماني الصيني الإيراني التركي المصري "
    "السعودي الكويتي الإماراتي القطري العراقي السوري اللبناني الأردني الفلسطيني "
    "الإسرائيلي اليمني الليبي التونسي الجزائري المغربي السوداني العماني البحريني "
    "الأوكراني الياباني الهندي الباكستاني الأفغاني الإسباني الإيطالي"
)
# Words that join the next one into a name: "عبد الله", "أبو علي", "بن سلمان".
# What stands between a cue and the words it reports: a colon, "that".
_THAT = _folded(": إن أن ان بأن بان لأن لان انه أنه إنه")
_JOINERS = _folded("عبد أبو ابو بن ابن بنت آل ذو")
_VIA = fold("عبر")
_MAX_SUBJECT = 10
_WINDOW = 200  # characters read around a quote (a long sentence of many quotes stays linear)


def _words(text: str) -> list[str]:
    return _WORD.findall(_QUOTED.sub(" « ", text))


def _bare(word: str) -> str:
    """The word without the conjunction و or ف written on to it ("وقال" → "قال")."""
    w = fold(word)
    if len(w) > 3 and w[0] in "وف" and w[1:] in _VERBS | _PARTICIPLES:
        return w[1:]
    return w


def _is_verb(words: list[str], i: int) -> bool:
    """A speech verb; "عبر" (expressed, and the preposition "via") only with و/ف or opening."""
    bare = _bare(words[i])
    if bare == _VIA:
        return fold(words[i]) != _VIA or i == 0
    return bare in _VERBS


def _is_word(token: str) -> bool:
    return bool(_ARABIC.match(token))


def _subject(words: list[str], at: int) -> list[str]:
    """The words after the verb at ``at`` up to what ends its subject."""
    out: list[str] = []
    for w in words[at + 1 : at + 1 + _MAX_SUBJECT]:
        bare = _bare(w)
        if not _is_word(w) or bare in _ENDS or bare in _VERBS or bare in _PARTICIPLES:
            break
        if len(bare) < 2:
            break  # "لـ«الوطن»": a preposition written apart with tatweel
        if fold(w).startswith(("لل", "بال")):
            break  # "لـ"/"بـ" on a definite noun: a preposition's object ("للسعودية")
        out.append(w)
    return out


def subject_name(subject: list[str]) -> str | None:
    """The name that ends a subject, its role words left before it: "رئيس مجلس الامة مرزوق
    الغانم" → "مرزوق الغانم"; None when the subject is only a role ("وزير الخارجية")."""
    names: list[str] = []
    k = len(subject) - 1
    while k >= 0 and len(names) < 4:
        w = fold(subject[k])
        if w in _TITLES or w in _HONORIFICS or w in _BODIES or w in _DEMONYMS:
            break
        if names and w.startswith("ال") and not (k > 0 and fold(subject[k - 1]) in _JOINERS):
            break  # a definite word before a name closes a role ("مجلس الامة")
        names.insert(0, subject[k])
        k -= 1
    if not names:
        return None
    if k >= 0 and len(names) == 1 and fold(names[0]).startswith("ال"):
        before = fold(subject[k])
        if before in _TITLES and not before.startswith("ال"):
            return None  # a title's complement: "وزير الخارجية", "المتحدث باسم الوزارة"
    return " ".join(names)


def _fuller(reader: ArticleReader) -> dict[str, str]:
    """Family name → the one fuller name the article's verb subjects and titles write with it."""
    if reader in _CACHE:
        return _CACHE[reader]
    found: dict[str, set[str]] = {}
    words = _words(reader.text)
    for i, w in enumerate(words):
        bare = _bare(w)
        if _is_verb(words, i) or bare in _TITLES or bare in _HONORIFICS:
            name = subject_name(_subject(words, i))
            if name and " " in name:
                found.setdefault(fold(name.split()[-1]), set()).add(name)
    _CACHE[reader] = out = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return out


_CACHE: WeakKeyDictionary[ArticleReader, dict[str, str]] = WeakKeyDictionary()


def _speaker(reader: ArticleReader, subject: list[str], cue: str, raw: float) -> Attribution:
    """The attribution to a subject: its name (grown to the fuller form), else its role."""
    as_written = " ".join(subject)
    name = subject_name(subject)
    if name is None or (" " not in name and fold(name).startswith("ال")):
        full = _fuller(reader).get(fold(name)) if name else None
        if full is None:
            return Attribution(as_written, as_written, cue, raw * 0.7, as_written, "description")
        return Attribution(name, full, cue, raw * 0.9, as_written, "surname")
    full = _fuller(reader).get(fold(name), name) if " " not in name else name
    how = "named" if full == name else "surname"
    return Attribution(name, full, cue, raw, as_written, how)


def arabic_speaker(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """Who an Arabic quotation's cue names: the subject of the speech verb before the quote,
    else of the verb after it ("«…»، قال الهادي"), else, for a participle or a verb whose
    subject is left out, the subject of the sentence's verb before it."""
    text = reader.text
    if not _ARABIC.search(text, span.start, min(span.end, span.start + _WINDOW)):
        return None
    s_start, s_end = reader.sentence_at(para.index, span.open)
    words = _words(text[max(s_start, span.open - 3 * _WINDOW) : span.open])
    cue_at = next(
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if _is_verb(words, i) or _bare(words[i]) in _PARTICIPLES
        ),
        None,
    )
    if cue_at is None and span.close is not None:
        after = _words(text[span.close + 1 : min(s_end, span.close + 1 + _WINDOW)])
        after = after[1:] if after[:1] in (["،"], [","]) else after
        if after and _is_verb(after, 0) and _subject(after, 0):
            return _speaker(reader, _subject(after, 0), after[0], 0.7)
        return None
    if cue_at is None or len(words) - cue_at > _MAX_SUBJECT + 2:
        return None
    if cue_at < len(words) - 1 and fold(words[-1]) not in _THAT:
        return None  # "… عملية «…»": words a clause names, not what the cue reports
    cue = words[cue_at]
    if _is_verb(words, cue_at) and _subject(words, cue_at):
        return _speaker(reader, _subject(words, cue_at), cue, 0.75)
    for i in range(cue_at - 1, -1, -1):  # the subject of the sentence's verb before the cue
        if _is_verb(words, i) and _subject(words, i):
            return _speaker(reader, _subject(words, i), cue, 0.65)
    return None
