"""Writes deny20's probes: denials told as a story ("这些年就埋头干活 没弄过啥名堂"), denials of prizes and competitions
beside or instead of denials of achievements (第四届's direct recognition is a prize route), named denials beside
something done, union membership denied in everyday words, and bare replies in a later turn.

Written before the code was changed, by someone who had read the code (not blind), in wording unlike deny16's and
held19's. Rows are shuffled with a fixed seed and split into halves A (tuning) and B (measured once at the end).

Run from the repo root with: python -m eval.probes.deny20_probe_writer
"""

from __future__ import annotations

import json
from pathlib import Path

from eval.probes.held17_probe_writer import _halves  # the same alternating split of a seeded shuffle

D26, D23, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021", "zj_craftsman_2023"
NE, NR = "not_eligible", "needs_review"

# (program, question, expected verdict, why)
MESSAGES = [
    # 第四届: a general denial with prizes or competitions closes every route, direct recognition included
    (D26, "在滨江做后端开发九年了，一直在杭州，会员，普通码农。这些年就埋头写代码，没弄出过啥名堂，比赛啥的也轮不到我们。"
          "第四届数字工匠有戏吗", NE, "整体否认业绩，比赛也否认：直接认定关闭"),
    (D26, "第四届数字工匠问一下：我在余杭做数据治理六年，杭州全职，工会会员，技术岗。证书奖状一张都没有，标准、革新也跟我不沾边",
     NE, "证书奖状、标准、革新都否认；奖状否认即否认竞赛第一名"),
    (D26, "做IoT嵌入式开发7年，都在杭州，会员，技术岗。说实话我手上啥成果都拿不出来，奖嘛从来没拿过。第四届数字工匠能报不", NE,
     "整体否认成果与奖"),
    (D26, "在拱墅做云计算运维，2017年来的杭州，会员，技术岗。比赛拿过一次市里的第三，别的成果、证书、科技奖都没有。第四届数字工匠呢",
     NE, "竞赛第三不是第一；其余都否认"),
    (D26, "在萧山做数字孪生建模，干了六年，都在杭州，工会会员，技术岗。我这人平平无奇，竞赛名次、证书、奖项、成果统统没有。"
          "第四届数字工匠够格吗", NE, "逐类否认"),
    (D26, "第四届数字工匠我想碰碰运气。在钱塘做芯片测试软件八年，杭州全职，会员，一线工程师。不过这些年光顾着上线救火了，"
          "既没评过奖，也没搞出什么像样的东西", NE, "故事式否认：没评过奖、没搞出东西"),
    (D26, "做智能客服系统的算法，六年了，一直在杭州上班，工会会员，技术岗。什么奖都没拿过，业绩上也乏善可陈。第四届数字工匠能报吗",
     NE, "奖与业绩都否认"),
    # 第四届: named denials leave the rest open
    (D26, "我在西湖区做推荐算法八年，杭州全职，会员，技术岗。标准制定没参与过，技术革新也谈不上。第四届数字工匠能报吗", NR,
     "只点了标准、革新；证书、竞赛没说"),
    (D26, "第四届数字工匠：做工业软件开发十年，一直在杭州，会员，技术岗。标准这块我没碰过，不过去年带队搞了个排产系统的改造，产能提了两成",
     NR, "标准否认，革新由评审认定"),
    (D26, "做网络安全七年，杭州全职，会员，技术岗。比赛从来没参加过。第四届数字工匠能不能报", NR, "只否认竞赛，业绩未说"),
    (D26, "第四届数字工匠：在滨江做大模型应用开发，五年半，杭州全职，会员。革新攻关那种大事轮不到我，证书倒是考了个阿里云ACP", NR,
     "革新否认，厂商认证由评审认定"),
    # 首届数字工匠
    (D23, "首届数字工匠那次，我在滨江做支付系统开发已经八年，15年来的杭州，会员，技术岗。那几年就闷头干活，标准革新没沾过，"
          "证书奖项一张没有，徒弟也没带过", NE, "四条都否认"),
    (D23, "首届数字工匠当时能不能报：我做数据库运维七年，一直在杭州，会员，技术岗。啥成果都没有，证书奖项也没有，带人参赛更谈不上",
     NE, "整体否认"),
    (D23, "首届数字工匠：我做工业互联网平台开发九年，杭州全职，会员，技术岗。证书奖项是一样没有，不过带过两个新人", NR,
     "证书奖项否认；标准、革新没说，带新人由评审认定"),
    (D23, "首届数字工匠当时我能报吗？前端开发八年，2014年起在杭州全职，会员，技术岗。技术革新没搞过", NR, "只否认革新"),
    (D23, "首届杭州数字工匠，当年我在下城做电商平台运维七年，杭州全职，技术岗。工会没入，成果奖项啥的也都没有", NE,
     "整体否认；工会没入为软条件"),
    (D23, "首届数字工匠：做车联网开发六年，杭州全职，技术岗，我们厂没工会。标准我倒是参与起草过一个团体标准", NR,
     "标准由评审认定；没工会为软条件"),
    (D23, "首届数字工匠那会儿我在杭州做数据分析七年，全职技术岗，会费从来没交过。那几年没搞过标准，也没做过攻关，证书奖项都没拿过，"
          "徒弟选手也没带过", NE, "四条都否认；会费没交过即非会员"),
    # 首席技师
    (CT, "21年首席技师：我高级技师，在临平一家汽配厂一线做模具钳工十八年。荣誉奖项一样没有，比赛轮不到我，绝活、革新、带徒出成绩也都谈不上",
     NE, "四条都否认"),
    (CT, "首席技师（2021）问问：技师，在萧山一家阀门厂一线当焊工，十五年。这些年就是埋头干活，没弄过啥名堂，奖状证书一张都没有", NE,
     "故事式整体否认"),
    (CT, "我高级技师，富阳一家造纸厂一线电工二十年。2021年首席技师能报吗？奖啥的没评上过，不过厂里那台老分切机的控制是我改的，"
          "一年省下几十万", NR, "奖否认；革新由评审认定"),
    (CT, "2021年杭州首席技师：高级技师，桐庐一家针织厂做机修，一线十六年。绝活谈不上，徒弟倒是带出了五六个", NR,
     "只否认绝活；带徒无名次、荣誉革新未说"),
    (CT, "首席技师21年那次，技师，在余杭一家电梯厂一线调试十二年。技术革新没弄过", NR, "只否认革新"),
    (CT, "我高级技师，建德一家化工厂仪表工，一线十四年。比赛拿过市里第三名，其他的荣誉、绝招、技改、带徒成绩都是零。21年首席技师呢",
     NE, "市级第三不符；其余都否认"),
    # 浙派工匠
    (ZJ, "浙派工匠：高级技师，在温州一家鞋机厂一线做维修二十年，在岗。说来惭愧，这么多年就是修修补补，带徒、革新、操作法、"
         "成果转化、数字化这些一个都沾不上", NE, "五类都否认"),
    (ZJ, "浙派工匠我能报吗？高级技师，金华一家五金厂一线冲压十七年，在职。手上没有一项成果，评优评先也从来没我的份", NE,
     "整体否认"),
    (ZJ, "浙派工匠：高级技师，湖州一家木业公司一线做涂装十五年，在岗。数字化改造跟我没关系，成果转化也没有", NR,
     "只否认数字化、成果转化"),
    (ZJ, "浙派工匠：我高级技师，在丽水一家阀门厂一线，十九年，在职。革新没搞过，但厂里那套阀体研磨的操作法是我总结的，现在车间都照着做",
     NR, "革新否认，操作法由评审认定"),
    (ZJ, "浙派工匠 高级技师 嘉兴一家电机厂一线嵌线 在岗十六年。比赛从来没参加过，奖也没拿过", NR, "只否认比赛和奖；业绩未说"),
    (ZJ, "高级技师，衢州一家水泥厂一线巡检二十年，在岗。浙派工匠问问，我徒弟没带过，其他的嘛，也都是空的", NE,
     "带徒否认，其余整体否认"),
    (ZJ, "浙派工匠：技师里最高那级，高级技师，舟山一家船厂一线电焊十八年，在职。啥操作法成果转化的，我们工人哪搞得来，"
         "技改带徒更是想都没想过，数字化也不懂", NE, "五类都否认"),
    # 第四届: union in everyday words beside a denial of everything
    (D26, "第四届数字工匠：我在上城做前端八年，杭州全职，技术岗，工会没入。比赛啥的从没参加过，成果证书奖项统统没有", NE,
     "整体否认；工会为软条件"),
    (D26, "做大数据开发六年，一直在杭州，技术岗，公司是创业公司没工会。奖项比赛都跟我无缘，成果方面也是一片空白。第四届数字工匠能报吗",
     NE, "整体否认"),
    (D26, "第四届数字工匠：我做AI训练数据平台开发七年，杭州全职，技术岗，会费一次没交过。标准没做过，证书也没有", NR,
     "只否认标准、证书；革新、竞赛未说"),
]

