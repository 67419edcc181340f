"""Peak memory of `claims.extract` on one long text, and import + first call.

The text is ``--mb`` MB (default 5) of news sentences: the GVC articles' bodies as
`claims.parse_document` finds them (page furniture left out, so the whole text is read,
not cut at the first comment section), joined into one text. Reported: sentences,
claims, the process's peak RSS before and after extracting (ru_maxrss), and CPU
seconds. Then, in a fresh process, import + first call on a sentence with a unit, in
wall-clock and CPU seconds (the issue's start-up figure; target < 0.4 s).

    python bench/long_text.py            # 5 MB: about 15 s
    python bench/long_text.py --mb 1
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"
STARTUP = (
    "import time; t = time.perf_counter(); c = time.process_time(); import claims;"
    " claims.extract('The storm dropped 5 inches of rain and killed 3 people in Ohio.');"
    " print(f'{time.perf_counter() - t:.3f} {time.process_time() - c:.3f}')"
)


def long_text(mb: float) -> str:
    import claims

    parts, size = [], 0
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if not text.strip():
                continue
            body = "\n\n".join(s.text for s in claims.parse_document(text).sentences)
            parts.append(body)
            size += len(body) + 2
            if size >= mb * 1e6:
                break
    return "\n\n".join(parts)[: int(mb * 1e6)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--startups", type=int, default=3, help="fresh processes timed")
    args = parser.parse_args(argv)
    import claims

    text = long_text(args.mb)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.process_time()
    article = claims.extract(text)
    seconds = time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(text) / 1e6:.1f} MB text, {len(article.claims):,} claims: peak RSS {peak:.0f} MB "
        f"(before extracting {before:.0f} MB), {seconds:.1f} CPU s (target peak < 150 MB)"
    )
    for _ in range(args.startups):
        done = subprocess.run(
            [sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True
        )
        wall, cpu = done.stdout.split()
        print(f"import + first call: {wall} s wall, {cpu} s CPU (target < 0.4 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
