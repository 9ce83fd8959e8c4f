"""`make bench`: speed against baselines measured in the same run, printed as ratios.

Not a test: timings depend on the machine, so nothing here asserts. It builds, in a temporary
folder, a large strategy (60 sub-priorities, 600 commitments, 2,400 actions) and a consultation
export of 1,000,000 responses x 12 questions, and prints the ratios below.

Method, so that a busy machine does not decide the answer: after one untimed warm-up of each,
our run and the baseline's are interleaved (ours, baseline, ours, baseline, ...) for RUNS
rounds (default 5; BENCH_RUNS=n to change), each ratio is the median of ours over the median
of the baseline, and next to it is the spread: the lowest and highest of the round-by-round
ratios (ours in round i / baseline in round i). The analysis takes a second a round, and one
read of a 190 MB file varies twofold on a shared machine, so it gets three times as many
rounds (15 by default) for a median that holds still. BENCH_SURVEY_ONLY=1 leaves out the
builds (the export, its analysis and the two survey commands only); BENCH_PROGRESS_ONLY=1
runs only the progress reports' case; BENCH_LANGUAGES_ONLY=1 only the languages' case.

    overhead_warm_ratio  full build / plain Material build of the same pages (warm cache)
    overhead_cold_ratio  the same with an empty cache
    analysis_ratio       analysing the export / pandas.read_csv(engine="pyarrow") of it
    analysis_peak_mb     peak memory of a process that only analyses the export
    rebuild_ratio        rebuild after editing one commitment / plain Material rebuild
    progress_warm_ratio  the large strategy with ten years of quarterly progress reports (40
                         reports, synthetic) / a plain Material build of the same pages (warm)
    progress_per_report  (warm build with n reports - warm build with none) / n, at n = 10
                         and n = 40: it must not grow with the reports already there (the
                         plain build's own per-report cost, for the pages the reports add, is
                         printed beside it)
    languages_ratio      the large strategy in two languages (English and a `complete` Welsh,
                         every text translated) / the same in one (warm): at most 2.2
    survey_draft_ratio   `plainsight survey draft` of the export / the same pandas read
    survey_columns_ratio `plainsight survey columns` of it / the same pandas read
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
STAGES, SECTIONS_PER_STAGE, COMMITMENTS, ACTIONS = 6, 10, 10, 4
ROWS, QUESTIONS = 1_000_000, 12
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ANALYSIS_RUNS = 3 * RUNS
SCALE = ["Strongly agree", "Tend to agree", "Neither agree nor disagree", "Tend to disagree",
         "Strongly disagree", "Don't know"]
WORDS = ("we will work with partners to improve health and wellbeing across the county "
         "so that people live longer healthier lives in strong communities").split()


def _letters(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: 60 sections need two-letter refs."""
    return chr(65 + index) if index < 26 else chr(65 + index // 26 - 1) + chr(65 + index % 26)


def _sentence(seed: int, words: int = 18) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words)).capitalize() + "."


