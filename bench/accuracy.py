"""Accuracy of claimcheck's number and date reading, scored on the peers' own test suites.

Runs `claims.find_quantities` and `claims.find_dates` over the English test data of
Microsoft Recognizers-Text, Duckling, quantulum3 and dateparser (read from
``../shared/benchmarks``; never copied into the package) and prints, per suite: cases,
value accuracy, unit accuracy where the suite has units, the target where one is set,
and the failures grouped by cause. Optionally runs `claims.extract` over a sample of
the real news corpora (``../shared/corpus``) to count claims and exceptions.

    python bench/accuracy.py                       # every suite + a 100-article corpus sample
    python bench/accuracy.py --suite duckling-time-news --failures 20
    python bench/accuracy.py --list                # suite names and what they read

Where our reading differs from a peer's *on purpose* (DESIGN.md: quantities are
intervals, dates are inclusive days...), the case is compared through one row of
`DELIBERATE` below and counted apart as "deliberate"; nothing is dropped silently.
Cases a Recognizers-Text spec marks NotSupported for Python are skipped and counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"

# Causes a failing case is filed under (first that applies, in this order).
CAUSES = (
    "not implemented",  # the function still raises NotImplementedError
    "exception",  # any other exception: a robustness bug
    "missed",  # an expected result has no mention over its span (or none at all)
    "wrong unit",  # found, value may be right, but the unit/currency is not
    "wrong value",  # found with the right unit, wrong number or dates
    "extra match",  # the suite expects nothing here, we found something
)

SCORING_RULE = (
    "A case passes when every expected result is found with the right value (and the right "
    "unit where the suite has units); extra mentions in a case that expects something are "
    "counted but do not fail it; a case that expects nothing fails on any mention. An expected "
    "result is looked for among our mentions overlapping its span (the whole input when the "
    "suite gives no span). Numbers agree within 1e-6 relative; dates are compared as inclusive "
    "calendar days (times of day ignored). 'deliberate' = agrees only through a row of the "
    "deliberate-difference table; value% counts pass + deliberate, strict% counts pass only."
)

# --------------------------------------------------------------------------- expectations


@dataclass(frozen=True)
class ExpectedQuantity:
    """One number the peer expects: a closed interval (low == high for a point) or an
    open one (`form` "above"/"below"), in `unit` (None: a bare count; "percent"; an ISO
    4217 code; a pint expression; "any-degree")."""

    low: float | None
    high: float | None
    form: str = "point"  # point | range | range-mean | above | below
    unit: str | None = None
    surface: str | None = None
    span: tuple[int, int] | None = None  # [start, end) in the input, when the suite says
    check_unit: bool = True

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        if self.form == "point":
            return f"{_num(self.low)}{unit}"
        if self.form == "above":
            return f">{'=' if self.low is not None else ''}{_num(self.low)}{unit}"
        if self.form == "below":
            return f"<={_num(self.high)}{unit}"
        return f"[{_num(self.low)}, {_num(self.high)}]{unit} ({self.form})"


@dataclass(frozen=True)
class ExpectedDate:
    """One date the peer expects: acceptable inclusive day intervals. An alternative
    tagged with a rule name agrees only through that row of `DELIBERATE`."""

    alternatives: tuple[tuple[dt.date, dt.date, str | None], ...]
    surface: str | None = None
    span: tuple[int, int] | None = None
    month_day: tuple[int | None, int | None] | None = None  # for unresolved readings
    open_side: str | None = None  # "after" / "before": peer interval open on one side
    peer: str = ""

    def describe(self) -> str:
        if not self.alternatives:
            return self.peer or "(no valid date)"
        first = self.alternatives[0]
        text = first[0].isoformat() if first[0] == first[1] else f"{first[0]}..{first[1]}"
        more = len(self.alternatives) - 1
        return (
            text
            + (f" (+{more} alt.)" if more else "")
            + (f" {self.open_side}" if self.open_side else "")
        )


@dataclass(frozen=True)
class Case:
    suite: str
    ident: str
    text: str
    expected: tuple[ExpectedQuantity, ...] | tuple[ExpectedDate, ...]
    reference: dt.date | None = None
    skip: str | None = None  # why the suite itself says not to run it


@dataclass(frozen=True)
class Outcome:
    status: str  # pass | deliberate | fail | skipped
    cause: str | None = None
    rule: str | None = None
    got: str = ""
    units_found: int = 0  # expected results found over their span
    units_right: int = 0  # ... and with the right unit
    extras: int = 0


def _num(value: float | None) -> str:
    if value is None:
        return "open"
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.6g}"


# --------------------------------------------------------------------------- deliberate


@dataclass(frozen=True)
class Deliberate:
    """A documented, intended difference between a peer's reading and ours."""

    name: str
    peer: str  # the peer's form
    ours: str  # our form
    compare: str  # how the harness compares them


