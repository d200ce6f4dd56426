"""setWebhook, deleteWebhook and getWebhookInfo: recorded only, the fake never delivers to a webhook."""

from __future__ import annotations

from typing import Any

from tests.e2e.fake_telegram.core import FakeCore, _bad_request
from tests.e2e.fake_telegram_http import UploadedFile


class Webhook(FakeCore):
    """A webhook set makes getUpdates answer 409, as on Telegram."""

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.webhook = {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        with self._cond:
            if url and not url.startswith("https://"):
                raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
            self.webhook = {k: v for k, v in params.items() if not isinstance(v, UploadedFile)} if url else {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            info: dict[str, Any] = {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
            if self.webhook.get("allowed_updates"):
                info["allowed_updates"] = self.webhook["allowed_updates"]
            return info
