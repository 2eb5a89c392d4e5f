"""Guidance content: customs IPR protection in China, and the EU–China comparison.

Bilingual (English / Simplified Chinese) page data in the format of the guidance content
schema. The Chinese version of every page mirrors the English structure block by block.
Facts are taken from the project's reference notes; figures that could not be confirmed
are either left out or marked as to be confirmed against the official text.
"""

PAGES = [
    # ------------------------------------------------------------------
    # 1. Overview: how Chinese customs protect IPR
    # ------------------------------------------------------------------
    {
        "slug": "china-customs-ipr-protection-overview",
        "jurisdiction": "cn",
        "ipr_types": ["trade_mark", "copyright", "patent"],
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "prepare",
        "last_reviewed": "2026-11-30",
        "related": [
            "china-customs-recordation",
            "china-ex-officio-protection",
            "china-protection-on-application",
            "eu-china-comparison",
            "eu-customs-enforcement-overview",
        ],
        "en": {
            "title": "How Chinese customs protect intellectual property rights",
            "summary": (
                "Chinese customs can stop goods that infringe trade marks, copyright or patents, "
                "both at import and at export. This page explains the legal basis, who may ask "
                "for protection and the two ways in which customs act."
            ),
            "legal_basis": (
                "Regulations of the PRC on Customs Protection of Intellectual Property Rights "
                "(State Council Order No. 395, 2004, amended 2010 and 2018); GACC Implementing "
                "Measures (GACC Order No. 183, amended by GACC Order No. 240)"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>If your products are copied in China, or your goods pass through Chinese ports, "
                    "Chinese customs can be one of your most effective allies. They check goods leaving "
                    "the country as well as goods coming in, and in practice most of the goods they stop "
                    "are exports. Read this page for the overall picture before you decide whether to "
                    "record your rights with the General Administration of Customs of China (GACC) and "
                    "how to react when customs contact you.</p>"
                    "<p>This guidance describes the procedures in general terms. It is not legal advice. "
                    "For a real case, check the official texts and consider working with a qualified "
                    "agent in China.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "The legal framework",
                        "anchor": "legal-framework",
                        "body": (
                            "<p>Customs protection of intellectual property rights in China rests on two "
                            "texts. The first is the Regulations of the People's Republic of China on "
                            "Customs Protection of Intellectual Property Rights (the Regulations). The "
                            "State Council issued them as Order No. 395; they have applied since "
                            "1 March 2004 and were amended in 2010 and again in 2018.</p>"
                            "<p>The second is the GACC's Implementing Measures for the Regulations (the "
                            "Measures). GACC Order No. 183 adopted them in 2009, with effect from "
                            "1 July 2009, and GACC Order No. 240 amended them with effect from "
                            "1 July 2018. The Measures fill in the practical detail: application "
                            "documents, how notices are served and how security is provided.</p>"
                            "<p>Customs act at the border. Court measures, such as an order to stop the "
                            "infringement or a property preservation order, are decided by the people's "
                            "courts; customs then assist when they receive the court's notice of "
                            "assistance in enforcement (Regulations Art. 23).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What is protected, and in which direction",
                        "anchor": "scope",
                        "body": (
                            "<p>Article 2 of the Regulations sets the scope. Customs protect three kinds "
                            "of rights:</p>"
                            "<ul>"
                            "<li>the exclusive right to use a registered trade mark;</li>"
                            "<li>copyright and rights related to copyright;</li>"
                            "<li>patent rights.</li>"
                            "</ul>"
                            "<p>Protection covers goods imported into China and goods exported from "
                            "China (Regulations Art. 2). The export side matters a great deal: according "
                            "to the GACC's report on customs IPR protection in 2024, 99.17% of the "
                            "batches of suspected infringing goods detained that year were exports.</p>"
                            "<p>The right must be one you hold under Chinese laws and administrative "
                            "regulations. A trade mark registered only in the EU, for example, gives "
                            "Chinese customs no basis to act. Register your trade marks and obtain your "
                            "patents in China first; note that in China designs are protected as design "
                            "patents.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Who can ask customs for protection",
                        "anchor": "who-can-apply",
                        "body": (
                            "<p>Protection is requested by the right holder: the owner of the trade mark, "
                            "copyright or patent. Right holders based in China may file themselves or "
                            "through an agent in China.</p>"
                            "<p>Foreign right holders, including EU companies, cannot file directly. "
                            "They must act through their own office in China or through an agent in "
                            "China, and give that agent a power of attorney in the format the GACC "
                            "prescribes (Measures Art. 2).</p>"
                            "<p>A licensee cannot record a right in its own name. The right holder "
                            "records the right and lists its licensees in the recordation, which helps "
                            "customs tell authorised shipments apart from suspect ones.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Two modes: ex officio protection and protection on application",
                        "anchor": "two-modes",
                        "body": (
                            "<p>Chinese customs protect rights in two ways. Under ex officio protection "
                            "(also called active protection), customs themselves find goods that appear "
                            "to infringe a right recorded with the GACC, and notify you. Under protection "
                            "on application (also called passive protection), you point customs to a "
                            "specific shipment and ask them to detain it.</p>"
                            "<p>Ex officio protection works only for recorded rights, which is why most "
                            "right holders start with recordation. Protection on application is open "
                            "without a recordation, but you need precise information about the shipment, "
                            "and customs do not investigate in this mode: you must go to court "
                            "yourself.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Ex officio protection and protection on application compared",
                        "header": ["Aspect", "Ex officio protection", "Protection on application"],
                        "rows": [
                            [
                                "Precondition",
                                "Your right is recorded with the GACC",
                                "No recordation needed; if the right is recorded, give the recordation "
                                "number (Regulations Art. 13)",
                            ],
                            [
                                "How it starts",
                                "Customs find suspect goods and notify you in writing at once "
                                "(Regulations Art. 16)",
                                "You learn that infringing goods are about to be imported or exported and "
                                "apply to customs at the port (Regulations Arts 12 and 13)",
                            ],
                            [
                                "Your first deadline",
                                "3 working days from delivery of the notice to apply for detention and "
                                "provide security, or to explain in writing why detention is not needed "
                                "(Regulations Art. 16; Measures Arts 21 and 22)",
                                "Apply before the goods clear customs, with evidence that the infringement "
                                "obviously exists (Regulations Art. 13)",
                            ],
                            [
                                "Security",
                                "Amount set under the Measures, or a general security covering many "
                                "detentions (GACC Notice No. 31 of 2006); amounts to be confirmed against "
                                "the official text",
                                "No more than the value of the goods (Regulations Art. 14)",
                            ],
                            [
                                "Customs investigation",
                                "Yes: customs decide within 30 working days of detention whether the goods "
                                "infringe (Regulations Art. 20)",
                                "No: you must take the case to a people's court",
                            ],
                            [
                                "Release if no court notice arrives",
                                "Goods released if no notice of court assistance arrives within 50 working "
                                "days of detention and customs could not establish infringement "
                                "(Regulations Art. 24(2))",
                                "Goods released if no notice of court assistance arrives within 20 working "
                                "days of detention (Regulations Art. 24(1))",
                            ],
                            [
                                "Usual outcome",
                                "Customs confiscate goods found to infringe",
                                "The court decides, for example on an order to stop the infringement or "
                                "on property preservation (Regulations Art. 23)",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Key figures",
                        "anchor": "key-figures",
                        "body": (
                            "<p>The GACC publishes an annual report on customs IPR protection. According "
                            "to the report for 2024, as reported in the press on 25 April 2025, Chinese "
                            "customs took 53,200 protection measures and detained 41,600 batches "
                            "(81.61 million items) of suspected infringing goods at import and "
                            "export.</p>"
                            "<ul>"
                            "<li>Trade marks were involved in 99.5% of the detained batches.</li>"
                            "<li>99.17% of the detained batches were found at export.</li>"
                            "<li>25,300 batches were detained in the cross-border e-commerce channel.</li>"
                            "</ul>"
                            "<p>For comparison, the report for 2023 counted 67,000 measures and 62,100 "
                            "batches (82.89 million items). The GACC also runs yearly campaigns, such as "
                            "'Dragon', 'Blue Net' for the postal and express channel, and 'Clean Net' "
                            "for export transhipment.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "What the figures mean for an SME",
                        "text": (
                            "<p>Almost every detention concerns a trade mark, and almost every detained "
                            "batch is an export. If you sell branded goods and copies are made in China, "
                            "a Chinese trade mark registration recorded with the GACC is the most direct "
                            "way to benefit from customs action.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Your next steps",
                        "anchor": "next-steps",
                        "body": (
                            "<ol>"
                            "<li>Check that your trade marks, patents (including design patents) and "
                            "copyright are protected in China.</li>"
                            "<li>Record them with the GACC through your office in China or an agent in "
                            "China (Regulations Art. 7; Measures Art. 2).</li>"
                            "<li>Collect product information: photographs, packaging, your lawful "
                            "importers, exporters and licensees, and anything you know about "
                            "infringers.</li>"
                            "<li>Decide who receives customs notices and make sure they can decide within "
                            "3 working days of delivery (Regulations Art. 16).</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Do Chinese customs check only imports?",
                                "answer": (
                                    "<p>No. Article 2 of the Regulations covers both imports and exports, "
                                    "and in practice most detentions happen at export.</p>"
                                ),
                            },
                            {
                                "question": "Must I record my rights before customs can help?",
                                "answer": (
                                    "<p>Not for protection on application: Article 13 of the Regulations "
                                    "only asks for the recordation number if there is one. Ex officio "
                                    "protection, however, works only for recorded rights, so without a "
                                    "recordation customs will not contact you on their own "
                                    "initiative.</p>"
                                ),
                            },
                            {
                                "question": "Can my EU company file directly with the GACC?",
                                "answer": (
                                    "<p>No. A foreign right holder files through its office in China or "
                                    "through an agent in China, with a power of attorney in the GACC "
                                    "format (Measures Art. 2).</p>"
                                ),
                            },
                            {
                                "question": "Does customs protection cost anything?",
                                "answer": (
                                    "<p>Recordation is free: the recordation fee has been suspended since "
                                    "1 November 2015 (GACC Announcement [2015] No. 51). Once goods are "
                                    "detained, however, you must provide security and pay the storage, "
                                    "custody and disposal costs.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (English website)",
                        "url": "https://english.customs.gov.cn/",
                        "description": (
                            "The GACC's official English-language website, with information on customs "
                            "IPR protection and the recordation system."
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (Chinese website)",
                        "url": "https://www.customs.gov.cn/",
                        "description": (
                            "The GACC's official Chinese-language website, with access to the "
                            "Internet+Customs online service platform."
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "中国海关如何保护知识产权",
            "summary": (
                "中国海关可以在进口和出口环节扣留侵犯商标专用权、著作权或者专利权的货物。"
                "本页介绍相关法律依据、谁可以申请保护，以及海关采取保护措施的两种模式。"
            ),
            "legal_basis": (
                "《中华人民共和国知识产权海关保护条例》（国务院令第395号，2004年公布，2010年、2018年修订）；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
                "（海关总署令第183号，经海关总署令第240号修改）"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>如果您的产品在中国遭到仿冒，或者您的货物经由中国口岸进出，海关往往是维护权益最直接、"
                    "最有效的力量之一。中国海关既监管进口货物，也监管出口货物，而且实践中查扣的侵权嫌疑货物"
                    "绝大多数发生在出口环节。在决定是否向中华人民共和国海关总署（以下简称海关总署）办理"
                    "知识产权海关保护备案、以及收到海关通知后如何应对之前，建议先通过本页了解整体制度框架。</p>"
                    "<p>本页仅对相关程序作一般性介绍，不构成法律意见。办理具体案件时，请以官方文本为准，"
                    "并视情况委托具备相应资质的中国代理机构。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "法律框架",
                        "anchor": "legal-framework",
                        "body": (
                            "<p>我国知识产权海关保护制度主要以两部文件为依据。第一部是《中华人民共和国知识产权"
                            "海关保护条例》（以下简称《条例》），由国务院以第395号令公布，自2004年3月1日起施行，"
                            "此后于2010年和2018年两次修订。</p>"
                            "<p>第二部是海关总署制定的《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉"
                            "的实施办法》（以下简称《实施办法》）。该办法以海关总署令第183号于2009年公布，"
                            "自2009年7月1日起施行；后经海关总署令第240号修改，修改内容自2018年7月1日起施行。"
                            "《实施办法》对申请文件、通知送达、提供担保等操作事项作了细化规定。</p>"
                            "<p>海关的职责是在进出境环节采取保护措施。责令停止侵权行为、财产保全等措施由人民法院"
                            "决定，海关收到人民法院的协助执行通知后予以协助（《条例》第二十三条）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "保护范围与进出口环节",
                        "anchor": "scope",
                        "body": (
                            "<p>《条例》第二条规定了保护范围。海关保护的知识产权包括以下三类：</p>"
                            "<ul>"
                            "<li>商标专用权；</li>"
                            "<li>著作权和与著作权有关的权利；</li>"
                            "<li>专利权。</li>"
                            "</ul>"
                            "<p>保护措施既适用于进口货物，也适用于出口货物（《条例》第二条）。出口环节在实践中"
                            "尤为关键：据《2024年中国海关知识产权保护状况》，当年海关查扣的侵权嫌疑货物中，"
                            "按批次计有99.17%发生在出口环节。</p>"
                            "<p>受保护的必须是依照我国法律、行政法规享有的知识产权。例如，仅在欧盟注册的商标，"
                            "不能作为中国海关采取保护措施的依据。请先在中国取得商标注册或者专利授权；需要注意的是，"
                            "外观设计在我国以外观设计专利的形式获得保护。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "谁可以申请海关保护",
                        "anchor": "who-can-apply",
                        "body": (
                            "<p>申请海关保护的主体是知识产权权利人，即商标专用权、著作权或者专利权的权利人。"
                            "境内权利人可以自行办理，也可以委托境内代理人办理。</p>"
                            "<p>境外权利人（包括欧盟企业）不能直接办理，应当通过其在境内设立的办事机构或者委托"
                            "境内代理人办理，并按照海关总署规定的格式出具授权委托书（《实施办法》第二条）。</p>"
                            "<p>被许可人不能以自己的名义办理备案。应由权利人办理备案，并在备案中如实列明被许可人，"
                            "这也有助于海关区分合法授权的货物与侵权嫌疑货物。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "两种模式：依职权保护与依申请保护",
                        "anchor": "two-modes",
                        "body": (
                            "<p>中国海关采取保护措施有两种模式。依职权保护（又称“主动保护”）是指海关在监管中"
                            "自行发现涉嫌侵犯已在海关总署备案的知识产权的货物，并通知权利人。依申请保护"
                            "（又称“被动保护”）是指权利人针对特定货物向海关提出扣留申请。</p>"
                            "<p>依职权保护仅适用于已备案的知识产权，因此多数权利人把备案作为第一步。依申请保护"
                            "不以备案为前提，但权利人必须掌握准确的货物信息；而且在这一模式下海关不作调查，"
                            "权利人须自行向人民法院寻求救济。</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "依职权保护与依申请保护对比",
                        "header": ["项目", "依职权保护", "依申请保护"],
                        "rows": [
                            [
                                "前提条件",
                                "知识产权已在海关总署备案",
                                "无需备案；已备案的，应当提供备案号（《条例》第十三条）",
                            ],
                            [
                                "启动方式",
                                "海关发现侵权嫌疑货物后，立即书面通知权利人（《条例》第十六条）",
                                "权利人发现侵权嫌疑货物即将进出口，向货物进出境地海关提出申请"
                                "（《条例》第十二条、第十三条）",
                            ],
                            [
                                "权利人的第一个期限",
                                "自通知送达之日起3个工作日内提出扣留申请并提供担保，或者书面说明无需扣留的理由"
                                "（《条例》第十六条；《实施办法》第二十一条、第二十二条）",
                                "在货物通关放行前提出申请，并提交足以证明侵权事实明显存在的证据"
                                "（《条例》第十三条）",
                            ],
                            [
                                "担保",
                                "按《实施办法》确定金额，也可以提供覆盖多次扣留的总担保（海关总署2006年第31号公告）；"
                                "具体金额有待对照官方文本核实",
                                "不超过货物等值（《条例》第十四条）",
                            ],
                            [
                                "海关调查",
                                "有。海关自扣留之日起30个工作日内对货物是否侵权进行调查、认定（《条例》第二十条）",
                                "无。权利人须向人民法院寻求救济",
                            ],
                            [
                                "未收到法院通知时的放行",
                                "自扣留之日起50个工作日内未收到人民法院协助执行通知，且经调查不能认定侵权的，"
                                "海关放行货物（《条例》第二十四条第（二）项）",
                                "自扣留之日起20个工作日内未收到人民法院协助执行通知的，海关放行货物"
                                "（《条例》第二十四条第（一）项）",
                            ],
                            [
                                "通常结果",
                                "经认定侵权的货物由海关没收",
                                "由人民法院作出裁决，例如责令停止侵权行为或者采取财产保全措施"
                                "（《条例》第二十三条）",
                            ],
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "主要执法数据",
                        "anchor": "key-figures",
                        "body": (
                            "<p>海关总署每年发布中国海关知识产权保护状况。据媒体2025年4月25日报道的"
                            "《2024年中国海关知识产权保护状况》，2024年全国海关共采取知识产权保护措施5.32万次，"
                            "查扣进出口侵权嫌疑货物4.16万批、8161万件。</p>"
                            "<ul>"
                            "<li>涉及商标专用权的占查扣批次的99.5%；</li>"
                            "<li>出口环节查扣的占查扣批次的99.17%；</li>"
                            "<li>跨境电商渠道查扣2.53万批。</li>"
                            "</ul>"
                            "<p>作为对照，《2023年中国海关知识产权保护状况》显示，2023年海关采取保护措施6.7万次，"
                            "查扣侵权嫌疑货物6.21万批、8289万件。海关总署每年还部署专项执法行动，如“龙腾行动”、"
                            "针对寄递渠道的“蓝网行动”以及针对出口转运的“净网行动”。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "这些数据对中小企业意味着什么",
                        "text": (
                            "<p>海关查扣的案件几乎都涉及商标，查扣的批次也几乎都在出口环节。如果您经营品牌产品，"
                            "而仿冒品在中国生产，那么在中国注册商标并向海关总署办理备案，是借助海关执法最直接的途径。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "下一步怎么做",
                        "anchor": "next-steps",
                        "body": (
                            "<ol>"
                            "<li>确认您的商标、专利（包括外观设计专利）和著作权在我国受到法律保护。</li>"
                            "<li>通过境内办事机构或者境内代理人，向海关总署办理知识产权海关保护备案"
                            "（《条例》第七条；《实施办法》第二条）。</li>"
                            "<li>整理产品资料：产品及包装照片、合法的进出口商和被许可人名单，以及已掌握的侵权人信息。</li>"
                            "<li>明确由谁接收海关通知，并确保其能在通知送达后3个工作日内作出决定"
                            "（《条例》第十六条）。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "中国海关只查进口货物吗？",
                                "answer": (
                                    "<p>不是。《条例》第二条同时适用于进口和出口货物，而且实践中绝大多数查扣发生在"
                                    "出口环节。</p>"
                                ),
                            },
                            {
                                "question": "必须先办理备案，海关才能提供保护吗？",
                                "answer": (
                                    "<p>依申请保护不以备案为前提，《条例》第十三条只要求已备案的提供备案号。但依职权"
                                    "保护仅适用于已备案的知识产权，没有备案，海关不会主动通知您。</p>"
                                ),
                            },
                            {
                                "question": "欧盟企业能否直接向海关总署办理备案？",
                                "answer": (
                                    "<p>不能。境外权利人应当通过其在境内设立的办事机构或者委托境内代理人办理，"
                                    "并按海关总署规定的格式出具授权委托书（《实施办法》第二条）。</p>"
                                ),
                            },
                            {
                                "question": "申请海关保护需要缴费吗？",
                                "answer": (
                                    "<p>备案本身不收费：自2015年11月1日起暂停收取备案费（海关总署公告2015年第51号）。"
                                    "但货物被扣留后，权利人需要提供担保，并承担仓储、保管和处置等费用。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（英文网站）",
                        "url": "https://english.customs.gov.cn/",
                        "description": "海关总署官方英文网站，介绍知识产权海关保护制度及备案系统。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（中文网站）",
                        "url": "https://www.customs.gov.cn/",
                        "description": "海关总署官方中文网站，可由此进入“互联网+海关”一体化网上办事平台。",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 2. Recordation with the GACC
    # ------------------------------------------------------------------
    {
        "slug": "china-customs-recordation",
        "jurisdiction": "cn",
        "ipr_types": ["trade_mark", "copyright", "patent"],
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "apply",
        "last_reviewed": "2026-11-30",
        "related": [
            "china-customs-ipr-protection-overview",
            "china-ex-officio-protection",
            "china-protection-on-application",
            "eu-china-comparison",
            "eu-application-for-action",
            "eu-validity-and-extension",
        ],
        "en": {
            "title": "Recording your rights with Chinese customs (recordation)",
            "summary": (
                "Recordation with the General Administration of Customs lets Chinese customs spot "
                "infringing goods and contact you on their own initiative. It is currently free of "
                "charge and is filed online."
            ),
            "legal_basis": (
                "Regulations of the PRC on Customs Protection of IPR, Arts 7 to 11; GACC "
                "Implementing Measures, Art. 2; GACC Announcement [2015] No. 51"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Recordation means registering your trade mark, copyright or patent with the "
                    "General Administration of Customs of China (GACC). Once a right is recorded, customs "
                    "offices across China can check shipments against it and notify you when they find "
                    "suspect goods. Without a recordation, customs will not act on their own initiative: "
                    "you can only ask them to stop a particular shipment you already know about.</p>"
                    "<p>This page explains who files, what the application contains, how long the GACC "
                    "takes, how long a recordation lasts and how to keep it up to date.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "Who files, and through whom",
                        "anchor": "who-files",
                        "body": (
                            "<p>Only the right holder can record a right. A licensee cannot file in its "
                            "own name, but the right holder should list its licensees in the "
                            "application.</p>"
                            "<p>If you are a foreign company, you must file through your office in China "
                            "or through an agent in China, and sign a power of attorney in the format "
                            "the GACC prescribes (Implementing Measures Art. 2). It is often practical to "
                            "use the agent who already handles your Chinese trade marks or patents. "
                            "Choose one that can also react quickly to customs notices, because the "
                            "deadline to respond is counted in working days.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What the application contains",
                        "anchor": "application-content",
                        "body": (
                            "<p>Article 7 of the Regulations lists the information you must give:</p>"
                            "<ol>"
                            "<li>the name of the right holder and its place of registration or "
                            "nationality;</li>"
                            "<li>the name and content of the right and related information;</li>"
                            "<li>whether the right is licensed, and to whom;</li>"
                            "<li>for genuine goods made under the right: the product name, place of "
                            "origin, the customs ports through which the goods enter or leave China, the "
                            "importers and exporters, the main features and the price;</li>"
                            "<li>for known infringing goods: the manufacturers, importers and exporters, "
                            "the ports used, the main features and the price.</li>"
                            "</ol>"
                            "<p>You attach supporting documents, such as proof of the right. The online "
                            "form also asks for practical data: the right holder's name in Chinese and "
                            "English, business licence, legal representative and contacts, agent "
                            "details, HS codes, photographs of products and packaging, and authorised "
                            "users.</p>"
                            "<p>Each right needs its own recordation: one registered trade mark means one "
                            "recordation. If you own several trade marks or patents, file one recordation "
                            "for each.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Recordation step by step",
                        "steps": [
                            {
                                "actor": "Right holder",
                                "action": (
                                    "Check that the right is valid and protected in China, and gather proof "
                                    "of it, product data, photographs, and information on licensees and "
                                    "known infringers."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 7",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "If you are a foreign right holder, appoint your office in China or an "
                                    "agent in China and sign a power of attorney in the GACC format."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "GACC Implementing Measures, Art. 2",
                            },
                            {
                                "actor": "Agent or right holder",
                                "action": (
                                    "File the application online in the GACC recordation system on the "
                                    "Internet+Customs platform, with the supporting documents."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 7",
                            },
                            {
                                "actor": "GACC",
                                "action": (
                                    "Decide whether to approve the recordation within 30 working days of "
                                    "receiving all the application documents, giving reasons for a "
                                    "refusal."
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 8",
                            },
                            {
                                "actor": "GACC",
                                "action": (
                                    "An approved recordation takes effect on the date of approval and is "
                                    "valid for 10 years, unless the right stops being protected earlier."
                                ),
                                "time_limit": 10,
                                "time_unit": "years",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 10",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "When recorded information changes, apply to the GACC to change or "
                                    "cancel the recordation within 30 working days of the change."
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 11",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "Apply for renewal within the 6 months before the recordation expires; "
                                    "each renewal is valid for 10 years."
                                ),
                                "time_limit": 6,
                                "time_unit": "months",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 10",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Processing time and refusal",
                        "anchor": "decision",
                        "body": (
                            "<p>The GACC must decide within 30 working days of receiving all the "
                            "application documents (Regulations Art. 8). The period starts only when your "
                            "file is complete, so time spent supplying missing documents does not count. "
                            "Agents in China report that the whole process often takes two to three "
                            "months in practice; this is experience, not a legal time limit.</p>"
                            "<p>Under Article 8 of the Regulations, the GACC refuses a recordation "
                            "if:</p>"
                            "<ul>"
                            "<li>the application documents are incomplete or invalid;</li>"
                            "<li>the applicant is not the right holder;</li>"
                            "<li>the right is no longer protected by Chinese laws or administrative "
                            "regulations.</li>"
                            "</ul>"
                            "<p>The GACC may also revoke a recordation later if the right holder did not "
                            "give truthful information or documents (Regulations Art. 9). Check your data "
                            "carefully before you file.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Validity, renewal and changes",
                        "anchor": "validity-renewal",
                        "body": (
                            "<p>A recordation is valid for 10 years from the day the GACC approves it "
                            "(Regulations Art. 10). If the right itself ends sooner, for example when a "
                            "patent term runs out or a trade mark registration is not renewed, the "
                            "recordation ends with it.</p>"
                            "<p>While the right is valid, you may apply for renewal in the 6 months "
                            "before the recordation expires, and each renewal lasts another 10 years "
                            "(Regulations Art. 10). If you do not renew, the recordation lapses when its "
                            "term ends.</p>"
                            "<p>When recorded information changes, for example the owner, name, address "
                            "or licensees, you must apply to the GACC to change the recordation, or "
                            "cancel it, within 30 working days of the change (Regulations Art. 11). "
                            "Keeping product data, licensees and contacts up to date helps customs "
                            "recognise genuine goods and reach you quickly.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Put the renewal window in your diary",
                        "text": (
                            "<p>Set a reminder for the day the 6-month renewal window opens before each "
                            "recordation expires (Regulations Art. 10). The GACC system lets you sort "
                            "your recordations and list those due for renewal.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Fees and the online system",
                        "anchor": "fees-online",
                        "body": (
                            "<p>Recordation is currently free. The recordation fee has been suspended "
                            "since 1 November 2015 under GACC Announcement [2015] No. 51, which "
                            "implemented a joint notice of the Ministry of Finance and the National "
                            "Development and Reform Commission (Cai Shui [2015] No. 102).</p>"
                            "<p>All filing is online. The GACC's IPR recordation system for customs "
                            "protection has run since September 2004, and applications have been "
                            "paperless since 1 March 2014. In 2023 the system was integrated into the "
                            "Internet+Customs online government service platform, with single "
                            "sign-on.</p>"
                            "<p>In the system you can:</p>"
                            "<ul>"
                            "<li>search recorded rights publicly without logging in (only limited "
                            "details are shown);</li>"
                            "<li>file a new recordation;</li>"
                            "<li>follow your application, including the acceptance date, review "
                            "comments, approval date and recordation number;</li>"
                            "<li>sort your recordations, run statistics and print lists to spot renewals "
                            "that are due;</li>"
                            "<li>apply for changes and renewals.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "A recordation does not stop goods by itself",
                        "text": (
                            "<p>Recordation lets customs notify you. When they do, you have only 3 "
                            "working days from delivery of the notice to apply for detention and provide "
                            "security (Regulations Art. 16). Keep your agent's contact details in the "
                            "recordation current, and make sure someone can decide quickly.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "How many recordations do I need?",
                                "answer": (
                                    "<p>One for each right. A company with three registered trade marks and "
                                    "one patent files four recordations.</p>"
                                ),
                            },
                            {
                                "question": "Can I record a trade mark registered only in the EU?",
                                "answer": (
                                    "<p>No. Customs protect rights held under Chinese law (Regulations "
                                    "Art. 2), and the GACC refuses a recordation where the right is not "
                                    "protected in China (Regulations Art. 8). Register the trade mark in "
                                    "China first.</p>"
                                ),
                            },
                            {
                                "question": "What happens if I miss the renewal window?",
                                "answer": (
                                    "<p>The recordation lapses at the end of its term (Regulations Art. 10) "
                                    "and customs can no longer act on their own initiative on that basis. "
                                    "Ask your agent about filing a new recordation.</p>"
                                ),
                            },
                            {
                                "question": "Is recordation really free?",
                                "answer": (
                                    "<p>Yes, the fee has been suspended since 1 November 2015 (GACC "
                                    "Announcement [2015] No. 51). Costs arise only when goods are detained: "
                                    "security, and storage, custody and disposal costs.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (English website)",
                        "url": "https://english.customs.gov.cn/",
                        "description": (
                            "Official GACC website in English, with guidance on recordation, renewal and "
                            "changes, and access to the IPR recordation system."
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (Chinese website)",
                        "url": "https://www.customs.gov.cn/",
                        "description": (
                            "Official GACC website in Chinese, the entry point to the Internet+Customs "
                            "platform where the recordation system is now hosted."
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "办理知识产权海关保护备案",
            "summary": (
                "向海关总署办理知识产权海关保护备案后，海关即可在监管中主动发现侵权嫌疑货物并通知权利人。"
                "目前备案不收费，全程网上办理。"
            ),
            "legal_basis": (
                "《中华人民共和国知识产权海关保护条例》第七条至第十一条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条；"
                "海关总署公告2015年第51号"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>知识产权海关保护备案，是指权利人将其商标专用权、著作权或者专利权向中华人民共和国"
                    "海关总署（以下简称海关总署）备案。备案后，全国各地海关均可据此对进出口货物进行比对，"
                    "发现侵权嫌疑货物时通知权利人。未经备案的，海关不会依职权主动采取措施，权利人只能针对"
                    "已经掌握的特定货物申请扣留。</p>"
                    "<p>本页介绍由谁办理备案、申请内容、审核时限、备案有效期以及备案信息的维护。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "由谁办理、通过谁办理",
                        "anchor": "who-files",
                        "body": (
                            "<p>只有知识产权权利人可以办理备案。被许可人不能以自己的名义申请，但权利人应当在"
                            "申请中列明被许可人。</p>"
                            "<p>境外权利人应当通过其在境内设立的办事机构或者委托境内代理人办理，并按照海关总署"
                            "规定的格式出具授权委托书（《中华人民共和国海关关于〈中华人民共和国知识产权海关保护"
                            "条例〉的实施办法》第二条，以下简称《实施办法》）。实务中，委托已代理您在华商标或者"
                            "专利事务的代理机构往往较为便利。由于答复海关通知的期限以工作日计算，所选代理机构"
                            "还应当能够对海关通知作出快速反应。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "备案申请的内容",
                        "anchor": "application-content",
                        "body": (
                            "<p>根据《中华人民共和国知识产权海关保护条例》（以下简称《条例》）第七条，"
                            "备案申请应当载明下列内容：</p>"
                            "<ol>"
                            "<li>知识产权权利人的名称或者姓名、注册地或者国籍；</li>"
                            "<li>知识产权的名称、内容及其相关信息；</li>"
                            "<li>知识产权许可行使状况；</li>"
                            "<li>权利人合法行使知识产权的货物的名称、产地、进出境地海关、进出口商、主要特征、"
                            "价格等；</li>"
                            "<li>已知的侵犯知识产权货物的制造商、进出口商、进出境地海关、主要特征、价格等。</li>"
                            "</ol>"
                            "<p>申请时应当附送证明知识产权权属等情况的文件。网上申请表还要求填写实务信息，"
                            "包括权利人中英文名称、营业执照、法定代表人及联系方式、代理人信息、商品编码（HS编码）、"
                            "产品及包装照片、授权使用人等。</p>"
                            "<p>每项知识产权须单独备案：一件注册商标对应一项备案。拥有多件商标或者多项专利的，"
                            "应当分别办理备案。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "备案办理流程",
                        "steps": [
                            {
                                "actor": "权利人",
                                "action": (
                                    "确认权利在我国有效并受法律保护，准备权属证明、产品资料、照片以及被许可人"
                                    "和已知侵权人的信息。"
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第七条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "境外权利人指定其境内办事机构或者委托境内代理人，并按海关总署规定的格式"
                                    "出具授权委托书。"
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《实施办法》第二条",
                            },
                            {
                                "actor": "代理人或者权利人",
                                "action": (
                                    "登录“互联网+海关”平台上的知识产权海关保护备案系统，在线提交申请及证明文件。"
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第七条",
                            },
                            {
                                "actor": "海关总署",
                                "action": (
                                    "自收到全部申请文件之日起30个工作日内作出是否准予备案的决定；不予备案的，"
                                    "说明理由。"
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第八条",
                            },
                            {
                                "actor": "海关总署",
                                "action": (
                                    "准予备案的，备案自准予之日起生效，有效期为10年；知识产权在此之前不再受保护的，"
                                    "备案随之失效。"
                                ),
                                "time_limit": 10,
                                "time_unit": "years",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "备案信息发生改变的，自改变之日起30个工作日内向海关总署办理备案变更或者注销手续。"
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十一条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "在备案有效期届满前6个月内申请续展备案；每次续展的有效期为10年。"
                                ),
                                "time_limit": 6,
                                "time_unit": "months",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "审核时限与不予备案的情形",
                        "anchor": "decision",
                        "body": (
                            "<p>海关总署应当自收到全部申请文件之日起30个工作日内作出决定（《条例》第八条）。"
                            "时限自材料齐全时起算，补正材料所用的时间不计算在内。据国内代理机构反映，"
                            "实践中整个流程通常需要两到三个月；这是经验数据，并非法定时限。</p>"
                            "<p>根据《条例》第八条，有下列情形之一的，海关总署不予备案：</p>"
                            "<ul>"
                            "<li>申请文件不齐全或者无效；</li>"
                            "<li>申请人不是知识产权权利人；</li>"
                            "<li>知识产权不再受法律、行政法规保护。</li>"
                            "</ul>"
                            "<p>权利人申请备案时未如实提供有关情况或者文件的，海关总署还可以撤销其备案"
                            "（《条例》第九条）。提交前请仔细核对各项信息。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "有效期、续展与变更",
                        "anchor": "validity-renewal",
                        "body": (
                            "<p>备案自海关总署准予之日起生效，有效期为10年（《条例》第十条）。知识产权本身"
                            "先于备案到期的，例如专利保护期届满或者注册商标未续展，备案随之失效。</p>"
                            "<p>知识产权有效的，权利人可以在备案有效期届满前6个月内申请续展备案，每次续展的"
                            "有效期为10年（《条例》第十条）。期满未申请续展的，备案随即失效。</p>"
                            "<p>备案知识产权的情况发生改变的，例如权利人、名称、地址或者被许可人发生变化，"
                            "权利人应当自改变之日起30个工作日内向海关总署办理备案变更或者注销手续"
                            "（《条例》第十一条）。及时更新产品资料、被许可人和联系人信息，有助于海关识别"
                            "正品并迅速联系到您。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "提前记好续展时间",
                        "text": (
                            "<p>请在每项备案有效期届满前6个月、即续展窗口开启之日设置提醒"
                            "（《条例》第十条）。备案系统支持对已备案权利进行排序，便于筛选即将到期的备案。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "费用与网上办理",
                        "anchor": "fees-online",
                        "body": (
                            "<p>目前办理备案不收费。根据海关总署公告2015年第51号，自2015年11月1日起暂停"
                            "收取备案费；该公告是为落实财政部、国家发展改革委财税〔2015〕102号文件而发布的。</p>"
                            "<p>备案全程网上办理。海关总署知识产权海关保护备案系统自2004年9月起运行，"
                            "自2014年3月1日起实行无纸化申报。2023年，该系统整合并入“互联网+海关”一体化"
                            "网上办事平台，实现统一身份认证登录。</p>"
                            "<p>通过该系统，您可以：</p>"
                            "<ul>"
                            "<li>无需登录即可公开查询已备案的知识产权（仅显示部分信息）；</li>"
                            "<li>提交新的备案申请；</li>"
                            "<li>跟踪办理进度，包括受理日期、审核意见、核准日期和备案号；</li>"
                            "<li>对本企业的备案进行排序、统计和打印，及时发现需要续展的备案；</li>"
                            "<li>申请备案变更和续展。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "备案本身不会自动扣货",
                        "text": (
                            "<p>备案的作用在于使海关能够通知您。收到通知后，您只有3个工作日（自通知送达之日起）"
                            "提出扣留申请并提供担保（《条例》第十六条）。请确保备案中的代理人联系方式准确有效，"
                            "并有专人能够及时作出决定。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "需要办理几项备案？",
                                "answer": (
                                    "<p>每项权利分别备案。例如，一家企业拥有三件注册商标和一项专利，就需要办理四项备案。</p>"
                                ),
                            },
                            {
                                "question": "仅在欧盟注册的商标可以在中国海关备案吗？",
                                "answer": (
                                    "<p>不可以。海关保护的是依照我国法律、行政法规享有的知识产权（《条例》第二条），"
                                    "知识产权不受我国法律保护的，海关总署不予备案（《条例》第八条）。请先在中国"
                                    "注册商标。</p>"
                                ),
                            },
                            {
                                "question": "错过续展期限怎么办？",
                                "answer": (
                                    "<p>备案在有效期届满时即行失效（《条例》第十条），海关也就无法再依据该备案主动"
                                    "采取措施。请咨询代理机构重新办理备案的事宜。</p>"
                                ),
                            },
                            {
                                "question": "备案真的不收费吗？",
                                "answer": (
                                    "<p>是的，自2015年11月1日起暂停收取备案费（海关总署公告2015年第51号）。"
                                    "费用只在货物被扣留后产生，包括担保以及仓储、保管和处置等费用。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（英文网站）",
                        "url": "https://english.customs.gov.cn/",
                        "description": "海关总署官方英文网站，提供备案、续展和变更的办理指引以及备案系统入口。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（中文网站）",
                        "url": "https://www.customs.gov.cn/",
                        "description": "海关总署官方中文网站，是进入“互联网+海关”一体化网上办事平台及备案系统的入口。",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 3. Ex officio protection
    # ------------------------------------------------------------------
    {
        "slug": "china-ex-officio-protection",
        "jurisdiction": "cn",
        "ipr_types": ["trade_mark", "copyright", "patent"],
        "audiences": ["right_holder", "sme"],
        "stage": "detention",
        "last_reviewed": "2026-11-30",
        "related": [
            "china-customs-recordation",
            "china-protection-on-application",
            "china-customs-ipr-protection-overview",
            "eu-china-comparison",
            "eu-ex-officio-detention",
            "eu-detention-and-destruction",
        ],
        "en": {
            "title": "Ex officio protection by Chinese customs for recorded rights",
            "summary": (
                "When Chinese customs find goods that appear to infringe a right you have recorded, "
                "they notify you and you must react within a few working days. This page sets out "
                "each step, deadline and cost."
            ),
            "legal_basis": (
                "Regulations of the PRC on Customs Protection of IPR, Arts 16, 19, 20, 23 and 24; "
                "GACC Implementing Measures, Arts 21 and 22; GACC Notice No. 31 of 2006"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Ex officio protection, also called active protection, is the mode in which "
                    "Chinese customs take the initiative. When they check imports and exports, they "
                    "compare the goods with the rights recorded with the General Administration of "
                    "Customs (GACC). If a shipment appears to infringe one of your recorded rights, "
                    "customs tell you and give you a short period to decide whether to ask for "
                    "detention.</p>"
                    "<p>This mode is available only for rights recorded with the GACC. If your right is "
                    "not recorded, see the page on protection on application.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "When customs notify you",
                        "anchor": "notice",
                        "body": (
                            "<p>When customs find goods suspected of infringing a recorded right, they "
                            "must notify the right holder in writing at once (Regulations Art. 16). The "
                            "notice normally reaches the contact or agent named in the recordation, so "
                            "that person must be able to reach you and act fast.</p>"
                            "<p>Use the information in the notice to check whether the shipment might be "
                            "genuine, for example goods made by a licensee or by a factory you have "
                            "authorised. If the goods are genuine or authorised, tell customs so; they "
                            "will then not be detained on your behalf.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Your 3-working-day decision",
                        "anchor": "three-working-days",
                        "body": (
                            "<p>You have 3 working days from delivery of the notice to respond "
                            "(Regulations Art. 16; Implementing Measures Arts 21 and 22). You have two "
                            "options:</p>"
                            "<ul>"
                            "<li>apply for detention of the goods, with the information listed in "
                            "Article 13 of the Regulations, and provide security; or</li>"
                            "<li>explain in writing why detention is not needed, for example because the "
                            "goods are genuine.</li>"
                            "</ul>"
                            "<p>If you do neither within the 3 working days, customs may not detain the "
                            "goods (Regulations Art. 16). Working days do not include weekends or Chinese "
                            "public holidays, so check the calendar carefully around the Spring Festival "
                            "and National Day.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Ex officio protection: steps and time limits",
                        "steps": [
                            {
                                "actor": "Customs",
                                "action": (
                                    "Find goods suspected of infringing a recorded right during import or "
                                    "export checks, and notify the right holder in writing at once."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 16",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "Within 3 working days of delivery of the notice, apply for detention "
                                    "and provide security, or explain in writing why detention is not "
                                    "needed. Otherwise customs may not detain the goods."
                                ),
                                "time_limit": 3,
                                "time_unit": "working_days",
                                "legal_basis": (
                                    "Regulations on Customs Protection of IPR, Art. 16; GACC Implementing "
                                    "Measures, Arts 21 and 22"
                                ),
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "Detain the goods once the application and security are in order, and "
                                    "notify the consignee or consignor in writing."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 16",
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "Investigate and decide whether the detained goods infringe within 30 "
                                    "working days of detention; if no decision can be reached, notify the "
                                    "right holder in writing at once."
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 20",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "If customs cannot establish infringement, or you want a court order, "
                                    "apply to a people's court for an order to stop the infringement or for "
                                    "property preservation, so that the court's notice of assistance in "
                                    "enforcement reaches customs within 50 working days of detention."
                                ),
                                "time_limit": 50,
                                "time_unit": "working_days",
                                "legal_basis": (
                                    "Regulations on Customs Protection of IPR, Art. 23 and Art. 24(2)"
                                ),
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "Release the goods if no notice of court assistance has arrived within "
                                    "50 working days of detention and infringement could not be "
                                    "established."
                                ),
                                "time_limit": 50,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 24(2)",
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "Where infringement is established, confiscate the goods; fines may be "
                                    "imposed and suspected crimes are referred to the police."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Security, the general security and costs",
                        "anchor": "security",
                        "body": (
                            "<p>To have goods detained you must provide security. It covers losses the "
                            "consignee or consignor may suffer if the detention proves wrong, and the "
                            "costs of storing, keeping and disposing of the goods.</p>"
                            "<p>For ex officio detentions, the amount is set under the GACC Implementing "
                            "Measures. We could not confirm the amounts against the official text, so "
                            "they are not given here: ask your agent or the customs office for the "
                            "current figure before you reply to a notice.</p>"
                            "<p>Right holders who receive frequent notices for a recorded trade mark can "
                            "provide a general security instead of security case by case. Under GACC "
                            "Notice No. 31 of 2006, one general security covers multiple ex officio "
                            "detentions over a set period. Secondary sources describe the amount as the "
                            "previous year's storage and disposal costs, with a minimum of RMB 200,000, "
                            "valid until 30 June of the following year; the amount and period are to be "
                            "confirmed against the official text, and later rules may differ.</p>"
                            "<p>You also pay the storage, custody and disposal costs of the detained "
                            "goods, and customs may deduct them from your security.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Customs investigation and the 50-working-day limit",
                        "anchor": "investigation",
                        "body": (
                            "<p>Unlike protection on application, ex officio detention includes an "
                            "investigation by customs. Customs must decide within 30 working days of "
                            "detention whether the goods infringe your right; if they cannot decide, "
                            "they tell you in writing at once (Regulations Art. 20).</p>"
                            "<p>If customs find infringement, the goods are confiscated. If they cannot "
                            "decide, you can apply to a people's court for an order to stop the "
                            "infringement or for property preservation; customs assist once they receive "
                            "the court's notice of assistance in enforcement (Regulations Art. 23).</p>"
                            "<p>Customs release the goods if, within 50 working days of detention, no "
                            "court notice has arrived and infringement could not be established "
                            "(Regulations Art. 24(2)). If the investigation may be inconclusive, prepare "
                            "your court application early: once the 30-working-day investigation period "
                            "under Article 20 has passed, little time remains.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Other reasons why goods are released",
                        "anchor": "release",
                        "body": (
                            "<ul>"
                            "<li>Patent cases: the consignee or consignor may have the goods released by "
                            "providing security equal to the value of the goods (Regulations Art. 19 and "
                            "Art. 24(3)).</li>"
                            "<li>Withdrawal: if you withdraw your application before customs find that "
                            "the goods infringe, they are released (Regulations Art. 24).</li>"
                            "<li>No court notice within 50 working days of detention and no finding of "
                            "infringement (Regulations Art. 24(2)).</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "Three working days is very short",
                        "text": (
                            "<p>The 3-working-day period under Article 16 of the Regulations runs from "
                            "delivery of the notice. Agree in advance with your agent who decides, how "
                            "security will be provided and which documents prove that goods are "
                            "genuine.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "What if I do not answer the customs notice?",
                                "answer": (
                                    "<p>If you neither apply for detention with security nor explain in "
                                    "writing within 3 working days of delivery, customs may not detain the "
                                    "goods (Regulations Art. 16).</p>"
                                ),
                            },
                            {
                                "question": "Can customs act ex officio for a right that is not recorded?",
                                "answer": (
                                    "<p>No. Ex officio protection applies only to recorded rights. For an "
                                    "unrecorded right, use protection on application (Regulations Arts 12 "
                                    "and 13).</p>"
                                ),
                            },
                            {
                                "question": "Who pays for storage and destruction?",
                                "answer": (
                                    "<p>The right holder pays the storage, custody and disposal costs, and "
                                    "customs may deduct them from the security.</p>"
                                ),
                            },
                            {
                                "question": "Do I always have to go to court?",
                                "answer": (
                                    "<p>No. If customs establish infringement within the 30-working-day "
                                    "investigation (Regulations Art. 20), they confiscate the goods. You "
                                    "need a court notice only if customs cannot decide, and it must reach "
                                    "customs within 50 working days of detention (Regulations "
                                    "Art. 24(2)).</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "zh": {
            "title": "中国海关对备案知识产权的依职权保护",
            "summary": (
                "海关发现进出口货物涉嫌侵犯已备案的知识产权时，会通知权利人，权利人须在几个工作日内作出回应。"
                "本页逐一说明各个环节、期限和费用。"
            ),
            "legal_basis": (
                "《中华人民共和国知识产权海关保护条例》第十六条、第十九条、第二十条、第二十三条、第二十四条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二十一条、第二十二条；"
                "海关总署2006年第31号公告"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>依职权保护（又称“主动保护”）是由海关主动启动的保护模式。海关在对进出口货物实施监管时，"
                    "将货物与已在中华人民共和国海关总署（以下简称海关总署）备案的知识产权进行比对；发现货物"
                    "涉嫌侵犯您已备案的知识产权的，海关会通知您，并给予较短的期限由您决定是否申请扣留。</p>"
                    "<p>这一模式仅适用于已在海关总署备案的知识产权。尚未备案的，请参阅“依申请保护”一页。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "海关何时通知您",
                        "anchor": "notice",
                        "body": (
                            "<p>海关发现进出口货物有侵犯备案知识产权嫌疑的，应当立即书面通知知识产权权利人"
                            "（《中华人民共和国知识产权海关保护条例》第十六条，以下简称《条例》）。通知一般发送给"
                            "备案中登记的联系人或者代理人，因此该联系人必须能够及时联系到您并迅速处理。</p>"
                            "<p>请根据通知中的信息核实相关货物是否可能为正品，例如是否由被许可人或者经您授权的"
                            "工厂生产。货物系正品或者经您授权的，应当向海关说明情况，海关即不会扣留。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "3个工作日内作出决定",
                        "anchor": "three-working-days",
                        "body": (
                            "<p>您应当自通知送达之日起3个工作日内作出回应（《条例》第十六条；《中华人民共和国"
                            "海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二十一条、第二十二条，"
                            "以下简称《实施办法》）。可以有两种选择：</p>"
                            "<ul>"
                            "<li>按照《条例》第十三条的要求提出扣留侵权嫌疑货物的申请，并提供担保；</li>"
                            "<li>书面说明无需扣留的理由，例如货物系正品。</li>"
                            "</ul>"
                            "<p>逾期既未提出申请、也未作出说明的，海关不得扣留货物（《条例》第十六条）。"
                            "工作日不含周末和法定节假日，春节、国庆等长假前后尤其要注意核算期限。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "依职权保护的流程与期限",
                        "steps": [
                            {
                                "actor": "海关",
                                "action": "在进出口监管中发现涉嫌侵犯备案知识产权的货物，立即书面通知权利人。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十六条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "自通知送达之日起3个工作日内提出扣留申请并提供担保，或者书面说明无需扣留的理由；"
                                    "逾期未办理的，海关不得扣留货物。"
                                ),
                                "time_limit": 3,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十六条；《实施办法》第二十一条、第二十二条",
                            },
                            {
                                "actor": "海关",
                                "action": "申请和担保符合要求的，扣留侵权嫌疑货物，并书面通知收货人或者发货人。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十六条",
                            },
                            {
                                "actor": "海关",
                                "action": (
                                    "自扣留之日起30个工作日内对货物是否侵犯知识产权进行调查、认定；不能认定的，"
                                    "立即书面通知权利人。"
                                ),
                                "time_limit": 30,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "海关不能认定侵权或者权利人希望取得法院裁定的，向人民法院申请责令停止侵权行为"
                                    "或者财产保全，确保人民法院协助执行通知在扣留之日起50个工作日内送达海关。"
                                ),
                                "time_limit": 50,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十三条、第二十四条第（二）项",
                            },
                            {
                                "actor": "海关",
                                "action": (
                                    "自扣留之日起50个工作日内未收到人民法院协助执行通知，且经调查不能认定侵权的，"
                                    "放行货物。"
                                ),
                                "time_limit": 50,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十四条第（二）项",
                            },
                            {
                                "actor": "海关",
                                "action": "认定侵权的，没收侵权货物；可以依法处以罚款，涉嫌犯罪的移送公安机关。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "担保、总担保与相关费用",
                        "anchor": "security",
                        "body": (
                            "<p>申请扣留货物必须提供担保。担保用于赔偿因申请不当可能给收货人、发货人造成的损失，"
                            "以及支付货物的仓储、保管和处置等费用。</p>"
                            "<p>依职权保护中的担保金额按照《实施办法》确定。由于相关金额尚未能对照官方文本核实，"
                            "本页不作列明；答复海关通知前，请向代理机构或者海关确认现行标准。</p>"
                            "<p>已备案商标经常收到海关通知的权利人，可以提供总担保，而不必逐案提供担保。根据"
                            "海关总署2006年第31号公告，一份总担保可以覆盖一定期间内的多次依职权扣留。据二手资料"
                            "介绍，总担保金额为上一年度的仓储和处置费用，最低为人民币20万元，有效期至次年6月30日；"
                            "上述金额和期限有待对照官方文本核实，后续规定也可能有所调整。</p>"
                            "<p>被扣留货物的仓储、保管和处置等费用由权利人承担，海关可以从其提供的担保中扣除。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "海关调查与50个工作日期限",
                        "anchor": "investigation",
                        "body": (
                            "<p>与依申请保护不同，依职权扣留后海关要进行调查。海关应当自扣留之日起30个工作日内"
                            "认定货物是否侵权；不能认定的，应当立即书面通知权利人（《条例》第二十条）。</p>"
                            "<p>经认定侵权的，货物由海关没收。海关不能认定的，权利人可以向人民法院申请责令停止"
                            "侵权行为或者财产保全，海关收到人民法院的协助执行通知后予以协助（《条例》第二十三条）。</p>"
                            "<p>自扣留之日起50个工作日内未收到人民法院协助执行通知，且经调查不能认定侵权的，"
                            "海关放行货物（《条例》第二十四条第（二）项）。如果调查结果可能无法定论，应当尽早准备"
                            "诉讼材料：《条例》第二十条规定的30个工作日调查期届满后，剩余时间十分有限。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "货物被放行的其他情形",
                        "anchor": "release",
                        "body": (
                            "<ul>"
                            "<li>涉嫌侵犯专利权的：收货人或者发货人向海关提供与货物等值的担保金后，"
                            "可以请求海关放行货物（《条例》第十九条、第二十四条第（三）项）。</li>"
                            "<li>撤回申请的：在海关认定侵权之前，权利人撤回扣留申请的，海关放行货物"
                            "（《条例》第二十四条）。</li>"
                            "<li>自扣留之日起50个工作日内未收到人民法院协助执行通知，且经调查不能认定侵权的"
                            "（《条例》第二十四条第（二）项）。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "deadline",
                        "title": "3个工作日十分紧迫",
                        "text": (
                            "<p>《条例》第十六条规定的3个工作日自通知送达之日起计算。请事先与代理机构约定："
                            "由谁决策、如何提供担保，以及用哪些材料证明货物是否为正品。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "不答复海关通知会怎样？",
                                "answer": (
                                    "<p>自通知送达之日起3个工作日内，既未提出扣留申请并提供担保、也未书面说明理由的，"
                                    "海关不得扣留货物（《条例》第十六条）。</p>"
                                ),
                            },
                            {
                                "question": "未备案的知识产权，海关能依职权保护吗？",
                                "answer": (
                                    "<p>不能。依职权保护仅适用于已备案的知识产权。未备案的，可以依申请保护"
                                    "（《条例》第十二条、第十三条）。</p>"
                                ),
                            },
                            {
                                "question": "仓储和销毁费用由谁承担？",
                                "answer": (
                                    "<p>仓储、保管和处置等费用由权利人承担，海关可以从担保中扣除。</p>"
                                ),
                            },
                            {
                                "question": "是否一定要向法院起诉？",
                                "answer": (
                                    "<p>不一定。海关在30个工作日的调查期内认定侵权的（《条例》第二十条），即予没收。"
                                    "只有海关不能认定时，才需要取得人民法院的协助执行通知，并须在扣留之日起50个工作日内"
                                    "送达海关（《条例》第二十四条第（二）项）。</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 4. Protection on application
    # ------------------------------------------------------------------
    {
        "slug": "china-protection-on-application",
        "jurisdiction": "cn",
        "ipr_types": ["trade_mark", "copyright", "patent"],
        "audiences": ["right_holder", "sme"],
        "stage": "detention",
        "last_reviewed": "2026-11-30",
        "related": [
            "china-ex-officio-protection",
            "china-customs-recordation",
            "china-customs-ipr-protection-overview",
            "eu-china-comparison",
            "eu-detention-and-destruction",
        ],
        "en": {
            "title": "Asking Chinese customs to detain a specific shipment",
            "summary": (
                "If you learn that infringing goods are about to be imported into or exported from "
                "China, you can ask customs at the port to detain them, even without a recordation. "
                "You must give evidence and security, and then take the case to court."
            ),
            "legal_basis": (
                "Regulations of the PRC on Customs Protection of IPR, Arts 12, 13, 14, 19, 23 and 24"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Protection on application, also called passive protection, is the route to use "
                    "when you have concrete information about a shipment. You apply to the customs office "
                    "at the place where the goods will enter or leave China (Regulations Art. 12). A "
                    "recordation is not required, but if your right is recorded you give the "
                    "recordation number.</p>"
                    "<p>This route puts more work on you than ex officio protection. Customs do not "
                    "investigate whether the goods infringe, and you must obtain a court notice within a "
                    "short time.</p>",
                ),
                (
                    "section",
                    {
                        "heading": "When this route makes sense",
                        "anchor": "when-to-use",
                        "body": (
                            "<ul>"
                            "<li>Your right is not yet recorded with the GACC, and you hear about an "
                            "infringing shipment.</li>"
                            "<li>You have reliable information about a specific consignment: who sends "
                            "and receives it, what it contains, and when and where it will cross the "
                            "border.</li>"
                            "<li>You are ready to bring court proceedings in China quickly.</li>"
                            "</ul>"
                            "<p>If infringing goods keep appearing, recording your rights is usually the "
                            "better long-term option, because customs can then act on their own "
                            "initiative (see the page on ex officio protection).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What your application must contain",
                        "anchor": "application-content",
                        "body": (
                            "<p>Article 13 of the Regulations requires a written application stating:</p>"
                            "<ol>"
                            "<li>the name of the right holder and its nationality or place of "
                            "registration;</li>"
                            "<li>the name, content and related information of the right;</li>"
                            "<li>the names of the consignee and the consignor;</li>"
                            "<li>the name and specification of the suspected goods;</li>"
                            "<li>the port, time and means of transport by which the goods are likely to "
                            "enter or leave China;</li>"
                            "<li>the recordation number, if the right is recorded.</li>"
                            "</ol>"
                            "<p>You must also provide evidence that the infringement obviously exists "
                            "(Regulations Art. 13). A suspicion is not enough: the evidence should show "
                            "clearly that the goods use your trade mark, copy your work or reproduce "
                            "your patented product without permission. Registration certificates, "
                            "photographs and a comparison with genuine goods can help.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Security and costs",
                        "anchor": "security-costs",
                        "body": (
                            "<p>When you apply, you must provide security of no more than the value of "
                            "the goods (Regulations Art. 14). The security covers losses the consignee or "
                            "consignor may suffer if the application proves unjustified, and the costs "
                            "of storing, keeping and disposing of the goods.</p>"
                            "<p>As right holder, you pay the storage, custody and disposal costs of "
                            "detained goods, and customs may deduct them from your security. Budget for "
                            "these costs before you apply, especially for bulky shipments that may stay "
                            "in a warehouse for several weeks.</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "Protection on application: steps and time limits",
                        "steps": [
                            {
                                "actor": "Right holder",
                                "action": (
                                    "Apply in writing to the customs office where the goods will be "
                                    "imported or exported, with the required information and evidence "
                                    "that the infringement obviously exists."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Arts 12 and 13",
                            },
                            {
                                "actor": "Right holder",
                                "action": "Provide security of no more than the value of the goods.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 14",
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "If the application meets the requirements and security is provided, "
                                    "detain the goods and inform the right holder and the consignee or "
                                    "consignor in writing."
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Arts 13 and 14",
                            },
                            {
                                "actor": "Right holder",
                                "action": (
                                    "Apply to a people's court for an order to stop the infringement or for "
                                    "property preservation, so that the court's notice of assistance in "
                                    "enforcement reaches customs within 20 working days of detention."
                                ),
                                "time_limit": 20,
                                "time_unit": "working_days",
                                "legal_basis": (
                                    "Regulations on Customs Protection of IPR, Art. 23 and Art. 24(1)"
                                ),
                            },
                            {
                                "actor": "Customs",
                                "action": (
                                    "Release the goods if no notice of court assistance has arrived within "
                                    "20 working days of detention."
                                ),
                                "time_limit": 20,
                                "time_unit": "working_days",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 24(1)",
                            },
                            {
                                "actor": "Customs",
                                "action": "Assist in enforcing the court's order once its notice arrives.",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "Regulations on Customs Protection of IPR, Art. 23",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "No customs investigation: the 20-working-day limit",
                        "anchor": "court-deadline",
                        "body": (
                            "<p>In this mode customs do not investigate whether the goods infringe; that "
                            "question goes to the people's court. You can apply to the court for an order "
                            "to stop the infringement or for property preservation, and customs assist "
                            "in enforcing the court's notice (Regulations Art. 23).</p>"
                            "<p>The timing is strict. If customs have not received a notice of court "
                            "assistance within 20 working days of detention, they release the goods "
                            "(Regulations Art. 24(1)). Prepare your court application alongside your "
                            "customs application, not afterwards.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Patent cases and other releases",
                        "anchor": "patent-release",
                        "body": (
                            "<p>Patent disputes often turn on technical questions that take time to "
                            "settle. The Regulations therefore allow the consignee or consignor of goods "
                            "suspected of infringing a patent to have them released by providing security "
                            "equal to the value of the goods (Regulations Art. 19 and Art. 24(3)). The "
                            "dispute itself continues before the court.</p>"
                            "<p>Goods are also released if you withdraw your application for detention "
                            "(Regulations Art. 24).</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Apply only with strong evidence",
                        "text": (
                            "<p>If the application proves unjustified, your security may be used to "
                            "compensate the consignee or consignor for their losses (Regulations "
                            "Art. 14). Apply only when your evidence clearly shows infringement.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Do I need a recordation to use this route?",
                                "answer": (
                                    "<p>No. You can apply without a recordation; if your right is recorded, "
                                    "you give the recordation number (Regulations Art. 13).</p>"
                                ),
                            },
                            {
                                "question": "How much security must I provide?",
                                "answer": (
                                    "<p>No more than the value of the goods (Regulations Art. 14). Ask the "
                                    "customs office for the amount in your case.</p>"
                                ),
                            },
                            {
                                "question": "What if the court notice does not arrive in time?",
                                "answer": (
                                    "<p>Customs release the goods if they have not received a notice of "
                                    "court assistance within 20 working days of detention (Regulations "
                                    "Art. 24(1)).</p>"
                                ),
                            },
                            {
                                "question": "Can I use this route against exports from China?",
                                "answer": (
                                    "<p>Yes. The Regulations cover both imports and exports (Regulations "
                                    "Art. 2), and you apply to customs at the place where the goods will "
                                    "leave China (Regulations Art. 12).</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "zh": {
            "title": "依申请保护：请求海关扣留特定货物",
            "summary": (
                "权利人发现侵权嫌疑货物即将进出口的，即使未办理备案，也可以向货物进出境地海关申请扣留。"
                "申请时须提交证据、提供担保，此后还须向人民法院寻求救济。"
            ),
            "legal_basis": (
                "《中华人民共和国知识产权海关保护条例》第十二条、第十三条、第十四条、第十九条、"
                "第二十三条、第二十四条"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>依申请保护（又称“被动保护”）适用于权利人已经掌握具体货物信息的情形。权利人向货物"
                    "进出境地海关提出扣留侵权嫌疑货物的申请（《中华人民共和国知识产权海关保护条例》第十二条，"
                    "以下简称《条例》）。这一模式不以备案为前提，但已备案的，应当提供备案号。</p>"
                    "<p>与依职权保护相比，这一模式对权利人的要求更高：海关不对货物是否侵权进行调查，"
                    "权利人须在较短期限内取得人民法院的协助执行通知。</p>",
                ),
                (
                    "section",
                    {
                        "heading": "适用情形",
                        "anchor": "when-to-use",
                        "body": (
                            "<ul>"
                            "<li>知识产权尚未在海关总署备案，而您获悉有侵权货物即将进出境；</li>"
                            "<li>您掌握了特定货物的可靠信息：收发货人、货物内容，以及进出境的时间和口岸；</li>"
                            "<li>您已做好在中国迅速提起诉讼或者申请诉前措施的准备。</li>"
                            "</ul>"
                            "<p>如果侵权货物反复出现，办理备案通常是更好的长期方案，因为备案后海关可以依职权"
                            "主动采取措施（参见“依职权保护”一页）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "申请书应当载明的内容",
                        "anchor": "application-content",
                        "body": (
                            "<p>根据《条例》第十三条，扣留侵权嫌疑货物的申请书应当包括下列内容：</p>"
                            "<ol>"
                            "<li>知识产权权利人的名称或者姓名、注册地或者国籍；</li>"
                            "<li>知识产权的名称、内容及其相关信息；</li>"
                            "<li>侵权嫌疑货物收货人和发货人的名称；</li>"
                            "<li>侵权嫌疑货物的名称、规格等；</li>"
                            "<li>侵权嫌疑货物可能进出境的口岸、时间、运输工具等；</li>"
                            "<li>侵权嫌疑货物涉嫌侵犯备案知识产权的，还应当填写备案号。</li>"
                            "</ol>"
                            "<p>权利人还应当提交足以证明侵权事实明显存在的证据（《条例》第十三条）。仅凭怀疑"
                            "是不够的，证据应当清楚表明货物未经许可使用了您的商标、复制了您的作品或者实施了"
                            "您的专利。权利证书、照片以及与正品的比对材料都有助于证明侵权事实。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "担保与费用",
                        "anchor": "security-costs",
                        "body": (
                            "<p>提出申请时，应当向海关提供不超过货物等值的担保（《条例》第十四条）。担保用于"
                            "赔偿因申请不当可能给收货人、发货人造成的损失，以及支付货物的仓储、保管和处置等费用。</p>"
                            "<p>被扣留货物的仓储、保管和处置等费用由权利人承担，海关可以从担保中扣除。申请前"
                            "请做好费用预算，体积较大的货物可能需要在仓库存放数周。</p>"
                        ),
                    },
                ),
                (
                    "procedure",
                    {
                        "title": "依申请保护的流程与期限",
                        "steps": [
                            {
                                "actor": "权利人",
                                "action": (
                                    "向货物进出境地海关提交书面申请，载明规定事项，并附足以证明侵权事实明显存在的证据。"
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十二条、第十三条",
                            },
                            {
                                "actor": "权利人",
                                "action": "提供不超过货物等值的担保。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十四条",
                            },
                            {
                                "actor": "海关",
                                "action": (
                                    "申请符合规定并已提供担保的，扣留侵权嫌疑货物，并书面通知权利人和收货人或者发货人。"
                                ),
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第十三条、第十四条",
                            },
                            {
                                "actor": "权利人",
                                "action": (
                                    "向人民法院申请责令停止侵权行为或者财产保全，确保人民法院协助执行通知在扣留之日起"
                                    "20个工作日内送达海关。"
                                ),
                                "time_limit": 20,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十三条、第二十四条第（一）项",
                            },
                            {
                                "actor": "海关",
                                "action": "自扣留之日起20个工作日内未收到人民法院协助执行通知的，放行货物。",
                                "time_limit": 20,
                                "time_unit": "working_days",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十四条第（一）项",
                            },
                            {
                                "actor": "海关",
                                "action": "收到人民法院协助执行通知后，协助执行人民法院的裁定。",
                                "time_limit": None,
                                "time_unit": "",
                                "legal_basis": "《中华人民共和国知识产权海关保护条例》第二十三条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "海关不作调查：20个工作日期限",
                        "anchor": "court-deadline",
                        "body": (
                            "<p>在依申请保护中，海关不对货物是否侵权进行调查，这一问题由人民法院判断。权利人"
                            "可以向人民法院申请责令停止侵权行为或者财产保全，海关根据人民法院的协助执行通知"
                            "予以协助（《条例》第二十三条）。</p>"
                            "<p>期限要求十分严格：自扣留之日起20个工作日内未收到人民法院协助执行通知的，海关"
                            "放行货物（《条例》第二十四条第（一）项）。请在向海关提出申请的同时着手准备向法院"
                            "提出的申请，切勿事后再办。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "专利案件及其他放行情形",
                        "anchor": "patent-release",
                        "body": (
                            "<p>专利纠纷往往涉及技术问题，需要较长时间才能查明。为此，《条例》规定，涉嫌侵犯"
                            "专利权货物的收货人或者发货人，向海关提供与货物等值的担保金后，可以请求海关放行"
                            "货物（《条例》第十九条、第二十四条第（三）项）。侵权争议本身仍由人民法院审理。</p>"
                            "<p>权利人撤回扣留侵权嫌疑货物申请的，海关也应当放行货物（《条例》第二十四条）。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "证据充分再申请",
                        "text": (
                            "<p>申请不当的，您提供的担保可能被用于赔偿收货人、发货人因此遭受的损失"
                            "（《条例》第十四条）。请在证据足以清楚证明侵权时再提出申请。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "依申请保护必须先办理备案吗？",
                                "answer": (
                                    "<p>不必。未备案也可以提出申请；已备案的，应当在申请书中填写备案号"
                                    "（《条例》第十三条）。</p>"
                                ),
                            },
                            {
                                "question": "需要提供多少担保？",
                                "answer": (
                                    "<p>不超过货物等值（《条例》第十四条）。具体金额请向受理申请的海关确认。</p>"
                                ),
                            },
                            {
                                "question": "法院通知未能及时送达怎么办？",
                                "answer": (
                                    "<p>自扣留之日起20个工作日内未收到人民法院协助执行通知的，海关放行货物"
                                    "（《条例》第二十四条第（一）项）。</p>"
                                ),
                            },
                            {
                                "question": "出口货物也可以申请扣留吗？",
                                "answer": (
                                    "<p>可以。《条例》同时适用于进口和出口货物（《条例》第二条），您可以向货物出境地"
                                    "海关提出申请（《条例》第十二条）。</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 5. EU and China compared
    # ------------------------------------------------------------------
    {
        "slug": "eu-china-comparison",
        "jurisdiction": "both",
        "ipr_types": ["trade_mark", "copyright", "patent", "design"],
        "audiences": ["right_holder", "sme", "representative"],
        "stage": "prepare",
        "last_reviewed": "2026-11-30",
        "related": [
            "china-customs-ipr-protection-overview",
            "china-customs-recordation",
            "china-ex-officio-protection",
            "china-protection-on-application",
            "eu-customs-enforcement-overview",
            "eu-application-for-action",
            "eu-detention-and-destruction",
            "eu-small-consignments",
            "eu-ex-officio-detention",
            "eu-validity-and-extension",
        ],
        "en": {
            "title": "EU and China customs protection of IPR compared",
            "summary": (
                "A side-by-side view of how you ask customs to protect your rights in the EU and in "
                "China, with the main practical differences for a company trading in both markets."
            ),
            "legal_basis": (
                "Regulation (EU) No 608/2013; Implementing Regulation (EU) No 1352/2013; "
                "Implementing Regulation (EU) 2024/2399; Regulations of the PRC on Customs "
                "Protection of IPR; GACC Implementing Measures"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Many SMEs make goods in China and sell them in Europe, or the other way round. "
                    "Both the EU and China let right holders ask customs to stop infringing goods at the "
                    "border, but the two systems are built differently. In the EU you file an "
                    "application for action that lasts at most one year at a time (Regulation (EU) "
                    "No 608/2013, Art. 11(1)). In China you record each right once for 10 years "
                    "(Chinese Regulations on Customs Protection of IPR, Art. 10) and then react case by "
                    "case.</p>"
                    "<p>The table below sets the main rules side by side. The sections after it explain "
                    "what the differences mean in practice. This is guidance, not legal advice.</p>",
                ),
                (
                    "comparison",
                    {
                        "title": "EU and China at a glance",
                        "rows": [
                            {
                                "aspect": "Who may apply or file",
                                "eu": (
                                    "Right holders, collective rights management bodies, professional "
                                    "defence bodies, GI groups, operators and inspection bodies, and "
                                    "licensees formally authorised to start proceedings. For a Union "
                                    "application, a licensee needs an exclusive licence covering two or more "
                                    "Member States."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 3",
                                "china": (
                                    "The right holder only; a licensee cannot record in its own name. "
                                    "Foreign right holders file through their office in China or an agent "
                                    "in China, with a power of attorney."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第七条；《实施办法》第二条 / Regulations Art. 7; "
                                    "Implementing Measures Art. 2"
                                ),
                            },
                            {
                                "aspect": "What is filed",
                                "eu": (
                                    "An application for action: a national application (one Member State) or "
                                    "a Union application (several Member States, only for rights with "
                                    "EU-wide effect), with the content listed in Art. 6(3), on the standard "
                                    "form."
                                ),
                                "eu_basis": (
                                    "Reg. (EU) No 608/2013, Arts 5 and 6; Impl. Reg. (EU) No 1352/2013, "
                                    "Annex I"
                                ),
                                "china": (
                                    "A recordation with the GACC for each right, used by customs across "
                                    "China; and, when needed, an application to detain a specific shipment "
                                    "at the port."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第七条、第十二条、第十三条 / Regulations Arts 7, 12 "
                                    "and 13"
                                ),
                            },
                            {
                                "aspect": "Rights covered",
                                "eu": (
                                    "Trade marks, designs, copyright and related rights, geographical "
                                    "indications, patents, supplementary protection certificates, plant "
                                    "variety rights, semiconductor topographies, utility models and trade "
                                    "names protected as exclusive rights."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013",
                                "china": (
                                    "Trade mark rights, copyright and related rights, and patent rights; "
                                    "designs are protected in China as design patents."
                                ),
                                "china_basis": "《知识产权海关保护条例》第二条 / Regulations Art. 2",
                            },
                            {
                                "aspect": "Direction of trade checked",
                                "eu": (
                                    "Goods under customs supervision when they enter or leave the customs "
                                    "territory of the Union."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013",
                                "china": (
                                    "Both imports and exports; in practice most detentions are of "
                                    "exports."
                                ),
                                "china_basis": "《知识产权海关保护条例》第二条 / Regulations Art. 2",
                            },
                            {
                                "aspect": "Decision time",
                                "eu": (
                                    "Customs decide within 30 working days of receiving the application, or "
                                    "within 2 working days if goods are already detained. Missing "
                                    "information must be supplied within 10 working days."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 7; Art. 9(1) and (2)",
                                "china": (
                                    "The GACC decides within 30 working days of receiving all the "
                                    "application documents."
                                ),
                                "china_basis": "《知识产权海关保护条例》第八条 / Regulations Art. 8",
                            },
                            {
                                "aspect": "Validity",
                                "eu": (
                                    "Set by customs when granting the application; at most one year, "
                                    "starting the day after adoption."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 11(1)",
                                "china": (
                                    "10 years from approval; ends earlier if the right stops being "
                                    "protected."
                                ),
                                "china_basis": "《知识产权海关保护条例》第十条 / Regulations Art. 10",
                            },
                            {
                                "aspect": "Renewal or extension",
                                "eu": (
                                    "The holder of the decision requests an extension after paying any sums "
                                    "owed to customs. Customs may refuse a request received less than 30 "
                                    "working days before expiry. Each extension lasts up to one year."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 12",
                                "china": (
                                    "Apply for renewal in the 6 months before expiry; each renewal lasts 10 "
                                    "years. Changes must be recorded within 30 working days."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第十条、第十一条 / Regulations Arts 10 and 11"
                                ),
                            },
                            {
                                "aspect": "Fees",
                                "eu": (
                                    "No fee to file or extend. Costs arise only once goods are detained "
                                    "(storage, handling, transport, destruction)."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 12(6) and Art. 29",
                                "china": (
                                    "No recordation fee: it has been suspended since 1 November 2015. Costs "
                                    "arise once goods are detained (storage, custody, disposal)."
                                ),
                                "china_basis": "海关总署公告2015年第51号 / GACC Announcement [2015] No. 51",
                            },
                            {
                                "aspect": "Security",
                                "eu": (
                                    "No security is asked for when filing. The application contains "
                                    "undertakings to accept liability and to bear the costs."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Art. 6(3)(n); Arts 28 and 29",
                                "china": (
                                    "Required for each detention: on application, no more than the value of "
                                    "the goods; ex officio, an amount set under the Implementing Measures "
                                    "(to be confirmed against the official text), or a general security "
                                    "covering many detentions."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第十四条；《实施办法》；海关总署2006年第31号公告 / "
                                    "Regulations Art. 14; Implementing Measures; GACC Notice No. 31 of 2006"
                                ),
                            },
                            {
                                "aspect": "Time limits after detention or notification",
                                "eu": (
                                    "Customs notify within 1 working day. The holder of the decision has 10 "
                                    "working days (3 for perishable goods) to confirm infringement and agree "
                                    "to destruction, or to start court proceedings; customs may extend the "
                                    "10 days by up to 10 working days. After an ex officio detention without "
                                    "an application, there are 4 working days to lodge one."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Arts 17, 18, 23 and 26",
                                "china": (
                                    "Ex officio: 3 working days to answer the notice; customs investigate "
                                    "within 30 working days; goods released after 50 working days without a "
                                    "court notice if infringement is not established. On application: goods "
                                    "released after 20 working days without a court notice."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第十六条、第二十条、第二十四条 / Regulations Arts 16, "
                                    "20 and 24"
                                ),
                            },
                            {
                                "aspect": "What happens after detention",
                                "eu": (
                                    "Goods can be destroyed under customs control without a court ruling if "
                                    "the holder of the decision confirms infringement and agrees, and the "
                                    "declarant or holder of the goods agrees or stays silent; otherwise a "
                                    "court decides. Small consignments can be destroyed without the right "
                                    "holder's case-by-case involvement."
                                ),
                                "eu_basis": "Reg. (EU) No 608/2013, Arts 23, 25 and 26",
                                "china": (
                                    "Ex officio: customs investigate and confiscate infringing goods; fines "
                                    "are possible and suspected crimes go to the police. On application: a "
                                    "people's court decides, for example on an order to stop the "
                                    "infringement or property preservation."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第二十条、第二十三条 / Regulations Arts 20 and 23"
                                ),
                            },
                            {
                                "aspect": "Where to file",
                                "eu": (
                                    "Electronically, in the EUIPO IP Enforcement Portal or a national "
                                    "customs portal, addressed to the competent customs department of a "
                                    "Member State; electronic filing has been mandatory since 3 October "
                                    "2024."
                                ),
                                "eu_basis": "Impl. Reg. (EU) 2024/2399",
                                "china": (
                                    "Recordation online in the GACC recordation system on the "
                                    "Internet+Customs platform; applications to detain a shipment go to "
                                    "customs at the port of entry or exit."
                                ),
                                "china_basis": (
                                    "《知识产权海关保护条例》第七条、第十二条 / Regulations Arts 7 and 12"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Two different rhythms: yearly in the EU, ten-yearly in China",
                        "anchor": "two-rhythms",
                        "body": (
                            "<p>An EU application for action lasts at most one year (Regulation (EU) "
                            "No 608/2013, Art. 11(1)). You must ask for an extension in good time: "
                            "customs may refuse a request received less than 30 working days before "
                            "expiry (Art. 12). A Chinese recordation lasts 10 years, and the renewal "
                            "window opens 6 months before expiry (Chinese Regulations Art. 10).</p>"
                            "<p>Keep one calendar for both. Enter each EU expiry date with a reminder "
                            "well before the 30-working-day cut-off under Article 12, and each Chinese "
                            "expiry date with a reminder when the 6-month window under Article 10 opens. Update both systems when your "
                            "products, licensees or contacts change; in China, changes must be recorded "
                            "within 30 working days (Chinese Regulations Art. 11).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Register the rights where you need protection",
                        "anchor": "territorial-rights",
                        "body": (
                            "<p>Customs protection follows the rights you hold in each territory. In the "
                            "EU, a Union application is possible only for rights with EU-wide effect, "
                            "such as an EU trade mark or a Community design; for national rights you "
                            "file a national application in each Member State concerned.</p>"
                            "<p>In China, customs protect only rights held under Chinese law, and only "
                            "trade marks, copyright and related rights, and patents (Chinese Regulations "
                            "Art. 2). An EU trade mark or a Community design gives no protection in China. "
                            "Register your trade marks in China and, for designs, obtain Chinese design "
                            "patents. Geographical indications, plant varieties and trade names, which "
                            "can be covered in the EU, are not on the Chinese customs list.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Exports from China: stopping copies at the source",
                        "anchor": "china-exports",
                        "body": (
                            "<p>Chinese customs check exports as well as imports (Chinese Regulations "
                            "Art. 2), and in practice exports dominate: according to the GACC's report "
                            "for 2024, 99.17% of the batches detained that year were exports. For an SME "
                            "whose products are copied by manufacturers in China, a Chinese recordation "
                            "can stop counterfeits before they are shipped.</p>"
                            "<p>EU customs remain your second line of defence when goods enter the EU. "
                            "Using both systems gives you two chances to stop the same consignment.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Be ready to act fast, and budget for costs",
                        "anchor": "act-fast",
                        "body": (
                            "<p>The time limits after a detention differ sharply. In China, you have only "
                            "3 working days from delivery of a customs notice to ask for detention and "
                            "provide security (Chinese Regulations Art. 16). In the EU, the holder of the "
                            "decision normally has 10 working days from notification to confirm "
                            "infringement and agree to destruction or to start proceedings (Regulation "
                            "(EU) No 608/2013, Art. 23).</p>"
                            "<p>Money works differently too. Neither system charges a filing fee. In the "
                            "EU you give undertakings on liability and costs (Arts 28 and 29) and pay "
                            "storage and destruction costs after a detention. In China you must provide "
                            "security for each detention, or a general security, and you pay storage, "
                            "custody and disposal costs, which customs may deduct from the security.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Agents and representatives",
                        "anchor": "agents",
                        "body": (
                            "<p>In China, a foreign right holder must act through its office in China or "
                            "an agent in China (Implementing Measures Art. 2). In the EU, a "
                            "representative may file the application for action, with proof of its "
                            "powers (Regulation (EU) No 608/2013, Art. 6(3)(d)).</p>"
                            "<p>If you use different advisers on each side, make sure each has "
                            "up-to-date product information, knows the local deadlines and can reach a "
                            "decision-maker in your company within a day or two.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "EU–China customs cooperation",
                        "text": (
                            "<p>The EU and the GACC work together under an Action Plan on customs "
                            "cooperation on IPR. The 2018–2020 Action Plan asked both sides to encourage "
                            "right holders to apply for customs action and to give customs information "
                            "about their rights, with particular attention to SMEs (Council note "
                            "13363/17, Key Action 4).</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Does my EU application for action also protect me in China?",
                                "answer": (
                                    "<p>No. The two systems are separate. You need a Chinese recordation, or "
                                    "a case-by-case application to Chinese customs, for protection in "
                                    "China.</p>"
                                ),
                            },
                            {
                                "question": "Can I record my EU trade mark with Chinese customs?",
                                "answer": (
                                    "<p>No. The GACC records only rights protected under Chinese law "
                                    "(Chinese Regulations Arts 2 and 8). Register the trade mark in China "
                                    "first.</p>"
                                ),
                            },
                            {
                                "question": "Which should I do first?",
                                "answer": (
                                    "<p>If your products are copied by manufacturers in China, start with a "
                                    "Chinese recordation, because most Chinese detentions happen at export. "
                                    "If copies reach the EU from several countries, an EU application for "
                                    "action matters as much. Many companies use both.</p>"
                                ),
                            },
                            {
                                "question": "Are working days counted the same way?",
                                "answer": (
                                    "<p>Both systems count most deadlines in working days, but public "
                                    "holidays differ between China and each EU Member State. Check the "
                                    "local calendar for every deadline.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "European Commission: Defend your rights (customs and IPR)",
                        "url": (
                            "https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/"
                            "counterfeit-piracy-and-other-ipr-violations/defend-your-rights_en"
                        ),
                        "description": (
                            "The Commission's guidance on applications for action, with links to the IP "
                            "Enforcement Portal and the national customs portals."
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (English website)",
                        "url": "https://english.customs.gov.cn/",
                        "description": (
                            "The GACC's official English-language website, with information on customs "
                            "IPR protection and the recordation system."
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "欧盟与中国知识产权海关保护对比",
            "summary": (
                "并列对照欧盟与中国请求海关保护知识产权的主要规则，并说明同时在两个市场开展业务的企业需要"
                "注意的实际差异。"
            ),
            "legal_basis": (
                "欧盟第608/2013号条例；欧盟第1352/2013号实施条例；欧盟第2024/2399号实施条例；"
                "《中华人民共和国知识产权海关保护条例》；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>不少中小企业在中国生产、在欧洲销售，或者反之。欧盟和中国都允许权利人请求海关在进出境"
                    "环节制止侵权货物，但两套制度的设计思路不同。在欧盟，权利人提交海关执法申请（即“请求海关"
                    "采取行动的申请”），每次有效期最长1年（欧盟第608/2013号条例第11条第1款）；在中国，"
                    "权利人对每项知识产权办理一次备案，有效期10年（《中华人民共和国知识产权海关保护条例》"
                    "第十条），此后逐案应对。</p>"
                    "<p>下表并列对照两地的主要规则，表后各节说明这些差异在实务中的影响。本页内容仅供参考，"
                    "不构成法律意见。</p>",
                ),
                (
                    "comparison",
                    {
                        "title": "欧盟与中国制度一览",
                        "rows": [
                            {
                                "aspect": "申请或备案主体",
                                "eu": (
                                    "权利人、集体管理组织、行业维权组织、地理标志相关团体、经营者和检查机构，以及经正式"
                                    "授权可以提起诉讼的被许可人。提交欧盟申请的被许可人，须持有覆盖两个以上成员国的"
                                    "独占许可。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第3条",
                                "china": (
                                    "仅限知识产权权利人，被许可人不能以自己的名义备案。境外权利人须通过其境内办事机构"
                                    "或者委托境内代理人办理，并出具授权委托书。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第七条；《实施办法》第二条",
                            },
                            {
                                "aspect": "提交的文件",
                                "eu": (
                                    "海关执法申请，分为国家申请（针对一个成员国）和欧盟申请（针对多个成员国，仅限在"
                                    "全欧盟范围内有效的权利），内容依第6条第3款，使用标准格式。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第5条、第6条；欧盟第1352/2013号实施条例附件一",
                                "china": (
                                    "每项知识产权分别向海关总署办理备案，全国海关均可据此执法；必要时，再针对特定货物"
                                    "向口岸海关提出扣留申请。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第七条、第十二条、第十三条",
                            },
                            {
                                "aspect": "保护的权利类型",
                                "eu": (
                                    "商标、外观设计、著作权及相关权利、地理标志、专利、补充保护证书、植物新品种权、"
                                    "集成电路布图设计、实用新型，以及作为专有权受保护的商号。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例",
                                "china": (
                                    "商标专用权、著作权和与著作权有关的权利、专利权；外观设计在我国以外观设计专利的"
                                    "形式受保护。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第二条",
                            },
                            {
                                "aspect": "监管的进出境方向",
                                "eu": "处于海关监管之下、进出欧盟关境的货物。",
                                "eu_basis": "欧盟第608/2013号条例",
                                "china": "进口货物和出口货物均予保护；实践中查扣以出口货物为主。",
                                "china_basis": "《知识产权海关保护条例》第二条",
                            },
                            {
                                "aspect": "审批时限",
                                "eu": (
                                    "海关自收到申请之日起30个工作日内作出决定；货物已被扣留的，2个工作日内作出决定。"
                                    "申请材料不全的，申请人须在10个工作日内补正。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第7条、第9条第1款和第2款",
                                "china": "海关总署自收到全部申请文件之日起30个工作日内作出决定。",
                                "china_basis": "《知识产权海关保护条例》第八条",
                            },
                            {
                                "aspect": "有效期",
                                "eu": "由海关在批准时确定，自通过决定的次日起算，最长1年。",
                                "eu_basis": "欧盟第608/2013号条例第11条第1款",
                                "china": "自准予备案之日起10年；知识产权在此之前不再受保护的，备案随之失效。",
                                "china_basis": "《知识产权海关保护条例》第十条",
                            },
                            {
                                "aspect": "续展或延期",
                                "eu": (
                                    "决定持有人（即海关执法申请获批准的一方）在结清应付海关的款项后申请延期。申请在有效期届满前不足30个工作日提出的，"
                                    "海关可以拒绝。每次延期最长1年。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第12条",
                                "china": (
                                    "在有效期届满前6个月内申请续展，每次续展有效期10年。备案情况发生改变的，须在"
                                    "30个工作日内办理变更。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第十条、第十一条",
                            },
                            {
                                "aspect": "费用",
                                "eu": "申请和延期均不收费。货物被扣留后才产生费用（仓储、装卸、运输、销毁）。",
                                "eu_basis": "欧盟第608/2013号条例第12条第6款、第29条",
                                "china": "自2015年11月1日起暂停收取备案费。货物被扣留后产生仓储、保管和处置等费用。",
                                "china_basis": "海关总署公告2015年第51号",
                            },
                            {
                                "aspect": "担保",
                                "eu": "提交申请时无需提供担保，但申请中须承诺承担赔偿责任和相关费用。",
                                "eu_basis": "欧盟第608/2013号条例第6条第3款第（n）项、第28条、第29条",
                                "china": (
                                    "每次扣留均须提供担保：依申请保护的，不超过货物等值；依职权保护的，按《实施办法》"
                                    "确定金额（有待对照官方文本核实），也可以提供覆盖多次扣留的总担保。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第十四条；《实施办法》；海关总署2006年第31号公告",
                            },
                            {
                                "aspect": "扣留或通知后的期限",
                                "eu": (
                                    "海关在1个工作日内发出通知。决定持有人须在10个工作日内（易腐货物为3个工作日）"
                                    "书面确认侵权并同意销毁，或者提起诉讼；海关可以将10个工作日的期限最多延长10个工作日。"
                                    "海关依职权扣留而尚无申请的，有关人员须在4个工作日内提交申请。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第17条、第18条、第23条、第26条",
                                "china": (
                                    "依职权保护：3个工作日内答复海关通知；海关在30个工作日内调查认定；50个工作日内"
                                    "未收到法院通知且不能认定侵权的，放行货物。依申请保护：20个工作日内未收到法院"
                                    "通知的，放行货物。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第十六条、第二十条、第二十四条",
                            },
                            {
                                "aspect": "扣留后的处理",
                                "eu": (
                                    "决定持有人确认侵权并同意销毁，且申报人或货物持有人同意或者未表示反对的，货物可以"
                                    "在海关监管下销毁，无需法院裁决；否则由法院裁决。小件包裹程序下，货物可以销毁，"
                                    "无需权利人逐案参与。"
                                ),
                                "eu_basis": "欧盟第608/2013号条例第23条、第25条、第26条",
                                "china": (
                                    "依职权保护：海关调查认定后没收侵权货物，可以处以罚款，涉嫌犯罪的移送公安机关。"
                                    "依申请保护：由人民法院裁决，例如责令停止侵权行为或者采取财产保全措施。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第二十条、第二十三条",
                            },
                            {
                                "aspect": "办理渠道",
                                "eu": (
                                    "通过欧盟知识产权局的知识产权执法门户（IPEP）或者成员国海关门户以电子方式提交，"
                                    "向成员国主管海关部门申请；自2024年10月3日起必须以电子方式提交。"
                                ),
                                "eu_basis": "欧盟第2024/2399号实施条例",
                                "china": (
                                    "备案通过“互联网+海关”平台上的知识产权海关保护备案系统在线办理；扣留申请向货物"
                                    "进出境地海关提出。"
                                ),
                                "china_basis": "《知识产权海关保护条例》第七条、第十二条",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "节奏不同：欧盟一年一续，中国十年一续",
                        "anchor": "two-rhythms",
                        "body": (
                            "<p>欧盟海关执法申请的有效期最长1年（欧盟第608/2013号条例第11条第1款），须及时申请"
                            "延期：在有效期届满前不足30个工作日提出的，海关可以拒绝（欧盟第608/2013号条例第12条）。中国的备案有效期"
                            "为10年，续展窗口在届满前6个月开启（《中华人民共和国知识产权海关保护条例》第十条，以下简称《条例》）。</p>"
                            "<p>建议用一份日程表统一管理。欧盟方面，为每项申请的到期日设置提醒，并在欧盟第608/2013号条例"
                            "第12条规定的30个工作日截止点之前留足余量；中国方面，在《条例》第十条规定的6个月续展窗口"
                            "开启时设置提醒。产品、被许可人或者"
                            "联系人发生变化时，两边都要及时更新；在中国，备案变更须在30个工作日内办理"
                            "（《条例》第十一条）。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "在需要保护的地方取得权利",
                        "anchor": "territorial-rights",
                        "body": (
                            "<p>海关保护以权利人在当地依法享有的权利为基础。在欧盟，只有在全欧盟范围内有效的"
                            "权利，例如欧盟商标、共同体外观设计，才能提交欧盟申请；成员国权利须在有关成员国分别"
                            "提交国家申请。</p>"
                            "<p>在中国，海关只保护依照我国法律享有的商标专用权、著作权和与著作权有关的权利以及"
                            "专利权（《条例》第二条）。欧盟商标或者共同体外观设计在中国不受保护，请在中国注册"
                            "商标，外观设计则应申请中国外观设计专利。地理标志、植物新品种和商号在欧盟可以获得"
                            "海关保护，但不在中国海关保护的范围之内。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "中国出口环节：从源头拦截仿冒品",
                        "anchor": "china-exports",
                        "body": (
                            "<p>中国海关对进口和出口货物都采取保护措施（《条例》第二条），而实践中以出口为主："
                            "据《2024年中国海关知识产权保护状况》，当年查扣批次中有99.17%发生在出口环节。对于"
                            "产品在中国被仿冒生产的中小企业来说，在中国办理备案可以在仿冒品出运之前将其拦截。</p>"
                            "<p>货物进入欧盟时，欧盟海关是第二道防线。两套制度同时利用，就有两次机会拦截同一批货物。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "快速反应，预留费用",
                        "anchor": "act-fast",
                        "body": (
                            "<p>两地扣留后的期限差别很大。在中国，权利人自海关通知送达之日起只有3个工作日提出"
                            "扣留申请并提供担保（《条例》第十六条）。在欧盟，决定持有人通常自收到通知之日起有"
                            "10个工作日书面确认侵权并同意销毁，或者提起诉讼（欧盟第608/2013号条例第23条）。</p>"
                            "<p>费用安排也不相同。两地均不收取申请费。在欧盟，权利人承诺承担赔偿责任和相关费用"
                            "（欧盟第608/2013号条例第28条、第29条），货物被扣留后支付仓储和销毁费用。在中国，每次扣留都须提供担保"
                            "或者总担保，并承担仓储、保管和处置等费用，海关可以从担保中扣除。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "代理人与代表人",
                        "anchor": "agents",
                        "body": (
                            "<p>在中国，境外权利人须通过其境内办事机构或者委托境内代理人办理（《中华人民共和国海关关于"
                            "〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条）。在欧盟，可以由代表人提交海关执法申请，但须提供其获得授权的证明"
                            "（欧盟第608/2013号条例第6条第3款第（d）项）。</p>"
                            "<p>如果两边委托不同的代理机构，应确保双方都掌握最新的产品资料、熟悉当地期限，"
                            "并能在一两天内联系到企业内部的决策人。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "中欧海关知识产权合作",
                        "text": (
                            "<p>欧盟与海关总署在中欧海关知识产权合作行动计划框架下开展合作。2018—2020年行动计划"
                            "要求双方鼓励权利人积极申请海关保护、向海关提供其知识产权信息，并特别关注中小企业"
                            "（欧盟理事会第13363/17号文件，关键行动4）。</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "常见问题",
                        "items": [
                            {
                                "question": "欧盟海关执法申请在中国也有效吗？",
                                "answer": (
                                    "<p>无效。两套制度相互独立。要在中国获得保护，须办理中国的知识产权海关保护备案，"
                                    "或者逐案向中国海关提出扣留申请。</p>"
                                ),
                            },
                            {
                                "question": "欧盟商标可以在中国海关备案吗？",
                                "answer": (
                                    "<p>不可以。海关总署只对依照我国法律受保护的知识产权予以备案（《条例》第二条、"
                                    "第八条）。请先在中国注册商标。</p>"
                                ),
                            },
                            {
                                "question": "应当先办哪一边？",
                                "answer": (
                                    "<p>如果仿冒品主要在中国生产，建议先办理中国备案，因为中国海关的查扣大多发生在"
                                    "出口环节。如果仿冒品从多个国家进入欧盟，欧盟海关执法申请同样重要。不少企业两边都办。</p>"
                                ),
                            },
                            {
                                "question": "两地工作日的计算方法相同吗？",
                                "answer": (
                                    "<p>两套制度的大多数期限都以工作日计算，但中国与各成员国的法定节假日不同。"
                                    "请按当地日历核算每一个期限。</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟委员会：维护您的权利（海关与知识产权）",
                        "url": (
                            "https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/"
                            "counterfeit-piracy-and-other-ipr-violations/defend-your-rights_en"
                        ),
                        "description": "欧盟委员会关于海关执法申请的指引页面，附有知识产权执法门户（IPEP）和各成员国海关门户的链接。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（英文网站）",
                        "url": "https://english.customs.gov.cn/",
                        "description": "海关总署官方英文网站，介绍知识产权海关保护制度及备案系统。",
                    },
                ),
            ],
        },
    },
]
