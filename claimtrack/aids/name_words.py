"""Word lists for reading names in news: titles, organisation words, demonyms and role nouns.

Kept apart from :mod:`claimtrack.aids.speakers` so the rules read as code and the lists as data.
Lists hold English and, where a cue in another language needs them, Italian, Spanish, French,
German and Russian role words ("presidente", "ministre", "министр").
"""

from __future__ import annotations

from claimtrack.aids.body_words import BODIES_ABROAD
from claimtrack.text.lexicon import wordset

__all__ = [
    "DEMONYMS",
    "EVENT_WORDS",
    "HONORIFICS",
    "OCCUPATION_ENDINGS",
    "ORG_NOUNS",
    "ORG_WORDS",
    "PEOPLE_NOUNS",
    "ROLE_NOUNS",
    "SPEAKER_NOUNS",
    "TITLES",
    "TITLE_ENDINGS",
    "camel_initials",
    "has_initials",
    "is_people_noun",
    "many_of",
    "place_or_group",
    "without_role_after",
    "without_titles",
]

# Courtesy words a name may open with, in the languages of government pages and transcripts
# (compared without their full stops): "Shri", "Smt", "Mr.", "Bapak", "Ibu", "Sra.", "StS".
# Words that are also surnames or first names ("He", "Pak", "Don"; Malay "Tuan" and "Puan")
# are left out: "He Lifeng" is a name. ("Encik", "Cik": Malay Mr, Miss; "Ratu": a Fijian
# chief's courtesy title.)
HONORIFICS = wordset(
    """
    mr mrs ms miss dr prof shri smt shrimati kumari sheikh sheikha bapak ibu
    sr sra srta doña dña mme mlle herr frau hon sir dame
    sts vors encik cik ratu
    ông bà chị cô chú bác cụ
    """
)

# Titles and roles written before a name; stripped ("President Alexander Lukashenka").
TITLES = HONORIFICS | wordset(
    """
    president vice prime minister ministers secretary general secretary-general commander
    chancellor ambassador senator sen deputy director chairman chairwoman chairperson chair
    spokesman spokeswoman spokesperson king queen pope patriarch colonel col lieutenant lt major
    admiral adm governor gov mayor judge head chief lord premier analyst editor captain
    sergeant marshal metropolitan bishop archbishop rabbi imam emir prince princess
    representative rep gen foreign defence defense interior economy finance justice state
    health education transport agriculture trade labour labor environment culture tourism
    housing treasury infrastructure assets enterprises resources fisheries planning
    author novelist writer poet journalist actor actress singer curator conductor composer
    photographer artist
    professor comrade dictator leader general-secretary
    coach manager adviser advisor aide assistant special senior executive officer ceo cfo coo
    cto president-elect councillor councilor alderman pm dpm sm mm mp mep
    anchor presenter host co-host newsreader correspondent reporter moderator interviewer
    minster presdient presidnet secretery
    brigadier brig brig-gen maj maj-gen lt-gen lt-col capt cpl corporal sgt inspector insp
    superintendent supt commissioner constable detective det cmdr asst atty amb pres
    rais waziri mhe dkt mkurugenzi mwenyekiti katibu balozi spika
    taoiseach tánaiste tanaiste bundeskanzler bundeskanzlerin bundespräsident premierminister
    nationalrat nationalrätin ständerat ständerätin bundesrätin landrätin stadträtin
    gemeinderätin regierungsrätin ministerpräsident ministerpräsidentin bundesminister
    bundesministerin abgeordneter abgeordnete parteichef parteichefin sprecher
    undersecretary under-secretary usec asec
    consul consul-general vice-consul counsel prosecutor justices serg sergt const
    mla msp mpp mha mna mlc majesty highness excellency lordship ladyship holiness eminence
    burgemeester wethouder fractievoorzitter raadslid gedeputeerde voorzitter woordvoerder
    directeur staatssecretaris kamerlid borgmester rådmand statsminister udenrigsminister
    burmistrz wójt starosta prezydent rzecznik vereador prefeito deputado deputada senador
    governador secretário alcalde alcaldesa concejal concejala diputado diputada gobernador
    secretario procureur député sénateur préfet sindaco sindaca governatore governatrice assessore
    mgen bgen ltgen
    lawyer attorney economist scientist strategist researcher consultant forecaster engineer
    architect surgeon striker midfielder goalkeeper skipper reverend rev pastor
    forward defender quarterback batsman wicketkeeper agent
    commissioner superintendent sheriff inspector detective sgt constable dean provost rector
    speaker whip clerk treasurer auditor registrar ombudsman comptroller coroner magistrate
    delegate trustee member councilman councilwoman assemblyman assemblywoman congresswoman
    parliamentarian lawmaker legislator trooper
    congressman principal publisher cardinal chaplain vicar father sister brother fr
    coun cllr ald alderwoman staatssekretär staatssekretärin aire taire stáit
    datuk dato datin seri sri
    kapolres kapolda kapolri kapolsek kombes akbp kompol akp iptu ipda aiptu brigjen irjen komjen
    bupati gubernur walikota kabid kasat jubir ketua wakil kepala menteri presiden direktur
    sekretaris camat lurah
    chief-executive honourable honorable barrister barr engr alhaji rt
    bürgermeister bürgermeisterin ministerin kanzler kanzlerin sprecherin präsidentin
    oberbürgermeister oberbürgermeisterin landrat regierungspräsident regierungspräsidentin
    fraktionschef fraktionschefin geschäftsführer geschäftsführerin stadtrat gemeinderat
    boss vp svp evp presidente presidenta ministro ministra ministre président präsident
    portavoz portavoce
    cumhurbaşkanı başbakan bakan bakanı sözcü sözcüsü vali başkan başkanı milletvekili büyükelçi
    direktör direktörü müdür müdürü antrenör antrenörü kaptan kaptanı sekreter sekreteri
    arweinydd cadeirydd llywydd gweinidog cynghorydd ysgrifennydd llefarydd
    министр президент премьер премьер-министр глава замглавы посол директор председатель
    губернатор мэр представитель генсек канцлер замминистра
    міністр міністерка прем'єр-міністр віцепрем'єр-міністр віцепрем'єр-міністерка голова речник
    речниця депутат депутатка посол посолка
    """
)

