"""Updates and long polling: what the bot receives, and getUpdates with Telegram's offset, limit,
allowed_updates and 409 rules.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from tests.e2e.fake_telegram.core import ApiError, FakeCore

# Delivered when the bot never set allowed_updates (Telegram's default leaves these three out).
DEFAULT_EXCLUDED_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}


class Updates(FakeCore):
    """The update queue and getUpdates."""

    def updates(self) -> list[dict[str, Any]]:
        """Every update ever queued for the bot, delivered or not."""
        with self._cond:
            return copy.deepcopy(self._all_updates)

    @property
    def polls_waiting(self) -> int:
        """How many getUpdates requests are being held open right now (long polling)."""
        with self._cond:
            return self._waiting_polls

    def wait_for_polling(self, timeout: float = 15.0) -> None:
        """Block until the bot holds a getUpdates long poll open: a bot subprocess is then ready."""
        if not self.wait_for(lambda: self._waiting_polls > 0, timeout):
            raise TimeoutError(
                f"the bot did not start polling within {timeout}s; calls: {[c.method for c in self.calls()]}"
            )

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates the bot has not confirmed yet (by a getUpdates offset past them)."""
        with self._cond:
            return copy.deepcopy(self._updates)

    def _push_update(self, kind: str, payload: dict[str, Any]) -> None:
        with self._cond:
            update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
            self._next_update_id += 1
            self._updates.append(update)
            self._all_updates.append(update)
            self._cond.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        deadline = time.monotonic() + max(float(params.get("timeout") or 0), 0)
        with self._cond:
            if self.webhook.get("url"):
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                )
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()  # an older long poll is answered 409, as Telegram does
            if "allowed_updates" in params:
                allowed = params["allowed_updates"] or []
                self._allowed_updates = set(allowed) if allowed else None
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            self._waiting_polls += 1
            self._cond.notify_all()
            try:
                while True:
                    if self._stopping:
                        return []
                    if generation != self._poll_generation:
                        raise ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                        )
                    self._updates = [u for u in self._updates if self._is_allowed(u)]
                    if self._updates:
                        return copy.deepcopy(self._updates[:limit])
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return []
                    self._cond.wait(remaining)
            finally:
                self._waiting_polls -= 1
                self._cond.notify_all()

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self._allowed_updates is None:
            return kind not in DEFAULT_EXCLUDED_UPDATES
        return kind in self._allowed_updates
