"""Storage: SQLModel tables, the one session helper, named queries and full-text search.

The same code runs on SQLite (the default, zero set-up) and PostgreSQL (for scale).
"""
