"""Near-duplicate articles: the band keys of each article's MinHash signature, and each story's copies, indexed.

A syndicated copy (the same wire story, another headline and byline) is found at ingest by looking
its band keys up here (`storage.articles`), then linked to the stored story by `related_to_id`.
Articles stored before this revision get their bands now, so a new copy of an old story is found too;
copies already stored side by side stay unlinked.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from kutip.ingest.neardup import fingerprint

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    op.create_table(
        "article_band",
        sa.Column("band", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("article.id"), primary_key=True),
    )
    # a story's copies, for digests that must not tell a chat the same story twice
    op.create_index("ix_article_related_to_id", "article", ["related_to_id"])
    _backfill(op.get_bind())


def _backfill(bind) -> None:
    """Bands of the stored articles, read a batch at a time (the texts of 100k articles do not fit at once)."""
    last = 0
    while True:
        rows = bind.execute(
            sa.text("SELECT id, text FROM article WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": BATCH},
        ).all()
        if not rows:
            return
        bands = [{"band": b, "article_id": i} for i, text in rows for b in fingerprint(text).bands]
        if bands:
            bind.execute(
                sa.text("INSERT INTO article_band (band, article_id) VALUES (:band, :article_id)"), bands
            )
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_article_related_to_id", "article")
    op.drop_table("article_band")
