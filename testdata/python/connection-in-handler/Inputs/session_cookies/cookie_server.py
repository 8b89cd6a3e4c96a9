"""A server on 127.0.0.1, started on import, that answers like a login
service: /login?user=X sets the cookie 'user=X', and /whoami says which
user the request's cookie names ('nobody' without one)."""
import http.server
import threading
import urllib.parse


class CookieHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        self.send_response(200)
        if url.path == "/login":
            user = urllib.parse.parse_qs(url.query)["user"][0]
            self.send_header("Set-Cookie", f"user={user}; Path=/")
            body = b"logged in"
        else:
            cookie = self.headers.get("Cookie", "")
            body = (cookie.partition("user=")[2] or "nobody").encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


SERVER = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CookieHandler)
threading.Thread(target=SERVER.serve_forever, daemon=True).start()
URL = f"http://127.0.0.1:{SERVER.server_port}"
