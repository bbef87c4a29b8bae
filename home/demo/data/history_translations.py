"""The timelines of both history pages (sonoma.HISTORY, socal.HISTORY) in
every language, written by hand: {language: {English title: (title, text)}}.
Dates and years stay as they are; the page shows them in the reader's format.
Seeds: `sonoma-sister-cities-association.txt`, `socal-sister-cities-chapter.txt`."""

HISTORY = {
    "fr": {
        "Paderborn and Le Mans": (
            "Paderborn et Le Mans",
            "Le « jumelage » de villes commence en 836, entre Paderborn, en Allemagne, et Le Mans, en France."),
        "Mission San Francisco Solano": (
            "La mission San Francisco Solano",
            "La mission San Francisco Solano est bâtie sur l’actuelle Plaza de Sonoma : c’est la dernière des "
            "21 missions franciscaines construites en Californie."),
        "The Bear Flag Revolt": (
            "La révolte du drapeau à l’ours",
            "La révolte du drapeau à l’ours (Bear Flag Revolt) éclate à Sonoma et mène à l’indépendance de la "
            "Californie vis-à-vis du Mexique."),
        "California becomes a state": (
            "La Californie devient un État",
            "La Californie devient un État des États-Unis."),
        "Sonoma City Hall": (
            "L’hôtel de ville de Sonoma",
            "L’hôtel de ville de Sonoma est construit sur la Plaza. Il sert encore aujourd’hui."),
        "The International Union of Local Authorities": (
            "L’Union internationale des villes",
            "Le jumelage se fait mieux connaître avec la création de l’Union internationale des villes (IULA), "
            "organisation basée aux Pays-Bas, fondée en 1913 à La Haye."),
        "Wichita and Orleans": (
            "Wichita et Orléans",
            "Le premier jumelage de villes aux États-Unis est conclu en 1944 entre Wichita, au Kansas, et "
            "Orléans, en France."),
        "President Eisenhower's people-to-people programme": (
            "Le programme « de peuple à peuple » du président Eisenhower",
            "Lors d’une conférence à la Maison-Blanche, le président Dwight D. Eisenhower propose d’associer des "
            "villes américaines à des villes étrangères et appelle à de vastes échanges entre les Américains et "
            "les peuples des autres nations. Il avait découvert le jumelage par son frère Milton, président de "
            "l’université d’État du Kansas."),
        "The first annual conference": (
            "La première conférence annuelle",
            "La première des conférences annuelles de Sister Cities se tient à Los Angeles, en Californie. "
            "D’abord rattachée à la National League of Cities, Sister Cities International devient une "
            "association indépendante à but non lucratif en 1967."),
        "A headquarters of its own": (
            "Un siège à elle",
            "Sister Cities reste accueillie par la League of Cities jusqu’en 1970, date à laquelle Sister Cities "
            "International peut installer son propre siège à Washington."),
        "The Northern and Southern California chapters": (
            "Les sections de Californie du Nord et du Sud",
            "Thelma Press et Betty Wilson, maire de Santa Fe Springs, envisagent de fonder une section d’État et "
            "en fixent les règles et les statuts. La Californie étant si vaste, deux sections sont créées en même "
            "temps : celles de Californie du Nord et de Californie du Sud de Sister Cities International. Des "
            "sections d’État voient ensuite le jour dans tous les États-Unis."),
        "The Sonoma Sister Cities Association": (
            "L’Association des villes jumelles de Sonoma",
            "L’Association des villes jumelles de Sonoma est fondée par un accord officiel entre la ville de "
            "Sonoma et Sister Cities International, association à but non lucratif chargée de nouer des "
            "partenariats durables entre Sonoma et des communes d’autres pays. Le premier jumelage de Sonoma, "
            "avec Chambolle-Musigny en France, l’avait précédée."),
        "San Bernardino and Tachikawa": (
            "San Bernardino et Tachikawa",
            "Thelma Press participe à la création du jumelage entre San Bernardino, en Californie, et Tachikawa, "
            "au Japon."),
        "A California State representative": (
            "Une représentante pour la Californie",
            "On demande à Thelma Press de représenter l’État de Californie ; elle recherche d’autres personnalités "
            "locales pour représenter leur État dans tout le pays."),
    },
    "es": {
        "Paderborn and Le Mans": (
            "Paderborn y Le Mans",
            "El «hermanamiento» de ciudades comenzó en 836 entre Paderborn, en Alemania, y Le Mans, en Francia."),
        "Mission San Francisco Solano": (
            "La misión San Francisco Solano",
            "La misión San Francisco Solano se levanta en lo que hoy es la Plaza de Sonoma: la última de las 21 "
            "misiones franciscanas construidas en California."),
        "The Bear Flag Revolt": (
            "La Revuelta de la Bandera del Oso",
            "La Revuelta de la Bandera del Oso estalla en Sonoma y lleva a la independencia de California "
            "respecto de México."),
        "California becomes a state": (
            "California se convierte en estado",
            "California se convierte en un estado de los Estados Unidos."),
        "Sonoma City Hall": (
            "El ayuntamiento de Sonoma",
            "El ayuntamiento de Sonoma se construye en la Plaza. Sigue en uso hoy."),
        "The International Union of Local Authorities": (
            "La Unión Internacional de Autoridades Locales",
            "El hermanamiento se dio a conocer con la creación de la Unión Internacional de Autoridades Locales "
            "(IULA), organización con sede en los Países Bajos fundada en 1913 en La Haya."),
        "Wichita and Orleans": (
            "Wichita y Orleans",
            "El primer hermanamiento de ciudades en los Estados Unidos se firmó en 1944 entre Wichita, Kansas, y "
            "Orleans, Francia."),
        "President Eisenhower's people-to-people programme": (
            "El programa «de pueblo a pueblo» del presidente Eisenhower",
            "En una conferencia en la Casa Blanca, el presidente Dwight D. Eisenhower propuso un programa de "
            "asociación entre ciudades estadounidenses y extranjeras y pidió intercambios masivos entre los "
            "estadounidenses y los pueblos de otras naciones. Había conocido el hermanamiento gracias a su "
            "hermano Milton, presidente de la Universidad Estatal de Kansas."),
        "The first annual conference": (
            "La primera conferencia anual",
            "La primera de las conferencias anuales de Sister Cities se celebró en Los Ángeles, California. "
            "Nacida dentro de la National League of Cities, Sister Cities International se independizó como "
            "organización sin fines de lucro en 1967."),
        "A headquarters of its own": (
            "Una sede propia",
            "Sister Cities estuvo acogida por la League of Cities hasta 1970, cuando Sister Cities International "
            "pudo establecer su propia sede en Washington D. C."),
        "The Northern and Southern California chapters": (
            "Los capítulos del Norte y del Sur de California",
            "Thelma Press y Betty Wilson, alcaldesa de Santa Fe Springs, hablaron de formar un capítulo estatal y "
            "fijaron las reglas para sus estatutos. Por el tamaño del estado de California se crearon dos "
            "capítulos a la vez: los capítulos del Norte y del Sur de California de Sister Cities International. "
            "Después, los capítulos estatales se extendieron por todo el país."),
        "The Sonoma Sister Cities Association": (
            "La Asociación de Ciudades Hermanas de Sonoma",
            "La Asociación de Ciudades Hermanas de Sonoma se funda mediante un acuerdo oficial entre la ciudad de "
            "Sonoma y Sister Cities International, como organización sin fines de lucro para crear alianzas "
            "duraderas entre Sonoma y comunidades de otros países. La primera relación de ciudades hermanas de "
            "Sonoma, con Chambolle-Musigny (Francia), es anterior."),
        "San Bernardino and Tachikawa": (
            "San Bernardino y Tachikawa",
            "Thelma Press participó en el hermanamiento entre San Bernardino, California, y Tachikawa, Japón."),
        "A California State representative": (
            "Una representante del estado de California",
            "A Thelma Press se le pidió ser la representante del estado de California, y buscó a otros líderes "
            "comunitarios para representar a sus estados en todo el país."),
    },
    "it": {
        "Paderborn and Le Mans": (
            "Paderborn e Le Mans",
            "Il «gemellaggio» tra città nasce nell’836 tra Paderborn, in Germania, e Le Mans, in Francia."),
        "Mission San Francisco Solano": (
            "La missione di San Francisco Solano",
            "La missione di San Francisco Solano sorge dove oggi si trova la Plaza di Sonoma: è l’ultima delle "
            "21 missioni francescane costruite in California."),
        "The Bear Flag Revolt": (
            "La rivolta della bandiera dell’orso",
            "La rivolta della bandiera dell’orso scoppia a Sonoma e porta all’indipendenza della California dal "
            "Messico."),
        "California becomes a state": (
            "La California diventa uno Stato",
            "La California diventa uno Stato degli Stati Uniti."),
        "Sonoma City Hall": (
            "Il municipio di Sonoma",
            "Il municipio di Sonoma viene costruito sulla Plaza. È in uso ancora oggi."),
        "The International Union of Local Authorities": (
            "L’Unione internazionale delle autorità locali",
            "Il gemellaggio si fa conoscere con la nascita dell’Unione internazionale delle autorità locali "
            "(IULA), organizzazione con sede nei Paesi Bassi fondata nel 1913 all’Aia."),
        "Wichita and Orleans": (
            "Wichita e Orléans",
            "Il primo gemellaggio tra città degli Stati Uniti risale al 1944, tra Wichita, nel Kansas, e Orléans, "
            "in Francia."),
        "President Eisenhower's people-to-people programme": (
            "Il programma «da popolo a popolo» del presidente Eisenhower",
            "In una conferenza alla Casa Bianca il presidente Dwight D. Eisenhower propose un programma di "
            "affiliazione tra città americane e straniere e chiese ampi scambi tra gli americani e i popoli delle "
            "altre nazioni. Aveva conosciuto il gemellaggio grazie al fratello Milton, rettore della Kansas State "
            "University."),
        "The first annual conference": (
            "La prima conferenza annuale",
            "La prima conferenza annuale di Sister Cities si tenne a Los Angeles, in California. Nata all’interno "
            "della National League of Cities, Sister Cities International divenne un’organizzazione non profit "
            "indipendente nel 1967."),
        "A headquarters of its own": (
            "Una sede tutta sua",
            "Sister Cities restò ospite della League of Cities fino al 1970, quando Sister Cities International "
            "poté aprire la propria sede a Washington."),
        "The Northern and Southern California chapters": (
            "Le sezioni della California del Nord e del Sud",
            "Thelma Press e Betty Wilson, sindaca di Santa Fe Springs, discussero la nascita di una sezione "
            "statale e ne stabilirono regole e statuto. Data la vastità della California, furono create due "
            "sezioni insieme: quella della California del Nord e quella della California del Sud di Sister Cities "
            "International. Le sezioni statali si diffusero poi in tutti gli Stati Uniti."),
        "The Sonoma Sister Cities Association": (
            "L’Associazione delle città gemellate di Sonoma",
            "L’Associazione delle città gemellate di Sonoma nasce da un accordo ufficiale tra la città di Sonoma e "
            "Sister Cities International, come organizzazione non profit che crea partenariati duraturi tra Sonoma "
            "e comunità di altri paesi. Il primo gemellaggio di Sonoma, con Chambolle-Musigny in Francia, era nato "
            "prima."),
        "San Bernardino and Tachikawa": (
            "San Bernardino e Tachikawa",
            "Thelma Press contribuì a creare il gemellaggio tra San Bernardino, in California, e Tachikawa, in "
            "Giappone."),
        "A California State representative": (
            "Una rappresentante per la California",
            "A Thelma Press fu chiesto di rappresentare lo Stato della California; lei cercò altri leader locali "
            "che rappresentassero i loro Stati in tutto il paese."),
    },
    "ja": {
        "Paderborn and Le Mans": (
            "パーダーボルンとル・マン",
            "都市の「姉妹提携」は、836年にドイツのパーダーボルンとフランスのル・マンの間で始まりました。"),
        "Mission San Francisco Solano": (
            "サン・フランシスコ・ソラノ伝道所",
            "現在のソノマ・プラザの地に、サン・フランシスコ・ソラノ伝道所が建てられます。カリフォルニアに建てられた21のフランシスコ会伝道所の最後のものです。"),
        "The Bear Flag Revolt": (
            "ベア・フラッグの反乱",
            "ソノマでベア・フラッグの反乱が起こり、カリフォルニアはメキシコから独立します。"),
        "California becomes a state": (
            "カリフォルニア州の誕生",
            "カリフォルニアがアメリカ合衆国の州になります。"),
        "Sonoma City Hall": (
            "ソノマ市庁舎",
            "プラザにソノマ市庁舎が建てられます。現在も使われています。"),
        "The International Union of Local Authorities": (
            "国際地方自治体連合",
            "1913年にハーグで設立されたオランダに本部を置く国際地方自治体連合（IULA）によって、姉妹都市提携が広く知られるようになりました。"),
        "Wichita and Orleans": (
            "ウィチタとオルレアン",
            "アメリカで最初の姉妹都市提携は、1944年にカンザス州ウィチタとフランスのオルレアンの間で結ばれました。"),
        "President Eisenhower's people-to-people programme": (
            "アイゼンハワー大統領の「ピープル・トゥ・ピープル」計画",
            "ホワイトハウスでの会議で、ドワイト・D・アイゼンハワー大統領はアメリカと外国の都市を結ぶ提携計画を提案し、アメリカ人と諸外国の人々の大規模な交流を呼びかけました。大統領は、カンザス州立大学の学長だった弟ミルトンを通じて姉妹都市提携を知っていました。"),
        "The first annual conference": (
            "第1回年次大会",
            "シスター・シティーズの第1回年次大会がカリフォルニア州ロサンゼルスで開かれました。もとは全米都市連盟の一部でしたが、"
            "国際姉妹都市協会（Sister Cities International）は1967年に非営利団体として独立しました。"),
        "A headquarters of its own": (
            "独自の本部",
            "シスター・シティーズは1970年まで都市連盟のもとにありましたが、この年、国際姉妹都市協会はワシントンD.C.に独自の本部を置くことができました。"),
        "The Northern and Southern California chapters": (
            "北カリフォルニア支部と南カリフォルニア支部",
            "テルマ・プレスとサンタフェ・スプリングス市長ベティ・ウィルソンは州支部の設立を話し合い、支部規約の規則を定めました。カリフォルニア州は広いため、国際姉妹都市協会の北カリフォルニア支部と南カリフォルニア支部の二つが同時に設立されました。その後、州支部は全米に広がりました。"),
        "The Sonoma Sister Cities Association": (
            "ソノマ姉妹都市協会",
            "ソノマ市と国際姉妹都市協会の正式な合意により、ソノマと海外の地域社会との長期的なパートナーシップを築く非営利団体として、ソノマ姉妹都市協会が設立されます。ソノマ初の姉妹都市提携であるフランスのシャンボール＝ミュジニーとの提携は、これより前に結ばれていました。"),
        "San Bernardino and Tachikawa": (
            "サンバーナーディーノと立川",
            "テルマ・プレスは、カリフォルニア州サンバーナーディーノと日本の立川市の姉妹都市提携の実現に携わりました。"),
        "A California State representative": (
            "カリフォルニア州代表",
            "テルマ・プレスはカリフォルニア州代表を依頼され、全米各州の代表を務める地域のリーダーを探しました。"),
    },
    "uk": {
        "Paderborn and Le Mans": (
            "Падерборн і Ле-Ман",
            "«Побратимство» міст почалося 836 року між Падерборном у Німеччині та Ле-Маном у Франції."),
        "Mission San Francisco Solano": (
            "Місія Сан-Франциско-Солано",
            "На місці нинішньої площі Сономи збудовано місію Сан-Франциско-Солано — останню з 21 францисканської "
            "місії в Каліфорнії."),
        "The Bear Flag Revolt": (
            "Повстання під прапором із ведмедем",
            "У Сономі спалахує повстання під прапором із ведмедем, яке веде до незалежності Каліфорнії від "
            "Мексики."),
        "California becomes a state": (
            "Каліфорнія стає штатом",
            "Каліфорнія стає штатом Сполучених Штатів."),
        "Sonoma City Hall": (
            "Ратуша Сономи",
            "На площі збудовано ратушу Сономи. Вона служить і досі."),
        "The International Union of Local Authorities": (
            "Міжнародна спілка місцевих органів влади",
            "Побратимство стало відомішим із заснуванням Міжнародної спілки місцевих органів влади (IULA) — "
            "організації з осідком у Нідерландах, створеної 1913 року в Гаазі."),
        "Wichita and Orleans": (
            "Вічита й Орлеан",
            "Перше побратимство міст у Сполучених Штатах уклали 1944 року Вічита (Канзас) та Орлеан (Франція)."),
        "President Eisenhower's people-to-people programme": (
            "Програма президента Ейзенгауера «від людей до людей»",
            "На конференції в Білому домі президент Дуайт Д. Ейзенгауер запропонував програму партнерства "
            "американських і закордонних міст та закликав до широких обмінів між американцями й людьми інших "
            "країн. Про побратимство він дізнався від брата Мілтона, президента Університету штату Канзас."),
        "The first annual conference": (
            "Перша щорічна конференція",
            "Першу щорічну конференцію Sister Cities провели в Лос-Анджелесі, у Каліфорнії. Спершу Sister Cities "
            "International була частиною Національної ліги міст, а 1967 року стала незалежною неприбутковою "
            "організацією."),
        "A headquarters of its own": (
            "Власна штаб-квартира",
            "Sister Cities перебувала під опікою Ліги міст до 1970 року, коли Sister Cities International змогла "
            "відкрити власну штаб-квартиру у Вашингтоні."),
        "The Northern and Southern California chapters": (
            "Відділення Північної та Південної Каліфорнії",
            "Тельма Прес і Бетті Вілсон, мерка Санта-Фе-Спрінгс, обговорили створення відділення штату й "
            "виробили правила для його статуту. Оскільки штат Каліфорнія дуже великий, одночасно заснували два "
            "відділення: Північнокаліфорнійське та Південнокаліфорнійське відділення Sister Cities International. "
            "Згодом відділення штатів з’явилися по всій країні."),
        "The Sonoma Sister Cities Association": (
            "Асоціація міст-побратимів Сономи",
            "Асоціацію міст-побратимів Сономи засновано офіційною угодою між містом Сонома та Sister Cities "
            "International як неприбуткову організацію, що будує довготривалі партнерства між Сономою та громадами "
            "інших країн. Перше побратимство Сономи — із Шамболь-Мюзіньї у Франції — виникло ще до неї."),
        "San Bernardino and Tachikawa": (
            "Сан-Бернардіно й Тачікава",
            "Тельма Прес допомогла встановити побратимство між Сан-Бернардіно в Каліфорнії та Тачікавою в "
            "Японії."),
        "A California State representative": (
            "Представниця штату Каліфорнія",
            "Тельму Прес попросили стати представницею штату Каліфорнія, і вона знайшла інших громадських лідерів, "
            "які представляли свої штати по всій країні."),
    },
    "zh-hans": {
        "Paderborn and Le Mans": (
            "帕德博恩与勒芒",
            "城市“结好”始于836年，德国帕德博恩与法国勒芒之间。"),
        "Mission San Francisco Solano": (
            "圣弗朗西斯科·索拉诺传教站",
            "圣弗朗西斯科·索拉诺传教站建于今天的索诺马广场，是加利福尼亚21座方济各会传教站中的最后一座。"),
        "The Bear Flag Revolt": (
            "熊旗起义",
            "熊旗起义在索诺马爆发，使加利福尼亚脱离墨西哥而独立。"),
        "California becomes a state": (
            "加利福尼亚建州",
            "加利福尼亚成为美国的一个州。"),
        "Sonoma City Hall": (
            "索诺马市政厅",
            "索诺马市政厅在广场上落成，至今仍在使用。"),
        "The International Union of Local Authorities": (
            "国际地方政府联合会",
            "1913年在海牙成立、总部设在荷兰的国际地方政府联合会（IULA）让城市结好广为人知。"),
        "Wichita and Orleans": (
            "威奇托与奥尔良",
            "美国第一对友好城市于1944年结成：堪萨斯州威奇托与法国奥尔良。"),
        "President Eisenhower's people-to-people programme": (
            "艾森豪威尔总统的“人民对人民”计划",
            "在白宫的一次会议上，德怀特·D·艾森豪威尔总统提出美国城市与外国城市结好的计划，并呼吁美国人与各国人民开展大规模交流。他是通过时任堪萨斯州立大学校长的弟弟米尔顿了解到城市结好的。"),
        "The first annual conference": (
            "第一届年会",
            "姐妹城市第一届年会在加利福尼亚州洛杉矶举行。国际姐妹城市协会原属全美城市联盟，1967年成为独立的非营利组织。"),
        "A headquarters of its own": (
            "自己的总部",
            "姐妹城市组织一直由城市联盟接纳，直到1970年，国际姐妹城市协会才得以在华盛顿特区设立自己的总部。"),
        "The Northern and Southern California chapters": (
            "北加州分会与南加州分会",
            "塞尔玛·普雷斯与圣菲斯普林斯市长贝蒂·威尔逊商议成立州分会，并为分会章程制定了规则。由于加利福尼亚州幅员辽阔，国际姐妹城市协会北加州分会和南加州分会同时成立。此后，州分会遍及全美。"),
        "The Sonoma Sister Cities Association": (
            "索诺马姐妹城市协会",
            "根据索诺马市与国际姐妹城市协会的正式协议，索诺马姐妹城市协会作为非营利组织成立，致力于在索诺马与其他国家的社区之间建立长期伙伴关系。索诺马的第一对姐妹城市关系——与法国香波-慕西尼——早于协会建立。"),
        "San Bernardino and Tachikawa": (
            "圣贝纳迪诺与立川",
            "塞尔玛·普雷斯参与促成了加利福尼亚州圣贝纳迪诺与日本立川市的姐妹城市关系。"),
        "A California State representative": (
            "加利福尼亚州代表",
            "塞尔玛·普雷斯受邀担任加利福尼亚州代表，并在全美各地寻找其他社区领袖担任各州代表。"),
    },
    "hu": {
        "Paderborn and Le Mans": (
            "Paderborn és Le Mans",
            "A városok „testvérkapcsolata” 836-ban kezdődött a németországi Paderborn és a franciaországi Le Mans "
            "között."),
        "Mission San Francisco Solano": (
            "A San Francisco Solano misszió",
            "A mai Sonoma Plaza helyén felépül a San Francisco Solano misszió, a Kaliforniában emelt 21 ferences "
            "misszió közül az utolsó."),
        "The Bear Flag Revolt": (
            "A medvés zászlós felkelés",
            "Sonomában kitör a medvés zászlós felkelés, amely Kalifornia Mexikótól való függetlenségéhez vezet."),
        "California becomes a state": (
            "Kalifornia állam lesz",
            "Kalifornia az Egyesült Államok tagállama lesz."),
        "Sonoma City Hall": (
            "Sonoma városháza",
            "Felépül Sonoma városháza a Plazán. Ma is használják."),
        "The International Union of Local Authorities": (
            "A Helyi Önkormányzatok Nemzetközi Szövetsége",
            "A testvérvárosi kapcsolatok a Helyi Önkormányzatok Nemzetközi Szövetségének (IULA) megalakulásával "
            "váltak ismertebbé; a holland székhelyű szervezetet 1913-ban alapították Hágában."),
        "Wichita and Orleans": (
            "Wichita és Orléans",
            "Az Egyesült Államok első testvérvárosi kapcsolata 1944-ben jött létre a kansasi Wichita és a "
            "franciaországi Orléans között."),
        "President Eisenhower's people-to-people programme": (
            "Eisenhower elnök „néptől népig” programja",
            "Egy fehér házi konferencián Dwight D. Eisenhower elnök programot javasolt amerikai és külföldi "
            "városok társulására, és széles körű cserekapcsolatokat sürgetett az amerikaiak és más nemzetek népei "
            "között. A testvérvárosi gondolatot öccsétől, Miltontól, a Kansasi Állami Egyetem elnökétől "
            "ismerte."),
        "The first annual conference": (
            "Az első éves konferencia",
            "A Sister Cities első éves konferenciáját a kaliforniai Los Angelesben tartották. A Sister Cities "
            "International eredetileg a Városok Országos Ligájához tartozott, 1967-ben vált önálló nonprofit "
            "szervezetté."),
        "A headquarters of its own": (
            "Saját székház",
            "A Sister Cities 1970-ig a Városok Ligája égisze alatt működött; ekkor a Sister Cities International "
            "saját székházat nyithatott Washingtonban."),
        "The Northern and Southern California chapters": (
            "Az észak- és dél-kaliforniai tagozat",
            "Thelma Press és Betty Wilson, Santa Fe Springs polgármestere megbeszélték egy állami tagozat "
            "megalakítását, és lefektették alapszabályának szabályait. Kalifornia nagysága miatt egyszerre két "
            "tagozat alakult: a Sister Cities International észak- és dél-kaliforniai tagozata. Az állami "
            "tagozatok ezután az egész országban elterjedtek."),
        "The Sonoma Sister Cities Association": (
            "A Sonomai Testvérvárosi Egyesület",
            "Sonoma városa és a Sister Cities International hivatalos megállapodásával megalakul a Sonomai "
            "Testvérvárosi Egyesület, nonprofit szervezetként, hogy tartós partnerségeket építsen Sonoma és más "
            "országok közösségei között. Sonoma első testvérvárosi kapcsolata, a franciaországi "
            "Chambolle-Musignyvel, még ennél is korábbi."),
        "San Bernardino and Tachikawa": (
            "San Bernardino és Tachikava",
            "Thelma Press részt vett a kaliforniai San Bernardino és a japán Tachikava testvérvárosi kapcsolatának "
            "létrehozásában."),
        "A California State representative": (
            "Kalifornia állam képviselője",
            "Thelma Presst felkérték Kalifornia állam képviselőjének, ő pedig más közösségi vezetőket keresett, "
            "akik az ország többi államát képviselték."),
    },
    "ar": {
        "Paderborn and Le Mans": (
            "بادربورن ولومان",
            "بدأت «توأمة» المدن عام 836 بين بادربورن في ألمانيا ولومان في فرنسا."),
        "Mission San Francisco Solano": (
            "إرسالية سان فرانسيسكو سولانو",
            "تُبنى إرسالية سان فرانسيسكو سولانو في موضع ساحة سونوما اليوم، وهي آخر الإرساليات الفرنسيسكانية "
            "الإحدى والعشرين التي بُنيت في كاليفورنيا."),
        "The Bear Flag Revolt": (
            "ثورة علم الدب",
            "تندلع ثورة علم الدب في سونوما وتؤدي إلى استقلال كاليفورنيا عن المكسيك."),
        "California becomes a state": (
            "كاليفورنيا تصبح ولاية",
            "تصبح كاليفورنيا ولاية من ولايات الولايات المتحدة."),
        "Sonoma City Hall": (
            "مبنى بلدية سونوما",
            "يُبنى مبنى بلدية سونوما على الساحة، ولا يزال مستخدمًا حتى اليوم."),
        "The International Union of Local Authorities": (
            "الاتحاد الدولي للسلطات المحلية",
            "ازدادت التوأمة شهرةً مع تأسيس الاتحاد الدولي للسلطات المحلية (IULA)، وهو منظمة مقرها هولندا "
            "تأسست عام 1913 في لاهاي."),
        "Wichita and Orleans": (
            "ويتشيتا وأورليان",
            "أُبرمت أول توأمة بين مدن في الولايات المتحدة عام 1944 بين ويتشيتا في كانساس وأورليان في فرنسا."),
        "President Eisenhower's people-to-people programme": (
            "برنامج الرئيس أيزنهاور «من شعب إلى شعب»",
            "في مؤتمر عُقد في البيت الأبيض، اقترح الرئيس دوايت د. أيزنهاور برنامجًا للتآخي بين المدن الأمريكية "
            "والمدن الأجنبية، ودعا إلى تبادل واسع بين الأمريكيين وشعوب الأمم الأخرى. وكان قد عرف التوأمة عن "
            "طريق أخيه ميلتون، رئيس جامعة ولاية كانساس."),
        "The first annual conference": (
            "المؤتمر السنوي الأول",
            "عُقد أول المؤتمرات السنوية لحركة المدن الشقيقة في لوس أنجلوس بكاليفورنيا. وكانت منظمة المدن "
            "الشقيقة الدولية في الأصل جزءًا من الرابطة الوطنية للمدن، ثم استقلت منظمةً غير ربحية عام 1967."),
        "A headquarters of its own": (
            "مقر خاص بها",
            "ظلت حركة المدن الشقيقة في كنف رابطة المدن حتى عام 1970، حين تمكنت منظمة المدن الشقيقة الدولية من "
            "إنشاء مقرها الخاص في واشنطن العاصمة."),
        "The Northern and Southern California chapters": (
            "فرعا شمال كاليفورنيا وجنوبها",
            "ناقشت ثيلما برِس وبيتي ويلسون، عمدة سانتا في سبرينغز، تأسيس فرع للولاية، ووضعتا قواعد نظامه "
            "الأساسي. ولاتساع ولاية كاليفورنيا أُسس فرعان في وقت واحد: فرع شمال كاليفورنيا وفرع جنوب كاليفورنيا "
            "لمنظمة المدن الشقيقة الدولية. ثم انتشرت فروع الولايات في أنحاء الولايات المتحدة."),
        "The Sonoma Sister Cities Association": (
            "جمعية المدن الشقيقة في سونوما",
            "تُؤسس جمعية المدن الشقيقة في سونوما باتفاق رسمي بين مدينة سونوما ومنظمة المدن الشقيقة الدولية، "
            "منظمةً غير ربحية تبني شراكات طويلة الأمد بين سونوما ومجتمعات في بلدان أخرى. وقد سبقتها أول علاقة "
            "توأمة لسونوما، مع شامبول موزيني في فرنسا."),
        "San Bernardino and Tachikawa": (
            "سان برناردينو وتاتشيكاوا",
            "شاركت ثيلما برِس في إقامة علاقة التوأمة بين سان برناردينو في كاليفورنيا وتاتشيكاوا في اليابان."),
        "A California State representative": (
            "ممثلة لولاية كاليفورنيا",
            "طُلب من ثيلما برِس أن تكون ممثلة ولاية كاليفورنيا، فبحثت عن قادة مجتمعيين آخرين ليمثلوا ولاياتهم "
            "في أنحاء الولايات المتحدة."),
    },
}
