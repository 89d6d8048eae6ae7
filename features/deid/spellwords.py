"""Vocabulary for a name spelled out or respelled (round 13), shared by the redactor's owner pass
(:mod:`features.deid.owner_spelled`) and the leak check (:mod:`features.deid.leakspelled`), each reading it with its
own code.

People spell a name over the phone and in messages: in Morse code (".-- . -..-"), with the ICAO/NATO spelling alphabet
("Whiskey Echo X-ray"), letter by letter with words between ("w dot e dot x", "W as in Walter"); and one name has
several Latin spellings, by the language that wrote it down: Шевчук is "Shevchuk" in English, "Szewczuk" in Polish,
"Schewtschuk" in German, "Chevtchouk" in French; Irish "Ní Bhriain" is "O'Brien" anglicised.

Sources: the International Morse Code (ITU-R M.1677-1) letters; the ICAO radiotelephony spelling alphabet (ICAO Annex
10) with its common variants; the romanisation tables of Ukrainian and Russian in English, Polish, German and French
use (Wikipedia, "Romanization of Ukrainian"); Irish surname particles and lenition (Wikipedia, "Irish name").
"""

from __future__ import annotations

#: International Morse Code: code -> letter (dots and dashes as "." and "-")
MORSE: dict[str, str] = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
}
#: characters written for a Morse dot and dash (middle dot, bullet, minus sign, en and em dash, underscore)
MORSE_SIGNS: dict[str, str] = {".": ".", "·": ".", "•": ".", "-": "-", "−": "-", "–": "-", "—": "-", "_": "-"}

#: spelling-alphabet words -> letter (ICAO/NATO and the usual variants), lower case
SPELLING_WORDS: dict[str, str] = {
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "fox": "f",
    "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
    "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t",
    "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y",
    "zulu": "z",
}
#: words said between spelled letters (English, Spanish, French, German, Italian): they part letters, they spell none
SPELLING_GAP_WORDS: frozenset[str] = frozenset((
    "dot", "dash", "hyphen", "space", "then", "and", "comma", "period", "stop", "punto", "guion", "point", "tiret",
    "punkt", "strich", "trattino", "et", "und"))
#: words that say "as in" after a spelled letter ("W as in Walter", "W wie Wilhelm", "W comme William", "W de Washington")
AS_IN_WORDS: frozenset[tuple[str, ...]] = frozenset((
    ("as", "in"), ("like",), ("for",), ("wie",), ("comme",), ("como",), ("de",), ("come",), ("as", "in", "the")))

#: one sound's spellings in the romanisations of Cyrillic and other names, longest first, and the one letter each side
#: reads them as ("ш", "ч", "щ", "ж" are all "S": the languages disagree on which is which; a lone "c" and "s" are the
#: "č" and "š" of "Ševčuk" folded); "w" is "v" in Polish and German, "ou" is "u" in French, "x" is "ks"
RESPELLINGS: tuple[tuple[str, str], ...] = (
    ("shch", "S"), ("szcz", "S"), ("tsch", "S"), ("chtch", "S"), ("tch", "S"), ("sch", "S"), ("sz", "S"),
    ("cz", "S"), ("ch", "S"), ("sh", "S"), ("zh", "S"), ("rz", "S"), ("x", "ks"), ("ck", "k"), ("kh", "h"),
    ("ss", "s"), ("c", "S"), ("s", "S"), ("ou", "u"), ("w", "v"), ("j", "y"), ("ff", "f"))
#: the fewest letters of a name part compared respelled
FEWEST_RESPELLED_LETTERS = 5

#: Irish surname particles (Ó, Ní, Mac, Nic, Uí, Ua, Mhic) and their anglicised forms, folded, lower case
IRISH_PARTICLES: frozenset[str] = frozenset(("o", "ni", "mac", "nic", "ui", "ua", "mhic", "mc"))
#: consonants an "h" lenites after them in Irish ("Bhriain" is "Briain" after "Ní")
LENITED: frozenset[str] = frozenset("bcdfgmpst")

