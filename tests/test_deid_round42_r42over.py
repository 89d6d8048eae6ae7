"""Round 42, branch r42over: identifier-free messages the 41st black-box round saw over-redacted or refused, fixed as
kinds on both sides; each kept word has a name or a town beside it in a sentence of its own that still goes.

a. Feasts of the round's locales (Georgian, Armenian, Persian, Hebrew greetings, Thai, Bengali, Ethiopian, Nepali...):
   ``holidaywords.MORE_FEASTS``, read by the redactor's named-day reading and the check's ``leakpeople``.
b. Delivery, shopping, ride and mobile-money services ("Wolt", "Lazada", "Jumia", "M-Pesa"):
   ``peoplewords.SERVICE_BRANDS`` into ``KNOWN_BRANDS`` (redactor), ``leakpeople._without_services`` (check); a
   pharmacy chain glued of two words that the check read as a family's firm ("Goodlife Pharmacy";
   ``peoplewords.FACILITY_BRANDS``).
c. Cakes, dishes and drinks named after a place or a person ("Ceylon tea", "Victoria sponge"; ``termwords``
   ``PLACE_NAMED_WORDS``, ``PLACE_NAMED_HEADS``, ``NAMED_THINGS``).
d. A hospital's ward by the word after its number ("Ward 5 nurses"; ``worldwords.HOSPITAL_WARD_AFTER``, redactor
   ``recognizers``, check ``leakworld``); "Ward 5, District 3" stays a town's part.
e. A facility's word alone before a person's verb ("Szpital zadzwonił"; redactor ``text._an_ordinary_word_kept``,
   check ``leakpeople``); Persian and Romanian everyday words (``termwords.CARE_WORDS_BY_LANGUAGE``).
f. An ASCII full stop between Han characters is a sentence's stop, no domain's dot (Faker's zh_CN word salads:
   "设计.软件" read "SheJi.Ru..."; ``text._cut_at_sentence_stops``); a link with Latin letters stays a link.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

#: a. to f.: published as written, nothing seen by the check
_KEPT = [
    # a. feasts
    "We went to Tbilisoba last weekend and I forgot my pills.",
    "During Loy Krathong I missed two doses.",
    "On Sizdah Bedar we had a picnic, took my metformin after.",
    "Shana Tova to the pharmacy team!",
    "পহেলা বৈশাখ এ আমি ওষুধ খেতে ভুলে গেছি",
    "Dashain is coming, please send the refill early.",
    "During Chaharshanbe Suri the pharmacy was closed.",
    # b. services and chains
    "Ordered my vitamins on Wolt yesterday.",
    "The inhaler came from Lazada.",
    "Bought a pill box on Digikala.",
    "My refill came via Jumia.",
    "I paid for the pills with M-Pesa.",
    "Got my strips from Tokopedia, the Gojek driver was late.",
    "I bought my refill at Goodlife Pharmacy today.",
    # c. foods and things
    "I had Ceylon tea with my tablets.",
    "Grandma made a Victoria sponge.",
    # d. wards
    "Ward 5 nurses were very kind.",
    "The Ward 5 nurses gave me my insulin.",
    "Ward 7B staff called about my dose.",
    # e. facility words and everyday words
    "Szpital zadzwonił w sprawie wyników.",
    "داروخانه بسته بود",
    "Am primit emailul de la farmacie.",
    # f. Han with ASCII stops
    "然后注册就是设计.软件价格解决进入地址之后中文时间.规定资料支持原因.",
    "就是网络社区说明.关系投资客户.",
    "设计.软件",
]

#: the same kinds beside a name or a town: the check sees it in the raw text, the redactor takes it
_CAUGHT = [
    ("My neighbour Tbilisoba Beridze called.", "Beridze"),
    ("My friend Timkat Alemu called about the pills.", "Alemu"),
    ("Mr. Meskel called the clinic.", "Meskel"),
    ("Paid with M-Pesa, Wanjiru Kamau picked it up.", "Kamau"),
    ("Ordered on Wolt, Matti Virtanen delivered it.", "Virtanen"),
    ("My friend Daraz called me.", "Daraz"),
    ("Went to Kiprono Pharmacy, they had it.", "Kiprono"),
    ("I had Ceylon tea with Amara Perera.", "Perera"),
    ("Grandma made a Victoria sponge for Olivia Brennan.", "Brennan"),
    ("I live in Ward 5, District 3 now.", "Ward 5"),
    ("Kowalski zadzwonił w sprawie wyników.", "Kowalski"),
    ("Emailul de la Andreea Popescu a venit azi.", "Popescu"),
]


@pytest.mark.parametrize("text", _KEPT)
def test_clean_words_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.parametrize(("text", "secret"), _CAUGHT)
def test_names_beside_kept_words_still_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.parametrize(("text", "secret"), [
    ("我的网站是 www.例子.com 谢谢", "www.例子.com"),
    ("请发邮件到 wang.li@example.cn 谢谢.", "wang.li@example.cn"),
])
def test_links_among_han_still_go(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.parametrize("text", [
    "داروخانه باز بود و رضا کریمی قرص را خرید",
])
def test_a_persian_name_beside_everyday_words_goes(deid, text):
    assert "کریمی" not in probes.redacted(deid, text)


#: pieces of the new readings repeated for the cost test: a feast, a service, a ward; Han with ASCII stops; a
#: facility's word, foods and a shop
_COST_PIECES = ("On Sizdah Bedar via M-Pesa, Ward 5 nurses. ", "设计.软件价格.中文时间.",
                "Szpital zadzwonił, Ceylon tea and Victoria sponge on Lazada. ")


@pytest.mark.parametrize("piece", _COST_PIECES)
def test_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