def write_large_strategy(root: Path) -> None:
    content = root / "content"
    for folder in ("sections", "delivery-plan", "pages", "static"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    (content / "static" / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    stages = []
    for s in range(STAGES):
        ids = []
        for n in range(SECTIONS_PER_STAGE):
            index = s * SECTIONS_PER_STAGE + n
            letter, section_id = _letters(index), f"priority-{index + 1}"
            ids.append(section_id)
            commitments = [{"ref": f"{letter}.{c + 1}", "text": _sentence(index + c)}
                           for c in range(COMMITMENTS)]
            section = {"id": section_id, "letter": letter, "number": f"{s + 1}.{n + 1}",
                       "title": f"Priority {index + 1}", "intro": _sentence(index, 60),
                       "where_are_we_now": _sentence(index + 1, 80),
                       "success_measures": [_sentence(index + m, 12) for m in range(4)],
                       "commitments": commitments}
            _dump(content / "sections" / f"{section_id}.yaml", section)
            plan = {"letter": letter, "indicators": [f"Indicator {i + 1}" for i in range(5)],
                    "commitments": [{"ref": c["ref"], "actions": [
                        {"ref": f"{c['ref']}.{a + 1}",
                         "text": _sentence(index + a, 14) + (f" See {_letters((index + 1) % 60)}.1."
                                                             if a == 0 else "")}
                        for a in range(ACTIONS)]} for c in commitments]}
            _dump(content / "delivery-plan" / f"{letter.lower()}.yaml", plan)
        stages.append({"id": f"stage-{s + 1}", "number": str(s + 1), "title": f"Stage {s + 1}",
                       "intro": _sentence(s, 40), "sections": ids})
    principle = [{"id": f"principle-{i}", "title": f"Principle {i}", "body": _sentence(i)}
                 for i in range(1, 8)]
    (content / "pages" / "foreword.md").write_text(_sentence(3, 200) + "\n")
    _dump(content / "strategy.yaml", {
        "title": "Benchmark Strategy", "short_title": "Benchmark",
        "vision": {"statement": "Everyone lives well", "body": _sentence(1, 80)},
        "principles_intro": "Principles.", "principles": principle,
        "enablers_intro": "Enablers.", "enablers": principle,
        "stages": stages, "pages": [{"id": "foreword", "title": "Foreword",
                                     "file": "pages/foreword.md"}]})
    (content / "consultation").mkdir()
    shutil.copy(ROOT / "content" / "consultation" / "survey.yaml", content / "consultation")
    # the consultation export only: the bundled indicators name the bundled example's sections
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("indicators"))
    _mkdocs_yml(root / "mkdocs.yml", "content/static", plugin=True)


def _dump(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def _mkdocs_yml(path: Path, docs_dir: str, plugin: bool, nav: object = None) -> None:
    config = {
        "site_name": "Benchmark", "site_url": "https://bench.example.org/", "docs_dir": docs_dir,
        "theme": {"name": "material", "custom_dir": str(ROOT / "theme"), "language": "en-GB",
                  "font": False, "features": ["navigation.indexes"]},
        "plugins": ["search", "plainsight"] if plugin else ["search"],
        "markdown_extensions": ["abbr", "attr_list", "def_list", "md_in_html", "tables", "toc"],
    }
    if nav is not None:
        config["nav"] = nav
    path.write_text(yaml.safe_dump(config, sort_keys=False))


def write_plain_twin(root: Path, twin: Path) -> None:
    """The same pages as plain Markdown files, for a plain Material build to compare with."""
    sys.path.insert(0, str(ROOT))
    from plainsight_strategy.pipeline import Project, generate
    bundle = generate(Project(root / "content", root / "data", ROOT / "theme",
                              "https://bench.example.org", root / ".cache" / "plainsight"))
    docs = twin / "docs"
    for page in bundle.pages:
        (docs / page.src).parent.mkdir(parents=True, exist_ok=True)
        (docs / page.src).write_text(page.markdown)
    for asset in bundle.assets:
        (docs / asset.src).parent.mkdir(parents=True, exist_ok=True)
        (docs / asset.src).write_bytes(asset.content)
    _mkdocs_yml(twin / "mkdocs.yml", "docs", plugin=False, nav=bundle.nav)


def _run(command: list[str], cwd: Path, before: Callable[[], None] | None = None) -> float:
    """Seconds one run of a command takes (what `before` does is not timed)."""
    if before is not None:
        before()
    # this checkout's generator, whatever the virtual environment has installed
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{done.stdout}{done.stderr}")
    return elapsed


class Series:
    """Timings of ours and of the baseline, one pair per round."""

    def __init__(self) -> None:
        self.ours: list[float] = []
        self.base: list[float] = []

    def ratio(self) -> tuple[float, float, float]:
        """(median ours / median baseline, lowest and highest round-by-round ratio)."""
        rounds = [o / b for o, b in zip(self.ours, self.base, strict=True)]
        return (statistics.median(self.ours) / statistics.median(self.base),
                min(rounds), max(rounds))


def bench_builds(work: Path) -> dict[str, object]:
    strategy, twin = work / "strategy", work / "plain"
    write_large_strategy(strategy)
    write_plain_twin(strategy, twin)
    ours = [PYTHON, "-m", "plainsight_strategy", "build", "--site-dir", str(work / "site-ours")]
    plain = [PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(work / "site-plain")]
    cache = strategy / ".cache"

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    _run(plain, twin)  # warm-ups, not timed: file caches, .pyc files, our chart cache
    _run(ours, strategy)
    warm, cold = Series(), Series()
    for _ in range(RUNS):
        warm.base.append(_run(plain, twin))
        warm.ours.append(_run(ours, strategy))
        cold.base.append(warm.base[-1])
        cold.ours.append(_run(ours, strategy, before=empty_cache))
        _run(ours, strategy)  # the next warm run finds the cache filled again

    section = strategy / "content" / "sections" / "priority-1.yaml"
    page = twin / "docs" / "stage-1" / "priority-1.md"
    edits = iter(range(1000))

    def edit_ours() -> None:
        section.write_text(section.read_text().replace("text: ", f"text: Edit {next(edits)} ", 1))

    def edit_plain() -> None:
        page.write_text(page.read_text().replace("**A.1** ", f"**A.1** Edit {next(edits)} ", 1))

    rebuild = Series()
    for _ in range(RUNS):
        rebuild.ours.append(_run(ours, strategy, before=edit_ours))
        rebuild.base.append(_run(plain, twin, before=edit_plain))
    return {"overhead_warm_ratio": warm.ratio(), "overhead_cold_ratio": cold.ratio(),
            "rebuild_ratio": rebuild.ratio(),
            "plain_build_s": statistics.median(warm.base),
            "warm_build_s": statistics.median(warm.ours),
            "cold_build_s": statistics.median(cold.ours)}


REPORTS = 40       # ten years of quarterly reports
PER_REPORT = 150   # updates in each: a rotating quarter of the 600 commitments
PROGRESS_LEVELS = [
    {"id": "do", "name": "Do", "definition": "Reported on at every meeting of the board."},
    {"id": "sponsor", "name": "Sponsor", "definition": "A sponsor on the board; yearly."},
    {"id": "watch", "name": "Watch", "definition": "Raised with the board when needed."}]
PROGRESS_STAGES = ("not_started", "in_progress", "in_progress", "in_progress", "complete",
                   "paused")


def _commitment_refs() -> list[str]:
    """The large strategy's commitment refs, in its order (A.1 ... A.10, B.1, ...)."""
    return [f"{_letters(s)}.{c + 1}" for s in range(STAGES * SECTIONS_PER_STAGE)
            for c in range(COMMITMENTS)]


def add_progress(root: Path, reports: int) -> None:
    """Accountability levels (every fifth commitment at Do, so that "Do items with no update"
    has work to do) and `reports` synthetic quarterly reports, the same for the same count:
    report q updates the commitments whose index is q modulo 4 (150 of 600), with a stage that
    moves on over the years, a rating, a due date (some passed: overdue), a metric line on
    every tenth and next steps on every third, and introduces one new action."""
    content = root / "content"
    strategy = yaml.safe_load((content / "strategy.yaml").read_text())
    strategy["accountability_levels"] = PROGRESS_LEVELS
    _dump(content / "strategy.yaml", strategy)
    refs = _commitment_refs()
    for plan_file in (content / "delivery-plan").glob("*.yaml"):
        plan = yaml.safe_load(plan_file.read_text())
        for commitment in plan["commitments"]:
            if refs.index(commitment["ref"]) % 5 == 0:
                commitment["accountability"] = {"level": "do",
                                                "accountable": "Director of Public Health"}
        _dump(plan_file, plan)
    folder = content / "progress" / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for q in range(reports):
        year, month = 2025 + q // 4, (3, 6, 9, 12)[q % 4]
        updates = []
        for index in range(q % 4, len(refs), 4)[:PER_REPORT]:
            stage = PROGRESS_STAGES[(index + q // 4) % len(PROGRESS_STAGES)]
            update: dict[str, object] = {
                "ref": refs[index], "stage": stage, "update": _sentence(index + q, 40)}
            if stage == "in_progress":
                update["confidence"] = ("green", "amber", "red")[(index + q) % 3]
            if index % 3 == 0:
                update["next_steps"] = _sentence(index + q + 1, 20)
            if index % 7 == 0:
                update["due"] = f"{year + (index % 3) - 1}-{month:02d}-01"
            if index % 10 == 0:
                update["metrics"] = [{"measure": f"Indicator {index % 5 + 1}", "target": "75%",
                                      "actual": f"{60 + (index + q) % 30}%",
                                      "rating": ("green", "amber", "red")[q % 3],
                                      "commentary": _sentence(index, 12)}]
            updates.append(update)
        new = {"ref": f"{refs[q]}.9", "under": refs[q], "title": _sentence(q, 10)}
        updates.append({"ref": new["ref"], "stage": "in_progress", "update": _sentence(q, 20)})
        _dump(folder / f"{year}-{month:02d}.yaml", {
            "date": f"{year}-{month:02d}-15", "title": f"Report to the Board, {month:02d}/{year}",
            "new_actions": [new], "updates": updates})


def bench_progress(work: Path) -> dict[str, object]:
    """The large strategy with 0, 10 and 40 reports: ours and a plain Material build of the
    same pages, interleaved, warm."""
    counts = (0, 10, REPORTS)
    sites = {}
    for n in counts:
        strategy, twin = work / f"progress-{n}", work / f"progress-{n}-plain"
        write_large_strategy(strategy)
        add_progress(strategy, n)
        write_plain_twin(strategy, twin)
        sites[n] = (strategy, twin)

    def ours(n: int) -> float:
        return _run([PYTHON, "-m", "plainsight_strategy", "build", "--site-dir",
                     str(work / f"site-progress-{n}")], sites[n][0])

    def plain(n: int) -> float:
        return _run([PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-d",
                     str(work / f"site-progress-{n}-plain")], sites[n][1])

    for n in counts:  # warm-ups, not timed
        plain(n)
        ours(n)
    series = {n: Series() for n in counts}
    for _ in range(RUNS):
        for n in counts:
            series[n].base.append(plain(n))
            series[n].ours.append(ours(n))
    median = {n: (statistics.median(s.ours), statistics.median(s.base))
              for n, s in series.items()}
    per_report = {n: ((median[n][0] - median[0][0]) / n, (median[n][1] - median[0][1]) / n)
                  for n in counts if n}
    return {"progress_warm_ratio": series[REPORTS].ratio(),
            "progress_medians": median, "progress_per_report": per_report}


def add_language(root: Path) -> None:
    """A `complete` Welsh edition: every text given a (pseudo) translation in its store."""
    sys.path.insert(0, str(ROOT))
    from plainsight_strategy.core.problems import Problems
    from plainsight_strategy.translation.languages import Language
    from plainsight_strategy.translation.segments import extract
    from plainsight_strategy.translation.store import Entry, store_path, write_store
    welsh = Language("cy", "Cymraeg", "complete")
    segments = extract(root, root / "content", Problems())
    write_store(store_path(root / "content", "cy"),
                {s.id: Entry(s.source, "[" + s.source.replace("e", "é") + "]")
                 for s in segments}, welsh)
    config = yaml.safe_load((root / "mkdocs.yml").read_text())
    config["plugins"] = ["search", {"plainsight": {"languages": [
        {"code": "cy", "name": "Cymraeg", "mode": "complete"}]}}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    write_wording(root, [config.get("site_name") or "", config.get("copyright") or ""])


def write_wording(root: Path, own: list[str]) -> None:
    """The site's catalogue of the package's words (and its mkdocs.yml's) in Welsh: each
    message given itself as its translation, which a `complete` language accepts."""
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    from plainsight_strategy.site.catalogues import TEMPLATE, site_catalogue
    catalog = Catalog(locale=None, domain="plainsight")
    for message in read_po(TEMPLATE.open("rb")):
        if message.id:
            catalog.add(message.id, message.id)
    for words in own:
        if words.strip():
            catalog.add(words, words)
    out = io.BytesIO()
    write_po(out, catalog)
    path = site_catalogue(root / "content", "cy")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def bench_languages(work: Path) -> dict[str, object]:
    """The large strategy built in one language and in two, interleaved, warm."""
    one, two = work / "languages-1", work / "languages-2"
    write_large_strategy(one)
    write_large_strategy(two)
    add_language(two)

    def build(root: Path) -> float:
        return _run([PYTHON, "-m", "plainsight_strategy", "build", "--site-dir",
                     str(work / f"site-{root.name}")], root)

    build(one)  # warm-ups, not timed: file caches, .pyc files, the chart cache
    build(two)
    series = Series()
    for _ in range(RUNS):
        series.base.append(build(one))
        series.ours.append(build(two))
    return {"languages_ratio": series.ratio(),
            "languages_medians": (statistics.median(series.ours),
                                  statistics.median(series.base))}


def write_large_export(folder: Path) -> Path:
    (folder / "content" / "consultation").mkdir(parents=True)
    (folder / "data").mkdir()
    rng = np.random.default_rng(2022)
    weights = [0.45, 0.4, 0.06, 0.03, 0.02, 0.04]
    columns = {"ID": np.char.add("R", np.arange(ROWS).astype(str))}
    for q in range(QUESTIONS):
        answers = np.array(SCALE + [""], dtype=object)[
            rng.choice(7, size=ROWS, p=[w * 0.98 for w in weights] + [0.02])]
        columns[f"Q{q + 1}"] = answers
    path = folder / "data" / "responses.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    survey = {
        "title": "Benchmark consultation", "dates": {"start": "2025-01-01", "end": "2025-02-01"},
        "export": "responses.csv", "respondent_id": "ID",
        "channels": [{"id": "online", "label": "Online survey"}],
        "scale": {"options": [{"label": label, "kind": kind} for label, kind in zip(
            SCALE, ["agree", "agree", "neutral", "disagree", "disagree", "dont_know"],
            strict=True)]},
        "questions": [{"id": f"q{q + 1}", "label": f"Question {q + 1}",
                       "wording": f"Do you agree with part {q + 1}?", "type": "agreement",
                       "column": f"Q{q + 1}"} for q in range(QUESTIONS)],
    }
    _dump(folder / "content" / "consultation" / "survey.yaml", survey)
    return path


# Both processes import their libraries before the clock starts; each times only its work.
ANALYSE = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from plainsight_strategy.consultation import analysis  # noqa: F401  (pyarrow and numpy, untimed)
from plainsight_strategy.consultation.load import load_consultation
from plainsight_strategy.core.cache import NO_CACHE
from plainsight_strategy.core.problems import Problems
start = time.perf_counter()
results = load_consultation(Path({content!r}), Path({data!r}), NO_CACHE, Problems())
elapsed = time.perf_counter() - start
assert results is not None and results.responses_n == {rows}
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
SURVEY = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from plainsight_strategy.consultation import drafting  # noqa: F401  (pyarrow and numpy, untimed)
from plainsight_strategy.core.problems import Problems
problems = Problems()
start = time.perf_counter()
if {action!r} == "draft":
    done = drafting.write_draft(Path({path!r}), Path({data!r}), Path({output!r}), problems)
else:
    done = drafting.columns_text(Path({path!r}), "responses.csv", problems)
elapsed = time.perf_counter() - start
assert done is not None and not problems, problems.items
print(elapsed)
"""
READ = """
import sys, time
import pandas as pd
start = time.perf_counter()
frame = pd.read_csv({path!r}, engine="pyarrow")
print(time.perf_counter() - start)
"""


def _in_file_cache(path: Path) -> None:
    """Read a file through once (untimed), so the operating system holds it in memory."""
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def bench_analysis(work: Path) -> dict[str, object]:
    folder = work / "consultation"
    path = write_large_export(folder)
    script = ANALYSE.format(root=str(ROOT), content=str(folder / "content"),
                            data=str(folder / "data"), rows=ROWS)
    series, peaks = Series(), []
    for round_ in range(ANALYSIS_RUNS + 1):  # the first round is a warm-up, not kept
        _in_file_cache(path)  # neither run pays for reading the disk, whichever goes first
        out = subprocess.run([PYTHON, "-c", READ.format(path=str(path))], check=True,
                             capture_output=True, text=True).stdout.split()
        read = float(out[0])
        _in_file_cache(path)
        out = subprocess.run([PYTHON, "-c", script], check=True, capture_output=True,
                             text=True).stdout.split()
        if round_:
            series.base.append(read)
            series.ours.append(float(out[0]))
            peaks.append(float(out[1]))
    return {"analysis_ratio": series.ratio(), "analysis_peak_mb": max(peaks),
            "read_s": statistics.median(series.base),
            "analysis_s": statistics.median(series.ours)}


def bench_survey(work: Path) -> dict[str, object]:
    """`survey draft` and `survey columns` of the export bench_analysis wrote, each against
    a pandas read of it in the same round (an untimed warm-up round first)."""
    path = work / "consultation" / "data" / "responses.csv"
    output = work / "draft" / "survey.yaml"
    series = {"draft": Series(), "columns": Series()}
    for round_ in range(RUNS + 1):
        for action, timings in series.items():
            _in_file_cache(path)
            read = float(subprocess.run([PYTHON, "-c", READ.format(path=str(path))], check=True,
                                        capture_output=True, text=True).stdout.split()[0])
            output.unlink(missing_ok=True)
            _in_file_cache(path)
            script = SURVEY.format(root=str(ROOT), action=action, path=str(path),
                                   data=str(path.parent), output=str(output))
            ours = float(subprocess.run([PYTHON, "-c", script], check=True, capture_output=True,
                                        text=True).stdout.split()[0])
            if round_:
                timings.base.append(read)
                timings.ours.append(ours)
    return {"survey_draft_ratio": series["draft"].ratio(),
            "survey_columns_ratio": series["columns"].ratio(),
            "draft_s": statistics.median(series["draft"].ours),
            "columns_s": statistics.median(series["columns"].ours)}


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="plainsight-bench-"))
    try:
        if os.environ.get("BENCH_PROGRESS_ONLY"):
            results = bench_progress(work)
        elif os.environ.get("BENCH_LANGUAGES_ONLY"):
            results = bench_languages(work)
        else:
            results = {**bench_analysis(work), **bench_survey(work)}
            if not os.environ.get("BENCH_SURVEY_ONLY"):
                results.update(bench_builds(work))
                results.update(bench_progress(work))
                results.update(bench_languages(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"# {RUNS} interleaved rounds ({ANALYSIS_RUNS} for the analysis); ratio of medians, "
          "then [lowest-highest round ratio]")
    for name in ("overhead_warm_ratio", "overhead_cold_ratio", "analysis_ratio",
                 "rebuild_ratio", "survey_draft_ratio", "survey_columns_ratio",
                 "progress_warm_ratio", "languages_ratio"):
        if name not in results:
            continue
        ratio, low, high = results[name]  # type: ignore[misc]
        print(f"{name}: {ratio:.2f}  [{low:.2f}-{high:.2f}]")
    if "progress_per_report" in results:
        per_report = results["progress_per_report"]
        for n, (ours, plain) in per_report.items():  # type: ignore[attr-defined]
            print(f"progress_per_report_s at {n} reports: {ours:.3f} (plain build: {plain:.3f})")
        first, last = per_report[10][0], per_report[REPORTS][0]  # type: ignore[index]
        print(f"progress_per_report_growth ({REPORTS} / 10): {last / first:.2f}")
        medians = results["progress_medians"]
        print("# median seconds, ours / plain, by reports: " + ", ".join(
            f"{n}: {o:.1f} / {p:.1f}" for n, (o, p) in medians.items()))  # type: ignore[attr-defined]
    if "languages_medians" in results:
        two, one = results["languages_medians"]  # type: ignore[misc]
        print(f"# median seconds: two languages {two:.1f}, one {one:.1f}")
    if "analysis_peak_mb" not in results:
        return
    print(f"analysis_peak_mb: {results['analysis_peak_mb']:.0f}")
    if "plain_build_s" in results:
        print(f"# median seconds: plain build {results['plain_build_s']:.1f}, ours warm "
              f"{results['warm_build_s']:.1f}, cold {results['cold_build_s']:.1f}")
    print(f"# median seconds: read {results['read_s']:.2f}, analysis "
          f"{results['analysis_s']:.2f}, survey draft {results['draft_s']:.2f}, survey "
          f"columns {results['columns_s']:.2f}")


if __name__ == "__main__":
    main()
