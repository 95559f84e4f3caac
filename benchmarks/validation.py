"""SHACL validation time per 1,000 policies, for the core profile and for all profiles.

Run by hand:  .venv/bin/python benchmarks/validation.py [--copies N] [--jobs J]

Builds the five sample policies once, makes N synthetic copies of each policy graph (every IRI of
the policy renamed, so each copy is a policy of its own), and times ``check_profiles`` in one run:
first with ``core`` alone, then with every shipped profile (core, fipps, caloppa, coppa,
gdpr-art13), on one process and with J processes. Prints seconds per 1,000 policies.
"""

from __future__ import annotations

import argparse
import time

from rdflib import Dataset, URIRef

from policykg.graphs import build
from policykg.graphs.shacl import check_profiles
from policykg.graphs.store import new_dataset, policy_graphs
from policykg.ontology import profile_names


def synthetic(copies: int) -> Dataset:
    """The sample policy graphs, ``copies`` times each, with renamed IRIs."""
    dataset, originals = new_dataset(), policy_graphs(build())
    for index in range(copies):
        suffix = f"-copy{index}"
        for graph in originals:
            target = dataset.graph(URIRef(str(graph.identifier) + suffix))
            for s, p, o in graph:
                target.add((_rename(s, suffix), p, _rename(o, suffix)))
    return dataset


def _rename(term, suffix: str):
    text = str(term)
    if isinstance(term, URIRef) and text.startswith("https://w3id.org/policykg/id/"):
        return URIRef(text + suffix)
    return term


def timed(dataset: Dataset, profiles: list[str], jobs: int) -> float:
    start = time.perf_counter()
    reports = check_profiles(dataset, profiles, jobs)
    seconds = time.perf_counter() - start
    return seconds * 1000 / reports[0].graphs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    dataset = synthetic(args.copies)
    count = len(policy_graphs(dataset))
    every = sorted(profile_names(), key=lambda n: n != "core")
    print(f"{count} policies ({args.copies} renamed copies of the 5 samples)")
    for label, profiles in (("core", ["core"]), ("all profiles", every)):
        for jobs in (1, args.jobs):
            per = timed(dataset, profiles, jobs)
            print(f"{label:13} jobs={jobs}: {per:7.1f} s per 1,000 policies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
