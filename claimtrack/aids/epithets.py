"""A writer's epithet for the person the story is about: "Ian Foster gave an update … | “…,” the
All Blacks coach said", "Defender Giorgio Chiellini felt … | “…,” the Juventus stopper said".

News varies its references: after naming someone in full as a sentence's subject, it calls
them by a description the article never pairs with their name. Such a description is read as
that person when nothing speaks against it: it is definite ("the …"), names one person (not
"the officials"), is no noun for anyone ("the woman"), nobody else is named with its role, and
the person holds no other office the description would contradict ("Former mayor Tom Boutaris
… the minister said"). Used by :func:`claimtrack.aids.coreference.resolve_description` as its
last resort, below the sure band.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.name_words import PEOPLE_NOUNS
from claimtrack.aids.role_words import ROLE_WORDS
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["EPITHET_CONFIDENCE", "epithet_person"]

EPITHET_CONFIDENCE = 0.55
"""An epithet is read, not written: below the sure band."""


def epithet_person(
    reader: ArticleReader,
    people: Mapping[str, tuple[str, set[str], int, int]],
    words: Sequence[str],
    holders: Sequence[str],
) -> str | None:
    """The person named in full as a subject nearest before the description ``words``
    (``people`` nearest first, as the coreference window reads them: name, evidence words,
    mentions, mentions as a subject), when the description reads as an epithet for them (see
    the notes); else None. ``holders`` are those named with the description's role."""
    if not words or words[0].lower() != "the":
        return None
    head = words[-1].lower()
    if head in _ANYONE or (head.endswith("s") and not head.endswith("ss")):
        return None  # "said the woman", "the officials": anyone, or several
    nearest = next((p for p in people.values() if p[3] and " " in p[0]), None)
    if nearest is None or not reader.names.is_person(nearest[0]):
        return None
    if any(h != nearest[0] for h in holders):
        return None  # someone else named with the role ("Rovers coach Ben Lorn"): either
    other = {w for w in nearest[1] & ROLE_WORDS if w != head} - _ANY_HEAD - _KINDS.get(head, set())
    if head not in _ANY_HEAD and other:
        return None  # "Former mayor Tom Boutaris … the minister said": another office
    first, *rest = nearest[0].split()
    if not is_given_name(first) or any(reader.common_word(w) for w in (first, *rest)):
        return None  # ("Could Not Be Located": a heading's words, no one's name)
    return nearest[0]


# Words for whoever heads something, which an epithet may use for any office ("the MEC chief"
# for its chairperson).
_ANY_HEAD = wordset("chief head boss leader")
# Words for a kind of office, which an epithet uses for one of its offices ("Ambassador Tom
# Berg … said the diplomat", "Senator Ada Lund … the lawmaker said").
_KINDS = {
    "diplomat": wordset("ambassador envoy consul attaché chargé minister"),
    "lawmaker": wordset(
        "senator congressman congresswoman representative rep mp mla mep mpp legislator deputy"
    ),
    "legislator": wordset("senator congressman congresswoman representative rep mp mla mep mpp"),
}
# Nouns for anyone, which a writer uses for a person not yet named rather than as an epithet:
# the everyday people news quotes unnamed ("said a retiree"), kin, and sources.
_ANYONE = PEOPLE_NOUNS | wordset(
    """
    person witness girl boy child son daughter wife husband friend source official spokesperson
    spokesman spokeswoman
    """
)
