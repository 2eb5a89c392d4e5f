"""Language negotiation for unprefixed URLs.

The portal has two languages, ``en`` (default) and ``zh-hans``. A visitor who reaches a URL
without a language prefix is redirected by their browser's ``Accept-Language`` header:
``zh``, ``zh-CN``, ``zh-Hans`` (with or without a region) and ``zh-SG`` go to ``/zh-hans/``,
everything else — including ``zh-TW`` and ``zh-HK``, whose readers use Traditional characters —
goes to the default ``/en/``.
"""

from django.conf import settings
from django.utils.translation.trans_real import parse_accept_lang_header

#: Accept-Language tags (lower case) that mean Simplified Chinese.
SIMPLIFIED_CHINESE_TAGS = frozenset({"zh", "zh-cn", "zh-hans", "zh-sg", "zh-hans-cn", "zh-hans-sg"})


def language_from_accept_header(header: str) -> str:
    """Return the portal language code for an ``Accept-Language`` header value.

    Tags are taken in the header's quality order; the first that is English or Simplified
    Chinese decides. Returns ``"zh-hans"`` or ``settings.LANGUAGE_CODE`` (``"en"``); never raises,
    whatever the header holds.
    """
    try:
        accepted = parse_accept_lang_header(header or "")
    except ValueError:  # pragma: no cover - Django returns () for malformed headers
        accepted = ()
    for tag, _quality in accepted:
        tag = tag.lower()
        if tag in SIMPLIFIED_CHINESE_TAGS:
            return "zh-hans"
        if tag == "en" or tag.startswith("en-"):
            return "en"
    return settings.LANGUAGE_CODE
