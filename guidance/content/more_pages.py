"""Guidance content: cross-cutting pages for EU and Chinese customs protection of IPR.

Four bilingual (English / Simplified Chinese) pages: costs, liability and undertakings; the
product identification guide; the EU–China customs cooperation Action Plan; and where to get
help. The Chinese version of every page mirrors the English block structure exactly (see the
content schema).

Facts come from the project's reference files (shared/reference/domain-facts.md and Council
note 13363/17). Items the research marks as uncertain are either left out or shown as "to be
confirmed against the official text" / “有待对照官方文本核实”. Nothing here is legal advice.
"""

IPEP_URL = "https://euipo.europa.eu/ipep/"
TAXUD_URL = (
    "https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/"
    "counterfeit-piracy-and-other-ipr-violations/defend-your-rights_en"
)
GACC_EN_URL = "https://english.customs.gov.cn/"
GACC_ZH_URL = "https://www.customs.gov.cn/"

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
CORE_IPR_TYPES = ["trade_mark", "copyright", "design", "patent"]

LAST_REVIEWED = "2026-11-30"

PAGES = []

# ---------------------------------------------------------------------------
# 1. Costs, liability and undertakings
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "costs-liability-and-undertakings",
        "jurisdiction": "both",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "apply",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "product-identification-guide",
            "where-to-get-help",
            "eu-application-for-action",
            "eu-detention-and-destruction",
            "eu-small-consignments",
            "eu-validity-and-extension",
            "china-customs-recordation",
            "china-ex-officio-protection",
            "china-protection-on-application",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Costs, liability and undertakings: what customs protection commits you to",
            "summary": (
                "Asking customs for protection is free in the EU and China, but costs and "
                "responsibilities begin once goods are stopped. This page covers fees, security, "
                "costs and the commitments you sign."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 6(3), 12, 15, 23, 28 and 29; Regulations of the "
                "PRC on Customs Protection of IPR, Arts 11, 14, 16, 19, 24 and 32; GACC Implementing "
                "Measures, Arts 21–22; GACC Announcement [2015] No. 51"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Neither EU nor Chinese customs charge you for accepting a request for "
                    "protection. The costs come later, once suspect goods are stopped, and they come "
                    "with legal responsibilities. Plan for them before you file.</p>"
                    "<p>This page is general guidance, not legal advice.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "What filing costs",
                        "anchor": "filing-fees",
                        "body": (
                            "<p><strong>EU.</strong> Customs charge no fee for an application for action "
                            "and no administrative fee for extending it (Regulation (EU) No 608/2013, "
                            "Art. 12(6)). Note, however, that you can ask for an extension only after "
                            "paying any sums you owe to customs (Art. 12).</p>"
                            "<p><strong>China.</strong> Article 32 of the Regulations on Customs "
                            "Protection of IPR (the Regulations) provides for a recordation fee, which "
                            "used to be RMB 800 per recordation. The GACC suspended it from "
                            "1 November 2015 (GACC Announcement [2015] No. 51), so recording a right is "
                            "free today.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "EU: costs and liability once goods are detained",
                        "anchor": "eu-costs-liability",
                        "body": (
                            "<p>Once customs grant your application you become the holder of the "
                            "decision. From the moment goods are detained under it, you bear the costs "
                            "customs incur: storage, handling, transport and destruction (Regulation (EU) "
                            "No 608/2013, Art. 29).</p>"
                            "<p>You are also liable towards the holder of the goods (Art. 28) if:</p>"
                            "<ul>"
                            "<li>a properly started procedure is discontinued because of something you "
                            "did or failed to do; or</li>"
                            "<li>the goods are later found not to infringe an intellectual property "
                            "right.</li>"
                            "</ul>"
                            "<p>So answer every notification of detention within the time limit, "
                            "10 working days or 3 working days for perishable goods (Art. 23), and "
                            "confirm an infringement only when you are sure the goods are not "
                            "genuine.</p>"
                            "<p>If you opt for the small consignments procedure, you also agree to pay "
                            "the cost of destroying the goods where customs ask you to (Art. 6(3)(p)). "
                            "The exact wording of this item is to be confirmed against the official "
                            "text.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "EU: the undertakings in your application",
                        "anchor": "eu-undertakings",
                        "body": (
                            "<p>Your application ends with signed commitments. The summary this portal "
                            "relies on lists them in Article 6(3) as items (l) to (o); their exact wording "
                            "is to be confirmed against the official text:</p>"
                            "<ul>"
                            "<li>(l) to notify the competent customs department of any change to the "
                            "information given (Art. 15);</li>"
                            "<li>(m) to keep the data on authentic goods, identification and risk "
                            "analysis, items (g) to (i), up to date;</li>"
                            "<li>(n) to accept liability under Article 28 and bear the costs under "
                            "Article 29;</li>"
                            "<li>(o) to agree that the Commission and the Member States may process your "
                            "data.</li>"
                            "</ul>"
                            "<p>Make one person responsible for the application and its updates. "
                            "Amendments and extensions go through the portal you used to file.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "China: security and the costs of detention",
                        "anchor": "china-security-costs",
                        "body": (
                            "<p>Chinese customs take no fee, but they ask for security whenever you ask "
                            "them to detain goods.</p>"
                            "<ul>"
                            "<li><strong>On application:</strong> security not exceeding the value of the "
                            "goods (Regulations Art. 14). It covers losses an improper application may "
                            "cause the consignee or consignor, and the costs of storing, keeping and "
                            "disposing of the goods.</li>"
                            "<li><strong>Ex officio:</strong> once customs notify you of suspect goods "
                            "under a recorded right, you have 3 working days to apply for detention and "
                            "provide security, or to explain in writing why detention is not needed "
                            "(Regulations Art. 16; GACC Implementing Measures, Arts 21–22). Confirm the "
                            "amount, set under the Implementing Measures, with customs or your agent.</li>"
                            "<li><strong>General security:</strong> holders of recorded trade marks can "
                            "provide one security covering many ex officio detentions over a period "
                            "(GACC Notice No. 31 of 2006). Secondary summaries of that notice give the "
                            "amount as the previous year's storage and disposal costs, at least "
                            "RMB 200,000, valid until 30 June of the following year; these figures are "
                            "to be confirmed against the official text.</li>"
                            "</ul>"
                            "<p>The right holder bears the storage, custody and disposal costs, and "
                            "customs may deduct them from the security.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "China: release against security in patent cases",
                        "anchor": "china-patent-release",
                        "body": (
                            "<p>The consignee or consignor of goods suspected of infringing a patent may "
                            "have them released by providing security equal to the value of the goods "
                            "(Regulations Art. 19 and Art. 24(3)); the dispute then continues before the "
                            "people's court. Customs also release goods if you withdraw your application "
                            "for detention (Regulations Art. 24). Patent holders should therefore "
                            "prepare their court action early.</p>"
                        ),
                    },
                ),
                (
                    "comparison",
                    {
                        "title": "Costs and commitments: EU and China side by side",
                        "rows": [
                            {
                                "aspect": "Fee to file",
                                "eu": "None; no administrative fee for an extension either.",
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 12(6)",
                                "china": "None: the recordation fee is suspended from 1 November 2015.",
                                "china_basis": "海关总署公告2015年第51号 / GACC Announcement [2015] No. 51",
                            },
                            {
                                "aspect": "Security",
                                "eu": "None when filing; you sign undertakings instead.",
                                "eu_basis": "Reg. (EU) No 608/2013, Arts 6(3), 28 and 29",
                                "china": "Required for each detention, or a general security.",
                                "china_basis": (
                                    "《知识产权海关保护条例》第十四条、第十六条 / Regulations Arts 14 and 16"
                                ),
                            },
                            {
                                "aspect": "Costs after detention",
                                "eu": "Storage, handling, transport and destruction, paid by the holder of the decision.",
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 29",
                                "china": "Storage, custody and disposal, paid by the right holder; deductible from the security.",
                                "china_basis": "《知识产权海关保护条例》第十四条 / Regulations Art. 14",
                            },
                            {
                                "aspect": "If the goods do not infringe",
                                "eu": "The holder of the decision is liable towards the holder of the goods.",
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 28",
                                "china": "The security covers the losses of the consignee or consignor.",
                                "china_basis": "《知识产权海关保护条例》第十四条 / Regulations Art. 14",
                            },
                            {
                                "aspect": "Keeping information current",
                                "eu": "Notify customs of any change.",
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 15",
                                "china": "Record the change within 30 working days.",
                                "china_basis": "《知识产权海关保护条例》第十一条 / Regulations Art. 11",
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
                                "question": "Do we pay anything if customs never stop our goods?",
                                "answer": (
                                    "<p>No. In the EU, costs start only with a detention (Regulation (EU) "
                                    "No 608/2013, Arts 12(6) and 29). In China, security is needed only "
                                    "when you ask customs to detain goods (Regulations Arts 14 and 16).</p>"
                                ),
                            },
                            {
                                "question": "What if the detained goods turn out to be genuine?",
                                "answer": (
                                    "<p>In the EU you may have to compensate the holder of the goods "
                                    "(Art. 28). In China your security answers for the losses of the "
                                    "consignee or consignor (Regulations Art. 14).</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "zh": {
            "title": "费用、赔偿责任与承诺：申请海关保护须承担哪些义务",
            "summary": (
                "在欧盟和中国，向海关申请保护均不收费，但货物一旦被扣留，就会产生费用和相应责任。"
                "本页介绍申请费用、担保、权利人须承担的费用以及申请时作出的各项承诺。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例第6条第3款、第12条、第15条、第23条、第28条、第29条；"
                "《中华人民共和国知识产权海关保护条例》第十一条、第十四条、第十六条、第十九条、"
                "第二十四条、第三十二条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二十一条、第二十二条；海关总署公告2015年第51号"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>无论欧盟海关还是中国海关，受理保护申请时都不收费。费用产生于嫌疑货物被扣留之后，"
                    "而且伴随着相应的法律责任。建议在提出申请之前就做好预算。</p>"
                    "<p>本页内容仅为一般性指引，不构成法律意见。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "申请和备案的费用",
                        "anchor": "filing-fees",
                        "body": (
                            "<p><strong>欧盟。</strong>提交海关执法申请（即“请求海关采取行动的申请”）不收费，"
                            "申请延期也不收取行政费用（欧盟第608/2013号条例第12条第6款）。但需要注意的是，须先"
                            "付清应向海关支付的款项，才能申请延期（第12条）。</p>"
                            "<p><strong>中国。</strong>《中华人民共和国知识产权海关保护条例》（以下简称《条例》）"
                            "第三十二条规定了备案费，原收费标准为每件人民币800元。根据海关总署公告2015年第51号，"
                            "自2015年11月1日起暂停收取备案费，因此目前办理知识产权海关保护备案不收费。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "欧盟：货物被扣留后的费用与赔偿责任",
                        "anchor": "eu-costs-liability",
                        "body": (
                            "<p>申请获海关批准后，您即成为决定持有人。自货物依该决定被扣留之时起，海关发生的"
                            "仓储、处理、运输和销毁等费用由您承担（欧盟第608/2013号条例第29条）。</p>"
                            "<p>有下列情形之一的，您还须对货物持有人承担赔偿责任（第28条）：</p>"
                            "<ul>"
                            "<li>依法启动的程序因您自身的作为或者不作为而终止；</li>"
                            "<li>货物事后被认定未侵犯知识产权。</li>"
                            "</ul>"
                            "<p>因此，收到扣留通知后，应当在规定期限内答复：一般为10个工作日，易腐货物为3个"
                            "工作日（第23条）；只有在确信货物并非正品时，才向海关确认侵权。</p>"
                            "<p>选择适用小件包裹程序的，您还须同意在海关提出要求时承担货物的销毁费用（第6条"
                            "第3款（p）项）。该项的确切表述有待对照官方文本核实。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "欧盟：申请中的书面承诺",
                        "anchor": "eu-undertakings",
                        "body": (
                            "<p>海关执法申请的最后部分是申请人签署的各项承诺。根据本门户所依据的资料，第6条第3款"
                            "将其列为（l）至（o）项，确切表述有待对照官方文本核实：</p>"
                            "<ul>"
                            "<li>（l）所提供的信息发生变更的，通知主管海关部门（第15条）；</li>"
                            "<li>（m）及时更新（g）至（i）项下的正品数据、识别信息和风险分析信息；</li>"
                            "<li>（n）依第28条承担赔偿责任，并依第29条承担相关费用；</li>"
                            "<li>（o）同意欧盟委员会和各成员国处理申请人提供的数据。</li>"
                            "</ul>"
                            "<p>建议指定专人负责申请及其更新。申请的修改和延期须通过原申请所用的门户办理。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "中国：担保与扣留费用",
                        "anchor": "china-security-costs",
                        "body": (
                            "<p>中国海关不收取备案费，但权利人请求海关扣留货物时，必须提供担保。</p>"
                            "<ul>"
                            "<li><strong>依申请保护：</strong>提供不超过货物等值的担保（《条例》第十四条），"
                            "用于赔偿因申请不当可能给收货人、发货人造成的损失，以及支付货物的仓储、保管和处置"
                            "等费用。</li>"
                            "<li><strong>依职权保护：</strong>海关就涉嫌侵犯已备案知识产权的货物通知权利人后，"
                            "权利人应当在3个工作日内提出扣留申请并提供担保，或者书面说明无需扣留的理由（《条例》"
                            "第十六条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
                            "第二十一条、第二十二条）。担保金额按照该实施办法确定，具体数额请向海关或者代理机构"
                            "确认。</li>"
                            "<li><strong>总担保：</strong>已备案商标的权利人可以提供一份覆盖一定期间内多次依职权"
                            "扣留的总担保（海关总署2006年第31号公告）。据二手资料对该公告的介绍，总担保金额为"
                            "上一年度的仓储和处置费用，最低为人民币20万元，有效期至次年6月30日；上述金额和期限"
                            "有待对照官方文本核实。</li>"
                            "</ul>"
                            "<p>仓储、保管和处置等费用由权利人承担，海关可以从担保中扣除。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "中国：专利案件中的担保放行",
                        "anchor": "china-patent-release",
                        "body": (
                            "<p>涉嫌侵犯专利权货物的收货人或者发货人，向海关提供与货物等值的担保金后，可以请求"
                            "海关放行货物（《条例》第十九条、第二十四条第（三）项），侵权争议则继续由人民法院审理。"
                            "权利人撤回扣留申请的，海关也应当放行货物（《条例》第二十四条）。因此，专利权人应当"
                            "尽早做好起诉准备。</p>"
                        ),
                    },
                ),
                (
                    "comparison",
                    {
                        "title": "费用与义务：欧盟与中国对照",
                        "rows": [
                            {
                                "aspect": "申请费用",
                                "eu": "不收费；延期也不收取行政费用。",
                                "eu_basis": "欧盟第608/2013号条例第12条第6款",
                                "china": "不收费：自2015年11月1日起暂停收取备案费。",
                                "china_basis": "海关总署公告2015年第51号",
                            },
                            {
                                "aspect": "担保",
                                "eu": "提交申请时无需提供担保，改为签署书面承诺。",
                                "eu_basis": "欧盟第608/2013号条例第6条第3款、第28条、第29条",
                                "china": "每次扣留均须提供担保，也可以提供总担保。",
                                "china_basis": "《知识产权海关保护条例》第十四条、第十六条",
                            },
                            {
                                "aspect": "扣留后的费用",
                                "eu": "仓储、处理、运输和销毁费用，由决定持有人承担。",
                                "eu_basis": "欧盟第608/2013号条例第29条",
                                "china": "仓储、保管和处置费用，由权利人承担，可以从担保中扣除。",
                                "china_basis": "《知识产权海关保护条例》第十四条",
                            },
                            {
                                "aspect": "货物不构成侵权时",
                                "eu": "决定持有人对货物持有人承担赔偿责任。",
                                "eu_basis": "欧盟第608/2013号条例第28条",
                                "china": "担保用于赔偿收货人、发货人的损失。",
                                "china_basis": "《知识产权海关保护条例》第十四条",
                            },
                            {
                                "aspect": "信息的及时更新",
                                "eu": "有关信息发生变更的，通知海关。",
                                "eu_basis": "欧盟第608/2013号条例第15条",
                                "china": "30个工作日内办理备案变更。",
                                "china_basis": "《知识产权海关保护条例》第十一条",
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
                                "question": "如果海关从未扣留我们的货物，需要支付费用吗？",
                                "answer": (
                                    "<p>不需要。在欧盟，费用在货物被扣留后才会产生（欧盟第608/2013号条例第12条"
                                    "第6款、第29条）。在中国，只有请求海关扣留货物时才需要提供担保（《条例》第十四条、"
                                    "第十六条）。</p>"
                                ),
                            },
                            {
                                "question": "被扣留的货物最终被认定为正品，怎么办？",
                                "answer": (
                                    "<p>在欧盟，您可能须向货物持有人承担赔偿责任（第28条）。在中国，您提供的担保用于"
                                    "赔偿收货人、发货人的损失（《条例》第十四条）。</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 2. Product identification guide
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "product-identification-guide",
        "jurisdiction": "both",
        "ipr_types": list(ALL_IPR_TYPES),
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "prepare",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "costs-liability-and-undertakings",
            "where-to-get-help",
            "eu-application-for-action",
            "eu-ex-officio-detention",
            "eu-validity-and-extension",
            "china-customs-recordation",
            "china-ex-officio-protection",
            "eu-china-comparison",
        ],
        "en": {
            "title": "Product identification guide: helping customs tell genuine goods from fakes",
            "summary": (
                "Customs officers can only stop fakes they can recognise. This page explains what "
                "product information EU and Chinese customs ask for, how to protect sensitive data "
                "and how to write and maintain a practical identification guide."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 6(3)(g)–(j), 11, 15 and 31(5); Implementing "
                "Regulation (EU) No 1352/2013, Annex I (boxes 12–19), as amended by Implementing "
                "Regulation (EU) 2018/582; Regulations of the PRC on Customs Protection of IPR, "
                "Arts 7, 9 and 11"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Customs officers have little time for each consignment. Whether they stop a "
                    "fake often depends on one question: can they see quickly that something is wrong? "
                    "The product information in your EU application for action or your Chinese "
                    "recordation is what lets them answer it.</p>"
                    "<p>Treat it as a product identification guide for an officer who has never seen "
                    "your products. This page is general guidance, not legal advice.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "What EU customs need",
                        "anchor": "eu-information",
                        "body": (
                            "<p>Article 6(3) of Regulation (EU) No 608/2013 asks for three kinds of "
                            "product information:</p>"
                            "<ul>"
                            "<li>(g) specific and technical data on the authentic goods, including "
                            "markings such as barcodes, and images;</li>"
                            "<li>(h) information that lets customs readily identify suspect goods;</li>"
                            "<li>(i) information for customs' risk analysis and assessment, such as your "
                            "authorised distributors.</li>"
                            "</ul>"
                            "<p>On the form these data go in boxes 12 to 19 (Implementing Regulation (EU) "
                            "No 1352/2013, Annex I, as amended by Implementing Regulation (EU) 2018/582): "
                            "goods description, Combined Nomenclature code and value; distinguishing "
                            "features such as marks, labels and security features; place of production; "
                            "authorised importers, suppliers, manufacturers and traders; packaging; "
                            "accompanying documents; known infringers and typical routes.</p>"
                            "<p>If you apply after an ex officio detention without these data, customs "
                            "grant the application only for the detained goods unless you supply them "
                            "within 10 working days (Art. 11(2)).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What Chinese customs need",
                        "anchor": "china-information",
                        "body": (
                            "<p>Besides details of the right holder, the right and any licences, "
                            "Article 7 of the Regulations on Customs Protection of IPR (the Regulations) "
                            "asks for:</p>"
                            "<ul>"
                            "<li>for goods lawfully made under the right (item 4): name, place of origin, "
                            "ports of entry and exit, importers and exporters, main features and "
                            "price;</li>"
                            "<li>for known infringing goods (item 5): manufacturers, importers and "
                            "exporters, ports, main features and price.</li>"
                            "</ul>"
                            "<p>The online form of the GACC recordation system also asks for Chinese and "
                            "English product names, HS codes, product and packaging photos and authorised "
                            "users. According to the GACC's report on customs IPR protection in 2024, "
                            "99.17% of detained batches that year were exports, so list your licensed "
                            "manufacturers and exporters in China: it helps customs let legitimate "
                            "shipments through. Give accurate information only; the GACC can revoke a "
                            "recordation based on untrue information (Regulations Art. 9).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Protecting sensitive information",
                        "anchor": "restricted-handling",
                        "body": (
                            "<p>In the EU you can ask for the information under items (g) to (i) to be "
                            "marked for restricted handling (Regulation (EU) No 608/2013, Art. 6(3)(j) "
                            "and Art. 31(5)). Use it for hidden security features or supplier details, "
                            "but do not leave out what officers need to recognise a fake.</p>"
                            "<p>The product portfolio in the EU IP Enforcement Portal (IPEP) holds images "
                            "and videos, packaging, identifiers, genuine logistics, market value, traders "
                            "and past cases. The product level is PIN-protected and shared only with the "
                            "enforcement authorities you choose; company data are visible to all "
                            "registered enforcers. An IPEP account requires a valid EU trade mark or "
                            "design.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Writing a guide customs can use",
                        "anchor": "writing-tips",
                        "body": (
                            "<p>The most useful guides are short, visual and specific:</p>"
                            "<ul>"
                            "<li>Show genuine and fake side by side in photos, with the differences "
                            "marked.</li>"
                            "<li>Cover labels, tags, packaging, inserts and manuals, not just the "
                            "goods.</li>"
                            "<li>Explain security features an officer can check without tools, such as "
                            "holograms, serial number formats or barcodes.</li>"
                            "<li>Describe your authorised supply chain: factories, distributors, "
                            "importers, carriers and usual routes.</li>"
                            "<li>Describe known fakes: typical routes and ports, how they are declared, "
                            "price levels, known senders or receivers.</li>"
                            "<li>Name a contact who can answer a customs query quickly.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Checklist: what to include, and where the law asks for it",
                        "header": [
                            "Item",
                            "EU (Regulation (EU) No 608/2013)",
                            "China (Regulations)",
                        ],
                        "rows": [
                            [
                                "Description, tariff code, value",
                                "Art. 6(3)(g); boxes 12–19",
                                "Art. 7(4); HS code in the online form",
                            ],
                            [
                                "Markings, labels, security features, images",
                                "Art. 6(3)(g)",
                                "Art. 7(4): main features; photos in the online form",
                            ],
                            [
                                "Authorised distributors, importers, exporters, licensees",
                                "Art. 6(3)(i)",
                                "Art. 7(3)–(4)",
                            ],
                            [
                                "Known fakes, infringers and routes",
                                "Art. 6(3)(h); boxes 12–19",
                                "Art. 7(5)",
                            ],
                        ],
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Keeping your identification guide up to date",
                        "steps": [
                            {
                                "actor": "Right holder",
                                "action": "After an EU ex officio detention, supply any missing product "
                                "data so that the decision covers future shipments.",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 11(2)",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "When packaging, distributors or security features change, "
                                "amend the application in the portal you used to file it.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulation (EU) No 608/2013, Art. 15",
                            },
                            {
                                "actor": "Right holder",
                                "action": "In China, record the change with the GACC within 30 working "
                                "days of the change.",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations of the PRC on Customs Protection of IPR, "
                                "Art. 11",
                            },
                            {
                                "actor": "Holder of the decision",
                                "action": "Review the whole guide at least at each extension; a period of "
                                "action lasts no more than one year.",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "Regulation (EU) No 608/2013, Arts 11(1) and 12",
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
                                "question": "Should the guide be in Chinese for Chinese customs?",
                                "answer": (
                                    "<p>The recordation form asks for product names in Chinese and "
                                    "English. Preparing the key identification points in Chinese also "
                                    "helps officers at the port use them directly.</p>"
                                ),
                            },
                            {
                                "question": "Do we need an IPEP product portfolio if we have already filed?",
                                "answer": (
                                    "<p>It is not required, but it helps: all EU customs authorities, "
                                    "Europol and OLAF have access to IPEP, so the portfolio reaches "
                                    "enforcers beyond the department that granted your application.</p>"
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
                        "description": "File applications for action and share a PIN-protected product "
                        "portfolio with the authorities you choose.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "产品识别指南：帮助海关区分正品与假冒产品",
            "summary": (
                "海关关员只能拦截他们认得出来的假冒产品。本页介绍欧盟海关和中国海关需要哪些产品信息、"
                "如何保护敏感信息，以及如何编写和维护一份实用的产品识别指南。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例第6条第3款（g）至（j）项、第11条、第15条、第31条第5款；"
                "欧盟第1352/2013号实施条例附件一第12栏至第19栏（经欧盟第2018/582号实施条例修订）；"
                "《中华人民共和国知识产权海关保护条例》第七条、第九条、第十一条"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>海关关员留给每票货物的时间十分有限。能否拦下假冒产品，往往取决于关员能否迅速看出"
                    "问题所在。您在欧盟海关执法申请（即“请求海关采取行动的申请”）或者中国知识产权海关保护"
                    "备案中提供的产品信息，正是关员判断的依据。</p>"
                    "<p>不妨把这些信息当作一份写给从未见过您产品的关员的识别指南。本页内容仅为一般性指引，"
                    "不构成法律意见。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "欧盟海关需要的信息",
                        "anchor": "eu-information",
                        "body": (
                            "<p>欧盟第608/2013号条例第6条第3款要求提供三类产品信息：</p>"
                            "<ul>"
                            "<li>（g）正品的具体数据和技术数据，包括条形码等标识以及图片；</li>"
                            "<li>（h）便于海关迅速识别嫌疑货物的信息；</li>"
                            "<li>（i）有助于海关开展风险分析和评估的信息，例如授权经销商。</li>"
                            "</ul>"
                            "<p>在申请表中，上述信息填写在第12栏至第19栏（欧盟第1352/2013号实施条例附件一，经"
                            "欧盟第2018/582号实施条例修订）：货物描述、欧盟《综合税则目录》（CN）税号和价值；"
                            "标识、标签、防伪特征等区别特征；生产地；授权进口商、供应商、生产商和贸易商；包装；"
                            "随附单证；已知侵权人和常见运输路线。</p>"
                            "<p>在海关依职权扣留货物后提交申请但未附上述信息的，除非您在10个工作日内补交，海关"
                            "仅就已扣留的货物批准申请（第11条第2款）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "中国海关需要的信息",
                        "anchor": "china-information",
                        "body": (
                            "<p>除权利人、知识产权及其许可使用情况外，《中华人民共和国知识产权海关保护条例》"
                            "（以下简称《条例》）第七条还要求提供：</p>"
                            "<ul>"
                            "<li>合法行使知识产权的货物（第（四）项）：名称、产地、进出境地海关、进出口商、"
                            "主要特征、价格等；</li>"
                            "<li>已知的侵权货物（第（五）项）：制造商、进出口商、进出境地海关、主要特征、价格等。</li>"
                            "</ul>"
                            "<p>海关总署备案系统的网上申请表还要求填写产品中英文名称、HS编码，上传产品和包装照片，"
                            "并列明被许可使用人。据《2024年中国海关知识产权保护状况》，当年查扣批次中有99.17%发生"
                            "在出口环节，因此应当列明您在中国的授权生产商和出口商，以便海关及时放行合法货物。所填"
                            "信息必须真实，备案信息不实的，海关总署可以撤销备案（《条例》第九条）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "敏感信息的保护",
                        "anchor": "restricted-handling",
                        "body": (
                            "<p>在欧盟，您可以要求将（g）至（i）项下的信息标注为限制处理（欧盟第608/2013号条例"
                            "第6条第3款（j）项、第31条第5款）。隐蔽的防伪特征、供应商信息等可以作此标注，但关员"
                            "识别假货所必需的信息不宜省略。</p>"
                            "<p>欧盟知识产权执法门户（IPEP）的产品档案可以存放图片和视频、包装、识别码、正品物流"
                            "信息、市场价值、贸易商和以往案例。产品层面的信息受PIN码保护，只向您选定的执法机关"
                            "开放；企业层面的信息对所有已注册的执法机关可见。开通IPEP账户须持有有效的欧盟商标或"
                            "外观设计。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "如何编写实用的识别指南",
                        "anchor": "writing-tips",
                        "body": (
                            "<p>最实用的指南应当简明、直观、具体：</p>"
                            "<ul>"
                            "<li>用照片将正品与假冒产品并列对比，并标出差异之处。</li>"
                            "<li>不仅介绍商品本身，还要涵盖标签、吊牌、包装、内附材料和说明书。</li>"
                            "<li>说明关员无需借助工具即可查验的防伪特征，例如全息标识、序列号格式或条形码。</li>"
                            "<li>说明授权供应链：生产工厂、经销商、进口商、承运人和常用运输路线。</li>"
                            "<li>说明已知假冒产品的情况：常见运输路线和口岸、申报方式、价格水平、已知的发货人或"
                            "收货人。</li>"
                            "<li>指定一名能够迅速答复海关询问的联系人。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "核对清单：应当提供的信息及其法律依据",
                        "header": ["信息项目", "欧盟（欧盟第608/2013号条例）", "中国（《条例》）"],
                        "rows": [
                            [
                                "货物描述、税号、价值",
                                "第6条第3款（g）项；申请表第12栏至第19栏",
                                "第七条第（四）项；网上申请表中的HS编码",
                            ],
                            [
                                "标识、标签、防伪特征、图片",
                                "第6条第3款（g）项",
                                "第七条第（四）项：主要特征；网上申请表中的照片",
                            ],
                            [
                                "授权经销商、进口商、出口商、被许可人",
                                "第6条第3款（i）项",
                                "第七条第（三）项、第（四）项",
                            ],
                            [
                                "已知的假冒产品、侵权人和运输路线",
                                "第6条第3款（h）项；申请表第12栏至第19栏",
                                "第七条第（五）项",
                            ],
                        ],
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "及时更新产品识别指南",
                        "steps": [
                            {
                                "actor": "权利人",
                                "action": "欧盟海关依职权扣留货物后，补交缺少的产品信息，使决定同样适用于今后的货物。",
                                "time_limit": 10,
                                "time_unit": "working_days",
                                "legal_basis": "欧盟第608/2013号条例第11条第2款",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "包装、经销商或防伪特征发生变化的，通过原申请所用的门户修改申请。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "欧盟第608/2013号条例第15条",
                            },
                            {
                                "actor": "权利人",
                                "action": "在中国，自备案内容发生变化之日起30个工作日内，向海关总署办理备案变更手续。",
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十一条",
                            },
                            {
                                "actor": "决定持有人",
                                "action": "至少在每次申请延期时全面复核识别指南；海关采取行动的每一期限最长为一年。",
                                "time_limit": 1,
                                "time_unit": "years",
                                "legal_basis": "欧盟第608/2013号条例第11条第1款、第12条",
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
                                "question": "向中国海关提供的识别指南需要使用中文吗？",
                                "answer": (
                                    "<p>备案申请表要求同时填写产品的中文和英文名称。将关键识别要点整理成中文，也便于"
                                    "口岸关员直接使用。</p>"
                                ),
                            },
                            {
                                "question": "已经提交申请，还需要在IPEP中建立产品档案吗？",
                                "answer": (
                                    "<p>并非必须，但很有帮助：欧盟各国海关、欧洲刑警组织和欧盟反欺诈办公室均可访问"
                                    "IPEP，产品档案的受众因此不限于批准您申请的主管海关部门。</p>"
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
                        "description": "提交海关执法申请，并与您选定的执法机关共享受PIN码保护的产品档案。",
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 3. EU–China customs cooperation: the Action Plan
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "eu-china-cooperation-action-plan",
        "jurisdiction": "both",
        "ipr_types": list(CORE_IPR_TYPES),
        "audiences": ["right_holder", "sme"],
        "stage": "prepare",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "eu-china-comparison",
            "where-to-get-help",
            "product-identification-guide",
            "eu-customs-enforcement-overview",
            "china-customs-ipr-protection-overview",
            "eu-application-for-action",
            "china-customs-recordation",
        ],
        "en": {
            "title": "EU–China customs cooperation on IPR: the Action Plan",
            "summary": (
                "Since 2009 the European Commission and the GACC have worked together under joint "
                "Action Plans against trade in IPR-infringing goods. This page explains the plans, "
                "the working group, the port network and what the cooperation means for right holders."
            ),
            "legal_basis": (
                "Council note 13363/17 of 18 October 2017: Action Plan concerning EU–China Customs "
                "Cooperation on IPR (2018–2020) and Final Report on the EU–China Action Plan on IPR "
                "Customs Enforcement (2014–2017)"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>The EU's annual customs enforcement figures name China as the main source of "
                    "goods detained at the EU border, and most goods detained by Chinese customs are "
                    "exports. Cooperation between the two customs services therefore matters to right "
                    "holders on both sides.</p>"
                    "<p>This page summarises the Action Plans as described in Council note 13363/17. It "
                    "is background information, not legal advice: the plan itself creates no rights or "
                    "obligations under international law.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "From the first plan to 2020",
                        "anchor": "history",
                        "body": (
                            "<p>The first Action Plan on EU–China customs cooperation on IPR was signed in "
                            "Brussels on 30 January 2009 to strengthen customs enforcement against "
                            "counterfeiting and piracy. Extended plans followed in December 2012 and "
                            "May 2014 (the 2014–2017 plan was signed on 16 May 2014), carrying the "
                            "cooperation to the end of 2017.</p>"
                            "<p>On 28 February 2017 the 5th Steering Group meeting of the EU–China Joint "
                            "Customs Cooperation Committee (JCCC) agreed on a new plan. The Action Plan "
                            "2018–2020 implements the Strategic Framework for Customs Cooperation signed "
                            "on 2 June 2017 and runs until 31 December 2020. The Commission sent it to "
                            "the Council in note 13363/17 of 18 October 2017, with the final report on "
                            "the 2014–2017 plan.</p>"
                            "<p>The copy in that note leaves the place and date of signature blank, so "
                            "these are to be confirmed against the official text. Whether a later plan "
                            "followed, and what it contains, could not be confirmed in the sources used "
                            "for this portal.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The five key actions of the 2018–2020 plan",
                        "anchor": "key-actions",
                        "body": (
                            "<p>Customs on both sides share information on detentions, seizures, trends "
                            "and risks through a network of ports covering sea, air and rail cargo. "
                            "According to the European Commission's TAXUD page on EU–China cooperation in "
                            "IPR, the network comprises 9 seaports and 6 airports in China and "
                            "16 seaports and 13 airports in the EU; the final report notes that it kept "
                            "growing, so check that page for the current list.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Key actions of the Action Plan 2018–2020 (Council note 13363/17)",
                        "header": ["Key action", "What it involves", "Evaluation criteria"],
                        "rows": [
                            [
                                "1. Joint analysis of seizure statistics",
                                "Statistics exchanged at least every six months and analysed yearly by "
                                "risk experts (Key Action 1).",
                                "Timely exchange; annual analysis; trends and risks detected",
                            ],
                            [
                                "2. Targeting high-risk consignments in key ports",
                                "Real-time exchange on significant detentions; port-to-port joint "
                                "operations.",
                                "Quality of information exchanged; feedback; number of operations",
                            ],
                            [
                                "3. Cooperation with other law enforcement agencies",
                                "Information to police and judiciary to stop production and "
                                "distribution.",
                                "Experience shared; cases exchanged and investigations opened",
                            ],
                            [
                                "4. Partnerships with business in the EU and China",
                                "Information for right holders; right holders encouraged to apply.",
                                "Communication activities carried out; improvement and increase of "
                                "right-holders' application",
                            ],
                            [
                                "5. Exchange of knowledge and experience",
                                "Working visits and on-the-job exchanges.",
                                "Number of visits; feedback",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Key Action 4: working with business",
                        "anchor": "key-action-4",
                        "body": (
                            "<p>Key Action 4 concerns you most directly. It aims to strengthen "
                            "cooperation between the public and private sectors in the EU and China. "
                            "Customs should give right holders all relevant information on the law and "
                            "their initiatives; right holders should give customs the information they "
                            "need to enforce IPR effectively.</p>"
                            "<p>The plan suggests a joint customs–industry meeting alongside the working "
                            "group meeting, preferably once a year, with results passed on to "
                            "stakeholders, SMEs in particular. Cooperation with the IPR Helpdesk and "
                            "other organisations continues, and both sides encourage right holders to "
                            "apply for customs detention and share their IPR information.</p>"
                            "<p>Its two evaluation criteria are “communication activities carried out” "
                            "and “improvement and increase of right-holders' application”. This portal "
                            "serves the first; you serve the second when you file an application for "
                            "action in the EU, record your rights with the GACC and keep your product "
                            "information current.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The IPR Working Group and its meetings",
                        "anchor": "working-group",
                        "body": (
                            "<p>An IPR Working Group with one co-chair from each side oversees the plan. "
                            "It meets at least once a year, alternately in the EU and in China, draws up "
                            "an annual working plan and reports to the JCCC through its Steering Group. "
                            "Each side pays its own costs; the IP Key project may add funding.</p>"
                            "<p>Under the 2014–2017 plan the group met six times, financed by IP Key. For "
                            "Key Action 3, a meeting combined with a high-level conference on "
                            "cross-agency cooperation in IPR enforcement took place in Alicante (Spain) "
                            "on 24–25 February 2016.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Working Group meetings, 2014–2017 (Council note 13363/17, final report)"
                        ),
                        "header": ["Dates", "Place"],
                        "rows": [
                            ["5–9 May 2014", "Ningbo, China"],
                            ["25–27 November 2014", "Rome, Italy"],
                            ["9–11 June 2015", "Brussels, Belgium"],
                            ["24–26 May 2016", "Ningbo, China"],
                            ["20–21 March 2017", "Florence, Italy"],
                            ["17–18 July 2017", "Beijing, China"],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Customs–industry workshops",
                        "anchor": "industry-workshops",
                        "body": (
                            "<p>The first joint customs–industry workshop took place on 8 May 2014, with "
                            "delegates from the Quality Brands Protection Committee (QBPC), the European "
                            "Union Chamber of Commerce in China (EUCCC) and the EU SME IPR Helpdesk. It "
                            "covered application procedures, ex officio action, warehousing costs, "
                            "disposal of infringing goods, simplified procedures, samples and photos, "
                            "right holders' obligations and liability, and security.</p>"
                            "<p>A second workshop in June 2015 discussed a web service for right holders "
                            "on the TAXUD and GACC websites. IP Key also reports a workshop on "
                            "communication between customs and businesses held in Brussels on "
                            "11 June 2015, with 30 to 40 industry representatives.</p>"
                            "<p>The final report found private-sector involvement relatively low and "
                            "recommended an industry–customs forum alongside working group meetings.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Does the Action Plan give my company any rights?",
                                "answer": (
                                    "<p>No. It creates no rights or obligations under international law. "
                                    "Your protection still depends on an application for action in the "
                                    "EU, or a recordation or application in China.</p>"
                                ),
                            },
                            {
                                "question": "Is the 2018–2020 plan still in force?",
                                "answer": (
                                    "<p>It was endorsed until 31 December 2020. Whether a later plan "
                                    "replaced it is to be confirmed against official sources such as the "
                                    "TAXUD pages.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "zh": {
            "title": "中欧海关知识产权合作：行动计划",
            "summary": (
                "自2009年起，欧盟委员会与海关总署在历次联合行动计划框架下合作打击侵犯知识产权货物的"
                "贸易。本页介绍行动计划、工作组、口岸网络，以及这一合作对权利人的意义。"
            ),
            "legal_basis": (
                "欧盟理事会2017年10月18日第13363/17号文件：《中欧海关知识产权合作行动计划（2018—2020年）》"
                "及《中欧知识产权海关执法行动计划（2014—2017年）最终报告》"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>根据欧盟每年公布的海关执法数据，中国是在欧盟边境被扣留货物的主要来源地；中国海关"
                    "扣留的货物则大多是出口货物。因此，中欧两地海关之间的合作与双方权利人的利益息息相关。</p>"
                    "<p>本页根据欧盟理事会第13363/17号文件对行动计划作简要介绍，仅供了解背景，不构成法律"
                    "意见。行动计划本身不创设任何国际法上的权利或义务。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "从首个行动计划到2020年",
                        "anchor": "history",
                        "body": (
                            "<p>首个中欧海关知识产权合作行动计划于2009年1月30日在布鲁塞尔签署，旨在加强海关执法，"
                            "打击假冒和盗版行为。此后，双方分别于2012年12月和2014年5月签署了延续的行动计划"
                            "（2014—2017年行动计划于2014年5月16日签署），使合作延续至2017年底。</p>"
                            "<p>2017年2月28日，中欧海关合作联合委员会（JCCC）第五次指导小组会议商定制定新的行动"
                            "计划。2018—2020年行动计划是落实2017年6月2日签署的中欧海关合作战略框架的举措，执行"
                            "至2020年12月31日。欧盟委员会以2017年10月18日第13363/17号文件将该计划连同2014—2017年"
                            "行动计划最终报告提交欧盟理事会。</p>"
                            "<p>该文件所附文本中的签署地点和日期均为空白，有待对照官方文本核实。此后是否有新的"
                            "行动计划及其内容如何，本门户所依据的资料中未能得到确认。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "2018—2020年行动计划的五项关键行动",
                        "anchor": "key-actions",
                        "body": (
                            "<p>双方海关依托覆盖海运、空运和铁路运输货物的口岸网络，相互通报扣留、查获、趋势和"
                            "风险信息。根据欧盟委员会税收与关税同盟总司（TAXUD）关于中欧知识产权合作的网页，该网络"
                            "包括中方9个海港和6个空港，以及欧方16个海港和13个空港；最终报告指出，网络成员不断"
                            "增加，最新名单请以该网页为准。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "2018—2020年行动计划的关键行动（欧盟理事会第13363/17号文件）",
                        "header": ["关键行动", "主要内容", "评估标准"],
                        "rows": [
                            [
                                "第一项：联合分析查扣统计数据",
                                "至少每半年交换一次统计数据，由风险专家每年进行分析（关键行动1）。",
                                "按时交换数据；每年开展分析；发现的趋势和风险",
                            ],
                            [
                                "第二项：在重点口岸针对高风险货物开展布控",
                                "实时交换重大扣留案件信息；开展口岸对口岸的联合行动。",
                                "所交换信息的质量；反馈情况；专项行动次数",
                            ],
                            [
                                "第三项：加强与其他执法部门的合作",
                                "向警方和司法机关提供信息，以制止生产、摧毁分销网络。",
                                "经验交流情况；交换信息的案件数量及由此启动的调查",
                            ],
                            [
                                "第四项：与中欧工商界建立伙伴关系",
                                "向权利人提供信息；鼓励权利人申请海关保护。",
                                "开展的宣传交流活动；权利人申请情况的改善和申请数量的增加",
                            ],
                            [
                                "第五项：交流知识和经验",
                                "工作访问和岗位交流。",
                                "访问次数；反馈情况",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "关键行动4：与工商界合作",
                        "anchor": "key-action-4",
                        "body": (
                            "<p>关键行动4与企业的关系最为直接，其目标是加强中欧双方公共部门与私营部门之间的"
                            "合作。海关应当向权利人提供有关法律和相关举措的全部信息；权利人则应当向海关提供有效"
                            "开展知识产权执法所需的信息。</p>"
                            "<p>行动计划建议在工作组会议期间同时举办海关与业界联席会议，最好每年一次，并将会议成果"
                            "传达给各利益相关方，尤其是中小企业。双方将继续与知识产权咨询服务机构等组织合作，并"
                            "鼓励权利人申请海关扣留、向海关提供其知识产权信息。</p>"
                            "<p>这项行动的两项评估标准是“开展的宣传交流活动”和“权利人申请情况的改善和申请数量的"
                            "增加”。本门户服务于第一项标准；企业在欧盟提交海关执法申请、在海关总署办理知识产权"
                            "海关保护备案并及时更新产品信息，就是在落实第二项标准。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "知识产权工作组及其会议",
                        "anchor": "working-group",
                        "body": (
                            "<p>行动计划由知识产权工作组监督实施，双方各指定一名联合主席。工作组每年至少举行一次"
                            "会议，轮流在欧盟和中国举办；工作组制定年度工作计划，并通过指导小组向中欧海关合作"
                            "联合委员会报告。双方各自承担费用，也可以争取“IP Key”项目的资助。</p>"
                            "<p>在2014—2017年行动计划期间，工作组共举行六次会议，经费由“IP Key”项目提供。围绕"
                            "关键行动3，2016年2月24日至25日在西班牙阿利坎特举行了一次会议，并同期召开跨部门"
                            "知识产权执法合作高级别会议。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "2014—2017年工作组会议（欧盟理事会第13363/17号文件，最终报告）",
                        "header": ["日期", "地点"],
                        "rows": [
                            ["2014年5月5日至9日", "中国宁波"],
                            ["2014年11月25日至27日", "意大利罗马"],
                            ["2015年6月9日至11日", "比利时布鲁塞尔"],
                            ["2016年5月24日至26日", "中国宁波"],
                            ["2017年3月20日至21日", "意大利佛罗伦萨"],
                            ["2017年7月17日至18日", "中国北京"],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "海关与业界研讨会",
                        "anchor": "industry-workshops",
                        "body": (
                            "<p>首次海关与业界联合研讨会于2014年5月8日举行，中国外商投资企业协会优质品牌保护"
                            "委员会（QBPC）、中国欧盟商会（EUCCC）和欧盟中小企业知识产权咨询服务机构（EU SME IPR "
                            "Helpdesk）派代表参加。会议讨论了申请程序、依职权采取措施、仓储费用、侵权货物的处置、"
                            "简易程序、样品和照片、权利人的义务和责任以及担保等问题。</p>"
                            "<p>2015年6月举行的第二次研讨会，讨论了在TAXUD和海关总署网站上为权利人开设网上服务"
                            "专栏的问题。据“IP Key”项目介绍，2015年6月11日还在布鲁塞尔举办了一场关于海关与企业"
                            "沟通的研讨会，有30至40名业界代表出席。</p>"
                            "<p>最终报告认为私营部门的参与程度相对较低，建议在工作组会议期间举办业界与海关论坛。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "行动计划是否赋予企业某种权利？",
                                "answer": (
                                    "<p>不会。行动计划不创设任何国际法上的权利或义务。企业能否获得海关保护，仍取决于"
                                    "在欧盟提交的海关执法申请，或者在中国办理的备案或提出的扣留申请。</p>"
                                ),
                            },
                            {
                                "question": "2018—2020年行动计划目前是否仍然有效？",
                                "answer": (
                                    "<p>该计划的执行期至2020年12月31日。此后是否有新的计划接替，有待对照TAXUD网页等"
                                    "官方来源核实。</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# 4. Where to get help
# ---------------------------------------------------------------------------

PAGES.append(
    {
        "slug": "where-to-get-help",
        "jurisdiction": "both",
        "ipr_types": list(CORE_IPR_TYPES),
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "prepare",
        "last_reviewed": LAST_REVIEWED,
        "related": [
            "costs-liability-and-undertakings",
            "product-identification-guide",
            "eu-china-cooperation-action-plan",
            "eu-customs-enforcement-overview",
            "eu-application-for-action",
            "eu-ex-officio-detention",
            "china-customs-ipr-protection-overview",
            "china-customs-recordation",
            "china-ex-officio-protection",
        ],
        "en": {
            "title": "Where to get help with customs protection in the EU and China",
            "summary": (
                "Official portals, a free helpdesk and professional advisers can all help you protect "
                "your rights at the border. This page explains who does what and when to turn to each."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013, Arts 3, 6(3)(d), 18 and 23; Implementing Regulation (EU) "
                "2024/2399; Regulations of the PRC on Customs Protection of IPR, Arts 12, 13 and 16; "
                "GACC Implementing Measures, Art. 2"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Customs procedures are technical, the time limits are short and the rules differ "
                    "between the EU and China. Official portals explain the procedures, a free helpdesk "
                    "answers first questions, and lawyers and agents can act for you.</p>"
                    "<p><strong>Please note:</strong> this portal gives general guidance only. It is not "
                    "legal advice, and you cannot file an application or a recordation here. In a real "
                    "case, check the official texts and consult a qualified adviser.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "EU: the IP Enforcement Portal and the Commission's guidance",
                        "anchor": "eu-official-help",
                        "body": (
                            "<p>The <strong>EU IP Enforcement Portal (IPEP)</strong>, run by the EUIPO, is "
                            "where most applications for action are filed and managed; electronic filing "
                            "has been mandatory since 3 October 2024 (Implementing Regulation (EU) "
                            "2024/2399). It offers a documentation area, user guides, live demonstration "
                            "and Q&amp;A sessions, a user forum and webinars. It works in the 23 EU "
                            "languages but has no Chinese interface.</p>"
                            "<p>The European Commission's <strong>TAXUD “Defend your rights”</strong> page "
                            "explains applications for action and provides a manual on applications, "
                            "amendments and extensions, the contact list of competent customs "
                            "departments, the annual enforcement reports and the EU–China customs IPR "
                            "user guide for right holders.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Your national customs in the EU",
                        "anchor": "national-customs",
                        "body": (
                            "<p>Each Member State has a competent customs department that decides on "
                            "applications for action and handles detentions; the TAXUD contact list gives "
                            "its details. Germany and Spain keep their own filing portals; elsewhere you "
                            "usually file in IPEP.</p>"
                            "<p>If customs stop goods on their own initiative, act fast: you have "
                            "4 working days from notification to lodge an application, or the goods are "
                            "released (Regulation (EU) No 608/2013, Art. 18).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "China: the GACC and the China IP SME Helpdesk",
                        "anchor": "china-help",
                        "body": (
                            "<p>The <strong>General Administration of Customs of China (GACC)</strong> "
                            "handles recordation; applications to detain specific goods go to the customs "
                            "at the port of entry or exit (Regulations Arts 12 and 13). Its websites lead "
                            "to the recordation system on the Internet+Customs platform, where you can "
                            "search recorded rights without logging in, file and track a recordation, "
                            "record changes and renewals, and download forms.</p>"
                            "<p>The <strong>China IP SME Helpdesk</strong> is an EU-funded service for "
                            "European SMEs, running since May 2008 and now part of the EU IP Helpdesk "
                            "family run by EISMEA. It offers:</p>"
                            "<ul>"
                            "<li>free, confidential first-line advice, answered within 3 working days "
                            "according to the Helpdesk;</li>"
                            "<li>trainings, workshops and webinars;</li>"
                            "<li>guides such as “How to Record IPR with Customs in China”, case studies "
                            "and a newsletter;</li>"
                            "<li>an online glossary.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Lawyers and agents",
                        "anchor": "lawyers-and-agents",
                        "body": (
                            "<p>Bring in a professional for your first application or recordation, when "
                            "customs notify you of a detention, and when you need to go to court.</p>"
                            "<ul>"
                            "<li><strong>China.</strong> Foreign right holders cannot record their rights "
                            "directly: they act through their own office in China or a domestic agent, "
                            "with a power of attorney in the format the GACC prescribes (GACC "
                            "Implementing Measures, Art. 2).</li>"
                            "<li><strong>EU.</strong> A representative may file an application for you, "
                            "with proof of their powers (Regulation (EU) No 608/2013, Art. 6(3)(d)). "
                            "National customs guidance, for example from Cyprus, states that since "
                            "15 September 2020 applicants and representatives need an EORI number.</li>"
                            "</ul>"
                            "<p>Choose an adviser who knows customs practice as well as IP law, and agree "
                            "in advance who watches the time limits and who may decide on destruction or "
                            "court action.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Who to contact for what",
                        "header": ["Your question", "Where to turn"],
                        "rows": [
                            [
                                "Filing, amending or extending an EU application",
                                "IPEP or your national customs portal; the TAXUD manual",
                            ],
                            [
                                "Which office handles my EU application or detention",
                                "The competent customs department, listed on the TAXUD page",
                            ],
                            [
                                "Recording a right with Chinese customs",
                                "Your agent or office in China; the China IP SME Helpdesk guide",
                            ],
                            [
                                "Customs have notified me of a detention",
                                "Your lawyer or agent, at once",
                            ],
                            [
                                "A general IP question about China from an SME",
                                "The China IP SME Helpdesk",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Time limits do not wait for advice",
                        "text": (
                            "<p>Find your adviser before goods are stopped. In the EU you have "
                            "4 working days after an ex officio detention to lodge an application "
                            "(Regulation (EU) No 608/2013, Art. 18) and 10 working days, or 3 for "
                            "perishable goods, to respond to a detention under a granted application "
                            "(Art. 23). In China you have 3 working days to answer an ex officio notice "
                            "(Regulations Art. 16).</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Do we need a lawyer to file an application in the EU?",
                                "answer": (
                                    "<p>Not necessarily: the right holder may file itself, or a "
                                    "representative may file with proof of their powers (Regulation (EU) "
                                    "No 608/2013, Arts 3 and 6(3)(d)). In China, by contrast, a foreign "
                                    "right holder must act through its office in China or a domestic "
                                    "agent (GACC Implementing Measures, Art. 2).</p>"
                                ),
                            },
                            {
                                "question": "Is the China IP SME Helpdesk really free?",
                                "answer": (
                                    "<p>Yes. It is EU-funded and gives SMEs free, confidential first-line "
                                    "advice. For representation in a specific case you still need a "
                                    "lawyer or agent.</p>"
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
                        "description": "Filing of applications for action, user guides and webinars.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission (DG TAXUD): Defend your rights",
                        "url": TAXUD_URL,
                        "description": "Guidance, the manual and the contact list of competent customs "
                        "departments.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (English website)",
                        "url": GACC_EN_URL,
                        "description": "Customs IPR protection and the recordation system, in English.",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (Chinese website)",
                        "url": GACC_ZH_URL,
                        "description": "Access to the Internet+Customs platform and the recordation "
                        "system.",
                    },
                ),
            ],
        },
        "zh": {
            "title": "如何获得欧盟和中国海关保护方面的帮助",
            "summary": (
                "官方门户、免费咨询服务机构和专业顾问都可以帮助您在边境保护自己的权利。本页介绍各方的"
                "职能，以及在什么情况下应当求助于谁。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例第3条、第6条第3款（d）项、第18条、第23条；欧盟第2024/2399号实施条例；"
                "《中华人民共和国知识产权海关保护条例》第十二条、第十三条、第十六条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>海关程序专业性强，期限短，欧盟和中国的规定又各不相同。官方门户介绍办理程序，免费"
                    "咨询服务机构解答初步问题，律师和代理机构则可以代为办理。</p>"
                    "<p><strong>特别提示：</strong>本门户仅提供一般性指引，不构成法律意见，也不受理任何申请"
                    "或备案。处理具体案件时，请核对官方文本并咨询合格的专业人士。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "欧盟：知识产权执法门户与欧盟委员会的指引",
                        "anchor": "eu-official-help",
                        "body": (
                            "<p>欧盟知识产权局运营的<strong>欧盟知识产权执法门户（IPEP）</strong>是提交和管理"
                            "海关执法申请（即“请求海关采取行动的申请”）的主要渠道；自2024年10月3日起，申请必须"
                            "以电子方式提交（欧盟第2024/2399号实施条例）。该门户提供资料专区、用户指南、在线演示和"
                            "问答会、用户论坛以及网络研讨会，支持欧盟23种语言，但没有中文界面。</p>"
                            "<p>欧盟委员会<strong>税收与关税同盟总司（TAXUD）“维护您的权利”</strong>网页介绍海关"
                            "执法申请，并提供申请、修改和延期操作手册、主管海关部门名录、年度执法报告，以及面向"
                            "权利人的中欧海关知识产权保护用户指南。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "欧盟成员国海关",
                        "anchor": "national-customs",
                        "body": (
                            "<p>每个成员国都设有主管海关部门，负责审批海关执法申请并处理扣留事宜，其联系方式见"
                            "TAXUD发布的名录。德国和西班牙保留本国的申请门户，其他成员国通常通过IPEP提交申请。</p>"
                            "<p>海关依职权扣留货物的，请迅速行动：您须自收到通知之日起4个工作日内提交申请，否则"
                            "货物将被放行（欧盟第608/2013号条例第18条）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "中国：海关总署与中国知识产权中小企业咨询服务机构",
                        "anchor": "china-help",
                        "body": (
                            "<p><strong>中华人民共和国海关总署</strong>负责办理知识产权海关保护备案；扣留特定货物的"
                            "申请则向货物进出境地海关提出（《中华人民共和国知识产权海关保护条例》（以下简称《条例》）第十二条、第十三条）。"
                            "通过海关总署网站可以进入“互联网+海关”平台上的知识产权海关保护备案系统，无需登录即可"
                            "查询已备案的知识产权，也可以在线申请备案、跟踪办理进度、办理备案变更和续展，以及下载"
                            "表格。</p>"
                            "<p><strong>中国知识产权中小企业咨询服务机构（China IP SME Helpdesk）</strong>是欧盟"
                            "资助、面向欧洲中小企业的服务机构，自2008年5月起运行，现属于由EISMEA负责管理的欧盟"
                            "知识产权咨询服务（EU IP Helpdesk）体系。其服务包括：</p>"
                            "<ul>"
                            "<li>免费、保密的初步咨询，据该机构介绍，在3个工作日内答复；</li>"
                            "<li>培训、研讨会和网络研讨会；</li>"
                            "<li>实务指南（例如《如何在中国海关办理知识产权备案》）、案例分析和简报；</li>"
                            "<li>在线术语表。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "律师和代理机构",
                        "anchor": "lawyers-and-agents",
                        "body": (
                            "<p>首次提交申请或办理备案、收到海关扣留通知以及需要向法院起诉时，应当请专业人士"
                            "参与。</p>"
                            "<ul>"
                            "<li><strong>中国。</strong>境外权利人不能直接办理备案，须通过其在中国境内设立的"
                            "办事机构或者委托境内代理人办理，并按照海关总署规定的格式出具授权委托书（《中华人民"
                            "共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（以下简称《实施办法》）第二条）。</li>"
                            "<li><strong>欧盟。</strong>代理人可以代为提交海关执法申请，但须附上代理权限证明"
                            "（欧盟第608/2013号条例第6条第3款（d）项）。据成员国海关发布的指引（例如塞浦路斯海关），"
                            "自2020年9月15日起，申请人和代理人均须具备EORI号码。</li>"
                            "</ul>"
                            "<p>应当选择既熟悉知识产权法律、又了解海关实务的顾问，并事先约定由谁跟踪期限、由谁"
                            "决定销毁货物或者提起诉讼。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "遇到问题找谁",
                        "header": ["您的问题", "求助对象"],
                        "rows": [
                            [
                                "提交、修改欧盟海关执法申请或者申请延期",
                                "IPEP或者成员国海关门户；TAXUD操作手册",
                            ],
                            [
                                "哪个部门负责我的欧盟申请或扣留案件",
                                "主管海关部门，见TAXUD网页所列名录",
                            ],
                            [
                                "向中国海关办理知识产权备案",
                                "您在中国的代理人或办事机构；中国知识产权中小企业咨询服务机构的指南",
                            ],
                            [
                                "收到海关的扣留通知",
                                "立即联系律师或代理人",
                            ],
                            [
                                "中小企业有关于中国知识产权的一般性问题",
                                "中国知识产权中小企业咨询服务机构",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "期限不等人",
                        "text": (
                            "<p>请在货物被扣留之前就确定好专业顾问。在欧盟，海关依职权扣留货物后，您须在4个"
                            "工作日内提交申请（欧盟第608/2013号条例第18条）；依已获批准的申请扣留货物的，您须在"
                            "10个工作日内答复，易腐货物为3个工作日（第23条）。在中国，收到依职权保护通知后，"
                            "您须在3个工作日内答复（《条例》第十六条）。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "在欧盟提交申请必须委托律师吗？",
                                "answer": (
                                    "<p>不一定。权利人可以自行提交，也可以委托代理人凭代理权限证明提交（欧盟"
                                    "第608/2013号条例第3条、第6条第3款（d）项）。相比之下，在中国，境外权利人必须"
                                    "通过其境内办事机构或者境内代理人办理（《实施办法》第二条）。</p>"
                                ),
                            },
                            {
                                "question": "中国知识产权中小企业咨询服务机构真的免费吗？",
                                "answer": (
                                    "<p>是的。该机构由欧盟资助，为中小企业提供免费、保密的初步咨询。但在具体案件中"
                                    "需要代理的，仍须委托律师或代理机构。</p>"
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
                        "description": "提交海关执法申请，查阅用户指南和网络研讨会。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会税收与关税同盟总司（TAXUD）：“维护您的权利”",
                        "url": TAXUD_URL,
                        "description": "官方指引、操作手册和主管海关部门名录。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（英文网站）",
                        "url": GACC_EN_URL,
                        "description": "以英文介绍知识产权海关保护制度及备案系统。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（中文网站）",
                        "url": GACC_ZH_URL,
                        "description": "进入“互联网+海关”平台及知识产权海关保护备案系统。",
                    },
                ),
            ],
        },
    }
)
