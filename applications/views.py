"""Public views of the application page (confirmation, status, draft resume) and the
rate-limit answer."""

import uuid

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .forms import StatusMessageForm
from .models import Application, ApplicationMessage, Attachment, Draft, Status
from .submission import attach, remove_tmp
from .wizard import limited, wizard_session_key


def _application(token: str) -> Application:
    application = Application.objects.filter(token=token[:64], anonymised_at__isnull=True).first()
    if application is None:
        raise Http404
    return application


def confirmation_view(page, request, token):
    """The receipt page after submitting: reference, next steps, official filing link."""
    application = _application(token)
    return TemplateResponse(
        request,
        "applications/confirmation.html",
        {
            "page": page,
            "self": page,
            "application": application,
            "filing_url": page.filing_url(application.application_type),
            "status_url": page.url + page.reverse_subpage("status", args=[application.token]),
        },
    )


def status_view(page, request, token):
    """The applicant's status page: status, history, own messages; and a reply form (message
    and documents) while the application is open. Internal notes are never shown."""
    application = _application(token)
    form = None
    status_code = 200
    sent = request.GET.get("sent") == "1"
    if not application.is_closed:
        if request.method == "POST":
            form = StatusMessageForm(
                request.POST, request.FILES, upload_errors=getattr(request, "upload_errors", {})
            )
            if form.is_valid() and limited(
                request, "applications.reply", settings.APPLICATION_RATE_LIMIT
            ):
                form.add_error(
                    None,
                    _(
                        "We received many messages from your network in a short time. "
                        "Your message is still here: please send it again in an hour."
                    ),
                )
                status_code = 429
            elif form.is_valid():
                uploads = form.stored_uploads()
                with transaction.atomic():
                    ApplicationMessage.objects.create(
                        application=application, text=form.cleaned_data["text"]
                    )
                    paths = [
                        attach(application, upload, Attachment.Kind.REPLY) for upload in uploads
                    ]
                    transaction.on_commit(lambda: remove_tmp(paths))
                url = page.url + page.reverse_subpage("status", args=[application.token])
                return HttpResponseRedirect(f"{url}?sent=1")
        else:
            form = StatusMessageForm()
    return TemplateResponse(
        request,
        "applications/status.html",
        {
            "page": page,
            "self": page,
            "application": application,
            "history": application.public_history(),
            "messages_sent": application.messages.all(),
            "replies": application.attachments.filter(kind=Attachment.Kind.REPLY),
            "form": form,
            "sent": sent,
            "information_requested": application.status == Status.INFORMATION_REQUESTED,
            "filing_url": page.filing_url(application.application_type),
        },
        status=status_code,
    )


def resume_draft_view(page, request, token):
    """Load a saved draft into this browser's form and continue where it stopped. Expired or
    unknown links get a page that says so (and a link to start again)."""
    draft = Draft.objects.filter(token=token[:64], expires_at__gt=timezone.now()).first()
    if draft is None:
        return TemplateResponse(
            request, "applications/draft_expired.html", {"page": page, "self": page}, status=404
        )
    data = dict(draft.data)
    # A fresh submission key per resume: two browsers resuming one draft send two
    # applications rather than one silently swallowing the other's changes. The draft goes
    # once either is sent.
    data["extra_data"] = {"submission_key": uuid.uuid4().hex, "draft": draft.token}
    request.session[wizard_session_key(page)] = data
    return HttpResponseRedirect(f"{page.url}?continue=1")


def rate_limited(request, exception):
    """django-ratelimit's answer (``RATELIMIT_VIEW``) for views decorated with it: a 429 page
    in the page's language. (The application form and the status page answer their own
    limits, keeping what was typed.)"""
    return TemplateResponse(
        request, "applications/rate_limited.html", {"continue_url": ""}, status=429
    )
