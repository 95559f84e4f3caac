"""Shared fixtures: the sample corpus, its built graph, and the evaluation data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graphs import build, sample_paths

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


def domain(site) -> str:
    """The domain of a site IRI (``.../id/site/music123.com``), as summary queries answer sites."""
    return str(site).rsplit("/", 1)[-1]


def sample(stem_prefix: str) -> Path:
    """The bundled sample policy whose file name starts with ``stem_prefix`` ("003")."""
    return next(p for p in sample_paths() if p.name.startswith(stem_prefix))


@pytest.fixture(scope="session")
def sample_dataset():
    return build()


@pytest.fixture(scope="session")
def sample_graph_file(tmp_path_factory, sample_dataset):
    from policykg.graphs import save_dataset

    path = tmp_path_factory.mktemp("graph") / "samples.trig"
    save_dataset(sample_dataset, path)
    return path


@pytest.fixture
def shared_eval():
    folder = SHARED / "eval"
    if not (folder / "score.py").is_file():
        pytest.skip("../shared/eval is not present (evaluation data is kept outside the repo)")
    return folder
