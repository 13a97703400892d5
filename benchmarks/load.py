"""Load: requests/s and latency of `claimcheck serve` for a 1,000-word post.

Starts `claimcheck serve` on a free loopback port (127.0.0.1 only; the script refuses any
other host), waits for /healthz, and for each number of concurrent clients sends a fixed
number of POST /v1/check requests with the same 1,000-word Markdown post (prose about gardens
and trains with a few right and wrong claims about AI). Each client sends its next request
as soon as the last one is answered. Prints requests/s and the p50/p95 latency per level,
for each --workers setting, as a Markdown table. Bounded: at most --requests requests per
level (default 64), one server at a time, stopped at the end.

    python benchmarks/load.py                              # workers 1 and 2, clients 1, 4, 16
    python benchmarks/load.py --workers 1 2 4 --clients 1 8 --requests 96
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
MAX_REQUESTS = 1000

PROSE = [
    "The garden looks completely different in October, all copper leaves and long shadows.",
    "Nobody could agree on how much salt the soup needed, so we left it on the table.",
    "The ferry was forty minutes late, which gave us time to watch the gulls fight over chips.",
    "It took three tries and a borrowed ladder to reach the gutter.",
    "We counted eleven kinds of apple at the market, and bought four of them.",
    "By the second hill my legs were shaking, but the view from the top was worth it.",
    "We took the long way home along the canal and saw a heron standing perfectly still.",
    "The cat has decided that the laundry basket is now her office.",
    "The mechanic found a nail in the tyre and charged us less than the coffee we drank while waiting.",
    "A good loaf needs patience more than skill, or so the baker keeps telling me.",
]
CLAIMS = [
    "ChatGPT was released by Google in 2022.",                 # wrong
    "Large language models are a type of generative AI.",      # right
    "GANs were invented by Ian Goodfellow in 2014.",           # right
    "Stable Diffusion is a large language model.",             # wrong
    "LLMs are always accurate.",                               # wrong
    "BERT is a transformer model released by Google.",         # right
]


def post(words: int = 1000, seed: int = 10) -> str:
    """A Markdown post of about ``words`` words: paragraphs of prose with a claim now and then."""
    rng = random.Random(seed)
    paragraphs, count, n = ["# A week of small things"], 5, 0
    while count < words:
        sentences = rng.sample(PROSE, 4)
        if n % 2 == 0:
            sentences.insert(rng.randrange(5), CLAIMS[(n // 2) % len(CLAIMS)])
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
        n += 1
    return "\n\n".join(paragraphs) + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(workers: int, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "checker.cli", "serve", "--host", HOST, "--port", str(port),
               "--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"load: the server exited: {server.stderr.read().decode().strip()}")
        try:
            if httpx.get(f"http://{HOST}:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("load: the server did not start within 180 s")


def run_level(url: str, text: str, clients: int, requests: int) -> tuple[float, float, float]:
    """requests/s, p50 and p95 latency (ms) with ``clients`` concurrent clients."""
    latencies: list[float] = []
    lock = threading.Lock()
    left = [requests]
    failures: list[str] = []

    def client() -> None:
        with httpx.Client(timeout=120) as http:
            while True:
                with lock:
                    if left[0] == 0:
                        return
                    left[0] -= 1
                began = time.perf_counter()
                answer = http.post(url, json={"text": text, "filename": "post.md"})
                took = time.perf_counter() - began
                with lock:
                    if answer.status_code != 200:
                        failures.append(f"{answer.status_code}: {answer.text[:120]}")
                    latencies.append(took)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    if failures:
        raise SystemExit(f"load: {len(failures)} requests failed, first: {failures[0]}")
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return len(latencies) / wall, statistics.median(ordered) * 1000, p95 * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="--workers settings to compare")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16], help="concurrent clients per level")
    parser.add_argument("--requests", type=int, default=64, help=f"requests per level (at most {MAX_REQUESTS})")
    parser.add_argument("--words", type=int, default=1000, help="words in the post")
    args = parser.parse_args()
    if not 1 <= args.requests <= MAX_REQUESTS or any(not 1 <= c <= 64 for c in args.clients):
        raise SystemExit(f"load: --requests must be 1..{MAX_REQUESTS} and --clients 1..64")
    text = post(args.words)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"post: {len(text.split())} words, {len(text.encode())} bytes; {args.requests} requests per level; "
          f"{cpus} CPUs; loopback {HOST}")
    print()
    print("| --workers | clients | requests/s | p50 ms | p95 ms | load avg |")
    print("|---:|---:|---:|---:|---:|---:|")
    for workers in args.workers:
        port = free_port()
        server = start_server(workers, port)
        url = f"http://{HOST}:{port}/v1/check"
        try:
            with httpx.Client(timeout=120) as warm:  # warm every worker once
                for _ in range(workers * 2):
                    warm.post(url, json={"text": text, "filename": "post.md"}).raise_for_status()
            for clients in args.clients:
                rps, p50, p95 = run_level(url, text, clients, args.requests)
                load = os.getloadavg()[0]  # other work on the machine skews the figures; say how much
                print(f"| {workers} | {clients} | {rps:.1f} | {p50:.0f} | {p95:.0f} | {load:.1f} |", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
