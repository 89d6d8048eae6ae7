"""Round 43, branch r43phones: a phone said in number words of Kazakh, Malayalam, Basque, Lao, Mongolian, Kannada,
Pashto, Maltese, Khmer, Burmese and Malagasy, which the 42nd black-box round saw published whole or in part.

Kinds (each caught: the redactor takes it, the check sees it in the raw text and nothing in the output):

a. The owner's phone said digit by digit in those languages' digit words, spaced, with hyphens, in capitals, with
   figures or the script's own digits (Lao ໐-໙, Khmer ០-៩, Burmese ၀-၉, Kannada ೦-೯, Malayalam ൦-൯) among them:
   ``digitwords.SCRIPT_DIGIT_WORDS`` (Kazakh, Mongolian, Malayalam, Kannada, Pashto) and ``LATIN_DIGIT_WORDS`` (Basque,
   Maltese, Malagasy; Basque "bat" and "bi" weak), read by the shared conversion
   (``normalize.said_digits_as_figures``) whose views the redactor's phone readings and the check's own comparisons
   both read.
b. The owner's phone said in groups, with tens, hundreds and thousands: Kazakh "бес жүз елу бес", Mongolian "таван
   зуун тавин тав", Malayalam and Kannada tens glued to their unit (``GLUED_NUMBER_PARTS``), Basque tens of twenty
   before more (``SCORES_BEFORE_MORE``: "berrogeita hamabost"), the "and" read only between two number words of its
   language (``AND_BETWEEN_NUMBER_WORDS_OF``: Maltese "u", Basque "eta", Malagasy "amby"), Pashto tens after their unit
   (``TENS_SAID_AFTER_THEIR_UNIT``), Kazakh "он" before a unit (``KAZAKH_UNITS``); Lao, Khmer and Burmese glued
   with no spaces (``GLUED_SCRIPT_NUMBERS``, read as Thai is by ``normalize.glued_script_digits_as_figures``).
c. A third party's phone so said after a phone word of the language (the shape itself, no owner).

Kept (published as written, unflagged): a dose or a count in words ("I took two tablets"), a time of day and a year,
in each language.
"""

from __future__ import annotations

import pytest

from features.deid.normalize import spoken_digit_views
from tests import deid_probes as probes
from tests.deid_probes import owner

