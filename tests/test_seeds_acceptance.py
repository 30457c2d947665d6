"""Seed acceptance facts (cleaning and metadata): ../shared/acceptance/seeds.json and the brief.

The facts are copied here so the tests run from a clean clone without the shared folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack as ct

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FACTS = {
    "000_d0c8f9d331184de7": {
        "title": "Will Minsk revive the “post-Soviet NATO” at the behest of the Kremlin?",
        "authors": ["Siarhei Bohdan"],
        "published": None,
        "body_first": "On 14 October, Belarus became the chair of the Collective Security Treaty "
        "Organisation (CSTO).",
        "body_last": "In doing so, they miss the substance of Belarusian policy by paying too much "
        "attention to loud words.",
        "boilerplate": [
            "ankara escort",
            "Why Support Belarus Digest?",
            "555 reads",
            "Image: odkb-csto.org",
            "Belarusian language Belarusian military",
        ],
    },
    "001_6c701b6de60f14c0": {
        "title": "Can Belarus use the Collective Security Treaty Organisation to fend off Moscow’s "
        "pressure?",
        "authors": ["Siarhei Bohdan"],
        "published": None,
        "body_first": "On 24 May, member state defence ministers",
        "body_last": "to survive politically in absence of other alternatives.",
        "boilerplate": [
            "ankara escort",
            "334 reads",
            "Image: Wikimedia Commons",
            "Image: YouTube",
            "Image: ont.by",
            "Siarhei Bohdan is an associate analyst",
            "combined units...",
        ],
    },
    "002_a79617699129d617": {
        "title": "CSTO: From NATO’s Enemy to Strategic Partner?",
        "authors": ["Volha Charnysh"],
        "published": None,
        "body_first": "This week Belarusian President Alexander Lukashenka attended the jubilee "
        "summit of the Collective Security Treaty Organization (CSTO).",
        "body_last": "One may only wonder whether this statement alludes to the Russian or the "
        "Western pressure and whether Lukashenka is behind it.",
        "boilerplate": ["ankara escort", "Loading...", "cstosummit.jpeg", "536 reads", "Read more"],
    },
    "003_40f254e5605143fe": {
        "title": "Minsk has demonstrated scope of commitment to CSTO",
        "authors": [],
        "published": "2017-06-19",
        "body_first": "The participating states have used the CSTO as an instrument for obtaining "
        "material benefits from Russia.",
        "body_last": "which is common for the post-Soviet formations.",
        "boilerplate": [
            "header -->",
            "Similar articles",
            "Catholic conference",
            "Holy See",
            "Recent trends",
            "Фото:",
            "Category status",
        ],
    },
    "004_f46860e36b9eb31f": {
        "title": "Minsk has passed an honourable but useless chairmanship in the CSTO to Astana",
        "authors": [],
        "published": "2017-11-27/2017-12-03",
        "body_first": "The Belarusian chairmanship in the Collective Security Treaty Organization "
        "(CSTO) has come to an end.",
        "body_last": "primarily with China.",
        "boilerplate": [
            "You have been successfully subscribed",
            "Subscribe to our newsletter",
            "View all",
            "BE/RU",
            "Security issues",
            "The situation has not changed",
        ],
    },
}


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return ct.load_corpus(SEEDS)


def test_all_five_seeds_load_in_id_order(corpus: ct.Corpus) -> None:
    assert list(corpus) == sorted(FACTS)


@pytest.mark.parametrize("article_id", sorted(FACTS))
def test_seed_metadata(corpus: ct.Corpus, article_id: str) -> None:
    art, facts = corpus[article_id], FACTS[article_id]
    assert art.title == facts["title"]
    assert list(art.authors) == facts["authors"]
    assert (str(art.published) if art.published else None) == facts["published"]
    assert art.publisher is None  # plain text does not say who published it


@pytest.mark.parametrize("article_id", sorted(FACTS))
def test_seed_body_is_exactly_the_article(corpus: ct.Corpus, article_id: str) -> None:
    art, facts = corpus[article_id], FACTS[article_id]
    assert art.text.startswith(facts["body_first"])
    assert art.text.endswith(facts["body_last"])
    for junk in facts["boilerplate"]:
        assert junk not in art.text, junk
    # The title is metadata, not a paragraph of the body.
    assert facts["title"] not in art.text


@pytest.mark.parametrize("article_id", sorted(FACTS))
def test_seed_offsets_map_back_to_raw(corpus: ct.Corpus, article_id: str) -> None:
    art = corpus[article_id]
    assert art.raw == (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")
    assert art.checksum == ct.model.article_checksum(art.raw, art.text)
    assert art.path and art.path.endswith(f"{article_id}.txt")
    for text_start, raw_start, length in art.offset_map:
        assert art.text[text_start : text_start + length] == art.raw[raw_start : raw_start + length]
    covered = sum(length for _, _, length in art.offset_map)
    joints = art.text.count("\n\n") * 2
    assert covered + joints == len(art.text)


def test_date_precision(corpus: ct.Corpus) -> None:
    assert corpus["003_40f254e5605143fe"].published.precision is ct.model.DatePrecision.DAY
    week = corpus["004_f46860e36b9eb31f"].published
    assert week.precision is ct.model.DatePrecision.RANGE
    assert (str(week.start), str(week.end)) == ("2017-11-27", "2017-12-03")


def test_unrelated_article_after_similar_articles_is_cut(corpus: ct.Corpus) -> None:
    art = corpus["003_40f254e5605143fe"]
    assert "Minsk attempts to make up for image losses" not in art.text
    assert "October 02, 2017" not in art.text
    report = corpus.cleaning(art.id)
    assert report is not None and "end marker" in report.counts()


def test_subheadings_stay_as_their_own_paragraphs(corpus: ct.Corpus) -> None:
    art = corpus["000_d0c8f9d331184de7"]
    paragraphs = art.text.split("\n\n")
    assert "Lukashenka and the CSTO" in paragraphs
    assert "Two reasons for Minsk not to strengthen the CSTO" in paragraphs
    report = corpus.cleaning(art.id)
    heads = [art.text[a:b] for a, b in report.headings]
    assert heads == [
        "Lukashenka and the CSTO",
        "Two reasons for Minsk not to strengthen the CSTO",
        "Few have noticed Minsk's independent policy…",
        "… except Moscow",
    ]


def test_teasers_and_pull_quotes_leave_one_copy(corpus: ct.Corpus) -> None:
    art = corpus["000_d0c8f9d331184de7"]
    assert art.text.count("On 14 October, Belarus became the chair") == 1
    art2 = corpus["002_a79617699129d617"]
    assert art2.text.count("This week Belarusian President Alexander Lukashenka attended") == 1
    # The pull quote repeats a body sentence; the body sentence itself stays.
    assert art2.text.count("only Armenia and Kyrgyzstan have changed rulers") == 1
    assert "This year Belarus national defence funding reached $550.1mln" in art2.text


def test_on_14_october_is_not_a_publication_date(corpus: ct.Corpus) -> None:
    assert corpus["000_d0c8f9d331184de7"].published is None


def test_seed_quotes_are_in_the_clean_text(corpus: ct.Corpus) -> None:
    assert (
        "Belarus should be perceived as one whole with Russia."
        in corpus["000_d0c8f9d331184de7"].text
    )
    assert (
        "Minsk renewed its prohibition on deployment of Belarusian troops abroad"
        in corpus["000_d0c8f9d331184de7"].text
    )
    assert (
        "Belarusian officials called for the strengthening of the organisation."
        in corpus["001_6c701b6de60f14c0"].text
    )
