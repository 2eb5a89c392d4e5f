"""Settings shared by every environment.

Everything that differs per deployment is read from the environment (see ``.env.example``).
``dev``, ``test`` and ``production`` import this module and override what they must.
"""

import datetime
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int, minimum: int = 0) -> int:
    """Read a whole-number environment variable; refuse to start, saying which variable is
    wrong, if it is not a number or below ``minimum``."""
    from django.core.exceptions import ImproperlyConfigured

    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, dropping empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

INSTALLED_APPS = [
    # Project apps first so their templates override third-party ones.
    "portal",
    "home",
    "guidance",
    "applications",
    "events",
    "news",
    "subscriptions",
    "metrics",
    # Translation: wagtail_localize.locales replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "formtools",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # whitenoise directly after SecurityMiddleware, as its documentation asks.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors, answered before the rest of the stack runs (what it
    # stores and serves, and when it is purged: portal/page_cache.py).
    "portal.page_cache.PageCacheMiddleware",
    # Content-Security-Policy (strict on the public site, looser in /admin/) and
    # Permissions-Policy; static files answered by whitenoise above need neither.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django documents LocaleMiddleware after SessionMiddleware and before CommonMiddleware.
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # django-axes documents its middleware last: it turns a locked-out login into its answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/portal. The default is an
# SQLite file in the project folder so that a fresh checkout runs with no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before each request reuses it, so after the database
        # restarts the first request gets a fresh connection instead of an error.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Django's Redis backend when REDIS_URL is set (several app servers share it),
# otherwise a per-process memory cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal",
        },
        # Whole pages (portal.page_cache): a separate prefix, so that pages never push out the
        # rate-limit counters and sessions of the default cache.
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal-pages",
        },
    }
else:
    # Room for the rate-limit counters: the default 300 entries would evict them (culling)
    # once pages and fragments fill the cache.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        # Whole pages, fragments and routes (portal.page_cache), kept apart from the rate-limit
        # counters. Per process: a purge reaches only the process that made it, so the caches
        # that use it are off by default without REDIS_URL (below).
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# Whole-page cache for anonymous visitors (portal.page_cache): seconds a page is kept at most
# (purges on publish and on every content change come first); 0 switches it off.
# On by default only with REDIS_URL: with a per-process memory cache, a purge made by the
# process that handled a publish would not reach the other gunicorn workers.
_SHARED_CACHE = bool(os.environ.get("REDIS_URL"))
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if _SHARED_CACHE else 0, minimum=0)
# Template fragments shared by every visitor of a page ({% pagefragment %}: header, footer, a
# guidance page's body) and remembered routes (portal.routing), purged with the page cache;
# 0 switches them off.
PAGE_FRAGMENT_SECONDS = env_int("PAGE_FRAGMENT_SECONDS", 300 if _SHARED_CACHE else 0, minimum=0)
PAGE_CACHE_ALIAS = "pages"
# Apps whose model changes purge the page cache (content, snippets, media, sites, settings,
# redirects, event registrations that change the places left).
PAGE_CACHE_PURGE_APPS = {
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsnippets",
    "taggit",
    "home",
    "guidance",
    "events",
    "news",
}

# Rendered fragments that change only with the code and the language (the application form's
# empty steps): a memory cache in each process, so a new release never serves the markup of the
# previous one, as a shared cache could.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": None,
}

# django-axes' check comes first so that a locked-out username + address never reaches the
# password check; ModelBackend then authenticates as usual.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Sessions (the application form keeps its steps in the session): in the database by default;
# django.contrib.sessions.backends.cached_db also keeps them in the cache, which saves the
# session read of every request once REDIS_URL is set.
SESSION_ENGINE = os.environ.get("SESSION_ENGINE", "django.contrib.sessions.backends.db")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Language codes are lower case everywhere; the catalogue folder is
# locale/zh_Hans (Django's to_locale("zh-hans")).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft (wagtail-localize would otherwise publish the copy at once,
# in the source language, bypassing the Publisher approval workflow).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# Our own catalogue lives at the top level because it covers every app and the project templates.
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static files and uploads.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Attachments of applications: outside MEDIA_ROOT and without a URL, served only through
    # the reviewers' permission-checked download view.
    "applications": {
        "BACKEND": "applications.uploads.PrivateFileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
    },
}
FILE_UPLOAD_PERMISSIONS = 0o640
# Uploads: application attachments are refused while being read once they pass 10 MB a file
# or 30 MB a request (applications.uploads.LimitedUploadHandler; not in the admin).
FILE_UPLOAD_HANDLERS = [
    "applications.uploads.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# E-mail: SMTP by default; dev uses the console backend and tests Django's locmem backend.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "EU–China IPR Customs Portal 中欧知识产权海关保护门户 <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail.
WAGTAIL_SITE_NAME = "EU–China IPR Customs Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "portal.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "zip"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # see "Uploaded documents" below
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_USER_TIME_ZONES = ["Europe/Brussels", "Asia/Shanghai", "UTC"]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no call to another host from the admin
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars from gravatar.com (blocked in China; CSP)
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        # Wagtail's background tasks run immediately and log every run at INFO.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # django-axes logs every sign-in at INFO; lockouts are WARNING.
        "axes": {"level": "WARNING"},
    },
}

