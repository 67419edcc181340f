"""marshmallow schemas: the JSON shape of every response (DESIGN.md, "Report").

The CLI's ``--json`` and the HTTP API both dump through these, so there is one
serialization of a claim, an article and a report.
"""

from __future__ import annotations

import re

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    validate,
    validates,
    validates_schema,
)

from claims.model import CLAIM_KINDS


class QuantitySchema(Schema):
    low = fields.Float(allow_none=True)
    high = fields.Float(allow_none=True)
    best = fields.Float(allow_none=True)
    unit = fields.String(allow_none=True)
    exact = fields.Boolean()
    approximate = fields.Boolean()
    vague = fields.Boolean()
    bound = fields.Boolean()
    #: the implied ceiling of an open lower bound ("at least 6,000" -> 7,000)
    implied_high = fields.Float(attribute="ceiling", allow_none=True)


class DateIntervalSchema(Schema):
    start = fields.Date(allow_none=True)
    end = fields.Date(allow_none=True)
    grain = fields.String()
    resolved = fields.Boolean()
    month = fields.Integer(allow_none=True)
    day = fields.Integer(allow_none=True)


class ClockIntervalSchema(Schema):
    low = fields.Integer()
    high = fields.Integer()
    zone = fields.String(allow_none=True)
    offset = fields.List(fields.Integer(), allow_none=True)


class ClaimSchema(Schema):
    id = fields.String()
    article_id = fields.String()
    kind = fields.String()
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    sentence = fields.String()
    value = fields.Nested(QuantitySchema, allow_none=True)
    date = fields.Method("_date", allow_none=True)
    subject = fields.String(allow_none=True)
    event = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    actors = fields.List(fields.String())
    time_scope = fields.String(allow_none=True)
    scope_date = fields.Nested(DateIntervalSchema, allow_none=True)
    clock = fields.Nested(ClockIntervalSchema, allow_none=True)
    cumulative = fields.Boolean()
    as_of = fields.Date(allow_none=True)
    attribution = fields.String(allow_none=True)
    hedged = fields.Boolean()
    quoted = fields.Boolean()
    in_title = fields.Boolean()

    def _date(self, claim: object) -> dict | None:
        date = getattr(claim, "date", None)
        if date is None:
            return None
        dumped = DateIntervalSchema().dump(date)
        # DESIGN.md's claim date carries the words it came from; for an event claim the
        # claim's own span is the temporal expression.
        dumped["text"] = getattr(claim, "text", None)
        return dumped


class ArticleSchema(Schema):
    id = fields.String()
    title = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published = fields.Date(allow_none=True)
    published_basis = fields.String()


class ArticleWithClaimsSchema(ArticleSchema):
    """An article as `POST /v1/extract` and `claimcheck extract --json` return it."""

    text = fields.String()
    claims = fields.List(fields.Nested(ClaimSchema))


class GroupSchema(Schema):
    id = fields.String()
    kind = fields.String()
    label = fields.String()
    claim_ids = fields.List(fields.String())
    status = fields.String()
    consensus = fields.Method("_consensus", allow_none=True)

    def _consensus(self, group: object) -> dict | None:
        from claims.model import DateInterval, Quantity

        consensus = getattr(group, "consensus", None)
        if isinstance(consensus, Quantity):
            return QuantitySchema().dump(consensus)
        if isinstance(consensus, DateInterval):
            return DateIntervalSchema().dump(consensus)
        return None


class ConflictSchema(Schema):
    claim_ids = fields.List(fields.String())
    severity = fields.Float()
    explanation = fields.String()


class FactSchema(Schema):
    id = fields.String()
    kind = fields.String()
    label = fields.String()
    status = fields.String()
    consensus = fields.Method("_consensus", allow_none=True)
    mention_ids = fields.List(fields.String())
    conflicts = fields.List(fields.Nested(ConflictSchema))
    part_of = fields.String(allow_none=True)

    _consensus = GroupSchema._consensus


class FindingSchema(Schema):
    id = fields.String()
    relation = fields.String()
    kind = fields.String()
    claim_ids = fields.List(fields.String())
    severity = fields.Float()
    independent = fields.Boolean()
    explanation = fields.String()


class SummarySchema(Schema):
    articles = fields.Integer()
    claims = fields.Integer()
    groups = fields.Integer()
    agree = fields.Integer()
    consistent = fields.Integer()
    update = fields.Integer()
    discrepancy = fields.Integer()


class ReportSchema(Schema):
    articles = fields.List(fields.Nested(ArticleSchema))
    claims = fields.List(fields.Nested(ClaimSchema))
    facts = fields.List(fields.Nested(FactSchema))
    groups = fields.List(fields.Nested(GroupSchema))
    findings = fields.List(fields.Nested(FindingSchema))
    syndication = fields.List(fields.List(fields.String()))
    summary = fields.Nested(SummarySchema)


