#!/usr/bin/env python3
"""Writes seed/data/tweets.ndjson from the NGO files and the hand-written texts.

Deterministic (fixed random seed, stdlib only): run it again after editing seed/data/ngos/*.json
or the texts, then run validate_seed.py.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from campaign_texts import CAMPAIGN_TEXTS
from public_users import public_users
from seedlib import ANCHOR, TWEETS_FILE, load_ngos, parse_time, snowflake
from session_texts import ACCOUNT_POSTS, SESSION_TEXTS, STRAY_TWEETS
from tweet_stream import LATEST, Stream

rng = random.Random(20260101)


def random_time(low: datetime, high: datetime) -> datetime:
    span = max(int((high - low) / timedelta(milliseconds=1)), 1)
    return low + timedelta(milliseconds=rng.randrange(span))


def later(moment: datetime, low_minutes: float, high_minutes: float) -> datetime:
    return random_time(moment + timedelta(minutes=low_minutes), moment + timedelta(minutes=high_minutes))


def reaction_delay(moment: datetime) -> datetime:
    # Most engagement comes within hours; a long tail keeps trickling in for a day or two.
    return moment + timedelta(minutes=2 + rng.expovariate(1 / 240), milliseconds=rng.randrange(1000))


def count(mean: float) -> int:
    value = rng.uniform(0.4 * mean, 1.6 * mean)
    return int(value) + (1 if rng.random() < value - int(value) else 0)


def split_lang(text: str, default: str) -> tuple[str, str]:
    if text[:3] in ("fr|", "en|"):
        return text[:2], text[3:]
    return default, text


def metrics(role: str | None) -> dict:
    likes = {"HUB": (40, 900), "REGIONAL": (8, 260), None: (0, 25)}.get(role, (3, 120))
    like = rng.randint(*likes)
    return {"retweet_count": like // rng.randint(4, 9), "reply_count": like // rng.randint(10, 25), "like_count": like,
            "quote_count": like // rng.randint(30, 80), "impression_count": like * rng.randint(25, 70) + rng.randint(10, 300)}


class Generator:
    def __init__(self) -> None:
        self.ngos = load_ngos()
        self.public = public_users()
        self.stream = Stream(self.ngos, self.public)

    def public_user(self, lang: str, strict: bool = True) -> dict:
        """Someone who writes in that language; anyone at all may retweet (strict=False)."""
        speakers = [u for u in self.public if u["lang"] == lang]
        return self.stream.user(rng.choice(speakers if strict or rng.random() < 0.85 else self.public)["username"])

    def hub_of(self, ngo: str) -> dict:
        return next(u for u in self.stream.users.values() if u["ngo"] == ngo and u["role"] == "HUB")

    def post(self, handle: str, moment: datetime, text: str, lang: str, **extra) -> dict | None:
        author = self.stream.user(handle)
        return self.stream.add(author, moment, text, lang, metrics=metrics(author["role"]), **extra)

    def amplify(self, record: dict, require: str | None, low: float = 10, high: float = 360, scale: float = 1.0) -> None:
        """The staircase: the parent account and the hub retweet what the accounts below them post."""
        author = record["author"]
        if author["role"] == "HUB":
            return
        parent = self.stream.user(author["parent"])
        if parent["role"] != "HUB" and rng.random() < scale * (0.6 if author["role"] == "AMBASSADOR" else 0.3):
            self.stream.add(parent, later(record["time"], low, high), "", record["lang"], "retweet", record, require=require)
        if rng.random() < scale * 0.4:
            hub = self.hub_of(author["ngo"])
            self.stream.add(hub, later(record["time"], low * 1.5, high * 1.5), "", record["lang"], "retweet", record, require=require)

    def engage(self, record: dict, texts: dict, fill, lang: str, require: str) -> None:
        weight = texts["engagement"]
        for _ in range(count(0.32 * weight)):
            self.stream.add(self.public_user(lang, strict=False), reaction_delay(record["time"]), "", record["lang"], "retweet", record, require=require)
        for _ in range(count(0.22 * weight)):
            chosen = rng.choice(texts["replies"])
            question, specific = chosen if isinstance(chosen, tuple) else (chosen, None)
            reply_lang, body = split_lang(question, lang)
            reply = self.stream.add(self.public_user(reply_lang), reaction_delay(record["time"]), fill(body), reply_lang, "reply", record,
                                    require=require, metrics=metrics(None))
            if reply is None:
                continue
            if rng.random() < (0.9 if specific else 0.3):
                answer_lang, answer = split_lang(specific or rng.choice(texts["answers"]), lang)
                self.stream.add(record["author"], later(reply["time"], 3, 180), fill(answer), answer_lang, "reply", reply,
                                require=require, metrics=metrics(record["author"]["role"]))
            if specific is None and rng.random() < 0.12:
                chat = {"fr": "Tout à fait d'accord ! {tag}", "en": "Couldn't agree more. {tag}"}[reply_lang]
                self.stream.add(self.public_user(reply_lang), later(reply["time"], 5, 240), fill(chat), reply_lang, "reply", reply,
                                require=require, metrics=metrics(None))
        for _ in range(count(0.12 * weight)):
            quote_lang, body = split_lang(rng.choice(texts["quotes"]), lang)
            self.stream.add(self.public_user(quote_lang), reaction_delay(record["time"]), fill(body), quote_lang, "quote", record,
                            require=require, metrics=metrics(None))

    def campaigns(self) -> None:
        for ngo in self.ngos:
            for campaign in ngo["campaigns"]:
                texts = CAMPAIGN_TEXTS.get(f"{ngo['slug']}/{campaign['slug']}")
                if texts is None or not campaign["published"]:
                    continue
                tag = f"campaign:{ngo['slug']}/{campaign['slug']}"
                first, last = "#" + campaign["hashtags"][0], "#" + campaign["hashtags"][-1]
                fill = lambda text, first=first, last=last: text.replace("{tag2}", last).replace("{tag}", first)
                start, end = parse_time(campaign["startsAt"]), min(parse_time(campaign["endsAt"]), LATEST)
                posts = texts["posts"]
                times = [later(start, 20, 90)] + sorted(random_time(start + timedelta(hours=3), end - timedelta(hours=2)) for _ in posts[1:])
                for (handle, text), moment in zip(posts, times):
                    lang, body = split_lang(text, texts["lang"])
                    record = self.post(handle, moment, fill(body), lang, require=tag)
                    if record is not None:
                        self.amplify(record, tag)
                        self.engage(record, texts, fill, texts["lang"], tag)
                self.update_tweets(campaign, texts["lang"], first, tag)

    def update_tweets(self, campaign: dict, lang: str, hashtag: str, tag: str) -> None:
        """Progress updates that link a tweet get that very tweet, with the id of their URL."""
        for update in campaign["updates"]:
            if not update.get("tweetUrl") or update["publishedAt"] is None:
                continue
            handle, tweet_id = update["tweetUrl"].split("/")[3], update["tweetUrl"].rsplit("/", 1)[1]
            lead = "Du nouveau" if lang == "fr" else "Update"
            sep = " : " if lang == "fr" else ": "
            text = f"{lead}{sep}{update['title']} {hashtag}"
            record = self.post(handle, parse_time(update["publishedAt"]), text, lang, fixed_id=tweet_id, require=tag)
            if record is None:
                raise ValueError(f"update tweet {update['tweetUrl']} falls outside its campaign")
            self.amplify(record, tag)

    def sessions(self) -> None:
        for ngo in self.ngos:
            for session in ngo["liveSessions"]:
                texts = SESSION_TEXTS.get(f"{ngo['slug']}/{session['slug']}")
                if texts is None or session["startedAt"] is None:
                    continue
                tag = f"session:{ngo['slug']}/{session['slug']}"
                hashtag = "#" + session["hashtags"][0]
                start = parse_time(session["startedAt"])
                end = parse_time(session["endedAt"]) if session["endedAt"] else LATEST
                times = sorted(random_time(start + timedelta(minutes=1), end - timedelta(minutes=4)) for _ in texts["posts"])
                records = []
                for (handle, text), moment in zip(texts["posts"], times):
                    lang, body = split_lang(text, texts["lang"])
                    on_site = self.stream.user(handle)["role"] != "HUB"
                    geo = (round(session["latitude"] + rng.uniform(-0.004, 0.004), 6), round(session["longitude"] + rng.uniform(-0.004, 0.004), 6)) if on_site else None
                    record = self.post(handle, moment, body.replace("{tag}", hashtag), lang, geo=geo, require=tag)
                    if record is not None:
                        records.append(record)
                        self.amplify(record, tag, low=1, high=25, scale=0.6)
                        if rng.random() < 0.2:
                            self.stream.add(self.public_user(texts["lang"], strict=False), later(moment, 1, 20), "", lang, "retweet", record, require=tag)
                for index, text in texts["reactions"]:
                    lang, body = split_lang(text, texts["lang"])
                    target = records[index]
                    self.stream.add(self.public_user(lang), later(target["time"], 1, 8), body.replace("{tag}", hashtag), lang, "reply",
                                    target, require=tag, metrics=metrics(None))

    def account_news(self) -> None:
        for ngo in self.ngos:
            lang = "fr" if ngo["country"] == "FR" else "en"
            for handle, when, text in ACCOUNT_POSTS.get(ngo["slug"], []):
                record = self.post(handle, later(parse_time(when), 0, 240), text, "fr" if "Journée" in text else lang)
                if record is not None:
                    self.amplify(record, None, low=20, high=600)

    def strays(self) -> None:
        for username, when, text in STRAY_TWEETS:
            user = self.stream.user(username)
            self.stream.add(user, later(parse_time(when), 0, 180), text, user["lang"], stray=True, metrics=metrics(None))

    def run(self) -> int:
        self.campaigns()
        self.sessions()
        self.account_news()
        self.strays()
        self.stream.assign_ids()
        with TWEETS_FILE.open("w", encoding="utf-8", newline="\n") as output:
            for record in self.stream.records:
                output.write(json.dumps(self.stream.to_json(record), ensure_ascii=False, separators=(",", ":")) + "\n")
        return len(self.stream.records)


if __name__ == "__main__":
    written = Generator().run()
    print(f"wrote {written} tweets to {TWEETS_FILE}")
