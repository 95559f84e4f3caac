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
from urllib.parse import unquote

import click
from rdflib import Dataset

from policykg.extract import EXTRACTOR_VERSION, extract, policy_from_text, read_policy
from policykg.extract.errors import InputError, PolicyKGError
from policykg.extract.iris import SITES
from policykg.extract.rdf import policy_triples
from policykg.graphs.build import build, extractions
from policykg.graphs.corpus import build_nquads
from policykg.graphs.facts import TripleIndex, facts_rows
from policykg.graphs.formats import rdf_format
from policykg.graphs.practices import short
from policykg.graphs.store import load_dataset, open_graph, policy_graphs, save_dataset
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
        except click.UsageError as error:  # one line, like every other bad input
            command = f"{error.ctx.command_path}: " if error.ctx else ""
            click.echo(f"Error: {command}{error.format_message()}", err=True)
            ctx.exit(EXIT_INPUT)
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
    function = click.option("--date", "archived_on", callback=_check_date,
                            help="Archive date YYYY-MM-DD.")(function)
    return click.option("--url", "source_url", help="Source URL of the policy.")(function)


_strict_option = click.option(
    "--strict", is_flag=True,
    help="Stop (exit 2) at the first policy that cannot be read, instead of skipping it with a "
         "warning.")


def _check_date(ctx, param, value):
    if value is not None:
        try:
            policy_from_text("x", policy_id="option", archived_on=value)
        except PolicyKGError:
            raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None
    return value


class _Skips:
    """Policies a corpus verb skipped: a warning line each, a summary, and the exit code."""

    def __init__(self, strict: bool) -> None:
        self.strict, self.skipped, self.read = strict, 0, 0

    def __call__(self, error: PolicyKGError) -> None:
        if self.strict:
            raise error
        self.skipped += 1
        click.echo(f"Warning: {error} (skipped)", err=True)

    def note(self, extraction) -> None:
        self.read += 1
        for note in extraction.document.notes:
            where = extraction.document.source_path or extraction.document.policy_id
            click.echo(f"Warning: {where}: {note}", err=True)

    def finish(self) -> str:
        if self.skipped and not self.read:
            raise InputError("input", f"no policy could be read ({self.skipped} skipped)")
        return f", {self.skipped} skipped" if self.skipped else ""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Graph file; its extension picks the format (.nq streams a corpus to disk; "
                   ".trig .jsonld .ttl .nt ... are built in memory).")
@click.option("--store", "store", metavar="memory|oxigraph:DIR", default="memory",
              show_default=True, help="Where the graph goes: the -o file, or an Oxigraph store "
                                      "on disk (bulk-loaded, for corpora).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Extraction processes (default 0: one per core).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted corpus build (.nq or --store) where it stopped.")
@_policy_options
@_strict_option
def build_cmd(paths, output, store, jobs, resume, site, archived_on, source_url, strict):
    """Build the knowledge graph of PATHS (files, folders, .jsonl; default: the samples)."""
    from policykg.graphs.oxigraph_store import load_store, store_spec

    directory = store_spec(store) if store != "memory" else None
    if store != "memory" and directory is None:
        raise click.BadParameter(f"{store!r}: use memory or oxigraph:DIR", param_hint="--store")
    if output is None and directory is None:
        raise click.BadParameter("give -o FILE or --store oxigraph:DIR", param_hint="-o")
    if directory is not None and output is not None and rdf_format(output).name != "nquads":
        raise click.BadParameter("with --store, -o names the N-Quads dump and must end in .nq",
                                 param_hint="-o")
    options = dict(site=site, archived_on=archived_on, source_url=source_url)
    if directory is not None or rdf_format(output).name == "nquads":
        nquads = output or directory.with_name(directory.name + ".nq")
        skips = _Skips(strict)
        report = build_nquads(paths, nquads, jobs=jobs, resume=resume, on_error=skips,
                              progress=lambda r: _progress(skips, r), **options)
        summary = skips.finish()
        if directory is not None:
            load_store(nquads, directory)
            if output is None:
                nquads.unlink()
        target = f"oxigraph:{directory}" if directory else str(output)
        click.echo(f"{skips.read} policies{summary}"
                   + (f" ({report.resumed} from the interrupted build)" if report.resumed else "")
                   + f", {report.practices} practices -> {target}", err=True)
        return
    rdf_format(output)  # an unknown extension fails before any work
    skips, counts = _Skips(strict), {"practices": 0}

    def progress(extraction):
        skips.note(extraction)
        counts["practices"] += len(extraction.practices)

    dataset = build(paths, progress=progress, on_error=skips, **options)
    summary = skips.finish()
    save_dataset(dataset, output)
    click.echo(f"{skips.read} policies{summary}, {counts['practices']} practices, "
               f"{len(dataset)} triples -> {output}", err=True)


