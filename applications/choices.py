"""The vocabularies of the intake form, each with its legal source.

EU: Regulation (EU) No 608/2013 (Arts. 2–6) and the application-for-action form in Annex I to
Implementing Regulation (EU) No 1352/2013 as amended by (EU) 2018/582 and (EU) 2020/2035.
China: Regulations of the PRC on Customs Protection of IPR (State Council Order No. 395), Arts. 2
and 7, and the GACC Implementing Measures (GACC Order No. 183 as amended by No. 240), Art. 2.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationType(models.TextChoices):
    """Box 2 of the EU form, plus the Chinese recordation (备案)."""

    EU_NATIONAL = "eu_national", _("EU national application (one Member State)")
    EU_UNION = "eu_union", _("EU Union application (several Member States)")
    EU_NATIONAL_EX_OFFICIO = (
        "eu_ex_officio",
        _("EU national application after an ex officio detention (Art. 5(3))"),
    )
    CN_RECORDATION = "cn_recordation", _("China customs recordation (备案)")


EU_TYPES = {
    ApplicationType.EU_NATIONAL,
    ApplicationType.EU_UNION,
    ApplicationType.EU_NATIONAL_EX_OFFICIO,
}


class Jurisdiction(models.TextChoices):
    EU = "eu", _("European Union")
    CN = "cn", _("China")


def jurisdiction_of(application_type: str) -> str:
    """``"eu"`` or ``"cn"`` for an :class:`ApplicationType` value."""
    return (
        Jurisdiction.CN if application_type == ApplicationType.CN_RECORDATION else Jurisdiction.EU
    )


class RequestKind(models.TextChoices):
    """A first application, or an extension (EU, Reg. 608/2013 Art. 12) / renewal (China,
    Regulations Art. 10) of an existing decision or recordation."""

    NEW = "new", _("New application")
    EXTENSION = "extension", _("Extension or renewal of an existing one")


class ApplicantStatus(models.TextChoices):
    """Box 3 of the EU form, following Reg. 608/2013 Art. 3. China accepts only the right
    holder (licensees cannot record in their own name: GACC Measures Art. 2)."""

    RIGHT_HOLDER = "right_holder", _("Right holder")
    COLLECTIVE_BODY = "collective_body", _("Collective rights management body")
    DEFENCE_BODY = "defence_body", _("Professional defence body")
    GI_GROUP = "gi_group", _("Group or operator entitled to a geographical indication")
    LICENSEE = "licensee", _("Person authorised to use the right (licensee)")
    EXCLUSIVE_LICENSEE = "exclusive_licensee", _("Exclusive licensee (two or more Member States)")


class RightType(models.TextChoices):
    """Box 5 of the EU form. Chinese customs protect trade marks, copyright and related rights
    and patents only (Regulations Art. 2)."""

    EU_TRADE_MARK = "eu_trade_mark", _("EU trade mark")
    NATIONAL_TRADE_MARK = "national_trade_mark", _("National trade mark")
    INTERNATIONAL_TRADE_MARK = "international_trade_mark", _("International registered trade mark")
    COMMUNITY_DESIGN = "community_design", _("Community design")
    NATIONAL_DESIGN = "national_design", _("National or international design")
    COPYRIGHT = "copyright", _("Copyright and related rights")
    UNION_GI = "union_gi", _("Geographical indication protected in the Union")
    NATIONAL_GI = "national_gi", _("National geographical indication")
    PATENT = "patent", _("Patent")
    SPC = "spc", _("Supplementary protection certificate")
    UTILITY_MODEL = "utility_model", _("Utility model")
    COMMUNITY_PLANT_VARIETY = "community_plant_variety", _("Community plant variety right")
    NATIONAL_PLANT_VARIETY = "national_plant_variety", _("National plant variety right")
    SEMICONDUCTOR_TOPOGRAPHY = "semiconductor_topography", _("Semiconductor topography")
    TRADE_NAME = "trade_name", _("Trade name protected as an exclusive right")


#: Rights with Union-wide effect: the only ones a Union application may cover
#: (Reg. 608/2013 Art. 4; TAXUD "Defend your rights").
UNION_WIDE_RIGHTS = {
    RightType.EU_TRADE_MARK,
    RightType.COMMUNITY_DESIGN,
    RightType.UNION_GI,
    RightType.COMMUNITY_PLANT_VARIETY,
}

#: Rights Chinese customs protect (Regulations Art. 2): trade mark, copyright, patent.
CHINA_RIGHTS = {
    RightType.NATIONAL_TRADE_MARK,
    RightType.INTERNATIONAL_TRADE_MARK,
    RightType.COPYRIGHT,
    RightType.PATENT,
}

#: Coarse groups of right types, for the metrics ("by right type").
RIGHT_GROUPS = {
    RightType.EU_TRADE_MARK: "trade_mark",
    RightType.NATIONAL_TRADE_MARK: "trade_mark",
    RightType.INTERNATIONAL_TRADE_MARK: "trade_mark",
    RightType.COMMUNITY_DESIGN: "design",
    RightType.NATIONAL_DESIGN: "design",
    RightType.COPYRIGHT: "copyright",
    RightType.UNION_GI: "geographical_indication",
    RightType.NATIONAL_GI: "geographical_indication",
    RightType.PATENT: "patent",
    RightType.SPC: "patent",
    RightType.UTILITY_MODEL: "utility_model",
    RightType.COMMUNITY_PLANT_VARIETY: "plant_variety",
    RightType.NATIONAL_PLANT_VARIETY: "plant_variety",
    RightType.SEMICONDUCTOR_TOPOGRAPHY: "semiconductor_topography",
    RightType.TRADE_NAME: "trade_name",
}


class MemberState(models.TextChoices):
    """Box 6 of the EU form: the 27 Member States, plus Northern Ireland (added by
    Implementing Regulation (EU) 2020/2035). ISO 3166-1 alpha-2 codes; XI = Northern Ireland."""

    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    HR = "HR", _("Croatia")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    DE = "DE", _("Germany")
    GR = "GR", _("Greece")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IT = "IT", _("Italy")
    LV = "LV", _("Latvia")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SK = "SK", _("Slovakia")
    SI = "SI", _("Slovenia")
    ES = "ES", _("Spain")
    SE = "SE", _("Sweden")
    XI = "XI", _("United Kingdom (Northern Ireland)")


class ContactLanguage(models.TextChoices):
    """Languages in which customs may contact the applicant's representatives."""

    ZH = "zh", _("Chinese")
    EN = "en", _("English")
    FR = "fr", _("French")
    DE = "de", _("German")
    IT = "it", _("Italian")
    ES = "es", _("Spanish")
    NL = "nl", _("Dutch")
    PL = "pl", _("Polish")
    PT = "pt", _("Portuguese")
    OTHER = "other", _("Another EU official language")


class Currency(models.TextChoices):
    EUR = "EUR", _("euro (EUR)")
    CNY = "CNY", _("renminbi (CNY)")
    USD = "USD", _("US dollar (USD)")
