"""Whole-page cache for anonymous visitors, answered before the rest of the middleware runs.

Django's cache middleware, wrapped around the whole stack, still runs every middleware for a
cached page (sessions, locale, CSRF, authentication, messages, CSP) and so serves it at about
two thirds of the speed of a static file. :class:`PageCacheMiddleware` sits directly after
whitenoise instead and answers a cached page with one cache read. That is only safe because of
what it refuses to store and to serve:

* **Looked up** only for a ``GET`` without a query string, without an ``Authorization`` header
  and without a session or messages cookie (a signed-in editor, a visitor who unlocked a
  password-protected page or has a message waiting always gets a freshly rendered page).
* **Stored** only when the whole stack says the page is the same for every anonymous visitor:
  a Wagtail page (``wagtail_serve``) answering ``200`` with HTML, no cookie set (so never a page
  that holds a CSRF token: ``{% csrf_token %}`` sets the cookie), no ``Cache-Control`` of
  ``private``/``no-cache``/``no-store``, no ``Vary`` other than ``Cookie`` (an unprefixed URL
  varies by ``Accept-Language`` and is never stored), not a preview, nobody signed in, and the
  page class does not set ``page_cache = False``. Feeds and calendars (counted by their views
  for the evaluation) are not HTML and so are never stored; HTML page views are counted by the
  beacon, which cached pages still load.
* The stored response keeps every header the stack added (Content-Security-Policy,
  Permissions-Policy, X-Frame-Options, …); ``SecurityMiddleware``, outside this one, adds its
  own headers to hits as to every response.

**Invalidation.** Every entry records the cache *generation* it was rendered under; a
generation is a random token kept under one key. :func:`purge` replaces the token, so every
stored page becomes a miss at once, on every app server sharing the cache. It runs on any
save or delete of content models (``PAGE_CACHE_PURGE_APPS``: pages, snippets such as the
glossary, documents, images, redirects, sites, event registrations) and on every page
publish, unpublish and move; ``PAGE_CACHE_SECONDS`` (default 300 seconds) bounds what no
signal reports (an event moving from "upcoming" to "past" as time passes). A page rendered
while a purge happens is stored under the old generation and so never served.

**Two levels.** Entries live in the shared cache (``PAGE_CACHE_ALIAS``: Redis in production,
so a page rendered by one app server is served by all) and, for the pages a process served
last, in that process's memory (``PAGE_CACHE_LOCAL_ENTRIES``, default 500). The generation
token is read from the shared cache at most once a second per process
(``PAGE_CACHE_GENERATION_SECONDS``), so a hit usually costs no network round trip and a purge
reaches every app server within that second (the purging process at once).

The same generation token versions the template fragments of ``{% pagefragment %}``
(``portal.templatetags.portal_tags``), which keep rendered pages cheap for visitors who bypass
the page cache.

Settings: ``PAGE_CACHE_SECONDS`` (0 switches the page cache off), ``PAGE_CACHE_ALIAS`` (the
cache in ``CACHES``; it must be shared by every app server, i.e. Redis, for purges to reach
them), ``PAGE_CACHE_LOCAL_ENTRIES``, ``PAGE_CACHE_GENERATION_SECONDS``.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"

# Models of these apps shape public pages; saving one purges the page cache. Log entries,
# revisions, workflow states and the reference index change without changing a live page.
NOT_PURGING = {
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
}


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _timeout() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


class _Local:
    """What one process remembers between requests: the generation token it last read (and
    when, ``time.monotonic()`` seconds) and the pages it served last (least recently used
    first, at most ``PAGE_CACHE_LOCAL_ENTRIES``). Guarded by a lock for threaded workers."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation: str | None = None
        self.read_at = 0.0
        self.pages: OrderedDict[str, tuple] = OrderedDict()

    def clear(self) -> None:
        with self.lock:
            self.generation = None
            self.read_at = 0.0
            self.pages.clear()

    def get(self, key: str, generation: str):
        with self.lock:
            held = self.pages.get(key)
            if held is None:
                return None
            expires_at, entry = held
            if entry[0] != generation or time.time() >= expires_at:
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return entry

    def put(self, key: str, entry: tuple, expires_at: float) -> None:
        """Keep ``entry`` (its generation first) until ``expires_at`` (``time.time()``
        seconds), the moment its shared copy expires."""
        size = int(getattr(settings, "PAGE_CACHE_LOCAL_ENTRIES", 500))
        if size <= 0:
            return
        with self.lock:
            self.pages[key] = (expires_at, entry)
            self.pages.move_to_end(key)
            while len(self.pages) > size:
                self.pages.popitem(last=False)


_local = _Local()


def clear_local() -> None:
    """Forget this process's copies (tests call it between tests, with ``cache.clear()``)."""
    _local.clear()


