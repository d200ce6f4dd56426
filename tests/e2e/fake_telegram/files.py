"""Files: documents users upload, the bot's sendPhoto/sendDocument, getFile and the download URL."""

from __future__ import annotations

from typing import Any

from tests.e2e.fake_telegram.core import (
    MAX_CAPTION,
    MAX_DOWNLOAD,
    Chat,
    FakeCore,
    StoredFile,
    User,
    _bad_request,
    _utf16_len,
)
from tests.e2e.fake_telegram.messages import detect_entities
from tests.e2e.fake_telegram_http import Reply, UploadedFile, json_reply


class Files(FakeCore):
    """Stored files by file_id, served at {base_url}/file/bot{token}/{file_path}."""

    def user_sends_document(
        self,
        user: User,
        chat: Chat | None = None,
        filename: str = "file.txt",
        content: bytes = b"",
        mime_type: str = "text/plain",
        caption: str | None = None,
        *,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A document upload; the bot can getFile it and download the exact bytes."""
        with self._cond:
            chat = chat or self.private_chat(user)
            stored = self._store_file(content, mime_type, filename, folder="documents")
            message = self._new_message(chat, user, thread_id=thread_id)
            message["document"] = _document_api(stored)
            if caption:
                message["caption"] = caption
                if found := detect_entities(caption):
                    message["caption_entities"] = found
            self._store_and_deliver(message, chat)
            return message

    def handle_file(self, token: str, path: str) -> Reply:
        if token != self.token:
            return json_reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        with self._cond:
            stored = next((f for f in self._files.values() if f.file_path == path), None)
        if stored is None:
            return json_reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        return Reply(200, stored.content, stored.mime_type)

    def _store_file(self, content: bytes, mime_type: str, file_name: str, folder: str) -> StoredFile:
        number = next(self._ids)
        extension = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
        stored = StoredFile(
            file_id=f"BQACAgUAAxkBAAI{number:08d}FakeKutipFile",
            file_unique_id=f"AgAD{number:06d}",
            file_path=f"{folder}/file_{number}.{extension}",
            content=content,
            mime_type=mime_type,
            file_name=file_name,
        )
        self._files[stored.file_id] = stored
        return stored

    def _send_media(self, method: str, kind: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            media = params.get(kind)
            if isinstance(media, UploadedFile):
                stored = self._store_file(media.content, media.mime_type, media.filename, folder=f"{kind}s")
            elif isinstance(media, str) and media in self._files:
                stored = self._files[media]
            elif isinstance(media, str) and media.startswith(("http://", "https://")):
                stored = self._store_file(
                    b"", "application/octet-stream", media.rsplit("/", 1)[-1], folder=f"{kind}s"
                )
            else:
                raise _bad_request(
                    f"there is no {kind} in the request"
                    if not media
                    else "wrong file identifier/HTTP URL specified"
                )
            caption, entities, html = self._format(
                str(params.get("caption") or ""), params, "caption_entities"
            )
            if _utf16_len(caption) > MAX_CAPTION:
                raise _bad_request("message caption is too long")
            markup = self._reply_markup(params)
            message = self._bot_message(chat, params)
            if kind == "photo":
                message["photo"] = [
                    {
                        "file_id": stored.file_id,
                        "file_unique_id": stored.file_unique_id,
                        "file_size": len(stored.content),
                        "width": 1280,
                        "height": 720,
                    }
                ]
            else:
                message["document"] = _document_api(stored)
            if caption:
                message["caption"] = caption
                if entities:
                    message["caption_entities"] = entities
            if markup:
                message["reply_markup"] = markup
            return self._record_sent(method, chat, message, caption, html, params)

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            stored = self._files.get(str(params.get("file_id") or ""))
            if stored is None:
                raise _bad_request("invalid file_id")
            if len(stored.content) > MAX_DOWNLOAD:
                raise _bad_request("file is too big")
            return stored.to_api()


def _document_api(stored: StoredFile) -> dict[str, Any]:
    return {
        "file_name": stored.file_name,
        "mime_type": stored.mime_type,
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
    }
