"""Small named errors the library raises; the CLI maps each to one line and an exit code."""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base class of every error policykg raises on purpose."""

    exit_code = 2


class InputError(PolicyKGError):
    """A policy file, folder, graph or option cannot be read as given (exit code 2)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def __reduce__(self):  # survive a trip through a process pool
        return (type(self), (self.where, self.reason))


class LexiconError(PolicyKGError):
    """The ontology or a pattern file is malformed; every problem is listed with its location."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

    def __reduce__(self):
        return (type(self), (self.problems,))
