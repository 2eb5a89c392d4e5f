"""Bilingual (English / Simplified Chinese) glossary for the EU–China IPR Customs Portal.

Each entry has an ascii ``key`` (unique, used as the page anchor), a list of ``related``
keys, and an ``en`` and a ``zh`` dict with ``term``, ``definition`` and ``source``.

Facts come from shared/reference/domain-facts.md and Council note 13363/17. Chinese
renderings of EU concepts that have no official Chinese term are flagged at the end of the
definition. Items the research marks as uncertain are presented as "to be confirmed against
the official text" (有待对照官方文本核实). Nothing here is legal advice.
"""

TERMS = [
    # ------------------------------------------------------------------
    # General terms
    # ------------------------------------------------------------------
    {
        "key": "intellectual-property-rights",
        "related": [
            "customs-protection-of-ipr",
            "trademark-exclusive-right",
            "patent-right",
            "copyright-and-related-rights",
        ],
        "en": {
            "term": "Intellectual property rights (IPR)",
            "definition": (
                "Exclusive rights that the law grants over creations of the mind and over "
                "distinctive signs, such as trade marks, designs, copyright, patents and "
                "geographical indications. EU customs can act for a wide range of these rights: "
                "trade marks, designs, copyright and related rights, geographical indications, "
                "patents, supplementary protection certificates, plant variety rights, "
                "semiconductor topographies, utility models and trade names protected as "
                "exclusive rights. Chinese customs protect three kinds of right: trademark "
                "exclusive rights, copyright and related rights, and patent rights (Regulations "
                "on Customs Protection of IPR, Art. 2)."
            ),
            "source": (
                "Regulation (EU) No 608/2013 (rights covered by customs action); "
                "Regulations on Customs Protection of IPR, Art. 2"
            ),
        },
        "zh": {
            "term": "知识产权",
            "definition": (
                "法律赋予权利人对智力成果和商业标识享有的专有权利，如商标、外观设计、著作权、"
                "专利和地理标志等。在欧盟，海关可以保护的权利范围较广，包括商标、外观设计、"
                "著作权及相关权、地理标志、专利、补充保护证书、植物品种权、半导体产品布图设计、"
                "实用新型以及作为专有权受保护的商号。中国海关保护的知识产权分为三类，即商标专用权、"
                "著作权和与著作权有关的权利以及专利权（《中华人民共和国知识产权海关保护条例》第二条）。"
            ),
            "source": (
                "欧盟第608/2013号条例（海关可采取行动的权利范围）；"
                "《中华人民共和国知识产权海关保护条例》第二条"
            ),
        },
    },
    {
        "key": "customs",
        "related": ["gacc", "competent-customs-department", "customs-protection-of-ipr"],
        "en": {
            "term": "Customs",
            "definition": (
                "The state authority that supervises goods entering and leaving a customs "
                "territory. In the EU, the customs authorities of the Member States apply "
                "Regulation (EU) No 608/2013 to goods suspected of infringing IPR. In China, the "
                "customs offices under the GACC protect IPR on imported and exported goods under "
                "the Regulations on Customs Protection of IPR (Art. 2)."
            ),
            "source": (
                "Regulation (EU) No 608/2013; Regulations on Customs Protection of IPR, Art. 2"
            ),
        },
        "zh": {
            "term": "海关",
            "definition": (
                "对进出关境的货物实施监督管理的国家机关。在欧盟，各成员国海关当局依照欧盟第608/2013号"
                "条例处理涉嫌侵犯知识产权的货物。在中国，海关总署统一管理的各级海关依照"
                "《中华人民共和国知识产权海关保护条例》，对进出口货物实施知识产权保护（第二条）。"
            ),
            "source": "欧盟第608/2013号条例；《中华人民共和国知识产权海关保护条例》第二条",
        },
    },
    {
        "key": "gacc",
        "related": ["customs", "recordation", "eu-china-action-plan"],
        "en": {
            "term": "General Administration of Customs of China (GACC)",
            "definition": (
                "The central authority in charge of all Chinese customs offices. It examines "
                "applications for customs IPR recordation and decides on them within 30 working "
                "days of receiving all the documents (Regulations on Customs Protection of IPR, "
                "Art. 8), runs the online recordation system, and issued the Implementing "
                "Measures (GACC Order No. 183, amended by GACC Order No. 240). It is also the "
                "European Commission's counterpart in the EU–China Action Plan on customs "
                "cooperation on IPR."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 7–8; GACC Implementing Measures "
                "(GACC Orders No. 183 and No. 240); Council note 13363/17 (Action Plan 2018–2020)"
            ),
        },
        "zh": {
            "term": "中华人民共和国海关总署（海关总署）",
            "definition": (
                "统一管理全国海关的中央机关。海关总署负责审查知识产权海关保护备案申请，并应当自收到"
                "全部申请文件之日起30个工作日内作出是否准予备案的决定（《中华人民共和国知识产权海关"
                "保护条例》第八条），同时负责运行备案系统；该条例的实施办法亦由海关总署以第183号令发布，并经"
                "第240号令修订。在中欧海关知识产权合作行动计划中，海关总署是与欧盟委员会相对应的中方机关。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第七条、第八条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
                "（海关总署令第183号、第240号）；欧盟理事会第13363/17号文件（2018—2020年行动计划）"
            ),
        },
    },
    {
        "key": "customs-protection-of-ipr",
        "related": [
            "ex-officio-protection",
            "protection-on-application",
            "recordation",
            "application-for-action",
        ],
        "en": {
            "term": "Customs protection of IPR",
            "definition": (
                "Action by customs to stop goods that infringe IPR from crossing the border. In "
                "China it covers both imports and exports and is given either ex officio for "
                "recorded rights or on the right holder's application (Regulations on Customs "
                "Protection of IPR, Arts 2 and 12–16). In the EU, customs act on the basis of a "
                "granted application for action or, in limited cases, on their own initiative "
                "(Regulation (EU) No 608/2013, Arts 17–18)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 2 and 12–16; "
                "Regulation (EU) No 608/2013, Arts 17–18"
            ),
        },
        "zh": {
            "term": "知识产权海关保护",
            "definition": (
                "海关在货物进出境环节采取措施，制止侵犯知识产权的货物通关。在中国，海关保护同时适用于"
                "进口和出口货物，分为对已备案权利的依职权保护和应权利人申请的依申请保护"
                "（《中华人民共和国知识产权海关保护条例》第二条、第十二条至第十六条）。在欧盟，海关依据"
                "已获批准的海关执法申请采取行动，在特定情形下也可以依职权采取行动"
                "（欧盟第608/2013号条例第17条、第18条）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二条、第十二条至第十六条；"
                "欧盟第608/2013号条例第17条、第18条"
            ),
        },
    },
    # ------------------------------------------------------------------
    # China: recordation
    # ------------------------------------------------------------------
    {
        "key": "recordation",
        "related": [
            "gacc",
            "recordation-number",
            "renewal-of-recordation",
            "change-or-cancellation-of-recordation",
            "ex-officio-protection",
        ],
        "en": {
            "term": "Customs IPR recordation (recordation)",
            "definition": (
                "Filing an IPR with the GACC, online through its recordation system, so that "
                "Chinese customs know of the right and can protect it ex officio. The application "
                "gives details of the right holder, the right, licensing, the genuine goods and "
                "known infringers (Regulations on Customs Protection of IPR, Art. 7); each right "
                "is recorded separately, and a recordation is valid for 10 years from approval "
                "(Art. 10). The fee of RMB 800 under Art. 32 has been suspended since 1 November "
                "2015 (GACC Announcement [2015] No. 51)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 7, 10 and 32; "
                "GACC Announcement [2015] No. 51"
            ),
        },
        "zh": {
            "term": "知识产权海关保护备案（备案）",
            "definition": (
                "权利人通过海关总署的知识产权海关保护备案系统，将其知识产权向海关总署备案，以便海关"
                "掌握权利信息并依职权予以保护。备案申请应当载明权利人、知识产权、许可使用、合法使用"
                "知识产权的货物以及已知侵权货物等情况（《中华人民共和国知识产权海关保护条例》第七条）；"
                "每项权利单独备案，备案自海关总署准予备案之日起生效，有效期为10年（第十条）。原依照"
                "该条例第三十二条收取的每件800元人民币备案费，自2015年11月1日起暂停征收"
                "（海关总署公告2015年第51号）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第七条、第十条、第三十二条；"
                "海关总署公告2015年第51号"
            ),
        },
    },
    {
        "key": "recordation-number",
        "related": ["recordation", "application-for-detention"],
        "en": {
            "term": "Customs recordation number",
            "definition": (
                "The number the GACC gives a right when it approves the recordation; the online "
                "system shows it together with the approval date. If your right is recorded, you "
                "give this number when you apply to a customs office to detain suspected goods "
                "(Regulations on Customs Protection of IPR, Art. 13)."
            ),
            "source": "Regulations on Customs Protection of IPR, Art. 13",
        },
        "zh": {
            "term": "海关备案号",
            "definition": (
                "海关总署准予备案后为该项知识产权编配的编号，可在备案系统中与核准日期一并查询。"
                "权利已经备案的，权利人向海关申请扣留侵权嫌疑货物时，应当注明海关备案号"
                "（《中华人民共和国知识产权海关保护条例》第十三条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第十三条",
        },
    },
    {
        "key": "renewal-of-recordation",
        "related": [
            "recordation",
            "change-or-cancellation-of-recordation",
            "application-for-action",
        ],
        "en": {
            "term": "Renewal of recordation",
            "definition": (
                "A request to extend a Chinese customs recordation, which may be filed within the "
                "6 months before it expires; each renewal runs for 10 years (Regulations on "
                "Customs Protection of IPR, Art. 10). A recordation that is not renewed, or whose "
                "IPR is no longer protected, lapses (Art. 10). The EU counterpart is the extension "
                "of a granted application for action, for up to one year at a time; customs may "
                "refuse a request received less than 30 working days before expiry (Regulation "
                "(EU) No 608/2013, Art. 12)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 10; "
                "Regulation (EU) No 608/2013, Art. 12"
            ),
        },
        "zh": {
            "term": "续展备案",
            "definition": (
                "权利人申请延长知识产权海关保护备案有效期的手续，应当在备案有效期届满前6个月内提出，"
                "每次续展的有效期为10年（《中华人民共和国知识产权海关保护条例》第十条）。备案有效期"
                "届满而未申请续展，或者知识产权不再受法律保护的，备案随即失效（第十条）。欧盟与之对应的"
                "是已获批准的海关执法申请的延期，每次延期不超过1年；延期请求在有效期届满前不足30个"
                "工作日提出的，海关可以拒绝（欧盟第608/2013号条例第12条）。"
            ),
            "source": ("《中华人民共和国知识产权海关保护条例》第十条；欧盟第608/2013号条例第12条"),
        },
    },
    {
        "key": "change-or-cancellation-of-recordation",
        "related": ["recordation", "renewal-of-recordation"],
        "en": {
            "term": "Change or cancellation of recordation",
            "definition": (
                "If the recorded details change, the right holder must record the change with the "
                "GACC, or cancel the recordation, within 30 working days of the change "
                "(Regulations on Customs Protection of IPR, Art. 11). Separately, the GACC may "
                "revoke a recordation if the right holder did not provide truthful information or "
                "documents when applying (Art. 9)."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 9 and 11",
        },
        "zh": {
            "term": "备案变更／备案注销",
            "definition": (
                "知识产权海关保护备案的情况发生改变的，权利人应当自发生改变之日起30个工作日内，"
                "向海关总署办理备案变更或者注销手续（《中华人民共和国知识产权海关保护条例》第十一条）。"
                "此外，权利人申请备案时未如实提供有关情况或者文件的，海关总署可以撤销其备案（第九条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第九条、第十一条",
        },
    },
    # ------------------------------------------------------------------
    # Parties and applications
    # ------------------------------------------------------------------
    {
        "key": "right-holder",
        "related": [
            "applicant",
            "licensing-and-licensee",
            "agent-and-power-of-attorney",
            "holder-of-the-decision",
        ],
        "en": {
            "term": "Right holder",
            "definition": (
                "The owner of an intellectual property right. In the EU, right holders are one of "
                "several groups entitled to lodge an application for action, alongside collective "
                "rights management bodies, professional defence bodies, groups and bodies linked "
                "to geographical indications, and authorised licensees (Regulation (EU) No "
                "608/2013, Art. 3). In China, the GACC refuses a recordation if the applicant is "
                "not the right holder (Regulations on Customs Protection of IPR, Art. 8), and a "
                "foreign right holder must file through its office in China or a domestic agent "
                "(GACC Implementing Measures, Art. 2)."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 3; Regulations on Customs Protection of IPR, "
                "Art. 8; GACC Implementing Measures, Art. 2"
            ),
        },
        "zh": {
            "term": "权利人（知识产权权利人）",
            "definition": (
                "知识产权的所有人。在欧盟，权利人是有权提出海关执法申请的主体之一，其他主体还包括"
                "集体管理组织、行业维权组织、与地理标志相关的团体和机构以及经授权的被许可人等"
                "（欧盟第608/2013号条例第3条）。在中国，申请人不是知识产权权利人的，海关总署不予备案"
                "（《中华人民共和国知识产权海关保护条例》第八条）；境外权利人应当通过其在境内设立的"
                "办事机构或者委托境内代理人办理（《中华人民共和国海关关于〈中华人民共和国知识产权海关"
                "保护条例〉的实施办法》第二条）。"
            ),
            "source": (
                "欧盟第608/2013号条例第3条；《中华人民共和国知识产权海关保护条例》第八条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条"
            ),
        },
    },
    {
        "key": "applicant",
        "related": ["right-holder", "application", "eori-number", "agent-and-power-of-attorney"],
        "en": {
            "term": "Applicant",
            "definition": (
                "The person who lodges an application with customs. In the EU, the applicant "
                "states its status under Art. 3 and gives its details and proof that it is "
                "entitled to apply (Regulation (EU) No 608/2013, Art. 6(3)(a)–(c)); box 1 of the "
                "form asks for at least one identifier, such as an EORI number (Implementing "
                "Regulation (EU) 2018/582). In China, applications for recordation and for "
                "detention are made by the right holder, directly or through an agent "
                "(Regulations on Customs Protection of IPR, Arts 7 and 13)."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Arts 3 and 6(3); Implementing Regulation (EU) No "
                "1352/2013, Annex I, box 1, as amended by Implementing Regulation (EU) 2018/582; "
                "Regulations on Customs Protection of IPR, Arts 7 and 13"
            ),
        },
        "zh": {
            "term": "申请人",
            "definition": (
                "向海关提出申请的人。在欧盟，申请人应当说明其依据第3条享有的申请资格，并提供本人信息"
                "及有权提出申请的证明文件（欧盟第608/2013号条例第6条第3款（a）至（c）项）；申请表"
                "第1栏要求至少填写一种识别号，如EORI编号（欧盟第2018/582号实施条例）。在中国，备案申请"
                "和扣留申请均由知识产权权利人直接提出或者委托代理人提出"
                "（《中华人民共和国知识产权海关保护条例》第七条、第十三条）。"
            ),
            "source": (
                "欧盟第608/2013号条例第3条、第6条第3款；欧盟第1352/2013号实施条例附件一第1栏"
                "（经欧盟第2018/582号实施条例修订）；《中华人民共和国知识产权海关保护条例》"
                "第七条、第十三条"
            ),
        },
    },
    {
        "key": "application",
        "related": [
            "application-for-action",
            "application-for-detention",
            "recordation",
            "applicant",
        ],
        "en": {
            "term": "Application",
            "definition": (
                "A formal request asking customs to take protective measures. In the EU it usually "
                "means the application for action lodged with the competent customs department "
                "on the standard form of Implementing Regulation (EU) No 1352/2013, which must be "
                "filed electronically since 3 October 2024 (Implementing Regulation (EU) "
                "2024/2399). In China it means either an application to the GACC for recordation "
                "or an application to a customs office to detain particular goods; 申请书 is the "
                "written form of such a request (Regulations on Customs Protection of IPR, Arts 7 "
                "and 13)."
            ),
            "source": (
                "Implementing Regulation (EU) No 1352/2013; Implementing Regulation (EU) "
                "2024/2399; Regulations on Customs Protection of IPR, Arts 7 and 13"
            ),
        },
        "zh": {
            "term": "申请（申请书）",
            "definition": (
                "向海关提出的、请求其采取保护措施的正式请求。在欧盟，通常指向主管海关部门提出的海关"
                "执法申请，须使用欧盟第1352/2013号实施条例规定的标准表格，自2024年10月3日起须以电子"
                "方式提交（欧盟第2024/2399号实施条例）。在中国，既可指向海关总署提出的备案申请，也可指"
                "向海关提出的扣留特定货物的申请；“申请书”是指申请的书面文本"
                "（《中华人民共和国知识产权海关保护条例》第七条、第十三条）。"
            ),
            "source": (
                "欧盟第1352/2013号实施条例；欧盟第2024/2399号实施条例；"
                "《中华人民共和国知识产权海关保护条例》第七条、第十三条"
            ),
        },
    },
    {
        "key": "application-for-detention",
        "related": ["protection-on-application", "ex-officio-protection", "security", "detention"],
        "en": {
            "term": "Application for detention of suspected infringing goods",
            "definition": (
                "China's case-specific request asking a customs office to detain particular "
                "goods. Under protection on application, the right holder files it with the "
                "customs office at the port, with evidence that infringement obviously exists, "
                "and provides security not exceeding the value of the goods (Regulations on "
                "Customs Protection of IPR, Arts 12–14). Under ex officio protection, the right "
                "holder must file it, with security, within 3 working days of receiving the "
                "customs notice (Art. 16)."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 12–14 and 16",
        },
        "zh": {
            "term": "扣留侵权嫌疑货物的申请",
            "definition": (
                "中国法下针对具体货物向海关提出的扣留请求。在依申请保护中，权利人向货物进出境地海关"
                "提出申请，提交足以证明侵权事实明显存在的证据，并提供不超过货物价值的担保"
                "（《中华人民共和国知识产权海关保护条例》第十二条至第十四条）。在依职权保护中，权利人"
                "应当自海关书面通知送达之日起3个工作日内提出扣留申请并提供担保（第十六条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第十二条至第十四条、第十六条",
        },
    },
    {
        "key": "application-for-action",
        "related": [
            "union-application",
            "national-application",
            "holder-of-the-decision",
            "ipep",
            "competent-customs-department",
            "copis",
        ],
        "en": {
            "term": "Application for action (AFA)",
            "definition": (
                "The EU request asking customs to act against goods suspected of infringing an "
                "IPR. You lodge it with the competent customs department on the standard form of "
                "Implementing Regulation (EU) No 1352/2013; since 3 October 2024 it must be filed "
                "electronically through the IP Enforcement Portal or a national customs portal "
                "(Implementing Regulation (EU) 2024/2399). Customs decide within 30 working days "
                "of receipt (Regulation (EU) No 608/2013, Art. 9(1)) and set a period of action "
                "of at most one year (Art. 11(1)). (suggested translation; no official Chinese "
                "term)"
            ),
            "source": (
                "Regulation (EU) No 608/2013, Arts 9(1) and 11(1); Implementing Regulation (EU) "
                "No 1352/2013, Annex I; Implementing Regulation (EU) 2024/2399"
            ),
        },
        "zh": {
            "term": "海关执法申请（请求海关采取行动的申请）",
            "definition": (
                "欧盟法下请求海关对涉嫌侵犯知识产权的货物采取行动的申请。申请人应当使用欧盟第1352/2013号"
                "实施条例规定的标准表格向主管海关部门提出，自2024年10月3日起须通过知识产权执法门户"
                "（IPEP）或者成员国海关门户以电子方式提交（欧盟第2024/2399号实施条例）。海关应当自收到"
                "申请之日起30个工作日内作出决定（欧盟第608/2013号条例第9条第1款），并确定不超过1年的"
                "海关行动期限（第11条第1款）。（建议译法，无官方译名）"
            ),
            "source": (
                "欧盟第608/2013号条例第9条第1款、第11条第1款；欧盟第1352/2013号实施条例附件一；"
                "欧盟第2024/2399号实施条例"
            ),
        },
    },
    {
        "key": "union-application",
        "related": [
            "national-application",
            "application-for-action",
            "licensing-and-licensee",
            "ipep",
        ],
        "en": {
            "term": "Union application",
            "definition": (
                "An application for action filed in one Member State that asks customs in that "
                "Member State and in one or more others to act. It is possible only for rights "
                "with effect throughout the Union, such as an EU trade mark, a Community design, a "
                "Union-protected geographical indication or a Community plant variety right, and "
                "it lists the Member States concerned (Regulation (EU) No 608/2013, Art. 6(3)(f)); "
                "a licensee may file one only if it holds an exclusive licence covering two or "
                "more Member States (Art. 3). Once granted, it has the same legal status in every "
                "Member State it names."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 3 and 6(3)(f)",
        },
        "zh": {
            "term": "欧盟申请",
            "definition": (
                "向一个成员国提出、请求该成员国及其他一个或者多个成员国海关采取行动的海关执法申请。"
                "欧盟申请仅适用于在全欧盟范围内有效的权利，如欧盟商标、共同体外观设计、受欧盟保护的"
                "地理标志和共同体植物品种权，申请中应当列明请求采取行动的成员国"
                "（欧盟第608/2013号条例第6条第3款（f）项）；被许可人须持有覆盖两个以上成员国的独占许可，"
                "方可提出欧盟申请（第3条）。申请获得批准后，在所列各成员国具有同等法律效力。"
            ),
            "source": "欧盟第608/2013号条例第3条、第6条第3款（f）项",
        },
    },
    {
        "key": "national-application",
        "related": ["union-application", "application-for-action", "ex-officio-detention-eu"],
        "en": {
            "term": "National application",
            "definition": (
                "An application for action asking the customs of one Member State to act in that "
                "Member State. A special national application is lodged after customs have "
                "detained goods on their own initiative (Regulation (EU) No 608/2013, Art. 5(3)); "
                "since Implementing Regulation (EU) 2018/582, box 2 of the form has a tick box "
                "for it."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 5(3); Implementing Regulation (EU) No "
                "1352/2013, Annex I, box 2, as amended by Implementing Regulation (EU) 2018/582"
            ),
        },
        "zh": {
            "term": "国家申请",
            "definition": (
                "请求某一成员国海关在该国境内采取行动的海关执法申请。海关依职权扣留货物后提出的国家"
                "申请属于一种特殊情形（欧盟第608/2013号条例第5条第3款）；欧盟第2018/582号实施条例"
                "修订后，申请表第2栏为此专设了勾选项。"
            ),
            "source": (
                "欧盟第608/2013号条例第5条第3款；欧盟第1352/2013号实施条例附件一第2栏"
                "（经欧盟第2018/582号实施条例修订）"
            ),
        },
    },
    {
        "key": "holder-of-the-decision",
        "related": [
            "application-for-action",
            "standard-destruction-procedure",
            "storage-custody-and-disposal-costs",
            "declarant",
        ],
        "en": {
            "term": "Holder of the decision",
            "definition": (
                "The person whose application for action customs have granted. The holder of the "
                "decision must tell customs of changes (Regulation (EU) No 608/2013, Art. 15) and, "
                "once goods are detained, must within 10 working days of notification (3 for "
                "perishable goods) either confirm infringement and agree to destruction or start "
                "court proceedings (Art. 23). It pays customs' costs from detention onwards "
                "(Art. 29) and is liable to the holder of the goods if the procedure ends through "
                "its own act or omission or the goods prove not to infringe (Art. 28)."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 15, 23, 28 and 29",
        },
        "zh": {
            "term": "决定持有人",
            "definition": (
                "海关执法申请获得批准后的申请人。决定持有人应当将有关变化告知海关"
                "（欧盟第608/2013号条例第15条）；货物被扣留的，应当自接到通知之日起10个工作日内"
                "（易腐货物为3个工作日）书面确认侵权并同意销毁，或者提起诉讼（第23条）。决定持有人承担"
                "货物自扣留之日起产生的海关费用（第29条）；因其作为或者不作为导致程序终止，或者货物"
                "经查明不侵权的，应当对货物持有人承担责任（第28条）。"
            ),
            "source": "欧盟第608/2013号条例第15条、第23条、第28条、第29条",
        },
    },
    {
        "key": "declarant",
        "related": [
            "holder-of-the-decision",
            "detention",
            "standard-destruction-procedure",
            "consignee",
        ],
        "en": {
            "term": "Declarant (declarant or holder of the goods)",
            "definition": (
                "The person who lodges the customs declaration for the goods, or in whose name it "
                "is lodged; Regulation (EU) No 608/2013 usually speaks of the declarant or holder "
                "of the goods, the latter meaning whoever owns or controls them. Customs notify "
                "that person within 1 working day of a detention (Art. 17). Under the standard "
                "destruction procedure, the person's silence for 10 working days (3 for "
                "perishable goods) counts as agreement to destruction (Art. 23)."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 17 and 23",
        },
        "zh": {
            "term": "申报人（申报人或者货物持有人）",
            "definition": (
                "提交海关申报或者以其名义提交海关申报的人；欧盟第608/2013号条例通常并称“申报人或者"
                "货物持有人”，后者是指货物的所有人或者实际控制货物的人。货物被扣留的，海关应当在"
                "1个工作日内通知该人（第17条）。在标准销毁程序中，该人在10个工作日内（易腐货物为"
                "3个工作日）未表示意见的，视为同意销毁（第23条）。"
            ),
            "source": "欧盟第608/2013号条例第17条、第23条",
        },
    },
    {
        "key": "consignee",
        "related": ["consignor", "declarant", "security"],
        "en": {
            "term": "Consignee",
            "definition": (
                "In Chinese customs law, the person who receives goods being imported. An "
                "application for detention must name the consignee and the consignor "
                "(Regulations on Customs Protection of IPR, Art. 13), and the right holder's "
                "security covers losses that an unjustified application may cause them (Art. 14). "
                "EU customs law speaks instead of the declarant or holder of the goods."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 13–14",
        },
        "zh": {
            "term": "收货人",
            "definition": (
                "在中国海关法语境下，指进口货物的接收方。扣留申请应当写明收货人和发货人的名称"
                "（《中华人民共和国知识产权海关保护条例》第十三条），权利人提供的担保用于赔偿可能因申请"
                "不当给收货人、发货人造成的损失（第十四条）。欧盟海关法相应使用“申报人或者货物持有人”"
                "这一概念。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第十三条、第十四条",
        },
    },
    {
        "key": "consignor",
        "related": ["consignee", "patent-right", "security", "import-and-export"],
        "en": {
            "term": "Consignor",
            "definition": (
                "In Chinese customs law, the person who sends goods being exported. Like the "
                "consignee, the consignor must be named in an application for detention "
                "(Regulations on Customs Protection of IPR, Art. 13); in patent cases, the "
                "consignee or consignor may obtain release of detained goods by providing "
                "security equal to their value (Arts 19 and 24(3))."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 13, 19 and 24(3)",
        },
        "zh": {
            "term": "发货人",
            "definition": (
                "在中国海关法语境下，指出口货物的发出方。与收货人一样，发货人的名称应当在扣留申请中"
                "写明（《中华人民共和国知识产权海关保护条例》第十三条）；涉及专利权的，收货人或者发货人"
                "可以提供与货物等值的担保，请求海关放行被扣留的货物（第十九条、第二十四条第（三）项）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第十三条、第十九条、第二十四条第（三）项"
            ),
        },
    },
    {
        "key": "licensing-and-licensee",
        "related": ["right-holder", "union-application", "recordation"],
        "en": {
            "term": "Licensing; licensee",
            "definition": (
                "Licensing is the right holder's permission for another person, the licensee, to "
                "use the right. In the EU, a licensee that is formally authorised to start "
                "proceedings may lodge an application for action, and a Union application "
                "requires an exclusive licence covering two or more Member States (Regulation "
                "(EU) No 608/2013, Art. 3). In China, the recordation application must state the "
                "licensing arrangements (Regulations on Customs Protection of IPR, Art. 7), but a "
                "licensee cannot record the right in its own name."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 3; Regulations on Customs Protection of IPR, "
                "Art. 7; GACC Implementing Measures, Art. 2"
            ),
        },
        "zh": {
            "term": "许可使用；被许可人",
            "definition": (
                "许可使用是指权利人允许他人使用其知识产权，获得许可的一方即被许可人。在欧盟，经正式"
                "授权可以就侵权提起诉讼的被许可人有权提出海关执法申请；提出欧盟申请的，须持有覆盖两个"
                "以上成员国的独占许可（欧盟第608/2013号条例第3条）。在中国，备案申请应当载明知识产权的"
                "许可使用情况（《中华人民共和国知识产权海关保护条例》第七条），但被许可人不能以自己的"
                "名义申请备案。"
            ),
            "source": (
                "欧盟第608/2013号条例第3条；《中华人民共和国知识产权海关保护条例》第七条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条"
            ),
        },
    },
    {
        "key": "agent-and-power-of-attorney",
        "related": ["right-holder", "applicant"],
        "en": {
            "term": "Agent; power of attorney",
            "definition": (
                "An agent acts for the right holder under a power of attorney, the document that "
                "grants that authority. In China, a foreign right holder must file through its "
                "office in China or a domestic agent, with a power of attorney in the prescribed "
                "format (GACC Implementing Measures, Art. 2). In the EU, a representative who "
                "lodges an application for action must give its details and proof of its powers "
                "(Regulation (EU) No 608/2013, Art. 6(3)(d))."
            ),
            "source": (
                "GACC Implementing Measures, Art. 2; Regulation (EU) No 608/2013, Art. 6(3)(d)"
            ),
        },
        "zh": {
            "term": "代理人；授权委托书",
            "definition": (
                "代理人是受权利人委托、以权利人名义办理有关事务的人，授权委托书是载明代理权限的书面"
                "文件。在中国，境外知识产权权利人应当通过其在境内设立的办事机构或者委托境内代理人办理"
                "备案等事宜，并提交符合规定格式的授权委托书（《中华人民共和国海关关于〈中华人民共和国"
                "知识产权海关保护条例〉的实施办法》第二条）。在欧盟，由代表人提出海关执法申请的，应当"
                "提供代表人信息及其代理权限的证明（欧盟第608/2013号条例第6条第3款（d）项）。"
            ),
            "source": (
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二条；"
                "欧盟第608/2013号条例第6条第3款（d）项"
            ),
        },
    },
    {
        "key": "competent-customs-department",
        "related": ["application-for-action", "copis", "customs"],
        "en": {
            "term": "Competent customs department",
            "definition": (
                "The customs department in each EU Member State that receives applications for "
                "action and decides on them; it notifies its decision within 30 working days of "
                "receipt (Regulation (EU) No 608/2013, Art. 9(1)). The Commission's customs "
                "pages (DG TAXUD) publish a contact list of these departments, and COPIS links "
                "them with the Commission and EUIPO (Art. 31). (suggested translation; no "
                "official Chinese term)"
            ),
            "source": "Regulation (EU) No 608/2013, Arts 9(1) and 31",
        },
        "zh": {
            "term": "主管海关部门",
            "definition": (
                "欧盟各成员国负责受理海关执法申请并作出决定的海关部门，应当自收到申请之日起30个工作日"
                "内通知其决定（欧盟第608/2013号条例第9条第1款）。欧盟委员会税收与海关同盟总司（TAXUD）"
                "网站公布各主管海关部门的联系方式，COPIS系统则将各主管海关部门与欧盟委员会和欧盟知识"
                "产权局相连接（第31条）。（建议译法，无官方译名）"
            ),
            "source": "欧盟第608/2013号条例第9条第1款、第31条",
        },
    },
    # ------------------------------------------------------------------
    # Detention and its conditions
    # ------------------------------------------------------------------
    {
        "key": "detention",
        "related": [
            "release",
            "security",
            "declarant",
            "holder-of-the-decision",
            "ex-officio-detention-eu",
            "goods-suspected-of-infringement",
        ],
        "en": {
            "term": "Detention",
            "definition": (
                "Holding goods under customs control so that they are not released while a "
                "suspected infringement is dealt with. In the EU, customs suspend the release of "
                "the goods or detain them on the basis of a granted application for action or on "
                "their own initiative (Regulation (EU) No 608/2013, Arts 17–18), and notify the "
                "declarant or holder of the goods and the holder of the decision within 1 working "
                "day (Art. 17). In China, customs detain suspected goods once the right holder has "
                "applied for detention and provided security (Regulations on Customs Protection of "
                "IPR, Arts 14 and 16)."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Arts 17–18; "
                "Regulations on Customs Protection of IPR, Arts 14 and 16"
            ),
        },
        "zh": {
            "term": "扣留",
            "definition": (
                "海关对货物予以控制、在侵权嫌疑处理完毕前不予放行的措施。在欧盟，海关依据已获批准的"
                "海关执法申请或者依职权，对货物中止放行或者予以扣留（欧盟第608/2013号条例第17条、第18条），"
                "并应当在1个工作日内通知申报人或者货物持有人以及决定持有人（第17条）。在中国，权利人"
                "提出扣留申请并提供担保后，海关扣留侵权嫌疑货物（《中华人民共和国知识产权海关保护条例》"
                "第十四条、第十六条）。"
            ),
            "source": (
                "欧盟第608/2013号条例第17条、第18条；"
                "《中华人民共和国知识产权海关保护条例》第十四条、第十六条"
            ),
        },
    },
    {
        "key": "goods-suspected-of-infringement",
        "related": ["infringing-goods", "detention", "investigation-and-determination"],
        "en": {
            "term": "Goods suspected of infringement (suspected infringement)",
            "definition": (
                "Goods for which there are indications, but no finding yet, that they infringe an "
                "IPR; a suspected infringement is the state of such goods before customs or a "
                "court decide. Customs may detain suspected goods, but whether they actually "
                "infringe is settled by a customs investigation (Chinese ex officio cases: "
                "Regulations on Customs Protection of IPR, Art. 20) or by a court, unless in the "
                "EU the goods are destroyed with the parties' agreement (Regulation (EU) No "
                "608/2013, Art. 23)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 16 and 20; "
                "Regulation (EU) No 608/2013, Art. 23"
            ),
        },
        "zh": {
            "term": "侵权嫌疑货物（侵权嫌疑）",
            "definition": (
                "有迹象表明可能侵犯知识产权、但尚未经认定的货物；“侵权嫌疑”即货物在海关或者法院作出"
                "认定之前所处的状态。海关可以扣留侵权嫌疑货物，但货物是否确属侵权，须经海关调查认定"
                "（中国依职权保护案件，《中华人民共和国知识产权海关保护条例》第二十条）或者经法院裁判；"
                "在欧盟经各方同意销毁货物的除外（欧盟第608/2013号条例第23条）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第十六条、第二十条；欧盟第608/2013号条例第23条"
            ),
        },
    },
    {
        "key": "infringing-goods",
        "related": [
            "goods-suspected-of-infringement",
            "confiscation",
            "destruction",
            "counterfeit-goods",
        ],
        "en": {
            "term": "Infringing goods",
            "definition": (
                "Goods that have been found to infringe an IPR, as opposed to goods only suspected "
                "of infringement. In China, goods that customs find to infringe after the "
                "investigation under Art. 20 of the Regulations on Customs Protection of IPR are "
                "confiscated. In the EU, if the goods are not destroyed by agreement, a court "
                "decides whether they infringe (Regulation (EU) No 608/2013, Art. 23)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 20; "
                "Regulation (EU) No 608/2013, Art. 23"
            ),
        },
        "zh": {
            "term": "侵权货物",
            "definition": (
                "经认定侵犯知识产权的货物，区别于仅有侵权嫌疑的货物。在中国，海关依照《中华人民共和国"
                "知识产权海关保护条例》第二十条调查后认定侵权的货物，由海关予以没收。在欧盟，货物未经"
                "各方同意销毁的，是否侵权由法院裁判（欧盟第608/2013号条例第23条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第二十条；欧盟第608/2013号条例第23条",
        },
    },
    {
        "key": "security",
        "related": [
            "general-security",
            "application-for-detention",
            "storage-custody-and-disposal-costs",
            "consignee",
            "consignor",
        ],
        "en": {
            "term": "Security (bond)",
            "definition": (
                "Money or a guarantee that the right holder provides before Chinese customs detain "
                "goods. Under protection on application it may not exceed the value of the goods "
                "and covers losses that an unjustified application may cause the consignee or "
                "consignor, as well as storage, custody and disposal costs (Regulations on Customs "
                "Protection of IPR, Art. 14); under ex officio protection the amount follows the "
                "GACC Implementing Measures, whose tiered amounts are to be confirmed against the "
                "official text. In patent cases, the consignee or consignor may obtain release of "
                "the goods by providing security equal to their value (Arts 19 and 24(3))."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 14, 19 and 24(3); "
                "GACC Implementing Measures (tiered amounts to be confirmed)"
            ),
        },
        "zh": {
            "term": "担保",
            "definition": (
                "海关扣留货物前，由权利人向海关提供的保证金或者其他担保。在依申请保护中，担保金额不得"
                "超过货物的价值，用于赔偿可能因申请不当给收货人、发货人造成的损失，以及支付仓储、保管和"
                "处置等费用（《中华人民共和国知识产权海关保护条例》第十四条）；在依职权保护中，担保金额"
                "依照海关总署发布的实施办法确定，有关分档金额有待对照官方文本核实。涉及专利权的，收货人或者"
                "发货人可以提供与货物等值的担保，请求海关放行货物（第十九条、第二十四条第（三）项）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第十四条、第十九条、第二十四条第（三）项；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
                "（分档金额有待核实）"
            ),
        },
    },
    {
        "key": "general-security",
        "related": ["security", "ex-officio-protection", "trademark-exclusive-right"],
        "en": {
            "term": "General security",
            "definition": (
                "A single security that the holder of a recorded trademark lodges in advance to "
                "cover a series of ex officio detentions over a period, instead of providing "
                "security case by case. The amount, minimum and period of validity are set by "
                "GACC notices (for example GACC Notice No. 31 of 2006); later rules may differ, so "
                "the details are to be confirmed against the official text."
            ),
            "source": (
                "GACC Implementing Measures; GACC Notice No. 31 of 2006 (details to be confirmed)"
            ),
        },
        "zh": {
            "term": "总担保",
            "definition": (
                "已备案商标的权利人预先向海关提供、在一定期间内适用于多起依职权扣留的担保，无需逐案"
                "分别提供担保。总担保的金额、最低限额和有效期限由海关总署公告规定（如海关总署公告2006年"
                "第31号），其后规定可能有所调整，具体内容有待对照官方文本核实。"
            ),
            "source": (
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》；"
                "海关总署公告2006年第31号（具体内容有待核实）"
            ),
        },
    },
    # ------------------------------------------------------------------
    # China: two modes of protection and court steps
    # ------------------------------------------------------------------
    {
        "key": "ex-officio-protection",
        "related": [
            "recordation",
            "protection-on-application",
            "investigation-and-determination",
            "general-security",
            "ex-officio-detention-eu",
        ],
        "en": {
            "term": "Ex officio protection (China)",
            "definition": (
                "The Chinese mode in which customs act on their own initiative for a right "
                "recorded with the GACC: when they find goods suspected of infringing it, they "
                "notify the right holder in writing at once (Regulations on Customs Protection of "
                "IPR, Art. 16). The right holder then has 3 working days from delivery of the "
                "notice to apply for detention and provide security, or to explain in writing why "
                "detention is not needed; otherwise customs may not detain the goods (Art. 16; "
                "GACC Implementing Measures, Arts 21–22). Customs then investigate and decide "
                "within 30 working days of detention whether the goods infringe (Art. 20)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 16 and 20; "
                "GACC Implementing Measures, Arts 21–22"
            ),
        },
        "zh": {
            "term": "依职权保护（主动保护）",
            "definition": (
                "中国海关对已在海关总署备案的知识产权主动实施的保护：海关发现进出口货物有侵犯备案知识"
                "产权嫌疑的，应当立即书面通知权利人（《中华人民共和国知识产权海关保护条例》第十六条）。"
                "权利人应当自通知送达之日起3个工作日内提出扣留申请并提供担保，或者书面说明无需扣留的"
                "理由；逾期未提出申请或者未提供担保的，海关不得扣留货物（第十六条；《中华人民共和国海关"
                "关于〈中华人民共和国知识产权海关保护条例〉的实施办法》第二十一条、第二十二条）。海关"
                "扣留货物后，应当自扣留之日起30个工作日内对货物是否侵权作出调查认定（第二十条）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第十六条、第二十条；"
                "《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》"
                "第二十一条、第二十二条"
            ),
        },
    },
    {
        "key": "protection-on-application",
        "related": [
            "ex-officio-protection",
            "application-for-detention",
            "security",
            "court-assistance-notice",
        ],
        "en": {
            "term": "Protection on application (China)",
            "definition": (
                "The Chinese mode in which a right holder who learns that infringing goods are "
                "about to be imported or exported applies to the customs office at the port to "
                "detain them; the right need not be recorded (Regulations on Customs Protection "
                "of IPR, Arts 12–13). The right holder must provide security not exceeding the "
                "value of the goods (Art. 14). Customs do not investigate, so the right holder "
                "must go to court and obtain a court assistance notice within 20 working days of "
                "detention, or the goods are released (Art. 24(1))."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 12–14 and 24(1)",
        },
        "zh": {
            "term": "依申请保护（被动保护）",
            "definition": (
                "中国海关应权利人申请实施的保护：权利人发现侵权嫌疑货物即将进出口的，可以向货物进出境地"
                "海关申请扣留，知识产权无需事先备案（《中华人民共和国知识产权海关保护条例》第十二条、"
                "第十三条）。权利人应当提供不超过货物价值的担保（第十四条）。海关不对货物是否侵权进行"
                "调查，权利人须自行向人民法院寻求救济，并在货物被扣留之日起20个工作日内使海关收到人民"
                "法院协助执行通知，否则海关放行货物（第二十四条第（一）项）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第十二条至第十四条、第二十四条第（一）项"
            ),
        },
    },
    {
        "key": "investigation-and-determination",
        "related": ["ex-officio-protection", "confiscation", "court-assistance-notice"],
        "en": {
            "term": "Investigation and determination",
            "definition": (
                "The examination by which Chinese customs establish whether goods detained ex "
                "officio infringe the recorded right. Customs must decide within 30 working days "
                "of detention and, if they cannot, inform the right holder at once (Regulations "
                "on Customs Protection of IPR, Art. 20). There is no customs investigation in "
                "cases on application, where the question is left to the courts."
            ),
            "source": "Regulations on Customs Protection of IPR, Art. 20",
        },
        "zh": {
            "term": "调查、认定",
            "definition": (
                "中国海关对依职权扣留的货物是否侵犯备案知识产权进行调查并作出认定的程序。海关应当自"
                "扣留之日起30个工作日内作出认定；不能认定的，应当立即通知权利人"
                "（《中华人民共和国知识产权海关保护条例》第二十条）。依申请扣留的案件，海关不进行调查"
                "认定，由权利人通过人民法院解决。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第二十条",
        },
    },
    {
        "key": "court-assistance-notice",
        "related": [
            "court-orders-and-property-preservation",
            "release",
            "protection-on-application",
        ],
        "en": {
            "term": "Court assistance notice (notice of court assistance in enforcement)",
            "definition": (
                "A notice from a Chinese people's court asking customs to help enforce a court "
                "measure, such as an order to stop infringement or property preservation, "
                "concerning detained goods. Customs release the goods if they do not receive it "
                "within 20 working days of detention in cases on application, or within 50 "
                "working days in ex officio cases where customs could not establish infringement "
                "(Regulations on Customs Protection of IPR, Art. 24)."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 23–24",
        },
        "zh": {
            "term": "人民法院协助执行通知",
            "definition": (
                "人民法院就被扣留货物作出责令停止侵权行为、财产保全等裁定后，要求海关协助执行的书面"
                "通知。依申请扣留的货物自扣留之日起20个工作日内，或者依职权扣留且海关未能认定侵权的"
                "货物自扣留之日起50个工作日内，海关未收到该通知的，应当放行货物"
                "（《中华人民共和国知识产权海关保护条例》第二十四条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第二十三条、第二十四条",
        },
    },
    {
        "key": "court-orders-and-property-preservation",
        "related": ["court-assistance-notice", "protection-on-application"],
        "en": {
            "term": "Order to stop infringement; property preservation",
            "definition": (
                "Measures a Chinese people's court may take at the right holder's request: an "
                "order to stop the infringing act, and property preservation, which restricts "
                "dealings in property, such as the goods, until the case is decided. After "
                "applying to customs for protection, the right holder may ask the court for these "
                "measures concerning the detained goods (Regulations on Customs Protection of IPR, "
                "Art. 23); customs assist once they receive a court assistance notice."
            ),
            "source": "Regulations on Customs Protection of IPR, Arts 23–24",
        },
        "zh": {
            "term": "责令停止侵权行为；财产保全",
            "definition": (
                "人民法院应知识产权权利人申请可以采取的措施：责令停止侵权行为，即命令行为人停止实施"
                "侵权行为；财产保全，即在判决作出前对有关财产采取限制处分的措施，以保障判决的执行。"
                "权利人向海关提出保护申请后，可以就被扣留的侵权嫌疑货物向人民法院申请采取上述措施"
                "（《中华人民共和国知识产权海关保护条例》第二十三条），海关凭人民法院协助执行通知予以协助。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第二十三条、第二十四条",
        },
    },
    {
        "key": "release",
        "related": [
            "detention",
            "court-assistance-notice",
            "standard-destruction-procedure",
            "ex-officio-detention-eu",
        ],
        "en": {
            "term": "Release (of goods)",
            "definition": (
                "Customs letting goods go so that they can continue to their destination. Chinese "
                "customs release detained goods if no court assistance notice arrives within 20 "
                "working days of detention in cases on application (Regulations on Customs "
                "Protection of IPR, Art. 24(1)), or within 50 working days in ex officio cases "
                "where customs could not establish infringement (Art. 24(2)). In the EU, goods are "
                "released if, within 10 working days (3 for perishable goods), the holder of the "
                "decision neither confirms infringement and agrees to destruction nor starts court "
                "proceedings (Regulation (EU) No 608/2013, Art. 23), and after an ex officio "
                "detention if no application for action is lodged within 4 working days (Art. 18)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 24; "
                "Regulation (EU) No 608/2013, Arts 18 and 23"
            ),
        },
        "zh": {
            "term": "放行",
            "definition": (
                "海关解除对货物的控制，准予其继续通关、运往目的地。在中国，依申请扣留的货物，自扣留之日"
                "起20个工作日内海关未收到人民法院协助执行通知的，应当放行（《中华人民共和国知识产权海关"
                "保护条例》第二十四条第（一）项）；依职权扣留的货物，自扣留之日起50个工作日内未收到人民"
                "法院协助执行通知，且海关未能认定侵权的，应当放行（第二十四条第（二）项）。在欧盟，决定"
                "持有人在10个工作日内（易腐货物为3个工作日）既未书面确认侵权并同意销毁，也未提起诉讼的，"
                "货物予以放行（欧盟第608/2013号条例第23条）；海关依职权扣留货物后，有权提出申请的人未在"
                "4个工作日内提出海关执法申请的，货物亦予放行（第18条）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二十四条；欧盟第608/2013号条例第18条、第23条"
            ),
        },
    },
    {
        "key": "confiscation",
        "related": ["infringing-goods", "investigation-and-determination", "destruction"],
        "en": {
            "term": "Confiscation",
            "definition": (
                "The taking of infringing goods by the state without compensation. In Chinese ex "
                "officio cases, goods that customs find to infringe after their investigation "
                "(Regulations on Customs Protection of IPR, Art. 20) are confiscated, a fine may "
                "be imposed, and suspected criminal cases are passed to the police. EU customs law "
                "instead provides for destruction of the goods (Regulation (EU) No 608/2013, Arts "
                "23 and 26)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR (outcome of the investigation under "
                "Art. 20); Regulation (EU) No 608/2013, Arts 23 and 26"
            ),
        },
        "zh": {
            "term": "没收",
            "definition": (
                "国家依法无偿收缴侵权货物的处理措施。在中国依职权保护案件中，海关经调查认定货物侵权的"
                "（《中华人民共和国知识产权海关保护条例》第二十条），予以没收，并可以处以罚款；涉嫌犯罪"
                "的，移送公安机关处理。欧盟海关法对应的处理方式是销毁（欧盟第608/2013号条例第23条、"
                "第26条）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》（依第二十条调查认定后的处理）；"
                "欧盟第608/2013号条例第23条、第26条"
            ),
        },
    },
    # ------------------------------------------------------------------
    # EU: ex officio action, destruction, small consignments
    # ------------------------------------------------------------------
    {
        "key": "ex-officio-detention-eu",
        "related": ["detention", "national-application", "ex-officio-protection", "release"],
        "en": {
            "term": "Ex officio detention (EU)",
            "definition": (
                "Detention of goods by EU customs on their own initiative when no application for "
                "action covers them (Regulation (EU) No 608/2013, Art. 18). Persons entitled to "
                "apply then have 4 working days from notification to lodge a national application "
                "under Art. 5(3), or the goods are released (Art. 18); customs decide on that "
                "application within 2 working days (Art. 9(2)). If it lacks the product and risk "
                "data, it is granted only for the detained goods unless those data arrive within "
                "10 working days (Art. 11(2))."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 5(3), 9(2), 11(2) and 18",
        },
        "zh": {
            "term": "依职权扣留（欧盟）",
            "definition": (
                "货物不属于任何海关执法申请的保护范围时，欧盟海关主动对其实施的扣留"
                "（欧盟第608/2013号条例第18条）。有权提出申请的人应当自接到通知之日起4个工作日内依照"
                "第5条第3款提出国家申请，否则货物予以放行（第18条）；海关应当在2个工作日内对该申请作出"
                "决定（第9条第2款）。申请未附正品数据、识别信息和风险分析信息的，仅就已扣留的货物予以"
                "批准，但申请人在10个工作日内补交上述信息的除外（第11条第2款）。"
            ),
            "source": "欧盟第608/2013号条例第5条第3款、第9条第2款、第11条第2款、第18条",
        },
    },
    {
        "key": "standard-destruction-procedure",
        "related": [
            "destruction",
            "holder-of-the-decision",
            "declarant",
            "release",
            "small-consignments-procedure",
        ],
        "en": {
            "term": "Standard (simplified) destruction procedure",
            "definition": (
                "The EU procedure under which detained goods can be destroyed without a court "
                "ruling on infringement (Regulation (EU) No 608/2013, Art. 23). Within 10 working "
                "days of notification (3 for perishable goods), the holder of the decision must "
                "confirm in writing that an IPR is infringed and agree to destruction, and the "
                "declarant or holder of the goods must agree, silence counting as agreement; if "
                "the holder of the decision does neither this nor start court proceedings, the "
                "goods are released (Art. 23). Customs may extend the 10-working-day period by up "
                "to 10 working days, but not for perishable goods (Art. 23). (suggested "
                "translation; no official Chinese term)"
            ),
            "source": "Regulation (EU) No 608/2013, Art. 23",
        },
        "zh": {
            "term": "标准销毁程序（简易销毁程序）",
            "definition": (
                "欧盟海关在未经法院就侵权问题作出裁判的情况下销毁被扣留货物的程序"
                "（欧盟第608/2013号条例第23条）。决定持有人应当自接到通知之日起10个工作日内（易腐货物为"
                "3个工作日）书面确认知识产权受到侵犯并同意销毁，申报人或者货物持有人亦须同意销毁，"
                "其未表示意见的视为同意；决定持有人既未确认侵权并同意销毁、也未提起诉讼的，货物予以放行"
                "（第23条）。海关可以将10个工作日的期限延长，延长期最多为10个工作日，但易腐货物不得延长"
                "（第23条）。（建议译法，无官方译名）"
            ),
            "source": "欧盟第608/2013号条例第23条",
        },
    },
    {
        "key": "small-consignments-procedure",
        "related": [
            "small-consignment",
            "standard-destruction-procedure",
            "counterfeit-goods",
            "declarant",
        ],
        "en": {
            "term": "Small consignments procedure",
            "definition": (
                "An EU procedure that lets customs destroy counterfeit or pirated goods sent in "
                "small postal or express consignments without involving the right holder in each "
                "case (Regulation (EU) No 608/2013, Art. 26). It applies only to goods that are "
                "not perishable and are covered by a granted application for action in which the "
                "procedure was requested; customs notify the declarant or holder of the goods "
                "within 1 working day, and that person's silence for 10 working days counts as "
                "agreement to destruction (Art. 26). The right holder is brought in only if the "
                "declarant or holder of the goods objects, and the standard procedure's deadlines "
                "then apply. (suggested translation; no official Chinese term)"
            ),
            "source": "Regulation (EU) No 608/2013, Art. 26",
        },
        "zh": {
            "term": "小件包裹程序",
            "definition": (
                "欧盟海关对以小件邮政或者快件方式寄递的涉嫌假冒、盗版货物予以销毁，而无需逐案请权利人"
                "参与的程序（欧盟第608/2013号条例第26条）。该程序仅适用于非易腐货物，且货物须属已获批准"
                "的海关执法申请的保护范围、申请人已在申请中请求适用该程序；海关应当在1个工作日内通知"
                "申报人或者货物持有人，该人在10个工作日内未表示意见的，视为同意销毁（第26条）。申报人"
                "或者货物持有人提出异议的，海关才通知权利人，并适用标准程序的期限。"
                "（建议译法，无官方译名）"
            ),
            "source": "欧盟第608/2013号条例第26条",
        },
    },
    {
        "key": "small-consignment",
        "related": ["small-consignments-procedure", "counterfeit-goods", "cross-border-e-commerce"],
        "en": {
            "term": "Small consignment (EU)",
            "definition": (
                "A postal or express courier consignment that can be handled under the EU small "
                "consignments procedure (Regulation (EU) No 608/2013, Art. 26). The definition is "
                "reported to be in Art. 2 of the Regulation and to cover consignments of 3 units "
                "or fewer or with a gross weight under 2 kg; both the article and the thresholds "
                "are to be confirmed against the official text. (suggested translation; no "
                "official Chinese term)"
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 26; definition reportedly in Art. 2 "
                "(to be confirmed)"
            ),
        },
        "zh": {
            "term": "小件包裹（小批量寄递货物）",
            "definition": (
                "可以适用欧盟小件包裹程序的邮政或者快件货物（欧盟第608/2013号条例第26条）。一般认为其"
                "定义载于该条例第2条，标准为不超过3件或者毛重不足2千克；条文出处和具体标准均有待对照"
                "官方文本核实。（建议译法，无官方译名）"
            ),
            "source": "欧盟第608/2013号条例第26条；定义一般认为载于第2条（有待核实）",
        },
    },
    {
        "key": "destruction",
        "related": [
            "standard-destruction-procedure",
            "small-consignments-procedure",
            "storage-custody-and-disposal-costs",
            "confiscation",
        ],
        "en": {
            "term": "Destruction",
            "definition": (
                "Disposing of infringing goods so that they cannot re-enter trade. In the EU, "
                "goods may be destroyed without a court ruling under the standard procedure "
                "(Regulation (EU) No 608/2013, Art. 23) or the small consignments procedure "
                "(Art. 26); goods to be destroyed may not be released for free circulation, "
                "except with the agreement of the holder of the decision for recycling or for "
                "awareness and training use, nor re-exported, placed under a suspensive procedure "
                "or moved into a free zone (Art. 25). The holder of the decision bears the cost "
                "of destruction (Art. 29)."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 23, 25, 26 and 29",
        },
        "zh": {
            "term": "销毁",
            "definition": (
                "对侵权货物进行处理，使其不能再次进入流通的措施。在欧盟，货物可以依照标准销毁程序"
                "（欧盟第608/2013号条例第23条）或者小件包裹程序（第26条），在未经法院裁判的情况下予以"
                "销毁；待销毁货物不得放行进入自由流通，但经决定持有人同意用于回收利用或者宣传、培训的"
                "除外，亦不得复出口、适用中止关税的海关程序或者存入自由区（第25条）。销毁费用由决定"
                "持有人承担（第29条）。"
            ),
            "source": "欧盟第608/2013号条例第23条、第25条、第26条、第29条",
        },
    },
    {
        "key": "storage-custody-and-disposal-costs",
        "related": ["security", "holder-of-the-decision", "destruction"],
        "en": {
            "term": "Storage, custody and disposal costs",
            "definition": (
                "The costs of keeping detained goods and of disposing of them. In China the right "
                "holder bears them, and the security it provides serves to pay them (Regulations "
                "on Customs Protection of IPR, Art. 14). In the EU, the holder of the decision "
                "pays customs' costs from detention onwards, including storage, handling, "
                "transport and destruction (Regulation (EU) No 608/2013, Art. 29)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 14; "
                "Regulation (EU) No 608/2013, Art. 29"
            ),
        },
        "zh": {
            "term": "仓储、保管和处置费用",
            "definition": (
                "货物被扣留后发生的仓储、保管费用以及处置货物的费用。在中国，上述费用由知识产权权利人"
                "承担，权利人提供的担保即用于支付这些费用（《中华人民共和国知识产权海关保护条例》"
                "第十四条）。在欧盟，决定持有人承担海关自扣留之日起产生的费用，包括仓储、搬运、运输和"
                "销毁费用（欧盟第608/2013号条例第29条）。"
            ),
            "source": "《中华人民共和国知识产权海关保护条例》第十四条；欧盟第608/2013号条例第29条",
        },
    },
    {
        "key": "restricted-handling",
        "related": ["application-for-action", "copis", "authentic-goods"],
        "en": {
            "term": "Restricted handling",
            "definition": (
                "An option in the EU application for action: the applicant can mark the product, "
                "identification and risk-analysis information it gives under Art. 6(3)(g)–(i) for "
                "restricted handling, so that the special handling rules of Art. 31(5) apply "
                "(Regulation (EU) No 608/2013, Art. 6(3)(j)). (suggested translation; no official "
                "Chinese term)"
            ),
            "source": "Regulation (EU) No 608/2013, Arts 6(3)(j) and 31(5)",
        },
        "zh": {
            "term": "限制处理",
            "definition": (
                "欧盟海关执法申请中的一个选项：申请人可以将依照第6条第3款（g）至（i）项提供的正品数据、"
                "识别信息和风险分析信息标注为“限制处理”，使其适用第31条第5款的特别处理规则"
                "（欧盟第608/2013号条例第6条第3款（j）项）。（建议译法，无官方译名）"
            ),
            "source": "欧盟第608/2013号条例第6条第3款（j）项、第31条第5款",
        },
    },
    {
        "key": "eori-number",
        "related": ["applicant", "application-for-action", "ipep"],
        "en": {
            "term": "EORI number",
            "definition": (
                "The Economic Operators Registration and Identification number, an EU-wide "
                "identifier for businesses and persons dealing with customs. Box 1 of the "
                "application for action form asks for at least one identifier: an EORI number, a "
                "tax identification number or a national registration number (Implementing "
                "Regulation (EU) No 1352/2013, as amended by Implementing Regulation (EU) "
                "2018/582). National customs guidance states that since 15 September 2020 "
                "applicants and representatives need an EORI number to submit, amend or extend an "
                "application for action."
            ),
            "source": (
                "Implementing Regulation (EU) No 1352/2013, Annex I, box 1, as amended by "
                "Implementing Regulation (EU) 2018/582; national customs guidance (e.g. Cyprus "
                "Customs) on the EORI requirement"
            ),
        },
        "zh": {
            "term": "EORI编号",
            "definition": (
                "即经济经营者注册和识别号码（Economic Operators Registration and Identification），"
                "是欧盟为与海关有业务往来的企业和个人统一编配的识别号。海关执法申请表第1栏要求至少填写"
                "EORI编号、纳税人识别号或者国家注册号中的一项（欧盟第1352/2013号实施条例，经欧盟"
                "第2018/582号实施条例修订）。据成员国海关发布的指引，自2020年9月15日起，申请人及其"
                "代表人提交、修改海关执法申请或者申请延期，均须具备EORI编号。"
            ),
            "source": (
                "欧盟第1352/2013号实施条例附件一第1栏（经欧盟第2018/582号实施条例修订）；"
                "成员国海关关于EORI编号要求的指引（如塞浦路斯海关）"
            ),
        },
    },
    {
        "key": "copis",
        "related": [
            "ipep",
            "application-for-action",
            "competent-customs-department",
            "restricted-handling",
        ],
        "en": {
            "term": "COPIS",
            "definition": (
                "The anti-COunterfeit and anti-Piracy Information System: the central EU customs "
                "database, set up under Art. 31 of Regulation (EU) No 608/2013 and in use since "
                "1 January 2014, that manages applications for action throughout their life and "
                "holds the infringement data. It exchanges data between the competent customs "
                "departments, the Commission and EUIPO, feeds the EU enforcement statistics and "
                "is fully integrated with the IP Enforcement Portal."
            ),
            "source": "Regulation (EU) No 608/2013, Art. 31",
        },
        "zh": {
            "term": "COPIS",
            "definition": (
                "即反假冒和反盗版信息系统（anti-COunterfeit and anti-Piracy Information System），"
                "是依照欧盟第608/2013号条例第31条建立、自2014年1月1日起运行的欧盟海关中央数据库，用于"
                "管理海关执法申请的全过程并存储侵权数据。该系统在各主管海关部门、欧盟委员会和欧盟知识"
                "产权局之间交换数据，为欧盟执法统计提供数据来源，并与知识产权执法门户完全对接。"
            ),
            "source": "欧盟第608/2013号条例第31条",
        },
    },
    {
        "key": "ipep",
        "related": ["application-for-action", "copis", "union-application", "national-application"],
        "en": {
            "term": "IP Enforcement Portal (IPEP)",
            "definition": (
                "EUIPO's free, secure online platform on which right holders file and manage "
                "applications for action (national and Union, including amendments and "
                "extensions) and share product information and alerts with enforcement "
                "authorities; it is fully integrated with COPIS. Since 3 October 2024, "
                "applications for action must be filed electronically through IPEP or a national "
                "customs portal (Implementing Regulation (EU) 2024/2399). No Chinese-language "
                "interface is documented. (suggested translation; no official Chinese term)"
            ),
            "source": "Implementing Regulation (EU) 2024/2399; EUIPO (IP Enforcement Portal)",
        },
        "zh": {
            "term": "知识产权执法门户（IPEP）",
            "definition": (
                "欧盟知识产权局（EUIPO）运营的免费、安全的在线平台，权利人可以通过该平台提交和管理"
                "海关执法申请（包括国家申请、欧盟申请及其修改和延期），并向执法机关共享产品信息、发送"
                "预警；该平台与COPIS系统完全对接。自2024年10月3日起，海关执法申请须通过该平台或者"
                "成员国海关门户以电子方式提交（欧盟第2024/2399号实施条例）。目前未见该平台提供中文界面"
                "的记载。（建议译法，无官方译名）"
            ),
            "source": "欧盟第2024/2399号实施条例；欧盟知识产权局（知识产权执法门户）",
        },
    },
    # ------------------------------------------------------------------
    # Rights and goods
    # ------------------------------------------------------------------
    {
        "key": "trademark-exclusive-right",
        "related": ["intellectual-property-rights", "counterfeit-goods", "union-application"],
        "en": {
            "term": "Trademark exclusive right",
            "definition": (
                "The exclusive right of the owner of a registered trademark to use it for the "
                "goods or services covered. It is one of the three rights Chinese customs protect "
                "(Regulations on Customs Protection of IPR, Art. 2), and trademarks account for "
                "the great majority of goods detained by Chinese customs (GACC report on customs "
                "IPR protection in 2024). In the EU, trade marks can likewise be protected through "
                "an application for action, and an EU trade mark can support a Union application."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 2; GACC annual report on customs IPR "
                "protection in China, 2024 (《2024年中国海关知识产权保护状况》); "
                "Regulation (EU) No 608/2013"
            ),
        },
        "zh": {
            "term": "商标专用权",
            "definition": (
                "商标注册人在核定使用的商品或者服务上专有使用其注册商标的权利。商标专用权是中国海关"
                "保护的三类知识产权之一（《中华人民共和国知识产权海关保护条例》第二条），涉及商标的货物"
                "在海关扣留的侵权嫌疑货物中占绝大多数（海关总署《2024年中国海关知识产权保护状况》）。"
                "在欧盟，商标同样可以通过海关执法申请获得保护，其中欧盟商标还可以作为提出欧盟申请的依据。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二条；海关总署《2024年中国海关知识产权保护"
                "状况》；欧盟第608/2013号条例"
            ),
        },
    },
    {
        "key": "patent-right",
        "related": ["intellectual-property-rights", "security", "consignee", "consignor"],
        "en": {
            "term": "Patent right",
            "definition": (
                "The exclusive right granted to the owner of a patented invention; in China, "
                "patents cover inventions, utility models and designs. Chinese customs protect "
                "patent rights on import and export (Regulations on Customs Protection of IPR, "
                "Art. 2); unlike other rights, the consignee or consignor of goods detained for a "
                "suspected patent infringement can obtain their release by providing security "
                "equal to their value (Arts 19 and 24(3)). EU customs also act for patents, "
                "supplementary protection certificates and utility models."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Arts 2, 19 and 24(3); "
                "Regulation (EU) No 608/2013 (rights covered)"
            ),
        },
        "zh": {
            "term": "专利权",
            "definition": (
                "专利权人对其发明创造依法享有的专有权利；在中国，专利包括发明、实用新型和外观设计。"
                "中国海关在进出口环节保护专利权（《中华人民共和国知识产权海关保护条例》第二条）；与其他"
                "权利不同，涉嫌侵犯专利权的货物被扣留后，收货人或者发货人可以提供与货物等值的担保，"
                "请求海关放行（第十九条、第二十四条第（三）项）。欧盟海关同样可以对专利、补充保护证书"
                "和实用新型采取行动。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二条、第十九条、第二十四条第（三）项；"
                "欧盟第608/2013号条例（海关可采取行动的权利范围）"
            ),
        },
    },
    {
        "key": "copyright-and-related-rights",
        "related": [
            "intellectual-property-rights",
            "customs-protection-of-ipr",
            "counterfeit-goods",
        ],
        "en": {
            "term": "Copyright and related rights",
            "definition": (
                "Copyright protects works such as literature, music, art and software; related "
                "rights protect, for example, performers, producers of sound and video recordings "
                "and broadcasters. Both are among the rights Chinese customs protect on import "
                "and export (Regulations on Customs Protection of IPR, Art. 2), and EU customs "
                "also act for them under Regulation (EU) No 608/2013."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 2; "
                "Regulation (EU) No 608/2013 (rights covered)"
            ),
        },
        "zh": {
            "term": "著作权和与著作权有关的权利",
            "definition": (
                "著作权是作者等权利人对文学、艺术和科学作品（包括计算机软件）依法享有的权利；与著作权"
                "有关的权利主要保护表演者、录音录像制作者和广播组织等。二者均属中国海关在进出口环节保护"
                "的知识产权（《中华人民共和国知识产权海关保护条例》第二条），欧盟海关依照欧盟第608/2013号"
                "条例同样可以对著作权及相关权采取行动。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二条；"
                "欧盟第608/2013号条例（海关可采取行动的权利范围）"
            ),
        },
    },
    {
        "key": "authentic-goods",
        "related": [
            "counterfeit-goods",
            "application-for-action",
            "restricted-handling",
            "recordation",
        ],
        "en": {
            "term": "Authentic (genuine) goods",
            "definition": (
                "Goods made or put on the market by the right holder or with its consent. In an "
                "EU application for action, you give specific and technical data on the authentic "
                "goods, such as markings, barcodes and images, so that customs can spot fakes "
                "(Regulation (EU) No 608/2013, Art. 6(3)(g)); the Chinese recordation application "
                "similarly describes the goods lawfully made under the right (Regulations on "
                "Customs Protection of IPR, Art. 7). (suggested translation; no official Chinese "
                "term)"
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 6(3)(g); "
                "Regulations on Customs Protection of IPR, Art. 7"
            ),
        },
        "zh": {
            "term": "正品",
            "definition": (
                "由权利人生产、投放市场或者经其同意生产、投放市场的真品。在欧盟海关执法申请中，申请人"
                "应当提供正品的具体技术数据，如标识、条形码和图片等，以便海关识别假冒商品"
                "（欧盟第608/2013号条例第6条第3款（g）项）；中国的备案申请同样需要说明合法使用知识产权的"
                "货物的有关情况（《中华人民共和国知识产权海关保护条例》第七条）。（建议译法，无官方译名）"
            ),
            "source": (
                "欧盟第608/2013号条例第6条第3款（g）项；《中华人民共和国知识产权海关保护条例》第七条"
            ),
        },
    },
    {
        "key": "counterfeit-goods",
        "related": [
            "authentic-goods",
            "goods-suspected-of-infringement",
            "small-consignments-procedure",
            "trademark-exclusive-right",
        ],
        "en": {
            "term": "Counterfeit goods",
            "definition": (
                "Goods that bear, without the right holder's consent, a trade mark identical to a "
                "registered mark or one that cannot be told apart from it. The notion matters in "
                "the EU because the small consignments procedure is available only for goods "
                "suspected of being counterfeit or pirated (Regulation (EU) No 608/2013, "
                "Art. 26(1)); pirated goods are unauthorised copies that infringe copyright or a "
                "design."
            ),
            "source": "Regulation (EU) No 608/2013, Arts 2 and 26(1)",
        },
        "zh": {
            "term": "假冒商品（假冒货物）",
            "definition": (
                "未经权利人许可，使用与其注册商标相同或者在实质上无法区分的商标的货物。在欧盟，这一概念"
                "具有程序意义：小件包裹程序仅适用于涉嫌假冒或者盗版的货物（欧盟第608/2013号条例第26条"
                "第1款）；盗版货物是指未经许可复制、侵犯著作权或者外观设计的货物。"
            ),
            "source": "欧盟第608/2013号条例第2条、第26条第1款",
        },
    },
    # ------------------------------------------------------------------
    # Practical and cooperation terms
    # ------------------------------------------------------------------
    {
        "key": "working-day",
        "related": ["application-for-action", "ex-officio-protection", "release"],
        "en": {
            "term": "Working day",
            "definition": (
                "A day other than a weekend day or a public holiday. Most customs IPR deadlines in "
                "both systems are set in working days: for example, EU customs decide on an "
                "application for action within 30 working days (Regulation (EU) No 608/2013, "
                "Art. 9(1)), and in China the right holder has 3 working days to answer an ex "
                "officio notice (Regulations on Customs Protection of IPR, Art. 16). Always check "
                "whether a period runs in working days or calendar days."
            ),
            "source": (
                "Regulation (EU) No 608/2013, Art. 9(1); "
                "Regulations on Customs Protection of IPR, Art. 16"
            ),
        },
        "zh": {
            "term": "工作日",
            "definition": (
                "公休日和法定节假日以外的日期。欧盟和中国的知识产权海关保护期限大多以工作日计算，例如"
                "欧盟海关应当在30个工作日内对海关执法申请作出决定（欧盟第608/2013号条例第9条第1款），"
                "中国依职权保护中权利人应当在3个工作日内答复海关通知（《中华人民共和国知识产权海关保护"
                "条例》第十六条）。计算期限时，应当注意区分工作日与自然日。"
            ),
            "source": (
                "欧盟第608/2013号条例第9条第1款；《中华人民共和国知识产权海关保护条例》第十六条"
            ),
        },
    },
    {
        "key": "import-and-export",
        "related": [
            "customs-protection-of-ipr",
            "consignee",
            "consignor",
            "cross-border-e-commerce",
        ],
        "en": {
            "term": "Import; export",
            "definition": (
                "Import means bringing goods into a customs territory; export means sending them "
                "out of it. Chinese customs protection expressly covers both imports and exports "
                "(Regulations on Customs Protection of IPR, Art. 2), and in practice the great "
                "majority of goods detained by Chinese customs are exports (GACC report on "
                "customs IPR protection in 2024)."
            ),
            "source": (
                "Regulations on Customs Protection of IPR, Art. 2; "
                "GACC annual report on customs IPR protection in China, 2024 "
                "(《2024年中国海关知识产权保护状况》)"
            ),
        },
        "zh": {
            "term": "进口；出口（进出口）",
            "definition": (
                "进口是指货物运入关境，出口是指货物运出关境。中国知识产权海关保护明确适用于进口和出口"
                "两个环节（《中华人民共和国知识产权海关保护条例》第二条），实践中海关扣留的货物绝大多数"
                "为出口货物（海关总署《2024年中国海关知识产权保护状况》）。"
            ),
            "source": (
                "《中华人民共和国知识产权海关保护条例》第二条；"
                "海关总署《2024年中国海关知识产权保护状况》"
            ),
        },
    },
    {
        "key": "cross-border-e-commerce",
        "related": ["small-consignment", "small-consignments-procedure", "import-and-export"],
        "en": {
            "term": "Cross-border e-commerce",
            "definition": (
                "Online sales in which seller and buyer are in different customs territories, "
                "with the goods usually sent by post or express courier. The channel matters for "
                "customs IPR enforcement: GACC reports detentions in cross-border e-commerce as "
                "a separate category in its annual report, and the EU small consignments "
                "procedure is designed for postal and courier parcels (Regulation (EU) No "
                "608/2013, Art. 26)."
            ),
            "source": (
                "GACC annual report on customs IPR protection in China, 2024 "
                "(《2024年中国海关知识产权保护状况》); Regulation (EU) No 608/2013, Art. 26"
            ),
        },
        "zh": {
            "term": "跨境电子商务（跨境电商）",
            "definition": (
                "买卖双方分处不同关境、货物通常通过邮政或者快件渠道运送的网络交易。该渠道是知识产权"
                "海关执法的重点领域：海关总署在年度知识产权保护状况报告中单列跨境电商渠道的扣留数据，"
                "欧盟的小件包裹程序则专门针对邮政和快件寄递的货物（欧盟第608/2013号条例第26条）。"
            ),
            "source": ("海关总署《2024年中国海关知识产权保护状况》；欧盟第608/2013号条例第26条"),
        },
    },
    {
        "key": "sme",
        "related": ["eu-china-action-plan", "right-holder"],
        "en": {
            "term": "SME (small and medium-sized enterprise)",
            "definition": (
                "A small or medium-sized business. The EU–China Action Plan 2018–2020 asks that "
                "the results of joint customs–industry meetings be passed on to stakeholders, "
                "SMEs in particular (Key Action 4). The EU-funded China IP SME Helpdesk gives "
                "SMEs free first-line advice on IPR, including guidance on customs recordation in "
                "China."
            ),
            "source": "Council note 13363/17, Action Plan 2018–2020, Key Action 4",
        },
        "zh": {
            "term": "中小企业",
            "definition": (
                "中小型企业。2018—2020年中欧海关知识产权合作行动计划关键行动4要求，将海关与业界"
                "联席会议的成果传达给各利益相关方，尤其是中小企业。欧盟资助的中国知识产权中小企业咨询"
                "服务机构（China IP SME Helpdesk）为中小企业免费提供知识产权初步咨询，包括在中国办理"
                "海关备案的指引。"
            ),
            "source": "欧盟理事会第13363/17号文件，2018—2020年行动计划关键行动4",
        },
    },
    {
        "key": "eu-china-action-plan",
        "related": ["gacc", "sme", "customs-protection-of-ipr"],
        "en": {
            "term": "EU–China customs cooperation on IPR (Action Plan)",
            "definition": (
                "Cooperation between the European Commission and the GACC on customs enforcement "
                "of IPR, organised through successive Action Plans since the first was signed in "
                "Brussels on 30 January 2009; the 2018–2020 plan ran until 31 December 2020. That "
                "plan's key actions cover joint analysis of seizure statistics, targeting high-risk "
                "consignments in key ports, cooperation with other enforcement authorities, "
                "partnerships with the business communities (Key Action 4, which this portal "
                "serves) and exchanges of experience. The text of any later plan is to be "
                "confirmed against the official text. (suggested translation; no official "
                "Chinese term)"
            ),
            "source": (
                "Council note 13363/17 (Action Plan 2018–2020 and final report on the Action Plan "
                "2014–2017)"
            ),
        },
        "zh": {
            "term": "中欧海关知识产权合作（行动计划）",
            "definition": (
                "欧盟委员会与中华人民共和国海关总署在知识产权海关执法领域开展的合作，以历次行动计划为"
                "框架：首个行动计划于2009年1月30日在布鲁塞尔签署，2018—2020年行动计划执行至2020年"
                "12月31日。该计划的关键行动包括联合分析查扣统计数据、在重点港口针对高风险货物开展布控、"
                "加强与其他执法部门的合作、与工商界建立伙伴关系（关键行动4，即本门户服务的内容）"
                "以及交流执法经验。此后行动计划的文本有待对照官方文本核实。（建议译法，无官方译名）"
            ),
            "source": (
                "欧盟理事会第13363/17号文件（2018—2020年行动计划及2014—2017年行动计划最终报告）"
            ),
        },
    },
]
