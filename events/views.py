"""Views behind the event index and event pages (called from their routable paths)."""

from itertools import groupby

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from . import registration as registration_service
from .emails import send_registration_email
from .forms import RegistrationForm
from .models import EventAudience, EventKind, EventLanguages, Registration


class EventFilterForm(forms.Form):
    """Filters of the event index (GET; invalid values are dropped and reported)."""

    kind = forms.ChoiceField(
        choices=[("", _("All")), *EventKind.choices], required=False, label=_("Kind")
    )
    audience = forms.ChoiceField(
        choices=[("", _("All")), *EventAudience.choices], required=False, label=_("Audience")
    )
    mode = forms.ChoiceField(
        choices=[("", _("All")), ("in_person", _("In person")), ("online", _("Online"))],
        required=False,
        label=_("Format"),
    )
    language = forms.ChoiceField(
        choices=[("", _("All")), *EventLanguages.choices], required=False, label=_("Language")
    )
    city = forms.CharField(required=False, max_length=100, label=_("City"))


def _filter(events, data: dict):
    if data.get("kind"):
        events = events.filter(kind=data["kind"])
    if data.get("audience"):
        events = events.filter(audience=data["audience"])
    if data.get("mode") == "online":
        events = events.filter(is_online=True)
    elif data.get("mode") == "in_person":
        events = events.filter(is_online=False)
    if data.get("language"):
        events = events.filter(
            languages__in=[data["language"], "en_zh"] if data["language"] != "en_zh" else ["en_zh"]
        )
    if data.get("city"):
        events = events.filter(city__iexact=data["city"])
    return events


def event_listing_context(index, request) -> dict:
    """Upcoming events (soonest first, all of them) and past events grouped by year
    (paginated), after the filters in ``request.GET``."""
    form = EventFilterForm(request.GET)
    form.is_valid()
    active = {name: value for name, value in form.cleaned_data.items() if value}
    now = timezone.now()
    events = _filter(index.events(), active)
    past_page = Paginator(events.past(now), index.PER_PAGE).get_page(request.GET.get("page"))
    years = [
        {"year": year, "events": list(items)}
        for year, items in groupby(past_page, key=lambda event: event.local_times()["start"].year)
    ]
    cities = (
        index.events().exclude(city="").order_by("city").values_list("city", flat=True).distinct()
    )
    return {
        "filter_form": form,
        "active_filters": active,
        "invalid_filters": sorted(form.errors),
        "upcoming": list(events.upcoming(now)),
        "past_years": years,
        "results": past_page,
        "cities": list(cities),
    }


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def event_page_view(event, request):
    """GET: the event page with its registration form when registration is open.
    POST: register (Post/Redirect/Get to the registration's own page); on invalid input the
    page is shown again with messages and every value kept, nothing saved."""
    state = event.registration_state()
    form = None
    error = None
    if state == "open":
        if request.method == "POST":
            form = RegistrationForm(request.POST)
            if form.is_valid():
                language = translation.get_language()
                # New or repeated, the answer is the same neutral page, so nobody learns
                # from it whether an address is registered; the private link goes by e-mail.
                try:
                    registration = registration_service.register(event, form.cleaned_data, language)
                except registration_service.AlreadyRegistered as exc:
                    if exc.resend:
                        send_registration_email(exc.registration, _base_url(request))
                    return redirect(f"{event.url}registered/")
                except registration_service.EventFull:
                    error = _("Sorry, every place has been taken and there is no waiting list.")
                except registration_service.RegistrationClosed:
                    error = _("Registration has just closed for this event.")
                else:
                    send_registration_email(registration, _base_url(request))
                    return redirect(f"{event.url}registered/")
        else:
            form = RegistrationForm()
    elif request.method == "POST":
        error = _("Registration is not open for this event.")
    return TemplateResponse(
        request,
        event.get_template(request),
        {
            **event.get_context(request),
            "registration_form": form,
            "registration_error": error,
            "registration_state": state,
            "places_left": event.places_left(),
            "times": event.local_times(),
        },
        status=200,
    )


def registration_received_view(event, request):
    """After a sign-up: the same neutral page whether the address was new or already
    registered (the private link to the registration goes by e-mail only)."""
    return TemplateResponse(
        request,
        "events/registration_received.html",
        {
            **event.get_context(request),
            "routable_subpath": "registered/",
            "times": event.local_times(),
        },
    )


def registration_status_view(event, request, token: str):
    """A registrant's own page (reached through the unguessable token in their e-mail):
    status, event details and a cancel button (POST only, so link scanners cannot cancel)."""
    registration = (
        Registration.objects.select_related("event")
        .filter(
            token=token, event__translation_key=event.translation_key, anonymised_at__isnull=True
        )
        .first()
    )
    if registration is None:
        raise Http404
    cancelled_now = ended = False
    if request.method == "POST" and request.POST.get("action") == "cancel":
        try:
            promoted = registration_service.cancel(registration)
        except registration_service.EventEnded:
            ended = True
        else:
            for person in promoted:
                send_registration_email(person, _base_url(request), promoted=True)
            registration.refresh_from_db()
            cancelled_now = True
    return TemplateResponse(
        request,
        "events/registration_status.html",
        {
            **event.get_context(request),
            "registration": registration,
            "cancelled_now": cancelled_now,
            "ended": ended,
            "times": event.local_times(),
            "routable_subpath": f"registration/{token}/",
        },
    )
