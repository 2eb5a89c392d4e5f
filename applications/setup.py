"""Idempotent loader of the application page (EN + zh-hans through wagtail-localize)."""

from django.db import transaction

from wagtail.models import Locale

from home.models import HomePage
from portal.content import ensure_translated_page

from .models import ApplicationPage

PAGE = {
    "slug": "apply",
    "en": {
        "title": "Apply for customs action",
        "seo_title": "",
        "search_description": "Prepare an EU application for action or a China customs recordation; customs staff review it with you before you file it in the official system.",
        "intro": (
            "<p>Use this form to prepare an <b>EU application for action</b> (national or Union) or a "
            "<b>China customs recordation</b> (备案), or to extend or renew one. It follows the "
            "official forms step by step and takes about 30 minutes; you can save it and continue "
            "later.</p>"
            "<ul><li>In the EU, customs decide within 30 working days of receiving a complete "
            "application, and a decision lasts up to one year (Regulation (EU) No 608/2013, Arts. 9 "
            "and 11). Filing and extending cost nothing.</li>"
            "<li>In China, the GACC decides within 30 working days of receiving all documents, and a "
            "recordation lasts ten years (Regulations on Customs Protection of IPR, Arts. 8 and 10). "
            "The fee has been suspended since 1 November 2015.</li></ul>"
            "<p>Have ready: your identifiers (EORI, VAT or national registration number; or your "
            "unified social credit code in China), your registration certificates, and what lets "
            "customs tell your genuine goods from fakes.</p>"
        ),
        "privacy_notice": (
            "<p>The data you enter is used only to review your application and to help you file it "
            "with customs. Only the portal's application reviewers can see it; attachments are "
            "never public.</p>"
            "<p>Drafts are deleted 30 days after saving. Once an application is closed (and, if "
            "accepted, its decision has expired), its personal data and attachments are deleted "
            "after the retention period; only anonymous figures (dates, type of application and "
            "right, SME or not, outcome) are kept for the evaluation of the EU–China cooperation.</p>"
            "<p>To see, correct or delete your data, write to the portal editors using the contact "
            "in the footer, quoting your reference.</p>"
        ),
    },
    "zh": {
        "title": "申请海关保护",
        "seo_title": "",
        "search_description": "准备欧盟海关执法申请或中国海关知识产权备案申请；海关工作人员会先与您一起审核，再由您在官方系统中正式提交。",
        "intro": (
            "<p>您可以通过本表格准备<b>欧盟海关执法申请</b>（成员国申请或欧盟申请）或"
            "<b>中国海关知识产权备案</b>，也可以申请延期或续展。表格按官方申请表逐步填写，"
            "约需30分钟；您可以保存草稿，稍后继续。</p>"
            "<ul><li>在欧盟，海关在收到完整申请之日起30个工作日内作出决定，决定的有效期最长为一年"
            "（第608/2013号条例第9条和第11条）。提交和延期均不收费。</li>"
            "<li>在中国，海关总署在收到全部申请文件之日起30个工作日内作出决定，备案有效期为十年"
            "（《知识产权海关保护条例》第八条、第十条）。自2015年11月1日起暂停收取备案费。</li></ul>"
            "<p>请事先准备好：您的识别号码（EORI号码、增值税号或国家注册号；在中国为统一社会信用代码）、"
            "权利注册证书，以及能够帮助海关区分正品与侵权商品的信息。</p>"
        ),
        "privacy_notice": (
            "<p>您填写的数据仅用于审核您的申请并协助您向海关提交。只有本门户的申请审核人员能够查看；"
            "附件绝不公开。</p>"
            "<p>草稿在保存30天后删除。申请办结后（如申请获批，则在决定有效期届满后），其个人数据和附件"
            "在保存期限届满后删除；仅保留匿名统计数据（日期、申请和权利类型、是否为中小企业、结果），"
            "用于评估中欧海关合作。</p>"
            "<p>如需查阅、更正或删除您的数据，请通过页脚中的联系方式致函门户编辑，并注明您的申请编号。</p>"
        ),
    },
}


@transaction.atomic
def load_application_page(log=print) -> ApplicationPage:
    """Create the application page under the home page, with its Chinese translation."""
    en = Locale.objects.get(language_code="en")
    zh = Locale.objects.get(language_code="zh-hans")
    home = HomePage.objects.get(locale=en, depth=2)
    return ensure_translated_page(ApplicationPage, home, PAGE, en, zh, log, show_in_menus=True)
