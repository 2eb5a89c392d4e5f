"""Django's own form messages, reworded for this portal so that both languages read well.

Django's Simplified Chinese catalogue has a few messages that read as developer wording or use
half-width punctuation (e.g. "确保该变量包含不超过 60 字符 (目前字符数 5000)。"). Listing the
same message ids here puts them in the portal's catalogue (``locale/``, which comes first in
``LOCALE_PATHS``), where they have proper translations. Nothing imports this module at run
time; ``makemessages`` reads it.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
]

PLURAL_MESSAGES = [
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure that there are no more than %(max)s digit in total.",
        "Ensure that there are no more than %(max)s digits in total.",
        "max",
    ),
    ngettext_lazy(
        "Ensure that there are no more than %(max)s decimal place.",
        "Ensure that there are no more than %(max)s decimal places.",
        "max",
    ),
    ngettext_lazy(
        "Please submit at least %(num)d form.", "Please submit at least %(num)d forms.", "num"
    ),
    ngettext_lazy(
        "Please submit at most %(num)d form.", "Please submit at most %(num)d forms.", "num"
    ),
]
