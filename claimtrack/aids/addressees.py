"""Who was spoken to: the words a speech cue names as its listener, never its speaker.

English puts the one spoken to after "told", "informed", "assured" and "reminded" ("Ada Lind
told CBS", "told the Senate", "told reporters in Velm"): these verbs never invert ("“…,” told
CBS" names no speaker), and in the passive their subject is the listener ("As the Courier was
informed by the ministry, …", "Reporters were told: “…”").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["ADDRESSEE_VERBS", "listened"]

ADDRESSEE_VERBS = wordset("told tells tell informed informs assured assures reminded reminds")
_PASSIVE = wordset("is was were are be been being")


def listened(toks: Sequence[Token]) -> bool:
    """A passive addressee verb in ``toks``: "was told", "were informed", "had been assured"."""
    return any(
        t.lower in ADDRESSEE_VERBS and k > 0 and toks[k - 1].lower in _PASSIVE
        for k, t in enumerate(toks)
    )
