"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030, Big5 and Windows-1252, with a plausibility judgement.

The bytes decide when they can: a byte order mark, or valid UTF-8 (which
legacy bytes almost never are). Otherwise the encoding is guessed, and the
guess is said: :func:`decode` returns an ``encoding-guessed``
:class:`~interview_parser.errors.Diagnostic` naming the encoding, how sure
the choice was and how the other readings scored.

Guessing is a plausibility judgement (:func:`plausibility`), not a
statistical model. Each encoding that decodes the bytes gives a reading:

* **Western text** has its accented letters inside words with ASCII letters
  (``cafés``, ``Señor``) and its marks (``’ “ ” – …``) alone or in pairs;
  Chinese read as Windows-1252 is long runs of accented capitals and
  symbols (``ÎÒÃÇ½ñÌì``).
* **Chinese text** is mostly frequent characters, and a wrong reading picks
  characters nearly at random. A lone Han character glued to Latin letters
  (``it抯 been``, ``caf閟``) is what a Western file read as GB18030 looks
  like: a high byte and the ASCII letter after it taken as one character.
* **UTF-16 without a BOM** has NUL bytes in the high half of its ASCII
  characters; no other encoding here has NUL bytes at all.

The best reading wins (GB18030, then Big5, then Windows-1252 on a tie: a
Simplified text with a few Traditional names stays GB18030); its confidence
is its lead over the runner-up. Windows-1252 is also how ISO-8859-1 text is
read (as browsers do): the two differ only in bytes 0x80-0x9F, which
ISO-8859-1 text does not use. When no reading is plausible the bytes are
refused with a :class:`~interview_parser.errors.DecodingError` rather than
turned into mojibake. ``benchmarks/README.md`` compares this with
charset-normalizer.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import attrs
import regex

from .errors import DecodingError, Diagnostic