def _progress(skips, result) -> None:
    skips.read += 1
    for note in result.notes:
        click.echo(f"Warning: {result.key}: {note}", err=True)


build_cmd.name = "build"


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_policy_options
@_strict_option
def facts(paths, site, archived_on, source_url, strict):
    """OPP-115-style facts of each policy in PATHS as JSON lines (default: the samples)."""
    skips = _Skips(strict)
    for extraction in extractions(paths, on_error=skips, site=site, archived_on=archived_on,
                                  source_url=source_url):
        skips.note(extraction)
        triples = policy_triples(extraction.document, extraction.practices, EXTRACTOR_VERSION)
        for row in facts_rows(TripleIndex(triples)):
            click.echo(json.dumps(row, ensure_ascii=False))
    summary = skips.finish()
    if summary:
        click.echo(f"{skips.read} policies{summary}", err=True)


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
        matches = extraction.reader.matches_read(sentence)
        if matches:
            base = sentence.start
            click.echo("  matches: " + "; ".join(
                f"{m.category}:{short(m.concept)}={sentence.text[m.start - base:m.end - base]!r}"
                for m in matches))
        for practice in found:
            click.echo("  -> " + _describe(practice))




def _describe(practice) -> str:
    parts = [f"{short(practice.kind)} {short(practice.polarity).lower()}",
             f"actor={short(practice.actor)}"]
    for label, values in (("data", practice.data_types), ("to", practice.recipients),
                          ("named", practice.named_parties), ("for", practice.purposes),
                          ("if", practice.conditions)):
        if values:
            parts.append(f"{label}=" + ",".join(map(short, values)))
    # the literal details of a statement ("mechanism=My Account", "honorsDoNotTrack=false")
    parts += [f"{short(prop)}={value}" for prop, value, _ in practice.details]
    return "  ".join(parts) + f"  [rule {practice.rule}; words: {', '.join(practice.matched)}]"


@main.command()
@click.argument("graph", type=click.Path(path_type=Path), required=False)
@click.option("--profile", "profiles", multiple=True, metavar="NAME",
              help="SHACL profile to check (repeatable; default core). See --list-profiles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "turtle"]), default="table",
              show_default=True, help="turtle: the standard SHACL validation report in RDF.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Validate policy graphs in this many processes.")
@click.option("--list-profiles", is_flag=True, help="List the profiles and their sources.")
def check(graph, profiles, fmt, output, jobs, list_profiles):
    """Validate GRAPH with SHACL profiles; exit 0 conforms, 1 violations, 2 bad input.

    Completeness profiles (fipps, caloppa, coppa, gdpr-art13) print, per site, which disclosures
    the policy makes (with the evidence sentence) and which it omits (Warning or Info).
    """
    from policykg.graphs.shacl import check_profiles, report_graph
    from policykg.graphs.shacl import list_profiles as shipped
    from policykg.ontology import profile_names

    if list_profiles:
        rows = [[p.name, str(len(p.requirements)), p.label, p.source] for p in shipped()]
        click.echo(format_rows(["profile", "requirements", "encodes", "source"], rows, "table"),
                   nl=False)
        return
    if graph is None:
        raise click.UsageError("missing argument GRAPH (or use --list-profiles)")
    profiles = list(dict.fromkeys(profiles or ["core"]))
    for profile in profiles:
        if profile not in profile_names():
            raise click.BadParameter(f"unknown profile {profile!r}; valid: "
                                     f"{', '.join(profile_names())}", param_hint="--profile")
    reports = check_profiles(load_dataset(graph), profiles, jobs)
    if fmt == "turtle":
        text = report_graph(reports).serialize(format="turtle")
    elif fmt == "json":
        text = json.dumps(_check_json(reports), indent=1, ensure_ascii=False) + "\n"
    else:
        text = "".join(_check_table(report) for report in reports)
    _emit(text, output)
    conforms = all(r.conforms for r in reports)
    for report in reports:
        state = "conforms" if report.conforms else "does not conform"
        click.echo(f"{graph}: {state} to profile {report.profile!r} "
                   f"({report.graphs} graphs, {len(report.results)} results)", err=True)
    sys.exit(EXIT_OK if conforms else EXIT_VIOLATIONS)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        from policykg.graphs.store import write_atomically

        write_atomically(output, text.encode("utf-8"))


