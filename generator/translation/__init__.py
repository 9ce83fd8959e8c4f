"""Translation: the site's text as segments, the translations stored per language, and the
exchange of XLIFF files with translation suppliers (same layer as consultation, indicators
and progress: imports only core and content).

    languages.py  the `languages:` setting -> Language(code, name, mode, dir)
    fields.py     which fields of which content files are reader text
    blocks.py     a Markdown page split into blocks (paragraphs, list items, headings)
    segments.py   Segment (id, source, file, line, hash) and extract() from the files on disk
    store.py      content/translations/<code>.po (gettext, through Babel)
    markup.py     links, code, emphasis and HTML tags a translation must keep
    xliff.py      XLIFF 1.2 written (export) and read safely (defusedxml)
    exchange.py   import: an XLIFF checked, then stored
    status.py     current / stale / missing per language; check() -> problems for
                  `complete` languages
"""
