"""The canonical casebook JSON: round trips, determinism, the shipped schema, path-named errors."""

from __future__ import annotations

import copy
import enum
import hashlib
import json
import typing
from importlib import resources
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Article, Casebook, load_corpus
from claimtrack.casebook.access import Text, View
from claimtrack.errors import ExportError, SchemaError
from claimtrack.host.testing import empty_casebook, hostile_casebook, huge_quote_casebook
from claimtrack.serialization.converter import FORMAT_VERSION
from claimtrack.serialization.reader import load, loads, structure_casebook
from claimtrack.serialization.writer import _SPLIT_PAIR, dumps, dumps_bytes, encode_piece

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SCHEMA = json.loads(
    resources.files("claimtrack").joinpath("serialization/casebook.schema.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def seed_casebook() -> Casebook:
    """The five seed articles with a few quotes lifted from their own cleaned text."""
    book = Casebook(load_corpus(SEEDS), title="Seeds", author="tests")
    book.rate_source("Some Outlet", "B")
    book.add_actor("Vladimir Makei", aliases=["Makei"], roles=["foreign minister"])
    first = book.add_claim("Belarus stays in the CSTO.", id="stays", likelihood="likely")
    second = book.add_claim("Belarus leaves the CSTO.", id="leaves", confidence="low")
    for n, article in enumerate(book.articles.values()):
        words = article.text.split()
        quote = " ".join(words[40:52])
        book.add_evidence(
            first.id if n % 2 else second.id,
            article=article.id,
            quote=quote,
            stance=["supports", "refutes", "neutral"][n % 3],
            speaker="Makei" if n == 0 else None,
            said_on="2017-06" if n == 1 else None,
            credibility=n % 6 + 1,
            occurrence=0,
        )
    book.add_contradiction(first.id, second.id, kind="contradictory", rationale="opposites")
    return book


def _validate(text: str) -> None:
    VALIDATOR.validate(json.loads(text))


# ------------------------------------------------------------------- round trips


def test_seed_casebook_round_trip_is_byte_identical(tmp_path: Path) -> None:
    book = seed_casebook()
    target = tmp_path / "seeds.json"
    claimtrack.export(book, target)
    first = target.read_bytes()
    again = load(target)
    assert again == book
    assert dumps_bytes(again) == first
    _validate(first.decode("utf-8"))


def test_document_layout_is_canonical() -> None:
    text = dumps(seed_casebook())
    assert text.startswith('{"claimtrack": 2,\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    doc = json.loads(text)
    assert list(doc)[1:] == sorted(doc)[: len(doc) - 1] or sorted(list(doc)[1:]) == list(doc)[1:]
    # One record per line, keys sorted inside each record.
    evidence_lines = [line for line in text.splitlines() if line.startswith('{"accepted"')]
    assert len(evidence_lines) == 5
    record = json.loads(evidence_lines[0].rstrip(","))
    assert list(record) == sorted(record)
    # Article texts are written unescaped (no \\u escapes for ordinary non-ASCII text).
    assert "—" in text or "“" in text or "’" in text


def test_insertion_order_is_kept() -> None:
    book = Casebook([Article(id="b", text="bee"), Article(id="a", text="ay")])
    assert list(loads(dumps(book)).articles) == ["b", "a"]


@pytest.mark.parametrize("factory", [hostile_casebook, empty_casebook, huge_quote_casebook])
def test_testing_kit_casebooks_round_trip(factory) -> None:  # type: ignore[no-untyped-def]
    book = factory()
    data = dumps_bytes(book)
    again = loads(data)
    assert again == book
    assert dumps_bytes(again) == data
    _validate(data.decode("utf-8"))


def test_json_exporter_passes_the_conformance_kit() -> None:
    from claimtrack_json import JsonExporter, JsonOptions

    from claimtrack.host.testing import check_exporter

    check_exporter(JsonExporter(), option_variants=[JsonOptions(include_raw=False)])


def test_without_raw_the_document_loads_with_text_as_raw() -> None:
    book = Casebook([Article(id="a", text="clean text", raw="<p>clean text</p>")])
    text = claimtrack.export_bytes(book, "json", include_raw=False).decode()
    assert "<p>" not in text
    article = loads(text).articles["a"]
    assert article.raw == "clean text"
    assert article.checksum == book.articles["a"].checksum  # the original file's checksum


# Any code point at all, including lone surrogates and characters XML 1.0 forbids.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)
ODD = st.sampled_from(["\x00", "\x0b", "\ufffe", "\ud800", "\udfff", "\u202e", "مرحبا", "👩‍👩‍👧"])
TEXT = st.lists(st.one_of(ANY_CHAR, ODD), min_size=1, max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, raw=TEXT, title=st.one_of(st.none(), TEXT), data=st.data())
def test_round_trip_over_arbitrary_unicode(text: str, raw: str, title: str | None, data) -> None:  # type: ignore[no-untyped-def]
    assume(not any(_SPLIT_PAIR.search(t) for t in (text, raw, title or "")))
    base = Casebook(title=title or "", bottom_line=raw)
    # The text is taken from the raw copy (custody: an offset map ties them).
    copy = f"{raw}\n\n{text}"
    base.add_article(
        Article(id="a", text=text, raw=copy, title=title, authors=(raw,),
                offset_map=((0, len(raw) + 2, len(text)),))
    )  # fmt: skip
    claim = base.add_claim(text if text.strip() else "statement", id="c", notes=raw)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    selector = claimtrack.model.TextQuoteSelector(
        exact=quote,
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        start=start,
        end=end,
    )
    evidence = claimtrack.Evidence(
        id="e", claim=claim.id, article="a", segments=(selector,), stance="refutes", notes=text
    )
    book = Casebook.from_records(
        title=base.title,
        bottom_line=base.bottom_line,
        articles=base.articles.values(),
        claims=base.claims.values(),
        evidence=[evidence],
    )
    payload = dumps_bytes(book)
    payload.decode("utf-8")  # always valid UTF-8, even with lone surrogates in the data
    again = loads(payload)
    assert again == book
    assert dumps_bytes(again) == payload
    _validate(payload.decode("utf-8"))


def test_surrogate_pair_split_in_two_is_refused_not_merged() -> None:
    # JSON readers join "\\ud800\\udc00" into one character, which would shift every offset.
    # So no record may hold one: a casebook that has accepted a text can always export it.
    with pytest.raises(ValueError, match=r"Article\.text holds a UTF-16 surrogate pair"):
        Article(id="a", text="x\ud800\udc00y")
    book = Casebook([Article(id="a", text="x")])
    with pytest.raises(
        claimtrack.errors.CasebookError, match=r"Claim\.notes holds a UTF-16 surrogate"
    ):
        book.add_claim("A claim.", notes="x\ud800\udc00y")
    assert book.claims == {}
    # And the one writer refuses it too, should a pair reach it some other way.
    with pytest.raises(ExportError, match="surrogate pair"):
        encode_piece('"x\ud800\udc00y"')
    lone = Casebook([Article(id="a", text="x\udc00\ud800y")])  # low then high: not a pair
    assert loads(dumps_bytes(lone)) == lone


def test_hundred_kilobyte_quote_with_odd_characters() -> None:
    body = ("Ѣ\u202e😀 \x01 said “=1+2” \ud83d; " * 4000)[:100_000]
    book = Casebook([Article(id="big", text="start " + body + " end")])
    book.add_claim("It was said.", id="said")
    book.add_evidence("said", article="big", quote=body, stance="supports")
    again = loads(dumps_bytes(book))
    assert again.evidence["said-e1"].quote == body
    assert again == book


# ------------------------------------------------------------------------ schema


def test_every_public_casebook_attribute_is_in_the_document() -> None:
    # A field added to Casebook must be added to the document (and the schema) too.
    # (source_path is where a copy came from, not part of the case.)
    public = {name for name, attr in vars(Casebook).items() if isinstance(attr, View | Text)}
    assert {"articles", "evidence", "title"} <= public
    assert public == set(json.loads(dumps(Casebook()))) - {"claimtrack"}
    assert public == set(SCHEMA["properties"]) - {"claimtrack"}


def test_schema_describes_every_model_field() -> None:
    defs = SCHEMA["$defs"]
    for name, cls in [
        ("article", claimtrack.Article),
        ("actor", claimtrack.Actor),
        ("role", claimtrack.Role),
        ("source", claimtrack.model.Source),
        ("claim", claimtrack.Claim),
        ("evidence", claimtrack.Evidence),
        ("selector", claimtrack.model.TextQuoteSelector),
        ("interpolation", claimtrack.model.Interpolation),
        ("contradiction", claimtrack.Contradiction),
    ]:
        fields = {f.name for f in attrs.fields(cls)} - {"path"}
        assert set(defs[name]["properties"]) == fields, name
    assert SCHEMA["properties"]["claimtrack"]["const"] == FORMAT_VERSION


def _schema_fits(prop: dict, hint: object, defs: dict) -> bool:  # type: ignore[type-arg]
    """Whether a schema property accepts exactly the JSON form of a field typed ``hint``."""
    if "$ref" in prop:
        prop = {
            **defs[prop["$ref"].rsplit("/", 1)[1]],
            **{k: v for k, v in prop.items() if k != "$ref"},
        }
    args = typing.get_args(hint)
    optional = type(None) in args
    core = [a for a in args if a is not type(None)] if optional else [hint]
    kinds = prop.get("type", [])
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    if optional != ("null" in kinds or None in prop.get("enum", ())):
        return False
    (base,) = core
    origin = typing.get_origin(base)
    if origin is tuple:
        item = typing.get_args(base)[0]
        return "array" in kinds and (item is not str or prop["items"].get("type") == "string")
    if isinstance(base, type) and issubclass(base, enum.IntEnum):
        values = [m.value for m in base]
        return "integer" in kinds and (prop["minimum"], prop["maximum"]) == (
            min(values),
            max(values),
        )
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return set(prop["enum"]) - {None} == {m.value for m in base}
    if base is claimtrack.PartialDate:
        return "string" in kinds and "pattern" in prop
    if attrs.has(base):
        return prop.get("type") == "object" and set(prop["properties"]) == {
            f.name for f in attrs.fields(base)
        }
    return kinds - {"null"} == {{str: "string", int: "integer", bool: "boolean"}[base]}  # type: ignore[index]


def test_schema_types_fit_every_model_field() -> None:
    defs = SCHEMA["$defs"]
    for name, cls in [
        ("article", claimtrack.Article),
        ("actor", claimtrack.Actor),
        ("role", claimtrack.Role),
        ("source", claimtrack.model.Source),
        ("claim", claimtrack.Claim),
        ("evidence", claimtrack.Evidence),
        ("selector", claimtrack.model.TextQuoteSelector),
        ("interpolation", claimtrack.model.Interpolation),
        ("contradiction", claimtrack.Contradiction),
    ]:
        hints = typing.get_type_hints(cls)
        schema = defs[name]
        for field in attrs.fields(cls):
            if field.name == "path":  # where the file was on one machine: not written
                continue
            assert _schema_fits(schema["properties"][field.name], hints[field.name], defs), (
                f"{name}.{field.name}: schema {schema['properties'][field.name]} does not fit "
                f"{hints[field.name]}"
            )
            required = field.default is attrs.NOTHING
            assert (field.name in schema.get("required", ())) is required, f"{name}.{field.name}"


def test_schema_rejects_what_load_rejects() -> None:
    doc = json.loads(dumps(seed_casebook()))
    doc["evidence"][0]["stance"] = "maybe"
    assert not VALIDATOR.is_valid(doc)


# ------------------------------------------------------------------------ errors


def _broken(change) -> str:  # type: ignore[no-untyped-def]
    doc = json.loads(dumps(seed_casebook()))
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda d: d["evidence"][3]["segments"][0].update(start="12"),
            "$.evidence[3].segments[0].start",
            "expected an integer, got a string '12'",
        ),
        (
            lambda d: d["evidence"][1].pop("stance"),
            "$.evidence[1].stance",
            "required field missing",
        ),
        (
            lambda d: d["evidence"][2].update(stance="suports"),
            "$.evidence[2].stance",
            "did you mean 'supports'",
        ),
        (
            lambda d: d["evidence"][3]["segments"][0].update(exact="Not in the article at all"),
            "$.evidence[3].segments[0]",
            "do not fit",
        ),
        (
            lambda d: d["evidence"][3]["segments"][0].update(
                exact=d["evidence"][3]["segments"][0]["exact"][::-1]
            ),
            "$.evidence[3].segments[0].exact",
            "is not at",
        ),
        (lambda d: d["evidence"][0].update(claim="nope"), "$.evidence[0].claim", "no claim 'nope'"),
        (
            lambda d: d["evidence"][0].update(article="nope"),
            "$.evidence[0].article",
            "no article 'nope'",
        ),
        (
            lambda d: d["evidence"][0].update(credibility=7),
            "$.evidence[0].credibility",
            "not a valid credibility",
        ),
        (lambda d: d["evidence"][0].update(said_on="2017-13"), "$.evidence[0].said_on", "2017-13"),
        (lambda d: d["claims"][0].update(statment="x"), "$.claims[0]", "did you mean 'statement'"),
        (lambda d: d["claims"][0].update(tags="war"), "$.claims[0].tags", "list of strings"),
        (lambda d: d["claims"].append(d["claims"][0]), "$.claims[2].id", "duplicate"),
        (lambda d: d["claims"][0].update(id=""), "$.claims[0]", "non-empty"),
        (
            lambda d: d["articles"][1].update(raw=d["articles"][1]["raw"] + "x"),
            "$.articles[1].checksum",
            "does not match",
        ),
        (
            lambda d: d["actors"][0]["roles"][0].update(title=3),
            "$.actors[0].roles[0].title",
            "expected a string",
        ),
        (
            lambda d: d["contradictions"][0].update(right="gone"),
            "$.contradictions[0].right",
            "no claim 'gone'",
        ),
        (lambda d: d.update(claimz=[]), "$.claimz", "did you mean 'claims'"),
        (lambda d: d.update(evidence={}), "$.evidence", "expected a list"),
        (lambda d: d["sources"].__setitem__(0, "B"), "$.sources[0]", "expected an object"),
        (lambda d: d.pop("claimtrack"), "$", "not a claimtrack casebook"),
        (lambda d: d.update(claimtrack="1"), "$.claimtrack", "format version"),
    ],
)
def test_bad_documents_name_the_json_path(change, path: str, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SchemaError) as info:
        loads(_broken(change), source="case.json")
    assert info.value.path == path
    assert words in info.value.problem
    assert str(info.value).startswith(f"case.json: {path}: ")


