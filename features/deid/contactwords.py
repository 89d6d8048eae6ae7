"""Vocabulary of the thirteenth round's structured carriers of names, shared by the redactor
(:mod:`features.deid.carriers`) and the leak check (:mod:`features.deid.leakcarriers`), each reading the text with its
own patterns: social platforms a handle follows ("insta as kev.okafor_05", "WeChat: kevokafor"), the labels of a
forwarded mail's header lines in several languages ("From:", "Von:", "De :"), the verbs that close a quoted mail's
first line ("On Tue, Derek Hollis wrote:"), the extensions of a file name that may hold a name
("DerekHollis_discharge.pdf"), and the words that say "@" and the mail providers of a spelled address ("kev ätt
gmail"). Words only; written here from the platforms' and mail programs' own names.
"""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Platforms whose name is no English word: any token after them (and the fillers) that may be a handle goes
PLATFORMS = _set(
    "instagram insta ig wechat weixin roblox kakaotalk kakao tiktok snapchat whatsapp facebook fb twitter bluesky bsky "
    "mastodon reddit twitch xbox psn skype zalo viber weibo douyin vk kik imessage linkedin pinterest youtube yt "
    "threema wickr")
#: Platforms whose name is also an English word ("LINE", "Threads", "snap"): a handle after them only with a colon,
#: "@" or an id word between ("LINE ID kevo", "snap: kev")
WORD_PLATFORMS = _set("line threads snap signal telegram discord steam x messenger")
#: Words between a platform and a handle ("insta as", "my IG is", "wechat id", "Roblox user")
HANDLE_FILLERS = _set("as is at on id user username handle name nick tag me my add follow dm her his him their "
                           "it's its account acct called under")
#: Fillers that say an identifier follows, which a platform that is also a word needs
ID_FILLERS = _set("id user username handle nick tag account acct")

#: Labels of a mail's header lines that hold people, in English, German, French, Spanish, Portuguese, Italian, Dutch,
#: Polish, Swedish and Turkish ("From:", "Von:", "De :", "Para:", "Da:", "Van:", "Od:", "Från:", "Kimden:")
MAIL_HEADER_LABELS: tuple[str, ...] = (
    "from", "to", "cc", "bcc", "reply-to", "sender", "sent by", "von", "an", "kopie", "antwort an", "de", "à", "a",
    "para", "da", "van", "aan", "od", "do", "från", "till", "kimden", "kime", "bilgi")
#: Labels of shipping and form fields a person's name follows, anywhere in a line and in any case ("SHIP TO: NAKASHIMA,
#: REN", "ATTN: OKAFOR K", "c/o LINDQVIST", "Consignee: HALVORSEN, INGRID", "Empfänger:", "Destinataire :")
FORM_LABELS: tuple[str, ...] = (
    "ship to", "ship-to", "shipto", "deliver to", "delivery to", "deliver-to", "bill to", "bill-to", "sold to",
    "attn", "attention", "recipient", "c/o", "care of", "consignee", "addressee", "shipper", "notify party",
    "empfänger", "destinataire", "destinatario", "odbiorca", "alıcı", "ontvanger", "mottagare")
#: round 41 (r41over): the labels of :data:`FORM_LABELS` that are also English prose ("taking care of an important
#: aspect of their careers", "pay attention to the dose", "the recipient of the award"): with no colon after one, its
#: value is the next :data:`PROSE_LABEL_REACH` words only, where a name cared for stands ("taking care of Bella"), not
#: the rest of the sentence (a presidio-evaluator sentence opening "Mission Statement:" was refused)
PROSE_FORM_LABELS = frozenset({"care of", "attention", "recipient", "addressee", "shipper", "consignee",
                               "deliver to", "delivery to", "sold to"})
PROSE_LABEL_REACH = 3
#: The verbs that close the first line of a quoted mail ("On Tue, Derek Hollis wrote:", "Am Montag schrieb Folake
#: Oyelaran:", "Le mardi, Derek a écrit :")
WROTE_WORDS: tuple[str, ...] = ("wrote", "a écrit", "escribió", "schrieb", "ha scritto", "escreveu", "schreef",
                                "napisał", "napisała", "skrev", "yazdı")

#: Extensions of files a message names ("scan_oyelaran-folake.jpg")
FILE_EXTENSIONS = _set("pdf jpg jpeg png heic gif tif tiff bmp webp doc docx odt rtf txt xls xlsx csv ppt pptx zip "
                            "mp4 mov m4a mp3 wav")

