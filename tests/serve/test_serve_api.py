"""The HTTP API against a real uvicorn server on loopback (httpx): the CLI's findings and
schema, auth, limits, bad input, time limits, and a server that stays usable."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import jsonschema
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.serve.app import ServeConfig
from checker.serve.openapi import openapi_document

pytestmark = pytest.mark.slow  # starts an engine worker process with the spaCy model

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "# Post\n\nGANs were invented by Google in 2017. LLMs are always accurate.\n"
SAME_AS_CLI = ["fixtures/articles/marketing_blog.md", "tests/data/html/boilerplate_page.html",
               "fixtures/articles/newsletter.txt"]


def schema(name: str) -> dict:
    """A component schema of the served OpenAPI document, refs resolvable."""
    doc = openapi_document("x")
    return {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}


@pytest.fixture(scope="module")
def client(serve):
    with httpx.Client(base_url=serve(ServeConfig()), timeout=60) as c:
        yield c


def test_cli_report_schema_is_the_served_one() -> None:
    from tests.cli.test_cli_check import REPORT_SCHEMA
    served = openapi_document("x")["components"]["schemas"]
    assert served["Report"]["required"] == REPORT_SCHEMA["required"]
    cli_finding = REPORT_SCHEMA["properties"]["files"]["items"]["properties"]["findings"]["items"]
    assert set(cli_finding["properties"]) <= set(served["Finding"]["properties"])
    assert served["Finding"]["required"] == cli_finding["required"]


@pytest.mark.parametrize("path", SAME_AS_CLI)
def test_same_report_as_the_cli(client, path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    cli = json.loads(CliRunner().invoke(main, ["--format", "json", path]).stdout)
    text = (ROOT / path).read_text(encoding="utf-8")
    answer = client.post("/v1/check", json={"text": text, "filename": path})
    assert answer.status_code == 200
    assert answer.json() == cli
    assert cli["files"][0]["findings"], "the comparison needs findings"
    from tests.cli.test_cli_check import REPORT_SCHEMA
    jsonschema.validate(answer.json(), REPORT_SCHEMA)  # exactly the CLI's keys, no others


@pytest.mark.parametrize("media, path", [("text/markdown", SAME_AS_CLI[0]), ("text/html", SAME_AS_CLI[1]),
                                         ("text/plain", SAME_AS_CLI[2])])
def test_raw_body_with_content_type(client, media, path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    cli = json.loads(CliRunner().invoke(main, ["--format", "json", path]).stdout)
    answer = client.post("/v1/check", params={"filename": path}, content=(ROOT / path).read_bytes(),
                         headers={"Content-Type": f"{media}; charset=utf-8"})
    assert answer.status_code == 200 and answer.json() == cli


def test_options_and_edits(client) -> None:
    answer = client.post("/v1/check", json={"text": DRAFT, "filename": "post.md", "select": ["L"],
                                            "severity": {"L1": "warning"}, "edits": True}).json()
    jsonschema.validate(answer, schema("Report"))
    [finding] = answer["files"][0]["findings"]
    assert (finding["fact"], finding["severity"]) == ("L1", "warning")
    assert DRAFT[finding["start"]:finding["end"]] == "LLMs are always accurate"
    assert DRAFT[finding["fix"]["start"]:finding["fix"]["end"]] == "LLMs are always accurate."
    raw = client.post("/v1/check?select=P2&min_severity=error&severity=L1=warning", content=DRAFT,
                      headers={"Content-Type": "text/markdown"}).json()
    assert [f["fact"] for f in raw["files"][0]["findings"]] == ["P2", "P2"]


def test_a_filename_is_only_a_name(client) -> None:
    answer = client.post("/v1/check", json={"text": "LLMs are always accurate.", "filename": "/etc/passwd"}).json()
    assert answer["files"][0]["path"] == "/etc/passwd" and answer["files"][0]["error"] is None
    assert [f["fact"] for f in answer["files"][0]["findings"]] == ["L1"]


@pytest.mark.parametrize("kwargs, status, message", [
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400, "bad JSON: "),
    ({"json": ["text"]}, 400, "expected a JSON object with 'text', got list"),
    ({"json": {"txt": "x"}}, 400, "unknown field 'txt' (known: text, filename, edits, select, ignore,"),
    ({"json": {"filename": "a.md"}}, 400, "'text' is required and must be a string"),
    ({"json": {"text": 3}}, 400, "'text' is required and must be a string"),
    ({"json": {"text": "x", "select": ["Z9"]}}, 400, "select: unknown fact id 'Z9'"),
    ({"json": {"text": "x", "select": "T", "min_severity": "loud"}}, 400, "min_severity: must be one of"),
    ({"json": {"text": "x", "severity": ["A7"]}}, 400, "severity: expected a mapping of fact id"),
    ({"json": {"text": "x", "edits": "yes"}}, 400, "'edits' must be true or false"),
    ({"json": {"text": "x", "filename": ""}}, 400, "'filename' must be a name of 1 to 255 characters"),
    ({"content": b"\xff\xfe bad", "headers": {"Content-Type": "text/plain"}}, 400, "the body is not valid UTF-8"),
    ({"content": b"x", "headers": {"Content-Type": "text/plain"}, "params": {"path": "/etc"}}, 400,
     "unknown query parameter 'path'"),
    ({"content": b"x", "headers": {"Content-Type": "text/plain"}, "params": {"severity": "A7"}}, 400,
     "severity: expected ID=LEVEL pairs"),
    ({"content": b"x", "headers": {"Content-Type": "image/png"}}, 415, "unsupported Content-Type 'image/png'"),
    ({"content": b"x"}, 415, "unsupported Content-Type 'none'"),
])
def test_bad_requests_get_a_status_and_one_line(client, kwargs, status, message) -> None:
    answer = client.post("/v1/check", **kwargs)
    assert answer.status_code == status
    error = answer.json()["error"]
    assert error.startswith(message) and "\n" not in error and "Traceback" not in error


def test_fifty_malformed_requests_then_a_good_one(client) -> None:
    bad = [b"{", b"[]", b'{"text": 1}', b'{"text": "x", "select": 5}', b"\x00\x01", b'{"text": "x", "nope": 1}',
           b'"text"', b"null", b'{"text": "x", "severity": {"A7": "loud"}}', b'{"text": "x", "select": ["Q9"]}']
    for n in range(50):
        answer = client.post("/v1/check", content=bad[n % len(bad)], headers={"Content-Type": "application/json"})
        assert answer.status_code == 400, (n, answer.text)
    good = client.post("/v1/check", json={"text": DRAFT, "filename": "post.md"})
    assert good.status_code == 200
    assert [f["fact"] for f in good.json()["files"][0]["findings"]] == ["P2", "P2", "L1"]


def test_bearer_token(serve) -> None:
    url = serve(ServeConfig(token="s3cret"))
    with httpx.Client(base_url=url, timeout=60) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}):
            answer = c.post("/v1/check", json={"text": DRAFT}, headers=headers)
            assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
            assert answer.json()["error"].startswith("missing or wrong bearer token")
        assert c.get("/v1/facts").status_code == 401
        assert c.get("/healthz").json()["auth"] is True
        ok = c.post("/v1/check", json={"text": DRAFT}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and len(ok.json()["files"][0]["findings"]) == 3


def test_body_limit(serve) -> None:
    url = serve(ServeConfig(max_body=1000))
    with httpx.Client(base_url=url, timeout=60) as c:
        big = c.post("/v1/check", json={"text": "x" * 2000})
        assert big.status_code == 413 and big.json()["error"] == "the body is larger than the limit of 1000 bytes"

        def chunks():  # no Content-Length: counted while reading
            for _ in range(20):
                yield b"word " * 20

        streamed = c.post("/v1/check", content=chunks(), headers={"Content-Type": "text/plain"})
        assert streamed.status_code == 413
        assert c.post("/v1/check", json={"text": DRAFT}).status_code == 200


def test_default_body_limit_is_two_megabytes(client) -> None:
    answer = client.post("/v1/check", content=b"a" * (2 * 1024 * 1024 + 1), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 413 and answer.json()["error"].endswith("limit of 2 MB")


def test_time_limit_gives_503_and_the_pool_recovers(serve, client, pool) -> None:
    url = serve(ServeConfig(time_limit=1e-6))  # no check answers within a microsecond
    with httpx.Client(base_url=url, timeout=60) as c:
        late = c.post("/v1/check", json={"text": DRAFT})
    assert late.status_code == 503
    assert late.json()["error"].startswith("the check ran past the time limit (1e-06 s) and was stopped")
    assert pool.replaced >= 1
    good = client.post("/v1/check", json={"text": DRAFT})  # waits for the replacement worker
    assert good.status_code == 200 and len(good.json()["files"][0]["findings"]) == 3


def test_facts_explain_health_and_openapi(client) -> None:
    facts = client.get("/v1/facts").json()
    assert facts["version"] == 1 and len(facts["facts"]) >= 30
    for f in facts["facts"][:3]:
        jsonschema.validate(f, schema("Fact"))
    one = client.get("/v1/facts/n2").json()
    assert one["id"] == "N2" and one["explain"].startswith("# N2: ")
    missing = client.get("/v1/facts/Z9")
    assert missing.status_code == 404 and missing.json()["error"].startswith("unknown fact 'Z9'")
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["model"].startswith("en_") and health["fact_base_digest"] == facts["digest"]
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1") and set(doc["paths"]) == {"/v1/check", "/v1/facts", "/v1/facts/{fact_id}",
                                                                    "/healthz"}
    assert client.get("/v1/check").status_code == 405
    assert client.get("/nowhere").json() == {"error": "Not Found"}


def test_cors_is_off_unless_an_origin_is_allowed(client, serve) -> None:
    asked = {"Origin": "https://cms.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in client.options("/v1/check", headers=asked).headers
    assert "access-control-allow-origin" not in client.post("/v1/check", json={"text": "x"},
                                                            headers={"Origin": "https://cms.example"}).headers
    url = serve(ServeConfig(allow_origins=("https://cms.example",)))
    with httpx.Client(base_url=url, timeout=60) as c:
        preflight = c.options("/v1/check", headers=asked)
        assert preflight.headers["access-control-allow-origin"] == "https://cms.example"
        other = c.options("/v1/check", headers={**asked, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_the_page_and_its_assets_are_served_locally(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'none'" in page.headers["content-security-policy"]
    assert "http://" not in page.text.replace("http://127.0.0.1", "") and "https://" not in page.text
    for asset in ("/static/app.js", "/static/app.css"):
        answer = client.get(asset)
        assert answer.status_code == 200 and "https://" not in answer.text


def test_concurrent_requests_all_answered(client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [DRAFT, "LLMs are always accurate.", "Stable Diffusion is a large language model."] * 4
    with ThreadPoolExecutor(max_workers=8) as threads:
        answers = list(threads.map(lambda t: client.post("/v1/check", json={"text": t}), texts))
    assert [a.status_code for a in answers] == [200] * len(texts)
    facts = [[f["fact"] for f in a.json()["files"][0]["findings"]] for a in answers]
    assert facts == [["P2", "P2", "L1"], ["L1"], ["T4"]] * 4


@pytest.mark.parametrize("path", ["/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
                                  "/static//etc/passwd"])
def test_no_request_reads_a_path_outside_the_assets(client, path) -> None:
    answer = client.get(httpx.URL(client.base_url.join("/")).copy_with(raw_path=path.encode()))
    assert answer.status_code == 404
    assert "import" not in answer.text and "root:" not in answer.text