def current_generation() -> str:
    """The current cache generation token (a 16-character hex string).

    Read from the shared cache at most once every ``PAGE_CACHE_GENERATION_SECONDS`` (default
    1 second) per process, so a purge made on another app server is seen within that time (at
    once in the process that made it). Creates the token if the cache has none. Raises what the
    cache client raises if the cache cannot be reached.
    """
    now = time.monotonic()
    interval = float(getattr(settings, "PAGE_CACHE_GENERATION_SECONDS", 1.0))
    generation = _local.generation
    if generation is not None and now - _local.read_at < interval:
        return generation
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        generation = cache.get(GENERATION_KEY)
    _local.generation, _local.read_at = generation, now
    return generation


def get_versioned(key: str):
    """The value stored by :func:`set_versioned` under ``key`` in the current generation, or
    None (never stored, expired, purged, or the cache unreachable). Looks in this process's
    memory first, then in the shared cache."""
    try:
        generation = current_generation()
        entry = _local.get(key, generation)
        if entry is None:
            entry = _cache().get(key)
            if entry is None or entry[0] != generation:
                return None
            _local.put(key, entry, entry[2])
    except Exception:  # the cache is down: nothing is cached
        return None
    return entry[1]


def set_versioned(key: str, value, timeout: int) -> None:
    """Store ``value`` (picklable) under ``key`` for ``timeout`` seconds in the current
    generation, in the shared cache and this process's memory; silently does nothing if the
    cache cannot be reached."""
    try:
        entry = (current_generation(), value, time.time() + timeout)
        _cache().set(key, entry, timeout)
    except Exception:  # not storing only costs the next request time
        return
    _local.put(key, entry, entry[2])


def hashed_key(prefix: str, *parts: str) -> str:
    """A short cache key for arbitrary text parts (addresses may hold any character)."""
    text = "|".join(parts).encode(errors="replace")
    return f"{prefix}:{hashlib.blake2b(text, digest_size=16).hexdigest()}"


def purge(**kwargs) -> None:
    """Make every cached page and fragment a miss: at once in this process, within
    ``PAGE_CACHE_GENERATION_SECONDS`` on every other app server sharing the cache.

    Usable as a signal receiver (keyword arguments are ignored). Never raises because the cache
    is down: a purge that cannot reach the cache leaves nothing there to serve either.
    """
    generation = secrets.token_hex(8)
    # An unreachable cache holds no stale page to purge.
    with contextlib.suppress(Exception):
        _cache().set(GENERATION_KEY, generation, timeout=None)
    _local.generation, _local.read_at = generation, time.monotonic()
    with _local.lock:
        _local.pages.clear()


def _purge_on_model_change(sender, **kwargs) -> None:
    label = sender._meta.label_lower
    if sender._meta.app_label in settings.PAGE_CACHE_PURGE_APPS and label not in NOT_PURGING:
        purge()


def connect_signals() -> None:
    """Connect :func:`purge` to model saves and deletes and to Wagtail's page signals (publish,
    unpublish and move, whatever app the page type belongs to)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_purge_on_model_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_purge_on_model_change, dispatch_uid="page_cache_post_delete")
    page_published.connect(purge, dispatch_uid="page_cache_page_published")
    page_unpublished.connect(purge, dispatch_uid="page_cache_page_unpublished")
    post_page_move.connect(purge, dispatch_uid="page_cache_page_move")


def _may_use_cache(request) -> bool:
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _may_store(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "is_preview", False):
        return False
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve":
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if cache_control & {"private", "no-cache", "no-store"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    if vary - {"cookie"}:
        return False
    page = (getattr(response, "context_data", None) or {}).get("page")
    return getattr(page, "page_cache", True)


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors (see the module docstring).

    Place it directly after ``whitenoise.middleware.WhiteNoiseMiddleware``. A hit carries the
    header ``X-Page-Cache: hit``; a response that was stored, ``X-Page-Cache: stored``. If the
    cache cannot be reached, pages are rendered as if nothing were cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = _timeout()
        if timeout <= 0 or not _may_use_cache(request):
            return self.get_response(request)
        address = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.path}"
        key = (
            "page-cache:"
            + hashlib.blake2b(address.encode(errors="replace"), digest_size=16).hexdigest()
        )
        cache = _cache()
        try:
            generation = current_generation()
            entry = _local.get(key, generation)
            if entry is None:
                entry = cache.get(key)
                if entry is not None and entry[0] == generation:
                    _local.put(key, entry, entry[4])
        except Exception:  # the cache is down: render as if it were empty
            return self.get_response(request)
        if entry is not None and entry[0] == generation:
            _, status, headers, content, _expires_at = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response.headers[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _may_store(request, response):
            headers = [(name, value) for name, value in response.items() if name != HIT_HEADER]
            entry = (
                generation,
                response.status_code,
                headers,
                response.content,
                time.time() + timeout,
            )
            try:
                cache.set(key, entry, timeout)
            except Exception:  # not storing only costs the next visitor time
                return response
            _local.put(key, entry, entry[4])
            response.headers[HIT_HEADER] = "stored"
        return response
        response = self.get_response(request)
        if _may_store(request, response):
            headers = [(name, value) for name, value in response.items() if name != HIT_HEADER]
            try:
                cache.set(
                    key, (generation, response.status_code, headers, response.content), timeout
                )
            except Exception:  # not storing only costs the next visitor time
                return response
            response.headers[HIT_HEADER] = "stored"
        return response
