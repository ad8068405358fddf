"""Checks of the NGO files (seed/data/ngos/*.json)."""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from decimal import Decimal

from seedlib import ANCHOR, campaign_state, parse_time, session_state

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
HASHTAG = re.compile(r"^\w+$")
MONEY = re.compile(r"^\d+\.\d{2}$")
USER_ID = re.compile(r"^[1-9]\d{0,18}$")
TWEET_URL = re.compile(r"^https://x\.com/([A-Za-z0-9_]{1,15})/status/(\d{19})$")
ROLES = {"HUB", "REGIONAL", "LOCAL", "AMBASSADOR", "STAFF"}
PLATFORMS = {"WEBSITE", "PAYPAL", "KISSKISSBANKBANK", "KICKSTARTER", "HELLOASSO", "OTHER"}
CURRENCIES = {"EUR", "USD", "GBP", "CHF", "CAD"}

NGO_KEYS = {"slug", "name", "description", "website", "country", "defaultCurrency", "logoUrl", "accounts", "campaigns", "liveSessions"}
ACCOUNT_KEYS = {"handle", "xUserId", "displayName", "role", "region", "parent"}
CAMPAIGN_KEYS = {"slug", "title", "summary", "description", "goal", "startsAt", "endsAt", "published", "archived", "hashtags", "phases",
                 "donationLinks", "updates", "expenses", "matchingRule", "tiers", "donations"}
TIER_KEYS = {"key", "name", "description", "reward", "amountType", "amount", "minimumAmount", "maximumAmount", "presets", "maxQuantity", "endsAt", "sortOrder"}
DONATION_KEYS = {"tier", "amount", "currency", "platform", "externalReference", "donorName", "anonymous", "receivedAt"}
MATCHING_KEYS = {"sponsorName", "perRetweet", "perReply", "perQuote", "cap", "currency", "oncePerAuthor", "startsAt", "endsAt"}
SESSION_KEYS = {"slug", "title", "description", "hashtags", "accounts", "placeName", "latitude", "longitude", "scheduledStartAt", "startedAt", "endedAt"}


