"""The one place that turns answers into words for a reader: Telegram HTML, or plain text for the terminal.

Everything that comes from users or articles is escaped; Telegram rejects a message with a stray `<`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from kutip.answer.rank import Candidate
from storage.answering import AnswerSet

TEXTS = {
    "id": {
        "nothing": "Belum ada pernyataan yang cocok dengan pertanyaan itu.",
        "did_you_mean": "Mungkin maksud Anda: {names}?",
        "more": "{n} jawaban lain tersedia.",
        "source": "Sumber",
        "direct": "kutipan langsung",
        "indirect": "pernyataan tidak langsung",
    },
    "en": {
        "nothing": "Nothing stored answers that question yet.",
        "did_you_mean": "Did you mean: {names}?",
        "more": "{n} more answers available.",
        "source": "Source",
        "direct": "direct quote",
        "indirect": "indirect statement",
    },
}


@dataclass(frozen=True)
class Style:
    """How to mark up: HTML for Telegram, nothing for a terminal."""

    rich: bool

    def esc(self, text: str) -> str:
        return html.escape(text, quote=False) if self.rich else text

    def bold(self, text: str) -> str:
        return f"<b>{self.esc(text)}</b>" if self.rich else text

    def italic(self, text: str) -> str:
        return f"<i>{self.esc(text)}</i>" if self.rich else text

    def link(self, label: str, url: str | None) -> str:
        if not url:
            return self.esc(label)
        if self.rich:
            return f'<a href="{html.escape(url, quote=True)}">{self.esc(label)}</a>'
        return f"{label} <{url}>"


def speaker_label(name: str, role: str | None, style: Style) -> str:
    """`Sergei Lavrov (Menteri Luar Negeri Rusia)`, the role only when it adds something."""
    if role and role.casefold() not in name.casefold():
        return f"{style.bold(name)} ({style.esc(role)})"
    return style.bold(name)


def format_date(when: datetime | None) -> str:
    return when.strftime("%d-%m-%Y") if when else "?"


def format_answer(answer: Candidate, lang: str, style: Style) -> str:
    t = TEXTS.get(lang, TEXTS["id"])
    quote = f"“{answer.text}”" if answer.type == "direct" else answer.text
    source = style.link(answer.article_title or t["source"], answer.article_url)
    return (
        f"{speaker_label(answer.speaker, answer.speaker_role, style)}: {style.esc(quote)}\n"
        f"{style.italic(t.get(answer.type, answer.type))} · {format_date(answer.published)} · {source}"
    )


def format_answers(result: AnswerSet, lang: str | None = None, style: Style = Style(rich=True)) -> str:
    lang = lang or result.question.language
    t = TEXTS.get(lang, TEXTS["id"])
    if not result.answers:
        lines = [style.esc(t["nothing"])]
        if result.suggestions:
            lines.append(style.esc(t["did_you_mean"].format(names=", ".join(result.suggestions))))
        return "\n".join(lines)
    parts = [format_answer(a, lang, style) for a in result.answers]
    rest = result.total - len(result.answers)
    if rest > 0:
        parts.append(style.esc(t["more"].format(n=rest)))
    return "\n\n".join(parts)
