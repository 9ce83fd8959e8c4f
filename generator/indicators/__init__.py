"""Performance indicators: the mapping YAML, the value files it lists (our own CSV columns or a
Fingertips data download), the checks on them, and the typed values the site shows.

Modules: model (the YAML's fields and the typed results), table (reading CSV rows, numbers and
periods), plainsight and fingertips (one reader per file format), load (load_indicators),
links (the delivery plan's indicator names matched to values).
"""
