"""Gold articles (`../shared/eval/dev/*.json`) as extractions, to test answering without the extractor.

Each gold claim becomes a stored claim with its speaker, aliases and evidence; the sentence is the
one around the evidence in the text. Ranking can then be judged on its own: the extractor's quality
is a separate figure.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path

from kutip.extract.model import Claim, Extraction, Figure, Speaker
from kutip.ingest.article import Article

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT.parent / "shared" / "eval" / "dev"
# Words that mark a speaker as an organisation, so no "surname" alias is made of its last word.
_ORGANISATION = re.compile(
    r"\b(campaign|post|times|news|network|atlas|bank|asosiasi|kementerian|komisi|badan|polda|polres|"
    r"ojk|kpk|bpjs|afpi|sky|sports|similarweb|hill|politico|amerika|serikat|rusia|china|reuters|"
    r"institute|association|committee|department|office|house|council|party|partai|pemerintah)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+|\n+")


@dataclass(frozen=True)
class GoldArticle:
    id: str
    language: str
    article: Article
    extraction: Extraction
    questions: tuple[dict, ...]
    claims: tuple[dict, ...]


def load_gold(folder: Path = GOLD_DIR) -> list[GoldArticle]:
    return [gold_article(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))]


def gold_article(item: dict) -> GoldArticle:
    text = item["text"]
    published = (
        datetime.fromisoformat(item["published"]).replace(tzinfo=UTC) if item.get("published") else None
    )
    article = Article(
        text, title=item.get("title"), url=_url(item), published=published, language=item["lang"]
    )
    claims = tuple(_claim(text, c) for c in item.get("claims", []))
    figures = tuple(_figure(text, f, claims) for f in item.get("figures", []))
    extraction = Extraction(
        item["lang"], claims=claims, figures=figures, speakers=tuple(dict.fromkeys(c.speaker for c in claims))
    )
    return GoldArticle(
        item["id"],
        item["lang"],
        article,
        extraction,
        tuple(item.get("questions", [])),
        tuple(item.get("claims", [])),
    )


def _url(item: dict) -> str | None:
    source = item.get("source") or ""
    return source if source.startswith("http") else None


def _speaker(gold: dict) -> Speaker:
    name = gold["speaker"]
    organisation = _ORGANISATION.search(name) or (len(name.split()) == 1 and name.isupper())
    return Speaker(name, "organisation" if organisation else "person", None, tuple(gold.get("aliases", [])))


def _claim(text: str, gold: dict) -> Claim:
    start = text.index(gold["evidence"])
    end = start + len(gold["evidence"])
    s_start, s_end = sentence_bounds(text, start, end)
    return Claim(
        _speaker(gold), gold["type"], gold["evidence"], start, end, text[s_start:s_end], s_start, s_end
    )


def _figure(text: str, gold: dict, claims: tuple[Claim, ...]) -> Figure:
    start = text.index(gold["evidence"])
    end = start + len(gold["evidence"])
    owner = next(
        (i for i, c in enumerate(claims) if c.sentence_start <= start and end <= c.sentence_end), None
    )
    return Figure(
        gold["evidence"],
        start,
        end,
        float(gold["value"]),
        gold.get("unit"),
        to_value=gold.get("to_value"),
        subject=gold.get("subject"),
        claim_index=owner,
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding text[start:end]: from the last sentence end before it to the next after."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.start() if m else len(text)
    return left, right


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w\s]", " ", s.casefold())
    return re.sub(r"\s+", " ", s).strip()


def same_speaker(system: str, speaker: str, aliases: list[str]) -> bool:
    """The scorer's rule (../shared/eval/score.py): near-identical to a gold name, or containing it."""
    sys_n = norm(system)
    if not sys_n:
        return False
    if any(norm(n) and SequenceMatcher(None, sys_n, norm(n)).ratio() >= 0.85 for n in [speaker, *aliases]):
        return True
    canon = set(norm(speaker).split())
    return bool(canon) and canon <= set(sys_n.split())


def covers(system_text: str, evidence: str) -> bool:
    g, s = norm(evidence).split(), norm(system_text).split()
    if not g or not s:
        return False
    hit = sum(1 for t in g if t in set(s)) / len(g)
    return hit >= 0.5 and len(s) <= 3 * len(g) + 10


def is_right(gold: GoldArticle, question: dict, speaker: str, text: str) -> bool:
    aliases = next((c.get("aliases", []) for c in gold.claims if c["speaker"] == question["speaker"]), [])
    evidence = question["evidence"]
    evidences = [evidence] if isinstance(evidence, str) else list(evidence)
    return same_speaker(speaker, question["speaker"], aliases) and any(covers(text, e) for e in evidences)
