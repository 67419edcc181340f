"""Webhooks: subscriptions, the events a stored check announces, and their delivery.

A subscriber names a URL, the events it wants (`check.completed`, `conflict.found`: one
per fact of a check whose status is conflict, and one per conflict a stored article has
with an earlier one, service/archive.py) and a secret. Each event is logged once per
subscription (a unique event key, so a job run twice announces once) and delivered by
the task runner (service/tasks.py): POSTed as JSON, signed

    X-Claimcheck-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>

and retried after each of `CLAIMCHECK_WEBHOOK_RETRY_DELAYS` until a 2xx answer, then
marked failed. Redirects are not followed, and unless `CLAIMCHECK_WEBHOOK_ALLOW_PRIVATE`
is on, a URL whose host resolves to a loopback, private or link-local address is
refused at delivery (no retries): a webhook must not become a way into the network the
server sits in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import secrets
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, current_app, request, url_for

from service.auth import require_api_key
from service.errors import Problem
from service.schemas import PageQuerySchema, SubscriptionRequestSchema
from service.storage import Delivery, StoredCheck, Subscription, current_storage
from service.tasks import app_context, retries_left, submit_delivery

bp = Blueprint("webhooks", __name__, url_prefix="/v1")
bp.before_request(require_api_key)

EVENTS = ("check.completed", "conflict.found")
SIGNATURE_HEADER = "X-Claimcheck-Signature"
#: seconds a receiver's answer is waited for
TIMEOUT = 10


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Claimcheck-Signature value for `body` sent at `timestamp`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, tolerance: int = 300) -> bool:
    """What a receiver does: the signature matches and is at most `tolerance` s old."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


# --------------------------------------------------------------------------- events


