"""One demo newsletter issue (news from the seed's calendar and board) in every language of the site,
written by hand."""

# One demo issue: the seed's calendar from 11 November 2024 and the 2024 board.
NEWSLETTER = {
    "en": {
        "title": "SSCA News, November 2024",
        "intro": (
            "Upcoming meetings of the board and of our committees, and who serves on the association's board in "
            "2024."
        ),
        "items": [
            {
                "heading": "Board of Directors: Monday, November 11",
                "text": (
                    "The SSCA Monthly Board of Directors Meeting is on Monday, November 11, from 6:00 to 8:00 pm; "
                    "the venue will be announced. The following board meeting is on Monday, January 13."
                ),
            },
            {
                "heading": "Sonoma-Kaniv Committee: Wednesday, November 13",
                "text": (
                    "The Sonoma-Kaniv Committee meets on Wednesday, November 13, from 6:00 to 7:45 pm in the Sonoma "
                    "Library Meeting Room, and again on Wednesday, December 11."
                ),
            },
            {
                "heading": "Sonoma-Tokaj Committee: Thursday, November 21",
                "text": (
                    "The monthly Sonoma-Tokaj Committee Meeting is on Thursday, November 21, from 6:00 to 7:45 pm, "
                    "and again on Thursday, December 19. Contact Sylvia Toth for the place."
                ),
            },
            {
                "heading": "Penglai Committee: Monday, December 2",
                "text": (
                    "The Penglai Committee meets on Monday, December 2, from 11:00 am to 12:30 pm at the Best "
                    "Western Sonoma Valley Inn and online."
                ),
            },
            {
                "heading": "Our 2024 board",
                "text": (
                    "Stephanie Fine is President and Robert Demler Vice President and acting Secretary. The "
                    "committee chairs are Vic Aul (Chambolle-Musigny), Patrick Pesetti (Greve in Chianti), Kaeti "
                    "Bailie (Kaniv), Jocelyn Mondragon (Patzcuaro), Peggy Rubens (Penglai), and Sylvia Toth and "
                    "Joan Toth (Tokaj, co-chairs). Gigi Pfleger is Membership Chair; Andrew Sorokowski and Monica "
                    "Menco are Directors at Large."
                ),
            },
            {
                "heading": "Open positions",
                "text": "The office of Treasurer and the chair of the Sonoma-Aswan Committee are currently vacant.",
            },
        ],
    },
    "fr": {
        "title": "Nouvelles de la SSCA, novembre 2024",
        "intro": (
            "Les prochaines réunions du conseil d’administration et de nos comités, et la composition du conseil "
            "de l’association en 2024."
        ),
        "items": [
            {
                "heading": "Conseil d’administration : lundi 11 novembre",
                "text": (
                    "La réunion mensuelle du conseil d’administration de la SSCA a lieu le lundi 11 novembre, de 18 h "
                    "à 20 h ; le lieu sera communiqué ultérieurement. La réunion suivante du conseil aura lieu le "
                    "lundi 13 janvier."
                ),
            },
            {
                "heading": "Comité Sonoma-Kaniv : mercredi 13 novembre",
                "text": (
                    "Le comité Sonoma-Kaniv se réunit le mercredi 13 novembre, de 18 h à 19 h 45, dans la salle de "
                    "réunion de la bibliothèque de Sonoma, puis le mercredi 11 décembre."
                ),
            },
            {
                "heading": "Comité Sonoma-Tokaj : jeudi 21 novembre",
                "text": (
                    "La réunion mensuelle du comité Sonoma-Tokaj a lieu le jeudi 21 novembre, de 18 h à 19 h 45, "
                    "puis le jeudi 19 décembre. Pour connaître le lieu, contactez Sylvia Toth."
                ),
            },
            {
                "heading": "Comité Penglai : lundi 2 décembre",
                "text": (
                    "Le comité Penglai se réunit le lundi 2 décembre, de 11 h à 12 h 30, au Best Western Sonoma "
                    "Valley Inn et en ligne."
                ),
            },
            {
                "heading": "Notre conseil d’administration en 2024",
                "text": (
                    "Stephanie Fine est présidente, Robert Demler vice-président et secrétaire par intérim. Les "
                    "comités sont présidés par Vic Aul (Chambolle-Musigny), Patrick Pesetti (Greve in Chianti), "
                    "Kaeti Bailie (Kaniv), Jocelyn Mondragon (Patzcuaro) et Peggy Rubens (Penglai) ; Sylvia Toth et "
                    "Joan Toth coprésident celui de Tokaj. Gigi Pfleger est responsable des adhésions ; Andrew "
                    "Sorokowski et Monica Menco sont administrateurs."
                ),
            },
            {
                "heading": "Postes à pourvoir",
                "text": (
                    "Le poste de trésorier et la présidence du comité Sonoma-Assouan sont actuellement vacants."
                ),
            },
        ],
    },
    "es": {
        "title": "Noticias de la SSCA, noviembre de 2024",
        "intro": (
            "Las próximas reuniones de la junta directiva y de nuestros comités, y quiénes integran la junta de la "
            "asociación en 2024."
        ),
        "items": [
            {
                "heading": "Junta directiva: lunes 11 de noviembre",
                "text": (
                    "La reunión mensual de la junta directiva de la SSCA será el lunes 11 de noviembre, de 18:00 a "
                    "20:00 h; el lugar se anunciará más adelante. La siguiente reunión de la junta será el lunes 13 "
                    "de enero."
                ),
            },
            {
                "heading": "Comité Sonoma-Kaniv: miércoles 13 de noviembre",
                "text": (
                    "El Comité Sonoma-Kaniv se reúne el miércoles 13 de noviembre, de 18:00 a 19:45 h, en la sala de "
                    "reuniones de la Biblioteca de Sonoma, y de nuevo el miércoles 11 de diciembre."
                ),
            },
            {
                "heading": "Comité Sonoma-Tokaj: jueves 21 de noviembre",
                "text": (
                    "La reunión mensual del Comité Sonoma-Tokaj será el jueves 21 de noviembre, de 18:00 a 19:45 h, "
                    "y de nuevo el jueves 19 de diciembre. Para conocer el lugar, comuníquese con Sylvia Toth."
                ),
            },
            {
                "heading": "Comité Penglai: lunes 2 de diciembre",
                "text": (
                    "El Comité Penglai se reúne el lunes 2 de diciembre, de 11:00 a 12:30 h, en el Best Western "
                    "Sonoma Valley Inn y en línea."
                ),
            },
            {
                "heading": "Nuestra junta directiva en 2024",
                "text": (
                    "Stephanie Fine es la presidenta y Robert Demler, vicepresidente y secretario interino. Presiden "
                    "los comités Vic Aul (Chambolle-Musigny), Patrick Pesetti (Greve in Chianti), Kaeti Bailie "
                    "(Kaniv), Jocelyn Mondragon (Pátzcuaro) y Peggy Rubens (Penglai); Sylvia Toth y Joan Toth "
                    "copresiden el de Tokaj. Gigi Pfleger está a cargo de las membresías; Andrew Sorokowski y Monica "
                    "Menco son vocales."
                ),
            },
            {
                "heading": "Cargos vacantes",
                "text": (
                    "El cargo de tesorero y la presidencia del Comité Sonoma-Asuán están vacantes en este momento."
                ),
            },
        ],
    },
    "uk": {
        "title": "Новини SSCA, листопад 2024",
        "intro": "Найближчі засідання правління та наших комітетів, а також склад правління асоціації у 2024 році.",
        "items": [
            {
                "heading": "Правління: понеділок, 11 листопада",
                "text": (
                    "Щомісячне засідання правління SSCA відбудеться в понеділок, 11 листопада, з 18:00 до 20:00; "
                    "місце буде оголошено згодом. Наступне засідання правління — у понеділок, 13 січня."
                ),
            },
            {
                "heading": "Комітет «Сонома — Канів»: середа, 13 листопада",
                "text": (
                    "Комітет «Сонома — Канів» збирається в середу, 13 листопада, з 18:00 до 19:45 у залі засідань "
                    "бібліотеки Сономи, а також у середу, 11 грудня."
                ),
            },
            {
                "heading": "Комітет «Сонома — Токай»: четвер, 21 листопада",
                "text": (
                    "Щомісячне засідання комітету «Сонома — Токай» відбудеться в четвер, 21 листопада, з 18:00 до "
                    "19:45, а також у четвер, 19 грудня. Щодо місця зустрічі звертайтеся до Sylvia Toth."
                ),
            },
            {
                "heading": "Комітет «Пенлай»: понеділок, 2 грудня",
                "text": (
                    "Комітет «Пенлай» збирається в понеділок, 2 грудня, з 11:00 до 12:30 у готелі Best Western "
                    "Sonoma Valley Inn та онлайн."
                ),
            },
            {
                "heading": "Наше правління у 2024 році",
                "text": (
                    "Президентка — Stephanie Fine, віцепрезидент і виконувач обов’язків секретаря — Robert Demler. "
                    "Комітети очолюють Vic Aul (Шамболь-Мюзіньї), Patrick Pesetti (Греве-ін-К’янті), Kaeti Bailie "
                    "(Канів), Jocelyn Mondragon (Пацкуаро), Peggy Rubens (Пенлай), а також Sylvia Toth і Joan Toth "
                    "(Токай, співголови). Gigi Pfleger відповідає за членство; Andrew Sorokowski і Monica Menco — "
                    "члени правління."
                ),
            },
            {
                "heading": "Вакантні посади",
                "text": "Посада скарбника та посада голови комітету «Сонома — Асуан» наразі вакантні.",
            },
        ],
    },
}

