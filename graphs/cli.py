"""The ``policykg`` command line: one verb per job, each a thin layer over one library call.

Exit codes (the same for every verb): 0 success; 1 the graph does not conform (``check``);
2 bad input or usage (missing or unreadable file, malformed RDF, unknown format, query or
parameter); 3 an internal error (a bug: please report it with the command that caused it).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import click

from policykg.extract import EXTRACTOR_VERSION, extract, read_policy
from policykg.extract.errors import PolicyKGError
from policykg.extract.rdf import policy_triples
from policykg.graphs.build import build, extractions
from policykg.graphs.facts import TripleIndex, facts_rows
from policykg.graphs.shacl import check as check_graph
from policykg.graphs.store import load_dataset, save_dataset
from policykg.queries import load_query, query_names, run_query

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
TABLE_CELL = 100


class _Group(click.Group):
    """Turns library errors into ``Error: ...`` lines with their exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicyKGError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            ctx.exit(EXIT_OK)
        except Exception as error:  # a bug; say so in one line
            if os.environ.get("POLICYKG_DEBUG"):
                raise
            click.echo(f"Error: internal error ({type(error).__name__}: {error}); "
                       "set POLICYKG_DEBUG=1 for a traceback", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(EXTRACTOR_VERSION, prog_name="policykg")
def main() -> None:
    """Turn privacy policies into a knowledge graph of data practices."""


def _policy_options(function):
    function = click.option("--site", help="Site domain, when the files carry no header.")(function)
    function = click.option("--date", "archived_on", help="Archive date YYYY-MM-DD.")(function)
    return click.option("--url", "source_url", help="Source URL of the policy.")(function)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Graph file; its extension picks the format (.trig .nq .jsonld .ttl .nt ...).")
@_policy_options
def build_cmd(paths, output, site, archived_on, source_url):
    """Build the knowledge graph of PATHS (files, folders, .jsonl; default: the samples)."""
    counts = {"policies": 0, "practices": 0}

    def progress(extraction):
        counts["policies"] += 1
        counts["practices"] += len(extraction.practices)

    dataset = build(paths, progress=progress, site=site, archived_on=archived_on,
                    source_url=source_url)
    save_dataset(dataset, output)
    click.echo(f"{counts['policies']} policies, {counts['practices']} practices, "
               f"{len(dataset)} triples -> {output}", err=True)


build_cmd.name = "build"


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_policy_options
def facts(paths, site, archived_on, source_url):
    """OPP-115-style facts of each policy in PATHS as JSON lines (default: the samples)."""
    for extraction in extractions(paths, site=site, archived_on=archived_on,
                                  source_url=source_url):
        triples = policy_triples(extraction.document, extraction.practices, EXTRACTOR_VERSION)
        for row in facts_rows(TripleIndex(triples)):
            click.echo(json.dumps(row, ensure_ascii=False))


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--all/--practices-only", "show_all", default=True,
              help="Show every sentence, or only those that produced a practice.")
@_policy_options
def explain(file, show_all, site, archived_on, source_url):
    """Show each sentence of FILE with its lexicon matches and the practices it produced."""
    extraction = extract(read_policy(file, site=site, archived_on=archived_on,
                                     source_url=source_url))
    by_start: dict[int, list] = {}
    for practice in extraction.practices:
        by_start.setdefault(practice.sentence.start, []).append(practice)
    document = extraction.document
    click.echo(f"# {document.policy_id}  site={document.site}  date={document.archived_on}  "
               f"extractor={EXTRACTOR_VERSION}")
    for sentence in extraction.sentences:
        found = by_start.get(sentence.start, [])
        if not found and not show_all:
            continue
        click.echo(f"\n[{sentence.start}-{sentence.end}] ¶{sentence.paragraph}"
                   + (f" §{sentence.section}" if sentence.section else "")
                   + (" (heading)" if sentence.is_heading else ""))
        click.echo(f"  {sentence.text}")
        _, matches = extraction.reader.analyse(sentence)
        if matches:
            click.echo("  matches: " + "; ".join(
                f"{m.category}:{_short(m.concept)}={sentence.text[m.start - sentence.start:m.end - sentence.start]!r}"
                for m in matches))
        for practice in found:
            click.echo("  -> " + _describe(practice))


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _describe(practice) -> str:
    parts = [f"{_short(practice.kind)} {_short(practice.polarity).lower()}",
             f"actor={_short(practice.actor)}"]
    for label, values in (("data", practice.data_types), ("to", practice.recipients),
                          ("named", practice.named_parties), ("for", practice.purposes),
                          ("if", practice.conditions)):
        if values:
            parts.append(f"{label}=" + ",".join(map(_short, values)))
    return "  ".join(parts) + f"  [rule {practice.rule}; words: {', '.join(practice.matched)}]"


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--profile", default="core", show_default=True, help="SHACL profile to check.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def check(graph, profile, fmt):
    """Validate GRAPH with SHACL shapes; exit 0 conforms, 1 violations, 2 bad input."""
    from policykg.ontology import profile_names

    if profile not in profile_names():
        raise click.BadParameter(f"unknown profile {profile!r}; valid: {', '.join(profile_names())}",
                                 param_hint="--profile")
    report = check_graph(load_dataset(graph), profile)
    if fmt == "json":
        click.echo(json.dumps({"profile": report.profile, "conforms": report.conforms,
                               "graphs": report.graphs,
                               "results": [r.__dict__ for r in report.results]}, indent=1))
    else:
        for r in report.results:
            click.echo(f"{r.severity}\t{_short(r.graph)}\t{r.focus}\t{_short(r.path)}\t{r.message}")
        state = "conforms" if report.conforms else "does not conform"
        click.echo(f"{graph}: {state} to profile {profile!r} "
                   f"({report.graphs} graphs, {len(report.results)} results)", err=True)
    sys.exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)


@main.command()
@click.argument("name")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def query(name, graph, params, fmt):
    """Run the named query NAME (or a .rq file) on GRAPH."""
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        values[key.strip().lstrip("?")] = value.strip()
    named = load_query(name)
    result = run_query(load_dataset(graph), named, values)
    click.echo(format_rows([str(v) for v in result.vars],
                           [[("" if v is None else str(v)) for v in row] for row in result],
                           fmt), nl=False)


@main.command()
def queries():
    """List the named queries with their parameters."""
    for name in query_names():
        named = load_query(name)
        params = " ".join(f"{p.name}={p.default}" for p in named.parameters)
        click.echo(f"{name}\t{named.title}" + (f"\t[{params}]" if params else ""))


def format_rows(header: list[str], rows: list[list[str]], fmt: str) -> str:
    """Rows as an aligned table, CSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(header, row)) for row in rows], indent=1,
                          ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue()
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    value = " ".join(value.split())
    value = _short(value) if value.startswith("https://w3id.org/policykg/ns#") else value
    return value if len(value) <= TABLE_CELL else value[:TABLE_CELL - 1] + "…"
