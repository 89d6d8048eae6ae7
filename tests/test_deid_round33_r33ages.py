"""Round 33, branch r33ages: ages over 89 in number words that the thirty-second black-box round published, each
generalised, on both sides (the redactor takes the age out, the check sees it in the raw text and nothing in the
published one).

a. Number words of more languages with a word of age beside them (:data:`features.deid.agewords.OLD_AGE_NUMBER_WORDS`,
   read by ``calendar_shapes.number_word_age_spans`` and ``leakcalendars.has_number_word_age``): Yoruba as it is
   usually written and with no marks, Quechua with its suffixes, Irish (decimal and with the years counted inside),
   Latvian cases (the check once refused one as "name where a person stands"), Telugu in its script and romanised,
   Albanian, Tagalog (native and Spanish), Afrikaans, Swedish and Norwegian glued tens, Finnish glued tens, Korean
   with a blank inside, Russian and Ukrainian hundreds, Roman numerals before a word of years.
b. A number word with its word of age glued after it ("yhdeksänkymmenvuotias", "üheksakümneaastane",
   "vier-en-negentigjarige", :data:`features.deid.agewords.GLUED_AGE_WORD_STARTS`) and the Estonian "sajane".
c. The Chinese literary ages said of a person ("年逾九旬", "九秩晋五", "鲐背之年", "九旬老人") and "高龄" as a counter
   ("九十高龄").
d. Over-redaction: the words beside a spelled age stay (the Hungarian "kapszulát" was read as "kapszu" + the Polish
   word of years "lat"; the NER's lower-case "name" over or right after an age in words, "yhdeksänkymmentäkaksi vuotias
   mummo", is dropped); ages of 89 and less, spans of time and counts of pills in those languages stay.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

# --------------------------------------------------------------------------- a. number words of more languages

NUMBER_WORD_AGES = [
    # Yoruba, written "lélàá" and with no marks
    ("ìyá àgbà mi jẹ́ ọmọ ọdún mẹ́tàlélàádọ́rùn-ún", "mẹ́tàlélàádọ́rùn"), ("baba mi je omo odun metalelaadorun",
                                                                    "metalelaadorun"),
    ("iya agba mi ti pe odun merindinlogorun", "merindinlogorun"), ("ìyá mi ti pé mẹ́rìndínlọ́gọ́rùn ọdún", "mẹ́rìndínlọ́gọ́rùn"),
    # Quechua with "-mi", units with no "-yuq", the hundreds
    ("mamamanchikqa isqun chunka kimsayuq watayuqmi", "isqun"), ("taytayqa isqun chunka pichqa watayuq", "pichqa"),
    ("hatun mamayqa pachak hukniyuq watayuq", "hukniyuq"),
    # Irish
    ("tá mo mháthair mhór nócha a trí bliain d'aois", "nócha"), ("tá sí trí bliana is nócha d'aois", "nócha"),
    ("tá Daideo céad bliain d'aois", "céad"), ("tá mo sheanathair nocha a cuig bliain d'aois", "nocha"),
    # Latvian accusative and genitive
    ("vecmāmiņa nodzīvoja deviņdesmit sešus gadus", "sešus"), ("vectēvs nomira deviņdesmit piecu gadu vecumā", "piecu"),
    ("vecmāmiņai ir deviņdesmit viens gads", "viens"),
    # Telugu, script and romanised
    ("మా అమ్మమ్మకి తొంభై మూడు సంవత్సరాలు", "తొంభై"), ("maa ammammaku tombhai moodu samvatsaralu", "tombhai"),
    ("naannagaariki thombhai aidu yellu", "thombhai"), ("తాతయ్య వయస్సు తొంభై ఆరు", "తొంభై"),
    # Albanian
    ("gjyshja ime është nëntëdhjetë e tre vjeç", "nëntëdhjetë"), ("gjyshi eshte nentedhjete e pese vjec", "nentedhjete"),
    # Tagalog
    ("si lola ay siyamnapu't tatlong taong gulang", "siyamnapu"), ("ang lolo ko ay nobenta'y singko anyos na", "nobenta"),
    ("si lolo ay siyamnapu't limang taon na", "limang"),
    # Afrikaans
    ("ouma is vier-en-negentig jaar oud", "vier-en-negentig"), ("oupa is drie en negentig jaar oud", "drie en"),
    # Swedish and Norwegian, glued
    ("mormor fyller nittiosex", "nittiosex"), ("farmor fyller nittiofem i maj", "nittiofem"),
    ("bestemor er nittiseks år", "nittiseks"),
    # Finnish, glued
    ("mummo täyttää yhdeksänkymmentäkaksi", "yhdeksänkymmentäkaksi"),
    # Korean with a blank between the tens and the unit
    ("할머니는 아흔 여섯 살이에요", "여섯"), ("할아버지는 구십 육 세입니다", "구십"),
    # Russian and Ukrainian hundreds
    ("бабушке сто один год", "сто один"), ("дедушке сто три года", "сто три"), ("бабусі сто два роки", "сто два"),
    # Roman numerals before a word of years
    ("grandma is XCIV years old", "XCIV"), ("Nonna is xcvii years old", "xcvii"), ("he was CII years of age", "CII"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), NUMBER_WORD_AGES)
def test_a_an_age_over_89_in_number_words_of_more_languages_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


@pytest.mark.verifies("REQ-DEID-005")
def test_a_a_latvian_age_is_read_as_an_age_by_the_check():
    # it was refused only as "name where a person stands"
    assert "age over 89" in probes.free_text_kinds(probes.check_index(),
                                                   "Vectēvs Jānis nomira deviņdesmit piecu gadu vecumā")


# --------------------------------------------------------------------------- b. a word of age glued to the number

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("isoäiti on yhdeksänkymmentäkaksivuotias", "yhdeksänkymmentäkaksi"),
    ("yhdeksänkymmenvuotias isoisä soitti", "yhdeksänkymmen"), ("vanaisa sai üheksakümneaastaseks", "üheksakümne"),
    ("vanaema on sajane", "sajane"), ("vecmāmiņa ir deviņdesmitgadīga", "deviņdesmit"),
    ("gjyshja është nëntëdhjetëvjeçare", "nëntëdhjetë"), ("my ouma, die vier-en-negentigjarige, bak nog", "negentig"),
    ("morfar är en nittiotreåring", "nittiotre"),
])
def test_b_a_number_word_with_its_word_of_age_glued_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


# --------------------------------------------------------------------------- c. Chinese literary ages

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("奶奶已年逾九旬", "九旬"), ("祖父九秩晋五", "九秩"), ("外婆九十高龄仍然健朗", "九十"), ("奶奶已是鲐背之年", "鲐背"),
    ("爷爷九旬了", "九旬"), ("村里的九旬老人身体很好", "九旬"), ("母亲九十高龄", "九十"), ("奶奶已近期颐之年", "期颐"),
])
def test_c_a_chinese_literary_age_over_89_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


# --------------------------------------------------------------------------- d. what stays

NO_AGES = [
    # 89 and less
    "vecmāmiņai ir astoņdesmit pieci gadi", "si lola ay walumpu't limang taong gulang", "ouma is vyf-en-tagtig jaar oud",
    "mormor är åttiofem år", "isoäiti on kahdeksankymmentäviisi vuotta", "할머니는 여든다섯 살이세요", "奶奶年近九旬",
    "бабушке восемьдесят пять лет", "gjyshja është tetëdhjetë e pesë vjeç", "vanaema on kaheksakümne viie aastane",
    "మా అమ్మమ్మకి ఎనభై ఐదు సంవత్సరాలు", "tá sí ochtó a cúig bliain d'aois", "iya mi ti pe odun marundinlogorin",
    "she is eighty-five", "爷爷快九旬了",
    # spans of time
    "сто лет назад", "мы сто лет не виделись", "сто лет спустя", "за сто один год", "céad bliain ó shin",
    "nittio år sedan", "i nittiosex år har huset stått", "yhdeksänkymmentä vuotta sitten", "vier-en-negentig jaar gelede",
    "tombhai moodu samvatsaralu kritam", "nëntëdhjetë vjet më parë",
    # counts, money and numbering
    "сто один рубль", "chapter XCIV of the book", "psalm XCIV verses", "nócha euro ar na piollaí", "tombhai rupayalu",
    "nentedhjete tableta", "vier-en-negentig pille", "nittiosex tabletter", "yhdeksänkymmentäkaksi tablettia",
    "아흔여섯 개", "isqun chunka soles", "sata euroa", "九十粒药", "kilencven kapszulát vettem",
    "Nagymama kilencvenhárom kapszulát évente",
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", NO_AGES)
def test_d_numbers_that_are_no_age_over_89_are_read_as_none(deid, index, text):
    assert "<AGE>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    assert "age over 89" not in probes.free_text_kinds(index, text), probes.free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "kept"), [
    ("A nagymamám kilencvenhárom éves, két kapszulát szed naponta", "kapszulát"),
    ("Nagyapa kilencvenhárom évesen is bevesz egy kapszulát", "kapszulát"),
    ("Mummo täyttää yhdeksänkymmentäkaksi kello kolme", "kello kolme"),
    ("Mae Nain yn naw deg tri oed, mae'r bws yn dod am ddeg", "mae'r bws"),
    ("ouma is vier-en-negentig jaar oud", "jaar oud"),
    # the NER read the age and the words after it as a name in lower case
    ("yhdeksänkymmentäkaksi vuotias mummo ottaa kello 8", "mummo ottaa kello 8"),
    ("Mummo, yhdeksänkymmentäkaksi vuotta, kello 8 lääke", "vuotta, kello 8"),
])
def test_d_the_words_beside_an_age_stay(deid, text, kept):
    out = probes.redacted(deid, text)
    assert "<AGE>" in out and kept in out, out


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "tombhai moodu samvatsaralu; yhdeksänkymmenvuotias; 奶奶年逾九旬. ",
    "siyamnapu t " * 3 + "kilencven kapszu " * 2 + "nittiosexvuotiavuotia ",
])
def test_the_round33_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
