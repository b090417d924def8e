"""A form's template asked for: the attachment of that name in the asked notice, or its silence.

"第四届要交的那个汇总表，模板没看到啊，格式是啥样的？" names 汇总表, which 第四届's 五 names too (将…推荐表和汇总表…报送)
without giving it: a sentence naming a form holds no template of it. Only an attached form of that name does
(附件 第四届“杭州数字工匠”推荐表); a notice attaching none is silent on the template, and the answer says so.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_form_templates.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_table import table
from assistant.chat.rules.forms import FORM_NAMES, attached

__all__ = ["asks_template", "template_of"]


@functools.lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(table()["form_template"]["cue"])


def asks_template(text: str) -> bool:
    """Whether ``text`` asks for a form's template (模板, 样表, 格式是啥样, 哪里下载)."""
    return bool(_cue().search(text or ""))


def template_of(corpus, program: str, text: str, whole: str | None = None) -> tuple[str, tuple[str, str] | None] | None:
    """For a template question naming a form (in ``text`` or, for one ask of several, the ``whole`` message):
    (form name, the (clause_id, title line) of the notice's attachment of that form, or None when it attaches
    none). None when ``text`` asks no template or names no form."""
    if not asks_template(text):
        return None
    said = FORM_NAMES.search(text) or FORM_NAMES.search(whole or "")
    if not said:
        return None
    name = said.group(0)
    for clause in corpus.clauses(program):
        if len(clause.path) == 1 and attached(clause) and name in (clause.title or ""):
            line = next((ln.strip() for ln in clause.text.split("\n") if name in ln), None)
            if line:
                return name, (clause.clause_id, line)
    return name, None
