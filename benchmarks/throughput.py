#!/usr/bin/env python3
"""Throughput of ``interview_parser.parse`` next to its floor and next to what users would assemble.

Three pipelines, each from the file on disk (page cache) to a result:

* **floor**: ``read_bytes`` + ``decode`` + ``splitlines()`` -- the least any
  line-based parser must do;
* **parse**: ``read_bytes`` + ``decode`` + ``interview_parser.parse(text)``;
* **fm+md**: ``read_bytes`` + ``decode`` + ``frontmatter.loads(text)`` +
  ``MarkdownIt("commonmark").parse(post.content)`` -- the usual hand-made
  pipeline (and it still has no speakers or turns).

Every repeat runs every pipeline once over the same files, in a rotating
order, and the ratio to the floor is taken inside the repeat; the tables
show medians over the repeats. Ratios measured in one run are the figures to
compare; absolute MB/s move 10-30 % between runs on a shared machine.

Usage (dependencies: ``pip install -e ".[bench]"``)::

    python benchmarks/generate_corpus.py /tmp/ipcorpus
    python benchmarks/throughput.py /tmp/ipcorpus --plot docs/img/throughput.png

``--baseline SRC`` adds a pipeline ``baseline``: the package in
``SRC/interview_parser`` (the ``src`` folder of another checkout, e.g.
``git worktree add /tmp/before v0.3.0``), loaded beside this one under another
name, so "before" and "after" are measured in one interleaved run::

    python benchmarks/throughput.py /tmp/ipcorpus --sections throughput --baseline /tmp/before/src

Sections (``--sections``): ``throughput`` (a random sample of the corpus),
``fixed`` (per-document fixed cost on 5-10 KB documents), ``opencc`` (share of
parse time spent converting speaker keys), ``scaling`` (one document of
10 KB ... 10 MB), ``pool`` (``parse_many`` with 1 and 2 workers).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import frontmatter
import generate_corpus
import yaml
from markdown_it import MarkdownIt

import interview_parser
from interview_parser import normalize as _normalize
from interview_parser import parse, parse_many

MD = MarkdownIt("commonmark")
Pipeline = Callable[[Path], object]
CLOCK: Callable[[], float] = time.process_time
"""Single-process timings use CPU time (user + system) unless ``--clock wall``: on a shared
machine it does not count the time the process waits for a core."""


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def floor(path: Path) -> object:
    return read(path).splitlines()


def parse_pipeline(path: Path) -> object:
    return parse(read(path))


def fm_md(path: Path) -> object:
    post = frontmatter.loads(read(path))
    return MD.parse(post.content)


PIPELINES: dict[str, Pipeline] = {"floor": floor, "parse": parse_pipeline, "fm+md": fm_md}


def load_baseline(src: Path) -> Pipeline:
    """``parse`` from the copy of the package in ``src``, imported as ``interview_parser_baseline``.

    The package imports its own modules relatively, so a second copy loads beside
    the installed one without either seeing the other."""
    init = src / "interview_parser" / "__init__.py"
    spec = importlib.util.spec_from_file_location("interview_parser_baseline", init, submodule_search_locations=[str(init.parent)])
    if spec is None or spec.loader is None:
        raise SystemExit(f"--baseline: no package at {init}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    baseline_parse = module.parse

    def baseline(path: Path) -> object:
        return baseline_parse(read(path))

    return baseline


def run_over(fn: Pipeline, paths: Sequence[Path]) -> float:
    gc.collect()
    start = CLOCK()
    for path in paths:
        fn(path)
    return CLOCK() - start


def interleaved(paths: Sequence[Path], repeats: int, pipelines: dict[str, Pipeline] = PIPELINES) -> dict[str, list[float]]:
    """Seconds per pipeline per repeat; every repeat runs all pipelines, in a rotating order."""
    names = list(pipelines)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeats):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            times[name].append(run_over(pipelines[name], paths))
    return times


def mb(n: float) -> str:
    return f"{n / 1e6:.1f}"


# --- sections --------------------------------------------------------------


def corpus_files(root: Path) -> list[tuple[Path, int]]:
    files = sorted(p for p in root.iterdir() if p.suffix == ".md")
    return [(p, p.stat().st_size) for p in files]


def take_mb(files: list[tuple[Path, int]], mb: float) -> tuple[list[Path], int]:
    """The first files, in order, until they add up to ``mb`` megabytes; and their size."""
    taken: list[Path] = []
    size = 0
    for path, n in files:
        if size >= mb * 1e6:
            break
        taken.append(path)
        size += n
    return taken, size


def section_throughput(
    files: list[tuple[Path, int]], sample_mb: float, repeats: int, seed: int, baseline: Pipeline | None = None
) -> dict[str, Any]:
    shuffled = files[:]
    random.Random(seed).shuffle(shuffled)
    sample, size = take_mb(shuffled, sample_mb)
    pipelines = dict(PIPELINES, baseline=baseline) if baseline else PIPELINES
    for path in sample:  # warm the page cache and every lazy initialisation
        for fn in pipelines.values():
            fn(path)
    times = interleaved(sample, repeats, pipelines)
    ratios = {n: statistics.median(t / f for t, f in zip(times[n], times["floor"], strict=True)) for n in times}
    med = {n: statistics.median(t) for n, t in times.items()}
    out = {"documents": len(sample), "bytes": size, "repeats": repeats, "seconds": times}
    print(f"\n## Throughput: {len(sample)} documents, {mb(size)} MB, median of {repeats} interleaved repeats\n")
    print("| pipeline | MB/s | µs/doc | × floor (time) |")
    print("|---|---:|---:|---:|")
    for name in times:
        print(f"| {name} | {size / med[name] / 1e6:.1f} | {med[name] / len(sample) * 1e6:,.0f} | {ratios[name]:.2f} |")
    speedup = statistics.median(a / b for a, b in zip(times["fm+md"], times["parse"], strict=True))
    print(f"\nparse() is {speedup:.2f}× faster than fm+md (median of per-repeat ratios).")
    out.update({"mb_per_s": {n: size / med[n] / 1e6 for n in med}, "ratio_to_floor": ratios, "parse_vs_fm_md": speedup})
    if baseline:
        change = statistics.median(b / a - 1 for a, b in zip(times["parse"], times["baseline"], strict=True))
        print(f"parse() throughput against the baseline: {change:+.1%} (median of per-repeat ratios).")
        out["parse_vs_baseline"] = change
    return out


def best_time(fn: Callable[[], object], min_total: float = 0.05, rounds: int = 5) -> float:
    """Least seconds per call over ``rounds`` rounds, each looping for at least ``min_total`` s."""
    fn()
    best = float("inf")
    for _ in range(rounds):
        loops = 0
        gc.collect()
        start = CLOCK()
        while True:
            fn()
            loops += 1
            elapsed = CLOCK() - start
            if elapsed >= min_total:
                break
        best = min(best, elapsed / loops)
    return best


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The loader ``parse()`` uses: libyaml's when PyYAML has it."""

