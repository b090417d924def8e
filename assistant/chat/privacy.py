"""身份证号 and 手机号 said in the chat: masked before anything reads or keeps the message, and said so.

HR staff drafting a 推荐表 paste the candidate's ID and phone ("他身份证号是…，电话…"). The assistant needs
neither: the masked text is what the turn reads, remembers and logs, and a message that only gives such
numbers is answered with what to do with them instead of being read as a question about the notices.
"""

from __future__ import annotations

import re

from assistant.pii import ID_CARD_MASK, PHONE_MASK, contains_pii, redact

__all__ = ["PII_NOTE", "screened"]

PII_NOTE = "您发来的身份证号、手机号已隐去：本助手用不到、也不保存这类信息；推荐表上的这些栏目请您在表格里自行填写。"
# What a message that only hands over numbers says around them
_AROUND = re.compile(r"[他她我的是为叫号码：:，,。；;、\s]|身份证号?|证件号|电话|手机号?|联系方式|号码|还有|和|以及|以下|如下|一下")


def screened(text: str) -> tuple[str, bool, bool]:
    """(the text with personal numbers masked, whether any was, whether the message said nothing else)."""
    if not contains_pii(text):
        return text, False, False
    masked = redact(text)
    rest = _AROUND.sub("", masked.replace(ID_CARD_MASK, "").replace(PHONE_MASK, ""))
    return masked, True, not rest
