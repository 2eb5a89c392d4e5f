"""Content for the public "Enforcement statistics" page (English / Simplified Chinese).

Headline figures on customs enforcement of intellectual property rights in China and at the
EU external border, taken from the project's reference file (shared/reference/domain-facts.md,
§2.4 and §5). Every row names its source. Figures that the reference marks as derived or
uncertain are carried with ``"uncertain": True`` and a note that says why; figures shown there
as "?" are left out ("–" in the tables).

Chinese number style: below 10,000 plain Arabic numerals; from 10,000 upwards 万 / 亿 with the
exact decimals of the source (no extra rounding).
"""

NOT_AVAILABLE = "–"

STATISTICS_PAGE = {
    "slug": "statistics",
    "en": {
        "title": "Customs enforcement statistics",
        "intro": (
            "<p>This page gathers headline figures on how customs enforce intellectual property "
            "rights in China and at the external border of the European Union. Year by year, you "
            "can see how often customs acted, how many batches or cases of suspect goods they "
            "detained, how many items were involved and, for the EU, how many applications for "
            "action right holders submitted. Every figure names the report or summary it comes "
            "from.</p>"
        ),
        "note": (
            "<p>How to read the figures: China customs count their enforcement measures (the number "
            "of times they acted) and the batches and items of suspect goods they detained at import "
            "and export. The EU figures count detention cases at the external border, the articles "
            "detained and their value in euros. The two systems count in different ways, so compare "
            "trends rather than totals, and allow for changes of method from one year to the "
            "next.</p>"
            "<p>Words such as “about” and “more than” follow the rounding of the "
            "source. A dash (–) means that no figure was found in the sources read. A row marked "
            "as uncertain holds a figure that was calculated from a percentage change, or one on "
            "which the sources disagree or whose definition is unclear; the note on that row explains "
            "why, and the figure is still to be confirmed against the official report.</p>"
            "<p>Most figures were taken from press reports and summaries, not from the official "
            "reports themselves. The annual reports of the General Administration of Customs of "
            "China (GACC) and of the European Commission (DG TAXUD, jointly with the EUIPO from "
            "2020) are the authority: check them before you quote a figure.</p>"
        ),
    },
    "zh": {
        "title": "海关知识产权执法统计",
        "intro": (
            "<p>本页汇总中国海关和欧盟外部边境海关开展知识产权执法的主要数据。您可以逐年查看海关"
            "采取措施的次数、扣留侵权嫌疑货物的批次或案件数、涉及的货物数量，以及权利人在欧盟提交"
            "海关执法申请（即“请求海关采取行动的申请”）的数量。每项数据均注明出处。</p>"
        ),
        "note": (
            "<p>阅读说明：中国海关统计的是采取知识产权保护措施的次数，以及在进出口环节查扣侵权嫌疑"
            "货物的批次和件数；欧盟统计的是外部边境海关的扣留案件数、扣留物品数及其欧元价值。"
            "双方统计口径不同，宜比较变化趋势而非绝对数值，同时须留意不同年份之间统计方法的调整。</p>"
            "<p>表中“约”“超过”等字样沿用原始资料的取整方式。“–”表示所查资料中未见相关数据。"
            "标为“不确定”的行，其数据或根据增减百分比推算得出，或各资料说法不一，或统计定义不明；"
            "该行附注说明了原因，相关数据有待对照官方文本核实。</p>"
            "<p>大部分数据摘自新闻报道和相关摘要，而非直接取自官方报告。以海关总署发布的年度报告和"
            "欧盟委员会税收与关税同盟总司（TAXUD，自2020年起与欧盟知识产权局联合发布）的年度报告为准，"
            "引用前请先核对原文。</p>"
        ),
    },
}


