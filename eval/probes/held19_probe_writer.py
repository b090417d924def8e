"""Writes held19's probes: titles the asker holds told as a story (a plaque on the wall, what people call them, what
the certificate says, a stage they stood on), titles of the company, the team or the master rather than the asker's,
titles that bar nothing, denials of everything in new words, and denials naming some kinds beside something done.

Written before the code was changed, by someone who had read the code (not blind), in wording unlike held17's and
held18's. Rows are shuffled with a fixed seed and split into halves A (tuning) and B (measured once at the end).

Run from the repo root with: python -m eval.probes.held19_probe_writer
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import shuffled_halves, turns_closing, write_jsonl

D26, D23, CT, ZJ, HZ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021",
                         "zj_craftsman_2023", "hz_craftsman_2016")
NE, NR = "not_eligible", "needs_review"

# (program, question, expected verdict, why)
MESSAGES = [
    # a title that bars, told as a story
    (D26, "前几年市里给评了个杭州工匠，奖状现在还压在家里柜子底下，这次第四届数字工匠我还能凑个热闹吗，做工业物联网开发的", NE, "已获杭州工匠"),
    (D23, "挂在我们工位后面墙上的那块牌子是浙江工匠，18年省里发的，那我首届数字工匠还能报吗", NE, "已获浙江工匠"),
    (CT, "车间里人家都叫我省首席，19年省里正式评的浙江省首席技师，杭州市首席技师我还用得着报吗", NE, "已获浙江省首席技师"),
    (D26, "证书上写的是杭州数字工匠，第二届发的，第四届数字工匠还能再报吗", NE, "已获杭州数字工匠"),
    (D23, "那年全市表彰大会上我上台领了杭州工匠的证书，现在做车联网平台开发，首届数字工匠能不能报", NE, "已获杭州工匠"),
    (CT, "2018年省人社厅发的文，名单里有我，浙江省首席技师，今年杭州首席技师能不能申报", NE, "已获浙江省首席技师"),
    (D26, "评上浙江工匠那年我刚三十出头，现在在滨江做安全运维，第四届数字工匠我能报吗", NE, "已获浙江工匠"),
    (D23, "我工作室门口那块铜牌上写着我的名字和杭州工匠四个字，首届数字工匠还能报吗", NE, "已获杭州工匠"),
    (CT, "浙江省首席技师的证我一直揣在包里，单位让我再报杭州首席技师，行不行", NE, "已获浙江省首席技师"),
    (D26, "我帮我老公问：他那个杭州工匠是20年评的，现在在萧山做MES系统，第四届数字工匠他能申报吗", NE, "所问之人已获杭州工匠"),
    (D23, "说起来惭愧，16年那会儿运气好混了个浙江工匠，现在做数据中台，首届数字工匠还轮得到我吗", NE, "已获浙江工匠"),
    (D26, "上一届数字工匠公示名单里有我，后来证也发了，这一届还能报吗", NE, "已获杭州数字工匠"),
    (CT, "省里首席技师那个评选，我二零年最后是评上了的，杭州市的首席技师还能报吗", NE, "已获浙江省首席技师"),
    (D23, "当年厂里推荐我去评杭州工匠，最后批下来了，如今转行做工业软件，首届数字工匠能报吗", NE, "已获杭州工匠"),
    # a title of the company, the team or someone else
    (D26, "我们公司是杭州工匠学院的合作单位，我在里面做大数据开发七年，第四届数字工匠能报吗", NR, "称号与本人无关"),
    (D23, "我们团队负责人是浙江工匠，我在他手下做算法五年，首届数字工匠我有资格吗", NR, "称号是负责人的"),
    (CT, "我们班组挂着浙江省首席技师工作室的牌子，那是我们班长的，我自己是高级技师，杭州首席技师能报吗", NR, "称号是班长的"),
    (D26, "我们部门评过杭州市工人先锋号，我是部门里的开发，第四届数字工匠能报吗", NR, "集体荣誉不在排除之列"),
    (D23, "我师傅当年评杭州工匠的材料是我帮着整理的，我自己在做运维开发，首届数字工匠能报吗", NR, "称号是师傅的"),
    # a title that bars nothing here
    (CT, "我是杭州工匠，17年评的，高级技师，杭州首席技师能报吗", NR, "杭州工匠不在首席技师的排除之列"),
    (D23, "拿过杭州数字工匠提名奖，做工业视觉算法，首届数字工匠能报吗", NR, "提名奖不是杭州数字工匠"),
    (D26, "前两年评过余杭工匠，区里的，第四届数字工匠能报吗", NR, "区级称号不在排除之列"),
    (D26, "我是杭州市首席技师，做工业互联网平台运维，第四届数字工匠能报吗", NR, "首席技师不在排除之列"),
    (ZJ, "挂在家里的牌子是杭州工匠，高级技师，一线干了十七年还在岗，浙派工匠能报吗", NR, "浙派工匠通知对已获称号未作规定"),
    # every alternative denied, in new words
    (ZJ, "浙派工匠 高级技师 在义乌一家缝纫机厂一线调试十六年 在岗 翻来覆去想了想 能写进材料的东西我是交白卷", NE, "全部否认"),
    (CT, "杭州首席技师 高级技师 富阳一家造纸机械厂一线装配十四年 会员 说出来不怕笑话 这么多年啥名堂也没弄出来", NE, "全部否认"),
    (D26, "第四届数字工匠 在滨江做推荐算法八年 18年起在杭全职 会员 普通工程师 材料里业绩那栏我只能填个无", NE, "全部否认"),
    (D23, "首届数字工匠 西湖区民企做数据仓库开发七年 15年起在杭全职 会员 亮点我是一个都找不出来", NE, "全部否认"),
    (ZJ, "浙派 高级技师 一线做调试十六年 在岗 通知上列的那几样 我条条落空", NE, "全部否认"),
    (HZ, "首届杭州工匠 我04年来杭州开修理铺修汽车 干到现在 成绩什么的 压根谈不到", NE, "全部否认"),
    (CT, "首席技师 我高级技师 一线钳工十四年 会员 这辈子就是埋头干活 能说道的成果半个也没有", NE, "全部否认"),
    # some kinds denied, something else done or nothing said of the rest
    (ZJ, "浙派 高级技师 一线调试十六年 在岗 技改我是外行，从没弄过，不过车间里一半的调试工是我手把手教出来的", NR, "只否认技改"),
    (D26, "第四届 滨江做推荐算法八年 18年起在杭全职 会员 普通工程师 标准起草轮不到我们小公司 但我做的召回模型让点击率涨了两成", NR, "只否认标准"),
    (CT, "首席技师 高级技师 一线钳工十四年 会员 比武拿名次的事没有过，荣誉也没有，带了六个徒弟现在都是技师了", NR, "只否认竞赛和荣誉"),
    (ZJ, "浙派 高级技师 一线调试十六年 在岗 数字化改造我一窍不通", NR, "只否认数字化"),
    (D23, "首届 西湖区数据仓库开发七年 15年起在杭全职 会员 证书方面一张也没有", NR, "只否认证书"),
]

_B26 = "第四届数字工匠想问问 我在滨江一家民营公司做推荐算法 八年了 2018年起在杭州全职 会员 普通工程师"
_B23 = "首届数字工匠 在西湖区民企做数据仓库开发七年 2015年开始在杭州全职 工会会员"
_BCT = "21年杭州首席技师 高级技师 在富阳一家造纸机械厂一线装配十四年 会员"
_BZJ = "浙派工匠 高级技师 在义乌一家缝纫机厂一线做调试 十六年 还在岗"

# (program, [(user, pending answer)], expected final verdict, why)
DIALOGUES = [
    (D26, [(_B26, None), ("前年市里给发了个杭州工匠的证", "prior_titles")], NE, "已获杭州工匠"),
    (D23, [(_B23, None), ("墙上挂的那块是浙江工匠的牌子，18年的", "prior_titles")], NE, "已获浙江工匠"),
    (CT, [(_BCT, None), ("省首席那块，19年就落我头上了", "prior_titles")], NE, "已获浙江省首席技师"),
    (D26, [(_B26, None), ("我们公司拿过，我个人没有", "prior_titles")], NR, "称号是公司的"),
    (CT, [(_BCT, None), ("只有个杭州工匠，省首席没评上过", "prior_titles")], NR, "杭州工匠不在排除之列"),
    (D23, [(_B23, None), ("人家都喊我杭州工匠，那是17年正式评的", "prior_titles")], NE, "已获杭州工匠"),
    (D26, [(_B26, None), ("没有", "prior_titles"), ("交白卷，一样拿不出", "achievements")], NE, "全部否认"),
    (CT, [(_BCT, None), ("没有", "prior_titles"), ("说来惭愧，这些年啥成果也没攒下", "achievements")], NE, "全部否认"),
    (ZJ, [(_BZJ, None), ("就是干活，别的我这儿一片空白", "achievements")], NE, "全部否认"),
    (ZJ, [(_BZJ, None), ("革新的事从没沾过，徒弟倒带出来不少", "achievements")], NR, "只否认革新"),
    (D23, [(_B23, None), ("没有", "prior_titles"), ("标准没写过，证书也没考", "achievements")], NR, "只否认标准和证书"),
    (CT, [(_BCT, None), ("没有", "prior_titles"), ("比赛没去过，绝活谈不上", "achievements")], NR, "只否认竞赛和绝活"),
    (ZJ, [(_BZJ, None), ("没有", "achievements")], NE, "对业绩的提问答没有"),
    (D26, [(_B26, None), ("无", "prior_titles"), ("算法上倒做过一次大优化，标准证书这些没有", "achievements")], NR, "只否认标准和证书"),
]


def main() -> None:
    here = Path(__file__).parent
    messages = [{"id": f"el-hk{i:03d}", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = [{"id": f"dlg-hk{i:03d}", "turns": turns_closing(turns, {p: v}), "final_verdicts": {p: v}, "why": why}
                 for i, (p, turns, v, why) in enumerate(DIALOGUES, 1)]
    write_jsonl(here / "held19_messages.jsonl", shuffled_halves(messages, 1919))
    write_jsonl(here / "held19_dialogues.jsonl", shuffled_halves(dialogues, 1920))


if __name__ == "__main__":
    main()
