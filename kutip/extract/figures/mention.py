"""A number token while it is being read and joined with its neighbours."""

from __future__ import annotations

from dataclasses import dataclass

from kutip.extract.lexicon import units

CURRENCY_CODES = frozenset(units.CURRENCY_PREFIXES.values())


@dataclass
class Mention:
    """One number token and what was read around it; `keep` says whether it is a figure.

    What reading finds (span, value, unit and the words around it) is set once by `reading.read`;
    the joining passes (`joining.py`) then move values between neighbours and settle the verdict
    (`keep`, `hard_skip`, `consumed`), which is why the record is mutable.
    """

    start: int
    end: int
    value: float
    unit: str | None = None
    scaled: bool = False  # a scale word multiplied it: "35 ribu", "$1.1 billion"
    measured: bool = False  # a unit of measure or a counted noun follows
    qualifier: str | None = None  # "sekitar", "about"
    direction: str | None = None  # "up" or "down", from a word just before it
    last_word: str = ""  # the word right before it: cues for counts, numbering, dates
    noun_start: int | None = None  # where the counted noun begins: "35 ribu *spesialis*"
    # The verdict, settled by reading and revised by joining:
    keep: bool = False
    hard_skip: bool = False  # dates, years, numbering: never a figure, never joined
    numbering: bool = False  # "Pasal 378": and so is "dan atau 372" after it
    after_name: bool = False  # dropped as a name's number ("Class 681"), unless a list of counts holds it
    # What joining adds:
    upper: float | None = None  # the upper bound of a range: "Rp 10-15 juta"
    to_value: float | None = None  # the later amount of a change
    consumed: bool = False  # folded into the mention before it (the later end of a change)
    shares_subject: bool = False  # the second end of a range or alternative: "$45 million and *$50 million*"

    @property
    def money_or_share(self) -> bool:
        return self.unit == "percent" or self.unit in CURRENCY_CODES
