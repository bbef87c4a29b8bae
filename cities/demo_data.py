"""The partner cities in the seeds: the Sonoma association's seven (`sonoma-sister-cities-association.txt`),
the chapter's partnerships (`socal-sister-cities-chapter.txt`), and each city's page in its own language
with both directories' titles, written by hand (the conventions of home/demo/data/__init__.py)."""

# The seed's statement of what the association's volunteers pursue with "our sister cities" (municipal,
# business, trade, educational, humanitarian, social and cultural exchanges) covers every programme area; the
# seed does not break it down by city, so each city carries all of them.
_SSCA_PROGRAMMES = ["cultural", "youth_education", "community_development", "business_trade", "humanitarian"]

CITIES = [
    {
        "key": "aswan",
        "name": "Aswan",
        "local_city": "Sonoma",
        "region": "Aswan Governorate",  # general knowledge, not from seed
        "country": "EG",  # general knowledge, not from seed
        "latitude": 24.09,  # general knowledge, not from seed
        "longitude": 32.90,  # general knowledge, not from seed
        "population": 380000,  # about 380,000 (2021 estimate); general knowledge, not from seed
        "status": "sister",
        "since": None,  # not in the seed and not known for sure
        "origin": "other",  # the seed does not say how it began
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Aswan, on the east bank of the Nile at the First Cataract, is the capital of Egypt's Aswan "
            "Governorate and one of Sonoma's seven sister cities."
        ),
        "body": [
            # general knowledge, not from seed
            "Aswan lies on the east bank of the Nile at the First Cataract, in the far south of Egypt. In antiquity it "
            "was Egypt's southern frontier town, and its granite quarries supplied stone for monuments along the "
            "Nile; the Unfinished Obelisk still lies in one of them.",
            "The modern city includes Elephantine Island and faces the rock tombs of Qubbet el-Hawa across the "
            "river. Upstream stand the Aswan Low Dam and the Aswan High Dam, which holds back Lake Nasser. The "
            "temples of Philae, moved to Agilkia Island to save them from the rising water, and the Nubian Museum "
            "draw visitors from all over the world.",
            # from the seed
            "Aswan is one of the seven sister cities of the Sonoma Sister Cities Association. The chair of its "
            "Sonoma-Aswan Committee is currently vacant.",
        ],
    },
    {
        "key": "chambolle-musigny",
        "name": "Chambolle-Musigny",
        "local_city": "Sonoma",
        "region": "Côte-d'Or, Bourgogne-Franche-Comté",  # general knowledge, not from seed
        "country": "FR",
        "latitude": 47.19,  # general knowledge, not from seed
        "longitude": 4.95,  # general knowledge, not from seed
        "population": 300,  # about 300 (2020); general knowledge, not from seed
        "status": "sister",
        "since": "1959",  # general knowledge, not from seed (Hello Sonoma!, 2022); the seed says only "the first"
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Chambolle-Musigny is a small wine village on the Côte de Nuits in Burgundy, France, and Sonoma's first "
            "sister city."
        ),
        "body": [
            # general knowledge, not from seed
            "Chambolle-Musigny is a village of about three hundred people in the Côte-d'Or department of Burgundy, "
            "south of Dijon on the Côte de Nuits, between Morey-Saint-Denis and Vougeot. Its vineyards are planted "
            "with Pinot Noir and include the grands crus Musigny and Bonnes-Mares.",
            # from the seed
            "The first sister city relationship of the City of Sonoma was with Chambolle-Musigny, and the "
            "association's committee for it is known as Chamson. Many Sonoma residents descend from French and "
            "Italian immigrants who came to the valley to work in wine making.",
        ],
    },
    {
        "key": "greve-in-chianti",
        "name": "Greve in Chianti",
        "local_city": "Sonoma",
        "region": "Tuscany",  # general knowledge, not from seed
        "country": "IT",
        "latitude": 43.58,  # general knowledge, not from seed
        "longitude": 11.32,  # general knowledge, not from seed
        "population": 13500,  # about 13,500 (2020); general knowledge, not from seed
        "status": "sister",
        "since": "1983",  # 40th anniversary celebrated in 2023; general knowledge, not from seed
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Greve in Chianti is a Tuscan market town in the hills between Florence and Siena, at the heart of the "
            "Chianti Classico wine country."
        ),
        # general knowledge, not from seed
        "body": [
            "Greve in Chianti is a comune of the Metropolitan City of Florence, in Tuscany, about thirty kilometres "
            "south of Florence. Its centre is the arcaded, triangular Piazza Matteotti, for centuries the market "
            "place of the Chianti hills.",
            "A statue in the square honours the navigator Giovanni da Verrazzano, who in 1524 was the first European "
            "to sail into New York Bay and is traditionally said to have been born at the nearby Castello di "
            "Verrazzano. Vineyards and olive groves surround the town, and Chianti Classico is its best-known wine.",
        ],
    },
    {
        "key": "kaniv",
        "name": "Kaniv",
        "local_city": "Sonoma",
        "region": "Cherkasy Oblast",  # general knowledge, not from seed
        "country": "UA",
        "latitude": 49.75,  # general knowledge, not from seed
        "longitude": 31.46,  # general knowledge, not from seed
        "population": 24000,  # about 24,000 (2022 estimate); general knowledge, not from seed
        "status": "sister",
        "since": "1987",  # general knowledge, not from seed (Sonoma and Kaniv, reported in 2022)
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Kaniv is a historic town on the Dnipro in central Ukraine, where the national poet Taras Shevchenko "
            "is buried."
        ),
        "body": [
            # general knowledge, not from seed
            "Kaniv stands on the high right bank of the Dnipro in Cherkasy Oblast, about a hundred kilometres "
            "south-east of Kyiv. It is one of the old towns of the Dnipro valley and appears in chronicles of the "
            "twelfth century.",
            "On Chernecha Hora above the town, now called Taras Hill, is the grave of Taras Shevchenko (1814–1861), "
            "Ukraine's national poet, with a museum devoted to his life and work. The wooded hills along the river "
            "are protected as the Kaniv Nature Reserve.",
            # from the seed
            "The Sonoma-Kaniv Committee meets every month at the Sonoma Library.",
        ],
    },
    {
        "key": "patzcuaro",
        "name": "Patzcuaro",
        "local_city": "Sonoma",
        "region": "Michoacán",  # general knowledge, not from seed
        "country": "MX",
        "latitude": 19.52,  # general knowledge, not from seed
        "longitude": -101.61,  # general knowledge, not from seed
        "population": 98000,  # about 98,000, municipality (INEGI census, 2020); general knowledge, not from seed
        "status": "sister",
        "since": None,  # not in the seed and not known for sure
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Pátzcuaro is a colonial town in the highlands of Michoacán, Mexico, beside Lake Pátzcuaro, known for "
            "its Purépecha heritage and its crafts."
        ),
        # general knowledge, not from seed
        "body": [
            "Pátzcuaro lies at about 2,100 metres in the highlands of Michoacán, near the southern shore of Lake "
            "Pátzcuaro, in the heartland of the Purépecha people.",
            "In the sixteenth century Vasco de Quiroga, the first bishop of Michoacán, made Pátzcuaro his seat and "
            "encouraged the lakeside villages each to practise a craft, a tradition still seen in the region's "
            "markets. The town keeps its adobe, tile-roofed centre around the broad Plaza Vasco de Quiroga.",
            "Its Day of the Dead observances, above all on the island of Janitzio in the lake, are among the best "
            "known in Mexico.",
        ],
    },
    {
        "key": "penglai",
        "name": "Penglai",
        "local_city": "Sonoma",
        "region": "Shandong",  # general knowledge, not from seed
        "country": "CN",
        "latitude": 37.81,  # general knowledge, not from seed
        "longitude": 120.76,  # general knowledge, not from seed
        "population": 450000,  # about 450,000 (2010, as reported in Sonoma); general knowledge, not from seed
        "status": "sister",
        "since": "2010",  # approved by the Sonoma City Council in January 2010; general knowledge, not from seed
        "origin": "trade",  # proposed by Penglai for wine and tourism; general knowledge, not from seed
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Penglai, on the northern coast of Shandong Province, China, is a historic harbour town and one of "
            "China's leading wine-growing areas."
        ),
        # general knowledge, not from seed
        "body": [
            "Penglai lies on the north coast of the Shandong Peninsula, facing the Bohai Strait, and is a district "
            "of the city of Yantai.",
            "The Penglai Pavilion, on a headland above the sea, is one of China's celebrated historic towers, and "
            "the coast here is linked with the legend of the Eight Immortals crossing the sea. Beside it lies the "
            "Penglai Water City, a fortified harbour of the Ming dynasty.",
            "The hills behind the coast are planted with vineyards, and Penglai is one of the best-known wine "
            "regions of China.",
        ],
    },
    {
        "key": "tokaj",
        "name": "Tokaj",
        "local_city": "Sonoma",
        "region": "Borsod-Abaúj-Zemplén",  # general knowledge, not from seed
        "country": "HU",
        "latitude": 48.12,  # general knowledge, not from seed
        "longitude": 21.41,  # general knowledge, not from seed
        "population": 3700,  # about 3,700 (2024); general knowledge, not from seed
        "status": "sister",
        "since": "2012",  # general knowledge, not from seed (made official in 2012)
        "origin": "trade",  # grew from a Hungarian trade and tourism mission to Sonoma; general knowledge
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Tokaj is a small town in north-eastern Hungary where the Bodrog meets the Tisza, and gives its name to "
            "the Tokaj wine region."
        ),
        # general knowledge, not from seed
        "body": [
            "Tokaj lies in Borsod-Abaúj-Zemplén County, at the foot of Kopasz Hill, where the Bodrog flows into the "
            "Tisza.",
            "The town gives its name to the Tokaj wine region, famous for its sweet Tokaji Aszú. The Tokaj Wine "
            "Region Historic Cultural Landscape has been a UNESCO World Heritage Site since 2002.",
            "Sonoma has a Hungarian thread in its own wine history: Ágoston Haraszthy, a Hungarian-born pioneer of "
            "California wine, founded the Buena Vista winery in Sonoma in 1857.",
        ],
    },
]

