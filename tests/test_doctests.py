"""The examples in the package's docstrings are run and must still be true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import policykg.extract
import policykg.graphs
import policykg.ontology
import policykg.queries

MODULES = sorted({info.name for package in (policykg.extract, policykg.graphs,
                                             policykg.ontology, policykg.queries)
                  for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")}
                 | {"policykg.extract", "policykg.graphs"})


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
