"""The OpenAPI 3.1 document of the HTTP API, written out by hand so that the report schema is
exactly the CLI's JSON report (version 1). Served at /openapi.json."""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}
_INT1 = {"type": "integer", "minimum": 1}
_IDS = {"oneOf": [{"type": "array", "items": _STR}, _STR],
        "description": "fact ids or one-letter families (T, N2); a string may be comma-separated"}
_LEVEL = {"enum": ["error", "warning", "info"]}

FINDING = {
    "type": "object", "additionalProperties": False,
    "required": ["rule", "fact", "severity", "line", "column", "end_line", "end_column",
                 "message", "claim", "suggestion", "sources"],
    "properties": {
        "rule": _STR, "fact": _STR, "severity": _LEVEL, "line": _INT1, "column": _INT1,
        "end_line": _INT1, "end_column": {**_INT1, "description": "exclusive"},
        "message": _STR, "claim": _STR, "suggestion": _STR, "sources": {"type": "array", "items": _STR},
        "start": {"type": "integer", "minimum": 0, "description": "only with edits: offset in code points"},
        "end": {"type": "integer", "minimum": 0, "description": "only with edits: exclusive"},
        "fix": {"description": "only with edits: the edit that applies the rewrite, or null",
                "oneOf": [{"type": "null"}, {
                    "type": "object", "additionalProperties": False, "required": ["start", "end", "text"],
                    "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "text": _STR}}]},
    },
}

REPORT = {
    "type": "object", "additionalProperties": False, "required": ["version", "files", "summary"],
    "description": "The CLI's JSON report (claimcheck --format json), for one file",
    "properties": {
        "version": {"const": 1},
        "files": {"type": "array", "minItems": 1, "maxItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["path", "error", "findings"],
            "properties": {"path": _STR, "error": {"type": ["string", "null"]},
                           "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}},
        "summary": {
            "type": "object", "additionalProperties": False,
            "required": ["files", "errors", "warnings", "infos", "failed_files"],
            "properties": {k: {"type": "integer", "minimum": 0}
                           for k in ("files", "errors", "warnings", "infos", "failed_files")}},
    },
}

CHECK_REQUEST = {
    "type": "object", "additionalProperties": False, "required": ["text"],
    "properties": {
        "text": {**_STR, "description": "the document"},
        "filename": {**_STR, "default": "-", "description": "a name only: its suffix picks the reader "
                                                              "(.md, .html, .txt; others: Markdown)"},
        "select": _IDS, "ignore": _IDS,
        "severity": {"type": "object", "additionalProperties": _LEVEL},
        "min_severity": _LEVEL,
        "edits": {"type": "boolean", "default": False,
                  "description": "add start, end and fix to every finding (for editors and the web page)"},
    },
}

ERROR = {"type": "object", "required": ["error"], "additionalProperties": False,
         "properties": {"error": {**_STR, "description": "one line"}}}

FACT = {
    "type": "object", "required": ["id", "statement", "severity", "message", "why", "suggestion", "examples",
                                   "sources"],
    "properties": {"id": _STR, "statement": _STR, "severity": _LEVEL, "message": _STR, "why": _STR,
                   "suggestion": _STR, "sources": {"type": "array", "items": _STR},
                   "examples": {"type": "object", "properties": {"flag": {"type": "array", "items": _STR},
                                                                 "pass": {"type": "array", "items": _STR}}},
                   "explain": {**_STR, "description": "only from /v1/facts/{id}: the text of claimcheck explain"}},
}


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def openapi_document(version: str, *, auth: bool = False) -> dict[str, Any]:
    secured = {"security": [{"bearer": []}]} if auth else {}
    query = [{"name": n, "in": "query", "required": False, "schema": _STR, "description": d} for n, d in (
        ("filename", "a name only (raw bodies)"), ("select", "comma-separated ids"), ("ignore", "comma-separated ids"),
        ("severity", "ID=LEVEL pairs, comma-separated"), ("min_severity", "error | warning | info"),
        ("edits", "true | false"))]
    return {
        "openapi": "3.1.0",
        "info": {"title": "claimcheck", "version": version,
                 "description": "Fact-check writing about LLMs and generative AI."},
        "paths": {
            "/v1/check": {"post": {
                "summary": "Check one document", **secured,
                "parameters": query,
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                    "text/markdown": {"schema": _STR}, "text/html": {"schema": _STR}, "text/plain": {"schema": _STR}}},
                "responses": {
                    "200": {"description": "the report",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                    "400": _error("bad JSON, an unknown field or option, or a bad value"),
                    "401": _error("missing or wrong bearer token"),
                    "413": _error("the body is larger than the limit"),
                    "415": _error("unsupported Content-Type"),
                    "503": _error("the check ran past the time limit, or every worker stayed busy"),
                }}},
            "/v1/facts": {"get": {"summary": "The fact base", **secured, "responses": {"200": {
                "description": "every fact", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["version", "digest", "facts"],
                    "properties": {"version": {"const": 1}, "digest": _STR, "facts": {
                        "type": "array", "items": {"$ref": "#/components/schemas/Fact"}}}}}}}}}},
            "/v1/facts/{fact_id}": {"get": {
                "summary": "One fact, with the text of claimcheck explain", **secured,
                "parameters": [{"name": "fact_id", "in": "path", "required": True, "schema": _STR}],
                "responses": {"200": {"description": "the fact", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Fact"}}}}, "404": _error("unknown fact")}}},
            "/healthz": {"get": {"summary": "Liveness, the model and the fact base's digest", "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["status", "model", "fact_base_digest"],
                    "properties": {"status": {"const": "ok"}, "version": _STR, "model": _STR,
                                   "fact_base_digest": _STR, "workers": {"type": "integer"},
                                   "auth": {"type": "boolean"}}}}}}}}},
        },
        "components": {
            "schemas": {"CheckRequest": CHECK_REQUEST, "Report": REPORT, "Finding": FINDING, "Fact": FACT,
                        "Error": ERROR},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
