"""Pages load everything from the portal itself: no CDN, fonts, analytics or embeds."""

import re

import pytest

pytestmark = pytest.mark.django_db

#: Official services editors may link to (links only; never loaded by the browser).
OFFICIAL_LINK_HOSTS = {
    "euipo.europa.eu",
    "taxation-customs.ec.europa.eu",
    "english.customs.gov.cn",
    "www.customs.gov.cn",
    "eur-lex.europa.eu",
}
RESOURCE = re.compile(r"<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>", re.I)
ABSOLUTE = re.compile(
    r'(?:src|href|data|srcset|poster)\s*=\s*"((?:https?:)?//([^/"]+)[^"]*)"', re.I
)
ANCHOR = re.compile(r'<a\b[^>]*href="((?:https?:)?//([^/"]+)[^"]*)"', re.I)


def page_paths():
    """Every kind of page: home, guidance index and pages, glossary, tools, search, 404."""
    paths = ["/en/", "/zh-hans/", "/en/no-such-page/", "/zh-hans/no-such-page/"]
    for language in ("en", "zh-hans"):
        paths += [
            f"/{language}/guidance/",
            f"/{language}/guidance/eu-application-for-action/",
            f"/{language}/guidance/china-customs-recordation/",
            f"/{language}/guidance/eu-china-comparison/",
            f"/{language}/guidance/glossary/",
            f"/{language}/guidance/glossary/compare/",
            f"/{language}/guidance/deadlines/?notified_on=2026-11-27&procedure=cn_ex_officio",
            f"/{language}/search/?q=customs",
        ]
    return paths


@pytest.mark.parametrize("path", page_paths())
def test_no_resource_is_loaded_from_another_host(client, path):
    html = client.get(path).content.decode()

    for tag in RESOURCE.finditer(html):
        if 'rel="alternate"' in tag.group(0) or 'rel="canonical"' in tag.group(0):
            continue  # metadata about this site's own URLs, not a download
        for url, host in ABSOLUTE.findall(tag.group(0)):
            assert host == "testserver", f"{path} loads {url}"
    assert "@import" not in html
    assert "fonts.googleapis" not in html


@pytest.mark.parametrize("path", page_paths())
def test_links_to_other_hosts_are_official_services_only(client, path):
    html = client.get(path).content.decode()

    for url, host in ANCHOR.findall(html):
        assert host == "testserver" or host in OFFICIAL_LINK_HOSTS, f"{path} links to {url}"