DELIBERATE: tuple[Deliberate, ...] = (
    Deliberate(
        "vague-word",
        "a point for a vague or approximate word ('a couple' = 2, 'a few' = 3)",
        "a vague interval ('a couple' 2-3, 'a few' 2-5)",
        "agrees when our interval is vague/approximate and contains the peer's point",
    ),
    Deliberate(
        "open-above",
        "an open interval above N ('more than 4 oz': > 4; Duckling 'above 4')",
        "[N+1, open) for 'more than'/'over', [N, open) for 'at least'",
        "agrees when our high is open and our low lies in [N, N+1] (or N exactly: a pass)",
    ),
    Deliberate(
        "open-below",
        "an open interval below N ('less than 6 lbs'; Duckling 'under 6')",
        "[0, N-1] for 'fewer/less than', [0, N] for 'up to'/'at most'",
        "agrees when our low is 0 or open and our high lies in [N-1, N]",
    ),
    Deliberate(
        "bound-kept",
        "a number model gives the bare number of a bounded phrase ('more than half' = 0.5; "
        "'over 3 years' = 3)",
        "the bound itself ('more than half' = [0.6, open); 'over 3 years' = [3.1, open) year)",
        "agrees when ours is a bound whose anchor lies within one unit of the peer's number "
        "(open above: low in [N, N+1]; open below: high in [N-1, N])",
    ),
    Deliberate(
        "unit-attached",
        "Recognizers-Text's Number model: a number glued to a unit is not a number "
        "('the 180ml liquid', '29km Road', '1m'); its NumberWithUnit models read those",
        "the quantity with its unit (180 milliliter, 29 kilometer, 1 meter)",
        "agrees when the case expects nothing and every mention we return carries a unit; "
        "only in the recognizers-number suite",
    ),
    Deliberate(
        "not-a-quantity",
        "Recognizers-Text: the digit groups of IP addresses, slashed dates, phone numbers "
        "and labels are numbers ('192.168.1.2' = 192; 168; 1; 2; 'SCP-173' = 173)",
        "none of these is a quantity in news (README 'What is not returned')",
        "agrees when we read nothing and every expected number lies inside an IP address, "
        "a d/m/y date, a phone number or a LETTERS-digits label",
    ),
    Deliberate(
        "compound-measure",
        "quantulum3: a compound measure is its parts ('21 years and 6 months' = 21 year; "
        "6 month; '3 years, 2 months, 14 days, and 16 hours')",
        "one measure in its smallest unit ('21 years and 6 months' = 258 month)",
        "agrees when the parts, converted to our unit, sum to our one mention over them",
    ),
    Deliberate(
        "spaced-dash",
        "a minus sign may stand apart from its number ('- 2 degrees', '- 1,200,000')",
        "a dash with a space after it is punctuation (GVC headings: 'Local News - Four "
        "people wounded'); a minus is glued to its number ('-2 degrees')",
        "agrees when ours is the peer's number without the sign and a dash followed by "
        "spaces stands right before our mention",
    ),
    Deliberate(
        "range-mean",
        "quantulum3: a range as mean value +- uncertainty ('8- to 16-meter' = 12 +- 4)",
        "the interval [low, high] itself",
        "peer interval = [value - uncertainty, value + uncertainty]; must equal ours",
    ),
    Deliberate(
        "year-as-date",
        "quantulum3: a bare year ('in 2005') is a dimensionless quantity",
        "a year used as a date is not a quantity (DESIGN.md 'Not quantities')",
        "agrees when the expected number is a 4-digit year 1000-2100 and we read no quantity there",
    ),
    Deliberate(
        "bare-weekday",
        "Duckling: a bare weekday ('friday') is the next one after the reference",
        "a bare weekday follows the tense; with none, news reports the past: the last one",
        "agrees when ours is the same weekday 7 days before Duckling's",
    ),
    Deliberate(
        "bare-day-of-month",
        "Duckling: a bare day of the month ('on the 15th') is the next one after the reference",
        "placed like a bare weekday: follows the tense; with none, the last one on or before "
        "the reference",
        "agrees when ours is the same day of the month, in the month before Duckling's; only "
        "for inputs that name a day of the month and no month",
    ),
    Deliberate(
        "upcoming-span",
        "Duckling: 'upcoming two weeks' / '2 upcoming days' is the single N-th coming unit "
        "('upcoming two weeks' at Tue 2013-02-12 = the week of 2013-02-25)",
        "the whole span of the next N units, as English and news mean it (2013-02-18..2013-03-03)",
        "agrees when ours starts with the unit after the reference's and ends where the "
        "peer's ends (so contains it); only for inputs with 'upcoming'/'coming'/'next' and a "
        "count of days, weeks, months or years",
    ),
    Deliberate(
        "end-exclusive",
        "Duckling: intervals end-exclusive at their grain ('July 13-15' = [13, 16))",
        "inclusive calendar days ([13, 15])",
        "applied to every Duckling interval (peer end minus one instant, as a date); a "
        "conversion, not counted as deliberate",
    ),
    Deliberate(
        "stated-range-end",
        "Recognizers-Text: an explicit day range ends before its last stated day "
        "('from 4-23 in next month' = [Dec 4, Dec 23), P19D)",
        "the stated last day is included ([Dec 4, Dec 23])",
        "agrees when our end is the peer's end date itself rather than the day before",
    ),
    Deliberate(
        "open-date",
        "Duckling: an open time interval ('since 2014' = after 2014-01-01)",
        "the anchor period ('2014' = 2014-01-01..2014-12-31)",
        "agrees when our start equals the peer's bound ('after') or our end the bound's "
        "day ('before')",
    ),
    Deliberate(
        "partial-date",
        "dateparser: a year or month alone is a point, missing parts taken from today",
        "the whole period (the year, the month)",
        "agrees when our interval is the year/month the peer's point falls in",
    ),
    Deliberate(
        "no-reference",
        "dateparser: a year-less date is completed from today or an earlier date in the text",
        "with no publication date given, left unresolved (month/day kept, year unknown)",
        "agrees when our unresolved reading has the peer's month and day",
    ),
    Deliberate(
        "year-less-date",
        "a year-less date or month is the next one (Duckling: 'october 6th' at 2013-02-12 = "
        "2013-10-06) or in the reference year (dateparser: 'July 13th' at 2000-01-01 = 2000-07-13)",
        "the occurrence claims.dates picks around the publication date (news reports the "
        "past, so often the one before)",
        "agrees when day and month match and the year is the one before the peer's; only "
        "for inputs that name a month and write no year",
    ),
)
RULES = {rule.name: rule for rule in DELIBERATE}

# --------------------------------------------------------------------------- units

#: Peer unit names -> ours: ISO 4217 code, "percent", a pint expression, or "any-degree"
#: (a bare "degree" may be an angle or a temperature). Names not listed go through pint.
PEER_UNITS: dict[str, str | None] = {
    "dimensionless": None,
    "unnamed": None,
    "percentage": "percent",
    "%": "percent",
    # currencies (Recognizers-Text, Duckling, quantulum3 names)
    "dollar": "USD",
    "united states dollar": "USD",
    "usd": "USD",
    "euro": "EUR",
    "eur": "EUR",
    "pound sterling": "GBP",
    "british pound": "GBP",
    "gbp": "GBP",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "new zealand dollar": "NZD",
    "swiss franc": "CHF",
    "turkish lira": "TRY",
    "mexican peso": "MXN",
    "costa rican colón": "CRC",
    "georgian lari": "GEL",
    "lao kip": "LAK",
    "sri lankan rupee": "LKR",
    "finnish markka": "FIM",
    "peseta": "ESP",
    "netherlands guilder": "NLG",
    "rupee": "INR",
    "bitcoin": "BTC",
    # temperature and angle
    "c": "degree_Celsius",
    "celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius",
    "f": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree": "any-degree",
    # spellings pint does not parse as written
    "metric ton": "metric_ton",
    "ton": "ton",
    "hectolitre": "hectoliter",
    "m": "meter",
    "inverse femtobarn": "1/femtobarn",
    "inverse second": "1/second",
    "pound-mass": "pound",
}

#: Counting words the peers report as units ("a dozen eggs" = 1 dozen): as a factor.
COUNT_UNITS: dict[str, float] = {"dozen": 12, "gross": 144, "baker's dozen": 13}

#: Subunits the peers report in their own right ("5 cents"): currency and factor.
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "penny": ("GBP", 0.01),
    "pence": ("GBP", 0.01),
    "dime": ("USD", 0.1),
}

#: Currencies named by a generic word: any of these codes agrees.
GENERIC_CURRENCIES: dict[str, frozenset[str]] = {
    "pound": frozenset({"GBP", "EGP", "LBP"}),
    "franc": frozenset({"CHF", "FRF", "BEF"}),
    "dinar": frozenset({"KWD", "IQD", "JOD", "BHD", "DZD", "LYD", "TND", "RSD"}),
    "riyal": frozenset({"SAR", "QAR", "OMR", "YER"}),
    "rial": frozenset({"IRR", "OMR", "YER"}),
}

ISO_CODE = re.compile(r"^[A-Z]{3}$")  # an ISO 4217 currency code


@cache
def _registry():  # pint is a base dependency of claimcheck; built once, on first need
    import pint

    return pint.UnitRegistry()


def _peer_unit(name: str | None, *, mass_pound: bool = False) -> tuple[str | None, float]:
    """A peer's unit name as ours, with the factor to apply to its values."""
    if name is None:
        return None, 1.0
    key = name.strip().lower()
    if key in SUBUNITS:
        code, factor = SUBUNITS[key]
        return code, factor
    if key == "pound" and mass_pound:
        return "pound", 1.0
    if key in COUNT_UNITS:
        return None, COUNT_UNITS[key]
    if key in GENERIC_CURRENCIES:
        return "currency:" + key, 1.0
    if key in PEER_UNITS:
        return PEER_UNITS[key], 1.0
    if ISO_CODE.match(name.strip()):
        return name.strip(), 1.0
    return key, 1.0


def _pint_unit(name: str):
    registry = _registry()
    for candidate in (name, name.replace(" ", "_")):
        try:
            return registry.parse_units(candidate)
        except Exception:  # noqa: BLE001 - pint raises several kinds; any means "not a unit"
            continue
    return None


