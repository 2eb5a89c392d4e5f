"""RSS and Atom feeds of events, one per locale (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.text import strip_control_characters as _clean


class EventsRssFeed(Feed):
    """The 50 most recent and upcoming events of one locale, latest start first."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return _clean(f"{self.index_page.title} · {_('EU–China IPR Customs Portal')}")

    def link(self):
        return self.index_page.url

    def description(self):
        return _("Joint customs–industry meetings and SME outreach on customs protection of IPR.")

    def items(self):
        return self.index_page.events().order_by("-starts_at")[:50]

    def item_title(self, item):
        return _clean(item.title)

    def item_description(self, item):
        return _clean(item.summary)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        # Events recorded after they happened are dated by when they took place.
        return min(item.first_published_at, item.starts_at)

    def item_updateddate(self, item):
        return item.last_published_at


class EventsAtomFeed(EventsRssFeed):
    feed_type = Atom1Feed
    subtitle = EventsRssFeed.description
