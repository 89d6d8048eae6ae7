"""Round 43, branch r43over: identifier-free messages the 42nd black-box round saw over-redacted or wrongly refused,
fixed as kinds on both sides; each kept sentence has a sibling with a real name beside the same words that still goes.

a. Greetings and feasts of the round's languages ("Nollaig shona", "Nadolig Llawen", "Meri Kirihimete", "Maligayang
   Pasko", Somali "Soonka Ramadaanka", Eid greeted in Arabic, Persian, Punjabi and Cyrillic letters, "ਦੀਵਾਲੀ ਮੁਬਾਰਕ"):
   ``holidaywords.MORE_FEASTS`` and ``FESTIVE_GREETINGS_AFTER``, read by the redactor's named-day reading and the
   check's ``leakpeople._without_named_days``.
b. Everyday words of languages wordfreq has no list of, read as names or towns (Maltese, Albanian, Somali, Māori,
   Irish after a possessive, "mo chógas"; Zulu "ugula"; Swahili "kumi", "ni mpya"): ``peoplewords.OWN_FUNCTION_WORDS``
   and ``SMALL_PROSE_LANGUAGES``, ``everydaywords.SWAHILI_WORDS``; a word that is a name elsewhere and opens their
   prose as a verb or a word of time ("Mora barnat", "Berri isbitaalka"): ``peoplewords.SMALL_LANGUAGE_OPENERS``, read
   by ``text._small_language_words_here`` and the check's ``leakpeople.PeopleLook._opens_its_small_languages_prose``.
c. Faker's word salads refused for a given name and the word after it (Latin lorem "vero fuga"; Italian, Spanish):
   Latin joins the small languages (b); the check's ``PeopleLook._a_pair_of_its_prose``: a given name and the word
   after it, both lower case and everyday words of the prose's language, the second no listed surname.
d. The vocative "ya" taken with the name after it ("ya Reem" as one person): ``text._past_leading_words``.
e. A Japanese job's word before "さん" in a clause ("技師さんが来た" taken whole): ``text._a_japanese_clause_by_its_words``
   reads ``peoplewords.JAPANESE_JOBS_BEFORE_AN_HONORIFIC`` as everyday nouns.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

#: a. to e.: published as written, nothing seen by the check
_KEPT = [
    # a. greetings and feasts
    "Nollaig shona daoibh go léir!",
    "Nollaig Shona! Fuair mé mo chógas inné.",
    "Nadolig Llawen i bawb yn y fferyllfa.",
    "Nadolig llawen, diolch am y tabledi.",
    "Meri Kirihimete ki a koutou katoa.",
    "Maligayang Pasko po sa inyong lahat!",
    "ਦੀਵਾਲੀ ਮੁਬਾਰਕ ਹੋਵੇ ਜੀ",
    "عيد مبارك للجميع",
    "عید مبارک به همه",
    "Eid Mubarak to all the pharmacy staff!",
    "Ид мубарак всем!",
    "Soonka Ramadaanka awgeed daawada habeenkii ayaan qaataa.",
    "Ramadaanka daawada waxaan qaataa habeenkii.",
    "Nollaig Shona duit, a dhochtúir!",
    "Blwyddyn Newydd Dda i chi gyd.",
    "ਈਦ ਮੁਬਾਰਕ ਜੀ",
    # b. everyday words of small languages
    "Ghlac mé mo chógas ar maidin.",
    "Ħadt il-pilloli tiegħi llum filgħodu.",
    "Insejt nieħu l-mediċina lbieraħ.",
    "Harrova të marr ilaçet sot.",
    "Mora barnat në mëngjes.",
    "Berri isbitaalka ayaan aadayaa.",
    "Shalay daawada waan iloobay.",
    "Maanta kiniinka waan qaatay.",
    "Insejt il-pilloli llum.",
    "Piva ilaçet me ujë.",
    "Nilikunywa vidonge nane leo asubuhi.",
    "Nilikunywa vidonge kumi jana.",
    "namba yangu ni mpya",
    "ugogo wami ugula",
    # c. word salads
    "Enim quis vero fuga praesentium.",
    "Pariatur vero dolore deleniti dolor.",
    "Origine memoria occhio gioia appoggiare assicurare trovare signore.",
    # e. a job's word before an honorific
    "技師さんが来た",
    "技師さんが薬を持ってきた。",
]

#: the same kinds beside a real name: the check sees it in the raw text, the redactor takes it
_CAUGHT = [
    ("Nollaig shona daoibh, Siobhán Ní Bhriain.", "Bhriain"),
    ("Nadolig Llawen, Dr. Rhys Llewellyn!", "Llewellyn"),
    ("Meri Kirihimete, my friend Aroha Ngata.", "Ngata"),
    ("Eid Mubarak, my neighbour Yusuf Rahimi brought the pills.", "Rahimi"),
    ("Berri Dr. Cali Warsame ayaan arkayaa.", "Warsame"),
    ("Mora barnat, Dr. Arben Hoxha i dha.", "Hoxha"),
    ("Ħadt il-pilloli, thanks to Dr. Joseph Borg.", "Borg"),
    ("Enim quis vero fuga, Dr. Marco Rossi praesentium.", "Rossi"),
    ("ya Reem, I took my pills", "Reem"),
    ("ya Amira, the pills came", "Amira"),
    ("Mora barnat në mbrëmje, Dr. Ilir Krasniqi.", "Krasniqi"),
    ("Nilikunywa vidonge kumi, asante Dr. Amina Mwangi.", "Mwangi"),
    ("田中さんが来た", "田中"),
]


@pytest.mark.parametrize(("text", "secret"), [(text, None) for text in _KEPT] + _CAUGHT)
def test_kept_as_written_or_the_name_beside_goes(deid, index, text, secret):
    """A kept sentence is published as written and unflagged; its sibling's name goes and is seen by the check."""
    if secret is None:
        probes.assert_free_text_kept(deid, index, text)
    else:
        probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.parametrize("text", ["ya Reem, I took my pills", "ya Reem I took my pills"])
def test_the_vocative_stays_before_the_name(deid, text):
    """"ya" calls the person it is said before: the call is published, the name goes."""
    assert probes.redacted(deid, text).startswith("ya <PERSON>")


def test_cost_in_proportion(deid, index):
    """The new readings grow with the text's length, no faster."""
    piece = "Nollaig shona daoibh! Ħadt il-pilloli. Berri isbitaalka ayaan aadayaa. Enim quis vero fuga. 技師さんが来た。 "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
