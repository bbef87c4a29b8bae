"""The demo's events index and the seed's four meetings in every language of
the site, written by hand: {language: {page path under the home: {field:
strings in the page's order}}}. Their English is in demo.py and
demo_data.py; places and street addresses keep their own names.

The Kaniv meeting's registration questions are those of
registrations/demo_data.py (its answer choices follow its question).
"""

BOARD = "events/ssca-monthly-board-of-directors-meeting"
KANIV = "events/sonoma-kaniv-committee-meeting"
TOKAJ = "events/monthly-sonoma-tokaj-committee-meeting"
PENGLAI = "events/penglai-committee-meeting"
LIBRARY = "Sonoma Library Meeting Room"
INN = "Best Western Sonoma Valley Inn"
KANIV_ADDRESS = "755 West Napa Street, Sonoma, CA 95476"
PENGLAI_ADDRESS = "550 2nd Street West, Sonoma, CA 95476"


def _pages(index, intro, board, kaniv, tokaj, penglai, tbd, contact_sylvia, library, questions):
    return {
        "events": {"title": [index], "intro": [intro]},
        BOARD: {"title": [board[0]], "venue_name": [tbd], "summary": [board[1]]},
        KANIV: {"title": [kaniv[0]], "venue_name": [library], "venue_address": [KANIV_ADDRESS],
                "summary": [kaniv[1]], "registration_questions": questions},
        TOKAJ: {"title": [tokaj[0]], "venue_name": [contact_sylvia], "summary": [tokaj[1]]},
        PENGLAI: {"title": [penglai[0]], "venue_name": [INN], "venue_address": [PENGLAI_ADDRESS],
                  "summary": [penglai[1]]},
    }


