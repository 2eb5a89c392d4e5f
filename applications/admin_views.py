"""Reviewers' views in the Wagtail admin (registered by ``ApplicationViewSet``).

Every view checks the permission it needs: ``view_application`` to read, print and export,
``change_application`` to change the status or add notes, ``download_attachment`` to download
files. Files are always sent as downloads (``Content-Disposition: attachment``, the file name
RFC 6266-encoded so Chinese names survive) with ``X-Content-Type-Options: nosniff``.
"""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import resolve, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views.generic import InspectView
from wagtail.admin.widgets import HeaderButton
from wagtail.models import ModelLogEntry

from .export import as_json, form_boxes
from .models import Application, Attachment, InternalNote, Status
from .review import InvalidTransition, change_status


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"))
    # The status the reviewer saw: a change made from a stale page is refused.
    current_status = forms.CharField(widget=forms.HiddenInput)
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Shown on the applicant's status page. Do not put internal remarks here."
        ),
    )
    notify = forms.BooleanField(
        label=gettext_lazy("E-mail the applicant"), required=False, initial=True
    )
    valid_until = forms.DateField(
        label=gettext_lazy("Decision valid until (when accepted)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    official_number = forms.CharField(
        label=gettext_lazy("Number given by customs (when accepted)"), required=False, max_length=60
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (value, Status(value).label) for value in application.allowed_statuses()
        ]
        self.fields["current_status"].initial = application.status


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Internal note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _get(request, pk, permission="view_application") -> Application:
    if not request.user.has_perm(f"applications.{permission}"):
        raise PermissionDenied
    return get_object_or_404(Application, pk=pk)


class ApplicationInspectView(InspectView):
    template_name = "applications/admin/inspect.html"

    def get_page_subtitle(self):
        return self.object.reference

    @property
    def header_more_buttons(self):
        return [
            HeaderButton(
                _("Print view"),
                url=reverse("applications:print", args=[self.object.pk]),
                icon_name="doc-full",
            ),
            HeaderButton(
                _("JSON"),
                url=reverse("applications:json", args=[self.object.pk]),
                icon_name="download",
            ),
            *super().header_more_buttons,
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        user = self.request.user
        context.update(
            application=application,
            boxes=form_boxes(application),
            attachments=application.attachments.all(),
            applicant_messages=application.messages.all(),
            notes=application.notes.select_related("author"),
            history=ModelLogEntry.objects.filter(
                content_type__app_label="applications",
                content_type__model="application",
                object_id=str(application.pk),
            )
            .select_related("user")
            .order_by("-timestamp"),
            can_change=user.has_perm("applications.change_application"),
            can_download=user.has_perm("applications.download_attachment"),
            status_form=StatusForm(application=application)
            if application.allowed_statuses()
            else None,
            note_form=NoteForm(),
        )
        # A refused status change or note comes back here with what the reviewer typed.
        context.update(getattr(self.request, "portal_kept_forms", {}))
        return context


def _inspect_keeping(request, pk, **forms):
    """The detail view again, with ``forms`` (``status_form``, ``note_form``) in place of empty
    ones, so a refused change keeps what the reviewer typed; the error is in ``messages``."""
    request.portal_kept_forms = forms
    request.method = "GET"  # the detail view answers GET only
    match = resolve(reverse("applications:inspect", args=[pk]))
    return match.func(request, *match.args, **match.kwargs)


def change_status_view(request, pk):
    """POST: move the application to a new status (audit-logged; optionally e-mailed)."""
    application = _get(request, pk, "change_application")
    if request.method != "POST":
        return redirect("applications:inspect", pk)
    form = StatusForm(request.POST, application=application)
    if form.is_valid():
        data = form.cleaned_data
        try:
            change_status(
                application,
                data["status"],
                user=request.user,
                message=data["message"],
                notify=data["notify"],
                base_url=request.build_absolute_uri("/")[:-1],
                valid_until=data["valid_until"],
                official_number=data["official_number"],
                expected_status=data["current_status"],
            )
        except InvalidTransition:
            messages.error(
                request, _("Someone else changed the status meanwhile; nothing was changed.")
            )
            application.refresh_from_db()
            kept = {
                key: data[key] for key in ("message", "notify", "valid_until", "official_number")
            }
            fresh = StatusForm(initial=kept, application=application)
            return _inspect_keeping(
                request, pk, status_form=fresh if application.allowed_statuses() else None
            )
        else:
            messages.success(
                request,
                _("Status changed to “%(status)s”.") % {"status": Status(data["status"]).label},
            )
    else:
        messages.error(
            request,
            _("The status could not be changed: %(errors)s")
            % {"errors": "; ".join(str(e) for errors in form.errors.values() for e in errors)},
        )
        return _inspect_keeping(request, pk, status_form=form)
    return redirect("applications:inspect", pk)


def add_note_view(request, pk):
    """POST: add an internal note (never shown to the applicant)."""
    application = _get(request, pk, "change_application")
    if request.method == "POST":
        form = NoteForm(request.POST)
        if form.is_valid():
            InternalNote.objects.create(
                application=application, text=form.cleaned_data["text"], author=request.user
            )
            messages.success(request, _("Note added."))
        else:
            messages.error(request, _("The note is empty or too long."))
            return _inspect_keeping(request, pk, note_form=form)
    return redirect("applications:inspect", pk)


def print_view(request, pk):
    """The application in the order of the official form's boxes, styled for printing."""
    application = _get(request, pk)
    return TemplateResponse(
        request,
        "applications/admin/print.html",
        {
            "application": application,
            "boxes": form_boxes(application),
            "attachments": application.attachments.all(),
        },
    )


def json_view(request, pk):
    """The application as JSON (see :func:`applications.export.as_json`), as a download."""
    application = _get(request, pk)
    response = HttpResponse(
        json.dumps(as_json(application), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{application.reference}.json"'
    return response


def download_attachment_view(request, pk):
    """An attachment, always as a download, only for users with ``download_attachment``."""
    if not request.user.has_perm("applications.download_attachment"):
        raise PermissionDenied
    attachment = get_object_or_404(Attachment, pk=pk)
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
