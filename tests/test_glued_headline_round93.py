"""Round 93: a related article's headline glued to the quote after it, and a reported call
whose participle ("…, saying, “…”") is the caller's.

Forms (each written anew here):

- "Northport SAR Sends Aid to Storm Survivors in Kessel Utara“The handling efforts …,” he
  said": a Title Case headline glued to an opening quote mark (prose leaves a space before
  it) is cut off as a line of its own, so "he" goes back to the man the paragraph above
  names (before: to the headline's words, "Northport SAR Sends Aid");
- where the headline and the quote stay one paragraph, the text keeps the raw as it was, with
  no space put between them (before the cut, nothing was cut; a cut joined back with a space
  would change the words an analyst quotes);
- "Berg said Maria’s sister-in-law Eva actually called before the family arrived, saying,
  “…”": a reported call or message is the participle's act, so its sender speaks (before:
  "Kim Berg", the one who said it);
- guards: prose glued to a quote mark ("called the plan“Velm’s worst …”") is not cut; after a
  complement whose verb is no call ("Berg said Eva was wrong …, saying") the one who said it
  goes on.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import claimtrack as ct

_LEAD = "Harbour works end early\n\n"
_LONG_QUOTE = (
    "“The handling efforts are also supported by the harbour office and the local district "
    "heads. The water is expected to recede quickly,” he said on Friday."
)


def _load(tmp_path: Path, text: str) -> ct.Article:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return ct.load_article(path)


def _speakers(article: ct.Article) -> list[str | None]:
    return [q.speaker_full for q in ct.extract_quotations(article)]


def test_a_headline_glued_to_a_quote_is_no_speaker(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        _LEAD + "Northport SAR Head of Operations, Tom Berg said personnel had been alerted to "
        "watch the quay in each district.\n\nNorthport SAR Sends Aid to Storm Survivors in "
        "Kessel Utara" + _LONG_QUOTE + "\n",
    )
    assert _speakers(article) == ["Tom Berg"]
    assert "\n\nNorthport SAR Sends Aid to Storm Survivors in Kessel Utara\n\n“The" in article.text


def test_a_cut_inside_one_paragraph_keeps_the_raw(tmp_path: Path) -> None:
    paragraph = (
        "Velm Council Opens New Harbour Library in Northport“The works are done and the quay "
        "opens again tomorrow,” he said on Friday."
    )
    article = _load(
        tmp_path,
        _LEAD + "Velm Harbour master Tom Berg said the quay had been closed since Monday after "
        "the storm.\n\n" + paragraph + "\n\nThe council said it would pay for the repairs.\n",
    )
    assert paragraph in article.text
    assert _speakers(article) == ["Tom Berg"]


def test_prose_glued_to_a_quote_mark_is_not_cut(tmp_path: Path) -> None:
    paragraph = (
        "Tom Berg called the plan“Velm’s worst idea since the old harbour was built, with the "
        "fees, the lights and everything else the council has done since the storm,” and left."
    )
    article = _load(tmp_path, _LEAD + paragraph + "\n")
    assert paragraph in article.text
    assert _speakers(article) == ["Tom Berg"]


_CALL = (
    "“We had the same nurse (Kim Berg) that helped with the first one,” Maria said.\n\n"
    "Berg said Maria’s sister-in-law Eva {clause} before the family arrived, saying, “You "
    "helped with one baby, you might have two from the same family now.”"
)
_FAMILY = (
    "The family rushed her to the hospital in Velm, where her sister-in-law Eva Lund had given "
    "birth four years earlier.\n\n"
)


def test_a_reported_call_is_the_callers_speech() -> None:
    for clause in ("actually called", "texted her", "phoned"):
        text = _FAMILY + _CALL.format(clause=clause)
        assert ct.extract_quotations(text)[-1].speaker_full == "Eva Lund", clause


def test_after_any_other_verb_the_one_who_said_it_goes_on() -> None:
    text = _FAMILY + _CALL.format(clause="was wrong and came")
    assert ct.extract_quotations(text)[-1].speaker_full == "Kim Berg"
