"""The JSON shape of an extraction, as `kutip extract --jsonl` prints it (a contract other tools rely on)."""

from __future__ import annotations

from kutip.extract.model import Extraction


def extraction_to_json(extraction: Extraction) -> dict:
    return {
        "language": extraction.language,
        "claims": [
            {
                "speaker": c.speaker.name,
                "speaker_role": c.speaker.role,
                "speaker_kind": c.speaker.kind,
                "type": c.type,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
            }
            for c in extraction.claims
        ],
        "figures": [
            {
                "text": f.text,
                "value": f.value,
                "unit": f.unit,
                "to_value": f.to_value,
                "change_pct": f.change_pct,
                "upper": f.upper,
                "qualifier": f.qualifier,
                "direction": f.direction,
                "subject": f.subject,
                "claim": f.claim_index,
                "start": f.start,
                "end": f.end,
            }
            for f in extraction.figures
        ],
    }
