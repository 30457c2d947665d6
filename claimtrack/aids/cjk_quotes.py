"""Quotes cued in Chinese, Japanese and Korean, which write no spaces between words (or put the
verb last): the word-based cue rules read none of them.

- Chinese: the speaker and a verb of saying before the quote ("林雅达说：“…”", "发言人林雅达表示，
  “…”") or after it ("“…”林雅达说。"). A title before the name is left out ("局长林雅达" is 林雅达).
- Japanese: 「…」と and a verb of saying, the speaker the sentence's topic before the quote
  ("林長官は「…」と述べた") or after と ("「…」と林長官は語った"). A title after the name is
  left out, and a family name alone grows to the full name the article writes with that title
  ("林長官" is 林雅達 where it writes "林雅達長官").
- Korean: the quote, a quotative ("라고", "고", "며") and a verb of saying ("밝혔다", "말했다"),
  the speaker the subject before the quote ("김민수 장관은 "…"라고 밝혔다"); "김 장관" grows to the
  "김민수 장관" the article writes.

Only these scripts' words count, so no other language's quote is touched. A speaker read this
way is named at 0.7: no word boundary confirms where the name starts.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.sentences import Paragraph

__all__ = ["CJK", "cjk_cue"]

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
#: A Chinese, Japanese or Korean character.
CJK = re.compile(f"[{_HAN}\u3040-\u30ff\uac00-\ud7a3]")
_CONFIDENCE = 0.7
_REACH = 60
_GROWTH_REACH = 5000

_ZH_VERB = (
    r"(?:说道|说|說道|說|表示|指出|强调|強調|称|稱|坦言|认为|認為|透露|回应|回應|补充|補充|警告|宣布"
    r"|宣佈|写道|寫道|问道|問道|回答|呼吁|呼籲|解释|解釋|承认|承認|直言|声称|聲稱|重申)"
)
# Words between the speaker and the verb: when, where, "also", "then" ("林雅达周二在记者会上说").
_ZH_ADVERBIAL = re.compile(
    rf"(?:周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]|当天|當天|日前|今天|昨天|此前"
    rf"|随后|隨後|也|还|還|则|則|更|再次|进一步|進一步|同时|同時|在[{_HAN}]{{1,12}}(?:上|中|时|時))+$"
)
_ZH_BEFORE = re.compile(rf"([{_HAN}·]{{2,30}}?){_ZH_VERB}[：:，,]?\s*$")
_ZH_AFTER = re.compile(rf"\s*[，,]?\s*([{_HAN}·]{{2,30}}?){_ZH_VERB}[。，,！!]")
_ZH_TITLES = (
    "发言人", "發言人", "局长", "局長", "部长", "部長", "外长", "外長", "主席", "总统", "總統",
    "总理", "總理", "首相", "大使", "市长", "市長", "书记", "書記", "主任", "院长", "院長",
    "教授", "董事长", "董事長", "总裁", "總裁", "经理", "經理", "议员", "議員", "官员", "官員",
)  # fmt: skip
# Characters of prepositions and adverbs, never in a name or a title: a phrase holding one
# says how or when (the speaker is the subject the sentence left out).
_ZH_FUNCTION = re.compile("[在以向对對于於用并並而又先后後把被将將从從到给給让讓就都]")
_ZH_CLAUSE_END = "。！？；!?;\n”」"

_JA_VERB = (
    r"(?:述べ|語っ|話し|説明し|強調し|明らかにし|指摘し|批判し|訴え|明かし|語る|話す|述べる"
    r"|主張し|発言し|答え|言っ|コメントし)"
)
_JA_AFTER = re.compile(
    rf"\s*と(?:([^、。「」\s]{{1,20}}?)(?:は|が)、?)?[^。「」]{{0,12}}?{_JA_VERB}"
)
_JA_TOPIC = re.compile(r"([^、。「」\s]{1,20}?)(?:は|が)、?\s*$")
_JA_TITLES = (
    "官房長官", "報道官", "委員長", "大統領", "首相", "外相", "大臣", "長官", "社長", "会長",
    "知事", "市長", "代表", "議員", "教授", "総裁", "監督", "選手", "氏", "さん",
)  # fmt: skip

_KO_QUOTATIVE = r"(?:이?라고|고|며|면서)"
# "“…”며 “…”고 강조했다": two quotes, one verb; the verb may follow a few words.
_KO_AFTER = re.compile(
    rf"\s*{_KO_QUOTATIVE}\s*(?:[\"“][^\"“”]{{1,300}}[\"”]\s*{_KO_QUOTATIVE}\s*)?"
    r"(?:[가-힣]+\s+){0,3}?"
    r"(?:말했|밝혔|강조했|덧붙였|전했|설명했|주장했|지적했|언급했|말한|밝힌)"
)
_KO_EARLIER_QUOTE = re.compile(rf"[\"“][^\"“”]{{1,300}}[\"”]\s*{_KO_QUOTATIVE}\s*$")
_KO_SUBJECT = re.compile(r"([가-힣]{1,4})(?: ([가-힣]{1,8}?))?(?:은|는|이|가)\s*[,，]?\s*$")


def cjk_cue(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a Chinese, Japanese or Korean quote, by its cue; else None."""
    text = reader.text
    inside = text[span.start : span.end]
    if not CJK.search(inside[:40]):
        return None
    before = text[max(para.start, span.open - _REACH) : span.open]
    after = text[span.close + 1 : min(para.end, span.close + 1 + _REACH)] if span.close else ""
    # A family name grows from what the page wrote before the quote, within a bounded reach:
    # a page of endless quotes stays linear.
    window = text[max(0, span.open - _GROWTH_REACH) : span.open + _REACH]
    for read in (_chinese, _japanese, _korean):
        found = read(window, before, after)
        if found is not None:
            name, written, verb = found
            return Attribution(name, name, verb, _CONFIDENCE, written, "named")
    return None


