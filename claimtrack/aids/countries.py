"""Countries and the world's regions: names that no "he" or "she" stands for ("Morocco",
"Africa", "the Middle East").

A pronoun's person is never a country, but a country's name is capitalised, opens sentences
and speaks ("Morocco said it would …"), so the name rules alone cannot tell it from a surname.
The countries come from pycountry (ISO 3166: the short, common and official names, kept up to
date by its maintainers rather than by hand), with the short forms news uses that ISO does not
("Russia", "Turkey", "Ivory Coast"); the continents and regions are listed here. A name that is
also a first name alone ("Jordan", "Chad", "Israel", "India", "Georgia") is left out: a person
may bear it. The list is read once, on first use (importing pycountry costs a tenth of a second).
"""

from __future__ import annotations

from functools import cache

from claimtrack.aids.given_names import is_given_name

__all__ = ["is_country_or_region"]

# Short forms news writes that ISO 3166 names otherwise ("Russian Federation", "Türkiye").
_SHORT_FORMS = (
    "Russia, Turkey, Britain, Great Britain, America, Ivory Coast, Palestine, Kosovo, DR Congo,"
    " Micronesia, Macedonia, Brunei, Cape Verde, Swaziland, Burma, Vatican, Holy See,"
    " St Kitts and Nevis, St Vincent and the Grenadines, Turks and Caicos, São Tomé and Príncipe"
)
# Continents and regions of the world.
_REGIONS = (
    "Africa, Europe, Asia, Oceania, Antarctica, North America, South America, Latin America,"
    " Central America, Caribbean, Middle East, Far East, Near East, Southeast Asia, South Asia,"
    " East Asia, Central Asia, West Africa, East Africa, North Africa, Southern Africa, Sahel,"
    " Scandinavia, Balkans, Baltics, Pacific, Atlantic, Arctic"
)


def is_country_or_region(name: str, *, or_first_name: bool = False) -> bool:
    """``name`` (maybe after "the") is a country's or a region's name and no first name (or one,
    with ``or_first_name``, where no person is meant: "Kenya’s Ministry of Health")."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words or (len(words) == 1 and not or_first_name and is_given_name(words[0])):
        return False  # ("Jordan", "Chad": a person's first name too; "Ivory Coast" is no one's)
    return " ".join(words).casefold() in _names()


@cache
def _names() -> frozenset[str]:
    import pycountry  # (on first use: most readings never ask)

    names = {
        value.casefold()
        for country in pycountry.countries
        for attr in ("name", "common_name", "official_name")
        if (value := getattr(country, attr, None))
    }
    for listed in (_SHORT_FORMS, _REGIONS):
        names.update(n.strip().casefold() for n in listed.split(","))
    return frozenset(names)
