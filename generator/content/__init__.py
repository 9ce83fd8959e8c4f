"""Stage 1, content: what people write in content/, read, checked and joined.

    content/strategy.yaml, sections/, delivery-plan/, glossary, pages -> Strategy
    content/easy-read/                                           -> EasyRead
    content/accessibility.yaml                                    -> AccessibilityStatement

Modules: `models` (the typed records of each file), `strategy` (the joined Strategy),
`load` (reading and cross-file checks), `easyread` (easy-read pages and their rules).
Every loader adds what is wrong to the `Problems` it is given; none raises.
"""
