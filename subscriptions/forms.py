"""The subscribe form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.text import strip_control_characters


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={"invalid": _("Enter a valid e-mail address, e.g. name@example.com.")},
    )
    guidance = forms.BooleanField(label=_("Guidance updates"), required=False)
    news = forms.BooleanField(label=_("News"), required=False)
    events = forms.BooleanField(label=_("Events"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the portal stores my address to send me these updates "
            "until I unsubscribe."
        ),
        error_messages={"required": _("Please agree to the privacy notice to subscribe.")},
    )
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_email(self):
        return strip_control_characters(self.cleaned_data["email"], keep="").strip().lower()

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean(self):
        data = super().clean()
        if not any(data.get(topic) for topic in ("guidance", "news", "events")):
            raise forms.ValidationError(_("Choose at least one topic."))
        return data
