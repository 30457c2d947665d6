"""The casebook file: a whole case in YAML, reviewed in git, built with ``claimtrack build``.

:func:`load_casefile` reads one into a verified :class:`~claimtrack.Casebook`; every problem is
reported at once (:class:`~claimtrack.errors.CasefileError`), each with ``file:line:column``.
The format is described in docs/casefile.md and by ``casefile.schema.json`` beside this module.
"""

from claimtrack.casefile.load import load_casefile

__all__ = ["load_casefile"]
