"""A premise's year said in Chinese digits ("二〇二四年拿的市里第一…也能直接认定是吧") is read as the year it is, and
checked against the notice's "2025年以来" as a year said in Arabic digits is."""

from __future__ import annotations

from assistant.chat.premise.attributes import read_attributes
from assistant.extract.numbers import digit_years


def test_digit_years_writes_chinese_digit_years_only():
    assert digit_years("二〇二四年拿的，一九九八年进厂，干了二十年") == "2024年拿的，1998年进厂，干了二十年"


def test_a_since_premise_reads_a_year_in_chinese_digits():
    said = {p.objects[:2] for p in read_attributes("我前年也就是二〇二四年拿的市里第一，也能直接认定是吧")}
    assert ("起算年份", "2024") in said
