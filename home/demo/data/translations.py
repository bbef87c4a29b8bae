"""Translations of the demo content, written by hand for readers in every partner city's language.

Sources: the English texts of `sonoma.py` (from `sonoma-sister-cities-association.txt`) and `socal.py` (from
`city-sister-cities-page.txt`); each translation says what the English says and nothing more. Proper nouns are
kept, people's names in their own spelling.

- HOME, DIRECTORY, MISSION: {locale: {...}} for all nine locales of the site.
- CITY_PAGES: {city key: {"locale", "title", "summary", "body"}}, each partner city in its own language; "body"
  has one paragraph per paragraph of the English profile.
- CHAPTER_HOME, CHAPTER_DIRECTORY: the chapter site's home and directory, in all nine locales.
- NEWSLETTER: one demo issue (news from the seed's calendar and board) in en, fr, es and uk.
"""

from . import sonoma

LOCALES = ["en", "fr", "es", "it", "ja", "uk", "zh-hans", "hu", "ar"]

# The language a partner city's readers read, by ISO 3166-1 country code.
COUNTRY_LANGUAGE = {
    "CN": "zh-hans", "EG": "ar", "FR": "fr", "HU": "hu", "IT": "it", "JP": "ja", "MX": "es", "UA": "uk",
}

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

