"""Stage 02's detector library: checksums, recognizers, the analyzer and `Anonymizer`, surrogates, quality.

Import the submodule you need (`from ftwork.pii.engine import Anonymizer`); this package itself
imports nothing, so `import ftwork.pii.checksums` stays as light as the checksums.
"""
