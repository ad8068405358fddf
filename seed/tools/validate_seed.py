#!/usr/bin/env python3
"""Validates the seed data set: every NGO file, tweets.ndjson, and the links between them.

Exits with status 1 and one line per violation, or prints a summary of the data set.
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from ngo_checks import NgoChecker, coverage
from seedlib import NGO_DIR, TWEETS_FILE, campaign_state, parse_time, rule_id, session_state
from tweet_checks import PUBLIC_RANGE_START, TweetChecker


def load(errors: list[str]) -> list[tuple[str, dict]]:
    ngos = []
    for path in sorted(NGO_DIR.glob("*.json")):
        try:
            ngos.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
        except json.JSONDecodeError as error:
            errors.append(f"ngos/{path.name}: invalid JSON ({error})")
    if len(ngos) != 7:
        errors.append(f"expected the 7 NGOs of the design, found {len(ngos)}")
    return ngos


def check_tweet_urls(checker: NgoChecker, tweets: dict[str, dict], errors: list[str]) -> None:
    ids = Counter(tweet_id for _, _, tweet_id, _ in checker.tweet_urls)
    for where, handle, tweet_id, published in checker.tweet_urls:
        tweet = tweets.get(tweet_id)
        if ids[tweet_id] > 1:
            errors.append(f"{where}: tweet {tweet_id} linked by two updates")
        if tweet is None:
            errors.append(f"{where}: tweetUrl {tweet_id} is not in tweets.ndjson")
        elif tweet["includes"]["users"][0]["username"] != handle or parse_time(tweet["data"]["created_at"]) != published:
            errors.append(f"{where}: tweet {tweet_id} must be by @{handle} at the update's publishedAt")


def check_tweet_coverage(ngos: list[dict], tweets: list[dict], errors: list[str]) -> dict:
    roles = {a["xUserId"]: a for ngo in ngos for a in ngo["accounts"]}
    def kind(t):
        return (t["data"].get("referenced_tweets") or [{"type": "original"}])[0]["type"]
    hub_amplified = {ngo["slug"] for ngo in ngos for t in tweets
                     if kind(t) == "retweeted" and t["data"]["author_id"] == next(a["xUserId"] for a in ngo["accounts"] if a["role"] == "HUB")
                     and roles.get(t["includes"]["tweets"][0]["author_id"], {}).get("role") not in (None, "HUB")}
    for ngo in ngos:
        if ngo["slug"] not in hub_amplified:
            errors.append(f"coverage: hub of {ngo['slug']} never retweets one of its accounts")
    if not any(roles.get(t["data"]["author_id"], {}).get("role") == "AMBASSADOR" for t in tweets):
        errors.append("coverage: no ambassador tweets")
    matching = [(ngo["slug"], c) for ngo in ngos for c in ngo["campaigns"] if c["matchingRule"]]
    for slug, campaign in matching:
        tag = f"campaign:{slug}/{campaign['slug']}"
        rule = campaign["matchingRule"]
        start, end = parse_time(rule["startsAt"]), parse_time(rule["endsAt"])
        public = [t for t in tweets if int(t["data"]["author_id"]) >= PUBLIC_RANGE_START and any(r["tag"] == tag for r in t["matching_rules"])]
        inside = [t for t in public if start <= parse_time(t["data"]["created_at"]) <= end and kind(t) in ("retweeted", "replied_to")]
        authors = Counter(t["data"]["author_id"] for t in inside)
        if not any(count > 1 for count in authors.values()):
            errors.append(f"coverage: no public author engages twice with {tag} inside its matching window")
        if not any(not start <= parse_time(t["data"]["created_at"]) <= end for t in public):
            errors.append(f"coverage: no public engagement with {tag} outside its matching window")
        if not {kind(t) for t in public} >= {"retweeted", "replied_to", "quoted"}:
            errors.append(f"coverage: {tag} lacks public retweets, replies or quotes")
    if not any("geo" in t["data"] for t in tweets):
        errors.append("coverage: no geolocated live-session tweets")
    if not any(r["tag"].startswith("hashtag:") for t in tweets for r in t["matching_rules"]):
        errors.append("coverage: no tweet that matches nothing seeded")
    return {"matched": {f"{slug}/{c['slug']}": len(authors) for slug, c in matching}}


def summary(ngos: list[dict], tweet_checker: TweetChecker, extra: dict) -> str:
    campaigns = [c for ngo in ngos for c in ngo["campaigns"]]
    lines = [
        f"NGOs: {len(ngos)}",
        f"accounts: {sum(len(n['accounts']) for n in ngos)} by role {dict(Counter(a['role'] for n in ngos for a in n['accounts']))}",
        f"campaigns: {len(campaigns)} by state {dict(Counter(campaign_state(c) for c in campaigns))}",
        f"tiers: {sum(len(c['tiers']) for c in campaigns)}, donations: {sum(len(c['donations']) for c in campaigns)}, "
        f"updates: {sum(len(c['updates']) for c in campaigns)}, expenses: {sum(len(c['expenses']) for c in campaigns)}",
        f"live sessions: {sum(len(n['liveSessions']) for n in ngos)} by state {dict(Counter(session_state(s) for n in ngos for s in n['liveSessions']))}",
        f"tweets: {sum(tweet_checker.kinds.values())} by kind {dict(tweet_checker.kinds)}",
        f"distinct public authors matched once-per-author: {extra['matched']}",
    ]
    return "\n".join(lines)


def main() -> int:
    errors: list[str] = []
    loaded = load(errors)
    checker = NgoChecker(errors)
    for file_slug, ngo in loaded:
        checker.check(file_slug, ngo)
    ngos = [ngo for _, ngo in loaded]
    if not errors:
        coverage(ngos, errors)
    if errors:
        print("\n".join(errors[:100]), file=sys.stderr)
        return 1
    tweet_checker = TweetChecker(ngos, errors)
    tweets = tweet_checker.check_file(TWEETS_FILE)
    check_tweet_urls(checker, {t["data"]["id"]: t for t in tweets}, errors)
    extra = check_tweet_coverage(ngos, tweets, errors)
    if errors:
        print("\n".join(errors[:100]), file=sys.stderr)
        print(f"{len(errors)} violation(s)", file=sys.stderr)
        return 1
    print("seed data set is valid")
    print(summary(ngos, tweet_checker, extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
