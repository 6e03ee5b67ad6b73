// What people search for, in each language's own words (issue 24), for
// search_coverage.test.mjs. One query per topic, in the same order in every
// language: bullying, grooming, scams, privacy, passwords, screen time,
// gaming, sexting or images, self-harm, age ratings, reporting, helpline.
//
// Each query is the word or phrase the built pages of that language use for
// the topic (chosen by reading dist/<code>/), not a translation of the
// English query: the Spanish pages say "captación" for grooming, the Russian
// ones "травля" for bullying and "телефон доверия" for a helpline, no
// language has a word for "screen time" so each uses its phrase for "time
// online". A phrase is matched as consecutive words (see the test's header),
// so a preposition inside it ("temps en ligne") is part of the query.
// Every query must appear in at least one section of the built pages; the
// test fails on one that does not.

/** @type {Record<string, string[]>} */
export const QUERIES = {
  en: [
    'bullying',
    'grooming',
    'scams',
    'privacy',
    'passwords',
    'time online', // screen time: the pages say "time online"
    'games', // gaming
    'sexual images', // sexting or images
    'self-harm',
    'age ratings',
    'reporting',
    'helpline',
  ],
  ar: [
    'تنمر', // bullying
    'استدراج', // grooming
    'احتيال', // scams (fraud)
    'خصوصية', // privacy
    'كلمة المرور', // password
    'الوقت على الإنترنت', // screen time: "time on the internet"
    'ألعاب', // games
    'صور جنسية', // sexual images
    'إيذاء النفس', // self-harm
    'التصنيف العمري', // age rating
    'إبلاغ', // reporting
    'خط مساعدة', // helpline
  ],
  zh: [
    '欺凌', // bullying
    '诱骗', // grooming
    '诈骗', // scams
    '隐私', // privacy
    '密码', // password
    '上网时间', // screen time: "time online"
    '游戏', // games
    '裸照', // nude photos
    '自我伤害', // self-harm
    '年龄分级', // age ratings
    '举报', // reporting
    '求助热线', // helpline
  ],
  fr: [
    'harcèlement', // bullying
    'pédopiégeage', // grooming
    'arnaques', // scams
    'vie privée', // privacy (the grid's cross-cutting risk)
    'mot de passe', // password
    'temps en ligne', // screen time: "time online"
    'jeux', // games
    'images sexuelles', // sexual images
    'automutilation', // self-harm
    'classification par âge', // age rating
    'signaler', // to report
    "ligne d'écoute", // helpline
  ],
  ru: [
    'травля', // bullying
    'груминг', // grooming
    'мошенничество', // scams (fraud)
    'конфиденциальность', // privacy
    'пароли', // passwords
    'время в интернете', // screen time: "time on the internet"
    'игры', // games
    'сексуального характера', // "of a sexual nature": the pages' words for sexual images
    'самоповреждение', // self-harm
    'возрастной рейтинг', // age rating
    'пожаловаться', // to report (a user, a post)
    'телефон доверия', // helpline
  ],
  es: [
    'acoso', // bullying
    'captación', // grooming ("captación con fines sexuales")
    'estafas', // scams
    'privacidad', // privacy
    'contraseñas', // passwords
    'tiempo en internet', // screen time: "time on the internet"
    'juegos', // games
    'imágenes sexuales', // sexual images
    'autolesiones', // self-harm
    'clasificación por edad', // age rating
    'denunciar', // to report
    'línea de ayuda', // helpline
  ],
};
