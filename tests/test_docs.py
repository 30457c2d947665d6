"""The documentation cannot rot: its code runs, its references are complete, and it builds.

- every ```python block of README.md and docs/**/*.md runs: a page's blocks in order, in one
  namespace, in a fresh interpreter whose working directory is an empty temp dir holding ``seeds/``
  (blocks that must not run are fenced ```py, ```text or ```bash);
- every hook in claimtrack.host.hookspecs has a section in docs/plugins.md and a
  ``test_hook_<name>`` test (as datasette's test_plugin_hooks_are_documented / _have_tests do);
- docs/cli.md is what ``python -m claimtrack.cli.reference`` renders from the click commands, so
  every CLI command and option is in it, and every command answers ``--help``;
- docs/changelog.md and docs/formats/json.md include CHANGELOG.md and the shipped schema;
- ``mkdocs build --strict`` passes (slow).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from claimtrack.cli.main import build_cli
from claimtrack.host import hookspecs
from claimtrack.host.registry import PluginHost

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted([ROOT / "README.md", *DOCS.rglob("*.md")])
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

# Runs one page's blocks in order in one namespace; line numbers in tracebacks are the page's.
RUNNER = """
import json, sys
page, blocks = json.load(sys.stdin)
namespace = {"__name__": "__main__"}
for line, code in blocks:
    exec(compile("\\n" * (line - 1) + code, page, "exec"), namespace)
"""


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """The ```python blocks of ``page`` as (first code line number, code)."""
    text = page.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        if match.group(1) == "python":
            line = text.count("\n", 0, match.start(2)) + 1
            blocks.append((line, match.group(2)))
    return blocks


PAGES_WITH_CODE = [p for p in PAGES if python_blocks(p)]


def _rel(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", PAGES_WITH_CODE, ids=_rel)
def test_python_blocks_run(page: Path, tmp_path: Path) -> None:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["CLAIMTRACK_LOAD_PLUGINS"] = ""  # pages must not depend on what else is installed
    env["MPLBACKEND"] = "Agg"
    payload = json.dumps([_rel(page), python_blocks(page)])
    result = subprocess.run(
        [sys.executable, "-c", RUNNER], input=payload, capture_output=True, text=True,
        cwd=tmp_path, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"{_rel(page)}:\n{result.stderr[-4000:]}"


def test_fences_are_balanced_and_labelled() -> None:
    # An unlabelled or unbalanced fence would silently hide a block from the test above.
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        fences = re.findall(r"^```(\S*)", text, re.MULTILINE)
        assert len(fences) % 2 == 0, f"{_rel(page)}: unbalanced ``` fences"
        openings = fences[0::2]
        assert all(openings), f"{_rel(page)}: give every code fence a language (python/py/text…)"


def test_plugin_guide_runs_code() -> None:
    assert len(python_blocks(DOCS / "plugins.md")) >= 5


# ------------------------------------------------------------------------ hooks


def _hook_names() -> list[str]:
    return sorted(
        name
        for name in dir(hookspecs)
        if callable(getattr(hookspecs, name))
        and hasattr(getattr(hookspecs, name), f"{hookspecs.PROJECT_NAME}_spec")
    )


def test_hookspecs_found() -> None:
    assert {"register_exporters", "register_commands", "detect_contradictions"} <= set(
        _hook_names()
    )


@pytest.mark.parametrize("hook", _hook_names())
def test_plugin_hooks_are_documented(hook: str) -> None:
    guide = (DOCS / "plugins.md").read_text(encoding="utf-8")
    assert f"### `{hook}`" in guide, f"docs/plugins.md needs a '### `{hook}`' section"
    section = guide.split(f"### `{hook}`", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    assert f"def {hook}(" in section, f"show the signature of {hook} in its section"


@pytest.mark.parametrize("hook", _hook_names())
def test_plugin_hooks_have_tests(hook: str) -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    assert re.search(rf"^def test_hook_{hook}\b", tests, re.MULTILINE), (
        f"add a test named test_hook_{hook} that exercises the hook"
    )


# -------------------------------------------------------------------------- CLI


def _commands() -> dict[str, click.Command]:
    cli = build_cli(PluginHost(entry_points=[]))
    return dict(cli.commands)  # type: ignore[attr-defined]


def _cli_section(name: str) -> str:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    heading = f"## `claimtrack {name}`"
    assert heading in text, f"docs/cli.md needs a '{heading}' section"
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_cli_command_and_option_is_documented(name: str) -> None:
    section = _cli_section(name)
    for param in _commands()[name].params:
        if isinstance(param, click.Option):
            longest = max(param.opts, key=len)
            assert longest in section, (
                f"docs/cli.md: `claimtrack {name}` does not mention {longest}"
            )
        else:
            shown = (param.metavar or param.name.upper()).rstrip(".")
            assert shown in section, f"`claimtrack {name}`: argument {shown}"


def test_cli_reference_is_generated_from_the_commands() -> None:
    from claimtrack.cli.reference import builtin_reference

    committed = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert committed == builtin_reference(), (
        "docs/cli.md is out of date: run `python -m claimtrack.cli.reference docs/cli.md`"
    )


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_help(name: str) -> None:
    from click.testing import CliRunner

    cli = build_cli(PluginHost(entry_points=[]))
    for flag in ("--help", "-h"):
        result = CliRunner().invoke(cli, [name, flag], prog_name="claimtrack")
        assert result.exit_code == 0, result.output
        assert result.output.startswith(f"Usage: claimtrack {name} "), result.output
        help_text = " ".join(_commands()[name].help.split())  # type: ignore[union-attr]
        assert help_text.split(".")[0] in " ".join(result.output.split())


def test_cli_reference_lists_no_removed_command() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `claimtrack (\S+)`", text, re.MULTILINE))
    assert documented <= set(_commands()), f"documented but gone: {documented - set(_commands())}"


# ---------------------------------------------------------------- included files


def test_changelog_page_includes_the_changelog() -> None:
    page = (DOCS / "changelog.md").read_text(encoding="utf-8")
    assert '--8<-- "CHANGELOG.md"' in page


def test_json_format_page_includes_the_shipped_schema() -> None:
    page = (DOCS / "formats" / "json.md").read_text(encoding="utf-8")
    (path,) = re.findall(r'--8<-- "([^"]+\.schema\.json)"', page)
    schema = json.loads((ROOT / path).read_text(encoding="utf-8"))
    assert schema["title"].startswith("claimtrack casebook")


def test_format_pages_show_pictures_that_exist() -> None:
    for name in ("xlsx", "docx"):
        page = (DOCS / "formats" / f"{name}.md").read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", page)
        assert images, f"docs/formats/{name}.md shows no picture of its output"
        for image in images:
            assert (DOCS / "formats" / image).resolve().is_file(), image


# ------------------------------------------------------------------------ mkdocs


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install -e '.[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-6000:]
    assert (tmp_path / "site" / "plugins" / "index.html").is_file()
