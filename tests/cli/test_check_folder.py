"""`attrition check DIR --json`: one JSON line per article, streamed, from every article file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from attrition.cli import main


def test_a_folder_streams_one_json_line_per_article_and_names_unreadable_files(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia lost 1,200 troops over the past day.", encoding="utf-8")
    (folder / "b.md").write_text("Росія втратила 1 200 військових за минулу добу.", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\xff\xfe bad")
    (folder / "ignored.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(folder), "--json", "--db", str(tmp_path / "db.sqlite"),
                                       "--as-of", "2025-01-16"])
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert sorted(Path(x["data"]["file"]).name for x in lines) == ["a.txt", "b.md", "c.txt"]
    bad = next(x for x in lines if x["data"]["file"].endswith("c.txt"))
    assert bad["ok"] is False and "UTF-8" in bad["error"]
    good = [x for x in lines if x["ok"]]
    assert all(x["data"]["as_of"] == "2025-01-16" for x in good)
    assert result.exit_code == 1  # one article could not be read
