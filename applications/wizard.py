"""The six-step intake form (django-formtools' session wizard), served by ``ApplicationPage``.

Beyond the stock wizard:

* Going back, jumping to a step from the review, "add another right", and "save and continue
  later" all keep what was typed on the current step, even if it does not validate yet; the
  review step revalidates everything before anything is saved.
* Uploads are checked and stored as soon as they arrive (``applications.uploads``); steps keep
  signed references, so no file is lost when a step fails or a draft is resumed.
* The final submit is rate-limited per client (django-ratelimit) and idempotent: the review
  form carries a submission key, and a second submit with the same key shows the first result.
"""

import re
import uuid

from django.conf import settings
from django.forms.utils import ErrorDict, ErrorList
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from django_ratelimit.core import is_ratelimited
from formtools.wizard.views import SessionWizardView

from portal.auth import client_ip
from portal.text import strip_control_characters

from .choices import ApplicationType, Jurisdiction, jurisdiction_of
from .forms import (
    CN_UNDERTAKINGS,
    EU_UNDERTAKINGS,
    KEEP,
    MAX_GOODS,
    MAX_RIGHTS,
    ApplicantForm,
    ContactsForm,
    GoodsFormSet,
    ReviewForm,
    RightFormSet,
    SaveDraftForm,
    TypeForm,
)
from .models import Application, Draft
from .uploads import MAX_TOTAL_BYTES, StoredUpload

FORMS = [
    ("type", TypeForm),
    ("applicant", ApplicantForm),
    ("rights", RightFormSet),
    ("goods", GoodsFormSet),
    ("contacts", ContactsForm),
    ("review", ReviewForm),
]
ROW_LIMITS = {"rights": MAX_RIGHTS, "goods": MAX_GOODS}


SUBMISSION_KEY = re.compile(r"^[0-9a-f]{32}$")


def client_key(group, request) -> str:
    """The rate-limit key: the client's address as ``portal.auth.client_ip`` reads it (behind
    ``TRUSTED_PROXY_COUNT`` proxies, from X-Forwarded-For), never the proxy's."""
    return client_ip(request)


def limited(request, group: str, rate: str) -> bool:
    """Count one request of ``group`` for this client; True once ``rate`` is exceeded."""
    return is_ratelimited(
        request, group=group, key=client_key, rate=rate, method="POST", increment=True
    )


def clean_value(value):
    """Form values as they may be stored: no NUL or other control characters (except tab and
    line breaks), which PostgreSQL's JSON and spreadsheet exports refuse."""
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    return strip_control_characters(value, KEEP) if isinstance(value, str) else value


def wizard_session_key(page) -> str:
    """The session key under which formtools keeps this page's wizard data."""
    return f"wizard_application_{page.pk}"


