"""A real HTTP server on loopback standing in for a partner's calendar host
(the outside world: the only thing tests fake)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class CalendarHost:
    """Routes: path -> (status, headers, body) or a callable(handler) returning one."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                host.requests.append((self.path, dict(self.headers)))
                route = host.routes.get(self.path.split("?")[0], (404, {}, b"not here"))
                status, headers, body = route(self) if callable(route) else route
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve_ics(self, path: str, body: bytes, etag: str = "", last_modified: str = ""):
        """Serve `body` with validators, answering 304 to a matching conditional GET."""

        def handle(handler):
            headers = {"Content-Type": "text/calendar; charset=utf-8"}
            if etag:
                headers["ETag"] = etag
                if handler.headers.get("If-None-Match") == etag:
                    return 304, headers, b""
            if last_modified:
                headers["Last-Modified"] = last_modified
            return 200, headers, body

        self.routes[path] = handle

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
