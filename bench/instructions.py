"""CPU instructions of claimcheck's extraction, counted by valgrind (callgrind) where the
machine has no hardware counters for `perf stat -e instructions`.

Counts four runs in fresh processes: `import claims` alone; then pint's registries built
and one article extracted (what a process pays once); then the first ``--articles`` GVC
articles extracted; then checked. Differences give each step's instructions: extraction
warm (per KB of text) and the check. Instruction counts are what the shared
machine's load does not change (wall-clock time swings by 2x there).

    python bench/instructions.py --articles 40       # about a minute under valgrind
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"

#: pint's registry built (one per library since this branch, one per reader before)
_WARM = (
    "import claims, json, sys; d = json.load(open({path!r}));"
    " [getattr(sys.modules[m], f)() for m, f in"
    " (('claims.numbers.units', '_registry'), ('claims.compare.units', '_units'))];"
    " claims.extract(d[0])"
)
STEPS = {
    "import": "import claims",
    "warm": _WARM,
    "extract": _WARM + "; a = [claims.extract(t) for t in d]",
    "check": _WARM + "; a = [claims.extract(t) for t in d]; claims.check(a)",
}


def instructions(code: str) -> int:
    """Instructions (callgrind's Ir) of `python -c code` in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
            + ["-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(done.stderr[-500:])
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args(argv)
    texts: list[str] = []
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if text.strip():
                texts.append(text)
            if len(texts) >= args.articles:
                break
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1000
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(texts, handle)
    counts = {step: instructions(code.format(path=handle.name)) for step, code in STEPS.items()}
    Path(handle.name).unlink()
    first = counts["warm"] - counts["import"]
    extract = counts["extract"] - counts["warm"]
    check = counts["check"] - counts["extract"]
    print(f"{len(texts)} GVC articles, {kb:.0f} KB (callgrind, instructions)")
    print(f"  import claims                     {counts['import'] / 1e9:8.3f} G")
    print(f"  pint registries + a first extract {first / 1e9:8.3f} G")
    print(
        f"  extract, warm                     {extract / 1e9:8.3f} G  {extract / kb / 1e6:7.2f} M/KB"
    )
    print(f"  check                             {check / 1e9:8.3f} G")
    return 0


if __name__ == "__main__":
    sys.exit(main())
