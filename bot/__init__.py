"""The Telegram front end: updates in, calls to the pipeline and storage, HTML messages out."""
