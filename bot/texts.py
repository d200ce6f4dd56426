"""Everything the bot says in its own words, in Indonesian and English: the one table per language.

The language follows the reader's Telegram setting (`update.effective_user.language_code`):
Indonesian and the regional languages of Indonesia read Indonesian, everything else English.
"""

from __future__ import annotations

INDONESIAN_CODES = ("id", "ms", "jv", "su")

COMMANDS = {
    "id": (
        ("help", "Cara memakai kutip"),
        ("who", "Profil pembicara: /who Lavrov"),
        ("said", "Siapa bilang apa soal topik: /said 5G"),
        ("figures", "Angka soal subjek: /figures transaksi Huawei"),
        ("latest", "Artikel terbaru"),
        ("article", "Klaim dan angka satu artikel: /article 12"),
        ("subscribe", "Ringkasan berkala untuk grup ini"),
        ("unsubscribe", "Berhenti berlangganan ringkasan"),
        ("digest", "Kirim ringkasan sekarang (/digest preview: lihat dulu)"),
        ("filter", "Saring ringkasan: /filter add Lavrov"),
        ("timezone", "Zona waktu ringkasan: /timezone Asia/Makassar"),
    ),
    "en": (
        ("help", "How to use kutip"),
        ("who", "A speaker's profile: /who Lavrov"),
        ("said", "Who said what on a topic: /said 5G"),
        ("figures", "Figures on a subject: /figures Huawei transactions"),
        ("latest", "Newest articles"),
        ("article", "One article's claims and figures: /article 12"),
        ("subscribe", "Scheduled digests for this group"),
        ("unsubscribe", "Stop the digests"),
        ("digest", "Post a digest now (/digest preview: see it first)"),
        ("filter", "Filter digests: /filter add Lavrov"),
        ("timezone", "Digest time zone: /timezone Asia/Makassar"),
    ),
}

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "help": (
            "<b>kutip</b> membaca berita dan mencatat <i>siapa mengatakan apa</i>.\n\n"
            "Tanyakan saja, misalnya: <i>Apa kata Lavrov soal 5G?</i> (di grup: sebut @{bot} atau balas pesan saya)\n\n"
            "/who NAMA — profil pembicara\n/said TOPIK — siapa bilang apa\n/figures SUBJEK — angka dan grafiknya\n"
            "/latest — artikel terbaru\n/article ID — isi satu artikel\n\n"
            "<b>Grup</b> (admin): /subscribe [daily 08:00 | twice daily | every 6h | weekly mon 09:00], "
            "/unsubscribe, /digest [preview], /filter add|exclude|list|clear, /timezone ZONA"
        ),
        "admin_help": "\n\n<b>Admin bot</b>: /ingest URL atau teks (baris pertama judul), /feeds add|list|remove, /stats",
        "error": "Maaf, terjadi kesalahan. Silakan coba lagi sebentar lagi.",
        "rate_limited": "Terlalu banyak pertanyaan. Coba lagi dalam satu menit.",
        "not_allowed": "Maaf, hanya admin bot yang boleh melakukan itu.",
        "not_chat_admin": "Maaf, hanya admin grup ini yang boleh mengatur ringkasan.",
        "expired": "Tombol ini sudah kedaluwarsa. Silakan bertanya lagi.",
        "bad_button": "Tombol ini tidak dikenal.",
        "more_answers": "Jawaban lain ▸",
        "previous": "◂ Sebelumnya",
        "more_from": "Lainnya dari {name}",
        "source": "Sumber",
        "unsubscribe_button": "Berhenti berlangganan",
        "remove_button": "Hapus #{id}",
        "usage_who": "Tulis nama pembicara, misalnya: /who Lavrov",
        "usage_said": "Tulis topiknya, misalnya: /said 5G",
        "usage_figures": "Tulis subjeknya, misalnya: /figures transaksi Huawei",
        "usage_article": "Tulis nomor artikel, misalnya: /article 1 (lihat /latest)",
        "usage_ingest": (
            "Kirim /ingest URL, atau /ingest lalu teks artikel (baris pertama judul), "
            "atau balas sebuah pesan dengan /ingest, atau kirim berkas .txt/.html."
        ),
        "usage_feeds": "/feeds add URL · /feeds list · /feeds remove ID",
        "usage_filter": "/filter add KATA · /filter exclude KATA · /filter list · /filter clear",
        "usage_timezone": "Zona waktu saat ini: {zone}. Ubah dengan /timezone Asia/Makassar",
        "no_speaker": "Belum ada pembicara bernama “{name}”.",
        "no_figures": "Belum ada angka soal “{subject}”.",
        "no_article": "Tidak ada artikel nomor {id}.",
        "no_articles": "Belum ada artikel tersimpan.",
        "profile_claims": "{n} pernyataan tersimpan",
        "profile_aliases": "Juga disebut",
        "latest_statements": "Pernyataan terbaru",
        "latest_title": "Artikel terbaru",
        "figures_title": "Angka soal “{subject}”",
        "n_claims": "{n} klaim",
        "n_figures": "{n} angka",
        "statements_of": "Pernyataan {name}",
        "claims": "Klaim",
        "figures": "Angka",
        "stored": "Tersimpan sebagai artikel {id}: “{title}”\n{counts}. Pembicara: {speakers}",
        "duplicate": "Sudah tersimpan sebagai artikel {id} “{title}” ({reason}).",
        "not_stored": "Tidak tersimpan: {reason}",
        "too_large": "berkas terlalu besar ({size} byte, batas {limit})",
        "not_text_file": "hanya berkas .txt, .html atau .json yang bisa dibaca",
        "ingest_unavailable": "membaca tautan belum tersedia di versi ini",
        "feed_added": "Feed #{id} ditambahkan: {url}\nAkan diperiksa setiap {n:g} menit.",
        "feed_exists": "Feed itu sudah ada (#{id}).",
        "feed_removed": "Feed #{id} dihapus.",
        "feed_unknown": "Tidak ada feed #{id}.",
        "feeds_none": "Belum ada feed. Tambahkan dengan /feeds add URL",
        "feed_line": "#{id} {url} — {status}",
        "feed_ok": "baik",
        "feed_failing": "gagal {n}× ({error})",
        "feed_failed": "⚠️ Feed #{id} {url} gagal ({n}×): {error}. Dicoba lagi nanti.",
        "bad_url": "Itu bukan alamat http(s).",
        "stats": (
            "<b>Statistik</b>\nArtikel: {articles}\nKlaim: {claims}\nAngka: {figures}\n"
            "Pembicara: {speakers}\nFeed: {feeds}\nGrup berlangganan: {subscribed}"
        ),
        "subscribed": "Ringkasan aktif: {schedule} ({zone}). Berikutnya: {next}.",
        "bad_schedule": "Jadwal tidak dikenali ({reason}). Contoh: daily 08:00 · twice daily · every 6h · weekly mon 09:00",
        "unsubscribed": "Ringkasan dihentikan.",
        "not_subscribed": "Grup ini belum berlangganan. Mulai dengan /subscribe",
        "digest_empty": "Belum ada artikel baru sejak ringkasan terakhir.",
        "digest_preview": "👀 Pratinjau ringkasan berikutnya ({n} pesan), belum dikirim:",
        "digest_title": "📰 <b>Ringkasan kutip</b> — {n} artikel baru",
        "digest_more": "(+{n} pernyataan lain)",
        "digest_also": "Juga dimuat",
        "filter_added": "Filter disimpan: {mode} “{term}”.",
        "filter_exists": "Filter itu sudah ada.",
        "filter_bad_term": "Tulis kata biasa (huruf atau angka).",
        "filter_too_many": "Sudah terlalu banyak filter; hapus dengan /filter clear",
        "filter_list": "Filter grup ini:\nHanya: {include}\nKecuali: {exclude}",
        "filter_none": "Belum ada filter: semua artikel masuk ringkasan.",
        "filter_cleared": "{n} filter dihapus.",
        "include": "hanya",
        "exclude": "kecuali",
        "timezone_set": "Zona waktu: {zone}.",
        "bad_timezone": "Zona waktu “{zone}” tidak dikenal. Contoh: Asia/Jakarta, Asia/Makassar, Asia/Jayapura",
        # answers and the lines under each statement (bot/render.py)
        "nothing": "Belum ada pernyataan yang cocok dengan pertanyaan itu.",
        "did_you_mean": "Mungkin maksud Anda: {names}?",
        "more": "{n} jawaban lain tersedia.",
        "direct": "kutipan langsung",
        "indirect": "pernyataan tidak langsung",
        "figure": "angka",
        "also": "juga di {n} artikel lain",
        "stored_on": "disimpan {date}",
    },
    "en": {
        "help": (
            "<b>kutip</b> reads the news and keeps track of <i>who said what</i>.\n\n"
            "Just ask, e.g.: <i>What did Lavrov say about 5G?</i> (in groups: mention @{bot} or reply to me)\n\n"
            "/who NAME — a speaker's profile\n/said TOPIC — who said what\n/figures SUBJECT — figures and a chart\n"
            "/latest — newest articles\n/article ID — one article\n\n"
            "<b>Groups</b> (admins): /subscribe [daily 08:00 | twice daily | every 6h | weekly mon 09:00], "
            "/unsubscribe, /digest [preview], /filter add|exclude|list|clear, /timezone ZONE"
        ),
        "admin_help": "\n\n<b>Bot admins</b>: /ingest URL or text (first line is the title), /feeds add|list|remove, /stats",
        "error": "Sorry, something went wrong. Please try again in a moment.",
        "rate_limited": "Too many questions. Please try again in a minute.",
        "not_allowed": "Sorry, only the bot's admins may do that.",
        "not_chat_admin": "Sorry, only this group's admins may manage its digests.",
        "expired": "This button has expired. Please ask again.",
        "bad_button": "Unknown button.",
        "more_answers": "More answers ▸",
        "previous": "◂ Previous",
        "more_from": "More from {name}",
        "source": "Source",
        "unsubscribe_button": "Unsubscribe",
        "remove_button": "Remove #{id}",
        "usage_who": "Give a speaker's name, e.g.: /who Lavrov",
        "usage_said": "Give a topic, e.g.: /said 5G",
        "usage_figures": "Give a subject, e.g.: /figures Huawei transactions",
        "usage_article": "Give an article number, e.g.: /article 1 (see /latest)",
        "usage_ingest": (
            "Send /ingest URL, or /ingest followed by the article text (first line is the title), "
            "or reply to a message with /ingest, or send a .txt/.html file."
        ),
        "usage_feeds": "/feeds add URL · /feeds list · /feeds remove ID",
        "usage_filter": "/filter add WORD · /filter exclude WORD · /filter list · /filter clear",
        "usage_timezone": "Current time zone: {zone}. Change it with /timezone Asia/Makassar",
        "no_speaker": "No speaker called “{name}” yet.",
        "no_figures": "No figures about “{subject}” yet.",
        "no_article": "There is no article number {id}.",
        "no_articles": "No articles stored yet.",
        "profile_claims": "{n} statements stored",
        "profile_claims_one": "{n} statement stored",
        "profile_aliases": "Also called",
        "latest_statements": "Latest statements",
        "latest_title": "Newest articles",
        "figures_title": "Figures about “{subject}”",
        "n_claims": "{n} claims",
        "n_claims_one": "{n} claim",
        "n_figures": "{n} figures",
        "n_figures_one": "{n} figure",
        "statements_of": "Statements by {name}",
        "claims": "Claims",
        "figures": "Figures",
        "stored": "Stored as article {id}: “{title}”\n{counts}. Speakers: {speakers}",
        "duplicate": "Already stored as article {id} “{title}” ({reason}).",
        "not_stored": "Not stored: {reason}",
        "too_large": "file too large ({size} bytes, limit {limit})",
        "not_text_file": "only .txt, .html or .json files can be read",
        "ingest_unavailable": "reading links is not available in this version",
        "feed_added": "Feed #{id} added: {url}\nIt will be checked every {n:g} minutes.",
        "feed_added_one": "Feed #{id} added: {url}\nIt will be checked every minute.",
        "feed_exists": "That feed is already there (#{id}).",
        "feed_removed": "Feed #{id} removed.",
        "feed_unknown": "There is no feed #{id}.",
        "feeds_none": "No feeds yet. Add one with /feeds add URL",
        "feed_line": "#{id} {url} — {status}",
        "feed_ok": "ok",
        "feed_failing": "failed {n}× ({error})",
        "feed_failed": "⚠️ Feed #{id} {url} failed ({n}×): {error}. Will retry later.",
        "bad_url": "That is not an http(s) address.",
        "stats": (
            "<b>Stats</b>\nArticles: {articles}\nClaims: {claims}\nFigures: {figures}\n"
            "Speakers: {speakers}\nFeeds: {feeds}\nSubscribed chats: {subscribed}"
        ),
        "subscribed": "Digests on: {schedule} ({zone}). Next: {next}.",
        "bad_schedule": "Unknown schedule ({reason}). Examples: daily 08:00 · twice daily · every 6h · weekly mon 09:00",
        "unsubscribed": "Digests stopped.",
        "not_subscribed": "This chat has no digest yet. Start with /subscribe",
        "digest_empty": "No new articles since the last digest.",
        "digest_preview": "👀 Preview of the next digest ({n} messages), not posted yet:",
        "digest_preview_one": "👀 Preview of the next digest ({n} message), not posted yet:",
        "digest_title": "📰 <b>kutip digest</b> — {n} new articles",
        "digest_title_one": "📰 <b>kutip digest</b> — {n} new article",
        "digest_more": "(+{n} more statements)",
        "digest_more_one": "(+{n} more statement)",
        "digest_also": "Also published by",
        "filter_added": "Filter saved: {mode} “{term}”.",
        "filter_exists": "That filter is already there.",
        "filter_bad_term": "Use a plain word (letters or digits).",
        "filter_too_many": "Too many filters; remove them with /filter clear",
        "filter_list": "This chat's filters:\nOnly: {include}\nExcept: {exclude}",
        "filter_none": "No filters: every article goes into the digest.",
        "filter_cleared": "{n} filters removed.",
        "filter_cleared_one": "{n} filter removed.",
        "include": "only",
        "exclude": "except",
        "timezone_set": "Time zone: {zone}.",
        "bad_timezone": "Unknown time zone “{zone}”. Examples: Asia/Jakarta, Asia/Makassar, Asia/Jayapura",
        # answers and the lines under each statement (bot/render.py)
        "nothing": "Nothing stored answers that question yet.",
        "did_you_mean": "Did you mean: {names}?",
        "more": "{n} more answers available.",
        "more_one": "{n} more answer available.",
        "direct": "direct quote",
        "indirect": "indirect statement",
        "figure": "figure",
        "also": "also in {n} other articles",
        "also_one": "also in {n} other article",
        "stored_on": "stored {date}",
    },
}


def language_of(code: str | None) -> str:
    """`"id"`, `"jv"`, None → "id"; `"en-GB"`, `"ru"` → "en"."""
    if code is None:
        return "id"
    return "id" if code.split("-")[0].lower() in INDONESIAN_CODES else "en"


def text(lang: str, key: str, **values: object) -> str:
    """A message in `lang`; values are inserted as given (escape them first when they come from users).

    A message that counts `n` takes its `_one` form for one where the language has it: English
    `1 new article`, `2 new articles`; Indonesian nouns do not change (`1 artikel baru`), so it has none.
    """
    table = TEXTS[lang]
    if values.get("n") == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    return table[key].format(**values) if values else table[key]


def claims_and_figures(lang: str, claims: int, figures: int) -> str:
    """`3 claims, 1 figure` / `3 klaim, 1 angka`: an article's counts, each noun in its own number."""
    return f"{text(lang, 'n_claims', n=claims)}, {text(lang, 'n_figures', n=figures)}"