def test_newer_format_is_refused_with_upgrade_advice() -> None:
    with pytest.raises(SchemaError, match=r"newer claimtrack.*upgrade claimtrack"):
        loads(_broken(lambda d: d.update(claimtrack=FORMAT_VERSION + 1)))


def test_not_json_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match=r"not valid JSON at line 1 column 2"):
        loads("{]")
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"title": "café"}'.encode("latin-1"))
    with pytest.raises(SchemaError, match="not UTF-8") as info:
        load(bad)
    assert info.value.source == str(bad)
    with pytest.raises(SchemaError, match="cannot read"):
        load(tmp_path / "missing.json")


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    book = seed_casebook()
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_bytes(book))
    assert load(path) == book
    assert loads("\ufeff" + dumps(book)) == book


def test_loading_a_copy_does_not_change_the_original_document() -> None:
    doc = json.loads(dumps(seed_casebook()))
    before = copy.deepcopy(doc)
    structure_casebook(doc)
    assert doc == before


# ------------------------------------------------------------------- one canonical writer


def test_workbook_checksum_is_the_sha256_of_the_json_export_bytes(tmp_path: Path) -> None:
    from claimtrack_xlsx.checksum import casebook_checksum

    # Lone surrogates (escaped as \uXXXX) and a low-then-high couple that is not a pair.
    book = Casebook([Article(id="a", text="x\udc00\ud800 y “z” \ud83d.")], title="\udfff")
    book.add_claim("A claim \ud83d.", id="c", notes="\udfff")
    book.add_evidence("c", article="a", quote="“z”", stance="supports")
    path = claimtrack.export(book, tmp_path / "case.json")
    written = path.read_bytes()
    assert b"\\udc00\\ud800" in written
    assert casebook_checksum(book) == hashlib.sha256(written).hexdigest()
    assert (
        casebook_checksum(seed_casebook())
        == hashlib.sha256(dumps_bytes(seed_casebook())).hexdigest()
    )