class ApplicationWizard(SessionWizardView):
    form_list = FORMS
    template_name = "applications/application_step.html"

    # --- set-up ---------------------------------------------------------------------------
    def dispatch(self, request, *args, page=None, extend_token=None, **kwargs):
        self.page = page
        self.extend_token = extend_token
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"application_{self.page.pk}"

    def get(self, request, *args, **kwargs):
        if request.GET.get("continue") and self.storage.data.get("step_data"):
            return self.render(self._bound_form(self.steps.current))
        self.storage.reset()
        self.storage.current_step = self.steps.first
        self.storage.extra_data = {"submission_key": uuid.uuid4().hex}
        if self.extend_token:
            prefill_extension(self.storage, self.extend_token)
            return self.render(self._bound_form(self.steps.first))
        return self.render(self.get_form())

    def _bound_form(self, step):
        data = self.storage.get_step_data(step)
        return self.get_form(step, data=data) if data is not None else self.get_form(step)

    def application_type(self):
        data = self.storage.get_step_data("type") or {}
        value = data.get("type-application_type")
        return value if value in ApplicationType.values else None

    def get_form_kwargs(self, step=None):
        kwargs = {"application_type": self.application_type()}
        if self.request.method == "POST" and step == self.steps.current:
            kwargs["upload_errors"] = getattr(self.request, "upload_errors", {})
        return kwargs

    def get_form_initial(self, step):
        if step == "review":
            return {"submission_key": self.storage.extra_data.get("submission_key", "")}
        return super().get_form_initial(step)

    # --- posting --------------------------------------------------------------------------
    def post(self, *args, **kwargs):
        request = self.request
        key = request.POST.get("review-submission_key", "")
        if SUBMISSION_KEY.match(key):
            done = Application.objects.filter(submission_key=key).first()
            if done is not None:  # a second click, a refresh, a retry after a timeout
                return HttpResponseRedirect(self.submitted_url(done))
        if not self.storage.data.get("extra_data", {}).get("submission_key"):
            # The session expired or never began: start again rather than fail.
            posted_step = request.POST.get(f"{self.get_prefix(request)}-current_step")
            if posted_step != self.steps.first or "wizard_goto_step" in request.POST:
                self.storage.reset()
                self.storage.current_step = self.steps.first
                self.storage.extra_data = {"submission_key": uuid.uuid4().hex}
                return self.render(self.get_form(), session_expired=True)
            self.storage.extra_data = {"submission_key": uuid.uuid4().hex}
        step = request.POST.get(f"{self.get_prefix(request)}-current_step", self.steps.current)
        if step not in self.get_form_list():
            # A tampered or outdated form: show the step the session is on, nothing lost.
            return self.render(self._bound_form(self.steps.current))
        self.storage.current_step = step
        if "add_row" in request.POST and step in ROW_LIMITS:
            return self.render_added_row(step)
        if "save_draft" in request.POST:
            if limited(request, "applications.draft", settings.APPLICATION_RATE_LIMIT):
                self.keep_current(step)
                return self.rate_limited_response()
            return self.save_draft(step)
        return super().post(*args, **kwargs)

    def rate_limited_response(self):
        return TemplateResponse(
            self.request,
            "applications/rate_limited.html",
            {"page": self.page, "self": self.page, "continue_url": f"{self.page.url}?continue=1"},
            status=429,
        )

    def keep_current(self, step):
        """Bind the current step to the POST, validate it (which stores accepted uploads), and
        keep its data whatever the outcome. Returns the bound form."""
        data = self.request.POST.copy()
        for key_ in list(data):
            data.setlist(key_, clean_value(data.getlist(key_)))
        form = self.get_form(step, data=data, files=self.request.FILES)
        form.is_valid()
        self.storage.set_step_data(step, form.data)
        return form

    def render_goto_step(self, goto_step, **kwargs):
        current = self.storage.current_step
        if (
            current in self.get_form_list()
            and f"{self.get_prefix(self.request)}-current_step" in self.request.POST
        ):
            self.keep_current(current)
        return super().render_goto_step(goto_step, **kwargs)

    def render_added_row(self, step):
        form = self.keep_current(step)
        data = form.data.copy()
        total_key = f"{step}-TOTAL_FORMS"
        try:
            total = int(data.get(total_key, 1))
        except ValueError:
            total = 1
        data[total_key] = str(min(total + 1, ROW_LIMITS[step]))
        self.storage.set_step_data(step, data)
        fresh = self.get_form(step, data=data)
        fresh.full_clean()
        # A row just added is not an error: show the rows without messages until the next submit.
        for row in fresh.forms:
            row._errors = ErrorDict()
        fresh._errors = [row._errors for row in fresh.forms]
        fresh._non_form_errors = ErrorList()
        return self.render(fresh)

    def save_draft(self, step):
        form = self.keep_current(step)
        draft_form = SaveDraftForm(self.request.POST)
        if not draft_form.is_valid():
            return self.render(form, draft_form=draft_form, draft_failed=True)
        from .emails import send_draft_email

        draft = Draft.objects.create(
            email=draft_form.cleaned_data["draft_email"],
            language=get_language(),
            data=self.storage.data,
        )
        sent = send_draft_email(draft, self.page, self.request.build_absolute_uri("/")[:-1])
        return TemplateResponse(
            self.request,
            "applications/draft_saved.html",
            {"page": self.page, "self": self.page, "draft": draft, "sent": sent},
        )

    def process_step(self, form):
        data = form.data.copy()
        for key_ in list(data):
            data.setlist(key_, clean_value(data.getlist(key_)))
        return data

    def process_step_files(self, form):
        return {}  # uploads are already stored; steps keep signed references

    def render_revalidation_failure(self, step, form, **kwargs):
        self.storage.current_step = step
        return self.render(form, revalidation_failed=True, **kwargs)

    # --- rendering ------------------------------------------------------------------------
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        application_type = self.application_type()
        context.update(
            page=self.page,
            self=self.page,
            step_titles=[(name, str(cls.title)) for name, cls in FORMS],
            step_title=str(dict(FORMS)[self.steps.current].title),
            application_type=application_type,
            jurisdiction=jurisdiction_of(application_type) if application_type else None,
            undertakings=CN_UNDERTAKINGS
            if application_type and jurisdiction_of(application_type) == Jurisdiction.CN
            else EU_UNDERTAKINGS,
            draft_form=kwargs.get("draft_form") or SaveDraftForm(),
            is_formset=self.steps.current in ROW_LIMITS,
            row_limit=ROW_LIMITS.get(self.steps.current),
        )
        if self.steps.current == "review":
            context.update(self.review_context())
        return context

    def review_context(self) -> dict:
        """Everything entered, step by step, and what is still missing or wrong (the same
        validation the submit runs)."""
        sections, missing, total_bytes = [], [], 0
        for name, form_class in FORMS[:-1]:
            data = self.storage.get_step_data(name)
            form = self.get_form(name, data=data) if data is not None else None
            title = str(form_class.title)
            if form is None:
                missing.append((name, title, [_("This step has not been filled in yet.")]))
                sections.append({"name": name, "title": title, "rows": []})
                continue
            valid = form.is_valid()
            if not valid:
                missing.append((name, title, error_messages(form)))
            sections.append({"name": name, "title": title, "rows": summary_rows(form)})
            uploads = form.stored_uploads() if valid else []
            total_bytes += sum(u.size for u in uploads)
        if total_bytes > MAX_TOTAL_BYTES:
            missing.append(
                (
                    "review",
                    _("Attachments"),
                    [
                        _(
                            "The files together are larger than 30 MB. "
                            "Remove or compress some of them."
                        )
                    ],
                )
            )
        return {"sections": sections, "missing": missing}

    def render_done(self, form, **kwargs):
        """Validate every step once more (as formtools does) and the 30 MB total; anything
        wrong shows the review with its list of what is missing, nothing is saved."""
        final_forms = {}
        for step in self.get_form_list():
            step_form = self.get_form(
                step=step,
                data=self.storage.get_step_data(step),
                files=self.storage.get_step_files(step),
            )
            if not step_form.is_valid():
                return self.render(form, **kwargs)
            final_forms[step] = step_form
        total = sum(u.size for f in final_forms.values() for u in f.stored_uploads())
        if total > MAX_TOTAL_BYTES:
            return self.render(form, **kwargs)
        # Only complete submissions count towards the limit; retries of one are answered
        # above (same key) before they get here.
        if limited(self.request, "applications.submit", settings.APPLICATION_RATE_LIMIT):
            return self.rate_limited_response()
        response = self.done(list(final_forms.values()), form_dict=final_forms, **kwargs)
        self.storage.reset()
        return response

    def done(self, form_list, form_dict=None, **kwargs):
        from .emails import send_confirmation_email
        from .submission import submit

        application, created = submit(
            page=self.page,
            language=get_language(),
            forms=form_dict,
            submission_key=self.storage.extra_data["submission_key"],
            draft_token=self.storage.extra_data.get("draft", ""),
        )
        if created:
            # The page that was just submitted is the application page in the applicant's
            # language (``language`` above is the language it is served in).
            send_confirmation_email(
                application,
                self.request.build_absolute_uri("/")[:-1],
                page=self.page,
                request=self.request,
            )
        return HttpResponseRedirect(self.submitted_url(application))

    def submitted_url(self, application) -> str:
        """The confirmation page of ``application`` (site-relative)."""
        return self.page.get_url(self.request) + self.page.reverse_subpage(
            "submitted", args=[application.token]
        )


