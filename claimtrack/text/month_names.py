"""Month names in the languages news is published in, for reading a date line.

``MONTHS`` maps a month's name, its inflected forms and its abbreviations (lower case) to the
month's number. The first tables are the forms read since the first rounds; ``_BY_LANGUAGE``
adds some thirty languages in every script (a Hindi or Tamil name keeps its vowel signs). Where
two languages write one word for different months the older reading wins, and the form that
cannot be told apart is refused at the date's reading (:func:`ambiguous_month`): Polish and
Czech "listopad" is November, Croatian "listopad" October.

Calendars other than the Gregorian (Solar Hijri "آبان", Thai Buddhist years) are left out: their
years would read as Gregorian ones, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ENGLISH_MONTH",
    "MONTHS",
    "ambiguous_month",
    "expand_abbreviations",
    "month_number",
    "month_phrases",
]

ENGLISH_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
"""An English month's name, in full or cut ("Oct.", "October"), as a pattern to build on."""

# English, Russian, Belarusian, French, German, Spanish, Italian, Portuguese, Dutch, Swedish.
_NAMES = [
    ("january", "jan", "января", "январь", "студзеня", "студзень", "janvier", "janv", "januar",
     "jänner", "enero", "gennaio", "janeiro", "januari"),
    ("february", "feb", "февраля", "февраль", "лютага", "люты", "février", "févr", "fevrier",
     "februar", "febrero", "febbraio", "fevereiro", "februari"),
    ("march", "mar", "марта", "март", "сакавіка", "сакавік", "mars", "märz", "marzo", "março",
     "maart"),
    ("april", "apr", "апреля", "апрель", "красавіка", "красавік", "avril", "avr", "abril",
     "aprile"),
    ("may", "мая", "май", "траўня", "травеня", "травень", "mai", "mayo", "maggio", "maio", "mei",
     "maj"),
    ("june", "jun", "июня", "июнь", "чэрвеня", "чэрвень", "juin", "juni", "junio", "giugno",
     "junho"),
    ("july", "jul", "июля", "июль", "ліпеня", "ліпень", "juillet", "juil", "juli", "julio",
     "luglio", "julho"),
    ("august", "aug", "августа", "август", "жніўня", "жнівень", "août", "aout", "agosto",
     "augustus", "augusti"),
    ("september", "sep", "sept", "сентября", "сентябрь", "верасня", "верасень", "septembre",
     "septiembre", "settembre", "setembro"),
    ("october", "oct", "октября", "октябрь", "кастрычніка", "кастрычнік", "octobre", "oktober",
     "octubre", "ottobre", "outubro", "okt"),
    ("november", "nov", "ноября", "ноябрь", "лістапада", "лістапад", "novembre", "noviembre",
     "novembro"),
    ("december", "dec", "декабря", "декабрь", "снежня", "снежань", "décembre", "déc",
     "decembre", "dezember", "diciembre", "dicembre", "dezembro", "dez"),
]  # fmt: skip
# Arabic month names as written in Egypt and the Gulf.
_NAMES_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
# Ukrainian (genitive and nominative), Polish (both), Czech, Turkish, Indonesian and Malay forms.
_MORE_NAMES = [
    ("січня", "січень", "stycznia", "styczeń", "ledna", "leden", "ocak", "januari"),
    ("лютого", "лютий", "lutego", "luty", "února", "únor", "şubat", "subat", "februari"),
    ("березня", "березень", "marca", "marzec", "března", "březen", "mart", "maret", "mac"),
    ("квітня", "квітень", "kwietnia", "kwiecień", "dubna", "duben", "nisan"),
    ("травня", "maja", "května", "květen", "mayıs", "mayis"),
    ("червня", "червень", "czerwca", "czerwiec", "června", "červen", "haziran"),
    ("липня", "липень", "lipca", "lipiec", "července", "červenec", "temmuz", "julai"),
    ("серпня", "серпень", "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustus", "ogos"),
    ("вересня", "вересень", "września", "wrzesień", "září", "eylül", "eylul"),
    ("жовтня", "жовтень", "października", "październik", "října", "říjen", "ekim"),
    ("листопада", "листопад", "listopada", "listopad", "listopadu", "kasım", "kasim"),
    ("грудня", "грудень", "grudnia", "grudzień", "prosince", "prosinec", "aralık", "aralik",
     "desember", "disember"),
]  # fmt: skip
# Abbreviations in Spanish, Portuguese, Italian, German, Dutch and Indonesian that are no word
# of their own ("17 Ene.", "4 Fev. 2021", "3 Mär 2019", "12 mrt 2020").
_SHORT_NAMES = [
    ("ene", "gen", "jän", "jan"), ("fev", "febr", "fév"), ("mär", "mrt", "marc"),
    ("abr", "avr"), ("mag",), ("giu", "jun"), ("lug", "jul"), ("agu", "ags", "ago", "agt"),
    ("set", "sep"), ("ott", "okt", "out"), ("noi", "nov"), ("dic", "des", "dez"),
]  # fmt: skip
# Abbreviations that are also words ("set", "out", "ago", "des", "gen", "mag"): a month only
# with their full stop ("3 set. 2020"), never alone.
_DOTTED_ONLY = frozenset({"set", "out", "ago", "des", "gen", "mag", "noi", "marc", "agt", "febr"})

