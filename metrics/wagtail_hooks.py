"""Count document downloads (Wagtail serves them through its own view)."""

from wagtail import hooks

from .counting import count, should_count
from .models import Metric


@hooks.register("before_serve_document")
def count_document_download(document, request):
    if should_count(request):
        count(Metric.DOWNLOAD, document.pk, getattr(request, "LANGUAGE_CODE", ""))