# Organisation words: a chunk made only of these (and demonyms) names a body, not a person.
ORG_WORDS = (
    wordset(
        """
    ministry navy army government council organisation organization centre center institute
    office committee union agency service party parliament assembly commission bank fund
    university foundation department forces force corporation company group news times post
    gazeta press security affairs summit treaty state republic kremlin federation alliance
    court duma senate congress house cabinet administration embassy nations staff guard
    police authority authorities association daily weekly radio television tv channel
    front movement coalition brigade militia network shipping airlines airways holdings inc
    ltd plc llc corp industries motors energy petroleum mining steel systems technologies media
    pharmaceuticals telecom railways logistics capital partners ventures investments insurance
    foods brands airline team unit squad division bureau magazine journal newspaper tribune
    herald gazette fc afc reuters afp xinhua interfax academy operations presidency secretariat
    directorate chancellery hotel hospital stadium museum chamber trust inspectorate tribunal
    room building auditorium airport prefecture headquarters wisma menara istana
    school college club society operators board
    мид риа новости тасс интерфакс агентство министерство правительство организация организации
    совещание совещания
    """
    )
    | BODIES_ABROAD
)  # (other languages' bodies: "Consejo de Ministros", "Comune")

# An event's head words: a name chunk holding one names an event, never a speaker ("World Cup
# Kessel 2018", "Velm Book Festival"). "Open", "Tour" and "Derby" are left out: surnames.
EVENT_WORDS = wordset(
    """
    cup games championship championships trophy olympics paralympics olympiad festival
    tournament expo marathon regatta biennale
    """
)

# German compound titles: "Außenminister", "Bundeskanzlerin", "Regierungssprecher", and after
# "der" or "die" "Stadtratsvorsitzende", "Bundestagsabgeordnete", "Oberbürgermeisterin".
TITLE_ENDINGS = (
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "vorsitzende",
    "vorsitzender",
    "abgeordnete",
    "abgeordneter",
    "bürgermeister",
    "bürgermeisterin",
    "beauftragte",
    "beauftragter",
    "direktorin",
    "leiterin",
)

