"""The pages both sites' menus and footers reach, and the footers' own text, in every language of the site,
written by hand from the English in `home/demo/load.py`, `socal.py` and `pinole.py` (seeds:
`sonoma-sister-cities-association.txt`, `socal-sister-cities-chapter.txt`, `pinole-sister-city-policy-deck.txt`).

- PAGES: {language: {"history", "chapter_about", "chapter_history", "quotes", "policy", "chapter_contact"}}, each
  {"title", and "intro" where the English page has one}.
- FOOTERS: {language: {"sonoma": text, "chapter": text}}; the chapter's is its mission (also its about page's
  intro).
"""

PAGES = {
    "fr": {
        "history": {"title": "Histoire"},
        "chapter_about": {"title": "Qui sommes-nous"},
        "chapter_history": {"title": "Histoire du jumelage"},
        "quotes": {"title": "Citations présidentielles",
                   "intro": "Onze présidents des États-Unis sur le mouvement des villes jumelles."},
        "policy": {
            "title": "Politique de jumelage de la ville de Pinole",
            "intro": (
                "En 2022, les services municipaux ont présenté au conseil municipal un projet de programme de "
                "jumelage. Le conseil leur a demandé d’élaborer une politique de jumelage avec la commission des "
                "services à la population, et en septembre la commission a voté l’envoi de cette politique au conseil "
                "municipal pour examen."
            ),
        },
        "chapter_contact": {
            "title": "Contact",
            "intro": (
                "Pour annoncer un événement de jumelage ou publier votre lettre d’information, envoyez les "
                "informations à admin@socalsistercities.org."
            ),
        },
    },
    "es": {
        "history": {"title": "Historia"},
        "chapter_about": {"title": "Quiénes somos"},
        "chapter_history": {"title": "Historia del hermanamiento"},
        "quotes": {"title": "Citas presidenciales",
                   "intro": "Once presidentes de los Estados Unidos sobre el movimiento de ciudades hermanas."},
        "policy": {
            "title": "Política de ciudades hermanas de la ciudad de Pinole",
            "intro": (
                "En 2022, el personal municipal presentó al concejo municipal un posible programa de ciudades "
                "hermanas. El concejo le encargó elaborar una política de ciudades hermanas con la Comisión de "
                "Servicios Comunitarios, y en septiembre la comisión votó enviar la política al concejo municipal "
                "para su revisión."
            ),
        },
        "chapter_contact": {
            "title": "Contacto",
            "intro": (
                "Para anunciar un evento de ciudades hermanas o publicar su boletín, envíe la información a "
                "admin@socalsistercities.org."
            ),
        },
    },
    "it": {
        "history": {"title": "Storia"},
        "chapter_about": {"title": "Chi siamo"},
        "chapter_history": {"title": "Storia dei gemellaggi"},
        "quotes": {"title": "Citazioni presidenziali",
                   "intro": "Undici presidenti degli Stati Uniti sul movimento delle città gemellate."},
        "policy": {
            "title": "La politica di gemellaggio della città di Pinole",
            "intro": (
                "Nel 2022 gli uffici comunali hanno presentato al consiglio comunale un possibile programma di "
                "gemellaggi. Il consiglio ha chiesto loro di elaborare una politica di gemellaggio con la "
                "commissione per i servizi alla comunità, e a settembre la commissione ha votato di inviare la "
                "politica al consiglio comunale per l’esame."
            ),
        },
        "chapter_contact": {
            "title": "Contatti",
            "intro": (
                "Per annunciare un evento di gemellaggio o pubblicare il vostro notiziario, inviate le informazioni "
                "a admin@socalsistercities.org."
            ),
        },
    },
    "ja": {
        "history": {"title": "沿革"},
        "chapter_about": {"title": "支部について"},
        "chapter_history": {"title": "姉妹都市提携の歴史"},
        "quotes": {"title": "歴代大統領の言葉",
                   "intro": "姉妹都市運動について語った11人のアメリカ合衆国大統領の言葉。"},
        "policy": {
            "title": "ピノール市 姉妹都市方針",
            "intro": (
                "2022年、市の職員が市議会に姉妹都市プログラムの構想を説明しました。市議会はコミュニティ・サービス委員会と"
                "ともに姉妹都市方針を作成するよう職員に指示し、9月に同委員会は方針を市議会の審議に送ることを決めました。"
            ),
        },
        "chapter_contact": {
            "title": "お問い合わせ",
            "intro": (
                "姉妹都市のイベントのお知らせやニュースレターの掲載は、admin@socalsistercities.org まで"
                "お送りください。"
            ),
        },
    },
    "uk": {
        "history": {"title": "Історія"},
        "chapter_about": {"title": "Про нас"},
        "chapter_history": {"title": "Історія побратимства"},
        "quotes": {"title": "Слова президентів",
                   "intro": "Одинадцять президентів Сполучених Штатів про рух міст-побратимів."},
        "policy": {
            "title": "Політика міста Пінол щодо міст-побратимів",
            "intro": (
                "2022 року працівники міської адміністрації представили міській раді можливу програму "
                "міст-побратимів. Рада доручила їм разом із Комісією громадських послуг розробити політику щодо "
                "міст-побратимів, і у вересні комісія проголосувала за те, щоб передати її міській раді на розгляд."
            ),
        },
        "chapter_contact": {
            "title": "Контакти",
            "intro": (
                "Щоб оголосити подію міст-побратимів або розмістити свою розсилку, надішліть інформацію на "
                "admin@socalsistercities.org."
            ),
        },
    },
    "zh-hans": {
        "history": {"title": "历史"},
        "chapter_about": {"title": "关于我们"},
        "chapter_history": {"title": "城市结好的历史"},
        "quotes": {"title": "历任总统语录", "intro": "十一位美国总统谈姐妹城市运动。"},
        "policy": {
            "title": "皮诺尔市姐妹城市政策",
            "intro": (
                "2022年，市政工作人员向市议会介绍了一项可能的姐妹城市计划。市议会指示工作人员与社区服务委员会合作制定"
                "姐妹城市政策；同年9月，社区服务委员会投票决定将该政策提交市议会审议。"
            ),
        },
        "chapter_contact": {
            "title": "联系我们",
            "intro": "如需发布姐妹城市活动或刊登您的通讯，请将信息发送至 admin@socalsistercities.org。",
        },
    },
    "hu": {
        "history": {"title": "Történet"},
        "chapter_about": {"title": "Rólunk"},
        "chapter_history": {"title": "A testvérvárosi mozgalom története"},
        "quotes": {"title": "Elnöki idézetek",
                   "intro": "Az Egyesült Államok tizenegy elnöke a testvérvárosi mozgalomról."},
        "policy": {
            "title": "Pinole város testvérvárosi szabályzata",
            "intro": (
                "2022-ben a városi hivatal munkatársai bemutattak a városi tanácsnak egy lehetséges testvérvárosi "
                "programot. A tanács arra utasította őket, hogy a Közösségi Szolgáltatások Bizottságával közösen "
                "dolgozzanak ki testvérvárosi szabályzatot, és szeptemberben a bizottság megszavazta, hogy a "
                "szabályzatot véleményezésre a városi tanács elé terjeszti."
            ),
        },
        "chapter_contact": {
            "title": "Kapcsolat",
            "intro": (
                "Testvérvárosi esemény meghirdetéséhez vagy hírlevele közzétételéhez küldje el az információkat az "
                "admin@socalsistercities.org címre."
            ),
        },
    },
    "ar": {
        "history": {"title": "تاريخنا"},
        "chapter_about": {"title": "من نحن"},
        "chapter_history": {"title": "تاريخ التوأمة"},
        "quotes": {"title": "أقوال الرؤساء", "intro": "أحد عشر رئيسًا للولايات المتحدة يتحدثون عن حركة المدن الشقيقة."},
        "policy": {
            "title": "سياسة مدينة بينول للمدن الشقيقة",
            "intro": (
                "في عام 2022 عرض موظفو البلدية على مجلس المدينة برنامجًا محتملًا للمدن الشقيقة. فكلّفهم المجلس بوضع "
                "سياسة للمدن الشقيقة بالتعاون مع لجنة خدمات المجتمع، وفي سبتمبر صوّتت اللجنة على إحالة السياسة إلى "
                "مجلس المدينة لمراجعتها."
            ),
        },
        "chapter_contact": {
            "title": "اتصل بنا",
            "intro": (
                "للإعلان عن فعالية للمدن الشقيقة أو نشر نشرتكم الإخبارية، أرسلوا المعلومات إلى "
                "admin@socalsistercities.org."
            ),
        },
    },
}

