"""Speakers in scripts with no capitals, round 18: Hindi, Urdu, Bengali, Persian, Hebrew
(invented names: अदा लुंड, ادا لنڈ, আদা লুন্ড, آدا لوند, עדה לונד)."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations

HINDI_QUOTE = "“हम इस साल बंदरगाह खोलेंगे और काम शुरू करेंगे।”"


@pytest.mark.parametrize(
    ("page", "speaker", "cue"),
    [
        (
            f"बंदरगाह प्रमुख अदा लुंड ने योजना पेश की।\n\nलुंड ने कहा, {HINDI_QUOTE}\n",
            "अदा लुंड",
            "कहा",
        ),
        (f"अदा लुंड ने कहा कि {HINDI_QUOTE}\n", "अदा लुंड", "कहा"),
        (f"अदा लुंड ने मंगलवार को कहा, {HINDI_QUOTE}\n", "अदा लुंड", "कहा"),
        ("“हम इस साल बंदरगाह खोलेंगे और काम शुरू करेंगे,” अदा लुंड ने कहा।\n", "अदा लुंड", "कहा"),
        (
            "ادا لنڈ نے کہا کہ “ہم اس سال بندرگاہ کھولیں گے اور کام شروع کریں گے۔”\n",
            "ادا لنڈ",
            "کہا",
        ),
        ("আদা লুন্ড বলেন, “আমরা এই বছর বন্দর খুলব এবং কাজ শুরু করব।”\n", "আদা লুন্ড", "বলেন"),
        ("آدا لوند گفت: «ما امسال بندر را باز می‌کنیم و کار را شروع می‌کنیم.»\n", "آدا لوند", "گفت"),
        ("«ما امسال بندر را باز می‌کنیم و کار را شروع می‌کنیم»، آدا لوند گفت.\n", "آدا لوند", "گفت"),
        ('עדה לונד אמרה: "אנחנו נפתח את הנמל השנה ונתחיל בעבודות".\n', "עדה לונד", "אמרה"),
        ('"אנחנו נפתח את הנמל השנה ונתחיל בעבודות", אמרה עדה לונד.\n', "עדה לונד", "אמרה"),
    ],
)
def test_the_words_next_to_the_verb_of_saying_are_the_speaker(
    page: str, speaker: str, cue: str
) -> None:
    (quote,) = extract_quotations(page)
    assert (quote.speaker_full, quote.cue) == (speaker, cue)


def test_a_pronoun_before_the_verb_is_no_name() -> None:
    page = f"बंदरगाह प्रमुख ने योजना पेश की।\n\nउन्होंने कहा, {HINDI_QUOTE}\n"
    assert all(q.speaker_full != "उन्होंने" for q in extract_quotations(page))


def test_a_film_title_in_quotes_has_no_speaker() -> None:
    assert not [q for q in extract_quotations("यह फ़िल्म “शोले” बहुत प्रसिद्ध है।\n") if q.speaker]
