"""Writes held17's probes: titles the asker (or the person asked for) already holds, and achievements said to be none.

Written before the code was changed, by someone who had read the code (not blind). Rows are shuffled with a fixed seed
and split into halves A (tuning) and B (measured once at the end).

Run with: python eval/probes/held17_probe_writer.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

D26, D23, CT, ZJ, HZ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021",
                         "zj_craftsman_2023", "hz_craftsman_2016")
NE, NR = "not_eligible", "needs_review"

# (program, question, expected verdict, why)
MESSAGES = [
    # titles that bar, said as 评上过/拿过/当过/是…, the asker's own or the person asked for
    (D26, "我在滨江做嵌入式软件十一年了，一直在杭州全职，民企普通工程师，会员。前年评上过杭州工匠，这回第四届数字工匠还能再报一次吗", NE, "已获杭州工匠"),
    (D23, "浙江工匠我二〇年拿过的 在余杭做工业机器人调试 首届数字工匠那个我还能报不", NE, "已获浙江工匠"),
    (CT, "我2018年就评上浙江省首席技师了，21年杭州市首席技师那个还能申请不，高级技师，一直在一线", NE, "已获浙江省首席技师"),
    (D26, "本人第二届杭州数字工匠，在西湖区做数据库运维，第四届的还能不能再申报", NE, "已获杭州数字工匠"),
    (D26, "帮我老公问下，他是2019年的浙江工匠，在萧山做数控编程十多年了，第四届杭州数字工匠他能报吗", NE, "所问之人已获浙江工匠"),
    (CT, "替我父亲问一下，他在一家汽车厂当钳工，高级技师，省首席技师前些年已经评上了，杭州首席技师21年那批他能报吗", NE, "所问之人已获浙江省首席技师"),
    (D23, "我们车间就我一个杭州工匠，平时做MES系统运维，首届数字工匠我还有资格吗", NE, "已获杭州工匠"),
    (D26, "去年被认定为杭州数字工匠了，今年单位又让我报第四届，这个能重复报吗", NE, "已获杭州数字工匠"),
    (D26, "浙江工匠的证书是省里2021年发给我的，现在在钱塘一家做芯片测试的公司，第四届数字工匠我还能申请吗", NE, "已获浙江工匠"),
    (D23, "我手上有个杭州工匠的荣誉，做云计算架构八年，首届杭州数字工匠可以报吗", NE, "已获杭州工匠"),
    (CT, "当过浙江省首席技师的还能报杭州市首席技师吗？说的就是我自己，16年评的", NE, "已获浙江省首席技师"),
    (D26, "头衔的话就一个浙江工匠，在杭州干网络安全9年，第四届数字工匠有戏吗", NE, "已获浙江工匠"),
    (D23, "我媳妇是杭州工匠，2019年那批的，她在下沙做电商数据分析，首届数字工匠她还能报吗", NE, "所问之人已获杭州工匠"),
    (D26, "我已经拿了杭州工匠这个称号，又在做工业互联网平台开发，第四届数字工匠是不是不用想了", NE, "已获杭州工匠"),
    (D26, "顶着个浙江工匠的名头，现在转做智能制造的数字孪生了，第四届杭州数字工匠能报吗", NE, "已获浙江工匠"),
    (CT, "省首席技师我也是，19年的，这次杭州的首席技师还让报不", NE, "已获浙江省首席技师"),
    (D23, "之前评过一次杭州工匠，是市总工会颁的，我做大数据开发七年了，首届数字工匠还能再评吗", NE, "已获杭州工匠"),
    (D26, "科长让我帮同事问一下：他已经是杭州数字工匠了，首届的，第四届还能再报吗", NE, "所问之人已获杭州数字工匠"),
    # titles that do not bar, or held by someone else
    (D26, "我师傅是浙江工匠，我是他带出来的，自己还没评过啥称号。我在滨江做工业软件开发八年，2018年来杭州一直全职，民企，普通员工，"
          "工会会员，主持开发了公司的设备预测性维护系统，第四届数字工匠能报吗", NR, "称号是师傅的；业绩由评审认定"),
    (CT, "我14年就是杭州市首席技师了 这次21年的首席技师能再报吗 技师 一线的", NR, "杭州市首席技师，通知未明确"),
    (D26, "我是杭州市技术能手，在拱墅做PLC编程十年，工会会员，民企员工，第四届数字工匠能报吗", NR, "技术能手不是排除的称号"),
    (D23, "去年单位推荐我参评杭州工匠，最后没评上，我做物联网平台开发七年，首届数字工匠能报吗", NR, "没评上，不是已获"),
    (D26, "我们公司有三个人评上过杭州工匠，我不在里面，我做大数据开发六年了，第四届数字工匠我能报吗", NR, "他人的称号"),
    (ZJ, "我是杭州工匠（2017年的），高级技师，在余杭一家阀门厂一线干了二十年还在岗，浙派工匠能报吗", NR, "浙派对已获称号未作规定"),
    (CT, "我爸是浙江省首席技师，我是他徒弟也是他儿子😂 我自己技师，一线干了十年，21年杭州首席技师我能报吗", NR, "称号是父亲的"),
    # every alternative said to be none, in everyday words
    (ZJ, "浙派工匠问下，高级技师，在宁波一家注塑厂一线干了十七年，现在也在岗。徒弟没正经带过，也没琢磨出啥新方法，革新成果一个没有，"
         "技术转化、数字化改造都没碰过", NE, "五项都说没有"),
    # (held19: a denial naming kinds closes those kinds only, the lead's decision; 操作上就是照规程来 is daily work,
    # no denial of 操作法, so this row was relabelled not_eligible -> needs_review)
    (ZJ, "浙派工匠。我在金华做汽车钣金，高级技师，一线十五年在岗。我这人就会干活，没教过人，没发明过东西，操作上就是照规程来，"
         "推广技术和搞数字化那些跟我八竿子打不着", NR, "四项说没有，操作法只说照规程干（held19 按新口径改）"),
    (CT, "21年杭州首席技师，我技师，在下城一家电梯公司一线修电梯十二年。奖项、比赛名次没有，绝活说不上，革新也没搞过，带过的学徒没一个去比过赛",
     NE, "四项都说没有"),
    (CT, "首席技师那个我想问问，高级技师，一直一线做锅炉焊接。没得过什么奖，比赛也没参加过，没啥独门手艺，技术上没攻过关，也没带过徒弟",
     NE, "四项都说没有"),
    (D23, "首届杭州数字工匠，我在滨江做运维开发七年，2016年来杭州全职，会员。标准没参与过，技术上没有突破性的东西，没有啥领先水平的证书，"
          "奖也没拿过，也没带队培养过选手", NE, "四项都说没有"),
    (D23, "首届数字工匠 在下沙做芯片封装测试的自动化程序 干了六年 一直在杭州 会员 国家标准行业标准都没沾过 没搞出过什么创新 "
          "获奖证书一张没有 培训带人的事也轮不到我", NE, "四项都说没有"),
    (HZ, "2016年那个首届杭州工匠我当时能报吗，2003年起就在杭州汽修厂干钣金，没啥绝招，做的也不是传统手艺，没搞过技术革新，比赛没参加过",
     NE, "五项都说没有"),
    (D26, "第四届数字工匠，我做软件测试七年，都在杭州，会员，民企，没拿过比赛名次，标准制定、技术攻关都没有过，奖项证书也没有", NE,
     "三项都说没有"),
    (ZJ, "浙派工匠 我是本工种最高等级 在衢州一家水泥厂一线 在岗十八年 真没啥可报的 平时就是巡检看设备 没带过徒弟 没革新 "
         "没总结过操作法 没转化过成果 数字化也没参与", NE, "五项都说没有"),
    (HZ, "帮我舅舅问，2016年首届杭州工匠，他2000年起就在杭州做木工装修，他就是个普通木匠，没啥绝活，手艺也不是啥非遗传统的，"
         "没搞过创新，没参加过比赛", NE, "五项都说没有"),
    # some kinds denied only
    (D23, "标准没搞过 徒弟倒是带过几个 我在杭州做嵌入式开发九年 会员 首届数字工匠能报吗", NR, "只否认标准"),
    (ZJ, "浙派工匠 高级技师 嘉兴一家轮胎厂一线十六年 在岗 革新没有 不过我带的徒弟有三个当上了班组长", NR, "只否认革新"),
    (CT, "首席技师 技师 在一线修数控机床十年 比赛没拿过名次 但我琢磨出一种主轴快速对中的办法 厂里都在推", NR, "只否认名次"),
    (D26, "第四届数字工匠 做大数据平台八年 在杭全职 会员 民企普通员工 奖项没有 但我牵头搞了公司的数据中台 省了不少人力", NR,
     "只否认奖项"),
    (HZ, "首届杭州工匠 我2001年起在杭州做雕版印刷 比赛没参加过 但这是老手艺 我们全市就几个人会", NR, "只否认比赛"),
    # modesty that is no denial
    (ZJ, "浙派工匠 高级技师 在台州做模具一线十八年 在岗 说不上啥大成果 就是自己做了个快速换模的工装 换一次模从两小时缩到二十分钟", NR,
     "谦辞之后说了业绩"),
    (CT, "21年首席技师 技师 一线电工十五年 成绩谈不上 就是带了十来个徒弟 有几个现在是车间骨干", NR, "谦辞之后说了带徒"),
    (D23, "首届数字工匠 我做工业视觉检测算法六年 在杭 会员 不敢说有啥创新 只是把漏检率从3%降到0.5% 公司在三个厂推广了", NR,
     "谦辞之后说了业绩"),
    (D26, "第四届数字工匠 在杭州做云原生开发七年 会员 民企 普通员工 也没什么了不起的，参与起草过一个团体标准", NR, "谦辞之后说了标准"),
    (HZ, "首届杭州工匠 我那会在杭州做西湖绸伞已经十几年 没啥名气 也不会说话 伞骨的削法是我自己改的 比老法子快一倍", NR,
     "谦辞之后说了业绩"),
    (ZJ, "浙派工匠 高级技师 湖州 一线十二年在岗 没啥可说的 顶多就是车间的数字化改造我负责过设备联网那块", NR, "谦辞之后说了数字化"),
]

T26 = "我在滨江做物联网平台开发8年了，2018年来杭州一直全职，民企普通员工，工会会员，第四届数字工匠能报吗"
T26B = "第四届杭州数字工匠想了解下 我在余杭做工业APP开发 七年了 2019年来的杭州 一直全职 民营企业 会员 普通员工"
T26W = "帮我老婆问下第四届数字工匠 她在西湖区做前端开发7年 18年来杭州一直全职 民企 会员 普通员工"
T23 = "首届杭州数字工匠想问下，我在余杭做工业大数据分析九年，2014年就来杭州全职了，民企，会员"
TCT = "杭州市首席技师2021年那次，我是高级技师，在萧山一家汽配厂一线做数控车十五年，会员"
TZJ = "浙派工匠能报吗 高级技师 在绍兴一家纺机厂一线装配十八年 一直在岗"
TZJ2 = "想问下突出贡献浙派工匠 我是技师 我们工种最高就是技师 在丽水一家竹木加工厂一线 干了二十年 在岗"

# (program, turns [(user, answers)], expected final verdict, why)
DIALOGUES = [
    (D26, [(T26, None), ("有，杭州工匠，前年评的", "prior_titles")], NE, "已获杭州工匠"),
    (D26, [(T26B, None), ("评上过浙江工匠", "prior_titles")], NE, "已获浙江工匠"),
    (CT, [(TCT, None), ("省首席技师我19年就拿了", "prior_titles")], NE, "已获浙江省首席技师"),
    (CT, [(TCT, None), ("杭州市首席技师，2015年的", "prior_titles")], NR, "杭州市首席技师，通知未明确"),
    (D26, [(T26W, None), ("她是上一届的杭州数字工匠", "prior_titles")], NE, "所问之人已获杭州数字工匠"),
    (D23, [(T23, None), ("是杭州工匠，18年那批", "prior_titles")], NE, "已获杭州工匠"),
    (D26, [(T26B, None), ("就一个区里的优秀员工", "prior_titles")], NR, "区里的荣誉不排除；业绩未说"),
    (D26, [(T26, None), ("我自己没有，我师父是浙江工匠", "prior_titles")], NR, "称号是师父的；业绩未说"),
    (ZJ, [(TZJ, None), ("都没搞过，平时就是看机器", "achievements")], NE, "五项都说没有"),
    (ZJ, [(TZJ, None), ("徒弟带过几个，别的没有", "achievements")], NR, "带过徒弟由评审认定"),
    (ZJ, [(TZJ2, None), ("这些我都不沾，就是个普通工人", "achievements")], NE, "五项都说没有"),
    (CT, [(TCT, None), ("没评过", "prior_titles"),
          ("奖也好比赛也好都没份，绝活革新也谈不上，带的徒弟也没比过赛", "achievements")], NE, "四项都说没有"),
    (D26, [(T26, None), ("没有称号", "prior_titles"), ("标准没搞过，技术改造倒是做过一点，把部署时间缩短了一半", "achievements")], NR,
     "只否认标准"),
    (D23, [(T23, None), ("没有", "prior_titles"), ("标准、攻关、证书、带人，这几块我都是空白", "achievements")], NE, "四项都说没有"),
    (D26, [(T26B, None), ("无", "prior_titles"), ("没啥成果，写代码而已", "achievements")], NE, "说没有业绩"),
    (CT, [(TCT, None), ("没有", "prior_titles"), ("不好意思说，就琢磨了个刀具修磨的小窍门，车间在用", "achievements")], NR, "谦辞之后说了业绩"),
    (ZJ, [(TZJ2, None), ("不敢说贡献，就是把老师傅的焊法整理成了作业指导书", "achievements")], NR, "谦辞之后说了业绩"),
    (D26, [(T26W, None), ("她没评过这些", "prior_titles"), ("她参与过行业标准的起草，别的没有", "achievements")], NR, "说了标准"),
]


def _halves(rows: list[dict], seed: int) -> list[dict]:
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    for rank, index in enumerate(order):
        rows[index]["split"] = "A" if rank % 2 == 0 else "B"
    return rows


def main() -> None:
    here = Path(__file__).parent
    messages = [{"id": f"el-hd{i:03d}", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = []
    for i, (p, turns, v, why) in enumerate(DIALOGUES, 1):
        rows = [{"user": u, "answers": a, "expect_facts": {}, "expect_verdicts": {}} for u, a in turns]
        rows[-1]["expect_verdicts"] = {p: v}
        dialogues.append({"id": f"dlg-hd{i:03d}", "turns": rows, "final_verdicts": {p: v}, "why": why})
    for name, rows, seed in (("held17_messages.jsonl", messages, 1717), ("held17_dialogues.jsonl", dialogues, 1718)):
        with open(here / name, "w", encoding="utf-8") as f:
            for row in _halves(rows, seed):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
