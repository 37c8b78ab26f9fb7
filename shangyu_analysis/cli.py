"""Command line: ``shangyu-analysis {article,figures,evaluate,data,catalog,build,verify}``.

stdout carries only data (so it can be piped); messages go to stderr. A user mistake prints one
line ``shangyu-analysis: error: PATH: reason`` and exits 2, never a traceback.

Each command imports its stage when it runs (not at the top): ``shangyu-analysis build`` with nothing
to do must not pay for pandas, matplotlib and the extractor (about a second of imports).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from shangyu_analysis.errors import UserError

if TYPE_CHECKING:
    pass

PROG = "shangyu-analysis"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("article", help="print the parsed structure of an article")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("figures", help="extract every figure of an article")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--all", action="store_true", help="also list rejected numerals, with the reason")

    p = sub.add_parser("evaluate", help="score the extractor against *.gold.tsv files in DIR")
    p.add_argument("dir", type=Path)

    p = sub.add_parser("data", help="write data/processed/<stem>/ (figures, indicators, derived, checks)")
    p.add_argument(
        "article",
        type=Path,
        nargs="?",
        help="article path (default: the seed); each article's tables go to data/processed/<stem>/",
    )

    p = sub.add_parser("catalog", help="draft an article's indicator catalog, or check one against its article")
    csub = p.add_subparsers(dest="catalog_command", required=True, metavar="ACTION")
    c = csub.add_parser("draft", help="write a draft catalog (status: draft) from the figures' facts")
    c.add_argument("article", type=Path)
    c.add_argument(
        "--out", type=Path, default=None, help="where to write it (default: data/articles/<stem>/catalog.yml)"
    )
    c.add_argument("--force", action="store_true", help="overwrite an existing catalog")
    c = csub.add_parser("check", help="load a catalog, claim every figure, check period and scope evidence")
    c.add_argument("article", type=Path)
    c.add_argument("--catalog", type=Path, default=None, help="the catalog (default: data/articles/<stem>/catalog.yml)")

    p = sub.add_parser("build", help="run the notebooks over the parameter grid into reports/")
    p.add_argument("--force", action="store_true", help="rerun even when the cache is fresh")
    p.add_argument("--jobs", type=int, default=None, help="parallel kernels (default: CPU count)")
    p.add_argument("--grid", type=Path, default=None, help="parameter grid YAML (default: build.yml)")
    p.add_argument(
        "--only",
        action="append",
        default=None,
        metavar="PATTERN",
        help="build only runs matching <article>/<lang>/<notebook> (fnmatch; repeatable)",
    )
    p.add_argument(
        "--kernels",
        choices=["warm", "fresh"],
        default="warm",
        help="warm: fork each run's kernel from a pre-imported process per worker (default); "
        "fresh: start a new kernel process per run",
    )
    p.add_argument(
        "--executor",
        choices=["local", "dask"],
        default="local",
        help="local: worker processes on this machine (default); dask: a dask.distributed cluster",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="dask scheduler to use (tcp://HOST:8786); default with --executor dask: a LocalCluster of --jobs workers",
    )

    p = sub.add_parser("verify", help="rebuild into a temporary folder and compare with the committed manifests")
    p.add_argument("--no-reports", action="store_true", help="check data/processed only (no notebook runs)")
    p.add_argument("--jobs", type=int, default=None, help="parallel kernels for the report rebuild")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except UserError as exc:
        print(f"{PROG}: error: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt as exc:  # a build says how far it got (build.signals.BuildInterrupted)
        detail = str(exc)
        print(f"{PROG}: interrupted" + (f"; {detail}" if detail else ""), file=sys.stderr)
        return getattr(exc, "exit_code", 130)
    except Exception as exc:  # a bug, not a user mistake: one line unless --debug asks for the traceback
        if args.debug:
            raise
        detail = " ".join(str(exc).split())[:200]
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {detail}; rerun with --debug for the traceback",
            file=sys.stderr,
        )
        return 1


def _cmd_article(args: argparse.Namespace) -> int:
    from shangyu_analysis.text import load_article

    article = load_article(args.path)
    if args.format == "json":
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return 0
    info = article.to_dict()
    for key in ("path", "encoding", "sha256", "paper", "page_number", "page_name", "title", "date", "weekday"):
        print(f"{key}: {info[key]}")
    print(f"subtitles: {' | '.join(article.subtitles)}")
    print(f"authors: {', '.join(article.authors)}")
    print(f"photo_credit: {article.photo_credit}")
    print(f"related_ids: {'; '.join(article.related_ids)}")
    print(f"sections: {len(article.sections)}")
    for s in article.sections:
        print(f"  [{s.start}-{s.end}] {s.heading}")
    print(f"paragraphs: {len(article.paragraphs)}")
    for p in article.paragraphs:
        preview = p.text if len(p.text) <= 40 else p.text[:39] + "…"
        print(f"  {p.index:>3} [{p.start}-{p.end}] {preview}")
    return 0


def _write_json_list(records: Iterable[dict[str, object]], stream: TextIO) -> None:
    """``json.dumps(list(records), indent=1)``, written record by record so memory stays bounded."""
    first = True
    for record in records:
        stream.write("[\n" if first else ",\n")
        stream.write(textwrap.indent(json.dumps(record, ensure_ascii=False, indent=1), " "))
        first = False
    stream.write("[]\n" if first else "\n]\n")


def _cmd_figures(args: argparse.Namespace) -> int:
    from shangyu_analysis.extract.figures import extract_figures
    from shangyu_analysis.text import load_article

    frame = extract_figures(load_article(args.path), include_nonfigures=args.all)
    if args.format == "json":
        from shangyu_analysis.dataset.publish import json_records

        _write_json_list(json_records(frame), sys.stdout)
    elif args.format == "csv":
        sys.stdout.write(frame.to_csv(index=False, lineterminator="\n"))
    else:
        columns = [
            c
            for c in (
                "figure_id",
                "surface",
                "value",
                "unit",
                "qualifier",
                "kind",
                "place",
                "measure",
                "period",
                "period_basis",
                "is_figure",
                "reason",
            )
            if c in frame.columns
        ]
        import pandas as pd

        with pd.option_context(
            "display.max_rows", None, "display.width", 200, "display.unicode.east_asian_width", True
        ):
            print(frame[columns].to_string(index=False))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from shangyu_analysis.extract.evaluate import evaluate_facts_dir, format_evaluation
    from shangyu_analysis.extract.evaluate_facts import format_facts

    figures, facts = evaluate_facts_dir(args.dir)
    print(format_evaluation(figures))
    if facts is not None:
        print("facts (FACTS.md): share right per field; measure over vocabulary rows")
        print(format_facts(facts))
    return 0


def _cmd_data(args: argparse.Namespace) -> int:
    from shangyu_analysis import config
    from shangyu_analysis.dataset.dataset import write_dataset

    # Each article's tables go to its own data/processed/<stem>/ (the seed's are tracked), so no page rewrites another's.
    for path in write_dataset(args.article, config.processed_dir(args.article)):
        print(path)
    if config.catalog_status(args.article) == "draft":
        print(f"draft catalog, not reviewed: {config.catalog_path(args.article)}", file=sys.stderr)
    return 0


def _cmd_catalog(args: argparse.Namespace) -> int:
    from shangyu_analysis.indicators.check import check_catalog
    from shangyu_analysis.indicators.draft import draft_catalog

    if args.catalog_command == "draft":
        path, entries, reviews = draft_catalog(args.article, args.out, force=args.force)
        print(path)
        print(
            f"{entries} indicators, {reviews} review comments; edit them, then `{PROG} catalog check "
            f"{args.article}` and set `status: reviewed`",
            file=sys.stderr,
        )
        return 0
    problems, summary = check_catalog(args.article, args.catalog)
    for line in problems:
        print(line)
    print(summary if not problems else f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def _cmd_build(args: argparse.Namespace) -> int:
    from shangyu_analysis import config
    from shangyu_analysis.build.run import run_build

    grid = args.grid or config.BUILD_GRID_YML
    result = run_build(
        grid,
        force=args.force,
        jobs=args.jobs,
        only=args.only,
        kernels=args.kernels,
        executor=args.executor,
        scheduler=args.scheduler,
    )
    if result.ok and args.only is None and Path(grid).resolve() == config.BUILD_GRID_YML.resolve():
        from shangyu_analysis.build.manifest import write_reports_manifest

        print(f"manifest: {write_reports_manifest()}", file=sys.stderr)
    return 0 if result.ok else 1


def _cmd_verify(args: argparse.Namespace) -> int:
    from shangyu_analysis.build.verify import verify

    return 0 if verify(reports=not args.no_reports, jobs=args.jobs) else 1


_COMMANDS = {
    "article": _cmd_article,
    "figures": _cmd_figures,
    "evaluate": _cmd_evaluate,
    "data": _cmd_data,
    "catalog": _cmd_catalog,
    "build": _cmd_build,
    "verify": _cmd_verify,
}

if __name__ == "__main__":
    sys.exit(main())