TABLES = [
    # ------------------------------------------------------------------
    # China customs (domain-facts §2.4)
    # ------------------------------------------------------------------
    {
        "key": "china-customs",
        "en": {
            "caption": "China customs: IPR enforcement",
            "source_note": (
                "Figures published by the General Administration of Customs of China (GACC) in its "
                "yearly reports on customs IPR protection, such as 《2023年中国海关知识产权保护状况》 "
                "and 《2024年中国海关知识产权保护状况》 (China Customs IPR Protection in 2023 and "
                "2024). Earlier years "
                "come from press reports and secondary summaries, named in each row. Batches and "
                "items cover goods suspected of infringement detained at import and export."
            ),
        },
        "zh": {
            "caption": "中国海关知识产权执法情况",
            "source_note": (
                "数据来自海关总署每年发布的中国海关知识产权保护状况报告，如《2023年中国海关知识产权"
                "保护状况》和《2024年中国海关知识产权保护状况》；较早年份的数据取自各行注明的新闻报道"
                "和二手资料。查扣批次和件数均指在进出口环节查扣的侵权嫌疑货物。"
            ),
        },
        "columns": ["year", "measures", "batches", "items"],
        "column_labels": {
            "en": ["Year", "Enforcement measures", "Batches detained", "Items detained"],
            "zh": ["年份", "采取保护措施（次）", "查扣批次（批）", "查扣货物（件）"],
        },
        "rows": [
            {
                "year": 2013,
                "values": {
                    "measures": NOT_AVAILABLE,
                    "batches": "about 19,000",
                    "items": NOT_AVAILABLE,
                },
                "values_zh": {
                    "measures": NOT_AVAILABLE,
                    "batches": "约1.9万",
                    "items": NOT_AVAILABLE,
                },
                "source": {"en": "mondaq, 2 June 2016", "zh": "mondaq网站，2016年6月2日"},
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
            {
                "year": 2014,
                "values": {"measures": NOT_AVAILABLE, "batches": "23,019", "items": NOT_AVAILABLE},
                "values_zh": {
                    "measures": NOT_AVAILABLE,
                    "batches": "2.3019万",
                    "items": NOT_AVAILABLE,
                },
                "source": {
                    "en": "China IPR SME Helpdesk guide “How to Record IPR with Customs in China”, 2016",
                    "zh": "中国知识产权中小企业咨询服务机构（China IPR SME Helpdesk）指南"
                    "“How to Record IPR with Customs in China”，2016年",
                },
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
            {
                "year": 2016,
                "values": {
                    "measures": "19,500",
                    "batches": NOT_AVAILABLE,
                    "items": "more than 42 million",
                },
                "values_zh": {
                    "measures": "1.95万",
                    "batches": NOT_AVAILABLE,
                    "items": "超过4200万",
                },
                "source": {"en": "saramu.com, 13 July 2017", "zh": "saramu.com网站，2017年7月13日"},
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
            {
                "year": 2020,
                "values": {"measures": "65,300", "batches": "61,900", "items": "56.18 million"},
                "values_zh": {"measures": "6.53万", "batches": "6.19万", "items": "5618万"},
                "source": {
                    "en": "People's Daily Overseas Edition, 27 January 2021; shangwu.cnsygc.com",
                    "zh": "《人民日报海外版》，2021年1月27日；shangwu.cnsygc.com",
                },
                "uncertain": False,
                "note": {
                    "en": "Batches detained rose by 20% on 2019. In the same year GACC approved 15,163 "
                    "customs IPR recordations, 16% more than the year before.",
                    "zh": "查扣批次比2019年增长20%。同年海关总署核准知识产权海关保护备案1.5163万件，"
                    "比上年增长16%。",
                },
            },
            {
                "year": 2021,
                "values": {"measures": NOT_AVAILABLE, "batches": "79,000", "items": "71.8 million"},
                "values_zh": {"measures": NOT_AVAILABLE, "batches": "7.9万", "items": "7180万"},
                "source": {"en": "bdappraiser.com, 2022", "zh": "bdappraiser.com网站，2022年"},
                "uncertain": False,
                "note": {
                    "en": "Batches rose by 27.6% and items by 27.8% on 2020.",
                    "zh": "查扣批次和件数分别比2020年增长27.6%和27.8%。",
                },
            },
            {
                "year": 2023,
                "values": {"measures": "67,000", "batches": "62,100", "items": "82.89 million"},
                "values_zh": {"measures": "6.7万", "batches": "6.21万", "items": "8289万"},
                "source": {
                    "en": "《2023年中国海关知识产权保护状况》 (GACC report on 2023), copy on iguanziben.com",
                    "zh": "《2023年中国海关知识产权保护状况》（iguanziben.com转载）",
                },
                "uncertain": False,
                "note": {
                    "en": "Trade marks accounted for 99.12% of the batches detained.",
                    "zh": "涉及商标的货物占查扣批次的99.12%。",
                },
            },
            {
                "year": 2024,
                "values": {"measures": "53,200", "batches": "41,600", "items": "81.61 million"},
                "values_zh": {"measures": "5.32万", "batches": "4.16万", "items": "8161万"},
                "source": {
                    "en": "《2024年中国海关知识产权保护状况》 (GACC report on 2024), as reported by Legal Daily "
                    "and gmw.cn, 25 April 2025",
                    "zh": "《2024年中国海关知识产权保护状况》（据《法治日报》、光明网报道，2025年4月25日）",
                },
                "uncertain": False,
                "note": {
                    "en": "Trade marks accounted for 99.5% of the batches detained and exports for "
                    "99.17%. Customs detained 25,300 batches in the cross-border e-commerce channel.",
                    "zh": "涉及商标的货物占查扣批次的99.5%，出口环节占99.17%。跨境电商渠道查扣2.53万批。",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # EU external border (domain-facts §5)
    # ------------------------------------------------------------------
    {
        "key": "eu-border",
        "en": {
            "caption": "EU customs: detentions at the external border",
            "source_note": (
                "Detentions by customs at the EU external border, as recorded in the European "
                "Commission's annual reports on EU customs enforcement of IPR (from 2020 joint DG "
                "TAXUD–EUIPO reports, which also cover detentions in the internal market). The "
                "figures were read in summaries by the Commission, national customs services, news "
                "sites and law firms, named in each row. For 2024 the sources read give only the "
                "EU-wide total including the internal market: about 112 million items worth more "
                "than EUR 3.8 billion (ECTA news, 2025; ipjoin.eu)."
            ),
        },
        "zh": {
            "caption": "欧盟海关外部边境扣留情况",
            "source_note": (
                "数据为欧盟外部边境海关的扣留情况，出自欧盟委员会关于欧盟海关知识产权执法的年度报告"
                "（自2020年起由TAXUD与欧盟知识产权局联合发布，并涵盖内部市场的扣留）。表中数据取自"
                "欧盟委员会、成员国海关、新闻网站和律师事务所对上述报告的摘要，出处见各行。2024年所查"
                "资料只给出了计入内部市场的欧盟合计数：约1.12亿件，价值超过38亿欧元（ECTA新闻，"
                "2025年；ipjoin.eu）。"
            ),
        },
        "columns": ["year", "cases", "articles", "value"],
        "column_labels": {
            "en": ["Year", "Detention cases", "Articles detained", "Value (EUR)"],
            "zh": ["年份", "扣留案件数", "扣留物品（件）", "货值（欧元）"],
        },
        "rows": [
            {
                "year": 2013,
                "values": {
                    "cases": "about 87,000",
                    "articles": "about 36 million",
                    "value": "about 760–800 million",
                },
                "values_zh": {"cases": "约8.7万", "articles": "约3600万", "value": "约7.6亿至8亿"},
                "source": {
                    "en": "Commission report on 2013, as summarised by Lexology; TAXUD facts page (2013)",
                    "zh": "欧盟委员会2013年度报告（Lexology摘要）；TAXUD数据页面（2013年）",
                },
                "uncertain": False,
                "note": {
                    "en": "The sources put the value between about EUR 760 million and EUR 800 "
                    "million. In 2013, 66% of the products detained came from China.",
                    "zh": "所查资料给出的货值在约7.6亿至8亿欧元之间。2013年被扣产品中有66%来自中国。",
                },
            },
            {
                "year": 2014,
                "values": {
                    "cases": "more than 95,000",
                    "articles": "more than 35 million",
                    "value": "more than 617 million",
                },
                "values_zh": {
                    "cases": "超过9.5万",
                    "articles": "超过3500万",
                    "value": "超过6.17亿",
                },
                "source": {
                    "en": "TAXUD, “Customs sees what you don't” (figures for 2014)",
                    "zh": "TAXUD出版物“Customs sees what you don't”（2014年数据）",
                },
                "uncertain": False,
                "note": {
                    "en": "The small consignments procedure, new in 2014, pushed up the number of "
                    "detentions (Commission report on 2014, as quoted by wordscope.be).",
                    "zh": "2014年起实施的小件包裹程序推高了扣留数量（欧盟委员会2014年度报告，"
                    "wordscope.be引述）。",
                },
            },
            {
                "year": 2015,
                "values": {
                    "cases": "more than 81,000",
                    "articles": "43.7 million",
                    "value": "more than 640 million",
                },
                "values_zh": {"cases": "超过8.1万", "articles": "4370万", "value": "超过6.4亿"},
                "source": {
                    "en": "Commission report published in 2016, as summarised by dekuzu.com",
                    "zh": "欧盟委员会2016年发布的报告（dekuzu.com摘要）",
                },
                "uncertain": False,
                "note": {
                    "en": "Cases fell by 15% on 2014, partly because some applicants withdrew their "
                    "requests for the small consignments procedure.",
                    "zh": "案件数比2014年下降15%，原因之一是部分申请人撤回了适用小件包裹程序的请求。",
                },
            },
            {
                "year": 2016,
                "values": {
                    "cases": NOT_AVAILABLE,
                    "articles": "41 million",
                    "value": "670 million",
                },
                "values_zh": {"cases": NOT_AVAILABLE, "articles": "4100万", "value": "6.7亿"},
                "source": {
                    "en": "securingindustry.com, 2017",
                    "zh": "securingindustry.com网站，2017年",
                },
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
            {
                "year": 2017,
                "values": {
                    "cases": "57,433",
                    "articles": "more than 31 million",
                    "value": "more than 580 million",
                },
                "values_zh": {"cases": "5.7433万", "articles": "超过3100万", "value": "超过5.8亿"},
                "source": {
                    "en": "European Commission newsroom, September/October 2018",
                    "zh": "欧盟委员会新闻中心，2018年9—10月",
                },
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
            {
                "year": 2018,
                "values": {
                    "cases": "69,354",
                    "articles": "about 26.7 million",
                    "value": "about 738 million",
                },
                "values_zh": {"cases": "6.9354万", "articles": "约2670万", "value": "约7.38亿"},
                "source": {
                    "en": "Malta Customs summary, 19 September 2019; europeansting.com",
                    "zh": "马耳他海关摘要，2019年9月19日；europeansting.com",
                },
                "uncertain": False,
                "note": {
                    "en": "Postal and courier shipments made up about 84% of customs interventions "
                    "(Malta Customs).",
                    "zh": "邮件和快件约占海关干预案件的84%（马耳他海关）。",
                },
            },
            {
                "year": 2019,
                "values": {
                    "cases": NOT_AVAILABLE,
                    "articles": "41 million",
                    "value": "about 760 million",
                },
                "values_zh": {"cases": NOT_AVAILABLE, "articles": "4100万", "value": "约7.6亿"},
                "source": {"en": "TAXUD news, 30 November 2021", "zh": "TAXUD新闻，2021年11月30日"},
                "uncertain": True,
                "note": {
                    "en": "The value is derived, not published: TAXUD put the 2020 value at EUR 778 "
                    "million, 2.4% more than in 2019, which gives about EUR 760 million for 2019. To "
                    "be confirmed against the official report.",
                    "zh": "货值为推算数，并非公布数：TAXUD公布2020年货值为7.78亿欧元，比2019年增长2.4%，"
                    "据此推算2019年约为7.6亿欧元。有待对照官方文本核实。",
                },
            },
            {
                "year": 2020,
                "values": {
                    "cases": NOT_AVAILABLE,
                    "articles": "27 million",
                    "value": "778 million",
                },
                "values_zh": {"cases": NOT_AVAILABLE, "articles": "2700万", "value": "7.78亿"},
                "source": {
                    "en": "TAXUD news, 30 November 2021; metroconsult.it",
                    "zh": "TAXUD新闻，2021年11月30日；metroconsult.it",
                },
                "uncertain": False,
                "note": {
                    "en": "Including detentions in the internal market, the total value was about EUR "
                    "2 billion.",
                    "zh": "如计入内部市场的扣留，总价值约20亿欧元。",
                },
            },
            {
                "year": 2021,
                "values": {
                    "cases": "about 125,000",
                    "articles": "about 42 million",
                    "value": "847 million",
                },
                "values_zh": {"cases": "约12.5万", "articles": "约4200万", "value": "8.47亿"},
                "source": {
                    "en": "TAXUD news, 16 December 2022; TAXUD facts and figures page; mondaq "
                    "(Italy), 2023",
                    "zh": "TAXUD新闻，2022年12月16日；TAXUD数据页面；mondaq网站（意大利），2023年",
                },
                "uncertain": True,
                "note": {
                    "en": "Uncertain, to be confirmed against the official report. The case figure "
                    "(from mondaq) counts “procedures”, and it is not clear how these "
                    "relate to detention cases. The article figure is derived from TAXUD's 56% rise "
                    "on 2020. The value of EUR 847 million is from mondaq; TAXUD reported a 4% rise "
                    "in value, which would give about EUR 810 million, so the sources disagree.",
                    "zh": "数据不确定，有待对照官方文本核实。案件数（出自mondaq）统计的是“程序”"
                    "（procedures），与扣留案件的对应关系不明。扣留物品数是根据TAXUD公布的比2020年"
                    "增长56%推算得出。8.47亿欧元的货值出自mondaq；TAXUD称货值增长4%，按此计算约为"
                    "8.1亿欧元，两者不一致。",
                },
            },
            {
                "year": 2022,
                "values": {
                    "cases": "about 99,000",
                    "articles": "about 24 million",
                    "value": "943 million",
                },
                "values_zh": {"cases": "约9.9万", "articles": "约2400万", "value": "9.43亿"},
                "source": {
                    "en": "TAXUD news, 27 November 2023; mondaq, 2023; karg-und-petersen.de",
                    "zh": "TAXUD新闻，2023年11月27日；mondaq网站，2023年；karg-und-petersen.de",
                },
                "uncertain": False,
                "note": {
                    "en": "The case figure counts “procedures”, as in 2021 (21% fewer than "
                    "in 2021), so compare it with years before 2021 with care. Articles fell by 43% "
                    "and value rose by 11% on 2021.",
                    "zh": "案件数与2021年一样按“程序”统计（比2021年减少21%），与2021年以前各年比较时"
                    "须谨慎。扣留物品数比2021年下降43%，货值增长11%。",
                },
            },
            {
                "year": 2023,
                "values": {
                    "cases": NOT_AVAILABLE,
                    "articles": "about 17.5 million",
                    "value": "about 811 million",
                },
                "values_zh": {"cases": NOT_AVAILABLE, "articles": "约1750万", "value": "约8.11亿"},
                "source": {
                    "en": "karg-und-petersen.de, November 2024; ipjoin.eu",
                    "zh": "karg-und-petersen.de，2024年11月；ipjoin.eu",
                },
                "uncertain": False,
                "note": {
                    "en": "The sources give no case count, only a 7% rise on 2022. Including "
                    "detentions in the internal market, the EU total was about 152 million items "
                    "worth about EUR 3.4 billion.",
                    "zh": "所查资料未给出案件数，只提到比2022年增长7%。如计入内部市场的扣留，欧盟全年"
                    "合计约1.52亿件，价值约34亿欧元。",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # EU applications for action (domain-facts §5, "Other useful figures")
    # ------------------------------------------------------------------
    {
        "key": "eu-afa",
        "en": {
            "caption": "EU customs: applications for action submitted",
            "source_note": (
                "Applications for action submitted to EU customs under Regulation (EU) No 608/2013, "
                "from the chapter on cooperation between customs and right holders in the "
                "Commission's annual reports, as summarised by dekuzu.com (reports published in "
                "2016 and 2017). Figures for later years were not found in the sources read."
            ),
        },
        "zh": {
            "caption": "欧盟海关：提交的海关执法申请",
            "source_note": (
                "依据欧盟第608/2013号条例向欧盟海关提交的海关执法申请数量，出自欧盟委员会年度报告中"
                "关于海关与权利人合作的章节（dekuzu.com对2016年和2017年发布的报告所作的摘要）。所查"
                "资料中未见此后年份的数据。"
            ),
        },
        "columns": ["year", "national", "union"],
        "column_labels": {
            "en": ["Year", "National applications", "Union applications"],
            "zh": ["年份", "国家申请（件）", "欧盟申请（件）"],
        },
        "rows": [
            {
                "year": 2015,
                "values": {"national": "3,332", "union": "2,102"},
                "values_zh": {"national": "3332", "union": "2102"},
                "source": {
                    "en": "Commission report published in 2016, as summarised by dekuzu.com",
                    "zh": "欧盟委员会2016年发布的报告（dekuzu.com摘要）",
                },
                "uncertain": False,
                "note": {
                    "en": "If every Member State named in a Union application is counted "
                    "separately, the total comes to 33,191.",
                    "zh": "如将每件欧盟申请所列的成员国逐一计算，总数为3.3191万件。",
                },
            },
            {
                "year": 2016,
                "values": {"national": "3,040", "union": "1,179"},
                "values_zh": {"national": "3040", "union": "1179"},
                "source": {
                    "en": "Commission report published in 2017, as summarised by dekuzu.com",
                    "zh": "欧盟委员会2017年发布的报告（dekuzu.com摘要）",
                },
                "uncertain": False,
                "note": {"en": "", "zh": ""},
            },
        ],
    },
]
