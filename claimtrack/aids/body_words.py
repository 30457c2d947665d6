"""Bodies of state and society in languages other than English, for the name rules.

A run of capitals made only of body words names a body, not a person (see ``ORG_WORDS`` in
:mod:`claimtrack.aids.name_words`). English news writes "Council of Ministers"; the same body
is "Consejo de Ministros", "Conselho de Ministros", "Consiglio dei ministri", "Conseil des
ministres", and the town hall of an Italian page is "il Comune". Without these words the rules
read such a body as a person's name and give it a role ("como Portavoz tras el Consejo de
Ministros" made the council the spokeswoman).
"""

from __future__ import annotations

from claimtrack.text.lexicon import wordset

__all__ = ["BODIES_ABROAD"]

# Bodies of state and society in other languages: a run of capitals made of these names a body,
# not a person ("Consejo de Ministros", "Ministério da Saúde", "Comune", "Kementerian Luar").
BODIES_ABROAD = wordset(
    # Spanish, Portuguese
    "consejo ministerio gobierno tribunal partido congreso senado ayuntamiento junta comisión "
    "agencia fundación universidad policía ejército fiscalía conselho ministério governo "
    "congresso câmara prefeitura comissão agência fundação universidade polícia exército "
    # Italian, French
    "consiglio ministero partito senato comune regione procura commissione agenzia fondazione "
    "università polizia esercito questura prefettura conseil ministère gouvernement parti "
    "assemblée sénat agence fondation université armée préfecture mairie "
    # German, Indonesian and Malay
    "ministerium regierung bundestag bundesrat partei gericht kommission agentur stiftung "
    "universität polizei bundeswehr kementerian pemerintah partai mahkamah komisi kepolisian"
)
