"""Probes of replies in a dialogue told as a bare year, a hedge, or a correction (round twenty-three, reply23): written
before the code was changed, by someone who had read the code (not blind). Each dialogue opens with a fixed profile of
one programme without its years (the profiles of years19/yr24, whose labels were checked there), then the asker answers
the year question the assistant asks back: a year said digit by digit without 年 ("〇三", "一三", "九八吧"), a year
corrected in the next message ("不对 记错了 是〇三年"), or in the same one. Labels from the notices and
docs/verdict-policy.md (as of ASSISTANT_TODAY=2026-11-21): 首届杭州工匠 counts the years in Hangzhou to 2016 (10
years), 第四届数字工匠 directly recognises a 2025 municipal first with five years in the trade.

Run from the repo root: python -m eval.probes.rz_probe_writer  (writes rz_messages.jsonl and rz_dialogues.jsonl beside
it)."""

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
T16 = ("首届杭州工匠（2016）那次：我1975年生，中国人，工会会员，{y}2016年那会儿还在一线，2012年杭州市职业技能大赛车工个人第一名，"
       "当时能报吗")
T26 = ("第四届数字工匠：我在滨江一家民营公司做云平台运维开发，{y}全职，技术岗，工会会员，没评过称号，"
       "去年杭州市数字经济行业职业技能竞赛云计算赛项拿了个人第一名。能报吗")
T23 = ("首届数字工匠那次：我在钱塘一家民营工业软件公司做研发，{y}技术岗，工会会员，没评过浙江工匠杭州工匠。"
       "我培养的选手2021年在浙江省职业技能大赛工业互联网项目拿了第二名。那次我符合吗")
PROG = {T16: "hz_craftsman_2016", T26: "hz_digital_craftsman_2026", T23: "hz_digital_craftsman_2023"}

# (template, the replies after the opening as (words, field answered), verdict, why)
DIALOGUES = [
    (T16, [("〇三", "years_in_field")], "eligible", "〇三：2003年起，到2016年13年"),
    (T16, [("九八吧 一直在杭州这家厂", "years_in_field")], "eligible", "九八：1998年起（两位数超出一辈子的工龄，是年份）"),
    (T16, [("一三", "years_in_field")], "not_eligible", "一三（逐字读，不是十三）：2013年起，到2016年3年"),
    (T16, [("二〇〇五", "years_in_field")], "eligible", "2005年起，到2016年11年"),
    (T16, [("零四 一直在杭州", "years_in_field")], "eligible", "2004年起"),
    (T26, [("二二", "years_in_field")], "needs_review", "二二：2022年起，到2026-03-31三年多，本行不满5年不直接认定"),
    (T26, [("一八 一直在杭州", "years_in_field")], "direct_recognition", "2018年起，七年多"),
    (T16, [("一三年进的厂", "years_in_field"), ("不对 记错了 是〇三年", None)], "eligible",
     "改口：2003年起，在杭与本行的起点一起改"),
    (T16, [("〇三年进的厂", "years_in_field"), ("哦不对 我记错了 是一三年进的", None)], "not_eligible",
     "改口：2013年起"),
    (T26, [("一九年来的杭州 一直干这个", "years_in_field"), ("不对 我记错了 是二二年才来的", None)], "needs_review",
     "改口：2022年来杭，到2026-03-31三年多"),
    (T16, [("一三年进的厂 不对 记错了 是〇三年", "years_in_field")], "eligible", "同一句里改口：2003年起"),
    (T16, [("〇四年进的厂……哦不对 记错了 是一四年", "years_in_field")], "not_eligible", "同一句里改口：2014年起"),
    (T23, [("一六", "years_in_field")], "eligible", "2016年起，到首届申报时六年多"),
]

# (template, the years said in the message, verdict, why): a year corrected inside one message
MESSAGES = [
    (T16, "一二年进的杭州这家机床厂，不对，记错了，是〇二年，", "eligible", "改口：2002年起"),
    (T16, "〇二年进的杭州这家机床厂……哦不对 我记错了 是一二年，", "not_eligible", "改口：2012年起，到2016年4年"),
    (T26, "一八年来的杭州，不对，是二二年来的，一直干这个，", "needs_review", "改口：2022年起，三年多"),
    (T26, "二二年来的杭州，哦不对记错了，是一八年，一直干这个，", "direct_recognition", "改口：2018年起"),
]


def main() -> None:
    write_jsonl(HERE / "rz_messages.jsonl", (
        {"id": f"el-rz{i:03d}", "question": t.format(y=y), "program": PROG[t], "expect_verdicts": {PROG[t]: verdict},
         "why": why, "split": "dev"} for i, (t, y, verdict, why) in enumerate(MESSAGES, 1)))
    write_jsonl(HERE / "rz_dialogues.jsonl", (
        {"id": f"dlg-rz{i:03d}", "turns": turns_closing([(t.format(y=""), None), *said], {PROG[t]: verdict}),
         "final_verdicts": {PROG[t]: verdict}, "why": why, "split": "dev"}
        for i, (t, said, verdict, why) in enumerate(DIALOGUES, 1)))


if __name__ == "__main__":
    main()
