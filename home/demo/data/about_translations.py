"""The Sonoma association's about page in every language of the site, written by hand from `sonoma.ABOUT` and
`sonoma.TOWN` (`sonoma-sister-cities-association.txt`): {language: {"title", "intro", "body": [three paragraphs,
the heading, three paragraphs on the town]}}. The intro is also the history page's."""

ABOUT = {
    "fr": {
        "title": "Qui sommes-nous",
        "intro": (
            "Le premier jumelage a uni la ville de Sonoma et la commune de Chambolle-Musigny, en France. D’autres "
            "jumelages ont suivi, et l’Association des villes jumelles de Sonoma a été créée par un accord officiel "
            "signé le 8 septembre 1986 entre la ville de Sonoma et Sister Cities International (SCI). Nous comptons "
            "aujourd’hui 7 comités de jumelage, qui agissent tous sous l’égide de la SSCA. Chacun d’eux travaille "
            "avec la SSCA à faire avancer notre mission et celle de SCI, en ouvrant la voie à une diplomatie de "
            "citoyen à citoyen."
        ),
        "body": [
            "Au fil des années, le maire de Sonoma et plusieurs membres du conseil municipal ont pris part "
            "personnellement à l’accueil de délégations et se sont rendus eux-mêmes à l’étranger avec des "
            "délégations. Avec la vision de la ville de Sonoma, la SSCA a beaucoup contribué à faire reconnaître "
            "Sonoma comme une destination touristique internationale.",
            "Sister Cities International (SCI) a été fondée par le président Dwight D. Eisenhower en 1956, en "
            "pleine guerre froide, comme organisation nationale d’adhérents, non partisane et à but non lucratif "
            "(501(c)3), au service d’un réseau de dizaines de milliers de diplomates citoyens qui, dans le monde "
            "entier, œuvrent pour la paix et la prospérité. Grâce aux programmes de SCI, plus de 145 pays ont "
            "accueilli des responsables étrangers, mené des échanges culturels et artistiques, créé des programmes "
            "pour la jeunesse et l’éducation, apporté une aide humanitaire et stimulé un développement économique "
            "et durable.",
            "La SSCA entretient aujourd’hui sept jumelages sur quatre continents. Nos diplomates citoyens sont des "
            "citoyens ordinaires qui, en groupe de bénévoles, mènent avec nos villes jumelles des échanges "
            "municipaux, économiques, commerciaux, éducatifs, humanitaires, sociaux et culturels. Sous l’égide de la "
            "ville de Sonoma et avec le soutien des élus locaux, nous sommes un moteur du réseau mondial de "
            "jumelages de SCI.",
            "Des origines historiques riches et des lieux remarquables",
            "La ville de Sonoma, organisée autour de la Sonoma Plaza, est un lieu historique de la vallée de Sonoma, "
            "dans le comté de Sonoma, en Californie (États-Unis), à une soixantaine de kilomètres au nord du Golden "
            "Gate Bridge. C’est ici qu’eut lieu en 1846 la révolte du drapeau à l’ours (Bear Flag Revolt), qui "
            "conduisit à l’indépendance vis-à-vis du Mexique, puis à l’entrée de la Californie dans les États-Unis "
            "le 9 septembre 1850.",
            "De nombreux bâtiments historiques en adobe entourent la Plaza, dont la caserne de Sonoma et la mission "
            "San Francisco Solano, construite en 1823, la dernière des 21 missions franciscaines de Californie. "
            "L’hôtel de ville de Sonoma, bâti en 1908, est toujours en service. Il est le point central de la Plaza, "
            "elle-même classée National Historic Landmark.",
            "Sonoma est connue pour sa culture du « slow food », et le comté de Sonoma est un centre de la "
            "viticulture californienne, avec l’appellation Sonoma Valley AVA. Beaucoup d’habitants de Sonoma sont des "
            "Italo-Américains et des Franco-Américains de troisième ou quatrième génération, descendants "
            "d’immigrés venus travailler dans la vigne et le vin.",
        ],
    },
    "es": {
        "title": "Quiénes somos",
        "intro": (
            "El primer hermanamiento unió a la ciudad de Sonoma con la ciudad de Chambolle-Musigny, en Francia. "
            "Le siguieron otros, y la Asociación de Ciudades Hermanas de Sonoma se creó mediante un acuerdo oficial "
            "firmado el 8 de septiembre de 1986 entre la ciudad de Sonoma y Sister Cities International (SCI). Hoy "
            "tenemos 7 comités de ciudades hermanas, todos bajo el amparo de la SSCA. Cada uno de ellos trabaja con "
            "la SSCA para impulsar nuestra misión y la de SCI, y abre la puerta a la diplomacia de ciudadano a "
            "ciudadano."
        ),
        "body": [
            "A lo largo de los años, el alcalde de Sonoma y varios miembros del concejo municipal han participado "
            "personalmente en visitas de delegaciones y han viajado al extranjero con ellas. Con la visión de la "
            "ciudad de Sonoma, la SSCA ha contribuido de forma importante a que Sonoma sea reconocida como destino "
            "turístico internacional.",
            "Sister Cities International (SCI) fue fundada por el presidente Dwight D. Eisenhower en 1956, en plena "
            "Guerra Fría, como organización nacional de miembros sin fines de lucro y apartidista (501(c)3), al "
            "servicio de una red de decenas de miles de diplomáticos ciudadanos que en todo el mundo defienden la "
            "paz y la prosperidad. Gracias a los programas de SCI, más de 145 países han recibido a líderes "
            "internacionales, han realizado intercambios culturales y artísticos, han creado programas para jóvenes "
            "y de educación, han prestado ayuda humanitaria y han impulsado el desarrollo económico y sostenible.",
            "Hoy la SSCA mantiene siete hermanamientos en cuatro continentes. Nuestros diplomáticos ciudadanos son "
            "personas corrientes que, como grupo de voluntarios, llevan adelante intercambios municipales, "
            "empresariales, comerciales, educativos, humanitarios, sociales y culturales con nuestras ciudades "
            "hermanas. Bajo el amparo de la ciudad de Sonoma y con el apoyo de los cargos electos locales, somos "
            "una parte activa de la red mundial de hermanamientos de SCI.",
            "Ricos orígenes históricos y lugares emblemáticos",
            "Sonoma, en torno a la Sonoma Plaza, es una ciudad de gran importancia histórica en el valle de Sonoma, "
            "condado de Sonoma, California (Estados Unidos), a solo 64 kilómetros al norte del puente Golden Gate. "
            "Aquí tuvo lugar en 1846 la Revuelta de la Bandera del Oso, que llevó a la independencia de México y a "
            "que California se convirtiera en un estado de los Estados Unidos el 9 de septiembre de 1850.",
            "Muchos edificios históricos de adobe rodean la Plaza, entre ellos el Cuartel de Sonoma y la Misión San "
            "Francisco Solano, construida en 1823, la última de las 21 misiones franciscanas de California. El "
            "ayuntamiento de Sonoma se construyó en 1908 y sigue en uso. Es el centro de la Plaza, que a su vez es "
            "Monumento Histórico Nacional.",
            "Sonoma es conocida por su cultura de «comida lenta», y el condado de Sonoma es un centro de la "
            "industria vinícola de California, con la denominación Sonoma Valley AVA. Muchos habitantes de Sonoma "
            "son italoestadounidenses y francoestadounidenses de tercera o cuarta generación, descendientes de "
            "inmigrantes que llegaron a la zona para trabajar en la elaboración del vino.",
        ],
    },
    "it": {
        "title": "Chi siamo",
        "intro": (
            "Il primo gemellaggio ha unito la città di Sonoma e il comune di Chambolle-Musigny, in Francia. Ne sono "
            "seguiti altri, e l’Associazione delle città gemellate di Sonoma è stata istituita con un accordo "
            "ufficiale firmato l’8 settembre 1986 tra la città di Sonoma e Sister Cities International (SCI). Oggi "
            "abbiamo 7 comitati di gemellaggio, che operano tutti sotto l’egida della SSCA. Ognuno di essi lavora "
            "con la SSCA per portare avanti la nostra missione e quella di SCI, creando occasioni di diplomazia tra "
            "cittadini."
        ),
        "body": [
            "Negli anni il sindaco di Sonoma e diversi membri del consiglio comunale hanno partecipato di persona "
            "all’accoglienza delle delegazioni e si sono recati all’estero con delegazioni. Con la visione della "
            "città di Sonoma, la SSCA ha contribuito in modo importante al riconoscimento di Sonoma come meta "
            "turistica internazionale.",
            "Sister Cities International (SCI) è stata fondata dal presidente Dwight D. Eisenhower nel 1956, in "
            "piena guerra fredda, come organizzazione nazionale di soci apartitica e senza scopo di lucro "
            "(501(c)3), al servizio di una rete di decine di migliaia di diplomatici cittadini che in tutto il mondo "
            "si battono per la pace e la prosperità. Grazie ai programmi di SCI, oltre 145 paesi hanno ospitato "
            "leader internazionali, realizzato scambi culturali e artistici, sviluppato programmi per i giovani e "
            "per la formazione, fornito assistenza umanitaria e stimolato lo sviluppo economico e sostenibile.",
            "Oggi la SSCA ha sette gemellaggi in quattro continenti. I nostri diplomatici cittadini sono persone "
            "comuni che, come gruppo di volontari, portano avanti scambi municipali, imprenditoriali, commerciali, "
            "educativi, umanitari, sociali e culturali con le nostre città gemelle. Sotto l’egida della città di "
            "Sonoma e con il sostegno degli eletti locali, siamo una parte trainante della rete mondiale di "
            "gemellaggi di SCI.",
            "Ricche origini storiche e luoghi simbolo",
            "La città di Sonoma, raccolta intorno alla Sonoma Plaza, è un centro di grande importanza storica nella "
            "Sonoma Valley, contea di Sonoma, California (Stati Uniti), a soli 64 chilometri a nord del Golden Gate "
            "Bridge. Qui nel 1846 ebbe luogo la rivolta della Bandiera dell’Orso, che portò all’indipendenza dal "
            "Messico e all’ingresso della California negli Stati Uniti il 9 settembre 1850.",
            "Molti edifici storici in adobe circondano la Plaza, tra cui la caserma di Sonoma e la missione San "
            "Francisco Solano, costruita nel 1823, l’ultima delle 21 missioni francescane della California. Il "
            "municipio di Sonoma, costruito nel 1908, è ancora in uso. È il punto focale della Plaza, a sua volta "
            "National Historic Landmark.",
            "Sonoma è nota per la sua cultura dello «slow food», e la contea di Sonoma è un centro dell’industria "
            "vinicola californiana, con la denominazione Sonoma Valley AVA. Molti abitanti di Sonoma sono "
            "italoamericani e francoamericani di terza o quarta generazione, discendenti di immigrati arrivati qui "
            "per lavorare nella produzione del vino.",
        ],
    },
    "ja": {
        "title": "協会について",
        "intro": (
            "最初の姉妹都市提携は、ソノマ市とフランスのシャンボール＝ミュジニー村との間で結ばれました。その後も提携が"
            "続き、1986年9月8日にソノマ市とシスター・シティーズ・インターナショナル（SCI）が調印した正式な協定により、"
            "ソノマ姉妹都市協会が設立されました。現在、7つの姉妹都市委員会がすべて SSCA のもとで活動しています。"
            "各委員会は SSCA とともに当協会と SCI の使命を推し進め、市民と市民をつなぐ外交の機会をつくっています。"
        ),
        "body": [
            "これまでソノマ市長や市議会議員の何人もが、代表団の受け入れに自ら関わり、代表団の一員として海外も訪れて"
            "きました。ソノマ市の構想のもと、SSCA はソノマが国際的な観光地として認められるうえで大きな役割を果たして"
            "きました。",
            "シスター・シティーズ・インターナショナル（SCI）は、冷戦さなかの1956年にドワイト・D・アイゼンハワー大統領が"
            "創設した、超党派の非営利の全国会員組織（501(c)3）です。平和と繁栄のために力を尽くす世界中の何万人もの"
            "市民外交官のネットワークを支えています。SCI のプログラムを通じて、145を超える国々が海外の指導者を迎え、"
            "文化・芸術交流を行い、青少年・教育プログラムを育て、人道支援を行い、経済と持続可能な発展を促してきました。",
            "現在、SSCA の姉妹都市提携は4大陸の7都市に広がっています。私たちの市民外交官は、ボランティアとして集まった"
            "ごく普通の市民で、姉妹都市との間で行政・ビジネス・貿易・教育・人道・社会・文化の交流に取り組んでいます。"
            "ソノマ市のもとで、地元の公選職の支援を受けながら、私たちは SCI の世界的な姉妹都市ネットワークを動かす一員"
            "となっています。",
            "豊かな歴史の始まりと名所",
            "ソノマ・プラザを中心とするソノマの町は、アメリカ合衆国カリフォルニア州ソノマ郡のソノマ・バレーにある"
            "歴史的に重要な町で、ゴールデンゲートブリッジからわずか約64キロ北に位置しています。1846年にはここで"
            "ベア・フラッグの反乱が起こり、メキシコからの独立、そして1850年9月9日のカリフォルニアの州昇格へとつながり"
            "ました。",
            "プラザの周りには、ソノマ兵舎や、1823年に建てられたカリフォルニアの21のフランシスコ会伝道所のうち最後の"
            "ものであるサン・フランシスコ・ソラノ伝道所など、日干しれんが（アドベ）造りの歴史的建造物が数多く並んで"
            "います。1908年に建てられたソノマ市庁舎は今も使われています。市庁舎はプラザの中心にあり、プラザそのものも"
            "国定歴史建造物に指定されています。",
            "ソノマは「スローフード」の文化で知られ、ソノマ郡はソノマ・バレー AVA を擁するカリフォルニアのワイン産業の"
            "中心地です。ソノマの住民の多くは、ワインづくりのためにこの地に移り住んだ移民の子孫で、3世、4世のイタリア系"
            "アメリカ人やフランス系アメリカ人です。",
        ],
    },
    "uk": {
        "title": "Про нас",
        "intro": (
            "Першим побратимством стали зв’язки між містом Сонома та містечком Шамболь-Мюзіньї у Франції. Далі були "
            "й інші, і Асоціацію міст-побратимів Сономи засновано офіційною угодою, підписаною 8 вересня 1986 року "
            "між містом Сонома та Sister Cities International (SCI). Сьогодні в нас 7 комітетів міст-побратимів, і "
            "всі вони діють під егідою SSCA. Кожен із них разом із SSCA втілює нашу місію та місію SCI, відкриваючи "
            "можливості для дипломатії від громадянина до громадянина."
        ),
        "body": [
            "Упродовж років мер Сономи та кілька членів міської ради особисто долучалися до прийому делегацій і "
            "самі їздили з делегаціями за кордон. Завдяки баченню міста Сонома SSCA відіграла важливу роль у тому, "
            "що Сонома здобула визнання як міжнародний туристичний напрямок.",
            "Sister Cities International (SCI) заснував президент Дуайт Д. Ейзенхауер 1956 року, в часи холодної "
            "війни, як позапартійну неприбуткову національну членську організацію (501(c)3), що обслуговує мережу "
            "з десятків тисяч громадських дипломатів у всьому світі, які відстоюють мир і добробут. Завдяки "
            "програмам SCI понад 145 країн приймали міжнародних лідерів, провадили культурні та мистецькі обміни, "
            "розвивали молодіжні й освітні програми, надавали гуманітарну допомогу та стимулювали економічний і "
            "сталий розвиток.",
            "Сьогодні SSCA має сім міст-побратимів на чотирьох континентах. Наші громадські дипломати — звичайні "
            "громадяни, які як група волонтерів провадять із містами-побратимами муніципальні, ділові, торговельні, "
            "освітні, гуманітарні, соціальні та культурні обміни. Під егідою міста Сонома та за підтримки місцевих "
            "виборних посадовців ми є рушійною частиною світової мережі партнерств міст-побратимів SCI.",
            "Багата історія та визначні місця",
            "Місто Сонома з центром на Сонома-Плаза — історично важливе місто в долині Сонома, округ Сонома, "
            "Каліфорнія, США, лише за 64 кілометри на північ від мосту Золоті Ворота. Саме тут 1846 року спалахнуло "
            "Повстання ведмежого прапора, що привело до незалежності від Мексики, а 9 вересня 1850 року Каліфорнія "
            "стала штатом США.",
            "Плазу оточує чимало історичних будівель із саману, зокрема казарми Сономи та місія Сан-Франциско-"
            "Солано, збудована 1823 року, — остання з 21 францисканської місії в Каліфорнії. Ратушу Сономи "
            "збудовано 1908 року, і вона досі діє. Вона є осердям Плази, яка сама має статус національної "
            "історичної пам’ятки.",
            "Сонома відома своєю культурою «повільної їжі», а округ Сонома — один із центрів виноробства "
            "Каліфорнії з апелясьйоном Sonoma Valley AVA. Багато мешканців Сономи — італоамериканці та "
            "франкоамериканці в третьому чи четвертому поколінні, нащадки іммігрантів, які приїхали сюди працювати "
            "у виноробстві.",
        ],
    },
    "zh-hans": {
        "title": "关于我们",
        "intro": (
            "第一对姐妹城市关系是在索诺马市与法国尚博勒－米西尼市之间建立的。此后又陆续结成了更多姐妹城市，1986年9月8日，"
            "索诺马市与国际姐妹城市协会（SCI）签署正式协议，成立了索诺马姐妹城市协会。如今，我们共有7个姐妹城市委员会，"
            "全部在 SSCA 的统筹下开展工作。每个委员会都与 SSCA 一道推进我们和 SCI 的使命，为公民之间的外交创造机会。"
        ),
        "body": [
            "多年来，索诺马市长和多位市议会议员亲自参与接待来访代表团，也曾随代表团出访海外。在索诺马市的远见支持下，"
            "SSCA 为索诺马成为公认的国际旅游目的地发挥了重要作用。",
            "国际姐妹城市协会（SCI）由德怀特·D·艾森豪威尔总统于1956年冷战时期创立，是一个无党派、非营利的全国性会员"
            "组织（501(c)3），服务于遍布全球、致力于和平与繁荣的数以万计的民间外交使者。通过 SCI 的各项项目，145个"
            "以上的国家接待了来访的国际领导人，开展了文化与艺术交流，发展了青少年与教育项目，提供了人道主义援助，并推动了经济与"
            "可持续发展。",
            "如今，SSCA 的七个姐妹城市关系遍及四大洲。我们的民间外交使者都是普通市民，作为一支志愿者队伍，与姐妹城市"
            "开展市政、商业、贸易、教育、人道主义、社会和文化交流。在索诺马市的支持和当地民选官员的帮助下，我们是 SCI"
            " 全球姐妹城市伙伴网络中的一支中坚力量。",
            "丰富的历史渊源与地标",
            "索诺马镇以索诺马广场为中心，是美国加利福尼亚州索诺马县索诺马谷中一座具有重要历史意义的小镇，位于金门大桥以北"
            "仅约64公里处。1846年的熊旗起义就发生在这里，它促成了加利福尼亚脱离墨西哥独立，并于1850年9月9日成为美国的"
            "一个州。",
            "广场周围环绕着许多具有历史意义的土坯建筑，包括索诺马兵营和建于1823年的圣弗朗西斯科·索拉诺传教站——加利福尼亚"
            "21座方济各会传教站中的最后一座。索诺马市政厅建于1908年，至今仍在使用。它是广场的中心，而广场本身也是国家历史"
            "地标。",
            "索诺马以“慢食”文化闻名，索诺马县则是加利福尼亚葡萄酒产业的中心之一，拥有索诺马谷 AVA 产区。许多索诺马居民"
            "是第三代或第四代意大利裔和法国裔美国人，他们的祖先是来此从事酿酒的移民。",
        ],
    },
    "hu": {
        "title": "Rólunk",
        "intro": (
            "Az első testvérvárosi kapcsolat Sonoma városa és a franciaországi Chambolle-Musigny között jött létre. "
            "Ezt további kapcsolatok követték, és a Sonomai Testvérvárosi Egyesületet Sonoma városa és a Sister "
            "Cities International (SCI) között 1986. szeptember 8-án aláírt hivatalos megállapodás hozta létre. Ma "
            "7 testvérvárosi bizottságunk van, mind az SSCA égisze alatt. Minden bizottságunk az SSCA-val együtt "
            "viszi előre a mi küldetésünket és az SCI-ét, lehetőséget teremtve a polgárok közötti diplomáciára."
        ),
        "body": [
            "Az évek során Sonoma polgármestere és a városi tanács több tagja személyesen is részt vett delegációk "
            "fogadásában, és delegációkkal külföldre is utazott. Sonoma városának elképzeléseivel összhangban az "
            "SSCA sokat tett azért, hogy Sonoma nemzetközi turisztikai célponttá váljon.",
            "A Sister Cities International (SCI) szervezetet Dwight D. Eisenhower elnök alapította 1956-ban, a "
            "hidegháború idején, pártoktól független, nonprofit országos tagsági szervezetként (501(c)3), hogy a "
            "békéért és a jólétért kiálló polgári diplomaták világszerte több tízezres hálózatát szolgálja. Az SCI "
            "programjainak köszönhetően több mint 145 ország fogadott külföldi vezetőket, folytatott kulturális és "
            "művészeti cseréket, indított ifjúsági és oktatási programokat, nyújtott humanitárius segítséget, és "
            "ösztönözte a gazdasági és fenntartható fejlődést.",
            "Ma az SSCA-nak hét testvérvárosi kapcsolata van négy kontinensen. Polgári diplomatáink hétköznapi "
            "emberek, akik önkéntesként önkormányzati, üzleti, kereskedelmi, oktatási, humanitárius, társadalmi és "
            "kulturális cseréket folytatnak testvérvárosainkkal. Sonoma városának égisze alatt és a helyi "
            "választott tisztségviselők támogatásával az SCI testvérvárosi partnerségekből álló világhálózatának "
            "hajtóereje vagyunk.",
            "Gazdag történelmi kezdetek és nevezetességek",
            "A Sonoma Plaza köré épült Sonoma városa történelmi jelentőségű település a kaliforniai (USA) Sonoma "
            "megye Sonoma-völgyében, mindössze 64 kilométerre északra a Golden Gate hídtól. Itt tört ki 1846-ban a "
            "Medvezászlós lázadás, amely a Mexikótól való függetlenséghez vezetett, majd Kalifornia 1850. "
            "szeptember 9-én az Egyesült Államok tagállama lett.",
            "A Plazát számos történelmi vályogépület veszi körül, köztük a sonomai laktanya és az 1823-ban épült San "
            "Francisco Solano misszió, Kalifornia 21 ferences missziója közül az utolsó. Az 1908-ban épült sonomai "
            "városháza ma is működik. Ez a Plaza központja, amely maga is nemzeti történelmi emlékhely.",
            "Sonoma a „slow food” kultúrájáról ismert, Sonoma megye pedig a kaliforniai borászat egyik központja, a "
            "Sonoma Valley AVA bortermő terület otthona. Sonoma lakói közül sokan harmad- vagy negyedgenerációs "
            "olasz- és franciaamerikaiak, olyan bevándorlók leszármazottai, akik a borkészítésben dolgozni érkeztek "
            "a vidékre.",
        ],
    },
    "ar": {
        "title": "من نحن",
        "intro": (
            "كانت أول علاقة توأمة بين مدينة سونوما وبلدة شامبول-موزيني في فرنسا. وتبعتها علاقات أخرى، فأُنشئت "
            "جمعية المدن الشقيقة في سونوما باتفاق رسمي وُقّع في 8 سبتمبر 1986 بين مدينة سونوما ومنظمة المدن "
            "الشقيقة الدولية (SCI). ولدينا اليوم 7 لجان للمدن الشقيقة تعمل كلها تحت مظلة SSCA. وتعمل كل لجنة مع "
            "SSCA على تحقيق رسالتنا ورسالة SCI، فتفتح الباب أمام دبلوماسية المواطن للمواطن."
        ),
        "body": [
            "على مرّ السنين شارك عمدة سونوما وعدد من أعضاء مجلس المدينة شخصيًا في استقبال الوفود، وسافروا مع "
            "وفود إلى الخارج. وبفضل رؤية مدينة سونوما كانت SSCA عاملًا مهمًا في الاعتراف بسونوما وجهةً سياحية "
            "دولية.",
            "أسّس الرئيس دوايت د. أيزنهاور منظمة المدن الشقيقة الدولية (SCI) عام 1956 في زمن الحرب الباردة، "
            "منظمةً وطنية للأعضاء غير حزبية وغير ربحية (501(c)3)، تخدم شبكة من عشرات الآلاف من الدبلوماسيين "
            "المواطنين حول العالم الذين يناصرون السلام والازدهار. ومن خلال برامج SCI استضافت أكثر من 145 دولة "
            "قادةً دوليين، وأجرت تبادلات ثقافية وفنية، وطوّرت برامج للشباب والتعليم، وقدّمت مساعدات إنسانية، "
            "وحفّزت التنمية الاقتصادية والمستدامة.",
            "لدى SSCA اليوم سبع علاقات توأمة تمتد إلى أربع قارات. ودبلوماسيونا المواطنون أناس عاديون يعملون "
            "متطوعين، ويقيمون مع مدننا الشقيقة تبادلات بلدية وتجارية واقتصادية وتعليمية وإنسانية واجتماعية "
            "وثقافية. وتحت رعاية مدينة سونوما وبدعم من المسؤولين المنتخبين المحليين، نحن جزء فاعل في شبكة "
            "SCI العالمية لشراكات المدن الشقيقة.",
            "بدايات تاريخية غنية ومعالم بارزة",
            "سونوما بلدة ذات أهمية تاريخية تتوسطها ساحة سونوما، وتقع في وادي سونوما بمقاطعة سونوما في "
            "كاليفورنيا بالولايات المتحدة، على بعد 64 كيلومترًا فقط شمال جسر البوابة الذهبية. هنا قامت ثورة علم "
            "الدب عام 1846، التي أدت إلى الاستقلال عن المكسيك وإلى أن تصبح كاليفورنيا ولاية من الولايات المتحدة في "
            "9 سبتمبر 1850.",
            "تحيط بالساحة مبانٍ تاريخية كثيرة من الطوب اللبن، منها ثكنات سونوما وإرسالية سان فرانسيسكو سولانو التي "
            "بُنيت عام 1823، وهي آخر الإرساليات الفرنسيسكانية الإحدى والعشرين في كاليفورنيا. وبُني مبنى بلدية "
            "سونوما عام 1908 ولا يزال مستخدمًا حتى اليوم، وهو محور الساحة التي هي نفسها معلم تاريخي وطني.",
            "تشتهر سونوما بثقافة «الطعام البطيء»، ومقاطعة سونوما مركز لصناعة النبيذ في كاليفورنيا بمنطقة Sonoma "
            "Valley AVA. وكثير من سكان سونوما أمريكيون من أصل إيطالي أو فرنسي من الجيل الثالث أو الرابع، أحفاد "
            "مهاجرين جاؤوا إلى المنطقة للعمل في صناعة النبيذ.",
        ],
    },
}
