"""Builds tweets in the X API v2 filtered-stream shape, computing entities and matching rules."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from seedlib import ANCHOR, format_time, parse_time, rule_id, snowflake

HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
MAX_LENGTH = 280
# Nothing may be stamped after the seeding moment.
LATEST = ANCHOR - timedelta(seconds=30)


def hashtags_of(text: str) -> list[str]:
    return [match.group(1) for match in HASHTAG.finditer(text)]


class Stream:
    def __init__(self, ngos: list[dict], public: list[dict]) -> None:
        self.records: list[dict] = []
        self.users: dict[str, dict] = {}
        self.windows: list[tuple[str, datetime, datetime, set[str]]] = []
        for ngo in ngos:
            for account in ngo["accounts"]:
                self.users[account["handle"].lower()] = {
                    "id": account["xUserId"], "username": account["handle"], "name": account["displayName"],
                    "ngo": ngo["slug"], "role": account["role"], "parent": account["parent"]}
            for campaign in ngo["campaigns"]:
                if campaign["published"]:
                    self._watch(f"campaign:{ngo['slug']}/{campaign['slug']}", campaign["startsAt"], campaign["endsAt"], campaign["hashtags"])
            for session in ngo["liveSessions"]:
                if session["startedAt"] is not None:
                    self._watch(f"session:{ngo['slug']}/{session['slug']}", session["startedAt"], session["endedAt"], session["hashtags"])
        for user in public:
            self.users[user["username"].lower()] = {**user, "ngo": None, "role": None, "parent": None}

    def _watch(self, tag: str, starts: str, ends: str | None, hashtags: list[str]) -> None:
        end = parse_time(ends) if ends is not None else ANCHOR
        self.windows.append((tag, parse_time(starts), end, {h.lower() for h in hashtags}))

    def user(self, username: str) -> dict:
        return self.users[username.lower()]

    def tags_for(self, author: dict, moment: datetime, text: str, stray: bool) -> list[str]:
        present = {h.lower() for h in hashtags_of(text)}
        tags = [tag for tag, start, end, watched in self.windows if start <= moment <= end and present & watched]
        if author["ngo"] is not None:
            tags.append(f"account:{author['ngo']}")
        if stray and not tags:
            tags.append(f"hashtag:{hashtags_of(text)[0]}")
        return tags

    def add(self, author: dict, moment: datetime, text: str, lang: str, kind: str = "original", ref: dict | None = None,
            geo: tuple[float, float] | None = None, fixed_id: str | None = None, require: str | None = None,
            stray: bool = False, metrics: dict | None = None) -> dict | None:
        """Adds a tweet, or returns None when the stream would not deliver it (no rule matches it)."""
        if moment > LATEST:
            return None
        if kind == "retweet":
            text = _truncate(f"RT @{ref['author']['username']}: {ref['text']}")
        elif kind == "reply":
            text = f"@{ref['author']['username']} {text}"
        if len(text) > MAX_LENGTH:
            raise ValueError(f"tweet over {MAX_LENGTH} characters: {text}")
        matched_text = ref["text"] if kind == "retweet" else text
        tags = self.tags_for(author, moment, matched_text, stray)
        if not tags or (require is not None and require not in tags):
            return None
        root = (ref.get("root") or ref) if kind == "reply" else None
        record = {"author": author, "time": moment, "text": text, "lang": lang, "kind": kind, "ref": ref, "root": root,
                  "geo": geo, "fixed_id": fixed_id, "tags": tags, "metrics": metrics, "order": len(self.records)}
        self.records.append(record)
        return record

    def assign_ids(self) -> None:
        self.records.sort(key=lambda r: (r["time"], 0 if r["fixed_id"] else 1, r["order"]))
        previous_ms, sequence = None, 0
        for record in self.records:
            ms = record["time"]
            sequence = sequence + 1 if ms == previous_ms else 0
            previous_ms = ms
            record["id"] = record["fixed_id"] or snowflake(record["time"], sequence)
            if record["fixed_id"] and record["fixed_id"] != snowflake(record["time"], sequence):
                raise ValueError(f"fixed id {record['fixed_id']} collides with another tweet at the same millisecond")

    def to_json(self, record: dict) -> dict:
        author, ref = record["author"], record["ref"]
        data = {"id": record["id"], "text": record["text"], "author_id": author["id"], "created_at": format_time(record["time"]),
                "lang": record["lang"], "conversation_id": record["root"]["id"] if record["root"] else record["id"],
                "edit_history_tweet_ids": [record["id"]]}
        entities, mentioned = self._entities(record["text"])
        if entities:
            data["entities"] = entities
        data["public_metrics"] = record["metrics"] or {"retweet_count": 0, "reply_count": 0, "like_count": 0, "quote_count": 0, "impression_count": 0}
        if record["geo"]:
            data["geo"] = {"coordinates": {"type": "Point", "coordinates": [record["geo"][1], record["geo"][0]]}}
        includes_users = [author]
        if ref is not None:
            kind = {"retweet": "retweeted", "reply": "replied_to", "quote": "quoted"}[record["kind"]]
            data["referenced_tweets"] = [{"type": kind, "id": ref["id"]}]
            if record["kind"] == "reply":
                data["in_reply_to_user_id"] = ref["author"]["id"]
            includes_users.append(ref["author"])
        includes_users.extend(mentioned)
        includes: dict = {"users": _unique_users(includes_users)}
        if ref is not None:
            includes["tweets"] = [{"id": ref["id"], "text": ref["text"], "author_id": ref["author"]["id"], "created_at": format_time(ref["time"])}]
        rules = [{"id": rule_id(tag), "tag": tag} for tag in record["tags"]]
        return {"data": data, "includes": includes, "matching_rules": rules}

    def _entities(self, text: str) -> tuple[dict, list[dict]]:
        entities: dict = {}
        hashtags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG.finditer(text)]
        mentions, mentioned = [], []
        for match in MENTION.finditer(text):
            user = self.user(match.group(1))
            mentions.append({"start": match.start(), "end": match.end(), "username": user["username"], "id": user["id"]})
            mentioned.append(user)
        if hashtags:
            entities["hashtags"] = hashtags
        if mentions:
            entities["mentions"] = mentions
        return entities, mentioned


def _truncate(text: str) -> str:
    if len(text) <= MAX_LENGTH:
        return text
    cut = text.rfind(" ", 0, MAX_LENGTH - 1)
    return text[:cut] + "…"


def _unique_users(users: list[dict]) -> list[dict]:
    seen, result = set(), []
    for user in users:
        if user["id"] not in seen:
            seen.add(user["id"])
            result.append({"id": user["id"], "name": user["name"], "username": user["username"]})
    return result
