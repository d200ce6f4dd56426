"""One module per feature; each exposes `register(application)`. Shared helpers live in `common`."""
