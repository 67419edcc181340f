"""claimcheck's library: read news articles, extract their claims, cross-check them.

Pure Python: no Flask, no storage, no I/O beyond the strings it is given.
"""

from claims.dates import find_dates
from claims.errors import InvalidInput, TimeBudgetExceeded
from claims.extract import extract
from claims.model import (
    Article,
    Claim,
    DateInterval,
    DateMention,
    Document,
    Finding,
    Group,
    Quantity,
    QuantityMention,
    Report,
    Sentence,
    Summary,
)
from claims.numbers import find_quantities, parse_quantity
from claims.report import check
from claims.text import parse_document
from claims.verify import Evidence, Verdict, Verification, verify

__all__ = [
    "Article",
    "Claim",
    "DateInterval",
    "DateMention",
    "Document",
    "Evidence",
    "Finding",
    "Group",
    "InvalidInput",
    "Quantity",
    "QuantityMention",
    "Report",
    "Sentence",
    "Summary",
    "Verdict",
    "Verification",
    "TimeBudgetExceeded",
    "check",
    "extract",
    "find_dates",
    "find_quantities",
    "parse_document",
    "parse_quantity",
    "verify",
]
