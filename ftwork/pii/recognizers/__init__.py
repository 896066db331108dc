"""The rule recognizers of stage 02, one family of personal data per module.

Every finder is a plain function `find_x(text, lang="en") -> list[Hit]`, so it can be tested alone;
`ftwork.pii.engine` wraps each one in a Presidio recognizer; card numbers are Presidio's own
`CreditCardRecognizer` (it found more than ours did: docs/PERFORMANCE.md). Families: `emails`, `phones`,
`national_ids` (DNI/NIE/CIF, EU VAT, UK NINO, US SSN), `ibans`, `addresses`, `orgs`
(companies with a legal form or named by their trade), `references` (order/invoice/customer numbers
after a keyword or in a table cell), `persons` (the name lexicon, titles, greetings, sign-offs, cue
words, form fields, chat speakers, lists), and `lists` (deny list, allow list, known values).
"""

Hit = tuple  # (start, end, label, score): what a finder returns
Cand = tuple  # (start, end, label, recognizer, score): a hit with the recognizer that made it