# --------------------------------------------------------------------------- requests
# What the HTTP API accepts. Limits that depend on configuration (text length, articles
# per check) are passed to the constructor, because marshmallow 4 has no context.

#: characters a database cannot store: NUL, and UTF-16 surrogates left unpaired by the client
UNSTORABLE = re.compile(
    r"""
    [\x00]              # NUL: PostgreSQL text cannot hold it
    | [\ud800-\udfff]   # a lone surrogate: not a Unicode scalar value, cannot be encoded
    """,
    re.VERBOSE,
)

#: what an opaque page cursor looks like (base 36, fits a 64-bit integer)
CURSOR_PATTERN = r"^[0-9a-z]{1,12}$"


def _storable(value: str) -> None:
    found = UNSTORABLE.search(value)
    if found:
        raise ValidationError(
            f"contains an unstorable character U+{ord(found.group()):04X} at offset "
            f"{found.start()}: remove NUL characters and unpaired surrogates"
        )


def _has_text(value: str) -> None:
    # The same rule as openapi.yaml's pattern (not str.isspace, whose idea of whitespace
    # differs from the spec's regex dialect).
    if not value.strip(" \t\r\n"):
        raise ValidationError("must contain some text, not only whitespace")


def _text_length_errors(text: str, limit: int | None) -> list[str]:
    if limit is not None and len(text) > limit:
        return [
            f"is {len(text):,} characters long; the limit is {limit:,} "
            "(CLAIMCHECK_MAX_TEXT_CHARS): send the article body only, or split it"
        ]
    return []


#: a calendar date exactly as the contract writes it: RFC 3339 full-date, YYYY-MM-DD
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class IsoDate(fields.Date):
    """A date given exactly as YYYY-MM-DD.

    `date.fromisoformat` (which marshmallow uses) also reads 20120207 and 2012-W06-2; the
    contract does not, so neither does the API.
    """

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def _date_field(hint: str, **kwargs) -> IsoDate:
    return IsoDate(error_messages={"invalid": f"Not a date: use YYYY-MM-DD{hint}."}, **kwargs)


