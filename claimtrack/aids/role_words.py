"""Word lists for role descriptions: leaders, role phrases, one role in several languages.

Data for :mod:`claimtrack.aids.coreference` ("the Belarusian leader", "el ministro", "the
spokeswoman" → spokesman), kept apart so the rules read as code and the lists as data.
"""

from __future__ import annotations

from claimtrack.text.lexicon import wordset

__all__ = [
    "DETERMINERS",
    "FEMALE",
    "FORMER",
    "GENERIC_HOLDERS",
    "GENERIC_ORGS",
    "HEADS",
    "LEADER",
    "MALE",
    "NP_END",
    "OF_WORDS",
    "ROLE_PHRASES",
    "ROLE_WORDS",
    "SAME_ROLE",
    "as_government_head",
]

# Roles of whoever leads a state or government: "the Belarusian leader" is its president.
LEADER = wordset(
    """
    president leader head-of-state head-of-government prime-minister premier chancellor king
    queen dictator strongman autocrat ruler emir sultan monarch taoiseach
    """
)
# Roles of several words, in English and the languages the cue lexicon reads.
ROLE_PHRASES = {
    "head of state": "head-of-state",
    "head of government": "head-of-government",
    "prime minister": "prime-minister",
    "chef de l'etat": "head-of-state",
    "chef de l'état": "head-of-state",
    "jefe de estado": "head-of-state",
    "capo dello stato": "head-of-state",
    "premier ministre": "prime-minister",
    "primo ministro": "prime-minister",
    "primer ministro": "prime-minister",
}
SAME_ROLE = {
    # A title's abbreviation is its role: "Florida Gov. Ada Lind" is "the Florida governor".
    "gov": "governor",
    "pm": "prime-minister",
    "sen": "senator",
    "prof": "professor",
    "spokeswoman": "spokesman",
    "responsabile": "head",
    "titolare": "head",
    "responsable": "head",
    "leiter": "head",
    "leiterin": "head",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "chairperson": "chairman",
    "skipper": "captain",  # a team's captain: "Captain Ada Lund … said the skipper"
    "capt": "captain",
    "advisor": "adviser",
    "presidente": "president",
    "presidenta": "president",
    "président": "president",
    "präsident": "president",
    "ministro": "minister",
    "ministra": "minister",
    "ministre": "minister",
    "portavoz": "spokesman",
    "portavoce": "spokesman",
    "sindaco": "mayor",
    "alcalde": "mayor",
    "maire": "mayor",
    "bürgermeister": "mayor",
    "bürgermeisterin": "mayor",
    "oberbürgermeister": "mayor",
    "oberbürgermeisterin": "mayor",
    "ministerin": "minister",
    "kanzler": "chancellor",
    "bundeskanzler": "chancellor",
    "bundeskanzlerin": "chancellor",
    "bundespräsident": "president",
    "premierminister": "prime-minister",
    "taoiseach": "prime-minister",
    "tanaiste": "tánaiste",
    "kanzlerin": "chancellor",
    "sprecher": "spokesman",
    "sprecherin": "spokesman",
    "präsidentin": "president",
    "министр": "minister",
    "президент": "president",
    "тренер": "coach",
    "наставник": "coach",
    # a coach in the Romance languages: "o técnico Ada Lund … o treinador disse"
    "treinador": "coach",
    "técnico": "coach",
    "entrenador": "coach",
    "allenatore": "coach",
    "entraîneur": "coach",
    "мэр": "mayor",
}
# Words that name no particular body: any organisation named before will do.
GENERIC_ORGS = wordset(
    "company group firm organisation organization outlet charity network operator carrier maker"
)
# Words for someone in some office, whichever it is: "the SPD politician" is the chancellor
# named before, "the official" the regional medical officer.
GENERIC_HOLDERS = wordset("official politician statesman stateswoman dignitary officeholder")
# Role words that, written at a person's mention, say they hold some other role.
ROLE_WORDS = wordset(
    """
    president leader minister secretary governor gov mayor senator chairman director chief
    spokesman ambassador general commander judge coach manager ceo founder analyst professor
    dr prime premier chancellor king queen deputy adviser councillor sheriff officer
    taoiseach tánaiste tanaiste bundeskanzler bundeskanzlerin premierminister
    """
)
DETERMINERS = wordset(
    "the a an this that its his her their our el la los las il lo le les gli der die das den "
    "dem des um uma o os as un une una uno"
)
# Words after which a description's noun phrase is over: "the coach after the match".
NP_END = wordset("after before during following at in on when while as with")
# Modifiers of a role someone no longer holds: the person may hold another role now.
FORMER = wordset("former ex ex- one-time onetime erstwhile ancien ancienne ex-président")
MALE = wordset("he him his himself mr sir lord king prince spokesman chairman businessman")
FEMALE = wordset(
    "she her hers herself mrs ms miss madam lady queen princess spokeswoman chairwoman "
    "businesswoman"
)

# Roles that say someone leads a body, whatever their title: "the head of the ministry" is its
# minister, "il responsabile della Farnesina" the foreign minister.
HEADS = wordset("head chief boss")
# Words joining a role to the body it is held at: "head of", "responsabile della".
OF_WORDS = wordset("of della dello del delle degli dei di de des du da do das dos")

_GOVERNMENT = wordset("government cabinet")


def as_government_head(words: list[str]) -> list[str]:
    """ "the head of the Russian government" as the role it names, "the Russian head of
    government" (a country's adjective between "the" and "government" is whose the government
    is, not a body's name)."""
    low = [w.casefold() for w in words]
    at = next((k for k, w in enumerate(low) if w in HEADS), None)
    if at is None or low[at + 1 : at + 3] != ["of", "the"] or len(low) != at + 5:
        return words
    adjective, body = words[at + 3], low[at + 4]
    if body not in _GOVERNMENT or not adjective[:1].isupper():
        return words
    return [*words[:at], adjective, "head", "of", "government"]
