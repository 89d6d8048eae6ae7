"""Round 40 (r40pets): the owner's own pet forms and traditional nicknames, in the owner's script or another.

a. Hebrew and Yiddish pet tails after a given name stored in Hebrew letters ("-י", "-יק", "-קה",
   "-ה'לה", "-י'לה", "-ל'ה"), after the name less its inner he ("אברמל'ה" for אברהם) or after a short form
   ("אבי'לה"), a proclitic letter before it or not.
b. Traditional nicknames that share few letters with the name: Ukrainian ("Олесь", "Шурик" for Олександр, an owner
   stored in Latin letters too), Yiddish ("Avremele" for Abraham), Turkish ("Memoş" for Mehmet, "Fatoş" for Fatma),
   Romanian ("Ionel" for Ion, "Ghiță" for Gheorghe), Indonesian ("Bams" for Bambang); Turkish "-m"/"-oşum" and
   Romanian "-uț" after a given name's start.
c. Indonesian clippings that are words too ("Sit", "Iti") read only after an honorific ("Mbak", "Kak") or before an
   Indonesian verb; the same words elsewhere, and ordinary Hebrew words, stay.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

YAEL = probes.owner("יעל אברמוביץ", "רחוב הרצל 8", "חיפה")
AVRAHAM = probes.owner("אברהם שטרנברג", "רחוב ויצמן 3", "רחובות")
OLEKSANDR = probes.owner("Олександр Ковальчук", "вул. Шевченка 17", "Вінниця")
OLEKSANDR_LATIN = probes.owner("Oleksandr Bondarenko", "vul. Franka 9", "Lviv")
MOSHE = probes.owner("משה כהן", "רחוב הגפן 5", "נתניה")
MYKHAILO = probes.owner("Михайло Шевчук", "вул. Франка 2", "Львів")
ABRAHAM = probes.owner("Abraham Goldstein", "14 Maple Court", "Cleveland")
AYSE = probes.owner("Ayşe Demir", "Cumhuriyet Caddesi 12", "Konya")
MEHMET = probes.owner("Mehmet Kaya", "İstiklal Sokak 3", "Bursa")
FATMA = probes.owner("Fatma Arslan", "Gazi Bulvarı 8", "İzmir")
ION = probes.owner("Ion Dumitrescu", "Strada Lalelelor 4", "Iași")
GHEORGHE = probes.owner("Gheorghe Marin", "Strada Morii 9", "Brașov")
IOANA = probes.owner("Ioana Stan", "Strada Unirii 2", "Sibiu")
SITI = probes.owner("Siti Aminah Lestari", "Jl. Kenanga No. 11", "Semarang")
BAMBANG = probes.owner("Bambang Wijaya", "Jl. Mawar No. 3", "Surabaya")

#: (owner, text, the owner's form that must go)
OWNER_FORMS = [
    (YAEL, "יעליק כבר לקחה את הכדורים", "יעליק"),  # a: Hebrew tails
    (YAEL, "יעלקה שוכחת תמיד", "יעלקה"),
    (YAEL, "יעלה'לה בבית", "יעלה'לה"),
    (YAEL, "ליעלי'לה יש תור מחר", "ליעלי'לה"),  # a proclitic letter
    (AVRAHAM, "אברמל'ה לקח את הזריקה", "אברמל'ה"),  # the name less its he
    (AVRAHAM, "אבי'לה בבית המרקחת", "אבי'לה"),  # a short form with a tail
    (AVRAHAM, "אברמי כבר בבית", "אברמי"),
    (MOSHE, "מוישל'ה שכח את הכדור", "מוישל'ה"),  # a Yiddish short form less its last letter
    (OLEKSANDR, "Олесь випив таблетки", "Олесь"),  # b: Ukrainian nicknames
    (OLEKSANDR, "Шурик забув ліки", "Шурик"),
    (MYKHAILO, "Михась забув таблетки", "Михась"),  # spelt as folded from Cyrillic ("Mikhas")
    (OLEKSANDR_LATIN, "Олесь вдома, все добре", "Олесь"),  # an owner stored in Latin letters
    (OLEKSANDR_LATIN, "Shurik took the pills", "Shurik"),
    (ABRAHAM, "Avremele missed the evening dose", "Avremele"),  # Yiddish
    (AYSE, "Ayşem yazıyor, ilaç bitti", "Ayşem"),  # Turkish "-m", "-oşum"
    (AYSE, "Ayşoşum ilacını içti", "Ayşoşum"),
    (MEHMET, "Memoş ilacı unuttu", "Memoş"),  # a Turkish nickname
    (FATMA, "Fatoş hapını aldı", "Fatoş"),
    (ION, "Ionel a uitat pastila", "Ionel"),  # Romanian
    (GHEORGHE, "Ghiță a luat pastila", "Ghiță"),
    (IOANA, "sunt Nuța, am luat pastila", "Nuța"),
    (BAMBANG, "Bams mau ke apotek", "Bams"),  # Indonesian clippings
    (SITI, "Mbak Sit lagi di apotek", "Sit"),  # c: after an honorific
    (SITI, "Kak Iti udah minum obat", "Iti"),
    (SITI, "Iti belum minum obat", "Iti"),  # before an Indonesian verb
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), OWNER_FORMS)
def test_the_owners_pet_form_goes_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


#: (owner, text kept whole): ordinary words beside the readings
KEPT = [
    (YAEL, "יש לי תור מחר בבוקר"),  # "לי" is no pet form of a name
    (MOSHE, "יש משהו חדש עם התרופה?"),  # "something": the name and "ו" is no pet form
    (AVRAHAM, "אבי שלי בא הביתה"),  # "my father": a short form alone stays
    (AVRAHAM, "אברי הגוף כואבים"),  # "limbs": the name's first letters and a tail are no pet form
    (SITI, "Sit down before you take the pill"),  # English "sit" with no honorific or Indonesian verb
    (SITI, "itu sudah diminum"),  # Indonesian "itu"
    (BAMBANG, "Pak dokter bilang sudah cukup"),  # an honorific before an ordinary word
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text"), KEPT)
def test_ordinary_words_beside_the_pet_readings_stay(deid, patient, text):
    probes.assert_owner_text_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_cost_in_proportion(deid, index):
    piece = "יעלה'לה ליעלי יש תור. Mbak Sit udah minum, Ayşoşum yazıyor, Олесь тут, Ionel a luat pastila. "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
