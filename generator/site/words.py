"""Words a reader sees that are not on a page template's own lines: chart captions, SVG
descriptions, table headers, CSV documentation, page titles and navigation labels. Each
feature keeps them in a word template of the theme (theme/plainsight/_*_words.md): macros
for sentences with numbers in them, `{% set %}` names for fixed labels. Python picks which to
say and passes numbers, names and flags; a site rewords them with `plainsight customise`.
The words are gettext messages like the pages' (templating.environment): a Words made with a
language's environment speaks that language.

Public API:

    Words(env)              a word template as the site's templates say it (subclasses name
                            their TEMPLATE; env: templating.environment)
    Words.packaged()        the package's own wording (for work done outside a site build)
    words.source            the template's text (and the catalogues it is translated with), for
                            cache keys: changed words, redrawn charts
    words.say(macro, *args) what a macro says with these numbers and labels, spaces stripped
    words.label(name)       a fixed label the template sets ({% set name = "..." %})
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from jinja2 import Environment

from .templating import environment, packaged_theme

W = TypeVar("W", bound="Words")
_PACKAGED: dict[type, Words] = {}


class Words:
    TEMPLATE: ClassVar[str] = ""

    def __init__(self, env: Environment):
        assert env.loader is not None
        self.source: str = env.loader.get_source(env, self.TEMPLATE)[0]
        translated = getattr(env, "plainsight_translations", "")
        if translated:  # the same template in another language: other words, other charts
            self.source += f"\n{{# translated: {translated} #}}"
        self._module = env.get_template(self.TEMPLATE).module

    @classmethod
    def packaged(cls: type[W]) -> W:
        """The package's own wording, made once per kind of words."""
        if cls not in _PACKAGED:
            _PACKAGED[cls] = cls(environment([packaged_theme() / "plainsight"]))
        return _PACKAGED[cls]  # type: ignore[return-value]

    def say(self, macro: str, *args: Any) -> str:
        """What the template's `macro` says with these numbers and labels, spaces stripped."""
        return str(getattr(self._module, macro)(*args)).strip()

    def label(self, name: str, default: Any = None) -> Any:
        """A label (or a mapping of labels) the template sets with {% set %}; `default` when
        it sets none (a site's copy of the template from before the label was added)."""
        found = getattr(self._module, name, default)
        if found is None:
            raise AttributeError(f"{self.TEMPLATE} sets no {name!r}")
        return found
