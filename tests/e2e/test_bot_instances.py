"""Two bot instances on one PostgreSQL database: every due digest is sent by exactly one of them."""

from __future__ import annotations

from datetime import timedelta

from storage.db import open_store
from storage.digests import subscribe
from storage.types import utcnow
from tests.e2e.kutip_bot import running_bot
from tests.e2e.test_bot_digest import digests, make_digests_due
from tests.storage.helpers import LAVROV, store_article

CHATS = 6


def test_two_instances_send_each_digest_once(fake_telegram, postgres_url, tmp_path):
    tg = fake_telegram
    boss = tg.new_user("Boss")
    groups = [tg.new_group(f"Grup {i}", boss, supergroup=True) for i in range(CHATS)]
    store = open_store(postgres_url)
    for group in groups:
        tg.add_bot_to_group(group, boss)
        subscribe(store, group.id, None, "every 6h", "Asia/Jakarta", utcnow() + timedelta(hours=1), utcnow())
    with (
        running_bot(tg, postgres_url, [], tmp_path, name="one", KUTIP_INSTANCE_ID="one"),
        running_bot(tg, postgres_url, [], tmp_path, name="two", KUTIP_INSTANCE_ID="two"),
    ):
        for round_ in (1, 2):
            store_article(store, f"Artikel {round_}", quotes=((LAVROV, f"Pernyataan {round_}"),))
            make_digests_due(postgres_url)
            tg.wait_for(lambda n=round_: all(len(digests(tg, g.id)) >= n for g in groups), timeout=20)
        make_digests_due(postgres_url)
        last = max(m.time for g in groups for m in digests(tg, g.id))
        tg.wait_for(lambda: tg.calls()[-1].time > last + 2.0)  # several ticks of both instances
    store.dispose()
    for group in groups:
        sent = digests(tg, group.id)
        assert len(sent) == 2, [m.text for m in sent]
        assert "Artikel 1" in sent[0].text and "Artikel 2" in sent[1].text and "Artikel 1" not in sent[1].text
