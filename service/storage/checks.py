"""Check reports (snapshots that outlive their articles) and the asynchronous jobs that
make them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from service.storage.database import Database
from service.storage.records import CheckSummary, Job, Page, StoredCheck
from service.storage.rows import utc
from service.storage.tables import check_article_table, check_table, job_table


class CheckStore(Database):
    """Checks and jobs."""

    def add_check(
        self,
        *,
        check_id: str,
        article_ids: Sequence[str],
        report: Mapping[str, Any],
        texts: Mapping[str, str],
        stored_ids: Sequence[str] = (),
    ) -> tuple[StoredCheck, bool]:
        """Store a report under `check_id` unless one is stored there already.

        Returns the stored check and whether this call stored it: a job run twice (its
        worker killed after the write) stores its check once. `stored_ids` are the
        covered articles that are stored (for the claim search's check_id filter).
        """
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_check() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(check_table).values(
                        id=check_id,
                        created=created,
                        article_ids=list(article_ids),
                        report=dict(report),
                        texts=dict(texts),
                    )
                )
                covered = [
                    {"check_id": check_id, "article_id": a} for a in dict.fromkeys(stored_ids)
                ]
                if covered:
                    conn.execute(insert(check_article_table), covered)

        try:
            self._retrying(insert_check)
        except IntegrityError:
            existing = self.check(check_id)
            if existing is None:
                raise
            return existing, False
        return StoredCheck(check_id, created, tuple(article_ids), dict(report), dict(texts)), True

    def check(self, check_id: str) -> StoredCheck | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(check_table).where(check_table.c.id == check_id)).first()
        if row is None:
            return None
        return StoredCheck(row.id, utc(row.created), tuple(row.article_ids), row.report, row.texts)

    def checks(self, *, limit: int, after: int | None = None) -> Page:
        """Stored checks, newest first, each with its summary instead of its report."""
        c = check_table.c
        query = select(c.seq, c.id, c.created, c.article_ids, c.report).order_by(c.seq.desc())
        if after is not None:
            query = query.where(c.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit + 1)).all()
        items = tuple(
            CheckSummary(
                r.seq, r.id, utc(r.created), tuple(r.article_ids), r.report.get("summary", {})
            )
            for r in rows[:limit]
        )
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def delete_check(self, check_id: str) -> bool:
        def delete_it() -> bool:
            with self._write() as conn:
                conn.execute(
                    delete(check_article_table).where(check_article_table.c.check_id == check_id)
                )
                return (
                    conn.execute(delete(check_table).where(check_table.c.id == check_id)).rowcount
                    > 0
                )

        return self._retrying(delete_it)

    # ------------------------------------------------------------------ jobs

    def add_job(self, *, job_id: str, check_id: str, request: Mapping[str, Any]) -> Job:
        now = dt.datetime.now(dt.UTC)
        row = {
            "id": job_id,
            "created": now,
            "updated": now,
            "status": "queued",
            "progress": 0.0,
            "attempts": 0,
            "check_id": check_id,
            "error": None,
            "request": dict(request),
        }

        def insert_job() -> None:
            with self._write() as conn:
                conn.execute(insert(job_table).values(**row))

        self._retrying(insert_job)
        return Job(**row)

    def job(self, job_id: str) -> Job | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(job_table).where(job_table.c.id == job_id)).first()
        if row is None:
            return None
        return Job(
            id=row.id,
            created=utc(row.created),
            updated=utc(row.updated),
            status=row.status,
            progress=row.progress,
            attempts=row.attempts,
            check_id=row.check_id,
            error=row.error,
            request=row.request,
        )

    def update_job(self, job_id: str, *, only_if_not: tuple[str, ...] = (), **values: Any) -> bool:
        """Change a job's status, progress, attempts or error; False if it is gone or
        already in one of the `only_if_not` states (a finished job stays finished)."""
        values["updated"] = dt.datetime.now(dt.UTC)
        query = update(job_table).where(job_table.c.id == job_id)
        if only_if_not:
            query = query.where(job_table.c.status.not_in(only_if_not))
        if "attempts" in values and values["attempts"] == "+1":
            values["attempts"] = job_table.c.attempts + 1

        def change() -> bool:
            with self._write() as conn:
                return conn.execute(query.values(**values)).rowcount > 0

        return self._retrying(change)

    # ------------------------------------------------------------------ webhooks
