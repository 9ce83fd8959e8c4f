"""Data tables: which columns are numbers or short figures, and Markdown tables marked up like
the templates' tables (class, cell classes, caption from a bold line, labelled region)."""

from __future__ import annotations

import markdown

from plainsight_strategy.site.tables import TablesExtension, column_classes


def test_columns_of_numbers_periods_and_text() -> None:
    rows = [["Persons", "2018/19", "1162.1", "", "16 of 16", "Higher than England", 55, 91.0],
            ["Female", "2018 - 20", "fewer than 5", "", "3 of 15", "Lower than England", 4,
             None]]
    assert column_classes(rows) == ["", "ps-nowrap", "ps-num", "", "ps-num", "", "ps-num",
                                    "ps-num"]
    assert column_classes([], 3) == ["", "", ""]


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", TablesExtension()])


def test_a_markdown_table_gets_classes_caption_and_region() -> None:
    html = _html("**Figure 3: Overview**\n\n| Indicator | Period | Value |\n| --- | --- | --- |\n"
                 "| Fertility rate | 2019/20 | 53.5 |\n| Overweight | 2019 | 30.6 |\n")
    assert "<p><strong>" not in html  # the bold line became the caption
    assert ('<div aria-labelledby="ps-table-caption-1" class="ps-table-wrap" role="region" '
            'tabindex="0"><table class="ps-table">') in html
    assert '<caption id="ps-table-caption-1">Figure 3: Overview</caption>' in html
    assert '<th class="ps-num">Value</th>' in html
    assert '<td class="ps-nowrap">2019/20</td>' in html
    assert '<td class="ps-num">53.5</td>' in html
    assert "<td>Fertility rate</td>" in html


def test_a_table_without_a_bold_line_is_named_by_its_heading() -> None:
    html = _html("## School Readiness (B)\n\nSome words.\n\n| Ref | Actions |\n| --- | --- |\n"
                 "| B.1 | 4 |\n")
    assert 'aria-label="School Readiness (B) (table)"' in html
    assert "<caption" not in html
    assert "<p>Some words.</p>" in html
