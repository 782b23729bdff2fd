#!/usr/bin/env python3
"""Serves a directory on 127.0.0.1 for the Playwright tests, quietly.

`python3 -m http.server` logs every request to stderr: thousands of lines a
run, in which a failure is hard to find. This is the same server (same
handler, same MIME types, threaded) without the per-request line. Errors
still reach stderr, which Playwright prints: a request that fails (404, 500),
an exception while serving, and a failed start (port taken, no directory).

Usage: serve.py PORT DIRECTORY
"""

import functools
import http.server
import os
import sys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        # The access log. Failed requests still go through log_error.
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser dropping a connection mid-response is routine when a
        # test ends; anything else is a real error and is printed.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    port, root = int(sys.argv[1]), sys.argv[2]
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve.py: no index.html in {os.path.abspath(root)}: "
                 "build it first with ./scripts/trunk-release.sh build")
    handler = functools.partial(QuietHandler, directory=root)
    try:
        httpd = QuietServer(("127.0.0.1", port), handler)
    except OSError as e:
        sys.exit(f"serve.py: cannot listen on 127.0.0.1:{port}: {e.strerror}")
    with httpd:
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
