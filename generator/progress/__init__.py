"""Stage 2, progress: the board's progress reports on the plan, read and checked.

    content/progress/settings.yaml (confidence words), reports/*.yaml, and the trackers
    in data/ they name                                           -> Progress

Same layer as consultation and indicators: imports only core and content (the plan's refs
and section ids, which every update is checked against).

Modules: `model` (the typed records: Progress, Report, Update, Metric, NewAction,
Confidence), `files` (what the YAML files may hold, and the default RAG words), `values`
(dates, and words matched to a vocabulary), `tracker` (a tracker spreadsheet's rows),
`updates` (entries from YAML or a tracker checked into Updates), `load` (load_progress),
`history` (what the pages need, worked out from the reports' dates: latest, history,
changes, overdue, roll-up).
"""
