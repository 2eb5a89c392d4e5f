"""Subscribe (double opt-in), confirm and one-click unsubscribe."""

import datetime
import logging

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt

from metrics.counting import count
from metrics.models import Metric

from .emails import send, subscription_url
from .forms import SubscribeForm
from .models import Subscription

logger = logging.getLogger(__name__)


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


#: A confirmation e-mail goes to the same address at most this often.
RESEND_INTERVAL = datetime.timedelta(minutes=15)
TOPICS = ("guidance", "news", "events")


def subscribe(request):
    """GET: the form. POST: a new subscription in the page's language waits for the address to
    confirm it; for a confirmed subscription the requested topics wait too (nobody can change
    someone else's subscription). A confirmation link is e-mailed at most every 15 minutes.
    The answer is the same whether or not the address was known. Invalid input re-renders the
    form with messages, nothing saved."""
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        requested = [topic for topic in TOPICS if data[topic]]
        now = timezone.now()
        with transaction.atomic():
            subscription, _created = Subscription.objects.select_for_update().get_or_create(
                email=data["email"], language=translation.get_language()
            )
            if subscription.confirmed_at is None:
                for topic in TOPICS:
                    setattr(subscription, topic, topic in requested)
            else:
                subscription.pending_topics = requested
            send_now = not subscription.last_emailed_at or (
                now - subscription.last_emailed_at > RESEND_INTERVAL
            )
            if send_now:
                subscription.last_emailed_at = now
            subscription.save()
        if send_now:
            template = "confirm" if subscription.confirmed_at is None else "change"
            try:
                send(
                    subscription,
                    template,
                    {
                        "confirm_url": subscription_url(
                            subscription, "confirm", _base_url(request)
                        ),
                        "requested": requested,
                    },
                    _base_url(request),
                )
            except Exception:
                logger.exception("Could not send the subscription e-mail for %s", subscription.pk)
        return redirect(reverse("subscriptions:sent"))
    return render(
        request, "subscriptions/subscribe.html", {"form": form, "translatable_view": True}
    )


def sent(request):
    return render(request, "subscriptions/sent.html", {"translatable_view": True})


def confirm(request, token):
    """The link in the confirmation e-mail: confirms the subscription and applies topics that
    were waiting for confirmation (idempotent)."""
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is None:
        raise Http404
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.last_digest_at = subscription.confirmed_at
        count(Metric.SUBSCRIBE, "+".join(subscription.topics), subscription.language)
    if subscription.pending_topics is not None:
        for topic in TOPICS:
            setattr(subscription, topic, topic in subscription.pending_topics)
        subscription.pending_topics = None
    subscription.save()
    return render(request, "subscriptions/confirmed.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058 one-click: mail clients POST here without a form; the token authenticates
def unsubscribe(request, token):
    """GET: one button. POST (the button, or a mail client's one-click request): delete the
    subscription and its delivery records at once."""
    subscription = Subscription.objects.filter(token=token).first()
    if request.method == "POST":
        if subscription is not None:
            count(Metric.UNSUBSCRIBE, "", subscription.language)
            subscription.delete()
        return render(request, "subscriptions/unsubscribed.html", {})
    if subscription is None:
        raise Http404
    return render(request, "subscriptions/unsubscribe.html", {"subscription": subscription})
