"""The title model: a learned second opinion on the header rules' headline (title_model.py)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading import cleaning
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_features import feature_key, line_features
from claimtrack.reading.lines import split_lines
from claimtrack.reading.title_model import (
    TITLE_CUTOFF,
    TITLE_FLOOR,
    TITLE_MARGIN,
    overrule,
    title_candidates,
    title_scores,
)

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators and the union."
)
MORE = (
    "Work on the channel will start in the spring, the board said, and the ferries will keep "
    "running while it lasts. The union welcomed the decision."
)
HEADLINE = "Harbour board approves plan to widen the ferry channel"


def rules_title(raw: str) -> str | None:
    return cleaning._Cleaner(raw, 0, learned=False).run().title


# ------------------------------------------------------------------ what it changes, and not


# (labels this long: under a headline half as long again, a shorter label is no title to the
# rules themselves since round 37)
@pytest.mark.parametrize(
    "label",
    [
        "Trending Now In Northport City And The Region",
        "Local Government And Harbour Affairs In Northport City",
    ],
)
def test_a_title_case_label_the_rules_took_gives_way_to_the_headline(label: str) -> None:
    raw = f"{HEADLINE}\n\n{label}\n\n{LEAD}\n\n{MORE}\n"
    assert rules_title(raw) == label  # the rules alone: a lone Title Case line over the body
    assert clean(raw).title == HEADLINE


@pytest.mark.parametrize(
    "raw",
    [
        f"Northport Daily Courier\n\n{HEADLINE}\n\nNorthport Daily Courier\n\n{LEAD}\n\n{MORE}\n",
        f"{HEADLINE}\nPublished in Harbour News\n\n{LEAD}\n\n{MORE}\n",
        f"{HEADLINE}\n\nListen to this article here\n\n{LEAD}\n\n{MORE}\n",
        f"Ferry strike ends\nUnion and operators settle after talks\n\n{LEAD}\n\n{MORE}\n",
    ],
)
def test_a_headline_the_rules_found_stays(raw: str) -> None:
    assert clean(raw).title == rules_title(raw)


@pytest.mark.parametrize("top", ["Photo: Jane Roe", "Politics"])
def test_where_the_rules_find_no_headline_the_model_adds_none(top: str) -> None:
    raw = f"{top}\n\n{LEAD}\n\n{MORE}\n"  # a credit, a section label: no headline
    assert rules_title(raw) is None
    assert clean(raw).title is None


# ------------------------------------------------------------------------ the decision rule


scores_and_rules = st.lists(st.floats(0, 1), min_size=1, max_size=12).flatmap(
    lambda s: st.tuples(st.just(s), st.none() | st.integers(0, len(s) - 1))
)


@given(scores_and_rules)
def test_overrule_keeps_switches_or_drops_the_rules_line(case: tuple) -> None:
    scores, rules = case
    chosen = overrule(scores, rules)
    if rules is None:
        assert chosen is None  # the model never adds a headline the rules refused
        return
    best = max(range(len(scores)), key=scores.__getitem__)
    switch = scores[best] > TITLE_CUTOFF and scores[best] - scores[rules] > TITLE_MARGIN
    if switch:
        assert chosen == best
    elif scores[rules] < TITLE_FLOOR:
        assert chosen is None
    else:
        assert chosen == rules


def test_overrule_by_hand() -> None:
    assert overrule([0.05, 0.9], 0) == 1  # sure of another line, by far
    assert overrule([0.5, 0.9], 0) == 0  # prefers another, not by the margin
    assert overrule([0.01, 0.02], 0) is None  # believes in no headline
    assert overrule([0.99], None) is None


# --------------------------------------------------------------------- candidates and weights


def test_candidates_are_the_header_lines_with_letters() -> None:
    raw = f"Home | News\n\n2024\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n"
    lines = split_lines(raw)
    body_start = next(i for i, line in enumerate(lines) if line.text == LEAD)
    found = title_candidates(lines, body_start, None)
    assert [lines[i].text for i, _ in found] == ["Home | News", HEADLINE]  # "2024": no letters
    assert all("t:rules-none" in feats for _, feats in found)
    with_rules = dict(title_candidates(lines, body_start, found[1][0]))
    assert "t:rules" in with_rules[found[1][0]] and "t:not-rules" in with_rules[found[0][0]]
    assert all(0.0 <= p <= 1.0 for _, p in title_scores(lines, body_start, None))


def test_no_header_no_candidates() -> None:
    lines = split_lines(f"{LEAD}\n\n{MORE}\n")
    assert title_candidates(lines, 0, None) == []
    assert clean(f"{LEAD}\n\n{MORE}\n").title is None


def test_the_shipped_weights_are_numbers_under_hashed_keys() -> None:
    data = json.loads(
        resources.files("claimtrack.reading").joinpath("title_model.json").read_text("utf-8")
    )
    assert data["size"] > 0 and data["weights"]
    assert all(k.isdigit() and int(k) < data["size"] for k in data["weights"])
    assert all(isinstance(v, float) for v in data["weights"].values())  # no text ships


@given(st.lists(st.text(max_size=60), max_size=20))
def test_line_features_never_fail_and_keys_are_stable(texts: list[str]) -> None:
    texts = [t.strip() for t in texts if t.strip()]
    features = line_features(texts)
    assert len(features) == len(texts)
    for feats in features:
        assert "bias" in feats
        assert all(feature_key(f, 1 << 16) == feature_key(f, 1 << 16) < 1 << 16 for f in feats)
