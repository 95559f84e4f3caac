"""Exports of a built graph for the tools people visualise and analyse graphs with.

Formats are looked up by name in :data:`EXPORTS` (or, without a name, by the output's
extension); an unknown name is an :class:`~policykg.extract.errors.InputError` listing the valid
ones. RDF formats write the dataset itself; the others write a view of it
(:mod:`policykg.graphs.views`): ``practices``, ``flows`` or ``sites``.

=============  ==========================================================================
family         formats (module)
=============  ==========================================================================
RDF            turtle, ntriples, nquads, trig, json-ld (:mod:`.rdf`)
networks       graphml, gexf, cytoscape, dot, csv (:mod:`.network`)
page           html: one self-contained interactive page (:mod:`.html`)
pictures       png, svg: a static overview (:mod:`.picture`)
=============  ==========================================================================

>>> sorted(EXPORTS)[:4]
['csv', 'cytoscape', 'dot', 'gexf']
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from policykg.extract.errors import InputError
from policykg.graphs.exports import html, network, picture, rdf
from policykg.graphs.exports.base import ExportFormat
from policykg.graphs.views import view_graph

EXPORTS: dict[str, ExportFormat] = {
    f.name: f for module in (rdf, network, html, picture) for f in module.FORMATS}
_BY_EXTENSION = {ext: f for f in EXPORTS.values() for ext in f.extensions}


def export_format(name: str | None, output: str | Path | None = None) -> ExportFormat:
    """The format called ``name``, or the one ``output``'s extension names when ``name`` is None.

    >>> export_format("GraphML").name, export_format(None, "flows.gexf").name
    ('graphml', 'gexf')
    """
    if name is None:
        suffix = Path(output or "").suffix.lower()
        if suffix in _BY_EXTENSION:
            return _BY_EXTENSION[suffix]
        raise InputError(str(output), f"no format given and the extension {suffix or '(none)'!r}"
                         f" names none; valid formats: {', '.join(EXPORTS)}")
    try:
        return EXPORTS[name.lower()]
    except KeyError:
        raise InputError(name, f"unknown export format; valid: {', '.join(EXPORTS)}") from None


def export(dataset: Dataset, output: str | Path, *, fmt: str | None = None,
           view: str | None = None) -> ExportFormat:
    """Write ``dataset`` (or its ``view``) to ``output`` in format ``fmt``; returns the format.

    Raises :class:`InputError` for an unknown format or view, a view given to an RDF format, or
    a missing output folder. The output is written to a temporary file and renamed into place.
    """
    chosen = export_format(fmt, output)
    if chosen.source == "rdf":
        if view is not None:
            raise InputError(view, f"{chosen.name} writes the RDF graph itself; views are for "
                             "the network, page and picture formats")
        chosen.write(dataset, Path(output))
    else:
        chosen.write(view_graph(dataset, view or chosen.default_view), Path(output))
    return chosen


__all__ = ["EXPORTS", "ExportFormat", "export", "export_format"]
