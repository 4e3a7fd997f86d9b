#!/usr/bin/env python3
"""Regenerates tests/conformance/esi-openapi-extract.json from CCP's ESI OpenAPI document.

The extract keeps, for every ESI route evesso-emulator serves, what the conformance test
(tests/conformance/check-emulator-openapi.py) checks the emulator's answers against: the 200 schema with
every $ref resolved, the documented response headers, the x-rate-limit group and limit, the
x-client-cache-ttl (or the "expires daily at HH:MM" of the description), the route's compatibility date and
its OAuth scopes. Annotations that do not change what validates (descriptions, examples, x-* extensions
inside schemas) are left out, so the file stays small and a diff shows only what matters.

Usage:
    scripts/update-esi-openapi-extract.py OPENAPI.json --repository OWNER/NAME --path PATH --commit SHA \
        [--output tests/conformance/esi-openapi-extract.json]

OPENAPI.json is CCP's document (OpenAPI 3.1, JSON) as published for one compatibility date, e.g. the copy in
a public repository; --repository/--path/--commit say where it came from and are written into the extract.
Python 3 standard library only. Then run the conformance test and read the diff.
"""
import argparse
import hashlib
import json
import os
import re
import sys

# The routes the emulator serves under /esi (lib/emulator/EsiRouteTable.cpp), in the order they are checked.
ROUTES = [
    ("get", "/characters/{character_id}"),
    ("get", "/characters/{character_id}/portrait"),
    ("get", "/characters/{character_id}/wallet"),
    ("get", "/characters/{character_id}/wallet/journal"),
    ("get", "/corporations/{corporation_id}"),
    ("get", "/alliances/{alliance_id}"),
    ("post", "/universe/names"),
    ("get", "/status"),
    ("get", "/meta/compatibility-dates"),
]

# Keywords that only annotate: dropping them changes no validation result.
ANNOTATIONS = {"description", "examples", "example", "title", "$comment", "deprecated", "readOnly", "writeOnly"}
# Keywords whose value is one schema, a list of schemas, or a map of names to schemas.
ONE_SCHEMA = {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
              "unevaluatedItems", "unevaluatedProperties", "contentSchema"}
SCHEMA_LIST = {"allOf", "anyOf", "oneOf", "prefixItems"}
SCHEMA_MAP = {"properties", "patternProperties", "$defs", "dependentSchemas"}

DAILY_EXPIRY = re.compile(r"This route expires daily at (\d{2}:\d{2})")


