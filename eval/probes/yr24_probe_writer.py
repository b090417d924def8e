"""Probes of years and starts told in applicants' words (round twenty-one, years24): written before the code was
changed, by someone who had read the code (not blind). Each message is a fixed profile of one programme with only
the years told in another way, so the verdict turns on how the years are read; labels from the notices and
docs/verdict-policy.md (as of ASSISTANT_TODAY=2026-11-21).

Run from the repo root: python -m eval.probes.yr24_probe_writer  (writes yr24_messages.jsonl and yr24_dialogues.jsonl
beside it)."""

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
T16 = ("首届杭州工匠（2016）那次：我1975年生，中国人，工会会员，{y}，2016年那会儿还在一线，"
       "2012年杭州市职业技能大赛车工个人第一名，当时能报吗")
T23 = ("首届数字工匠那次：我在钱塘一家民营工业软件公司做研发，{y}，技术岗，工会会员，没评过浙江工匠杭州工匠。"
       "我培养的选手2021年在浙江省职业技能大赛工业互联网项目拿了第二名。那次我符合吗")
T26 = ("第四届数字工匠：我在滨江一家民营公司做云平台运维开发，{y}，全职，技术岗，工会会员，没评过称号，"
       "去年杭州市数字经济行业职业技能竞赛云计算赛项拿了个人第一名。能报吗")
TZJ = ("浙派工匠：我在宁波一家船厂当焊工，高级技师，焊工最高就是高级技师，{y}，在职一线，会员，中国人，没评过称号。"
       "2019年浙江省焊工技能大赛第一名。能报吗")
PROG = {T16: "hz_craftsman_2016", T23: "hz_digital_craftsman_2023", T26: "hz_digital_craftsman_2026",
        TZJ: "zj_craftsman_2023"}

MESSAGES = [
    (T26, "打从儿子上小学那年就来杭州了，一直做这个，儿子今年读初二", "direct_recognition", "初二（2026年秋）倒推：小学2019年起，到2026-03-31在杭六年多"),
    (TZJ, "之前一直在江苏焊船，焊了十几年，今年开春才来的宁波", "not_eligible", "今年开春来浙：在浙不满1年"),
    (TZJ, "来宁波还不到一年，之前在江苏干了十五年焊工", "not_eligible", "在浙不到1年"),
    (TZJ, "在宁波干了大半年，之前在广东干了十来年", "not_eligible", "大半年不满1年"),
    (T16, "九几年就进了杭州这家机床厂做车工，一直干到现在", "eligible", "九几年起：到2016年至少16年"),
    (T16, "零几年进的杭州这家机床厂做车工，一直干到现在", "needs_review", "零几年起：到2016年7到16年，跨10年门槛"),
    (T16, "我在杭州这家机床厂做车工，干这行的年头比我儿子岁数还大，儿子今年二十五了", "eligible", "多于25年：2016年时多于15年"),
    (T16, "技校毕业就进了杭州这家机床厂做车工，零三年毕业的", "eligible", "2003年起，到2016年13年"),
    (T16, "香港回归那年进的杭州这家机床厂，一直做车工", "eligible", "1997年起"),
    (T16, "到一六年评的时候，我在杭州这家机床厂做车工正好十二年", "eligible", "截至2016年12年"),
    (T16, "儿子上小学那年我进的杭州这家机床厂做车工，他今年上高二", "not_eligible", "高二倒推：小学2016年起，2016年时不满1年"),
    (T16, "在杭州这家机床厂做车工二十七八年了", "eligible", "27-28年，2016年时17年以上"),
    (T16, "在杭州这家机床厂做车工，今年是第二十个年头", "not_eligible", "满19年：2016年时约9年"),
    (T16, "一干就是快三十年，都在杭州这家机床厂做车工", "eligible", "近30年，2016年时19年以上"),
    (T26, "来杭州快十年了，中间回老家待过一年，一直做这个", "direct_recognition", "在杭约8年半"),
    (T26, "在杭州做了三年运维，后来去上海干了两年，二三年又回的杭州", "direct_recognition", "本行8年、在杭3+3年"),
    (T26, "我在杭州干运维六年了，我老婆也在杭州，她来了才两年", "direct_recognition", "两年是妻子的"),
    (T26, "研究生毕业那年来的杭州，一直干这个，一九年毕业的", "direct_recognition", "2019年起，到2026-03-31六年多"),
    (T26, "亚运会前一年来的杭州，一直干这个，之前没干过", "needs_review", "2022年起，到2026-03-31三到四年，本行一般5年以上交评审，不直接认定"),
    (T23, "到二三年报名那会儿，我在杭州做研发刚满一年", "not_eligible", "截至2023年在杭1年，不满2年"),
    (T23, "一三年就在杭州干这行了，中间没断过", "eligible", "2013年起"),
    (T23, "疫情前一年来的杭州，一直干研发，之前在苏州也干了五六年", "eligible", "2019年来杭，本行多于5年"),
    (T26, "毕业就进了这家公司，今年是第七个年头", "direct_recognition", "满6年，2026-03-31时5年多"),
    (T16, "打我十八岁进杭州这家机床厂学车工，到现在没挪过窝", "eligible", "1993年起"),
    (TZJ, "老大上初中那年我才从江苏过来宁波，老大今年初一", "not_eligible", "初一：2026年9月来浙，不满1年"),
]

DIALOGUES = [
    (T26, "打从孩子上小学那年就来杭州了，孩子今年都初二了，一直干这个", "years_in_field", "direct_recognition"),
    (T16, "九几年就进厂了，一直在杭州", "years_in_field", "eligible"),
    (T16, "技校毕业就进的厂，零二年毕业", "years_in_field", "eligible"),
    (T26, "八九年了吧，都在杭州", "years_in_field", "direct_recognition"),
    (TZJ, "焊了十几年，不过来宁波才大半年", "years_in_field", "not_eligible"),
    (T26, "快十年了，中间回老家待过一年", "years_in_field", "direct_recognition"),
    (T16, "比我儿子岁数还大，儿子今年二十五", "years_in_field", "eligible"),
    (T23, "一三年就在杭州干这行了", "years_in_field", "eligible"),
]


def _strip(template: str) -> str:
    return template.replace("{y}，", "")


def main() -> None:
    write_jsonl(HERE / "yr24_messages.jsonl", (
        {"id": f"el-yr{i:03d}", "question": t.format(y=y), "program": PROG[t], "expect_verdicts": {PROG[t]: verdict},
         "why": why, "split": "dev"} for i, (t, y, verdict, why) in enumerate(MESSAGES, 1)))
    write_jsonl(HERE / "yr24_dialogues.jsonl", (
        {"id": f"dlg-yr{i:03d}", "turns": turns_closing([(_strip(t), None), (reply, field)], {PROG[t]: verdict}),
         "final_verdicts": {PROG[t]: verdict}, "why": "年限以口语作答", "split": "dev"}
        for i, (t, reply, field, verdict) in enumerate(DIALOGUES, 1)))


if __name__ == "__main__":
    main()
