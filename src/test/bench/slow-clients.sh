#!/usr/bin/env bash
# Slow clients against the packaged jar: for each shape (a stalled body after headers with Content-Length 100000;
# a body trickling one byte every 2 s; headers trickling one byte every 2 s), opens CONNECTIONS slow connections,
# times normal GET /api/rules requests meanwhile (median and maximum), and measures when the server closed each slow
# connection after its start (the latest). Not part of `mvn verify` (see docs/operations.md, "Slow clients").
# usage: src/test/bench/slow-clients.sh [CONNECTIONS]   (env: JAR)
set -euo pipefail
N=${1:-1000}
JAR=${JAR:-target/tumor-board.jar}
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
ulimit -n 65536 2>/dev/null || true
java -jar "$JAR" --server.port=$PORT --tumorboard.data-dir="$WORK/data" >"$WORK/app.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
python3 - "$PORT" "$N" <<'PY'
import selectors, socket, statistics, sys, threading, time, urllib.request
port, n = int(sys.argv[1]), int(sys.argv[2])
shapes = {
    "stalled body": (b"POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n{\"stage\":", False),
    "trickling body": (b"POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                       b"Content-Length: 100000\r\n\r\n", True),
    "trickling headers": (b"GET /rules HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", True),
}
for name, (start, trickles) in shapes.items():
    socks, started, closed = [], {}, {}
    sel = selectors.DefaultSelector()
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(start)
        s.setblocking(False)
        started[s] = time.monotonic()
        socks.append(s)
        sel.register(s, selectors.EVENT_READ)
    stop = threading.Event()
    def trickle():
        while not stop.wait(2):
            for s in socks:
                if s not in closed:
                    try:
                        s.send(b"x")
                    except OSError:
                        pass
    if trickles:
        threading.Thread(target=trickle, daemon=True).start()
    times = []
    deadline = time.monotonic() + 14
    next_get = time.monotonic()
    while time.monotonic() < deadline and len(closed) < n:
        if time.monotonic() >= next_get:
            t = time.monotonic()
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/rules", timeout=10).read()
            times.append(time.monotonic() - t)
            next_get = time.monotonic() + 0.25
        for key, _ in sel.select(0.05):
            s = key.fileobj
            try:
                data = s.recv(65536)
            except OSError:
                data = b""
            if not data:
                closed[s] = time.monotonic() - started[s]
                sel.unregister(s)
    stop.set()
    latest = max(closed.values()) if closed else float("nan")
    print(f"{name}: {n} connections; normal requests median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms ({len(times)} requests); {len(closed)} of {n} closed by the server, "
          f"the last {latest:.1f} s after its start")
    sel.close()
    for s in socks:
        s.close()
    time.sleep(1)
PY
