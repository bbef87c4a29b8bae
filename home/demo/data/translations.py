"""Translations of the demo content, written by hand for readers in every partner city's language.

Sources: the English texts of `sonoma.py` (from `sonoma-sister-cities-association.txt`) and `socal.py` (from
`city-sister-cities-page.txt`); each translation says what the English says and nothing more. Proper nouns are
kept, people's names in their own spelling.

- HOME, MISSION: {locale: {...}} for all nine locales of the site.
- CHAPTER_HOME: the chapter site's home, in all nine locales.

The directories and each partner city's page in its own language are in cities/demo_data.py, the demo
newsletter issue in newsletters/demo_data.py.
"""

from . import sonoma

LOCALES = ["en", "fr", "es", "it", "ja", "uk", "zh-hans", "hu", "ar"]


HOME = {
    "en": {
        "title": "Sonoma Sister Cities Association",
        "intro": (
            "Through people-to-people relationships, the Sonoma Sister Cities Association promotes global peace "
            "through mutual respect, understanding and cooperation, one individual, one community at a time. "
            "Founded in 1986, the association links Sonoma with seven sister cities on four continents."
        ),
    },
    "fr": {
        "title": "Association des villes jumelles de Sonoma",
        "intro": (
            "Par des relations de personne à personne, l’Association des villes jumelles de Sonoma œuvre pour la "
            "paix dans le monde grâce au respect mutuel, à la compréhension et à la coopération, une personne, une "
            "communauté à la fois. Fondée en 1986, l’association relie Sonoma à sept villes jumelles sur quatre "
            "continents."
        ),
    },
    "es": {
        "title": "Asociación de Ciudades Hermanas de Sonoma",
        "intro": (
            "A través de las relaciones entre personas, la Asociación de Ciudades Hermanas de Sonoma promueve la "
            "paz mundial mediante el respeto mutuo, el entendimiento y la cooperación, una persona y una comunidad "
            "a la vez. Fundada en 1986, la asociación une a Sonoma con siete ciudades hermanas en cuatro "
            "continentes."
        ),
    },
    "it": {
        "title": "Associazione delle città gemellate di Sonoma",
        "intro": (
            "Attraverso i rapporti tra le persone, l’Associazione delle città gemellate di Sonoma promuove la pace "
            "nel mondo con il rispetto reciproco, la comprensione e la cooperazione, una persona e una comunità "
            "alla volta. Fondata nel 1986, l’associazione lega Sonoma a sette città gemelle in quattro continenti."
        ),
    },
    "ja": {
        "title": "ソノマ姉妹都市協会",
        "intro": (
            "ソノマ姉妹都市協会は、人と人とのつながりを通じて、相互の尊重・理解・協力による世界の平和を、"
            "一人ひとりから、一つひとつの地域から築いていくことを目指しています。"
            "1986年に設立された当協会は、ソノマと4大陸にある7つの姉妹都市を結んでいます。"
        ),
    },
    "uk": {
        "title": "Асоціація міст-побратимів Сономи",
        "intro": (
            "Через живі зв’язки між людьми Асоціація міст-побратимів Сономи сприяє миру у світі на основі "
            "взаємної поваги, порозуміння та співпраці — від людини до людини, від громади до громади. "
            "Заснована 1986 року, асоціація поєднує Соному із сімома містами-побратимами на чотирьох континентах."
        ),
    },
    "zh-hans": {
        "title": "索诺马姐妹城市协会",
        "intro": (
            "索诺马姐妹城市协会通过人与人之间的交往，以相互尊重、理解与合作促进世界和平——从每一个人、"
            "每一个社区做起。协会成立于1986年，将索诺马与四大洲的七座姐妹城市紧密相连。"
        ),
    },
    "hu": {
        "title": "Sonomai Testvérvárosi Egyesület",
        "intro": (
            "A Sonomai Testvérvárosi Egyesület az emberek közötti kapcsolatokon keresztül, a kölcsönös tisztelet, "
            "megértés és együttműködés révén a világbékét szolgálja – egyénről egyénre, közösségről közösségre. "
            "Az 1986-ban alapított egyesület négy kontinens hét testvérvárosával köti össze Sonomát."
        ),
    },
    "ar": {
        "title": "جمعية المدن الشقيقة في سونوما",
        "intro": (
            "تعمل جمعية المدن الشقيقة في سونوما، من خلال العلاقات المباشرة بين الناس، على تعزيز السلام العالمي "
            "بالاحترام المتبادل والتفاهم والتعاون، فردًا فردًا ومجتمعًا مجتمعًا. وتربط الجمعية، التي تأسست عام "
            "1986، مدينة سونوما بسبع مدن شقيقة في أربع قارات."
        ),
    },
}


