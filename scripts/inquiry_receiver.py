#!/usr/bin/env python3
"""A TEST FIXTURE: the end-to-end tests' inquiry endpoint and fault injector. It shows the protocol a
real receiver must speak (below); it is not fit to receive real buyers' inquiries: CORS is open to any
site, it listens on 127.0.0.1 only, keeps everything in one JSON-lines file it never trims, does not
compare a repeated key's body with the first one, and accepts an injected fault plan from anyone.
A real receiver (the collective's server) needs an origin allow-list, idempotency that refuses a
reused key with a different body, durable storage that survives a torn write, and retention.
The one limit it has: bodies over 64 KB are refused (413), as a real receiver's should be.

    python3 scripts/inquiry_receiver.py --port 8090 --log received.jsonl

POST /inquiries with a JSON body and an `Idempotency-Key` header equal to the body's `id`:
  201 the first time a key arrives, 200 for a repeat (nothing is recorded twice as new),
  400 when the body is not JSON or the key is missing or does not match the body's id.
Every arrival is appended to --log as one JSON line: {"key", "duplicate", "body"}.

Faults for tests: POST /_faults with {"plan": ["500", "hang", "close", "ok", ...]}; each inquiry POST
takes the next step of the plan (then "ok" forever):
  "500"   answer 500 without recording (a server that failed before storing it)
  "hang"  record it, then answer only after --hang seconds (the client has timed out by then)
  "close" record it, then drop the connection without an answer
CORS is open because the app is served from another origin (port) in tests.
"""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 64 * 1024
LOCK = threading.Lock()
SEEN = set()
PLAN = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def cors(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key")
        self.send_header("Access-Control-Max-Age", "600")

    def answer(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.cors()
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self):
        self.send_response(204)
        self.cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self.answer(400, {"error": "bad Content-Length"})
        if length > MAX_BODY:
            self.close_connection = True
            return self.answer(413, {"error": f"body over {MAX_BODY} bytes"})
        raw = self.rfile.read(length)
        if self.path == "/_faults":
            with LOCK:
                PLAN[:] = json.loads(raw or b"{}").get("plan", [])
            return self.answer(200, {"plan": PLAN})
        if self.path != "/inquiries":
            return self.answer(404, {"error": "not found"})
        try:
            body = json.loads(raw)
        except ValueError:
            return self.answer(400, {"error": "body is not JSON"})
        key = self.headers.get("Idempotency-Key")
        if not key or not isinstance(body, dict) or body.get("id") != key:
            return self.answer(400, {"error": "Idempotency-Key missing or not the body's id"})
        with LOCK:
            step = PLAN.pop(0) if PLAN else "ok"
        if step == "500":
            return self.answer(500, {"error": "injected failure"})
        with LOCK:
            duplicate = key in SEEN
            SEEN.add(key)
            with open(self.server.log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"key": key, "duplicate": duplicate, "body": body}, ensure_ascii=False) + "\n")
        if step == "hang":
            time.sleep(self.server.hang)
        if step == "close":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.answer(200 if duplicate else 201, {"id": key, "duplicate": duplicate})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--log", default="received.jsonl")
    parser.add_argument("--hang", type=float, default=8.0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    # A connection dropped on purpose ("close") is not worth a traceback.
    server.handle_error = lambda request, address: None
    server.log_path = args.log
    server.hang = args.hang
    # Keys already in the log count as seen, so a restarted receiver stays idempotent.
    try:
        with open(args.log, encoding="utf-8") as log:
            for line in log:
                SEEN.add(json.loads(line)["key"])
    except FileNotFoundError:
        pass
    server.serve_forever()


if __name__ == "__main__":
    main()
