"""The one place that turns answers into words for a reader: Telegram HTML, or plain text for the terminal.

Everything that comes from users or articles is escaped; Telegram rejects a message with a stray `<`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.texts import claims_and_figures, text
from bot.units import CURRENCY_SIGNS, PERCENT, unit_word
from kutip.answer.results import AnswerSet, FigureAnswer
from kutip.answer.statement import Statement
from kutip.extract.lexicon import lexicon


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


def format_date(published: datetime | None, stored: datetime | None, lang: str) -> str:
    """The article's own date as the reader writes it, `22 Okt 2025` / `Oct 22, 2025` (a `22-10-2025`
    reads as 10 December to half the world); without one, the day kutip stored it, said so:
    `disimpan 4 Des 2026` / `stored Dec 4, 2026`."""
    lex = lexicon(lang)
    when = published or stored
    if when is None:
        return "?"
    written = lex.date_format.format(
        day=when.day, month=lex.month_abbreviations[when.month - 1], year=when.year
    )
    return written if published else text(lang, "stored_on", date=written)


MAX_QUOTE = 600  # a hostile or runaway "quote" is cut so one block always fits a message


def shorten(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted(text: str, kind: str, limit: int = MAX_QUOTE) -> str:
    """A speaker's own words in quotation marks, a reported statement without: `“5G adalah …”`."""
    return f"“{shorten(text, limit)}”" if kind == "direct" else shorten(text, limit)


def format_statement(
    s: Statement, lang: str, style: Style = Style(rich=True), with_sentence: bool = False
) -> str:
    """One stored statement, the same wherever it is shown (an answer, `/who`, an article, its source):

    `Sergei Lavrov (Menteri Luar Negeri Rusia): “5G adalah masalah penting bagi kami”`
    `kutipan langsung · 23 Agu 2020 · Menlu Rusia: … · #1` (the title links the article; `#1` is its
    number for `/article 1`). The source view adds the whole sentence under the quote. Long quotes and
    titles are cut so a page of statements always fits a message.
    """
    lines = [
        f"{speaker_label(s.speaker, s.speaker_role, style)}: {style.esc(quoted(s.text, s.type))}",
        _source_line(s, lang, style),
    ]
    if with_sentence and s.sentence and s.sentence.strip() != s.text.strip():
        lines.insert(1, style.italic(shorten(s.sentence, 1500)))
    return "\n".join(lines)


def format_figure_answer(
    s: Statement, figure: FigureAnswer, lang: str, style: Style = Style(rich=True)
) -> str:
    """A figure question's answer leads with the figure, what it measures and who gave it, then the
    sentence it stands in: `2,32% — inflasi inti · Juli Budi Winantya` / `Menurut Direktur …`. A figure
    no claim holds has no speaker here (at most its outlet): never the title or a paragraph."""
    value = format_figure_value(
        figure.value, figure.unit, figure.to_value, figure.change_pct, None, lang, figure.text
    )
    head = style.bold(value)
    if told(figure.subject, value):
        head += f" — {style.esc(shorten(figure.subject, 120))}"
    if s.speaker:
        head += f" · {speaker_label(s.speaker, s.speaker_role, style)}"
    return "\n".join([head, style.esc(shorten(s.sentence, 300)), _source_line(s, lang, style)])


def _source_line(s: Statement, lang: str, style: Style) -> str:
    """`kutipan langsung · 23 Agu 2020 · Menlu Rusia: … · #1`, the kind of statement in the reader's words."""
    source = style.link(shorten(s.article_title or text(lang, "source"), 120), s.article_url)
    line = f"{style.italic(text(lang, s.type))} · {format_date(s.published, s.stored, lang)} · {source} · #{s.article_id}"
    return line + also_in(s.copies, lang, style)


def also_in(copies: int, lang: str, style: Style) -> str:
    """` · juga di 6 artikel lain`: the syndicated copies a statement or figure stands for; none, nothing."""
    if not copies:
        return ""
    return f" · {style.esc(text(lang, 'also', n=copies))}"


def format_answers(result: AnswerSet, lang: str | None = None, style: Style = Style(rich=True)) -> str:
    lang = lang or result.question.language
    if not result.answers:
        lines = [style.esc(text(lang, "nothing"))]
        if result.suggestions:
            lines.append(style.esc(text(lang, "did_you_mean", names=", ".join(result.suggestions))))
        return "\n".join(lines)
    figures = result.figures or (None,) * len(result.answers)
    parts = [
        format_figure_answer(a, f, lang, style) if f else format_statement(a, lang, style)
        for a, f in zip(result.answers, figures, strict=True)
    ]
    rest = result.total - len(result.answers)
    if rest > 0:
        parts.append(style.esc(text(lang, "more", n=rest)))
    return "\n\n".join(parts)