# Occupations by their ending, in English and the languages that borrow it: "Meteorologist",
# "Economist", "Epidemiologist", "Statistician", "Photographer" (no name ends so).
OCCUPATION_ENDINGS = ("ologist", "onomist", "ician", "ographer", "ologe", "ologin", "ólogo")

# Demonyms are title-like before a name ("Lithuanian foreign minister Linkevičius"); "Christian"
# is left out: it is a first name more often than a faith before a name.
DEMONYMS = wordset(
    """
    american russian belarusian ukrainian lithuanian latvian estonian polish german french
    dutch chinese british english israeli iraqi iranian afghan pakistani saudi turkish czech
    greek swiss western eastern european soviet post-soviet armenian azerbaijani kazakh
    kyrgyz tajik uzbek georgian moldovan finnish swedish norwegian danish italian spanish
    japanese korean indian syrian arab nigerian malaysian egyptian palestinian australian
    canadian brazilian indonesian taiwanese vietnamese congolese sudanese lebanese portuguese
    irish scottish welsh kurdish flemish bulgarian hungarian romanian serbian croatian slovenian
    slovak slovakian bosnian albanian macedonian mongolian cambodian algerian tunisian libyan
    jordanian qatari emirati bahraini omani yemeni somali ethiopian eritrean ghanaian senegalese
    ivorian cameroonian zimbabwean zambian namibian angolan tanzanian ugandan rwandan kenyan
    chilean peruvian colombian venezuelan argentine argentinian bolivian paraguayan uruguayan
    ecuadorian cuban haitian jamaican mexican guatemalan nepalese nepali bangladeshi filipino
    thai malay singaporean austrian belgian icelandic mexican moroccan afghani asian african
    northern southern central palauan fijian samoan tongan papuan scandinavian baltic nordic
    usa united states kingdom emirates stati uniti unito estados unidos unido états-unis
    vereinigte staaten
    malian lankan sri-lankan kuwaiti burmese burundian malawian mozambican botswanan liberian
    guinean gambian togolese beninese nigerien chadian gabonese mauritanian mauritian malagasy
    trinidadian barbadian bahamian guyanese belizean honduran salvadoran nicaraguan panamanian
    dominican rican maltese cypriot montenegrin kosovar turkmen laotian bruneian timorese
    bhutanese maldivian tibetan uyghur
    jewish muslim catholic zionist islamic hindu buddhist sikh
    """
)
# Words of TITLES that name nobody alone: a portfolio or rank's qualifier ("Foreign", "Vice",
# "Special Envoy"), an abbreviation, a misspelling pages make, a courtesy word of another
# language. Every other title is a role noun too ("Sheriff Ada Lund", "the sheriff said").
_NOT_ROLES = wordset(
    """
    vice prime foreign defence defense interior economy finance justice state health education
    transport agriculture trade labour labor environment culture tourism housing treasury
    infrastructure assets enterprises resources fisheries planning special senior lord
    metropolitan comrade ministers honourable honorable
    adm amb asst atty barr brig brig-gen capt cllr ald cmdr col coun cpl det engr evp gen insp lt
    lt-col lt-gen maj maj-gen pres rep rev rt sen sgt supt svp gov
    minster presdient presidnet secretery
    alhaji datin dato datuk seri sri rais waziri mhe dkt mkurugenzi mwenyekiti katibu balozi
    spika aire taire stáit
    """
)