class NgoChecker:
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        self.handles: dict[str, str] = {}
        self.user_ids: set[str] = set()
        self.hashtags: dict[str, str] = {}
        self.references: set[tuple[str, str]] = set()
        self.tweet_urls: list[tuple[str, str, str, datetime]] = []  # (where, handle, id, publishedAt)

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def keys(self, where: str, obj: object, expected: set[str], optional: set[str] = frozenset()) -> bool:
        if not isinstance(obj, dict):
            self.fail(where, "must be an object")
            return False
        missing, extra = expected - obj.keys(), obj.keys() - expected - optional
        if missing or extra:
            self.fail(where, f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
            return False
        return True

    def text(self, where: str, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be a non-empty string")

    def time(self, where: str, value: object) -> datetime | None:
        try:
            return parse_time(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, AttributeError):
            self.fail(where, f"invalid time {value!r}")
            return None

    def money(self, where: str, value: object, positive: bool = True) -> Decimal | None:
        if not isinstance(value, str) or not MONEY.match(value):
            self.fail(where, f"money must be a string with two decimals, got {value!r}")
            return None
        amount = Decimal(value)
        if positive and amount <= 0:
            self.fail(where, "must be positive")
        return amount

    def hashtag_list(self, where: str, owner: str, tags: object) -> None:
        if not isinstance(tags, list) or not tags:
            self.fail(where, "hashtags must be a non-empty list")
            return
        for tag in tags:
            if not isinstance(tag, str) or not HASHTAG.match(tag):
                self.fail(where, f"invalid hashtag {tag!r} (no '#')")
                continue
            if tag.lower() in self.hashtags:
                self.fail(where, f"hashtag {tag} already used by {self.hashtags[tag.lower()]}")
            self.hashtags[tag.lower()] = owner

    def check(self, file_slug: str, ngo: dict) -> None:
        where = f"ngos/{file_slug}.json"
        if not self.keys(where, ngo, NGO_KEYS):
            return
        if ngo["slug"] != file_slug or not SLUG.match(ngo["slug"]):
            self.fail(where, f"slug {ngo['slug']!r} must be a slug equal to the file name")
        for field in ("name", "description"):
            self.text(f"{where}.{field}", ngo[field])
        for field in ("website", "logoUrl"):
            if not str(ngo[field]).startswith("https://"):
                self.fail(f"{where}.{field}", "must be an https URL")
        if not re.match(r"^[A-Z]{2}$", str(ngo["country"])):
            self.fail(where, "country must be ISO 3166-1 alpha-2")
        if ngo["defaultCurrency"] not in CURRENCIES:
            self.fail(where, f"unknown currency {ngo['defaultCurrency']}")
        handles = self.accounts(where, ngo["accounts"])
        slugs = Counter(c.get("slug") for c in ngo["campaigns"])
        for slug, count in slugs.items():
            if count > 1:
                self.fail(where, f"campaign slug {slug} repeated")
        for campaign in ngo["campaigns"]:
            self.campaign(f"{where} campaign {campaign.get('slug')}", f"campaign {ngo['slug']}/{campaign.get('slug')}", campaign, handles)
        session_slugs = Counter(s.get("slug") for s in ngo["liveSessions"])
        for slug, count in session_slugs.items():
            if count > 1:
                self.fail(where, f"session slug {slug} repeated")
        for session in ngo["liveSessions"]:
            self.session(f"{where} session {session.get('slug')}", f"session {ngo['slug']}/{session.get('slug')}", session, handles)

    def accounts(self, where: str, accounts: list[dict]) -> set[str]:
        own: dict[str, dict] = {}
        for account in accounts:
            at = f"{where} account {account.get('handle')}"
            if not self.keys(at, account, ACCOUNT_KEYS):
                continue
            handle = account["handle"]
            if not HANDLE.match(handle):
                self.fail(at, "handle must be 1-15 letters, digits or '_'")
            if handle.lower() in self.handles:
                self.fail(at, "handle used twice in the data set")
            self.handles[handle.lower()] = where
            if not USER_ID.match(str(account["xUserId"])) or int(account["xUserId"]) >= 3000000000:
                self.fail(at, "xUserId must be a numeric string below the public range 3000000000")
            if account["xUserId"] in self.user_ids:
                self.fail(at, "xUserId used twice in the data set")
            self.user_ids.add(account["xUserId"])
            if account["role"] not in ROLES:
                self.fail(at, f"unknown role {account['role']}")
            self.text(f"{at}.displayName", account["displayName"])
            self.text(f"{at}.region", account["region"])
            own[handle] = account
        roots = [a for a in own.values() if a["parent"] is None]
        if len(roots) != 1 or roots[0]["role"] != "HUB":
            self.fail(where, "the staircase needs exactly one root, and it must be the HUB")
        if sum(1 for a in own.values() if a["role"] == "HUB") != 1:
            self.fail(where, "exactly one HUB account per NGO")
        for account in own.values():
            seen, current = set(), account
            while current["parent"] is not None:
                if current["parent"] not in own:
                    self.fail(where, f"{current['handle']} has parent {current['parent']}, not an account of this NGO")
                    break
                if current["handle"] in seen:
                    self.fail(where, f"cycle in the staircase through {current['handle']}")
                    break
                seen.add(current["handle"])
                current = own[current["parent"]]
        return set(own)

    def campaign(self, where: str, owner: str, campaign: dict, handles: set[str]) -> None:
        if not self.keys(where, campaign, CAMPAIGN_KEYS):
            return
        if not SLUG.match(str(campaign["slug"])):
            self.fail(where, "slug must be lowercase words joined by '-'")
        for field in ("title", "summary", "description"):
            self.text(f"{where}.{field}", campaign[field])
        currency = self.goal(where, campaign["goal"])
        start, end = self.time(f"{where}.startsAt", campaign["startsAt"]), self.time(f"{where}.endsAt", campaign["endsAt"])
        if start is None or end is None:
            return
        if start >= end:
            self.fail(where, "startsAt must be before endsAt")
        if not isinstance(campaign["published"], bool) or not isinstance(campaign["archived"], bool):
            self.fail(where, "published and archived must be booleans")
        if campaign["archived"] and (not campaign["published"] or end > ANCHOR):
            self.fail(where, "an archived campaign must have been published and be over")
        self.hashtag_list(where, owner, campaign["hashtags"])
        self.phases(where, campaign["phases"], start, end)
        platforms = set()
        for link in campaign["donationLinks"]:
            if self.keys(f"{where} link", link, {"platform", "url", "label"}):
                if link["platform"] not in PLATFORMS or not link["url"].startswith("https://"):
                    self.fail(where, f"bad donation link {link}")
                platforms.add(link["platform"])
        self.updates(where, campaign["updates"], handles, start)
        self.expenses(where, campaign["expenses"], currency, start)
        self.matching(where, campaign["matchingRule"], currency, start, end)
        tiers = self.tiers(where, campaign["tiers"])
        self.donations(where, campaign, tiers, platforms, currency, start, end)

    def goal(self, where: str, goal: dict) -> str | None:
        if not isinstance(goal, dict) or goal.get("type") not in ("AMOUNT", "DONORS"):
            self.fail(where, "goal.type must be AMOUNT or DONORS")
            return None
        if goal["type"] == "AMOUNT" and self.keys(f"{where}.goal", goal, {"type", "amount", "currency"}):
            self.money(f"{where}.goal.amount", goal["amount"])
        if goal["type"] == "DONORS" and self.keys(f"{where}.goal", goal, {"type", "donors", "currency"}):
            if not isinstance(goal["donors"], int) or goal["donors"] <= 0:
                self.fail(where, "goal.donors must be a positive integer")
        if goal.get("currency") not in CURRENCIES:
            self.fail(where, f"unknown goal currency {goal.get('currency')}")
        return goal.get("currency")

    def phases(self, where: str, phases: list[dict], start: datetime, end: datetime) -> None:
        previous_end = start
        for phase in phases:
            if not self.keys(f"{where} phase", phase, {"name", "startsAt", "endsAt", "relaunchMessage"}):
                continue
            self.text(f"{where} phase name", phase["name"])
            p_start, p_end = self.time(f"{where} phase", phase["startsAt"]), self.time(f"{where} phase", phase["endsAt"])
            if p_start is None or p_end is None:
                continue
            if not (previous_end <= p_start < p_end <= end):
                self.fail(where, f"phase {phase['name']} must be inside the campaign, ordered and not overlapping")
            previous_end = p_end

    def updates(self, where: str, updates: list[dict], handles: set[str], start: datetime) -> None:
        for update in updates:
            if not self.keys(f"{where} update", update, {"title", "body", "publishedAt"}, {"tweetUrl"}):
                continue
            self.text(f"{where} update title", update["title"])
            self.text(f"{where} update body", update["body"])
            published = self.time(f"{where} update", update["publishedAt"]) if update["publishedAt"] is not None else None
            if published is not None and not (start <= published <= ANCHOR):
                self.fail(where, f"update {update['title']!r} must be published inside the campaign and not in the future")
            url = update.get("tweetUrl")
            if url is None:
                continue
            match = TWEET_URL.match(url)
            if not match or match.group(1) not in handles or published is None:
                self.fail(where, f"tweetUrl {url} must be https://x.com/<handle of this NGO>/status/<id> on a published update")
            else:
                self.tweet_urls.append((where, match.group(1), match.group(2), published))

    def expenses(self, where: str, expenses: list[dict], currency: str | None, start: datetime) -> None:
        for expense in expenses:
            if not self.keys(f"{where} expense", expense, {"category", "description", "amount", "spentOn"}):
                continue
            self.text(f"{where} expense category", expense["category"])
            self.text(f"{where} expense description", expense["description"])
            amount = expense["amount"]
            if self.keys(f"{where} expense amount", amount, {"amount", "currency"}):
                self.money(f"{where} expense", amount["amount"])
                if amount["currency"] != currency:
                    self.fail(where, "expense currency must be the campaign's currency")
            spent = self.time(f"{where} expense", expense["spentOn"])
            if spent is not None and not (start <= spent <= ANCHOR):
                self.fail(where, f"expense {expense['description']!r} must be spent after the start and not in the future")

    def matching(self, where: str, rule: dict | None, currency: str | None, start: datetime, end: datetime) -> None:
        if rule is None or not self.keys(f"{where} matchingRule", rule, MATCHING_KEYS):
            return
        self.text(f"{where} sponsorName", rule["sponsorName"])
        for field in ("perRetweet", "perReply", "perQuote"):
            self.money(f"{where} matchingRule.{field}", rule[field], positive=False)
        self.money(f"{where} matchingRule.cap", rule["cap"])
        if rule["currency"] != currency or not isinstance(rule["oncePerAuthor"], bool):
            self.fail(where, "matching rule currency must be the campaign's, oncePerAuthor a boolean")
        r_start, r_end = self.time(where, rule["startsAt"]), self.time(where, rule["endsAt"])
        if r_start and r_end and not (start <= r_start < r_end <= end):
            self.fail(where, "matching window must be inside the campaign")

    def tiers(self, where: str, tiers: list[dict]) -> dict[str, dict]:
        result: dict[str, dict] = {}
        orders = set()
        for tier in tiers:
            at = f"{where} tier {tier.get('key')}"
            if not self.keys(at, tier, TIER_KEYS):
                continue
            if not SLUG.match(str(tier["key"])) or tier["key"] in result:
                self.fail(at, "key must be a unique slug in the campaign")
            if tier["sortOrder"] in orders or not isinstance(tier["sortOrder"], int):
                self.fail(at, "sortOrder must be a unique integer")
            orders.add(tier["sortOrder"])
            self.text(f"{at}.name", tier["name"])
            if tier["amountType"] == "FIXED":
                self.money(f"{at}.amount", tier["amount"])
                if tier["minimumAmount"] is not None or tier["maximumAmount"] is not None or tier["presets"]:
                    self.fail(at, "a FIXED tier has no minimum, maximum or presets")
            elif tier["amountType"] == "FLEXIBLE":
                low = self.money(f"{at}.minimumAmount", tier["minimumAmount"])
                high = self.money(f"{at}.maximumAmount", tier["maximumAmount"]) if tier["maximumAmount"] is not None else None
                if tier["amount"] is not None or low is None or low < Decimal("1.00") or (high is not None and high < low):
                    self.fail(at, "a FLEXIBLE tier has no amount, a minimum >= 1.00 and a maximum >= minimum")
                for preset in tier["presets"]:
                    value = self.money(f"{at}.presets", preset)
                    if value is not None and low is not None and (value < low or (high is not None and value > high)):
                        self.fail(at, f"preset {preset} outside [minimum, maximum]")
            else:
                self.fail(at, "amountType must be FIXED or FLEXIBLE")
            if tier["maxQuantity"] is not None and (not isinstance(tier["maxQuantity"], int) or tier["maxQuantity"] <= 0):
                self.fail(at, "maxQuantity must be null or a positive integer")
            if tier["endsAt"] is not None:
                self.time(f"{at}.endsAt", tier["endsAt"])
            result[tier["key"]] = tier
        return result

    def donations(self, where: str, campaign: dict, tiers: dict[str, dict], platforms: set[str], currency: str | None,
                  start: datetime, end: datetime) -> None:
        used = Counter()
        for index, donation in enumerate(campaign["donations"]):
            at = f"{where} donation #{index}"
            if not self.keys(at, donation, DONATION_KEYS):
                continue
            amount = self.money(f"{at}.amount", donation["amount"])
            if donation["currency"] != currency:
                self.fail(at, "currency must be the campaign's goal currency")
            if donation["platform"] not in platforms:
                self.fail(at, f"platform {donation['platform']} is not one of the campaign's donation links")
            reference = (donation["platform"], donation["externalReference"])
            self.text(f"{at}.externalReference", donation["externalReference"])
            if reference in self.references:
                self.fail(at, f"externalReference {reference} used twice on that platform")
            self.references.add(reference)
            if donation["anonymous"] is True and donation["donorName"] is not None:
                self.fail(at, "anonymous donations have no donorName")
            if donation["anonymous"] is False:
                self.text(f"{at}.donorName", donation["donorName"])
            if not isinstance(donation["anonymous"], bool):
                self.fail(at, "anonymous must be a boolean")
            received = self.time(at, donation["receivedAt"])
            if received is not None and not (start <= received <= min(end, ANCHOR)):
                self.fail(at, "receivedAt must be inside the campaign window and not in the future")
            tier = tiers.get(donation["tier"]) if donation["tier"] is not None else None
            if donation["tier"] is not None and tier is None:
                self.fail(at, f"unknown tier {donation['tier']}")
            if amount is None:
                continue
            if tier is None:
                if amount < Decimal("1.00"):
                    self.fail(at, "a donation is at least 1.00")
                continue
            used[tier["key"]] += 1
            if tier["amountType"] == "FIXED" and amount != Decimal(tier["amount"]):
                self.fail(at, f"amount must be exactly {tier['amount']} for tier {tier['key']}")
            if tier["amountType"] == "FLEXIBLE" and (amount < Decimal(tier["minimumAmount"]) or
                                                     (tier["maximumAmount"] is not None and amount > Decimal(tier["maximumAmount"]))):
                self.fail(at, f"amount outside the bounds of tier {tier['key']}")
            if tier["endsAt"] is not None and received is not None and received > parse_time(tier["endsAt"]):
                self.fail(at, f"received after tier {tier['key']} ended")
        for key, count in used.items():
            limit = tiers[key]["maxQuantity"]
            if limit is not None and count > limit:
                self.fail(where, f"tier {key} sold {count}, above its maxQuantity {limit}")

    def session(self, where: str, owner: str, session: dict, handles: set[str]) -> None:
        if not self.keys(where, session, SESSION_KEYS):
            return
        if not SLUG.match(str(session["slug"])):
            self.fail(where, "slug must be lowercase words joined by '-'")
        for field in ("title", "description", "placeName"):
            self.text(f"{where}.{field}", session[field])
        self.hashtag_list(where, owner, session["hashtags"])
        if not session["accounts"] or any(handle not in handles for handle in session["accounts"]):
            self.fail(where, "accounts must be a non-empty list of this NGO's handles")
        if not (-90 <= session["latitude"] <= 90 and -180 <= session["longitude"] <= 180):
            self.fail(where, "coordinates out of range")
        self.time(f"{where}.scheduledStartAt", session["scheduledStartAt"])
        started = self.time(f"{where}.startedAt", session["startedAt"]) if session["startedAt"] is not None else None
        ended = self.time(f"{where}.endedAt", session["endedAt"]) if session["endedAt"] is not None else None
        if started is None and ended is not None:
            self.fail(where, "a session that has not started cannot have ended")
        if started is not None and started > ANCHOR:
            self.fail(where, "startedAt cannot be in the future")
        if ended is not None and (started is None or not (started < ended <= ANCHOR)):
            self.fail(where, "endedAt must follow startedAt and not be in the future")


def coverage(ngos: list[dict], errors: list[str]) -> None:
    """The demo must show every state and every tier feature at least once."""
    campaigns = [c for ngo in ngos for c in ngo["campaigns"]]
    states = {campaign_state(c) for c in campaigns}
    for state in ("LIVE", "SCHEDULED", "ENDED", "DRAFT", "ARCHIVED"):
        if state not in states:
            errors.append(f"coverage: no {state} campaign")
    session_states = {session_state(s) for ngo in ngos for s in ngo["liveSessions"]}
    for state in ("LIVE", "ENDED", "SCHEDULED"):
        if state not in session_states:
            errors.append(f"coverage: no {state} live session")
    rules = [c["matchingRule"] for c in campaigns if c["matchingRule"]]
    if not any(r["cap"] == "10000.00" and r["oncePerAuthor"] and r["perRetweet"] == "1.00" and r["perReply"] == "1.00" for r in rules):
        errors.append("coverage: no $1 per retweet or reply matching campaign capped at 10000")
    tiers = [(c, t) for c in campaigns for t in c["tiers"]]
    if not any(t["amountType"] == "FLEXIBLE" and t["minimumAmount"] == "1.00" and t["maximumAmount"] is None for _, t in tiers):
        errors.append("coverage: no FLEXIBLE tier from 1.00 to infinity")
    if not any(t["maxQuantity"] and any(d["tier"] == t["key"] for d in c["donations"]) for c, t in tiers):
        errors.append("coverage: no limited-quantity tier with donations")
    if not any(t["endsAt"] for _, t in tiers) or not any(t["reward"] for _, t in tiers):
        errors.append("coverage: no tier with an end date or no tier with a reward")
    for c in campaigns:
        if campaign_state(c) in ("LIVE", "ENDED") and not 10 <= len(c["donations"]) <= 40:
            errors.append(f"coverage: campaign {c['slug']} has {len(c['donations'])} donations, expected 10 to 40")
    if not any(d["anonymous"] for c in campaigns for d in c["donations"]):
        errors.append("coverage: no anonymous donation")
