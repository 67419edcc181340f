"""`--jobs N`: `claimcheck check` and `extract` read files in a process pool and print
exactly what `--jobs 1` prints, errors and skipped files included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from service.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the repo's seeds/ folder is missing")


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["check", str(SEEDS), "--json"], id="check --json"),
        pytest.param(["check", str(SEEDS), "--color=never"], id="check, readable"),
        pytest.param(["extract", str(SEEDS), "--json"], id="extract a folder --json"),
        pytest.param(["extract", str(SEEDS), "--color=always"], id="extract a folder, table"),
    ],
)
def test_jobs_2_prints_what_jobs_1_prints(capsys, argv: list[str]) -> None:
    one = _run(capsys, [*argv, "--jobs", "1"])
    two = _run(capsys, [*argv, "--jobs", "2"])
    assert one[0] == 0 and one[1]
    assert two == one


def test_extract_of_several_files_is_a_json_list(capsys) -> None:
    status, out, _ = _run(capsys, ["extract", str(SEEDS), "--json", "--jobs", "2"])
    articles = json.loads(out)
    assert status == 0
    assert [a["id"] for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert out == json.dumps(articles, ensure_ascii=False, indent=2) + "\n"


def test_errors_and_skips_come_in_file_order(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    # the first a worker refuses (no text), the second the parent (read before it)
    (folder / "000b.txt").write_text("   \n")
    (folder / "001b.txt").write_bytes(b"\xff\xfe not utf-8")
    one = _run(capsys, ["check", str(folder), "--jobs", "1"])
    two = _run(capsys, ["check", str(folder), "--jobs", "2"])
    assert one == two
    assert one[0] == 1 and one[1] == ""
    assert one[2].count("\n") == 1 and "000b.txt: text is empty" in one[2]


def test_a_bad_jobs_value_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(SEEDS), "--jobs", "0"])
    assert exit_.value.code == 2
    assert "'0' is not a number of processes" in capsys.readouterr().err
