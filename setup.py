"""Packaging: the folder generator/ installed as the import package `plainsight_strategy`,
plus theme/ installed as plainsight_strategy/theme.

The folder keeps its name in this repository; only the installed name is our own (a top-level
module called `generator` would collide with any other so named). theme/ stays the source of
the theme in this repository (the bundled example builds from it); in a wheel it sits inside
the package, where plainsight_strategy.pipeline.packaged_theme() finds it. The starter site
for `plainsight new` ships as plainsight_strategy/starter/, the package's gettext catalogues
as plainsight_strategy/locale/. Metadata: pyproject.toml.
"""

from setuptools import find_packages, setup

PACKAGE = "plainsight_strategy"  # the import name; the folder is generator/

setup(
    packages=[PACKAGE + name.removeprefix("generator")
              for name in find_packages(include=["generator", "generator.*"])]
    + [f"{PACKAGE}.theme"],
    package_dir={PACKAGE: "generator", f"{PACKAGE}.theme": "theme"},
    # locale/: the catalogue template of the package's own wording (plainsight.pot) and the
    # catalogues of its languages (<lang>/LC_MESSAGES/plainsight.po), read as they are;
    # progress/: the default confidence ratings.
    package_data={PACKAGE: ["starter/**/*", "starter/**/.*", "locale/*.pot", "locale/**/*.po",
                            "progress/*.yaml"],
                  f"{PACKAGE}.theme": ["**/*"]},
    include_package_data=False,
)