MISSION = {
    "en": {"title": "Our mission", "mission": sonoma.MISSION, "goals": list(sonoma.GOALS)},
    "fr": {
        "title": "Notre mission",
        "mission": (
            "Par des relations internationales de personne à personne, notre mission est de promouvoir la paix dans "
            "le monde par le respect mutuel, la compréhension et la coopération – une personne, une communauté à "
            "la fois."
        ),
        "goals": [
            "Favoriser les échanges culturels et artistiques",
            "Soutenir des projets d’aide humanitaire",
            "Proposer des programmes éducatifs et pour la jeunesse",
            "Stimuler le développement économique et durable",
        ],
    },
    "es": {
        "title": "Nuestra misión",
        "mission": (
            "A través de las relaciones internacionales entre personas, nuestra misión es promover la paz mundial "
            "mediante el respeto mutuo, el entendimiento y la cooperación – una persona, una comunidad a la vez."
        ),
        "goals": [
            "Facilitar intercambios culturales y artísticos",
            "Apoyar proyectos de ayuda humanitaria",
            "Ofrecer programas educativos y para jóvenes",
            "Impulsar el desarrollo económico y sostenible",
        ],
    },
    "it": {
        "title": "La nostra missione",
        "mission": (
            "Attraverso rapporti internazionali tra le persone, la nostra missione è promuovere la pace nel mondo "
            "con il rispetto reciproco, la comprensione e la cooperazione – una persona, una comunità alla volta."
        ),
        "goals": [
            "Favorire gli scambi culturali e artistici",
            "Sostenere progetti di assistenza umanitaria",
            "Offrire programmi per i giovani e per la formazione",
            "Stimolare lo sviluppo economico e sostenibile",
        ],
    },
    "ja": {
        "title": "私たちの使命",
        "mission": (
            "国境を越えた人と人とのつながりを通じて、相互の尊重、理解、協力によって世界の平和を推進すること。"
            "一人ひとりから、一つひとつの地域から。それが私たちの使命です。"
        ),
        "goals": [
            "文化・芸術交流の促進",
            "人道支援プロジェクトへの支援",
            "青少年・教育プログラムの提供",
            "経済と持続可能な発展の促進",
        ],
    },
    "uk": {
        "title": "Наша місія",
        "mission": (
            "Наша місія — через міжнародні зв’язки між людьми сприяти миру у світі на основі взаємної поваги, "
            "порозуміння та співпраці: від людини до людини, від громади до громади."
        ),
        "goals": [
            "Сприяти культурним і мистецьким обмінам",
            "Підтримувати проєкти гуманітарної допомоги",
            "Пропонувати молодіжні та освітні програми",
            "Стимулювати економічний і сталий розвиток",
        ],
    },
    "zh-hans": {
        "title": "我们的使命",
        "mission": "通过国际间人与人的交往，以相互尊重、理解与合作促进世界和平——从每一个人、每一个社区做起。",
        "goals": [
            "促进文化与艺术交流",
            "支持人道主义援助项目",
            "开展青少年与教育项目",
            "推动经济与可持续发展",
        ],
    },
    "hu": {
        "title": "Küldetésünk",
        "mission": (
            "Küldetésünk, hogy a nemzetközi, emberek közötti kapcsolatokon keresztül, a kölcsönös tisztelet, "
            "megértés és együttműködés révén előmozdítsuk a világbékét – egyénről egyénre, közösségről közösségre."
        ),
        "goals": [
            "Kulturális és művészeti cserék elősegítése",
            "Humanitárius segítségnyújtási projektek támogatása",
            "Ifjúsági és oktatási programok kínálása",
            "A gazdasági és fenntartható fejlődés ösztönzése",
        ],
    },
    "ar": {
        "title": "رسالتنا",
        "mission": (
            "رسالتنا هي تعزيز السلام العالمي من خلال العلاقات الدولية المباشرة بين الناس، على أساس الاحترام "
            "المتبادل والتفاهم والتعاون – فردًا فردًا ومجتمعًا مجتمعًا."
        ),
        "goals": [
            "تيسير التبادل الثقافي والفني",
            "دعم مشاريع المساعدات الإنسانية",
            "تقديم برامج للشباب وبرامج تعليمية",
            "تحفيز التنمية الاقتصادية والمستدامة",
        ],
    },
}


