"""`claimcheck batch`: a JSON Lines corpus in, one line per article and one report line
per bucket out; the same bytes in one process, on a process pool and on Dask."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claims
from service.cli import main
from service.schemas import ArticleWithClaimsSchema

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"


def _seed_lines() -> list[dict]:
    manifest = json.loads((SEEDS / "manifest.json").read_text())
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        meta = {k: v for k, v in manifest.get(path.stem, {}).items() if not k.startswith("_")}
        lines.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), **meta})
    return lines


def _gvc_lines(most: int) -> list[dict]:
    """The first GVC articles with text, ids made unique (the corpus repeats a few)."""
    if not GVC.exists():
        return []
    out: list[dict] = []
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["text"].strip() and doc["doc_id"] not in {d["id"] for d in out}:
                published = (doc.get("dct") or "")[:10] or None
                out.append(
                    {"id": doc["doc_id"], "text": doc["text"], "title": doc["title"]}
                    | {"url": doc["url"], "published": published}
                )
            if len(out) >= most:
                return out
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "in.jsonl"
    lines = _seed_lines() + _gvc_lines(40)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _batch(capsys, corpus: Path, *options: str) -> tuple[int, bytes, bytes, str]:
    out, report = corpus.with_name("out.jsonl"), corpus.with_name("report.jsonl")
    status = main(["batch", str(corpus), "--out", str(out), "--report", str(report), *options])
    err = capsys.readouterr().err
    return status, out.read_bytes(), report.read_bytes(), err


@pytest.fixture(scope="module")
def in_process(corpus: Path) -> tuple[bytes, bytes]:
    out, report = corpus.with_name("one.jsonl"), corpus.with_name("one-report.jsonl")
    args = ["batch", str(corpus), "--out", str(out), "--report", str(report), "--jobs", "1"]
    assert main(args) == 0
    return out.read_bytes(), report.read_bytes()


def test_one_line_per_article_as_extract_gives_it(corpus: Path, in_process) -> None:
    out, _ = in_process
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    lines = out.decode("utf-8").splitlines()
    assert len(lines) == len(records)
    for record, line in zip(records, lines, strict=True):
        published = record.get("published")
        article = claims.extract(
            record["text"],
            published=dt.date.fromisoformat(published) if published else None,
            title=record.get("title"),
            source=record.get("source"),
            url=record.get("url"),
            article_id=record["id"],
        )
        assert json.loads(line) == ArticleWithClaimsSchema().dump(article)


def test_the_report_checks_each_bucket_of_two_or_more(in_process) -> None:
    _, report = in_process
    buckets = [json.loads(line) for line in report.decode("utf-8").splitlines()]
    assert buckets, "the seeds alone make a bucket: Syria, the week of 6 Feb 2012"
    keys = [(b["bucket"]["week"], b["bucket"]["place"]) for b in buckets]
    assert keys == sorted(set(keys))
    for bucket in buckets:
        assert len(bucket["article_ids"]) >= 2
        assert [a["id"] for a in bucket["report"]["articles"]] == bucket["article_ids"]
    syria = next(b for b in buckets if b["bucket"]["place"] == "syria")
    assert syria["bucket"]["week"] == "2012-W06"


def test_a_process_pool_writes_the_same_bytes(capsys, corpus: Path, in_process) -> None:
    status, out, report, err = _batch(capsys, corpus, "--jobs", "2")
    assert (status, err) == (0, "")
    assert (out, report) == in_process


def test_a_two_worker_dask_cluster_writes_the_same_bytes(capsys, corpus, in_process) -> None:
    pytest.importorskip("dask.distributed", reason="claimcheck[batch] is not installed")
    status, out, report, err = _batch(capsys, corpus, "--dask")
    assert status == 0
    assert (out, report) == in_process


BAD = [
    ("not json", "3: not JSON"),
    ("[1, 2]", "4: must be a JSON object, not list"),
    ('{"text": "At least 6,000 people were killed."}', '5: "id" is missing'),
    ('{"id": "x", "text": 7}', '6: "text" must be a string, not int'),
    ('{"id": "y", "text": "Two died.", "published": "7 Feb 2012"}', '7: "published" is "7 Feb'),
    ('{"id": "z", "text": "Two died.", "lang": "en"}', '8: "lang" is not a field'),
    ('{"id": "a", "text": "Two died again."}', '9: "id" "a" repeats line 1'),
    ('{"id": "e", "text": "  "}', '10: "text": text is empty'),
    ('{"id": "f", "text": "Two died.", "format": "pdf"}', '11: "format" is "pdf"'),
]


def test_bad_lines_are_named_and_the_rest_still_read(tmp_path: Path, capsys) -> None:
    good = [
        '{"id": "a", "text": "At least 6,000 people have been killed in Syria."}',
        '{"id": "b", "text": "More than 60 people were killed in Homs on Monday.", '
        '"published": "2012-02-07", "source": "AFP", "url": null}',
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(good + [line for line, _ in BAD] + ["", good[0][:-1] + ', "x']))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "--out", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(BAD) + 1
    for line, (_, words) in zip(err, BAD, strict=False):
        assert line.startswith(f"claimcheck: {path}:") and words in line
    assert err[-1].startswith(f"claimcheck: {path}:13: not JSON")  # line 12 is blank
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]


def test_usage_errors(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl"
    assert main(["batch", str(tmp_path / "gone.jsonl"), "--out", str(path)]) == 1
    assert "gone.jsonl: no such file" in capsys.readouterr().err
    path.write_text("")
    assert main(["batch", str(path), "--out", str(path)]) == 1
    assert "is the input" in capsys.readouterr().err
    assert main(["batch", str(path), "--out", str(tmp_path / "o"), "--jobs", "2", "--dask"]) == 1
    assert "not both" in capsys.readouterr().err