# Twelve fields each, one per month; a field's forms are parted by "/".
_BY_LANGUAGE = {
    "ro": "ianuarie/ian februarie martie/mart aprilie/apr mai iunie/iun iulie/iul august"
    " septembrie/sept octombrie/oct noiembrie/nov decembrie/dec",
    "hu": "január/jan február/febr március/márc április/ápr május/máj június/jún július/júl"
    " augusztus/aug szeptember/szept október/okt november/nov december/dec",
    "el": "ιανουαρίου/ιανουάριος/ιαν φεβρουαρίου/φεβρουάριος/φεβ μαρτίου/μάρτιος/μαρ"
    " απριλίου/απρίλιος/απρ μαΐου/μαίου/μάιος/μαΐ ιουνίου/ιούνιος/ιουν ιουλίου/ιούλιος/ιουλ"
    " αυγούστου/αύγουστος/αυγ σεπτεμβρίου/σεπτέμβριος/σεπ οκτωβρίου/οκτώβριος/οκτ"
    " νοεμβρίου/νοέμβριος/νοε δεκεμβρίου/δεκέμβριος/δεκ",
    "hi": "जनवरी फ़रवरी/फरवरी मार्च अप्रैल/अप्रेल मई जून जुलाई अगस्त सितंबर/सितम्बर"
    " अक्टूबर/अक्तूबर नवंबर/नवम्बर दिसंबर/दिसम्बर",
    "bn": "জানুয়ারি/জানুয়ারী ফেব্রুয়ারি/ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    "he": "ינואר פברואר מרץ/מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    # Algeria and Tunisia, Morocco, and other spellings of the Egyptian names.
    "ar": "جانفي فيفري - أفريل/ابريل/إبريل ماي جوان/يونيه/يونية جويلية/يوليوز/يوليه"
    " أوت/غشت/اغسطس شتنبر اكتوبر نونبر دجنبر",
    # The Levant's names; the two-word ones ("تشرين الثاني") are read as phrases.
    "ar-levant": "- شباط آذار نيسان أيار حزيران تموز آب أيلول - - -",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "sr": "јануар/januar фебруар/februar март/mart април/april мај/maj јун/jun јул/jul"
    " август/avgust септембар/septembar октобар/oktobar новембар/novembar децембар/decembar",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "hr": "siječnja/siječanj veljače/veljača ožujka/ožujak travnja/travanj svibnja/svibanj"
    " lipnja/lipanj srpnja/srpanj kolovoza/kolovoz rujna/rujan - studenoga/studenog/studeni"
    " prosinca/prosinac",
    "sl": "januarja februarja marca aprila maja junija/junij julija/julij avgusta septembra"
    " oktobra novembra decembra",
    "sk": "januára/január februára/február marca/marec apríla/apríl mája/máj júna/jún júla/júl"
    " augusta septembra októbra/október novembra decembra",
    "lt": "sausio/sausis vasario/vasaris kovo/kovas balandžio/balandis gegužės/gegužė"
    " birželio/birželis liepos/liepa rugpjūčio/rugpjūtis rugsėjo/rugsėjis spalio/spalis"
    " lapkričio/lapkritis gruodžio/gruodis",
    "lv": "janvāris/janvārī februāris/februārī marts/martā aprīlis/aprīlī maijs/maijā"
    " jūnijs/jūnijā jūlijs/jūlijā augusts/augustā septembris/septembrī oktobris/oktobrī"
    " novembris/novembrī decembris/decembrī",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november"
    " detsember",
    "fi": "tammikuuta/tammikuu helmikuuta/helmikuu maaliskuuta/maaliskuu huhtikuuta/huhtikuu"
    " toukokuuta/toukokuu kesäkuuta/kesäkuu heinäkuuta/heinäkuu elokuuta/elokuu"
    " syyskuuta/syyskuu lokakuuta/lokakuu marraskuuta/marraskuu joulukuuta/joulukuu",
    "da-no": "januar februar marts april maj/mai juni juli august september oktober november"
    " december/desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ga": "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa - - samhain nollaig",
    "cy": "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "ms-id": "januari februari/pebruari mac/maret april mei jun/juni julai/juli ogos/agustus"
    " september oktober november/nopember disember/desember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "uz-kk": "yanvar fevral mart aprel may iyun iyul avgust sentabr/sentyabr oktabr/oktyabr"
    " noyabr dekabr",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი"
    " ნოემბერი დეკემბერი",
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի"
    " հոկտեմբերի նոյեմբերի դեկտեմբերի",
}