# (program, [(user, answers)], expected final verdict, why)
DIALOGUES = [
    (D26, [("第四届数字工匠想问问，我在滨江做分布式存储开发八年，杭州全职，工会会员，技术岗，没评过称号", None),
           ("成果没啥，比赛也没参加过", "achievements")], NE, "后一轮整体否认加竞赛"),
    (D26, [("第四届数字工匠 做物联网平台七年 一直在杭州 会员 普通工程师 没评过啥称号", None),
           ("都没有", "achievements")], NE, "对业绩与奖项两问只答“都没有”：奖项否认即否认竞赛第一名"),
    (D26, [("第四届数字工匠，我做数据中台六年，在杭州全职，会员，技术岗，没评过称号", None),
           ("这些年就埋头干活，没弄过啥名堂，奖从来没拿过", "achievements")], NE, "故事式否认加奖"),
    (D26, [("我想报第四届数字工匠，在余杭做电商推荐系统开发九年，杭州全职，技术岗，没评过称号", None),
           ("工会？我们公司压根没有", "union_member"),
           ("成果、证书、比赛名次啥都没有", "achievements")], NE, "工会日常说法；整体否认"),
    (D26, [("第四届数字工匠 做工控软件开发十年 杭州全职 会员 技术岗 没评过称号", None),
           ("标准没弄过，技术革新也没有", "achievements")], NR, "只点了标准、革新"),
    (D23, [("首届数字工匠那次我能报吗？当时在西湖区做数据开发八年，2014年起在杭州全职，技术岗，没评过称号", None),
           ("工会一直没入", "union_member"),
           ("那几年没弄出啥东西，证书奖项也都没有，徒弟更没带过", "achievements")], NE, "工会否认；整体否认"),
    (D23, [("首届数字工匠，我2015年起在杭州做SaaS后端，全职，会员，技术岗，没评过称号", None),
           ("没有", "achievements")], NE, "对业绩之问只答“没有”"),
    (D23, [("首届数字工匠 2014年起在杭州做测试开发 全职 会员 技术岗 没评过称号", None),
           ("证书奖项一个没有，不过我牵头写过公司的接口测试规范", "achievements")], NR, "证书奖项否认；标准由评审认定"),
    (CT, [("21年杭州首席技师，我高级技师，在临安一家机械厂一线做装配十五年", None),
          ("说实话，啥名堂也没弄出来，奖从来没拿过", "achievements")], NE, "整体否认加奖"),
    (CT, [("首席技师2021 技师 余杭一家塑料厂一线注塑 十三年", None),
          ("绝活没有", "achievements")], NR, "只点了绝活"),
    (ZJ, [("浙派工匠 高级技师 宁波一家轴承厂一线热处理 十八年 在岗", None),
          ("没有的，就是干活", "achievements")], NE, "以“没有”答业绩之问"),
    (ZJ, [("浙派工匠 我高级技师 在台州一家缝纫机厂一线装配 十六年 在职", None),
          ("成果转化、数字化都跟我不搭界", "achievements")], NR, "只点了成果转化、数字化"),
    (ZJ, [("浙派工匠问下 高级技师 绍兴一家纺机厂一线 二十年 在岗", None),
          ("比赛从没参加过", "achievements"),
          ("其他成果也都没有", "achievements")], NE, "先否认比赛，后一轮整体否认"),
    (D26, [("第四届数字工匠：我做网络运维六年，杭州全职，技术岗，没评过称号", None),
           ("会费从来没交过", "union_member"),
           ("标准、革新、证书、奖项这些都没有，比赛拿过省里第二", "achievements")], NE, "竞赛第二不是第一；其余否认"),
]


def main() -> None:
    here = Path(__file__).parent
    messages = [{"id": f"el-dx{i:03d}", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = []
    for i, (p, turns, v, why) in enumerate(DIALOGUES, 1):
        rows = [{"user": u, "answers": a, "expect_facts": {}, "expect_verdicts": {}} for u, a in turns]
        for row, (_, a) in zip(rows, turns, strict=True):
            if a == "union_member":
                row["expect_facts"] = {"union_member": False}
        rows[-1]["expect_verdicts"] = {p: v}
        dialogues.append({"id": f"dlg-dx{i:03d}", "turns": rows, "final_verdicts": {p: v}, "why": why})
    for name, rows, seed in (("deny20_messages.jsonl", messages, 2020), ("deny20_dialogues.jsonl", dialogues, 2021)):
        with open(here / name, "w", encoding="utf-8") as f:
            for row in _halves(rows, seed):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
