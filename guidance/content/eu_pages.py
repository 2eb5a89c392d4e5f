"""Guidance content: EU customs enforcement of intellectual property rights.

Six bilingual (English / Simplified Chinese) guidance pages on customs enforcement of IPR in
the European Union under Regulation (EU) No 608/2013. The Chinese version of every page has
exactly the same block structure as the English version (see the content schema).

Facts are taken from the project's reference file (shared/reference/domain-facts.md, §1 and §5).
Items that the reference marks as uncertain are either left out or shown as "to be confirmed
against the official text" / “有待对照官方文本核实”. Nothing here is legal advice.
"""

IPEP_URL = "https://euipo.europa.eu/ipep/"
TAXUD_URL = (
    "https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/"
    "counterfeit-piracy-and-other-ipr-violations/defend-your-rights_en"
)

ALL_IPR_TYPES = [
    "trade_mark",
    "copyright",
    "design",
    "patent",
    "utility_model",
    "geographical_indication",
    "plant_variety",
    "semiconductor_topography",
]

LAST_REVIEWED = "2026-11-30"

PAGES = []

# ---------------------------------------------------------------------------
# 1. Overview
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-customs-enforcement-overview",
        "jurisdiction": "eu",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme"],
        "stage": "prepare",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-application-for-action",
            "eu-detention-and-destruction",
            "eu-small-consignments",
            "eu-ex-officio-detention",
            "eu-validity-and-extension",
            "eu-china-comparison",
        ],
        "en": {
            "title": "How EU customs protect your intellectual property rights",
            "summary": (
                "Customs authorities in the EU can hold back goods suspected of infringing "
                "intellectual property rights. This page explains the legal framework, the rights "
                "covered, who may apply and the tools right holders use."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 3, 12, 17, 18, 23, 29 and 31; Implementing "
                "Regulation (EU) No 1352/2013, as amended by Implementing Regulations (EU) 2018/582, "
                "2020/2035 and 2024/2399"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>The customs authority of every EU Member State can suspend the release of goods, "
                    "or detain them, when it suspects that they infringe an intellectual property right. "
                    "For right holders, the most effective way to use this power is to lodge an "
                    "<strong>application for action</strong>: a request that tells customs which rights "
                    "you hold, what your genuine products look like and how to recognise fakes.</p>"
                    "<p>This page gives you the overall picture before you prepare an application. It is "
                    "general guidance, not legal advice. Applications are filed in the EU IP Enforcement "
                    "Portal or a national customs portal, never on this site.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "The legal framework",
                        "anchor": "legal-framework",
                        "body": (
                            "<p>EU customs enforcement of intellectual property rights rests on one "
                            "regulation and a set of implementing rules that fix the forms and the filing "
                            "channel.</p>"
                            "<ul>"
                            "<li><strong>Regulation (EU) No 608/2013</strong> of 12 June 2013 is the core "
                            "text. It has applied since 1 January 2014 and replaced the earlier Regulation "
                            "(EC) No 1383/2003. It sets out who may apply, what customs do when they find "
                            "suspect goods, the time limits and the duties of right holders.</li>"
                            "<li><strong>Commission Implementing Regulation (EU) No 1352/2013</strong> of "
                            "4 December 2013 lays down the standard forms: Annex I is the application for "
                            "action and Annex II is the request to extend it.</li>"
                            "<li><strong>Implementing Regulation (EU) 2018/582</strong> replaced both annexes "
                            "with revised forms, drawing on practical experience and making the exchange of "
                            "data through the central customs database run more smoothly.</li>"
                            "<li><strong>Implementing Regulation (EU) 2020/2035</strong> adapted the "
                            "application form so that action can also be requested for Northern Ireland "
                            "after the United Kingdom left the EU.</li>"
                            "<li><strong>Implementing Regulation (EU) 2024/2399</strong> requires "
                            "applications, amendments and extension requests to be filed and managed "
                            "electronically from 3 October 2024.</li>"
                            "</ul>"
                            "<p>The three later acts amend Implementing Regulation (EU) No 1352/2013; none of "
                            "them replaces it. When you read the forms, work from the current consolidated "
                            "text on EUR-Lex.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Which rights customs can protect",
                        "anchor": "rights-covered",
                        "body": (
                            "<p>Customs can act for a wide range of rights: trade marks, designs, copyright "
                            "and related rights, geographical indications, patents, supplementary protection "
                            "certificates, plant variety rights, semiconductor topographies, utility models, "
                            "and trade names where they are protected as exclusive rights.</p>"
                            "<p>Which type of application you can use depends on where the right has "
                            "effect. The table below gives an overview.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Rights and the type of application available (Regulation (EU) No 608/2013; TAXUD guidance)",
                        "header": ["Right", "National application", "Union application"],
                        "rows": [
                            ["EU trade mark", "Yes", "Yes"],
                            ["National trade mark", "Yes", "No"],
                            ["Community design", "Yes", "Yes"],
                            ["National design", "Yes", "No"],
                            ["Geographical indication protected by the Union", "Yes", "Yes"],
                            ["Community plant variety right", "Yes", "Yes"],
                            ["Copyright and related rights", "Yes", "No"],
                            [
                                "Patent, supplementary protection certificate, utility model",
                                "Yes",
                                "No",
                            ],
                            [
                                "National plant variety right, semiconductor topography, trade name",
                                "Yes",
                                "No",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Who may apply",
                        "anchor": "who-may-apply",
                        "body": (
                            "<p>Article 3 of Regulation (EU) No 608/2013 lists the persons and bodies "
                            "entitled to lodge an application for action:</p>"
                            "<ul>"
                            "<li>the right holder;</li>"
                            "<li>collective rights management bodies and professional defence bodies;</li>"
                            "<li>groups and operators entitled to use a geographical indication, and "
                            "inspection bodies for geographical indications;</li>"
                            "<li>persons authorised to use the right, such as licensees, who have been "
                            "formally allowed to bring proceedings to protect it.</li>"
                            "</ul>"
                            "<p>For a Union application the circle is narrower: a licensee can file one only "
                            "if it holds an exclusive licence covering two or more Member States "
                            "(Art. 3). The same categories appear in the ‘status of the applicant’ box of "
                            "the form, so make sure the documents you attach prove the status you tick.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "National application or Union application",
                        "anchor": "national-or-union",
                        "body": (
                            "<p>A <strong>national application</strong> asks the customs authority of one "
                            "Member State to act. You can use it for rights protected in that Member "
                            "State.</p>"
                            "<p>A <strong>Union application</strong> is filed in one Member State but asks "
                            "for action there and in one or more other Member States. It is available only "
                            "for rights with effect across the whole Union: EU trade marks, Community "
                            "designs, geographical indications protected by the Union and Community plant "
                            "variety rights. Once granted, it has the same legal status in every Member "
                            "State it names. Since Implementing Regulation (EU) 2020/2035 you can also ask "
                            "for action in Northern Ireland.</p>"
                            "<p>For an SME that owns an EU trade mark, one Union application naming every "
                            "market where fakes are likely to arrive can save a good deal of work compared "
                            "with several national filings.</p>"
                            "<p>There is also a special national application, referred to in Article 5(3), "
                            "which you lodge after customs have stopped goods on their own initiative. It is "
                            "explained on the page on ex officio detention.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "No fees for filing or extending",
                        "text": (
                            "<p>Customs charge no fee for an application for action, and no administrative "
                            "fee for extending one (Regulation (EU) No 608/2013, Art. 12). Costs arise only "
                            "once goods have been detained: as holder of the decision (the person whose "
                            "application customs have granted) you bear the costs of "
                            "storage, handling and destruction (Art. 29).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "COPIS and the EU IP Enforcement Portal",
                        "anchor": "copis-and-ipep",
                        "body": (
                            "<p>Behind the scenes, applications are managed in COPIS, the EU anti-counterfeit "
                            "and anti-piracy information system set up under Article 31 of Regulation (EU) "
                            "No 608/2013. It has been running since 1 January 2014 and links the competent "
                            "customs departments of the Member States, the European Commission and the "
                            "EUIPO. It also feeds the annual enforcement statistics.</p>"
                            "<p>Right holders reach COPIS through the IP Enforcement Portal (IPEP), which the "
                            "EUIPO runs as a free, secure and multilingual tool. In IPEP you can:</p>"
                            "<ul>"
                            "<li>file and manage national and Union applications, including amendments and "
                            "extensions;</li>"
                            "<li>build a product portfolio with images, packaging, logistics details and past "
                            "cases, protected by a PIN and shared only with the authorities you choose;</li>"
                            "<li>send alerts to customs and police about possible infringements or "
                            "trends;</li>"
                            "<li>report infringement cases in countries outside the EU to the European "
                            "Commission.</li>"
                            "</ul>"
                            "<p>Electronic filing has been mandatory since 3 October 2024 under Implementing "
                            "Regulation (EU) 2024/2399. Most Member States use IPEP; Germany and Spain keep "
                            "their own national portals. IPEP works in the official EU languages but has no "
                            "Chinese interface, so Chinese-speaking teams may prefer to work with a "
                            "representative who knows the system.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Your route to customs protection in the EU",
                        "steps": [
                            {
                                "actor": "Right holder",
                                "action": "Check which of your rights have effect in the EU or in the Member "
                                "States that matter to you, and choose between a national and a "
                                "Union application.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 3",
                            },
                            {
                                "actor": "Right holder or representative",
                                "action": "File the application for action electronically in IPEP or in the "
                                "national customs portal.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Implementing Regulation (EU) 2024/2399",
                            },
                            {
                                "actor": "Customs",
                                "action": "Decide on the application and notify you within 30 working days of "
                                "receiving it.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 9(1)",
                            },
                            {
                                "actor": "Customs",
                                "action": "Watch for suspect goods during the period of action, which customs "
                                "set at no more than one year.",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 11(1)",
                            },
                            {
                                "actor": "Customs",
                                "action": "When suspect goods are found, detain them and notify the declarant "
                                "or holder of the goods and you within 1 working day.",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 17",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Confirm the infringement and agree to destruction, or start court "
                                "proceedings, within 10 working days (3 working days for perishable "
                                "goods).",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Ask for an extension in good time: customs may refuse a request that "
                                "arrives less than 30 working days before expiry.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 12",
                            },
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can a company based in China apply?",
                                "answer": (
                                    "<p>Yes. Article 3 defines who may apply by their relationship to the right, "
                                    "not by where they are based. What matters is that you are the right holder or another entitled "
                                    "person and that the right has effect in the Member State or States where "
                                    "you want action.</p>"
                                    "<p>The form asks for at least one identifier, such as an EORI number, and "
                                    "a representative may file for you with proof of their powers.</p>"
                                ),
                            },
                            {
                                "question": "Can customs act if we have not applied?",
                                "answer": (
                                    "<p>Yes, on their own initiative (ex officio). You then have only 4 working "
                                    "days from notification to lodge an application, or the goods are released "
                                    "(Regulation (EU) No 608/2013, Art. 18).</p>"
                                ),
                            },
                            {
                                "question": "Can we file our application on this portal?",
                                "answer": (
                                    "<p>No. This portal explains the procedure and helps you prepare. The "
                                    "application itself must be filed in IPEP or in a national customs "
                                    "portal.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": "The EUIPO's free, secure platform for filing and managing "
                        "applications for action and sharing product information with "
                        "enforcement authorities.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission (DG TAXUD): Defend your rights",
                        "url": TAXUD_URL,
                        "description": "Official guidance on applications for action, COPIS, the list of "
                        "competent customs departments and the annual enforcement reports.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "欧盟海关如何保护知识产权",
            "summary": (
                "欧盟各成员国海关可以对涉嫌侵犯知识产权的货物采取暂停放行或扣留措施。本页介绍相关法律框架、"
                "可受保护的权利类型、申请主体以及权利人可以使用的工具。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例第3条、第12条、第17条、第18条、第23条、第29条、第31条；"
                "欧盟委员会第1352/2013号实施条例（经第2018/582号、第2020/2035号和第2024/2399号实施条例修订）"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>欧盟各成员国海关发现涉嫌侵犯知识产权的货物时，可以暂停放行或予以扣留。权利人要借助海关的"
                    "这一执法权力，最有效的途径是提交<strong>海关执法申请</strong>（即“请求海关采取行动的申请”）："
                    "通过申请告知海关自己享有哪些权利、正品有哪些特征，以及如何识别假冒产品。</p>"
                    "<p>本页帮助企业在准备申请之前，对欧盟海关知识产权保护制度形成整体认识。本页内容仅为一般性指引，"
                    "不构成法律意见。申请须通过欧盟知识产权执法门户或成员国海关门户提交，本网站不受理任何申请。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "法律框架",
                        "anchor": "legal-framework",
                        "body": (
                            "<p>欧盟海关知识产权执法以一部条例为核心，另有若干实施条例对申请表格和提交渠道作出具体规定。</p>"
                            "<ul>"
                            "<li><strong>欧盟第608/2013号条例</strong>于2013年6月12日通过，自2014年1月1日起适用，"
                            "取代了原欧共体第1383/2003号条例。该条例是核心法律依据，对申请主体、海关发现嫌疑货物后的处理程序、"
                            "各项期限以及权利人的义务作了规定。</li>"
                            "<li><strong>欧盟委员会第1352/2013号实施条例</strong>于2013年12月4日通过，规定了标准格式表格："
                            "附件一为海关执法申请表，附件二为延期申请表。</li>"
                            "<li><strong>欧盟委员会第2018/582号实施条例</strong>在总结实践经验的基础上，以新版表格替换了上述"
                            "两个附件，使相关数据能够更顺畅地通过海关中央数据库进行交换。</li>"
                            "<li><strong>欧盟委员会第2020/2035号实施条例</strong>修改了申请表，使权利人在英国脱欧后仍可"
                            "请求在北爱尔兰采取行动。</li>"
                            "<li><strong>欧盟委员会第2024/2399号实施条例</strong>规定，自2024年10月3日起，海关执法申请及其"
                            "修改、延期一律以电子方式提交和管理。</li>"
                            "</ul>"
                            "<p>后三部实施条例均是对第1352/2013号实施条例的修订，并未将其整体取代。查阅表格时，"
                            "应以欧盟法律数据库（EUR-Lex）上现行的合并文本为准。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "海关可以保护哪些权利",
                        "anchor": "rights-covered",
                        "body": (
                            "<p>海关可以保护的权利范围较广，包括商标、外观设计、著作权及相关权利、地理标志、专利、"
                            "补充保护证书、植物品种权、集成电路布图设计、实用新型，以及作为专有权受到保护的商号。</p>"
                            "<p>能够选择哪一种申请，取决于该项权利在哪些地域范围内有效。具体对应关系见下表。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "权利类型与可选申请方式（欧盟第608/2013号条例；TAXUD指引）",
                        "header": ["权利类型", "国家申请", "欧盟申请"],
                        "rows": [
                            ["欧盟商标", "可以", "可以"],
                            ["成员国商标", "可以", "不可以"],
                            ["共同体外观设计", "可以", "可以"],
                            ["成员国外观设计", "可以", "不可以"],
                            ["受欧盟保护的地理标志", "可以", "可以"],
                            ["共同体植物品种权", "可以", "可以"],
                            ["著作权及相关权利", "可以", "不可以"],
                            ["专利、补充保护证书、实用新型", "可以", "不可以"],
                            ["成员国植物品种权、集成电路布图设计、商号", "可以", "不可以"],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "谁可以提出申请",
                        "anchor": "who-may-apply",
                        "body": (
                            "<p>根据欧盟第608/2013号条例第3条，下列主体有权提出海关执法申请：</p>"
                            "<ul>"
                            "<li>权利人；</li>"
                            "<li>集体权利管理组织和行业维权组织；</li>"
                            "<li>有权使用地理标志的团体和经营者，以及地理标志检查机构；</li>"
                            "<li>经授权使用该项权利、且已获正式授权就该权利提起诉讼的人，例如被许可人。</li>"
                            "</ul>"
                            "<p>欧盟申请的申请主体范围更窄：被许可人只有持有覆盖两个或两个以上成员国的独占许可，"
                            "才能提出欧盟申请（第3条）。申请表中“申请人身份”一栏与上述类别一一对应，"
                            "企业应确保所附证明文件足以证明其勾选的身份。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "国家申请还是欧盟申请",
                        "anchor": "national-or-union",
                        "body": (
                            "<p><strong>国家申请</strong>是请求某一个成员国的海关采取行动，适用于在该成员国受保护的权利。</p>"
                            "<p><strong>欧盟申请</strong>向一个成员国提出，但请求该成员国以及其他一个或多个成员国的海关"
                            "采取行动。只有在全欧盟范围内有效的权利才能提出欧盟申请，即欧盟商标、共同体外观设计、"
                            "受欧盟保护的地理标志和共同体植物品种权。欧盟申请获批后，在其列明的每一个成员国具有同等法律效力。"
                            "根据欧盟委员会第2020/2035号实施条例，申请人还可以请求在北爱尔兰采取行动。</p>"
                            "<p>对于持有欧盟商标的中小企业，提交一份欧盟申请、把假冒货物可能流入的市场一并列明，"
                            "通常比分别提交多份国家申请省事得多。</p>"
                            "<p>此外还有一种特殊的国家申请，即第5条第3款所指的申请，适用于海关已依职权扣留货物之后提出的情形，"
                            "详见“依职权扣留”一页。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "申请和延期均不收费",
                        "text": (
                            "<p>提交海关执法申请不收取费用，申请延期也不收取行政费用（欧盟第608/2013号条例第12条）。"
                            "只有在货物被扣留之后才会产生费用：作为决定持有人（即申请获海关批准的一方），须承担仓储、处理和销毁等费用（第29条）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "COPIS系统与欧盟知识产权执法门户",
                        "anchor": "copis-and-ipep",
                        "body": (
                            "<p>海关执法申请在后台通过COPIS系统（欧盟反假冒反盗版信息系统）进行管理。该系统依据欧盟第608/2013号"
                            "条例第31条设立，自2014年1月1日起运行，连接各成员国主管海关部门、欧盟委员会和欧盟知识产权局（EUIPO），"
                            "年度执法统计数据也来源于该系统。</p>"
                            "<p>权利人通过欧盟知识产权局运营的知识产权执法门户（IPEP）使用COPIS系统。该门户免费、安全，"
                            "支持多种语言。权利人可以在门户中：</p>"
                            "<ul>"
                            "<li>提交和管理国家申请与欧盟申请，包括办理申请的修改和延期；</li>"
                            "<li>建立产品档案，上传图片、包装、物流信息和以往案例等资料，这些资料受PIN码保护，"
                            "只向权利人选定的执法机关开放；</li>"
                            "<li>向海关和警方发送预警，提示可能的侵权行为或侵权动向；</li>"
                            "<li>向欧盟委员会报告发生在欧盟以外国家的侵权案件。</li>"
                            "</ul>"
                            "<p>根据欧盟委员会第2024/2399号实施条例，自2024年10月3日起必须以电子方式提交申请。大多数成员国"
                            "使用IPEP，德国和西班牙则保留本国的海关门户。IPEP支持欧盟各官方语言，但没有中文界面，"
                            "以中文为工作语言的团队可以考虑委托熟悉该系统的代理人办理。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "在欧盟获得海关保护的基本流程",
                        "steps": [
                            {
                                "actor": "权利人",
                                "action": "核实自己的哪些权利在欧盟或目标成员国有效，并确定提交国家申请还是欧盟申请。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第3条",
                            },
                            {
                                "actor": "权利人或代理人",
                                "action": "通过IPEP或成员国海关门户以电子方式提交海关执法申请。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟委员会第2024/2399号实施条例",
                            },
                            {
                                "actor": "海关",
                                "action": "自收到申请之日起30个工作日内作出决定并通知申请人。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第9条第1款",
                            },
                            {
                                "actor": "海关",
                                "action": "在海关确定的行动期间内监控嫌疑货物，行动期间最长不超过1年。",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "欧盟第608/2013号条例第11条第1款",
                            },
                            {
                                "actor": "海关",
                                "action": "发现嫌疑货物后予以扣留，并在1个工作日内通知申报人或货物持有人以及权利人。",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第17条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "在10个工作日内（易腐货物为3个工作日）确认侵权并同意销毁，或者向法院提起诉讼。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "及早申请延期：延期申请在期满前不足30个工作日才送达海关的，海关可以拒绝。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第12条",
                            },
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "中国企业可以提出申请吗？",
                                "answer": (
                                    "<p>可以。第3条是根据申请人与权利之间的关系来界定申请主体的，并不看申请人设在何处，关键在于申请人是权利人或其他有权申请的主体，"
                                    "且相关权利在请求采取行动的成员国有效。</p>"
                                    "<p>申请表要求至少填写一个识别号码，例如EORI号码；也可以委托代理人提交，但须附上授权证明。</p>"
                                ),
                            },
                            {
                                "question": "没有提交申请，海关也会采取行动吗？",
                                "answer": (
                                    "<p>会。海关可以依职权主动扣留货物。此时权利人必须自收到通知之日起4个工作日内提交申请，"
                                    "否则货物将被放行（欧盟第608/2013号条例第18条）。</p>"
                                ),
                            },
                            {
                                "question": "可以通过本网站提交申请吗？",
                                "answer": (
                                    "<p>不可以。本网站只负责介绍程序、协助企业做好准备，正式申请必须通过IPEP或成员国海关门户提交。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "欧盟知识产权局运营的免费、安全平台，用于提交和管理海关执法申请，并与执法机关共享产品信息。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会税收与关税同盟总司（TAXUD）：“维护您的权利”",
                        "url": TAXUD_URL,
                        "description": "关于海关执法申请、COPIS系统的官方指引，以及各成员国主管海关部门名录和年度执法报告。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 2. Application for action
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-application-for-action",
        "jurisdiction": "eu",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "apply",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-customs-enforcement-overview",
            "eu-validity-and-extension",
            "eu-small-consignments",
            "eu-ex-officio-detention",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Preparing and filing an application for action in the EU",
            "summary": (
                "What an application for action must contain, how to file it electronically, and what "
                "happens between filing and the customs decision."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 3, 6, 7, 9, 15, 28, 29 and 31(5); Implementing "
                "Regulation (EU) No 1352/2013, Annex I, as amended; Implementing Regulation (EU) 2024/2399"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>An application for action is your formal request to customs to watch for goods that "
                    "infringe your rights. The better the information you give, the easier it is for "
                    "officers to pick out fakes from the large volume of goods crossing the border.</p>"
                    "<p>This page walks you through what the application must contain, the identifiers you "
                    "need, how electronic filing works and what happens before customs decide. This portal "
                    "helps you prepare; the legal filing takes place in the EU IP Enforcement Portal (IPEP) "
                    "or a national customs portal.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "Before you start",
                        "anchor": "before-you-start",
                        "body": (
                            "<p>Have the following ready before you open the filing system:</p>"
                            "<ul>"
                            "<li>Your choice of application type: a national application for one Member "
                            "State, or a Union application for several (only for rights with Union-wide "
                            "effect).</li>"
                            "<li>An identifier for the applicant. On the form as revised by Implementing "
                            "Regulation (EU) 2018/582, box 1 needs the applicant's name, full address and at "
                            "least one identifier (a tax identification number, a national registration "
                            "number or an EORI number), plus telephone and e-mail details.</li>"
                            "<li>An EORI number for whoever files. National customs guidance (for example "
                            "from Cyprus customs) states that since 15 September 2020 applicants and "
                            "representatives need one to submit, amend or extend an application.</li>"
                            "<li>Proof of your rights: registration numbers, registration and expiry dates, "
                            "and the goods or classes covered.</li>"
                            "<li>Product information: descriptions, tariff codes, images, packaging, security "
                            "features, authorised manufacturers and distributors, and what you know about "
                            "infringers and their routes.</li>"
                            "<li>Contacts for legal and technical matters and, if a representative files for "
                            "you, proof of their powers.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What the application must contain",
                        "anchor": "required-content",
                        "body": (
                            "<p>Article 6(3) of Regulation (EU) No 608/2013 lists the information an "
                            "application must include. Items (a) to (j) are:</p>"
                            "<ul>"
                            "<li>(a) details of the applicant;</li>"
                            "<li>(b) the applicant's status under Article 3;</li>"
                            "<li>(c) documents showing that the applicant is entitled to apply;</li>"
                            "<li>(d) where a representative files, the representative's details and proof of "
                            "their powers;</li>"
                            "<li>(e) the intellectual property right or rights to be enforced;</li>"
                            "<li>(f) for a Union application, the Member States in which action is "
                            "requested;</li>"
                            "<li>(g) specific and technical data on the authentic goods, including markings "
                            "such as barcodes, and images;</li>"
                            "<li>(h) information that lets customs readily identify goods suspected of "
                            "infringing;</li>"
                            "<li>(i) information relevant to customs' risk analysis and assessment, such as "
                            "authorised distributors;</li>"
                            "<li>(j) whether any of the information under (g) to (i) should be marked for "
                            "restricted handling under Article 31(5).</li>"
                            "</ul>"
                            "<p>Article 6(3) continues with items (k) to (p). Their exact wording has not "
                            "yet been checked, so the table below is only an outline, to be confirmed "
                            "against the official text.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Article 6(3)(k) to (p): outline, to be confirmed against the official text",
                        "header": ["Item", "Likely content (to be confirmed)"],
                        "rows": [
                            [
                                "(k)",
                                "Contact persons or representatives for legal and technical matters",
                            ],
                            [
                                "(l)",
                                "Undertaking to notify customs of changes, as required by Article 15",
                            ],
                            [
                                "(m)",
                                "Undertaking to keep the information under (g) to (i) up to date",
                            ],
                            [
                                "(n)",
                                "Undertaking to accept liability under Article 28 and bear costs under "
                                "Article 29",
                            ],
                            [
                                "(o)",
                                "Agreement that the Commission and the Member States may process the "
                                "data",
                            ],
                            [
                                "(p)",
                                "Whether the small consignments procedure of Article 26 is requested "
                                "and, where customs ask, agreement to bear the cost of destroying the "
                                "goods",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The form and electronic filing",
                        "anchor": "form-and-filing",
                        "body": (
                            "<p>The content required by Article 6(3) is collected on the standard form in "
                            "Annex I to Implementing Regulation (EU) No 1352/2013, as amended. Box 1 "
                            "identifies the applicant. Box 2 records the type of application: a Union "
                            "application, a national application, or a national application lodged after an "
                            "ex officio detention under Article 5(3). Boxes 12 to 19 hold the data on the "
                            "authentic goods, the identification data and the risk-analysis data.</p>"
                            "<p>Since 3 October 2024, Implementing Regulation (EU) 2024/2399 requires "
                            "applications, amendments and extension requests to be filed and managed "
                            "electronically, in IPEP or in a national trader portal. Germany and Spain keep "
                            "their own portals; elsewhere IPEP is the usual channel. Paper is accepted only "
                            "as a fallback when the electronic systems are unavailable, under the conditions "
                            "set out in that Regulation.</p>"
                            "<p>In IPEP the e-form is a wizard in four steps: (1) countries, languages, "
                            "representatives and licence agreements; (2) the rights; (3) the products, "
                            "restricted handling, known infringing companies and the small consignments "
                            "option; (4) review and submit. The wizard flags missing data before you submit. "
                            "You log in with IPEP credentials or EU Customs Trader Portal credentials, and a "
                            "legal representative can manage several right holders from one account.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "From filing to decision",
                        "steps": [
                            {
                                "actor": "Applicant",
                                "action": "Complete the e-form in IPEP or the national portal and submit it "
                                "with the supporting documents.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Implementing Regulation (EU) 2024/2399",
                            },
                            {
                                "actor": "Customs",
                                "action": "Examine the application and, if information is missing, ask the "
                                "applicant to supply it.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 7",
                            },
                            {
                                "actor": "Applicant",
                                "action": "Supply the missing information within 10 working days of the "
                                "request. The decision period stops running meanwhile; without a "
                                "reply, the application is rejected.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 7",
                            },
                            {
                                "actor": "Customs",
                                "action": "Grant or reject the application and notify the applicant within 30 "
                                "working days of receiving it. A rejection states the reasons and "
                                "explains how to appeal.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 9(1)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "From then on, keep the information up to date and tell customs about "
                                "changes to your rights or products.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 15",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Confidential data and restricted handling",
                        "anchor": "restricted-handling",
                        "body": (
                            "<p>Much of what makes an application useful is commercially sensitive: supplier "
                            "names, logistics routes, hidden security features. Under Article 6(3)(j) you can "
                            "ask for information under points (g), (h) and (i) to be marked for restricted "
                            "handling in line with Article 31(5). Use the marking for data that should stay "
                            "within customs, but do not leave out information that officers need to "
                            "recognise fakes.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Undertakings on liability and costs",
                        "anchor": "undertakings",
                        "body": (
                            "<p>By filing, you take on obligations that matter once goods are detained. The "
                            "holder of the decision is liable towards the holder of the goods if a procedure "
                            "is discontinued because of its own act or omission, or if the goods turn out not "
                            "to infringe (Art. 28). It also pays the costs customs incur from detention "
                            "onwards, such as storage, handling, transport and destruction (Art. 29).</p>"
                            "<p>The application contains written undertakings to this effect. The exact list "
                            "of undertakings in Article 6(3) is to be confirmed against the official text, "
                            "but the liability and cost rules themselves apply to every holder of a "
                            "decision.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Answer requests for missing information promptly",
                        "text": (
                            "<p>If customs ask for missing information, you have 10 working days to reply "
                            "(Regulation (EU) No 608/2013, Art. 7). Without a reply the application is "
                            "rejected and you must start again. While the application is pending, make sure "
                            "someone checks the filing account and e-mail every working day.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "How long does it take to get a decision?",
                                "answer": (
                                    "<p>Customs must notify their decision within 30 working days of receiving "
                                    "the application (Regulation (EU) No 608/2013, Art. 9(1)); time spent "
                                    "waiting for missing information does not count (Art. 7). If goods are "
                                    "already detained, the decision comes within 2 working days "
                                    "(Art. 9(2)).</p>"
                                ),
                            },
                            {
                                "question": "Can one application cover several Member States?",
                                "answer": (
                                    "<p>Yes, if it is a Union application, and only for rights with Union-wide "
                                    "effect such as an EU trade mark or a Community design. For national "
                                    "rights you need a national application in each Member State "
                                    "concerned.</p>"
                                ),
                            },
                            {
                                "question": "Can a representative file for us?",
                                "answer": (
                                    "<p>Yes. Article 6(3)(d) requires the representative's details and proof of "
                                    "their powers, and IPEP offers legal-representative accounts that manage "
                                    "several right holders. According to the EUIPO's help pages, opening an "
                                    "IPEP account requires a valid EU trade mark or design; if you hold only "
                                    "other rights, ask the competent customs department listed on the TAXUD "
                                    "page.</p>"
                                ),
                            },
                            {
                                "question": "Does filing cost anything?",
                                "answer": (
                                    "<p>No. Customs charge no fee for the application. Costs arise only if "
                                    "goods are detained (Art. 29).</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": "File national and Union applications for action, amendments and "
                        "extensions, and manage your product portfolio.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission (DG TAXUD): Defend your rights",
                        "url": TAXUD_URL,
                        "description": "Official guidance on applications for action, including the manual "
                        "for applications, amendments and extensions and the list of "
                        "competent customs departments.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "在欧盟准备和提交海关执法申请",
            "summary": "海关执法申请应当包含哪些内容、如何以电子方式提交，以及从提交申请到海关作出决定期间的各个环节。",
            "legal_basis": (
                "欧盟第608/2013号条例第3条、第6条、第7条、第9条、第15条、第28条、第29条、第31条第5款；"
                "欧盟委员会第1352/2013号实施条例附件一（经修订）；欧盟委员会第2024/2399号实施条例"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>海关执法申请（即“请求海关采取行动的申请”）是权利人请求海关监控侵权货物的正式文件。申请中提供的"
                    "信息越充分，海关关员就越容易从大量进出境货物中识别出假冒产品。</p>"
                    "<p>本页逐项介绍申请应当包含的内容、所需的识别号码、电子申报的操作方式，以及海关作出决定之前的各个环节。"
                    "本网站可以协助企业做好准备，但正式申请须通过欧盟知识产权执法门户（IPEP）或成员国海关门户提交。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "准备工作",
                        "anchor": "before-you-start",
                        "body": (
                            "<p>登录申报系统之前，建议先准备好以下事项：</p>"
                            "<ul>"
                            "<li>确定申请类型：针对一个成员国的国家申请，或者针对多个成员国的欧盟申请（仅适用于在全欧盟范围内"
                            "有效的权利）。</li>"
                            "<li>申请人的识别号码。按照经欧盟委员会第2018/582号实施条例修订的表格，第1栏须填写申请人名称、"
                            "完整地址以及至少一个识别号码（税号、国家注册号或EORI号码），并提供电话和电子邮箱。</li>"
                            "<li>提交人的EORI号码。据成员国海关发布的指引（例如塞浦路斯海关），自2020年9月15日起，"
                            "申请人和代理人提交、修改或延期申请时均须具备EORI号码。</li>"
                            "<li>权利证明：注册号、注册日期和到期日，以及核定使用的商品或类别。</li>"
                            "<li>产品信息：产品描述、税则号列、图片、包装、防伪特征、授权生产商和经销商，以及已掌握的侵权人"
                            "和运输路线情况。</li>"
                            "<li>负责法律事务和技术事务的联系人；委托代理人提交的，还需提供代理人的授权证明。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "申请必须包含的内容",
                        "anchor": "required-content",
                        "body": (
                            "<p>欧盟第608/2013号条例第6条第3款列明了申请必须包含的信息，其中（a）至（j）项如下：</p>"
                            "<ul>"
                            "<li>（a）申请人的基本信息；</li>"
                            "<li>（b）申请人依第3条所具有的身份；</li>"
                            "<li>（c）证明申请人有权提出申请的文件；</li>"
                            "<li>（d）由代理人提交的，代理人的信息及其代理权限证明；</li>"
                            "<li>（e）请求海关保护的一项或多项知识产权；</li>"
                            "<li>（f）属于欧盟申请的，请求采取行动的成员国；</li>"
                            "<li>（g）正品的具体信息和技术数据，包括条形码等标识以及图片；</li>"
                            "<li>（h）便于海关迅速识别侵权嫌疑货物的信息；</li>"
                            "<li>（i）有助于海关开展风险分析和评估的信息，例如授权经销商；</li>"
                            "<li>（j）是否需要将（g）至（i）项中的信息依第31条第5款标注为限制处理。</li>"
                            "</ul>"
                            "<p>第6条第3款还规定了（k）至（p）项。这几项的确切表述尚未核对，下表仅为内容概要，"
                            "有待对照官方文本核实。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "第6条第3款（k）至（p）项内容概要（有待对照官方文本核实）",
                        "header": ["项目", "可能的内容（有待核实）"],
                        "rows": [
                            ["（k）", "负责法律事务和技术事务的联系人或代理人"],
                            ["（l）", "承诺按照第15条的要求将有关变更通知海关"],
                            ["（m）", "承诺及时更新（g）至（i）项下的信息"],
                            ["（n）", "承诺依第28条承担赔偿责任，并依第29条承担相关费用"],
                            ["（o）", "同意欧盟委员会和各成员国处理相关数据"],
                            [
                                "（p）",
                                "是否请求适用第26条规定的小件包裹程序；海关提出要求时，同意承担货物销毁费用",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "申请表与电子申报",
                        "anchor": "form-and-filing",
                        "body": (
                            "<p>第6条第3款要求的内容体现在欧盟委员会第1352/2013号实施条例附件一（经修订）规定的标准表格中。"
                            "第1栏填写申请人信息。第2栏选择申请类型，即欧盟申请、国家申请，或者海关依职权扣留货物后依第5条"
                            "第3款提出的国家申请。第12栏至第19栏填写正品信息、识别信息和风险分析信息。</p>"
                            "<p>根据欧盟委员会第2024/2399号实施条例，自2024年10月3日起，申请以及申请的修改、延期一律通过IPEP"
                            "或成员国贸易商门户以电子方式提交和管理。德国和西班牙保留本国门户，其他成员国一般使用IPEP。"
                            "只有在电子系统无法使用时，才可以按照该实施条例规定的条件改用纸质申请。</p>"
                            "<p>IPEP的电子申请表分四步填写：（1）选择国家和语言，填写代理人和许可协议信息；（2）选择权利；"
                            "（3）选择产品，并设置限制处理、已知侵权企业和小件包裹程序等选项；（4）核对并提交。系统会在提交前"
                            "提示缺漏信息。用户可以使用IPEP账户或欧盟海关贸易商门户账户登录，代理人可以通过一个账户管理多个"
                            "权利人的申请。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "从提交申请到海关作出决定",
                        "steps": [
                            {
                                "actor": "申请人",
                                "action": "在IPEP或成员国门户填写电子申请表，连同证明文件一并提交。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟委员会第2024/2399号实施条例",
                            },
                            {
                                "actor": "海关",
                                "action": "审查申请；信息不全的，要求申请人补充。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第7条",
                            },
                            {
                                "actor": "申请人",
                                "action": "自海关提出要求之日起10个工作日内补充所缺信息。补充期间，决定期限暂停计算；"
                                "逾期未答复的，申请将被驳回。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第7条",
                            },
                            {
                                "actor": "海关",
                                "action": "自收到申请之日起30个工作日内作出批准或驳回的决定，并通知申请人；驳回的，"
                                "应当说明理由并告知申诉途径。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第9条第1款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "此后应及时更新申请信息，并将权利或产品的变化情况告知海关。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第15条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "保密信息与限制处理",
                        "anchor": "restricted-handling",
                        "body": (
                            "<p>一份有价值的申请往往包含大量商业敏感信息，例如供应商名称、物流路线和隐蔽的防伪特征。"
                            "根据第6条第3款（j）项，申请人可以要求将（g）、（h）、（i）项下的信息依第31条第5款标注为"
                            "限制处理。只应在海关内部使用的信息可以作此标注，但不要因此略去海关关员识别假货所必需的信息。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "赔偿责任和费用承诺",
                        "anchor": "undertakings",
                        "body": (
                            "<p>提交申请即意味着承担相应义务，这些义务在货物被扣留后尤为重要。因决定持有人自身的作为或不作为"
                            "导致程序终止，或者货物事后被证明不构成侵权的，决定持有人应当对货物持有人承担赔偿责任（第28条）。"
                            "自货物被扣留之时起，海关发生的仓储、处理、运输和销毁等费用也由决定持有人承担（第29条）。</p>"
                            "<p>申请中包含相应的书面承诺。第6条第3款所列承诺的具体内容有待对照官方文本核实，但上述赔偿责任"
                            "和费用规则适用于每一位决定持有人。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "务必及时补充信息",
                        "text": (
                            "<p>海关要求补充信息的，申请人须在10个工作日内答复（欧盟第608/2013号条例第7条）。逾期未答复的，"
                            "申请将被驳回，只能重新提交。申请审查期间，应安排专人每个工作日查看申报账户和电子邮箱。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "海关多长时间作出决定？",
                                "answer": (
                                    "<p>海关应当自收到申请之日起30个工作日内通知决定（欧盟第608/2013号条例第9条第1款），"
                                    "等待补充信息的时间不计算在内（第7条）。货物已被扣留的，海关应当在2个工作日内作出决定"
                                    "（第9条第2款）。</p>"
                                ),
                            },
                            {
                                "question": "一份申请能否覆盖多个成员国？",
                                "answer": (
                                    "<p>可以，但须采用欧盟申请，且仅限于欧盟商标、共同体外观设计等在全欧盟范围内有效的权利。"
                                    "对于成员国本国的权利，需要向每个相关成员国分别提交国家申请。</p>"
                                ),
                            },
                            {
                                "question": "可以委托代理人提交吗？",
                                "answer": (
                                    "<p>可以。第6条第3款（d）项要求提供代理人信息及其代理权限证明，IPEP也设有代理人账户，"
                                    "可以同时管理多个权利人的申请。根据欧盟知识产权局的帮助页面，开通IPEP账户须持有有效的"
                                    "欧盟商标或外观设计；仅持有其他权利的，可以咨询TAXUD页面所列的主管海关部门。</p>"
                                ),
                            },
                            {
                                "question": "提交申请需要缴费吗？",
                                "answer": (
                                    "<p>不需要。海关对申请不收取任何费用，只有货物被扣留后才会产生相关费用（第29条）。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "在线提交国家申请和欧盟申请，办理申请的修改和延期，并管理产品档案。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会税收与关税同盟总司（TAXUD）：“维护您的权利”",
                        "url": TAXUD_URL,
                        "description": "关于海关执法申请的官方指引，包括申请、修改和延期操作手册以及各成员国主管海关部门名录。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 3. Detention and destruction
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-detention-and-destruction",
        "jurisdiction": "eu",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme"],
        "stage": "detention",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-small-consignments",
            "eu-ex-officio-detention",
            "eu-application-for-action",
            "eu-customs-enforcement-overview",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Detention and destruction of suspected goods in the EU",
            "summary": (
                "What happens when EU customs detain goods suspected of infringing your rights: the "
                "notification, the time limits for confirming infringement and agreeing to destruction, "
                "the court route, costs and liability."
            ),
            "legal_basis": "Regulation (EU) No 608/2013, Arts 17, 23, 25, 28 and 29",
            "body": [
                (
                    "rich_text",
                    "<p>Once your application for action has been granted, customs may suspend the release "
                    "of goods, or detain them, whenever they suspect that the goods infringe your rights. "
                    "From that moment the time limits run in working days, and some of them are very "
                    "short.</p>"
                    "<p>This page explains the standard procedure under Article 23 of Regulation (EU) "
                    "No 608/2013. For parcels sent by post or express courier, see also the page on the "
                    "small consignments procedure.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "Notification of the detention",
                        "anchor": "notification",
                        "body": (
                            "<p>Customs notify the declarant or holder of the goods within 1 working day of "
                            "suspending release or detaining the goods, and they also inform you as holder "
                            "of the decision, that is, the person whose application was granted (Regulation (EU) No 608/2013, Art. 17). The notification is the "
                            "starting point for the later time limits, so record the date on which it "
                            "reaches you.</p>"
                            "<p>Keep the contact details in your application current and make sure messages "
                            "are read every working day. A notice left unread for a few days can cost you "
                            "most of a very short deadline.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Standard procedure: steps and time limits",
                        "steps": [
                            {
                                "actor": "Customs",
                                "action": "Suspend release or detain the goods, and notify the declarant or "
                                "holder of the goods and the holder of the decision within 1 working "
                                "day.",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 17",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Confirm to customs in writing, within 10 working days of notification "
                                "(3 working days for perishable goods), that in your view an "
                                "intellectual property right has been infringed.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23(1)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Within the same 10 working days (3 for perishable goods), confirm in "
                                "writing that you agree to the destruction of the goods.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23(1)",
                            },
                            {
                                "actor": "Declarant or holder of the goods",
                                "action": "Agree to destruction or object to it within the same 10 working days "
                                "(3 for perishable goods). If they do neither, customs may treat the "
                                "silence as agreement.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23(1)",
                            },
                            {
                                "actor": "Customs",
                                "action": "If everyone has agreed, or the declarant or holder of the goods has "
                                "stayed silent, destroy the goods under customs control without any "
                                "ruling on infringement.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23(1)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "If the declarant or holder of the goods objects, start proceedings to "
                                "determine whether your right has been infringed within 10 working "
                                "days of notification (3 for perishable goods).",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23(3)",
                            },
                            {
                                "actor": "Customs",
                                "action": "Where appropriate, extend the 10-working-day period by up to 10 "
                                "further working days. The period for perishable goods cannot be "
                                "extended.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23",
                            },
                            {
                                "actor": "Customs",
                                "action": "Release the goods if the holder of the decision has neither confirmed "
                                "the infringement and agreed to destruction nor started proceedings "
                                "in time.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Perishable goods: shorter time limits, no extension",
                        "text": (
                            "<p>For perishable goods every time limit of the standard procedure is 3 working "
                            "days instead of 10, and customs cannot extend it (Regulation (EU) No 608/2013, "
                            "Art. 23). If your products include food or other goods that deteriorate "
                            "quickly, prepare templates for the written confirmations in advance.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Time limits under Regulation (EU) No 608/2013",
                        "header": ["Step", "Other goods", "Perishable goods"],
                        "rows": [
                            [
                                "Customs notify the detention",
                                "1 working day (Art. 17)",
                                "1 working day (Art. 17)",
                            ],
                            [
                                "Holder of the decision confirms infringement and agrees to destruction",
                                "10 working days (Art. 23(1))",
                                "3 working days (Art. 23(1))",
                            ],
                            [
                                "Declarant or holder of the goods agrees or objects",
                                "10 working days (Art. 23(1))",
                                "3 working days (Art. 23(1))",
                            ],
                            [
                                "Holder of the decision starts proceedings",
                                "10 working days (Art. 23(3))",
                                "3 working days (Art. 23(3))",
                            ],
                            [
                                "Extension by customs",
                                "Up to 10 further working days (Art. 23)",
                                "Not possible (Art. 23)",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Why silence counts as agreement",
                        "anchor": "silence-as-agreement",
                        "body": (
                            "<p>The standard procedure lets clear-cut fakes be destroyed quickly and "
                            "cheaply, without a court case. The key is the rule on silence: if the declarant "
                            "or holder of the goods neither agrees nor objects within the time limit, customs "
                            "may deem them to have agreed (Art. 23(1)). According to the Commission's reports "
                            "for 2015 and 2016, as summarised by securingindustry.com, in more than 90% of "
                            "detentions the goods were either destroyed or became the subject of court "
                            "proceedings.</p>"
                            "<p>The silence rule helps you only if you act yourself. Your own written "
                            "confirmation of the infringement and your agreement to destruction must still "
                            "reach customs in time. If they do not, the goods are released.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "When the goods' holder objects: the court route",
                        "anchor": "court-route",
                        "body": (
                            "<p>If the declarant or holder of the goods objects to destruction, customs do "
                            "not decide the infringement question themselves. You must start proceedings to "
                            "determine whether your right has been infringed within 10 working days of "
                            "notification, or 3 working days for perishable goods (Art. 23(3)). Customs may "
                            "extend the 10-working-day period by up to 10 working days in appropriate cases; "
                            "the 3-working-day period for perishable goods cannot be extended "
                            "(Art. 23).</p>"
                            "<p>Decide early whether you are prepared to litigate in the Member State "
                            "concerned, and identify local counsel before goods are detained rather than "
                            "after.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Goods awaiting destruction: what may not happen",
                        "anchor": "restrictions",
                        "body": (
                            "<p>Goods that are to be destroyed under Article 23 or Article 26 may not be "
                            "(Art. 25):</p>"
                            "<ul>"
                            "<li>released for free circulation, except where the holder of the decision "
                            "agrees and the goods are recycled or used for awareness-raising, training or "
                            "education;</li>"
                            "<li>re-exported;</li>"
                            "<li>placed under a suspensive procedure;</li>"
                            "<li>placed in a free zone.</li>"
                            "</ul>"
                            "<p>In other words, detained fakes cannot simply be sent on to another "
                            "market.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Costs and liability",
                        "anchor": "costs-and-liability",
                        "body": (
                            "<p>As holder of the decision, you bear the costs customs incur from the moment "
                            "of detention, including storage, handling, transport and destruction (Art. 29). "
                            "Budget for them before you file, especially if a Union application covers many "
                            "entry points.</p>"
                            "<p>You are also liable towards the holder of the goods if the procedure is "
                            "discontinued because of something you did or failed to do, or if the goods "
                            "later turn out not to infringe your rights (Art. 28). A missed deadline or a "
                            "weak confirmation of infringement is therefore more than a procedural "
                            "slip.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "If you are the declarant or holder of the goods",
                        "anchor": "goods-holder",
                        "body": (
                            "<p>Chinese exporters sometimes find their own consignment detained in the EU. "
                            "If you receive a notice, deal with it at once: you have 10 working days, or 3 "
                            "for perishable goods, to agree to destruction or to object (Art. 23(1)). If you "
                            "say nothing, customs may treat your silence as agreement and the goods can be "
                            "destroyed.</p>"
                            "<p>If you believe the goods are genuine or lawfully made, object in writing "
                            "within the time limit and keep evidence such as purchase invoices and licence "
                            "agreements. The right holder must then go to court if it wants the goods to "
                            "stay detained.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Do customs decide whether the goods are fake?",
                                "answer": (
                                    "<p>No. Under the standard procedure the goods can be destroyed without "
                                    "anyone deciding whether a right has been infringed, provided the "
                                    "conditions of Article 23(1) are met. If the declarant or holder of the "
                                    "goods objects, the question goes to court.</p>"
                                ),
                            },
                            {
                                "question": "What if we miss the time limit?",
                                "answer": (
                                    "<p>If customs have not received, in time, your written confirmation of "
                                    "infringement and agreement to destruction, or word that you have started "
                                    "proceedings, the goods are released (Art. 23). If you need more time, ask "
                                    "for an extension of up to 10 working days before the period ends "
                                    "(Art. 23); this is not possible for perishable goods.</p>"
                                ),
                            },
                            {
                                "question": "Who pays for storage and destruction?",
                                "answer": (
                                    "<p>The holder of the decision, under Article 29. The costs run from "
                                    "detention onwards and include storage, handling, transport and "
                                    "destruction.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission (DG TAXUD): Defend your rights",
                        "url": TAXUD_URL,
                        "description": "Official information on customs action against suspected goods, "
                        "including questions and answers on detention.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "欧盟海关扣留与销毁嫌疑侵权货物",
            "summary": (
                "欧盟海关扣留涉嫌侵犯您权利的货物后，将经历哪些环节：扣留通知、确认侵权和同意销毁的期限、"
                "诉讼途径，以及费用和赔偿责任。"
            ),
            "legal_basis": "欧盟第608/2013号条例第17条、第23条、第25条、第28条、第29条",
            "body": [
                (
                    "rich_text",
                    "<p>海关执法申请获得批准后，海关一旦怀疑货物侵犯您的权利，即可暂停放行或予以扣留。从这一刻起，"
                    "各项期限均按工作日计算，其中有些期限非常短。</p>"
                    "<p>本页介绍欧盟第608/2013号条例第23条规定的标准程序。通过邮政或快递寄送的包裹，"
                    "还可参阅“小件包裹程序”一页。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "扣留通知",
                        "anchor": "notification",
                        "body": (
                            "<p>海关应当在暂停放行或扣留货物后1个工作日内通知申报人或货物持有人，同时告知决定持有人（即申请获得批准的您）"
                            "（欧盟第608/2013号条例第17条）。后续各项期限均以通知为起算点，因此务必记下收到通知的日期。</p>"
                            "<p>请确保申请中的联系方式准确有效，并安排专人每个工作日查阅来函。通知如果搁置几天无人处理，"
                            "本就很短的期限可能所剩无几。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "标准程序：步骤与期限",
                        "steps": [
                            {
                                "actor": "海关",
                                "action": "暂停放行或扣留货物，并在1个工作日内通知申报人或货物持有人以及决定持有人。",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第17条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "自收到通知之日起10个工作日内（易腐货物为3个工作日），以书面形式向海关确认"
                                "其认为货物侵犯了知识产权。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条第1款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "在同一期限内（10个工作日，易腐货物为3个工作日），以书面形式确认同意销毁货物。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条第1款",
                            },
                            {
                                "actor": "申报人或货物持有人",
                                "action": "在同一期限内（10个工作日，易腐货物为3个工作日）表示同意销毁或者提出异议；"
                                "既不同意也不反对的，海关可以视为同意。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条第1款",
                            },
                            {
                                "actor": "海关",
                                "action": "各方均同意，或者申报人、货物持有人未作表示的，在海关监管下销毁货物，"
                                "无须对是否侵权作出认定。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第23条第1款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "申报人或货物持有人反对销毁的，自收到通知之日起10个工作日内（易腐货物为3个工作日）"
                                "提起确认是否侵权的诉讼。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条第3款",
                            },
                            {
                                "actor": "海关",
                                "action": "必要时，可以将10个工作日的期限再延长最多10个工作日；易腐货物的期限不得延长。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条",
                            },
                            {
                                "actor": "海关",
                                "action": "决定持有人既未在期限内确认侵权并同意销毁，也未提起诉讼的，放行货物。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第23条",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "易腐货物：期限更短，且不得延长",
                        "text": (
                            "<p>对于易腐货物，标准程序中的各项期限均为3个工作日，而非10个工作日，且海关不得延长"
                            "（欧盟第608/2013号条例第23条）。如果您的产品包括食品等容易变质的货物，建议事先准备好各类"
                            "书面确认的模板。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "欧盟第608/2013号条例规定的期限一览",
                        "header": ["环节", "一般货物", "易腐货物"],
                        "rows": [
                            ["海关通知扣留", "1个工作日（第17条）", "1个工作日（第17条）"],
                            [
                                "决定持有人确认侵权并同意销毁",
                                "10个工作日（第23条第1款）",
                                "3个工作日（第23条第1款）",
                            ],
                            [
                                "申报人或货物持有人表示同意或提出异议",
                                "10个工作日（第23条第1款）",
                                "3个工作日（第23条第1款）",
                            ],
                            [
                                "决定持有人提起诉讼",
                                "10个工作日（第23条第3款）",
                                "3个工作日（第23条第3款）",
                            ],
                            [
                                "海关延长期限",
                                "最多再延长10个工作日（第23条）",
                                "不得延长（第23条）",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "为什么“沉默视为同意”",
                        "anchor": "silence-as-agreement",
                        "body": (
                            "<p>标准程序的用意，是让明显的假冒货物无须经过诉讼即可快速、低成本地销毁，其关键在于"
                            "“沉默视为同意”规则：申报人或货物持有人在期限内既不同意也不反对的，海关可以视为其同意销毁"
                            "（第23条第1款）。据securingindustry.com对欧盟委员会2015年和2016年报告的归纳，超过90%的扣留"
                            "案件最终以货物被销毁或进入诉讼程序告终。</p>"
                            "<p>不过，这一规则只有在权利人自己按时行动的前提下才能发挥作用：您仍须在期限内向海关提交确认侵权"
                            "和同意销毁的书面意见，否则货物将被放行。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "货物持有人提出异议时：诉讼途径",
                        "anchor": "court-route",
                        "body": (
                            "<p>申报人或货物持有人反对销毁的，海关不会自行认定是否侵权。您须自收到通知之日起10个工作日内"
                            "（易腐货物为3个工作日）提起诉讼，以确认是否构成侵权（第23条第3款）。必要时，海关可以将10个"
                            "工作日的期限再延长最多10个工作日；易腐货物的3个工作日期限不得延长（第23条）。</p>"
                            "<p>是否准备在该成员国提起诉讼，应当尽早拿定主意。建议在货物被扣留之前就物色好当地律师，"
                            "不要等到扣留之后才临时寻找。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "待销毁货物的处置限制",
                        "anchor": "restrictions",
                        "body": (
                            "<p>依第23条或第26条待销毁的货物，不得作下列处置（第25条）：</p>"
                            "<ul>"
                            "<li>放行进入自由流通，但经决定持有人同意，用于回收利用或者宣传、培训、教育用途的除外；</li>"
                            "<li>复出口；</li>"
                            "<li>适用暂缓征税的海关程序；</li>"
                            "<li>存入自由区。</li>"
                            "</ul>"
                            "<p>也就是说，被扣留的假冒货物不能简单地转运到其他市场。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "费用和赔偿责任",
                        "anchor": "costs-and-liability",
                        "body": (
                            "<p>作为决定持有人，您须承担海关自扣留之时起发生的费用，包括仓储、处理、运输和销毁费用"
                            "（第29条）。提交申请之前就应将这部分费用纳入预算，欧盟申请涉及的入境口岸较多时尤其如此。</p>"
                            "<p>因您的作为或不作为导致程序终止，或者货物事后被证明并未侵犯您的权利的，您还须对货物持有人"
                            "承担赔偿责任（第28条）。因此，错过期限或者侵权确认依据不足，绝不只是程序上的小疏忽。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "如果您是申报人或货物持有人",
                        "anchor": "goods-holder",
                        "body": (
                            "<p>中国出口企业有时会遇到自己的货物在欧盟被扣留的情况。收到通知后应当立即处理：您须在10个"
                            "工作日内（易腐货物为3个工作日）表示同意销毁或者提出异议（第23条第1款）。不作任何表示的，"
                            "海关可以视为您同意销毁，货物随即可能被销毁。</p>"
                            "<p>如果您认为货物是正品或者系合法生产，应当在期限内提出书面异议，并保存好采购发票、许可合同等"
                            "证据。此后，权利人如希望货物继续处于扣留状态，就必须向法院提起诉讼。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "货物是否为假货，由海关认定吗？",
                                "answer": (
                                    "<p>不是。在标准程序下，只要符合第23条第1款规定的条件，货物即可销毁，无须任何一方对是否"
                                    "侵权作出认定。申报人或货物持有人提出异议的，交由法院处理。</p>"
                                ),
                            },
                            {
                                "question": "错过了期限怎么办？",
                                "answer": (
                                    "<p>海关未在期限内收到您确认侵权和同意销毁的书面意见，也未获知您已提起诉讼的，货物将被放行"
                                    "（第23条）。如需更多时间，应当在期限届满前申请延长，最多可延长10个工作日（第23条）；"
                                    "易腐货物不能延长。</p>"
                                ),
                            },
                            {
                                "question": "仓储和销毁费用由谁承担？",
                                "answer": (
                                    "<p>依第29条，由决定持有人承担。费用自货物被扣留之时起计算，包括仓储、处理、运输和销毁"
                                    "等费用。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会税收与关税同盟总司（TAXUD）：“维护您的权利”",
                        "url": TAXUD_URL,
                        "description": "关于海关对嫌疑货物采取措施的官方信息，包括扣留相关问答。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 4. Small consignments procedure
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-small-consignments",
        "jurisdiction": "eu",
        "ipr_types": ["trade_mark", "copyright", "design"],
        "audiences": ["right_holder", "sme"],
        "stage": "detention",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-detention-and-destruction",
            "eu-application-for-action",
            "eu-customs-enforcement-overview",
            "eu-china-comparison",
        ],
        "en": {
            "title": "The small consignments procedure for postal and courier parcels",
            "summary": (
                "How EU customs can destroy counterfeit and pirated goods sent in small postal or courier "
                "parcels without involving the right holder case by case, and how to opt in."
            ),
            "legal_basis": "Regulation (EU) No 608/2013, Arts 2, 23, 25, 26 and 29",
            "body": [
                (
                    "rich_text",
                    "<p>With the growth of online shopping, many fakes now reach the EU in small parcels "
                    "rather than in containers. Handling every parcel under the standard procedure would "
                    "swamp both customs and right holders, so Article 26 of Regulation (EU) No 608/2013 "
                    "offers a lighter route: the small consignments procedure.</p>"
                    "<p>Under this procedure customs deal directly with the declarant or holder of the "
                    "goods. If that person agrees, or says nothing, the goods are destroyed, and you are not "
                    "asked to act in each individual case.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "When the procedure can be used",
                        "anchor": "conditions",
                        "body": (
                            "<p>Customs may use the small consignments procedure only if all of the "
                            "following conditions are met (Art. 26(1)):</p>"
                            "<ul>"
                            "<li>the goods are suspected of being counterfeit or pirated goods;</li>"
                            "<li>they are not perishable;</li>"
                            "<li>they are covered by an application for action that has been granted;</li>"
                            "<li>the holder of the decision asked for the procedure in the application;</li>"
                            "<li>the goods are sent in small consignments.</li>"
                            "</ul>"
                            "<p>Because the procedure is limited to counterfeit and pirated goods, it matters "
                            "mainly for trade marks, copyright and designs. Goods suspected of infringing "
                            "patents, utility models and other technical rights go through the standard "
                            "procedure.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Definition of a small consignment: to be confirmed",
                        "text": (
                            "<p>Article 2 of Regulation (EU) No 608/2013 defines a small consignment. Our "
                            "sources describe it as a postal or express courier consignment of no more than "
                            "3 units or with a gross weight of less than 2 kg, but this definition in "
                            "Article 2 is still to be confirmed against the official text. Check the "
                            "Article on EUR-Lex before relying on it.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "How a small consignment is handled",
                        "steps": [
                            {
                                "actor": "Customs",
                                "action": "Detain the parcel and, within 1 working day, notify the declarant or "
                                "holder of the goods that customs intend to destroy the goods.",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 26",
                            },
                            {
                                "actor": "Declarant or holder of the goods",
                                "action": "Agree to destruction or give their views within 10 working days of "
                                "notification.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 26",
                            },
                            {
                                "actor": "Customs",
                                "action": "If the declarant or holder of the goods agrees or does not reply, "
                                "destroy the goods. The holder of the decision does not have to act "
                                "in the individual case.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 26",
                            },
                            {
                                "actor": "Customs",
                                "action": "If the declarant or holder of the goods objects, inform the holder of "
                                "the decision and give the quantity and nature of the goods, with "
                                "images.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 26",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Act under the time limits of the standard procedure, which now apply: "
                                "in particular, start proceedings within 10 working days if you want "
                                "to keep the goods off the market.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Arts 23 and 26",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "How to opt in",
                        "anchor": "opt-in",
                        "body": (
                            "<p>The procedure is not automatic. You must request it when you file your "
                            "application for action, and you can do so right by right or product by product. "
                            "In IPEP the option appears in the third step of the e-form, together with the "
                            "product data. The exact wording of the related item in Article 6(3), including "
                            "any agreement to bear the cost of destruction where customs ask for it, is to be "
                            "confirmed against the official text.</p>"
                            "<p>You can change your choice later by filing an amendment in the portal you "
                            "used for the original application.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Benefits and points to weigh",
                        "anchor": "benefits-and-trade-offs",
                        "body": (
                            "<p>For many SMEs the procedure is attractive: you do not have to examine every "
                            "parcel, and clear-cut fakes leave the flow of goods without court costs.</p>"
                            "<p>There are points to weigh as well. Because you are not involved case by "
                            "case, you learn less about individual senders. The general rule that the holder "
                            "of the decision bears the costs of customs action (Art. 29) also needs to be "
                            "factored in. And some right holders have withdrawn their requests for the "
                            "procedure, which shows that it does not suit every business. Review your choice "
                            "each time you extend your application.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What the figures show",
                        "anchor": "impact",
                        "body": (
                            "<p>The procedure has left a clear mark on EU customs statistics. The figures "
                            "below come from the Commission's annual enforcement reports, as cited in the "
                            "sources named in the table.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Small consignments in EU customs statistics",
                        "header": ["Year", "What was reported", "Source"],
                        "rows": [
                            [
                                "2013",
                                "Small consignments accounted for 72% of all customs detentions.",
                                "Commission report on 2013, as summarised by Lexology",
                            ],
                            [
                                "2014",
                                "The new small consignments procedure pushed up the number of "
                                "detentions.",
                                "Commission report on 2014, as quoted by wordscope.be",
                            ],
                            [
                                "2015",
                                "The number of cases fell by 15%, partly because some applicants "
                                "withdrew their requests for the small consignments procedure.",
                                "Commission report published in 2016, as summarised by dekuzu.com",
                            ],
                            [
                                "2018",
                                "Postal and courier shipments made up about 84% of customs "
                                "interventions.",
                                "Malta Customs summary of the 2018 figures",
                            ],
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Does the procedure apply to patents?",
                                "answer": (
                                    "<p>No. It is available only for goods suspected of being counterfeit or "
                                    "pirated (Art. 26(1)). Goods suspected of infringing a patent follow the "
                                    "standard procedure.</p>"
                                ),
                            },
                            {
                                "question": "Can customs use the procedure if we did not ask for it?",
                                "answer": (
                                    "<p>No. One of the conditions is that the holder of the decision requested "
                                    "the procedure in the application for action (Art. 26(1)).</p>"
                                ),
                            },
                            {
                                "question": "A parcel we sent has been detained. What should we do?",
                                "answer": (
                                    "<p>Reply to the customs notice within 10 working days (Art. 26). If you "
                                    "do not reply, you are treated as agreeing to destruction. If you believe "
                                    "the goods are lawful, object within that time and provide evidence.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": "Request the small consignments procedure when you file or amend your "
                        "application for action.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "邮政和快递包裹适用的小件包裹程序",
            "summary": (
                "通过邮政或快递寄送的小件包裹中如有假冒或盗版货物，欧盟海关可以在权利人无须逐案参与的情况下予以销毁。"
                "本页介绍该程序的适用条件、处理流程以及如何申请适用。"
            ),
            "legal_basis": "欧盟第608/2013号条例第2条、第23条、第25条、第26条、第29条",
            "body": [
                (
                    "rich_text",
                    "<p>随着网络购物的普及，大量假冒货物不再以集装箱形式进入欧盟，而是化整为零，通过小件包裹入境。"
                    "如果每个包裹都按标准程序处理，海关和权利人都将不堪重负。为此，欧盟第608/2013号条例第26条"
                    "设立了一种更为简便的程序，即小件包裹程序。</p>"
                    "<p>在该程序下，海关直接与申报人或货物持有人联系。对方同意销毁或者未作表示的，货物即予销毁，"
                    "权利人无须就每一个案件逐一采取行动。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "适用条件",
                        "anchor": "conditions",
                        "body": (
                            "<p>只有同时满足下列条件，海关才能适用小件包裹程序（第26条第1款）：</p>"
                            "<ul>"
                            "<li>货物涉嫌为假冒货物或盗版货物；</li>"
                            "<li>货物不属于易腐货物；</li>"
                            "<li>货物属于已获批准的海关执法申请的保护范围；</li>"
                            "<li>决定持有人已在申请中请求适用该程序；</li>"
                            "<li>货物以小件包裹形式寄运。</li>"
                            "</ul>"
                            "<p>由于该程序仅适用于假冒和盗版货物，主要涉及商标、著作权和外观设计。涉嫌侵犯专利、实用新型等"
                            "技术类权利的货物，适用标准程序。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "小件包裹的定义：有待核实",
                        "text": (
                            "<p>欧盟第608/2013号条例第2条对“小件包裹”作了定义。根据现有资料，小件包裹是指不超过3件或者"
                            "毛重不足2公斤的邮政或快递包裹，但第2条的这一定义有待对照官方文本核实。据此作出判断之前，"
                            "请先查阅EUR-Lex上的条文。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "小件包裹的处理流程",
                        "steps": [
                            {
                                "actor": "海关",
                                "action": "扣留包裹，并在1个工作日内通知申报人或货物持有人，告知海关拟销毁该货物。",
                                "time_limit": 1,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第26条",
                            },
                            {
                                "actor": "申报人或货物持有人",
                                "action": "自收到通知之日起10个工作日内表示同意销毁，或者陈述意见。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第26条",
                            },
                            {
                                "actor": "海关",
                                "action": "申报人或货物持有人同意销毁或者未作答复的，销毁货物；决定持有人无须就该案采取任何行动。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第26条",
                            },
                            {
                                "actor": "海关",
                                "action": "申报人或货物持有人提出异议的，通知决定持有人，并告知货物的数量和性质，同时提供货物图片。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第26条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "此时转而适用标准程序的各项期限，尤其是：如希望阻止货物进入市场，须在10个工作日内"
                                "提起诉讼。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第23条、第26条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "如何申请适用",
                        "anchor": "opt-in",
                        "body": (
                            "<p>小件包裹程序并不自动适用。您须在提交海关执法申请时提出请求，并可以按权利或按产品分别选择。"
                            "在IPEP中，该选项位于电子申请表的第三步，与产品信息一并填写。第6条第3款中相关项目的确切表述，"
                            "包括海关提出要求时是否须同意承担销毁费用，有待对照官方文本核实。</p>"
                            "<p>日后如需调整，可以通过原申请所用的门户提交修改申请。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "优势与需要权衡的因素",
                        "anchor": "benefits-and-trade-offs",
                        "body": (
                            "<p>对许多中小企业而言，该程序颇具吸引力：无须逐一核查每个包裹，明显的假冒货物即可退出流通，"
                            "也不必承担诉讼费用。</p>"
                            "<p>但也有一些因素需要权衡。由于不逐案参与，权利人对具体寄件人的了解会相应减少。决定持有人原则上"
                            "承担海关行动所产生费用的规定（第29条），也需要一并考虑。此外，确有部分权利人撤回了适用该程序的"
                            "请求，说明这一选择并非适合所有企业。建议每次申请延期时重新评估。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "数据反映的情况",
                        "anchor": "impact",
                        "body": (
                            "<p>小件包裹程序在欧盟海关统计数据中留下了明显印记。下表数据来自欧盟委员会年度执法报告，"
                            "具体出处见表中说明。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "欧盟海关统计中的小件包裹",
                        "header": ["年份", "报告内容", "出处"],
                        "rows": [
                            [
                                "2013年",
                                "小件包裹占海关扣留案件总数的72%。",
                                "欧盟委员会2013年度报告（Lexology摘要）",
                            ],
                            [
                                "2014年",
                                "新设立的小件包裹程序推高了扣留案件数量。",
                                "欧盟委员会2014年度报告（wordscope.be引述）",
                            ],
                            [
                                "2015年",
                                "案件数量下降15%，原因之一是部分申请人撤回了适用小件包裹程序的请求。",
                                "欧盟委员会2016年发布的报告（dekuzu.com摘要）",
                            ],
                            [
                                "2018年",
                                "邮政和快递渠道约占海关干预行动的84%。",
                                "马耳他海关对2018年数据的摘要",
                            ],
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "该程序适用于专利吗？",
                                "answer": (
                                    "<p>不适用。小件包裹程序仅适用于涉嫌假冒或盗版的货物（第26条第1款），涉嫌侵犯专利的货物"
                                    "适用标准程序。</p>"
                                ),
                            },
                            {
                                "question": "我们没有申请适用，海关可以使用该程序吗？",
                                "answer": (
                                    "<p>不可以。决定持有人已在海关执法申请中请求适用该程序，是适用条件之一（第26条第1款）。</p>"
                                ),
                            },
                            {
                                "question": "我们寄出的包裹被扣留了，应当怎么办？",
                                "answer": (
                                    "<p>请在10个工作日内答复海关通知（第26条）。不作答复的，视为同意销毁。如认为货物合法，"
                                    "应当在期限内提出异议并提供证据。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "提交或修改海关执法申请时，可在此请求适用小件包裹程序。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 5. Ex officio detention
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-ex-officio-detention",
        "jurisdiction": "eu",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme"],
        "stage": "after_detention",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-application-for-action",
            "eu-detention-and-destruction",
            "eu-customs-enforcement-overview",
            "eu-validity-and-extension",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Ex officio detention: when customs act before you have applied",
            "summary": (
                "EU customs can detain suspect goods on their own initiative even without an application "
                "for action. You then have very little time to file one. This page explains the steps "
                "and time limits."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 5(3), 9(2), 11, 18, 23 and 29; Implementing "
                "Regulation (EU) 2018/582"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Customs officers do not need an application for action to stop goods they suspect "
                    "of infringing an intellectual property right. Under Article 18 of Regulation (EU) "
                    "No 608/2013 they can suspend the release of the goods or detain them on their own "
                    "initiative, which is known as acting <em>ex officio</em>. They then try to identify the "
                    "right holder and tell them.</p>"
                    "<p>For a right holder who has not yet filed an application, that message is both an "
                    "opportunity and a test: the goods stay detained only if you move fast.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "How ex officio action works",
                        "anchor": "how-it-works",
                        "body": (
                            "<p>Ex officio action covers cases in which customs suspect an infringement but "
                            "have no granted application for action for the right concerned. Customs suspend "
                            "release or detain the goods and notify the persons entitled to apply.</p>"
                            "<p>From that notification you have 4 working days to lodge an application for "
                            "action. If no application arrives in time, customs release the goods "
                            "(Art. 18).</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Steps and time limits after an ex officio detention",
                        "steps": [
                            {
                                "actor": "Customs",
                                "action": "Suspend release or detain the goods on their own initiative and notify "
                                "the persons entitled to apply.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 18",
                            },
                            {
                                "actor": "Right holder",
                                "action": "Lodge a national application under Article 5(3) within 4 working days "
                                "of the notification.",
                                "time_limit": 4,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 18",
                            },
                            {
                                "actor": "Customs",
                                "action": "If no application has been lodged within the 4 working days, release "
                                "the goods.",
                                "time_limit": 4,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 18",
                            },
                            {
                                "actor": "Customs",
                                "action": "Decide on the application within 2 working days, because the goods "
                                "are already detained.",
                                "time_limit": 2,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 9(2)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "If the application lacked the data on the authentic goods, the "
                                "identification data and the risk-analysis data (Art. 6(3)(g) to (i)), "
                                "supply them within 10 working days; otherwise the decision covers only "
                                "the goods already detained.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 11(2)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "For the detained goods, follow the standard procedure: confirm the "
                                "infringement and agree to destruction, or start proceedings, within "
                                "the time limits of Article 23.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 23",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The national application under Article 5(3)",
                        "anchor": "article-5-3-application",
                        "body": (
                            "<p>The application you lodge after an ex officio detention is a special national "
                            "application, referred to in Article 5(3). It asks the customs authority of the "
                            "Member State that detained the goods to act. Since Implementing Regulation (EU) "
                            "2018/582, box 2 of the form has a separate tick box for this type of "
                            "application.</p>"
                            "<p>Because it is a national application, it covers only that Member State. If "
                            "you want protection in other Member States too, file separate national "
                            "applications or, for rights with Union-wide effect, a Union application.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Very little time to react",
                        "text": (
                            "<p>Four working days (Regulation (EU) No 608/2013, Art. 18) is often not enough "
                            "to gather registration certificates, powers of attorney and product data from "
                            "scratch, especially across time zones. Keep a ready-made application pack or, "
                            "better still, file an application for action before any goods are stopped.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "If your product data are incomplete",
                        "anchor": "missing-product-data",
                        "body": (
                            "<p>Under time pressure you may not be able to give all the information listed in "
                            "Article 6(3)(g) to (i): the data on the authentic goods, the information that "
                            "helps customs identify suspect goods, and the risk-analysis information. Customs "
                            "can still grant the application, but it then applies only to the goods already "
                            "detained unless you supply the missing data within 10 working days "
                            "(Art. 11(2)).</p>"
                            "<p>If you provide the data in time, the decision can protect your right beyond "
                            "this one consignment, for a period of action of up to one year "
                            "(Art. 11(1)).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Why it pays to apply in advance",
                        "anchor": "apply-in-advance",
                        "body": (
                            "<p>Ex officio action is a safety net, not a strategy. Customs act on their own "
                            "initiative only when they happen to suspect an infringement and can identify "
                            "whom to contact. An application for action filed in advance gives officers the "
                            "product knowledge they need, puts your contacts on file and gives you the normal "
                            "time limits instead of a 4-working-day scramble (Art. 18).</p>"
                            "<p>Filing is free, and customs decide on an ordinary application within 30 "
                            "working days (Art. 9(1)).</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Will customs always find and contact us?",
                                "answer": (
                                    "<p>Not necessarily. Customs first need to identify who is entitled to "
                                    "apply. According to the EUIPO, company data entered in IPEP are visible to "
                                    "all registered enforcement authorities, which makes it easier for them to "
                                    "find you.</p>"
                                ),
                            },
                            {
                                "question": "Can we file a Union application after an ex officio detention?",
                                "answer": (
                                    "<p>The application referred to in Article 5(3) is a national application "
                                    "for the Member State concerned. If your rights have Union-wide effect, you "
                                    "can file a Union application separately to cover the future.</p>"
                                ),
                            },
                            {
                                "question": "Do we have to pay anything?",
                                "answer": (
                                    "<p>The application is free. If the goods stay detained, the costs of "
                                    "storage and destruction fall on the holder of the decision "
                                    "(Art. 29).</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": "The official platform for filing and managing applications for "
                        "action.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "依职权扣留：海关在您提出申请之前采取行动",
            "summary": (
                "即使没有海关执法申请，欧盟海关也可以主动扣留嫌疑货物，此时权利人提交申请的时间非常紧迫。"
                "本页说明相关步骤和期限。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例第5条第3款、第9条第2款、第11条、第18条、第23条、第29条；"
                "欧盟委员会第2018/582号实施条例"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>海关关员并非只有在收到海关执法申请后，才能拦截涉嫌侵犯知识产权的货物。根据欧盟第608/2013号条例"
                    "第18条，海关可以主动暂停放行或扣留货物，即<em>依职权</em>采取行动，随后设法查明权利人并通知对方。</p>"
                    "<p>对于尚未提交申请的权利人来说，这一通知既是机会，也是考验：只有迅速行动，货物才能继续处于扣留状态。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "依职权行动如何运作",
                        "anchor": "how-it-works",
                        "body": (
                            "<p>依职权行动适用于海关怀疑存在侵权、但相关权利尚无获批海关执法申请的情形。海关暂停放行或扣留"
                            "货物后，会通知有权提出申请的人。</p>"
                            "<p>自收到通知之日起，权利人只有4个工作日提交海关执法申请；逾期未提交的，海关将放行货物"
                            "（第18条）。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "依职权扣留后的步骤与期限",
                        "steps": [
                            {
                                "actor": "海关",
                                "action": "主动暂停放行或扣留货物，并通知有权提出申请的人。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第18条",
                            },
                            {
                                "actor": "权利人",
                                "action": "自收到通知之日起4个工作日内，依第5条第3款提交国家申请。",
                                "time_limit": 4,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第18条",
                            },
                            {
                                "actor": "海关",
                                "action": "4个工作日内未收到申请的，放行货物。",
                                "time_limit": 4,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第18条",
                            },
                            {
                                "actor": "海关",
                                "action": "由于货物已被扣留，在2个工作日内对申请作出决定。",
                                "time_limit": 2,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第9条第2款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "申请中缺少正品信息、识别信息和风险分析信息（第6条第3款（g）至（i）项）的，"
                                "须在10个工作日内补交；否则，决定仅适用于已被扣留的货物。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第11条第2款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "对已扣留的货物适用标准程序：在第23条规定的期限内确认侵权并同意销毁，或者提起诉讼。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第23条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "依第5条第3款提出的国家申请",
                        "anchor": "article-5-3-application",
                        "body": (
                            "<p>海关依职权扣留货物后提出的申请，是第5条第3款所指的一种特殊国家申请，即请求扣留货物的成员国"
                            "海关采取行动。根据欧盟委员会第2018/582号实施条例，申请表第2栏专门为这类申请设置了勾选项。</p>"
                            "<p>既然属于国家申请，其效力仅及于该成员国。如希望在其他成员国同样获得保护，应当另行提交国家申请；"
                            "对于在全欧盟范围内有效的权利，也可以提交欧盟申请。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "应对时间非常紧张",
                        "text": (
                            "<p>4个工作日（欧盟第608/2013号条例第18条）往往不足以从零开始收集注册证书、授权委托书和产品资料，"
                            "存在时差时更是如此。建议事先备好一套申请材料；更稳妥的做法是在货物被拦截之前就提交海关执法申请。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "产品信息不完整时",
                        "anchor": "missing-product-data",
                        "body": (
                            "<p>时间紧迫时，权利人可能无法提供第6条第3款（g）至（i）项所列的全部信息，即正品信息、便于海关"
                            "识别嫌疑货物的信息和风险分析信息。海关仍可批准申请，但除非您在10个工作日内补交上述信息，"
                            "否则该决定仅适用于已被扣留的货物（第11条第2款）。</p>"
                            "<p>按时补交信息后，该决定的保护范围便不再局限于本批货物，可在最长1年的行动期间内持续有效"
                            "（第11条第1款）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "为什么应当提前申请",
                        "anchor": "apply-in-advance",
                        "body": (
                            "<p>依职权行动只是一张安全网，不能当作维权策略。只有在海关恰好怀疑存在侵权、并且能够找到联系对象时，"
                            "才会主动采取行动。提前提交海关执法申请，可以让海关关员掌握识别产品所需的信息，使您的联系方式"
                            "留存在案，并让您适用正常的期限，不必在4个工作日内仓促应对（第18条）。</p>"
                            "<p>提交申请不收取费用，海关对一般申请应当在30个工作日内作出决定（第9条第1款）。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "海关一定能找到并联系到我们吗？",
                                "answer": (
                                    "<p>不一定。海关首先需要查明谁有权提出申请。根据欧盟知识产权局的说明，企业在IPEP中填写的"
                                    "公司信息对所有注册执法机关可见，这有助于海关找到您。</p>"
                                ),
                            },
                            {
                                "question": "依职权扣留之后，可以提交欧盟申请吗？",
                                "answer": (
                                    "<p>第5条第3款所指的申请，是针对相关成员国的国家申请。如果您的权利在全欧盟范围内有效，"
                                    "可以另行提交欧盟申请，用于今后的保护。</p>"
                                ),
                            },
                            {
                                "question": "需要缴纳费用吗？",
                                "answer": (
                                    "<p>提交申请不收费。货物继续被扣留的，仓储和销毁等费用由决定持有人承担（第29条）。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "提交和管理海关执法申请的官方平台。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 6. Validity, extension and changes
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-validity-and-extension",
        "jurisdiction": "eu",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "renewal",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-application-for-action",
            "eu-customs-enforcement-overview",
            "eu-ex-officio-detention",
            "eu-small-consignments",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Validity, extension and changes to your application for action",
            "summary": (
                "How long a granted application for action lasts, when and how to ask for an extension, "
                "and your duty to keep customs informed of changes."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 9, 11, 12 and 15; Implementing Regulation (EU) "
                "No 1352/2013, Annex II, as amended; Implementing Regulation (EU) 2024/2399"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>A granted application for action is not permanent. Customs fix a period during "
                    "which they will act, and when that period ends your protection stops unless you have "
                    "asked for an extension in time.</p>"
                    "<p>This page explains the period of action, the extension procedure and your duty to "
                    "keep the information in your application up to date.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "How long a decision lasts",
                        "anchor": "validity",
                        "body": (
                            "<p>When customs grant your application, they set the period during which they "
                            "will take action. It starts on the day after the decision is adopted and may "
                            "not exceed one year (Regulation (EU) No 608/2013, Art. 11(1)). Note the end "
                            "date stated in the decision.</p>"
                            "<p>If you obtained the decision after an ex officio detention without supplying "
                            "full product data, it may cover only the goods that were detained "
                            "(Art. 11(2)); see the page on ex officio detention.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Asking for an extension",
                        "anchor": "extension",
                        "body": (
                            "<p>Before the period ends, the holder of the decision can ask customs to extend "
                            "it (Art. 12). The request uses the standard form in Annex II to Implementing "
                            "Regulation (EU) No 1352/2013, as amended, and since 3 October 2024 it must be "
                            "filed electronically (Implementing Regulation (EU) 2024/2399). You must first "
                            "pay any amounts you owe to customs under the Regulation.</p>"
                            "<p>Timing matters. Customs may refuse a request that reaches them less than 30 "
                            "working days before the period expires (Art. 12). They decide on the request "
                            "within 30 working days, and each extension can again last up to one year "
                            "(Art. 12). No administrative fee is charged for an extension (Art. 12).</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Extension timeline",
                        "steps": [
                            {
                                "actor": "Holder of the decision",
                                "action": "As soon as the decision arrives, enter the end of the period of "
                                "action in your calendar, with a reminder well ahead of the filing "
                                "deadline below.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 11(1)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Review your rights, product data and representatives, and settle any "
                                "amounts owed to customs.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 12",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "File the extension request through the portal used for the original "
                                "application, no later than 30 working days before the period "
                                "expires.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 12",
                            },
                            {
                                "actor": "Customs",
                                "action": "Decide on the extension request within 30 working days.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 12",
                            },
                            {
                                "actor": "Customs",
                                "action": "If the request is granted, extend the period of action by up to one "
                                "year.",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 12",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Count working days, not weeks",
                        "text": (
                            "<p>Working days do not include weekends or public holidays, and public holidays "
                            "differ between Member States. The 30-working-day limit in Article 12 therefore "
                            "means filing at least six calendar weeks before expiry; build in a comfortable "
                            "margin on top of that.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Keeping customs informed of changes",
                        "anchor": "notify-changes",
                        "body": (
                            "<p>As holder of the decision, you must tell the competent customs department "
                            "that granted your application about relevant changes (Art. 15). Typical "
                            "examples are:</p>"
                            "<ul>"
                            "<li>a right listed in the application lapses, is cancelled or changes "
                            "owner;</li>"
                            "<li>new product lines, packaging or security features;</li>"
                            "<li>new authorised manufacturers, distributors or logistics routes;</li>"
                            "<li>new contact persons or a new representative.</li>"
                            "</ul>"
                            "<p>Keeping the data current is in your own interest: officers can only spot "
                            "fakes against an accurate picture of the genuine goods.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Amendments and extensions go through the same portal",
                        "anchor": "same-portal",
                        "body": (
                            "<p>Amendments and extension requests must be filed through the portal you used "
                            "for the original application, according to the European Commission's TAXUD "
                            "guidance. If you filed in IPEP, amend and extend in IPEP; if you filed in the "
                            "German or Spanish national portal, stay with it.</p>"
                            "<p>National customs guidance (for example from Cyprus customs) states that "
                            "since 15 September 2020 an EORI number has been needed to submit, amend or "
                            "extend an application. If a representative manages your file, check before the "
                            "extension date that their powers and identifiers are still valid.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Do not rely on automatic reminders",
                        "anchor": "reminders",
                        "body": (
                            "<p>It has not been confirmed that IPEP sends automatic e-mail reminders before "
                            "an application expires. The EUIPO has published news items reminding users of "
                            "the 30-working-day extension deadline in Article 12, but you should run your "
                            "own reminder system. If your company holds several decisions, keep a simple "
                            "register listing each decision, its Member States, its end date and its "
                            "extension deadline.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Key time limits in the life of an application for action "
                        "(Regulation (EU) No 608/2013)",
                        "header": ["Event", "Time limit"],
                        "rows": [
                            [
                                "Period of action after grant",
                                "Up to one year, starting the day after adoption (Art. 11(1))",
                            ],
                            [
                                "Latest safe date for an extension request",
                                "30 working days before expiry; later requests may be refused (Art. 12)",
                            ],
                            [
                                "Customs decision on an extension",
                                "Within 30 working days (Art. 12)",
                            ],
                            ["Length of each extension", "Up to one year (Art. 12)"],
                            ["Fee for an extension", "No administrative fee (Art. 12)"],
                            ["Notifying changes", "Whenever a relevant change occurs (Art. 15)"],
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "What if we miss the extension deadline?",
                                "answer": (
                                    "<p>Customs may refuse a late request (Art. 12). If the period of action "
                                    "ends without an extension, customs no longer act on your application and "
                                    "you would need to file a new one, which customs decide on within 30 "
                                    "working days (Art. 9(1)).</p>"
                                ),
                            },
                            {
                                "question": "How do we update product information during the period of action?",
                                "answer": (
                                    "<p>File an amendment through the portal used for the original application. "
                                    "Keeping product information current is part of your duty under "
                                    "Article 15.</p>"
                                ),
                            },
                            {
                                "question": "Is there a fee for an extension?",
                                "answer": (
                                    "<p>No. Article 12 provides that no administrative fee is charged. You must, "
                                    "however, first pay any amounts you owe to customs under the "
                                    "Regulation.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": "Request extensions and file amendments for applications filed in "
                        "IPEP.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission (DG TAXUD): Defend your rights",
                        "url": TAXUD_URL,
                        "description": "Official guidance, including the manual for applications, amendments "
                        "and extensions.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "海关执法申请的有效期、延期与变更",
            "summary": "获批的海关执法申请有效期多长、何时以及如何申请延期，以及权利人向海关通报变更情况的义务。",
            "legal_basis": (
                "欧盟第608/2013号条例第9条、第11条、第12条、第15条；欧盟委员会第1352/2013号实施条例附件二"
                "（经修订）；欧盟委员会第2024/2399号实施条例"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>获批的海关执法申请并非永久有效。海关会确定一个采取行动的期间，期间届满后，除非您已按时申请延期，"
                    "否则保护随即终止。</p>"
                    "<p>本页介绍行动期间、延期程序，以及您持续更新申请信息的义务。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "决定的有效期",
                        "anchor": "validity",
                        "body": (
                            "<p>海关批准申请时，会确定采取行动的期间。该期间自决定作出之日的次日起算，最长不超过1年"
                            "（欧盟第608/2013号条例第11条第1款）。请记下决定中载明的截止日期。</p>"
                            "<p>如果决定是在依职权扣留之后作出的，而您未补交完整的产品信息，该决定可能仅适用于已被扣留的"
                            "货物（第11条第2款），详见“依职权扣留”一页。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "申请延期",
                        "anchor": "extension",
                        "body": (
                            "<p>行动期间届满前，决定持有人可以请求海关延期（第12条）。延期申请使用欧盟委员会第1352/2013号"
                            "实施条例附件二（经修订）规定的标准表格，并且自2024年10月3日起须以电子方式提交（欧盟委员会"
                            "第2024/2399号实施条例）。申请延期之前，须先缴清依该条例应向海关支付的款项。</p>"
                            "<p>时间安排至关重要。延期申请在期间届满前不足30个工作日才送达海关的，海关可以拒绝（第12条）。"
                            "海关应当在30个工作日内作出决定，每次延期最长仍为1年（第12条）。延期不收取行政费用（第12条）。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "延期时间表",
                        "steps": [
                            {
                                "actor": "决定持有人",
                                "action": "收到决定后，立即将行动期间的截止日期记入日程，并在下述提交期限之前预留充足的提醒时间。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第11条第1款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "核对权利、产品信息和代理人情况，并缴清应向海关支付的款项。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第12条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "通过原申请所用的门户提交延期申请，最迟应在期间届满前30个工作日提交。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第12条",
                            },
                            {
                                "actor": "海关",
                                "action": "在30个工作日内对延期申请作出决定。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第12条",
                            },
                            {
                                "actor": "海关",
                                "action": "批准延期的，将行动期间延长最多1年。",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "欧盟第608/2013号条例第12条",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "按工作日计算，而不是按周计算",
                        "text": (
                            "<p>工作日不包括周末和公众假日，而各成员国的公众假日并不相同。因此，按照第12条规定的30个工作日"
                            "计算，至少要在期间届满前6个日历周提交申请；在此基础上，还应再留出充裕的余量。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "及时通报变更情况",
                        "anchor": "notify-changes",
                        "body": (
                            "<p>作为决定持有人，您须将相关变更情况告知批准申请的主管海关部门（第15条）。常见情形包括：</p>"
                            "<ul>"
                            "<li>申请中所列权利失效、被撤销或者发生转让；</li>"
                            "<li>推出新的产品线、包装或防伪特征；</li>"
                            "<li>授权生产商、经销商或物流路线发生变化；</li>"
                            "<li>联系人或代理人发生变更。</li>"
                            "</ul>"
                            "<p>保持信息准确也符合您自身的利益：海关关员只有对照准确的正品信息，才能识别出假货。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "修改和延期须通过同一门户办理",
                        "anchor": "same-portal",
                        "body": (
                            "<p>根据欧盟委员会税收与关税同盟总司（TAXUD）的指引，申请的修改和延期必须通过原申请所用的门户办理。"
                            "原申请通过IPEP提交的，修改和延期也在IPEP中办理；原申请通过德国或西班牙本国门户提交的，继续使用该门户。</p>"
                            "<p>据成员国海关发布的指引（例如塞浦路斯海关），自2020年9月15日起，提交、修改或延期申请均须具备"
                            "EORI号码。如由代理人管理申请，应当在延期之前核实其授权和识别号码是否仍然有效。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "不要依赖系统自动提醒",
                        "anchor": "reminders",
                        "body": (
                            "<p>目前尚无法确认IPEP是否会在申请到期前自动发送电子邮件提醒。欧盟知识产权局曾发布新闻，提醒用户"
                            "注意第12条规定的30个工作日延期期限，但企业仍应建立自己的提醒机制。持有多项决定的企业，可以建立"
                            "一份简单的台账，列明每项决定涉及的成员国、截止日期和延期申请的最后期限。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "海关执法申请各环节的主要期限（欧盟第608/2013号条例）",
                        "header": ["事项", "期限"],
                        "rows": [
                            [
                                "获批后的行动期间",
                                "最长1年，自决定作出之日的次日起算（第11条第1款）",
                            ],
                            [
                                "提交延期申请的稳妥期限",
                                "期间届满前30个工作日；晚于此时提交的，海关可以拒绝（第12条）",
                            ],
                            ["海关对延期申请作出决定", "30个工作日内（第12条）"],
                            ["每次延期的期限", "最长1年（第12条）"],
                            ["延期费用", "不收取行政费用（第12条）"],
                            ["通报变更情况", "发生相关变更时（第15条）"],
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "错过了延期期限怎么办？",
                                "answer": (
                                    "<p>海关可以拒绝逾期提交的延期申请（第12条）。行动期间届满而未获延期的，海关将不再依该申请"
                                    "采取行动，您需要重新提交申请，海关应当在30个工作日内对新申请作出决定（第9条第1款）。</p>"
                                ),
                            },
                            {
                                "question": "行动期间内如何更新产品信息？",
                                "answer": (
                                    "<p>通过原申请所用的门户提交修改申请。及时更新产品信息，也是您依第15条承担的义务之一。</p>"
                                ),
                            },
                            {
                                "question": "延期需要缴费吗？",
                                "answer": (
                                    "<p>不需要。第12条规定延期不收取行政费用，但须先缴清依该条例应向海关支付的款项。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "通过IPEP提交的申请，可在此申请延期和办理修改。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会税收与关税同盟总司（TAXUD）：“维护您的权利”",
                        "url": TAXUD_URL,
                        "description": "官方指引，包括申请、修改和延期操作手册。",
                    },
                ),
            ],
        },
    }
)
