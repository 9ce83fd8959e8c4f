"""Every text field of every content model is either translated (translation/fields.py)
or named here as not shown to readers: a new field must be put in one or the other."""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel

from plainsight_strategy.consultation.report import Report
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.content.easyread import EasyReadPage, HardWords
from plainsight_strategy.content.models import (
    AccessibilityStatement,
    Glossary,
    PlanPart,
    Section,
    StrategyDocument,
)
from plainsight_strategy.progress.files import ReportFile, SettingsFile
from plainsight_strategy.translation.fields import PAGES_LIST, READER_TEXT

MODELS = {"strategy.yaml": StrategyDocument, "sections/*.yaml": Section,
          "delivery-plan/*.yaml": PlanPart, "glossary.yaml": Glossary,
          "accessibility.yaml": AccessibilityStatement, "easy-read/hard-words.yaml": HardWords,
          "easy-read/*.yaml": EasyReadPage, "consultation/survey.yaml": Survey,
          "consultation/report.yaml": Report, "progress/settings.yaml": SettingsFile,
          "progress/reports/*.yaml": ReportFile}

# Text a reader never sees as words of ours: ids, refs, file and column names, spellings in
# an export, codes, contact details, numbers, dates, vocabularies' keys.
NOT_READER_TEXT = {
    "strategy.yaml": {"contact/email", "contact/phone", "stages/*/number", "themes/number",
                      PAGES_LIST},
    "sections/*.yaml": {"number"},
    "accessibility.yaml": {"contact/email", "contact/phone"},
    "easy-read/*.yaml": {"twin", "blocks/*/picture", "blocks/*/agreement"},
    "consultation/survey.yaml": {
        "export", "respondent_id", "channel_column", "channels/*/values/*",
        "scale/options/*/aliases/*", "questions/*/column", "questions/*/option_columns/*",
        "questions/*/separator", "questions/*/unticked_values/*",
        "questions/*/scale/options/*/aliases/*", "questions/*/statements/*/column",
        "questions/*/other", "breakdowns/*/column", "comments/columns/*/codes",
        "comments/columns/*/text", "comments/columns/*/separator", "quotes/*/text",
        "quotes/*/approved", "quotes/*/approved_values/*"},
    "consultation/report.yaml": {"themes/*/changes/*/links/*", "other_changes/*/links/*"},
    "progress/reports/*.yaml": {
        "date", "paper", "new_actions/*/under", "updates/*/stage", "updates/*/confidence",
        "updates/*/due", "updates/*/metrics/*/target", "updates/*/metrics/*/actual",
        "updates/*/metrics/*/forecast", "updates/*/metrics/*/rating", "tracker/file",
        "tracker/sheet", "tracker/columns/ref", "tracker/columns/stage",
        "tracker/columns/confidence", "tracker/columns/update", "tracker/columns/next_steps",
        "tracker/columns/due", "tracker/stages/*", "tracker/ratings/*",
        "updates/*/ref", "new_actions/*/ref"},
}


def text_paths(annotation: object, path: str) -> set[str]:
    """Paths of every str a value of this type may hold ("*" for list items and values)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:  # an id (a pattern) or a ref (a validator) is not text
        if any(getattr(m, "pattern", None) or type(m).__name__ == "AfterValidator"
               for m in args[1:]):
            return set()
        return text_paths(args[0], path)
    if annotation is str:
        return {path}
    if origin in (typing.Union, types.UnionType):
        return set().union(*(text_paths(a, path) for a in args))
    if origin is list:
        return text_paths(args[0], f"{path}/*")
    if origin is dict:
        keys = text_paths(args[0], f"{path}/{{key}}")
        return keys | text_paths(args[1], f"{path}/*")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return set().union(*(text_paths(typing.Annotated[(f.annotation, *f.metadata)]
                                        if f.metadata else f.annotation,
                                        f"{path}/{name}".lstrip("/"))
                             for name, f in annotation.model_fields.items()))
    return set()


def test_every_text_field_is_translated_or_named_as_not_reader_text() -> None:
    assert set(MODELS) == set(READER_TEXT)
    for kind, model in MODELS.items():
        fields = text_paths(model, "")
        if kind == "strategy.yaml":  # `stage: phase` or {singular: phase, plural: phases}
            fields.add("level_names/*")
            fields = {f.replace("level_names/strategy/", "level_names/*/") for f in fields}
            fields = {f for f in fields if not f.startswith("level_names/") or "*" in f}
        translated = set(READER_TEXT[kind])
        named = NOT_READER_TEXT.get(kind, set())
        keys = {f for f in fields if f.endswith("{key}")}
        unclassified = fields - translated - named - keys
        assert not unclassified, f"{kind}: put these in fields.py or NOT_READER_TEXT: " \
                                 f"{sorted(unclassified)}"
        assert not (translated & named), kind
        assert not (translated - fields), f"{kind}: no such fields {translated - fields}"
