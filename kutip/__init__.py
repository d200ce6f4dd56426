"""kutip: who said what in the news.

The package is the pure core of the pipeline (ingest → extract → answer): text in, frozen
dataclasses out. It never imports Telegram or SQL; `storage/` and `bot/` are the adapters.
"""
