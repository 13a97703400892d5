"""Start `claimcheck serve`: read the token, start the engine pool, run uvicorn."""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path

from checker.errors import ClaimcheckError, InputError
from checker.serve.app import MB, ServeConfig, create_app
from checker.serve.pool import EnginePool


def read_token(path: Path) -> str:
    """The bearer token: the file's first line, stripped; an empty or unreadable file is an error."""
    try:
        token = path.read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the token file: {getattr(exc, 'strerror', None) or exc}") from None
    if not token or not token[0].strip():
        raise InputError(str(path), "the token file is empty")
    return token[0].strip()


def run(*, host: str, port: int, workers: int, token_file: Path | None, max_body_mb: float,
        time_limit: float, allow_origins: tuple[str, ...], model: str | None,
        extra_rules: tuple[str, ...]) -> None:
    import uvicorn

    token = read_token(token_file) if token_file else None
    if token is None and not _loopback(host):
        print(f"claimcheck: warning: serving on {host} without --token-file; anyone who can reach it can use it",
              file=sys.stderr)
    _check_can_listen(host, port)  # before loading models: a taken port is one line, at once
    config = ServeConfig(token=token, max_body=int(max_body_mb * MB), time_limit=time_limit,
                         allow_origins=allow_origins, extra_rules=extra_rules)
    pool = EnginePool(workers, model=model, extra_rules=extra_rules)
    app = create_app(pool, config, manage_pool=False)
    print(f"claimcheck: loading {workers} engine worker{'s' if workers > 1 else ''} ...", file=sys.stderr)
    try:
        pool.start()  # before binding: a model that cannot load is one line, not a traceback
        print(f"claimcheck: serving http://{host}:{port}/ (Ctrl-C stops)", file=sys.stderr)
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    finally:
        pool.close()


def _check_can_listen(host: str, port: int) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ClaimcheckError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ClaimcheckError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
