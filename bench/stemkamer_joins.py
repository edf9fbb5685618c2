#!/usr/bin/env python3
"""The machine's share of issue 18's goal "a group of 12 joins from their phones in under a minute".

Starts the real program with the 12-person demo workshop and the stemkamer on 127.0.0.1 only, then
plays 12 phones at once, each from its own loopback address (127.0.0.10 ... 127.0.0.21) as a phone
does after scanning the QR code: load the page, read the state, pick a name, vote. It measures the
wall time from the first page request until the program's own session file holds all 12 votes
(applied on the main thread, saved). People scanning and reading are not in this figure: it is what
the program adds to their minute. Prints one Markdown row; no pass/fail (a figure, like make bench).

  xvfb-run -a python3 bench/stemkamer_joins.py [BUILD_DIR] [RUNS]
"""
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

NAMES = ["Fatima", "Jeroen", "Ilse", "Kees", "Mehmet", "Lotte", "Sanne", "Daan", "Noor", "Bas", "Yara", "Tom"]


def http(port, method, target, body=b"", source="127.0.0.1"):
    """One request over a fresh connection from `source` to 127.0.0.1:port (5 s timeout)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0)) as s:
        head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if method == "POST":
            head += f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        s.sendall(head.encode() + b"\r\n" + body)
        raw = b""
        for _ in range(10000):
            chunk = s.recv(65536)
            if not chunk:
                break
            raw += chunk
    status = int(raw[9:12])
    return status, raw.split(b"\r\n\r\n", 1)[1]


def votes_saved(data_dir):
    """workshop.stem actions in the program's saved session files."""
    n = 0
    folder = os.path.join(data_dir, "sessies")
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        if name.endswith(".json"):
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    n += sum(1 for a in json.load(f)["leerwerkplaats_sessie"]["actions"] if a["type"] == "workshop.stem")
            except (ValueError, KeyError, OSError):
                pass  # being written
    return n


def one_run(build):
    data = tempfile.mkdtemp(prefix="stemkamer-bench-")
    app = subprocess.Popen(
        [os.path.join(build, "leerwerkplaats"), "--fresh", "--data-dir", data, "--scenarios", "scenarios", "--open", "oefencasus",
         "--actions", "tools/demo/workshop-oefencasus-stemkamer.json", "--stemkamer", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = app.stdout.readline()
        m = re.match(r"stemkamer: http://127\.0\.0\.1:(\d+)(/r/[0-9a-z]+/)", line)
        if not m:
            raise SystemExit(f"no stemkamer line: {line!r}")
        port, prefix = int(m.group(1)), m.group(2)
        statuses = [None] * len(NAMES)

        def phone(i):
            src = f"127.0.0.{10 + i}"
            assert http(port, "GET", prefix, source=src)[0] == 200
            st, body = http(port, "GET", prefix + "api/stand", source=src)
            state = json.loads(body)
            st, body = http(port, "POST", prefix + "api/aanmelden", urllib.parse.urlencode({"naam": NAMES[i]}).encode(), src)
            token = json.loads(body)["token"]
            choice = state["keuzes"][i % len(state["keuzes"])]["id"]
            form = urllib.parse.urlencode({"p": token, "stap": state["stap"], "keuze": choice}).encode()
            statuses[i] = http(port, "POST", prefix + "api/stem", form, src)[0]

        start = time.monotonic()
        phones = [threading.Thread(target=phone, args=(i,)) for i in range(len(NAMES))]
        for p in phones:
            p.start()
        for p in phones:
            p.join()
        answered = time.monotonic() - start
        for _ in range(600):  # bounded: 30 s
            if votes_saved(data) >= len(NAMES):
                break
            time.sleep(0.05)
        saved = time.monotonic() - start
        if statuses != [202] * len(NAMES) or votes_saved(data) != len(NAMES):
            raise SystemExit(f"not every vote arrived: {statuses}, {votes_saved(data)} saved")
        return answered, saved
    finally:
        app.terminate()
        app.wait(timeout=10)


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    results = [one_run(build) for _ in range(runs)]
    answered = statistics.median(r[0] for r in results) * 1000
    saved = statistics.median(r[1] for r in results) * 1000
    print("| figure | goal | measured | reference | ratio |")
    print("|---|---|---|---|---|")
    print(f"| 18: 12 phones load the page, join and vote at once (loopback) | 12 join in under a minute | "
          f"{answered:.0f} ms all answered, {saved:.0f} ms all 12 votes in the saved session | 60 s (goal) | {saved / 60000:.4f}× |")
    print(f"median of {runs} runs")


if __name__ == "__main__":
    main()
