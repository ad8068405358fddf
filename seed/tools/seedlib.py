"""Shared rules of the seed data set: the time anchor, relative times, tweet ids."""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

# Every time in the data set is written on a fixed clock where this instant stands for
# "the moment of seeding"; the seeder shifts all times by (now - ANCHOR).
ANCHOR = datetime(2026, 1, 1, tzinfo=timezone.utc)

# SEED_DATA_DIR lets the tools run on a copy of the data set (e.g. to try a change).
DATA_DIR = Path(os.environ.get("SEED_DATA_DIR") or Path(__file__).resolve().parent.parent / "data")
NGO_DIR = DATA_DIR / "ngos"
TWEETS_FILE = DATA_DIR / "tweets.ndjson"

_RELATIVE = re.compile(r"^([+-])(\d+)([dhm])$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}

# Snowflake epoch of X ids: ids built from it grow with time, like real tweet ids.
_SNOWFLAKE_EPOCH_MS = 1288834974657


def parse_time(value: str) -> datetime:
    """Reads "-20d" / "+3h" / "-90m" (relative to ANCHOR) or an absolute ISO-8601 UTC instant."""
    match = _RELATIVE.match(value)
    if match:
        sign, count, unit = match.groups()
        delta = timedelta(**{_UNITS[unit]: int(count)})
        return ANCHOR + delta if sign == "+" else ANCHOR - delta
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None or parsed.utcoffset() != timedelta(0):
        raise ValueError(f"absolute time must be UTC: {value}")
    return parsed


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def epoch_millis(moment: datetime) -> int:
    return (moment - datetime(1970, 1, 1, tzinfo=timezone.utc)) // timedelta(milliseconds=1)


def snowflake(moment: datetime, sequence: int = 0) -> str:
    return str(((epoch_millis(moment) - _SNOWFLAKE_EPOCH_MS) << 22) + sequence)


def snowflake_time(tweet_id: str) -> datetime:
    millis = (int(tweet_id) >> 22) + _SNOWFLAKE_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, tz=timezone.utc)


def load_ngos() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(NGO_DIR.glob("*.json"))]


def campaign_state(campaign: dict) -> str:
    if campaign["archived"]:
        return "ARCHIVED"
    if not campaign["published"]:
        return "DRAFT"
    if parse_time(campaign["startsAt"]) > ANCHOR:
        return "SCHEDULED"
    if parse_time(campaign["endsAt"]) <= ANCHOR:
        return "ENDED"
    return "LIVE"


def session_state(session: dict) -> str:
    if session["startedAt"] is None:
        return "SCHEDULED"
    return "LIVE" if session["endedAt"] is None else "ENDED"


def rule_id(tag: str) -> str:
    """A stable fake rule id per tag, so regenerating never renumbers existing rules."""
    digest = 0
    for char in tag.encode("utf-8"):
        digest = (digest * 131 + char) % 10**17
    return f"18{digest:017d}"
