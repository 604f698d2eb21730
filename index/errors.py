"""Errors of ingestion, each with a message a user can act on."""


class IndexingError(Exception):
    """Base class: the message is shown to the user as is."""


class SourceError(IndexingError):
    """A file to index is missing, empty, binary, not UTF-8 or too large."""


class StoreError(IndexingError):
    """The Chroma store is unreachable, unreadable or missing."""


class ModelMismatchError(StoreError):
    """The store was built with another embedding model than the one configured."""
