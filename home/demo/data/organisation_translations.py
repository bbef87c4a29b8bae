"""The three organisations' names and the chapter's address in every language,
written by hand: {site: {language: {"name": ..., "address": [lines]}}}. The
postal lines stay as the post reads them; the country is named in the
reader's language (the address is read from abroad). The legal name is the
registered one and is not translated. Seeds: `sonoma-sister-cities-association.txt`,
`socal-sister-cities-chapter.txt`, `pinole-sister-city-policy-deck.txt`."""

from . import translations

COUNTRY = {
    "fr": "États-Unis",
    "es": "Estados Unidos",
    "it": "Stati Uniti",
    "ja": "アメリカ合衆国",
    "uk": "США",
    "zh-hans": "美国",
    "hu": "Amerikai Egyesült Államok",
    "ar": "الولايات المتحدة",
}
CHAPTER_ADDRESS = ["4115 E. Maple Tree Drive", "Anaheim, CA 92807"]

PINOLE = {
    "fr": "Ville de Pinole",
    "es": "Ciudad de Pinole",
    "it": "Città di Pinole",
    "ja": "ピノール市",
    "uk": "Місто Пінол",
    "zh-hans": "皮诺尔市",
    "hu": "Pinole városa",
    "ar": "مدينة بينول",
}

ORGANISATIONS = {
    "sonoma": {code: {"name": translations.HOME[code]["title"]} for code in COUNTRY},
    "chapter": {code: {"name": translations.CHAPTER_HOME[code]["title"], "address": [*CHAPTER_ADDRESS, country]}
                for code, country in COUNTRY.items()},
    "pinole": {code: {"name": name} for code, name in PINOLE.items()},
}