class Extractor:
    def __init__(self, document):
        self.document = document

    def pointer(self, ref):
        if not ref.startswith("#/"):
            raise SystemExit(f"update-esi-openapi-extract: only local references are supported, not {ref}")
        node = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node):
        """A parameter, header or response object with its own $ref followed (not a schema)."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                raise SystemExit(f"update-esi-openapi-extract: reference cycle at {node['$ref']}")
            seen.add(node["$ref"])
            node = self.pointer(node["$ref"])
        return node

    def schema(self, node, stack=()):
        """The schema with every $ref replaced by its target and the annotations dropped."""
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key in ANNOTATIONS or key.startswith("x-") or key == "$ref":
                continue
            if key in ONE_SCHEMA and isinstance(value, dict):
                out[key] = self.schema(value, stack)
            elif key in SCHEMA_LIST:
                out[key] = [self.schema(v, stack) for v in value]
            elif key in SCHEMA_MAP:
                out[key] = {name: self.schema(v, stack) for name, v in value.items()}
            else:
                out[key] = value
        if "$ref" not in node:
            return out
        ref = node["$ref"]
        if ref in stack:
            raise SystemExit(f"update-esi-openapi-extract: recursive schema at {ref}; the extract cannot inline it")
        target = self.schema(self.pointer(ref), stack + (ref,))
        # A $ref with siblings that constrain (3.1 allows them) keeps both; bare annotations are gone already.
        return {"allOf": [target, out]} if out else target

    def route(self, method, path):
        op = self.document["paths"].get(path, {}).get(method)
        if op is None:
            raise SystemExit(f"update-esi-openapi-extract: the document has no {method.upper()} {path}; "
                             "did CCP remove a route the emulator serves?")
        ok = self.deref(op["responses"]["200"])
        content_type, media = next(iter(ok["content"].items()))
        headers = {}
        for name, header in sorted(ok.get("headers", {}).items()):
            header = self.deref(header)
            headers[name] = {"required": bool(header.get("required", False)),
                             "schema": self.schema(header.get("schema", {}))}
        error = self.deref(op["responses"].get("default", {}))
        scopes = sorted({s for req in op.get("security", []) for scheme in req.values() for s in scheme})
        rate = op.get("x-rate-limit")
        daily = DAILY_EXPIRY.search(op.get("description", ""))
        entry = {
            "method": method.upper(),
            "path": path,
            "operation_id": op.get("operationId"),
            "compatibility_date": op.get("x-compatibility-date"),
            "scopes": scopes,
            "parameters": {},
            "response_200": {"content_type": content_type, "schema": self.schema(media.get("schema", {})),
                             "headers": headers},
            "error_schema": self.schema(next(iter(error["content"].values()))["schema"]) if error else None,
            "rate_limit": {"group": rate["group"], "max_tokens": rate["max-tokens"],
                           "window_size": rate["window-size"]} if rate else None,
            "client_cache_ttl": op.get("x-client-cache-ttl"),
            "expires_daily_at": daily.group(1) if daily else None,
        }
        for parameter in op.get("parameters", []):
            parameter = self.deref(parameter)
            entry["parameters"][f"{parameter['in']}:{parameter['name']}"] = {
                "required": bool(parameter.get("required", False)),
                "schema": self.schema(parameter.get("schema", {}))}
        if "requestBody" in op:
            body = self.deref(op["requestBody"])
            entry["request_body"] = {"required": bool(body.get("required", False)),
                                     "schema": self.schema(next(iter(body["content"].values()))["schema"])}
        return entry


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("document", help="CCP's ESI OpenAPI document (JSON)")
    parser.add_argument("--repository", required=True, help="where the copy came from, OWNER/NAME")
    parser.add_argument("--path", required=True, help="its path in that repository")
    parser.add_argument("--commit", required=True, help="the commit it was read at")
    default_output = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance",
                                  "esi-openapi-extract.json")
    parser.add_argument("--output", default=os.path.normpath(default_output))
    args = parser.parse_args()

    with open(args.document, "rb") as f:
        raw = f.read()
    document = json.loads(raw)
    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SystemExit(f"update-esi-openapi-extract: expected OpenAPI 3.1, got {document.get('openapi')!r}")
    extractor = Extractor(document)
    compat = extractor.deref(document["components"]["parameters"]["CompatibilityDate"])
    extract = {
        "about": "An extract of CCP's ESI OpenAPI document: what tests/conformance/check-emulator-openapi.py "
                 "checks evesso-emulator against. Generated by scripts/update-esi-openapi-extract.py; do not "
                 "edit by hand.",
        "source": {
            "repository": args.repository,
            "path": args.path,
            "commit": args.commit,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "openapi": document["openapi"],
            "title": document["info"].get("title"),
            "version": document["info"]["version"],
        },
        # The X-Compatibility-Date values this document describes (its CompatibilityDate parameter).
        "compatibility_dates": compat.get("schema", {}).get("enum", [document["info"]["version"]]),
        "routes": [extractor.route(method, path) for method, path in ROUTES],
    }
    text = json.dumps(extract, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{args.output}: {len(extract['routes'])} routes from OpenAPI {document['openapi']} document version "
          f"{document['info']['version']} ({args.repository} {args.path} @ {args.commit[:12]})", file=sys.stderr)


if __name__ == "__main__":
    main()