# The programme areas the city-page seed's "Goals of Sister Cities International" name: reciprocal cultural,
# educational, municipal, business, professional and technical exchanges.
_SCI_PROGRAMMES = ["cultural", "youth_education", "community_development", "business_trade"]

PARTNERSHIPS = [
    {
        "key": "clermont-ferrand",
        "name": "Clermont-Ferrand",
        "local_city": "Norman",
        "region": "Auvergne-Rhône-Alpes",  # general knowledge, not from seed
        "country": "FR",
        "latitude": 45.78,  # general knowledge, not from seed
        "longitude": 3.08,  # general knowledge, not from seed
        "population": 147000,  # about 147,000 (INSEE, 2020); general knowledge, not from seed
        "status": "sister",
        "since": "1994",  # 25th anniversary celebrated in December 2019; general knowledge, not from seed
        "origin": "other",  # the seed does not say how it began
        "programmes": _SCI_PROGRAMMES,
        "website": None,
        "image_caption": "A statue and cathedral in Clermont-Ferrand, France",
        "summary": (
            "Clermont-Ferrand is a university city in central France, bordered by the volcanic Chaîne des Puys "
            "mountains."
        ),
        "body": [
            "Clermont-Ferrand is a university city in central France, bordered by the volcanic Chaîne des Puys "
            "mountains.",
            "Near the fountains and statues of Place de Jaude square are the Gothic Notre-Dame-de-l'Assomption "
            "Cathedral, constructed from lava stone, and the Romanesque Basilica of Notre-Dame du Port, with mosaics.",
            "Northwest of the city is the volcano-themed Vulcania amusement park and museum with interactive shows.",
        ],
    },
    {
        "key": "colima",
        "name": "Colima",
        "local_city": "Norman",
        "region": "Colima",
        "country": "MX",
        "latitude": 19.24,  # general knowledge, not from seed
        "longitude": -103.72,  # general knowledge, not from seed
        "population": 157000,  # about 157,000, municipality (INEGI census, 2020); general knowledge, not from seed
        "status": "sister",
        "since": None,  # not in the seed and not known for sure
        "origin": "other",
        "programmes": _SCI_PROGRAMMES,
        "website": None,
        "image_caption": "The Government Palace in Colima City, Mexico",
        "summary": (
            "Colima is the capital of the Mexican state of the same name, near the central Pacific coast in a valley "
            "south of Colima Volcano."
        ),
        "body": [
            "Colima is the capital of the Mexican state of the same name. It lies near the central Pacific coast, in "
            "a valley south of Colima Volcano.",
            "Jardín Libertad, the main square, features a 19th-century Belgian kiosk and Portal Medellín, a grand "
            "building with a row of arches.",
            "Catedral Basílica Menor de Colima has a neoclassical facade. Next to the cathedral is the city hall and "
            "government building, Palacio de Gobierno.",
        ],
    },
    {
        "key": "seika",
        "name": "Seika",
        "local_city": "Norman",
        "region": "Kyoto Prefecture",
        "country": "JP",
        "latitude": 34.76,  # general knowledge, not from seed
        "longitude": 135.79,  # general knowledge, not from seed
        "population": 36000,  # about 36,000 (2020); general knowledge, not from seed
        "status": "sister",
        # Friendship agreement in October 2000, sister-city agreement signed in Norman on 1 September 2005
        # (Seika Town's sister city page); general knowledge, not from seed.
        "since": "2005-09-01",
        "origin": "other",  # grew out of the Kyoto Prefecture-Oklahoma sister-state relationship
        "programmes": _SCI_PROGRAMMES,
        "website": None,
        "image_caption": "Seika Town Hall and Town Clock",
        "summary": (
            "Seika is a town at the southwestern end of Kyoto Prefecture, in the geographical center of Japan and "
            "the Kinki region."
        ),
        "body": [
            "Seika Town is located at the southwestern end of Kyoto Prefecture, and is also located in the "
            "geographical center of Japan and the Kinki region.",
            "The gently rolling hills extend to the west and south, flat farmland extends to the east, and the Kizu "
            "River flows to the eastern end.",
            "The average temperature of the year is about 15 degrees Celsius, and it has a warm climate.",
        ],
    },
    {
        "key": "arezzo",
        "name": "Arezzo",
        "local_city": "Norman",
        "region": "Tuscany",
        "country": "IT",
        "latitude": 43.46,  # general knowledge, not from seed
        "longitude": 11.88,  # general knowledge, not from seed
        "population": 98000,  # about 98,000 (ISTAT, 2020); general knowledge, not from seed
        "status": "sister",
        "since": "2011",  # agreement signed in Norman in April 2011; general knowledge, not from seed
        "origin": "other",
        "programmes": _SCI_PROGRAMMES,
        "website": None,
        "image_caption": "The Piazza Grande (Great Square) in Arezzo Italy",
        "summary": (
            "Arezzo is a city and comune in Tuscany, Italy, and the capital of the province of the same name, about "
            "80 kilometres southeast of Florence."
        ),
        "body": [
            "Arezzo is a city and comune in Italy and the capital of the province of the same name located in "
            "Tuscany.",
            "Arezzo is about 80 kilometres (50 miles) southeast of Florence at an elevation of 296 metres (971 ft) "
            "above sea level.",
        ],
    },
]

# The language a partner city's readers read, by ISO 3166-1 country code.
COUNTRY_LANGUAGE = {
    "CN": "zh-hans", "EG": "ar", "FR": "fr", "HU": "hu", "IT": "it", "JP": "ja", "MX": "es", "UA": "uk",
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
