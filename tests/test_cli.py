"""The `claimcheck` command: `check` and `extract`, readable and --json, and its errors.

Run in-process through service.cli.main(argv). Findings never change the exit status;
input a person must fix prints one line on stderr and exits 1; usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
from pathlib import Path

import pytest

from service import cli
from service.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the repo's seeds/ folder is missing")


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """The seeds with one contradiction: a Homs toll since Friday above Syria's toll."""
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / "001_74af04ce3f939e68.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(
        text.replace("Hundreds of people", "Tens of thousands of people"), encoding="utf-8"
    )
    return tmp_path


# --------------------------------------------------------------------------- check


def test_check_prints_a_readable_report(capsys) -> None:
    assert main(["check", str(SEEDS), "--color=never"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("claimcheck: 5 articles")
    assert "Articles" in out
    assert "  002  9 Sep 2013   inferred" in out  # the copy's date and how it was found
    # no dateline: "Russia said Saturday" about a visit the other articles date 7 Feb 2012
    assert "  000  4 Feb 2012   inferred" in out
    assert "Copies of one story: 002 = 003" in out
    assert "No discrepancies." in out
    assert out.index("Updates") < out.index("Consistent") < out.index("Agree")
    assert "Deaths in Syria, cumulative" in out
    # a part and its whole: the line counts the mentions of both facts
    assert "Deaths in Homs, since last Friday  [2 mentions in 2 articles]" in out
    assert "\x1b[" not in out


def test_the_summary_line_counts_what_the_sections_show(planted: Path, capsys) -> None:
    assert main(["check", str(planted), "--color=never"]) == 0
    out, _ = capsys.readouterr()
    counts = dict(
        (word, int(n))
        for n, word in re.findall(r"(\d+) (discrepanc|update|consistent|agree)", out.split("\n")[0])
    )
    sections = dict(
        (heading[:10].lower(), int(n))
        for heading, n in re.findall(
            r"^(Discrepancies|Updates|Consistent|Agree) \((\d+)\)", out, re.M
        )
    )
    assert counts["discrepanc"] == sections.get("discrepanc", 0) > 0
    for word in ("update", "consistent", "agree"):
        shown = next((n for h, n in sections.items() if h.startswith(word)), 0)
        assert counts[word] == shown, (word, out.split("\n")[0])


def test_check_puts_discrepancies_first(planted: Path, capsys) -> None:
    assert main(["check", str(planted), "--color=never"]) == 0  # findings never fail the run
    out = capsys.readouterr().out
    assert "1 discrepancy" in out
    assert out.index("Discrepancies (1)") < out.index("Updates")
    section = out[out.index("Discrepancies (1)") : out.index("Updates")]
    assert '"Tens of thousands of people" (Sky News' in section  # outlets, not file ids
    assert "severity" in section


def test_check_colour_only_when_asked(planted: Path, capsys) -> None:
    main(["check", str(planted), "--color=always"])
    out = capsys.readouterr().out
    assert "\x1b[1;31mDiscrepancies (1)\x1b[0m" in out
    main(["check", str(planted), "--color=auto"])  # captured output is not a terminal
    assert "\x1b[" not in capsys.readouterr().out


def test_check_json_is_the_report(capsys) -> None:
    assert main(["check", str(SEEDS), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "articles",
        "claims",
        "facts",
        "groups",
        "findings",
        "syndication",
        "summary",
    }
    assert report["syndication"] == [["002_3384d76ce3e9567d", "003_df02527578575e69"]]
    assert report["summary"]["articles"] == 5
    assert report["summary"]["discrepancy"] == 0
    assert [f["id"] for f in report["findings"]] == [
        f"f{n}" for n in range(1, len(report["findings"]) + 1)
    ]
    copy = next(a for a in report["articles"] if a["id"].startswith("002"))
    assert (copy["published"], copy["published_basis"]) == ("2013-09-09", "inferred")


def test_check_accepts_files_and_folders(capsys) -> None:
    files = [str(p) for p in sorted(SEEDS.glob("00[234]*.txt"))]
    assert main(["check", *files, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [a["id"][:3] for a in report["articles"]] == ["002", "003", "004"]


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda d: d / "nope.txt", "no such file or folder", id="missing file"),
        pytest.param(lambda d: d, "no article files", id="folder with no articles"),
        pytest.param(
            lambda d: _write(d / "latin1.txt", "Caf\xe9 40 killed".encode("latin-1")),
            "not UTF-8",
            id="non-UTF-8 bytes",
        ),
    ],
)
def test_check_input_errors_are_one_line(tmp_path: Path, capsys, make, message: str) -> None:
    path = make(tmp_path)
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("claimcheck: ")
    assert message in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check"])
    assert exit_.value.code == 2
    assert "FILE_OR_DIR" in capsys.readouterr().err


# --------------------------------------------------------------------------- extract


def test_extract_prints_a_table(capsys) -> None:
    assert main(["extract", str(SEEDS / "004_923774e86e0d0b06.txt"), "--color=never"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("004_923774e86e0d0b06  Russian FM meets")
    assert "published 7 Feb 2012 (dateline)" in lines[1]
    header = next(line for line in lines if line.startswith("id "))
    assert header.split() == ["id", "kind", "text", "reading", "where", "/", "when", "source"]
    row = next(line for line in lines if '"at least 6,000 lives"' in line)
    assert "deaths" in row and "≥ 6,000" in row and "Syria" in row and "cumulative" in row


def test_extract_json(capsys) -> None:
    path = SEEDS / "001_74af04ce3f939e68.txt"
    assert main(["extract", str(path), "--json", "--published", "2012-02-07"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["id"] == "001_74af04ce3f939e68"
    assert article["published"] == "2012-02-07"
    texts = [c["text"] for c in article["claims"]]
    assert any("more than 60" in t for t in texts)


def test_extract_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["extract", str(tmp_path / "gone.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gone.txt: no such file or folder" in err


# --------------------------------------------------------------------------- hostile folders

STORY = "At least 6,000 people have been killed in Syria since the uprising began."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text(STORY.replace("6,000", "60,000"))
    return folder


def _check_stays_quick(args: list[str]) -> int:
    # a FIFO read blocks forever; run main in a thread so a regression fails, not hangs
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(args)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert result, "claimcheck check did not finish (it blocked on a special file)"
    return result[0]


def test_check_skips_what_is_not_a_regular_file(tmp_path: Path, capsys) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "null.html").symlink_to("/dev/null")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(folder / "sock.txt"))
    try:
        assert _check_stays_quick(["check", str(folder), "--json"]) == 0
    finally:
        listening.close()
    out, err = capsys.readouterr()
    assert [a["id"] for a in json.loads(out)["articles"]] == ["a", "b"]
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("claimcheck: ") for line in lines)
    assert "fifo.txt: skipped, a FIFO" in err
    assert "zero.txt: skipped, a character device" in err
    assert "null.html: skipped, a character device" in err
    assert "sock.txt: skipped, a socket" in err


def test_check_skips_a_file_over_the_size_cap(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(cli, "MAX_FILE_BYTES", 1_000)
    folder = _folder(tmp_path)
    (folder / "huge.txt").write_text(STORY * 100)
    assert main(["check", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)["articles"]) == 2
    assert err.count("\n") == 1 and "huge.txt: skipped" in err and "limit per file" in err


def test_check_with_nothing_left_to_read_exits_1(tmp_path: Path, capsys) -> None:
    os.mkfifo(tmp_path / "only.txt")
    assert _check_stays_quick(["check", str(tmp_path / "only.txt")]) == 1
    err = capsys.readouterr().err
    assert "skipped, a FIFO" in err and "no articles left" in err


def test_extract_refuses_a_fifo(tmp_path: Path, capsys) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert _check_stays_quick(["extract", str(tmp_path / "pipe.txt")]) == 1
    assert "a FIFO" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("manifest", "words"),
    [
        pytest.param('{"a": "x"}', '"a" must be an object', id="entry not an object"),
        pytest.param('[{"a": {}}]', "not a list", id="a list"),
        pytest.param('{"a": {"title": "x",', "not valid JSON", id="bad JSON"),
        pytest.param('{"a": {"titel": "x"}}', '"a".titel is not a manifest field', id="unknown"),
        pytest.param('{"a": {"title": 7}}', '"a".title must be a string', id="not a string"),
        pytest.param('{"b": {"published": "20120207"}}', '"b".published is "20120207"', id="date"),
    ],
)
def test_a_bad_manifest_is_one_line_naming_the_key(
    tmp_path: Path, capsys, manifest: str, words: str
) -> None:
    folder = _folder(tmp_path)
    (folder / "manifest.json").write_text(manifest)
    assert main(["check", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("claimcheck: ")
    assert "manifest.json" in err and words in err


def test_a_fifo_manifest_is_an_error_not_a_hang(tmp_path: Path, capsys) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "manifest.json")
    assert _check_stays_quick(["check", str(folder)]) == 1
    assert "manifest.json: cannot be the manifest, a FIFO" in capsys.readouterr().err


def test_the_exit_codes_are_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "exit status:" in out and "20 MB" in out
    for code in ("0 ", "1 ", "2 "):
        assert f"\n  {code}" in out


def test_check_html_writes_the_report_page_without_a_server(planted: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "report.html"
    assert main(["check", str(planted), "--html", str(page_path), "--color=never"]) == 0
    page = page_path.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<style>" in page and "<link" not in page  # one file: the stylesheet inlined
    conflicts = page[page.index('<ol class="conflicts">') : page.index('id="facts-title"')]
    assert "Tens of thousands of people" in conflicts and "Sky News" in conflicts
    assert conflicts.count('<div class="side">') == 2
    assert '<mark id="' in page and 'data-relation="conflict"' in page


def test_check_html_to_an_unwritable_place_is_one_line(capsys, tmp_path: Path) -> None:
    assert main(["check", str(SEEDS), "--html", str(tmp_path / "missing" / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write the HTML report" in err
