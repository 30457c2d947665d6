"""The words a page prints before a pointer to another of its stories, in some forty languages.

"Lire aussi : …", "A lire aussi", "Czytaj także: …", "यह भी पढ़ें: …", "Xem thêm: …", "関連記事": one
vocabulary for the two shapes that use it, a heading alone on its line
(:func:`~claimtrack.reading.sidebars.is_read_also`) and a label before a linked headline
(:func:`~claimtrack.reading.notices.is_related_link`).

A bare "read" or "see" in another language before a colon (``Lea: …``, ``Lire : …``, ``Czytaj:
…``, ``Baca: …``) labels a pointer only over a headline (:func:`labelled_pointer`): a capital
first, three to twenty words, no sentence ended: ``Lea: I think so.`` is a transcript's turn.
"""

from __future__ import annotations

import re

__all__ = ["READ_ALSO_WORDS", "labelled_pointer"]

#: A regex alternation (no groups that capture), matched case-insensitively.
READ_ALSO_WORDS = (
    # French, Portuguese, Spanish, Italian, German, Dutch
    r"(?:[àa] )?lire (?:aussi|également)|(?:[àa] )?voir aussi|leia (?:também|mais)|veja também"
    r"|saiba mais|le[ae]r? (?:también|además)|ve[ar]? también|te puede interesar"
    r"|(?:le )?puede interesar(?:le)?|leggi anche|vedi anche"
    r"|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|lesen sie (?:auch|mehr)|mehr dazu"
    r"|das könnte sie auch interessieren|lees (?:ook|meer)|bekijk ook"
    # Russian, Ukrainian, Bulgarian, Serbian (both scripts), Croatian, Bosnian
    r"|читайте (?:также|еще|ещё|також)|смотрите также|по теме|прочетете (?:още|също)"
    r"|читайте още|прочитајте (?:још|и)|pročitajte (?:još|i|također|takođe)|čitajte (?:još|i)"
    # Polish, Czech, Slovak, Slovenian, Hungarian, Romanian
    r"|czytaj (?:także|też|również|więcej)|zobacz (?:także|też|również)"
    r"|přečtěte si (?:také|též|i)|čtěte (?:také|též)|prečítajte si (?:tiež|aj)|čítajte (?:tiež|aj)"
    r"|preberite (?:še|tudi)|olvassa el|olvasd el|kapcsolódó(?: cikk(?:ek)?)?"
    r"|citește (?:și|şi)|citeşte (?:și|şi)|vezi (?:și|şi)"
    # Greek, Turkish, Nordic, Finnish, Baltic
    r"|διαβάστε (?:επίσης|ακόμα|ακόμη)|δείτε (?:επίσης|ακόμα)"
    r"|ayrıca (?:okuyun|bakınız|bakın)|ilginizi çekebilir|bunlar da ilginizi çekebilir"
    r"|läs (?:också|även|mer)|les (?:også|mer)|læs (?:også|mere)|se også|lue (?:myös|lisää)"
    r"|katso myös|loe (?:ka|lisaks)|skaitykite (?:taip pat|daugiau)|lasiet (?:arī|vēl)"
    # Arabic, Persian, Urdu, Hebrew, Hindi, Bengali
    r"|(?:إقرأ|اقرأ) (?:أيضاً|أيضا|ايضا|أيضًا)|(?:شاهد|طالع) (?:أيضاً|أيضا|ايضا)|اقرأ المزيد"
    r"|بیشتر بخوانید|یہ بھی پڑھیں|קראו גם|קרא עוד"
    r"|यह भी पढ़ें|ये भी पढ़ें|यह भी देखें|और पढ़ें|আরও পড়ুন|আরো পড়ুন"
    # Indonesian and Malay, Vietnamese, Tagalog, Swahili
    r"|(?:baca|lihat|simak) (?:juga|pula)|xem thêm|đọc thêm|basahin (?:din|rin)"
    r"|soma (?:pia|zaidi)"
    # Chinese, Japanese, Korean
    r"|相关(?:阅读|新闻|报道|文章)|相關(?:閱讀|新聞|報導)|延伸閱讀|延伸阅读|関連記事|関連ニュース"
    r"|관련 ?기사|함께 ?보면 ?좋은 ?기사"
)

# "Read" or "see", as the word alone labels a link, capitalised (in Spanish, Portuguese, French,
# German, Italian, Polish, Czech, Indonesian, Russian, Swedish, Dutch, Turkish, Vietnamese).
_LABEL = (
    r"(?:Lea|Leia|Lire|LIRE|Lisez|Lesen|LESEN|Leggi|LEGGI|Czytaj|CZYTAJ|Čtěte|Baca|BACA"
    r"|Читайте|ЧИТАЙТЕ|Läs|Lees|Oku|Veja|VEJA|Vea|Voir|Zobacz|Siehe|Xem|Đọc)"
)
_POINTER = re.compile(
    rf"{_LABEL}\s?[:：]\s*(?P<head>[\"“‘'«„¿¡]?[^\W_a-zà-ÿ]\S*(?:\s+\S+){{2,19}})"
)
_ENDS_SENTENCE = re.compile(r"[.!…][\"”’'»)]*$|[.!?]\s+\S")


def labelled_pointer(text: str) -> bool:
    """A bare "read" or "see" and its colon over another story's headline (``Lea: Harbour
    board approves ferry plan``), never over a sentence (see the module's notes)."""
    m = _POINTER.fullmatch(text.strip()) if len(text) <= 200 else None
    return m is not None and _ENDS_SENTENCE.search(m["head"]) is None