__all__ = ["Decoded", "decode", "decode_bytes", "plausibility", "read_source", "read_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GUESSED = ("gb18030", "big5", "cp1252")
"""Tried in this order; the order breaks ties."""
_NAMES = {"gb18030": "GB18030", "big5": "Big5", "cp1252": "Windows-1252", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}
MIN_PLAUSIBILITY = 0.5
"""A reading scoring below this is not text in that encoding; when every reading does, the bytes are refused."""
_SAMPLE = 200_000
"""Characters of a reading that are judged: enough to decide, and a 50 MB file is not scanned twice."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ALPHABET = regex.compile(
    r"\p{Cyrillic}+|\p{Greek}+|\p{Hangul}+|\p{Arabic}+|\p{Hebrew}+|\p{Thai}+|\p{Devanagari}+|[\p{Hiragana}\p{Katakana}\u30fc]+"
)
"""A word in one alphabet other than Latin: Russian or Korean text GB18030 can hold, which no wrong reading produces."""
# Punctuation and symbols Western text puts next to words: quotes, dashes, ellipsis, bullets, currency, degrees ...
_WESTERN_MARKS = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u2020\u2021\u2030\u2039\u203a"
                           "\u20ac\u00a3\u00a5\u00a2\u00a9\u00ae\u2122\u00b0\u00b1\u00b2\u00b3\u00b5\u00b7\u00bd\u00bc\u00be"
                           "\u00a7\u00b6\u00ab\u00bb\u00bf\u00a1\u00a0\u00d7\u00f7\u00b4"
                           "\u2190\u2191\u2192\u2193\u2212\u2032\u2033\u203b\u2605\u2606\u25cf\u25cb\u25a0\u25a1\u2713")
# Letters of Windows-1252 used in Western European words
_WESTERN_LETTERS = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)] + list("\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192")
)

_FREQUENT_HANS = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
    "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
    "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
    "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
)
"""The 1,000 most frequent Simplified characters (after Jun Da's frequency list of modern Chinese): about 75 % of running text."""
_FREQUENT_HANT = (
    "並乾亂亞佔來個們倫備傳傷僅價優兒內兩別則剛創劃劇劉劍動務勝勞勢區協卻參員問喫單嗎嚴國圍園圖團執堅報場塊壓壞夠夢奧婦媽孫學宮實審寫寶將專尋對導層屬島師帶幫幾廠廣張強彈後從徵惡愛態慮應懷戰戶採換揮損搖擇擊"
    "擔據敗敵數斷於時書會東條業極榮構槍樂樓標樣樹機檢權歐歡歲歷歸殺氣決沒況減測準溫滅滿漢漸澤濟灣無煙熱營爭爲爾狀獨獲現環產畫異當療發盡監確祕禮稅種稱積筆節範簡紀約紅納級細終組結絕給統經維網緊線編縣總織繼續"
    "羅羣義習聖聞聯聲職聽脫腦腳臉臨臺與興舉舊艦華萬葉藝藥蘇蘭處號衆術衛衝裏補裝覆見規視親覺觀計討記設許訴評詞試詩話該認語誤說誰調談請論諾謀謂講謝證識議護讀變讓負財貨責貴買費資賣質趕車軍較載輕輸轉辦農這連進"
    "運過達遠適選遺還邊鄉醫釋銀銷錄錢錯鍾鐵長門開間關陣陰陳陸陽隊階際隨險雖雙雜離難雲電靈靜響頂項順須預頓領頭題額願類顧顯風飛飯養餘馬驗驚體鬥魚魯鮮麗麼黃點黨龍"
)
"""Their Traditional forms where they differ (opencc ``s2t``)."""
_CJK_PUNCTUATION = "\u3000\u3001\u3002\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
_CHINESE = frozenset(_FREQUENT_HANS + _FREQUENT_HANT + _CJK_PUNCTUATION)


@attrs.frozen
class Decoded:
    """Text decoded from bytes, the encoding used and how it was chosen."""

    text: str
    """The decoded text (a byte order mark, if any, removed by the codec or left for :func:`~interview_parser.source.normalize`)."""
    encoding: str | None
    """Python codec name (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``, ``gb18030``, ``big5``, ``cp1252``, the
    caller's), a text file's ``encoding``, or ``None`` for text that arrived decoded without one (``io.StringIO``)."""
    confidence: float = 1.0
    """1.0 when the bytes or the caller said; for a guess, the winning reading's lead over the next best (0-1)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """An ``encoding-guessed`` diagnostic when the encoding was guessed."""


def _position(data: bytes, offset: int, codec: str) -> tuple[int, int, str]:
    """1-based line and column (in characters) of byte ``offset``, and that line's text.

    The bytes before ``offset`` decode cleanly in ``codec`` (the decoder
    stopped there), so counting is done on text, which is right for UTF-16
    too; the line is shown with undecodable bytes replaced.
    """
    before = data[:offset].decode(codec, "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    rest = data[offset:].decode(codec, "replace")
    text = before[before.rfind("\n") + 1 :] + rest.split("\n", 1)[0]
    return line, column, text.rstrip("\r").lstrip("\ufeff")


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def plausibility(text: str) -> float:
    """How much ``text`` looks like Western European or Chinese writing, 0-1.

    Only the non-ASCII characters are judged, run by run (a run is a
    stretch of them between ASCII characters). A run counts as

    * **Western** when it is at most three characters: accented letters
      inside a word with ASCII letters (``cafés``) or a one-letter word
      (``à``), or one or two marks (``’``, ``”…``, ``€``, ``°``);
    * **Chinese** for its frequent Han characters (either script) and CJK
      punctuation -- except a lone Han character glued to an ASCII letter or
      digit (``it抯``, ``caf閟``), which is a Western byte read together with
      the ASCII letter after it;
    * **another alphabet** when it is a word of two or more letters of one
      script (Cyrillic, Greek, Hangul, kana ...), which GB18030 and UTF-16
      can hold and no wrong reading produces.

    Real text has most of its non-ASCII characters counted (Chinese about
    80 %: the 1,000 most frequent characters are most of any text); a wrong
    reading picks characters nearly at random and has 0-10 %. The share is
    doubled and capped at 1, so half counted is fully plausible.
    Control and private-use characters make a reading impossible (0).
    """
    if _CONTROL.search(text, 0, _SAMPLE) is not None:
        return 0.0
    total = good = 0
    for run in _NON_ASCII.finditer(text, 0, _SAMPLE):
        chars = run.group()
        total += len(chars)
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        western = _western(chars, before, after)
        if len(chars) == 1 and chars not in _WESTERN_MARKS and (_is_ascii_alnum(before) or _is_ascii_alnum(after)):
            chinese = 0
        else:
            chinese = sum(c in _CHINESE for c in chars)
        other = len(chars) if len(chars) >= 2 and _ALPHABET.fullmatch(chars) else 0
        good += max(western, chinese, other)
    return min(1.0, 2 * good / total) if total else 1.0


def _western(chars: str, before: str, after: str) -> int:
    """How many of ``chars`` (a run of non-ASCII characters) read as Western European text."""
    if len(chars) > 3:
        return 0
    if all(c in _WESTERN_MARKS for c in chars):
        return len(chars) if len(chars) <= 2 else 0
    if not all(c in _WESTERN_LETTERS for c in chars):
        return 0
    in_word = (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
    alone = len(chars) == 1 and not before.isalnum() and not after.isalnum()
    return len(chars) if in_word or alone else 0


def _utf16_without_bom(data: bytes) -> tuple[str, float] | None:
    """``utf-16-le`` or ``utf-16-be``, and how one-sided the NULs are, when NUL bytes sit in the
    high half of the ASCII characters (text in the other encodings has no NUL bytes at all)."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 2 and odd > 4 * even:
        return "utf-16-le", round(1 - even / odd, 2)
    if even >= 2 and even > 4 * odd:
        return "utf-16-be", round(1 - odd / even, 2)
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
"""Control and private-use characters: not in text, but all over bytes read in the wrong UTF-16."""


def _first_non_ascii(text: str) -> tuple[int, int]:
    """1-based line and column of the first non-ASCII character (where the guess shows), else 1, 1."""
    found = _NON_ASCII.search(text)
    if found is None:
        return 1, 1
    before = text[: found.start()]
    return before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1


def _guessed(text: str, codec: str, confidence: float, others: Sequence[tuple[str, float | None]]) -> Decoded:
    line, column = _first_non_ascii(text)
    rest = ", ".join(f"{_NAMES[c]} {'does not decode' if s is None else f'{s:.2f}'}" for c, s in others)
    message = (
        f"Encoding guessed: {codec} ({_NAMES[codec]}), confidence {confidence:.2f}"
        + (f"; other readings: {rest}" if rest else "")
        + "; pass encoding= to state it"
    )
    return Decoded(text, codec, confidence, (Diagnostic("encoding-guessed", message, line, column),))


def decode(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> Decoded:
    """Decode ``data``: with ``encoding`` when given, else by BOM, UTF-8, or a judged guess.

    Raises :class:`DecodingError` (with the line and column of the first
    bad byte) when the bytes do not decode as asked, or as any plausible text.

    >>> found = decode("Two café’s".encode("cp1252"))
    >>> found.text, found.encoding, found.confidence, found.diagnostics[0].code
    ('Two café’s', 'cp1252', 1.0, 'encoding-guessed')
    >>> decode("我们的城市".encode("gb18030")).encoding
    'gb18030'
    """
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            line, column, text = _position(data, exc.start, encoding)
            raise DecodingError(
                f"{name}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start} as {encoding}",
                offset=exc.start,
                line=line,
                column=column,
                source_line=text,
            ) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return decode(data, encoding=codec, name=name)
    wide = _utf16_without_bom(data)  # before UTF-8: ASCII text in UTF-16 is valid UTF-8 (with NULs)
    if wide is not None:
        try:
            text = data.decode(wide[0])
        except UnicodeDecodeError:
            pass
        else:
            if _CONTROL.search(text) is None:
                return _guessed(text, wide[0], wide[1], ())
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    readings: list[tuple[str, str | None, float | None]] = []
    # UTF-16 without a BOM has NUL bytes (every ASCII character, a line end, has one); without NULs,
    # a UTF-16 reading of GB18030 bytes is Hangul syllables, which would look like Korean words
    wide_too = len(data) % 2 == 0 and 0 in data
    for codec in (*_GUESSED, *(("utf-16-le", "utf-16-be") if wide_too else ())):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            if codec in _GUESSED:
                readings.append((codec, None, None))
            continue
        readings.append((codec, text, plausibility(text)))
    scored = [(score, -index, codec, text) for index, (codec, text, score) in enumerate(readings) if score is not None]
    if scored:
        best, _, codec, chosen = max(scored)
        if best >= MIN_PLAUSIBILITY and chosen is not None:
            runner_up = max((s for s, _, c, _ in scored if c != codec), default=0.0)
            others = [(c, s) for c, _, s in readings if c != codec and (c in _GUESSED or (s or 0) >= 0.1)]
            return _guessed(chosen, codec, round(best - runner_up, 2), others)
    line, column, shown = _position(data, first_error.start, "utf-8")
    raise DecodingError(
        f"{name}: byte 0x{data[first_error.start]:02x} at offset {first_error.start} is not valid UTF-8, "
        "and the bytes are not plausible GB18030, Big5, Windows-1252 or UTF-16 text; pass encoding= to choose one",
        offset=first_error.start,
        line=line,
        column=column,
        source_line=shown,
    ) from first_error


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decoded text and the encoding used; see :func:`decode`, which also says how sure a guess was."""
    decoded = decode(data, encoding=encoding, name=name)
    assert decoded.encoding is not None  # bytes are always decoded with a named codec
    return decoded.text, decoded.encoding


def read_source(source: str | os.PathLike[str] | IO[bytes] | IO[str], *, encoding: str | None = None) -> Decoded:
    """Read a path, or an open binary or text file object, and decode it.

    Bytes (a path, a binary file) go through :func:`decode`. A text file
    object is already decoded: its text is used as is, with its
    ``encoding`` attribute (``None`` for ``io.StringIO``) recorded.
    """
    if isinstance(source, (str, os.PathLike)):
        return decode(Path(source).read_bytes(), encoding=encoding, name=os.fspath(source))
    read = getattr(source, "read", None)
    if read is None:
        raise TypeError(f"expected a path or an open file, not {type(source).__name__}")
    data = read()
    name = getattr(source, "name", None)
    label = name if isinstance(name, str) else "<stream>"
    if isinstance(data, str):
        if encoding is not None:
            raise ValueError(f"{label}: encoding= applies to bytes, and this file is open in text mode; open it with 'rb'")
        used = getattr(source, "encoding", None)
        return Decoded(data, used if isinstance(used, str) else None)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return decode(bytes(data), encoding=encoding, name=label)
    raise TypeError(f"{label}: read() returned {type(data).__name__}, expected bytes or str")


def read_text(source: str | os.PathLike[str] | IO[bytes] | IO[str], *, encoding: str | None = None) -> tuple[str, str | None]:
    """Read ``source`` (a path or an open file) and decode it; see :func:`read_source`."""
    decoded = read_source(source, encoding=encoding)
    return decoded.text, decoded.encoding
