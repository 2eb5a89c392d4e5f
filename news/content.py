"""News content: bilingual (English / Simplified Chinese) news items for the EU–China IPR Customs Portal.

Every item reports a real, dated fact from the project's reference material:
shared/reference/domain-facts.md and Council note 13363/17 of 18 October 2017
(shared/reference/000_80e6f47e760d1789.txt). The "date" of an item is the date of the event it
reports. Where the reference gives only a year, the first day of that year is used and the text
says "in <year>".

The Chinese version of every item has exactly the same block structure as the English version:
same block types in the same order, and inside every HTML string the same number of <p> and <li>
elements and the same hrefs. Items that the reference marks as uncertain (or "?") are either left
out or shown as "to be confirmed against the official text" / “有待对照官方文本核实” or as not
available. Nothing here is legal advice.

Deliberately left out: the 24-hour / 7-working-day details of the paper fallback under
Implementing Regulation (EU) 2024/2399 (no article reference in the sources), the EU border-only
figures for 2024 (not in the sources), and the unverified ex officio security tiers in China.
"""

IPEP_URL = "https://euipo.europa.eu/ipep/"
GACC_EN_URL = "https://english.customs.gov.cn/"
GACC_ZH_URL = "https://www.customs.gov.cn/"

NEWS = [
    # ------------------------------------------------------------------
    # 1. EU: electronic filing of applications for action mandatory (3 Oct 2024)
    # ------------------------------------------------------------------
    {
        "slug": "eu-electronic-filing-mandatory",
        "kind": "legislation_change",
        "date": "2024-10-03",
        "tags": ["application for action", "IPEP", "e-filing"],
        "related_guidance": ["eu-application-for-action", "eu-validity-and-extension"],
        "related_events": [],
        "en": {
            "title": "EU applications for action must now be filed electronically",
            "summary": (
                "From 3 October 2024, Implementing Regulation (EU) 2024/2399 requires applications "
                "for action, and their amendments and extensions, to be filed and managed "
                "electronically."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>Commission Implementing Regulation (EU) 2024/2399 of 12 September 2024 "
                    "requires that, from 3 October 2024, applications for action, amendments and "
                    "extension requests are filed and managed electronically, either in the EU IP "
                    "Enforcement Portal (IPEP) run by EUIPO or in a national customs trader portal.</p>"
                    "<p>What changes for you:</p>"
                    "<ul>"
                    "<li>Most Member States use IPEP, which has been the single e-filing point for "
                    "applications since 13 December 2021 (TAXUD; EU IP Helpdesk news of "
                    "21 February 2022). Germany and Spain keep their own national portals, and "
                    "applications held in Italy's Falstaff system have been moved into IPEP.</li>"
                    "<li>You amend or extend an application through the same portal you used to "
                    "file it.</li>"
                    "<li>Paper is allowed only as an exception, when the electronic systems are "
                    "down.</li>"
                    "<li>Filing and extending an application remain free of charge (Regulation (EU) "
                    "No 608/2013, Art. 12(6)).</li>"
                    "</ul>"
                    "<p>The new act amends Implementing Regulation (EU) No 1352/2013, which sets the "
                    "standard forms; it does not replace it. Whether it also changed the fields of "
                    "the form is to be confirmed against the official text.</p>"
                    "<p>A granted application is valid for at most one year (Regulation (EU) "
                    "No 608/2013, Art. 11(1)), so most holders of a decision will meet the new rules "
                    "when they next ask for an extension. Customs may refuse an extension request "
                    "received less than 30 working days before expiry (Art. 12), so plan ahead.</p>"
                    "<p><em>Sources: cwbip.com news (2024); Keltie article on mondaq.com "
                    "(31 October 2024); European Commission (TAXUD), “Defend your rights”.</em></p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "No Chinese interface",
                        "text": (
                            "<p>According to EUIPO, data entered through IPEP's drop-down menus can be "
                            "viewed in any of 23 EU languages, but no Chinese interface is documented. "
                            "Chinese-speaking teams may prefer a representative who knows the portal. "
                            "This site helps you prepare; it does not accept applications.</p>"
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "EU IP Enforcement Portal (IPEP)",
                        "url": IPEP_URL,
                        "description": (
                            "EUIPO's portal for filing and managing applications for action, their "
                            "amendments and extensions."
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "欧盟海关执法申请改为强制电子提交",
            "summary": (
                "根据欧盟委员会第2024/2399号实施条例，自2024年10月3日起，欧盟海关执法申请及其修改、"
                "延期一律以电子方式提交和管理。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>欧盟委员会2024年9月12日通过的第2024/2399号实施条例规定，自2024年10月3日起，海关执法"
                    "申请（即“请求海关采取行动的申请”）以及申请的修改、延期，一律以电子方式提交和管理，渠道为"
                    "欧盟知识产权局（EUIPO）运营的欧盟知识产权执法门户（IPEP）或成员国海关贸易商门户。</p>"
                    "<p>这一变化对权利人的影响：</p>"
                    "<ul>"
                    "<li>大多数成员国使用IPEP。自2021年12月13日起，IPEP已是提交申请的统一电子窗口"
                    "（据TAXUD以及欧盟知识产权咨询服务机构2022年2月21日的消息）。德国和西班牙保留本国门户，"
                    "意大利Falstaff系统中的申请已迁移至IPEP。</li>"
                    "<li>申请的修改和延期，须通过首次提交时使用的门户办理。</li>"
                    "<li>只有在电子系统无法运行时，才可以例外地使用纸质申请。</li>"
                    "<li>提交申请和申请延期仍然免费（欧盟第608/2013号条例第12条第6款）。</li>"
                    "</ul>"
                    "<p>该实施条例修订的是规定标准表格的欧盟委员会第1352/2013号实施条例，并未将其取代。"
                    "申请表的栏目是否随之调整，有待对照官方文本核实。</p>"
                    "<p>获批申请的有效期最长为1年（欧盟第608/2013号条例第11条第1款），因此多数决定持有人"
                    "会在下一次申请延期时首次适用新规则。延期申请在申请到期前不足30个工作日才提交的，"
                    "海关可以拒绝（欧盟第608/2013号条例第12条），请提前办理。</p>"
                    "<p><em>资料来源：cwbip.com网站消息（2024年）；Keltie律师事务所发表于mondaq.com的文章"
                    "（2024年10月31日）；欧盟委员会税收与关税同盟总司（TAXUD）“维护您的权利”网页。</em></p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "IPEP没有中文界面",
                        "text": (
                            "<p>据欧盟知识产权局介绍，通过下拉菜单录入IPEP的数据可以用23种欧盟语言查看，"
                            "但未见该门户提供中文界面。以中文为工作语言的团队，可以考虑委托熟悉该门户的代理人"
                            "办理。本网站只协助准备申请，不受理申请。</p>"
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "欧盟知识产权执法门户（IPEP）",
                        "url": IPEP_URL,
                        "description": "欧盟知识产权局运营的门户，用于提交和管理海关执法申请及其修改、延期。",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 2. China: customs IPR protection figures for 2024 (reported 25 Apr 2025)
    # ------------------------------------------------------------------
    {
        "slug": "china-customs-ipr-figures-2024",
        "kind": "statistics_release",
        "date": "2025-04-25",
        "tags": ["statistics", "GACC", "exports"],
        "related_guidance": ["china-customs-ipr-protection-overview"],
        "related_events": [],
        "en": {
            "title": "Chinese customs publish IPR enforcement figures for 2024",
            "summary": (
                "The GACC's report on customs IPR protection in 2024, covered in the press on "
                "25 April 2025, counts 53,200 protection measures and 41,600 detained batches."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>The General Administration of Customs of China (GACC) has released its annual "
                    "report on customs protection of intellectual property, 《2024年中国海关知识产权保护状况》 "
                    "(China Customs IPR Protection in 2024). According to the report, as carried by "
                    "Legal Daily and gmw.cn on 25 April 2025, Chinese customs took 53,200 IPR "
                    "protection measures in 2024 and detained 41,600 batches, or 81.61 million items, "
                    "of suspected infringing goods at import and export.</p>"
                    "<p>Other headline figures:</p>"
                    "<ul>"
                    "<li>Trade marks were involved in 99.5% of the detained batches (2024 report).</li>"
                    "<li>99.17% of the detained batches were stopped at export (2024 report).</li>"
                    "<li>25,300 batches were detained in the cross-border e-commerce channel "
                    "(2024 report).</li>"
                    "</ul>"
                    "<p>For comparison, the 2023 report counted 67,000 measures and 62,100 batches "
                    "(82.89 million items), with trade marks at 99.12% of batches. Measures and "
                    "batches were therefore lower in 2024, while the number of items stayed at a "
                    "similar level. Earlier, China News Service (28 October 2024) reported "
                    "22,000 batches (48.12 million items) detained and 15,100 recordations approved in "
                    "the first three quarters of 2024.</p>"
                    "<p>What this means for you: in China, detentions happen almost entirely at export "
                    "and almost always concern trade marks. If you manufacture or source in China, "
                    "recording your Chinese trade marks with the GACC lets customs act on their own "
                    "initiative when they find suspect goods (Regulations of the PRC on Customs "
                    "Protection of IPR, Art. 16). Recordation has been free since 1 November 2015 "
                    "(GACC Announcement [2015] No. 51).</p>"
                    "<p><em>Sources: 《2024年中国海关知识产权保护状况》 (Legal Daily, gmw.cn, "
                    "25 April 2025); 《2023年中国海关知识产权保护状况》; China News Service, "
                    "28 October 2024.</em></p>",
                ),
            ],
        },
        "zh": {
            "title": "中国海关公布2024年知识产权保护数据",
            "summary": (
                "据2025年4月25日媒体报道的《2024年中国海关知识产权保护状况》，2024年全国海关共采取"
                "知识产权保护措施5.32万次，查扣侵权嫌疑货物4.16万批。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>海关总署发布了年度报告《2024年中国海关知识产权保护状况》。据《法治日报》和光明网"
                    "2025年4月25日的报道，2024年全国海关共采取知识产权保护措施5.32万次，查扣进出口侵权嫌疑"
                    "货物4.16万批、8161万件。</p>"
                    "<p>报告公布的其他主要数据：</p>"
                    "<ul>"
                    "<li>涉及商标专用权的占查扣批次的99.5%（2024年报告）；</li>"
                    "<li>出口环节查扣的占查扣批次的99.17%（2024年报告）；</li>"
                    "<li>跨境电商渠道查扣2.53万批（2024年报告）。</li>"
                    "</ul>"
                    "<p>作为对比，《2023年中国海关知识产权保护状况》显示，2023年海关共采取保护措施6.7万次，"
                    "查扣6.21万批、8289万件，涉及商标专用权的占查扣批次的99.12%。可见2024年保护措施次数和"
                    "查扣批次均有所减少，查扣件数则与上年大体持平。此前，中新网2024年10月28日报道，2024年"
                    "前三季度全国海关查扣侵权嫌疑货物2.2万批、4812万件，核准知识产权海关保护备案1.51万件。</p>"
                    "<p>对企业的启示：在中国，海关查扣几乎全部发生在出口环节，涉及的几乎都是商标。在中国"
                    "生产或采购的企业，将其在中国注册的商标向海关总署办理知识产权海关保护备案后，海关发现"
                    "侵权嫌疑货物即可依职权采取措施（《中华人民共和国知识产权海关保护条例》第十六条）。"
                    "自2015年11月1日起，办理备案不再收费（海关总署公告2015年第51号）。</p>"
                    "<p><em>资料来源：《2024年中国海关知识产权保护状况》（《法治日报》、光明网，2025年4月25日）；"
                    "《2023年中国海关知识产权保护状况》；中新网，2024年10月28日。</em></p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 3. EU: enforcement figures for 2024 (ECTA news, 2025)
    # ------------------------------------------------------------------
    {
        "slug": "eu-ipr-enforcement-figures-2024",
        "kind": "statistics_release",
        "date": "2025-01-01",
        "tags": ["statistics", "EU customs", "market surveillance"],
        "related_guidance": ["eu-customs-enforcement-overview"],
        "related_events": [],
        "en": {
            "title": "EU enforcement figures for 2024: record value of goods detained",
            "summary": (
                "In 2025, ECTA reported that EU customs and internal-market authorities detained "
                "about 112 million items in 2024, worth a record of over EUR 3.8 billion."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>In 2025 the European Communities Trade Mark Association (ECTA) reported on "
                    "the latest EU figures on IPR enforcement. Since 2020, DG TAXUD and EUIPO have "
                    "published a joint annual report that covers both detentions by customs at the "
                    "EU's external border and detentions inside the single market by police and "
                    "market-surveillance authorities.</p>"
                    "<p>The headline figures for 2024:</p>"
                    "<ul>"
                    "<li>About 112 million items were detained, border and internal market combined "
                    "(ECTA news, 2025; ipjoin.eu).</li>"
                    "<li>Their value was over EUR 3.8 billion, the highest on record (ECTA news, "
                    "2025; ipjoin.eu).</li>"
                    "<li>By number of articles, China came first, followed by Türkiye and the United "
                    "Arab Emirates (ECTA news, 2025).</li>"
                    "</ul>"
                    "<p>For comparison, about 152 million items worth about EUR 3.4 billion were "
                    "detained in 2023 (karg-und-petersen.de, November 2024; ipjoin.eu). Fewer items "
                    "were therefore detained in 2024, but their total value rose. ECTA also points to "
                    "the IPEP Data Hub, which presents the enforcement figures interactively.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Border-only figures not available",
                        "text": (
                            "<p>The sources used for this portal do not give the 2024 figures for the "
                            "external border alone: the number of cases, the number of articles and "
                            "their value are not available here. Check the full report before you "
                            "quote them.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<p>What this means for you: goods from China still top the list, and fakes of "
                    "European brands made there may be shipped to the EU. An application for action "
                    "gives EU customs the data on your genuine goods that they need to spot copies "
                    "(Regulation (EU) No 608/2013, Art. 6(3)).</p>",
                ),
            ],
        },
        "zh": {
            "title": "欧盟2024年知识产权执法数据：查扣货物价值创新高",
            "summary": (
                "欧洲共同体商标协会（ECTA）2025年报道，2024年欧盟海关和内部市场执法部门共查扣约1.12亿件"
                "货物，价值超过38亿欧元，创历史新高。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>2025年，欧洲共同体商标协会（ECTA）发布消息，介绍欧盟最新的知识产权执法数据。自2020年起，"
                    "欧盟委员会税收与关税同盟总司（TAXUD）与欧盟知识产权局（EUIPO）联合发布年度报告，既涵盖海关"
                    "在欧盟外部边境的扣留，也涵盖警方和市场监管部门在欧盟内部市场的查扣。</p>"
                    "<p>2024年的主要数据：</p>"
                    "<ul>"
                    "<li>边境和内部市场合计查扣约1.12亿件货物（ECTA，2025年；ipjoin.eu网站）；</li>"
                    "<li>查扣货物价值超过38亿欧元，为有记录以来最高（ECTA，2025年；ipjoin.eu网站）；</li>"
                    "<li>按查扣件数计，中国居首位，其次是土耳其和阿联酋（ECTA，2025年）。</li>"
                    "</ul>"
                    "<p>作为对比，2023年欧盟共查扣约1.52亿件货物，价值约34亿欧元（karg-und-petersen.de网站，"
                    "2024年11月；ipjoin.eu网站）。也就是说，2024年查扣件数有所减少，但货物总价值有所上升。"
                    "ECTA还提到了IPEP数据中心（IPEP Data Hub），该平台以交互方式展示执法数据。</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "2024年边境数据暂缺",
                        "text": (
                            "<p>本门户所依据的资料没有给出2024年仅限外部边境的数据，即海关扣留的案件数、"
                            "货物件数和价值，本文暂不提供。引用这些数据之前，请查阅完整报告。</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<p>对企业的启示：来自中国的货物仍居首位，在中国生产的欧洲品牌仿冒品可能被运往欧盟。"
                    "提交海关执法申请（即“请求海关采取行动的申请”），可以向欧盟海关提供识别仿冒品所需的"
                    "正品信息（欧盟第608/2013号条例第6条第3款）。</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 4. Action Plan 2018–2020 and Key Action 4 (Council note 13363/17, 18 Oct 2017)
    # ------------------------------------------------------------------
    {
        "slug": "eu-china-action-plan-2018-2020",
        "kind": "announcement",
        "date": "2017-10-18",
        "tags": ["action plan", "Key Action 4", "EU-China cooperation"],
        "related_guidance": ["eu-china-cooperation-action-plan"],
        "related_events": [],
        "en": {
            "title": "EU–China customs Action Plan on IPR for 2018–2020 goes to the Council",
            "summary": (
                "Council note 13363/17 of 18 October 2017 sets out the 2018–2020 Action Plan on "
                "EU–China customs cooperation on IPR, whose Key Action 4 builds partnerships with "
                "business."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>On 18 October 2017 the General Secretariat of the Council circulated note "
                    "13363/17 to the Working Party on Customs Union, for its meeting of "
                    "24 October 2017. It carries two Commission documents: the "
                    "Action Plan concerning EU–China Customs Cooperation on IPR (2018–2020) and "
                    "the final report on the 2014–2017 plan.</p>"
                    "<p>The new plan between the European Commission and the GACC implements the "
                    "EU–China Strategic Framework for Customs Cooperation signed on 2 June 2017 and "
                    "is endorsed until 31 December 2020 (Council note 13363/17). It continues the "
                    "cooperation that began with the first plan, signed in Brussels on "
                    "30 January 2009. The plan creates no rights or obligations under international "
                    "law.</p>"
                    "<p>It sets five key actions:</p>"
                    "<ul>"
                    "<li>joint analysis of seizure statistics, exchanged at least every six months "
                    "(Key Action 1);</li>"
                    "<li>targeting high-risk consignments in key ports, with joint port-to-port "
                    "operations (Key Action 2);</li>"
                    "<li>cooperation with police, the judiciary and other enforcement authorities "
                    "(Key Action 3);</li>"
                    "<li>joint development of partnerships with business in the EU and China "
                    "(Key Action 4);</li>"
                    "<li>exchange of knowledge and experience through working visits (Key Action 5).</li>"
                    "</ul>"
                    "<p>Key Action 4 concerns companies most directly. Customs are to give right "
                    "holders all relevant information on legislation and initiatives, and right "
                    "holders are to give customs the information they need to enforce IPR. A joint "
                    "customs–industry meeting may be held alongside the Working Group meeting, "
                    "preferably once a year, with results passed on to stakeholders and SMEs in "
                    "particular (Key Action 4). Both sides will encourage right holders to apply for "
                    "customs detention. Success is measured by communication activities carried out "
                    "and by the improvement and increase of right holders' applications.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Signature details to be confirmed",
                        "text": (
                            "<p>The copy of the plan in the Council note leaves the place and date of "
                            "signature blank. These details are to be confirmed against the official "
                            "text.</p>"
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "2018—2020年中欧海关知识产权合作行动计划提交欧盟理事会",
            "summary": (
                "欧盟理事会2017年10月18日第13363/17号文件载明《中欧海关知识产权合作行动计划（2018—2020年）》，"
                "其中关键行动4致力于与工商界建立伙伴关系。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>2017年10月18日，欧盟理事会总秘书处向海关联盟工作组分发第13363/17号文件，供该工作组"
                    "2017年10月24日的会议使用。文件附有欧盟委员会转交的两份文件：《中欧海关知识产权合作行动计划"
                    "（2018—2020年）》和《中欧知识产权海关执法行动计划（2014—2017年）最终报告》。</p>"
                    "<p>新的行动计划由欧盟委员会与海关总署共同制定，旨在落实2017年6月2日签署的中欧海关合作"
                    "战略框架，执行至2020年12月31日（欧盟理事会第13363/17号文件）。它延续了自2009年1月30日在"
                    "布鲁塞尔签署首个行动计划以来的合作。行动计划不创设任何国际法上的权利或义务。</p>"
                    "<p>计划设定了五项关键行动：</p>"
                    "<ul>"
                    "<li>联合分析查扣统计数据，双方至少每半年交换一次数据（关键行动1）；</li>"
                    "<li>在重点口岸针对高风险货物开展布控，并开展口岸对口岸的联合行动（关键行动2）；</li>"
                    "<li>与警方、司法机关等其他执法部门开展合作（关键行动3）；</li>"
                    "<li>与中欧工商界共同发展伙伴关系（关键行动4）；</li>"
                    "<li>通过工作访问等方式交流知识和经验（关键行动5）。</li>"
                    "</ul>"
                    "<p>关键行动4与企业的关系最为直接。海关应当向权利人提供有关法律和相关举措的全部信息，"
                    "权利人则应当向海关提供知识产权执法所需的信息。行动计划建议在工作组会议期间同时举办海关"
                    "与业界联席会议，最好每年一次，并将会议成果传达给各利益相关方，尤其是中小企业（关键行动4）。"
                    "双方还将鼓励权利人申请海关扣留。该项行动的评估标准是开展的宣传交流活动，以及权利人申请"
                    "情况的改善和申请数量的增加。</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "签署信息有待核实",
                        "text": (
                            "<p>该文件所附计划文本中的签署地点和日期均为空白，有待对照官方文本核实。</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 5. Joint customs–industry workshop, 8 May 2014
    # ------------------------------------------------------------------
    {
        "slug": "customs-industry-workshop-may-2014",
        "kind": "outreach_report",
        "date": "2014-05-08",
        "tags": ["workshop", "Key Action 4", "industry"],
        "related_guidance": ["product-identification-guide", "eu-china-cooperation-action-plan"],
        "related_events": ["customs-industry-workshop-2014"],
        "en": {
            "title": "Customs and industry discuss IPR border enforcement at joint workshop",
            "summary": (
                "On 8 May 2014 customs met delegates from QBPC, the EU Chamber of Commerce in China "
                "and the EU SME IPR Helpdesk to discuss IPR legislation and customs practice."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>A joint customs–industry workshop on IPR legislation and practices took place "
                    "on 8 May 2014 under Key Action 4 of the EU–China Action Plan on IPR customs "
                    "enforcement for 2014–2017. Private-sector delegates came from the Quality Brands "
                    "Protection Committee (QBPC), the European Union Chamber of Commerce in China "
                    "(EUCCC) and the EU SME IPR Helpdesk. The plan's final report (Council note "
                    "13363/17) records the workshop but does not say where it was held.</p>"
                    "<p>According to the report, the discussion covered:</p>"
                    "<ul>"
                    "<li>the scope of IP rights protected by customs in the EU, application "
                    "procedures and the conditions for applying to customs;</li>"
                    "<li>the conditions for customs to take ex officio action;</li>"
                    "<li>warehousing costs, disposal of infringing goods and simplified "
                    "procedures;</li>"
                    "<li>disclosure of information to right holders, and samples and photographs "
                    "collected by them;</li>"
                    "<li>the obligations and liability of right holders, and the deposit of "
                    "security;</li>"
                    "<li>cooperation between customs and third parties such as courts, other "
                    "administrations and right holders.</li>"
                    "</ul>"
                    "<p>A second workshop followed in June 2015, where industry representatives and "
                    "customs experts discussed a future web service for right holders on the TAXUD "
                    "and GACC websites. In its assessment the final report found private-sector "
                    "involvement in the plan relatively low. It recommended reviving an "
                    "industry–customs forum alongside Working Group meetings and making sure the web "
                    "service is known to and used by business.</p>"
                    "<p>What this means for you: several of the 2014 topics, such as samples, "
                    "photographs and the disclosure of information, concern the flow of information "
                    "between customs and right holders. Our product identification guide explains "
                    "which details about your genuine goods help customs most.</p>",
                ),
            ],
        },
        "zh": {
            "title": "海关与业界联合研讨会探讨知识产权边境执法",
            "summary": (
                "2014年5月8日，海关与中国外商投资企业协会优质品牌保护委员会、中国欧盟商会和欧盟中小企业"
                "知识产权咨询服务机构的代表共同研讨知识产权法律与海关实务。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>2014年5月8日，海关与业界知识产权法律与实务联合研讨会举行。这是《中欧知识产权海关执法"
                    "行动计划（2014—2017年）》关键行动4下的一项活动。出席的私营部门代表来自中国外商投资企业协会"
                    "优质品牌保护委员会（QBPC）、中国欧盟商会（EUCCC）和欧盟中小企业知识产权咨询服务机构"
                    "（EU SME IPR Helpdesk）。该行动计划的最终报告（欧盟理事会第13363/17号文件）记载了这次"
                    "研讨会，但没有说明举办地点。</p>"
                    "<p>据报告，研讨会讨论了以下问题：</p>"
                    "<ul>"
                    "<li>欧盟海关保护的知识产权范围、申请程序以及向海关提出申请的条件；</li>"
                    "<li>海关依职权采取措施的条件；</li>"
                    "<li>仓储费用、侵权货物的处置以及简易程序；</li>"
                    "<li>向权利人披露信息，以及权利人提取样品和拍摄照片；</li>"
                    "<li>权利人的义务和责任，以及提供担保；</li>"
                    "<li>海关与法院、其他行政部门、权利人等第三方的合作。</li>"
                    "</ul>"
                    "<p>2015年6月举行了第二次研讨会，业界代表与海关专家讨论了今后在TAXUD和海关总署网站上"
                    "开设面向权利人的网上服务专栏。最终报告在评估中认为，私营部门对行动计划的参与程度相对较低，"
                    "建议恢复在工作组会议期间举办业界与海关论坛，并确保企业了解和使用该网上服务。</p>"
                    "<p>对企业的启示：2014年讨论的不少问题，例如样品、照片和信息披露，都涉及海关与权利人"
                    "之间的信息交流。本门户的产品识别指南介绍了哪些正品信息对海关最有帮助。</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 6. China: recordation fee suspended from 1 Nov 2015
    # ------------------------------------------------------------------
    {
        "slug": "china-recordation-fee-suspended",
        "kind": "procedure_update",
        "date": "2015-11-01",
        "tags": ["recordation", "fees", "GACC"],
        "related_guidance": ["china-customs-recordation", "costs-liability-and-undertakings"],
        "related_events": [],
        "en": {
            "title": "China suspends the fee for customs IPR recordation",
            "summary": (
                "From 1 November 2015 the GACC no longer charges a fee for recording intellectual "
                "property rights for customs protection (GACC Announcement [2015] No. 51)."
            ),
            "body": [
                (
                    "rich_text",
                    "<p>From 1 November 2015, recording a trade mark, copyright or patent with the "
                    "General Administration of Customs of China (GACC) for customs protection no "
                    "longer costs a fee. GACC Announcement [2015] No. 51 suspended the recordation "
                    "fee, implementing a notice of the Ministry of Finance and the National "
                    "Development and Reform Commission (财税〔2015〕102号).</p>"
                    "<p>Until then, a fee was charged under Article 32 of the Regulations of the PRC "
                    "on Customs Protection of IPR, at RMB 800 per recordation (intelightip.com).</p>"
                    "<p>The China IP SME Helpdesk confirmed in October 2020 that recordation is free. "
                    "The other rules have not changed:</p>"
                    "<ul>"
                    "<li>A recordation is valid for 10 years from approval and can be renewed, for "
                    "10 years each time, in the 6 months before it expires (Regulations, Art. 10).</li>"
                    "<li>Changes must be recorded, or the recordation cancelled, within 30 working "
                    "days of the change (Regulations, Art. 11).</li>"
                    "<li>Costs still arise once goods are stopped: you must post a security when you "
                    "ask customs to detain them (Regulations, Arts 14 and 16) and bear the storage "
                    "and disposal costs.</li>"
                    "<li>Foreign right holders still file through their office in China or a domestic "
                    "agent (Implementing Measures, Art. 2).</li>"
                    "</ul>"
                    "<p>What this means for you: with no fee, there is little reason for an EU "
                    "company with trade marks registered in China not to record them. Ex officio "
                    "action by Chinese customs depends on recordation (Regulations, Art. 16). You "
                    "file in the GACC recordation system on the Internet+Customs platform.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Suspended, not abolished",
                        "text": (
                            "<p>The sources describe the fee as suspended, not abolished. Check the "
                            "current position on the GACC website before you file.</p>"
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "General Administration of Customs of China (English website)",
                        "url": GACC_EN_URL,
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
                        "url": GACC_ZH_URL,
                        "description": (
                            "The GACC's official Chinese-language website, with access to the "
                            "Internet+Customs online service platform."
                        ),
                    },
                ),
            ],
        },
        "zh": {
            "title": "中国暂停收取知识产权海关保护备案费",
            "summary": (
                "自2015年11月1日起，海关总署暂停收取知识产权海关保护备案费（海关总署公告2015年第51号）。"
            ),
            "body": [
                (
                    "rich_text",
                    "<p>自2015年11月1日起，权利人向海关总署办理商标专用权、著作权或专利权的知识产权海关保护"
                    "备案，不再缴纳费用。海关总署公告2015年第51号暂停收取备案费，该公告是为落实财政部、国家"
                    "发展改革委财税〔2015〕102号文件而发布的。</p>"
                    "<p>此前，备案费依据《中华人民共和国知识产权海关保护条例》第三十二条收取，标准为每件备案"
                    "800元人民币（据intelightip.com网站）。</p>"
                    "<p>中国知识产权中小企业咨询服务机构（China IP SME Helpdesk）2020年10月确认，目前办理备案"
                    "不收费。其他规则保持不变：</p>"
                    "<ul>"
                    "<li>备案自海关总署核准之日起有效期为10年，可在有效期届满前6个月内申请续展，每次续展"
                    "10年（《中华人民共和国知识产权海关保护条例》第十条）；</li>"
                    "<li>备案内容发生变化的，应当自变化之日起30个工作日内办理备案变更或者注销手续（《条例》"
                    "第十一条）；</li>"
                    "<li>货物被扣留时仍会产生费用：申请海关扣留须提供担保（《条例》第十四条、第十六条），"
                    "并承担仓储、保管和处置等费用；</li>"
                    "<li>境外权利人仍须通过其在境内设立的办事机构或者委托境内代理人办理备案（《海关关于"
                    "〈知识产权海关保护条例〉的实施办法》第二条）。</li>"
                    "</ul>"
                    "<p>对企业的启示：既然备案免费，在中国注册了商标的欧盟企业没有理由不办理备案。海关依职权"
                    "保护以备案为前提（《条例》第十六条）。备案通过“互联网+海关”一体化网上办事平台上的知识产权"
                    "海关保护备案系统办理。</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "暂停而非取消",
                        "text": (
                            "<p>相关资料的表述是“暂停”收取备案费，而非取消。办理备案前，请在海关总署网站上"
                            "核实现行做法。</p>"
                        ),
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（英文网站）",
                        "url": GACC_EN_URL,
                        "description": "海关总署官方英文网站，介绍知识产权海关保护制度及备案系统。",
                    },
                ),
                (
                    "official_link",
                    {
                        "title": "中华人民共和国海关总署（中文网站）",
                        "url": GACC_ZH_URL,
                        "description": "海关总署官方中文网站，可由此进入“互联网+海关”一体化网上办事平台。",
                    },
                ),
            ],
        },
    },
]


#: The news index page.
INDEX = {
    "slug": "news",
    "en": {
        "title": "News",
        "intro": "<p>Updates from customs editors: changes to procedures and legislation, enforcement statistics and reports on outreach to right holders and SMEs.</p>",
    },
    "zh": {
        "title": "新闻",
        "intro": "<p>海关编辑发布的最新动态：程序和法规变化、执法统计数据，以及面向权利人和中小企业的宣传活动报道。</p>",
    },
}