# The chapter's site (`chapter.localhost`), from `socal-sister-cities-chapter.txt`.
CHAPTER_HOME = {
    "en": {
        "title": "Sister Cities International Southern California Chapter",
        "intro": (
            "Promoting peace through people-to-people diplomacy. Born in 1974, the chapter connects approximately "
            "170 cities in 50 countries with 40 cities in Southern California."
        ),
    },
    "fr": {
        "title": "Sister Cities International – section de Californie du Sud",
        "intro": (
            "Promouvoir la paix par la diplomatie de personne à personne. Née en 1974, la section relie environ "
            "170 villes de 50 pays à 40 villes du sud de la Californie."
        ),
    },
    "es": {
        "title": "Sister Cities International – Capítulo del Sur de California",
        "intro": (
            "Promovemos la paz mediante la diplomacia entre personas. Nacido en 1974, el capítulo conecta a unas "
            "170 ciudades de 50 países con 40 ciudades del sur de California."
        ),
    },
    "it": {
        "title": "Sister Cities International – Sezione della California meridionale",
        "intro": (
            "Promuovere la pace attraverso la diplomazia tra le persone. Nata nel 1974, la sezione collega circa "
            "170 città di 50 paesi con 40 città della California meridionale."
        ),
    },
    "ja": {
        "title": "シスター・シティーズ・インターナショナル 南カリフォルニア支部",
        "intro": (
            "人と人との交流による外交を通じて、平和を推進します。1974年に発足した当支部は、50か国の約170都市と"
            "南カリフォルニアの40都市を結んでいます。"
        ),
    },
    "uk": {
        "title": "Sister Cities International — Південнокаліфорнійське відділення",
        "intro": (
            "Сприяємо миру через дипломатію між людьми. Засноване 1974 року, відділення поєднує близько 170 міст у "
            "50 країнах із 40 містами Південної Каліфорнії."
        ),
    },
    "zh-hans": {
        "title": "国际姐妹城市协会南加州分会",
        "intro": "以民间外交促进和平。分会成立于1974年，连接着50个国家的约170座城市与南加州的40座城市。",
    },
    "hu": {
        "title": "Sister Cities International – Dél-kaliforniai tagozat",
        "intro": (
            "A békét szolgáljuk az emberek közötti diplomácia révén. Az 1974-ben alakult tagozat mintegy 170 várost "
            "köt össze 50 országból 40 dél-kaliforniai várossal."
        ),
    },
    "ar": {
        "title": "منظمة المدن الشقيقة الدولية – فرع جنوب كاليفورنيا",
        "intro": (
            "نعمل على تعزيز السلام من خلال الدبلوماسية الشعبية. ويربط الفرع، الذي تأسس عام 1974، نحو 170 مدينة في "
            "50 دولة بـ40 مدينة في جنوب كاليفورنيا."
        ),
    },
}



# The Sonoma site's board and contact pages (their English is in home/demo/load.py). "heading" is the
# board list's heading, "{year}" the year of the positions it lists.
BOARD = {
    "fr": {"title": "Conseil d’administration",
           "intro": "Notre conseil réunit les présidents des comités de nos sept villes jumelles.",
           "heading": "Membres du bureau et administrateurs {year}"},
    "es": {"title": "Junta directiva",
           "intro": "Nuestra junta incluye a los presidentes de los comités de nuestras siete ciudades hermanas.",
           "heading": "Cargos directivos y vocales {year}"},
    "it": {"title": "Consiglio direttivo",
           "intro": "Il nostro consiglio comprende i presidenti dei comitati di tutte e sette le nostre città "
                    "gemelle.",
           "heading": "Cariche sociali e consiglieri {year}"},
    "ja": {"title": "理事会",
           "intro": "理事会には、7つの姉妹都市すべての委員会の委員長が加わっています。",
           "heading": "{year}年度 役員・理事"},
    "uk": {"title": "Правління",
           "intro": "До складу правління входять голови комітетів усіх семи наших міст-побратимів.",
           "heading": "Посадові особи та члени правління {year}"},
    "zh-hans": {"title": "理事会",
                "intro": "我们的理事会包括全部七个姐妹城市委员会的主席。",
                "heading": "{year}年度高级职员和理事"},
    "hu": {"title": "Igazgatótanács",
           "intro": "Igazgatótanácsunkban mind a hét testvérvárosunk bizottságának elnöke helyet kap.",
           "heading": "Tisztségviselők és igazgatósági tagok, {year}"},
    "ar": {"title": "مجلس الإدارة",
           "intro": "يضم مجلسنا رؤساء لجان مدننا الشقيقة السبع جميعها.",
           "heading": "المسؤولون وأعضاء المجلس {year}"},
}

CONTACT = {
    "fr": {"title": "Contact", "intro": "Écrivez à l’association ou venez à une réunion du conseil."},
    "es": {"title": "Contacto", "intro": "Escriba a la asociación o venga a una reunión de la junta."},
    "it": {"title": "Contatti", "intro": "Scrivete all’associazione o venite a una riunione del consiglio."},
    "ja": {"title": "お問い合わせ", "intro": "協会までご連絡いただくか、理事会の会合にお越しください。"},
    "uk": {"title": "Контакти", "intro": "Напишіть асоціації або приходьте на засідання правління."},
    "zh-hans": {"title": "联系我们", "intro": "欢迎致函协会，或前来参加理事会会议。"},
    "hu": {"title": "Kapcsolat", "intro": "Írjon az egyesületnek, vagy jöjjön el egy igazgatósági ülésre."},
    "ar": {"title": "اتصل بنا", "intro": "راسِل الجمعية أو احضر أحد اجتماعات مجلس الإدارة."},
}