def _convert(values: Sequence[float | None], ours: str, target: str) -> list[float | None] | None:
    """Our values in the peer's unit, or None when the units do not agree."""
    if ours == target:
        return list(values)
    if target == "any-degree":
        ok = ours in ("degree", "degree_Celsius", "degree_Fahrenheit", "degC", "degF")
        return list(values) if ok else None
    if target.startswith("currency:"):
        return list(values) if ours in GENERIC_CURRENCIES[target.split(":", 1)[1]] else None
    if ISO_CODE.match(target) or ISO_CODE.match(ours) or target == "percent" or ours == "percent":
        return None
    source_unit, target_unit = _pint_unit(ours), _pint_unit(target)
    if source_unit is None or target_unit is None:
        return None
    if source_unit.dimensionality != target_unit.dimensionality:
        return None
    registry = _registry()
    out: list[float | None] = []
    for value in values:
        if value is None:
            out.append(None)
        else:
            out.append(float(registry.Quantity(value, source_unit).to(target_unit).magnitude))
    return out


# --------------------------------------------------------------------------- comparing


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _quantity_verdict(
    mention, exp: ExpectedQuantity, text: str = ""
) -> tuple[str, str | None, str | None]:
    """(status, cause, rule) for one of our mentions against one expected number.

    status: "pass", "deliberate" or "fail"; cause is "wrong unit"/"wrong value"."""
    q = mention.quantity
    ours_unit = q.unit
    if exp.check_unit:
        if exp.unit is None:
            if ours_unit is not None and mention.dimension != "count":
                return "fail", "wrong unit", None
            values = [q.low, q.high, q.best]
        else:
            if ours_unit is None:
                return "fail", "wrong unit", None
            converted = _convert([q.low, q.high, q.best], ours_unit, exp.unit)
            if converted is None:
                return "fail", "wrong unit", None
            values = converted
    else:
        values = [q.low, q.high, q.best]
    low, high, best = values
    if exp.form == "point":
        point = exp.low
        if _close(best, point) or (_close(low, point) and _close(high, point)):
            return "pass", None, None
        if (q.vague or q.approximate) and low is not None and high is not None:
            if low - 1e-9 <= point <= high + 1e-9:
                return "deliberate", None, "vague-word"
        if (
            point is not None
            and point < 0
            and _close(best, -point)
            and SPACED_DASH.search(text[: mention.start]) is not None
        ):
            return "deliberate", None, "spaced-dash"
        if q.bound and point is not None:
            if high is None and low is not None and point - 1e-9 <= low <= point + 1 + 1e-9:
                return "deliberate", None, "bound-kept"
            if (
                high is not None
                and (low is None or _close(low, 0.0))
                and point - 1 - 1e-9 <= high <= point + 1e-9
            ):
                return "deliberate", None, "bound-kept"
        return "fail", "wrong value", None
    if exp.form in ("range", "range-mean"):
        if _close(low, exp.low) and _close(high, exp.high):
            return (
                ("deliberate", None, "range-mean")
                if exp.form == "range-mean"
                else ("pass", None, None)
            )
        return "fail", "wrong value", None
    if exp.form == "above":
        if high is None and low is not None and exp.low - 1e-9 <= low <= exp.low + 1 + 1e-9:
            return (
                ("pass", None, None) if _close(low, exp.low) else ("deliberate", None, "open-above")
            )
        return "fail", "wrong value", None
    if exp.form == "below":
        if (low is None or _close(low, 0.0)) and high is not None:
            if exp.high - 1 - 1e-9 <= high <= exp.high + 1e-9:
                return (
                    ("pass", None, None)
                    if _close(high, exp.high)
                    else ("deliberate", None, "open-below")
                )
        return "fail", "wrong value", None
    raise ValueError(f"unknown form {exp.form!r}")


def _date_verdict(mention, exp: ExpectedDate) -> tuple[str, str | None, str | None]:
    d = mention.date
    if not d.resolved or d.start is None:
        if exp.month_day is not None and (d.month, d.day) == exp.month_day and d.month is not None:
            return "deliberate", None, "no-reference"
        return "fail", "wrong value", None
    for start, end, rule in exp.alternatives:
        if exp.open_side == "after" and d.start == start:
            return "deliberate", None, "open-date"
        if exp.open_side == "before" and d.end == end:
            return "deliberate", None, "open-date"
        if exp.open_side is None and d.start == start and d.end == end:
            return ("deliberate", None, rule) if rule else ("pass", None, None)
    return "fail", "wrong value", None


def _overlaps(mention, span: tuple[int, int] | None) -> bool:
    return span is None or (mention.start < span[1] and span[0] < mention.end)


def _describe_mention(mention) -> str:
    if hasattr(mention, "quantity"):
        q = mention.quantity
        flags = "".join(
            flag[0] for flag in ("exact", "approximate", "vague", "bound") if getattr(q, flag)
        )
        reading = (
            _num(q.low)
            if _close(q.low, q.high) and q.low is not None
            else f"[{_num(q.low)}, {_num(q.high)}]"
        )
        unit = f" {q.unit}" if q.unit else ""
        return f"{mention.text!r}={reading}{unit}{'/' + flags if flags else ''}"
    d = mention.date
    if not d.resolved or d.start is None:
        return f"{mention.text!r}=unresolved(m={d.month}, d={d.day})"
    reading = d.start.isoformat() if d.start == d.end else f"{d.start}..{d.end}"
    return f"{mention.text!r}={reading}/{d.grain}"


#: A dash with spaces after it, right before a mention (see the 'spaced-dash' row).
SPACED_DASH = re.compile(r"[-−][ \t]+$")

#: What is not a quantity in news though a number model reads its digit groups: an IP
#: address, a d/m/y date with slashes, a phone number, a LETTERS-digits label.
NON_QUANTITY = re.compile(
    r"""\d{1,3}(?:\.\d{1,3}){3}
      | \d{1,2}/\d{1,2}/\d{2,4}
      | \+?\d{1,3}(?:-\d{3,4}){2,}(?:/\d+)?
      | [A-Z]{2,}-\d+""",
    re.VERBOSE,
)


def _inside_non_quantities(case: Case) -> bool:
    """Whether every expected number of the case lies inside a NON_QUANTITY match."""
    if not case.expected or not all(
        isinstance(e, ExpectedQuantity) and e.span is not None for e in case.expected
    ):
        return False
    spans = [m.span() for m in NON_QUANTITY.finditer(case.text)]
    return all(
        any(start <= e.span[0] and e.span[1] <= end for start, end in spans)  # type: ignore[index]
        for e in case.expected
    )


def _compound_parts(case: Case, mentions: Sequence) -> set[int]:
    """Indexes of expected parts that one of our compound mentions sums up ('21 years
    and 6 months' = 258 month): the 'compound-measure' row."""
    parts: set[int] = set()
    for mention in mentions:
        q = getattr(mention, "quantity", None)
        if q is None or not q.unit or mention.dimension not in ("duration", "quantity"):
            continue
        inside = [
            (i, e)
            for i, e in enumerate(case.expected)
            if isinstance(e, ExpectedQuantity)
            and e.form == "point"
            and e.unit
            and e.span is not None
            and mention.start <= e.span[0]
            and e.span[1] <= mention.end
        ]
        if len(inside) < 2:
            continue
        total = 0.0
        for _, e in inside:
            converted = _convert([e.low], e.unit, q.unit)  # type: ignore[arg-type]
            if converted is None or converted[0] is None:
                break
            total += converted[0]
        else:
            if q.best is not None and math.isclose(total, q.best, rel_tol=1e-3):
                parts.update(i for i, _ in inside)
    return parts


