"""The speaker naming themself by a post that runs a business or a unit ("我是老板", "我是店长") holds a management
post; "我老板…" names a person, and hands said to be on the work leave the post to be asked about."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text", ["我是老板 自己开了个汽修店 在西湖区", "我是店长", "本人是这家厂的厂长", "我是老总"])
def test_a_post_that_runs_a_business_is_management(text):
    check(text, {"role_type": "management"})


def test_ones_boss_is_a_person_not_a_post():
    # the boss is no post of the asker's; the welder's job in the clause after it is read as the post (front line)
    check("我老板是杭州人 我在他厂里做焊工", {"role_type": "frontline_technical"})
    check("我老板是杭州人", {"role_type": ABSENT})


def test_hands_on_the_work_after_the_post_is_no_management_said():
    check("我是老板，自己也修车", {"role_type": ABSENT})
