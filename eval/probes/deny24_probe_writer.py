"""Writes deny24's probes: "no achievements" said in ordinary words, in one message and as a reply in a later turn
(就是普通干活的 啥奖也没有; a bare 都没有 / 没 / 这些都没 to the question), named denials told over several turns that
together cover every alternative, and the converse: a denial of one kind (没拿过奖) or a generic 别的没有 beside a deed the
person told elsewhere in the conversation, which stays with the review.

Written before the code was changed, by someone who had read the code (not blind), in wording unlike deny16's and
deny20's. Labels from the notices and docs/verdict-policy.md. All rows are split "dev".

Run from the repo root with: python -m eval.probes.deny24_probe_writer
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

D23, CT, ZJ = "hz_digital_craftsman_2023", "hz_chief_technician_2021", "zj_craftsman_2023"
NE, NR = "not_eligible", "needs_review"

# (program, question, expected verdict, why)
MESSAGES = [
    (CT, "21年首席技师问问 我高级技师 余杭一家齿轮厂一线滚齿十六年 我就是个普通干活的 啥奖也没有", NE,
     "自称普通干活的，又否认奖：不点类别地说没有"),
    (ZJ, "浙派工匠 高级技师 绍兴一家印染厂一线定型机挡车 十八年 在岗 就是普普通通一个工人 徒弟没带过 也没搞过什么改革", NE,
     "普通工人加否认：整体没有"),
    (CT, "首席技师2021 高级技师 临平一家电机厂一线绕线二十年 奖没拿过 不过我琢磨出一套绕线不打结的手法 车间都跟我学", NR,
     "只否认奖；绝招、操作法由评审认定"),
    (ZJ, "浙派工匠 高级技师 台州一家泵业一线装配十七年 在岗 带了八个徒弟 有三个已经评上技师了 别的没有", NR,
     "带徒有事实，由评审认定；“别的没有”不关带徒"),
    (D23, "首届数字工匠 我2014年起在杭州做运维开发 全职 会员 技术岗 没评过称号 牵头写过公司的监控告警规范 其他的都没有", NR,
     "标准由评审认定；“其他的都没有”不关它"),
    (CT, "21年首席技师：技师，桐庐一家家具厂一线木工十五年。荣誉称号 比赛名次 绝活 革新 徒弟 这些我统统沾不上", NE,
     "逐类否认"),
    (CT, "首席技师 21年 高级技师 萧山一家变速箱厂一线 十九年 没拿过奖 比赛也没参加 但厂里那台老磨床的液压系统是我一个人改好的 "
         "故障率降了一大半", NR, "奖、比赛否认；革新由评审认定"),
    (ZJ, "浙派工匠 高级技师 嘉兴一家化纤厂一线卷绕 十六年 在岗 老实讲 我就是个干活的 啥成绩也没有", NE, "整体没有"),
    (D23, "首届数字工匠 当时在杭州做数据库开发七年 2015年起全职 会员 技术岗 没评过称号 就一普通程序员 啥奖也没拿过 别的也没有",
     NE, "奖否认，“别的也没有”否认其余"),
    (CT, "21年首席技师 我高级技师 建德一家水泥厂一线中控 十七年 说白了就是个看设备的 奖啊比赛啊徒弟啊都跟我不搭边 也没搞出啥发明",
     NE, "自称看设备的，又逐类否认：整体没有"),
    (ZJ, "浙派工匠：高级技师 湖州一家电梯厂一线安装调试十八年 在岗 奖没拿过 不过公司那套电梯导轨安装的作业法是我总结出来的 全公司在推",
     NR, "奖否认；操作法由评审认定"),
    (CT, "21年首席技师 技师 富阳一家造纸厂一线电工十三年 就是个普通电工 不过车间那台复卷机的控制程序是我重写的 断纸少了一半", NR,
     "没说没有；革新由评审认定"),
    (CT, "21年首席技师 高级技师 余杭一家纺织机械厂一线装配 十五年 我就是个普通干活的", NR, "单说普通干活的，没说没有：交评审"),
    (ZJ, "浙派工匠 高级技师 金华一家电动工具厂一线装配二十年 在职 你说的那几样 我一样没有 就是个普通工人", NE, "整体否认"),
    (D23, "首届数字工匠 2013年起在杭州做安防软件 全职 会员 技术岗 没评过称号 证书奖项啥也没有 带过四五个新人 都独当一面了", NR,
     "证书奖项否认；培养人才由评审认定"),
    (CT, "首席技师21年 技师 临安一家竹制品厂一线十六年 就一干活的 比赛没参加过 荣誉奖项一个没有 绝活革新带徒都谈不上", NE, "整体否认"),
]

# (program, [(user, answers)], expected final verdict, why)
CT1 = "21年首席技师 我高级技师 在萧山一家轴承厂一线磨工十五年"
ZJ1 = "浙派工匠能报吗 高级技师 宁波一家模具厂一线钳工十七年 在岗"
D231 = "首届数字工匠那次 我2014年起在杭州做后端开发 全职 会员 技术岗 没评过称号"
DIALOGUES = [
    (CT, [(CT1, None), ("就是普通干活的 啥奖也没有", "achievements")], NE, "答业绩之问：普通干活的加否认奖"),
    (ZJ, [(ZJ1, None), ("这些都没", "achievements")], NE, "答业绩之问：这些都没"),
    (CT, [(CT1, None), ("没", "achievements")], NE, "答业绩之问只一个“没”"),
    (D23, [(D231, None), ("都没有", "achievements")], NE, "答业绩之问：都没有"),
    (ZJ, [(ZJ1, None), ("操作法 成果转化 数字化 都没有", "achievements"), ("没搞过啥发明 也没带徒弟", "achievements")], NE,
     "两轮点类别的否认合起来点到了五类"),
    (CT, [(CT1 + " 比赛没参加过", None), ("绝活 发明 徒弟这些也都没有 荣誉称号更没有", "achievements")], NE,
     "两轮合起来否认了四条"),
    (CT, [("21年首席技师 高级技师 余杭一家阀门厂一线钳工十八年 带了十几个徒弟 都成了车间骨干", None), ("别的没有", "achievements")],
     NR, "带徒有事实（徒弟名次未说），“别的没有”不关它"),
    (ZJ, [(ZJ1 + " 厂里的冲模快速换模法是我总结的 现在全厂都在用", None), ("没拿过奖", "achievements")], NR,
     "操作法由评审认定；否认奖不关它"),
    (CT, [(CT1, None), ("没拿过奖 但是我有一手绝活 轴承套圈的内圆磨 圆度我能磨到零点五个微米 厂里就我行", "achievements")], NR,
     "奖否认；绝活由评审认定"),
    (ZJ, [(ZJ1 + " 这几年带着车间上了MES 纸质报工全换掉了", None), ("其他都没有", "achievements")], NR, "数字化由评审认定"),
    (D23, [(D231 + " 参与起草过一个行业标准", None), ("别的都没有了", "achievements")], NR, "标准由评审认定"),
    (CT, [(CT1, None), ("就是个老老实实干活的 没啥能说的", "achievements")], NE, "没啥能说的：整体没有"),
    (ZJ, [(ZJ1, None), ("徒弟没带过", "achievements")], NR, "只否认带徒"),
    (CT, [(CT1 + " 我搞过一个钻孔夹具的改进 效率翻了一番", None), ("都没有", "achievements")], NR,
     "革新由评审认定；“都没有”答的是另问的"),
    (ZJ, [(ZJ1, None), ("没 就是干活", "achievements")], NE, "答业绩之问：没，就是干活"),
    (D23, [(D231, None), ("就一普通码农 奖啊证书啊都没有", "achievements")], NE, "普通码农加否认：整体没有"),
]


def main() -> None:
    here = Path(__file__).parent
    messages = [{"id": f"el-dn{i:03d}", "split": "dev", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = [{"id": f"dlg-dn{i:03d}", "split": "dev", "turns": turns_closing(turns, {p: v}), "final_verdicts": {p: v},
                  "why": why} for i, (p, turns, v, why) in enumerate(DIALOGUES, 1)]
    write_jsonl(here / "dn_messages.jsonl", messages)
    write_jsonl(here / "dn_dialogues.jsonl", dialogues)


if __name__ == "__main__":
    main()
