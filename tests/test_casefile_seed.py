"""examples/belarus_csto.yaml builds what examples/belarus_csto.py builds, byte for byte; the
casefile's JSON Schema accepts it and allows exactly the keys the parser allows."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import runpy
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

import claimtrack
from claimtrack.casefile import load_casefile
from claimtrack.casefile.document import EXTENSION
from claimtrack.casefile.spec import SECTIONS
from claimtrack.cli.main import build_cli
from claimtrack.host.default import use_host
from claimtrack.host.registry import PluginHost

ROOT = Path(__file__).resolve().parent.parent
CASEFILE = ROOT / "examples" / "belarus_csto.yaml"
SCRIPT = ROOT / "examples" / "belarus_csto.py"


def _script() -> dict[str, Any]:
    """The script's names (run as a module, so its main() does not run)."""
    return runpy.run_path(str(SCRIPT), run_name="belarus_csto_for_casefile")


@pytest.fixture(scope="module")
def script_json(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """casebook.json as the script writes it (its build_casebook, exported as main() does)."""
    out = tmp_path_factory.mktemp("script") / "casebook.json"
    # The same plugins as the build below (built-ins only), whatever else is installed.
    with use_host(PluginHost(entry_points=[])):
        claimtrack.export(_script()["build_casebook"](), out)
    return out.read_bytes()


def test_claimtrack_build_writes_the_scripts_json_byte_for_byte(
    tmp_path: Path, script_json: bytes
) -> None:
    cli = build_cli(PluginHost(entry_points=[]))
    result = CliRunner().invoke(
        cli, ["build", str(CASEFILE), "-o", str(tmp_path), "-f", "json"], prog_name="claimtrack"
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["casebook.json"]
    built = (tmp_path / "casebook.json").read_bytes()
    assert built == script_json
    data = json.loads(built)
    # The parts the script derives in code are there: detector candidates and two reviews.
    detected = [x for x in data["contradictions"] if x["detected_by"] != "analyst"]
    assert len(detected) >= 2
    assert sum(x["status"] == "explained" for x in detected) == 2


def test_load_casefile_equals_the_scripts_casebook() -> None:
    with use_host(PluginHost(entry_points=[])):
        assert load_casefile(CASEFILE) == _script()["build_casebook"]()


def test_the_default_build_writes_all_three_outputs(tmp_path: Path) -> None:
    cli = build_cli(PluginHost(entry_points=[]))
    result = CliRunner().invoke(cli, ["build", str(CASEFILE), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["brief.docx", "casebook.json", "evidence.xlsx"]
    for name in ("brief.docx", "evidence.xlsx"):
        assert zipfile.is_zipfile(tmp_path / "out" / name)
    assert "40 quotes verified" in result.output


# --------------------------------------------------------------------------- schema


def _schema() -> dict[str, Any]:
    shipped = importlib.resources.files("claimtrack.casefile") / "casefile.schema.json"
    schema: dict[str, Any] = json.loads(shipped.read_text(encoding="utf-8"))
    return schema


def _as_json(node: Any) -> Any:
    """The YAML document as JSON values (an unquoted date is a string to an editor's schema)."""
    if isinstance(node, dict):
        return {str(k): _as_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_as_json(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def _document(path: Path) -> Any:
    return _as_json(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")))


def test_the_example_validates_against_the_schema() -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_document(CASEFILE), schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_refuses_what_the_parser_refuses() -> None:
    doc = _document(CASEFILE)
    doc["evidence"][0]["qoute"] = doc["evidence"][0].pop("quote")
    validator = jsonschema.Draft202012Validator(_schema())
    messages = [e.message for e in validator.iter_errors(doc)]
    assert any("qoute" in m for m in messages) and any("'quote'" in m for m in messages)
    doc = _document(CASEFILE)
    doc["evidence"][0]["credibility"] = 7
    assert list(validator.iter_errors(doc))
    doc = _document(CASEFILE)
    doc["x-team-notes"] = {"anything": [1, 2]}
    doc["evidence"][0]["x-checked-by"] = "Ann"
    assert not list(validator.iter_errors(doc))


def _sections(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"casefile": schema, **schema["$defs"]}


def test_the_schema_and_the_parser_allow_the_same_keys() -> None:
    sections = _sections(_schema())
    assert set(sections) == set(SECTIONS)
    for name, fields in SECTIONS.items():
        described = sections[name]
        assert described["additionalProperties"] is False, name
        assert set(described["properties"]) == set(fields), name
        required = {key for key, field in fields.items() if field.required}
        assert set(described.get("required", ())) == required, name
        # Keys of the analyst's own (x-…) are ignored by both.
        assert set(described["patternProperties"]) == {f"^{EXTENSION}"}, name


def test_every_key_of_the_schema_is_described() -> None:
    for name, section in _sections(_schema()).items():
        for key, rule in section["properties"].items():
            assert rule.get("description"), f"{name}.{key} has no description"