# ---- the bot's other messages: speakers, figures, articles, digests -------------------------------

MAX_MESSAGE = 4096  # Telegram's limit, in characters after entity parsing; we count the markup too

SCALES = {
    "id": ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")),
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
}
SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def format_number(value: float, lang: str) -> str:
    """`392e6` → `392 juta` / `392 million`; `35000` → `35.000` / `35,000`; `3.9` → `3,9` / `3.9`."""
    thousands, decimal = SEPARATORS.get(lang, SEPARATORS["en"])
    for scale, word in SCALES.get(lang, SCALES["en"]):
        if abs(value) >= scale:
            return f"{_digits(value / scale, thousands, decimal)} {word}"
    return _digits(value, thousands, decimal)


def _digits(value: float, thousands: str, decimal: str) -> str:
    rounded = round(value, 2)
    whole = f"{abs(rounded):,.2f}".rstrip("0").rstrip(".")
    whole = whole.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return ("-" if rounded < 0 else "") + whole


def format_amount(value: float, unit: str | None, lang: str, written: str | None = None) -> str:
    """`(392e6, "USD")` → `US$392 juta`; `(3.9, "percent")` → `3,9%`; `(190, "square kilometer", "id")`
    → `190 kilometer persegi`; `(51, "speech", "en", "51 speeches")` → `51 speeches`, a counted noun
    the tables do not know kept as the article wrote it (`written`, the figure's own text)."""
    if unit in (PERCENT, "%"):
        thousands, decimal = SEPARATORS.get(lang, SEPARATORS["en"])
        return f"{_digits(value, thousands, decimal)}%"  # `1.000%`, never `1 ribu%`
    number = format_number(value, lang)
    if unit in CURRENCY_SIGNS:
        return f"{CURRENCY_SIGNS[unit]}{number}"
    if unit:
        return f"{number} {_unit_text(value, unit, lang, written)}"
    return number


def _unit_text(value: float, unit: str, lang: str, written: str | None) -> str:
    """The reader's word for a known unit, else the counted noun as written: `speeches` for `speech`."""
    known = unit_word(unit, lang, value)
    if known:
        return known
    last = written.split()[-1] if written and written.split() else ""
    return last if last.casefold().startswith(unit.casefold()) else unit


def format_figure_value(
    value: float,
    unit: str | None,
    to_value: float | None,
    change_pct: float | None,
    upper: float | None,
    lang: str,
    written: str | None = None,
) -> str:
    """`US$392 juta → US$800 juta (+104%)`, a range `Rp10 juta–Rp15 juta`, or one amount."""
    text = format_amount(value, unit, lang, written)
    if to_value is not None:
        text += f" → {format_amount(to_value, unit, lang, written)}"
        if change_pct is not None:
            text += f" ({'+' if change_pct >= 0 else ''}{format_number(round(change_pct), lang)}%)"
    elif upper is not None:
        text += f"–{format_amount(upper, unit, lang, written)}"
    return text


