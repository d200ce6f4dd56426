"""Telegram's strict HTML parse mode, as the fake Bot API needs it.

Telegram does not use a forgiving browser parser: an unknown tag, an unclosed or mismatched tag, a bare
``<`` or an ``&`` that is not one of the few entities it knows is a 400 "can't parse entities". The bot
must therefore escape everything it did not write itself; this module lets the end-to-end tests catch
a bot that forgets. It returns what Telegram stores: the plain text and its entities, with offsets in
UTF-16 code units like the real API.

    parse_html('<b>Lavrov</b> &amp; Huawei') -> ('Lavrov & Huawei', [{'type': 'bold', 'offset': 0, 'length': 6}])
"""

from __future__ import annotations

import re
from typing import Any

# Tag -> entity type. Attributes decide a few (a href, span class, pre > code language, blockquote expandable).
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
}
_ALL_TAGS = {*_SIMPLE_TAGS, "a", "span", "tg-emoji"}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")
_TAG_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTRIBUTE = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")


class HtmlParseError(ValueError):
    """The text Telegram would answer with after "Bad Request: can't parse entities: "."""


def parse_html(markup: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and Telegram-shaped entities for ``markup``, or raise HtmlParseError like Telegram."""
    return _Parser(markup).run()


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Parser:
    def __init__(self, markup: str) -> None:
        self.markup = markup
        self.pos = 0
        self.out: list[str] = []
        self.utf16 = 0
        self.open: list[tuple[str, dict[str, Any] | None]] = []  # (tag name, entity being built)
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, pos: int) -> int:
        return len(self.markup[:pos].encode("utf-8"))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.utf16 += _utf16_len(text)

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        markup = self.markup
        while self.pos < len(markup):
            char = markup[self.pos]
            if char == "<":
                self.tag()
            elif char == "&":
                self.entity()
            elif char == ">":
                # Telegram tolerates a bare '>' in text.
                self.emit(char)
                self.pos += 1
            else:
                end = self.pos
                while end < len(markup) and markup[end] not in "<&":
                    end += 1
                self.emit(markup[self.pos : end])
                self.pos = end
        if self.open:
            raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{self.open[-1][0]}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def entity(self) -> None:
        match = _ENTITY.match(self.markup, self.pos)
        if match is None or (match.group(3) and match.group(3) not in _NAMED_ENTITIES):
            raise HtmlParseError(
                f'Unsupported HTML entity at byte offset {self.byte_offset(self.pos)}; use "&amp;" for a literal "&"'
            )
        decimal, hexadecimal, name = match.groups()
        if name:
            self.emit(_NAMED_ENTITIES[name])
        else:
            code = int(decimal) if decimal else int(hexadecimal, 16)
            self.emit(chr(code) if 0 < code <= 0x10FFFF else "\ufffd")
        self.pos = match.end()

    def tag(self) -> None:
        start = self.pos
        closing = self.markup.startswith("</", start)
        name_match = _TAG_NAME.match(self.markup, start + (2 if closing else 1))
        if name_match is None:
            raise HtmlParseError(
                f'Unexpected "<" at byte offset {self.byte_offset(start)}; use "&lt;" for a literal "<"'
            )
        name = name_match.group(0).lower()
        end = self.markup.find(">", name_match.end())
        if end == -1:
            raise HtmlParseError(f"Unclosed start tag at byte offset {self.byte_offset(start)}")
        if closing:
            self.close_tag(name, start)
        else:
            self.open_tag(name, self.markup[name_match.end() : end], start)
        self.pos = end + 1

    def open_tag(self, name: str, attribute_text: str, start: int) -> None:
        if name not in _ALL_TAGS:
            raise HtmlParseError(f'Unsupported start tag "{name}" at byte offset {self.byte_offset(start)}')
        attributes = _parse_attributes(attribute_text.rstrip("/"))
        entity: dict[str, Any] | None = {"type": _SIMPLE_TAGS.get(name), "offset": self.utf16}
        if name == "a":
            href = attributes.get("href", "")
            entity = {"type": "text_link", "offset": self.utf16, "url": href} if href else None
        elif name == "span":
            if attributes.get("class") != "tg-spoiler":
                raise HtmlParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(start)}'
                )
            entity["type"] = "spoiler"
        elif name == "tg-emoji":
            if "emoji-id" not in attributes:
                raise HtmlParseError(
                    f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {self.byte_offset(start)}'
                )
            entity = {"type": "custom_emoji", "offset": self.utf16, "custom_emoji_id": attributes["emoji-id"]}
        elif name == "blockquote" and "expandable" in attributes:
            entity["type"] = "expandable_blockquote"
        elif name == "code" and self.open and self.open[-1][0] == "pre":
            pre = self.open[-1][1]
            language = attributes.get("class", "")
            if pre is not None and language.startswith("language-"):
                pre["language"] = language.removeprefix("language-")
                entity = None  # <pre><code class="language-x"> is one pre entity with a language
        self.open.append((name, entity))

    def close_tag(self, name: str, start: int) -> None:
        if not self.open:
            raise HtmlParseError(f"Unexpected end tag at byte offset {self.byte_offset(start)}")
        open_name, entity = self.open[-1]
        if open_name != name:
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {self.byte_offset(start)}, expected "</{open_name}>", found "</{name}>"'
            )
        self.open.pop()
        if entity is not None and self.utf16 > entity["offset"]:
            entity["length"] = self.utf16 - entity["offset"]
            self.entities.append(entity)


def _parse_attributes(text: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, double, single, bare = match.groups()
        attributes[name.lower()] = next((v for v in (double, single, bare) if v is not None), "")
    return attributes
