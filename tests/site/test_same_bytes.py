"""Same input, same bytes: two builds of the bundled example are identical, file by file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from plainsight_strategy.build import build

ROOT = Path(__file__).resolve().parents[2]


def _digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_give_identical_bytes(built_site: Path, tmp_path: Path) -> None:
    again = build(ROOT / "mkdocs.yml", tmp_path / "site")
    first, second = _digests(built_site), _digests(again)
    assert "sitemap.xml.gz" in first
    assert first.keys() == second.keys()
    changed = [name for name in first if first[name] != second[name]]
    assert not changed, f"files that differ between two builds: {changed[:10]}"