FOOTERS = {
    "fr": {"sonoma": "Association des villes jumelles de Sonoma : la diplomatie citoyenne depuis 1986.",
           "chapter": "Promouvoir la paix par la diplomatie de personne à personne",
           "pinole": "Ville de Pinole : services communautaires."},
    "es": {"sonoma": "Asociación de Ciudades Hermanas de Sonoma: diplomacia ciudadana desde 1986.",
           "chapter": "Promovemos la paz mediante la diplomacia entre personas",
           "pinole": "Ciudad de Pinole: Servicios Comunitarios."},
    "it": {"sonoma": "Associazione delle città gemellate di Sonoma: diplomazia dei cittadini dal 1986.",
           "chapter": "Promuovere la pace attraverso la diplomazia tra le persone",
           "pinole": "Città di Pinole: servizi alla comunità."},
    "ja": {"sonoma": "ソノマ姉妹都市協会：1986年から続く市民外交。",
           "chapter": "人と人との交流による外交を通じて、平和を推進します",
           "pinole": "ピノール市：コミュニティサービス部。"},
    "uk": {"sonoma": "Асоціація міст-побратимів Сономи: громадська дипломатія з 1986 року.",
           "chapter": "Сприяємо миру через дипломатію між людьми",
           "pinole": "Місто Пінол: громадські служби."},
    "zh-hans": {"sonoma": "索诺马姐妹城市协会：自1986年起践行民间外交。",
                "chapter": "以民间外交促进和平",
                "pinole": "皮诺尔市：社区服务部。"},
    "hu": {"sonoma": "Sonomai Testvérvárosi Egyesület: polgári diplomácia 1986 óta.",
           "chapter": "A békét szolgáljuk az emberek közötti diplomácia révén",
           "pinole": "Pinole város: közösségi szolgáltatások."},
    "ar": {"sonoma": "جمعية المدن الشقيقة في سونوما: دبلوماسية المواطنين منذ 1986.",
           "chapter": "نعمل على تعزيز السلام من خلال الدبلوماسية الشعبية",
           "pinole": "مدينة بينول: الخدمات المجتمعية."},
}
