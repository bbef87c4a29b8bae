"""The chapter's members page in every language, translated by hand from
the seed's wording (socal-sister-cities-chapter.txt): it is in the chapter's
menu, which reads entirely in the reader's language."""

MEMBERS = {
    "fr": {"title": ["Associations membres"],
           "intro": ["Les associations de villes jumelles de Californie du Sud qui forment le chapitre : leurs "
                     "événements, leurs villes partenaires et leurs lettres d'information. Pour annoncer un "
                     "événement de jumelage ou publier votre lettre d'information, utilisez le formulaire "
                     "ci-dessous."]},
    "es": {"title": ["Asociaciones miembro"],
           "intro": ["Las asociaciones de ciudades hermanas del sur de California que forman el capítulo: sus "
                     "eventos, sus ciudades hermanas y sus boletines. Para anunciar un evento de ciudades hermanas "
                     "o publicar su boletín, use el formulario de abajo."]},
    "it": {"title": ["Associazioni membro"],
           "intro": ["Le associazioni di città gemellate della California meridionale che formano il capitolo: i "
                     "loro eventi, le loro città partner e le loro newsletter. Per annunciare un evento di "
                     "gemellaggio o pubblicare la tua newsletter, usa il modulo qui sotto."]},
    "ja": {"title": ["加盟団体"],
           "intro": ["支部を構成する南カリフォルニアの姉妹都市協会：各協会の行事、提携都市、会報。姉妹都市の行事を"
                     "お知らせしたり会報を掲載したりするには、下のフォームをご利用ください。"]},
    "uk": {"title": ["Асоціації-члени"],
           "intro": ["Асоціації міст-побратимів Південної Каліфорнії, що утворюють відділення: їхні події, "
                     "міста-партнери та інформаційні бюлетені. Щоб оголосити подію або опублікувати свій "
                     "бюлетень, скористайтеся формою нижче."]},
    "zh-hans": {"title": ["会员协会"],
                "intro": ["组成本分会的南加州姐妹城市协会：它们的活动、伙伴城市和通讯。如需发布姐妹城市活动或"
                          "您的通讯，请使用下方表格。"]},
    "hu": {"title": ["Tagegyesületek"],
           "intro": ["A tagozatot alkotó dél-kaliforniai testvérvárosi egyesületek: rendezvényeik, "
                     "partnervárosaik és hírleveleik. Testvérvárosi rendezvény bejelentéséhez vagy hírlevele "
                     "közzétételéhez használja az alábbi űrlapot."]},
    "ar": {"title": ["الجمعيات الأعضاء"],
           "intro": ["جمعيات المدن الشقيقة في جنوب كاليفورنيا التي يتألف منها الفرع: فعالياتها ومدنها الشريكة "
                     "ونشراتها. للإعلان عن فعالية للمدن الشقيقة أو نشر نشرتكم، استخدموا النموذج أدناه."]},
}
