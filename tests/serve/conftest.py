"""A started engine pool (one worker process, loaded once for the session) and real uvicorn
servers on loopback ports, one per ServeConfig, sharing that pool."""

from __future__ import annotations

import socket
import threading
import time
from typing import Callable, Iterator

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from checker.serve.app import ServeConfig, create_app  # noqa: E402
from checker.serve.pool import EnginePool  # noqa: E402


@pytest.fixture(scope="session")
def pool() -> Iterator[EnginePool]:
    engine = EnginePool(1).start()
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def serve(pool: EnginePool) -> Iterator[Callable[[ServeConfig], str]]:
    """serve(config) -> base URL of a running server (the same one for an equal config)."""
    import uvicorn

    servers: dict[ServeConfig, tuple[str, object, threading.Thread]] = {}

    def start(config: ServeConfig = ServeConfig()) -> str:
        if config in servers:
            return servers[config][0]
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(pool, config, manage_pool=False), log_level="error",
                                               access_log=False, lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        for _ in range(500):
            if server.started:
                break
            time.sleep(0.01)
        assert server.started, "uvicorn did not start"
        url = f"http://127.0.0.1:{port}"
        servers[config] = (url, server, thread)
        return url

    yield start
    for _, server, thread in servers.values():
        server.should_exit = True
        thread.join(10)
