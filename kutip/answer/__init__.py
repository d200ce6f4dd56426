"""Answer: parse a reader's question and rank stored claims against it (no SQL here)."""
