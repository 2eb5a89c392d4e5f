"""Security headers: a strict Content-Security-Policy on the public site, a looser one (inline
scripts and styles) in the Wagtail admin, and Referrer-Policy, X-Content-Type-Options,
Permissions-Policy and frame denial everywhere; HSTS in production."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model

import pytest

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parent.parent

PUBLIC_PATHS = [
    "/en/",
    "/zh-hans/",
    "/en/guidance/",
    "/zh-hans/guidance/eu-application-for-action/",
    "/en/guidance/glossary/",
    "/zh-hans/guidance/deadlines/?notified_on=2026-11-27&procedure=cn_ex_officio",
    "/en/events/",
    "/zh-hans/news/",
    "/en/search/?q=customs",
    "/zh-hans/search/?q=扣留",
    "/en/subscribe/",
    "/en/statistics/",
    "/zh-hans/no-such-page/",
]


def policy(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    """The directives of a CSP header: ``{"script-src": ["'self'"], …}``."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def superuser_client(client):
    client.force_login(
        get_user_model().objects.create_superuser("root", "root@example.com", "x-123456789!")
    )
    return client


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_have_a_strict_content_security_policy(client, path):
    response = client.get(path)

    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval'
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    for sources in directives.values():
        assert all(source.startswith("'") or source in {"data:", "blob:"} for source in sources), (
            f"{path} allows another host: {sources}"
        )


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_send_the_other_security_headers(client, path):
    response = client.get(path)

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_need_no_inline_script_or_style(client, path):
    """What the policy would block: inline <script> (JSON-LD is data, so allowed), on…=""
    handlers, javascript: links and style="" attributes."""
    html = client.get(path).content.decode()

    assert not INLINE_SCRIPT.search(html)
    assert not EVENT_HANDLER.search(html)
    assert "javascript:" not in html.lower()
    assert not STYLE_ATTRIBUTE.search(html)
    assert "<style" not in html


#: Templates rendered only inside the Wagtail admin, which has the admin's policy.
ADMIN_TEMPLATES = {
    "metrics/_applications.html",
    "metrics/_chart.html",
    "metrics/_figures.html",
    "metrics/annual_report.html",
    "metrics/dashboard.html",
}


def public_templates():
    """Every template of the public site: all but those under ``…/admin/`` and
    ``ADMIN_TEMPLATES``."""
    folders = [PROJECT_DIR / "portal" / "templates"]
    folders += [p / "templates" for p in PROJECT_DIR.iterdir() if (p / "templates").is_dir()]
    for folder in folders:
        for template in sorted(folder.rglob("*.html")):
            relative = template.relative_to(folder).as_posix()
            if "/admin/" in f"/{relative}" or relative in ADMIN_TEMPLATES:
                continue
            yield template


@pytest.mark.parametrize("template", list(public_templates()), ids=lambda p: p.name)
def test_public_templates_have_no_inline_script_handler_or_style(template):
    text = template.read_text()

    assert not INLINE_SCRIPT.search(text), "move the script to a file in static/js/"
    assert not EVENT_HANDLER.search(text), "attach the handler from a file in static/js/"
    assert not STYLE_ATTRIBUTE.search(text), "use a class in static/css/portal.css"


ADMIN_PATHS = [
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/guidance/glossaryterm/",
    "/admin/reports/translations/",
    "/admin/reports/locked/",
    "/admin/ka4/",
    "/admin/documents/",
    "/admin/registrations/",
]


def admin_edit_paths():
    from guidance.models import GlossaryTerm, GuidancePage

    page = GuidancePage.objects.get(locale__language_code="en", slug="eu-application-for-action")
    term = GlossaryTerm.objects.filter(locale__language_code="en").first()
    return [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/snippets/guidance/glossaryterm/edit/{term.pk}/",
    ]


@pytest.mark.parametrize("path", [*ADMIN_PATHS, "edit-page", "edit-snippet"])
def test_admin_pages_render_under_the_admin_policy(superuser_client, path):
    if path.startswith("edit-"):
        path = admin_edit_paths()[0 if path == "edit-page" else 1]

    response = superuser_client.get(path)

    assert response.status_code == 200, path
    directives = policy(response)
    # Wagtail writes inline <script> blocks and style="" attributes: allowed here only.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_page_has_the_admin_policy(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]


def test_page_preview_may_be_framed_by_the_admin_only(superuser_client):
    from guidance.models import GuidancePage

    page = GuidancePage.objects.get(locale__language_code="en", slug="eu-application-for-action")

    response = superuser_client.get(f"/admin/pages/{page.pk}/view_draft/")
    preview = superuser_client.get(f"/admin/pages/{page.pk}/edit/preview/")

    assert response.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]


def test_preview_has_the_public_policy_and_may_be_framed_by_the_admin(rf, superuser_client):
    """Wagtail renders a preview by sending a dummy request for the page's public address
    through the whole middleware chain; the admin shows it in a same-origin frame."""
    from guidance.models import GuidancePage

    page = GuidancePage.objects.get(locale__language_code="en", slug="eu-application-for-action")
    original = rf.get(f"/admin/pages/{page.pk}/edit/preview/")
    original.user = get_user_model().objects.get(username="root")

    response = page.make_preview_request(original)

    directives = policy(response)
    assert response.status_code == 200
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]  # what visitors will get


def test_admin_loads_no_avatar_from_another_host(superuser_client):
    html = superuser_client.get("/admin/").content.decode()

    assert "gravatar" not in html


def run_with_production_settings(code: str, **env) -> str:
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="portal.example.org",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_production_sends_hsts_over_https():
    code = (
        "from django.test import Client; "
        "r = Client().get('/robots.txt', secure=True, headers={'host': 'portal.example.org'}); "
        "print(r['Strict-Transport-Security']); print(r['Content-Security-Policy'])"
    )

    hsts, csp = run_with_production_settings(code).splitlines()

    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self';" in csp + ";"


def test_hsts_comes_from_the_environment():
    code = "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)"

    assert run_with_production_settings(code, SECURE_HSTS_SECONDS="600") == "600"
