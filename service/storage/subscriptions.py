"""Webhook subscriptions and the log of deliveries made to them (one per event)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from service.storage.database import Database
from service.storage.records import Delivery, Page, Subscription
from service.storage.rows import utc
from service.storage.tables import delivery_table, subscription_table


class SubscriptionStore(Database):
    """Webhook subscriptions and deliveries."""

    def add_subscription(
        self, *, subscription_id: str, url: str, events: Sequence[str], secret: str
    ) -> Subscription:
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_it() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(subscription_table).values(
                        id=subscription_id,
                        created=created,
                        url=url,
                        events=list(events),
                        secret=secret,
                    )
                )

        self._retrying(insert_it)
        found = self.subscription(subscription_id)
        assert found is not None
        return found

    @staticmethod
    def _subscription(row: Any) -> Subscription:
        return Subscription(
            row.seq, row.id, utc(row.created), row.url, tuple(row.events), row.secret
        )

    def subscription(self, subscription_id: str) -> Subscription | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(subscription_table).where(subscription_table.c.id == subscription_id)
            ).first()
        return None if row is None else self._subscription(row)

    def subscriptions(self, *, limit: int | None = None, after: int | None = None) -> Page:
        query = select(subscription_table).order_by(subscription_table.c.seq.desc())
        if after is not None:
            query = query.where(subscription_table.c.seq < after)
        if limit is not None:
            query = query.limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(self._subscription(r) for r in rows[:limit])
        more = limit is not None and len(rows) > limit
        return Page(items, items[-1].seq if more else None)

    def delete_subscription(self, subscription_id: str) -> bool:
        def delete_it() -> bool:
            with self._write() as conn:
                conn.execute(
                    delete(delivery_table).where(
                        delivery_table.c.subscription_id == subscription_id
                    )
                )
                result = conn.execute(
                    delete(subscription_table).where(subscription_table.c.id == subscription_id)
                )
                return result.rowcount > 0

        return self._retrying(delete_it)

    def add_delivery(
        self, *, delivery_id: str, subscription_id: str, event: str, event_key: str, body: str
    ) -> Delivery | None:
        """Log a delivery to make; None when this event was already logged for this
        subscription (a retried job announces each event once)."""
        created = dt.datetime.now(dt.UTC)

        def insert_it() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(delivery_table).values(
                        id=delivery_id,
                        subscription_id=subscription_id,
                        event=event,
                        event_key=event_key,
                        body=body,
                        created=created,
                        status="pending",
                        attempts=0,
                    )
                )

        try:
            self._retrying(insert_it)
        except IntegrityError:
            return None  # logged before, or the subscription was deleted meanwhile
        return self.delivery(delivery_id)

    @staticmethod
    def _delivery(row: Any) -> Delivery:
        return Delivery(
            seq=row.seq,
            id=row.id,
            subscription_id=row.subscription_id,
            event=row.event,
            event_key=row.event_key,
            body=row.body,
            created=utc(row.created),
            status=row.status,
            attempts=row.attempts,
            response_status=row.response_status,
            error=row.error,
            delivered=None if row.delivered is None else utc(row.delivered),
        )

    def delivery(self, delivery_id: str) -> Delivery | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(delivery_table).where(delivery_table.c.id == delivery_id)
            ).first()
        return None if row is None else self._delivery(row)

    def deliveries(self, subscription_id: str, *, limit: int, after: int | None = None) -> Page:
        d = delivery_table.c
        query = select(delivery_table).where(d.subscription_id == subscription_id)
        if after is not None:
            query = query.where(d.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(d.seq.desc()).limit(limit + 1)).all()
        items = tuple(self._delivery(r) for r in rows[:limit])
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def update_delivery(self, delivery_id: str, **values: Any) -> None:
        if values.get("attempts") == "+1":
            values["attempts"] = delivery_table.c.attempts + 1

        def change() -> None:
            with self._write() as conn:
                conn.execute(
                    update(delivery_table)
                    .where(delivery_table.c.id == delivery_id)
                    .values(**values)
                )

        self._retrying(change)
