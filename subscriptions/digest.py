"""What a digest contains: pages published since the subscriber's last digest."""

from django.db.models import Q

from wagtail.models import Locale

from events.models import EventPage
from guidance.models import GuidancePage
from news.models import NewsPage

TOPIC_MODELS = {"guidance": GuidancePage, "news": NewsPage, "events": EventPage}


def items_for(subscription, since, until) -> dict[str, list]:
    """Live pages in the subscriber's language and topics first published — or, for guidance,
    updated — in ``(since, until]``: ``{"guidance": [...], "news": [...], "events": [...]}``,
    newest first, topics without news left out. Times are aware datetimes."""
    locale = Locale.objects.get(language_code=subscription.language)
    result = {}
    for topic in subscription.topics:
        model = TOPIC_MODELS[topic]
        changed = Q(first_published_at__gt=since, first_published_at__lte=until)
        if topic == "guidance":
            changed |= Q(last_published_at__gt=since, last_published_at__lte=until)
        pages = list(
            model.objects.live()
            .public()
            .filter(locale=locale)
            .filter(changed)
            .order_by("-last_published_at")[:50]
        )
        if pages:
            result[topic] = pages
    return result
