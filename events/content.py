"""Events content: past and planned events of EU–China customs cooperation on IPR.

Bilingual (English / Simplified Chinese) data for the events section of the EU–China IPR
Customs Portal. The Chinese version of every event has the same keys as the English version,
and every "outcome" HTML string has the same number of <p> and <li> elements in both languages.

Source of every past event: Council of the European Union, note 13363/17 of 18 October 2017,
"EU-China Customs Cooperation: Implementation of the Strategic Framework Signed on 2 June 2017",
in particular its annex "Final Report on EU-China Action Plan on IPR Customs Enforcement
(2014-2017)" (sections "Meetings" and Key Actions 1 to 5). One remark on the June 2015 workshop
also draws on shared/reference/domain-facts.md, section 5 (IP Key), and is worded as unconfirmed.

Notes on the data:
- The final report gives no participant numbers, so "participants" is None everywhere.
- The report does not say where the two customs–industry workshops took place: their city,
  country and country_code are "" and their summaries say so. Their timezone is "UTC" only
  because a valid zone is required; it does not indicate a venue.
- The June 2015 workshop is dated to the month only ("date_precision": "month"); the report
  does not tie it to the Brussels Working Group meeting.
- The two UPCOMING_EVENTS are planned events, modelled on Key Action 4 of the 2018–2020 Action
  Plan. Dates are relative: the event falls on "weekday" (0 = Monday) of the week that is
  "weeks_ahead" weeks after the day the content is loaded. Times are local to "timezone".
"""

DG_TAXUD_EN = "European Commission (DG TAXUD)"
DG_TAXUD_ZH = "欧盟委员会税收与关税同盟总司（TAXUD）"
GACC_EN = "General Administration of Customs of China (GACC)"
GACC_ZH = "中华人民共和国海关总署"
IP_KEY_EN = "IP Key project (financing)"
IP_KEY_ZH = "“IP Key”项目（提供经费）"


