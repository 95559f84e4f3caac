"""Everything done to built graphs: corpus build, stores, SHACL checks, facts, analyses, the CLI.

>>> from policykg.graphs import build, check
>>> dataset = build()                      # the bundled sample corpus
>>> check(dataset).conforms
True
"""

from __future__ import annotations

from policykg.graphs.analysis import analyze, practice_network
from policykg.graphs.build import build, extractions, sample_paths
from policykg.graphs.contradictions import Contradiction, contradictions
from policykg.graphs.diff import Change, diff_site
from policykg.graphs.facts import Fact, facts_of_graph, facts_rows
from policykg.graphs.formats import FORMATS, rdf_format
from policykg.graphs.practices import PracticeRecord, practice_records
from policykg.graphs.shacl import Report, Result, check
from policykg.graphs.store import load_dataset, new_dataset, policy_graphs, save_dataset

__all__ = ["build", "extractions", "sample_paths", "Fact", "facts_of_graph", "facts_rows",
           "FORMATS", "rdf_format", "Report", "Result", "check", "load_dataset", "new_dataset",
           "policy_graphs", "save_dataset", "analyze", "practice_network", "Contradiction",
           "contradictions", "Change", "diff_site", "PracticeRecord", "practice_records"]