HEADER_KINDS = {"yaml": "YAML front matter", "lines": "header lines", "none": "no header"}
"""The generator's ``header`` column (``manifest.tsv``), as the tables name it."""


def header_kinds(root: Path) -> dict[str, str]:
    """File name → kind of header, from the generator's manifest."""
    rows = (root / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    columns = rows[0].split("\t")
    name, header = columns.index("name"), columns.index("header")
    return {cells[name]: cells[header] for cells in (row.split("\t") for row in rows[1:] if row)}


def _split_body(text: str, kind: str) -> tuple[str, str]:
    """Header (front matter or header lines, as the generator wrote them) and body of an LF document."""
    if kind == "yaml":
        close = text.find("\n---\n", 4)
        if not text.startswith("---\n") or close < 0:
            raise ValueError("a generated YAML document without its fences")
        return text[: close + 5], text[close + 5 :]
    if kind == "lines":
        cut = text.find("\n\n")
        if cut < 0:
            raise ValueError("a generated document without a blank line after its header lines")
        return text[: cut + 2], text[cut + 2 :]
    return "", text


def _paired(fn: Pipeline, one: Path, two: Path, rounds: int) -> tuple[float, float]:
    """Least seconds per call of ``fn(one)`` and ``fn(two)``, timed back to back in alternating order."""
    a = b = float("inf")
    for r in range(rounds):
        for which in (one, two) if r % 2 else (two, one):
            t = best_time(lambda which=which: fn(which), 0.005, 1)  # type: ignore[misc]
            if which is one:
                a = min(a, t)
            else:
                b = min(b, t)
    return a, b


def section_fixed(files: list[tuple[Path, int]], seed: int, tmp: Path, rounds: int = 7) -> dict[str, Any]:
    """Per-document fixed cost: ``2·t(doc) - t(doc with its body written twice)``, on 5-10 KB documents.

    Doubling the body doubles everything that grows with the text (lines,
    turns, bytes) and keeps what is paid once per document (front matter,
    setup, the result object), so the difference is the fixed cost; work
    done once per distinct line or label counts as fixed too, since the copy
    repeats them. Both versions are written as UTF-8 with LF endings, and
    they are timed back to back, in alternating order, in every round: a
    difference of two timings taken minutes apart measured the machine's
    drift as much as the parser.
    """
    rng = random.Random(seed)
    kind_of = header_kinds(files[0][0].parent)
    small = [p for p, n in files if 5_000 <= n <= 10_000]
    small = rng.sample(small, min(60, len(small)))
    if not small:
        raise SystemExit("the corpus has no documents of 5-10 KB")
    single: dict[Path, Path] = {}
    doubled: dict[Path, Path] = {}
    heads: dict[Path, str] = {}
    for path in small:
        raw = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        head, body = _split_body(raw, kind_of[path.name])
        heads[path] = head
        single[path] = tmp / f"once-{path.name}"
        single[path].write_text(head + body, encoding="utf-8")
        doubled[path] = tmp / f"twice-{path.name}"
        doubled[path].write_text(head + body + "\n" + body, encoding="utf-8")
    result: dict[str, Any] = {}
    print("\n## Fixed cost per document (5-10 KB documents)\n")
    print(f"Least time per document over {rounds} rounds; in every round the document and its doubled")
    print("version are timed back to back; fixed = 2·t(doc) - t(doc with its body twice).\n")
    print("| pipeline | mean µs per doc | mean bytes | fixed µs per doc (mean) | fixed µs (median) | µs per KB beyond |")
    print("|---|---:|---:|---:|---:|---:|")
    mean_bytes = statistics.fmean(single[p].stat().st_size for p in small)
    fixed_by_doc: dict[Path, float] = {}
    for name, fn in PIPELINES.items():
        once: dict[Path, float] = {}
        twice: dict[Path, float] = {}
        for path in small:
            once[path], twice[path] = _paired(fn, single[path], doubled[path], rounds)
        fixed = [2 * once[p] - twice[p] for p in small]
        if name == "parse":
            fixed_by_doc = dict(zip(small, fixed, strict=True))
        per_kb = [(twice[p] - once[p]) / ((doubled[p].stat().st_size - single[p].stat().st_size) / 1e3) for p in small]
        mean_once = statistics.fmean(once.values())
        print(f"| {name} | {mean_once * 1e6:,.0f} | {mean_bytes:,.0f} | {statistics.fmean(fixed) * 1e6:,.0f} | "
              f"{statistics.median(fixed) * 1e6:,.0f} | {statistics.fmean(per_kb) * 1e6:,.1f} |")
        result[name] = {"mean_s": mean_once, "fixed_mean_s": statistics.fmean(fixed),
                        "fixed_median_s": statistics.median(fixed), "s_per_kb": statistics.fmean(per_kb)}
    print(f"\nparse()'s fixed cost by the kind of header, and PyYAML's share ({YAML_LOADER.__name__} on the front")
    print("matter alone, as parse() calls it):\n")
    print("| header | documents | fixed µs (median) | PyYAML µs (median) |")
    print("|---|---:|---:|---:|")
    by_kind: dict[str, Any] = {}
    for kind, label in HEADER_KINDS.items():
        docs = [p for p in small if kind_of[p.name] == kind]
        if not docs:
            continue
        pyyaml: float | None = None
        if kind == "yaml":
            fronts = [heads[p][4:-4] for p in docs]  # between "---\n" and "---\n", its last newline kept
            pyyaml = statistics.median(best_time(lambda f=f: yaml.load(f, Loader=YAML_LOADER), 0.005) for f in fronts)  # type: ignore[misc]
        median_fixed = statistics.median(fixed_by_doc[p] for p in docs)
        shown = "—" if pyyaml is None else f"{pyyaml * 1e6:,.0f}"
        print(f"| {label} | {len(docs)} | {median_fixed * 1e6:,.0f} | {shown} |")
        by_kind[kind] = {"documents": len(docs), "fixed_median_s": median_fixed, "pyyaml_median_s": pyyaml}
    result["parse_by_header"] = by_kind
    empty = best_time(lambda: parse(""), 0.05)
    tiny_text = "**A:** hi\n\n**B:** yo\n\n**A:** ok\n\n**B:** bye\n"
    tiny = best_time(lambda: parse(tiny_text), 0.05)
    print(f"\n`parse(\"\")`: {empty * 1e6:.1f} µs; a 4-turn, 45-byte document: {tiny * 1e6:.1f} µs.")
    result["parse_empty_s"] = empty
    result["parse_tiny_s"] = tiny
    return result


def section_opencc(files: list[tuple[Path, int]], seed: int) -> dict[str, Any]:
    """Time inside opencc (``normalize.to_simplified``) as a share of parse time."""
    rng = random.Random(seed)
    sample = [p for p, _ in rng.sample(files, min(150, len(files)))]
    texts = [read(p) for p in sample]
    original = _normalize.to_simplified
    spent = [0.0]
    calls = [0]

    def timed(text: str) -> str:
        start = time.perf_counter()
        try:
            return original(text)
        finally:
            spent[0] += time.perf_counter() - start
            calls[0] += 1

    out: dict[str, Any] = {}
    print("\n## OpenCC: converting speaker keys\n")
    print("| speaker_key cache | parse s | in opencc s | calls | share of parse |")
    print("|---|---:|---:|---:|---:|")
    _normalize.to_simplified = timed  # type: ignore[assignment]
    try:
        for mode in ("warm (normal use)", "cleared before every document"):
            spent[0], calls[0] = 0.0, 0
            gc.collect()
            start = time.perf_counter()
            for text in texts:
                if mode.startswith("cleared"):
                    _normalize.speaker_key.cache_clear()
                parse(text)
            total = time.perf_counter() - start
            print(f"| {mode} | {total:.3f} | {spent[0]:.4f} | {calls[0]:,} | {spent[0] / total:.1%} |")
            out[mode] = {"parse_s": total, "opencc_s": spent[0], "calls": calls[0]}
    finally:
        _normalize.to_simplified = original  # type: ignore[assignment]
    info = _normalize.converter.cache_info()
    print(f"\nopencc converters built in this process: {info.misses} (cache hits {info.hits:,}).")
    out["converters_built"] = info.misses
    return out


SCALING_SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000)


