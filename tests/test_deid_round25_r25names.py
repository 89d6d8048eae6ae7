"""Round 25 (branch r25names): third parties' names a black-box tester got PUBLISHED past both sides, or cut so that
part of the name stayed; each kind both ways (the redactor takes the name out whole, the check sees a name in the raw
text and nothing in the output; the ordinary sentence near it stays):

a. Thai names after a kinship word: child, wife, husband and the kinship words said with คุณ ("ลูก มาลี ศรีสุข",
   "ภรรยาผม", "คุณยายมาลี"), a possessive or "named" between ("ลูกสาวชื่อ มาลี ศรีสุข" left the name and surname), and
   a given name that ends as a common word does, no longer cut inside it ("ปรียามารับยา" left ยา, "บุญมีไปหาหมอ" left
   มี); "ลูกอม" (candy), "ลูกค้า", "ลูกผมไปโรงเรียน" stay;
b. Japanese given names in katakana after a kin word and "の" before a particle ("祖母のハナコが", "母のマリアは",
   "娘のエミリーと"): a given name's sound (Faker's katakana names, every locale's given names as katakana writes them)
   and no everyday loanword; "母のインスリン", "祖母のメトホルミン", "母のスマホ", "母のメール" stay;
c. Vietnamese names after a kin word, a possessive, "tên" or "là" between or not, with or without marks ("con gái
   tôi là Lan", "bà ngoại tên Hoa", "anh trai Tuấn", "chị Mai", "em Minh"); "con gái tôi đến", "chị ấy gọi" stay;
d. a given name that is an everyday word after a title of address ("doña remedios", "seu zé", "seu chico", "grandma
   sue picked it up", "aunt may is visiting", "uncle sonny") and before a verb after a kin word ("mi hija dolores
   viene", "my son bill called"); "mi hija tiene dolores", "mi hija dolor de cabeza", "seu dia", "dona de casa",
   "grandma will pick it up", "my aunt may come" stay.
"""

from __future__ import annotations

import pytest

from features.deid.kin_names import KinNameReader
from features.deid.leakscripts import holds_related_cjk_name
from features.deid.script_names import related_cjk_name_spans
from features.deid.third_parties import thai_name_spans
from tests import deid_probes as probes
from tests.deid_probes import redacted

_THAI_KINDS = {"name after a Thai title", "Thai surname after a titled name"}

# --------------------------------------------------------------------------- a. Thai

