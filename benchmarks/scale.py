"""Scale benchmarks on synthetic corpora made by recombining sentences of real policies.

Run by hand (it takes a while and needs a few GB of disk for the largest corpus):

    .venv/bin/python benchmarks/scale.py [--sizes 1000 10000 100000] [--work DIR]

Each synthetic policy is a random selection of 6-16 paragraphs from the five bundled sample
policies (real sentences, recombined, with a fresh site name and date), so extraction does real
work and the graph has the shape of a real corpus. Printed, all measured in this one run:

1. extraction throughput with 1 and 2 worker processes, and the speedup;
2. peak memory (RSS) of a corpus build of each size, in a fresh process: it must not grow with
   the corpus;
3. load and query time of the same graph in rdflib and in Oxigraph (payment-partners and a
   GROUP BY over recipient kinds), and their ratio;
4. payment-partners and the GROUP BY on the largest corpus from Oxigraph (targets for
   100k policies: < 1 s and < 2 s).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ("> *The following text is extracted and transformed from the {site} privacy policy "
          "that was archived on {date}. Please check the [original snapshot on the Wayback "
          "Machine](https://web.archive.org/web/2010/http://{site}/privacy) for the most "
          "accurate reproduction.*\n\n")
GROUP_BY = "recipient-kinds"  # the named query: policies per recipient kind (a GROUP BY)


def paragraphs() -> list[str]:
    from policykg.graphs import sample_paths

    out = []
    for path in sample_paths():
        text = path.read_text(encoding="utf-8")
        body = text.split("\n", 1)[1] if text.startswith(">") else text
        out += [p.strip() for p in body.split("\n\n") if len(p.split()) > 5]
    return out


def write_corpus(path: Path, size: int, seed: int = 7) -> Path:
    """A JSONL corpus of ``size`` synthetic policies (cached by size)."""
    if path.exists():
        return path
    rng = random.Random(seed)
    pool = paragraphs()
    with open(path, "w", encoding="utf-8") as out:
        for index in range(size):
            site = f"site{index}.example"
            date = f"20{rng.randint(0, 15):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            body = "\n\n".join(rng.sample(pool, rng.randint(6, 16)))
            text = HEADER.format(site=site, date=date) + body
            out.write(json.dumps({"id": f"synthetic-{index}", "text": text}) + "\n")
    return path


def timed(function):
    start = time.perf_counter()
    value = function()
    return value, time.perf_counter() - start


def build_in_child(corpus: Path, output: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a build in a fresh process (peak of it and its workers)."""
    code = ("import sys, resource, time; from policykg.graphs.corpus import build_nquads; "
            "t = time.perf_counter(); "
            "build_nquads([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3])); "
            "print(time.perf_counter() - t, max(resource.getrusage(resource.RUSAGE_SELF)"
            ".ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(corpus), str(output), str(jobs)],
                         capture_output=True, text=True, check=True)
    seconds, megabytes = map(float, out.stdout.split())
    return seconds, megabytes


def extraction_scaling(work: Path, size: int) -> None:
    corpus = write_corpus(work / f"corpus-{size}.jsonl", size)
    one, _ = build_in_child(corpus, work / "one.nq", 1)
    two, _ = build_in_child(corpus, work / "two.nq", 2)
    print(f"extraction, {size} policies: 1 process {size / one:7.1f} policies/s, "
          f"2 processes {size / two:7.1f} policies/s, speedup {one / two:4.2f}x")


def memory(work: Path, sizes: list[int]) -> None:
    for size in sizes:
        corpus = write_corpus(work / f"corpus-{size}.jsonl", size)
        seconds, megabytes = build_in_child(corpus, work / f"corpus-{size}.nq", 2)
        print(f"build {size:>7} policies: {seconds:8.1f} s, peak RSS {megabytes:7.1f} MB "
              f"(per process)", flush=True)


def rdflib_vs_oxigraph(work: Path, size: int) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    from policykg.graphs.oxigraph_store import OxigraphGraph
    from policykg.graphs.store import add_ontology
    from policykg.queries import run_query

    nquads = work / f"corpus-{size}.nq"
    if not nquads.exists():
        build_in_child(write_corpus(work / f"corpus-{size}.jsonl", size), nquads, 2)
    dataset = Dataset(default_union=True)
    _, rdflib_load = timed(lambda: dataset.parse(nquads, format="nquads"))
    add_ontology(dataset)
    store = ox.Store()
    _, ox_load = timed(lambda: store.load(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    graph = OxigraphGraph(store)
    rows_r, rdflib_query = timed(lambda: len(list(run_query(dataset, "payment-partners"))))
    rows_o, ox_query = timed(lambda: len(list(run_query(graph, "payment-partners"))))
    _, rdflib_group = timed(lambda: list(run_query(dataset, GROUP_BY)))
    _, ox_group = timed(lambda: list(run_query(graph, GROUP_BY)))
    print(f"same graph, {size} policies, {len(dataset)} triples:")
    print(f"  load            rdflib {rdflib_load:8.2f} s  oxigraph {ox_load:6.2f} s  "
          f"ratio {rdflib_load / ox_load:6.1f}x")
    print(f"  payment-partners rdflib {rdflib_query:7.2f} s  oxigraph {ox_query:6.3f} s  "
          f"ratio {rdflib_query / ox_query:6.1f}x  ({rows_r} / {rows_o} rows)")
    print(f"  GROUP BY kinds  rdflib {rdflib_group:8.2f} s  oxigraph {ox_group:6.3f} s  "
          f"ratio {rdflib_group / ox_group:6.1f}x")


def largest(work: Path, size: int) -> None:
    from policykg.graphs.oxigraph_store import OxigraphGraph, load_store
    from policykg.queries import run_query

    nquads, directory = work / f"corpus-{size}.nq", work / f"store-{size}"
    if not directory.exists():
        _, seconds = timed(lambda: load_store(nquads, directory))
        print(f"bulk load of {size} policies into Oxigraph: {seconds:.1f} s")
    graph = OxigraphGraph.open(directory)
    list(run_query(graph, "payment-partners"))  # warm the cache once
    rows, query = timed(lambda: len(list(run_query(graph, "payment-partners"))))
    groups, group_by = timed(lambda: list(run_query(graph, GROUP_BY)))
    print(f"{size} policies ({len(graph)} quads) from Oxigraph: payment-partners {query:.3f} s "
          f"({rows} rows; target < 1 s), GROUP BY recipient kinds {group_by:.3f} s "
          f"({len(groups)} kinds; target < 2 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--compare-size", type=int, default=500,
                        help="policies in the rdflib vs Oxigraph comparison")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="policykg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder {work}; cores {len(__import__('os').sched_getaffinity(0))}", flush=True)
    extraction_scaling(work, min(args.sizes[0], 2000))
    memory(work, args.sizes)
    rdflib_vs_oxigraph(work, args.compare_size)
    largest(work, max(args.sizes))
    print(f"this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
          " MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
