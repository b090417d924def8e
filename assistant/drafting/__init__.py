"""Drafting the 主要事迹 of a program's 推荐表 for unit HR, and exporting the filled forms.

Run with:
    assistant draft --program hz_digital_craftsman_2026 --facts facts.json --docx 推荐表.docx --json
    assistant summary-sheet --program hz_digital_craftsman_2023 --candidates candidates.json --xlsx 汇总表.xlsx

Modules: ``limits`` (each form's word limit, quoted), ``material`` (facts -> ranked items, sanity
warnings), ``compose`` (offline template composer), ``grounding`` (what the facts back), ``llm_mode``
(the model writes, the checks decide), ``questions``, ``forms`` (form layouts as data), ``values`` (field
values), ``export_docx``, ``export_xlsx``.
"""

from __future__ import annotations

# The export modules share their names with their functions. Importing them here, while the package
# loads, binds the package attributes to the functions for good; a later ``from .export_xlsx import x``
# finds the module in sys.modules and does not rebind them.
from assistant.drafting.core import ConditionLink, Draft, draft
from assistant.drafting.export_docx import export_docx
from assistant.drafting.export_xlsx import SheetResult, export_xlsx, load_candidates
from assistant.drafting.grounding import check_grounding
from assistant.drafting.limits import DEFAULT_LIMIT, FORM_LIMITS, FormLimit, form_limit
from assistant.drafting.questions import draft_questions
from assistant.drafting.text import count_chars

__all__ = ["Draft", "ConditionLink", "draft", "draft_questions", "count_chars", "check_grounding", "FORM_LIMITS",
           "FormLimit", "form_limit", "DEFAULT_LIMIT", "export_docx", "export_xlsx", "load_candidates", "SheetResult"]

