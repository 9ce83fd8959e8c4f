"""Stage 3, site: checked inputs -> a Bundle of pages, files and navigation. No MkDocs here.

Modules: `inputs` (what the site is built from), `render` (every page, with the templates),
`templating` (the Jinja2 environment), `twins` (full page <-> easy-read page), `charts`
(Altair -> static SVG), `consultation` (the consultation's charts and downloads), `opendata`
(the delivery plan as JSON, the downloads list), `redirects` (old URLs), `pictures` (easy-read
pictures), `bundle` (what the stage produces). Public URLs come from `core.urls`.
"""
