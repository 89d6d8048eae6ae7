"""The twenty-fourth round's speed work on the redactor's owner pass: each shortcut proves, with a cheap question, that
the reading it skips would have found nothing, so the redacted text is the same on every input. Each is tested
against the reading it stands for (``owner_variants.SHORTCUTS`` off puts back round 23's readings):

a. the round-23 owner variants (:mod:`features.deid.owner_variants`) are not read where they cannot be: kanji names
   with no Han character in the text (and only the kanji read as the owner's parts), a leet name with no leet sign in
   it (and only tokens as long as a part), a sound-alike only in runs of letters as long as one may be, a lower-case
   nickname only where its letters are; the per-owner forms are built once an owner;
b. the warm-up before the pool forks runs the owner pass too, so that its one-off tables (the English dictionary of
   the sound-alikes, the other scripts' readings) are built once, not in every forked worker;
c. end to end: the redaction of the deid tests' own texts and of messages written like the simulator's, for owners of
   many languages, is the same with the shortcuts as without, and the same after the warm-up as before.
"""

from __future__ import annotations

import ast
import datetime
import random
import re
from pathlib import Path

import pytest

from features.deid import owner_variants
from features.deid.aliases import nicknames_of
from features.deid.normalize import fold
from features.deid.text import PatientIdentifiers, TextDeidentifier, clear_owner_caches
from features.deid.variantwords import JAPANESE_GIVEN_NAME_READINGS, LEET_LETTERS
from tests import deid_probes as probes

#: owners of many languages: kanji given names, one-syllable Chinese parts, Korean family names (rarer ones too),
#: sound-alikes of six letters or more, nicknames, short names for leet
NAMES = ["Kenji Tanaka", "Yumiko Sato", "Li Wei", "Jung Minjun", "Namgung Minjun", "Catherine Okonkwo",
         "Joaquín Guillermo Ruiz", "William Harris", "Tom Eli", "Mark Will Day", "Avraham Mizrahi",
         "Muhammad Katharina Steffensen", "Haruka Rin", "María José Ortega", "Jo Li"]


def _owner(i: int) -> PatientIdentifiers:
    return probes.owner(NAMES[i % len(NAMES)], dob=datetime.date(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                        phone=f"(555) {100 + i % 900:03d}-{4417 + i % 5000:04d}")


def _deid_test_texts() -> list[str]:
    """Texts the deid tests give the redactor (string constants of every deid test module, read without importing)."""
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.glob("test_deid_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and 4 <= len(node.value) <= 400
                    and " " in node.value and "\n    " not in node.value):
                texts.append(node.value)
    return list(dict.fromkeys(texts))


_KANJI = list(JAPANESE_GIVEN_NAME_READINGS)


def _variant_texts(full_name: str, count: int, seed: int) -> list[str]:
    """Texts of the forms the variant readings look for and their near misses: the name's parts in leet (one sign
    more or less), respelled, as nicknames in any case, kanji and Hangul names, Roman numerals, digits backwards."""
    rng = random.Random(seed)
    parts = re.findall(r"[a-z]+", owner_variants.fold_text(full_name).lower())
    leet = {letter: sign for sign, letters in LEET_LETTERS.items() for letter in letters}
    pieces = ["the", "refill", "vitamin B12", "5am", "T4", "2x", "ok", "Dr", "mg", "CXXIII", "XLIV", "xvii", "DLV",
              "32771400", "0 0 4 1 7", "さん", "です", "の", "씨", "선생님", "你好，", "我是", "，", "。", "健康",
              *rng.sample(_KANJI, 6), "김", "남궁", "이", "황보"]
    for part in parts:
        pieces += [part, part.capitalize(), part.upper(), part[:-1], part + "a", part.replace("c", "k"),
                   part.replace("th", "t"), part.replace("o", "0"), "".join(leet.get(c, c) for c in part),
                   part[:2] + leet.get(part[2:3], part[2:3]) + part[3:], *sorted(nicknames_of(part))]
    glue = [" ", " ", " ", "-", ".", ", ", "\n", "", "!", "$", "|", "+", "@"]
    return ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 9))) for _ in range(count)]


