"""A per-user limit on questions: at most `per_minute` in any sliding 60 seconds.

Kept in memory (in `bot_data`): a restart forgives everyone, which is fine for a courtesy limit.
"""

from __future__ import annotations

from collections import deque

WINDOW = 60.0


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[int, deque[float]] = {}

    def allow(self, user_id: int, now: float) -> bool:
        """Count a question at `now` (monotonic seconds) unless the user is over the limit."""
        times = self._seen.setdefault(user_id, deque())
        while times and now - times[0] >= WINDOW:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        return True
