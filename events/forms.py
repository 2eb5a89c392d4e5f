"""The registration form shown on an event page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from crispy_forms.helper import FormHelper

from .models import Registration


class RegistrationForm(forms.ModelForm):
    """Registration for one event. ``consent`` must be ticked; nothing is stored otherwise."""

    consent = forms.BooleanField(
        label=_(
            "I agree that the portal stores these details to manage my registration and deletes "
            "them after the retention period described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice to register.")},
    )
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Registration
        fields = [
            "name",
            "organisation",
            "email",
            "role",
            "is_sme",
            "country",
            "interpretation_needed",
            "needs",
        ]
        labels = {"is_sme": _("My organisation is a small or medium-sized enterprise (SME)")}
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "email": {"invalid": _("Enter a valid e-mail address, e.g. name@example.com.")}
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs["class"] = "visually-hidden-honeypot"

    def clean_website(self):
        # A honeypot: people never see or fill this field; simple bots do.
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean(self):
        data = super().clean()
        for name, value in list(data.items()):
            if isinstance(value, str):
                data[name] = "".join(
                    ch for ch in value if ch.isprintable() or ch in "\n\r\t"
                ).strip()
        data.pop("website", None)
        return data