def _both_ways(text: str, patient: PatientIdentifiers, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    folded = fold(text)
    fast = owner_variants.owner_variant_spans(text, folded, patient.full_name, patient.mrn, patient.phone)
    with monkeypatch.context() as slow:
        slow.setattr(owner_variants, "SHORTCUTS", False)
        return fast, owner_variants.owner_variant_spans(text, folded, patient.full_name, patient.mrn, patient.phone)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("index", range(len(NAMES)))
def test_variant_shortcuts_find_what_the_full_readings_find(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    patient = _owner(index)
    texts = _variant_texts(patient.full_name, 400, seed=index)
    found = 0
    for text in texts:
        fast, slow = _both_ways(text, patient, monkeypatch)
        assert fast == slow, text
        found += bool(fast)
    assert found, "the generated texts hold variants to find"


@pytest.mark.verifies("REQ-DEID-003")
def test_variant_shortcuts_on_the_deid_tests_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _deid_test_texts()
    assert len(texts) > 2000
    for i, text in enumerate(texts):
        fast, slow = _both_ways(text, _owner(i), monkeypatch)
        assert fast == slow, (text, NAMES[i % len(NAMES)])


@pytest.mark.verifies("REQ-DEID-003")
def test_the_shortcuts_premises() -> None:
    """Every kanji name of the table is Han (no Han character, no kanji name); every leet sign is no letter and reads
    as one letter (a token read as a part is as long as the part); the letter runs of at least some length are
    _LATIN_WORD's runs of that length."""
    assert all(owner_variants._HAN.fullmatch(c) for kanji in JAPANESE_GIVEN_NAME_READINGS for c in kanji)
    assert all(not sign.isalpha() and all(len(r) == 1 and r.isalpha() for r in letters)
               for sign, letters in LEET_LETTERS.items())
    text = "Kathryn, Katherine's cat-sitter: ab abcdef abcdefgh x1abcdefghi_ Okonquo"
    for fewest in range(1, 10):
        runs = [m.span() for m in owner_variants._LATIN_WORD.finditer(text) if len(m.group()) >= fewest]
        assert [m.span() for m in owner_variants._letter_runs(fewest).finditer(text)] == runs
    assert owner_variants._owner_kanji("Kenji Tanaka") and not owner_variants._owner_kanji("Tom Eli")


@pytest.mark.verifies("REQ-DEID-003")
def test_letter_runs_cost_in_proportion() -> None:
    probes.assert_cost_grows_linearly(lambda n: list(owner_variants._letter_runs(6).finditer("abcde Okonquo " * n)),
                                      sizes=(5000, 20000))
    probes.assert_cost_grows_linearly(lambda n: owner_variants.short_leet_spans("T0m abcde 5am " * n, "Tom Eli"),
                                      sizes=(2000, 8000))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Kenji Tanaka", "今日は健二が薬を取りに来ます", "健二"), ("Li Wei", "你好，伟，记得吃药", "伟"),
    ("Tom Eli", "ask T0m about the refill", "T0m"), ("Catherine Okonkwo", "Kathryn Okonquo called", "Okonquo"),
    ("William Harris", "tell billy the pills are ready", "billy"),
])
def test_variants_still_caught(deid: TextDeidentifier, name: str, text: str, secret: str) -> None:
    assert secret not in probes.redacted(deid, text, probes.owner(name))


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["vitamin B12 and T4 at 5am", "the catheter was changed", "bill the insurer",
                                  "健康診断は明日です", "took 2x 500 mg"])
def test_variants_near_misses_kept(deid: TextDeidentifier, text: str) -> None:
    for name in ("Catherine Okonkwo", "William Harris", "Tom Eli", "Kenji Tanaka"):
        assert probes.redacted(deid, text, probes.owner(name)) == text


#: messages written the way the simulator writes them (:mod:`adherence.simulator.messages`), invented values
_SIMULATOR_LIKE = [
    "Hi, this is {full}. I missed my evening dose yesterday, is that ok?", "hey its {first_lower}, my new number is "
    "{phone}", "My date of birth is 3/4/58, you asked for it on the form.", "Can you send the refill note to "
    "{first_lower}@example.org? Thanks, {first}", "This is {full} (MRN 00417723), the pharmacy says it is on hold.",
    "{last_upper} here, DOB 1958-03-04, I lost my pillbox charger", "Dear {full}, your refill is ready. Reply STOP.",
    "Hi {first}, this is Odette Marchand from the care team. How are you feeling on the new dose?",
    "Feeling much better this week, glucose was steady. - {first}", "Took my meds late today, busy at work.",
]


def _redaction_texts(count: int) -> tuple[list[str], list[PatientIdentifiers | None]]:
    texts = random.Random(24).sample(_deid_test_texts(), count)
    owners: list[PatientIdentifiers | None] = [_owner(i) for i in range(len(texts))]
    for i, name in enumerate(NAMES):
        first, last = name.split()[0], name.split()[-1]
        for template in _SIMULATOR_LIKE:
            texts.append(template.format(full=name, first=first, first_lower=first.lower(), last_upper=last.upper(),
                                         phone=_owner(i).phone))
            owners.append(_owner(i))
    return [*texts, texts[0]], [*owners, None]


@pytest.mark.verifies("REQ-DEID-003")
def test_the_redaction_is_the_same_without_the_shortcuts(deid: TextDeidentifier,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    texts, owners = _redaction_texts(500)
    clear_owner_caches()
    fast = deid.redact(texts, owners).texts
    with monkeypatch.context() as slow:
        slow.setattr(owner_variants, "SHORTCUTS", False)
        clear_owner_caches()
        full = deid.redact(texts, owners).texts
    assert [(t, a, b) for t, a, b in zip(texts, fast, full, strict=True) if a != b] == []


@pytest.mark.verifies("REQ-DEID-003")
def test_the_warm_up_builds_the_owner_tables_and_changes_no_output(deid: TextDeidentifier) -> None:
    texts, owners = _redaction_texts(150)
    before = deid.redact(texts, owners).texts
    owner_variants._dictionary.cache_clear()
    deid._warm_up()
    assert owner_variants._dictionary.cache_info().currsize == 1
    assert deid.redact(texts, owners).texts == before
