"""Whether any installed distribution declares a ``claimtrack`` entry point, found cheaply.

``claimtrack --help`` must list the commands plugins add, so it has to know whether there are
plugins; ``importlib.metadata`` answers exactly but costs about 30 ms to import (the ``email``
package, ``zipfile``, ``csv``), a third of the start-up budget. :func:`may_declare_plugins` reads
the same files (``*.dist-info/entry_points.txt`` and ``*.egg-info/entry_points.txt`` in each
``sys.path`` directory) with ``os`` alone. It errs on one side only: False means no plugin can be
found through ``importlib.metadata`` either; True (a declaration, or a place it cannot look into,
such as a zip on ``sys.path`` or a custom distribution finder) means "ask ``importlib.metadata``".
"""

from __future__ import annotations

import os
import sys

__all__ = ["ENTRY_POINT_GROUP", "may_declare_plugins"]

#: The entry-point group of third-party plugins (:data:`claimtrack.host.hookspecs.PROJECT_NAME`,
#: spelt out: importing the hook specifications would import pluggy).
ENTRY_POINT_GROUP = "claimtrack"

_METADATA_SUFFIXES = (".dist-info", ".egg-info")


def may_declare_plugins(group: str = ENTRY_POINT_GROUP) -> bool:
    """False only when no distribution on ``sys.path`` declares an entry point in ``group``."""
    if _other_distribution_finders():
        return True
    for entry in sys.path:
        directory = entry or "."  # "" is the current directory, as importlib.metadata reads it
        try:
            names = os.listdir(directory)
        except OSError:
            if os.path.isfile(directory):  # a zip on sys.path: only importlib.metadata reads it
                return True
            continue
        egg = directory.lower().endswith(".egg")
        for name in names:
            low = name.lower()
            is_metadata = low.endswith(_METADATA_SUFFIXES) or (egg and low == "egg-info")
            if is_metadata and _declares(os.path.join(directory, name, "entry_points.txt"), group):
                return True
    return False


def _other_distribution_finders() -> bool:
    """Whether a meta-path finder other than the standard one can find distributions."""
    from importlib.machinery import PathFinder  # why here: loaded at start-up, free

    return any(
        finder is not PathFinder and hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    )


def _declares(path: str, group: str) -> bool:
    """Whether the entry-points file at ``path`` has a ``[group]`` section.

    Sections are recognised as ``importlib.metadata`` does: a stripped line that starts with
    ``[`` and ends with ``]``, its name the line with the brackets stripped.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                text = line.strip()
                if text.startswith("[") and text.endswith("]") and text.strip("[]") == group:
                    return True
    except OSError:  # no entry points (the usual case), or unreadable: nothing declared here
        return False
    return False
