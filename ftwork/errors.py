"""Every error ftwork raises on purpose, worded for the consultant (a leaf: imports nothing of ftwork).

Each stage re-exports its own, so `from ftwork.train import TrainingError` keeps working.
"""


class EngagementError(ValueError):
    """A problem with the engagement folder or its settings, worded for the consultant."""


class DatasetError(ValueError):
    """Client data that cannot be turned into a dataset; the message names the file, row or field and the fix."""


class AnonymizationGateError(ValueError):
    """Stage 03/04 was asked to use data that has not (or no longer) been through 02_anonymize."""


class AnonymizeInputError(ValueError):
    """A raw input file cannot be read; the message names the file and what to do."""


class ModelNotAvailable(RuntimeError):
    """The base model can be found neither on the hub, nor in the local cache, nor embedded."""


class TrainingError(RuntimeError):
    """A training problem explained with its fix."""


class EvaluationError(RuntimeError):
    """An evaluation problem explained with its fix."""


class ExportError(RuntimeError):
    """An export problem explained with its fix."""
