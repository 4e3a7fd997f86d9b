#!/usr/bin/env python3
"""Checks evesso-emulator's ESI against CCP's OpenAPI document, as extracted in esi-openapi-extract.json.

Starts the emulator program twice on 127.0.0.1 (normal, then with --downtime), logs in with PKCE as the demo
client (--auto-approve), and for every route of the extract, at the newest compatibility date it names:
  - the 200: its body validates against the route's schema (JSON Schema 2020-12, with python3-jsonschema;
    properties the document does not name are refused too), its documented headers are there and valid;
  - the limits: on a route with x-rate-limit, X-Ratelimit-Group/-Limit as documented and the token bucket
    charged as CCP documents (2xx 2 tokens, 3xx 1, 4xx 5, 5xx 0; 429 with Retry-After once it is empty,
    shared by the group), and no error-limit headers; on any other route the error-limit headers only;
  - the cache lifetime: Cache-Control max-age as x-client-cache-ttl (or until the daily expiry the
    description names), ETag honoured with a 304;
  - the errors: 401 without a token where the route has OAuth scopes, 400 for a bad X-Compatibility-Date,
    503 in downtime; every error body validates against the route's default (Error) schema.
Python 3 standard library plus jsonschema. Usage:
    check-emulator-openapi.py EMULATOR_PROGRAM [--extract FILE] [--character ID]
"""
import argparse
import base64
import email.utils
import hashlib
import http.client
import importlib.metadata
import json
import os
import re
import secrets
import subprocess
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

try:
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    sys.exit("check-emulator-openapi: needs python3-jsonschema (scripts/install-deps.sh test installs it)")

# CCP's token-bucket costs (esi-docs, docs/services/esi/rate-limiting.md): not in the OpenAPI document.
def bucket_cost(status):
    if 200 <= status < 300:
        return 2
    if 300 <= status < 400:
        return 1
    if 400 <= status < 500:
        return 0 if status == 429 else 5
    return 0


def format_checker():
    """jsonschema's own format checks, plus the ones it leaves to optional packages and OpenAPI's own."""
    checker = FormatChecker()
    if "date-time" not in checker.checkers:  # needs rfc3339-validator, which Debian does not pull in
        rfc3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

        @checker.checks("date-time", raises=ValueError)
        def _date_time(value):
            if not isinstance(value, str):
                return True
            if not rfc3339.match(value):
                return False
            datetime.fromisoformat(re.sub(r"Z$", "+00:00", value.upper()))  # a real calendar date and time
            return True

    for name, bits in (("int32", 32), ("int64", 64)):
        checker.checks(name)(lambda v, bits=bits: not isinstance(v, int) or -2 ** (bits - 1) <= v < 2 ** (bits - 1))
    return checker


def strict(schema, in_combination=False):
    """The schema, refusing object properties it does not name: ESI sends nothing its document leaves out.
    Left alone inside allOf/anyOf/oneOf, where each branch sees only part of the properties."""
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
            out[key] = {k: strict(v) for k, v in value.items()}
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [strict(v, True) for v in value]
        elif key in ("prefixItems",):
            out[key] = [strict(v) for v in value]
        elif isinstance(value, dict):
            out[key] = strict(value)
        else:
            out[key] = value
    if "properties" in out and not in_combination and not any(
            k in out for k in ("additionalProperties", "unevaluatedProperties", "patternProperties")):
        out["additionalProperties"] = False
    return out


class Checks:
    def __init__(self):
        self.failures = []
        self.count = 0
        self.formats = format_checker()

    def expect(self, condition, where, message):
        self.count += 1
        if not condition:
            self.failures.append(f"{where}: {message}")
            print(f"FAIL {where}: {message}", flush=True)
        return condition

    def validate(self, instance, schema, where, what):
        errors = sorted(Draft202012Validator(schema, format_checker=self.formats).iter_errors(instance),
                        key=lambda e: [str(p) for p in e.absolute_path])
        for e in errors[:5]:
            self.expect(False, where, f"{what} does not validate at /{'/'.join(map(str, e.absolute_path))}: "
                                      f"{e.message[:300]}")
        if not errors:
            self.count += 1
        return not errors


