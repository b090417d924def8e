"""Probes of the two 数字工匠 editions (round twenty-three, digit23): the deciding fact told in an applicant's own
words — a title already held told as a story, the trade told by what the employer makes, years in Hangzhou told by
events, the post told as a job title, the 第四届 direct route said loosely and across two turns. Written before the
code was changed, by someone who had read the code (not blind). Each message is a fixed profile of one edition with
only the one fact told another way; labels from the notices and docs/verdict-policy.md (ASSISTANT_TODAY=2026-11-21).

Run from the repo root: python -m eval.probes.dz_probe_writer  (writes dz_messages.jsonl and dz_dialogues.jsonl).
"""

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
D23, D26 = "hz_digital_craftsman_2023", "hz_digital_craftsman_2026"
# {x} is the one fact told another way; the rest of the profile meets every other condition
T23 = ("首届数字工匠那次：我1988年的，{x}，工会会员，没评过什么称号，2021年拿过杭州市科学技术进步奖三等奖，是主要完成人。那次我能报吗")
T26 = ("问下第四届数字工匠：我1990年生，{x}，工会会员，没评过什么称号，2023年拿过浙江省科学技术进步奖二等奖，我是第二完成人。能报吗")
# the title rows: the same profile, the title told instead of 没评过
H23 = T23.replace("没评过什么称号，", "")
H26 = T26.replace("没评过什么称号，", "")
# the years rows: no (三) award, which would meet 可不受工作年限限制 and leave 在杭全职 to the review (may_waive)
Y23 = "首届数字工匠那次：我1988年的，{x}，工会会员，没评过什么称号。那次我能报吗"
Y26 = "问下第四届数字工匠：我1990年生，{x}，工会会员，没评过什么称号。能报吗"
P26 = ("第四届数字工匠：我在滨江一家民营公司做云平台开发，2017年毕业就来杭州一直干这个，全职，技术岗，工会会员，"
       "没评过什么称号，{x}。能直接认定吗")
W23 = "在杭州一家民营软件公司做大数据开发，2015年来的杭州一直全职干这行，技术岗"
W26 = "在余杭一家民营工业互联网公司做数据开发，2016年起一直在杭州全职干这行，技术岗"

MESSAGES = [
    # a title already held, told as a story
    (H26, W26 + "，前年评杭州工匠那会儿总工会还来公司给我拍了宣传片", "not_eligible", "已获杭州工匠：二 不再重复推荐"),
    (H26, W26 + "，二三年那届数字工匠我就评上了，证书还挂在公司墙上", "not_eligible", "已获杭州数字工匠：二 不再重复推荐"),
    (H23, W23 + "，2020年被评为杭州工匠，去市里领的奖", "not_eligible", "已获杭州工匠：附件1/二 不予推荐"),
    (H23, W23 + "，一九年省里把我评成了浙江工匠", "not_eligible", "已获浙江工匠：附件1/二 不予推荐"),
    (H26, W26 + "，之前评杭州工匠差一点，最后没评上", "eligible", "没评上不是已获称号"),
    # the trade told by what the employer makes
    (T26, "在临平一家做不锈钢保温杯的厂里当抛光工，2016年起一直在杭州全职干，平时用钉钉打卡报工", "not_eligible",
     "抛光是传统行当，用钉钉报工不是数字工作：一 认定范围"),
    (T23, "在萧山一家做汽车座椅的厂里干缝纫工，2012年起一直在杭州全职，每天在平板上看工单", "not_eligible",
     "缝纫工是传统行当：附件1/一"),
    (T26, "在一家做女装的公司负责小程序商城和后台系统开发，2016年起一直在杭州全职干这行，技术岗", "eligible",
     "传统企业里的数字工作是产业数字化"),
    (T23, "在一家茶叶公司做电商数据分析，2014年起一直在杭州全职干这行，技术岗", "eligible", "茶叶公司里的数据分析是数字工作"),
    (T26, "在互联网公司食堂当厨师，2015年起一直在杭州全职", "not_eligible", "厨师是服务岗位，单位是互联网公司也不算"),
    # years in Hangzhou told through events
    (Y26, "在滨江一家民营公司做后端开发，干这行八年了，之前一直在南京，去年国庆才跳槽来的杭州，全职，技术岗", "not_eligible",
     "2025年10月来杭，到2026-03-31不满1年"),
    (Y23, "在一家民营公司做数据库运维，干这行七年了，二二年春节后才从上海搬来杭州，全职，技术岗", "not_eligible",
     "2022年2月来杭，到2023-03-31不满2年"),
    (T26, "在杭州一家民营公司做测试开发，2018年毕业就来杭州了，中间二〇年回老家待了半年，二一年又回来一直干到现在，全职，技术岗",
     "eligible", "在杭约7年，满1年"),
    (T23, "在杭州一家民营公司做嵌入式软件开发，2016年从苏州过来的，在杭州一直全职干到现在，之前在苏州也干了两年，技术岗",
     "eligible", "2016年来杭，到2022-12-20已6年"),
    # the post said as a job title
    (T26, "在杭州一家民营公司当算法工程师，2016年起一直在杭州全职", "eligible", "算法工程师是技术岗位"),
    (T23, "在杭州一家民营公司当运维工程师，2015年起一直在杭州全职", "eligible", "运维工程师是技术岗位"),
    (T26, "在杭州一家民营软件公司，2016年起一直在杭州全职，前几年写代码，现在调去做行政主管了", "not_eligible",
     "现为行政岗位：二 目前仍在技术岗位"),
    (T23, "在杭州一家民营软件公司干了八年，2014年起一直在杭州全职，去年开始转去做销售了", "not_eligible",
     "现为销售：附件1/二 目前仍在技术岗位"),
    # the 第四届 direct route said loosely
    (P26, "去年省里的数字技能大赛拿了冠军，个人赛", "direct_recognition", "2025年省级数字经济竞赛个人第一"),
    (P26, "去年参加杭州市数字经济行业职业技能竞赛拿了个第一，个人的", "direct_recognition", "2025年市级个人第一"),
    (P26, "今年三月杭州市数字经济职业技能竞赛云计算项目个人第一名", "direct_recognition", "2026年个人第一"),
    (P26, "去年全省数字经济行业技能比赛团体拿了第一，我们三个人一个队", "needs_review",
     "团体第一不能直接认定，没有别的选择性条件的事实"),
    (P26, "二四年拿过杭州市数字经济职业技能竞赛个人第一", "needs_review", "2025年以前的第一名不直接认定，其余选择性条件没说"),
]