def told(subject: str | None, value: str) -> bool:
    """Whether a figure's subject says more than its rendered value: `negara` after `21 negara` does not."""
    return bool(subject) and not value.casefold().endswith(f" {subject.casefold()}")


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Cut a long HTML message between paragraphs, else between lines, so no tag is ever split.

    Blocks are built short enough (quotes are `shorten`ed) that a single line never exceeds the limit;
    a line that still does is cut at a space outside any tag as a last resort.
    """
    parts: list[str] = []
    current = ""
    for block in text.split("\n\n"):
        for piece in _fit(block, limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts


def _fit(block: str, limit: int) -> list[str]:
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    current = ""
    for line in block.split("\n"):
        while len(line) > limit:
            cut = _safe_cut(line, limit)
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = line
    if current:
        pieces.append(current)
    return pieces


def _safe_cut(line: str, limit: int) -> int:
    """The last space before `limit` that is outside a tag and an entity (or `limit` itself)."""
    best = 0
    inside_tag = inside_entity = False
    for i, ch in enumerate(line[:limit]):
        if ch == "<":
            inside_tag = True
        elif ch == ">":
            inside_tag = False
        elif ch == "&":
            inside_entity = True
        elif ch == ";":
            inside_entity = False
        elif ch == " " and not inside_tag and not inside_entity:
            best = i
    return best or limit


def format_profile(profile, lang: str, style: Style = Style(rich=True)) -> str:
    """`/who Lavrov`: name, role, aliases, how many statements, the latest ones."""
    lines = [speaker_label(profile.name, profile.role, style)]
    if profile.aliases:
        lines.append(f"{style.esc(text(lang, 'profile_aliases'))}: {style.esc(', '.join(profile.aliases))}")
    lines.append(style.esc(text(lang, "profile_claims", n=profile.claims)))
    parts = ["\n".join(lines)]
    if profile.latest:
        parts.append(style.bold(text(lang, "latest_statements")))
        parts.extend(format_statement(s, lang, style) for s in profile.latest)
    return "\n\n".join(parts)


def format_figure_row(row, lang: str, style: Style = Style(rich=True)) -> str:
    value = format_figure_value(row.value, row.unit, row.to_value, row.change_pct, row.upper, lang, row.text)
    subject = f" — {style.esc(shorten(row.subject, 120))}" if told(row.subject, value) else ""
    source = style.link(shorten(row.article_title or "#" + str(row.article_id), 80), row.article_url)
    meta = f"{format_date(row.published, row.stored, lang)} · {source} · #{row.article_id}{also_in(row.copies, lang, style)}"
    return f"{style.bold(value)}{subject}\n{meta}"


def format_figures(rows, subject: str, lang: str, style: Style = Style(rich=True)) -> str:
    title = style.bold(text(lang, "figures_title", subject=shorten(subject, 80)))
    return "\n\n".join([title, *(format_figure_row(r, lang, style) for r in rows)])


def format_article_summary(a, lang: str, style: Style = Style(rich=True)) -> str:
    title = style.link(shorten(a.title or "(untitled)", 200), a.url)
    counts = claims_and_figures(lang, a.claims, a.figures)
    return f"#{a.id} {title}\n{format_date(a.published, a.ingested_at, lang)} · {style.esc(counts)} · /article_{a.id}"


def format_latest(articles, lang: str, style: Style = Style(rich=True)) -> str:
    return "\n\n".join(
        [
            style.bold(text(lang, "latest_title")),
            *(format_article_summary(a, lang, style) for a in articles),
        ]
    )


def format_article(detail, lang: str, style: Style = Style(rich=True)) -> str:
    parts = [format_article_summary(detail.summary, lang, style)]
    if detail.statements:
        parts.append(style.bold(text(lang, "claims")))
        parts.extend(format_statement(s, lang, style) for s in detail.statements)
    if detail.figures:
        parts.append(style.bold(text(lang, "figures")))
        parts.extend(format_figure_row(f, lang, style) for f in detail.figures)
    return "\n\n".join(parts)


DIGEST_CLAIMS = 3  # key claims per article
DIGEST_FIGURES = 3


def format_digest(articles, lang: str, style: Style = Style(rich=True)) -> list[str]:
    """A digest: a heading, then per article its linked title, the other outlets that carried the same
    story, key claims (speaker — claim) and figures, split into messages at article boundaries."""
    blocks = [text(lang, "digest_title", n=len(articles))]  # a trusted template around a number
    for a in articles:
        lines = [f"▪️ {style.link(shorten(a.title or '(untitled)', 200), a.url)} · #{a.id}"]
        if a.also:
            outlets = ", ".join(style.link(shorten(_outlet(c), 60), c.url) for c in a.also)
            lines.append(f"   {style.italic(text(lang, 'digest_also'))}: {outlets}")
        for c in a.claims[:DIGEST_CLAIMS]:
            lines.append(f"   {style.bold(c.speaker)} — {style.esc(quoted(c.text, c.type, 300))}")
        if len(a.claims) > DIGEST_CLAIMS:
            lines.append(f"   {style.italic(text(lang, 'digest_more', n=len(a.claims) - DIGEST_CLAIMS))}")
        for f in a.figures[:DIGEST_FIGURES]:
            value = format_figure_value(f.value, f.unit, f.to_value, f.change_pct, None, lang, f.text)
            subject = f" ({style.esc(shorten(f.subject, 80))})" if told(f.subject, value) else ""
            lines.append(f"   📊 {style.esc(value)}{subject}")
        blocks.append("\n".join(lines))
    return split_message("\n\n".join(blocks))


def _outlet(article) -> str:
    """Who published a copy: `Kompas.com`, else the link's host (`www.kompas.com`), else its number."""
    return article.outlet or urlsplit(article.url or "").hostname or f"#{article.id}"
