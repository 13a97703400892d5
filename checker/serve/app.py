"""The ASGI app of `claimcheck serve` (Starlette): the JSON API, its OpenAPI document, and the
web page with its assets. Checks run in an EnginePool; the fact base for /v1/facts is loaded
here without spaCy. Every error is JSON ``{"error": "one line"}`` with its status code."""

from __future__ import annotations

import contextlib
import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from checker import __version__
from checker.api import with_options
from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.explain import explain_text, fact_dict
from checker.knowledge import KnowledgeBase, load_knowledge_base
from checker.serve.openapi import openapi_document
from checker.serve.pool import EngineBusy, EngineFailed, EnginePool, EngineTimeout
from checker.serve.requests import RequestError, parse_check_request

STATIC = Path(__file__).resolve().parent / "static"
MB = 1024 * 1024
# the page and its assets come from this server only: no CDN, no inline script
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True, kw_only=True)
class ServeConfig:
    token: str | None = None            # bearer token for /v1/*; None: no auth
    max_body: int = 2 * MB              # bytes; larger bodies get 413
    time_limit: float = 20.0            # seconds per check; then 503
    allow_origins: tuple[str, ...] = ()  # CORS; empty: off
    extra_rules: tuple[str, ...] = ()


def create_app(pool: EnginePool, config: ServeConfig = ServeConfig(), *, manage_pool: bool = True) -> Starlette:
    """The app. With ``manage_pool`` the app starts the pool on startup and closes it on shutdown;
    tests share one started pool between apps and pass False."""
    kb: KnowledgeBase = load_knowledge_base(None, tuple(Path(p) for p in config.extra_rules))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_pool:
            await anyio.to_thread.run_sync(pool.start)
        try:
            yield
        finally:
            if manage_pool:
                pool.close()

    def authorised(request: Request) -> None:
        if config.token is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), config.token.encode()):
            raise RequestError(401, "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')")

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > config.max_body:
            raise RequestError(413, f"the body is larger than the limit of {_size(config.max_body)}")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > config.max_body:
                raise RequestError(413, f"the body is larger than the limit of {_size(config.max_body)}")
            chunks.append(chunk)
        return b"".join(chunks)

    async def check(request: Request) -> Response:
        authorised(request)
        body = await read_body(request)
        job = parse_check_request(body, request.headers.get("content-type", ""), dict(request.query_params))
        try:
            with_options(RunConfig(), job.options, kb)  # unknown fact ids: 400 before a worker is used
        except ClaimcheckError as exc:
            raise RequestError(400, _one_line(exc)) from None
        try:
            report = await anyio.to_thread.run_sync(pool.check, job, config.time_limit)
        except (EngineTimeout, EngineBusy, EngineFailed) as exc:
            raise RequestError(503, str(exc)) from None
        except ClaimcheckError as exc:
            raise RequestError(400, _one_line(exc)) from None
        return JSONResponse(report)

    async def facts(request: Request) -> Response:
        authorised(request)
        return JSONResponse({"version": 1, "digest": kb.digest, "facts": [fact_dict(f, kb) for f in kb.facts]})

    async def fact(request: Request) -> Response:
        authorised(request)
        fact_id = request.path_params["fact_id"].upper()
        try:
            found = kb.fact(fact_id)
        except KeyError:
            raise RequestError(404, f"unknown fact '{request.path_params['fact_id']}' "
                                    f"(known: {', '.join(f.id for f in kb.facts)})") from None
        return JSONResponse({**fact_dict(found, kb), "explain": explain_text(found, kb)})

    async def healthz(request: Request) -> Response:
        info = pool.info
        return JSONResponse({"status": "ok", "version": __version__, "model": info.model if info else None,
                             "fact_base_digest": kb.digest, "workers": pool.size,
                             "auth": config.token is not None})

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_document(__version__, auth=config.token is not None))

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)

    async def request_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"error": exc.message}, status_code=exc.status, headers=headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    async def server_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": f"internal error: {type(exc).__name__}"}, status_code=500)

    middleware = []
    if config.allow_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(config.allow_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"]))
    routes = [
        Route("/", page, methods=["GET"]),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/facts", facts, methods=["GET"]),
        Route("/v1/facts/{fact_id}", fact, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Mount("/static", app=_Static(directory=STATIC), name="static"),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                     exception_handlers={RequestError: request_error, HTTPException: http_error,
                                         Exception: server_error})


class _Static(StaticFiles):
    """The page's assets, with the page's security headers."""

    async def get_response(self, path: str, scope: Any) -> Response:
        response = await super().get_response(path, scope)
        response.headers.update(PAGE_HEADERS)
        return response


def _one_line(exc: ClaimcheckError) -> str:
    key, problem = getattr(exc, "key", None), getattr(exc, "problem", None)
    return f"{key}: {problem}" if key and problem else str(exc)


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n} bytes"
