"""The only place the pack manager opens network connections, with timeouts and plain-word errors.

stdlib ``urllib`` is enough: one GET at a time, streamed. Every request has a timeout that bounds
both the connection and each read, so an unreachable or silent server fails in seconds instead
of hanging the application.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import cast

from desktop import __version__

DEFAULT_TIMEOUT = 15.0  # seconds, for connecting and for each read
USER_AGENT = f"Nashra/{__version__} (language-pack manager)"


class HttpStatusError(Exception):
    """The server answered with an error status; ``retryable`` for 5xx and 429."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}".strip())
        self.status = status
        self.retryable = status >= 500 or status in (408, 429)


class UnsupportedUrlError(ValueError):
    """Only http and https URLs are fetched (no file://, ftp://, ...)."""


def open_url(url: str, timeout: float, method: str = "GET") -> http.client.HTTPResponse:
    """GET (or ``method``) ``url``; the caller closes the response.

    Raises:
        UnsupportedUrlError: not an http(s) URL.
        HttpStatusError: the server answered with a status of 400 or above.
        OSError: connection problems, timeouts (``urllib.error.URLError`` is an ``OSError``).
    """
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsupportedUrlError(f"not an http or https URL: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT}, method=method)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise HttpStatusError(exc.code, str(exc.reason or "")) from None
    return cast(http.client.HTTPResponse, response)


def is_retryable(error: BaseException) -> bool:
    """Worth trying again: connection trouble, timeouts, cut transfers, server-side errors."""
    if isinstance(error, HttpStatusError):
        return error.retryable
    if isinstance(error, UnsupportedUrlError):
        return False
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, socket.gaierror):
        return False  # the name does not resolve: offline, or a typo; trying again will not help
    return isinstance(error, (OSError, http.client.HTTPException))


def describe(error: BaseException, timeout: float | None = None) -> str:
    """A short, plain description of a network failure, for messages the user reads."""
    if isinstance(error, (HttpStatusError, UnsupportedUrlError)):
        return str(error)
    reason: object = error
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
    if isinstance(reason, (TimeoutError, socket.timeout)):
        after = f" after {timeout:g} s" if timeout is not None else ""
        return f"no answer from the server{after} (timed out)"
    if isinstance(reason, socket.gaierror):
        return "the server's name could not be resolved (no network connection?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused (no network connection, or the server is down)"
    if isinstance(reason, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or reason})"
    if isinstance(reason, http.client.IncompleteRead):
        return "the connection was closed before the transfer finished"
    if isinstance(reason, http.client.HTTPException):
        return f"the server sent a broken response ({type(reason).__name__})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