def score_case(case: Case, find: Callable[[Case], Sequence]) -> Outcome:
    """Run our extractor on one case and judge it (see SCORING_RULE)."""
    if case.skip:
        return Outcome("skipped", cause=case.skip)
    try:
        mentions = tuple(find(case))
    except NotImplementedError:
        return Outcome("fail", cause="not implemented")
    except Exception as error:  # noqa: BLE001 - any crash is a finding, not the end of the run
        return Outcome("fail", cause="exception", got=f"{type(error).__name__}: {error}")
    got = "; ".join(_describe_mention(m) for m in mentions) or "(nothing)"
    if not case.expected:
        if not mentions:
            return Outcome("pass", got=got)
        if case.suite == "recognizers-number" and all(
            getattr(m, "quantity", None) is not None and m.quantity.unit and m.dimension != "count"
            for m in mentions
        ):
            return Outcome("deliberate", rule="unit-attached", got=got)
        return Outcome("fail", cause="extra match", got=got)
    if not mentions and _inside_non_quantities(case):
        return Outcome("deliberate", rule="not-a-quantity", got=got)
    compound = _compound_parts(case, mentions)
    statuses: list[str] = []
    causes: list[str] = []
    rules: list[str] = []
    units_found = units_right = 0
    used: set[int] = set()
    for number, exp in enumerate(case.expected):
        if number in compound:
            units_found += 1
            units_right += 1
            statuses.append("deliberate")
            rules.append("compound-measure")
            continue
        candidates = [i for i, m in enumerate(mentions) if _overlaps(m, exp.span)]
        if not candidates:
            if (
                isinstance(exp, ExpectedQuantity)
                and exp.form == "point"
                and exp.unit is None
                and exp.low is not None
                and exp.low == int(exp.low)
                and 1000 <= exp.low <= 2100
                and (exp.surface or "").strip().isdigit()
            ):
                statuses.append("deliberate")
                rules.append("year-as-date")
                continue
            statuses.append("fail")
            causes.append("missed")
            continue
        units_found += 1
        verdicts = []
        for i in candidates:
            verdict = (
                _quantity_verdict(mentions[i], exp, case.text)
                if isinstance(exp, ExpectedQuantity)
                else _date_verdict(mentions[i], exp)
            )
            verdicts.append((verdict, i))
        order = {"pass": 0, "deliberate": 1, "fail": 2}
        (status, cause, rule), index = min(
            verdicts, key=lambda v: (order[v[0][0]], v[0][1] == "wrong unit", v[1] in used)
        )
        used.add(index)
        if status != "fail" or cause != "wrong unit":
            units_right += 1
        statuses.append(status)
        if cause:
            causes.append(cause)
        if rule:
            rules.append(rule)
    extras = (
        sum(
            1
            for m in mentions
            if not any(_overlaps(m, e.span) for e in case.expected if e.span is not None)
        )
        if all(e.span is not None for e in case.expected)
        else 0
    )
    if "fail" in statuses:
        cause = next(c for c in CAUSES if c in causes)
        return Outcome(
            "fail",
            cause=cause,
            got=got,
            units_found=units_found,
            units_right=units_right,
            extras=extras,
        )
    if "deliberate" in statuses:
        return Outcome(
            "deliberate",
            rule=rules[0],
            got=got,
            units_found=units_found,
            units_right=units_right,
            extras=extras,
        )
    return Outcome("pass", got=got, units_found=units_found, units_right=units_right, extras=extras)


# --------------------------------------------------------------------------- loaders


def _read_json(path: Path):
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def _not_supported(record: dict) -> str | None:
    flag = (record.get("NotSupported") or "").lower()
    return "NotSupported: python" if "python" in flag else None


def _float(text) -> float | None:
    if text is None:
        return None
    try:
        return float(str(text).replace(",", ""))
    except ValueError:
        return None


def load_recognizers_numbers(data: Path, relpath: str, suite: str, *, units: bool) -> list[Case]:
    cases = []
    for n, record in enumerate(_read_json(data / "recognizers-text" / relpath)):
        text = record["Input"]
        expected = []
        for result in record["Results"]:
            resolution = result.get("Resolution") or {}
            value_text = resolution.get("value")
            unit_name = resolution.get("unit")
            if result.get("TypeName") == "percentage":
                value_text = (value_text or "").rstrip("%") or None
                unit_name = "percent"
            value = _float(value_text)
            unit, factor = _peer_unit(unit_name, mass_pound=suite == "recognizers-dimension")
            if unit_name and unit_name.lower() == "age":
                unit = "year"
            if value is not None:
                value *= factor
            span = (result["Start"], result["End"] + 1) if "Start" in result else None
            expected.append(
                ExpectedQuantity(
                    value, value, "point", unit, result.get("Text"), span, check_unit=units
                )
            )
        cases.append(
            Case(suite, f"{relpath}#{n}", text, tuple(expected), skip=_not_supported(record))
        )
    return cases


def load_recognizers_dates(data: Path, suite: str) -> list[Case]:
    """DateParser.json: one calendar date per sentence, with a reference date. Chosen over
    DateTimeModel.json because every case tests reading a date; most DateTimeModel cases
    test clock times, durations, sets and time zones, which claims.dates does not read."""
    cases = []
    path = data / "recognizers-text" / "DateTime" / "English" / "DateParser.json"
    for n, record in enumerate(_read_json(path)):
        text = record["Input"]
        reference = dt.date.fromisoformat(record["Context"]["ReferenceDateTime"][:10])
        expected = []
        for result in record["Results"]:
            value = result.get("Value") or {}
            alternatives = []
            for key in ("PastResolution", "FutureResolution"):
                day = (value.get(key) or {}).get("date")
                if day and day != "0001-01-01":
                    d = dt.date.fromisoformat(day)
                    if (d, d, None) not in alternatives:
                        alternatives.append((d, d, None))
            if not alternatives:
                continue  # the spec's own "not a valid date" (2/29/2019): expects none
            start = result.get("Start")
            span = (start, start + result["Length"]) if start is not None else None
            expected.append(
                ExpectedDate(
                    tuple(alternatives), result.get("Text"), span, peer=value.get("Timex", "")
                )
            )
        cases.append(
            Case(
                suite,
                f"DateParser.json#{n}",
                text,
                tuple(expected),
                reference,
                _not_supported(record),
            )
        )
    return cases


RECOGNIZERS_DATE_TYPES = frozenset({"datetimeV2.date", "datetimeV2.daterange"})
EXPLICIT_RANGE_TIMEX = re.compile(r"^\(\S+,\S+,P\d+D\)$")  # "(2016-12-04,2016-12-23,P19D)"