def test_checksum_and_json_export_refuse_a_split_pair_alike(tmp_path: Path) -> None:
    from claimtrack_xlsx.checksum import casebook_checksum

    book = Casebook([Article(id="a", text="x")])
    claim = book.add_claim("A claim.", id="c")
    # Only a record forced past the model's checks can hold a split pair; the one writer then
    # refuses it for the JSON export and the workbook's checksum alike (no checksum of nothing).
    object.__setattr__(claim, "notes", "x\ud800\udc00y")
    with pytest.raises(ExportError, match="surrogate pair") as json_error:
        claimtrack.export(book, tmp_path / "case.json")
    with pytest.raises(ExportError, match="surrogate pair") as checksum_error:
        casebook_checksum(book)
    assert str(json_error.value) == str(checksum_error.value)
    assert not (tmp_path / "case.json").exists()


def test_load_and_check_report_every_rule_problem_with_its_path(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimtrack.cli.main import build_cli

    doc = json.loads(dumps(seed_casebook()))
    doc["evidence"][0]["claim"] = "nope"
    doc["evidence"][2]["segments"][0]["exact"] = doc["evidence"][2]["segments"][0]["exact"][::-1]
    with pytest.raises(SchemaError) as info:
        loads(json.dumps(doc, ensure_ascii=False))
    assert info.value.path == "$.evidence[0].claim"
    assert "and 1 more problem)" in info.value.problem
    assert [p.split(": ")[0] for p in info.value.problems] == [
        "$.evidence[0].claim",
        "$.evidence[2].segments[0].exact",
    ]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(build_cli(claimtrack.host.PluginHost()), ["check", str(path)])
    assert result.exit_code == 1
    assert "2 problems" in result.output
    assert "$.evidence[0].claim: evidence" in result.output
    assert "$.evidence[2].segments[0].exact: evidence" in result.output