#: "@" said aloud in other languages ("ätt", "arroba", "chez", "małpa", "собака", "собачка", Hungarian "kukac", Czech
#: "zavináč", Dutch "apenstaartje", French "arobase", Danish "grisehale", Greek "παπάκι", Hebrew "שטרודל", Chinese
#: "艾特"), beside English's "at" and "at-sign"
AT_WORDS = _set("at ätt att ät arroba arrova chez bei małpa malpa chiocciola klammeraffe snabel-a snabela собака собачка "
                "sobaka sobachka kukac zavináč zavinac apenstaartje arobase arrobe grisehale krøllalfa kissanhäntä "
                "miukumauku παπάκι shtrudel strudel שטרודל 艾特 골뱅이 アットマーク at-sign atsign "
                # round 40 (r40numbers): Romanian "arond" ("a rond" is read by the regular readings, see
                # AT_SIGN_WORDS; Romanian "la" only after a handle's shape, see PREPOSITIONS_FOR_AT)
                "arond") | {"a còng", "a cong"}  # round 43 (r43owner): Vietnamese, "thao a còng gmail chấm com"
#: round 43 (r43ids): words before "at" and a domain that are no mailbox: a pronoun, or a word of shopping ("Contact
#: us at boots.com", "I bought it at boots.com"): a bare domain is no e-mail; a name or any other word before "at"
#: still makes one ("jane at gmail.com", "help at boots.com"), and "@" always does
WORDS_OF_NO_MAILBOX = _set("us me him her them you it we i online shop shopping order ordered buy bought available "
                           "sold found get got here there this that one everything stuff things visit")
#: round 40 (r40numbers): prepositions said for "@" before a mail provider's name (Romanian "la"): read so only after
#: a handle's shape, since they are everyday words ("ion.popescu la gmail punct com")
PREPOSITIONS_FOR_AT: tuple[str, ...] = ("la",)
#: Mail providers a spelled address names ("kev at gmail", "kev ätt gmail"): with an "@" word before, an address
MAIL_PROVIDERS = _set(
    "gmail googlemail yahoo hotmail outlook msn icloud aol proton protonmail gmx yandex laposte wanadoo sfr libero "
    "virgilio naver daum qq seznam onet interia comcast verizon sbcglobal bellsouth earthlink zoho fastmail tutanota "
    "btinternet")
#: "." said aloud ("dot", "punto", "punkt", "kropka", "point", "ponto"; round 16: Catalan and Dutch "punt", Hungarian
#: "pont", Finnish "piste", Turkish "nokta", Indonesian "titik", Russian "tochka", Czech "tečka", Norwegian "prikk")
DOT_WORDS = _set("dot punto punkt kropka point ponto punt pont piste nokta titik tochka tecka prikk "
                 # round 40 (r40numbers): Romanian "punct"
                 # round 43 (r43owner): Vietnamese "chấm", with its marks or without
                 "punct chấm cham")
#: round 43 (r43owner): words said between the pieces of an address's mailbox besides :data:`DOT_WORDS` ("june
#: underscore hughes at yahoo dot com", Vietnamese "gạch dưới"): with the dot words, what each side reads between the
#: owner's name part and the rest of an address said in words
SAID_ADDRESS_JOINERS = DOT_WORDS | frozenset({"underscore", "dash", "hyphen", "gạch dưới", "gach duoi",
                                              "gạch ngang", "gach ngang"})
#: the words of :data:`AT_WORDS` that mean only "@", in Latin letters folded (no preposition: "at", "bei", "chez" are
#: read by each side with their own care), as the written-out e-mail readings use them ("juan arrova outlook punt com");
#: round 40: Romanian "a rond" in one word or two; round 43 (r43owner): Vietnamese "a còng", with its marks or without
AT_SIGN_WORDS = _set("arroba arrova arobase chiocciola klammeraffe malpa snabel-a snabela kukac zavinac apenstaartje "
                     "sobaka sobachka grisehale arond") | {"a rond", "a còng", "a cong"}
#: round 40 (r40numbers): "@" and "." said in Thai, a script written with no spaces between its words ("somchai แอท
#: gmail ดอท com", "nidaแอทhotmailจุดcom"): each side reads an address said so in
#: :func:`features.deid.normalize.said_address_view`, where they become the signs with or without blanks around
SCRIPT_AT_WORDS: tuple[str, ...] = ("แอท", "แอ็ท", "แอ็ต", "แอต", "แอด")
SCRIPT_DOT_WORDS: tuple[str, ...] = ("ดอท", "ด็อท", "ดอต", "ด็อต", "จุด")
#: the top-level domains said in Thai after such a dot ("ดอทคอม" for ".com"), with their Latin spelling
SCRIPT_TOP_LEVEL_DOMAINS: dict[str, str] = {"คอม": "com", "เน็ต": "net", "เน็ท": "net", "ทีเอช": "th", "โออาร์จี": "org"}
#: Words of file names that cameras, scanners and phones write, no name ("IMG", "DSC", "PXL", "scan", "screenshot")
FILE_NAME_WORDS = _set("img dsc dcim pxl mvimg vid screenshot scan scanned copy final draft rx lab labs report pdf "
                            "page pic photo image file doc whatsapp signal wa jpeg heic")