def _iso_day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def load_recognizers_datetime_dates(data: Path, suite: str) -> list[Case]:
    """DateTimeModel.json, the cases about calendar dates: every expected result is a
    `datetimeV2.date` or `datetimeV2.daterange` (523 of 985 cases; the rest expect clock
    times, durations, sets or nothing, and are outside what claims.dates reads).

    Ranges there are end-exclusive ("this september" ends 2016-10-01): converted to
    inclusive days. An explicit day range ("from 4-23 in next month", P19D) ends on the
    stated day in the spec; we read the stated day as included: rule `stated-range-end`.
    Ambiguous dates list several values (past and future): any one agrees."""
    cases = []
    path = data / "recognizers-text" / "DateTime" / "English" / "DateTimeModel.json"
    for n, record in enumerate(_read_json(path)):
        results = record["Results"]
        types = {r.get("TypeName") or r.get("Typename") for r in results}
        if not results or not types <= RECOGNIZERS_DATE_TYPES:
            continue
        # no Context: the spec resolves against "now"; we pass no reference (rule no-reference)
        reference = _iso_day((record.get("Context") or {}).get("ReferenceDateTime"))
        expected = []
        for result in results:
            alternatives: list[tuple[dt.date, dt.date, str | None]] = []
            open_side = None
            timex = ""
            for value in result["Resolution"]["values"]:
                timex = value.get("timex", "")
                if "value" in value:
                    day = _iso_day(value["value"])
                    if day is not None:  # "not resolved": the spec expects no calendar day
                        alternatives.append((day, day, None))
                    continue
                start, end = _iso_day(value.get("start")), _iso_day(value.get("end"))
                if start is None and end is None:
                    continue
                if start is None or end is None:
                    open_side = "after" if start is not None else "before"
                    bound = start if start is not None else end - dt.timedelta(days=1)
                    alternatives.append((bound, bound, None))
                    continue
                alternatives.append((start, end - dt.timedelta(days=1), None))
                if EXPLICIT_RANGE_TIMEX.match(timex):
                    alternatives.append((start, end, "stated-range-end"))
            unique = tuple(dict.fromkeys(alternatives))
            span = (result["Start"], result["End"] + 1) if "Start" in result else None
            first = unique[0] if unique else None
            month_day = (first[0].month, first[0].day) if first and first[0] == first[1] else None
            expected.append(
                ExpectedDate(
                    unique, result.get("Text"), span, month_day, open_side=open_side, peer=timex
                )
            )
        cases.append(
            Case(
                suite,
                f"DateTimeModel.json#{n}",
                record["Input"],
                tuple(expected),
                reference,
                _not_supported(record),
            )
        )
    return cases


def _duckling(data: Path, name: str) -> dict:
    return _read_json(data / "duckling" / f"{name}.EN.corpus.json")


def load_duckling_amounts(data: Path, name: str, suite: str, *, units: bool = True) -> list[Case]:
    """Numeral, Duration, AmountOfMoney, Quantity, Distance, Volume, Temperature corpora."""
    corpus = _duckling(data, name)
    cases = []
    for g, example in enumerate(corpus["examples"]):
        parsed = example.get("parsed") or {}
        kind = parsed.get("type")
        unit_name = parsed.get("grain") if kind == "duration" else parsed.get("unit")
        unit, factor = _peer_unit(unit_name, mass_pound=name == "Quantity")
        if kind == "numeral":
            unit = None

        def scaled(v, factor=factor):
            return None if v is None else v * factor

        if "value" in parsed:
            exp = ExpectedQuantity(scaled(parsed["value"]), scaled(parsed["value"]), "point", unit)
        elif "from" in parsed and "to" in parsed:
            exp = ExpectedQuantity(scaled(parsed["from"]), scaled(parsed["to"]), "range", unit)
        elif "from" in parsed:
            exp = ExpectedQuantity(scaled(parsed["from"]), None, "above", unit)
        elif "to" in parsed:
            exp = ExpectedQuantity(None, scaled(parsed["to"]), "below", unit)
        else:
            raise ValueError(f"unreadable Duckling expectation: {example['expected']}")
        exp = ExpectedQuantity(exp.low, exp.high, exp.form, exp.unit, check_unit=units)
        for i, text in enumerate(example["inputs"]):
            cases.append(Case(suite, f"{name}#{g}.{i} {example['section']}", text, (exp,)))
    for i, text in enumerate(corpus.get("negative", [])):
        cases.append(Case(suite, f"{name}#negative.{i}", text, ()))
    return cases


DUCKLING_TIME = re.compile(
    r"""^(?P<kind>datetime(?:Interval)?(?:Holiday)?|datetimeOpenInterval)  # constructor
        \s+(?:(?P<direction>After|Before)\s+)?                            # open side
        (?P<tuples>\(.*\))                                                 # (Y, M, D, h, m, s) ...
        \s+(?P<grain>[A-Z][a-z]+)                                          # grain
        (?:\s+".*)?$                                                       # holiday name
    """,
    re.VERBOSE,
)
DUCKLING_TUPLE = re.compile(
    r"\((-?\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)"
)  # (Y,M,D,h,m,s)


def _grain_end(start: dt.datetime, grain: str) -> dt.date:
    """The last day a Duckling grain covers from `start` ("Week" 2013-02-11 -> 02-17)."""
    if grain == "Week":
        return (start + dt.timedelta(days=6)).date()
    if grain == "Month":
        nxt = dt.datetime(start.year + start.month // 12, start.month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).date()
    if grain == "Quarter":
        month = start.month + 3
        nxt = dt.datetime(start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).date()
    if grain == "Year":
        return dt.date(start.year, 12, 31)
    return start.date()


WEEKDAY_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.I,
)  # a weekday, full or abbreviated
MONTH_WORD = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.I,
)  # a month name, full or abbreviated
EXPLICIT_YEAR = re.compile(r"\d{4}|\d+\s*/\s*\d+\s*/\s*\d+|'\d\d|\b\d{1,2}\s*$")  # a year is given
NOT_BARE = re.compile(
    r"\b(?:next|after|from|coming|following|upcoming|hence|last|past|previous|ago|back|of|closest)\b"
    r"|\d",
    re.I,
)  # words that anchor a weekday explicitly: then it is not "bare"

BARE_DAY_OF_MONTH = re.compile(
    r"^\s*(?:on\s+|by\s+)?the\s+(?:[0-3]?\d(?:st|nd|rd|th)|first|second|third)\s*$", re.I
)  # "on the 15th", "the 1st": a day of the month, no month named
_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
UPCOMING_COUNT = re.compile(
    rf"\b(?:(?:upcoming|coming|next)\s+{_COUNT_WORD}|{_COUNT_WORD}\s+(?:upcoming|coming|next))"
    r"\s+(?:day|week|month|year)s?\b",
    re.I,
)  # "upcoming two weeks", "2 upcoming days", "next 3 months"

NEWS_GRAINS = ("Day", "Week", "Month", "Year")


def duckling_time_example(example: dict) -> tuple[ExpectedDate | None, bool]:
    """(expected, is_news_form) for one Duckling Time example.

    News-form rule (suite duckling-time-news): sections defaultCorpus and allExamples
    (not latentCorpus/diffCorpus, which run Duckling in special modes), a single
    `datetime` (not a holiday, interval or open interval), at grain Day, Week, Month or
    Year (not Hour/Minute/Second: clock times; not Quarter). That keeps absolute dates
    ('March 3 2015', '2/15'), weekdays ('monday', 'last tuesday') and relative days and
    periods ('yesterday', 'three weeks ago', 'last month', 'next year')."""
    match = DUCKLING_TIME.match(example["expected"])
    if not match:
        return None, False
    kind, grain = match["kind"], match["grain"]
    tuples = DUCKLING_TUPLE.findall(match["tuples"])
    try:
        moments = [dt.datetime(*map(int, t)) for t in tuples]
    except ValueError:  # year <= 0 (BC): not a calendar date we can represent
        return ExpectedDate((), peer=example["expected"]), False
    if kind in ("datetime", "datetimeHoliday"):
        start = moments[0]
        exp = ExpectedDate(
            ((start.date(), _grain_end(start, grain), None),), peer=example["expected"]
        )
        news = (
            kind == "datetime"
            and grain in NEWS_GRAINS
            and example["section"] in ("defaultCorpus", "allExamples")
        )
        return exp, news
    if kind in ("datetimeInterval", "datetimeIntervalHoliday"):
        start, end = moments[0], moments[1]
        inclusive_end = (end - dt.timedelta(microseconds=1)).date()  # rule end-exclusive
        return ExpectedDate(((start.date(), inclusive_end, None),), peer=example["expected"]), False
    side = match["direction"].lower()
    bound = moments[0]
    day = bound.date() if side == "after" else (bound - dt.timedelta(microseconds=1)).date()
    return ExpectedDate(((day, day, None),), open_side=side, peer=example["expected"]), False


