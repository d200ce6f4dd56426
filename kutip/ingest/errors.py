"""Errors a user can cause while feeding kutip an article, each with a message fit to show them."""


class IngestError(Exception):
    """An input that cannot become an article: the message says why, in one line."""
