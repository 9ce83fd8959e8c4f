"""Plainsight: turn strategy YAML and consultation exports into an accessible static site.

The folders are the pipeline; imports go one way only (tests/test_architecture.py):

    core/          problems, YAML with lines, cache, CSV, refs, the URL space
      ^
    content/       content/*.yaml            -> Strategy, EasyRead, statement
      ^
    consultation/  survey.yaml + export      -> ConsultationResults, Report
      ^
    site/          Inputs                    -> Bundle (pages, files, nav); no MkDocs
      ^
    pipeline.py    read (every check) -> render
      ^
    plugin.py  build.py  cli.py              the only modules that know MkDocs or the CLI
"""
