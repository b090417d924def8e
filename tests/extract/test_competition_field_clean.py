"""Issue 13, item 5: the time word and the verb of winning said before a contest's name are not its field."""

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, field", [
    ("前年拿过省里焊工比赛第二名", "省里焊工比赛"),
    ("大前年拿了市里数控车工大赛第一名", "市里数控车工大赛"),
    ("那年得了全国茶艺师比赛第三名", "全国茶艺师比赛"),
    ("前两年获得过市焊工比赛第一名", "市焊工比赛"),
])
def test_the_field_starts_after_the_verb_of_winning(text, field):
    results = extract(text, TODAY).profile["competition_results"]
    assert [r["field"] for r in results] == [field]
