"""Links that last: renamed ids and refs leave a redirect at the old URL."""

from __future__ import annotations

from pathlib import Path

from plainsight_strategy.pipeline import Project, generate

ROOT = Path(__file__).resolve().parents[2]

PUBLISHED = Path(__file__).resolve().parents[1] / "published_urls.txt"


def _bundle(content: Path):
    return generate(Project(content, content.parent / "data", ROOT / "theme"))


def _rename(content: Path) -> None:
    """Rename the section healthy-babies -> baby-health and the commitment A.2 -> A.3."""
    section = content / "sections" / "healthy-babies.yaml"
    text = section.read_text().replace("id: healthy-babies",
                                       "id: baby-health\nprevious_ids: [healthy-babies]")
    text = text.replace("  - ref: A.2\n", "  - ref: A.3\n    previous_refs: [A.2]\n")
    section.write_text(text)
    strategy = content / "strategy.yaml"
    strategy.write_text(strategy.read_text().replace("[healthy-babies,", "[baby-health,"))
    plan = content / "delivery-plan" / "a.yaml"
    plan.write_text(plan.read_text().replace("ref: A.2\n", "ref: A.3\n"))
    (content / "delivery-plan" / "c.yaml").write_text(
        (content / "delivery-plan" / "c.yaml").read_text().replace("A.2", "A.3"))


def test_renamed_section_and_commitment_redirect(minimal_content: Path) -> None:
    _rename(minimal_content)
    bundle = _bundle(minimal_content)
    assets = {a.src: a.content.decode() for a in bundle.assets}
    section_redirect = assets["early-years/healthy-babies/index.html"]
    assert 'content="0; url=../baby-health/"' in section_redirect
    assert 'href="../baby-health/"' in section_redirect
    assert 'lang="en-GB"' in section_redirect
    assert 'url=../a-3/' in assets["delivery-plan/a-2/index.html"]
    assert "early-years/baby-health.md" in {p.src for p in bundle.pages}


def test_old_ref_still_in_use_is_refused(minimal_content: Path) -> None:
    from plainsight_strategy.core.problems import ContentError
    from tests.helpers import load
    section = minimal_content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace(
        "  - ref: A.2\n", "  - ref: A.2\n    previous_refs: [A.1]\n"))
    try:
        load(minimal_content)
    except ContentError as err:
        assert "previous ref A.1 of A.2 is still in use" in err.report()
    else:
        raise AssertionError("a previous ref that is still in use must be an error")


def _published(bundle) -> set[str]:
    from plainsight_strategy.core import urls as paths
    return {paths.url(src) for src in bundle.srcs()} | {
        "/" + a.src.removesuffix("index.html") for a in bundle.assets if a.src.endswith(".html")}


def test_no_published_url_disappears_without_a_redirect(bundle) -> None:
    """tests/published_urls.txt is the list partners rely on; add to it, never drop from it.

    When a URL must go, give its item a previous_id / previous_ref so a redirect is written.
    """
    listed = [line.strip() for line in PUBLISHED.read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    missing = sorted(set(listed) - _published(bundle))
    assert not missing, f"published URLs with no page and no redirect: {missing}"


def test_a_removed_page_without_redirect_fails_the_url_check(minimal_content: Path) -> None:
    before = _published(_bundle(minimal_content))
    section = minimal_content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace("id: healthy-babies", "id: baby-health"))
    strategy = minimal_content / "strategy.yaml"
    strategy.write_text(strategy.read_text().replace("[healthy-babies,", "[baby-health,"))
    after = _published(_bundle(minimal_content))
    assert "/early-years/healthy-babies/" in before - after