def _year_less_alternative(exp: ExpectedDate, text: str, reference: dt.date) -> ExpectedDate:
    """Duckling resolves a year-less date ('March 3', 'october') forward; add the same
    day or month a year earlier (rule year-less-date) when no year is written."""
    if not exp.alternatives or not MONTH_WORD.search(text) or EXPLICIT_YEAR.search(text):
        return exp
    start, end, _ = exp.alternatives[0]
    if start <= reference or (end - start).days > 31:
        return exp
    try:
        earlier_start = start.replace(year=start.year - 1)
    except ValueError:  # 29 February
        return exp
    if start == end:
        earlier_end = earlier_start
    elif start.day == 1 and end == _grain_end(dt.datetime(start.year, start.month, 1), "Month"):
        earlier_end = _grain_end(dt.datetime(earlier_start.year, earlier_start.month, 1), "Month")
    else:
        return exp
    return _with_alternative(exp, (earlier_start, earlier_end, "year-less-date"))


def _with_alternative(exp: ExpectedDate, alternative) -> ExpectedDate:
    return replace(exp, alternatives=exp.alternatives + (alternative,))


def _bare_day_alternative(exp: ExpectedDate, text: str) -> ExpectedDate:
    """Duckling puts 'on the 15th' in the next month that has it; add the same day a
    month earlier (rule bare-day-of-month)."""
    if not exp.alternatives or not BARE_DAY_OF_MONTH.match(text) or MONTH_WORD.search(text):
        return exp
    start, end, _ = exp.alternatives[0]
    if start != end:
        return exp
    year, month = (start.year, start.month - 1) if start.month > 1 else (start.year - 1, 12)
    try:
        earlier = start.replace(year=year, month=month)
    except ValueError:  # the 31st: the month before has no such day
        return exp
    return _with_alternative(exp, (earlier, earlier, "bare-day-of-month"))


