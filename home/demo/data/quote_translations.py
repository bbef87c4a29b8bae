"""The chapter's eleven presidential quotes (`socal.QUOTES`, from `socal-sister-cities-chapter.txt`) in every
language of the site, written by hand: {language: {"office", "source", "occasion", "texts": {speaker: text}}}
("occasion": as the honorary chair of Sister Cities International, the only one the seed gives). Speakers keep
their names; paragraphs of one quotation are separated by a blank line, as in English."""

QUOTES = {
    "fr": {
        "office": "Président des États-Unis",
        "source": "Sister Cities International, section de Californie du Sud, page « Qui sommes-nous »",
        "occasion": "En tant que président d’honneur de Sister Cities International",
        "texts": {
            "Dwight D. Eisenhower": (
                "Le programme des villes jumelles est une ressource importante pour les négociations entre "
                "gouvernements, car il permet aux peuples eux-mêmes d’exprimer leur désir commun d’amitié, de bonne "
                "volonté et de coopération pour un monde meilleur pour tous."
            ),
            "John F. Kennedy": (
                "Aucune représentation impersonnelle d’une culture ne peut en communiquer pleinement la réalité à ceux "
                "qui n’en ont jamais connu la substance vivante. Par les relations personnelles, notre curiosité peut "
                "se muer en connaissance, le cynisme peut céder la place à la confiance, et la chaleur de l’amitié "
                "humaine peut s’allumer.\n\n"
                "Le programme d’affiliation des villes apporte une contribution réelle dans tous les États-Unis et "
                "avec de nombreuses communes à l’étranger. J’espère que vous vous emploierez à étendre son action à "
                "d’autres communes de votre région."
            ),
            "Lyndon B. Johnson": (
                "Les villes jumelles agissent en dehors du gouvernement dans un domaine vital pour tous : favoriser "
                "l’amitié entre les citoyens de tous les pays, afin qu’ils se comprennent et veuillent la paix. Je ne "
                "connais pas de tâche plus importante pour les peuples de tous les pays."
            ),
            "Richard M. Nixon": (
                "Les succès spectaculaires déjà remportés par le programme Sister Cities International vous donnent, "
                "à vous et aux autres membres, un rôle dynamique dans la construction d’une communauté mondiale plus "
                "pacifique et plus prospère."
            ),
            "Gerald Ford": (
                "Lorsque le président Eisenhower a proposé, le 11 septembre 1956, de créer un programme "
                "d’affiliation entre villes américaines et étrangères, personne n’aurait pu prévoir à quel point il "
                "réussirait à susciter des échanges inventifs et précieux dans les domaines de l’éducation, de la "
                "culture, de la jeunesse, des affaires, de l’administration locale et des compétences "
                "professionnelles. Tous ceux qui ont donné leur temps et leur talent à cet effort peuvent être très "
                "fiers de ce qu’ils ont accompli."
            ),
            "Jimmy Carter": (
                "L’échange d’idées, et simplement le fait d’apprendre à se connaître au niveau que permet le "
                "programme des villes jumelles, jouent un rôle important dans le maintien de bonnes relations entre "
                "les États-Unis et l’étranger. Le programme des villes jumelles repose sur une situation partagée – "
                "tous les pays connaissent des problèmes urbains – et, à partir de cette base commune, nous pouvons "
                "aller vers une compréhension plus large qui rapproche nos cultures si diverses."
            ),
            "Ronald Reagan": (
                "Je suis fier d’être président d’honneur de Sister Cities International et d’être associé à un "
                "programme dont la dimension humaine va bien au-delà de simples contacts officiels entre villes.\n\n"
                "Parce que vous mettez l’accent sur l’échange de personnes et d’idées, les villes jumelles favorisent "
                "une meilleure compréhension et la coopération dans le monde entier. De cet effort naît un esprit "
                "d’amitié qui, multiplié par des milliers de villes jumelles, améliore les relations économiques, "
                "culturelles et sociales entre les peuples, partout."
            ),
            "George H.W. Bush": (
                "Je suis honoré et fier de prêter mon nom à une organisation qui a favorisé une meilleure "
                "compréhension internationale dans les domaines de l’éducation, de la culture et des relations "
                "économiques et sociales. Merci de m’accorder le privilège d’être associé au programme des villes "
                "jumelles des États-Unis."
            ),
            "William Jefferson Clinton": (
                "Le programme Sister Cities International a joué un rôle déterminant pour abattre les barrières entre "
                "les cultures et favoriser de meilleures relations entre des peuples séparés par des océans. Je salue "
                "vos efforts pour bâtir des ponts durables entre les peuples de différentes nations dans un monde "
                "qui change rapidement. Je suis résolu à œuvrer pour une planète plus pacifique et je suis "
                "impressionné par le travail que votre organisation mène sans relâche dans ce but. Je suis heureux "
                "de vous apporter mon soutien en tant que président d’honneur."
            ),
            "George W. Bush": (
                "Depuis 45 ans, on doit à Sister Cities International d’avoir créé et renforcé des partenariats entre "
                "des communes des États-Unis et des communes semblables à l’étranger. Votre organisation fait "
                "reconnaître que la confiance, la coopération et la paix entre les nations reposent sur la "
                "compréhension, et que la vraie compréhension naît de la communication. Je vous félicite de favoriser "
                "les relations entre les responsables et les citoyens de pays et de cultures différents.\n\n"
                "Je salue aussi les milliers de bénévoles de votre organisation pour leur action en faveur des "
                "personnes dans le besoin. De l’aide humanitaire au développement local, vous apportez espoir et "
                "réconfort à d’innombrables personnes et communautés dans le monde. J’encourage Sister Cities "
                "International dans ses efforts pour unir les communautés, bâtir la compréhension et promouvoir la "
                "paix par-delà les frontières nationales et culturelles."
            ),
            "Barack Obama": (
                "L’interdépendance croissante des nations dans l’économie mondiale d’aujourd’hui souligne la nécessité "
                "de partenariats solides entre les communautés du monde entier. Des organisations comme Sister Cities "
                "International favorisent de telles relations, en accroissant la connaissance et la compréhension "
                "mutuelles entre les villes et les cultures. Ces collaborations favorisent la coopération et la "
                "confiance entre citoyens et nations, créent des occasions d’innovation et de développement "
                "technologiques et économiques, et posent les fondations d’une paix et d’une prospérité durables. Je "
                "suis fier d’être votre président d’honneur."
            ),
        },
    },
    "es": {
        "office": "Presidente de los Estados Unidos",
        "source": "Sister Cities International, Capítulo del Sur de California, página «Quiénes somos»",
        "occasion": "Como presidente honorario de Sister Cities International",
        "texts": {
            "Dwight D. Eisenhower": (
                "El programa de Ciudades Hermanas es un recurso importante para las negociaciones de los gobiernos, "
                "porque permite que los propios pueblos expresen su deseo común de amistad, buena voluntad y "
                "cooperación por un mundo mejor para todos."
            ),
            "John F. Kennedy": (
                "Ninguna representación impersonal de una cultura puede comunicar plenamente su realidad a quienes "
                "nunca han conocido su sustancia viva. Mediante las relaciones personales, nuestra curiosidad puede "
                "convertirse en conocimiento, el cinismo puede dar paso a la confianza y puede encenderse la calidez "
                "de la amistad humana.\n\n"
                "El Programa de Afiliación de Ciudades está haciendo una contribución real en todo Estados Unidos y "
                "con muchas comunidades en el extranjero. Espero que trabajen para extender su eficacia a otras "
                "comunidades de su región del país."
            ),
            "Lyndon B. Johnson": (
                "Las Ciudades Hermanas trabajan fuera del gobierno en un campo vital para todos: fomentar la amistad "
                "entre los ciudadanos de todos los países para que se entiendan y quieran la paz. No conozco tarea "
                "más importante para los pueblos de todos los países."
            ),
            "Richard M. Nixon": (
                "Los extraordinarios éxitos del programa Sister Cities International les dan a ustedes y a sus "
                "compañeros un papel dinámico en la tarea de construir una comunidad mundial más pacífica y próspera."
            ),
            "Gerald Ford": (
                "Cuando el presidente Eisenhower propuso, el 11 de septiembre de 1956, crear un programa de "
                "afiliación entre ciudades estadounidenses y extranjeras, nadie podía prever el éxito que tendría al "
                "generar intercambios creativos y valiosos en los campos de la educación, la cultura, la juventud, "
                "los negocios, el gobierno local y la experiencia profesional. Todos los que han dedicado su tiempo y "
                "su talento a este esfuerzo pueden sentirse muy satisfechos de sus logros."
            ),
            "Jimmy Carter": (
                "El intercambio de ideas, y sencillamente conocerse al nivel que ofrece el programa de Ciudades "
                "Hermanas, desempeña un papel importante para mantener buenas relaciones entre Estados Unidos y el "
                "exterior. El programa de Ciudades Hermanas se basa en una situación compartida –todos los países "
                "tienen problemas urbanos– y desde esta base común podemos avanzar hacia un entendimiento más amplio "
                "que acerque nuestras diversas culturas."
            ),
            "Ronald Reagan": (
                "Me enorgullece ser presidente honorario de Sister Cities International y estar vinculado a un "
                "programa cuya dimensión humana va mucho más allá de los contactos puramente formales entre "
                "ciudades.\n\n"
                "Porque ustedes ponen el acento en el intercambio de personas y de ideas, las Ciudades Hermanas "
                "promueven un mejor entendimiento y la cooperación en todo el mundo. De este esfuerzo nace un "
                "espíritu de amistad que, multiplicado por miles de Ciudades Hermanas, mejora las relaciones "
                "económicas, culturales y sociales entre las personas de todas partes."
            ),
            "George H.W. Bush": (
                "Me siento honrado y orgulloso de prestar mi nombre a una organización que ha fomentado un mejor "
                "entendimiento internacional en los campos de la educación, la cultura y las relaciones económicas y "
                "sociales. Gracias por concederme el privilegio de estar vinculado al programa de Ciudades Hermanas "
                "de los Estados Unidos."
            ),
            "William Jefferson Clinton": (
                "El programa Sister Cities International ha sido decisivo para derribar barreras entre culturas y "
                "fomentar mejores relaciones entre pueblos separados por océanos. Aplaudo sus esfuerzos por tender "
                "puentes duraderos entre personas de distintas naciones en un mundo que cambia con rapidez. Estoy "
                "comprometido a trabajar por un planeta más pacífico y me impresiona la labor constante de su "
                "organización en ese sentido. Me complace ofrecerles mi apoyo como presidente honorario."
            ),
            "George W. Bush": (
                "Desde hace 45 años, a Sister Cities International se le reconoce haber creado y fortalecido "
                "asociaciones entre comunidades de Estados Unidos y comunidades similares de otros países. Su "
                "organización promueve la conciencia de que la confianza, la cooperación y la paz entre las naciones "
                "se construyen sobre el entendimiento, y de que el verdadero entendimiento nace de la comunicación. "
                "Los felicito por promover las relaciones entre líderes y ciudadanos de distintos países y "
                "culturas.\n\n"
                "Aplaudo también a los miles de voluntarios vinculados a su organización por su labor en favor de "
                "quienes lo necesitan. De la ayuda humanitaria al desarrollo comunitario, ustedes dan esperanza y "
                "consuelo a innumerables personas y comunidades en todo el mundo. Animo a Sister Cities International "
                "en sus esfuerzos por unir comunidades, construir entendimiento y promover la paz más allá de las "
                "barreras nacionales y culturales."
            ),
            "Barack Obama": (
                "La creciente interconexión de las naciones en la economía global de hoy subraya la necesidad de "
                "asociaciones sólidas entre comunidades de todo el mundo. Organizaciones como Sister Cities "
                "International fomentan esas relaciones y aumentan el conocimiento y el entendimiento mutuos entre "
                "ciudades y culturas. Estas colaboraciones promueven la cooperación y la confianza entre ciudadanos y "
                "naciones, crean oportunidades de innovación y desarrollo tecnológico y económico, y sientan las "
                "bases de una paz y una prosperidad duraderas. Me enorgullece ser su presidente honorario."
            ),
        },
    },
    "it": {
        "office": "Presidente degli Stati Uniti",
        "source": "Sister Cities International, Sezione della California meridionale, pagina «Chi siamo»",
        "occasion": "Come presidente onorario di Sister Cities International",
        "texts": {
            "Dwight D. Eisenhower": (
                "Il programma delle città gemellate è una risorsa importante per i negoziati dei governi, perché "
                "lascia che siano i popoli stessi a esprimere il loro comune desiderio di amicizia, buona volontà e "
                "cooperazione per un mondo migliore per tutti."
            ),
            "John F. Kennedy": (
                "Nessuna rappresentazione impersonale di una cultura può comunicarne pienamente la realtà a chi non "
                "ne ha mai conosciuto la sostanza viva. Attraverso i rapporti personali la nostra curiosità può "
                "diventare conoscenza, il cinismo può lasciare il posto alla fiducia e può accendersi il calore "
                "dell’amicizia umana.\n\n"
                "Il programma di affiliazione tra città sta dando un contributo reale in tutti gli Stati Uniti e con "
                "molte comunità all’estero. Spero che vi impegnerete a estenderne l’efficacia ad altre comunità della "
                "vostra parte del paese."
            ),
            "Lyndon B. Johnson": (
                "Le città gemellate operano al di fuori del governo in un campo vitale per tutti: promuovere "
                "l’amicizia tra i cittadini di ogni paese perché si comprendano e vogliano la pace. Non conosco "
                "compito più importante per i popoli di ogni paese."
            ),
            "Richard M. Nixon": (
                "I grandi successi ottenuti finora dal programma Sister Cities International danno a voi e agli altri "
                "soci un ruolo dinamico nel costruire una comunità mondiale più pacifica e prospera."
            ),
            "Gerald Ford": (
                "Quando l’11 settembre 1956 il presidente Eisenhower propose di istituire un programma di "
                "affiliazione tra città americane e straniere, nessuno poteva prevedere quanto sarebbe riuscito a "
                "creare scambi fantasiosi e preziosi nei campi dell’istruzione, della cultura, dei giovani, degli "
                "affari, dell’amministrazione locale e delle competenze professionali. Tutti coloro che hanno dato il "
                "loro tempo e il loro talento a questo impegno possono essere fieri di ciò che hanno realizzato."
            ),
            "Jimmy Carter": (
                "Lo scambio di idee, e il semplice conoscersi al livello che il programma delle città gemellate "
                "rende possibile, ha un ruolo importante nel mantenere buoni rapporti tra gli Stati Uniti e l’estero. "
                "Il programma delle città gemellate si basa su una situazione comune – tutti i paesi hanno problemi "
                "urbani – e da questa base comune possiamo andare verso una comprensione più ampia che avvicini le "
                "nostre diverse culture."
            ),
            "Ronald Reagan": (
                "Sono orgoglioso di essere presidente onorario di Sister Cities International e di essere legato a "
                "un programma la cui dimensione umana va ben oltre i contatti puramente formali tra città.\n\n"
                "Poiché mettete l’accento sullo scambio di persone e di idee, le città gemellate promuovono una "
                "migliore comprensione e la cooperazione in tutto il mondo. Da questo impegno nasce uno spirito di "
                "amicizia che, moltiplicato per migliaia di città gemellate, migliora i rapporti economici, "
                "culturali e sociali tra le persone ovunque."
            ),
            "George H.W. Bush": (
                "Sono onorato e orgoglioso di prestare il mio nome a un’organizzazione che ha favorito una migliore "
                "comprensione internazionale nei campi dell’istruzione, della cultura e dei rapporti economici e "
                "sociali. Grazie per avermi concesso il privilegio di essere legato al programma delle città "
                "gemellate degli Stati Uniti."
            ),
            "William Jefferson Clinton": (
                "Il programma Sister Cities International è stato determinante nell’abbattere le barriere tra culture "
                "e nel favorire migliori rapporti tra popoli separati dagli oceani. Plaudo ai vostri sforzi per "
                "costruire ponti duraturi tra persone di nazioni diverse in un mondo che cambia rapidamente. Sono "
                "impegnato a lavorare per un pianeta più pacifico e sono colpito dal lavoro costante della vostra "
                "organizzazione verso questo obiettivo. Sono lieto di offrirvi il mio sostegno come presidente "
                "onorario."
            ),
            "George W. Bush": (
                "Da 45 anni a Sister Cities International si riconosce il merito di aver creato e rafforzato "
                "partenariati tra comunità degli Stati Uniti e comunità simili di altri paesi. La vostra "
                "organizzazione fa riconoscere che la fiducia, la cooperazione e la pace tra le nazioni si fondano "
                "sulla comprensione, e che la vera comprensione nasce dalla comunicazione. Mi congratulo con voi per "
                "aver promosso i rapporti tra leader e cittadini di paesi e culture diversi.\n\n"
                "Plaudo anche alle migliaia di volontari della vostra organizzazione per il loro impegno a favore di "
                "chi è nel bisogno. Dall’assistenza umanitaria allo sviluppo delle comunità, date speranza e conforto "
                "a innumerevoli persone e comunità in tutto il mondo. Incoraggio Sister Cities International nei "
                "suoi sforzi per unire le comunità, costruire comprensione e promuovere la pace oltre le barriere "
                "nazionali e culturali."
            ),
            "Barack Obama": (
                "La crescente interconnessione delle nazioni nell’economia globale di oggi sottolinea il bisogno di "
                "solidi partenariati tra le comunità di tutto il mondo. Organizzazioni come Sister Cities "
                "International favoriscono questi rapporti, accrescendo la conoscenza e la comprensione reciproche "
                "tra città e culture. Queste collaborazioni promuovono la cooperazione e la fiducia tra cittadini e "
                "nazioni, creano occasioni di innovazione e sviluppo tecnologico ed economico, e pongono le basi per "
                "una pace e una prosperità durature. Sono orgoglioso di essere il vostro presidente onorario."
            ),
        },
    },
    "ja": {
        "office": "アメリカ合衆国大統領",
        "source": "シスター・シティーズ・インターナショナル南カリフォルニア支部「支部について」のページ",
        "occasion": "シスター・シティーズ・インターナショナル名誉会長として",
        "texts": {
            "Dwight D. Eisenhower": (
                "姉妹都市プログラムは、すべての人にとってより良い世界を目指す友好・善意・協力への共通の願いを、"
                "人々自身が表すことを可能にするものであり、政府間の交渉にとって重要な資源です。"
            ),
            "John F. Kennedy": (
                "文化を人の介さないかたちで紹介しても、その生きた実質を知らない人々に現実を十分に伝えることはできません。"
                "人と人との関係を通じてこそ、好奇心は知識で満たされ、冷笑は信頼に変わり、人間の友情のぬくもりがともされる"
                "のです。\n\n"
                "都市提携プログラムは、アメリカ全土で、また海外の多くの地域とともに、確かな貢献をしています。皆さんが"
                "その力を、国内のご自分の地域のほかの町にも広げてくださることを願っています。"
            ),
            "Lyndon B. Johnson": (
                "姉妹都市は、政府の外で、すべての人にとって欠かせない分野に取り組んでいます。あらゆる国の市民の間に友情を"
                "育み、互いを理解し、平和を望むようにすることです。あらゆる国の人々にとって、これ以上に大切な務めを私は"
                "知りません。"
            ),
            "Richard M. Nixon": (
                "シスター・シティーズ・インターナショナルのプログラムがこれまでに収めた目覚ましい成功により、皆さんと会員の"
                "方々は、より平和で豊かな世界の共同体を築くうえで力強い役割を担っています。"
            ),
            "Gerald Ford": (
                "1956年9月11日にアイゼンハワー大統領がアメリカと外国の都市の提携プログラムを提案したとき、それが教育、"
                "文化、青少年、ビジネス、地方行政、専門知識の分野で、これほど独創的で価値ある交流を生み出すことになるとは"
                "誰も予想できませんでした。この取り組みに時間と才能を注いできたすべての方は、その成果に大きな満足を覚えて"
                "よいでしょう。"
            ),
            "Jimmy Carter": (
                "意見を交わし、姉妹都市プログラムならではの身近なかたちで互いを知ることは、アメリカと諸外国との良好な関係を"
                "保つうえで重要な役割を果たしています。姉妹都市プログラムは共通の状況、つまりどの国も都市の問題を抱えて"
                "いるという事実に立っており、この共通の土台から、多様な文化を近づけるより広い理解へと進むことができます。"
            ),
            "Ronald Reagan": (
                "シスター・シティーズ・インターナショナルの名誉会長を務め、都市間の形式的な交流をはるかに超える人間味を"
                "備えたプログラムに関われることを誇りに思います。\n\n"
                "人と考えの交流を大切にしているからこそ、姉妹都市は世界中でより良い理解と協力を育んでいます。この取り組み"
                "から生まれる友情の精神は、何千もの姉妹都市によって何倍にも広がり、あらゆる地域の人々の間の経済的、文化的、"
                "社会的な関係をより良いものにしています。"
            ),
            "George H.W. Bush": (
                "教育、文化、経済、社会の分野で国際的な理解を深めてきた団体に私の名前を貸せることを、光栄に、また誇りに"
                "思います。アメリカの姉妹都市プログラムに関わる栄誉を与えてくださったことに感謝します。"
            ),
            "William Jefferson Clinton": (
                "シスター・シティーズ・インターナショナルのプログラムは、文化の間の壁を取り除き、海を隔てた人々の関係を"
                "より良くするうえで大きな役割を果たしてきました。急速に変わりゆく世界で、異なる国の人々の間に長く続く橋を"
                "架けようとする皆さんの努力を称えます。私はより平和な地球のために力を尽くすことを誓っており、この目標に"
                "向けた皆さんの団体のたゆまぬ活動に感銘を受けています。名誉会長として支援できることをうれしく思います。"
            ),
            "George W. Bush": (
                "45年にわたり、シスター・シティーズ・インターナショナルは、アメリカの地域と海外の同様の地域との"
                "パートナーシップを築き、強めてきたと評価されています。皆さんの団体は、国と国との信頼、協力、平和は理解の"
                "上に築かれ、本当の理解はコミュニケーションから生まれるという認識を広めています。異なる国や文化の指導者と"
                "市民の関係づくりを進めてこられたことを称えます。\n\n"
                "また、困っている人々のために力を尽くしている、皆さんの団体の何千人ものボランティアにも拍手を送ります。"
                "人道支援から地域の発展まで、皆さんは世界中の数えきれない人々と地域に希望と安らぎをもたらしています。"
                "地域を結び、理解を築き、国や文化の壁を越えて平和を広めるシスター・シティーズ・インターナショナルの取り組みを"
                "応援します。"
            ),
            "Barack Obama": (
                "今日の世界経済において国と国との結びつきが強まっていることは、世界中の地域の間に確かなパートナーシップが"
                "必要であることを示しています。シスター・シティーズ・インターナショナルのような団体はこうした関係を育み、"
                "都市と文化の間の相互の知識と理解を深めています。こうした連携は市民と国の間の協力と信頼を促し、技術と経済の"
                "革新と発展の機会を生み、平和と繁栄が続くための土台を築きます。皆さんの名誉会長を務めることを誇りに"
                "思います。"
            ),
        },
    },
    "uk": {
        "office": "Президент Сполучених Штатів",
        "source": "Sister Cities International, Південнокаліфорнійське відділення, сторінка «Про нас»",
        "occasion": "Як почесний голова Sister Cities International",
        "texts": {
            "Dwight D. Eisenhower": (
                "Програма міст-побратимів — важливий ресурс для переговорів між урядами: вона дає самим людям змогу "
                "висловити спільне прагнення до дружби, доброї волі та співпраці заради кращого світу для всіх."
            ),
            "John F. Kennedy": (
                "Жодне знеособлене уявлення про культуру не передасть повністю її дійсності тим, хто ніколи не знав "
                "її живої суті. Завдяки особистим стосункам цікавість може перерости в знання, цинізм — поступитися "
                "довірі, і може зажевріти тепло людської дружби.\n\n"
                "Програма партнерства міст робить справжній внесок по всіх Сполучених Штатах і разом із багатьма "
                "громадами за кордоном. Сподіваюся, ви докладете зусиль, щоб поширити її дію на інші громади вашої "
                "частини країни."
            ),
            "Lyndon B. Johnson": (
                "Міста-побратими працюють поза урядом у сфері, життєво важливій для всіх: вони сприяють дружбі між "
                "громадянами всіх країн, щоб ті розуміли одне одного й прагнули миру. Я не знаю важливішого завдання "
                "для людей будь-якої країни."
            ),
            "Richard M. Nixon": (
                "Визначні успіхи програми Sister Cities International відводять вам і вашим колегам динамічну роль у "
                "побудові мирнішої та заможнішої світової спільноти."
            ),
            "Gerald Ford": (
                "Коли 11 вересня 1956 року президент Ейзенхауер запропонував створити програму партнерства "
                "американських і закордонних міст, ніхто не міг передбачити, наскільки успішно вона породжуватиме "
                "творчі й цінні обміни в освіті, культурі, молодіжній сфері, бізнесі, місцевому врядуванні та "
                "професійному досвіді. Усі, хто віддав цій справі свій час і талант, можуть по праву пишатися своїми "
                "здобутками."
            ),
            "Jimmy Carter": (
                "Обмін ідеями і просто знайомство одне з одним на тому рівні, який дає програма міст-побратимів, "
                "відіграють важливу роль у підтриманні добрих відносин між США та іншими країнами. Програма "
                "міст-побратимів ґрунтується на спільному становищі — усі країни мають міські проблеми, — і з цієї "
                "спільної основи ми можемо рухатися до ширшого порозуміння, що зближує наші різні культури."
            ),
            "Ronald Reagan": (
                "Я пишаюся тим, що є почесним головою Sister Cities International і причетний до програми, людський "
                "вимір якої сягає далеко за межі суто формальних контактів між містами.\n\n"
                "Оскільки ви наголошуєте на обміні людьми та ідеями, міста-побратими сприяють кращому порозумінню і "
                "співпраці в усьому світі. З цих зусиль народжується дух дружби, який, помножений на тисячі "
                "міст-побратимів, покращує економічні, культурні й соціальні зв’язки між людьми всюди."
            ),
            "George H.W. Bush": (
                "Для мене честь і гордість дати своє ім’я організації, яка сприяла кращому міжнародному порозумінню в "
                "освіті, культурі, економічних і соціальних відносинах. Дякую за привілей бути причетним до програми "
                "міст-побратимів Сполучених Штатів."
            ),
            "William Jefferson Clinton": (
                "Програма Sister Cities International відіграла ключову роль у руйнуванні бар’єрів між культурами та "
                "в налагодженні кращих відносин між народами, яких розділяють океани. Я вітаю ваші зусилля звести "
                "міцні мости між людьми різних націй у світі, що швидко змінюється. Я віддано працюю задля мирнішої "
                "планети, і мене вражає постійна робота вашої організації в цьому напрямку. Я радий підтримати вас як "
                "почесний голова."
            ),
            "George W. Bush": (
                "Уже 45 років Sister Cities International заслужено визнають за те, що вона створює та зміцнює "
                "партнерства між громадами Сполучених Штатів і подібними громадами в інших країнах. Ваша організація "
                "утверджує розуміння того, що довіра, співпраця і мир між народами будуються на порозумінні, а "
                "справжнє порозуміння народжується зі спілкування. Я вітаю вас за розвиток зв’язків між лідерами та "
                "громадянами різних країн і культур.\n\n"
                "Я також дякую тисячам волонтерів вашої організації за їхню допомогу тим, хто її потребує. Від "
                "гуманітарної допомоги до розвитку громад — ви даруєте надію та розраду незліченним людям і громадам "
                "у всьому світі. Я підтримую Sister Cities International у її зусиллях єднати громади, будувати "
                "порозуміння та утверджувати мир понад національними й культурними бар’єрами."
            ),
            "Barack Obama": (
                "Дедалі тісніший взаємозв’язок країн у сучасній світовій економіці підкреслює потребу в міцних "
                "партнерствах між громадами в усьому світі. Такі організації, як Sister Cities International, "
                "розвивають ці зв’язки, поглиблюючи взаємне знання та порозуміння між містами й культурами. Ця "
                "співпраця зміцнює взаємодію та довіру між громадянами й країнами, відкриває можливості для "
                "технологічних і економічних інновацій та розвитку і закладає підвалини тривалого миру й добробуту. "
                "Я пишаюся тим, що є вашим почесним головою."
            ),
        },
    },
    "zh-hans": {
        "office": "美国总统",
        "source": "国际姐妹城市协会南加州分会“关于我们”页面",
        "occasion": "以国际姐妹城市协会名誉主席的身份",
        "texts": {
            "Dwight D. Eisenhower": (
                "姐妹城市计划是政府间谈判的一项重要资源，它让人民自己表达对友谊、善意与合作的共同愿望，为所有人创造一个"
                "更美好的世界。"
            ),
            "John F. Kennedy": (
                "对一种文化的任何非亲身的介绍，都无法向从未接触过其鲜活内涵的人完整传达它的真实面貌。通过人与人之间的交往，"
                "我们的好奇心可以化为真知，怀疑可以让位于信任，人类友谊的温暖也得以点燃。\n\n"
                "城市结好计划正在为整个美国以及海外的许多社区作出切实的贡献。希望你们努力把它的成效推广到你们所在地区的"
                "其他社区。"
            ),
            "Lyndon B. Johnson": (
                "姐妹城市在政府之外，从事着一项对所有人都至关重要的工作：促进各国公民之间的友谊，使他们相互理解、向往和平。"
                "对每个国家的人民来说，我不知道还有什么任务比这更重要。"
            ),
            "Richard M. Nixon": (
                "国际姐妹城市协会这一计划以往取得的辉煌成就，使你们和其他成员在建设一个更加和平、繁荣的世界大家庭的任务中"
                "发挥着积极的作用。"
            ),
            "Gerald Ford": (
                "1956年9月11日，艾森豪威尔总统提议在美国城市与外国城市之间建立结好计划时，谁也没有料到它会在教育、文化、"
                "青少年、商业、地方政府和专业知识等领域，如此成功地促成富有创意而又宝贵的交流。所有为此付出时间和才华的人，"
                "都可以为自己的成就深感欣慰。"
            ),
            "Jimmy Carter": (
                "交流思想，并在姐妹城市计划所提供的层面上彼此相识，对维护美国与各国之间的良好关系发挥着重要作用。姐妹城市"
                "计划建立在一种共同处境之上——所有国家都面临城市问题——从这一共同基础出发，我们可以走向更广泛的理解，"
                "让我们多样的文化更加接近。"
            ),
            "Ronald Reagan": (
                "我很自豪担任国际姐妹城市协会的名誉主席，并能与这样一个计划联系在一起：它的人文意义远远超越了城市之间纯粹"
                "形式上的往来。\n\n"
                "由于你们注重人员与思想的交流，姐妹城市在全世界促进了更好的理解与合作。这种努力孕育出友谊的精神，在成千上万"
                "的姐妹城市中成倍扩展，使世界各地人民之间的经济、文化和社会关系更加紧密。"
            ),
            "George H.W. Bush": (
                "我很荣幸、也很自豪能为一个在教育、文化、经济和社会关系领域促进国际理解的组织署名。感谢你们给予我与美国"
                "姐妹城市计划联系在一起的殊荣。"
            ),
            "William Jefferson Clinton": (
                "国际姐妹城市协会的计划在打破文化隔阂、增进隔洋相望的各国人民之间的关系方面发挥了重要作用。在这个瞬息万变的"
                "世界里，我赞赏你们为在不同国家人民之间架设持久桥梁所作的努力。我致力于建设一个更加和平的地球，你们组织为此"
                "目标持续开展的工作令我印象深刻。我很高兴以名誉主席的身份支持你们。"
            ),
            "George W. Bush": (
                "45年来，国际姐妹城市协会因在美国社区与海外类似社区之间建立和加强伙伴关系而广受赞誉。你们的组织让人们认识到，"
                "国与国之间的信任、合作与和平建立在理解之上，而真正的理解来自沟通。我赞扬你们促进了不同国家和文化的领导人与"
                "公民之间的交往。\n\n"
                "我也赞扬与你们组织相关的成千上万名志愿者为帮助有需要的人所作的努力。从人道主义援助到社区发展，你们为世界"
                "各地无数的个人和社区带来了希望和慰藉。我鼓励国际姐妹城市协会继续努力，团结各个社区，增进理解，跨越国家和"
                "文化的障碍促进和平。"
            ),
            "Barack Obama": (
                "在当今的全球经济中，各国之间日益紧密的联系凸显了世界各地社区之间建立牢固伙伴关系的必要。像国际姐妹城市协会"
                "这样的组织培育了这样的关系，增进了城市与文化之间的相互了解与理解。这些合作促进了公民与国家之间的协作与信任，"
                "为技术和经济的创新与发展创造了机会，并为持久的和平与繁荣奠定了基础。我很自豪担任你们的名誉主席。"
            ),
        },
    },
    "hu": {
        "office": "az Egyesült Államok elnöke",
        "source": "Sister Cities International, Dél-kaliforniai tagozat, „Rólunk” oldal",
        "occasion": "A Sister Cities International tiszteletbeli elnökeként",
        "texts": {
            "Dwight D. Eisenhower": (
                "A testvérvárosi program fontos segítség a kormányok tárgyalásaihoz, mert lehetővé teszi, hogy maguk "
                "az emberek fejezzék ki közös vágyukat a barátság, a jóakarat és az együttműködés iránt, egy mindenki "
                "számára jobb világért."
            ),
            "John F. Kennedy": (
                "Egy kultúra semmilyen személytelen bemutatása nem adhatja át teljesen a valóságát azoknak, akik sosem "
                "ismerték eleven lényegét. A személyes kapcsolatok révén kíváncsiságunk tudássá válhat, a cinizmus "
                "helyét átveheti a bizalom, és fellobbanhat az emberi barátság melege.\n\n"
                "A városok közötti partnerségi program valódi hozzájárulást jelent az Egyesült Államok egészében és "
                "számos külföldi közösséggel. Remélem, azon lesznek, hogy hatását az ország önök lakta részének más "
                "közösségeire is kiterjesszék."
            ),
            "Lyndon B. Johnson": (
                "A testvérvárosok a kormányon kívül dolgoznak egy mindenki számára létfontosságú területen: a "
                "barátságot ápolják minden ország polgárai között, hogy megértsék egymást és a békét akarják. Nem "
                "ismerek ennél fontosabb feladatot egyetlen ország népe számára sem."
            ),
            "Richard M. Nixon": (
                "A Sister Cities International programjának eddigi látványos sikerei önöknek és tagtársaiknak "
                "lendületes szerepet adnak egy békésebb és virágzóbb világközösség felépítésében."
            ),
            "Gerald Ford": (
                "Amikor Eisenhower elnök 1956. szeptember 11-én javasolta, hogy hozzanak létre partnerségi programot "
                "amerikai és külföldi városok között, senki sem sejthette, milyen sikeresen teremt majd ötletes és "
                "értékes cseréket az oktatás, a kultúra, az ifjúság, az üzleti élet, a helyi önkormányzás és a "
                "szakmai tudás terén. Mindazok, akik idejüket és tehetségüket adták ehhez, joggal lehetnek büszkék "
                "eredményeikre."
            ),
            "Jimmy Carter": (
                "Az eszmecsere, és egyszerűen az, hogy megismerjük egymást azon a szinten, amelyet a testvérvárosi "
                "program lehetővé tesz, fontos szerepet játszik az Egyesült Államok és más országok jó kapcsolatainak "
                "megőrzésében. A testvérvárosi program egy közös helyzetre épül – minden ország küzd városi "
                "gondokkal –, és erről a közös alapról indulva juthatunk el a szélesebb megértésig, amely közelebb "
                "hozza sokféle kultúránkat."
            ),
            "Ronald Reagan": (
                "Büszke vagyok rá, hogy a Sister Cities International tiszteletbeli elnöke lehetek, és egy olyan "
                "programhoz kötődhetem, amelynek emberi oldala messze túlmutat a városok közötti pusztán formális "
                "kapcsolatokon.\n\n"
                "Mivel önök az emberek és az eszmék cseréjére helyezik a hangsúlyt, a testvérvárosok szerte a "
                "világon a jobb megértést és az együttműködést szolgálják. Ebből az erőfeszítésből a barátság "
                "szelleme születik, amely testvérvárosok ezreivel megsokszorozva mindenütt javítja az emberek "
                "gazdasági, kulturális és társadalmi kapcsolatait."
            ),
            "George H.W. Bush": (
                "Megtiszteltetés és büszkeség számomra, hogy nevemet adhatom egy olyan szervezethez, amely az "
                "oktatás, a kultúra, a gazdasági és a társadalmi kapcsolatok terén elősegítette a jobb nemzetközi "
                "megértést. Köszönöm, hogy megadták nekem azt a kiváltságot, hogy az Egyesült Államok testvérvárosi "
                "programjához kötődhetem."
            ),
            "William Jefferson Clinton": (
                "A Sister Cities International programja döntő szerepet játszott a kultúrák közötti korlátok "
                "lebontásában és az óceánok által elválasztott népek kapcsolatainak javításában. Elismerésemet "
                "fejezem ki, hogy egy gyorsan változó világban tartós hidakat építenek a különböző nemzetek emberei "
                "között. Elkötelezetten dolgozom egy békésebb bolygóért, és nagy hatással van rám, ahogyan "
                "szervezetük folyamatosan e cél felé halad. Örömmel támogatom önöket tiszteletbeli elnökként."
            ),
            "George W. Bush": (
                "A Sister Cities International 45 éve érdemelte ki az elismerést azzal, hogy partnerségeket hoz létre "
                "és erősít meg az Egyesült Államok közösségei és hasonló külföldi közösségek között. Szervezetük "
                "tudatosítja, hogy a nemzetek közötti bizalom, együttműködés és béke a megértésre épül, a valódi "
                "megértés pedig a kommunikációból születik. Elismerésem, hogy előmozdítják a különböző országok és "
                "kultúrák vezetői és polgárai közötti kapcsolatokat.\n\n"
                "Elismerésemet fejezem ki szervezetük önkénteseinek ezreinek is a rászorulókért végzett munkájukért. "
                "A humanitárius segítségtől a közösségfejlesztésig reményt és vigaszt adnak számtalan embernek és "
                "közösségnek szerte a világon. Arra biztatom a Sister Cities Internationalt, hogy folytassa "
                "erőfeszítéseit a közösségek összekötéséért, a megértés építéséért és a béke előmozdításáért a "
                "nemzeti és kulturális korlátokon át."
            ),
            "Barack Obama": (
                "A nemzetek egyre szorosabb összefonódása a mai világgazdaságban rávilágít arra, hogy szükség van a "
                "világ közösségei közötti erős partnerségekre. Az olyan szervezetek, mint a Sister Cities "
                "International, ilyen kapcsolatokat ápolnak, és gyarapítják a városok és kultúrák kölcsönös "
                "ismeretét és megértését. Ezek az együttműködések előmozdítják a polgárok és nemzetek közötti "
                "összefogást és bizalmat, lehetőséget teremtenek a technológiai és gazdasági innovációra és "
                "fejlődésre, és megalapozzák a tartós békét és jólétet. Büszke vagyok rá, hogy a tiszteletbeli "
                "elnökük lehetek."
            ),
        },
    },
    "ar": {
        "office": "رئيس الولايات المتحدة",
        "source": "منظمة المدن الشقيقة الدولية، فرع جنوب كاليفورنيا، صفحة «من نحن»",
        "occasion": "بصفته الرئيس الفخري لمنظمة المدن الشقيقة الدولية",
        "texts": {
            "Dwight D. Eisenhower": (
                "برنامج المدن الشقيقة موردٌ مهم لمفاوضات الحكومات، إذ يتيح للشعوب نفسها أن تعبّر عن رغبتها المشتركة "
                "في الصداقة وحسن النية والتعاون من أجل عالم أفضل للجميع."
            ),
            "John F. Kennedy": (
                "لا يمكن لأي تمثيل غير شخصي لثقافةٍ ما أن ينقل حقيقتها كاملةً إلى من لم يعرفوا جوهرها الحي قط. فمن "
                "خلال العلاقات الشخصية يمكن أن يتحول فضولنا إلى معرفة، وأن تفسح الريبة المجال للثقة، وأن يتّقد دفء "
                "الصداقة الإنسانية.\n\n"
                "يقدّم برنامج التآخي بين المدن إسهامًا حقيقيًا في جميع أنحاء الولايات المتحدة ومع مجتمعات كثيرة في "
                "الخارج. وآمل أن تعملوا على نشر أثره في مجتمعات أخرى في منطقتكم من البلاد."
            ),
            "Lyndon B. Johnson": (
                "تعمل المدن الشقيقة خارج نطاق الحكومة في ميدان حيوي للجميع: تعزيز الصداقة بين مواطني كل البلدان كي "
                "يفهم بعضهم بعضًا ويريدوا السلام. ولا أعرف مهمة أهم من ذلك لشعوب كل البلدان."
            ),
            "Richard M. Nixon": (
                "إن النجاحات الباهرة التي حققها برنامج منظمة المدن الشقيقة الدولية تمنحكم أنتم وزملاءكم الأعضاء دورًا "
                "فاعلًا في بناء مجتمع عالمي أكثر سلامًا وازدهارًا."
            ),
            "Gerald Ford": (
                "عندما اقترح الرئيس أيزنهاور في 11 سبتمبر 1956 إنشاء برنامج للتآخي بين المدن الأمريكية والأجنبية، لم "
                "يكن أحد يتوقع مدى نجاحه في إيجاد تبادلات مبتكرة وقيّمة في مجالات التعليم والثقافة والشباب والأعمال "
                "والحكم المحلي والخبرة المهنية. ويحق لكل من بذل وقته وموهبته في هذا الجهد أن يعتز بما أنجزه."
            ),
            "Jimmy Carter": (
                "إن تبادل الأفكار، ومجرد التعارف على المستوى الذي يتيحه برنامج المدن الشقيقة، يؤديان دورًا مهمًا في "
                "الحفاظ على علاقات طيبة بين الولايات المتحدة والدول الأخرى. ويقوم برنامج المدن الشقيقة على وضع مشترك، "
                "فكل البلدان تواجه مشكلات حضرية، ومن هذا الأساس المشترك يمكننا أن نمضي نحو تفاهم أوسع يقرّب بين "
                "ثقافاتنا المتنوعة."
            ),
            "Ronald Reagan": (
                "أعتز بأن أكون الرئيس الفخري لمنظمة المدن الشقيقة الدولية، وبأن أرتبط ببرنامج يتجاوز بعده الإنساني "
                "الاتصالات الرسمية البحتة بين المدن بكثير.\n\n"
                "ولأنكم تركزون على تبادل الناس والأفكار، تعمل المدن الشقيقة على تعزيز التفاهم والتعاون في أنحاء "
                "العالم. ومن هذا الجهد تنبثق روح صداقة، إذا تضاعفت بآلاف المدن الشقيقة، أثمرت علاقات اقتصادية وثقافية "
                "واجتماعية أفضل بين الناس في كل مكان."
            ),
            "George H.W. Bush": (
                "يشرفني ويسعدني أن أمنح اسمي لمنظمة شجّعت على تفاهم دولي أفضل في مجالات التعليم والثقافة والعلاقات "
                "الاقتصادية والاجتماعية. وأشكركم على منحي شرف الارتباط ببرنامج المدن الشقيقة في الولايات المتحدة."
            ),
            "William Jefferson Clinton": (
                "أسهم برنامج منظمة المدن الشقيقة الدولية إسهامًا كبيرًا في إزالة الحواجز بين الثقافات وفي تعزيز "
                "علاقات أفضل بين شعوب تفصل بينها المحيطات. وإني أحيّي جهودكم في بناء جسور دائمة بين أبناء الأمم "
                "المختلفة في عالم سريع التغير. وأنا ملتزم بالعمل من أجل كوكب أكثر سلامًا، ويثير إعجابي عمل منظمتكم "
                "المتواصل نحو هذا الهدف. ويسعدني أن أقدم دعمي بصفتي رئيسًا فخريًا."
            ),
            "George W. Bush": (
                "على مدى 45 عامًا، يعود الفضل إلى منظمة المدن الشقيقة الدولية في إقامة شراكات وتعزيزها بين مجتمعات في "
                "الولايات المتحدة ومجتمعات مماثلة حول العالم. وتعزز منظمتكم الإدراك بأن الثقة والتعاون والسلام بين "
                "الأمم تُبنى على التفاهم، وأن التفاهم الحقيقي يأتي من التواصل. وإني أثني عليكم لتعزيزكم العلاقات بين "
                "القادة والمواطنين من بلدان وثقافات مختلفة.\n\n"
                "كما أحيّي آلاف المتطوعين المنتسبين إلى منظمتكم على جهودهم من أجل المحتاجين. فمن المساعدات الإنسانية "
                "إلى تنمية المجتمعات، تمنحون الأمل والطمأنينة لعدد لا يحصى من الأفراد والمجتمعات في أنحاء العالم. "
                "وأشجع منظمة المدن الشقيقة الدولية على مواصلة جهودها لتوحيد المجتمعات وبناء التفاهم وتعزيز السلام "
                "عبر الحواجز الوطنية والثقافية."
            ),
            "Barack Obama": (
                "إن تزايد الترابط بين الأمم في الاقتصاد العالمي اليوم يؤكد الحاجة إلى شراكات متينة بين المجتمعات في "
                "أنحاء العالم. ومنظمات مثل منظمة المدن الشقيقة الدولية ترعى هذه العلاقات، فتزيد المعرفة والتفاهم "
                "المتبادلين بين المدن والثقافات. وتعزز هذه الشراكات التعاون والثقة بين المواطنين والأمم، وتتيح فرصًا "
                "للابتكار والتنمية التكنولوجية والاقتصادية، وتضع أسس سلام وازدهار دائمين. وأعتز بأن أكون رئيسكم "
                "الفخري."
            ),
        },
    },
}
