"""Errors a user can cause while feeding kutip an article, each with a message fit to show them."""


class IngestError(Exception):
    """An input that cannot become an article: the message says why, in one line."""


class FetchRefused(IngestError):
    """kutip would not fetch this URL, or stopped reading it: a policy said no.

    Raised before anything is sent for a bad scheme or a private address
    (`http://127.1:8000/` → "refused http://127.1:8000/: 127.0.0.1 is a loopback address"),
    and mid-download for a body over the size cap, a server that is too slow, or a content type
    that is not a page or a feed.
    """


class FetchFailed(IngestError):
    """The URL was allowed but the web did not give us a page: unknown host, no connection, HTTP 404."""
