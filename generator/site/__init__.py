"""Stage 3, site: checked inputs -> a Bundle of pages, files and navigation. No MkDocs here.

Modules: `inputs` (what the site is built from), `part` (what a feature declares: pages,
files, downloads, navigation; the `Site` every part is made from), `parts/` (one module per
feature: strategy pages, delivery plan, old addresses, consultation, easy read, accessibility
statement, print editions, indicators), `render` (loops over the parts: every page, with the
templates; navigation, footer and the open-data page),
`templating` (the Jinja2 environment), `twins` (full page <-> easy-read page), `charts`
(Altair -> static SVG), `consultation` (the consultation's charts and downloads), `opendata`
(the delivery plan as JSON), `redirects` (old URLs), `pictures` (easy-read
pictures), `bundle` (what the stage produces). Public URLs come from `core.urls`.
"""
