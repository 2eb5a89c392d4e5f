"""Site-wide views: error pages."""

import logging

from django.http import HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)


def server_error(request, template_name="500.html"):
    """Render the bilingual 500 page with the request, so the language switcher works.

    Falls back to a plain bilingual text response if the template itself fails.
    """
    try:
        template = loader.get_template(template_name)
        return HttpResponseServerError(template.render({"request": request, "is_error_page": True}))
    except Exception:  # the error page must never raise
        logger.exception("The 500 template could not be rendered")
        return HttpResponseServerError(
            "Server error. Please try again later. / 服务器错误，请稍后再试。",
            content_type="text/plain; charset=utf-8",
        )
