"""How many datelines of real news the places know: the hand table alone, and with the
gazetteer (claims/gazetteer.py), each with the place it lies in.

Every sentence of every GVC article (../shared/corpus/gvc; the held-out incidents left
out) that opens with a dateline ("HOUSTON (AP) --", "LANCASTER, Pa. --", "Augusta, GA –",
as claims.extract.location reads them) is a mention. A mention is *known* when the hand
table or the gazetteer has a place of that name (in the state written after it, if one
is), and *known with its parent* when that place lies in a state or a country the
chain names. Misses are listed by how often they occur, with a sentence each: most are
no datelines at all (station call letters "WXYZ —", a teaser "Murder:") or a neighbourhood.

    python bench/places.py                 # GVC
    python bench/places.py --ecb --show 30 # ECB+ (the held-out groups left out)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claims import gazetteer  # noqa: E402
from claims.errors import InvalidInput  # noqa: E402
from claims.extract.location import Dateline, dateline_place, read_dateline  # noqa: E402
from claims.extract.places import _canonical_place  # noqa: E402
from claims.lexicon.places import PLACES  # noqa: E402
from claims.text import parse_document  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
HELD_OUT_GVC = frozenset("803822 597176 617607 398361 711597 634787".split())
HELD_OUT_ECB = frozenset("20_ecbplus 11_ecb 24_ecb 44_ecb 23_ecbplus 37_ecb".split())


def _texts(ecb: bool) -> list[str]:
    path = CORPUS / ("ecbplus" if ecb else "gvc") / "documents.jsonl"
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            group = record.get("subtopic") if ecb else record.get("incident_id")
            if str(group) in (HELD_OUT_ECB if ecb else HELD_OUT_GVC):
                continue
            texts.append(record["text"])
    return texts


def _datelines(texts: list[str]) -> list[tuple[Dateline, str]]:
    found = []
    for text in texts:
        try:
            document = parse_document(text)
        except InvalidInput:
            continue  # an empty scrape
        for sentence in document.sentences:
            dateline = read_dateline(sentence.text)
            if dateline is not None:
                found.append((dateline, sentence.text))
    return found


def _by_hand(dateline: Dateline) -> bool:
    """Whether the hand table alone knows the place, with a parent (the state written
    after it, for a town it does not list)."""
    name = _canonical_place(dateline.city)
    if name is None:
        return False
    return dateline.state is None or PLACES.get(name) == dateline.state


def _by_gazetteer(dateline: Dateline) -> bool:
    city = dateline.city.title() if dateline.city.isupper() else dateline.city
    if dateline.state is not None:
        return gazetteer.place(city, dateline.state) is not None
    return gazetteer.named_alone(city) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", action="store_true", help="ECB+ instead of GVC")
    parser.add_argument("--show", type=int, default=20, help="misses listed (default 20)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    found = _datelines(_texts(args.ecb))
    hand = known = parented = 0
    misses: Counter[tuple[str, str | None]] = Counter()
    example: dict[tuple[str, str | None], str] = {}
    for dateline, sentence in found:
        by_hand = _by_hand(dateline)
        hand += by_hand
        if by_hand or _by_gazetteer(dateline):
            known += 1
            name = dateline_place(dateline)
            parented += name is not None and gazetteer.parent(name) is not None
        else:
            key = (dateline.city, dateline.state)
            misses[key] += 1
            example.setdefault(key, sentence[:90])
    total = len(found)
    distinct = len({(d.city.title(), d.state) for d, _ in found})

    def share(n: int) -> str:
        return f"{100 * n / total:.1f}% ({n}/{total})" if total else "n/a"

    print(f"{'ECB+' if args.ecb else 'GVC'}: {total} dateline mentions, {distinct} distinct")
    print(f"  known to the hand table:            {share(hand)}")
    print(f"  known with the gazetteer:           {share(known)}")
    print(f"  known, with a parent (state/country): {share(parented)}")
    print(f"misses ({sum(misses.values())}), most frequent first:")
    for (city, state), count in misses.most_common(args.show):
        where = f"{city}, {state}" if state else city
        print(f"  {count:>3}  {where:<32} {example[(city, state)]!r}")
    print(f"({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