class _StrictSchema(Schema):
    """Refuses fields it does not know, naming the ones it does."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("unknown", RAISE)
        super().__init__(**kwargs)
        allowed = ", ".join(self.fields)
        self.error_messages = {
            **self.error_messages,
            "unknown": f"Unknown field: remove it (allowed: {allowed}).",
            "type": "Expected a JSON object.",
        }


def _metadata(max_length: int, **kwargs) -> fields.String:
    """A title, source or url: a string (or null) of at most `max_length` characters."""
    return fields.String(
        allow_none=True, validate=[validate.Length(max=max_length), _storable], **kwargs
    )


#: what a client says about an article besides its text, as POST and PATCH take it
METADATA_FIELDS = ("title", "published", "source", "url")


class ArticleRequestSchema(_StrictSchema):
    """One article as a client sends it (POST /v1/extract, /v1/articles, in /v1/checks)."""

    text = fields.String(
        required=True,
        validate=[_has_text, _storable],
    )
    title = _metadata(1000, load_default=None)
    published = _date_field(", e.g. 2012-02-07", load_default=None, allow_none=True)
    source = _metadata(1000, load_default=None)
    url = _metadata(2048, load_default=None)
    format = fields.String(
        load_default="text",
        validate=validate.OneOf(("text", "html"), error="must be 'text' or 'html'"),
    )

    def __init__(self, *, max_text_chars: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.max_text_chars = max_text_chars

    @validates("text")
    def _text_fits(self, value: str, **_kwargs) -> None:
        errors = _text_length_errors(value, self.max_text_chars)
        if errors:
            raise ValidationError(errors)


class ArticlePatchSchema(_StrictSchema):
    """PATCH /v1/articles/{id}: the metadata fields to change (only those sent)."""

    title = _metadata(1000)
    published = _date_field(", e.g. 2012-02-07", allow_none=True)
    source = _metadata(1000)
    url = _metadata(2048)

    @validates_schema
    def _changes_something(self, data: dict, **_kwargs) -> None:
        if not data:
            raise ValidationError(
                "give at least one of " + ", ".join(METADATA_FIELDS) + " to change"
            )


class CheckRequestSchema(_StrictSchema):
    """POST /v1/checks: stored article ids, inline articles, or both."""

    article_ids = fields.List(
        fields.String(validate=[validate.Length(min=1, max=64), _storable]), load_default=list
    )
    articles = fields.List(fields.Nested(ArticleRequestSchema), load_default=list)

    def __init__(
        self,
        *,
        max_text_chars: int | None = None,
        max_articles: int | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.max_text_chars = max_text_chars
        self.max_articles = max_articles

    @validates_schema
    def _within_limits(self, data: dict, **_kwargs) -> None:
        ids, articles = data.get("article_ids", []), data.get("articles", [])
        total = len(ids) + len(articles)
        if total == 0:
            raise ValidationError(
                "give at least one article: stored ids in article_ids, "
                "inline articles in articles, or both",
                "articles",
            )
        if self.max_articles is not None and total > self.max_articles:
            field = "articles" if articles else "article_ids"
            raise ValidationError(
                f"{total} articles in one check; the limit is {self.max_articles} "
                "(CLAIMCHECK_MAX_ARTICLES_PER_JOB): check fewer at a time",
                field,
            )
        long_texts = {
            index: {"text": errors}
            for index, article in enumerate(articles)
            if (errors := _text_length_errors(article["text"], self.max_text_chars))
        }
        if long_texts:
            raise ValidationError({"articles": long_texts})


class PageQuerySchema(_StrictSchema):
    """`limit` and `cursor` of a paginated listing."""

    limit = fields.Integer(
        load_default=20,
        validate=validate.Range(min=1, max=100, error="must be between 1 and 100"),
    )
    cursor = fields.String(
        load_default=None,
        validate=validate.Regexp(
            CURSOR_PATTERN, error="is not a cursor from this API: pass next_cursor back as is"
        ),
    )


class ClaimQuerySchema(PageQuerySchema):
    """GET /v1/claims: search stored claims."""

    kind = fields.String(
        load_default=None,
        validate=validate.OneOf(CLAIM_KINDS, error="must be one of: " + ", ".join(CLAIM_KINDS)),
    )
    text = fields.String(load_default=None, validate=[validate.Length(min=1, max=200), _storable])
    location = fields.String(
        load_default=None, validate=[validate.Length(min=1, max=200), _storable]
    )
    date_from = _date_field("", load_default=None)
    date_to = _date_field("", load_default=None)
    source = fields.String(load_default=None, validate=[validate.Length(min=1, max=200), _storable])
    article_id = fields.String(
        load_default=None, validate=[validate.Length(min=1, max=64), _storable]
    )
    check_id = fields.String(
        load_default=None, validate=[validate.Length(min=1, max=64), _storable]
    )
    language = fields.String(
        load_default=None,
        validate=validate.Regexp(r"^[a-z]{2}$", error="is not an ISO 639-1 code such as en"),
    )
    conflicting = fields.Boolean(
        load_default=None,
        truthy={"true"},
        falsy={"false"},
        error_messages={"invalid": "must be true or false"},
    )


class SubscriptionRequestSchema(_StrictSchema):
    """POST /v1/subscriptions."""

    url = fields.String(required=True, validate=[validate.Length(min=1, max=2048), _storable])
    events = fields.List(
        fields.String(
            validate=validate.OneOf(
                ("check.completed", "conflict.found"),
                error="must be check.completed or conflict.found",
            )
        ),
        required=True,
        validate=validate.Length(
            min=1, max=2, error="give check.completed, conflict.found or both"
        ),
    )
    secret = fields.String(
        required=True,
        validate=[
            validate.Length(min=16, max=200, error="must be 16 to 200 characters"),
            _storable,
        ],
    )


# ---------------------------------------------------------------------- verify

#: the longest claim POST /v1/verify reads: one or a few sentences
MAX_CLAIM_CHARS = 2000


class VerifyRequestSchema(CheckRequestSchema):
    """POST /v1/verify: a claim, and the sources (stored ids, inline articles) to check
    it against."""

    claim = fields.String(
        required=True,
        validate=[
            _has_text,
            _storable,
            validate.Length(
                max=MAX_CLAIM_CHARS,
                error=f"at most {MAX_CLAIM_CHARS} characters: send the claim, not the article",
            ),
        ],
    )
    published = _date_field(", e.g. 2012-02-07", load_default=None, allow_none=True)


class EvidenceSchema(Schema):
    claim_id = fields.String()
    relation = fields.String()
    claim_ids = fields.List(fields.String())
    article_ids = fields.List(fields.String())
    texts = fields.List(fields.String())
    sentences = fields.List(fields.String())
    derivation = fields.String(allow_none=True)
    explanation = fields.String()


class VerdictSchema(Schema):
    claim_id = fields.String()
    text = fields.String()
    verdict = fields.String()
    explanation = fields.String()


class VerificationSchema(Schema):
    """`POST /v1/verify` and `claimcheck verify --json`: the claim, what was read in it
    with a verdict for each figure, the overall verdict, and the evidence."""

    claim = fields.String()
    claims = fields.Method("_claims")
    verdict = fields.String()
    explanation = fields.String()
    verdicts = fields.List(fields.Nested(VerdictSchema))
    evidence = fields.List(fields.Nested(EvidenceSchema))

    def _claims(self, verification: object) -> list[dict]:
        return [ClaimSchema().dump(c) for c in getattr(verification, "claims", ())]