PAST_EVENTS = [
    # ------------------------------------------------------------------
    # Working Group, Ningbo, 5–9 May 2014
    # ------------------------------------------------------------------
    {
        "slug": "working-group-ningbo-2014",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2014-05-05",
        "end_date": "2014-05-09",
        "date_precision": "day",
        "timezone": "Asia/Shanghai",
        "country_code": "CN",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Ningbo, May 2014",
            "summary": (
                "The first of the six Working Group meetings listed in the final report on the "
                "2014–2017 Action Plan, held in Ningbo. The plan itself was signed shortly "
                "afterwards, on 16 May 2014."
            ),
            "venue_name": "",
            "city": "Ningbo",
            "country": "China",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>The final report does not record specific decisions taken at this meeting. "
                "Like all Working Group meetings in this period, it dealt with every key action of "
                "the plan, and the IP Key project paid for it.</p>"
                "<p>According to the report, work under the plan in 2014 included:</p>"
                "<ul>"
                "<li>a revised template for exchanging seizure statistics, now covering all types of "
                "IP rights and collecting the country of provenance instead of the country of "
                "origin;</li>"
                "<li>a joint group of IPR risk management experts, set up to analyse the statistics "
                "once a year;</li>"
                "<li>a pilot that tested the MAB Mail system as the tool for exchanging information "
                "on individual detentions;</li>"
                "<li>a mapping of which authorities are responsible for IPR enforcement in the EU and "
                "in China, and of their powers.</li>"
                "</ul>"
                "<p>The report also records a joint customs–industry workshop on 8 May 2014, during "
                "the days of this meeting (see the separate entry), but does not say whether the two "
                "were linked.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：宁波，2014年5月",
            "summary": (
                "2014—2017年行动计划最终报告所列六次工作组会议中的第一次，在宁波举行。"
                "会后不久，该行动计划于2014年5月16日签署。"
            ),
            "venue_name": "",
            "city": "宁波",
            "country": "中国",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>最终报告没有记载本次会议作出的具体决定。与这一时期工作组的历次会议一样，本次会议"
                "涉及行动计划的全部关键行动，经费由“IP Key”项目提供。</p>"
                "<p>根据报告，2014年在行动计划框架下开展的工作包括：</p>"
                "<ul>"
                "<li>修订查扣统计数据交换模板，将范围扩大到所有类型的知识产权，并改为采集来源国而非"
                "原产国信息；</li>"
                "<li>成立双方知识产权风险管理专家联合小组，每年对统计数据进行一次分析；</li>"
                "<li>开展试点，测试以MAB Mail系统作为交换单个扣留案件信息的工具；</li>"
                "<li>梳理中欧双方负责知识产权执法的主管部门及其职权范围。</li>"
                "</ul>"
                "<p>报告还记载，2014年5月8日，即本次会议期间，举行了一场海关与业界联合研讨会（见单独"
                "条目），但没有说明两者是否相关。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Joint customs–industry workshop, 8 May 2014 (place not recorded)
    # ------------------------------------------------------------------
    {
        "slug": "customs-industry-workshop-2014",
        "kind": "workshop",
        "audience": "customs_and_industry",
        "start_date": "2014-05-08",
        "end_date": "2014-05-08",
        "date_precision": "day",
        "timezone": "UTC",
        "country_code": "",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "Joint customs–industry workshop on IPR legislation and practices",
            "summary": (
                "A workshop for customs and private-sector delegates, listed in the final report "
                "under Key Action 4. It fell within the dates of the Ningbo Working Group meeting, "
                "but the report does not say where it was held."
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": (
                "Private-sector delegates: Quality Brands Protection Committee (QBPC), European "
                "Union Chamber of Commerce in China (EUCCC), EU SME IPR Helpdesk"
            ),
            "outcome": (
                "<p>Private-sector delegates came from the Quality Brands Protection Committee "
                "(QBPC), the European Union Chamber of Commerce in China (EUCCC) and the EU SME IPR "
                "Helpdesk. The final report lists these topics:</p>"
                "<ul>"
                "<li>which IP rights customs protect in the EU;</li>"
                "<li>application procedures;</li>"
                "<li>the conditions for applying to customs;</li>"
                "<li>the conditions for customs to act ex officio;</li>"
                "<li>warehousing costs;</li>"
                "<li>disposal of infringing goods;</li>"
                "<li>simplified procedures;</li>"
                "<li>disclosure of information to right holders;</li>"
                "<li>samples and photographs taken by right holders;</li>"
                "<li>the obligations and liability of right holders;</li>"
                "<li>lodging a security;</li>"
                "<li>cooperation between customs and third parties such as courts, other "
                "administrations and right holders.</li>"
                "</ul>"
                "<p>It is the first of two workshops that the report records under Key Action 4, "
                "whose aim is stronger cooperation between the public and private sectors in the EU "
                "and China.</p>"
            ),
        },
        "zh": {
            "title": "海关与业界知识产权法律与实务联合研讨会",
            "summary": (
                "海关与私营部门代表参加的研讨会，最终报告将其列为关键行动4下的活动。研讨会日期"
                "在宁波工作组会议期间，但报告没有说明举办地点。"
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": (
                "私营部门代表：中国外商投资企业协会优质品牌保护委员会（QBPC）、中国欧盟商会（EUCCC）、"
                "欧盟中小企业知识产权咨询服务机构（EU SME IPR Helpdesk）"
            ),
            "outcome": (
                "<p>出席研讨会的私营部门代表来自中国外商投资企业协会优质品牌保护委员会（QBPC）、"
                "中国欧盟商会（EUCCC）和欧盟中小企业知识产权咨询服务机构（EU SME IPR Helpdesk）。"
                "据最终报告，会议讨论了以下问题：</p>"
                "<ul>"
                "<li>欧盟海关保护的知识产权范围；</li>"
                "<li>申请程序；</li>"
                "<li>向海关提出申请的条件；</li>"
                "<li>海关依职权采取措施的条件；</li>"
                "<li>仓储费用；</li>"
                "<li>侵权货物的处置；</li>"
                "<li>简易程序；</li>"
                "<li>向权利人披露信息；</li>"
                "<li>权利人提取样品和拍摄照片；</li>"
                "<li>权利人的义务和责任；</li>"
                "<li>提供担保；</li>"
                "<li>海关与法院、其他行政部门、权利人等第三方的合作。</li>"
                "</ul>"
                "<p>这是报告在关键行动4下记载的两场研讨会中的第一场。该项关键行动旨在加强中欧"
                "双方公共部门与私营部门之间的合作。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Working Group, Rome, 25–27 November 2014
    # ------------------------------------------------------------------
    {
        "slug": "working-group-rome-2014",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2014-11-25",
        "end_date": "2014-11-27",
        "date_precision": "day",
        "timezone": "Europe/Rome",
        "country_code": "IT",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Rome, November 2014",
            "summary": (
                "The Working Group met in Rome and agreed how the first joint risk analysis of IPR "
                "detention statistics would be carried out."
            ),
            "venue_name": "",
            "city": "Rome",
            "country": "Italy",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>According to the final report, the meeting settled the scope, the data, the "
                "timeframe and the method of the first risk analysis under Key Action 1, to be done "
                "by the joint group of IPR risk management experts.</p>"
                "<p>The EU experts then focused on detentions at import in the participating "
                "seaports of goods carried in sea containers with China as the country of "
                "provenance. They combined details from the entry summary declaration (ENS) with the "
                "data declared at export in China, including the container number.</p>"
                "<p>The Chinese experts looked at detentions at export in the participating seaports "
                "of goods bound for the EU in sea containers, and checked these against the ENS data "
                "lodged in the EU for the same consignments.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：罗马，2014年11月",
            "summary": "工作组在罗马举行会议，商定了首次联合分析知识产权扣留统计数据的具体做法。",
            "venue_name": "",
            "city": "罗马",
            "country": "意大利",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>据最终报告，本次会议商定了关键行动1下首次风险分析的范围、数据、时间段和方法，"
                "分析工作由双方知识产权风险管理专家联合小组承担。</p>"
                "<p>欧方专家随后集中分析在参与合作的海港进口环节被扣留、以海运集装箱运输、来源国为"
                "中国的货物，并将入境摘要申报（ENS）中的信息与这些货物在中国出口时申报的数据（包括"
                "集装箱号）结合起来。</p>"
                "<p>中方专家则分析在参与合作的海港出口环节被扣留、拟以海运集装箱运往欧盟的货物，并"
                "将这些数据与同批货物在欧盟提交的入境摘要申报数据进行比对。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Working Group, Brussels, 9–11 June 2015
    # ------------------------------------------------------------------
    {
        "slug": "working-group-brussels-2015",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2015-06-09",
        "end_date": "2015-06-11",
        "date_precision": "day",
        "timezone": "Europe/Brussels",
        "country_code": "BE",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Brussels, June 2015",
            "summary": (
                "At its Brussels meeting the Working Group compared the results of the first risk "
                "analysis and changed the method for the next one."
            ),
            "venue_name": "",
            "city": "Brussels",
            "country": "Belgium",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>Experts from both sides presented and compared the results of the first risk "
                "analysis. So few referrals had been exchanged that the analysis could hardly "
                "support any firm conclusions.</p>"
                "<p>The method was therefore revised:</p>"
                "<ul>"
                "<li>both sides would exchange all their IPR detention statistics for 2014 and "
                "analyse them for the most prominent risk trends;</li>"
                "<li>air and sea transport would be analysed separately;</li>"
                "<li>the analysis should lead to a proposal on categories of goods, means of "
                "transport, routes, ports and a time window for a control operation in 2016.</li>"
                "</ul>"
                "<p>The final report also records a customs–industry workshop in June 2015, but does "
                "not say whether it was linked to this meeting.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：布鲁塞尔，2015年6月",
            "summary": "工作组在布鲁塞尔会议上比较了首次风险分析的结果，并调整了下一轮分析的方法。",
            "venue_name": "",
            "city": "布鲁塞尔",
            "country": "比利时",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>双方专家介绍并比较了首次风险分析的结果。由于双方交换的案件通报数量太少，分析难以"
                "得出明确结论。</p>"
                "<p>因此，分析方法作了如下调整：</p>"
                "<ul>"
                "<li>双方交换2014年的全部知识产权扣留统计数据，从中分析最突出的风险趋势；</li>"
                "<li>空运和海运分别分析；</li>"
                "<li>分析结果应当形成一项建议，提出2016年监管行动所针对的商品类别、运输方式、运输路线、"
                "口岸和时间段。</li>"
                "</ul>"
                "<p>最终报告还记载了2015年6月举行的一场海关与业界研讨会，但没有说明其是否与本次会议"
                "相关。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Customs–industry workshop on the web service, June 2015 (day and place not recorded)
    # ------------------------------------------------------------------
    {
        "slug": "customs-industry-workshop-2015",
        "kind": "workshop",
        "audience": "customs_and_industry",
        "start_date": "2015-06-01",
        "end_date": "2015-06-30",
        "date_precision": "month",
        "timezone": "UTC",
        "country_code": "",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "Customs–industry workshop on a web service for right holders",
            "summary": (
                "Industry representatives and customs experts discussed the planned web service on "
                "the TAXUD and GACC websites. The final report gives only the month (June 2015); the "
                "exact date and the place are not recorded."
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": "",
            "outcome": (
                "<p>Under Key Action 4, the two sides had agreed to create a dedicated section on "
                "the websites of the GACC, the European Commission and, where possible, EU Member "
                "States' customs, so that businesses learn which procedures to follow to protect "
                "their IPR at the border. At this workshop, industry representatives and customs "
                "experts discussed how to set up that web service on the TAXUD and GACC "
                "websites.</p>"
                "<p>In its assessment, the final report found private-sector involvement in the "
                "Action Plan relatively low. It saw the web service as a potentially powerful tool "
                "if it is filled with meaningful information and updated often, and recommended "
                "making sure that business representatives know about it and use it.</p>"
                "<p>The report does not link this workshop to the Working Group meeting held in "
                "Brussels on 9–11 June 2015. IP Key separately reports a workshop on communication "
                "between customs and businesses in Brussels on 11 June 2015 with 30 to 40 industry "
                "representatives; whether that is the same event has not been confirmed.</p>"
            ),
        },
        "zh": {
            "title": "海关与业界研讨会：面向权利人的网上服务",
            "summary": (
                "业界代表和海关专家讨论了拟在TAXUD和海关总署网站上开设的网上服务。最终报告只记载了"
                "月份（2015年6月），没有记载具体日期和地点。"
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": "",
            "outcome": (
                "<p>在关键行动4下，双方已同意在海关总署、欧盟委员会以及在可能情况下欧盟成员国"
                "海关的网站上开设专门栏目，让企业了解在边境保护知识产权应当遵循的程序。此次研讨会上，"
                "业界代表和海关专家讨论了如何在TAXUD和海关总署网站上建立这项网上服务。</p>"
                "<p>最终报告在评估中指出，私营部门对行动计划的参与程度相对较低；网上服务如能充实有"
                "价值的信息并经常更新，有望成为有力的工具。报告建议确保私营部门代表了解并使用这项"
                "服务。</p>"
                "<p>报告没有把此次研讨会与2015年6月9日至11日在布鲁塞尔举行的工作组会议联系起来。据"
                "“IP Key”项目介绍，2015年6月11日在布鲁塞尔举办过一场关于海关与企业沟通的研讨会，"
                "有30至40名业界代表出席；两者是否为同一活动，尚未得到证实。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # High Level Conference + KA3 technical meeting, Alicante, 24–25 February 2016
    # ------------------------------------------------------------------
    {
        "slug": "high-level-conference-alicante-2016",
        "kind": "conference",
        "audience": "customs",
        "start_date": "2016-02-24",
        "end_date": "2016-02-25",
        "date_precision": "day",
        "timezone": "Europe/Madrid",
        "country_code": "ES",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "High Level Conference and Key Action 3 meeting on cross-agency IPR enforcement",
            "summary": (
                "A Key Action 3 technical meeting of customs, police and judicial authorities from "
                "the EU and China, combined with a High Level Conference on cooperation between "
                "customs and other authorities in the fight against IPR infringements."
            ),
            "venue_name": "",
            "city": "Alicante",
            "country": "Spain",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>The technical meeting brought together representatives of customs, police and "
                "judicial authorities from the EU and China. Working through case studies, they "
                "clarified how cooperation between agencies on IPR enforcement is organised, raised "
                "several issues and looked at ways to develop that cooperation further in a more "
                "practical way.</p>"
                "<p>The participants also attended the High Level Conference on Cooperation between "
                "Customs and Other Authorities in the Fight against Infringements of IPR.</p>"
                "<p>Under the same key action, both sides agreed in May 2016 to a one-year pilot "
                "testing a communication channel between OLAF and China's Ministry of Public "
                "Security. The final report notes that the Chinese police showed strong readiness "
                "to cooperate in practice on significant cases, and that three significant cases of "
                "counterfeit goods were handled.</p>"
            ),
        },
        "zh": {
            "title": "跨部门知识产权执法合作高级别会议暨关键行动3会议",
            "summary": (
                "中欧双方海关、警察和司法部门代表参加关键行动3技术会议，并同期出席海关与其他"
                "部门合作打击知识产权侵权行为高级别会议。"
            ),
            "venue_name": "",
            "city": "阿利坎特",
            "country": "西班牙",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>技术会议汇聚了中欧双方海关、警察和司法部门的代表。与会者结合案例研究，厘清了"
                "知识产权执法跨部门合作的架构，提出了若干问题，并探讨了如何以更加务实的方式进一步"
                "发展这种合作。</p>"
                "<p>与会者还出席了“海关与其他部门合作打击知识产权侵权行为高级别会议”。</p>"
                "<p>在同一项关键行动下，双方于2016年5月同意开展为期一年的试点，测试欧盟反欺诈办公室"
                "（OLAF）与中国公安部之间的联络渠道。最终报告指出，中国警方表现出就重大案件开展务实"
                "合作的强烈意愿，已处理了三起涉及假冒商品的重大案件。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Working Group, Ningbo, 24–26 May 2016
    # ------------------------------------------------------------------
    {
        "slug": "working-group-ningbo-2016",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2016-05-24",
        "end_date": "2016-05-26",
        "date_precision": "day",
        "timezone": "Asia/Shanghai",
        "country_code": "CN",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Ningbo, May 2016",
            "summary": (
                "The meeting the final report calls the 4th Working Group meeting, held in Ningbo, "
                "where experts from both sides presented their analyses of the 2014 detention "
                "statistics."
            ),
            "venue_name": "",
            "city": "Ningbo",
            "country": "China",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>The EU and Chinese experts each presented an analysis of the 2014 detention "
                "statistics for sea, air, courier and postal traffic. Although they had worked from "
                "the same data, they reached different results.</p>"
                "<p>To close these gaps in reading the data and reach common standards of analysis, "
                "a technical meeting was later held in Florence in March 2017.</p>"
                "<p>The report also notes that in May 2016 the two sides agreed to a one-year pilot "
                "under Key Action 3 to test a communication channel between OLAF and China's "
                "Ministry of Public Security. It does not say whether this was decided at the "
                "meeting itself.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：宁波，2016年5月",
            "summary": (
                "最终报告所称的第四次工作组会议在宁波举行，双方专家分别介绍了对2014年扣留统计数据的"
                "分析。"
            ),
            "venue_name": "",
            "city": "宁波",
            "country": "中国",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>中欧双方专家分别介绍了对2014年海运、空运、快件和邮递渠道扣留统计数据的分析。"
                "尽管使用的是同一套数据，双方得出的结果却不相同。</p>"
                "<p>为弥合数据解读上的差异、形成共同的分析标准，2017年3月在佛罗伦萨另行举行了一次"
                "技术会议。</p>"
                "<p>报告还提到，2016年5月，双方同意在关键行动3下开展为期一年的试点，测试欧盟"
                "反欺诈办公室（OLAF）与中国公安部之间的联络渠道，但没有说明这一决定是否在本次会议上"
                "作出。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Working Group, Florence, 20–21 March 2017
    # ------------------------------------------------------------------
    {
        "slug": "working-group-florence-2017",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2017-03-20",
        "end_date": "2017-03-21",
        "date_precision": "day",
        "timezone": "Europe/Rome",
        "country_code": "IT",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Florence, March 2017",
            "summary": (
                "In Florence the Working Group went through the statistics templates item by item, "
                "added new data items and decided what trend analysis should be based on."
            ),
            "venue_name": "",
            "city": "Florence",
            "country": "Italy",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>Both sides reviewed the templates for exchanging statistics heading by heading "
                "and clarified each one, so that they read the data in the same way. Starting with "
                "the data for the second half of 2016, these items were added:</p>"
                "<ul>"
                "<li>import and export detentions of shipments bound for China or the EU;</li>"
                "<li>EU detentions with China as the country of provenance, and those with another "
                "country of provenance but China as the country of origin;</li>"
                "<li>the place of final destination in the EU;</li>"
                "<li>the right holder.</li>"
                "</ul>"
                "<p>According to the report, statistics had been exchanged on average 9 to 12 months "
                "after the detentions; both sides undertook to try to bring this down to 6 months. "
                "The meeting also decided that trend analysis should be based on cases, and on "
                "procedures only where it concerns categories of goods or right holders and trade "
                "marks.</p>"
                "<p>At the technical meeting in Florence, the experts analysed the same EU data and "
                "this time reached similar results. Chinese experts also compared an analysis of "
                "Chinese data with the EU analysis, which clarified gaps in the EU ports of "
                "destination, and analysed Chinese imports from the EU by grouping ports in the "
                "Yangtze River Delta and the Pearl River Delta.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：佛罗伦萨，2017年3月",
            "summary": (
                "工作组在佛罗伦萨逐项审议了统计数据交换模板，增加了新的数据项，并明确了趋势分析的"
                "依据。"
            ),
            "venue_name": "",
            "city": "佛罗伦萨",
            "country": "意大利",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>双方逐项审议了统计数据交换模板，对每个栏目的含义作了澄清，以便对数据形成一致的"
                "理解。自2016年下半年的数据起，模板增加了以下数据项：</p>"
                "<ul>"
                "<li>运往中国或欧盟的货物在进口和出口环节被扣留的情况；</li>"
                "<li>欧盟扣留的来源国为中国的货物，以及来源国不是中国但原产国为中国的货物；</li>"
                "<li>货物在欧盟的最终目的地；</li>"
                "<li>权利人。</li>"
                "</ul>"
                "<p>据报告，此前统计数据平均在扣留发生9至12个月后才进行交换；双方承诺努力将这一"
                "间隔缩短至6个月。会议还决定，趋势分析应当以案件为基础；涉及商品类别或者权利人、"
                "商标的，则仅以程序为基础。</p>"
                "<p>在佛罗伦萨举行的技术会议上，双方专家使用同一套欧盟数据进行分析，这次得出了相近的"
                "结果。中方专家还将基于中国数据的分析与欧方分析进行比较，澄清了欧盟目的港方面的差异；"
                "此外，中方以长江三角洲和珠江三角洲的口岸为集中区域，分析了自欧盟进口的统计数据。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Working Group, Beijing, 17–18 July 2017
    # ------------------------------------------------------------------
    {
        "slug": "working-group-beijing-2017",
        "kind": "working_group",
        "audience": "customs",
        "start_date": "2017-07-17",
        "end_date": "2017-07-18",
        "date_precision": "day",
        "timezone": "Asia/Shanghai",
        "country_code": "CN",
        "languages": "en_zh",
        "interpretation": True,
        "participants": None,
        "en": {
            "title": "EU–China Working Group on IPR customs enforcement: Beijing, July 2017",
            "summary": (
                "The last of the six Working Group meetings of the 2014–2017 Action Plan period, "
                "held in Beijing. The final report does not record its specific outcomes."
            ),
            "venue_name": "",
            "city": "Beijing",
            "country": "China",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": IP_KEY_EN,
            "outcome": (
                "<p>The final report lists this meeting but does not say what was discussed or "
                "agreed there.</p>"
                "<p>By then, both sides had agreed to continue their cooperation under a new Action "
                "Plan (at the 5th JCCC Steering Group meeting on 28 February 2017), and the EU–China "
                "Strategic Framework for Customs Cooperation had been signed on 2 June 2017. New "
                "seaports and airports had also joined the Key Action 2 network at the beginning of "
                "2017.</p>"
                "<p>The final report on the 2014–2017 plan and the 2018–2020 Action Plan went to the "
                "Council's Working Party on Customs Union in October 2017. The report recommends "
                "carrying the cooperation forward, among other things with faster exchange of "
                "information, a wider network of ports and better feedback on referrals.</p>"
            ),
        },
        "zh": {
            "title": "中欧知识产权海关执法工作组会议：北京，2017年7月",
            "summary": (
                "2014—2017年行动计划期间六次工作组会议中的最后一次，在北京举行。最终报告没有记载"
                "本次会议的具体成果。"
            ),
            "venue_name": "",
            "city": "北京",
            "country": "中国",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": IP_KEY_ZH,
            "outcome": (
                "<p>最终报告列出了本次会议，但没有说明会上讨论或商定的内容。</p>"
                "<p>此前，双方已在2017年2月28日中欧海关合作联合委员会第五次指导小组会议上同意在新的"
                "行动计划下继续合作，《中欧海关合作战略框架》也已于2017年6月2日签署。2017年初，又有"
                "一批海港和空港加入关键行动2的口岸网络。</p>"
                "<p>2014—2017年行动计划最终报告和2018—2020年行动计划于2017年10月提交欧盟理事会关税"
                "同盟工作组。报告建议继续推进合作，包括加快信息交换、扩大口岸网络、加强对案件通报的"
                "反馈等。</p>"
            ),
        },
    },
]


UPCOMING_EVENTS = [
    # ------------------------------------------------------------------
    # Online SME webinar
    # ------------------------------------------------------------------
    {
        "slug": "webinar-smes-applications-for-action-and-recordation",
        "kind": "webinar",
        "audience": "smes",
        "weeks_ahead": 6,
        "weekday": 2,
        "start_time": "10:00",
        "end_time": "11:30",
        "timezone": "Europe/Brussels",
        "is_online": True,
        "country_code": "",
        "languages": "en_zh",
        "interpretation": True,
        "capacity": 200,
        "waitlist": True,
        "participants": None,
        "en": {
            "title": (
                "Protecting your IPR at EU and Chinese borders: applications for action and "
                "customs recordation"
            ),
            "summary": (
                "An online session for SMEs on asking customs in the EU and in China to look out for "
                "goods that infringe your rights, in English and Chinese with interpretation. "
                "Registration is open."
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": "",
            "outcome": "",
            "agenda": [
                {
                    "time": "10:00",
                    "title": "Welcome and overview of EU–China customs cooperation on IPR",
                    "speakers": "Moderator from DG TAXUD",
                },
                {
                    "time": "10:10",
                    "title": (
                        "Applications for action in the EU: who may apply, what to include and how "
                        "to file through the IP Enforcement Portal or a national customs portal"
                    ),
                    "speakers": "Speaker from DG TAXUD",
                },
                {
                    "time": "10:35",
                    "title": (
                        "Customs IPR recordation in China: the GACC recordation system, the "
                        "information to provide and ex officio protection"
                    ),
                    "speakers": "Speaker from GACC",
                },
                {
                    "time": "11:00",
                    "title": (
                        "Practical tips for SMEs: keeping product information up to date and what "
                        "to do after a detention"
                    ),
                    "speakers": "Speaker from the China IP SME Helpdesk",
                },
                {
                    "time": "11:15",
                    "title": "Questions and answers",
                    "speakers": "All speakers",
                },
            ],
        },
        "zh": {
            "title": "在欧盟和中国边境保护您的知识产权：海关执法申请与知识产权海关保护备案",
            "summary": (
                "面向中小企业的线上讲座，介绍如何在欧盟提交海关执法申请（请求海关采取行动的申请）、"
                "在中国办理知识产权海关保护备案，使用中英文并提供口译。现已开放报名。"
            ),
            "venue_name": "",
            "city": "",
            "country": "",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": "",
            "outcome": "",
            "agenda": [
                {
                    "time": "10:00",
                    "title": "欢迎致辞，中欧海关知识产权合作概况",
                    "speakers": "主持人（欧盟委员会税收与关税同盟总司）",
                },
                {
                    "time": "10:10",
                    "title": (
                        "在欧盟提交海关执法申请：谁可以申请、申请应包含哪些内容、如何通过知识产权执法门户"
                        "（IPEP）或成员国海关门户提交"
                    ),
                    "speakers": "欧盟委员会税收与关税同盟总司代表",
                },
                {
                    "time": "10:35",
                    "title": "在中国办理知识产权海关保护备案：海关总署备案系统、需提供的信息和依职权保护",
                    "speakers": "海关总署代表",
                },
                {
                    "time": "11:00",
                    "title": "中小企业实用建议：及时更新产品信息，货物被扣留后如何应对",
                    "speakers": "中国知识产权中小企业咨询服务机构（China IP SME Helpdesk）代表",
                },
                {
                    "time": "11:15",
                    "title": "问答环节",
                    "speakers": "全体发言人",
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Joint customs–industry meeting alongside the IPR Working Group
    # ------------------------------------------------------------------
    {
        "slug": "joint-customs-industry-meeting-brussels",
        "kind": "joint_meeting",
        "audience": "customs_and_industry",
        "weeks_ahead": 14,
        "weekday": 1,
        "start_time": "09:30",
        "end_time": "16:30",
        "timezone": "Europe/Brussels",
        "is_online": False,
        "country_code": "BE",
        "languages": "en_zh",
        "interpretation": True,
        "capacity": 60,
        "waitlist": True,
        "participants": None,
        "en": {
            "title": "Joint customs–industry meeting alongside the EU–China IPR Working Group",
            "summary": (
                "A one-day meeting in Brussels, held alongside the IPR Working Group meeting, where "
                "right holders and business associations meet EU and Chinese customs experts, as "
                "foreseen in Key Action 4 of the 2018–2020 Action Plan. Registration is open; places "
                "are limited."
            ),
            "venue_name": "",
            "city": "Brussels",
            "country": "Belgium",
            "eu_organiser": DG_TAXUD_EN,
            "cn_organiser": GACC_EN,
            "partners": "",
            "outcome": "",
            "agenda": [
                {
                    "time": "09:30",
                    "title": "Opening: why customs and industry meet alongside the Working Group",
                    "speakers": "Co-chairs of the IPR Working Group (DG TAXUD and GACC)",
                },
                {
                    "time": "10:00",
                    "title": (
                        "Update from the Working Group: analysis of detention statistics and "
                        "information exchange between key ports"
                    ),
                    "speakers": "Customs experts from the EU and China",
                },
                {
                    "time": "11:15",
                    "title": (
                        "Applications for action in the EU and recordation with the GACC: what "
                        "customs need from right holders"
                    ),
                    "speakers": "Speakers from DG TAXUD and GACC",
                },
                {
                    "time": "12:30",
                    "title": "Lunch break",
                    "speakers": "",
                },
                {
                    "time": "13:30",
                    "title": "Round table: industry experience of border enforcement in the EU and China",
                    "speakers": "Representatives of business associations and right holders",
                },
                {
                    "time": "15:45",
                    "title": (
                        "Conclusions, and how the results will be shared with stakeholders, SMEs in "
                        "particular"
                    ),
                    "speakers": "Co-chairs of the IPR Working Group",
                },
            ],
        },
        "zh": {
            "title": "中欧知识产权工作组会议期间海关与业界联席会议",
            "summary": (
                "按照2018—2020年行动计划关键行动4的设想，在布鲁塞尔与知识产权工作组会议同期举办"
                "为期一天的会议，权利人和行业协会将与中欧海关专家直接交流。现已开放报名，名额有限。"
            ),
            "venue_name": "",
            "city": "布鲁塞尔",
            "country": "比利时",
            "eu_organiser": DG_TAXUD_ZH,
            "cn_organiser": GACC_ZH,
            "partners": "",
            "outcome": "",
            "agenda": [
                {
                    "time": "09:30",
                    "title": "开幕：为何在工作组会议期间举办海关与业界会议",
                    "speakers": "知识产权工作组联合主席（税收与关税同盟总司、海关总署）",
                },
                {
                    "time": "10:00",
                    "title": "工作组工作通报：扣留统计数据分析和重点口岸之间的信息交换",
                    "speakers": "中欧双方海关专家",
                },
                {
                    "time": "11:15",
                    "title": "欧盟海关执法申请和海关总署备案：海关需要权利人提供哪些信息",
                    "speakers": "税收与关税同盟总司和海关总署代表",
                },
                {
                    "time": "12:30",
                    "title": "午餐",
                    "speakers": "",
                },
                {
                    "time": "13:30",
                    "title": "圆桌讨论：企业在欧盟和中国边境执法中的经验",
                    "speakers": "行业协会和权利人代表",
                },
                {
                    "time": "15:45",
                    "title": "总结，以及如何向利益相关方特别是中小企业通报会议成果",
                    "speakers": "知识产权工作组联合主席",
                },
            ],
        },
    },
]


#: The events index page.
INDEX = {
    "slug": "events",
    "en": {
        "title": "Events",
        "intro": "<p>Joint customs–industry meetings, Working Group meetings and outreach for SMEs on the customs protection of intellectual property rights in the EU and China. Register for upcoming events; read what past meetings achieved.</p>",
    },
    "zh": {
        "title": "活动",
        "intro": "<p>中欧海关与企业联席会议、知识产权工作组会议以及面向中小企业的宣传活动。您可以报名参加即将举行的活动，也可以了解以往会议的成果。</p>",
    },
}