DIALOGUES = [
    ([("第四届数字工匠：我在滨江一家民营公司做云平台开发，2017年毕业就来杭州一直干这个，全职，技术岗，工会会员，没评过称号", None),
      ("去年参加了浙江省数字经济行业职业技能竞赛", None), ("拿了第一名，个人赛", "competition_results")],
     D26, "direct_recognition", "两轮说出的竞赛和名次"),
    ([("第四届数字工匠：我在余杭一家民营公司做数据开发，2016年起一直在杭州全职干这行，技术岗，工会会员，没评过称号", None),
      ("去年市里的数字经济技能竞赛我拿了个人第一", "competition_results")],
     D26, "direct_recognition", "竞赛说在第二轮"),
    ([("首届数字工匠：我在杭州一家民营软件公司做大数据开发，2015年起一直在杭州全职，技术岗，工会会员", None),
      ("称号的话，20年评过杭州工匠", "prior_titles")],
     D23, "not_eligible", "已获杭州工匠：附件1/二 不予推荐"),
    ([("第四届数字工匠：我在滨江一家民营公司做后端开发，干这行八年了，技术岗，全职，工会会员，没评过称号", None),
      ("之前一直在南京，去年国庆才跳槽来杭州的", None)],
     D26, "not_eligible", "来杭不满1年"),
    ([("首届数字工匠能报吗：我1989年的，在一家做服装的公司负责小程序和后台系统开发，干了七八年了，2015年起在杭州全职，技术岗，工会会员，"
       "2021年杭州市科学技术进步奖三等奖主要完成人，没评过称号", None)],
     D23, "eligible", "服装公司里的数字工作"),
]


def main() -> None:
    write_jsonl(HERE / "dz_messages.jsonl", (
        {"id": f"el-dz{i:03d}", "question": t.format(x=x), "program": D23 if t in (T23, H23, Y23) else D26,
         "expect_verdicts": {D23 if t in (T23, H23, Y23) else D26: verdict}, "why": why, "split": "dev"}
        for i, (t, x, verdict, why) in enumerate(MESSAGES, 1)))
    write_jsonl(HERE / "dz_dialogues.jsonl", (
        {"id": f"dlg-dz{i:03d}", "turns": turns_closing(said, {prog: verdict}), "final_verdicts": {prog: verdict},
         "why": why, "split": "dev"} for i, (said, prog, verdict, why) in enumerate(DIALOGUES, 1)))


if __name__ == "__main__":
    main()