def _event_body(event: str, data: dict[str, Any]) -> str:
    return json.dumps(
        {
            "event": event,
            "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "data": data,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def events_of(stored: StoredCheck) -> list[tuple[str, str, dict[str, Any]]]:
    """(event, event key, data) for everything a stored check announces."""
    report = stored.report
    check_url = f"/v1/checks/{stored.id}"
    claims = {claim["id"]: claim for claim in report.get("claims", [])}
    found = [
        (
            "check.completed",
            f"check.completed:{stored.id}",
            {
                "check_id": stored.id,
                "check_url": check_url,
                "article_ids": list(stored.article_ids),
                "summary": report.get("summary", {}),
            },
        )
    ]
    for fact in report.get("facts", []):
        if fact.get("status") != "conflict":
            continue
        found.append(
            (
                "conflict.found",
                f"conflict.found:{stored.id}:{fact['id']}",
                {
                    "check_id": stored.id,
                    "check_url": check_url,
                    "fact": fact,
                    "claims": [claims[i] for i in fact.get("mention_ids", []) if i in claims],
                },
            )
        )
    return found


def announce(stored: StoredCheck) -> int:
    """Log and submit each event of `stored` to each subscriber; returns how many new."""
    return announce_events(events_of(stored))


def announce_events(events: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
    """Log and submit each (event, event key, data) to each subscriber that wants it,
    once per event key; returns how many deliveries are new."""
    storage = current_storage()
    subscriptions = storage.subscriptions().items
    if not subscriptions:
        return 0
    made = 0
    for event, key, data in events:
        body = _event_body(event, data)
        for subscription in subscriptions:
            if event not in subscription.events:
                continue
            delivery = storage.add_delivery(
                delivery_id=uuid_hex(),
                subscription_id=subscription.id,
                event=event,
                event_key=key,
                body=body,
            )
            if delivery is not None:  # None: announced before (a retried job)
                if current_app.config["WEBHOOK_DELIVERY"]:
                    submit_delivery(delivery.id)
                made += 1
    return made


def uuid_hex() -> str:
    return secrets.token_hex(16)


# --------------------------------------------------------------------------- delivery


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 3xx is an answer, not a place to go


_opener = urllib.request.build_opener(_NoRedirects)


def _private_address(url: str) -> str | None:
    """The first address `url`'s host resolves to that is not a global one, if any."""
    try:
        parts = urlsplit(url)
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError):
        return None  # the request itself will fail and be retried
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            return str(address)
    return None


def deliver(delivery_id: str, retries_left_now: int | None = None) -> None:
    """One attempt at a delivery; raises (so the runner retries) while it may."""
    with app_context():
        storage = current_storage()
        delivery = storage.delivery(delivery_id)
        if delivery is None or delivery.status == "delivered":
            return
        subscription = storage.subscription(delivery.subscription_id)
        if subscription is None:
            return
        if not current_app.config["WEBHOOK_ALLOW_PRIVATE"]:
            private = _private_address(subscription.url)
            if private:
                storage.update_delivery(
                    delivery_id,
                    status="failed",
                    error=f"not sent: the host resolves to {private}, a non-public address "
                    "(CLAIMCHECK_WEBHOOK_ALLOW_PRIVATE)",
                )
                return
        body = delivery.body.encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "claimcheck-webhooks",
            "X-Claimcheck-Event": delivery.event,
            "X-Claimcheck-Delivery": delivery.id,
            SIGNATURE_HEADER: signature(subscription.secret, int(time.time()), body),
        }
        status: int | None = None
        error: str | None = None
        try:
            sent = urllib.request.Request(subscription.url, data=body, headers=headers)
            with _opener.open(sent, timeout=TIMEOUT) as answer:
                status = answer.status
        except urllib.error.HTTPError as exc:
            status, error = exc.code, f"answered {exc.code}"
            exc.close()
        except (OSError, ValueError) as exc:
            error = f"could not deliver: {exc}"
        if status is not None and 200 <= status < 300:
            storage.update_delivery(
                delivery_id,
                status="delivered",
                attempts="+1",
                response_status=status,
                error=None,
                delivered=dt.datetime.now(dt.UTC),
            )
            return
        if status is not None and error is None:
            error = f"answered {status}"
        again = retries_left(retries_left_now) > 0
        storage.update_delivery(
            delivery_id,
            status="pending" if again else "failed",
            attempts="+1",
            response_status=status,
            error=error,
        )
        if again:
            raise DeliveryFailed(error or "not delivered")


class DeliveryFailed(Exception):
    """A delivery attempt that did not get a 2xx; the task runner tries again later."""


# --------------------------------------------------------------------------- views


def _subscription_json(subscription: Subscription) -> dict[str, Any]:
    return {
        "id": subscription.id,
        "url": subscription.url,
        "events": list(subscription.events),
        "created": subscription.created.isoformat(),
    }


def _delivery_json(delivery: Delivery) -> dict[str, Any]:
    return {
        "id": delivery.id,
        "event": delivery.event,
        "status": delivery.status,
        "attempts": delivery.attempts,
        "response_status": delivery.response_status,
        "error": delivery.error,
        "created": delivery.created.isoformat(),
        "delivered": None if delivery.delivered is None else delivery.delivered.isoformat(),
        "body": json.loads(delivery.body),
    }


def _checked_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        _port = parts.port  # raises for a port that is not one
    except ValueError:
        parts = urlsplit("")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        message = "must be an absolute http(s) URL with a host, e.g. https://desk.example.org/hook"
        raise Problem(422, f"url {message}.", errors={"url": [message]})
    if not current_app.config["WEBHOOK_ALLOW_PRIVATE"]:
        try:
            address = ipaddress.ip_address(parts.hostname)
        except ValueError:
            return url  # a name: judged by what it resolves to at delivery
        if not address.is_global:
            message = (
                f"{address} is not a public address; webhooks go to public hosts "
                "(CLAIMCHECK_WEBHOOK_ALLOW_PRIVATE=1 lets them go to private ones)"
            )
            raise Problem(422, f"url: {message}.", errors={"url": [message]})
    return url


@bp.post("/subscriptions")
def create_subscription():
    from service.api import _body

    data = SubscriptionRequestSchema().load(_body())
    subscription = current_storage().add_subscription(
        subscription_id=uuid_hex(),
        url=_checked_url(data["url"]),
        events=list(dict.fromkeys(data["events"])),
        secret=data["secret"],
    )
    location = url_for(".get_subscription", subscription_id=subscription.id)
    return _subscription_json(subscription), 201, {"Location": location}


@bp.get("/subscriptions")
def list_subscriptions():
    from service.api import _after, _cursor, link_header

    query = PageQuerySchema().load(request.args.to_dict())
    page = current_storage().subscriptions(limit=query["limit"], after=_after(query["cursor"]))
    next_cursor = _cursor(page.after)
    return {
        "items": [_subscription_json(s) for s in page.items],
        "next_cursor": next_cursor,
    }, link_header(next_cursor)


def _subscription(subscription_id: str) -> Subscription:
    from service.api import _not_found, _path_id

    found = current_storage().subscription(_path_id(subscription_id, "subscription_id"))
    if found is None:
        raise _not_found("subscription", subscription_id)
    return found


@bp.get("/subscriptions/<subscription_id>")
def get_subscription(subscription_id: str):
    return _subscription_json(_subscription(subscription_id))


@bp.delete("/subscriptions/<subscription_id>")
def delete_subscription(subscription_id: str):
    from service.api import _not_found, _path_id

    if not current_storage().delete_subscription(_path_id(subscription_id, "subscription_id")):
        raise _not_found("subscription", subscription_id)
    return "", 204


@bp.get("/subscriptions/<subscription_id>/deliveries")
def list_deliveries(subscription_id: str):
    from service.api import _after, _cursor, link_header

    query = PageQuerySchema().load(request.args.to_dict())
    subscription = _subscription(subscription_id)
    page = current_storage().deliveries(
        subscription.id, limit=query["limit"], after=_after(query["cursor"])
    )
    next_cursor = _cursor(page.after)
    return {
        "items": [_delivery_json(d) for d in page.items],
        "next_cursor": next_cursor,
    }, link_header(next_cursor)