# Lower-case role nouns: "analyst Alexander Baunov", "the minister said".
ROLE_NOUNS = (TITLES - HONORIFICS - _NOT_ROLES) | wordset(
    """
    minister president analyst leader secretary commander spokesman spokeswoman spokesperson
    official officials expert experts ambassador chief general director head chairman
    dictator politician economist journalist researcher professor scholar diplomat diplomats
    envoy adviser advisor deputy governor mayor colonel writer author editor correspondent
    source sources ministry government observer observers analysts politicians leaders
    representative representatives spokesmen officer officers critic critics coach manager
    executive ceo coo cfo cto cio founder co-founder owner lawyer attorney prosecutor judge
    senator lawmaker lawmakers
    congressman congresswoman premier chancellor king queen strongman candidate activist
    activists witness witnesses chairwoman chair boss captain player spokespeople negotiator
    negotiators commissioner inspector investigator investigators regulator chairperson
    member members resident residents boss vp treasurer auditor registrar ombudsman
    comptroller coroner magistrate delegate trustee councilman councilwoman assemblyman
    assemblywoman gaffer
    presidente presidenta président präsident ministro ministra ministre portavoz portavoce sindaco
    alcalde maire mairesse chef jefe capo министр президент премьер глава тренер наставник
    губернатор мэр председатель посол представитель директор
    mandatario mandataria empresario empresaria empresário empresária funcionario funcionaria
    funcionário vocero vocera gerente juez jueza abogado abogada advogado advogada
    senadora vereadora prefeita gobernadora governadora edil autarca
    taoiseach tánaiste tanaiste bundeskanzler bundeskanzlerin bundespräsident premierminister
    nationalrat nationalrätin ständerat ständerätin bundesrätin landrätin stadträtin
    gemeinderätin regierungsrätin ministerpräsident ministerpräsidentin bundesminister
    bundesministerin abgeordneter abgeordnete parteichef parteichefin sprecher
    undersecretary under-secretary
    year-old striker midfielder defender goalkeeper keeper winger skipper quarterback pitcher
    batsman bowler jockey cyclist swimmer sprinter golfer boxer stopper playmaker fullback
    full-back centre-back center-back flanker
    champion defendant winner medallist medalist finalist runner-up titleholder
    bürgermeister bürgermeisterin ministerin kanzler kanzlerin sprecher sprecherin präsidentin
    trainer vorsitzende vorsitzender responsabile titolare responsable dirigente leiter leiterin
    segretario segretaria secretario secrétaire secretário direttore direttrice directeur
    directrice diretor diretora assessore consigliere consigliera consejero consejera
    conseiller conseillère conselheiro conselheira comandante commandant allenatore
    entrenador treinador
    headteacher headmaster headmistress physician pharmacist paramedic psychiatrist historian
    columnist commentator pundit lecturer academic educator supervisor warden ranger referee
    umpire chaplain vicar cleric priest preacher cardinal coordinator administrator pilot
    campaigner campaigners blogger bloggers psychologist epidemiologist virologist
    meteorologist seismologist criminologist sociologist statistician physicist chemist
    biologist geologist climatologist astronomer astrophysicist archaeologist mathematician
    ecologist zoologist botanist entomologist filmmaker sculptor astronaut playwright
    programmer beekeeper winemaker
    vice-president vice-principal vice-chair vice-chairman vice-chairwoman vice-chancellor
    vice-captain vice-governor vice-mayor vice-minister co-chair co-chairman co-owner
    co-director ex-president ex-minister ex-coach ex-manager deputy-head
    """
)


# Everyday people news quotes without naming them: "a retiree told the paper", "villagers said"
# (English; a description's last word). Not titles: "Farmer" before a name is a surname.
PEOPLE_NOUNS = wordset(
    """
    retiree retirees pensioner pensioners villager villagers farmer farmers teacher teachers
    student students parent parents mother father woman women man men worker workers nurse
    nurses doctor doctors driver drivers shopkeeper shopkeepers vendor vendors trader traders
    customer customers passenger passengers voter voters protester protesters protestor
    protestors demonstrator demonstrators survivor survivors victim victims neighbour neighbours
    neighbor neighbors local locals fan fans supporter supporters patient patients tourist
    tourists visitor visitors worshipper worshippers eyewitness eyewitnesses bystander
    bystanders volunteer volunteers organiser organisers organizer organizers participant
    participants refugee refugees migrant migrants soldier soldiers policeman policewoman
    firefighter firefighters rescuer rescuers miner miners fisherman fishermen businessman
    businesswoman entrepreneur entrepreneurs investor investors banker bankers teenager
    teenagers employee employees homeowner homeowners tenant tenants commuter commuters
    shopper shoppers resident residents citizen citizens native natives
    veteran veterans landlord landlords midwife midwives artist artists musician musicians
    dancer dancers comedian designer developer developers accountant broker brokers grower
    growers rancher ranchers trucker truckers mechanic mechanics plumber builder
    builders contractor contractors labourer labourers laborer laborers cleaner
    cleaners caregiver caregivers carer carers counsellor counselor therapist dentist vet
    veterinarian lifeguard medic medics guard guards pupil pupils athlete athletes runner
    runners sailor sailors climber climbers hiker hikers nuns engineer engineers authorities
    """
)