#: (a, b) the owner's phone ((555) 123-4417) said in number words, and a word of it that must go
_OWNERS_PHONES = [
    ("менің нөмірім бес бес бес бір екі үш төрт төрт бір жеті", "жеті"),
    ("менің нөмірім бес жүз елу бес, жүз жиырма үш, қырық төрт он жеті", "қырық"),
    ("бес-бес-бес бір-екі-үш төрт-төрт-бір-жеті, хабарлас", "бір-екі"),
    ("555 бір екі үш 4417 нөміріме хабарлас", "4417"),
    ("എന്റെ നമ്പർ അഞ്ച് അഞ്ച് അഞ്ച് ഒന്ന് രണ്ട് മൂന്ന് നാല് നാല് ഒന്ന് ഏഴ്", "ഏഴ്"),
    ("എന്റെ നമ്പർ അഞ്ഞൂറ്റി അമ്പത്തിയഞ്ച്, നൂറ്റി ഇരുപത്തിമൂന്ന്, നാല്പത്തിനാല് പതിനേഴ്", "പതിനേഴ്"),
    ("ഫോൺ ൫൫൫ ഒന്ന് രണ്ട് മൂന്ന് ൪൪൧൭", "൪൪൧൭"),
    ("nire telefonoa bost bost bost bat bi hiru lau lau bat zazpi", "zazpi"),
    ("nire telefonoa bostehun eta berrogeita hamabost, ehun eta hogeita hiru, berrogeita lau hamazazpi", "hamazazpi"),
    ("BOST BOST BOST, bat bi hiru, lau lau bat zazpi", "BOST"),
    ("ເບີຂອງຂ້ອຍ ຫ້າ ຫ້າ ຫ້າ ໜຶ່ງ ສອງ ສາມ ສີ່ ສີ່ ໜຶ່ງ ເຈັດ", "ເຈັດ"),
    ("ເບີຂອງຂ້ອຍ ຫ້າຮ້ອຍຫ້າສິບຫ້າ ຮ້ອຍຊາວສາມ ສີ່ສິບສີ່ ສິບເຈັດ", "ຊາວສາມ"),
    ("ເບີ: ໕໕໕ ໜຶ່ງສອງສາມ ສີ່ສີ່ໜຶ່ງເຈັດ", "ສີ່ສີ່"),
    ("миний утас тав тав тав нэг хоёр гурав дөрөв дөрөв нэг долоо", "долоо"),
    ("миний утас таван зуун тавин тав, зуун хорин гурав, дөчин дөрөв арван долоо", "дөчин"),
    ("ТАВ ТАВ ТАВ НЭГ ХОЁР ГУРАВ ДӨРӨВ ДӨРӨВ НЭГ ДОЛОО", "ДОЛОО"),
    ("ನನ್ನ ನಂಬರ್ ಐದು ಐದು ಐದು ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ನಾಲ್ಕು ಒಂದು ಏಳು", "ಏಳು"),
    ("ನನ್ನ ನಂಬರ್ ಐನೂರ ಐವತ್ತೈದು, ನೂರ ಇಪ್ಪತ್ಮೂರು, ನಲವತ್ನಾಲ್ಕು ಹದಿನೇಳು", "ಹದಿನೇಳು"),
    ("೫೫೫ ಒಂದು ಎರಡು ಮೂರು ೪೪೧೭ ನನ್ನ ನಂಬರ್", "೪೪೧೭"),
    ("زما شمیره پنځه پنځه پنځه یو دوه درې څلور څلور یو اوه", "درې"),
    ("زما شمیره پنځه سوه پنځه پنځوس، سل درویشت، څلور څلوېښت اوولس", "اوولس"),
    ("پنځه پنځه پنځه - ۱۲۳ - څلور څلور یو اووه", "اووه"),
    ("in-numru tiegħi ħamsa ħamsa ħamsa wieħed tnejn tlieta erbgħa erbgħa wieħed sebgħa", "sebgħa"),
    ("in-numru tiegħi ħames mija u ħamsa u ħamsin, mija u tlieta u għoxrin, erbgħa u erbgħin, sbatax", "sbatax"),
    ("Ħamsa ħamsa ħamsa - wieħed tnejn tlieta - erbgħa erbgħa wieħed sebgħa.", "tnejn"),
    ("លេខខ្ញុំ ប្រាំ ប្រាំ ប្រាំ មួយ ពីរ បី បួន បួន មួយ ប្រាំពីរ", "បួន"),
    ("លេខខ្ញុំ ប្រាំប្រាំប្រាំ មួយពីរបី បួនបួនមួយប្រាំពីរ", "មួយពីរបី"),
    ("លេខ ៥៥៥ មួយពីរបី ៤៤១៧", "៤៤១៧"),
    ("ကျွန်တော့်ဖုန်း ငါး ငါး ငါး တစ် နှစ် သုံး လေး လေး တစ် ခုနစ်", "ခုနစ်"),
    ("ကျွန်တော့်ဖုန်း ငါးငါးငါး တစ်နှစ်သုံး လေးလေးတစ်ခုနစ်", "တစ်နှစ်သုံး"),
    ("ဖုန်း ၅၅၅ တစ်နှစ်သုံး ၄၄၁၇ ပါ", "၄၄၁၇"),
    ("ny nomeraoko dimy dimy dimy iray roa telo efatra efatra iray fito", "fito"),
    ("ny nomeraoko dimy-dimy-dimy, iray-roa-telo, efatra efatra iray fito", "efatra"),
    ("dimy dimy dimy, iray roa telo, efatra efatra iray fito no laharako", "telo"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _OWNERS_PHONES)
def test_the_owners_phone_in_number_words_goes(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(), text, secret)


#: (c) a third party's phone after a phone word of the language, and a word of it that must go
_THIRD_PARTIES = [
    ("досымның телефоны нөл жеті жеті бір, екі үш төрт, бес алты, жеті сегіз", "сегіз"),
    ("Айгүлдің нөмірі: сегіз жеті жүз жетпіс бір, қырық бес алпыс, он екі", "жетпіс"),
    ("എന്റെ സുഹൃത്തിന്റെ ഫോൺ നമ്പർ ഒമ്പത് എട്ട് നാല് ഏഴ് ആറ് അഞ്ച് നാല് മൂന്ന് രണ്ട് ഒന്ന്", "ഒമ്പത്"),
    ("ലാബിന്റെ ഫോൺ: തൊള്ളായിരത്തി എൺപത്തിനാല്, എഴുപത്തിയാറ്, അമ്പത്തിനാല്, മുപ്പത്തിരണ്ട്", "എഴുപത്തിയാറ്"),
    ("lagunaren telefonoa: sei zazpi zortzi, bederatzi zero bat, bi hiru lau", "bederatzi"),
    ("Mikelen zenbakia bederatziehun eta hirurogeita bost, laurogeita hamazazpi, hogeita hiru", "laurogeita"),
    ("ໂທຫາໝູ່ຂ້ອຍ ສູນສອງສູນ ຫ້າຫົກເຈັດ ແປດເກົ້າສູນໜຶ່ງ", "ຫ້າຫົກເຈັດ"),
    ("ах маань утасны дугаар есөн есөн нэг хоёр гурав дөрөв тав зургаа", "зургаа"),
    ("эмнэлгийн утас: наян найм, хорин нэг, гучин дөрөв, тавин таван", "гучин"),
    ("ನನ್ನ ಗೆಳೆಯನ ಫೋನ್ ಒಂಬತ್ತು ಎಂಟು ಏಳು ಆರು ಐದು ನಾಲ್ಕು ಮೂರು ಎರಡು ಒಂದು ಸೊನ್ನೆ", "ಸೊನ್ನೆ"),
    ("ಡಾಕ್ಟರ್ ನಂಬರ್: ತೊಂಬತ್ತೆಂಟು ಎಪ್ಪತ್ತಾರು ಐವತ್ನಾಲ್ಕು ಮೂವತ್ತೆರಡು ಹತ್ತು", "ಎಪ್ಪತ್ತಾರು"),
    ("د ملګري شمیره صفر اووه نهه، دوه درې څلور، پنځه شپږ اووه", "شپږ"),
    ("il-mobile ta' ħija: disgħa disgħa tmienja, sebgħa sitta, ħamsa erbgħa tlieta", "tmienja"),
    ("iċċempel lil Marija fuq tlieta u tletin, erbgħa u erbgħin, ħamsa u ħamsin, sittax", "tletin"),
    ("លេខទូរស័ព្ទមិត្តខ្ញុំ សូន្យប្រាំបួន ប្រាំមួយប្រាំពីរប្រាំបី បួនបីពីរមួយ", "បួនបីពីរមួយ"),
    ("ဆရာဝန်ဖုန်း ၀၉ ခုနစ်ရှစ်ကိုး သုံးလေးငါး ခြောက်ခုနစ်", "ခုနစ်ရှစ်ကိုး"),
    ("ny findain'ny namako: aotra telo efatra, valo sivy fito, dimy enina iray roa", "sivy"),
    ("antsoy i Rabe amin'ny fito amby efapolo, telo amby roapolo, valo amby dimampolo, sivy", "dimampolo"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _THIRD_PARTIES)
def test_a_third_partys_phone_in_number_words_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


#: the near misses: a dose or a count said in words, a time of day, a year, in each language
_KEPT = [
    "бүгін екі таблетка іштім",
    "мен күніне үш рет дәрі ішемін, сағат жетіде",
    "ол екі мың жиырма төртінші жылы туды",
    "ഞാൻ രണ്ട് ഗുളിക കഴിച്ചു",
    "രണ്ടായിരത്തി ഇരുപത്തിനാലിൽ തുടങ്ങി",
    "bi pilula hartu ditut gaur",
    "ກິນຢາມື້ລະສາມເທື່ອ ເວລາເຈັດໂມງ",
    "ປີສອງພັນຊາວສີ່",
    "би хоёр шахмал уусан",
    "өглөө долоон цагт таван зуун мг",
    "хоёр мянга хорин дөрвөн онд",
    "ನಾನು ಎರಡು ಮಾತ್ರೆ ತೆಗೆದುಕೊಂಡೆ",
    "ಬೆಳಿಗ್ಗೆ ಏಳು ಗಂಟೆಗೆ ಐನೂರು ಮಿಲಿಗ್ರಾಂ",
    "ಎರಡು ಸಾವಿರದ ಇಪ್ಪತ್ನಾಲ್ಕು ರಲ್ಲಿ",
    "ما دوه ګولۍ وخوړې",
    "سهار په اوو بجو پنځه سوه ملي ګرامه",
    "fis-sebgħa ta' filgħodu ħames mija milligramma",
    "fl-elfejn u erbgħa u għoxrin",
    "ខ្ញុំលេបថ្នាំពីរគ្រាប់",
    "ឆ្នាំពីរពាន់ម្ភៃបួន",
    "ကျွန်တော် ဆေးနှစ်လုံး သောက်တယ်",
    "မနက်ခုနစ်နာရီ ငါးရာမီလီဂရမ်",
    "amin'ny fito ora maraina, dimanjato miligrama",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_doses_counts_times_and_years_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT[1:6])
def test_the_owners_counts_and_years_stay(deid, text):
    probes.assert_owner_text_kept(deid, owner(), text)


#: the shared conversion's figures: groups joined as each language says them
_VALUES = [
    ("hogeita hamar, berrogeita bat, hirurogeita hamabi, laurogeita zazpi", "30 41 72 87"),
    ("ħames mija u ħamsa u ħamsin, erbat elef", "555 4000"),
    ("fito amby efapolo, telo amby roapolo, fito ambin'ny folo", "47 23 17"),
    ("دوه ویشت، پنځه پنځوس، اته اتیا", "22 55 88"),
    ("ಇಪ್ಪತ್ತೊಂದು ಮೂವತ್ತೆರಡು ತೊಂಬತ್ತೊಂಬತ್ತು", "21 32 99"),
    ("ഇരുപത്തിയൊന്ന് മുപ്പത്തിരണ്ട് തൊണ്ണൂറ്റിയൊമ്പത്", "21 32 99"),
    ("ငါးရာငါးဆယ့်ငါး တစ်ရာ့နှစ်ဆယ့်သုံး လေးထောင့်လေးရာ့တစ်ဆယ့်ခုနစ်", "555 123 4417"),
    ("ប្រាំរយហាសិបប្រាំ មួយរយម្ភៃបី បួនពាន់បួនរយដប់ប្រាំពីរ", "555 123 4417"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "figures"), _VALUES)
def test_the_shared_conversion_joins_each_languages_groups(text, figures):
    assert any(figures in view for view in spoken_digit_views(text)), spoken_digit_views(text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(120)
def test_cost_in_proportion(deid, index):
    piece = ("досымның телефоны нөл жеті жеті бір, екі үш төрт. ລາວ ສູນສອງສູນ ຫ້າຫົກເຈັດ. ħamsa u ħamsin, bi pilula. "
             "ನಲವತ್ನಾಲ್ಕು ಹದಿನೇಳು. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
