"""The CLI reference page (docs/cli.md), rendered from the click commands themselves.

    python -m claimtrack.cli.reference docs/cli.md     # rewrite the page
    python -m claimtrack.cli.reference                 # print it

Every command, argument and option comes from the command group the ``claimtrack`` script runs
(built-in commands only: an installed plugin's commands are not claimtrack's to document), with
the help texts written on the commands; tests/test_docs.py checks that the committed page is what
this renders, so the reference cannot drift from the tool.
"""

from __future__ import annotations

import inspect
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import click

__all__ = ["main", "render_reference"]

_INTRO = """\
# CLI reference

<!-- Generated from the click commands by `python -m claimtrack.cli.reference docs/cli.md`;
     edit the commands' help texts, not this page. -->

The `claimtrack` command is installed with the package. Every command prints `-h`/`--help`.
Installed plugins may add commands of their own through the
[`register_commands`](plugins.md#register_commands) hook; they appear in `claimtrack --help`.
"""


def _paragraphs(text: str | None) -> list[str]:
    """Help text as paragraphs, without click's ``\\b`` no-rewrap markers."""
    if not text:
        return []
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return [
        textwrap.fill(" ".join(p.replace("\b", "").split()), width=100, break_on_hyphens=False)
        for p in paragraphs
        if p.strip("\b\n ")
    ]


def _epilog(text: str | None) -> list[str]:
    """An epilog: example command lines (a ``\\b`` block) as a text block, else paragraphs."""
    if not text:
        return []
    cleaned = inspect.cleandoc(text)
    if cleaned.startswith("\b"):
        return ["```text\n" + cleaned.removeprefix("\b").strip("\n") + "\n```"]
    return _paragraphs(cleaned)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _metavar(param: click.Parameter, ctx: click.Context) -> str:
    try:
        return param.make_metavar(ctx)
    except TypeError:  # click < 8.2 takes no context
        return param.make_metavar()  # type: ignore[call-arg]


def _option_row(param: click.Option, ctx: click.Context) -> str:
    names = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    if not (param.is_flag or param.count):
        names = names[:-1] + f" {_metavar(param, ctx)}`"
    meaning = " ".join((param.help or "").split())
    if param.required:
        meaning += " Required."
    if param.show_default and param.default is not None and not param.is_flag:
        meaning += f" Default: `{param.default}`."
    return f"| {names} | {_cell(meaning.strip())} |"


def _options_table(command: click.Command, ctx: click.Context, heading: str) -> list[str]:
    options = [p for p in command.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]
    if not options:
        return []
    rows = [f"| {heading} | Meaning |", "|---|---|"]
    rows += [_option_row(o, ctx) for o in options]
    return ["\n".join(rows)]


def _section(title: str, command: click.Command, ctx: click.Context, heading: str) -> str:
    usage = " ".join([ctx.command_path, *command.collect_usage_pieces(ctx)])
    blocks = [title, f"```text\n{usage}\n```", *_paragraphs(command.help)]
    blocks += _options_table(command, ctx, heading)
    blocks += _epilog(command.epilog)
    return "\n\n".join(blocks) + "\n"


def render_reference(cli: click.Group) -> str:
    """The Markdown reference of ``cli``: the group, then every command in name order."""
    root = click.Context(cli, info_name="claimtrack", **cli.context_settings)
    parts = [_INTRO, _section("## Global options", cli, root, "Global option")]
    for name in sorted(cli.commands):
        command = cli.commands[name]
        ctx = click.Context(command, info_name=name, parent=root)
        parts.append(_section(f"## `claimtrack {name}`", command, ctx, "Option"))
    return "\n".join(parts)


def builtin_reference() -> str:
    """The reference of claimtrack's own commands (no third-party plugin loaded)."""
    from claimtrack.cli.main import build_cli
    from claimtrack.host.registry import PluginHost

    return render_reference(build_cli(PluginHost(entry_points=[], strict=True)))


def main(argv: Sequence[str] | None = None) -> None:
    """Write the reference to the file named in ``argv``, else print it."""
    args = list(sys.argv[1:] if argv is None else argv)
    text = builtin_reference()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
