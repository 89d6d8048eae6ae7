"""Vocabulary of round 23's owner readings: the forms of the patient's own name and numbers that earlier black-box
rounds published with the check passing, as words and tables only. The redactor (:mod:`features.deid.owner_variants`)
and the leak check (:mod:`features.deid.leakvariants`) each read them with their own code.

* Japanese given names in kanji, by their Hepburn readings (anyascii reads kanji as Mandarin: "健二" is "jianer", never
  "kenji"; no table of readings, pykakasi or a dictionary, is in the lock).
* The rarer Korean family names (outside :data:`~features.deid.peoplewords.KOREAN_SURNAME_SPELLINGS`) by their Latin
  spellings, and the titles a family name alone takes ("윤 씨", "석 선생님").
* The cues before a Chinese given name or family name of one syllable written alone ("我是伟", "你好，李").
* What a digit or a sign stands for in leet spelling, and the laboratory and vitamin codes that look like a short
  name in it ("B12", "D3", "T4", "A1c").
* A name's sounds as a sound-alike key reads them (:data:`SOUND_ALIKE_SPELLINGS`; a Spanish reading besides,
  "Hoakin" for Joaquín) and the letters of a Roman numeral.

Written by hand; every table is lower case and folded unless said otherwise.
"""

from __future__ import annotations