# The issue in the site's other languages, written by hand from the English above.
NEWSLETTER.update({
    "it": {
        "title": "Notizie della SSCA, novembre 2024",
        "intro": (
            "Le prossime riunioni del consiglio direttivo e dei nostri comitati, e chi fa parte del consiglio "
            "dell’associazione nel 2024."
        ),
        "items": [
            {
                "heading": "Consiglio direttivo: lunedì 11 novembre",
                "text": (
                    "La riunione mensile del consiglio direttivo della SSCA si tiene lunedì 11 novembre, dalle 18:00 "
                    "alle 20:00; il luogo sarà comunicato. La riunione successiva del consiglio è lunedì 13 gennaio."
                ),
            },
            {
                "heading": "Comitato Sonoma-Kaniv: mercoledì 13 novembre",
                "text": (
                    "Il comitato Sonoma-Kaniv si riunisce mercoledì 13 novembre, dalle 18:00 alle 19:45, nella sala "
                    "riunioni della biblioteca di Sonoma, e di nuovo mercoledì 11 dicembre."
                ),
            },
            {
                "heading": "Comitato Sonoma-Tokaj: giovedì 21 novembre",
                "text": (
                    "La riunione mensile del comitato Sonoma-Tokaj si tiene giovedì 21 novembre, dalle 18:00 alle "
                    "19:45, e di nuovo giovedì 19 dicembre. Per il luogo, contattate Sylvia Toth."
                ),
            },
            {
                "heading": "Comitato di Penglai: lunedì 2 dicembre",
                "text": (
                    "Il comitato di Penglai si riunisce lunedì 2 dicembre, dalle 11:00 alle 12:30, al Best Western "
                    "Sonoma Valley Inn e online."
                ),
            },
            {
                "heading": "Il nostro consiglio nel 2024",
                "text": (
                    "Stephanie Fine è presidente e Robert Demler vicepresidente e segretario facente funzione. I "
                    "comitati sono presieduti da Vic Aul (Chambolle-Musigny), Patrick Pesetti (Greve in Chianti), "
                    "Kaeti Bailie (Kaniv), Jocelyn Mondragon (Patzcuaro), Peggy Rubens (Penglai), e da Sylvia Toth "
                    "e Joan Toth (Tokaj, copresidenti). Gigi Pfleger è responsabile dei soci; Andrew Sorokowski e "
                    "Monica Menco sono consiglieri."
                ),
            },
            {
                "heading": "Incarichi vacanti",
                "text": "La carica di tesoriere e la presidenza del comitato Sonoma-Assuan sono attualmente vacanti.",
            },
        ],
    },
    "ja": {
        "title": "SSCA ニュース 2024年11月号",
        "intro": "理事会と各委員会の今後の会合、そして2024年の協会理事会の顔ぶれをお知らせします。",
        "items": [
            {
                "heading": "理事会：11月11日（月）",
                "text": (
                    "SSCA 理事会の月例会は11月11日（月）午後6時から8時までです。会場は追ってお知らせします。"
                    "次の理事会は1月13日（月）です。"
                ),
            },
            {
                "heading": "ソノマ・カニウ委員会：11月13日（水）",
                "text": (
                    "ソノマ・カニウ委員会は11月13日（水）午後6時から7時45分まで、ソノマ図書館の会議室で開かれます。"
                    "次回は12月11日（水）です。"
                ),
            },
            {
                "heading": "ソノマ・トカイ委員会：11月21日（木）",
                "text": (
                    "ソノマ・トカイ委員会の月例会は11月21日（木）午後6時から7時45分まで、次回は12月19日（木）です。"
                    "会場については Sylvia Toth にお問い合わせください。"
                ),
            },
            {
                "heading": "蓬莱委員会：12月2日（月）",
                "text": (
                    "蓬莱委員会は12月2日（月）午前11時から午後12時30分まで、ベストウェスタン・ソノマバレー・インと"
                    "オンラインで開かれます。"
                ),
            },
            {
                "heading": "2024年の理事会",
                "text": (
                    "会長は Stephanie Fine、副会長兼書記代行は Robert Demler です。委員長は Vic Aul"
                    "（シャンボール＝ミュジニー）、Patrick Pesetti（グレーヴェ・イン・キャンティ）、Kaeti Bailie"
                    "（カニウ）、Jocelyn Mondragon（パツクアロ）、Peggy Rubens（蓬莱）、Sylvia Toth と Joan Toth"
                    "（トカイ、共同委員長）です。会員担当は Gigi Pfleger、Andrew Sorokowski と Monica Menco が"
                    "理事を務めます。"
                ),
            },
            {
                "heading": "空席のお知らせ",
                "text": "会計担当とソノマ・アスワン委員会の委員長は、現在空席です。",
            },
        ],
    },
    "zh-hans": {
        "title": "SSCA 通讯，2024年11月",
        "intro": "理事会和各委员会即将举行的会议，以及2024年协会理事会的成员。",
        "items": [
            {
                "heading": "理事会：11月11日（星期一）",
                "text": (
                    "SSCA 理事会月度会议于11月11日（星期一）下午6点至8点举行，地点另行通知。"
                    "下一次理事会会议在1月13日（星期一）。"
                ),
            },
            {
                "heading": "索诺马—卡尼夫委员会：11月13日（星期三）",
                "text": (
                    "索诺马—卡尼夫委员会于11月13日（星期三）下午6点至7点45分在索诺马图书馆会议室开会，"
                    "12月11日（星期三）再次开会。"
                ),
            },
            {
                "heading": "索诺马—托考伊委员会：11月21日（星期四）",
                "text": (
                    "索诺马—托考伊委员会月度会议于11月21日（星期四）下午6点至7点45分举行，12月19日（星期四）"
                    "再次举行。会议地点请联系 Sylvia Toth。"
                ),
            },
            {
                "heading": "蓬莱委员会：12月2日（星期一）",
                "text": "蓬莱委员会于12月2日（星期一）上午11点至中午12点30分在索诺马谷贝斯特韦斯特酒店及线上开会。",
            },
            {
                "heading": "2024年理事会",
                "text": (
                    "Stephanie Fine 任会长，Robert Demler 任副会长兼代理秘书。各委员会主席为：Vic Aul（尚博勒－"
                    "米西尼）、Patrick Pesetti（基安蒂格雷韦）、Kaeti Bailie（卡尼夫）、Jocelyn Mondragon（帕茨夸罗）、"
                    "Peggy Rubens（蓬莱），以及 Sylvia Toth 和 Joan Toth（托考伊，联合主席）。Gigi Pfleger 任会员"
                    "主席；Andrew Sorokowski 和 Monica Menco 任理事。"
                ),
            },
            {
                "heading": "空缺职位",
                "text": "司库一职和索诺马—阿斯旺委员会主席一职目前空缺。",
            },
        ],
    },
    "hu": {
        "title": "SSCA-hírek, 2024. november",
        "intro": (
            "Az igazgatótanács és bizottságaink következő ülései, és kik tagjai az egyesület igazgatótanácsának "
            "2024-ben."
        ),
        "items": [
            {
                "heading": "Igazgatótanács: november 11., hétfő",
                "text": (
                    "Az SSCA igazgatótanácsának havi ülése november 11-én, hétfőn 18 és 20 óra között lesz; a "
                    "helyszínt később közöljük. A következő igazgatótanácsi ülés január 13-án, hétfőn lesz."
                ),
            },
            {
                "heading": "Sonoma–Kaniv bizottság: november 13., szerda",
                "text": (
                    "A Sonoma–Kaniv bizottság november 13-án, szerdán 18 és 19:45 között ülésezik a sonomai könyvtár "
                    "tárgyalótermében, majd újra december 11-én, szerdán."
                ),
            },
            {
                "heading": "Sonoma–Tokaj bizottság: november 21., csütörtök",
                "text": (
                    "A Sonoma–Tokaj bizottság havi ülése november 21-én, csütörtökön 18 és 19:45 között lesz, majd "
                    "újra december 19-én, csütörtökön. A helyszínről Sylvia Tothnál érdeklődjön."
                ),
            },
            {
                "heading": "Penglai bizottság: december 2., hétfő",
                "text": (
                    "A Penglai bizottság december 2-án, hétfőn 11 és 12:30 között ülésezik a Best Western Sonoma "
                    "Valley Innben és online."
                ),
            },
            {
                "heading": "Igazgatótanácsunk 2024-ben",
                "text": (
                    "Stephanie Fine az elnök, Robert Demler az alelnök és megbízott titkár. A bizottságok elnökei: "
                    "Vic Aul (Chambolle-Musigny), Patrick Pesetti (Greve in Chianti), Kaeti Bailie (Kaniv), Jocelyn "
                    "Mondragon (Patzcuaro), Peggy Rubens (Penglai), valamint Sylvia Toth és Joan Toth (Tokaj, "
                    "társelnökök). Gigi Pfleger a tagsági ügyek felelőse; Andrew Sorokowski és Monica Menco "
                    "igazgatósági tagok."
                ),
            },
            {
                "heading": "Betöltetlen tisztségek",
                "text": "A pénztárosi tisztség és a Sonoma–Asszuán bizottság elnöki posztja jelenleg betöltetlen.",
            },
        ],
    },
    "ar": {
        "title": "أخبار SSCA، نوفمبر 2024",
        "intro": "الاجتماعات القادمة لمجلس الإدارة ولجاننا، وأعضاء مجلس إدارة الجمعية في عام 2024.",
        "items": [
            {
                "heading": "مجلس الإدارة: الاثنين 11 نوفمبر",
                "text": (
                    "يُعقد الاجتماع الشهري لمجلس إدارة SSCA يوم الاثنين 11 نوفمبر من الساعة 6:00 إلى 8:00 مساءً، "
                    "وسيُعلَن المكان لاحقًا. ويُعقد اجتماع المجلس التالي يوم الاثنين 13 يناير."
                ),
            },
            {
                "heading": "لجنة سونوما–كانيف: الأربعاء 13 نوفمبر",
                "text": (
                    "تجتمع لجنة سونوما–كانيف يوم الأربعاء 13 نوفمبر من الساعة 6:00 إلى 7:45 مساءً في قاعة "
                    "الاجتماعات بمكتبة سونوما، ثم مرة أخرى يوم الأربعاء 11 ديسمبر."
                ),
            },
            {
                "heading": "لجنة سونوما–توكاي: الخميس 21 نوفمبر",
                "text": (
                    "يُعقد الاجتماع الشهري للجنة سونوما–توكاي يوم الخميس 21 نوفمبر من الساعة 6:00 إلى 7:45 مساءً، "
                    "ثم مرة أخرى يوم الخميس 19 ديسمبر. للاستفسار عن المكان تواصلوا مع Sylvia Toth."
                ),
            },
            {
                "heading": "لجنة بنغلاي: الاثنين 2 ديسمبر",
                "text": (
                    "تجتمع لجنة بنغلاي يوم الاثنين 2 ديسمبر من الساعة 11:00 صباحًا إلى 12:30 ظهرًا في فندق "
                    "Best Western Sonoma Valley Inn وعبر الإنترنت."
                ),
            },
            {
                "heading": "مجلس إدارتنا في 2024",
                "text": (
                    "Stephanie Fine رئيسة الجمعية، وRobert Demler نائب الرئيس وأمين السر بالنيابة. ويرأس اللجان: "
                    "Vic Aul (شامبول-موزيني)، وPatrick Pesetti (غريفي إن كيانتي)، وKaeti Bailie (كانيف)، وJocelyn "
                    "Mondragon (باتسكوارو)، وPeggy Rubens (بنغلاي)، وSylvia Toth وJoan Toth (توكاي، رئيستان "
                    "مشاركتان). وGigi Pfleger مسؤولة العضوية، وAndrew Sorokowski وMonica Menco عضوان في المجلس."
                ),
            },
            {
                "heading": "مناصب شاغرة",
                "text": "منصب أمين الصندوق ورئاسة لجنة سونوما–أسوان شاغران حاليًا.",
            },
        ],
    },
})
