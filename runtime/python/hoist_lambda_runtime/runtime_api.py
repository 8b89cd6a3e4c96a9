"""The runtime process's side of the Lambda Runtime API (2018-06-01)."""
import http.client
import json
import socket

API = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"


class Event:
    """One invocation as /next hands it over."""

    def __init__(self, headers, body):
        self.request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        self.deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms") or 0)
        self.function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.trace_id = headers.get("Lambda-Runtime-Trace-Id")
        self.client_context = headers.get("Lambda-Runtime-Client-Context")
        self.cognito_identity = headers.get("Lambda-Runtime-Cognito-Identity")
        self.body = body


class _Connection(http.client.HTTPConnection):
    # Headers and body go out in separate writes; without TCP_NODELAY each
    # request would wait for a delayed ACK (tens of milliseconds).
    def connect(self):
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class RuntimeApiClient:
    """Keeps one connection to AWS_LAMBDA_RUNTIME_API open, as Lambda's
    clients do, so a warm invoke pays no connection setup."""

    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self._connection = _Connection(host, int(port))

    def _request(self, method, path, body=None, headers=None):
        self._connection.request(method, API + path, body=body, headers=headers or {})
        response = self._connection.getresponse()
        data = response.read()
        return response, data

    def next(self):
        response, body = self._request("GET", "/invocation/next")
        if response.status != 200:
            raise RuntimeError(f"/next answered {response.status}: {body[:200]!r}")
        return Event(response.headers, body)

    def post_response(self, request_id, payload):
        response, body = self._request(
            "POST", f"/invocation/{request_id}/response", payload,
            {"Content-Type": "application/json"})
        return response.status

    def post_error(self, request_id, error):
        self._post_error(f"/invocation/{request_id}/error", error)

    def post_init_error(self, error):
        self._post_error("/init/error", error)

    def _post_error(self, path, error):
        self._request("POST", path, json.dumps(error).encode(),
                      {"Content-Type": "application/json",
                       ERROR_TYPE_HEADER: error["errorType"]})
