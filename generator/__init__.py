"""Plainsight: turn strategy YAML and consultation exports into an accessible static site.

The pipeline, one module a step, data flowing one way through typed models:

    sources (YAML with line numbers) -> loader (validate, link) -> site (render pages with
    Jinja2) -> build (write files, or hand them to MkDocs through plugin.py)
"""
