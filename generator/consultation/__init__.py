"""Stage 2, consultation: a survey definition and a survey tool's export -> results.

    content/consultation/survey.yaml + data/<export>.csv|.xlsx  -> ConsultationResults
    content/consultation/report.yaml                           -> Report ("You said, we did")

Modules: `survey` (the definition), `responses` (reading and checking an export),
`analysis` (the statistics, with pandas), `disclosure` (what is hidden), `results` (the
typed results, no pandas), `report` (the analyst's report), `load` (all of it, cached).
Every step adds what is wrong to the `Problems` it is given; none raises.
"""
