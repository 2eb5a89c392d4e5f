"""Subscribe (double opt-in), confirm and one-click unsubscribe."""

import logging

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt

from .emails import send, subscription_url
from .forms import SubscribeForm
from .models import Subscription

logger = logging.getLogger(__name__)


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def subscribe(request):
    """GET: the form. POST: create (or update the topics of) the subscription for this address
    in the page's language and e-mail a confirmation link; the answer is the same whether or
    not the address was known. Invalid input re-renders the form with messages, nothing saved."""
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        language = translation.get_language()
        with transaction.atomic():
            subscription, _created = Subscription.objects.select_for_update().get_or_create(
                email=data["email"], language=language
            )
            for topic in ("guidance", "news", "events"):
                setattr(subscription, topic, data[topic])
            subscription.save()
        try:
            send(
                subscription,
                "confirm" if not subscription.confirmed_at else "updated",
                {"confirm_url": subscription_url(subscription, "confirm", _base_url(request))},
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
    """The link in the confirmation e-mail: confirms the subscription (idempotent)."""
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is None:
        raise Http404
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.last_digest_at = subscription.confirmed_at
        subscription.save(update_fields=["confirmed_at", "last_digest_at"])
    return render(request, "subscriptions/confirmed.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058 one-click: mail clients POST here without a form; the token authenticates
def unsubscribe(request, token):
    """GET: one button. POST (the button, or a mail client's one-click request): delete the
    subscription and its delivery records at once."""
    subscription = Subscription.objects.filter(token=token).first()
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return render(request, "subscriptions/unsubscribed.html", {})
    if subscription is None:
        raise Http404
    return render(request, "subscriptions/unsubscribe.html", {"subscription": subscription})
