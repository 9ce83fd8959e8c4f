"""Packaging: the generator's packages, plus theme/ installed as generator/theme.

theme/ stays the source of the theme in this repository (the bundled example builds from it);
in a wheel it sits inside the package, where generator.pipeline.packaged_theme() finds it.
The starter site for `plainsight new` ships as generator/starter/. Metadata: pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["generator", "generator.*"]), "generator.theme"],
    package_dir={"generator.theme": "theme"},
    package_data={"generator": ["starter/**/*", "starter/**/.*"],
                  "generator.theme": ["**/*"]},
    include_package_data=False,
)