#: the Hepburn readings of common Japanese given names in kanji (a name of one kanji is read only where it stands
#: alone with an honorific or "です" after it, or after a relation word and "の": "浩さん", "息子の学が")
JAPANESE_GIVEN_NAME_READINGS: dict[str, tuple[str, ...]] = {
    "健二": ("kenji",), "健司": ("kenji",), "賢治": ("kenji",), "健一": ("kenichi",), "健太": ("kenta",),
    "大輔": ("daisuke",), "大介": ("daisuke",), "翔太": ("shota", "shouta"), "拓也": ("takuya",), "直樹": ("naoki",),
    "和也": ("kazuya",), "達也": ("tatsuya",), "哲也": ("tetsuya",), "一郎": ("ichiro", "ichirou"),
    "太郎": ("taro", "tarou"), "次郎": ("jiro", "jirou"), "三郎": ("saburo", "saburou"), "雄一": ("yuichi",),
    "裕太": ("yuta", "yuuta"), "雄太": ("yuta", "yuuta"), "大樹": ("daiki", "hiroki"), "拓海": ("takumi",),
    "海斗": ("kaito",), "颯太": ("sota", "souta"), "悠斗": ("yuto", "yuuto"), "悠人": ("yuto", "yuuto"),
    "隼人": ("hayato",), "秀樹": ("hideki",), "英樹": ("hideki",), "正樹": ("masaki",), "雅之": ("masayuki",),
    "和夫": ("kazuo",), "信夫": ("nobuo",), "幸男": ("yukio",), "俊介": ("shunsuke",), "洋平": ("yohei", "youhei"),
    "康介": ("kosuke", "kousuke"), "浩二": ("koji", "kouji"), "幸一": ("koichi", "kouichi"), "誠一": ("seiichi",),
    "翔平": ("shohei", "shouhei"), "大翔": ("hiroto", "haruto"), "陽翔": ("haruto",), "悠真": ("yuma", "yuuma"),
    "由美子": ("yumiko",), "由美": ("yumi",), "陽子": ("yoko", "youko"), "洋子": ("yoko", "youko"),
    "裕子": ("yuko", "yuuko"), "優子": ("yuko", "yuuko"), "恵子": ("keiko",), "美咲": ("misaki",),
    "花子": ("hanako",), "幸子": ("sachiko",), "京子": ("kyoko", "kyouko"), "久美子": ("kumiko",),
    "直美": ("naomi",), "明美": ("akemi",), "真由美": ("mayumi",), "智子": ("tomoko",), "和子": ("kazuko",),
    "美穂": ("miho",), "香織": ("kaori",), "由香": ("yuka",), "麻衣": ("mai",), "結衣": ("yui",),
    "陽菜": ("hina", "haruna"), "美香": ("mika",), "真理子": ("mariko",), "理恵": ("rie",), "友美": ("tomomi",),
    "恵美": ("emi",), "千尋": ("chihiro",), "結菜": ("yuna",), "美月": ("mizuki", "mitsuki"), "菜々子": ("nanako",),
    "純子": ("junko",), "典子": ("noriko",), "紀子": ("noriko",), "節子": ("setsuko",), "文子": ("fumiko",),
    "良子": ("yoshiko",), "芳子": ("yoshiko",), "美紀": ("miki",), "早苗": ("sanae",), "舞子": ("maiko",),
    "沙織": ("saori",), "奈美": ("nami",), "里美": ("satomi",), "真紀": ("maki",), "明子": ("akiko",),
    "亜希子": ("akiko",), "敦子": ("atsuko",), "玲子": ("reiko",), "麻美": ("asami",), "涼子": ("ryoko", "ryouko"),
    # one kanji
    "健": ("ken",), "浩": ("hiroshi",), "博": ("hiroshi",), "弘": ("hiroshi",), "誠": ("makoto",), "学": ("manabu",),
    "茂": ("shigeru",), "清": ("kiyoshi",), "勇": ("isamu",), "実": ("minoru",), "稔": ("minoru",),
    "隆": ("takashi",), "剛": ("tsuyoshi", "takeshi"), "武": ("takeshi",), "修": ("osamu",), "明": ("akira",),
    "昭": ("akira",), "亮": ("ryo", "akira"), "蓮": ("ren",), "翔": ("sho", "kakeru"), "湊": ("minato",),
    "翼": ("tsubasa",), "匠": ("takumi",), "陸": ("riku",), "豊": ("yutaka",), "進": ("susumu",),
    "聡": ("satoshi",), "智": ("satoshi",), "圭": ("kei",), "愛": ("ai",), "舞": ("mai",), "彩": ("aya",),
    "綾": ("aya",), "葵": ("aoi",), "桜": ("sakura",), "遥": ("haruka",), "楓": ("kaede",), "凛": ("rin",),
    "瞳": ("hitomi",), "恵": ("megumi",),
}
#: round 24: the Hepburn readings of the kanji Japanese family names are made of, each as it is read in a name (the
#: voiced reading a second kanji takes besides: "川" "kawa" and "gawa", "崎" "saki" and "zaki"); two or three of them
#: in a row whose readings joined are a part of the owner's name are the family name alone ("藤森です" for Fujimori),
#: where :data:`~features.deid.peoplewords.JAPANESE_SURNAME_READINGS` lists only the most common names whole; "々"
#: repeats the kanji before it ("佐々木")
JAPANESE_SURNAME_KANJI_READINGS: dict[str, tuple[str, ...]] = {
    "藤": ("fuji", "to", "do"), "森": ("mori",), "守": ("mori",), "田": ("ta", "da"), "中": ("naka",),
    "山": ("yama",), "本": ("moto",), "川": ("kawa", "gawa"), "河": ("kawa", "gawa"), "村": ("mura",), "井": ("i",),
    "木": ("ki", "gi"), "林": ("hayashi", "bayashi"), "野": ("no",), "原": ("hara", "wara", "bara"),
    "口": ("kuchi", "guchi"), "石": ("ishi",), "佐": ("sa",), "伊": ("i",), "高": ("taka",), "橋": ("hashi", "bashi"),
    "鈴": ("suzu",), "渡": ("wata",), "辺": ("nabe", "be"), "邊": ("nabe", "be"), "小": ("ko", "o"),
    "松": ("matsu",), "吉": ("yoshi",), "水": ("mizu",), "岡": ("oka",), "島": ("shima", "jima"),
    "嶋": ("shima", "jima"), "崎": ("saki", "zaki"), "西": ("nishi",), "東": ("higashi", "azuma"), "北": ("kita",),
    "南": ("minami",), "上": ("ue", "kami"), "下": ("shita", "shimo"), "前": ("mae",), "後": ("go", "ushiro"),
    "近": ("kon",), "斉": ("sai",), "斎": ("sai",), "加": ("ka",), "福": ("fuku",), "太": ("o", "futo"),
    "池": ("ike",), "竹": ("take",), "宮": ("miya",), "内": ("uchi",), "谷": ("tani", "dani", "ya"),
    "和": ("wa", "kazu"), "長": ("naga",), "坂": ("saka", "zaka"), "浅": ("asa",), "青": ("ao",),
    "金": ("kane", "kana"), "子": ("ko",), "平": ("hira", "taira"), "大": ("o", "oo"), "久": ("hisa", "ku"),
    "保": ("ho", "bo"), "菅": ("suga",), "千": ("chi",), "葉": ("ba", "ha"), "武": ("take",), "安": ("yasu", "a"),
    "永": ("naga",), "沢": ("sawa", "zawa"), "澤": ("sawa", "zawa"), "荒": ("ara",), "市": ("ichi",),
    "今": ("ima",), "工": ("ku",), "堀": ("hori",), "杉": ("sugi",), "横": ("yoko",), "増": ("masu",),
    "桜": ("sakura",), "熊": ("kuma",), "岩": ("iwa",), "丸": ("maru",), "寺": ("tera", "dera"), "新": ("nii", "ara"),
    "古": ("furu", "ko"), "三": ("mi",), "浦": ("ura",), "菊": ("kiku",), "秋": ("aki",), "星": ("hoshi",),
    "江": ("e",), "尾": ("o",), "関": ("seki", "zeki"), "富": ("tomi", "to"), "飯": ("ii",), "片": ("kata",),
    "桑": ("kuwa",), "黒": ("kuro",), "白": ("shira",), "赤": ("aka",), "間": ("ma",), "部": ("be",),
    "真": ("ma",), "里": ("sato",), "戸": ("to", "do"), "都": ("tsu",), "畑": ("hata", "bata"), "梅": ("ume",),
    "早": ("haya",), "土": ("tsuchi",), "望": ("mochi",), "月": ("zuki", "tsuki"), "須": ("su",), "馬": ("ma",),
    "宇": ("u",), "瀬": ("se",), "津": ("tsu",), "植": ("ue",), "奥": ("oku",), "梶": ("kaji",), "並": ("nami",),
    "藪": ("yabu",), "蔵": ("kura", "gura"), "織": ("ori",), "菱": ("hishi", "bishi"), "柳": ("yanagi",),
    "神": ("kami", "kan"),
    "宗": ("mune",), "船": ("funa",), "舟": ("funa",), "根": ("ne",), "国": ("kuni",), "広": ("hiro",),
    "廣": ("hiro",), "角": ("kado", "sumi"), "稲": ("ina",), "垣": ("gaki", "kaki"),
}
#: a family name alone in kanji is read from this many kanji to this many, and from a name part of this many letters
FEWEST_SURNAME_KANJI = 2
MOST_SURNAME_KANJI = 3
FEWEST_KANJI_SURNAME_LETTERS = 3
#: what stands after a Japanese given name of one kanji alone besides an honorific ("浩です")
JAPANESE_COPULAS_AFTER_NAMES = ("です", "でした")

