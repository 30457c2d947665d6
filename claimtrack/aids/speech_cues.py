"""The words that mark speech in news text: the vocabulary of :mod:`claimtrack.aids.quotations`.

Kept apart from the extractor so the rules read as code and the word lists as data. The speech
verbs live in ``data/speech_verbs.txt`` (a lemma a line, irregular forms after it), read once at
import; their regular inflections are generated here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib.resources import files

from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = [
    "ACCORDING",
    "AFTER_ONLY",
    "AUXILIARIES",
    "BETWEEN",
    "CUE_VERBS",
    "DESCRIBING_VERBS",
    "DROPPING_VERBS",
    "NAMING_VERBS",
    "NP_OPENERS",
    "PARTICIPLE_ENDINGS",
    "PREPOSITIONS",
    "SMALL_WORDS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "TERM_AS",
    "as_term",
    "auxiliary_participle",
    "inflections",
    "inverted_pronoun",
    "modified_noun",
    "names_owned_words",
    "noun_here",
]

_VOWELS = "aeiou"


def inflections(lemma: str) -> set[str]:
    """The lemma and its regular -s, -ed and -ing forms ("deny" → denies, denied, denying; a
    final "l" doubled too, as British English writes it: "marvel" → marvelled)."""
    out = {lemma}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        plural = lemma + "es" if lemma.endswith(("ss", "sh", "ch", "x", "s")) else lemma + "s"
        out |= {plural, lemma + "ed", lemma + "ing"}
    if lemma.endswith("l") and lemma[-2:-1] in _VOWELS and lemma[-3:-2] not in _VOWELS:
        out |= {lemma + "led", lemma + "ling"}  # British "marvelled", "counselling"
    return out


def _load() -> dict[str, frozenset[str]]:
    """The verb lists of ``data/speech_verbs.txt`` by section ("speech", "after", "naming", and
    "forms" and "after-forms", other languages' forms written out)."""
    source = files("claimtrack.aids").joinpath("data/speech_verbs.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {
        "speech": set(),
        "after": set(),
        "naming": set(),
        "forms": set(),
        "after-forms": set(),
    }
    current = sections["speech"]
    for line in source.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections[line.strip("[]")]
            continue
        lemma, *irregular = line.split()
        if current is sections["forms"] or current is sections["after-forms"]:
            current.update(line.split())
            continue
        current.update(irregular if irregular else inflections(lemma))
        current.add(lemma)
    return {name: frozenset(words) for name, words in sections.items()}


_LISTS = _load()
SPEECH_VERBS = _LISTS["speech"] | _LISTS["forms"]
# Only after a quote: "“…,” he continued." ("continuing this “…” logic" is no cue).
# Other languages' words that are cues only there too ("“…,” tegas Budi": "firm" elsewhere).
AFTER_ONLY = _LISTS["after"] | _LISTS["after-forms"]
# Other languages' verbs: their subject may be left out ("“…”, expresó." — the speaker is who
# was speaking), which English never does.
DROPPING_VERBS = _LISTS["forms"]
NAMING_VERBS = _LISTS["naming"]
CUE_VERBS = SPEECH_VERBS | NAMING_VERBS
# Words before "as" that make the quote after it a term, not words said: "the policy, known
# as “austerity”", "reforms such as “rezoning”", "referred to as …".
TERM_AS = wordset(
    "known referred to such so same well conocido conocida connu connue conhecido noto"
)


def as_term(toks: Sequence[Token]) -> bool:
    """The tokens before a quote end "known as", "such as", …: the quote is a term."""
    return len(toks) >= 2 and toks[-1].lower == "as" and toks[-2].lower in TERM_AS


# A cue word right after these is a noun, not a verb: "the head of state", "a report".
_DETERMINERS = wordset(
    "the a an of his her its their our my your this these those whose every each any no"
)
# ... and a plural one after a count ("multiple states bracing …", "two reports"); not "all",
# "both", "many", "some": they stand alone as subjects too ("they all said")
_COUNTS = wordset(
    "multiple various numerous member neighbouring neighboring two three four five six seven "
    "eight nine ten"
)


_IRREGULAR_PAST_CUES = wordset("said told wrote spoke")


def noun_here(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]``, a cue word, is a noun where it stands: after a determiner ("the head of
    state", "his remarks"), as a plural after a count ("two reports"; but "the mother of two
    said"), or as a bare form right before a past speech verb ("the world champion said")."""
    if k + 1 < len(toks) and not toks[k].lower.endswith(("s", "ed", "ing")):
        after = toks[k + 1].lower
        if after in SPEECH_VERBS and (after.endswith("ed") or after in _IRREGULAR_PAST_CUES):
            return True
    if k <= 0:
        return False
    before = toks[k - 1].lower
    owned = before.endswith(("’s", "'s")) and before[:-2] not in _CONTRACTING
    if owned and toks[k].lower in SPEECH_NOUNS:
        return True  # "Ada Lund’s reply to Piet Arvo was blunt": her words, no verb
    return before in _DETERMINERS or (before in _COUNTS and toks[k].lower.endswith("s"))


def modified_noun(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]``, a cue word, is a noun after "a" (or an owner) and a word: "in a Facebook
    post that “…”", "her latest statement" (no verb whose subject is "Facebook")."""
    return k >= 2 and toks[k - 2].lower in _INDEFINITE and toks[k].lower in _NOUNS_TOO


_INDEFINITE = wordset("a an his her their our my your")


# Words whose "’s" is "is" or "has": "she’s warning", "it's answer time" are no owners.
_CONTRACTING = wordset("he she it that who what there here where")
# Nouns that introduce a quote: "Moscow's statement that “…”".
SPEECH_NOUNS = wordset(
    "statement statements words remark remarks comment comments claim claims warning message "
    "assertion promise pledge appeal call response reply answer declaration"
)
# Cue words that are nouns after "a" and a word: "in a Facebook post that “…”".
_NOUNS_TOO = SPEECH_NOUNS | wordset("post posts tweet tweets")
# Words allowed between a subject and its verb: "he further implied", "Lukashenka has said".
BETWEEN = wordset(
    "also further then later once again repeatedly reportedly recently openly publicly "
    "previously has had have was is would will had already even first soon simply bluntly "
    "flatly angrily quietly proudly partly partially today yesterday tonight now just "
    "since long often frequently consistently privately separately both each all "
    # Auxiliaries of other languages' perfect tense: "Trump ha detto", "le ministre a déclaré".
    "ha hanno a ont hat haben han había aveva avait"
)
# Auxiliaries before a participle cue after a quote: "«…», ha detto il ministro".
AUXILIARIES = wordset("ha hanno a ont hat haben han había aveva avait va van")  # Catalan "va dir"


def auxiliary_participle(aux: str, word: str) -> bool:
    """``word`` after the auxiliary ``aux`` may be its participle ("ha detto", "a déclaré", "a
    dit"); after "a", an English article too, a plain English word is a noun ("a claim")."""
    return aux != "a" or not word.isascii() or word.endswith(("i", "u", "is", "it"))


# A present participle's ending: "adding", "estimant", "afirmando", "advirtiendo". After a
# comma it speaks for the main clause's subject ("…, the minister said, adding that …").
PARTICIPLE_ENDINGS = ("ing", "ant", "ando", "endo")
# "According to X" in one word: "según el ministro", "selon lui", "secondo Salvini", "enligt
# Lund", "volgens Lund", "menurut Budi".
ACCORDING = wordset(
    "según segun selon secondo segundo laut gemäß enligt ifølge ifölge volgens według podle menurut"
)
# Words that may open the noun phrase after an inverted cue ("said the minister", "dijo el
# ministro"): determiners and pronouns (a capitalised word or a role noun opens one too).
NP_OPENERS = wordset(
    "the a an one two three another his her their its our el la los las il lo le les un una une "
    "der die das den dem ein eine he she they it we i él ella il elle lui lei он она они"
)
PREPOSITIONS = wordset(
    "in at from to of with for on by about near over against between into across via"
    " regarding concerning amid among toward towards unlike like"
)
# Prepositions of other languages before a name that is then no subject: "Ante una pregunta de
# Clarín, Fernández contestó", "Interrogé par Le Monde, …", "Nel colloquio con Repubblica, …".
FOREIGN_PREPOSITIONS = wordset(
    "de del desde ante tras sobre entre hacia hasta con sin para por contra durante mediante "
    "à au aux avec pour chez dans sur sous après avant par di dal dalla della dello degli delle "
    "per tra fra su nel nella vom zum zur mit bei nach aus für gegen über unter voor met door "
    "naar bij do dos das em pelo pela"
)
SMALL_WORDS = wordset("that it this as was is be were")

# French inverts the subject pronoun onto the verb after a quote: "« … », relève-t-il".
_INVERTED = re.compile(r"-(?:t-)?(il|elle|ils|elles)$")
_INVERTED_AS = {"il": "he", "elle": "she", "ils": "they", "elles": "they"}


def inverted_pronoun(cue: Token) -> Token | None:
    """The pronoun written on an inverted French cue ("relève-t-il" → he, "dit-elle" → she), as
    an English pronoun token at the cue; None for a cue without one."""
    m = _INVERTED.search(cue.lower)
    return None if m is None else Token(_INVERTED_AS[m.group(1)], cue.start, cue.end)


def names_owned_words(toks: Sequence[Token], i: int) -> bool:
    """ "Lund called Berg’s claims “…”", "dismissed Berg’s remarks as “…”": the speech noun at
    ``toks[i]``, someone's, is the object of a verb, and the quote right after it (or after
    "as") is the verb's subject's word for it ("in Berg’s words, “…”" is Berg's own)."""
    if i < 2 or not toks[i - 1].text.endswith(("’s", "'s")):
        return False
    j = i - 2
    while j > 0 and toks[j].is_capitalised and i - j <= 4:
        j -= 1  # back over the owner's name ("dismissed Ada Lund’s claims")
    verb = toks[j]
    rest = [t.lower for t in toks[i + 1 :] if t.is_word]
    past = verb.lower.endswith("ed") and verb.lower not in PREPOSITIONS  # "dismissed"
    verbal = verb.lower in CUE_VERBS or past
    return rest in ([], ["as"]) and verb.is_word and not verb.is_capitalised and verbal


# Verbs that judge a thing "as" something, no speech verbs elsewhere ("referred to it as a “…”").
DESCRIBING_VERBS = wordset(
    """
    referred refers referring labelled labeled labels branded brands characterised
    characterized characterises characterizes portrayed portrays termed terms
    """
)
