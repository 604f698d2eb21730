"""Write what an evaluation found: a terminal table, report.json, report.md and report.png."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assistant.evaluation.runner import EvalResult, Metrics

METRICS: list[tuple[str, str]] = [
    ("accuracy", "answer accuracy"),
    ("decline_precision", "decline precision"),
    ("decline_recall", "decline recall"),
    ("citation_precision", "citation precision"),
    ("evidence_recall", "evidence recall"),
    ("hit_at_1", "retrieval hit@1"),
    ("hit_at_3", "retrieval hit@3"),
    ("mrr", "retrieval MRR"),
    ("faithfulness", "faithfulness"),
    ("verdicts_given", "Yes/No verdicts given"),
    ("verdict_precision", "verdict precision"),
    ("answer_words_p50", "answer words p50"),
    ("latency_p50_ms", "latency p50 (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
]
CHART = [
    "accuracy", "decline_precision", "decline_recall", "citation_precision", "evidence_recall", "hit_at_1", "hit_at_3",
    "faithfulness", "verdict_precision",
]  # fmt: skip
"""Every headline rate: the chart leaves none out, the weakest included."""

DEFINITIONS = {
    "accuracy": "answerable items whose answer contains every expected group (and no wrong Yes/No verdict)",
    "decline_precision": "declines that were right: the item was unanswerable",
    "decline_recall": "unanswerable items that were declined",
    "citation_precision": "citations that lie in the passage holding the evidence, over all citations (answerable items)",
    "evidence_recall": "answerable items with a citation overlapping the evidence",
    "hit_at_1": "answerable items whose evidence passage was retrieved first",
    "hit_at_3": "answerable items whose evidence passage was among the first three retrieved",
    "mrr": "mean of 1/rank of the evidence passage among the retrieved ones (0 when absent)",
    "faithfulness": "answer sentences whose content words all appear in the quotes they cite",
    "verdicts_given": "answers that open with Yes. or No.",
    "verdict_precision": "right verdicts among those the item can judge; a verdict on an unanswerable item is wrong",
    "answer_words_p50": "median length in words of the answers given to answerable items (declines and markers excluded)",
    "latency_p50_ms": "median time to answer one question, in milliseconds",
    "latency_p95_ms": "95th percentile of the time to answer one question, in milliseconds",
}


def fmt(value: float | None, key: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f"{value:.1f}" if key.endswith("_ms") or key == "answer_words_p50" else f"{value:.3f}"


def columns(ours: EvalResult, baseline: EvalResult | None) -> list[tuple[str, Metrics]]:
    cols = [(f"{ours.system} {split}", m) for split, m in ours.metrics.items()]
    if baseline is not None:
        cols += [(f"baseline {split}", m) for split, m in baseline.metrics.items()]
    return cols


def terminal_table(ours: EvalResult, baseline: EvalResult | None, console: Console) -> None:
    """One table per system, a column per split: readable in 80 columns."""
    for result in [ours] + ([baseline] if baseline is not None else []):
        table = Table(title=f"Evaluation: {result.system}", show_lines=False)
        table.add_column("metric", no_wrap=True)
        for split in result.metrics:
            table.add_column(split, justify="right", no_wrap=True)
        for key, label in METRICS:
            table.add_row(label, *[fmt(getattr(m, key), key) for m in result.metrics.values()])
        table.add_row("items", *[str(m.items) for m in result.metrics.values()])
        console.print(table)


def markdown(ours: EvalResult, baseline: EvalResult | None, failures_of: EvalResult | None = None) -> str:
    cols = columns(ours, baseline)
    lines = ["# Evaluation report", "", f"System: `{ours.system}`; items: {ours.metrics['all'].items}.", ""]
    lines.append("| metric | " + " | ".join(n for n, _ in cols) + " |")
    lines.append("|---|" + "---:|" * len(cols))
    for key, label in METRICS:
        lines.append(f"| {label} | " + " | ".join(fmt(getattr(m, key), key) for _, m in cols) + " |")
    lines += ["", "## What the metrics mean", ""]
    lines += [f"- **{label}**: {DEFINITIONS[key]}." for key, label in METRICS]
    failed = [r for r in ours.rows if not r.passed]
    lines += ["", f"## Failures ({len(failed)})", ""]
    if not failed:
        lines.append("None.")
    for r in failed:
        lines += [
            f"### {r.id} ({r.split})",
            "",
            f"- question: {_md(r.question)}" + (f" (after: {_md(' / '.join(r.history))})" if r.history else ""),
            f"- answer: {_md(r.answer)}",
            f"- expected: {'decline' if not r.answerable else _md(str(r.expect))}",
            f"- reason: {_md(r.reason)}",
            "",
        ]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def chart(ours: EvalResult, baseline: EvalResult | None, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    labels = [dict(METRICS)[k] for k in CHART]
    series = [(ours.system, ours.metrics["all"])]
    if baseline is not None:
        series.append(("baseline", baseline.metrics["all"]))
    x = np.arange(len(CHART))
    width = 0.8 / len(series)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for i, (name, m) in enumerate(series):
        values = [getattr(m, k) or 0.0 for k in CHART]
        bars = ax.bar(x + i * width - 0.4 + width / 2, values, width, label=name)
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
    ax.set_xticks(x, labels, rotation=20, ha="right")
    ax.set_ylim(0, 1.1)
    ax.set_title("Evaluation: this project vs the textbook LangChain recipe (all items)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_reports(ours: EvalResult, baseline: EvalResult | None, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = {"ours": ours.model_dump(), "baseline": baseline.model_dump() if baseline else None}
    paths = [out / "report.json", out / "report.md", out / "report.png"]
    paths[0].write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    paths[1].write_text(markdown(ours, baseline), encoding="utf-8")
    chart(ours, baseline, paths[2])
    return paths


VACUOUS = {"verdict_precision"}
"""Metrics that are met when there is nothing to count (no verdict given: no wrong verdict)."""


def check_bars(ours: EvalResult, bars: dict[str, dict[str, float]]) -> list[str]:
    """Broken regression bars, as sentences; ``bars`` maps a split ("all", "train", "holdout") to minimums."""
    broken = []
    for split, minimums in bars.items():
        m = ours.metrics.get(split)
        if m is None:
            broken.append(f"no '{split}' items to check")
            continue
        for key, minimum in minimums.items():
            if key not in Metrics.model_fields:
                broken.append(f"unknown metric {key!r} in the bars")
                continue
            value = getattr(m, key)
            if value is None and key in VACUOUS:
                continue
            if value is None or value < minimum:
                broken.append(f"{split} {key} = {fmt(value, key)} is below {minimum}")
    return broken