TRANSLATIONS = {
    "fr": _pages(
        "Événements", "Réunions du conseil et des comités, échanges et célébrations.",
        ("Réunion mensuelle du conseil d’administration de la SSCA",
         "Réunion mensuelle du conseil ; le lieu est annoncé avant chaque réunion."),
        ("Réunion du comité Sonoma-Kaniv", "Réunion mensuelle du comité, ouverte aux membres et aux amis."),
        ("Réunion mensuelle du comité Sonoma-Tokaj", "Réunion mensuelle du comité ; pour le lieu, contactez Sylvia."),
        ("Réunion du comité Penglai", "Réunion mensuelle du comité, sur place et en ligne."),
        "À préciser", "Contacter Sylvia", "Salle de réunion de la bibliothèque de Sonoma",
        ["Besoins d’accessibilité", "Aideriez-vous lors de la prochaine visite de délégation ?",
         "Oui, pour l’hébergement", "Oui, pour la traduction", "Pas cette fois"]),
    "es": _pages(
        "Eventos", "Reuniones de la junta y de los comités, intercambios y celebraciones.",
        ("Reunión mensual de la junta directiva de la SSCA",
         "Reunión mensual de la junta; el lugar se anuncia antes de cada reunión."),
        ("Reunión del comité Sonoma-Kaniv", "Reunión mensual del comité, abierta a socios y amigos."),
        ("Reunión mensual del comité Sonoma-Tokaj", "Reunión mensual del comité; para el lugar, contacte con Sylvia."),
        ("Reunión del comité de Penglai", "Reunión mensual del comité, presencial y en línea."),
        "Por confirmar", "Contactar con Sylvia", "Sala de reuniones de la biblioteca de Sonoma",
        ["Necesidades de accesibilidad", "¿Ayudaría en la próxima visita de una delegación?",
         "Sí, con alojamiento", "Sí, con traducción", "Esta vez no"]),
    "it": _pages(
        "Eventi", "Riunioni del consiglio e dei comitati, scambi e celebrazioni.",
        ("Riunione mensile del consiglio direttivo della SSCA",
         "Riunione mensile del consiglio; il luogo viene comunicato prima di ogni riunione."),
        ("Riunione del comitato Sonoma-Kaniv", "Riunione mensile del comitato, aperta a soci e amici."),
        ("Riunione mensile del comitato Sonoma-Tokaj",
         "Riunione mensile del comitato; per il luogo, contattate Sylvia."),
        ("Riunione del comitato di Penglai", "Riunione mensile del comitato, in presenza e online."),
        "Da definire", "Contattare Sylvia", "Sala riunioni della biblioteca di Sonoma",
        ["Esigenze di accessibilità", "Ci aiutereste nella prossima visita di una delegazione?",
         "Sì, con l’ospitalità", "Sì, con le traduzioni", "Non questa volta"]),
    "ja": _pages(
        "イベント", "理事会・委員会の会合、交流行事、記念行事。",
        ("SSCA 理事会 月例会", "理事会の月例会です。会場は毎回の会合の前にお知らせします。"),
        ("ソノマ・カニウ委員会 会合", "委員会の月例会です。会員・友人の皆さまどなたでも参加できます。"),
        ("ソノマ・トカイ委員会 月例会", "委員会の月例会です。会場については Sylvia までお問い合わせください。"),
        ("蓬莱委員会 会合", "委員会の月例会です。会場とオンラインで開催します。"),
        "未定", "Sylvia に問い合わせ", "ソノマ図書館 会議室",
        ["バリアフリー等で必要な配慮", "次回の代表団訪問にご協力いただけますか？",
         "はい、ホームステイ受け入れで", "はい、通訳・翻訳で", "今回は見送ります"]),
    "uk": _pages(
        "Події", "Засідання правління та комітетів, обміни та свята.",
        ("Щомісячне засідання правління SSCA",
         "Щомісячне засідання правління; місце оголошують перед кожним засіданням."),
        ("Засідання комітету Сонома — Канів", "Щомісячне засідання комітету, відкрите для членів і друзів."),
        ("Щомісячне засідання комітету Сонома — Токай",
         "Щомісячне засідання комітету; щодо місця звертайтеся до Sylvia."),
        ("Засідання комітету Пенлай", "Щомісячне засідання комітету, наживо й онлайн."),
        "Уточнюється", "Зверніться до Sylvia", "Зала засідань бібліотеки Сономи",
        ["Потреби щодо доступності", "Чи допоможете ви під час наступного візиту делегації?",
         "Так, прийму гостей", "Так, перекладатиму", "Цього разу ні"]),
    "zh-hans": _pages(
        "活动", "理事会和委员会会议、交流与庆祝活动。",
        ("SSCA 理事会月度会议", "理事会月度会议；每次会议前公布地点。"),
        ("索诺马—卡尼夫委员会会议", "委员会月度会议，欢迎会员和朋友参加。"),
        ("索诺马—托考伊委员会月度会议", "委员会月度会议；会议地点请联系 Sylvia。"),
        ("蓬莱委员会会议", "委员会月度会议，现场与线上同时进行。"),
        "待定", "请联系 Sylvia", "索诺马图书馆会议室",
        ["无障碍需求", "您愿意协助下一次代表团访问吗？", "愿意，提供接待住宿", "愿意，协助翻译", "这次不行"]),
    "hu": _pages(
        "Események", "Az igazgatótanács és a bizottságok ülései, cserék és ünnepségek.",
        ("Az SSCA igazgatótanácsának havi ülése",
         "Az igazgatótanács havi ülése; a helyszínt minden ülés előtt közöljük."),
        ("A Sonoma–Kaniv bizottság ülése", "A bizottság havi ülése, tagoknak és barátoknak is nyitott."),
        ("A Sonoma–Tokaj bizottság havi ülése", "A bizottság havi ülése; a helyszínről Sylviánál érdeklődjön."),
        ("A Penglai bizottság ülése", "A bizottság havi ülése, személyesen és online."),
        "Később döntjük el", "Érdeklődjön Sylviánál", "A sonomai könyvtár tárgyalóterme",
        ["Akadálymentességi igények", "Segítene a következő delegációs látogatásnál?",
         "Igen, vendéglátással", "Igen, fordítással", "Most nem"]),
    "ar": _pages(
        "الفعاليات", "اجتماعات مجلس الإدارة واللجان، والتبادلات والاحتفالات.",
        ("الاجتماع الشهري لمجلس إدارة SSCA", "الاجتماع الشهري لمجلس الإدارة؛ يُعلَن المكان قبل كل اجتماع."),
        ("اجتماع لجنة سونوما–كانيف", "الاجتماع الشهري للجنة، مفتوح للأعضاء والأصدقاء."),
        ("الاجتماع الشهري للجنة سونوما–توكاي", "الاجتماع الشهري للجنة؛ للاستفسار عن المكان تواصلوا مع Sylvia."),
        ("اجتماع لجنة بنغلاي", "الاجتماع الشهري للجنة، حضوريًا وعبر الإنترنت."),
        "يُحدَّد لاحقًا", "تواصلوا مع Sylvia", "قاعة الاجتماعات في مكتبة سونوما",
        ["احتياجات تيسير الوصول", "هل تساعدون في زيارة الوفد القادمة؟",
         "نعم، بالاستضافة", "نعم، بالترجمة", "ليس هذه المرة"]),
}
