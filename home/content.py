"""Home page content in English and Simplified Chinese (loaded by ``load_initial_data``).

Facts: Council of the EU note 13363/17 (18 October 2017), Action Plan concerning EU–China
customs cooperation on IPR 2018–2020, Key Action 4.
"""

HOME = {
    "en": {
        "title": "EU–China IPR Customs Portal",
        "hero_title": "Protect your intellectual property at the EU and Chinese borders",
        "hero_text": (
            "Customs in the European Union and in China can stop counterfeit and pirated goods "
            "before they reach the market — if right holders tell them what to look for. This "
            "portal explains, in English and Chinese, how to ask customs for action, what happens "
            "when goods are detained, and which deadlines apply."
        ),
        "cooperation_heading": "EU–China customs cooperation on IPR",
        "cooperation_text": (
            "<p>The European Union and China have cooperated on customs enforcement of "
            "intellectual property rights under joint Action Plans since the first plan was "
            "signed in Brussels on 30 January 2009. The Action Plan for 2018–2020 (Council note "
            "13363/17) groups the work into key actions, overseen by a joint IPR Working Group "
            "that meets at least once a year, alternately in the EU and in China.</p>"
            "<p>Key Action 4 is about partnership with business. Customs give right holders the "
            "information they need on the law and the procedures; right holders give customs the "
            "product and risk information that lets them find infringing goods. Joint "
            "customs–industry meetings are held, their results are passed on to small and "
            "medium-sized enterprises in particular, and right holders are encouraged to apply "
            "for customs action.</p>"
            "<p>This portal is part of that work. It explains procedures; the legal filing is "
            "always made in the official systems of the EU and of China.</p>"
        ),
    },
    "zh": {
        "title": "中欧知识产权海关保护门户",
        "hero_title": "在欧盟和中国边境保护您的知识产权",
        "hero_text": (
            "欧盟海关和中国海关都可以在假冒和盗版货物进入市场之前将其拦截，前提是权利人向海关提供"
            "识别侵权货物所需的信息。本门户以中英文介绍如何请求海关采取保护措施、货物被扣留后会发生"
            "什么，以及需要遵守哪些期限。"
        ),
        "cooperation_heading": "中欧海关知识产权合作",
        "cooperation_text": (
            "<p>自2009年1月30日在布鲁塞尔签署第一份行动计划以来，欧盟与中国一直在联合行动计划框架下"
            "开展知识产权海关执法合作。2018—2020年行动计划（欧盟理事会第13363/17号文件）将合作内容"
            "分为若干关键行动，由双方共同组成的知识产权工作组负责监督实施；工作组每年至少召开一次会议，"
            "轮流在欧盟和中国举行。</p>"
            "<p>关键行动4旨在与企业界建立伙伴关系：海关向权利人提供有关法律和程序的信息，权利人向海关"
            "提供有助于识别侵权货物的产品信息和风险信息。双方举办海关与企业联席会议，并将会议成果传达"
            "给相关各方，特别是中小企业，同时鼓励权利人积极向海关提出保护申请。</p>"
            "<p>本门户是上述合作的组成部分。门户仅介绍程序，正式申请须通过欧盟和中国的官方系统提交。</p>"
        ),
    },
}

#: Calls to action: (heading, text, link text) per language, and the slug of the target page.
CALLS_TO_ACTION = [
    {
        "target": "guidance",
        "en": (
            "Read the guidance",
            "How customs protect IPR in the EU and in China, step by step, with the deadlines and their legal basis.",
            "Read the guidance",
        ),
        "zh": (
            "阅读指南",
            "逐步了解欧盟海关和中国海关如何保护知识产权，以及各项期限及其法律依据。",
            "阅读指南",
        ),
    },
    {
        "target": "eu-application-for-action",
        "en": (
            "Apply for customs action",
            "What an EU application for action must contain, where to file it, and how it compares with recordation in China.",
            "Prepare your application",
        ),
        "zh": (
            "申请海关保护",
            "了解欧盟海关执法申请须包含哪些内容、在何处提交，以及与中国海关备案有何不同。",
            "准备申请",
        ),
    },
    {
        "target": "events",
        "en": (
            "Upcoming events",
            "Joint customs–industry meetings and webinars for SMEs: register online, in English or Chinese.",
            "See the events",
        ),
        "zh": (
            "近期活动",
            "海关与企业联席会议及面向中小企业的网络研讨会，可在线报名，中英文均可。",
            "查看活动",
        ),
    },
]