def _check_json(reports) -> dict:
    return {"profile": ",".join(r.profile for r in reports),
            "conforms": all(r.conforms for r in reports),
            "graphs": max((r.graphs for r in reports), default=0),
            "results": [dict(r.__dict__, profile=report.profile)
                        for report in reports for r in report.results],
            "requirements": [d.__dict__ for report in reports for d in report.disclosures],
            "scores": [dict(s.__dict__, share=s.share)
                       for report in reports for s in report.scores()]}


def _check_table(report) -> str:
    """core: one line per result; a completeness profile: site x requirement, then one row per
    requirement with its evidence sentence (disclosed) or what is missing."""
    if not report.disclosures:
        return "".join(f"{r.severity}\t{short(r.graph)}\t{r.focus}\t{short(r.path)}\t"
                       f"{r.message}\n" for r in report.results)
    names = list(dict.fromkeys(d.requirement for d in report.disclosures))
    cells = {(d.policy, d.requirement): d.disclosed for d in report.disclosures}
    matrix = [[s.site, s.date] + ["yes" if cells[(s.policy, n)] else "no" for n in names]
              + [f"{s.share:.2f}"] for s in report.scores()]
    rows = [[d.site, d.requirement, "disclosed" if d.disclosed else f"missing ({d.severity})",
             d.details, d.evidence if d.disclosed else d.message]
            for d in sorted(report.disclosures, key=lambda d: (d.site, d.date))]
    return (f"profile {report.profile}\n"
            + format_rows(["site", "date"] + names + ["score"], matrix, "table") + "\n"
            + format_rows(["site", "requirement", "status", "details", "evidence or omission"],
                          rows, "table") + "\n")


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
    opened = open_graph(graph)
    result = run_query(opened, named, values)
    rows = [[("" if v is None else str(v)) for v in row] for row in result]
    if not rows and "GRAPH ?" in named.text and isinstance(opened, Dataset) \
            and not policy_graphs(opened):
        click.echo(f"Note: {graph} holds no named graphs (a merged file); {named.name} reads "
                   "each policy's graph: build to .trig, .nq or a store.", err=True)
    click.echo(format_rows([str(v) for v in result.vars], rows, fmt), nl=False)


@main.command()
def queries():
    """List the named queries with their parameters."""
    for name in query_names():
        named = load_query(name)
        params = " ".join(f"{p.name}={p.default}" for p in named.parameters)
        click.echo(f"{name}\t{named.title}" + (f"\t[{params}]" if params else ""))


_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
                       default="table", show_default=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--report", "-r", default="ranking", show_default=True,
              type=click.Choice(["ranking", "similarity", "communities", "flows", "paths"]),
              help="ranking: recipient kinds and data types by sites and betweenness; "
                   "similarity: Jaccard of sites' practices; communities: groups of sites; "
                   "flows: site -> data -> recipient; paths: how --from can reach --to.")
@click.option("--from", "source", metavar="DATA_TYPE", help="paths: the data type.")
@click.option("--to", "target", metavar="RECIPIENT", help="paths: the recipient kind.")
@click.option("--resolution", type=float, default=1.2, show_default=True,
              help="communities: above 1 favours smaller groups.")
@click.option("--graphml", type=click.Path(path_type=Path),
              help="Also write the networkx projection to this GraphML file.")
@_FORMAT
def analyze(graph, report, source, target, resolution, graphml, fmt):
    """Network analyses of GRAPH: rankings, site similarity and communities, data flows."""
    from policykg.graphs.analysis import REPORTS
    from policykg.graphs.analysis import analyze as run_analysis
    from policykg.queries import resolve_term

    dataset = load_dataset(graph)
    source = source and str(resolve_term(source, "pk:DataTypes"))
    target = target and str(resolve_term(target, "pk:PartyKinds"))
    records = run_analysis(dataset, report, source=source, target=target, resolution=resolution)
    if graphml:
        _write_graphml(dataset, graphml)
    click.echo(_records_output(REPORTS[report], records, fmt), nl=False)


def _write_graphml(dataset, path: Path) -> None:
    import networkx as nx

    from policykg.graphs.analysis import practice_network
    from policykg.graphs.store import write_atomically

    out = io.BytesIO()
    nx.write_graphml(practice_network(dataset), out)
    write_atomically(path, out.getvalue())


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--site", help="Only this site's policies (its domain).")
@click.option("--action", type=click.Choice(["collection", "use", "sharing", "sale", "retention"]),
              help="Only pairs whose affirmed practice is of this kind (or below it).")
