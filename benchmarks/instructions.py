"""Instructions the extractor executes on OPP-115 dev texts: a measure machine load does not move.

Run by hand:  .venv/bin/python benchmarks/instructions.py [FOLDER] [--policies N]
FOLDER defaults to ../shared/eval/opp115-dev/policies (evaluation data, not shipped). Needs
valgrind (Debian package ``valgrind``); exits 2 without it.

Wall-clock throughput (benchmarks/extraction.py) drifts with whatever else the machine runs;
valgrind's instruction count does not, so it is the figure to compare two commits by. The script
runs a child Python twice under ``valgrind --tool=cachegrind``, extracting no policy and then N
policies (every third file), and prints the difference in millions of instructions: the
extraction alone, without interpreter start-up and lexicon compilation.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/opp115-dev/policies"
CHILD = """
import sys
from pathlib import Path
from policykg.extract import extract, policy_from_text
from policykg.extract.lexicon import compiled_lexicon
files = sorted(Path(sys.argv[1]).glob("*.txt"))[::3][:int(sys.argv[2])]
compiled_lexicon()
for f in files:
    extract(policy_from_text(f.read_text(encoding="utf-8"), policy_id=f.stem))
"""


def instructions(folder: Path, count: int) -> int:
    """Instructions executed by a child Python extracting ``count`` policies of ``folder``."""
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, str(folder), str(count)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if found is None:
        raise RuntimeError("valgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--policies", type=int, default=30)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not any(args.folder.glob("*.txt")):
        print(f"no .txt policies in {args.folder}", file=sys.stderr)
        return 2
    base = instructions(args.folder, 0)
    total = instructions(args.folder, args.policies)
    print(f"{args.policies} policies (every third file of {args.folder.name}): "
          f"{(total - base) / 1e6:.0f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