#: round 23: the Latin spellings of Korean family names :data:`~features.deid.peoplewords.KOREAN_SURNAME_SPELLINGS`
#: lacks -> their Hangul (two-syllable ones among them: "Namgung", "Hwangbo", "Jegal", "Seonwoo", "Dokgo")
KOREAN_RARER_SURNAME_SPELLINGS: dict[str, str] = {
    "namgung": "남궁", "namgoong": "남궁", "hwangbo": "황보", "jegal": "제갈", "chegal": "제갈", "seonwoo": "선우",
    "sunwoo": "선우", "seonu": "선우", "dokgo": "독고", "seok": "석", "suk": "석", "seol": "설", "sul": "설",
    "gil": "길", "kil": "길", "yeon": "연", "yon": "연", "wee": "위", "pyo": "표", "myung": "명", "myeong": "명",
    "ban": "반", "wang": "왕", "geum": "금", "keum": "금", "kum": "금", "yook": "육", "yuk": "육", "maeng": "맹",
    "tak": "탁", "kook": "국", "guk": "국", "eun": "은", "pyun": "편", "pyeon": "편", "kyung": "경", "gyeong": "경",
    "bong": "봉", "bok": "복", "tae": "태", "mok": "목", "hyung": "형", "hyeong": "형", "kye": "계", "gye": "계",
    "doo": "두", "kam": "감", "gam": "감", "eum": "음", "bin": "빈", "beom": "범", "bum": "범", "jwa": "좌",
    "paeng": "팽", "seung": "승", "kan": "간", "chu": "추", "choo": "추", "byun": "변", "byeon": "변", "chae": "채",
    "won": "원", "cheon": "천", "chon": "천", "bang": "방", "kong": "공", "gong": "공", "hyun": "현", "hyeon": "현",
    "ham": "함", "yeom": "염", "yum": "염", "yeo": "여", "shim": "심", "sim": "심", "jun": "전", "hur": "허",
    "rho": "노", "ryoo": "류", "lyu": "류", "ohn": "온",
}
#: what a Korean family name alone is followed by when it stands for a person, a space before it or not ("윤 씨")
KOREAN_SURNAME_TITLES = ("선생님", "선생", "여사님", "여사", "사장님", "할머니", "할아버지", "어르신", "씨", "님", "군", "양")
#: what may follow such a title in the same word: a particle ("윤 씨가", "석 선생님께서"); anything else makes the title
#: part of a word ("이 씨앗" is "this seed")
KOREAN_PARTICLES_AFTER_TITLES = ("", "가", "는", "께서", "께", "이", "도", "를", "한테", "에게", "의", "랑", "하고", "와", "은",
                                 "을", "께서는", "이가", "도요", "요", "야")

