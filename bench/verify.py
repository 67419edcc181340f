"""Accuracy of `claims.verify` on EQUATE's quantitative NLI pairs (dev part).

Each pair's premise is the one source, its hypothesis the claim; the label is what the
verdict should be: entailment = supported, contradiction = contradicted, neutral =
not_addressed. RTE-Quant and AWPNLI have two classes (entailed or not: RTE-Quant says
"neutral", AWPNLI "contradiction" for not entailed), so there a verdict is scored as
supported or not; RedditNLI has three and is scored on all three. The strict three-way
figure is printed beside for every set. Reads ``../shared/benchmarks/equate-dev/``
(never copied into the repository).

    python bench/verify.py                     # accuracy per set beside the majority class
    python bench/verify.py --misses 20         # and up to 20 missed pairs per set
    python bench/verify.py --set AWPNLI
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "equate-dev" / "equate-dev.jsonl"
sys.path.insert(0, str(REPO))

import claims  # noqa: E402

LABEL = {"supported": "entailment", "contradicted": "contradiction", "not_addressed": "neutral"}
#: Targets from issue 13 (accuracy, %).
TARGETS = {"RTE_Quant": 80.0, "RedditNLI": 80.0, "AWPNLI": 70.0}


def _predicted(verdict: str, row: dict) -> str:
    """The label a verdict stands for in the row's set (two classes: entailed or not)."""
    if row["n_classes"] == 3:
        return LABEL[verdict]
    if verdict == "supported":
        return "entailment"
    return "neutral" if row["subset"] == "RTE_Quant" else "contradiction"


def _cause(result: claims.Verification, row: dict, predicted: str) -> str:
    """Why a pair was missed, in the verifier's own terms."""
    if not result.verdicts:
        return "claim: no figure read"
    if predicted == "entailment":
        derived = any(e.derivation for v in result.verdicts for e in v.evidence)
        return "false support (arithmetic)" if derived else "false support"
    if row["label"] == "entailment":
        if any(v.verdict == "contradicted" for v in result.verdicts):
            return "missed support: evidence contradicts"
        if any(not v.evidence for v in result.verdicts):
            return "missed support: no evidence"
        return "missed support: evidence undecided"
    if row["label"] == "contradiction":
        return "missed contradiction"
    return "false contradiction"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--set", action="append", help="RTE_Quant, RedditNLI or AWPNLI")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per set")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    if args.set:
        rows = [r for r in rows if r["subset"] in args.set]
    by_set: dict[str, list[tuple[dict, str, str, claims.Verification]]] = {}
    started = time.perf_counter()
    for row in rows:
        result = claims.verify(row["hypothesis"], [row["premise"]])
        by_set.setdefault(row["subset"], []).append(
            (row, _predicted(result.verdict, row), LABEL[result.verdict], result)
        )
    elapsed = time.perf_counter() - started
    print(f"claims.verify on EQUATE dev ({len(rows)} pairs, {elapsed:.1f} s)\n")
    print(f"{'set':<10} {'pairs':>5} {'accuracy':>9} {'majority':>9} {'target':>7} {'3-way':>6}")
    for name, items in by_set.items():
        labels = Counter(r["label"] for r, *_ in items)
        majority = 100 * labels.most_common(1)[0][1] / len(items)
        right = sum(r["label"] == p for r, p, _, _ in items)
        strict = sum(r["label"] == s for r, _, s, _ in items)
        print(
            f"{name:<10} {len(items):>5} {100 * right / len(items):>8.1f}% {majority:>8.1f}% "
            f"{TARGETS.get(name, 0):>6.0f}% {100 * strict / len(items):>5.1f}%"
        )
    print("\nmisses by cause")
    for name, items in by_set.items():
        causes = Counter(_cause(res, r, p) for r, p, _, res in items if r["label"] != p)
        print(f"  {name}: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    for items in by_set.values():
        misses = [(r, p, res) for r, p, _, res in items if r["label"] != p][: args.misses]
        for r, p, res in misses:
            print(f"\n[{r['id']}] gold {r['label']}, got {res.verdict} ({_cause(res, r, p)})")
            print(f"  P: {r['premise'][:300]}")
            print(f"  H: {r['hypothesis'][:300]}")
            print(f"  -> {res.explanation[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
