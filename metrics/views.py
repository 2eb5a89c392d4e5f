"""The first-party beacon: counts page views and outbound clicks sent by ``static/js/metrics.js``.

Why a beacon rather than counting in the page view: pages may be served from a cache (a proxy
or Wagtail's frontend cache) that never reaches Django, so counting inside the view would miss
them; the small script runs in every browser that shows the page, wherever the HTML came from,
and needs no cookie. It also keeps counting off the page's own response time.
"""

from django.http import HttpResponse
from django.utils.translation import get_language_from_request
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from .counting import count, count_link, should_count
from .models import Metric


@csrf_exempt  # sendBeacon cannot send a CSRF token; the endpoint changes nothing but a count
@require_POST
def hit(request):
    """``POST page=<id>``: one view of that live page, in its own language. Always 204."""
    if should_count(request):
        page_id = request.POST.get("page", "")
        if page_id.isdigit() and len(page_id) < 12:
            page = Page.objects.live().filter(pk=int(page_id)).select_related("locale").first()
            if page is not None:
                count(Metric.PAGE_VIEW, page.pk, page.locale.language_code)
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def outbound(request):
    """``POST url=<absolute URL>&language=<code>``: a click to another site (host only)."""
    if should_count(request):
        language = request.POST.get("language", "") or get_language_from_request(request)
        count_link(request.POST.get("url", "")[:2000], language)
    return HttpResponse(status=204)
