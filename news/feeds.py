"""RSS and Atom feeds of news, one per locale, with absolute URLs; control characters that
editors paste from word processors are removed so the XML stays valid."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.text import strip_control_characters as clean


class NewsRssFeed(Feed):
    """The 30 newest news items of one locale."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return clean(f"{self.index_page.title} · {_('EU–China IPR Customs Portal')}")

    def link(self):
        return self.index_page.url

    def description(self):
        return _(
            "Updates from customs on the protection of intellectual property rights "
            "in the EU and China."
        )

    def items(self):
        return self.index_page.news()[:30]

    def item_title(self, item):
        return clean(item.title)

    def item_description(self, item):
        return clean(item.summary)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        # The news item's own date (midnight UTC), not when the page happened to be published.
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [clean(str(item.get_kind_display()))]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
