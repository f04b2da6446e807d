"""`make mutation`'s report: the share of mutants killed per mutated module (mutmut 3 results).

Reads the ``mutants/**/*.py.meta`` files mutmut writes; a mutant counts as killed when the tests
failed on it (exit code 1 or 3), timed out, or the type checker caught it. Exits 1 when a module
is below the target (90 %).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = 0.90
KILLED = {1, 3, 36, 37, 24, -24, 152, 255}


def scores(root: Path) -> dict[str, tuple[int, int]]:
    """module -> (killed, checked)"""
    found: dict[str, tuple[int, int]] = {}
    for meta in sorted(root.rglob("*.py.meta")):
        codes = json.loads(meta.read_text())["exit_code_by_key"].values()
        checked = [c for c in codes if c is not None]
        if checked:
            module = str(meta.relative_to(root)).removesuffix(".meta")
            found[module] = (sum(c in KILLED for c in checked), len(checked))
    return found


def main() -> int:
    below = 0
    for module, (killed, checked) in scores(Path("mutants")).items():
        share = killed / checked
        below += share < TARGET
        print(f"{module:40} {killed:5}/{checked:<5} {share:6.1%}")
    print(f"target {TARGET:.0%} per module; {below} module(s) below it")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