MONTHS: dict[str, int] = {}
for _number, _forms in enumerate(_SHORT_NAMES, start=1):
    for _form in _forms:
        if _form not in _DOTTED_ONLY:
            MONTHS.setdefault(_form, _number)
for _number, _form in enumerate(_NAMES_AR, start=1):
    MONTHS[_form] = _number
for _table in (_NAMES, _MORE_NAMES):
    for _number, _forms in enumerate(_table, start=1):
        for _form in _forms:
            MONTHS[_form] = _number
for _row in _BY_LANGUAGE.values():
    for _number, _field in enumerate(_row.split(), start=1):
        for _form in _field.split("/"):
            if _form != "-":
                MONTHS.setdefault(_form, _number)
# Hebrew glues "in" to the month: "בנובמבר".
for _form, _number in [(f, n) for f, n in MONTHS.items() if "\u05d0" <= f[0] <= "\u05ea"]:
    MONTHS.setdefault("ב" + _form, _number)
assert all(len(row.split()) == 12 for row in _BY_LANGUAGE.values())


def _bare(word: str) -> str:
    """The word without its accents ("fevrier", "μαιου"): a page may drop them."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_BARE: dict[str, int] = {}
for _form, _number in MONTHS.items():
    _BARE.setdefault(_bare(_form), _number)


def month_number(word: str) -> int | None:
    """The month a word names (any case, with or without its accents), else None."""
    low = word.casefold()
    return MONTHS.get(low) or MONTHS.get(word.lower()) or _BARE.get(_bare(low))


_DOTTED_MONTH = re.compile(
    r"\b("
    + "|".join(sorted({f for forms in _SHORT_NAMES for f in forms}, key=len, reverse=True))
    + r")\.(?=\s|,|$)",
    re.IGNORECASE,
)


def _month_name(m: re.Match[str]) -> str:
    """A dotted abbreviation as the month's English name ("Ene." -> "january")."""
    low = m.group(1).casefold()
    number = next(n for n, forms in enumerate(_SHORT_NAMES, start=1) if low in forms)
    return _NAMES[number - 1][0]


def expand_abbreviations(text: str) -> str:
    """Dotted abbreviations that are words of their own too as the month's name ("3 set. 2020"
    -> "3 september 2020")."""
    return _DOTTED_MONTH.sub(_month_name, text) if "." in text else text


# Names of two words, and Vietnamese "tháng 11" (month eleven).
_PHRASES = {
    "كانون الثاني": "january", "تشرين الأول": "october", "تشرين الثاني": "november",
    "كانون الأول": "december", "meán fómhair": "september", "deireadh fómhair": "october",
}  # fmt: skip
_PHRASE = re.compile("|".join(map(re.escape, _PHRASES)), re.IGNORECASE)
_THANG = re.compile(r"\btháng\s+(\d{1,2})\b", re.IGNORECASE)
# "14 نوفمبر/تشرين الثاني 2023": the month in two calendars' names, one month.
_TWIN = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")


def month_phrases(text: str) -> str:
    """Month names of more than one word as one ("تشرين الثاني" -> "november"), and a month
    named twice with a slash as once; other text unchanged."""
    text = _PHRASE.sub(lambda m: _PHRASES[m.group().lower()], text)
    text = _THANG.sub(
        lambda m: _NAMES[int(m.group(1)) - 1][0] if 1 <= int(m.group(1)) <= 12 else m.group(), text
    )
    return _TWIN.sub(_one_month, text)


def _one_month(m: re.Match[str]) -> str:
    first, second = month_number(m.group(1)), month_number(m.group(2))
    return m.group(1) if first is not None and first == second else m.group()


# Croatian writes "14. listopada 2023." for October, Polish "14 listopada 2023" for November.
_LISTOPAD = re.compile(r"\d\.\s*listopad", re.IGNORECASE)


def ambiguous_month(text: str) -> bool:
    """The line names a month two languages read differently, written as both would."""
    return _LISTOPAD.search(text) is not None