DIRECTORY = {
    "en": {
        "title": "Our sister cities",
        "intro": (
            "Sonoma has seven sister cities on four continents. Each relationship has its own committee of "
            "volunteers, working under the association to pursue municipal, business, trade, educational, "
            "humanitarian, social and cultural exchanges."
        ),
    },
    "fr": {
        "title": "Nos villes jumelles",
        "intro": (
            "Sonoma compte sept villes jumelles sur quatre continents. Chaque jumelage a son propre comité de "
            "bénévoles qui, sous l’égide de l’association, mène des échanges municipaux, économiques, commerciaux, "
            "éducatifs, humanitaires, sociaux et culturels."
        ),
    },
    "es": {
        "title": "Nuestras ciudades hermanas",
        "intro": (
            "Sonoma tiene siete ciudades hermanas en cuatro continentes. Cada hermanamiento cuenta con su propio "
            "comité de voluntarios que, bajo el amparo de la asociación, impulsa intercambios municipales, "
            "empresariales, comerciales, educativos, humanitarios, sociales y culturales."
        ),
    },
    "it": {
        "title": "Le nostre città gemelle",
        "intro": (
            "Sonoma ha sette città gemelle in quattro continenti. Ogni gemellaggio ha un proprio comitato di "
            "volontari che, sotto l’egida dell’associazione, promuove scambi istituzionali, economici, commerciali, "
            "educativi, umanitari, sociali e culturali."
        ),
    },
    "ja": {
        "title": "姉妹都市",
        "intro": (
            "ソノマには4大陸に7つの姉妹都市があります。それぞれの姉妹都市関係にはボランティアによる委員会があり、"
            "協会のもとで行政、ビジネス、貿易、教育、人道支援、社会、文化の各分野の交流に取り組んでいます。"
        ),
    },
    "uk": {
        "title": "Наші міста-побратими",
        "intro": (
            "Сонома має сім міст-побратимів на чотирьох континентах. Кожне побратимство має власний комітет "
            "волонтерів, який під егідою асоціації розвиває муніципальні, ділові, торговельні, освітні, "
            "гуманітарні, суспільні та культурні обміни."
        ),
    },
    "zh-hans": {
        "title": "我们的姐妹城市",
        "intro": (
            "索诺马在四大洲共有七座姐妹城市。每一对姐妹城市关系都有自己的志愿者委员会，在协会的统筹下开展"
            "市政、商业、贸易、教育、人道援助、社会和文化等方面的交流。"
        ),
    },
    "hu": {
        "title": "Testvérvárosaink",
        "intro": (
            "Sonomának négy kontinensen hét testvérvárosa van. Minden testvérvárosi kapcsolatnak saját önkéntes "
            "bizottsága van, amely az egyesület égisze alatt önkormányzati, üzleti, kereskedelmi, oktatási, "
            "humanitárius, társadalmi és kulturális cserekapcsolatokat ápol."
        ),
    },
    "ar": {
        "title": "مدننا الشقيقة",
        "intro": (
            "لسونوما سبع مدن شقيقة في أربع قارات. ولكل علاقة توأمة لجنة من المتطوعين تعمل تحت مظلة الجمعية على "
            "تنمية التبادل البلدي والاقتصادي والتجاري والتعليمي والإنساني والاجتماعي والثقافي."
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

CITY_PAGES = {
    "aswan": {
        "locale": "ar",
        "title": "أسوان",
        "summary": (
            "أسوان، الواقعة على الضفة الشرقية للنيل عند الشلال الأول، هي عاصمة محافظة أسوان في مصر وإحدى المدن "
            "الشقيقة السبع لسونوما."
        ),
        "body": [
            "تقع أسوان على الضفة الشرقية لنهر النيل عند الشلال الأول في أقصى جنوب مصر. وكانت في العصور القديمة "
            "مدينة الحدود الجنوبية لمصر، ومن محاجر الجرانيت فيها قُطعت أحجار آثار كثيرة على امتداد النيل، ولا تزال "
            "المسلة الناقصة راقدة في أحدها.",
            "تضم المدينة الحديثة جزيرة إلفنتين، وتطل عبر النهر على مقابر قبة الهوا الصخرية. وإلى الجنوب منها يقع "
            "خزان أسوان والسد العالي الذي تمتد خلفه بحيرة ناصر. وتجتذب معابد فيلة، التي نُقلت إلى جزيرة أجيليكا "
            "لإنقاذها من ارتفاع المياه، والمتحف النوبي زوارًا من أنحاء العالم كافة.",
            "أسوان واحدة من المدن الشقيقة السبع لجمعية المدن الشقيقة في سونوما، ومنصب رئيس لجنة سونوما–أسوان شاغر "
            "حاليًا.",
        ],
    },
    "chambolle-musigny": {
        "locale": "fr",
        "title": "Chambolle-Musigny",
        "summary": (
            "Chambolle-Musigny est un petit village viticole de la Côte de Nuits, en Bourgogne, et la première "
            "ville jumelle de Sonoma."
        ),
        "body": [
            "Chambolle-Musigny est un village d’environ trois cents habitants de la Côte-d’Or, en Bourgogne, situé "
            "au sud de Dijon sur la Côte de Nuits, entre Morey-Saint-Denis et Vougeot. Son vignoble, planté de pinot "
            "noir, compte les grands crus Musigny et Bonnes-Mares.",
            "Le premier jumelage de la ville de Sonoma a été conclu avec Chambolle-Musigny ; le comité de "
            "l’association qui le fait vivre est connu sous le nom de « Chamson ». Beaucoup d’habitants de Sonoma "
            "descendent d’immigrants français et italiens venus dans la vallée pour travailler à la vigne et au "
            "chai.",
        ],
    },
    "greve-in-chianti": {
        "locale": "it",
        "title": "Greve in Chianti",
        "summary": (
            "Greve in Chianti è un borgo toscano sulle colline tra Firenze e Siena, nel cuore del territorio del "
            "Chianti Classico."
        ),
        "body": [
            "Greve in Chianti è un comune della Città metropolitana di Firenze, in Toscana, a circa trenta "
            "chilometri a sud di Firenze. Il suo centro è la piazza Matteotti, di forma triangolare e circondata da "
            "portici, che per secoli è stata il mercato delle colline del Chianti.",
            "Una statua nella piazza ricorda il navigatore Giovanni da Verrazzano, che nel 1524 fu il primo europeo "
            "a entrare nella baia di New York e che, secondo la tradizione, nacque nel vicino Castello di "
            "Verrazzano. Vigneti e oliveti circondano il paese, il cui vino più noto è il Chianti Classico.",
        ],
    },
    "kaniv": {
        "locale": "uk",
        "title": "Канів",
        "summary": (
            "Канів — історичне місто над Дніпром у центральній Україні, де похований національний поет Тарас "
            "Шевченко."
        ),
        "body": [
            "Канів розташований на високому правому березі Дніпра в Черкаській області, приблизно за сто кілометрів "
            "на південний схід від Києва. Це одне з давніх міст Подніпров’я, яке згадується в літописах XII "
            "століття.",
            "На Чернечій горі над містом, яку нині називають Тарасовою горою, — могила Тараса Шевченка (1814–1861), "
            "національного поета України, і музей, присвячений його життю та творчості. Лісисті пагорби вздовж "
            "річки охороняє Канівський природний заповідник.",
            "Комітет «Сонома — Канів» збирається щомісяця в бібліотеці Сономи.",
        ],
    },
    "patzcuaro": {
        "locale": "es",
        "title": "Pátzcuaro",
        "summary": (
            "Pátzcuaro es una ciudad colonial del altiplano de Michoacán, México, a orillas del lago de Pátzcuaro, "
            "conocida por su herencia purépecha y sus artesanías."
        ),
        "body": [
            "Pátzcuaro se encuentra a unos 2,100 metros de altitud, en el altiplano de Michoacán, cerca de la orilla "
            "sur del lago de Pátzcuaro, en el corazón del territorio purépecha.",
            "En el siglo XVI, Vasco de Quiroga, primer obispo de Michoacán, estableció aquí su sede y alentó a cada "
            "pueblo ribereño a dedicarse a un oficio, tradición que aún se aprecia en los mercados de la región. La "
            "ciudad conserva su centro de adobe y tejados de teja en torno a la amplia Plaza Vasco de Quiroga.",
            "Sus celebraciones del Día de Muertos, sobre todo en la isla de Janitzio, en el lago, están entre las "
            "más conocidas de México.",
        ],
    },
    "penglai": {
        "locale": "zh-hans",
        "title": "蓬莱",
        "summary": "蓬莱位于中国山东省北部沿海，是一座历史悠久的港城，也是中国著名的葡萄酒产区之一。",
        "body": [
            "蓬莱地处山东半岛北岸，面向渤海海峡，现为烟台市的一个区。",
            "坐落在海边山崖上的蓬莱阁是中国著名的古代楼阁之一，这里的海岸还与“八仙过海”的传说紧密相连。"
            "蓬莱阁旁的蓬莱水城是明代修筑的海防港口。",
            "沿海的丘陵上遍布葡萄园，蓬莱是中国最负盛名的葡萄酒产区之一。",
        ],
    },
    "tokaj": {
        "locale": "hu",
        "title": "Tokaj",
        "summary": (
            "Tokaj kisváros Északkelet-Magyarországon, a Bodrog és a Tisza találkozásánál; róla kapta nevét a "
            "tokaji borvidék."
        ),
        "body": [
            "Tokaj Borsod-Abaúj-Zemplén vármegyében, a Kopasz-hegy lábánál fekszik, ott, ahol a Bodrog a Tiszába "
            "torkollik.",
            "A város adta nevét a tokaji borvidéknek, amely édes boráról, a tokaji aszúról világhírű. A "
            "Tokaj-hegyaljai történelmi borvidék kultúrtája 2002 óta az UNESCO világörökség része.",
            "Sonoma borászatának történetében is van magyar szál: a magyar származású Haraszthy Ágoston, a "
            "kaliforniai borászat úttörője, 1857-ben Sonomában alapította meg a Buena Vista pincészetet.",
        ],
    },
    "clermont-ferrand": {
        "locale": "fr",
        "title": "Clermont-Ferrand",
        "summary": (
            "Clermont-Ferrand est une ville universitaire du centre de la France, bordée par les volcans de la "
            "chaîne des Puys."
        ),
        "body": [
            "Clermont-Ferrand est une ville universitaire du centre de la France, bordée par les volcans de la "
            "chaîne des Puys.",
            "Près des fontaines et des statues de la place de Jaude se dressent la cathédrale gothique "
            "Notre-Dame-de-l’Assomption, bâtie en pierre de lave, et la basilique romane Notre-Dame-du-Port, ornée "
            "de mosaïques.",
            "Au nord-ouest de la ville, Vulcania, parc d’attractions et musée consacré aux volcans, propose des "
            "spectacles interactifs.",
        ],
    },
    "colima": {
        "locale": "es",
        "title": "Colima",
        "summary": (
            "Colima es la capital del estado mexicano del mismo nombre, cerca de la costa central del Pacífico, en "
            "un valle al sur del Volcán de Colima."
        ),
        "body": [
            "Colima es la capital del estado mexicano del mismo nombre. Se encuentra cerca de la costa central del "
            "Pacífico, en un valle al sur del Volcán de Colima.",
            "El Jardín Libertad, la plaza principal, luce un quiosco belga del siglo XIX y el Portal Medellín, un "
            "gran edificio con una hilera de arcos.",
            "La Catedral Basílica Menor de Colima tiene una fachada neoclásica. Junto a la catedral se encuentran "
            "el ayuntamiento y la sede del gobierno, el Palacio de Gobierno.",
        ],
    },
    "seika": {
        "locale": "ja",
        "title": "精華町",
        "summary": "精華町は京都府の南西端に位置し、日本と近畿地方のほぼ中央にある町です。",
        "body": [
            "精華町は京都府の南西端に位置し、日本および近畿地方の地理的な中心部にあります。",
            "西と南にはなだらかな丘陵が広がり、東には平坦な農地が広がって、東端を木津川が流れています。",
            "年間の平均気温は約15℃で、温暖な気候に恵まれています。",
        ],
    },
    "arezzo": {
        "locale": "it",
        "title": "Arezzo",
        "summary": (
            "Arezzo è una città e comune della Toscana, capoluogo dell’omonima provincia, a circa 80 chilometri a "
            "sud-est di Firenze."
        ),
        "body": [
            "Arezzo è una città e comune italiano, capoluogo dell’omonima provincia, in Toscana.",
            "Si trova a circa 80 chilometri a sud-est di Firenze, a 296 metri sul livello del mare.",
        ],
    },
}

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

CHAPTER_DIRECTORY = {
    "en": {
        "title": "Sister city partnerships",
        "intro": "Each partnership joins a local city with a partner city abroad.",
    },
    "fr": {"title": "Jumelages", "intro": "Chaque jumelage unit une ville d’ici à une ville partenaire à l’étranger."},
    "es": {
        "title": "Hermanamientos",
        "intro": "Cada hermanamiento une a una ciudad local con una ciudad asociada en el extranjero.",
    },
    "it": {"title": "Gemellaggi", "intro": "Ogni gemellaggio unisce una città locale a una città partner all’estero."},
    "ja": {"title": "姉妹都市提携", "intro": "それぞれの提携は、地元の都市と海外のパートナー都市を結ぶものです。"},
    "uk": {
        "title": "Побратимство міст",
        "intro": "Кожне побратимство поєднує місцеве місто з містом-партнером за кордоном.",
    },
    "zh-hans": {
        "title": "姐妹城市关系",
        "intro": "每一对姐妹城市关系都将一座本地城市与一座海外伙伴城市联系在一起。",
    },
    "hu": {
        "title": "Testvérvárosi kapcsolatok",
        "intro": "Minden testvérvárosi kapcsolat egy helyi várost köt össze egy külföldi partnervárossal.",
    },
    "ar": {"title": "علاقات التوأمة", "intro": "تربط كل علاقة توأمة مدينة محلية بمدينة شريكة في الخارج."},
}