#: Words of the names a device, a computer on a network or a Wi-Fi network is given ("DEREK-HOLLIS-PC",
#: "hollis-iphone", "laptop-okafor.local", "PRYCE_HOME_5G"): a piece of such a name that the name lists hold is a
#: person's (round 18); each side reads them with its own pattern
DEVICE_NAME_WORDS = _set("pc laptop desktop notebook iphone ipad ipod macbook mbp imac mac mini air galaxy pixel "
                         "phone tablet kindle watch tv roku firestick chromebook surface thinkpad dell hp lenovo "
                         "router wifi wlan ssid home guest net network 5g 2g 24g 5ghz 24ghz ext extender mesh local "
                         "lan printer echo alexa nest xbox ps4 ps5 switch "
                         # makers and providers that name a router's network ("TP-Link_5G", "ATT-WiFi")
                         "tp link linksys netgear xfinity asus orbi eero att verizon spectrum frontier cox optimum "
                         "belkin arris ubiquiti huawei samsung apple google amazon "
                         # round 19: a household's words in a network's name ("TheGarciaFamily", "Casa_Villanueva",
                         # "KowalczykDom", "SmithHouse") and a pill box's
                         "family familia famille familie house haus hus casa dom hogar maison hytte cabin pillbox "
                         "dispenser")
#: words after which the next run of letters and digits, or a quoted name, is a device's, computer's or network's name
#: (round 19: "ssid=KowalczykDom", "host jmartinez-laptop.local", "network 'BELL-4471 Mercadier'"); each side reads
#: them with its own pattern
DEVICE_NAME_CUES = _set("wifi wi-fi ssid network hostname host router hotspot")
#: words between a device's word and its owner's name ("Apple Watch de Mthunzi", "iPhone di Marco", "Pixel von Jonas")
DEVICE_OWNER_JOINS = _set("de di da do von van of")
#: Payment services, whose names stand where a person does ("paid with zelle", "venmo called")
PAYMENT_SERVICES = _set("zelle venmo cashapp paypal revolut gpay chime monzo bizum gcash interac wise swish vipps "
                             "mobilepay tikkie twint paytm phonepe mpesa")
#: Services of any kind: no person's name where a name stands with no cue ("with zelle", "via whatsapp")
SERVICES = PLATFORMS | WORD_PLATFORMS | PAYMENT_SERVICES

#: round 22: the HL7 v2 segments that hold a person's address and phones (patient, next of kin, guarantor), each with
#: the number of its address field (an XAD: street, other designation, city, state, ZIP, country) and of its phone
#: fields (PID-11, PID-13 and PID-14; NK1-4, NK1-5 and NK1-6; GT1-5, GT1-6 and GT1-7)
HL7_PERSON_FIELDS: dict[str, tuple[int, tuple[int, ...]]] = {"PID": (11, (13, 14)), "NK1": (4, (5, 6)),
                                                             "GT1": (5, (6, 7))}
#: how many components of an HL7 address are under Safe Harbor (the country, sixth, stays)
HL7_ADDRESS_PARTS = 5

# Round 23: another person's phone by its last four figures ("call her on ...4417", "her cell ends in 4417", "ext
# 4417"). Only words: the redactor (``hidden_shapes.phone_tail_recognizer``) and the check (``leakcheck``'s look-up of
# every patient's last four) each read them with their own pattern, besides ``worldwords.TAIL_WORDS``.
#: words for a phone or its number that a word of its end follows ("her number ends in", "cell ending", "call her on")
PHONE_WORDS: tuple[str, ...] = (
    "phone", "number", "no", "cell", "cellphone", "mobile", "mob", "tel", "telephone", "landline", "line", "whatsapp",
    "text", "call", "ring", "reach", "celular", "movil", "telefono", "telefon", "handy", "nummer", "numero", "portable",
    "cel", "fone", "numer", "komorka")
#: round 40 (r40numbers): words that go on with a phone's number after a pause ("0722 300 and then 45 67", "8 916 123
#: а потом 45 67", "0171 234 und dann 56 78"), in English, Russian, Ukrainian, German, Spanish, Portuguese, French,
#: Italian, Dutch, Polish, Romanian, Turkish, Czech and Hungarian: the figures after them are the number's last groups
PHONE_CONTINUATION_WORDS: tuple[str, ...] = (
    "and then", "then", "а потом", "потом", "и потом", "затем", "далее", "а потім", "потім", "und dann", "dann",
    "y luego", "luego", "y después", "después", "e depois", "depois", "et puis", "puis", "ensuite", "e poi", "poi",
    "en dan", "dan", "i potem", "potem", "a potem", "și apoi", "şi apoi", "si apoi", "apoi", "sonra", "ve sonra", "a pak", "pak",
    "aztán", "utána", "majd")
#: words for a phone's extension, before its figures ("ext 4417", "ext. 4417", "extension 4417", "Durchwahl 4417")
EXTENSION_WORDS: tuple[str, ...] = ("ext", "extension", "extn", "durchwahl", "anexo", "wewn")
