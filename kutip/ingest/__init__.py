"""Ingest: turn files, pasted text, web pages and feeds into `Article`s.

Entry points (everything a user can get wrong raises `errors.IngestError` with a one-line message):
- `sources.load_inputs(item, policy)`: every article of one CLI argument, one a line for a `.jsonl`.
- `sources.load_input(item, policy, *, stdin=None)`: one article (`a.txt`, `b.html`, `c.json`, URL, `-`).
- `sources.article_from_file(data, name)`: a file sent to the bot.
- `sources.aload_url(url, policy)` and `sources.article_from_pasted_text(text)`: for the bot.
- `feeds.poll_feed(url, policy, etag, last_modified)` / `apoll_feed(...)`: conditional feed polling.
- `fetch.fetch(url, policy)` / `fetch.afetch(...)`: the one HTTP client; nothing else may open a URL.
- `fetch.FetchPolicy.from_settings(settings)`: limits, plus `KUTIP_FETCH_ALLOW_HOSTS` (host[:port],
  comma-separated) for private hosts that may be fetched, e.g. a local demo feed on 127.0.0.1:8000.
"""
