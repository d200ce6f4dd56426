"""Fault injection, and the record of every call that shows how the bot met them."""

from __future__ import annotations

from tests.e2e.fake_telegram.core import ApiError, Call, FakeCore, _Failure


class Faults(FakeCore):
    """fail_next and calls()."""

    def fail_next(
        self,
        method: str,
        status: int = 429,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls of ``method`` fail with ``status``.

        ``fail_next("sendMessage", retry_after=2)`` answers like Telegram's flood control:
        429 "Too Many Requests: retry after 2" with parameters.retry_after = 2.
        ``fail_next("getUpdates", 502, "Bad Gateway")`` is a generic failure.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}" if status == 429 else "Internal Server Error"
            )
        with self._cond:
            self._failures.setdefault(method.lower(), []).append(
                _Failure(status, description, parameters, times)
            )

    def calls(self, method: str | None = None) -> list[Call]:
        """Every request, answered or failed, oldest first; ``method`` is case-insensitive."""
        with self._cond:
            return [c for c in self._calls if method is None or c.method.lower() == method.lower()]

    def _injected_failure(self, method: str) -> None:
        with self._cond:
            queue = self._failures.get(method.lower())
            if not queue:
                return
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            raise ApiError(failure.status, failure.description, failure.parameters)