THAI_CAUGHT = [
    ("ลูกสาวชื่อ มาลี ศรีสุข มารับยา", ("มาลี", "ศรีสุข"), "มารับยา"),
    ("ลูกสาวชื่อมาลี ศรีสุข", ("มาลี", "ศรีสุข"), ""),
    ("ลูก มาลี ศรีสุข มารับยา", ("มาลี", "ศรีสุข"), "มารับยา"),
    ("ภรรยาผม มาลี ศรีสุข มารับยา", ("มาลี", "ศรีสุข"), "มารับยา"),
    ("สามีชื่อสมชาย ใจดี", ("สมชาย", "ใจดี"), ""),
    ("ลูกสาวของฉันชื่อ สุดา ทองดี", ("สุดา", "ทองดี"), ""),
    ("คุณยายมาลีมารับยา", ("มาลี",), "มารับยา"),
    ("ลูกสาวปรียามารับยา", ("ปรียา",), "มารับยา"),
    ("น้องบุญมีไปหาหมอ", ("บุญมี",), "ไปหาหมอ"),
    ("พี่นิตยาโทรมา", ("นิตยา",), "โทรมา"),
    ("ลูกสาวกัลยามาแล้ว", ("กัลยา",), "มาแล้ว"),
    ("หลานบุญส่งมารับยา", ("บุญส่ง",), "มารับยา"),
    ("เมียสมศรีกินยาแล้ว", ("สมศรี",), "กินยาแล้ว"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets", "rest"), THAI_CAUGHT)
def test_a_thai_name_after_a_kinship_word_goes_whole(deid, index, text, secrets, rest):
    assert _THAI_KINDS & set(probes.third_party_kinds(text)), probes.third_party_kinds(text)
    out = redacted(deid, text)
    assert not any(s in out for s in secrets), out
    assert out.endswith(rest), out  # what follows the name stays
    assert not _THAI_KINDS & set(probes.third_party_kinds(out)), (out, probes.third_party_kinds(out))
    assert not probes.free_text_kinds(index, out), probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["ลูกสาว<PERSON>ยามารับยา", "น้อง<PERSON>มีไปหาหมอ", "ลูกสาวชื่อ <PERSON> ศรีสุข"])
def test_the_check_sees_what_a_cut_name_left(text):
    """What a redactor that cut a name inside it, or took the given name only, would publish."""
    assert _THAI_KINDS & set(probes.third_party_kinds(text)), text


THAI_KEPT = ["ลูกอมหมดแล้ว", "ลูกค้ามาซื้อยา", "ลูกผมไปโรงเรียน", "สามีไปทำงาน", "ภรรยาผมไม่สบาย", "ลูกชิ้นอร่อย",
             "เมียกินยาแล้ว", "ลูกตาอักเสบ", "ลูกสาวไปโรงพยาบาล", "ลูกสาวกินยาแล้ว", "ลูกจ้างมาส่งยา",
             "ลูกสาวผมไปหาหมอ"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", THAI_KEPT)
def test_a_thai_kinship_word_before_no_name_stays(deid, index, text):
    assert not thai_name_spans(text), thai_name_spans(text)
    assert not _THAI_KINDS & set(probes.third_party_kinds(text)), probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
def test_a_name_that_ends_as_a_word_still_ends_before_the_next_one():
    """"ลุงสมชายมียาเยอะ" (uncle Somchai has a lot of medicine): มี before ยา is the verb, the name is สมชาย."""
    text = "ลุงสมชายมียาเยอะ"
    assert [text[s:e] for _, s, e, _ in thai_name_spans(text)] == ["สมชาย"]


# --------------------------------------------------------------------------- b. Japanese katakana

KATAKANA_CAUGHT = [
    ("祖母のハナコが来ます", "ハナコ"), ("母のマリアは元気です", "マリア"), ("娘のエミリーと病院へ行きます", "エミリー"),
    ("息子のカルロスは来ません", "カルロス"), ("妻のアンナも飲んでいます", "アンナ"), ("夫のトムが薬を取りに来ます", "トム"),
    ("祖父のヒロシは入院中です", "ヒロシ"), ("娘のサラ、明日来ます", "サラ"), ("叔母のリサが電話しました", "リサ"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), KATAKANA_CAUGHT)
def test_a_katakana_name_after_a_kin_word_goes_on_both_sides(deid, index, text, secret):
    assert holds_related_cjk_name(text), text
    assert any(text[s:e] == secret for _, s, e, _ in related_cjk_name_spans(text)), related_cjk_name_spans(text)
    probes.assert_free_text_caught(deid, index, text, secret)


KATAKANA_KEPT = ["母のインスリンがない", "祖母のメトホルミンを飲んだ", "母のスマホが壊れた", "母のメールが来た",
                 "父のカードが使えない", "母のワーファリンは", "父のアムロジピンが", "母のロキソニンを",
                 "母のカロナールを", "母のランタスは", "母のテレビが", "母のパンを食べた"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KATAKANA_KEPT)
def test_a_katakana_medicine_or_loanword_after_a_kin_word_stays(text):
    assert not holds_related_cjk_name(text), text
    assert not related_cjk_name_spans(text), related_cjk_name_spans(text)


# --------------------------------------------------------------------------- c. Vietnamese

VIETNAMESE_CAUGHT = [
    ("con gái tôi là Lan", "Lan"), ("bà ngoại tên Hoa", "Hoa"), ("anh trai Tuấn đến lấy thuốc", "Tuấn"),
    ("chị Mai gọi", "Mai"), ("em Minh đến", "Minh"), ("con gai toi la Lan", "Lan"),
    ("anh trai Tuan den lay thuoc", "Tuan"), ("bà ngoại tên hoa", "hoa"), ("chị Nguyễn Thị Mai gọi", "Nguyễn Thị Mai"),
    ("cháu gái tôi tên là Linh", "Linh"), ("chong toi ten Hung", "Hung"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), VIETNAMESE_CAUGHT)
def test_a_vietnamese_name_after_a_kin_word_goes_on_both_sides(deid, index, text, secret):
    assert "name after a Vietnamese kin word" in probes.third_party_kinds(text), probes.third_party_kinds(text)
    probes.assert_free_text_caught(deid, index, text, secret)


VIETNAMESE_KEPT = ["con gái tôi đến", "chị ấy gọi", "give me Tylenol", "call me Monday", "con Metformin",
                   "em bị đau đầu", "anh trai tôi đến lấy thuốc", "Toma tres pastillas con la cena",
                   "tomo la pastilla con la comida", "me la tomo con agua", "me ten pills"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", VIETNAMESE_KEPT)
def test_a_vietnamese_kin_word_before_no_name_stays(deid, index, text):
    assert "name after a Vietnamese kin word" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- d. titles of address, kin and a verb

TITLED_CAUGHT = [
    ("doña remedios came by", "remedios"), ("doña dolores called", "dolores"),
    ("don ángel picked up the pills", "ángel"), ("seu zé trouxe o remédio", "zé"), ("seu chico ligou", "chico"),
    ("dona rosa veio", "rosa"), ("grandma sue picked it up", "sue"), ("grandpa bill called", "bill"),
    ("aunt may is visiting", "may"), ("uncle sonny drove me", "sonny"), ("mi hija dolores viene mañana", "dolores"),
    ("my son bill called yesterday", "bill"), ("tía dolores viene hoy", "dolores"),
    ("doña remedios garcía vino", "remedios"), ("minha filha rosa ligou", "rosa"), ("aunt may.", "may"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), TITLED_CAUGHT)
def test_an_everyday_given_name_after_a_title_or_kin_word_goes_on_both_sides(deid, index, text, secret):
    assert "given name after a title or kin word" in probes.third_party_kinds(text), probes.third_party_kinds(text)
    out = redacted(deid, text)
    assert secret not in out.split(), out
    assert not probes.free_text_kinds(index, out), probes.free_text_kinds(index, out)


TITLED_KEPT = ["mi hija tiene dolores", "mi hija dolor de cabeza", "seu dia foi bom", "dona de casa",
               "seu remédio acabou", "my aunt may come tomorrow", "grandma will pick it up", "my son will pick it up",
               "don't forget the pills", "seu filho ligou", "mi madre me dijo", "tía lola viene hoy"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", TITLED_KEPT)
def test_an_everyday_word_after_a_title_or_kin_word_stays(deid, index, text):
    """"lola" is a grandmother in Tagalog: a relation word, no name, after "tía" as well."""
    assert "given name after a title or kin word" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
def test_the_redactors_kin_reading_alone_keeps_a_verb_after_a_modal():
    reader = KinNameReader(lambda w: w in {"pick", "may", "will", "come", "sue"}, lambda w: False)
    assert not reader.spans("grandma will pick it up")
    assert not reader.spans("my aunt may come tomorrow")
    assert [s[:3] for s in reader.spans("aunt may is visiting")] == [("PERSON", 5, 8)]


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["ลูกสาวชื่อ มาลี ศรีสุข มารับยา ", "母のマリアは元気です。", "con gái tôi là Lan ",
                                   "doña remedios came by ", "grandma sue picked it up ", "ลูกสาวปรียามารับยา "])
def test_the_round25_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