def _upcoming_alternative(exp: ExpectedDate, text: str, reference: dt.date) -> ExpectedDate:
    """Duckling reads 'upcoming two weeks' as the second coming week; add the span of
    both, from the unit after the reference's to the peer's end (rule upcoming-span)."""
    if not exp.alternatives or exp.open_side or not UPCOMING_COUNT.search(text):
        return exp
    start, end, _ = exp.alternatives[0]
    unit = UPCOMING_COUNT.search(text)[0].split()[-1].lower().rstrip("s")  # type: ignore[index]
    if unit == "day":
        first = reference + dt.timedelta(days=1)
    elif unit == "week":
        first = reference + dt.timedelta(days=7 - reference.weekday())
    elif unit == "month":
        first = dt.date(reference.year + reference.month // 12, reference.month % 12 + 1, 1)
    else:
        first = dt.date(reference.year + 1, 1, 1)
    if not first < start <= end:
        return exp
    return _with_alternative(exp, (first, end, "upcoming-span"))


def load_duckling_time(data: Path, suite: str, *, news_only: bool) -> list[Case]:
    corpus = _duckling(data, "Time")
    reference = dt.date(2013, 2, 12)  # Duckling's test context: Tue 2013-02-12 04:30 UTC-2
    cases = []
    for g, example in enumerate(corpus["examples"]):
        exp, news = duckling_time_example(example)
        if news_only and not news:
            continue
        if exp is None:
            raise ValueError(f"unreadable Duckling expectation: {example['expected']}")
        for i, text in enumerate(example["inputs"]):
            this = exp
            if exp.alternatives and WEEKDAY_WORD.search(text) and not NOT_BARE.search(text):
                start, end, _ = exp.alternatives[0]
                if start == end:
                    week_before = start - dt.timedelta(days=7)
                    this = ExpectedDate(
                        exp.alternatives + ((week_before, week_before, "bare-weekday"),),
                        peer=exp.peer,
                    )
            this = _year_less_alternative(this, text, reference)
            this = _bare_day_alternative(this, text)
            this = _upcoming_alternative(this, text, reference)
            cases.append(
                Case(suite, f"Time#{g}.{i} {example['section']}", text, (this,), reference)
            )
    if not news_only:
        for i, text in enumerate(corpus.get("negative", [])):
            cases.append(Case(suite, f"Time#negative.{i}", text, (), reference))
    return cases


def load_quantulum3(data: Path, suite: str) -> list[Case]:
    cases = []
    for n, record in enumerate(_read_json(data / "quantulum3" / "quantities.json")):
        text = record["req"]
        expected = []
        cursor = 0
        for result in record["res"]:
            surface = result.get("surface")
            start = text.find(surface, cursor) if surface else -1
            if start < 0 and surface:
                start = text.find(surface)
            span = (start, start + len(surface)) if start >= 0 else None
            if start >= 0:
                cursor = start + len(surface)
            unit, factor = _peer_unit(result.get("unit"), mass_pound=True)
            if result.get("unit") == "pound sterling":
                unit = "GBP"
            value = float(result["value"]) * factor
            uncertainty = result.get("uncertainty")
            if uncertainty:
                exp = ExpectedQuantity(
                    value - uncertainty * factor,
                    value + uncertainty * factor,
                    "range-mean",
                    unit,
                    surface,
                    span,
                )
            else:
                exp = ExpectedQuantity(value, value, "point", unit, surface, span)
            expected.append(exp)
        cases.append(Case(suite, f"quantities.json#{n}", text, tuple(expected)))
    return cases


def _dateparser_reference(settings) -> dt.date | None:
    base = (settings or {}).get("RELATIVE_BASE") if isinstance(settings, dict) else None
    if base and "datetime" in base:
        return dt.date(*base["datetime"][:3])
    return None


def load_dateparser(data: Path, suite: str) -> list[Case]:
    corpus = _read_json(data / "dateparser" / "test_search.en.json")
    cases = []
    for n, record in enumerate(corpus["cases"]):
        text = record.get("text") or record.get("string") or record.get("datetime_string") or ""
        reference = _dateparser_reference(record.get("settings"))
        ident = f"{record['test']}#{n}"
        if record["test"] in ("test_search_date_string", "test_detection"):
            # the peer's test only asserts that a date is found: any resolved-or-not mention
            exp = ExpectedDate((), peer="any date", month_day=None)
            cases.append(Case(suite, ident, text, (exp,), reference))
            continue
        expected = []
        cursor = 0
        for surface, value in record.get("expected") or []:
            parts = value["datetime"]
            year = parts[0]
            month = parts[1] if len(parts) > 1 and isinstance(parts[1], int) else None
            day = parts[2] if len(parts) > 2 and isinstance(parts[2], int) else None
            start = text.find(surface, cursor)
            span = (start, start + len(surface)) if start >= 0 else None
            if start >= 0:
                cursor = start + len(surface)
            if not isinstance(year, int):
                continue
            if month is None:
                alternatives = ((dt.date(year, 1, 1), dt.date(year, 12, 31), "partial-date"),)
            elif day is None:
                end = _grain_end(dt.datetime(year, month, 1), "Month")
                alternatives = ((dt.date(year, month, 1), end, "partial-date"),)
            else:
                point = dt.date(year, month, day)
                alternatives = ((point, point, None),)
                if reference and year == reference.year and not re.search(r"\d{4}", surface):
                    earlier = point.replace(year=year - 1)
                    alternatives += ((earlier, earlier, "year-less-date"),)
            month_day = (month, day) if month is not None else None
            expected.append(
                ExpectedDate(alternatives, surface, span, month_day=month_day, peer=str(parts))
            )
        cases.append(Case(suite, ident, text, tuple(expected), reference))
    return cases


# --------------------------------------------------------------------------- suites


def _find_quantities(case: Case):
    from claims.numbers import find_quantities

    return find_quantities(case.text)


def _find_dates(case: Case):
    from claims.dates import find_dates

    return find_dates(case.text, case.reference)


@dataclass(frozen=True)
class Suite:
    name: str
    about: str
    load: Callable[[Path], list[Case]]
    find: Callable[[Case], Sequence]
    has_units: bool
    target: float | None = None
    target_label: str = ""


SUITES: tuple[Suite, ...] = (
    Suite(
        "recognizers-number",
        "Recognizers-Text Number/English/NumberModel.json (numbers in sentences)",
        lambda d: load_recognizers_numbers(
            d, "Number/English/NumberModel.json", "recognizers-number", units=False
        ),
        _find_quantities,
        False,
        0.95,
    ),
    Suite(
        "recognizers-percent",
        "Recognizers-Text Number/English/PercentModel.json",
        lambda d: load_recognizers_numbers(
            d, "Number/English/PercentModel.json", "recognizers-percent", units=True
        ),
        _find_quantities,
        True,
    ),
    Suite(
        "recognizers-currency",
        "Recognizers-Text NumberWithUnit/English/CurrencyModel.json (money, ISO codes)",
        lambda d: load_recognizers_numbers(
            d, "NumberWithUnit/English/CurrencyModel.json", "recognizers-currency", units=True
        ),
        _find_quantities,
        True,
    ),
    Suite(
        "recognizers-dimension",
        "Recognizers-Text NumberWithUnit/English/DimensionModel.json (lengths, weights...)",
        lambda d: load_recognizers_numbers(
            d, "NumberWithUnit/English/DimensionModel.json", "recognizers-dimension", units=True
        ),
        _find_quantities,
        True,
    ),
    Suite(
        "recognizers-age",
        "Recognizers-Text NumberWithUnit/English/AgeModel.json (ages as durations)",
        lambda d: load_recognizers_numbers(
            d, "NumberWithUnit/English/AgeModel.json", "recognizers-age", units=True
        ),
        _find_quantities,
        True,
    ),
    Suite(
        "recognizers-temperature",
        "Recognizers-Text NumberWithUnit/English/TemperatureModel.json",
        lambda d: load_recognizers_numbers(
            d, "NumberWithUnit/English/TemperatureModel.json", "recognizers-temperature", units=True
        ),
        _find_quantities,
        True,
    ),
    Suite(
        "recognizers-date",
        "Recognizers-Text DateTime/English/DateParser.json (one date per sentence; reference "
        "date per case; Past and Future resolutions both accepted)",
        lambda d: load_recognizers_dates(d, "recognizers-date"),
        _find_dates,
        False,
    ),
    Suite(
        "recognizers-datetime-dates",
        "Recognizers-Text DateTime/English/DateTimeModel.json, the cases whose every result is "
        "a date or date range (sentence level, ranges, open ranges)",
        lambda d: load_recognizers_datetime_dates(d, "recognizers-datetime-dates"),
        _find_dates,
        False,
    ),
    Suite(
        "duckling-numeral",
        "Duckling Numeral EN corpus (one input string per case)",
        lambda d: load_duckling_amounts(d, "Numeral", "duckling-numeral", units=False),
        _find_quantities,
        False,
        0.90,
    ),
    Suite(
        "duckling-duration",
        "Duckling Duration EN corpus (compared in the peer's unit via pint)",
        lambda d: load_duckling_amounts(d, "Duration", "duckling-duration"),
        _find_quantities,
        True,
        0.90,
    ),
    Suite(
        "duckling-money",
        "Duckling AmountOfMoney EN corpus",
        lambda d: load_duckling_amounts(d, "AmountOfMoney", "duckling-money"),
        _find_quantities,
        True,
    ),
    Suite(
        "duckling-quantity",
        "Duckling Quantity EN corpus (mass, cups)",
        lambda d: load_duckling_amounts(d, "Quantity", "duckling-quantity"),
        _find_quantities,
        True,
    ),
    Suite(
        "duckling-distance",
        "Duckling Distance EN corpus",
        lambda d: load_duckling_amounts(d, "Distance", "duckling-distance"),
        _find_quantities,
        True,
    ),
    Suite(
        "duckling-volume",
        "Duckling Volume EN corpus",
        lambda d: load_duckling_amounts(d, "Volume", "duckling-volume"),
        _find_quantities,
        True,
    ),
    Suite(
        "duckling-temperature",
        "Duckling Temperature EN corpus",
        lambda d: load_duckling_amounts(d, "Temperature", "duckling-temperature"),
        _find_quantities,
        True,
    ),
    Suite(
        "duckling-time-news",
        "Duckling Time EN corpus, the forms news uses (rule: duckling_time_example) at "
        "Duckling's reference 2013-02-12",
        lambda d: load_duckling_time(d, "duckling-time-news", news_only=True),
        _find_dates,
        False,
        0.85,
    ),
    Suite(
        "duckling-time",
        "Duckling Time EN corpus, everything (clock times, holidays, intervals, negatives)",
        lambda d: load_duckling_time(d, "duckling-time", news_only=False),
        _find_dates,
        False,
    ),
    Suite(
        "quantulum3",
        "quantulum3 en_US quantities.json (sentences with several quantities and units)",
        lambda d: load_quantulum3(d, "quantulum3"),
        _find_quantities,
        True,
        0.90,
    ),
    Suite(
        "dateparser",
        "dateparser test_search English cases (search_dates)",
        lambda d: load_dateparser(d, "dateparser"),
        _find_dates,
        False,
    ),
)
SUITE_NAMES = tuple(s.name for s in SUITES)


def _score(case: Case, suite: Suite) -> Outcome:
    first = case.expected[0] if case.expected else None
    if isinstance(first, ExpectedDate) and first.peer == "any date":
        # the peer's own test only asserts that some date is found
        try:
            mentions = tuple(suite.find(case))
        except NotImplementedError:
            return Outcome("fail", cause="not implemented")
        except Exception as error:  # noqa: BLE001
            return Outcome("fail", cause="exception", got=f"{type(error).__name__}: {error}")
        got = "; ".join(_describe_mention(m) for m in mentions) or "(nothing)"
        return Outcome("pass", got=got) if mentions else Outcome("fail", cause="missed", got=got)
    return score_case(case, suite.find)


# --------------------------------------------------------------------------- report


@dataclass
class SuiteResult:
    suite: Suite
    cases: int = 0
    skipped: int = 0
    passed: int = 0
    deliberate: Counter = field(default_factory=Counter)
    causes: Counter = field(default_factory=Counter)
    units_found: int = 0
    units_right: int = 0
    extras: int = 0
    failures: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def scored(self) -> int:
        return self.cases - self.skipped

    @property
    def value_accuracy(self) -> float:
        return (self.passed + sum(self.deliberate.values())) / self.scored if self.scored else 0.0

    @property
    def strict_accuracy(self) -> float:
        return self.passed / self.scored if self.scored else 0.0


def run_suite(suite: Suite, data: Path, limit: int | None = None) -> SuiteResult:
    cases = suite.load(data)
    if limit is not None:
        cases = cases[:limit]
    result = SuiteResult(suite)
    began = time.perf_counter()
    for case in cases:
        outcome = _score(case, suite)
        result.cases += 1
        result.units_found += outcome.units_found
        result.units_right += outcome.units_right
        result.extras += outcome.extras
        if outcome.status == "skipped":
            result.skipped += 1
        elif outcome.status == "pass":
            result.passed += 1
        elif outcome.status == "deliberate":
            result.deliberate[outcome.rule] += 1
        else:
            result.causes[outcome.cause] += 1
            result.failures.append((case, outcome))
    result.seconds = time.perf_counter() - began
    return result


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def print_report(results: Iterable[SuiteResult], failures: int, out=sys.stdout) -> None:
    results = list(results)
    print("claimcheck accuracy on the peers' own English test suites", file=out)
    print("Scoring: " + SCORING_RULE, file=out)
    print(file=out)
    header = (
        f"{'suite':<27} {'cases':>5} {'skip':>4} {'scored':>6} {'value%':>7} {'strict%':>7} "
        f"{'unit%':>6} {'delib':>5} {'target':>7}  verdict"
    )
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in results:
        unit = (
            _pct(r.units_right / r.units_found)[:-1]
            if r.suite.has_units and r.units_found
            else "   -"
        )
        target = f">={100 * r.suite.target:.0f}%" if r.suite.target else "-"
        verdict = ""
        if r.suite.target:
            verdict = "PASS" if r.value_accuracy >= r.suite.target else "BELOW"
        print(
            f"{r.suite.name:<27} {r.cases:>5} {r.skipped:>4} {r.scored:>6} {_pct(r.value_accuracy):>7} "
            f"{_pct(r.strict_accuracy):>7} {unit:>6} {sum(r.deliberate.values()):>5} {target:>7}  {verdict}",
            file=out,
        )
    print(file=out)
    print("Failures by cause (and deliberate differences by rule):", file=out)
    for r in results:
        causes = ", ".join(f"{c} {r.causes[c]}" for c in CAUSES if r.causes[c]) or "none"
        delib = ", ".join(f"{k} {v}" for k, v in r.deliberate.most_common()) or "none"
        skipped = f"; skipped (NotSupported: python) {r.skipped}" if r.skipped else ""
        print(f"  {r.suite.name:<27} {causes}; deliberate: {delib}{skipped}", file=out)
    print(file=out)
    print("Deliberate differences (the one table the harness compares through):", file=out)
    used = Counter()
    for r in results:
        used.update(r.deliberate)
    for rule in DELIBERATE:
        print(f"  {rule.name} [{used[rule.name]} cases]", file=out)
        print(f"      peer: {rule.peer}", file=out)
        print(f"      ours: {rule.ours}", file=out)
        print(f"      how:  {rule.compare}", file=out)
    if failures:
        for r in results:
            if not r.failures:
                continue
            print(file=out)
            print(
                f"== {r.suite.name}: up to {failures} failing cases of {len(r.failures)}", file=out
            )
            for case, outcome in r.failures[:failures]:
                expected = "; ".join(e.describe() for e in case.expected) or "(nothing)"
                ref = f" ref={case.reference}" if case.reference else ""
                print(f"  [{outcome.cause}] {case.ident}{ref}", file=out)
                print(f"      input:    {case.text!r}", file=out)
                print(f"      expected: {expected}", file=out)
                print(f"      got:      {outcome.got or '-'}", file=out)


# --------------------------------------------------------------------------- corpus


def corpus_sample(corpus: Path, n: int, out=sys.stdout) -> None:
    """Run claims.extract over n real articles (half GVC, half ECB+); count claims by
    kind and exceptions. No gold here: a robustness and plausibility check."""
    records: list[tuple[str, dict]] = []
    for name, share in (("gvc", n - n // 2), ("ecbplus", n // 2)):
        path = corpus / name / "documents.jsonl"
        if not path.exists() or share <= 0:
            continue
        with path.open(encoding="utf-8") as handle:
            lines = handle.readlines()
        step = max(1, len(lines) // share)
        records.extend((name, json.loads(line)) for line in lines[::step][:share])
    print(file=out)
    print(
        f"Real-corpus sample: claims.extract over {len(records)} articles from {corpus}", file=out
    )
    if not records:
        print("  (corpus not found: skipped)", file=out)
        return
    from claims import extract

    kinds: Counter = Counter()
    errors: Counter = Counter()
    examples: list[str] = []
    chars = articles_ok = 0
    began = time.perf_counter()
    for name, record in records:
        published = None
        if record.get("dct"):
            try:
                published = dt.date.fromisoformat(record["dct"][:10])
            except ValueError:
                published = None
        try:
            article = extract(record["text"], published=published, title=record.get("title"))
        except NotImplementedError:
            errors["NotImplementedError"] += 1
            continue
        except Exception as error:  # noqa: BLE001 - robustness is what is measured
            errors[type(error).__name__] += 1
            if len(examples) < 5:
                examples.append(
                    f"{name}/{record['doc_id']}: {traceback.format_exception_only(error)[-1].strip()}"
                )
            continue
        articles_ok += 1
        chars += len(record["text"])
        kinds.update(claim.kind for claim in article.claims)
    seconds = time.perf_counter() - began
    print(
        f"  articles read: {articles_ok}/{len(records)}; exceptions: {sum(errors.values())} {dict(errors)}",
        file=out,
    )
    for line in examples:
        print(f"    {line}", file=out)
    if articles_ok:
        total = sum(kinds.values())
        print(
            f"  claims: {total} ({total / articles_ok:.2f} per article); {chars / 1e6:.2f} MB in {seconds:.1f} s",
            file=out,
        )
        print(
            "  per article by kind: "
            + ", ".join(f"{k} {v / articles_ok:.2f}" for k, v in kinds.most_common()),
            file=out,
        )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score claimcheck's number and date reading on the peers' own test suites.",
        epilog="Suites: " + ", ".join(SUITE_NAMES),
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="peer benchmark folder (default: %(default)s)",
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="real news corpora folder"
    )
    parser.add_argument(
        "--suite",
        action="append",
        choices=SUITE_NAMES,
        metavar="NAME",
        help="run only this suite (repeatable)",
    )
    parser.add_argument(
        "--failures", type=int, default=0, metavar="N", help="print up to N failing cases per suite"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help="score only the first N cases of a suite",
    )
    parser.add_argument(
        "--corpus-sample",
        type=int,
        default=None,
        metavar="N",
        help="run claims.extract over N real articles (default 100 when all suites run, else 0)",
    )
    parser.add_argument("--list", action="store_true", help="list the suites and exit")
    args = parser.parse_args(argv)

    if args.list:
        for suite in SUITES:
            target = f" (target >= {100 * suite.target:.0f}%)" if suite.target else ""
            print(f"{suite.name:<24} {suite.about}{target}")
        return 0
    if not args.data.exists():
        print(f"peer benchmark data not found at {args.data} (use --data)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    chosen = [s for s in SUITES if not args.suite or s.name in args.suite]
    results = [run_suite(suite, args.data, args.limit) for suite in chosen]
    print_report(results, args.failures)
    sample = args.corpus_sample if args.corpus_sample is not None else (0 if args.suite else 100)
    if sample > 0:
        corpus_sample(args.corpus, sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
