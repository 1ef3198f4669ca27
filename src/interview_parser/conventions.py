"""The words and thresholds that label and heading decisions weigh, as one setting.

Detectors only look at a line's shape; every judgement that needs a word
(``Note:`` is a field line, ``Host`` asks the questions, ``他说：`` is
reported speech) or a threshold reads it from a :class:`Conventions`. The
defaults below are a starting point for news, podcast and hearing
transcripts in English and Chinese; a corpus with its own furniture adds to
them::

    >>> from interview_parser import Conventions, Parser, parse
    >>> text = "Ana: Hi.\\n\\nSidebar: a box.\\n\\nBo: Hello.\\n\\nSidebar: one more box.\\n\\nAna: Bye?\\n\\nBo: Bye."
    >>> [speaker.name for speaker in parse(text).speakers]
    ['Ana', 'Sidebar', 'Bo']
    >>> parser = Parser(conventions=Conventions().adding(field_words={"sidebar"}))
    >>> [speaker.name for speaker in parser.parse(text).speakers]
    ['Ana', 'Bo']
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs
import regex

from .normalize import fold, person, speaker_key

__all__ = [
    "ADDRESS_WORDS",
    "COMMENT_HEADINGS",
    "COMMENT_OPENERS",
    "CREDIT_PARTS",
    "CREDIT_PREFIXES",
    "DATE_KEYS",
    "FAQ_TITLES",
    "FAQ_WORDS",
    "FIELD_ENDINGS",
    "FIELD_WORDS",
    "FIRST_PERSON_WORDS",
    "HEADER_KEYS",
    "INTERVIEWEE_WORDS",
    "INTERVIEWER_WORDS",
    "INTERVIEW_WORDS",
    "KIND_KEYS",
    "METADATA_KEYS",
    "NARRATOR_PRONOUNS",
    "PREP_WORDS",
    "QUESTION_WORDS",
    "ROLE_NOUNS",
    "SAYS_WORDS",
    "SPEAKING_FIELD_WORDS",
    "SPEECH_OPENERS",
    "SPEECH_VERBS",
    "TITLE_KEYS",
    "Conventions",
]

FIELD_WORDS: frozenset[str] = frozenset(
    """note notes nb fixme location locations slides slide source sources update updates updated photo photos
    image images video audio link links transcript disclaimer summary tags tag topics topic example
    examples warning important related title date time venue attendees participants agenda edit editor
    caption credit credits contact email phone website url subject re fwd from to cc chapter part
    episode season keywords abstract description background conclusion tldr tl;dr ps p.s media press
    appearances present presiding speakers witnesses exhibits index by
    timeframe deadline announcement announcements tip tips step hint exercise exercises solution solutions aufgabe lösung exercice ejercicio solución esercizio soluzione reference references
    solução oplossing lösningen løsning ratkaisu rozwiązanie řešení megoldás çözüm soluție решение рішення solusi 解决方法 解决方案 解决办法 解決策 対処法 해결 해결책
    observation observations theme themes finding findings insight insights context consent duration
    outcome outcomes result results input inputs output outputs pros cons advantages disadvantages
    输入 输出 入力 出力 입력 출력 eingabe ausgabe 概要 摘要 要旨 요약
    官网链接 官网 时间轴 划重点 重点 注意 作者 翻译 采访 整理 编辑 责编 来源 出处 摄影 图片 图 注 注释 备注
    时间 地点 日期 链接 原文链接 原文 相关阅读 延伸阅读 编者按 导语 提示 说明 简介 背景 附 附录 主题 标题
    文 记录 撰文 策划 出品 监制 声明 免责声明 关键词 参考 资料来源 网址 地址 电话 邮箱 微信 特别声明
    结论 议题 议程 决议 遗留问题
    本文 全文 视频 音频 字幕 嘉宾介绍 人物简介 小结 总结 结语 前言 后记 related 相关文章 作者简介 关于作者
    chapters 章节 目录 contents toc break music intro outro obs obs. nota not hinweis anmerkung remarque
    参考 备考 備考 男 女 合 合唱 男声 女声 齐唱 歌名 作词 作曲 演唱
    place fecha lugar hora duración fuente autor autora foto fotos enlace
    lieu heure durée auteur auteure photos lien datum ort uhrzeit dauer quelle autorin
    duração fonte luogo durata fonte autore telefone telefono teléfono téléphone telefon телефон
    correo endereço dirección indirizzo adresse anschrift
    日時 場所 出典 写真 構成 取材 날짜 장소 출처 사진
    warnung achtung advertencia aviso avertissement attention advertência atenção avvertenza attenzione avviso
    waarschuwing opmerking bron примечание предупреждение внимание замечание источник автор перевод
    переводчик дата фото uwaga źródło zdjęcie uyarı kaynak yazar tarih catatan sumber penulis tanggal
    timestamp timestamps horodatage zeitstempel 时间戳 タイムスタンプ
    例如 比如 譬如 例子 举例 舉例 範例 范例 示例 例えば 예시 beispiel beispiele exemple exemples ejemplo ejemplos
    esempio esempi exemplo exemplos voorbeeld przykład пример örnek contoh ví dụ
    temat tema thema asunto argomento assunto onderwerp тема konu topik chủ đề
    ملاحظة ملاحظات المصدر مصدر التاريخ الكاتب الكاتبة ترجمة تصوير صورة المكان الوقت الموضوع ملخص تنبيه تحذير
    یادداشت منبع تاریخ نویسنده ترجمه عکس مکان زمان موضوع خلاصه
    הערה הערות מקור תאריך כותב תרגום צילום מקום זמן נושא תקציר אזהרה
    नोट टिप्पणी स्रोत तारीख दिनांक लेखक अनुवाद फोटो स्थान समय विषय सारांश चेतावनी""".split()
) | {"zur person", "참고"}
"""Labels that name a page field (``Note:``, ``来源：``), not a person; compared with the folded label."""

CREDIT_PARTS: tuple[str, ...] = ("整理", "记录", "翻译", "编辑", "撰文", "摄影", "照片", "链接", "来源", "出品", "声明", "时间", "地点", "日期")
"""Words that make a label a credit line wherever they stand in it (``采访及整理``)."""

FIELD_ENDINGS: tuple[str, ...] = ("主题", "概要", "摘要", "简介", "題目", "テーマ")
"""Endings that make a label written in Han or kana a field (``演讲主题``, ``分享概要``: a talk's topic
and summary); where they stand first, the label may name a role (``主题演讲嘉宾``, a keynote speaker)."""

CREDIT_PREFIXES: tuple[str, ...] = (
    "edited by", "transcribed by", "translated by", "photo by", "read more", "see also", "about the author", "related ",
    "also present",
)
"""Starts of labels that are credit or navigation lines (``Edited by:``)."""

SPEECH_VERBS: tuple[str, ...] = (
    "说", "道", "称", "表示", "指出", "认为", "提到", "回应", "强调", "透露", "提醒", "答复", "坦言",
    "直言", "补充", "解释", "介绍", "告诉", "建议", "呼吁", "提出", "表明", "宣布", "谈到", "回忆",
    "感叹", "反问", "追问", "问道", "发问", "质问", "写", "指", "笑", "相信", "希望", "担心", "承认", "回", "就是", "问题是",
    "notes", "says", "said", "asks", "asked", "writes", "wrote", "told me", "told us", "explains", "explained",
    "قال", "قالت", "أضاف", "أضافت", "گفت", "אמר", "אמרה", "कहा",
)
"""Endings that make a label reported speech in prose (``他说：``, ``she said:``), or a clause
that introduces what follows (``所以问题是：``, ``写成公式就是：``; ``于是`` may be a pen name)."""

SAYS_WORDS: tuple[str, ...] = ("says", "diz", "dice", "dit", "sagt", "zegt", "säger", "sier", "siger", "mówi", "говорит")
"""A chat log's verb after each name, in the present (``Ana says:``, ``Janaina diz:``, MSN
Messenger's): where ``Conventions.says_names`` names or more are written so, each is a label. Past
tenses and ``writes`` (``Margaret writes:``) are a letters page's or a report's."""

SPEECH_OPENERS: tuple[str, ...] = (
    "قال", "وقال", "فقال", "قالت", "وقالت", "فقالت", "أضاف", "وأضاف", "أضافت", "وأضافت", "أوضح", "وأوضح",
    "أكد", "وأكد", "تابع", "وتابع", "أوضحت", "وأوضحت", "أكدت", "وأكدت", "تابعت", "وتابعت", "رد", "ورد", "ردت", "وردت",
    "אמר", "אמרה", "אמרו", "הוסיף", "הוסיפה", "הוסיפו", "ציין", "ציינה", "השיב", "השיבה", "סיפר", "סיפרה", "טען", "טענה",
)
"""Verbs that open a label that is reported speech in a language putting the verb first
(``وقال السفير:``, and said the ambassador; ``אמר השר:``, said the minister)."""

SPEAKING_FIELD_WORDS: frozenset[str] = frozenset({"cc"})
"""Field words that may name a speaker who takes turns (a radio log's capsule communicator)."""

ADDRESS_WORDS: frozenset[str] = frozenset(
    "you your yours yourself yourselves"
    " du dich dir dein deine deinen deinem deiner euch euer eure"
    " vous votre vos tu toi tes"
    " usted ustedes tú ti tus tuyo tuya tuyos tuyas contigo vosotros vosotras vuestro vuestra"
    " voi vostro vostra tuo tua tuoi"
    " você vocês teu"
    " jij jou jouw uw dig"
    " ty twój pani вы вас вам ты тебя тебе твой ваш"
    " 你 您 あなた 君 당신 أنت أنتِ أنتم شما אתה אתם आप तुम आपका आपकी आपको"
    " siz sizin size sizi sizce senin anda kamu bạn vy vás vám váš vaše".split()
)
"""Words by which a question addresses the person asked (``you``, ``du``, ``vous``, ``你``): an
interviewer's questions address the interviewee, an article's question headings address no one.
Words that are as often something else are left out (``os``, ``je``, ``ihr``, ``te``, ``lei``, ``sen``)."""

FIRST_PERSON_WORDS: frozenset[str] = frozenset(
    "i me my mine myself we our ours ourselves"
    " ich mich mir mein meine meinen meinem meiner wir uns unser unsere"
    " je j moi mon nous notre"
    " yo mí mis nosotros nosotras nuestro nuestra nuestros"
    " eu mim meu minha meus minhas nós nosso nossa"
    " mio mia miei noi nostro nostra"
    " ik mij mijn wij ons onze"
    " mnie mój moja nasz nasza"
    " я меня мне мой моя мы нас нам наш"
    " 我 僕 俺 わたし 저는 저도 제가 저희 저희는 저희가 나는 나도 내가 우리 우리는 우리가"
    " أنا نحن אני אנחנו मैं मेरा मेरी हम हमारा"
    " benim bana bence biz bizim saya aku kami tôi já mě můj moje jag".split()
)
"""Words by which an answer speaks for its speaker (``I``, ``we``, ``ich``, ``我``): an interviewee
answers for themself, an article answering its own questions speaks of things. Words as often
something else are left out (``us``, ``mes``, ``mi``, ``io``, ``ja``, ``私``, ``ben``)."""

INTERVIEW_WORDS: tuple[str, ...] = (
    "interview", "q&a", "questions and answers", "entrevista", "entretien", "intervista", "gespräch",
    "wywiad", "интервью", "访谈", "专访", "采访", "对谈", "对话", "インタビュー", "対談", "인터뷰", "대담",
    "entrevue", "rozhovor", "intervju", "haastattelu", "interjú", "röportaj", "wawancara", "phỏng vấn", "συνέντευξη",
    "röportajı", "söyleşi", "söyleşisi",
    "інтерв'ю", "حوار", "مقابلة", "مصاحبه", "گفتگو", "ראיון", "साक्षात्कार", "इंटरव्यू", "สัมภาษณ์",
)
"""Words by which a title says the document is an interview (``Interview with …``, ``专访``), with a
language's own inflection where it glues one to the word (Turkish ``Röportajı``, its interview)."""

PREP_WORDS: tuple[str, ...] = (
    "면접", "面试", "面接", "job interview", "interview questions", "interview prep", "entretien d'embauche",
    "vorstellungsgespräch", "entrevista de trabajo", "entrevista de emprego", "colloquio di lavoro", "собеседование",
    "인터뷰 대비", "인터뷰대비", "인터뷰 준비", "インタビュー対策", "采访准备", "rozmowa kwalifikacyjna", "sollicitatiegesprek",
    "entretien d’embauche", "mülakat", "iş görüşmesi", "wawancara kerja", "phỏng vấn xin việc", "anställningsintervju",
)
"""Words by which a title names a job interview's preparation (``DevOps 면접 대비``, ``面试实战``): its
unlabelled questions are a list to prepare, with model answers, not an interview held."""

NARRATOR_PRONOUNS: tuple[str, ...] = ("我", "他", "她", "你", "i ", "he ", "she ", "they ")
"""Pronouns that, opening a longer label, make it a narrator's line (``我问：``, ``我打断她：``,
``she replied:``): a transcript names its speakers, a story says who spoke."""

INTERVIEWER_WORDS: frozenset[str] = frozenset(
    "q question 问 提问 问题 记者问 质问 主持人 主持 记者 采访者 访问者 host interviewer moderator reporter"
    " 编者 编辑部 小编 本报 本刊 frage entrevistador pregunta pergunta domanda vraag pytanie вопрос"
    " 聞き手 インタビュアー 司会 질문 기자 pertanyaan hỏi"
    " س سؤال المحاور المذيع پرسش خبرنگار مجری ש שאלה מראיין מראיינת מנחה प्रश्न सवाल ถาม".split()
)
"""Labels of the person asking (digits and spaces ignored: ``Q1``, ``问 2``)."""

INTERVIEWEE_WORDS: frozenset[str] = frozenset(
    "a answer 答 回答 嘉宾 受访者 guest interviewee respondent witness antwort respuesta entrevistado 답변 답"
    " resposta réponse reponse risposta antwoord odpowiedź ответ jawaban đáp"
    " ج جواب الضيف پاسخ مهمان ת תשובה उत्तर जवाब ตอบ".split()
)
"""Labels of the person answering."""

ROLE_NOUNS: tuple[str, ...] = (
    "观众", "听众", "记者", "主持人", "嘉宾", "提问者", "网友", "读者", "学生", "家长", "市民", "居民", "与会者",
    "audience", "audience member", "moderator", "host", "guest", "caller", "questioner", "participant",
    "reporter", "visitor", "speaker", "interviewer", "interviewee", "panelist", "panellist", "student",
    "journalist", "journaliste", "periodista", "jornalista", "giornalista", "dziennikarz", "журналист",
    "verslaggever", "verslaggeefster", "presentator", "presentatrice", "moderatorin", "moderatrice", "moderador", "moderadora",
    "présentateur", "présentatrice", "animateur", "animatrice", "presentador", "presentadora", "apresentador", "apresentadora",
    "entrevistador", "entrevistadora", "intervistatore", "intervistatrice", "interviewerin", "gast", "invité", "invitée",
    "invitado", "invitada", "convidado", "convidada", "ospite", "reportera", "reporterin",
    "المذيع", "المذيعة", "الصحفي", "الصحفية", "المحاور", "الضيف", "الضيفة", "مجری", "خبرنگار", "مهمان",
    "מראיין", "מראיינת", "מנחה", "אורח", "אורחת", "एंकर", "पत्रकार", "मेहमान", "अतिथि",
)
"""Endings of labels that name a role rather than a person (``乙台记者``, ``Audience 1``, ``Verslaggeefster``,
``Journaliste``), in the languages the blind rounds brought: a role may
speak once, and a role's one-off whole-bold question (``**乙台记者：…？**``) is a turn, not a heading."""

QUESTION_WORDS: frozenset[str] = frozenset(
    "q a question answer 问 答 问题 回答 提问 记者问 frage antwort pregunta respuesta"
    " pergunta resposta réponse reponse domanda risposta vraag antwoord 질문 답변 pertanyaan jawaban hỏi đáp"
    " س ج سؤال جواب پرسش پاسخ ש ת שאלה תשובה प्रश्न उत्तर ถาม ตอบ".split()
)
"""Labels whose number counts the question or the answer, not the person: ``Q1``/``Q2`` are one
interviewer, ``Reponse 1``/``Reponse 2`` one interviewee."""

OUTLET_ENDINGS: tuple[str, ...] = ("记者", "社", "报", "台", "网", "周刊", "杂志", "日报", "时报", "新闻")
"""Endings of a news outlet's name (``新华社``): an outlet's label asks the questions."""

FAQ_WORDS: tuple[str, ...] = (
    "faq", "faqs", "frequently asked questions", "常见问题", "常见问题集", "常见问题解答", "问题解答", "preguntas frecuentes",
    "perguntas frequentes", "foire aux questions", "häufig gestellte fragen", "domande frequenti",
    "veelgestelde vragen", "часто задаваемые вопросы", "よくある質問", "자주 묻는 질문",
    "preguntas más frecuentes", "questions fréquentes", "questions fréquemment posées", "häufige fragen",
    "domande più frequenti", "частые вопросы", "часті запитання", "часті питання", "поширені запитання",
    "często zadawane pytania", "najczęściej zadawane pytania", "často kladené otázky", "vanliga frågor",
    "ofte stillede spørgsmål", "ofte stilte spørsmål", "usein kysytyt kysymykset", "gyakran ismételt kérdések",
    "întrebări frecvente", "sıkça sorulan sorular", "sık sorulan sorular", "συχνές ερωτήσεις",
    "câu hỏi thường gặp", "pertanyaan yang sering diajukan", "คำถามที่พบบ่อย", "الأسئلة الشائعة",
    "الأسئلة المتكررة", "שאלות נפוצות", "سوالات متداول", "پرسش‌های متداول", "अक्सर पूछे जाने वाले प्रश्न",
    "よくあるご質問", "자주 하는 질문",
)
"""Words that make a heading, or a page whose title holds them, a product's questions (an FAQ), not an
interview; compared without spaces or punctuation (``FAQ (Frequently Asked Questions)``)."""

READER_WORDS: frozenset[str] = frozenset(
    "i my mine myself"
    " ich mein meine meinen meinem meiner"
    " moi mon mes"
    " yo mis"
    " eu meu minha meus minhas"
    " io mio miei"
    " ik mijn"
    " mój moja"
    " я мой моя"
    " 我 私 僕 제가 나는 내가"
    " benim saya aku tôi jag".split()
)
"""Words by which a question speaks as its asker alone, the subject or a possessive (``How do I
…?``, ``Wie kann ich …?``, ``我如何 …？``): an FAQ asks in its reader's voice, an interviewer
addresses the interviewee. Words as often something else are left out (Italian ``i`` and ``ma``,
Dutch ``je`` and ``ben``, German ``ja``, ``me``/``mi``, which an interviewer's "tell me" has too);
``i`` counts only as English writes it, a capital ``I`` standing alone."""

FAQ_TITLES: tuple[str, ...] = (
    "questions and answers", "questions & answers", "preguntas y respuestas", "perguntas e respostas",
    "questions et réponses", "questions-réponses", "fragen und antworten", "domande e risposte",
    "vragen en antwoorden", "вопросы и ответы", "问与答", "質問と回答",
)
"""Titles that name an FAQ page only when they are the page's whole title: a page titled
``Questions and answers`` is a help page, one titled ``Questions and answers with the mayor`` is an
interview, and a section headed ``Questions and answers`` is an interview's Q&A."""

COMMENT_HEADINGS: tuple[str, ...] = (
    "comments", "comment", "responses", "response", "replies", "reply", "thoughts", "thought", "评论", "評論",
    "留言", "コメント", "kommentare", "kommentar", "comentarios", "comentários", "comentario", "commentaires",
    "commentaire", "commenti", "reacties", "комментарии", "комментариев", "댓글",
)
"""Words that open a blog's comment thread when a count goes with them (``13 comments``, ``One
response to “…”``, ``评论 (5)``): after the conversation, readers' comments are not its turns. Alone
(``## Comments``), such a word may head a section of a meeting."""

COMMENT_OPENERS: tuple[str, ...] = (
    "leave a reply", "leave a comment", "reader comments", "post a comment", "join the discussion",
    "网友评论", "读者评论", "发表评论", "網友評論", "讀者評論", "發表評論", "コメントを残す", "kommentar schreiben",
    "deja un comentario", "laisser un commentaire", "deixe um comentário", "lascia un commento", "댓글 남기기",
)
"""Headings that open a comment thread on their own (``Leave a Reply``)."""

QUESTION_CLASSES: tuple[str, ...] = ("question", "q")
"""Words that, as an HTML class name or a part of one between ``-`` and ``_`` (``interview-question``,
``qa__data__q``, ``q1``), mark an element as a question."""
TABLE_SPEAKER_COLUMNS: frozenset[str] = frozenset(
    ("speaker", "speaker name", "speaker_name", "name", "who", "sprecher", "locuteur", "intervenant", "hablante", "orador", "falante",
     "nome", "nombre", "nom", "naam", "spreker", "oratore", "imię", "имя", "оратор", "выступающий",
     "发言人", "說話人", "说话人", "發言人", "話者")
)
"""Column names of a transcript table (CSV, TSV) that hold the speaker."""
TABLE_SPEECH_COLUMNS: frozenset[str] = frozenset(
    ("words", "text", "transcript", "transcription", "utterance", "speech", "content", "dialogue", "texte", "texto", "testo",
     "fala", "discurso", "intervención", "intervenção", "intervento", "parole", "tekst", "текст", "речь",
     "内容", "內容", "文本")
)
"""Column names of a transcript table that hold what was said."""
TABLE_NAME_COLUMNS: frozenset[str] = frozenset(("name", "who", "nome", "nombre", "nom", "naam", "imię", "имя"))
"""Speaker column names that name someone without saying they speak (see ``Conventions.table_name_columns``)."""
TABLE_TIME_COLUMNS: frozenset[str] = frozenset(
    ("timestamp", "time", "start", "start time", "start_time", "begin", "timecode", "zeit", "temps", "tiempo", "时间", "時間")
)
"""Column names of a transcript table that hold when a row was said."""
TRANSCRIPT_KEYS: frozenset[str] = frozenset(
    ("transcript", "transcription", "transkript", "transkription", "transcripción", "transcrição", "trascrizione", "文字稿", "逐字稿")
)
"""Front matter keys that hold the document's transcript (a static-site podcast's episode page)."""
TRANSCRIPT_TEXT_KEYS: frozenset[str] = TABLE_SPEECH_COLUMNS | {"line", "says", "said"}
"""Keys of a front matter transcript's item that hold what was said."""
TRANSCRIPT_HEADING_KEYS: frozenset[str] = frozenset(("header", "heading", "section", "chapter", "topic", "title"))
"""Keys of a front matter transcript's item that, alone, make it a heading between the turns."""


_CACHE_SIZE = 4096
_T = TypeVar("_T")


def _keep(cache: dict[str, _T], key: str, value: _T) -> None:
    """Store an answer in one of a :class:`Conventions`' caches, bounded: emptied when full (a
    corpus may ask about many distinct labels)."""
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[key] = value
_NOT_WORD = regex.compile(r"[\W_]+")


def _squashed(text: str) -> str:
    """``text`` folded, without spaces or punctuation: how a heading is compared with FAQ words."""
    return _NOT_WORD.sub("", fold(text))


def _spaced(text: str) -> str:
    """``text`` folded word by word, one space between its words: how a page title is searched."""
    return " ".join(fold(part) for part in _NOT_WORD.split(text) if part)


@functools.lru_cache(maxsize=16)
def _faq_page(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any FAQ word standing as whole words in a spaced title (``Radio-T FAQ``, not ``chief aquarist``);
    a word in a script written without spaces (``常见问题``) anywhere in it."""
    parts = [
        regex.escape(w) if _UNSPACED.search(w) else rf"(?<![\p{{L}}\p{{N}}]){regex.escape(w)}(?![\p{{L}}\p{{N}}])"
        for w in sorted(words, key=len, reverse=True)
    ]
    return regex.compile("|".join(parts))


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_HANGUL = regex.compile(r"\p{Hangul}")
_WORD = regex.compile(r"\w+")
_NO_SPACES = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
"""Scripts written without spaces between words (Korean's Hangul is spaced)."""
"""Scripts whose words are looked for anywhere in a text (Korean spaces its phrases, not its words)."""


@functools.lru_cache(maxsize=16)
def _comment_heading(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A comment heading's words with their count after them (``评论 (5)``), or after a count, then
    what they are on (``3 thoughts on “…”``): ``Comments on the budget`` and ``Comments`` are sections."""
    phrases = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"(?:\d{{1,6}}|one|no)[ \t]+(?:{phrases})(?:[ \t]+(?:to|on|for|zu|sur|em|a|à)[ \t].{{0,300}})?"
        rf"|(?:{phrases})[ \t]*[(\[（]\d{{1,6}}[)\]）]"
    )


@functools.lru_cache(maxsize=16)
def _faq_heading(words: tuple[str, ...]) -> regex.Pattern[str]:
    """One heading made only of FAQ words (``FAQ (Frequently Asked Questions)``)."""
    return regex.compile("(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")+")


def _holds_any(title: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` (folded phrases) stands anywhere in ``title``, folded."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return any(word in folded for word in words)


_CAPITAL_I = regex.compile(r"(?<![\w'’])I(?![\w'’])|(?<![\w'’])I['’](?:m|ve|d|ll)\b")
"""English's "I" standing alone, or in ``I'm``, ``I've``: not Italian's article or Polish's "and"."""


def _holds_word(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` stands in ``text`` as a word (folded), or anywhere in it for a word
    of a script written without spaces (``你``, ``我``), or opening a word in Korean, which is
    written with spaces and particles after its words (``당신은``)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = set(_WORD.findall(folded))
    for word in words:
        if word in found or (_UNSPACED.match(word) is not None and word in folded):
            return True
        if _HANGUL.match(word) is not None and any(token.startswith(word) for token in found):
            return True  # a Korean word with its particle (당신은, 저희가)
    return False


@functools.lru_cache(maxsize=64)
def _whole_phrase(phrase: str) -> regex.Pattern[str]:
    """``phrase`` standing as whole words (no letter glued to either end, no apostrophe after it:
    ``L'interview de …`` is one, ``interview's`` is not); a phrase in a script written without
    spaces stands anywhere."""
    if _NO_SPACES.match(phrase) is not None:
        return regex.compile(regex.escape(phrase))
    return regex.compile(rf"(?<!\w){regex.escape(phrase)}(?![\w'’])")


def _words(value: Iterable[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in value)


def _phrases(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.casefold() for w in value))


def _spaced_phrases(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(filter(None, map(_spaced, value))))


HEADER_KEYS: frozenset[str] = frozenset(
    """title date author authors source license licence tags category categories summary
    slug url modified published status lang language translator editor by
    标题 標題 题目 題目 作者 来源 來源 出处 出處 编辑 編輯 责编 責編 出品 日期 发布 發布 发布时间 發布時間
    歌名 作词 作詞 作曲 编曲 編曲 演唱 节目 節目 播出日期
    摄影 攝影 撰文 文 图 圖 翻译 翻譯 整理 策划 策劃 监制 監製 原文 原标题 原標題""".split()
)
"""Keys of a bare header line above the body (``Source: …``, ``来源：…``): page metadata,
never a speaker. A ``key | value`` line is a header line whatever its key."""

METADATA_KEYS: frozenset[str] = frozenset(
    """title subtitle date author authors source license licence tags tag category categories summary description
    excerpt abstract slug url link permalink modified updated lastmod published publishdate created status draft
    lang language translator translators editor editors by layout template type id weight aliases keywords image
    images cover thumbnail series episode season location place venue interviewer interviewers interviewee
    interviewees guest guests host hosts speakers participants duration audio video media transcript note notes
    caption credits copyright toc comments format version name event publication publisher
    标题 標題 题目 題目 作者 来源 來源 出处 出處 编辑 編輯 责编 責編 日期 时间 時間 地点 地點 采访 採訪 记者 記者 摄影 攝影
    """.split()
)
"""Front matter keys that name metadata: a block between two ``---`` rules whose keys are all
other words, each a speaker label, is speech that decodes as YAML, not front matter."""


TITLE_KEYS: tuple[str, ...] = (
    "title", "标题", "標題", "题目", "題目", "歌名", "篇名", "titel", "titre", "título", "titulo", "titolo", "tytuł",
    "заголовок", "название", "タイトル", "제목", "başlık", "tiêu đề",
)  # fmt: skip
"""Metadata keys that state the document's title, the first found wins (compared casefolded)."""

KIND_KEYS: tuple[str, ...] = ("layout", "type", "kind", "template", "page_type", "pagetype")
"""Metadata keys that state what kind of page the document is (``layout: faq``): a page of a
kind named by :data:`FAQ_WORDS` is an FAQ whatever its title."""

DATE_KEYS: tuple[str, ...] = (
    "date", "日期", "published", "published_time", "发布时间", "發布時間", "pubdate", "fecha", "data", "datum", "日付",
    "날짜", "дата", "tarih", "ngày",
)  # fmt: skip
"""Metadata keys that state the document's date, tried first (compared casefolded); then any key
holding ``date``, ``日期`` or ``时间``."""


@attrs.frozen
class Conventions:
    """Word lists and thresholds for deciding labels, headings and roles.

    Every list is compared with a label's folded key (NFKC, Simplified
    Chinese, casefolded). Use :meth:`adding` to extend the defaults.
    """

    field_words: frozenset[str] = attrs.field(default=FIELD_WORDS, converter=_words)
    """Whole labels that are page fields, never speakers (``Note``, ``来源``)."""
    credit_parts: tuple[str, ...] = attrs.field(default=CREDIT_PARTS, converter=_phrases)
    """Parts that make any label containing them a credit line (``采访及整理``)."""
    credit_prefixes: tuple[str, ...] = attrs.field(default=CREDIT_PREFIXES, converter=_phrases)
    """Starts of labels that are credit or navigation lines."""
    field_endings: tuple[str, ...] = attrs.field(default=FIELD_ENDINGS, converter=_phrases)
    """Endings that make a label a field (``演讲主题``, ``分享概要``)."""
    speech_verbs: tuple[str, ...] = attrs.field(default=SPEECH_VERBS, converter=_phrases)
    """Endings that make a label reported speech (``他说``)."""
    says_words: tuple[str, ...] = attrs.field(default=SAYS_WORDS, converter=_phrases)
    """Verbs a chat log writes after each name (see :data:`SAYS_WORDS`)."""
    says_names: int = 3
    """How many different names must be written with one of ``says_words`` for those labels to be
    a chat log's (``Ana says:`` once is a sentence of prose; two people ``sagt`` in turn, a
    report's quoted debate)."""
    speech_openers: tuple[str, ...] = attrs.field(default=SPEECH_OPENERS, converter=_phrases)
    """Verbs that open a label that is reported speech, where the verb comes first (``وقال السفير``)."""
    address_words: frozenset[str] = attrs.field(default=ADDRESS_WORDS, converter=_words)
    """Words by which a question addresses the person asked (``you``, ``du``, ``你``); Han, kana and
    Hangul words are looked for anywhere in a question, others as whole words."""
    first_person_words: frozenset[str] = attrs.field(default=FIRST_PERSON_WORDS, converter=_words)
    """Words by which an answer speaks for its speaker (see :data:`FIRST_PERSON_WORDS`): questions
    marked by nothing but their question mark are an interviewee's only where most answers do."""
    interview_words: tuple[str, ...] = attrs.field(default=INTERVIEW_WORDS, converter=_phrases)
    """Words by which a title says the document is an interview (``Interview with …``, ``专访``), with a
language's own inflection where it glues one to the word (Turkish ``Röportajı``, its interview)."""
    prep_words: tuple[str, ...] = attrs.field(default=PREP_WORDS, converter=_phrases)
    """Words by which a title names a job interview's preparation (``면접``, ``面试``, ``interview
    questions``): the unlabelled questions of such a page are a list to prepare, not turns."""
    narrator_pronouns: tuple[str, ...] = attrs.field(default=NARRATOR_PRONOUNS, converter=_phrases)
    """Pronouns that, opening a longer label, make it reported speech (``我问``, ``she replied``)."""
    interviewer_words: frozenset[str] = attrs.field(default=INTERVIEWER_WORDS, converter=_words)
    """Labels that ask the questions: evidence for an exchange, and the interviewer role."""
    interviewee_words: frozenset[str] = attrs.field(default=INTERVIEWEE_WORDS, converter=_words)
    """Labels that answer: evidence for an exchange, and the interviewee role."""
    role_nouns: tuple[str, ...] = attrs.field(default=ROLE_NOUNS, converter=_phrases)
    """Endings of labels naming a role (``现场观众``, ``Audience 1``); such a label may speak once."""
    question_words: frozenset[str] = attrs.field(default=QUESTION_WORDS, converter=_words)
    """Labels whose number counts the question (``Q1``, ``问题2``): one speaker whatever the number."""
    outlet_endings: tuple[str, ...] = attrs.field(default=OUTLET_ENDINGS, converter=_phrases)
    """Endings of news outlets' names; an outlet's label asks the questions."""
    faq_words: tuple[str, ...] = attrs.field(default=FAQ_WORDS, converter=_spaced_phrases)
    """Words naming a product's questions (``FAQ``, ``常见问题``): the questions under such a heading,
    or on a page whose title holds one, are not an interview's."""
    faq_titles: tuple[str, ...] = attrs.field(default=FAQ_TITLES, converter=_spaced_phrases)
    """Titles that name an FAQ page only as the whole title (``Вопросы и ответы``)."""
    reader_words: frozenset[str] = attrs.field(default=READER_WORDS, converter=_words)
    """Words by which a question speaks as its asker alone (see :data:`READER_WORDS`): unlabelled
    questions that speak so more often than they address anyone are an FAQ's."""
    comment_headings: tuple[str, ...] = attrs.field(default=COMMENT_HEADINGS, converter=_phrases)
    """Words of a heading that, with a count, opens a comment thread (``10 Comments``): in a document
    with turns, the thread after the conversation is its trailer, and labels in it are not turns."""
    comment_openers: tuple[str, ...] = attrs.field(default=COMMENT_OPENERS, converter=_phrases)
    """Headings that open a comment thread on their own (``Leave a Reply``)."""
    table_speaker_columns: frozenset[str] = attrs.field(default=TABLE_SPEAKER_COLUMNS, converter=_words)
    """Column names (any case) of a CSV or TSV transcript's speaker column."""
    table_speech_columns: frozenset[str] = attrs.field(default=TABLE_SPEECH_COLUMNS, converter=_words)
    """Column names of a CSV or TSV transcript's speech column; a table names both in its first line."""
    table_name_columns: frozenset[str] = attrs.field(default=TABLE_NAME_COLUMNS, converter=_words)
    """Speaker column names that name someone without saying they speak (``name``, ``who``): a
    Markdown table whose speaker column is named so is a transcript only with a speech column
    named too (``| Who | Action |`` is minutes, ``| Name | Description |`` a list of parameters)."""
    table_time_columns: frozenset[str] = attrs.field(default=TABLE_TIME_COLUMNS, converter=_words)
    """Column names of a CSV or TSV transcript's time column, read as each row's timestamp."""
    transcript_keys: frozenset[str] = attrs.field(default=TRANSCRIPT_KEYS, converter=_words)
    """Front matter keys (any case) whose value is the transcript: a text block is read as body text
    where it stands, a list of items naming a speaker and the speech as a transcript table's rows.
    The key leaves the metadata."""
    transcript_text_keys: frozenset[str] = attrs.field(default=TRANSCRIPT_TEXT_KEYS, converter=_words)
    """Keys of a front matter transcript's item that hold what was said (its speaker's and time's keys
    are the table's column names, ``table_speaker_columns`` and ``table_time_columns``)."""
    transcript_heading_keys: frozenset[str] = attrs.field(default=TRANSCRIPT_HEADING_KEYS, converter=_words)
    """Keys of a front matter transcript's item that, with no speech in the item, make it a heading."""
    question_classes: tuple[str, ...] = attrs.field(default=QUESTION_CLASSES, converter=_phrases)
    """Words that, as an HTML class name or a part of one (``interview-question``, ``qa__q``), mark
    an element as a question, bold as the site shows it: a page of them reads as a magazine Q&A."""
    table_rows_share: float = 0.8
    """The share of a transcript table's rows that must have the header's cells and a name (not
    markup or a sentence) in the speaker's: else the text only looks like a table."""
    min_evidence: int = 3
    """Points of evidence (see docs/formats.md) a document needs before its labels make turns."""
    max_label_words: int = 4
    """Longest Latin-script name, in words, that a label spoken only once may have."""
    max_label_han: int = 8
    """Longest Han-script name, in characters, that a label spoken only once may have."""
    turns_per_speaker: float = 1.5
    """Fewer labels per speaker than this (three labels or more) and most labels are run-ins."""
    consistent_labels: int = 4
    """How many labels, all of one shape, make a consistent convention (a point of evidence)."""
    minor_template: int = 5
    """How many times more often a document writes labels with a separator before its names
    alone on a line are page furniture."""
    plain_headings: int = 2
    """How many short plain lines standing alone above labels make them the document's headings."""
    anchored_one_offs: float = 0.8
    """Share of the labels spoken once that must stand next to a recurring speaker: below it (and
    with three or more that do not), they are run-in headings among run-ins, not a conversation
    (-3 points)."""
    panel_answers: int = 3
    """How many people, each spoken once, must answer a question put once by the asker's role
    (``Question:`` then ``**Ana:**``, ``**Bo:**``, …) for them to be a panel's round, not run-ins (+1 point)."""
    run_in_questions: int = 2
    """How many questions a name run in before its speech (``**Ana** Hello.``, no colon) must put to
    another such name before those names are speakers: without them, bold words opening paragraphs
    (``**Added** …`` / ``**Fixed** …``) are a list's terms."""
    run_in_asker_share: float = 0.75
    """The share of those questions one name must put: where every name asks (a digest's ``**Berlin**
    … ?`` / ``**Hamburg** … ?``), the names are its topics, not an interviewer and a guest."""
    form_fields: int = 4
    """How many distinct labels, repeating in one fixed order and followed by short values, make
    a form's records (``Nombres:``, ``Edad:``, ``Distrito:`` … for each person): -5 points."""
    header_fields: int = 3
    """How many labels spoken once before the first recurring speaker, each followed by a short
    value, make a header of fields or a cast list (``**Data:** 3 de Abril de 2025``)."""
    header_value: int = 80
    """The longest value (in characters) such a header line may carry; a longer one is speech."""
    value_words: int = 5
    """The most words a value may hold when a recurring label followed by one, then by unlabelled
    text, is a field heading a passage (``**嘉宾**：张汉东``); a longer one is speech."""
    reply_characters: int = 12
    """Below this many characters, and ending no sentence, an answer written right under its
    question is a worksheet's (``Answer: Shakespeare``), not a reply (``回答：早起。``)."""
    answered_questions: int = 3
    """How many questions of the only labelled speaker (``三联生活周刊：…？``) must be followed by
    unlabelled text for that text to be the interviewee's answers."""
    headed_answers: int = 3
    """How many times one labelled speaker must answer right under a heading for a document with
    no other speaker to be a one-person interview (the headings stand for the questions)."""
    weak_run_in_list: int = 3
    """How many weak labels spoken once in a row, none of them next to a recurring speaker, are a
    list of run-ins (``**Ana Lima** - her talks``): they are rejected before the document is weighed,
    so a list inside an answer does not outvote the interview around it."""
    header_share: float = 0.75
    """The share of a name's lines alone that the same header line (``Wednesday, 22 May 2013
    Take: 375``, its figures and spacing aside) must follow for the name to be a page's running
    header (its first page may differ)."""
    transcript_segments: int = 3
    """How many items of a front matter transcript that names no speaker must hold text, most of it
    sentences, for them to be a recording's segments (a chapter list's titles are not)."""
    faq_topic_share: float = 0.75
    """The share of a page's unlabelled question headings that, naming its topic (its title, or the
    heading above them: ``# Stability Fee`` then ``## What is the Stability Fee?``), make it a
    product's FAQ, not an interview."""
    addressed_questions: int = 5
    """Below this many questions written as headings, with no label anywhere, one of them at least
    must address someone (``address_words``): an article's few question headings (``## How does it
    work?``) address no one, an interviewer's questions do."""
    speaking_field_words: frozenset[str] = attrs.field(default=SPEAKING_FIELD_WORDS, converter=_words)
    """Field words that may also name a speaker (a radio log's ``CC``, the capsule communicator):
    such a label is a speaker where it takes turns (``speaking_fields``); ``Note:`` never is."""
    speaking_fields: int = 3
    """How many times a label of ``speaking_field_words`` must stand between other speakers'
    labels, in their shape, to be a speaker."""
    speaking_share: float = 2 / 3
    """The share of such a label's lines that must stand between other speakers' labels."""
    listed_questions: int = 3
    """How many questions a table of contents must link to inside the page (``- [What is X?](#what-is-x)``)
    for the page's unlabelled questions to be its sections (study notes, an FAQ), not an
    interviewer's turns; ``0`` turns the rule off. Labelled speakers are not affected."""
    initial_questions: int = 2
    """How many questions another language's initial must open (``P. ¿Por qué?``, ``F. Warum?``)
    for the initials of question and answer to be labels: a name's initial has the shape
    (``P. Gomez asked …?``). An initial followed by the same word most times is a name's
    (``R. Diaz``) whatever the count."""
    header_keys: frozenset[str] = attrs.field(default=HEADER_KEYS, converter=_words)
    """Keys of the bare ``Key: value`` lines above the body that are its header (see
    :data:`HEADER_KEYS`); the first line with another key ends the header."""
    metadata_keys: frozenset[str] = attrs.field(default=METADATA_KEYS, converter=_words)
    """Front matter keys that name metadata (see :data:`METADATA_KEYS`)."""
    title_keys: tuple[str, ...] = attrs.field(default=TITLE_KEYS, converter=_phrases)
    """Metadata keys that state the title, in order (see :data:`TITLE_KEYS`)."""
    date_keys: tuple[str, ...] = attrs.field(default=DATE_KEYS, converter=_phrases)
    """Metadata keys that state the date, in order (see :data:`DATE_KEYS`)."""
    kind_keys: tuple[str, ...] = attrs.field(default=KIND_KEYS, converter=_phrases)
    """Metadata keys that state the page's kind (see :data:`KIND_KEYS`)."""
    plain_heading_length: int = 40
    """The longest plain line (no ``#``, no bold) that the document's structure may make a heading
    (``plain_headings``): longer, it is a sentence of its own."""
    caption_length: int = 24
    """The longest one-line unlabelled answer right before a labelled one that is read as a photo's
    caption (a name under a picture, ``温顿·瑟夫``) rather than an answer."""
    inline_qa_marks: int = 5
    """How many ``Q.``/``A.`` marks must stand inside lines opened by the other mark, alternating, for
    each to be set apart as a turn of its own (a trial record's examination written in one
    paragraph: ``Q. Why? A. Because. Q. …``); ``0`` leaves such lines as written."""
    gutter_lines: int = 10
    """How many lines must start with a line number for the numbers to be a page's margin (court
    and hearing transcripts number each line of a page, 1 to 25)."""
    gutter_share: float = 0.6
    """The share of the body's text lines that must start with such a number."""
    gutter_sequence: float = 0.8
    """The share of those numbers that must count up by one from the line before, or start again at 1."""
    join_cues: bool = True
    """Whether a caption cue (below a timing line ``00:00:04.000 --> …``, or a WebVTT voice span
    ``<v Ana>``) by the speaker of the turn before continues that turn: a cue is a piece of the
    screen's text, not a turn. ``False``: every cue is a turn of its own."""

    def adding(self, **words: Iterable[str]) -> Conventions:
        """A copy with extra words added to the named lists: ``adding(field_words={"sidebar"})``."""
        changes: dict[str, Any] = {}
        for name, extra in words.items():
            current = getattr(self, name, None)
            if not isinstance(current, (frozenset, tuple)):
                raise TypeError(f"Conventions has no word list named {name!r}")
            changes[name] = (*current, *extra)
        return attrs.evolve(self, **changes)

    _words_of: dict[str, str] = attrs.field(init=False, factory=dict, eq=False, repr=False, hash=False)

    def label_words(self, label: str) -> str:
        """What the words of ``label`` say: ``"field"``, ``"reported"`` (speech in prose) or ``""``.

        Asked once per distinct label (a document repeats its labels): the answer is cached.
        """
        found = self._words_of.get(label)
        if found is None:
            key = speaker_key(label)
            if self.is_field(key) or self.is_field(speaker_key(person(label))):
                found = "field"
            elif self.is_reported_speech(key):
                found = "reported"
            else:
                found = ""
            _keep(self._words_of, label, found)
        return found

    def unnumbered(self, key: str) -> str:
        """A folded label without the number of a numbered question (``q1`` → ``q``); others unchanged."""
        bare = key.rstrip("0123456789").rstrip()
        return bare if bare != key and bare in self.question_words else key

    def is_field(self, key: str, *, partial: bool = True) -> bool:
        """Whether a folded label names a page field rather than a person.

        With ``partial``, credit phrases that merely contain a credit part count too.
        """
        if key in self.field_words or key.rstrip("s") in self.field_words:
            return True
        if partial and any(part in key for part in self.credit_parts):
            return True
        return key.startswith(self.credit_prefixes) or (partial and len(key) > 2 and key.endswith(self.field_endings))

    def is_reported_speech(self, key: str) -> bool:
        """Whether a folded label ends like reported speech in prose (``他说``, ``she said``), or a
        pronoun opens it (``我问``, ``i asked``; ``我`` alone is a speaker), or a verb opens it in a
        language putting the verb first (``وقال السفير``)."""
        if len(key) <= 1:
            return False
        # someone and a verb: the verb alone (``質問``, ``质问``) names no one who spoke
        return (
            any(key.endswith(v) and len(key) > len(v) for v in self.speech_verbs)
            or any(key.startswith(p) and len(key) > len(p.rstrip()) for p in self.narrator_pronouns)
            or any(key.startswith(v + " ") for v in self.speech_openers)
        )

    _roles_of: dict[str, bool] = attrs.field(init=False, factory=dict, eq=False, repr=False, hash=False)

    def is_role(self, key: str) -> bool:
        """Whether a folded label names a role, not a person (``主持人``, ``乙台记者``, ``audience 1``)."""
        found = self._roles_of.get(key)
        if found is None:
            bare = key.rstrip("0123456789 ").strip()
            found = (
                bare in self.interviewer_words
                or bare in self.interviewee_words
                or any(bare.endswith(noun) and _ends_word(bare, noun) for noun in self.role_nouns)
                or bare.startswith(tuple(f"{noun} " for noun in self.role_nouns))  # "audience question"
            )
            _keep(self._roles_of, key, found)
        return found

    _faq_headings_of: dict[str, bool] = attrs.field(init=False, factory=dict, eq=False, repr=False, hash=False)

    def is_faq_heading(self, title: str, *, whole: bool = False) -> bool:
        """Whether a heading is an FAQ's: made of FAQ words only (``FAQ``, ``常见问题：``), or opening
        with one in Latin script before other words (``FAQ cho các Linux geek``), unless ``whole``.
        Further in, an FAQ word is a topic (``The FAQ we never wrote``), and ``问题解答`` among other
        words may name an interview's Q&A session."""
        if whole:
            return self._made_of_faq_words(title)
        found = self._faq_headings_of.get(title)  # asked of every heading: a page repeats its headings
        if found is None:
            found = self._made_of_faq_words(title)
            if not found:
                spaced = _spaced(title)
                found = any(word.isascii() and (spaced == word or spaced.startswith(word + " ")) for word in self.faq_words)
            _keep(self._faq_headings_of, title, found)
        return found

    def _made_of_faq_words(self, title: str) -> bool:
        """Whether ``title`` is FAQ words alone, compared without spaces or stops (``FAQ (Frequently
        Asked Questions)``, ``F.A.Q.``)."""
        squashed_words = tuple(word.replace(" ", "") for word in self.faq_words)
        return _faq_heading(squashed_words).fullmatch(_squashed(title)) is not None

    def names_a_preparation(self, title: str) -> bool:
        """Whether a title names a job interview's preparation (one of ``prep_words`` in it)."""
        return _holds_any(title, self.prep_words)

    def names_an_interview(self, title: str) -> bool:
        """Whether a title says its document is an interview (one of ``interview_words`` in it)."""
        return _holds_any(title, self.interview_words)

    def titles_an_interview(self, title: str) -> bool:
        """Whether a title says its document is an interview, strictly: one of ``interview_words`` as
        a whole word (``Interview with …``, not ``Interviewing 101`` or ``user interviews``), and no
        job interview's preparation. For questions marked by nothing else (plain paragraphs)."""
        if self.names_a_preparation(title):
            return False
        folded = unicodedata.normalize("NFKC", title).casefold()
        return any(_whole_phrase(word).search(folded) is not None for word in self.interview_words)

    def speaks_for_self(self, text: str) -> bool:
        """Whether ``text`` speaks for its speaker: one of ``first_person_words`` in it."""
        return _holds_word(text, self.first_person_words)

    def asks_as_reader(self, text: str) -> bool:
        """Whether a question speaks as its asker alone: one of ``reader_words`` in it (``i`` only
        as the capital ``I`` standing alone)."""
        words = self.reader_words
        if "i" in words:
            return _CAPITAL_I.search(text) is not None or _holds_word(text, words - {"i"})
        return _holds_word(text, words)

    def addresses(self, text: str) -> bool:
        """Whether ``text`` addresses someone: one of ``address_words`` in it."""
        return _holds_word(text, self.address_words)

    def is_faq_page(self, title: str) -> bool:
        """Whether a page titled ``title`` is an FAQ (``Radio-T FAQ``, ``Вопросы и ответы``; not ``Our
        chief aquarist``): an FAQ word as whole words, or an FAQ title as the whole title."""
        spaced = _spaced(title)
        # or FAQ words alone written with stops (``F.A.Q.``, ``F.A.Q's``), which split no word apart
        return spaced in self.faq_titles or _faq_page(self.faq_words).search(spaced) is not None or self._made_of_faq_words(title)

    def is_comment_heading(self, title: str) -> bool:
        """Whether a heading opens a comment thread: ``13 comments``, ``One response to “…”``,
        ``3 thoughts on “…”``, ``评论 (5)``, ``Leave a Reply``; not ``Comments`` alone."""
        folded = unicodedata.normalize("NFKC", title).casefold().strip()
        return folded in self.comment_openers or _comment_heading(self.comment_headings).fullmatch(folded) is not None

    def role_of(self, key: str) -> str | None:
        """``"interviewer"``/``"interviewee"`` when the folded label's words say so, else ``None``."""
        bare = "".join(ch for ch in key if not (ch.isspace() or ch.isdigit()))
        if bare in self.interviewer_words or key in self.interviewer_words:
            return "interviewer"
        if key.startswith("《") or key.endswith(self.outlet_endings):
            return "interviewer"
        if bare in self.interviewee_words or key in self.interviewee_words:
            return "interviewee"
        return None


DEFAULT_CONVENTIONS = Conventions()
"""The defaults, shared by every parser that does not set its own."""


def _ends_word(text: str, noun: str) -> bool:
    """Whether ``noun`` ends ``text`` as a word of its own (``talk show host``, ``co-host``; not
    ``ghost``); a noun in a script written without spaces ends it anywhere (``乙台记者``)."""
    before = len(text) - len(noun) - 1
    return before < 0 or not noun[:1].isascii() or not text[before].isalpha()
