"""CPU instructions of claimcheck's extraction, counted by valgrind (callgrind) where the
machine has no hardware counters for `perf stat -e instructions`.

Counts three runs in fresh processes: the interpreter with `import claims` only, the
same plus `claims.extract` of the first ``--articles`` GVC articles, and the same plus
`claims.check` of them; prints the instructions of the extraction and of the check
alone (differences), and per KB of text. Instruction counts are what the shared
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

STEPS = {
    "import": "import claims",
    "extract": "import claims, json; d = json.load(open({path!r}));"
    " a = [claims.extract(t) for t in d]",
    "check": "import claims, json; d = json.load(open({path!r}));"
    " a = [claims.extract(t) for t in d]; claims.check(a)",
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
    extract = counts["extract"] - counts["import"]
    check = counts["check"] - counts["extract"]
    print(f"{len(texts)} GVC articles, {kb:.0f} KB (callgrind, instructions)")
    print(f"  import claims            {counts['import'] / 1e9:8.3f} G")
    print(f"  extract (first included) {extract / 1e9:8.3f} G  {extract / kb / 1e6:7.2f} M per KB")
    print(f"  check                    {check / 1e9:8.3f} G")
    return 0


if __name__ == "__main__":
    sys.exit(main())
