"""The right holder's deadlines after customs notify a detention or suspected infringement.

All periods here are **working days**: Monday to Friday. Public holidays of the customs office
are *not* known to this module and are not skipped — the page tells the reader to check them,
as each EU Member State and China has its own. The notification day itself is not counted; the
period starts on the next working day.

Sources (articles as given in the reference material, ``shared/reference/domain-facts.md``):
- EU: Regulation (EU) No 608/2013, Arts 18, 23 and 26.
- China: Regulations of the PRC on Customs Protection of IPR
  (《中华人民共和国知识产权海关保护条例》), Arts 16, 20 and 24; GACC Implementing Measures,
  Arts 21–22.
"""

import datetime
import unicodedata
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule

WORKING_WEEKDAYS = (MO, TU, WE, TH, FR)


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """Return the date ``days`` working days (Mon–Fri) after ``start``.

    ``start`` itself is not counted. Public holidays are not skipped. ``days`` must be ≥ 1;
    raises ValueError otherwise.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    following = start + datetime.timedelta(days=1)
    return rrule(DAILY, dtstart=following, byweekday=WORKING_WEEKDAYS, count=days)[-1].date()


@dataclass(frozen=True)
class Deadline:
    """One thing the right holder must do by ``due`` (a calendar date, no time of day)."""

    action: str
    due: datetime.date
    working_days: int
    legal_basis: str
    note: str = ""


class Procedure:
    EU_STANDARD = "eu_standard"
    EU_PERISHABLE = "eu_perishable"
    EU_EX_OFFICIO = "eu_ex_officio"
    EU_SMALL_CONSIGNMENT = "eu_small_consignment"
    CN_EX_OFFICIO = "cn_ex_officio"
    CN_ON_APPLICATION = "cn_on_application"

    CHOICES = [
        (
            _("European Union (Regulation (EU) No 608/2013)"),
            [
                (EU_STANDARD, _("Goods detained under your granted application for action")),
                (EU_PERISHABLE, _("Perishable goods detained under your application")),
                (EU_EX_OFFICIO, _("Goods detained ex officio (you have no application)")),
                (
                    EU_SMALL_CONSIGNMENT,
                    _("Small consignment: the declarant objected to destruction"),
                ),
            ],
        ),
        (
            _("China (Regulations on Customs Protection of IPR)"),
            [
                (CN_EX_OFFICIO, _("Ex officio: customs notified you of suspected goods")),
                (CN_ON_APPLICATION, _("On application: customs detained goods at your request")),
            ],
        ),
    ]


def deadlines_for(procedure: str, notified_on: datetime.date) -> list[Deadline]:
    """List the right holder's deadlines for ``procedure`` counted from ``notified_on``.

    ``procedure`` is one of the :class:`Procedure` codes; raises KeyError for any other.
    """
    wd = add_working_days
    rules = {
        Procedure.EU_STANDARD: [
            Deadline(
                _(
                    "Confirm in writing that your right is infringed and agree to destruction, "
                    "or start court proceedings; otherwise the goods are released"
                ),
                wd(notified_on, 10),
                10,
                _("Regulation (EU) No 608/2013, Art. 23(1) and (3)"),
            ),
            Deadline(
                _("Latest date if customs grant the extension you asked for, in justified cases"),
                wd(notified_on, 20),
                20,
                _("Regulation (EU) No 608/2013, Art. 23(4): extension of up to 10 working days"),
                _("Ask before the first period ends; customs decide whether to extend."),
            ),
        ],
        Procedure.EU_PERISHABLE: [
            Deadline(
                _(
                    "Confirm the infringement and agree to destruction, or start court "
                    "proceedings; this period cannot be extended"
                ),
                wd(notified_on, 3),
                3,
                _("Regulation (EU) No 608/2013, Art. 23(1) and (4)"),
            ),
        ],
        Procedure.EU_EX_OFFICIO: [
            Deadline(
                _(
                    "Lodge a national application for action (Art. 5(3)); otherwise the goods "
                    "are released"
                ),
                wd(notified_on, 4),
                4,
                _("Regulation (EU) No 608/2013, Art. 18"),
                _("Once the application is granted, the destruction deadlines of Art. 23 apply."),
            ),
        ],
        Procedure.EU_SMALL_CONSIGNMENT: [
            Deadline(
                _(
                    "After customs tell you the declarant objected: confirm the infringement "
                    "or start court proceedings"
                ),
                wd(notified_on, 10),
                10,
                _("Regulation (EU) No 608/2013, Art. 26 and Art. 23"),
                _("The standard-procedure periods apply from the day customs inform you."),
            ),
        ],
        Procedure.CN_EX_OFFICIO: [
            Deadline(
                _(
                    "Apply for detention and provide security, or explain in writing why "
                    "detention is not needed; otherwise customs may not detain the goods"
                ),
                wd(notified_on, 3),
                3,
                _(
                    "Regulations on Customs Protection of IPR, Art. 16; GACC Implementing "
                    "Measures, Arts 21–22"
                ),
            ),
            Deadline(
                _("Customs should finish their investigation of the detained goods"),
                wd(notified_on, 30),
                30,
                _("Regulations on Customs Protection of IPR, Art. 20"),
                _(
                    "Counted from the date of detention; shown here as if the goods were "
                    "detained on the date you entered."
                ),
            ),
            Deadline(
                _(
                    "Obtain a court assistance notice if customs cannot establish infringement; "
                    "otherwise the goods are released"
                ),
                wd(notified_on, 50),
                50,
                _("Regulations on Customs Protection of IPR, Art. 24(2)"),
                _(
                    "Counted from the date of detention; shown here as if the goods were "
                    "detained on the date you entered."
                ),
            ),
        ],
        Procedure.CN_ON_APPLICATION: [
            Deadline(
                _(
                    "Obtain a court assistance notice (e.g. an order to stop the infringement "
                    "or to preserve property); otherwise the goods are released"
                ),
                wd(notified_on, 20),
                20,
                _("Regulations on Customs Protection of IPR, Art. 24(1)"),
                _("Counted from the date of detention."),
            ),
        ],
    }
    return rules[procedure]


class ISODateField(forms.DateField):
    """A date written year-month-day only (never the ambiguous 10/11/2026), the same in every
    language. Full-width digits and the Chinese form 2026年11月30日 are accepted too."""

    input_formats = ["%Y-%m-%d", "%Y年%m月%d日"]

    def to_python(self, value):
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value).strip().replace("/", "-").replace(" ", "")
        return super().to_python(value)


class DeadlineForm(forms.Form):
    """GET form of the deadline helper: a notification date and a procedure."""

    notified_on = ISODateField(
        label=_("Date customs notified you"),
        help_text=_("Format: YYYY-MM-DD."),
        # A text field, not type="date": browsers show their own date format in date inputs,
        # which contradicts the instruction and hides an impossible date the user typed.
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "placeholder": "2026-11-30", "autocomplete": "off"}
        ),
        error_messages={"invalid": _("Enter a real date in the form YYYY-MM-DD.")},
    )
    procedure = forms.ChoiceField(
        label=_("Situation"),
        choices=Procedure.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the situations listed.")},
    )

    MIN_DATE = datetime.date(2014, 1, 1)  # Regulation (EU) No 608/2013 applies from this date
    MAX_YEARS_AHEAD = 2

    def clean_notified_on(self):
        notified_on = self.cleaned_data["notified_on"]
        latest = datetime.date.today() + datetime.timedelta(days=365 * self.MAX_YEARS_AHEAD)
        if not self.MIN_DATE <= notified_on <= latest:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                params={"first": self.MIN_DATE.isoformat(), "last": latest.isoformat()},
            )
        return notified_on

    def deadlines(self) -> list[Deadline]:
        return deadlines_for(self.cleaned_data["procedure"], self.cleaned_data["notified_on"])