SITE_DISPLAY_NAME = _("EU–China IPR Customs Portal")

# Personal data retention, in calendar days after the event ended (purge_event_registrations).
EVENT_RETENTION_DAYS = env_int("EVENT_RETENTION_DAYS", 180, minimum=1)
# Applications: personal data and attachments are removed this many days after an application
# is closed (or, if accepted, after its decision expires); the anonymous facts stay.
APPLICATION_RETENTION_DAYS = env_int("APPLICATION_RETENTION_DAYS", 365, minimum=1)
# Submissions per client address and hour (django-ratelimit, on the shared cache).
APPLICATION_RATE_LIMIT = os.environ.get("APPLICATION_RATE_LIMIT", "20/h")
RATELIMIT_VIEW = "applications.views.rate_limited"

# --- Security headers -------------------------------------------------------------------------
# Every page loads only from the portal's own host (it must work from mainland China), so every
# source is 'self'. SecurityMiddleware sends the headers below; HSTS and the HTTPS redirect are
# in production.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
# Nothing of an address (a search query, an event's registration link) leaks to another site.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page may be framed. Wagtail's preview views answer SAMEORIGIN themselves, so the admin's
# preview panel keeps working (CSP frame-ancestors says the same for browsers that read it).
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4), for the public site: no inline script or style at all.
# JSON-LD blocks (<script type="application/ld+json">) are data, not run, so they need no
# exception. data: images are Bootstrap's inline SVG icons in its CSS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin (/admin/, including page previews and wagtail-localize's editor) writes
# inline <script> blocks (inline panels, date pickers, the translation editor) and style=""
# attributes, and shows previews in a same-origin frame, so it gets its own policy with
# 'unsafe-inline' for scripts and styles, blob: images (image uploads) and same-origin frames
# (see portal.middleware.ContentSecurityPolicyMiddleware). Still no other host, no plugins, no
# posting elsewhere. Only signed-in staff use these pages.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Permissions-Policy (portal.middleware.PermissionsPolicyMiddleware): browser features the
# portal never uses are switched off for it and for anything it could ever frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# --- Admin login throttling (django-axes) -----------------------------------------------------
# After AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair is
# locked out for AXES_COOLOFF_MINUTES (another address, or the same address with another
# username, is not). Attempts are kept in the database (shared by every app server) and deleted
# once the cool-off has passed.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.auth.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_COOLOFF_MESSAGE = _("Too many failed sign-in attempts for this user name from your network.")
# Successful sign-ins are not logged (address and browser of every editor): only failures count.
AXES_DISABLE_ACCESS_LOG = True
# No start-up banner on every manage.py command (cron would mail it); lockouts are still logged.
AXES_VERBOSE = False
# The client address: REMOTE_ADDR, or, behind TRUSTED_PROXY_COUNT proxies that each append to
# X-Forwarded-For, the address the outermost trusted proxy saw (portal.auth.client_ip).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "portal.auth.client_ip"

# --- Uploaded documents ----------------------------------------------------------------------
# Served by Wagtail's view (/documents/<id>/<name>), never straight from MEDIA_ROOT, so every
# download is counted and answered with "Content-Disposition: attachment" (with an RFC 6266
# filename* for Chinese names) and "Content-Security-Policy: default-src 'none'". No type is
# shown inline (Wagtail would otherwise open PDFs in the browser), and HTML or SVG cannot be
# uploaded (WAGTAILDOCS_EXTENSIONS).
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