class Emulator:
    def __init__(self, program, character, *extra):
        self.proc = subprocess.Popen([program, "--auto-approve", str(character), *extra],
                                     stdout=subprocess.PIPE, text=True)
        lines = [self.proc.stdout.readline().strip() for _ in range(4)]
        if not all(lines):
            self.stop()
            sys.exit(f"check-emulator-openapi: {program} did not print its four URLs: {lines}")
        self.discovery, esi, self.client_id, self.callback = lines
        self.esi = urllib.parse.urlsplit(esi)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def request(url, method="GET", headers=None, body=None):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + ("?" + parts.query if parts.query else "")
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def login(emulator, scopes):
    """A real PKCE login: authorize (auto-approved, so a 302 with the code), then the token endpoint."""
    status, _, body = request(emulator.discovery)
    metadata = json.loads(body)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_hex(8)
    query = urllib.parse.urlencode({"response_type": "code", "client_id": emulator.client_id,
                                    "redirect_uri": emulator.callback, "scope": " ".join(scopes), "state": state,
                                    "code_challenge": challenge, "code_challenge_method": "S256"})
    status, headers, body = request(metadata["authorization_endpoint"] + "?" + query)
    location = urllib.parse.parse_qs(urllib.parse.urlsplit(headers.get("Location", "")).query)
    if status != 302 or location.get("state") != [state] or "code" not in location:
        sys.exit(f"check-emulator-openapi: authorize answered {status} {headers.get('Location')}: {body[:200]}")
    form = urllib.parse.urlencode({"grant_type": "authorization_code", "code": location["code"][0],
                                   "client_id": emulator.client_id, "code_verifier": verifier})
    status, _, body = request(metadata["token_endpoint"], "POST",
                              {"Content-Type": "application/x-www-form-urlencoded"}, form)
    if status != 200:
        sys.exit(f"check-emulator-openapi: the token endpoint answered {status}: {body[:200]}")
    return json.loads(body)["access_token"]


