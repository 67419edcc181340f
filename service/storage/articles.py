"""Articles and their claims: stored, read, listed, searched, deleted; and the archive
of conflicts between a stored article's claims and earlier ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    delete,
    func,
    insert,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from service.storage.database import Database
from service.storage.records import ArchiveConflict, ClaimFilter, ClaimKey, Page, StoredArticle
from service.storage.rows import (
    CONFLICT_FIELDS,
    article_json,
    claim_row,
    conflict_id,
    fold,
    like_pattern,
    read_columns,
    utc,
)
from service.storage.tables import article_table, check_article_table, claim_table, conflict_table


class ArticleStore(Database):
    """Articles, their claims and their archive conflicts."""

    def article_by_hash(self, content_hash: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(article_table).where(article_table.c.content_hash == content_hash)
            ).first()
            return None if row is None else self._article(conn, row)

    def article(self, article_id: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(article_table).where(article_table.c.id == article_id)
            ).first()
            return None if row is None else self._article(conn, row)

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(article_table.c.seq).where(article_table.c.id == article_id)
            )
            return found.first() is not None

    def _article(self, conn: Connection, row: Any) -> StoredArticle:
        claims = conn.execute(
            select(claim_table.c.data)
            .where(claim_table.c.article_id == row.id)
            .order_by(claim_table.c.position)
        ).scalars()
        return StoredArticle(
            seq=row.seq,
            id=row.id,
            content_hash=row.content_hash,
            format=row.format,
            body=row.body,
            submitted=row.submitted,
            created=utc(row.created),
            article=article_json(row),
            claims=tuple(claims),
        )

    def add_article(
        self,
        *,
        content_hash: str,
        format: str,
        body: str,
        submitted: Mapping[str, Any],
        article: Mapping[str, Any],
    ) -> tuple[StoredArticle, bool]:
        """Store `article` (ArticleWithClaimsSchema's shape) unless its hash is stored.

        Returns the stored article and whether this call created it. Two callers racing
        with the same content both get the one row: the loser's insert hits the unique
        hash and it reads the winner's.
        """
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_all() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(article_table).values(
                        id=article["id"],
                        content_hash=content_hash,
                        format=format,
                        body=body,
                        created=created,
                        **read_columns(submitted, article),
                    )
                )
                _insert_claims(conn, article)

        try:
            self._retrying(insert_all)
        except IntegrityError:
            existing = self.article_by_hash(content_hash)
            if existing is None:
                raise
            return existing, False
        stored = self.article(article["id"])
        assert stored is not None
        return stored, True

    def update_article(
        self, article_id: str, *, submitted: Mapping[str, Any], article: Mapping[str, Any]
    ) -> StoredArticle | None:
        """Replace a stored article's metadata and claims (its text stays); None if gone."""

        def replace() -> bool:
            with self._write() as conn:
                result = conn.execute(
                    update(article_table)
                    .where(article_table.c.id == article_id)
                    .values(**read_columns(submitted, article))
                )
                if result.rowcount == 0:
                    return False
                conn.execute(delete(claim_table).where(claim_table.c.article_id == article_id))
                _insert_claims(conn, article)
                return True

        return self.article(article_id) if self._retrying(replace) else None

    def articles(self, *, limit: int, after: int | None = None) -> Page:
        """Stored articles, newest first, without their text and claims."""
        listed = [c for c in article_table.c if c.name not in ("body", "text", "submitted")]
        query = select(*listed).order_by(article_table.c.seq.desc()).limit(limit + 1)
        if after is not None:
            query = query.where(article_table.c.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(
            StoredArticle(
                seq=r.seq,
                id=r.id,
                content_hash=r.content_hash,
                format=r.format,
                body="",
                submitted={},
                created=utc(r.created),
                article=article_json(r),
            )
            for r in rows[:limit]
        )
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and its claims; False if there was none. Checks keep theirs."""

        def delete_both() -> bool:
            with self._write() as conn:
                ac = conflict_table.c
                conn.execute(
                    delete(conflict_table).where(
                        (ac.article_id == article_id) | (ac.earlier_article_id == article_id)
                    )
                )
                conn.execute(delete(claim_table).where(claim_table.c.article_id == article_id))
                result = conn.execute(delete(article_table).where(article_table.c.id == article_id))
                return result.rowcount > 0

        return self._retrying(delete_both)

    # ------------------------------------------------------------------ claims

    def claims_query(self, where: ClaimFilter, *, limit: int, after: int | None = None):
        """The SELECT behind `claims` (tests read its plan: every filter but `text` is
        answered from an index)."""
        c = claim_table.c
        equality = (where.kind, where.location, where.source, where.language)
        ranged = (where.date_from or where.date_to) and not any(equality)
        ranged = ranged and not (where.article_id or where.check_id)
        ranged = ranged or (where.conflicting and not any(equality))
        # SQLite, knowing nothing of the data, would rather walk the table newest first
        # than sort what a date index finds, which is a full scan when little matches:
        # ordering by an expression of seq takes that walk away from it.
        order = (c.seq + 0) if ranged and self.is_sqlite else c.seq
        query = select(c.seq, c.data).order_by(order.desc())
        if where.kind:
            query = query.where(c.kind == where.kind)
        if where.text:
            query = query.where(c.text.ilike(like_pattern(where.text), escape="\\"))
        if where.location:
            query = query.where(c.location_key == fold(where.location))
        if where.source:
            query = query.where(c.source_key == fold(where.source))
        if where.language:
            query = query.where(c.language == where.language)
        if where.article_id:
            query = query.where(c.article_id == where.article_id)
        if where.check_id:
            covered = select(check_article_table.c.article_id).where(
                check_article_table.c.check_id == where.check_id
            )
            query = query.where(c.article_id.in_(covered))
        if where.conflicting is not None:
            # the claims rows of the conflicts' two sides, found by their (article, id) key
            ac, other = conflict_table.c, claim_table.alias("conflicting").c
            sides = [
                select(other.seq).join(
                    conflict_table,
                    (other.article_id == article) & (other.id == claim),
                )
                for article, claim in (
                    (ac.article_id, ac.claim_id),
                    (ac.earlier_article_id, ac.earlier_claim_id),
                )
            ]
            in_conflict = c.seq.in_(union(*sides))
            query = query.where(in_conflict if where.conflicting else ~in_conflict)
        if where.date_from:
            query = query.where(c.day_end >= where.date_from)
        if where.date_to:
            query = query.where(c.day_start <= where.date_to)
        if after is not None:
            query = query.where(c.seq < after)
        return query.limit(limit + 1)

    def claims(self, where: ClaimFilter, *, limit: int, after: int | None = None) -> Page:
        """Stored claims matching `where`, newest article first, in text order within one.

        A date filter matches a claim whose date interval overlaps it, or, for a claim
        without a date, whose `as_of` lies within it.
        """
        with self.engine.connect() as conn:
            rows = conn.execute(self.claims_query(where, limit=limit, after=after)).all()
        items = tuple(r.data for r in rows[:limit])
        return Page(items, rows[limit - 1].seq if len(rows) > limit else None)

    # ------------------------------------------------------------------ the archive

    def archive_candidates_query(
        self, article_id: str, keys: Sequence[ClaimKey], *, window_days: int, limit: int
    ):
        """The SELECT of the earlier stored articles (ids, most recent first) with a claim
        of one of `keys`' kinds at the same place, or at days within `window_days` of
        its days: each term is answered from an index (kind, place or day), none scans."""
        c, a = claim_table.c, article_table.c
        window = dt.timedelta(days=window_days)
        terms = []
        for key in dict.fromkeys(keys):
            if key.location_key:
                terms.append((c.location_key == key.location_key) & (c.kind == key.kind))
            if key.day_start and key.day_end:
                terms.append(
                    (c.day_end >= key.day_start - window)
                    & (c.day_start <= key.day_end + window)
                    & (c.kind == key.kind)
                )
        if not terms:
            return None
        earlier = select(a.seq).where(a.id == article_id).scalar_subquery()
        return (
            select(c.article_id, func.max(a.seq).label("article_seq"))
            .join(article_table, a.id == c.article_id)
            .where(or_(*terms), c.article_id != article_id, a.seq < earlier)
            .group_by(c.article_id)
            .order_by(func.max(a.seq).desc())
            .limit(limit)
        )

    def archive_candidates(
        self, article_id: str, keys: Sequence[ClaimKey], *, window_days: int, limit: int
    ) -> list[str]:
        query = self.archive_candidates_query(
            article_id, keys, window_days=window_days, limit=limit
        )
        if query is None:
            return []
        with self.engine.connect() as conn:
            return [row.article_id for row in conn.execute(query)]

    def articles_by_id(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The stored ones of `article_ids`, in that order."""
        if not article_ids:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(article_table).where(article_table.c.id.in_(article_ids))
            ).all()
            found = {row.id: self._article(conn, row) for row in rows}
        return [found[i] for i in article_ids if i in found]

    def add_archive_conflicts(
        self, article_id: str, conflicts: Sequence[Mapping[str, Any]], *, matched: bool = True
    ) -> list[ArchiveConflict]:
        """Store `conflicts` (claim_id, earlier_article_id, earlier_claim_id, kind,
        severity, explanation) of `article_id`, each unless it is stored already, and
        mark the article matched; returns the ones this call stored."""
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)
        rows = [
            {
                "id": conflict_id(
                    article_id, c["claim_id"], c["earlier_article_id"], c["earlier_claim_id"]
                ),
                "article_id": article_id,
                "created": created,
                **{key: c[key] for key in CONFLICT_FIELDS},
            }
            for c in conflicts
        ]

        def insert_new() -> list[str]:
            made = []
            with self._write() as conn:
                if not conn.execute(
                    select(article_table.c.seq).where(article_table.c.id == article_id)
                ).first():
                    return []  # deleted while it was matched
                for row in rows:
                    earlier = article_table.c.id == row["earlier_article_id"]
                    if conn.execute(select(article_table.c.seq).where(earlier)).first() is None:
                        continue  # the earlier article went meanwhile
                    inserted = conn.execute(self._insert_once(conflict_table, row))
                    if inserted.rowcount == 1:
                        made.append(row["id"])
                if matched:
                    conn.execute(
                        update(article_table)
                        .where(article_table.c.id == article_id)
                        .values(matched=created)
                    )
            return made

        made = set(self._retrying(insert_new))
        return [c for c in self.archive_conflicts(article_id, limit=None).items if c.id in made]

    def archive_conflicts(
        self, article_id: str, *, limit: int | None, after: int | None = None, later: bool = False
    ) -> Page:
        """Conflicts of `article_id` with earlier articles (and, with `later`, those of
        later articles with it), newest first."""
        ac = conflict_table.c
        mine = ac.article_id == article_id
        query = select(conflict_table).where(
            (mine | (ac.earlier_article_id == article_id)) if later else mine
        )
        if after is not None:
            query = query.where(ac.seq < after)
        query = query.order_by(ac.seq.desc())
        if limit is not None:
            query = query.limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(
            ArchiveConflict(**{**row._asdict(), "created": utc(row.created)})
            for row in (rows if limit is None else rows[:limit])
        )
        more = limit is not None and len(rows) > limit
        return Page(items, items[-1].seq if more else None)

    def matched(self, article_id: str) -> dt.datetime | None:
        """When the article's claims were matched against the archive (None: not yet)."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(article_table.c.matched).where(article_table.c.id == article_id)
            ).scalar()
        return None if found is None else utc(found)

    def clear_matched(self, article_id: str) -> None:
        """Forget an article's conflicts with earlier ones (its claims were read again)."""

        def clear() -> None:
            with self._write() as conn:
                conn.execute(
                    delete(conflict_table).where(conflict_table.c.article_id == article_id)
                )
                conn.execute(
                    update(article_table)
                    .where(article_table.c.id == article_id)
                    .values(matched=None)
                )

        self._retrying(clear)

    # ------------------------------------------------------------------ checks


def _insert_claims(conn: Connection, article: Mapping[str, Any]) -> None:
    keys = {"source_key": fold(article.get("source")), "language": article.get("language")}
    rows = [claim_row(article["id"], i, c) | keys for i, c in enumerate(article["claims"])]
    if rows:
        conn.execute(insert(claim_table), rows)
