#!/usr/bin/env python3
"""Write a synthetic interview corpus for the throughput benchmark.

Every word, name and heading comes from the inventories in this file; no
text is copied from any real transcript. The output is a pure function of
``--seed`` and ``--size``: the same arguments give the same bytes.

Mix (per document, drawn from the seed):

* language: 75 % Chinese (a third of it converted to Traditional with
  OpenCC ``s2t``), 25 % English;
* header: 55 % YAML front matter, 30 % bare header lines (``编辑 | 某人``,
  ``Author: X``), 15 % none; a ``# title`` line in half of them;
* label convention, one per document, from every built-in convention:
  ``**Name：**`` alone on a line, ``**Name:** text``, ``Name: text``,
  ``Q:``/``A:`` or ``问：``/``答：``, ``MS. SMITH:`` (English), a name alone on
  a line with the speech below, ``Name: 00:01:31`` then the speech;
* sections as ``## title`` or a bold-only short line ``**title**``;
* about 4 % of sentences in bold, an occasional image or link line;
* 30-300 turns; sizes from 5 KB to 2 MB (median about 13 KB, 1 % of the
  documents between 200 KB and 2 MB);
* 5 % of the files with CRLF line ends and 2 % with a byte order mark.

Usage::

    python benchmarks/generate_corpus.py /tmp/corpus                 # ~100 MB
    python benchmarks/generate_corpus.py /tmp/small --size 2MB       # quick run
    python benchmarks/generate_corpus.py /tmp/one --one 10MB         # one document

Files are ``NNNNN.md``; ``manifest.tsv`` lists name, bytes, language,
script, convention, header and the number of turns written.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections.abc import Callable
from pathlib import Path

# --- inventories (written for this script) --------------------------------

ZH_WORDS = """
我们 你们 他们 这个 那个 时候 事情 问题 工作 公司 市场 城市 学校 老师 学生 朋友 家人 孩子 父母 社会
经济 文化 历史 技术 产品 用户 数据 研究 实验 项目 团队 管理 计划 目标 方向 机会 压力 成本 价格 质量
发展 变化 影响 关系 过程 结果 原因 方法 经验 能力 作用 条件 环境 政策 制度 行业 企业 工厂 农村 地方
当时 后来 现在 以前 以后 今天 明年 去年 最近 一直 已经 还是 可能 应该 必须 希望 觉得 知道 认识 发现
开始 继续 完成 决定 选择 参加 支持 帮助 解决 改变 提高 增加 减少 保持 需要 准备 考虑 了解 学习 教育
一些 很多 非常 比较 特别 真正 其实 当然 所以 因为 但是 如果 虽然 而且 或者 然后 不过 只是 就是 也许
音乐 电影 小说 写作 画画 旅行 运动 比赛 训练 身体 健康 医院 医生 病人 科学 工程 软件 网络 手机 电脑
土地 河流 山区 海边 街道 房子 房租 工资 收入 生活 日子 周末 早上 晚上 春天 冬天 天气 味道 声音 颜色
读者 观众 作品 故事 角色 舞台 剧本 导演 演员 记忆 感情 想法 理想 梦想 信心 勇气 耐心 责任 规则 标准
"""
ZH_PARTICLES = "的 了 在 是 有 和 也 都 就 又 很 把 被 给 对 从 到 跟 还 才".split()
ZH_SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅琳云飞鹏辉宇浩然晨阳欣怡佳子涵思雨博文俊凯婷雪颖"
ZH_ROLES = ["主持人", "记者", "嘉宾", "编者"]
ZH_HEADING_WORDS = """起点 转折 回到家乡 第一份工作 关于失败 创业的那几年 团队与人 技术之外 写给年轻人 城市记忆
数据背后 慢下来 未来十年 学校里的事 一次旅行 家人 选择 代价 关于音乐 看不见的成本 重新开始 走出去""".split()
ZH_CREDITS = ["编辑", "作者", "来源", "撰文", "摄影"]

EN_WORDS = """
the a an and but or so because when while after before if then that this these those it they we you i he she
people time year work company market city school teacher student friend family child parent society economy
culture history technology product user data research project team plan goal idea chance pressure cost price
quality change result reason method experience ability role condition policy industry factory village place
really actually probably always never often sometimes already still just maybe perhaps certainly clearly
think know feel want need start keep finish decide choose join support help solve improve build write read
learn teach remember forget believe understand explain describe happen become seem try move live grow
good new old big small long short early late hard easy important different same whole local public private
music film novel painting travel sport game training health hospital doctor science software network phone
river mountain street house rent salary income life weekend morning evening spring winter weather sound story
""".split()
EN_FIRST = """Maria James Linda Robert Susan David Karen Thomas Nancy Daniel Laura Paul Helen Mark Sarah Kevin Anna
Brian Emily George Julia Peter Grace Samuel Olivia Henry Alice Victor Irene Oscar Ruth""".split()
EN_LAST = """Smith Johnson Lopez Garcia Miller Davis Wilson Moore Taylor Anderson Thomas Jackson White Harris Martin
Clark Lewis Walker Young Allen King Wright Scott Green Baker Adams Nelson Carter Mitchell Turner""".split()
EN_HONORIFICS = ["MR.", "MS.", "DR.", "SENATOR", "JUDGE", "CHAIRMAN"]
EN_HEADINGS = """Early Years|The First Job|On Failure|Building the Team|Beyond Technology|Advice for Students|
The City|Behind the Numbers|Slowing Down|The Next Decade|Family|Choices|The Real Cost|Starting Over|
Going Abroad|Music and Memory""".replace("\n", "").split("|")

CONVENTIONS = ("bold_alone", "bold_inline", "plain", "qa", "caps", "name_line", "name_timestamp")
"""Label conventions; ``caps`` is English only."""


def _zh_words() -> list[str]:
    return ZH_WORDS.split()


_ZH = _zh_words()


# --- text ----------------------------------------------------------------


def zh_sentence(rng: random.Random, question: bool = False) -> str:
    n = rng.randint(4, 14)
    words = rng.choices(_ZH, k=n)
    slots = range(1, n - 1, 3)
    for i, particle in zip(slots, rng.choices(ZH_PARTICLES, k=len(slots)), strict=True):
        words[i] += particle
    if n > 8:
        words[n // 2] += "，"
    return "".join(words) + ("？" if question else rng.choice("。。。。！"))


def en_sentence(rng: random.Random, question: bool = False) -> str:
    n = rng.randint(6, 18)
    words = rng.choices(EN_WORDS, k=n)
    words[0] = words[0].capitalize()
    if n > 10:
        words[n // 2] += ","
    return " ".join(words) + ("?" if question else rng.choice("....!"))


def paragraph(rng: random.Random, lang: str, budget: int, question: bool = False) -> str:
    """Sentences until about ``budget`` bytes; ~4 % of them in bold."""
    make = zh_sentence if lang == "zh" else en_sentence
    sep = "" if lang == "zh" else " "
    out: list[str] = []
    size = 0
    while size < budget or not out:
        s = make(rng, question and size + 60 >= budget)
        if rng.random() < 0.04:
            s = f"**{s}**"
        out.append(s)
        size += len(s.encode("utf-8")) + len(sep)
    return sep.join(out)


def speech(rng: random.Random, lang: str, budget: int, question: bool) -> list[str]:
    """One turn's paragraphs, about ``budget`` bytes in all."""
    if question or budget < 900:
        return [paragraph(rng, lang, budget, question)]
    count = max(1, min(budget // 600, 30))
    per = budget // count
    return [paragraph(rng, lang, rng.randint(per // 2, per * 3 // 2)) for _ in range(count)]


# --- people and labels ----------------------------------------------------


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAMES) + "".join(rng.choices(ZH_GIVEN, k=rng.choice((1, 2, 2))))


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def speakers(rng: random.Random, lang: str, convention: str) -> tuple[str, list[str]]:
    """Interviewer label and interviewee labels for one document."""
    guests = rng.choice((1, 1, 1, 2))
    if convention == "qa":
        return ("问", ["答"]) if lang == "zh" else ("Q", ["A"])
    if convention == "caps":
        host = f"{rng.choice(EN_HONORIFICS)} {rng.choice(EN_LAST).upper()}"
        people = [f"{rng.choice(EN_HONORIFICS[:3])} {rng.choice(EN_LAST).upper()}" for _ in range(guests)]
        return host, [p for p in people if p != host] or [f"MS. {host.split()[-1]}X"]
    make = zh_name if lang == "zh" else en_name
    host = rng.choice(ZH_ROLES) if lang == "zh" and rng.random() < 0.5 else make(rng)
    people = []
    while len(people) < guests:
        p = make(rng)
        if p != host and p not in people:
            people.append(p)
    return host, people


def colon(lang: str) -> str:
    return "：" if lang == "zh" else ":"


def timestamp(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def turn_lines(convention: str, lang: str, label: str, paras: list[str], clock: int) -> list[str]:
    """Source lines of one turn (paragraphs separated by blank lines)."""
    c = colon(lang)
    out: list[str]
    if convention == "bold_alone":
        out = [f"**{label}{c}**", paras[0]]
    elif convention == "bold_inline":
        out = [f"**{label}{c}** {paras[0]}" if lang == "en" else f"**{label}{c}**{paras[0]}"]
    elif convention in ("plain", "qa"):
        out = [f"{label}{c} {paras[0]}" if lang == "en" else f"{label}{c}{paras[0]}"]
    elif convention == "caps":
        out = [f"{label}: {paras[0]}"]
    elif convention == "name_line":
        out = [label, paras[0]]
    else:  # name_timestamp
        out = [f"{label}: {timestamp(clock)}", paras[0]]
    for p in paras[1:]:
        out += ["", p]
    return out


# --- documents ------------------------------------------------------------


def header(rng: random.Random, lang: str, kind: str, title: str, index: int) -> list[str]:
    year, month, day = rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28)
    author = zh_name(rng) if lang == "zh" else en_name(rng)
    if kind == "yaml":
        tags = rng.sample(_ZH if lang == "zh" else EN_WORDS[60:], k=rng.randint(1, 5))
        return [
            "---",
            f'title: "{title}"',
            f"date: {year:04d}-{month:02d}-{day:02d}",
            f'author: "{author}"',
            f"category: {'访谈' if lang == 'zh' else 'interviews'}",
            "tags:",
            *[f"  - {t}" for t in tags],
            f"url: https://example.org/{year}/{month:02d}/interview-{index}.html",
            "---",
            "",
        ]
    if kind == "lines":
        if lang == "zh":
            return [f"{rng.choice(ZH_CREDITS)} | {author}", f"日期：{year}年{month}月{day}日", ""]
        return [f"Author: {author}", f"Date: {year:04d}-{month:02d}-{day:02d}", ""]
    return []


def document(
    rng: random.Random,
    target: int,
    *,
    lang: str,
    convention: str,
    head: str,
    turns: int,
    index: int = 0,
) -> tuple[str, int]:
    """Text of one document of about ``target`` bytes with ``turns`` turns, and the turns written."""
    host, guests = speakers(rng, lang, convention)
    heading_pool = ZH_HEADING_WORDS if lang == "zh" else EN_HEADINGS
    title = paragraph(rng, lang, 30).rstrip("。！.!") if lang == "zh" else " ".join(rng.sample(EN_WORDS, 6)).title()
    lines = header(rng, lang, head, title, index)
    if rng.random() < 0.5:
        lines += [f"# {title}", ""]
    lines += [paragraph(rng, lang, rng.randint(80, 400)), ""]
    body_budget = max(target - sum(len(x.encode()) + 1 for x in lines), turns * 60) * 21 // 20
    question_budget = 40 if lang == "zh" else 60
    answer_budget = max(60, (body_budget - (turns // 2) * (question_budget + 30)) // max(1, turns - turns // 2) - 30)
    bold_headings = convention != "name_line" and rng.random() < 0.5
    headings = rng.sample(heading_pool, len(heading_pool))  # never repeated in one document
    next_section = rng.randint(8, 40)
    clock = rng.randint(0, 120)
    for t in range(turns):
        if t == next_section and t < turns - 2:
            heading = headings.pop() if headings else f"{rng.choice(heading_pool)} {next_section}"
            lines += [f"**{heading}**" if bold_headings else f"## {heading}", ""]
            next_section += rng.randint(8, 40)
        question = t % 2 == 0
        label = host if question else rng.choice(guests)
        budget = question_budget if question else int(answer_budget * rng.uniform(0.4, 1.6))
        paras = speech(rng, lang, budget, question)
        lines += turn_lines(convention, lang, label, paras, clock)
        clock += rng.randint(5, 200)
        if rng.random() < 0.01:
            lines += ["", f"![](https://example.org/img/{index}-{t}.jpg)"]
        lines.append("")
    if rng.random() < 0.3:
        lines.append(f"[{'原文链接' if lang == 'zh' else 'Source'}](https://example.org/source/{index})")
    return "\n".join(lines) + "\n", turns


def pick_size(rng: random.Random) -> int:
    """5 KB to 2 MB: median about 13 KB, p90 about 35 KB, 1 % between 200 KB and 2 MB."""
    if rng.random() < 0.01:
        return int(rng.uniform(200_000, 2_000_000))
    return int(min(max(rng.lognormvariate(9.5, 0.75), 5_000), 200_000))


@functools.lru_cache(maxsize=1)
def _s2t() -> Callable[[str], str]:
    import opencc  # a dependency of interview_parser

    return opencc.OpenCC("s2t.json").convert  # type: ignore[no-any-return]


def one_document(seed: int, index: int, size: int | None = None, *, scaling: bool = False) -> tuple[str, dict[str, str]]:
    """The bytes-to-be of document ``index``; ``scaling`` keeps one turn per ~700 B at any size."""
    rng = random.Random(f"{seed}/{index}")
    target = size if size is not None else pick_size(rng)
    if scaling:
        lang, convention, head = "zh", "bold_alone", "yaml"
        turns = max(2, target // 700)
    else:
        lang = "zh" if rng.random() < 0.75 else "en"
        convention = rng.choice([c for c in CONVENTIONS if lang == "en" or c != "caps"])
        head = rng.choices(("yaml", "lines", "none"), weights=(55, 30, 15))[0]
        turns = min(300, max(30, int(target / rng.uniform(180, 900))))
    text, written = document(rng, target, lang=lang, convention=convention, head=head, turns=turns, index=index)
    script = "simplified" if lang == "zh" else "latin"
    if lang == "zh" and not scaling and rng.random() < 1 / 3:
        text = _s2t()(text)
        script = "traditional"
    ending = "lf"
    if not scaling:
        r = rng.random()
        if r < 0.05:
            text = text.replace("\n", "\r\n")
            ending = "crlf"
        if rng.random() < 0.02:
            text = "\ufeff" + text
            ending += "+bom"
    info = {"lang": lang, "script": script, "convention": convention, "header": head, "turns": str(written), "ending": ending}
    return text, info


def parse_size(text: str) -> int:
    units = {"KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000, "K": 1_000, "M": 1_000_000, "B": 1}
    t = text.strip().upper()
    for unit in sorted(units, key=len, reverse=True):
        if t.endswith(unit):
            return int(float(t[: -len(unit)]) * units[unit])
    return int(t)


def generate(out: Path, *, seed: int, size: int) -> tuple[int, int]:
    """Write documents until ``size`` bytes; return (documents, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    rows = ["name\tbytes\tlang\tscript\tconvention\theader\tturns\tending"]
    index = 0
    while total < size:
        text, info = one_document(seed, index)
        data = text.encode("utf-8")
        name = f"{index:05d}.md"
        (out / name).write_bytes(data)
        rows.append("\t".join([name, str(len(data)), *info.values()]))
        total += len(data)
        index += 1
    (out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return index, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="directory to write (created if missing)")
    ap.add_argument("--seed", type=int, default=20251123)
    ap.add_argument("--size", type=parse_size, default=100_000_000, help="total bytes, e.g. 2MB (default 100MB)")
    ap.add_argument("--one", type=parse_size, help="write one document of this size (constant turn density)")
    args = ap.parse_args(argv)
    if args.one:
        args.out.mkdir(parents=True, exist_ok=True)
        text, _ = one_document(args.seed, 0, args.one, scaling=True)
        path = args.out / f"one-{args.one}.md"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text.encode()):,} bytes)")
        return 0
    docs, total = generate(args.out, seed=args.seed, size=args.size)
    print(f"wrote {docs:,} documents, {total / 1e6:.1f} MB, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