#: round 24: the Korean family names read alone in Hangul before a particle with no title ("석이 약을 먹었어",
#: "박은 왔어"): those that are no everyday word with the particle ("이가" is a tooth, "김이" steam, "정이" affection, "배가" a
#: belly, "손이" a hand, "남은" what is left: those still need a title)
KOREAN_SURNAMES_ALONE_BEFORE_PARTICLES = ("박", "최", "윤", "임", "황", "송", "류", "홍", "곽", "민", "엄", "현", "함", "석",
                                          "옥", "맹", "탁", "좌", "팽", "승", "남궁", "황보", "제갈", "선우", "독고")
#: the particles such a family name alone takes in the same word ("석이", "최가", "박은", "윤도", "석한테")
KOREAN_PARTICLES_AFTER_FAMILY = ("이", "가", "은", "는", "도", "이가", "이는", "이도", "한테", "에게", "께서", "이랑", "랑",
                                 "하고", "이한테", "이하고", "이랑은")
#: the Latin spellings of two letters read alone as the owner's family name when capitalised ("Yi called"); the others
#: ("Im", "An", "Oh", "Go", "Ha", "Na") are English words or contractions too
KOREAN_SHORT_SPELLINGS_ALONE = ("yi", "yu", "ko", "gu", "ju", "jo", "ji")
#: a Latin spelling of the owner's family name read alone by its key (:func:`~features.deid.owner_variants._hangul_key`:
#: "Seog" and "Sok" for Seok) has this many letters or more
FEWEST_KEYED_SPELLING_LETTERS = 3

#: what stands before a Chinese given or family name of one syllable written alone ("我是伟", "你好，李", "谢谢，伟")
HAN_ONE_SYLLABLE_CUES = ("我是", "我叫", "叫我", "你好", "您好", "谢谢", "謝謝", "嗨", "喂", "亲爱的", "親愛的", "嘿")
#: what may stand between such a cue and the name, and after the name (punctuation, a sentence particle)
HAN_CUE_GAP = "，,、：: \t"
HAN_AFTER_ONE_SYLLABLE = "，。！？,.!?、；;：: \t\n啊呀吗嗎呢啦哦"

#: what a digit or a sign stands for in leet spelling ("J0" for Jo, "3li" for Eli, "@l" for Al)
LEET_LETTERS: dict[str, str] = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b",
                                "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t"}
#: laboratory, vitamin, gas and grade codes that read as a short name in leet spelling ("B12", "D3", "T4", "A1c")
CODES_LIKE_LEET = frozenset((
    "a1", "a1c", "b1", "b2", "b3", "b5", "b6", "b7", "b9", "b12", "d2", "d3", "k1", "k2", "t3", "t4", "o2", "co2",
    "e1", "e2", "e3", "h2", "n2", "g6", "c3", "c4", "s1", "s2", "s3", "s4", "l4", "l5", "c5", "c6", "c7", "t1", "t2",
    "ft3", "ft4", "il6", "cd4", "cd8", "m3", "p2", "p3", "a4", "a5", "a0", "h1", "f8", "f9", "d1", "q4", "q6", "q8",
))
#: what follows a figure as a time, an ordinal or a unit ("5am" is no Sam, "3D" no Ed, "7th" no Tth): a token of figures
#: and then one of these is no leet spelling
FIGURE_SUFFIXES = frozenset((
    "am", "pm", "a", "p", "st", "nd", "rd", "th", "d", "h", "hr", "hrs", "m", "min", "mins", "s", "sec", "wk", "wks",
    "mo", "mos", "y", "yr", "yrs", "yo", "mg", "ml", "mcg", "g", "kg", "lb", "lbs", "l", "cc", "oz", "iu", "u", "x",
    "k", "in", "ft", "cm", "mm", "b", "t", "e", "er", "ish", "ies", "es",
))
#: a leet form is read from this many characters ("J0"), and a name part of this many letters
FEWEST_LEET_CHARACTERS = 2

