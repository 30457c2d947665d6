"""Benchmark start-up: ``import claimtrack``, ``claimtrack --help`` and each command's ``--help``.

Each command runs ``--runs`` times as a fresh process, the commands interleaved (as hyperfine
would, but in one script so the ratios come from the same minutes of a shared machine); the
median and the minimum wall time are printed, and the difference to ``python -c pass``. The
targets (issue 15): ``import claimtrack`` ≤ 50 ms beyond Python's own start-up, ``claimtrack
--help`` ≤ 100 ms in all. A typical script's first line (``from claimtrack import Casebook,
load``) is measured too, since the façade loads its names on first use, and ``claimtrack
COMMAND --help`` for every built-in command (each imports only its own module).

``--importtime`` also prints the ten slowest imports (cumulative, ``python -X importtime``) of
each command, to see what to defer next. ``--against DIR`` adds the same commands run on
another copy of the source (``DIR/claimtrack`` and ``DIR/plugins`` first on ``PYTHONPATH``; say,
``git archive main claimtrack plugins | tar -x -C DIR``), interleaved in the same rounds: before
and after on the same minutes of the machine.

Usage:  .venv/bin/python benchmarks/bench_startup.py [--runs 20] [--importtime] [--against DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimtrack.cli.lazy import BUILTIN_COMMANDS

PYTHON = sys.executable
CLI = str(Path(PYTHON).with_name("claimtrack"))

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import claimtrack": [PYTHON, "-c", "import claimtrack"],
    "from claimtrack import Casebook, load": [
        *[PYTHON, "-c"],
        "from claimtrack import Casebook, load",
    ],
    "claimtrack --help": [CLI, "--help"],
    **{f"claimtrack {name} --help": [CLI, name, "--help"] for name in sorted(BUILTIN_COMMANDS)},
}


# As on a user's machine, where pip wrote the bytecode at install time: with
# PYTHONDONTWRITEBYTECODE set (as in some containers) every run would compile claimtrack's source
# again, about 30 ms that no installed copy pays. The warm-up round writes the caches.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
NEUTRAL = tempfile.gettempdir()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _against(directory: str) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The commands again, on the source copy in ``directory``."""
    path = os.pathsep.join([directory, os.path.join(directory, "plugins")])
    env = {**ENV, "PYTHONPATH": path}
    code = "from claimtrack.cli.main import main; main()"
    return {
        f"{name} [{os.path.basename(directory.rstrip('/'))}]": (
            [PYTHON, "-c", code, *argv[1:]] if argv[0] == CLI else argv,
            env,
        )
        for name, argv in COMMANDS.items()
        if name != "python -c pass"
    }


def wall_and_cpu_times(
    runs: int, against: str | None = None
) -> dict[str, tuple[list[float], list[float]]]:
    """(wall, CPU) seconds per run of each command, the commands interleaved round by round.

    CPU time (user + system of the child) is printed too: on a shared machine it moves less
    than wall time, which includes waiting for a core.
    """
    commands = {name: (argv, ENV) for name, argv in COMMANDS.items()}
    if against is not None:
        commands.update(_against(against))
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in commands}
    for round_number in range(runs + 1):
        for name, (argv, env) in commands.items():
            cpu, start = _children_cpu(), time.perf_counter()
            # From a neutral directory: `python -c` puts the current one first on sys.path.
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env, cwd=NEUTRAL)
            if round_number:  # round 0 is the warm-up
                times[name][0].append(time.perf_counter() - start)
                times[name][1].append(_children_cpu() - cpu)
    return times


def slowest_imports(argv: list[str], top: int = 10) -> list[tuple[int, str]]:
    """(cumulative µs, module) of the ``top`` slowest imports of one run of ``argv``."""
    python_argv = [PYTHON, "-X", "importtime", *argv[1:]] if argv[0] == PYTHON else None
    if python_argv is None:  # the console script: run its entry point under -X importtime
        code = "import sys; from claimtrack.cli.main import main; main()"
        python_argv = [PYTHON, "-X", "importtime", "-c", code, *argv[1:]]
    done = subprocess.run(python_argv, capture_output=True, text=True, env=ENV, cwd=NEUTRAL)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, module = line.removeprefix("import time:").split("|")
        rows.append((int(cumulative), module.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--against", metavar="DIR", help="also time another source copy")
    args = parser.parse_args()
    times = wall_and_cpu_times(args.runs, args.against)
    bare_wall, bare_cpu = (statistics.median(t) for t in times["python -c pass"])
    print(f"{args.runs} runs each, interleaved; ms; 'beyond' = median minus python -c pass")
    print(
        f"{'command':52} {'wall med':>9} {'wall min':>9} {'beyond':>7} {'CPU med':>8} {'beyond':>7}"
    )
    for name, (wall, cpu) in times.items():
        wall_median, cpu_median = statistics.median(wall), statistics.median(cpu)
        print(
            f"{name:52} {wall_median * 1e3:9.1f} {min(wall) * 1e3:9.1f}"
            f" {(wall_median - bare_wall) * 1e3:7.1f} {cpu_median * 1e3:8.1f}"
            f" {(cpu_median - bare_cpu) * 1e3:7.1f}"
        )
    if args.importtime:
        for name, argv in COMMANDS.items():
            if name == "python -c pass":
                continue
            print(f"\nslowest imports of `{name}` (cumulative ms, -X importtime)")
            for micros, module in slowest_imports(argv):
                print(f"  {micros / 1e3:7.1f}  {module}")


if __name__ == "__main__":
    main()
