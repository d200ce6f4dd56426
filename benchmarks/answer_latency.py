"""Answering latency at scale, and ingest throughput as users run it. Not a test: run it by hand.

    .venv/bin/python benchmarks/answer_latency.py [--claims 1000000] [--postgres URL] [--ingest 2000]

1. Builds a SQLite database (and with --postgres, a PostgreSQL one) of --claims claims made from the
   dev gold claims (`../shared/eval/dev`) with thousands of synthetic speakers, words swapped for
   others from the corpus, and dates spread over ten years. Rows go in by bulk insert (executemany /
   COPY) but carry the same schema and search terms `storage.articles` writes.
2. Asks a few hundred varied questions (gold questions, the same with synthetic speakers, typos,
   titles, who- and figure questions) in process on a warm connection after a warm-up, and prints
   p50/p95 per backend.
3. Ingests --ingest distinct article files (dev texts varied) with `kutip ingest` into a fresh SQLite
   database and prints articles/s (extraction and storage included), and the database sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text as sql  # noqa: E402

from kutip.answer.terms import terms  # noqa: E402
from storage.answering import answer_question  # noqa: E402
from storage.db import open_store  # noqa: E402
from storage.speakers import speaker_key  # noqa: E402
from tests.gold import GOLD_DIR, load_gold  # noqa: E402

FIRST = (
    "Agus Budi Citra Dewi Eko Fajar Gita Hadi Indra Joko Kartika Lina Made Nur Oki Putri Rudi Sari Tono "
    "Umar Wati Yanto Zainal Anita Bambang Cahya Dimas Endah Farhan Galih Hendra Intan Jaka Kevin Laras Maya "
    "Nanda Oscar Pandu Qori Rina Sinta Teguh Utami Vino Wulan Yusuf Zahra John Mary Robert Linda Michael"
).split()
LAST = (
    "Santoso Wijaya Saputra Hidayat Lestari Nugroho Kurniawan Pratama Siregar Simanjuntak Harahap Nasution "
    "Wibowo Setiawan Susanto Gunawan Halim Tanjung Purba Sitompul Rahman Hakim Firmansyah Permana Utomo "
    "Suryadi Hartono Salim Effendi Kusuma Smith Johnson Brown Miller Davis Wilson Moore Taylor Clark Lewis"
).split()
ROLES = ("Menteri Keuangan", "Gubernur", "Wali Kota", "Juru Bicara", "Direktur Utama", "Ketua Umum", "CEO")


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()}"


def build(url: str, claims_wanted: int, seed: int = 7) -> dict:
    """Fill a fresh database at `url` with synthetic articles until `claims_wanted` claims; returns counts."""
    rng = random.Random(seed)
    golds = load_gold()
    vocab = sorted({w for g in golds for w in g.article.text.split() if w.isalpha() and len(w) > 4})
    names = [f"{f} {m} {last}" for f in FIRST for m in FIRST[:8] for last in LAST][:8000]
    store = open_store(url)
    pg = store.dialect == "postgresql"
    speakers, aliases, articles, claims, figures = [], [], [], [], []
    speaker_ids: dict[str, int] = {}

    def speaker(name: str, role: str | None, more: tuple[str, ...]) -> int:
        if name not in speaker_ids:
            sid = len(speaker_ids) + 1
            speaker_ids[name] = sid
            speakers.append({"id": sid, "name": name, "key": speaker_key(name), "role": role})
            keys = {speaker_key(a): a for a in (name, name.split()[-1], *more, *((role,) if role else ()))}
            aliases.extend({"speaker_id": sid, "alias": alias, "key": key} for key, alias in keys.items())
        return speaker_ids[name]

    start = datetime(2015, 1, 1, tzinfo=UTC)
    claim_id = figure_id = 0
    term_counts: Counter[str] = Counter()
    article_id = 0
    while claim_id < claims_wanted:
        gold = rng.choice(golds)
        article_id += 1
        published = start + timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
        cast: dict[str, int] = {}
        for c in gold.extraction.claims:
            if c.speaker.name not in cast:
                if rng.random() < 0.03:  # the real speaker now and then: Lavrov has ~1,000 claims at 1M
                    cast[c.speaker.name] = speaker(c.speaker.name, c.speaker.role, c.speaker.aliases)
                else:
                    cast[c.speaker.name] = speaker(rng.choice(names), rng.choice((None, *ROLES)), ())
        ids = []
        for position, c in enumerate(gold.extraction.claims):
            claim_id += 1
            swap = rng.choice(vocab)
            words = c.text.split()
            words[rng.randrange(len(words))] = swap
            text = " ".join(words)
            sentence = c.sentence.replace(c.text, text)
            text_terms, sentence_terms = " ".join(terms(text)), " ".join(terms(sentence))
            term_counts.update(set(sentence_terms.split()))
            claims.append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "speaker_id": cast[c.speaker.name],
                    "position": position,
                    "type": c.type,
                    "text": text,
                    "sentence": sentence,
                    "start": c.start,
                    "end": c.end,
                    "published": published,
                    "text_terms": text_terms,
                    "sentence_terms": sentence_terms,
                }
            )
            ids.append(claim_id)
        for f in gold.extraction.figures if article_id % 3 == 0 else ():
            figure_id += 1
            sentence = gold.article.text[max(0, f.start - 80) : f.end + 80]
            figures.append(
                {
                    "id": figure_id,
                    "article_id": article_id,
                    "claim_id": ids[f.claim_index] if f.claim_index is not None else None,
                    "text": f.text,
                    "value": f.value,
                    "unit": f.unit,
                    "to_value": f.to_value,
                    "subject": f.subject,
                    "sentence": sentence,
                    "start": f.start,
                    "end": f.end,
                    "published": published,
                    "terms": " ".join(terms(f"{f.subject or ''} {sentence}")),
                }
            )
        body = "\n\n".join(c["sentence"] for c in claims[-len(ids) :])
        articles.append(
            {
                "id": article_id,
                "title": f"{gold.article.title} #{article_id}",
                "published": published,
                "language": gold.language,
                "text": body,
                "content_hash": f"{article_id:064x}",
                "ingested_at": published,
            }
        )
    counts = [{"term": t, "claims": n} for t, n in term_counts.items()]
    if pg:
        _copy_postgres(store, speakers, aliases, articles, claims, figures, counts)
    else:
        _insert_sqlite(store, speakers, aliases, articles, claims, figures, counts)
    store.dispose()
    return {
        "articles": len(articles),
        "claims": len(claims),
        "figures": len(figures),
        "speakers": len(speakers),
    }


def _naive(rows: list[dict]) -> list[dict]:
    """SQLite keeps UTC datetimes naive (see storage.types.UTCDateTime)."""
    for r in rows:
        for k in ("published", "ingested_at"):
            if k in r and r[k] is not None:
                r[k] = r[k].replace(tzinfo=None)
    return rows


def _insert_sqlite(store, speakers, aliases, articles, claims, figures, counts) -> None:
    raw = store.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("PRAGMA synchronous=OFF")

    def many(table: str, rows: list[dict]) -> None:
        if rows:
            cols = list(rows[0])
            cur.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})", rows
            )

    many("speaker", [{**s, "kind": "person", "claim_count": 0} for s in speakers])
    many("speaker_alias", aliases)
    many("article", _naive(articles))
    many("claim", _naive(claims))
    cur.executemany(
        "INSERT INTO claim_fts(rowid, terms) VALUES (?, ?)", ((c["id"], c["sentence_terms"]) for c in claims)
    )
    many("figure", _naive(figures))
    cur.executemany(
        "INSERT INTO figure_fts(rowid, terms) VALUES (?, ?)", ((f["id"], f["terms"]) for f in figures)
    )
    many("claim_term", counts)
    cur.execute("UPDATE speaker SET claim_count = (SELECT count(*) FROM claim WHERE speaker_id = speaker.id)")
    raw.commit()
    cur.execute("ANALYZE")
    raw.commit()
    raw.close()


def _copy_postgres(store, speakers, aliases, articles, claims, figures, counts) -> None:
    raw = store.engine.raw_connection()
    cur = raw.cursor()

    def copy(table: str, rows: list[dict]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        quoted = ", ".join(f'"{c}"' for c in cols)
        with cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as out:
            for r in rows:
                out.write_row([r[c] for c in cols])

    cur.execute("DROP INDEX ix_claim_terms")
    copy("speaker", [{**s, "kind": "person", "claim_count": 0} for s in speakers])
    copy("speaker_alias", aliases)
    copy("article", articles)
    copy("claim", claims)
    copy("figure", figures)
    copy("claim_term", counts)
    cur.execute("UPDATE claim SET terms = to_tsvector('simple', sentence_terms)")
    cur.execute("UPDATE figure SET search = to_tsvector('simple', terms)")
    cur.execute(
        "UPDATE speaker SET claim_count = c.n FROM (SELECT speaker_id, count(*) AS n FROM claim GROUP BY speaker_id) c"
        " WHERE c.speaker_id = speaker.id"
    )
    cur.execute("CREATE INDEX ix_claim_terms ON claim USING gin (terms)")
    for table in ("speaker", "speaker_alias", "article", "claim", "figure"):
        cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    raw.commit()
    # the UPDATEs above leave a dead copy of every claim and figure; autovacuum would clear them in a
    # live database (and may be off here), and the search plans read the heap: vacuum before timing
    raw.driver_connection.autocommit = True
    cur.execute("VACUUM ANALYZE")
    raw.close()


def questions(n: int, seed: int = 11) -> list[str]:
    """Gold questions, the same asked of synthetic speakers, with typos and titles, and figure questions."""
    rng = random.Random(seed)
    golds = load_gold()
    asked = [q["q"] for g in golds for q in g.questions]
    out = list(asked)
    names = [f"{f} {m} {last}" for f in FIRST for m in FIRST[:8] for last in LAST]
    templates = (
        "Apa kata {name} soal {topic}?",
        "{name} bilang apa tentang {topic}?",
        "What did {name} say about {topic}?",
        "Apa pernyataan {name}?",
        "Siapa yang bilang {topic}?",
        "Berapa {topic}?",
        "Apa kata {typo} soal {topic}?",
        "Apa kata Menkeu soal {topic}?",
    )
    topics = [t for g in golds for c in g.claims for t in c.get("about", [])]
    while len(out) < n:
        name = rng.choice(names).split()[-1] if rng.random() < 0.3 else rng.choice(names)
        typo = name[:-2] + name[-1] + name[-2]
        out.append(rng.choice(templates).format(name=name, topic=rng.choice(topics), typo=typo))
    rng.shuffle(out)
    return out[:n]


def latency(url: str, asked: list[str]) -> tuple[float, float, float]:
    store = open_store(url)
    for q in asked[:30]:
        answer_question(store, q)
    took = []
    answered = 0
    for q in asked:
        t = time.perf_counter()
        result = answer_question(store, q)
        took.append((time.perf_counter() - t) * 1000)
        answered += bool(result.answers)
    store.dispose()
    took.sort()
    return statistics.median(took), took[int(len(took) * 0.95) - 1], answered / len(asked)


def ingest_rate(count: int, workdir: Path) -> tuple[float, float]:
    """`kutip ingest` of `count` distinct files (dev texts, paragraphs shuffled, a line added) into SQLite."""
    rng = random.Random(3)
    golds = load_gold()
    files = []
    for i in range(count):
        g = golds[i % len(golds)]
        paragraphs = g.article.text.split("\n\n")
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        path = workdir / f"article-{i:05d}.txt"
        path.write_text(f"{g.article.title} ({i})\n\n" + "\n\n".join(head + rest), encoding="utf-8")
        files.append(str(path))
    db = workdir / "ingest.db"
    kutip = Path(sys.executable).with_name("kutip")
    t = time.perf_counter()
    subprocess.run([str(kutip), "--db", f"sqlite:///{db}", "ingest", *files], check=True, capture_output=True)
    return count / (time.perf_counter() - t), db.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--postgres", help="URL of an empty PostgreSQL database to fill as well")
    parser.add_argument("--ingest", type=int, default=2000, help="article files for the ingest run (0: skip)")
    parser.add_argument("--keep", type=Path, help="folder for the databases (default: a temporary one)")
    args = parser.parse_args()
    if not GOLD_DIR.is_dir():
        sys.exit(f"gold files not found at {GOLD_DIR}")
    print(f"machine: {machine()}")
    print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        asked = questions(args.questions)
        targets = [("sqlite", f"sqlite:///{work / 'bench.db'}")]
        if args.postgres:
            targets.append(("postgresql", args.postgres))
        for name, url in targets:
            t = time.perf_counter()
            made = build(url, args.claims)
            print(f"{name}: built {made} in {time.perf_counter() - t:.0f} s")
            if name == "sqlite":
                print(f"sqlite: database size {(work / 'bench.db').stat().st_size / 1e6:.0f} MB")
            else:
                store = open_store(url)
                with store.session() as s:
                    size = s.execute(sql("SELECT pg_database_size(current_database())")).scalar()
                store.dispose()
                print(f"postgresql: database size {size / 1e6:.0f} MB")
            p50, p95, answered = latency(url, asked)
            print(
                f"{name}: {len(asked)} questions, p50 {p50:.1f} ms, p95 {p95:.1f} ms, answered {answered:.0%}"
            )
        if args.ingest:
            rate, size = ingest_rate(args.ingest, work)
            print(
                f"ingest: {args.ingest} files with `kutip ingest` into SQLite: {rate:.0f} articles/s, {size:.1f} MB"
            )


if __name__ == "__main__":
    main()
