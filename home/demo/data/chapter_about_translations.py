"""The body of the chapter's about page in every language of the site, written by hand from `socal.ABOUT`, the
document labels of `home/demo/load.py`, `socal.SCI_MISSION` and `socal.SCI_GOALS`
(`socal-sister-cities-chapter.txt`, `city-sister-cities-page.txt`), in the page's order: six
paragraphs, the bylaws' and the brochure's labels, the heading, the mission of Sister Cities International, the
title of its goals and the five goals."""

CHAPTER_ABOUT = {
    "fr": [
        "Le « jumelage » des villes a commencé en 836 entre Paderborn, en Allemagne, et Le Mans, en France. Cette "
        "pratique s’est fait mieux connaître avec la création de l’Union internationale des pouvoirs locaux (IULA), "
        "organisation néerlandaise fondée en 1913 à La Haye. Le premier jumelage aux États-Unis a uni en 1944 "
        "Wichita, au Kansas, et Orléans, en France.",
        "Le président Dwight D. Eisenhower a découvert le jumelage par son frère Milton, président de l’université "
        "d’État du Kansas. Il aimait l’idée que des villes se lient à des villes, que des personnes s’engagent "
        "auprès de personnes et que des familles deviennent familières de leurs homologues jumelées outre-mer. Par "
        "ce concept, il espérait voir se réaliser la paix mondiale en créant en 1956 le programme des villes "
        "jumelles.",
        "Depuis 1956, le réseau de Sister Cities International s’est étendu jusqu’à réunir des dizaines de "
        "milliers de diplomates citoyens et de bénévoles dans des programmes menés par plus de 2 000 villes de 140 "
        "pays sur six continents.",
        "Mme Thelma Press, qui avait participé en 1959 au jumelage de San Bernardino, en Californie, avec "
        "Tachikawa, au Japon, fut priée en 1972 de représenter l’État de Californie. En 1974, avec la maire de Santa "
        "Fe Springs, Mme Betty Wilson, qui avait siégé aux côtés du président Eisenhower parmi les signataires de "
        "l’accord fondant Sister Cities, elle établit les règles des statuts des sections. Vu la taille de l’État "
        "de Californie, deux sections furent créées en même temps : celles de Californie du Nord et de Californie "
        "du Sud de Sister Cities International.",
        "La Californie compte aujourd’hui plus d’associations de jumelage que tout autre État américain : 82 villes "
        "californiennes ont 356 partenariats avec des villes de 70 pays. SoCal Sister Cities relie aujourd’hui "
        "environ 170 villes de 50 pays à 40 villes du sud de la Californie.",
        "Pour annoncer un événement de jumelage ou publier votre lettre d’information, envoyez les informations à "
        "admin@socalsistercities.org.",
        "Nos statuts (PDF)",
        "La brochure de la section (PDF)",
        "Sister Cities International",
        "Sister Cities International (SCI) est un réseau de diplomatie citoyenne à but non lucratif qui crée et "
        "renforce des partenariats entre communes américaines et étrangères, afin d’accroître la coopération "
        "mondiale à l’échelle municipale, de favoriser la compréhension culturelle et de stimuler le développement "
        "économique. SCI mène le mouvement pour le développement local et l’action bénévole, en motivant et en "
        "donnant les moyens d’agir aux citoyens, aux élus municipaux et aux chefs d’entreprise pour conduire des "
        "programmes durables d’intérêt mutuel.",
        "Les objectifs de Sister Cities International",
        "Développer des partenariats municipaux entre villes, comtés et États américains et des collectivités "
        "comparables d’autres pays",
        "Offrir aux élus et aux citoyens l’occasion de découvrir d’autres cultures grâce à des partenariats "
        "durables entre communautés",
        "Créer un climat dans lequel le développement économique et local peut être mis en œuvre et renforcé",
        "Favoriser des environnements où les communautés apprennent, travaillent et résolvent les problèmes "
        "ensemble de façon créative, grâce à des échanges et projets culturels, éducatifs, municipaux, économiques, "
        "professionnels et techniques réciproques",
        "Collaborer avec des organisations des États-Unis et d’autres pays qui partagent des objectifs semblables",
    ],
    "es": [
        "El «hermanamiento» de ciudades comenzó en 836 entre Paderborn, en Alemania, y Le Mans, en Francia. Esta "
        "práctica se dio a conocer con la creación de la Unión Internacional de Autoridades Locales (IULA), "
        "organización con sede en los Países Bajos fundada en 1913 en La Haya. El primer hermanamiento en Estados "
        "Unidos se produjo en 1944 entre Wichita, Kansas, y Orleans, Francia.",
        "El presidente Dwight D. Eisenhower conoció este sistema a través de su hermano Milton, presidente de la "
        "Universidad Estatal de Kansas. Le gustaba la idea de que las ciudades se hermanaran con ciudades, que las "
        "personas se relacionaran con personas y que las familias se volvieran familia de sus homólogas hermanadas "
        "al otro lado del mar. Con este concepto, esperaba alcanzar la paz mundial mediante la creación del "
        "Programa de Ciudades Hermanas en 1956.",
        "Desde 1956, la red de Sister Cities International ha crecido hasta unir a decenas de miles de "
        "diplomáticos ciudadanos y voluntarios en programas de más de 2000 ciudades de 140 países en seis "
        "continentes.",
        "A la Sra. Thelma Press, que participó en 1959 en el hermanamiento de San Bernardino, California, con "
        "Tachikawa, Japón, se le pidió en 1972 que fuera la representante del estado de California. En 1974, junto "
        "con la alcaldesa de Santa Fe Springs, la Sra. Betty Wilson, que estuvo junto al presidente Eisenhower "
        "entre los firmantes del acuerdo que creó Sister Cities, estableció las normas de los estatutos de los "
        "capítulos. Por el tamaño del estado de California se crearon dos capítulos a la vez: los capítulos del "
        "Norte y del Sur de California de Sister Cities International.",
        "Hoy California tiene más organizaciones de ciudades hermanas que cualquier otro estado del país: 82 "
        "ciudades californianas tienen 356 hermanamientos con ciudades de 70 países. SoCal Sister Cities conecta "
        "hoy a unas 170 ciudades de 50 países con 40 ciudades del sur de California.",
        "Si desea anunciar un evento de ciudades hermanas o publicar su boletín, envíe la información a "
        "admin@socalsistercities.org.",
        "Nuestros estatutos (PDF)",
        "El folleto del capítulo (PDF)",
        "Sister Cities International",
        "Sister Cities International (SCI) es una red de diplomacia ciudadana sin fines de lucro que crea y "
        "fortalece asociaciones entre comunidades de Estados Unidos y de otros países, para aumentar la "
        "cooperación mundial a escala municipal, promover el entendimiento cultural e impulsar el desarrollo "
        "económico. SCI encabeza el movimiento por el desarrollo comunitario local y el voluntariado, motivando y "
        "capacitando a ciudadanos, funcionarios municipales y líderes empresariales para llevar a cabo programas "
        "de largo plazo en beneficio mutuo.",
        "Objetivos de Sister Cities International",
        "Desarrollar asociaciones municipales entre ciudades, condados y estados de EE. UU. y jurisdicciones "
        "similares de otras naciones",
        "Ofrecer a funcionarios municipales y ciudadanos la oportunidad de conocer y explorar otras culturas "
        "mediante asociaciones comunitarias de largo plazo",
        "Crear un ambiente en el que el desarrollo económico y comunitario pueda ponerse en marcha y fortalecerse",
        "Estimular entornos en los que las comunidades aprendan, trabajen y resuelvan problemas juntas de forma "
        "creativa, mediante intercambios y proyectos culturales, educativos, municipales, empresariales, "
        "profesionales y técnicos recíprocos",
        "Colaborar con organizaciones de Estados Unidos y de otros países que comparten objetivos similares",
    ],
    "it": [
        "Il «gemellaggio» tra città iniziò nell’836 tra Paderborn, in Germania, e Le Mans, in Francia. La pratica "
        "divenne più nota con la nascita dell’Unione internazionale delle autorità locali (IULA), organizzazione "
        "con sede nei Paesi Bassi fondata nel 1913 all’Aia. Il primo gemellaggio negli Stati Uniti avvenne nel 1944 "
        "tra Wichita, in Kansas, e Orléans, in Francia.",
        "Il presidente Dwight D. Eisenhower conobbe questo sistema tramite il fratello Milton, presidente della "
        "Kansas State University. Gli piaceva l’idea che le città si gemellassero con altre città, che le persone "
        "si legassero alle persone e le famiglie diventassero famiglia per le loro omologhe gemellate oltremare. "
        "Con questo concetto, sperava di realizzare la pace nel mondo istituendo nel 1956 il programma delle città "
        "gemellate.",
        "Dal 1956 la rete di Sister Cities International è cresciuta fino a riunire decine di migliaia di "
        "diplomatici cittadini e volontari in programmi di oltre 2.000 città di 140 paesi in sei continenti.",
        "Alla signora Thelma Press, che nel 1959 aveva partecipato al gemellaggio tra San Bernardino, in California, "
        "e Tachikawa, in Giappone, fu chiesto nel 1972 di rappresentare lo Stato della California. Nel 1974, con la "
        "sindaca di Santa Fe Springs, la signora Betty Wilson, che aveva firmato accanto al presidente Eisenhower "
        "l’accordo che fondò Sister Cities, stabilì le regole per gli statuti delle sezioni. Date le dimensioni "
        "della California, furono istituite contemporaneamente due sezioni: quelle della California settentrionale "
        "e meridionale di Sister Cities International.",
        "Oggi la California ha più associazioni di gemellaggio di qualsiasi altro Stato americano: 82 città "
        "californiane hanno 356 gemellaggi con città di 70 paesi. SoCal Sister Cities collega oggi circa 170 città "
        "di 50 paesi con 40 città della California meridionale.",
        "Per annunciare un evento di gemellaggio o pubblicare il vostro notiziario, inviate le informazioni a "
        "admin@socalsistercities.org.",
        "Il nostro statuto (PDF)",
        "L’opuscolo della sezione (PDF)",
        "Sister Cities International",
        "Sister Cities International (SCI) è una rete senza scopo di lucro di diplomazia dei cittadini che crea e "
        "rafforza partenariati tra comunità statunitensi e internazionali, per accrescere la cooperazione "
        "mondiale a livello municipale, promuovere la comprensione culturale e stimolare lo sviluppo economico. SCI "
        "guida il movimento per lo sviluppo delle comunità locali e il volontariato, motivando e mettendo in "
        "condizione cittadini, amministratori comunali e imprenditori di condurre programmi di lungo periodo a "
        "beneficio reciproco.",
        "Gli obiettivi di Sister Cities International",
        "Sviluppare partenariati municipali tra città, contee e Stati degli Stati Uniti e enti analoghi di altre "
        "nazioni",
        "Offrire ad amministratori e cittadini occasioni per conoscere ed esplorare altre culture attraverso "
        "partenariati di lungo periodo tra comunità",
        "Creare un clima in cui lo sviluppo economico e delle comunità possa essere avviato e rafforzato",
        "Favorire contesti in cui le comunità imparino, lavorino e risolvano i problemi insieme in modo creativo, "
        "attraverso scambi e progetti reciproci culturali, educativi, municipali, imprenditoriali, professionali e "
        "tecnici",
        "Collaborare con organizzazioni degli Stati Uniti e di altri paesi che condividono obiettivi simili",
    ],
    "ja": [
        "都市の「姉妹提携」は、836年にドイツのパーダーボルンとフランスのル・マンの間で始まりました。この仕組みは、"
        "1913年にハーグで設立されたオランダに本部を置く国際地方自治体連合（IULA）の誕生によって広く知られるように"
        "なりました。アメリカで最初の姉妹提携は、1944年にカンザス州ウィチタとフランスのオルレアンの間で結ばれました。",
        "ドワイト・D・アイゼンハワー大統領は、カンザス州立大学の学長だった弟ミルトンを通じてこの仕組みを知りました。"
        "都市と都市が結ばれ、人と人が関わり合い、家族が海の向こうの提携先の家族と家族同然になるという考えを大統領は"
        "気に入りました。この構想のもと、大統領は1956年に姉妹都市プログラムを創設し、世界平和の実現を願いました。",
        "1956年以来、シスター・シティーズ・インターナショナルのネットワークは、6大陸140か国の2,000を超える都市の"
        "プログラムを通じて、何万人もの市民外交官とボランティアを結ぶまでに成長しました。",
        "1959年にカリフォルニア州サンバーナーディーノと日本の立川市との姉妹都市提携に携わったセルマ・プレス氏は、"
        "1972年にカリフォルニア州代表を務めるよう依頼されました。1974年、プレス氏は、シスター・シティーズ創設の協定に"
        "アイゼンハワー大統領とともに署名した一人であるサンタフェスプリングス市長ベティ・ウィルソン氏とともに、支部の"
        "規約の規則を定めました。カリフォルニア州は広大なため、北カリフォルニア支部と南カリフォルニア支部の2つが同時に"
        "設立されました。",
        "現在、カリフォルニア州にはアメリカのどの州よりも多くの姉妹都市団体があります。カリフォルニアの82都市が、"
        "70か国の都市と356の提携を結んでいます。SoCal Sister Cities は現在、50か国の約170都市と南カリフォルニアの"
        "40都市を結んでいます。",
        "姉妹都市のイベントのお知らせやニュースレターの掲載をご希望の方は、admin@socalsistercities.org まで情報を"
        "お送りください。",
        "支部規約（PDF）",
        "支部のパンフレット（PDF）",
        "シスター・シティーズ・インターナショナル",
        "シスター・シティーズ・インターナショナル（SCI）は、アメリカと海外の地域の間のパートナーシップを築き、強める"
        "非営利の市民外交ネットワークです。自治体レベルでの国際協力を広げ、文化の理解を深め、経済の発展を促すことを"
        "目指しています。SCI は、市民、自治体職員、経済界のリーダーが互いに利益をもたらす長期的なプログラムを行える"
        "よう後押しし、地域づくりとボランティア活動の運動を率いています。",
        "シスター・シティーズ・インターナショナルの目標",
        "アメリカの市・郡・州と、他国の同様の自治体との間に自治体パートナーシップを築く",
        "長期的な地域間パートナーシップを通じて、自治体職員や市民が他の文化を体験し、知る機会を提供する",
        "経済と地域の発展を進め、強めることのできる環境をつくる",
        "文化・教育・行政・ビジネス・専門・技術の相互交流やプロジェクトを通じて、地域どうしが創造的に共に学び、働き、"
        "問題を解決できる環境を育てる",
        "同様の目標を持つアメリカ国内外の団体と協力する",
    ],
    "uk": [
        "«Побратимство» міст почалося 836 року між Падерборном у Німеччині та Ле-Маном у Франції. Ширше воно стало "
        "відоме після заснування Міжнародного союзу місцевої влади (IULA) — організації з осідком у Нідерландах, "
        "заснованої 1913 року в Гаазі. Перше побратимство міст у Сполучених Штатах поєднало 1944 року Вічиту "
        "(Канзас) та Орлеан (Франція).",
        "Президент Дуайт Д. Ейзенхауер дізнався про побратимство від свого брата Мілтона, президента Університету "
        "штату Канзас. Йому подобалася думка, що міста побратимляться з містами, люди — з людьми, а родини стають "
        "рідними для своїх побратимів за океаном. Завдяки цій ідеї, заснувавши 1956 року програму міст-побратимів, "
        "президент Ейзенхауер сподівався наблизити мир у світі.",
        "Від 1956 року мережа Sister Cities International розрослася й тепер об’єднує десятки тисяч громадських "
        "дипломатів і волонтерів у програмах понад 2000 міст у 140 країнах на шести континентах.",
        "Пані Тельму Прес, яка 1959 року долучилася до встановлення побратимства між Сан-Бернардіно (Каліфорнія) та "
        "Татікавою (Японія), 1972 року попросили стати представницею штату Каліфорнія. 1974 року разом із мером "
        "Санта-Фе-Спрінгс пані Бетті Вілсон, яка була поруч із президентом Ейзенхауером серед підписантів угоди про "
        "заснування Sister Cities, вона встановила правила для статутів відділень. Через розміри штату Каліфорнія "
        "водночас заснували два відділення: Північнокаліфорнійське та Південнокаліфорнійське відділення Sister "
        "Cities International.",
        "Сьогодні в Каліфорнії більше організацій міст-побратимів, ніж у будь-якому іншому штаті США: 82 "
        "каліфорнійські міста мають 356 партнерств із містами у 70 країнах. SoCal Sister Cities нині поєднує близько "
        "170 міст у 50 країнах із 40 містами Південної Каліфорнії.",
        "Якщо ви хочете оголосити подію міст-побратимів або розмістити свою розсилку, надішліть інформацію на "
        "admin@socalsistercities.org.",
        "Наш статут (PDF)",
        "Буклет відділення (PDF)",
        "Sister Cities International",
        "Sister Cities International (SCI) — неприбуткова мережа громадської дипломатії, що створює та зміцнює "
        "партнерства між громадами США та інших країн, щоб поглибити міжнародну співпрацю на муніципальному рівні, "
        "сприяти культурному порозумінню та стимулювати економічний розвиток. SCI очолює рух за розвиток місцевих "
        "громад і волонтерство, надихаючи й уповноважуючи громадян, муніципальних посадовців і лідерів бізнесу "
        "провадити довготривалі програми на взаємну користь.",
        "Цілі Sister Cities International",
        "Розвивати муніципальні партнерства між містами, округами й штатами США та подібними адміністративними "
        "одиницями інших країн",
        "Давати посадовцям міст і громадянам змогу пізнавати інші культури через довготривалі партнерства громад",
        "Створювати атмосферу, у якій можна започаткувати й зміцнити економічний розвиток і розвиток громад",
        "Сприяти середовищу, у якому громади творчо вчаться, працюють і разом розв’язують проблеми через взаємні "
        "культурні, освітні, муніципальні, ділові, фахові та технічні обміни й проєкти",
        "Співпрацювати з організаціями у Сполучених Штатах та інших країнах, що мають подібні цілі",
    ],
    "zh-hans": [
        "城市“结好”最早始于836年，由德国帕德博恩与法国勒芒结为友好城市。1913年在海牙成立、总部设在荷兰的国际"
        "地方政府联盟（IULA）使这一做法更加广为人知。美国的第一对友好城市于1944年在堪萨斯州威奇托与法国奥尔良之间"
        "结成。",
        "德怀特·D·艾森豪威尔总统是通过他的弟弟、堪萨斯州立大学校长米尔顿了解到这一做法的。他喜欢这样的理念：城市"
        "与城市结好，人与人交往，家庭与海外结好城市的家庭亲如一家。艾森豪威尔总统希望借此理念，通过1956年创立姐妹"
        "城市计划来实现世界和平。",
        "自1956年以来，国际姐妹城市协会的网络不断壮大，已通过六大洲140个国家的2000多座城市开展的项目，联结起数以万计"
        "的民间外交使者和志愿者。",
        "塞尔玛·普雷斯女士曾参与1959年加利福尼亚州圣贝纳迪诺与日本立川市建立姐妹城市关系，并于1972年受邀担任加利福尼亚"
        "州代表。1974年，她与圣菲斯普林斯市市长贝蒂·威尔逊女士（曾与艾森豪威尔总统一同作为签署成立姐妹城市协会协议的人）"
        "共同制定了分会章程的规则。由于加利福尼亚州幅员辽阔，国际姐妹城市协会北加州分会和南加州分会同时成立。",
        "如今，加利福尼亚州的姐妹城市组织比美国任何其他州都多：82座加州城市与70个国家的城市结成了356对伙伴关系。南加州"
        "姐妹城市协会目前连接着50个国家的约170座城市与南加州的40座城市。",
        "如需发布姐妹城市活动或刊登您的通讯，请将信息发送至 admin@socalsistercities.org。",
        "分会章程（PDF）",
        "分会宣传册（PDF）",
        "国际姐妹城市协会",
        "国际姐妹城市协会（SCI）是一个非营利的民间外交网络，致力于建立和加强美国与国际社区之间的伙伴关系，以增进市政"
        "层面的全球合作，促进文化理解，推动经济发展。SCI 通过激励和支持普通市民、市政官员和企业领袖开展互利的长期"
        "项目，引领地方社区发展和志愿行动。",
        "国际姐妹城市协会的目标",
        "在美国的城市、县、州与其他国家的类似行政区之间发展市政伙伴关系",
        "通过长期的社区伙伴关系，为市政官员和市民提供体验和了解其他文化的机会",
        "营造能够开展并加强经济与社区发展的氛围",
        "通过互惠的文化、教育、市政、商业、专业和技术交流与项目，营造让各社区共同创造性地学习、工作和解决问题的环境",
        "与美国及其他国家中目标相近的组织开展合作",
    ],
    "hu": [
        "A városok közötti „testvérkapcsolat” 836-ban kezdődött a németországi Paderborn és a franciaországi Le "
        "Mans között. Szélesebb körben a Helyi Önkormányzatok Nemzetközi Szövetségének (IULA), egy 1913-ban Hágában "
        "alapított, holland székhelyű szervezetnek a létrejöttével vált ismertté. Az Egyesült Államokban az első "
        "testvérvárosi kapcsolat 1944-ben jött létre a kansasi Wichita és a franciaországi Orléans között.",
        "Dwight D. Eisenhower elnök öccse, Milton, a Kansasi Állami Egyetem elnöke révén ismerte meg ezt a "
        "rendszert. Tetszett neki a gondolat, hogy városok városokkal, emberek emberekkel, családok a tengerentúli "
        "testvérvárosuk családjaival kerüljenek közel egymáshoz. Ezzel az elképzeléssel Eisenhower elnök a "
        "testvérvárosi program 1956-os elindításával a világbéke megvalósulását remélte.",
        "1956 óta a Sister Cities International hálózata polgári diplomaták és önkéntesek tízezreit fogja össze "
        "hat kontinens 140 országának több mint 2000 városában folyó programokban.",
        "Thelma Presst, aki 1959-ben részt vett a kaliforniai San Bernardino és a japán Tachikawa testvérvárosi "
        "kapcsolatának létrehozásában, 1972-ben felkérték, hogy legyen Kalifornia állam képviselője. 1974-ben Santa "
        "Fe Springs polgármesterével, Betty Wilsonnal – aki Eisenhower elnök mellett a Sister Cities alapításáról "
        "szóló megállapodás egyik aláírója volt – megalkotta a tagozatok alapszabályának szabályait. Kalifornia "
        "mérete miatt egyszerre két tagozat jött létre: a Sister Cities International észak- és dél-kaliforniai "
        "tagozata.",
        "Ma Kaliforniában több testvérvárosi szervezet működik, mint az Egyesült Államok bármely más államában: 82 "
        "kaliforniai városnak 356 partnersége van 70 ország városaival. A SoCal Sister Cities ma mintegy 170 várost "
        "köt össze 50 országból 40 dél-kaliforniai várossal.",
        "Ha testvérvárosi eseményt szeretne meghirdetni vagy hírlevelét közzétenni, küldje el az információkat az "
        "admin@socalsistercities.org címre.",
        "Alapszabályunk (PDF)",
        "A tagozat ismertetője (PDF)",
        "Sister Cities International",
        "A Sister Cities International (SCI) nonprofit polgári diplomáciai hálózat, amely partnerségeket hoz létre "
        "és erősít meg amerikai és külföldi közösségek között, hogy növelje a nemzetközi együttműködést "
        "önkormányzati szinten, előmozdítsa a kulturális megértést és ösztönözze a gazdasági fejlődést. Az SCI a "
        "helyi közösségfejlesztés és az önkéntesség mozgalmának élén áll: ösztönzi és képessé teszi a polgárokat, "
        "az önkormányzati tisztségviselőket és az üzleti vezetőket, hogy kölcsönösen előnyös, hosszú távú "
        "programokat valósítsanak meg.",
        "A Sister Cities International céljai",
        "Önkormányzati partnerségek kialakítása amerikai városok, megyék, államok és más nemzetek hasonló "
        "közigazgatási egységei között",
        "Lehetőség a városi tisztségviselők és a polgárok számára, hogy hosszú távú közösségi partnerségeken "
        "keresztül megismerjék és felfedezzék más kultúrákat",
        "Olyan légkör teremtése, amelyben a gazdasági és közösségi fejlődés megvalósítható és megerősíthető",
        "Olyan környezet ösztönzése, amelyben a közösségek kölcsönös kulturális, oktatási, önkormányzati, üzleti, "
        "szakmai és műszaki cseréken és projekteken keresztül kreatívan tanulnak, dolgoznak és oldanak meg "
        "problémákat együtt",
        "Együttműködés az Egyesült Államok és más országok hasonló célokat követő szervezeteivel",
    ],
    "ar": [
        "بدأت «توأمة» المدن عام 836 بين بادربورن في ألمانيا ولومان في فرنسا. ثم ذاع هذا النظام مع إنشاء الاتحاد "
        "الدولي للسلطات المحلية (IULA)، وهو منظمة مقرها هولندا تأسست عام 1913 في لاهاي. وكانت أول توأمة بين مدن "
        "في الولايات المتحدة عام 1944 بين ويتشيتا في كانساس وأورليان في فرنسا.",
        "تعرّف الرئيس دوايت د. أيزنهاور على هذا النظام عن طريق أخيه ميلتون، رئيس جامعة ولاية كانساس. وقد أعجبته "
        "فكرة أن تتآخى المدن مع المدن، وأن يتواصل الناس مع الناس، وأن تصبح العائلات أهلًا لنظيراتها في المدن "
        "التوأم عبر البحار. وبهذه الفكرة أمل الرئيس أيزنهاور أن يتحقق السلام العالمي بإنشاء برنامج المدن الشقيقة "
        "عام 1956.",
        "منذ عام 1956 نمت شبكة منظمة المدن الشقيقة الدولية حتى باتت تجمع عشرات الآلاف من الدبلوماسيين المواطنين "
        "والمتطوعين في برامج تشارك فيها أكثر من 2000 مدينة في 140 دولة في ست قارات.",
        "طُلب عام 1972 من السيدة ثيلما برس، التي شاركت عام 1959 في إقامة التوأمة بين سان برناردينو في كاليفورنيا "
        "وتاتشيكاوا في اليابان، أن تكون ممثلة ولاية كاليفورنيا. وفي عام 1974 وضعت مع عمدة سانتا في سبرينغز السيدة "
        "بيتي ويلسون، التي كانت إلى جانب الرئيس أيزنهاور من بين الموقعين على اتفاق تأسيس المدن الشقيقة، قواعد "
        "النظام الأساسي للفروع. ونظرًا لاتساع ولاية كاليفورنيا أُنشئ فرعان في الوقت نفسه: فرعا شمال كاليفورنيا "
        "وجنوبها لمنظمة المدن الشقيقة الدولية.",
        "تضم كاليفورنيا اليوم من منظمات المدن الشقيقة أكثر مما تضمه أي ولاية أمريكية أخرى: إذ ترتبط 82 مدينة "
        "كاليفورنية بـ356 شراكة مع مدن في 70 دولة. ويربط فرع SoCal Sister Cities اليوم نحو 170 مدينة في 50 دولة "
        "بـ40 مدينة في جنوب كاليفورنيا.",
        "إذا أردتم الإعلان عن فعالية للمدن الشقيقة أو نشر نشرتكم الإخبارية، فأرسلوا المعلومات إلى "
        "admin@socalsistercities.org.",
        "نظامنا الأساسي (PDF)",
        "كتيّب الفرع (PDF)",
        "منظمة المدن الشقيقة الدولية",
        "منظمة المدن الشقيقة الدولية (SCI) شبكة غير ربحية للدبلوماسية الشعبية، تنشئ الشراكات بين المجتمعات "
        "الأمريكية والدولية وتعززها، بهدف زيادة التعاون العالمي على مستوى البلديات، وتعزيز التفاهم الثقافي، "
        "وتحفيز التنمية الاقتصادية. وتقود SCI حركة تنمية المجتمعات المحلية والعمل التطوعي، بتحفيز المواطنين "
        "ومسؤولي البلديات وقادة الأعمال وتمكينهم من تنفيذ برامج طويلة الأمد تعود بالنفع المتبادل.",
        "أهداف منظمة المدن الشقيقة الدولية",
        "تطوير شراكات بلدية بين مدن الولايات المتحدة ومقاطعاتها وولاياتها وما يماثلها في الدول الأخرى",
        "إتاحة الفرص لمسؤولي المدن والمواطنين لاكتشاف ثقافات أخرى والتعرف إليها عبر شراكات مجتمعية طويلة الأمد",
        "تهيئة مناخ يمكن فيه تنفيذ التنمية الاقتصادية والمجتمعية وتعزيزها",
        "تحفيز بيئات تتعلم فيها المجتمعات وتعمل وتحل المشكلات معًا بإبداع، عبر تبادلات ومشاريع متبادلة ثقافية "
        "وتعليمية وبلدية وتجارية ومهنية وتقنية",
        "التعاون مع منظمات في الولايات المتحدة وفي دول أخرى تشاركها أهدافًا مماثلة",
    ],
}