@_FORMAT
def contradictions(graph, site, action, fmt):
    """Pairs of statements in one policy where a negation covers an affirmation."""
    from policykg.graphs.contradictions import Contradiction
    from policykg.graphs.contradictions import contradictions as find

    records = find(load_dataset(graph), site=site, action=action)
    click.echo(_records_output(Contradiction, records, fmt), nl=False)


@main.command()
@click.argument("first", type=click.Path(path_type=Path))
@click.argument("second")
@_FORMAT
def diff(first, second, fmt):
    """Practices added, removed and changed between versions of a site's policy.

    Either GRAPH SITE (every archived version of SITE in GRAPH, by date) or OLD_POLICY
    NEW_POLICY (two policy files of one site).
    """
    from policykg.graphs.diff import Change, diff_site
    from policykg.graphs.formats import FORMATS

    if any(first.suffix.lower() in f.extensions for f in FORMATS.values()):
        dataset, site = load_dataset(first), second
    else:
        dataset = build([first, Path(second)])
        site = _single_site(dataset)
    click.echo(_records_output(Change, diff_site(dataset, site), fmt), nl=False)


def _single_site(dataset) -> str:
    from policykg.extract.errors import InputError
    from policykg.graphs.practices import practice_records

    sites = sorted({r.site for r in practice_records(dataset)})
    if len(sites) != 1:
        raise InputError(" ".join(sites), "the two policy files are not of one site")
    return sites[0]


def _records_output(record_type, records: list, fmt: str) -> str:
    """Dataclass records as a table, CSV or JSON with format_rows."""
    import dataclasses

    header = [f.name for f in dataclasses.fields(record_type)]
    rows = [[str(getattr(r, name)) for name in header] for r in records]
    return format_rows(header, rows, fmt)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows per answer at most.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may spend producing rows.")
def serve(graph, host, port, max_rows, timeout):
    """Serve GRAPH (a file or oxigraph:DIR) as a read-only SPARQL endpoint with the named
    queries at /queries/NAME."""
    from policykg.graphs.oxigraph_store import OxigraphGraph
    from policykg.graphs.server import Limits, make_server

    opened = open_graph(graph)
    backend = opened if isinstance(opened, OxigraphGraph) else OxigraphGraph.from_dataset(opened)
    try:
        server = make_server(backend, host, port, Limits(max_rows, timeout))
    except OSError as error:
        raise InputError(f"{host}:{port}", f"cannot listen ({error.strerror})") from None
    click.echo(f"SPARQL endpoint on http://{host}:{server.server_address[1]}/sparql "
               f"(named queries at /queries); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store for Oxigraph.")
def push(graph, endpoint):
    """Load the named graphs of GRAPH (a file or oxigraph:DIR) into a SPARQL 1.1 Graph Store
    Protocol server, one PUT per graph."""
    from policykg.graphs.push import push as push_graphs

    report = push_graphs(load_dataset(graph), endpoint)
    click.echo(f"{report.graphs} graphs, {report.triples} triples -> {endpoint}", err=True)


@main.command("export")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--format", "fmt", metavar="FORMAT",
              help="turtle ntriples nquads trig json-ld | graphml gexf cytoscape dot csv | html "
                   "| png svg (default: from OUT's extension).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Output file (csv: a folder that gets nodes.csv and edges.csv).")
@click.option("--view", type=click.Choice(["practices", "flows", "sites"]),
              help="What a network, page or picture shows: the full practice graph, site -> "
                   "data type -> recipient kind flows, or sites linked by shared recipients "
                   "(default: flows for html, png and svg; practices otherwise).")
def export_cmd(graph, fmt, output, view):
    """Export GRAPH for visualisation tools: RDF, GraphML, GEXF, Cytoscape.js, DOT, CSV, an
    interactive HTML page or a PNG/SVG picture."""
    from policykg.graphs.exports import export

    chosen = export(load_dataset(graph), output, fmt=fmt, view=view)
    shown = "" if chosen.source == "rdf" else f" ({view or chosen.default_view} view)"
    click.echo(f"{chosen.name}{shown} -> {output}", err=True)


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
    value = short(value) if value.startswith("https://w3id.org/policykg/ns#") else value
    if value.startswith(SITES):  # a site IRI reads as its domain in a table
        value = unquote(value[len(SITES):])
    return value if len(value) <= TABLE_CELL else value[:TABLE_CELL - 1] + "…"