class Conformance:
    def __init__(self, extract, checks, ids):
        self.extract = extract
        self.checks = checks
        self.ids = ids
        dates = extract["compatibility_dates"] + [r["compatibility_date"] for r in extract["routes"]]
        self.compatibility_date = max(dates)
        self.used = {}  # (group, bucket user) -> tokens the model expects spent

    def url(self, emulator, route, query=None):
        path = route["path"]
        for name, value in self.ids.items():
            path = path.replace("{" + name + "}", str(value))
        base = f"{emulator.esi.scheme}://{emulator.esi.netloc}{emulator.esi.path}"
        return base + path + ("?" + urllib.parse.urlencode(query) if query else "")

    def call(self, emulator, route, token=None, headers=None, date=None, query=None):
        where = f"{route['method']} {route['path']}"
        sent = {"X-Compatibility-Date": date or self.compatibility_date, **(headers or {})}
        if token:
            sent["Authorization"] = "Bearer " + token
        body = None
        if "request_body" in route:
            body_value = [self.ids["character_id"], self.ids["corporation_id"], self.ids["alliance_id"]]
            self.checks.validate(body_value, route["request_body"]["schema"], where, "the test's request body")
            body = json.dumps(body_value)
            sent["Content-Type"] = "application/json"
        if date is None:  # the test's own request must be one the document allows
            for name, value in [("X-Compatibility-Date", sent["X-Compatibility-Date"])] + list(self.ids.items()):
                for key in (f"header:{name}", f"path:{name}"):
                    if key in route["parameters"]:
                        self.checks.validate(value, route["parameters"][key]["schema"], where, f"the test's {key}")
        status, got, data = request(self.url(emulator, route, query), route["method"], sent, body)
        return where, status, got, data

    def check_limits(self, where, route, status, headers, user, maxed=False):
        limit = route["rate_limit"]
        rate_headers = [h for h in headers.keys() if h.lower().startswith("x-ratelimit-")]
        error_headers = [h for h in headers.keys() if h.lower().startswith("x-esi-error-limit-")]
        if not limit:
            self.checks.expect(not rate_headers, where, f"{status}: rate-limit headers on a route without "
                                                        f"x-rate-limit: {rate_headers}")
            for name in ("X-ESI-Error-Limit-Remain", "X-ESI-Error-Limit-Reset"):
                self.checks.expect(re.fullmatch(r"\d+", headers.get(name, "")), where,
                                   f"{status}: {name} missing or not a number: {headers.get(name)!r}")
            return
        self.checks.expect(not error_headers, where, f"{status}: error-limit headers on a rate-limited route "
                                                     f"(the two schemes never appear together): {error_headers}")
        group, max_tokens = limit["group"], limit["max_tokens"]
        self.checks.expect(headers.get("X-Ratelimit-Group") == group, where,
                           f"{status}: X-Ratelimit-Group is {headers.get('X-Ratelimit-Group')!r}, documented {group!r}")
        documented = f"{max_tokens}/{limit['window_size']}"
        self.checks.expect(headers.get("X-Ratelimit-Limit") == documented, where,
                           f"{status}: X-Ratelimit-Limit is {headers.get('X-Ratelimit-Limit')!r}, documented "
                           f"{documented!r}")
        cost = bucket_cost(status)
        spent = self.used.get((group, user), 0) + cost
        self.used[(group, user)] = spent
        self.checks.expect(headers.get("X-Ratelimit-Used") == str(cost), where,
                           f"{status}: X-Ratelimit-Used is {headers.get('X-Ratelimit-Used')!r}, CCP charges {cost}")
        remaining = max(0, max_tokens - spent)
        self.checks.expect(headers.get("X-Ratelimit-Remaining") == str(remaining), where,
                           f"{status}: X-Ratelimit-Remaining is {headers.get('X-Ratelimit-Remaining')!r}, expected "
                           f"{remaining} ({spent} of {max_tokens} spent in bucket {group}/{user})")

    def check_cache(self, where, route, headers):
        directives = {}
        for part in headers.get("Cache-Control", "").split(","):
            key, _, value = part.strip().partition("=")
            directives[key.lower()] = value
        max_age = int(directives["max-age"]) if directives.get("max-age", "").isdigit() else None
        now = datetime.now(timezone.utc)
        ttl, daily = route["client_cache_ttl"], route["expires_daily_at"]
        if ttl:
            self.checks.expect(max_age == ttl, where, f"Cache-Control {headers.get('Cache-Control')!r}: max-age "
                                                      f"should be the documented x-client-cache-ttl {ttl}")
        elif daily:
            hour, minute = map(int, daily.split(":"))
            expiry = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
            if expiry <= now:
                expiry += timedelta(days=1)
            wanted = (expiry - now).total_seconds()
            off = (max_age - wanted) % 86400 if max_age is not None else None  # either side of HH:MM itself
            self.checks.expect(off is not None and min(off, 86400 - off) <= 5, where,
                               f"Cache-Control {headers.get('Cache-Control')!r}: the route expires daily at {daily} "
                               f"UTC, {int(wanted)} s from now")
        else:
            self.checks.expect(not max_age, where, f"Cache-Control {headers.get('Cache-Control')!r} promises a "
                                                   "lifetime the document does not give")
        if max_age and headers.get("Expires"):
            expires = email.utils.parsedate_to_datetime(headers["Expires"])
            self.checks.expect(abs((expires - now).total_seconds() - max_age) <= 5, where,
                               f"Expires {headers['Expires']!r} disagrees with max-age {max_age}")

    def check_ok(self, emulator, route, token):
        where, status, headers, data = self.call(emulator, route, token, query=self.query(route))
        ok = route["response_200"]
        if not self.checks.expect(status == 200, where, f"answered {status}, not 200: {data[:200]!r}"):
            return None
        self.checks.expect(headers.get("Content-Type", "").split(";")[0].strip() == ok["content_type"], where,
                           f"Content-Type {headers.get('Content-Type')!r}, documented {ok['content_type']}")
        try:
            body = json.loads(data)
        except ValueError as e:
            self.checks.expect(False, where, f"the body is not JSON ({e}): {data[:200]!r}")
        else:
            self.checks.validate(body, strict(ok["schema"]), where, "the 200 body")
        for name, header in ok["headers"].items():
            value = headers.get(name)
            if self.checks.expect(value is not None, where, f"the documented header {name} is missing"):
                typed = int(value) if header["schema"].get("type") == "integer" and re.fullmatch(r"-?\d+", value) \
                    else value
                self.checks.validate(typed, header["schema"], where, f"header {name}: {value!r}")
        if headers.get("Last-Modified"):
            self.checks.expect(self.http_date(headers["Last-Modified"]), where,
                               f"Last-Modified {headers['Last-Modified']!r} is not an HTTP date")
        self.check_limits(where, route, status, headers, "token" if token else "address")
        self.check_cache(where, route, headers)
        return headers

    @staticmethod
    def http_date(text):
        try:
            return email.utils.parsedate_to_datetime(text) is not None
        except (TypeError, ValueError):
            return False

    @staticmethod
    def query(route):
        # Optional query parameters the document lists are sent with their first value.
        return {"page": 1} if "query:page" in route["parameters"] else None

    def check_error(self, where, route, status, wanted, data):
        if not self.checks.expect(status == wanted, where, f"answered {status}, expected {wanted}: {data[:200]!r}"):
            return
        try:
            body = json.loads(data)
        except ValueError:
            self.checks.expect(False, where, f"the {status} body is not JSON: {data[:200]!r}")
            return
        if route["error_schema"]:
            self.checks.validate(body, strict(route["error_schema"]), where, f"the {status} body")

    def run_route(self, emulator, route, token):
        scoped = token if route["scopes"] else None
        headers = self.check_ok(emulator, route, scoped)
        user = "token" if scoped else "address"
        if route["scopes"]:
            where, status, got, data = self.call(emulator, route, None, query=self.query(route))
            self.check_error(where + " without a token", route, status, 401, data)
            self.check_limits(where + " without a token", route, status, got, "address")
        if headers and headers.get("ETag") and route["method"] == "GET":
            where, status, got, data = self.call(emulator, route, scoped, {"If-None-Match": headers["ETag"]},
                                                 query=self.query(route))
            where += " If-None-Match"
            if self.checks.expect(status == 304, where, f"answered {status} to its own ETag, not 304"):
                self.checks.expect(not data, where, "a 304 with a body")
                self.check_limits(where, route, status, got, user)
        where, status, got, data = self.call(emulator, route, scoped, date="2019-12-31", query=self.query(route))
        where += " with X-Compatibility-Date 2019-12-31"
        self.check_error(where, route, status, 400, data)
        self.check_limits(where, route, status, got, user)

    def run_exhaustion(self, emulator, token):
        """Each group's bucket empties at its documented max-tokens, then the whole group answers 429."""
        by_group = {}
        for route in self.extract["routes"]:
            if route["rate_limit"]:
                by_group.setdefault(route["rate_limit"]["group"], []).append(route)
        for group, routes in by_group.items():
            first, limit = routes[0], routes[0]["rate_limit"]
            scoped = token if first["scopes"] else None
            user = "token" if scoped else "address"
            before = len(self.checks.failures)
            while self.used.get((group, user), 0) < limit["max_tokens"] and len(self.checks.failures) == before:
                where, status, got, data = self.call(emulator, first, scoped, query=self.query(first))
                if self.checks.expect(status == 200, where, f"answered {status} with "
                                                            f"{self.used.get((group, user), 0)} of "
                                                            f"{limit['max_tokens']} tokens spent"):
                    self.check_limits(where, first, status, got, user)
            for route in routes:
                route_token = token if route["scopes"] else None
                where, status, got, data = self.call(emulator, route, route_token, query=self.query(route))
                where += f" with bucket {group} empty"
                self.check_error(where, route, status, 429, data)
                self.checks.expect(re.fullmatch(r"[1-9]\d*", got.get("Retry-After", "")), where,
                                   f"429 without a positive Retry-After: {got.get('Retry-After')!r}")
                self.check_limits(where, route, status, got, "token" if route_token else "address")
            print(f"{'ok  ' if len(self.checks.failures) == before else 'FAIL'} bucket {group}: empty after {limit['max_tokens']} tokens, then 429 on "
                  f"{', '.join(r['path'] for r in routes)}", flush=True)

    def run_downtime(self, emulator, token):
        self.used = {}
        for route in self.extract["routes"]:
            scoped = token if route["scopes"] else None
            where, status, got, data = self.call(emulator, route, scoped, query=self.query(route))
            where += " in downtime"
            self.check_error(where, route, status, 503, data)
            self.check_limits(where, route, status, got, "token" if scoped else "address")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("emulator", help="the evesso-emulator program")
    parser.add_argument("--extract", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "esi-openapi-extract.json"))
    parser.add_argument("--character", type=int, default=92001001,
                        help="a fixture character whose corporation is in an alliance")
    args = parser.parse_args()
    with open(args.extract, encoding="utf-8") as f:
        extract = json.load(f)
    source = extract["source"]
    print(f"CCP's ESI OpenAPI {source['openapi']} document version {source['version']} "
          f"({source['repository']} {source['path']} @ {source['commit'][:12]}), "
          f"jsonschema {jsonschema_version()}",
          flush=True)
    checks = Checks()
    scopes = sorted({s for r in extract["routes"] for s in r["scopes"]})

    emulator = Emulator(args.emulator, args.character)
    try:
        token = login(emulator, scopes)
        ids = discover_ids(emulator, args.character, token)
        conformance = Conformance(extract, checks, ids)
        print(f"X-Compatibility-Date {conformance.compatibility_date}; ids {ids}", flush=True)
        for route in extract["routes"]:
            before = len(checks.failures)
            conformance.run_route(emulator, route, token)
            print(f"{'ok  ' if len(checks.failures) == before else 'FAIL'} {describe(route)}", flush=True)
        conformance.run_exhaustion(emulator, token)
    finally:
        emulator.stop()

    emulator = Emulator(args.emulator, args.character, "--downtime")
    try:
        before = len(checks.failures)
        conformance.run_downtime(emulator, login(emulator, scopes))
        print(f"{'ok  ' if len(checks.failures) == before else 'FAIL'} downtime: every route 503, 0 tokens",
              flush=True)
    finally:
        emulator.stop()

    print(f"{len(extract['routes'])} routes checked against document version {source['version']}: "
          f"{checks.count} checks, {len(checks.failures)} failures")
    return 1 if checks.failures else 0