#: a sound-alike key's spellings, replaced in this order before vowels are dropped ("Kathryn" and "Catherine" are
#: both "ktrn", "Okonquo" and "Okonkwo" "aknk", "Steven" and "Stephen" "stfn"); "S" stands for a hushing sound
SOUND_ALIKE_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tsch", "S"), ("sch", "S"), ("tch", "S"), ("ch", "S"), ("sh", "S"), ("sz", "S"), ("cz", "S"), ("zh", "S"),
    ("ph", "f"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("qu", "k"), ("q", "k"),
    ("x", "ks"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"), ("kw", "k"), ("z", "s"), ("v", "f"),
    ("dt", "t"), ("wh", "w"),
)
#: what a Spanish or Portuguese name's letters sound as in English besides ("Joaquín" heard "hoakin", "Guillermo"
#: "giyermo", "Xavier" "havier"): applied to the owner's name before :data:`SOUND_ALIKE_SPELLINGS`
SPANISH_SOUNDS: tuple[tuple[str, str], ...] = (("j", "h"), ("gue", "ge"), ("gui", "gi"), ("ll", "y"), ("x", "h"),
                                               ("ñ", "ny"), ("nh", "ny"), ("lh", "y"))
#: the vowels a sound-alike key drops after the first letter (the first is kept as "a")
KEY_VOWELS = "aeiouy"
#: a sound-alike is read from this many letters and this many consonants in its key, at most this many letters longer
#: or shorter than the name part
FEWEST_SOUND_ALIKE_LETTERS = 6
FEWEST_SOUND_ALIKE_CONSONANTS = 3
MOST_SOUND_ALIKE_LENGTH_GAP = 2

#: the values of the Roman numerals' letters (capitals; a phone's digit "0" is written "0", "N" or "nulla")
ROMAN_VALUES: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN_ZEROS = frozenset(("0", "N", "nulla"))
#: a Roman-numeral phone is read from this many numerals in a row
FEWEST_ROMAN_PIECES = 3

# --------------------------------------------------------------------------- round 26: a nickname that is a word
#: the words before an owner's nickname in lower case that is also a word ("dile a nacho que venga", "habla con nacho",
#: "tell nacho"): a person is spoken to, with, of (folded, lower case)
NICKNAME_CUES_BEFORE = frozenset((
    "con", "with", "tell", "told", "ask", "asked", "call", "called", "text", "texted", "thank", "thanks", "dile",
    "digale", "avisa", "avisale", "llama", "llamale", "pregunta", "preguntale", "gracias", "com", "fala", "falei",
    "diga", "liga", "ligue", "obrigado", "obrigada", "mit", "sag", "frag", "danke", "avec", "dis", "merci", "chiama",
    "digli", "grazie", "hola", "hi", "hey", "hello", "ola", "oi", "ciao", "hallo", "querido", "querida", "dear"))
#: the endings of a Spanish or Portuguese verb said to a person with its pronoun glued ("dile", "pregúntale",
#: "avísale", "diga-lhe"): the "a" after one is the personal "a" before a name ("dile a nacho")
PERSONAL_A_VERB_ENDINGS = ("le", "les", "lhe", "lhes")
#: the words after an owner's nickname that is a word which tell a person did something ("nacho vino", "nacho me
#: dijo", "nacho called"): clitic pronouns and the common finite verbs of a person
NICKNAME_CUES_AFTER = frozenset((
    "me", "te", "se", "nos", "lhe", "viene", "vino", "va", "fue", "llamo", "llama", "dice", "dijo", "trae", "trajo",
    "esta", "estaba", "tiene", "quiere", "necesita", "vive", "llega", "llego", "toma", "tomo", "olvido", "vem", "veio",
    "vai", "foi", "ligou", "disse", "trouxe", "estava", "tem", "quer", "esqueceu", "tomou", "is", "was", "has", "had",
    "said", "says", "called", "came", "comes", "forgot", "took", "takes", "brought", "wants", "needs", "ist", "hat",
    "kommt", "kam", "sagt", "sagte", "vergisst", "vergass", "nimmt", "nahm", "dit", "vient", "oublie",
    "prend", "ha", "viene", "dice", "prende"))
#: the articles and possessives before a word that make it a thing, not a person ("un nacho", "the nacho", "mis nachos")
NICKNAME_THING_BEFORE = frozenset((
    "el", "la", "los", "las", "un", "una", "unos", "unas", "the", "an", "my", "your", "mi", "tu", "su", "o", "os", "um",
    "uma", "der", "die", "das", "ein", "eine", "le", "les", "une", "il", "lo", "uno", "this", "that", "some", "of", "de"))
