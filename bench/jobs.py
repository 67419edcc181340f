"""`claimcheck check` and `extract` on all cores: `--jobs 2` against `--jobs 1`.

Writes the first ``--articles`` GVC articles (default 2,000) to a temporary folder as
text files with a manifest.json (title, url, publication date), then times each command
with each ``--jobs`` value in a fresh process, alternating, ``--repeat`` times, and checks
that every run printed the same bytes. Reported: the best wall-clock time of each and the
speed-up of every ``--jobs`` over ``--jobs 1`` (wall-clock on a shared machine is noisy;
the best of several runs is the least disturbed).

    python bench/jobs.py                       # 2,000 articles, --jobs 1 and 2, 3 rounds
    python bench/jobs.py --articles 200 --repeat 1 --commands extract
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"


def write_corpus(folder: Path, articles: int) -> int:
    """The first `articles` GVC documents with text (a scraped page can be empty) as
    <doc_id>.txt plus a manifest; bytes written."""
    manifest, size = {}, 0
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            if len(manifest) >= articles:
                break
            doc = json.loads(line)
            if not doc["text"].strip():
                continue
            (folder / f"{doc['doc_id']}.txt").write_text(doc["text"], encoding="utf-8")
            size += len(doc["text"].encode("utf-8"))
            manifest[doc["doc_id"]] = {
                "title": doc.get("title"),
                "url": doc.get("url"),
                "published": (doc.get("dct") or "")[:10] or None,
            }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return size


#: the command in-process, then its own CPU seconds (not its workers') on stderr
_WRAPPER = (
    "import resource, sys; from service.cli import main; status = main(sys.argv[1:]);"
    " r = resource.getrusage(resource.RUSAGE_SELF);"
    " print(f'{r.ru_utime + r.ru_stime:.3f}', file=sys.stderr); sys.exit(status)"
)


def run(command: str, folder: Path, jobs: int) -> tuple[float, float, str]:
    """One `claimcheck COMMAND FOLDER --json --jobs N` in a fresh process: wall-clock
    seconds, CPU seconds of the command's own process (its workers' are not counted)
    and the SHA-256 of what it printed."""
    argv = [sys.executable, "-c", _WRAPPER, command, str(folder), "--json", f"--jobs={jobs}"]
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=True, cwd=REPO)
    wall = time.perf_counter() - start
    own = float(done.stderr.decode().split()[-1])
    return wall, own, hashlib.sha256(done.stdout).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--commands", nargs="+", default=["extract", "check"])
    args = parser.parse_args(argv)
    if not GVC.exists():
        print(f"no GVC corpus at {GVC}", file=sys.stderr)
        return 1
    status = 0
    with tempfile.TemporaryDirectory(prefix="claimcheck-jobs-") as name:
        folder = Path(name)
        size = write_corpus(folder, args.articles)
        print(f"{args.articles} GVC articles, {size / 1e6:.1f} MB, in {folder}")
        print(
            f"{'command':<8} {'jobs':>4} {'best s':>8} {'all runs s':<20} {'speed-up':>8} "
            f"{'main CPU':>8} {'bound':>8}  output"
        )
        for command in args.commands:
            times: dict[int, list[tuple[float, float]]] = {j: [] for j in args.jobs}
            digests: set[str] = set()
            for _ in range(args.repeat):
                for jobs in args.jobs:
                    wall, own, digest = run(command, folder, jobs)
                    times[jobs].append((wall, own))
                    digests.add(digest)
            same = "identical" if len(digests) == 1 else "DIFFERS"
            status |= len(digests) != 1
            base = min(t[0] for t in times[args.jobs[0]])
            work = min(t[1] for t in times[args.jobs[0]])  # --jobs 1: all of it, in one process
            for jobs in args.jobs:
                wall = min(t[0] for t in times[jobs])
                own = min(t[1] for t in times[jobs])
                runs = " ".join(f"{t[0]:.1f}" for t in times[jobs])
                # on idle cores: what the main process does itself (reading the files,
                # writing the output, the check) plus the rest of the work shared by N
                bound = work / (own + max(work - own, 0.0) / jobs)
                print(
                    f"{command:<8} {jobs:>4} {wall:>8.2f} {runs:<20} {base / wall:>7.2f}x "
                    f"{own:>8.1f} {bound:>7.2f}x  {same}"
                )
        print(
            "speed-up: wall-clock over --jobs 1's (best runs); main CPU: CPU seconds of the "
            "command's own process (with --jobs 1, all the work); bound: the speed-up that "
            "allows on N idle cores, work / (main CPU + (work - main CPU) / N)"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
