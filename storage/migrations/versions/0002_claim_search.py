"""Full-text search over claims: FTS5 on SQLite, tsvector + trigram indexes on PostgreSQL.

Claim text is indexed with the `simple` configuration (no stemming): PostgreSQL's `indonesian`
stemmer over-stems ("Menteri" → "teri") and SQLite has none, so word forms are handled by the
answering code's own light stemmer on both sides.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE = [
    # rowid = claim.id; `terms` is the claim's search terms as kutip.answer.terms makes them
    "CREATE VIRTUAL TABLE claim_fts USING fts5(terms, tokenize='unicode61 remove_diacritics 2')",
]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE claim ADD COLUMN terms tsvector",
    "CREATE INDEX ix_claim_terms ON claim USING gin (terms)",
    "CREATE INDEX ix_speaker_alias_key_trgm ON speaker_alias USING gin (key gin_trgm_ops)",
]


def upgrade() -> None:
    statements = POSTGRES if op.get_bind().dialect.name == "postgresql" else SQLITE
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_speaker_alias_key_trgm")
        op.execute("DROP INDEX ix_claim_terms")
        op.execute("ALTER TABLE claim DROP COLUMN terms")
    else:
        op.execute("DROP TABLE claim_fts")