def section_scaling(seed: int, tmp: Path, rounds: int) -> dict[str, Any]:
    paths: dict[int, Path] = {}
    for size in SCALING_SIZES:
        text, _ = generate_corpus.one_document(seed, 0, size, scaling=True)
        path = tmp / f"one-{size}.md"
        path.write_text(text, encoding="utf-8")
        paths[size] = path
    result: dict[str, dict[int, float]] = {name: {} for name in PIPELINES}
    for _ in range(rounds):  # rounds outside, so a noisy moment hits one round of every cell
        for size, path in paths.items():
            nbytes = path.stat().st_size
            for name, fn in PIPELINES.items():
                t = best_time(lambda fn=fn, path=path: fn(path), 0.1 if size < 1_000_000 else 0.0, 1)  # type: ignore[misc]
                result[name][size] = min(result[name].get(size, float("inf")), t / nbytes * 1e6)  # s per MB
    print("\n## Scaling: one document (zh, YAML, `**Name：**` labels, one turn per ~700 B)\n")
    print(f"ms per MB (least of {rounds} interleaved rounds); the last column is ms/MB at 10 MB over ms/MB at 100 KB.\n")
    labels = ["10 KB", "30 KB", "100 KB", "300 KB", "1 MB", "3 MB", "10 MB"]
    print("| pipeline | " + " | ".join(labels) + " | 10 MB / 100 KB |")
    print("|---|" + "---:|" * (len(labels) + 1))
    for name, row in result.items():
        cells = " | ".join(f"{row[s] * 1e3:.1f}" for s in SCALING_SIZES)
        print(f"| {name} | {cells} | {row[10_000_000] / row[100_000]:.2f} |")
    print("\nThe same as MB/s:\n")
    print("| pipeline | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for name, row in result.items():
        print(f"| {name} | " + " | ".join(f"{1 / row[s]:.1f}" for s in SCALING_SIZES) + " |")
    return {name: {str(k): v for k, v in row.items()} for name, row in result.items()}


def turn_count(doc: interview_parser.Interview) -> int:
    return len(doc.turns)


def burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_check(n: int = 4_000_000) -> float:
    """Speed-up of two CPU-bound processes over one: what the machine offers right now (2.0 when idle)."""
    import multiprocessing

    start = time.perf_counter()
    burn(n)
    burn(n)
    serial = time.perf_counter() - start
    with multiprocessing.Pool(2) as pool:
        pool.map(burn, [n // 10, n // 10])  # start-up outside the timing
        start = time.perf_counter()
        pool.map(burn, [n, n])
        parallel = time.perf_counter() - start
    return serial / parallel


def section_pool(files: list[tuple[Path, int]], pool_mb: float) -> dict[str, Any]:
    chosen, size = take_mb(files, pool_mb)
    check = machine_check()
    out: dict[str, Any] = {"documents": len(chosen), "bytes": size, "machine_check": check}
    print(f"\n## parse_many: {len(chosen):,} files, {mb(size)} MB (pool start-up included)\n")
    print(f"Machine check: two CPU-bound processes run {check:.2f}× as fast as one "
          f"(2.0 on an idle two-core machine; load average {os.getloadavg()[0]:.2f}).\n")
    print("Wall: seconds and speed-up as measured. CPU: the parent's and the workers' CPU seconds; on an idle")
    print("machine the pool's wall time is about max(parent, workers / 2), which gives the estimated speed-up.\n")
    print("| to= | workers=1 s | workers=2 s | speed-up (wall) | CPU s, 1 worker | CPU s, 2: parent + workers "
          "| estimated idle speed-up |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for to in (turn_count, "jsonl", "dict", "interview"):
        label = "callable (turn count)" if callable(to) else f'"{to}"'
        wall: dict[int, float] = {}
        cpu: dict[int, tuple[float, float]] = {}
        for workers in (1, 2):
            gc.collect()
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            own = time.process_time()
            start = time.perf_counter()
            for _ in parse_many(chosen, workers=workers, to=to):  # type: ignore[call-overload]
                pass
            wall[workers] = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
            cpu[workers] = (time.process_time() - own, worker_cpu)
        parent, workers_cpu = cpu[2]
        estimate = min(2.0, cpu[1][0] / max(parent, workers_cpu / 2))  # two cores at most
        print(f"| {label} | {wall[1]:.2f} | {wall[2]:.2f} | {wall[1] / wall[2]:.2f}× | {cpu[1][0]:.2f} | "
              f"{parent:.2f} + {workers_cpu:.2f} | {estimate:.2f}× |")
        out[label] = {"wall": wall, "cpu": cpu, "estimated_speedup": estimate}
    return out


STAGES = (
    "normalize", "split_lines", "split_front_matter", "split_header_lines", "html_body", "scan_lines",
    "confirm_labels", "identify", "assemble", "build_speakers", "with_roles", "finish_turns", "Interview",
)


def section_profile(files: list[tuple[Path, int]], sample_mb: float, seed: int) -> dict[str, Any]:
    """Where parse() spends its time: per pipeline stage, then cProfile's top functions."""
    import cProfile
    import io
    import pstats

    from interview_parser import parser as parser_module

    rng = random.Random(seed)
    chosen = rng.sample(files, len(files))
    texts: list[str] = []
    size = 0
    for path, n in chosen:
        if size >= sample_mb * 1e6:
            break
        texts.append(read(path))
        size += n
    spent: dict[str, float] = {}

    def timed(owner: Any, name: str) -> Callable[..., Any]:
        original = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

        setattr(owner, name, wrapper)
        return original  # type: ignore[no-any-return]

    saved = {name: timed(parser_module, name) for name in STAGES if hasattr(parser_module, name)}
    saved_detect = timed(parser_module.Parser, "_detect")
    try:
        for text in texts[:20]:
            parse(text)
        spent.clear()
        gc.collect()
        start = time.perf_counter()
        for text in texts:
            parse(text)
        total = time.perf_counter() - start
    finally:
        for name, original in saved.items():
            setattr(parser_module, name, original)
        parser_module.Parser._detect = saved_detect  # type: ignore[method-assign]
    print(f"\n## Profile: {len(texts)} documents, {mb(size)} MB\n")
    print("Stages of `Parser._parse` (wall time with a timer around each call; the timers add a few %):\n")
    print("| stage | share of parse | µs per document |")
    print("|---|---:|---:|")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| `{name}` | {seconds / total:.1%} | {seconds / len(texts) * 1e6:,.0f} |")
    rest = total - sum(spent.values())
    print(f"| (the rest of `_parse`) | {rest / total:.1%} | {rest / len(texts) * 1e6:,.0f} |")
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        parse(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(25)
    print("\ncProfile, top functions by own time (cProfile inflates call-heavy code):\n")
    print("```text")
    package = str(Path(interview_parser.__file__).parent) + os.sep
    lines = [line.replace(package, "").replace(sys.prefix, "") for line in out.getvalue().splitlines() if line.strip()]
    print("\n".join(lines))
    print("```")
    return {"stages": spent, "total": total, "documents": len(texts)}


def plot(scaling: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    styles = {"floor": ("read+decode+splitlines (floor)", "o-"), "parse": ("interview_parser.parse", "s-"),
              "fm+md": ("python-frontmatter + markdown-it-py", "^-")}
    for name, row in scaling.items():
        sizes = [int(k) for k in row]
        label, style = styles[name]
        ax.plot([s / 1e3 for s in sizes], [1 / row[str(s)] for s in sizes], style, label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("document size (KB)")
    ax.set_ylabel("throughput (MB/s, log)")
    ax.set_title("Throughput against document size (one core)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    print(f"\nplot written to {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="directory written by generate_corpus.py")
    ap.add_argument("--sections", default="throughput,fixed,opencc,scaling,profile,pool")
    ap.add_argument("--sample-mb", type=float, default=6.0, help="throughput sample size (default 6 MB)")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=5, help="scaling: interleaved rounds (least is kept)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="single-process clock (default: CPU time)")
    ap.add_argument("--pool-mb", type=float, default=100.0, help="bytes of corpus for the pool section")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--plot", type=Path, help="write the scaling plot (PNG) here")
    ap.add_argument("--json", type=Path, help="write every figure as JSON here")
    ap.add_argument("--baseline", type=Path, help="the src folder of another version: measured beside this one")
    args = ap.parse_args(argv)
    sections = set(args.sections.split(","))
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    files = corpus_files(args.corpus)
    total = sum(n for _, n in files)
    print(f"# interview_parser {interview_parser.__version__} throughput")
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs; corpus {args.corpus}: {len(files):,} files, "
          f"{mb(total)} MB; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; clock: {args.clock}; "
          f"load average {os.getloadavg()[0]:.2f}")
    results: dict[str, Any] = {}
    if "throughput" in sections:
        results["throughput"] = section_throughput(
            files, args.sample_mb, args.repeats, args.seed, load_baseline(args.baseline) if args.baseline else None
        )
    if "fixed" in sections:
        with tempfile.TemporaryDirectory() as tmp:
            results["fixed"] = section_fixed(files, args.seed, Path(tmp))
    if "opencc" in sections:
        results["opencc"] = section_opencc(files, args.seed)
    if "scaling" in sections:
        with tempfile.TemporaryDirectory() as tmp:
            results["scaling"] = section_scaling(args.seed, Path(tmp), args.rounds)
        if args.plot:
            plot(results["scaling"], args.plot)
    if "profile" in sections:
        results["profile"] = section_profile(files, args.sample_mb, args.seed)
    if "pool" in sections:
        results["pool"] = section_pool(files, args.pool_mb)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
