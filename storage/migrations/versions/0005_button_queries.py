"""The questions behind "More answers" buttons, so the buttons keep working after a restart.

Named 0005 (not 0004) because another branch may add its own 0004 on top of 0003; whichever merges
second re-chains its `down_revision` onto the other.

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "button_query",
        sa.Column("key", sa.String(16), primary_key=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("button_query")
