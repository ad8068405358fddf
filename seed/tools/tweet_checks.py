"""Checks of seed/data/tweets.ndjson against the X API v2 filtered-stream shape and the NGO files."""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime

from seedlib import ANCHOR, parse_time, rule_id, snowflake_time

TWEET_ID = re.compile(r"^\d{19}$")
CREATED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
METRICS = {"retweet_count", "reply_count", "like_count", "quote_count", "impression_count"}
KINDS = {"retweeted", "replied_to", "quoted"}
PUBLIC_RANGE_START = 3000000000


class TweetChecker:
    def __init__(self, ngos: list[dict], errors: list[str]) -> None:
        self.errors = errors
        self.accounts = {a["xUserId"]: (ngo["slug"], a) for ngo in ngos for a in ngo["accounts"]}
        self.by_username = {a["handle"].lower(): a["xUserId"] for ngo in ngos for a in ngo["accounts"]}
        self.windows: dict[str, tuple[datetime, datetime, set[str], dict]] = {}
        self.seeded_hashtags: set[str] = set()
        self.ngo_slugs = {ngo["slug"] for ngo in ngos}
        for ngo in ngos:
            for c in ngo["campaigns"]:
                self.seeded_hashtags |= {h.lower() for h in c["hashtags"]}
                if c["published"]:
                    self.windows[f"campaign:{ngo['slug']}/{c['slug']}"] = (parse_time(c["startsAt"]), parse_time(c["endsAt"]), {h.lower() for h in c["hashtags"]}, c)
            for s in ngo["liveSessions"]:
                self.seeded_hashtags |= {h.lower() for h in s["hashtags"]}
                if s["startedAt"] is not None:
                    end = parse_time(s["endedAt"]) if s["endedAt"] else ANCHOR
                    self.windows[f"session:{ngo['slug']}/{s['slug']}"] = (parse_time(s["startedAt"]), end, {h.lower() for h in s["hashtags"]}, s)
        self.seen: dict[str, dict] = {}
        self.users: dict[str, tuple[str, str]] = {}
        self.rule_ids: dict[str, str] = {}
        self.kinds = Counter()

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def check_file(self, path) -> list[dict]:
        lines = path.read_text(encoding="utf-8").splitlines()
        if not 300 <= len(lines) <= 500:
            self.fail(path.name, f"{len(lines)} tweets, expected 300 to 500")
        tweets, previous = [], None
        for number, line in enumerate(lines, 1):
            where = f"tweets.ndjson:{number}"
            try:
                tweet = json.loads(line)
            except json.JSONDecodeError as error:
                self.fail(where, f"invalid JSON ({error})")
                continue
            if self.tweet(where, tweet, previous):
                previous = tweet["data"]
                self.seen[previous["id"]] = tweet
                tweets.append(tweet)
        return tweets

    def tweet(self, where: str, tweet: dict, previous: dict | None) -> bool:
        if not isinstance(tweet, dict) or set(tweet) != {"data", "includes", "matching_rules"}:
            self.fail(where, "a line holds exactly data, includes and matching_rules")
            return False
        data, includes = tweet["data"], tweet["includes"]
        required = {"id", "text", "author_id", "created_at", "lang", "conversation_id", "public_metrics"}
        if not required <= set(data):
            self.fail(where, f"data lacks {sorted(required - set(data))}")
            return False
        tweet_id = data["id"]
        if not TWEET_ID.match(tweet_id) or tweet_id in self.seen:
            self.fail(where, f"id {tweet_id} must be a unique 19-digit string")
        if not CREATED_AT.match(data["created_at"]):
            self.fail(where, "created_at must be YYYY-MM-DDTHH:MM:SS.mmmZ")
            return False
        created = parse_time(data["created_at"])
        if created > ANCHOR:
            self.fail(where, "created_at is after the seeding anchor 2026-01-01T00:00:00.000Z")
        if snowflake_time(tweet_id) != created:
            self.fail(where, "id is not the snowflake of created_at")
        if previous is not None and (int(tweet_id) <= int(previous["id"]) or created < parse_time(previous["created_at"])):
            self.fail(where, "lines must be ordered by created_at with increasing ids")
        if len(data["text"]) > 280 or not data["text"]:
            self.fail(where, "text must hold 1 to 280 code points")
        if data["lang"] not in ("en", "fr"):
            self.fail(where, f"unexpected lang {data['lang']}")
        if set(data["public_metrics"]) != METRICS or any(not isinstance(v, int) or v < 0 for v in data["public_metrics"].values()):
            self.fail(where, "public_metrics must hold the five non-negative counts")
        self.includes_users(where, data, includes)
        self.entities(where, data, includes)
        kind = self.references(where, data, includes)
        self.geo(where, data)
        self.rules(where, tweet, created, kind)
        return True

    def includes_users(self, where: str, data: dict, includes: dict) -> None:
        users = {u["id"]: u for u in includes.get("users", [])}
        for user in users.values():
            known = self.users.setdefault(user["id"], (user["username"], user["name"]))
            if known != (user["username"], user["name"]):
                self.fail(where, f"user {user['id']} changes name or username")
            if user["id"] in self.accounts and self.accounts[user["id"]][1]["handle"] != user["username"]:
                self.fail(where, f"user {user['id']} must be @{self.accounts[user['id']][1]['handle']}")
            if user["id"] not in self.accounts and int(user["id"]) < PUBLIC_RANGE_START:
                self.fail(where, f"user {user['id']} is neither an NGO account nor in the public range")
            self.by_username.setdefault(user["username"].lower(), user["id"])
        if data["author_id"] not in users:
            self.fail(where, "includes.users must contain the author")

    def entities(self, where: str, data: dict, includes: dict) -> None:
        text, entities = data["text"], data.get("entities", {})
        expected = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG.finditer(text)]
        if entities.get("hashtags", []) != expected:
            self.fail(where, "entities.hashtags do not match the #tags of the text (code-point offsets)")
        mentions = entities.get("mentions", [])
        if [(m["start"], m["end"]) for m in mentions] != [(m.start(), m.end()) for m in MENTION.finditer(text)]:
            self.fail(where, "entities.mentions do not match the @mentions of the text")
        included = {u["id"] for u in includes.get("users", [])}
        for mention in mentions:
            if text[mention["start"]:mention["end"]].lower() != "@" + mention["username"].lower():
                self.fail(where, f"mention offsets of @{mention['username']} are wrong")
            if self.by_username.get(mention["username"].lower()) != mention["id"]:
                self.fail(where, f"mention @{mention['username']} has the wrong id")
            if mention["id"] not in included:
                self.fail(where, f"mentioned user @{mention['username']} missing from includes.users")

    def references(self, where: str, data: dict, includes: dict) -> str:
        refs = data.get("referenced_tweets")
        if not refs:
            if "tweets" in includes or "in_reply_to_user_id" in data or data["conversation_id"] != data["id"]:
                self.fail(where, "an original has no included tweet, no in_reply_to_user_id, and is its own conversation")
            self.kinds["original"] += 1
            return "original"
        if len(refs) != 1 or refs[0]["type"] not in KINDS:
            self.fail(where, "referenced_tweets must hold one retweeted, replied_to or quoted reference")
            return "invalid"
        kind, ref_id = refs[0]["type"], refs[0]["id"]
        self.kinds[kind] += 1
        original = self.seen.get(ref_id)
        if original is None:
            self.fail(where, f"referenced tweet {ref_id} is not an earlier line")
            return kind
        ref = original["data"]
        expected = [{"id": ref["id"], "text": ref["text"], "author_id": ref["author_id"], "created_at": ref["created_at"]}]
        if includes.get("tweets") != expected:
            self.fail(where, "includes.tweets must hold the referenced tweet as it was streamed")
        if ref["author_id"] not in {u["id"] for u in includes.get("users", [])}:
            self.fail(where, "includes.users must contain the referenced tweet's author")
        ref_name = original["includes"]["users"][0]["username"]
        if kind == "retweeted":
            prefix = f"RT @{ref_name}: "
            body = data["text"][len(prefix):]
            if not data["text"].startswith(prefix) or not (body == ref["text"] or (body.endswith("…") and ref["text"].startswith(body[:-1]))):
                self.fail(where, "a retweet's text is 'RT @handle: ' followed by the original text")
            if data["conversation_id"] != data["id"]:
                self.fail(where, "a retweet is its own conversation")
        elif kind == "replied_to":
            if data.get("in_reply_to_user_id") != ref["author_id"] or not data["text"].startswith(f"@{ref_name} "):
                self.fail(where, "a reply names and addresses the author it replies to")
            if data["conversation_id"] != ref["conversation_id"]:
                self.fail(where, "a reply belongs to the conversation of the tweet it replies to")
        elif data["conversation_id"] != data["id"] or "in_reply_to_user_id" in data:
            self.fail(where, "a quote is its own conversation")
        if parse_time(ref["created_at"]) >= parse_time(data["created_at"]):
            self.fail(where, "a tweet cannot reference a later tweet")
        return kind

    def geo(self, where: str, data: dict) -> None:
        geo = data.get("geo")
        if geo is None:
            return
        point = geo.get("coordinates", {})
        coordinates = point.get("coordinates", [])
        if point.get("type") != "Point" or len(coordinates) != 2 or not (-180 <= coordinates[0] <= 180 and -90 <= coordinates[1] <= 90):
            self.fail(where, "geo must be a Point [longitude, latitude]")

    def rules(self, where: str, tweet: dict, created: datetime, kind: str) -> None:
        data, rules = tweet["data"], tweet["matching_rules"]
        if not rules:
            self.fail(where, "a streamed tweet matches at least one rule")
            return
        text = tweet["includes"]["tweets"][0]["text"] if kind == "retweeted" and "tweets" in tweet["includes"] else data["text"]
        present = {m.group(1).lower() for m in HASHTAG.finditer(text)}
        tags = set()
        for rule in rules:
            tag, rid = rule.get("tag", ""), rule.get("id", "")
            tags.add(tag)
            if self.rule_ids.setdefault(tag, rid) != rid or rid != rule_id(tag):
                self.fail(where, f"rule {tag} must always carry id {rule_id(tag)}")
        expected = {tag for tag, (start, end, hashtags, _) in self.windows.items() if start <= created <= end and present & hashtags}
        author = self.accounts.get(data["author_id"])
        if author is not None:
            expected.add(f"account:{author[0]}")
        strays = {t for t in tags if t.startswith("hashtag:")}
        if strays:
            stray = next(iter(strays))[len("hashtag:"):]
            if expected or len(tags) != 1 or stray.lower() not in present or stray.lower() in self.seeded_hashtags:
                self.fail(where, "a hashtag: rule only tags a tweet that matches nothing seeded, on a hashtag of its text")
            return
        for tag in tags - expected:
            self.fail(where, f"rule {tag} does not match: unknown entity, outside its window, missing hashtag or wrong author")
        for tag in expected - tags:
            self.fail(where, f"rule {tag} matches this tweet but is missing from matching_rules")
        if any(t.split(":")[0] not in ("campaign", "session", "account") for t in tags):
            self.fail(where, "tags are campaign:, session:, account: or hashtag:")
        if "geo" in data:
            for tag in tags & {t for t in self.windows if t.startswith("session:")}:
                session = self.windows[tag][3]
                lon, lat = data["geo"]["coordinates"]["coordinates"]
                if abs(lat - session["latitude"]) > 0.05 or abs(lon - session["longitude"]) > 0.05:
                    self.fail(where, f"geo is far from the place of {tag}")