def describe(route):
    limit = route["rate_limit"]
    limits = f"rate limit {limit['group']} {limit['max_tokens']}/{limit['window_size']}" if limit else "error limit"
    daily = route["expires_daily_at"]
    cache = route["client_cache_ttl"] or (f"daily {daily}" if daily else "none")
    return (f"{route['method']} {route['path']}: schema, headers {', '.join(route['response_200']['headers'])}, "
            f"{limits}, cache {cache}{', token ' + ' '.join(route['scopes']) if route['scopes'] else ''}")


def jsonschema_version():
    try:
        return importlib.metadata.version("jsonschema")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def discover_ids(emulator, character, token):
    """The corporation and alliance ids, followed from the character's own public documents. With the token,
    so that whatever these cost lands in a bucket (address + application) the checks never use."""
    ids = {"character_id": character}
    base = f"{emulator.esi.scheme}://{emulator.esi.netloc}{emulator.esi.path}"
    auth = {"Authorization": "Bearer " + token}
    _, _, body = request(f"{base}/characters/{character}", headers=auth)
    ids["corporation_id"] = json.loads(body).get("corporation_id")
    _, _, body = request(f"{base}/corporations/{ids['corporation_id']}", headers=auth)
    ids["alliance_id"] = json.loads(body).get("alliance_id")
    if not all(ids.values()):
        sys.exit(f"check-emulator-openapi: character {character} has no corporation in an alliance: {ids}")
    return ids


if __name__ == "__main__":
    sys.exit(main())
