"""Command line: ``python -m assistant {index,ask,chat,eval,verify-eval,calibrate}``.

Errors a user can fix print one line on stderr and exit 2; a broken evaluation bar exits 1.
Heavy libraries are imported inside commands so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

EXIT_USAGE = 2
EXIT_BELOW_BAR = 1

EVAL_BARS = {
    "min_accuracy": "accuracy",
    "min_decline_precision": "decline_precision",
    "min_decline_recall": "decline_recall",
    "min_citation_precision": "citation_precision",
    "min_evidence_recall": "evidence_recall",
    "min_hit_at_1": "hit_at_1",
    "min_faithfulness": "faithfulness",
}


def _settings(args: argparse.Namespace):
    from assistant.settings import Settings

    overrides: dict[str, Any] = {}
    for field in ("chroma_path", "chroma_url", "top_k", "llm", "llm_model", "llm_base_url"):
        value = getattr(args, field, None)
        if value is not None:
            overrides[field] = value
    return Settings(**overrides)


def cmd_index(args: argparse.Namespace) -> int:
    from index import SHIPPED_ARTICLE, index_articles, open_store, read_articles

    s = _settings(args)
    files = args.files or [SHIPPED_ARTICLE]
    articles = read_articles(files, max_chars=s.passage_max_chars)  # a bad file stops here, the store untouched
    store = open_store(
        path=s.chroma_path,
        url=s.chroma_url,
        embeddings=s.embeddings(),
        collection=s.collection,
        rebuild=args.rebuild,
    )
    report = index_articles(store, articles, rebuild=args.rebuild)
    from assistant.core import Assistant

    Assistant(s).keep_warm_vectors()  # what a first question needs, computed once, kept in the store
    where = s.chroma_url or s.chroma_path
    print(f"indexed {len(files)} file(s) into {where} (collection {s.collection!r}): {report}")
    print(f"{store.count()} passages stored")
    return 0


def _read_history(path: str | None) -> list[tuple[str, str]]:
    if not path:
        return []
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"--history-file {path}: {exc}") from exc
    if not isinstance(data, list) or not all(
        isinstance(t, list | tuple) and len(t) == 2 and all(isinstance(x, str) for x in t) for t in data
    ):
        raise ValueError(f"--history-file {path}: expected a JSON list of [question, answer] pairs")
    return [(q, a) for q, a in data]


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.questions import validate_question

    history = _read_history(args.history_file)
    settings = _settings(args)
    validate_question(args.question, settings.answer.max_question_chars)  # a bad question fails before any model loads
    settings.embeddings().load_in_background()  # the model loads while the answering code imports
    from assistant.core import Assistant

    bot = Assistant(settings)
    answer = bot.ask(args.question, history=history)
    if args.json:
        print(answer.model_dump_json(indent=2))
    else:
        print(answer.text)
        if answer.declined and answer.decline_reason:
            print(f"  (why: {answer.decline_reason})")
        for c in answer.citations:
            section = f" ({c.section})" if c.section else ""
            print(f"  [{c.number}]{section} \u201c{c.quote}\u201d")
        for r in answer.unsupported:
            print(f"  removed: \u201c{r.text}\u201d ({r.reason})")
    if answer.notice:
        print(f"notice: {answer.notice}", file=sys.stderr)
    return 0


def _read_bars(flag: str, path: str | None) -> dict[str, dict[str, float]]:
    """A bars file: {split: {metric: bar}}; none given means no bars."""
    if not path:
        return {}
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{flag} {path}: {exc}") from exc


def cmd_eval(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import track

    from assistant.core import Assistant
    from assistant.evaluation import load_questions, run_eval
    from assistant.evaluation.baseline import BaselineRAG
    from assistant.evaluation.report import check_bars, terminal_table, write_reports
    from assistant.evaluation.runner import Corpus, Span

    items = load_questions(args.questions)
    if args.split:
        items = [i for i in items if i.split == args.split]
        if not items:
            raise ValueError(f"{args.questions or 'the shipped question set'} has no {args.split} items")
    bars = _read_bars("--bars", args.bars)
    for flag, metric in EVAL_BARS.items():
        if getattr(args, flag) is not None:
            bars.setdefault("all", {})[metric] = getattr(args, flag)

    console = Console(stderr=True)
    bot = Assistant(_settings(args))
    passages = bot.corpus
    sources = sorted({str(p.metadata["source"]) for p in passages})
    texts = {src: bot.source_text(src) for src in sources}  # from the store: the files may be gone
    ours_spans = {p.id: Span(str(p.metadata["source"]), int(p.metadata["start"]), int(p.metadata["end"])) for p in passages}
    corpus = Corpus(texts, ours_spans)

    def progress(label: str):
        return lambda xs: track(xs, description=label, console=console, transient=True)

    ours = run_eval(bot, items, corpus, ours_spans, progress(f"asking ({bot.name})"))
    baseline = None
    if not args.no_baseline:
        base = BaselineRAG(texts, bot.embeddings)
        base_spans = {i: Span(*where) for i, where in base.spans().items()}
        baseline = run_eval(base, items, corpus, base_spans, progress("asking (baseline)"))
    terminal_table(ours, baseline, Console())
    paths = write_reports(ours, baseline, Path(args.out))
    print("wrote " + ", ".join(str(p) for p in paths))
    broken = check_bars(ours, bars)
    for b in broken:
        print(f"below the bar: {b}", file=sys.stderr)
    return EXIT_BELOW_BAR if broken else 0


def cmd_chat(args: argparse.Namespace) -> int:
    import app

    argv = [*(["--host", args.host] if args.host else []), *(["--port", str(args.port)] if args.port else [])]
    return app.main(argv)


DEFAULT_CLAIMS = (Path("tests") / "data" / "claims.jsonl", Path("tests") / "data" / "claims_roles.jsonl")


def cmd_verify_eval(args: argparse.Namespace) -> int:
    from assistant.evaluation.claims import check_bars, load_claims, render, report, verdicts
    from index import SHIPPED_ARTICLE

    paths = [Path(c) for c in args.claims] if args.claims else [p for p in DEFAULT_CLAIMS if p.is_file()]
    if not paths:
        raise ValueError(
            f"no claim file at {DEFAULT_CLAIMS[0]}: pass --claims FILE ... (JSONL: id, claim, category, label, evidence, split)"
        )
    items = [item for path in paths for item in load_claims(path)]
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        raise ValueError("claim ids repeat across the claim files: each id must be unique")
    found = verdicts(items, args.article or SHIPPED_ARTICLE)
    reports = {split: report(items, found, split) for split in ("train", "holdout", "all")}
    print(render(reports))
    if args.out:
        out = Path(args.out)
        out.write_text(json.dumps({k: r.model_dump() for k, r in reports.items()}, indent=2), encoding="utf-8")
        print(f"wrote {out}")
    broken = check_bars(reports, _read_bars("--bars", args.bars))
    for b in broken:
        print(f"below the bar: {b}", file=sys.stderr)
    return EXIT_BELOW_BAR if broken else 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from assistant.core import Assistant
    from assistant.evaluation import load_questions
    from assistant.evaluation.calibrate import calibrate

    out = Path(args.out) if args.out else _user_data() / "answerability.json"  # never the shipped fit by accident
    result = calibrate(Assistant(_settings(args)), load_questions(args.questions), out, c=args.c)
    print(
        f"fitted on {result.items} train questions ({result.answerable} answerable): "
        f"leave-one-out accuracy {result.cross_validated_accuracy:.3f}, "
        f"balanced {result.cross_validated_balanced_accuracy:.3f}; threshold {result.model.threshold:.2f}; "
        f"training accuracy {result.training_accuracy:.3f}"
    )
    print(f"wrote {out}; use it with ASSISTANT_ANSWERABILITY_MODEL={out}")
    return 0


def _user_data() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "article-assistant"


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant",
        description="Ask questions about the indexed news article; every answer cites the article verbatim.",
        epilog="Settings also come from ASSISTANT_* environment variables (see README).",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--chroma-path", help="embedded Chroma folder (ASSISTANT_CHROMA_PATH)")
    common.add_argument("--chroma-url", help="Chroma server URL, e.g. http://127.0.0.1:8000 (ASSISTANT_CHROMA_URL)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{index,ask,chat,eval,verify-eval,calibrate}")

    p = sub.add_parser("index", parents=[common], help="index article files into Chroma (default: the shipped article)")
    p.add_argument("files", nargs="*", help="UTF-8 text files; the index then holds exactly these")
    p.add_argument("--rebuild", action="store_true", help="replace the collection (e.g. after an embedding-model change)")
    p.set_defaults(func=cmd_index)

    llm_opts = argparse.ArgumentParser(add_help=False)
    llm_opts.add_argument("--llm", choices=["extractive", "openai", "ollama"], help="answering backend (ASSISTANT_LLM)")
    llm_opts.add_argument("--llm-model", help="model name for the LLM backend (ASSISTANT_LLM_MODEL)")
    llm_opts.add_argument("--llm-base-url", help="server URL for the LLM backend (ASSISTANT_LLM_BASE_URL)")
    llm_opts.add_argument("--top-k", type=int, help="passages handed to the answerer (ASSISTANT_TOP_K)")

    p = sub.add_parser("ask", parents=[common, llm_opts], help="answer one question with cited quotes")
    p.add_argument("question", help="the question (at most ASSISTANT_MAX_QUESTION_CHARS characters, default 1000)")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.add_argument("--history-file", help="JSON list of [question, answer] pairs: the conversation so far")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", parents=[common, llm_opts], help="run the canned questions and write a report")
    p.add_argument("--questions", help="JSONL question file (default: the shipped set; "
                   "assistant/data/questions_blind.jsonl is the blind split)")
    p.add_argument("--out", default="eval-report", help="folder for report.json, report.md, report.png")
    p.add_argument("--no-baseline", action="store_true", help="skip the textbook-recipe baseline")
    p.add_argument("--split", choices=["train", "holdout", "blind"], help="ask only this split (tune on train, judge on holdout)")
    p.add_argument(
        "--bars", help='regression bars, JSON: {"all": {"accuracy": 0.9}, "holdout": {...}} (the answerability '
        "model's threshold is another thing: when to decline)"
    )
    for flag in EVAL_BARS:
        p.add_argument("--" + flag.replace("_", "-"), type=float, help="exit 1 when the metric (all items) is below this")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("chat", help="serve the web chat (as `make chat` does)")
    p.add_argument("--host", help="address to bind (ASSISTANT_HOST, default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (ASSISTANT_PORT, default 7860)")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("verify-eval", help="how well the claim verifier keeps faithful and removes perturbed claims")
    p.add_argument(
        "--claims", nargs="+", help=f"JSONL claim files (default: {', '.join(map(str, DEFAULT_CLAIMS))} in this folder)"
    )
    p.add_argument("--article", help="the article the claims are about (default: the shipped one)")
    p.add_argument("--bars", help='JSON file: {"holdout": {"keep": 0.5, "removal": 0.85}}; exit 1 below them')
    p.add_argument("--out", help="also write the figures as JSON here")
    p.set_defaults(func=cmd_verify_eval)

    p = sub.add_parser(
        "calibrate", parents=[common], help="refit when to decline, on the train split of a question set"
    )
    p.add_argument("--questions", help="JSONL question file (default: the shipped set); only its train split is used")
    p.add_argument("--out", help="where to write the model (default: $XDG_DATA_HOME/article-assistant/answerability.json); "
                   "use it with ASSISTANT_ANSWERABILITY_MODEL")
    p.add_argument("--c", type=_positive, default=0.3, help="inverse regularisation strength (default 0.3)")
    p.set_defaults(func=cmd_calibrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from pydantic import ValidationError

    from assistant.models import QuestionError
    from index import IndexingError

    try:
        return args.func(args)
    except ValidationError as exc:
        err = exc.errors()[0]
        print(f"error: invalid setting {'.'.join(str(x) for x in err['loc'])}: {err['msg']}", file=sys.stderr)
        return EXIT_USAGE
    except (IndexingError, QuestionError, ValueError) as exc:  # a bad question file's EvalFileError is a ValueError
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head -1`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
