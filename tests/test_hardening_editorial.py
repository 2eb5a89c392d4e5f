"""Fixes from trying to break news, subscriptions and roles."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

import pytest

from guidance.models import GlossaryTerm, GuidancePage
from news.models import NewsPage
from subscriptions.models import Subscription

from .test_subscriptions import confirmed_subscription, subscribe

pytestmark = pytest.mark.django_db


def user_in(group):
    user = get_user_model().objects.create_user(group.lower()[:10], password="x-123456789!")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_a_new_translation_starts_as_a_draft(en, zh):
    english = GuidancePage.objects.get(locale=en, slug="where-to-get-help")
    english.get_translation(zh).delete()

    TranslationCreator(user_in("Translators"), [zh]).create_translations(english)

    assert not english.get_translation(zh).live


def test_translator_cannot_publish_through_sync(client, en, zh):
    english = NewsPage.objects.filter(locale=en).first()
    chinese_title = english.get_translation(zh).title
    english.title = "Changed in English"
    english.save_revision().publish()
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=en)
    client.force_login(user_in("Translators"))

    client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    live = NewsPage.objects.get(pk=english.get_translation(zh).pk)
    assert live.title == chinese_title  # nothing published by the translator


def test_translators_cannot_edit_english_glossary_terms(client, en, zh):
    client.force_login(user_in("Translators"))
    english = GlossaryTerm.objects.get(locale=en, key="detention")
    chinese = GlossaryTerm.objects.get(locale=zh, key="detention")

    refused = client.get(f"/admin/snippets/guidance/glossaryterm/edit/{english.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert (
        client.get(f"/admin/snippets/guidance/glossaryterm/edit/{chinese.pk}/").status_code == 200
    )


def test_nobody_else_can_change_a_confirmed_subscription(client):
    subscription = confirmed_subscription(client, "en", news="on", events="on")
    mail.outbox.clear()
    subscription.last_emailed_at = None
    subscription.save()

    subscribe(client, "en", email="READER@example.com", guidance="on")

    subscription.refresh_from_db()
    assert subscription.topics == ["news", "events"]  # unchanged until the owner confirms
    (message,) = mail.outbox
    assert "Guidance updates" in message.body
    client.get(message.body.split("http://testserver")[1].split()[0])
    subscription.refresh_from_db()
    assert subscription.topics == ["guidance"]


def test_confirmation_mails_are_rate_limited(client):
    subscribe(client, "en", email="flood@example.com")
    subscribe(client, "en", email="flood@example.com")
    subscribe(client, "en", email="flood@example.com")

    assert len(mail.outbox) == 1
    assert Subscription.objects.count() == 1


@pytest.mark.parametrize(
    "url",
    [
        "/en/subscribe/confirm/%00/",
        "/zh-hans/subscribe/unsubscribe/%00/",
        "/en/events/working-group-rome-2014/registration/%00/",
    ],
)
def test_nul_bytes_in_tokens_are_a_404(client, url):
    assert client.get(url).status_code == 404


def test_news_feed_dates_items_by_their_own_date(client):
    item = NewsPage.objects.filter(locale__language_code="en").order_by("date").first()

    xml = client.get("/en/news/feed/rss/").content.decode()

    expected = datetime.datetime.combine(item.date, datetime.time()).strftime("%d %b %Y")
    assert expected in xml
