"""Ingest: turn files, pasted text, web pages and feeds into `Article`s."""