def error_messages(form) -> list[str]:
    """Flat list of "Label: message" for a form or formset, for the review step."""
    messages = []
    forms_ = form.forms if hasattr(form, "forms") else [form]
    for index, row in enumerate(forms_, start=1):
        for field, errors in row.errors.items():
            label = row.fields[field].label if field in row.fields else ""
            prefix = f"{row.row_label} {index} – " if hasattr(form, "forms") else ""
            for error in errors:
                messages.append(f"{prefix}{label}: {error}" if label else f"{prefix}{error}")
    if hasattr(form, "non_form_errors"):
        messages.extend(str(e) for e in form.non_form_errors())
    return messages


def summary_rows(form) -> list:
    """(label, value) pairs of what a valid or invalid step holds, for the review."""
    rows = []
    forms_ = form.forms if hasattr(form, "forms") else [form]
    for index, row in enumerate(forms_, start=1):
        if hasattr(form, "forms"):
            if row.cleaned_data.get("DELETE") if hasattr(row, "cleaned_data") else False:
                continue
            rows.append((None, f"{row.row_label} {index}"))
        for name, field in row.fields.items():
            if name in ("website", "submission_key", "DELETE", "accept_privacy"):
                continue
            bound = row[name]
            value = (getattr(row, "cleaned_data", None) or {}).get(name, None)
            if value is None:
                raw = bound.value()
                if isinstance(raw, tuple):  # an upload field: (new file, signed kept file)
                    raw = StoredUpload.from_signed(raw[1]) if raw[1] else None
                value = raw
            rows.append((field.label, display_value(field, value)))
    return rows


def display_value(field, value) -> str:
    if isinstance(value, StoredUpload):
        return value.name
    if value in (None, "", [], ()):
        return "—"
    choices = dict(getattr(field, "choices", []) or [])
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list | tuple):
        return pgettext("list separator", ", ").join(str(choices.get(v, v)) for v in value)
    return str(choices.get(value, value))


def prefill_extension(storage, token: str) -> None:
    """Fill the wizard from an earlier application (the renewal reminder's link): same type,
    marked as an extension/renewal of its official number, same applicant, rights and goods.
    Attachments are not copied. Unknown tokens start an empty form."""
    from .prefill import extension_data

    application = Application.objects.filter(token=token[:64]).first()
    if application is None or application.anonymised_at:
        return
    for step, data in extension_data(application).items():
        storage.set_step_data(step, data)


def application_wizard(request, page, extend_token=None):
    return ApplicationWizard.as_view()(request, page=page, extend_token=extend_token)