# --- round 14: the owner's name respelt in lower case with no cue, split into words, or upside down
#: sounds a respelling by ear leaves alike ("salasar" for Salazar, "szewczuk" for Shevchuk, "tompson" for Thompson),
#: replaced in this order; what is left is read without :data:`SILENT_LETTER` after the word's first letter, with every
#: vowel one ("a") and a letter said twice in a row once; several words are read each alone and then joined
SOUNDS_ALIKE: tuple[tuple[str, str], ...] = (
    ("tsch", "S"), ("shch", "S"), ("szcz", "S"), ("chtch", "S"), ("sch", "S"), ("tch", "S"), ("sz", "S"),
    ("cz", "S"), ("ch", "S"), ("sh", "S"), ("zh", "S"), ("ph", "f"), ("gh", "g"), ("ck", "k"), ("qu", "k"),
    ("q", "k"), ("x", "ks"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"), ("z", "s"), ("w", "v"), ("dt", "t"))
#: a letter a respelling by ear drops or adds after a word's first letter ("jonson" for Johnson, "tompson")
SILENT_LETTER = "h"
#: the letters read as one vowel in a sound key
SOUNDED_VOWELS = "aeiouy"
#: a respelling is compared from this many letters (up to :data:`MOST_SOUNDED_WORDS` words of two letters or more, no
#: function word among them, joined: "wall ace"; "her man" is no Herman) and one word alone from
#: :data:`FEWEST_SOUNDED_WORD_LETTERS` ("brain" is no Bhriain), when its sound key keeps
#: :data:`FEWEST_SOUNDED_CONSONANTS` consonants ("dias" alone is a word; "ana dias" is the whole name)
FEWEST_SOUNDED_LETTERS = 5
FEWEST_SOUNDED_WORD_LETTERS = 6
FEWEST_SOUNDED_CONSONANTS = 3
MOST_SOUNDED_WORDS = 3

#: round 41 (r41arabizi): Arabizi, Arabic in Latin letters with digits for the sounds Latin has no letter for: what
#: each digit is read as when the owner's name is looked for in it ("M7mod 3abdelra7man" for Mahmoud Abdelrahman,
#: "5aled" for Khaled, "Ra2ed" for Raed): the hamza (2) and ain (3) are a vowel's seat, read as none inside a word
#: and as the vowel they carry at its start ("3li" is "ali")
ARABIZI_DIGIT_SOUNDS: dict[str, str] = {"2": "", "3": "", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "s"}
#: the vowels (and "y" after a word's first letter) an Arabizi word and a name part may differ in: a word is read by
#: its consonants, marked where it starts with a vowel ("Abdelrahman" and "3abdelra7man" are "a-bdlrhmn")
ARABIZI_VOWELS = "aeiouy"
#: the fewest consonants a name part keeps to be matched by its consonants alone; a shorter one ("Ali", "Raed") must
#: match with its vowels ("3la", on, is no Ali)
ARABIZI_FEWEST_CONSONANTS = 3
#: letters turned upside down (ɥʇᴉɯS ʍǝɹpu∀ is "Andrew Smith" read from the end) -> the letter they stand for; the
#: ASCII letters that are others turned ("u" for "n", "p" for "d") are read so only in a word that holds one of these
UPSIDE_DOWN: dict[str, str] = {
    "ɐ": "a", "∀": "A", "ɔ": "c", "Ɔ": "C", "ǝ": "e", "Ǝ": "E", "ɟ": "f", "Ⅎ": "F", "ƃ": "g", "⅁": "G", "ɥ": "h",
    "ᴉ": "i", "ı": "i", "ɾ": "j", "ſ": "J", "ʞ": "k", "Ʞ": "K", "˥": "L", "ꞁ": "l", "ɯ": "m", "ɹ": "r", "ᴚ": "R",
    "ʇ": "t", "⊥": "T", "ʌ": "v", "Λ": "V", "ʍ": "w", "ʎ": "y", "⅄": "Y", "Ԁ": "P", "∩": "U", "ᗺ": "B", "ᗡ": "D",
    "ꓭ": "B", "ꓷ": "D", "ꓞ": "K", "ꓶ": "L", "ꓒ": "P", "ꓤ": "R", "ꓕ": "T", "ꓵ": "U", "ꓥ": "V", "ꓘ": "K"}
#: ASCII letters that are another letter turned upside down, read so inside a turned word
UPSIDE_DOWN_ASCII: dict[str, str] = {
    "u": "n", "n": "u", "p": "d", "d": "p", "b": "q", "q": "b", "W": "M", "M": "W", "l": "l", "s": "s", "o": "o",
    "x": "x", "z": "z", "S": "S", "O": "O", "X": "X", "Z": "Z", "H": "H", "I": "I", "N": "N"}
