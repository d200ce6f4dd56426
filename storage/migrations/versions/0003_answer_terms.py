"""Answering at scale: stored search terms per claim and figure, term frequencies, figure search.

Ranking reads each candidate's terms; computing them from the text at question time costs
milliseconds per hundred claims, so they are stored at ingest (`text_terms` for the statement,
`sentence_terms` for its sentence). `claim_term` counts the claims each term occurs in, so rare
question words weigh more than common ones (and are searched first) the same way on both backends.
Figures get their own search (subject + sentence) for `Berapa …?` questions.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from kutip.answer.terms import terms

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE VIRTUAL TABLE figure_fts USING fts5(terms, tokenize='unicode61 remove_diacritics 2')",
]
POSTGRES = [
    "ALTER TABLE figure ADD COLUMN search tsvector",
    "CREATE INDEX ix_figure_search ON figure USING gin (search)",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("claim", sa.Column("text_terms", sa.Text(), nullable=False, server_default=""))
    op.add_column("claim", sa.Column("sentence_terms", sa.Text(), nullable=False, server_default=""))
    op.add_column("figure", sa.Column("terms", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "claim_term",
        sa.Column("term", sa.Text(), primary_key=True),
        sa.Column("claims", sa.Integer(), nullable=False),
    )
    for statement in POSTGRES if bind.dialect.name == "postgresql" else SQLITE:
        op.execute(statement)
    _backfill(bind)


def _backfill(bind) -> None:
    """Terms for rows stored before this revision (the same folding `storage.articles` applies)."""
    counts: dict[str, int] = {}
    for claim_id, text, sentence in bind.execute(sa.text("SELECT id, text, sentence FROM claim")).all():
        sentence_terms = " ".join(terms(sentence))
        for term in set(sentence_terms.split()):
            counts[term] = counts.get(term, 0) + 1
        bind.execute(
            sa.text("UPDATE claim SET text_terms = :t, sentence_terms = :s WHERE id = :id"),
            {"t": " ".join(terms(text)), "s": sentence_terms, "id": claim_id},
        )
    if counts:
        bind.execute(
            sa.text("INSERT INTO claim_term (term, claims) VALUES (:term, :claims)"),
            [{"term": t, "claims": n} for t, n in counts.items()],
        )
    rows = bind.execute(sa.text("SELECT id, subject, sentence FROM figure")).all()
    for figure_id, subject, sentence in rows:
        joined = " ".join(terms(f"{subject or ''} {sentence}"))
        bind.execute(sa.text("UPDATE figure SET terms = :t WHERE id = :id"), {"t": joined, "id": figure_id})
        if bind.dialect.name == "postgresql":
            bind.execute(
                sa.text("UPDATE figure SET search = to_tsvector('simple', :t) WHERE id = :id"),
                {"t": joined, "id": figure_id},
            )
        else:
            bind.execute(
                sa.text("INSERT INTO figure_fts(rowid, terms) VALUES (:id, :t)"),
                {"id": figure_id, "t": joined},
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_figure_search")
        op.execute("ALTER TABLE figure DROP COLUMN search")
    else:
        op.execute("DROP TABLE figure_fts")
    op.drop_table("claim_term")
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("terms")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("sentence_terms")
        batch.drop_column("text_terms")
