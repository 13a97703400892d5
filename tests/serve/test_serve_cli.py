"""`claimcheck serve` from the command line: one-line errors before anything loads, and a real
server process that answers and shuts down cleanly (with its workers)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_an_unreadable_token_file_is_one_line(tmp_path) -> None:
    result = CliRunner().invoke(main, ["serve", "--token-file", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {tmp_path / 'missing'}: cannot read the token file: No such file or directory\n"
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", "--token-file", str(empty)])
    assert (result.exit_code, result.stderr) == (2, f"claimcheck: {empty}: the token file is empty\n")


def test_a_taken_port_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: cannot listen on 127.0.0.1:{port}: Address already in use\n"


@pytest.mark.slow
def test_serve_answers_and_stops_with_its_workers(tmp_path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = tmp_path / "token"
    token.write_text("t0ken\n", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "checker.cli", "serve", "--port", str(port), "--workers", "2",
                               "--token-file", str(token)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                health = httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.1)
        assert health.json()["workers"] == 2 and health.json()["auth"] is True
        answer = httpx.post(url + "/v1/check", json={"text": "LLMs are always accurate."},
                            headers={"Authorization": "Bearer t0ken"}, timeout=60)
        assert [f["fact"] for f in answer.json()["files"][0]["findings"]] == ["L1"]
        children = _children(server.pid)
        assert len(children) >= 2  # the engine workers
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(30) == 0
    err = server.stderr.read()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("claimcheck:")]
    assert lines[:2] == ["claimcheck: loading 2 engine workers ...",
                         f"claimcheck: serving http://127.0.0.1:{port}/ (Ctrl-C stops)"]
    # the workers are gone (a loaded machine may need a moment to reap them)
    for _ in range(100):
        alive = [pid for pid in children if Path(f"/proc/{pid}").exists()
                 and "zombie" not in _status(pid)]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive


def _status(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return "zombie"  # gone while we looked


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]