# The last word of a description of a speaker: a role or an everyday person ("the sheriff",
# "a teacher", "the school's principal").
SPEAKER_NOUNS = ROLE_NOUNS | PEOPLE_NOUNS

# Lower-case words a description of a body ends in: "the ministry said", "the group added".
ORG_NOUNS = wordset(
    """
    ministry company group firm organisation organization agency commission committee council
    government party union alliance bloc movement coalition court police army military department
    office bank fund club team federation association authority embassy institute foundation
    campaign network charity board regulator watchdog operator airline carrier manufacturer maker
    producer retailer insurer lender broadcaster newspaper outlet website service centre center
    front militia brigade kremlin cabinet administration parliament assembly bar inspectorate
    tribunal prosecution
    """
)


def has_initials(name: str, letters: str) -> bool:
    """Whether ``letters`` are the initials of ``name``'s words ("RK" of "Riz Kaan"), a
    hyphened word's parts counted apart or as one ("MKC" and "MK" of "Manuela Kasper-Claridge",
    "JPR" of "Jean-Pierre Raffarin")."""
    words = name.split()
    want = letters.upper()
    if "".join(w[0] for w in words).upper() == want:
        return True
    return "".join(p[0] for w in words for p in w.split("-") if p).upper() == want


def camel_initials(word: str, letters: str) -> bool:
    """Whether ``letters`` are the capitals of one word in camel case ("HC" of "HarbourCentral")."""
    capitals = "".join(c for c in word if c.isupper())
    return " " not in word and len(capitals) >= 2 and capitals == letters.upper() != word


def without_titles(name: str) -> str:
    """A name without the titles before it ("Prime Minister Ada Lund" → "Ada Lund"); two words
    are always kept."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:  # ("Amb. Ada Lund Berg")
        words = words[1:]
    return " ".join(words)


def without_role_after(name: str) -> str:
    """A name without a role after its first two words ("Ada Lund Director", read off "Ada Lund
    Director of the Museum"); "Mike Judge" keeps his surname."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k >= 2 and w.lower() in TITLES), len(words))
    return " ".join(words[:cut])


# Words of places, not people: "South Auckland", "Pacific Island", "Rift Valley".
_PLACE_WORDS = wordset(
    """
    north south east west northern southern eastern western central upper lower greater new
    island islands pacific atlantic ocean sea bay coast valley river mountains county province
    region city port lake gulf street avenue square palace place road crescent terrace boulevard
    highway quay plaza district territory prefecture municipality borough township canton
    oblast governorate springs falls heights creek beach village
    """
)


def place_or_group(name: str) -> bool:
    """A place's name ("South Auckland", "Wellington Place") or a group's ("Northport
    Farmers Union": a plural of people in it), never a person's."""
    words = name.lower().split()
    return any(w in _PLACE_WORDS or (w.endswith("s") and w in PEOPLE_NOUNS) for w in words)


def many_of(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is the plural of one of ``nouns`` ("officers", "customers"): many people, whom
    no "he" or "she" and no one named stands for; "witnesses", "deputies", "spokesmen" too."""
    if word.endswith("men"):
        return word[:-3] + "man" in nouns
    if word.endswith("ies"):
        return word[:-3] + "y" in nouns
    return word[-1:] == "s" and (word[:-1] in nouns or (word[-2:] == "es" and word[:-2] in nouns))


def is_people_noun(word: str) -> bool:
    """ "parents", "fan", "supporters": everyday people (one or many), in small letters (a
    capital makes a name: "Kessel Miners"), never a role."""
    return word in PEOPLE_NOUNS or many_of(word, PEOPLE_NOUNS)
