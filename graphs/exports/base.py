"""What every export format is: a name, the file extensions that select it, and a writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ExportFormat:
    """One export format of the registry in :mod:`policykg.graphs.exports`.

    ``source`` says what ``write`` takes: ``"rdf"`` the rdflib Dataset itself, ``"view"`` the
    networkx graph of a view (:mod:`policykg.graphs.views`), built from ``default_view`` when
    the caller names none. ``write(source, path)`` writes atomically.
    """

    name: str
    extensions: tuple[str, ...]
    source: str
    description: str
    write: Callable[[Any, Path], None]
    default_view: str = "practices"
