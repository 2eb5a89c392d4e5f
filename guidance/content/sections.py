"""Texts of the guidance section's own pages: index, glossary and deadline helper."""

INDEX = {
    "slug": "guidance",
    "en": {
        "title": "Guidance",
        "intro": "<p>How customs in the European Union and in China protect intellectual property rights, what right holders must file, and the deadlines once goods are detained. Filter by jurisdiction, type of right, audience or procedure stage.</p>",
    },
    "zh": {
        "title": "指南",
        "intro": "<p>介绍欧盟海关和中国海关如何保护知识产权、权利人需要提交哪些材料，以及货物被扣留后的各项期限。可按法域、权利类型、适用对象或程序阶段筛选。</p>",
    },
}

GLOSSARY = {
    "slug": "glossary",
    "en": {
        "title": "Glossary",
        "intro": "<p>The terms of customs enforcement of IPR in the EU and in China, with their Chinese equivalents and the legal source of each. Chinese renderings marked as suggested have no official Chinese term.</p>",
    },
    "zh": {
        "title": "术语表",
        "intro": "<p>欧盟和中国知识产权海关执法的常用术语，附中英文对照及各术语的法律出处。标注为“建议译法”的术语尚无官方中文译名。</p>",
    },
}

DEADLINES = {
    "slug": "deadlines",
    "en": {
        "title": "Deadline helper",
        "intro": "<p>Enter the date customs notified you and your situation: the helper lists the dates by which you must act, in working days, with the legal basis of each.</p>",
    },
    "zh": {
        "title": "期限计算工具",
        "intro": "<p>输入海关通知您的日期并选择您的情形，本工具将按工作日列出您须采取行动的最后日期及各项期限的法律依据。</p>",
    },
}
