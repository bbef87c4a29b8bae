"""One demo newsletter issue (news from the seed's calendar and board) in English, French, Spanish and
Ukrainian, written by hand."""

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
