"""Subscriptions: double opt-in, one-click unsubscribe, idempotent crash-safe digests."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from news.models import NewsIndexPage, NewsPage
from portal.content import stream_data
from subscriptions.models import DigestDelivery, Subscription

pytestmark = pytest.mark.django_db


def subscribe(client, language="zh-hans", email="reader@example.com", **topics):
    data = {"email": email, "consent": "on", "website": "", **(topics or {"news": "on"})}
    return client.post(f"/{language}/subscribe/", data)


def link(message, name):
    return re.search(rf"https?://testserver(/[^\s]*/{name}/[^\s/]+/)", message.body).group(1)


def confirmed_subscription(client, language="zh-hans", **topics):
    subscribe(client, language, **topics)
    client.get(link(mail.outbox[-1], "confirm"))
    return Subscription.objects.get()


def publish_news(locale_code, title):
    index = NewsIndexPage.objects.get(locale__language_code=locale_code)
    page = NewsPage(
        title=title,
        slug=f"digest-{abs(hash(title)) % 10**8}",
        locale=index.locale,
        kind="announcement",
        summary="s",
        body=stream_data([("rich_text", "<p>x</p>")], title),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_subscribing_sends_a_confirmation_in_the_page_language(client):
    response = subscribe(client)

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.subject == "请确认您的订阅"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Subscription.objects.get().confirmed_at is None


def test_invalid_subscription_keeps_values_and_saves_nothing(client):
    response = client.post("/zh-hans/subscribe/", {"email": "reader@example.com", "consent": "on"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="reader@example.com"' in html
    assert not Subscription.objects.exists() and not mail.outbox


def test_confirmation_link_confirms(client):
    subscription = confirmed_subscription(client)

    assert subscription.confirmed_at is not None


def test_one_click_unsubscribe_deletes_the_address(client):
    subscription = confirmed_subscription(client)
    url = link(mail.outbox[0], "unsubscribe")

    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_get_on_unsubscribe_only_asks(client):
    subscription = confirmed_subscription(client)

    client.get(link(mail.outbox[0], "unsubscribe"))

    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_digest_in_chinese_has_only_chinese_items_and_is_sent_once_a_day(client):
    confirmed_subscription(client, "zh-hans", news="on")
    publish_news("zh-hans", "海关发布新的统计数据")
    publish_news("en", "English-only item")
    mail.outbox.clear()

    call_command("send_digest", "--base-url", "http://testserver", verbosity=0)
    call_command("send_digest", "--base-url", "http://testserver", verbosity=0)

    (digest,) = mail.outbox
    assert digest.subject == "中欧知识产权海关保护门户最新内容"
    assert "海关发布新的统计数据" in digest.body and "English-only item" not in digest.body
    assert "/zh-hans/news/" in digest.body
    assert "List-Unsubscribe" in digest.extra_headers


def test_digest_run_restarted_after_a_crash_sends_no_duplicate(client):
    subscription = confirmed_subscription(client, "en", news="on")
    publish_news("en", "Item before the crash")
    mail.outbox.clear()
    # A run that crashed after recording the delivery but before the e-mail went out:
    DigestDelivery.objects.create(subscription=subscription, digest_date=timezone.localdate())

    call_command("send_digest", verbosity=0)

    assert mail.outbox == []
    subscription.refresh_from_db()
    assert subscription.last_digest_at == subscription.confirmed_at  # items wait for the next one


def test_unconfirmed_subscribers_get_no_digest(client):
    subscribe(client, "en")
    publish_news("en", "Something new")
    mail.outbox.clear()

    call_command("send_digest", verbosity=0)

    assert mail.outbox == []


def test_subscriber_addresses_are_visible_only_to_subscription_managers(client):
    confirmed_subscription(client)
    user = get_user_model().objects.create_user("someone", password="x-123456789!")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert "reader@example.com" not in client.get("/admin/subscribers/").content.decode()

    user.groups.add(Group.objects.get(name="Subscription managers"))
    assert "reader@example.com" in client.get("/admin/subscribers/").content.decode()
