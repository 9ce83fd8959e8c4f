from plainsight_strategy.core import refs
from plainsight_strategy.core import urls as paths


def test_refs_written_without_dots_are_normalised() -> None:
    assert refs.normalise("A4") == "A.4"
    assert refs.normalise("a.4.1") == "A.4.1"
    assert refs.normalise("K 4") == "K.4"
    assert refs.normalise("A.4.") == "A.4"
    assert refs.normalise("not a ref") == "not a ref"


def test_ref_urls_and_anchors() -> None:
    assert refs.slug("A.1.1") == "a-1-1"
    assert paths.url(paths.commitment("A.1")) == "/delivery-plan/a-1/"
    assert paths.ref_target("D.4.1") == "delivery-plan/d-4.md#d-4-1"
    assert paths.url(paths.HOME) == "/"
    assert paths.url(paths.group("dying-well")) == "/dying-well/"


def test_only_dotted_refs_count_as_cross_references() -> None:
    assert refs.mentioned("See D.4.1 and A.3, near the M1 and B12.") == ["D.4.1", "A.3"]


def test_relative_links_between_pages() -> None:
    assert paths.relative("delivery-plan/a-1.md", "delivery-plan/d-4.md#d-4-1") == "d-4.md#d-4-1"
    assert paths.relative("stage/section.md", "delivery-plan/a-1.md") == "../delivery-plan/a-1.md"
