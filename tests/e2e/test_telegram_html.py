"""Telegram's strict HTML parse mode: what it accepts, what it stores, what it rejects."""

from __future__ import annotations

import pytest

from tests.e2e.telegram_html import HtmlParseError, parse_html


@pytest.mark.parametrize(
    ("markup", "text", "entities"),
    [
        ("Lavrov &amp; Huawei", "Lavrov & Huawei", []),
        ("<b>Lavrov</b> berkata", "Lavrov berkata", [{"type": "bold", "offset": 0, "length": 6}]),
        (
            "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>",
            "abcd",
            ["bold", "italic", "underline", "strikethrough"],
        ),
        (
            '<a href="https://x.id/a?b=1&amp;c=2">tautan</a>',
            "tautan",
            [{"type": "text_link", "offset": 0, "length": 6, "url": "https://x.id/a?b=1&amp;c=2"}],
        ),
        ("&lt;5G&gt; &quot;kata&quot; &#8220;x&#x201D;", '<5G> "kata" “x”', []),
        ("harga > 5", "harga > 5", []),
        (
            "📡 <i>sinyal</i>",
            "📡 sinyal",
            [{"type": "italic", "offset": 3, "length": 6}],
        ),  # emoji is 2 UTF-16 units
        ('<span class="tg-spoiler">rahasia</span>', "rahasia", ["spoiler"]),
        ("<tg-spoiler>rahasia</tg-spoiler>", "rahasia", ["spoiler"]),
        (
            '<pre><code class="language-python">x = 1</code></pre>',
            "x = 1",
            [{"type": "pre", "offset": 0, "length": 5, "language": "python"}],
        ),
        ("<blockquote expandable>kutipan</blockquote>", "kutipan", ["expandable_blockquote"]),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍", ["custom_emoji"]),
        ("<b>tebal <i>miring</i></b>", "tebal miring", ["bold", "italic"]),
        ("<b></b>kosong", "kosong", []),
    ],
)
def test_accepted_markup(markup: str, text: str, entities: list) -> None:
    plain, found = parse_html(markup)
    assert plain == text
    if entities and isinstance(entities[0], str):
        assert [e["type"] for e in found] == entities
    else:
        assert found == entities


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<b>tebal", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("1 < 2", 'Unexpected "<" at byte offset 2'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("AT&T", "Unsupported HTML entity at byte offset 2"),
        ("&nbsp;", "Unsupported HTML entity at byte offset 0"),
        ('<span class="bold">x</span>', 'Tag "span" must have class "tg-spoiler"'),
        ("<tg-emoji>x</tg-emoji>", 'Tag "tg-emoji" must have attribute "emoji-id"'),
        ("é<p>", 'Unsupported start tag "p" at byte offset 2'),  # offsets count UTF-8 bytes
    ],
)
def test_rejected_markup(markup: str, reason: str) -> None:
    with pytest.raises(HtmlParseError) as error:
        parse_html(markup)
    assert reason in str(error.value)