def _chinese(text: str, before: str, after: str) -> tuple[str, str, str] | None:
    clause = before[max(before.rfind(c) for c in _ZH_CLAUSE_END) + 1 :]
    m = _ZH_BEFORE.search(clause) or _ZH_AFTER.match(after)
    if m is None:
        return None
    phrase = _ZH_ADVERBIAL.sub("", m.group(1))
    verb = m.group(0)[m.end(1) - m.start(0) :].strip(" ：:，,。！!")
    if _ZH_FUNCTION.search(phrase):
        return None  # "在开场时先以闽南语": how and when, the subject left out
    at = max((phrase.rfind(t) + len(t) for t in _ZH_TITLES if t in phrase), default=0)
    name = phrase[at:] if 2 <= len(phrase) - at <= 4 else phrase
    return (name, phrase, verb) if len(name) >= 2 and (at or len(name) <= 4) else None


def _japanese(text: str, before: str, after: str) -> tuple[str, str, str] | None:
    m = _JA_AFTER.match(after)
    if m is None:
        return None
    topic = m.group(1) or next((t.group(1) for t in [_JA_TOPIC.search(before)] if t), None)
    if topic is None:
        return None
    phrase = topic.rsplit("の", 1)[-1]  # "外務省の林報道官": the ministry's spokesman
    title = next((t for t in _JA_TITLES if phrase.endswith(t) and len(phrase) > len(t)), "")
    name = phrase[: len(phrase) - len(title)]
    if title and len(name) <= 2:  # a family name alone: the full name written with the title
        grown = re.search(rf"{re.escape(name)}[{_HAN}]{{1,3}}(?={re.escape(title)})", text)
        name = grown.group() if grown else name
    return name, topic, m.group(0).strip()[1:]


def _korean(text: str, before: str, after: str) -> tuple[str, str, str] | None:
    m = _KO_AFTER.match(after)
    s = _KO_SUBJECT.search(_KO_EARLIER_QUOTE.sub("", before))
    if m is None or s is None:
        return None
    name, title = s.group(1), s.group(2)
    if title and len(name) == 1:  # "김 장관": the family name; "김민수 장관" written before
        grown = re.search(rf"{re.escape(name)}[가-힣]{{1,2}}(?= {re.escape(title)})", text)
        name = grown.group() if grown else name
    written = s.group(0).strip(" ,，")
    return name, written, m.group(0).strip()
