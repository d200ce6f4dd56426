"""The HTTP side of the fake Bot API: a threaded stdlib server and request decoding.

Telegram accepts a method's parameters as a query string, ``application/x-www-form-urlencoded``,
``application/json`` or ``multipart/form-data``. python-telegram-bot 22 sends form-urlencoded for
most calls (every non-string value JSON-encoded into a string: ``reply_markup={"inline_keyboard": …}``,
``chat_id=42``) and multipart when it uploads a file. Like Telegram, the values are decoded by
parameter name, so a text of ``"42"`` stays a string while ``chat_id=42`` becomes an int.

The Bot API semantics live in the ``fake_telegram`` package; this module only turns HTTP into
``handle_method(token, method, params)`` and ``handle_file(token, path)`` calls and back.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

_JSON_PARAMS = {
    "reply_markup",
    "reply_parameters",
    "entities",
    "caption_entities",
    "link_preview_options",
    "allowed_updates",
    "commands",
    "scope",
    "menu_button",
    "media",
    "rights",
}
_INT_PARAMS = {
    "offset",
    "limit",
    "message_id",
    "message_thread_id",
    "reply_to_message_id",
    "user_id",
    "from_chat_id",
    "cache_time",
    "max_connections",
    "until_date",
}
_BOOL_PARAMS = {
    "disable_web_page_preview",
    "disable_notification",
    "protect_content",
    "allow_sending_without_reply",
    "show_alert",
    "drop_pending_updates",
    "has_spoiler",
    "show_caption_above_media",
    "disable_content_type_detection",
    "only_if_banned",
    "revoke",
    "for_channels",
    "allow_paid_broadcast",
}
_INTEGER = re.compile(r"-?\d+")
_METHOD_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request, e.g. the ``document`` of sendDocument."""

    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"


class BotApi(Protocol):
    def handle_method(self, token: str, method: str, params: dict[str, Any]) -> Reply: ...

    def handle_file(self, token: str, path: str) -> Reply: ...


def json_reply(status: int, payload: dict[str, Any]) -> Reply:
    return Reply(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def decode_value(name: str, value: str) -> Any:
    """A form field as Telegram reads it: ``decode_value("chat_id", "-100123")`` -> -100123."""
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if (name in _INT_PARAMS or name in {"chat_id", "user_id"}) and _INTEGER.fullmatch(value.strip()):
        return int(value)
    if name in _BOOL_PARAMS:
        return value.strip().lower() in {"true", "1"}
    return value


def parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """Fields of a multipart/form-data body; file parts become UploadedFile, others are decoded."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        return {}
    delimiter = b"--" + match.group(1).encode("latin-1")
    params: dict[str, Any] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        part = part.removeprefix(b"\r\n").removesuffix(b"\r\n")
        head, _, data = part.partition(b"\r\n\r\n")
        headers = head.decode("utf-8", "replace")
        name = re.search(r'\bname="([^"]*)"', headers)
        if name is None:
            continue
        filename = re.search(r'\bfilename="([^"]*)"', headers) or re.search(
            r"\bfilename\*=(?:UTF-8'')?([^;\r\n]+)", headers, re.IGNORECASE
        )
        mime = re.search(r"(?im)^content-type:\s*([^\r\n;]+)", headers)
        if filename is not None:
            params[name.group(1)] = UploadedFile(
                filename=unquote(filename.group(1)),
                content=data,
                mime_type=mime.group(1).strip() if mime else "application/octet-stream",
            )
        else:
            params[name.group(1)] = decode_value(name.group(1), data.decode("utf-8"))
    return params


def parse_params(query: str, body: bytes, content_type: str) -> dict[str, Any]:
    params: dict[str, Any] = {k: decode_value(k, v) for k, v in parse_qsl(query, keep_blank_values=True)}
    kind = content_type.split(";")[0].strip().lower()
    if not body:
        return params
    if kind == "application/json":
        loaded = json.loads(body)
        if isinstance(loaded, dict):
            params.update(loaded)
    elif kind == "multipart/form-data":
        params.update(parse_multipart(body, content_type))
    else:
        params.update(
            {k: decode_value(k, v) for k, v in parse_qsl(body.decode("utf-8"), keep_blank_values=True)}
        )
    return params


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects from api.telegram.org

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)  # PTB percent-encodes the ':' of the token in file URLs
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        api = self.server.api
        if method := _METHOD_PATH.match(path):
            try:
                params = parse_params(url.query, body, self.headers.get("Content-Type", ""))
            except (ValueError, UnicodeDecodeError):
                reply = json_reply(
                    400, {"ok": False, "error_code": 400, "description": "Bad Request: can't parse request"}
                )
            else:
                reply = api.handle_method(method["token"], method["method"], params)
        elif file := _FILE_PATH.match(path):
            reply = api.handle_file(file["token"], file["path"])
        else:
            reply = json_reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        if self.server.closing:
            self.close_connection = True  # a keep-alive client must not go on talking to a stopped fake
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the fake keeps its own request log (FakeTelegram.calls)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a bot opening 20 connections at once (PTB's pool
    # holds up to 256) then sees resets (httpx.ReadError) that Telegram would never cause
    request_queue_size = 1024

    def __init__(self, api: BotApi) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api = api
        self.closing = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a bot stopped mid long poll) is normal; anything else is printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class HttpServer:
    """Serves ``api`` on 127.0.0.1 at a free port from a background thread."""

    def __init__(self, api: BotApi) -> None:
        self._server = _Server(api)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-telegram",
            daemon=True,
        )

    @property
    def root(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.closing = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
