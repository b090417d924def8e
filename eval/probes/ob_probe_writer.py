"""Writes the ob probes (alts24): objective alternatives (placings, honours, allowances, awards) told in
ordinary words, in one message or in a later turn. Written before the code was changed, by one who had read it."""

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
CHIEF = "hz_chief_technician_2021"
D23 = "hz_digital_craftsman_2023"
D26 = "hz_digital_craftsman_2026"
B_CHIEF = "我在余杭一家汽配厂干数控车工十几年了，一直在车间一线，高级技师，没评过浙江省首席技师。"
B_23 = "我在滨江一家民企做工业物联网平台开发，2014年入行，2015年来杭州一直全职，技术岗普通员工，工会会员，没评过浙江工匠杭州工匠。"
B_26 = "我在西湖区一家民营公司做数据标注和算法测试，干了7年，2019年来杭州一直全职，工会会员，一线技术岗，普通员工，没评过任何称号。"

MESSAGES = [
    (CHIEF, B_CHIEF + "一九年人社部给发了个全国技术能手的牌子，首席技师能报吗", "eligible", "全国技术能手（牌子）"),
    (CHIEF, B_CHIEF + "2019年那次比赛拿了个第二，省级的，一类，个人项目。首席技师够不够", "eligible", "省级一类第二名（倒装）"),
    (CHIEF, B_CHIEF + "2018年市里那个一类技能大赛，焊工，个人赛我拿了头名，杭州首席技师能申请吗", "eligible", "市级一类头名"),
    (CHIEF, B_CHIEF + "一五年开始享受国务院特殊津贴，首席技师我符合吗", "eligible", "国务院特殊津贴"),
    (CHIEF, B_CHIEF + "比赛没拿过名次，荣誉也没啥，首席技师能报吗", "needs_review", "否定：无名次无荣誉，其他选择性条件未说"),
    (CHIEF, B_CHIEF + "我们班组2019年拿了市一类技能竞赛团体第一，首席技师我能报吗", "needs_review", "班组团体成绩"),
    (CHIEF, B_CHIEF + "17年拿的中华技能大奖，杭州首席技师能不能报", "eligible", "中华技能大奖"),
    (D23, B_23 + "二一年市里给发了个杭州市科学技术进步奖三等奖，我是主要完成人。首届数字工匠当时够格吗", "eligible", "市级科技奖"),
    (D23, B_23 + "二一年我带的两个学员去省职业技能大赛，一个拿了第三一个拿了第五。首届数字工匠那次我符合吗", "eligible", "培养选手省赛前五"),
    (D26, B_26 + "去年市里那个数字经济技能大赛我拿了头名，个人赛。第四届能直接认定吗", "direct_recognition", "2025年市级数字经济竞赛个人头名"),
    (D26, B_26 + "2025年浙江省数字经济职业技能大赛，单人项目，我第一。第四届数字工匠是不是直接认定", "direct_recognition", "省级单人项目第一"),
    # second batch, written after the first was measured and before any change
    (CHIEF, B_CHIEF + "享受国务院特贴的，首席技师能报不", "eligible", "国务院特贴（简称）"),
    (CHIEF, B_CHIEF + "市政府特殊津贴我也有，2016年批的，首席技师够格吗", "eligible", "市政府特殊津贴"),
    (CHIEF, B_CHIEF + "全国技术能手这个称号一八年评上的，首席技师能报吗", "eligible", "全国技术能手（话题在前）"),
    (CHIEF, B_CHIEF + "省二类大赛拿过冠军，个人的，2017年。首席技师能报吗", "eligible", "省级二类冠军"),
    (CHIEF, B_CHIEF + "国赛二类，2018年，拿了个铜牌，个人赛。首席技师我行不行", "eligible", "国家二类铜牌"),
    (CHIEF, B_CHIEF + "2018年拿过全市第一，一类的焊工比赛，个人。首席技师能报吗", "eligible", "全市第一、一类"),
    (CHIEF, B_CHIEF + "2017年省里搞了个一类技能大赛，数控车工项目，我去比了，最后拿了第三，个人赛。首席技师能报吗", "eligible",
     "故事：省级一类第三"),
    (D26, B_26 + "去年杭州市数字经济职业技能竞赛，我是个人赛冠军。第四届能直接认定吗", "direct_recognition", "个人赛冠军"),
    (D26, B_26 + "去年省里搞数字经济技能大赛，我报了个人赛，一路打到决赛，最后拿了头名。第四届能直接认定吗", "direct_recognition",
     "故事：省级个人头名"),
    (D26, B_26 + "2025年全国数字经济技能大赛，个人赛，金牌。第四届能不能直接认定", "direct_recognition", "全国个人赛金牌"),
    (D26, B_26 + "去年省数字经济技能大赛我们团队拿了第一，第四届能直接认定吗", "needs_review", "团体第一不能直接认定，普通途径待评"),
    (D26, B_26 + "去年市数字经济技能大赛参加了，没拿到名次，第四届还能报吗", "needs_review", "否定名次"),
    # third batch, written after the first change, measured before any change too
    (CHIEF, B_CHIEF + "一六年开始拿国务院津贴，首席技师能报吗", "eligible", "国务院津贴（不说特殊）"),
    (CHIEF, B_CHIEF + "享受政府特殊津贴，市里的，2017年批的。首席技师能报吗", "eligible", "市政府特殊津贴（级别在后）"),
    (CHIEF, B_CHIEF + "2018年去参加了市里的一类技能大赛。最后拿了个第一，个人的。首席技师能报吗", "eligible",
     "名次在下一句"),
    (CHIEF, B_CHIEF + "国务院特殊津贴没有，技术能手也没评上。首席技师能报吗", "needs_review", "否定荣誉"),
    (CHIEF, B_CHIEF + "我师傅是全国技术能手。我自己能报首席技师吗", "needs_review", "师傅的荣誉"),
    (D23, B_23 + "二一年省里给发了个科技进步三等奖。首届数字工匠那次我够格吗", "eligible", "省里给发的科技奖"),
    (D26, B_26 + "去年省里数字经济技能大赛。个人赛，拿了第一。第四届能直接认定吗", "direct_recognition", "名次在下一句"),
    (D26, B_26 + "去年市里数字经济技能大赛，我带的徒弟拿了第一。第四届我能直接认定吗", "needs_review", "徒弟的第一"),
]

DIALOGUES = [
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "荣誉没啥，就是2019年那次比赛拿了个第二，省级的，一类，个人的"], "eligible",
     "回答时说省级一类第二名"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "哦对了，一八年市里那个一类大赛，钳工，我拿了头名，个人赛"], "eligible", "后补市级一类头名"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "国务院特殊津贴我一六年就享受了"], "eligible", "后补国务院特殊津贴"),
    (CHIEF, ["想报首席技师，一九年人社部给我发了个全国技术能手", "余杭汽配厂，数控车工，一线，高级技师，没评过省首席技师"], "eligible",
     "先说荣誉后说基本情况"),
    (D23, ["首届数字工匠。" + B_23, "奖的话，二一年拿过杭州市科学技术进步奖三等奖，主要完成人"], "eligible", "后补市级科技奖"),
    (D23, ["首届数字工匠。" + B_23, "二一年我带的学员在省职业技能大赛拿了第三"], "eligible", "后补培养选手省赛第三"),
    (D26, ["去年市里那个数字经济技能大赛我拿了头名，个人赛，第四届能直接认定吗", B_26], "direct_recognition", "先说名次后说基本情况"),
    (D26, ["想报第四届数字工匠。" + B_26, "还有个事，2025年省数字经济职业技能大赛，单人赛，我是第一"], "direct_recognition", "后补省级个人第一"),
    (D26, ["去年参加了省里的数字经济技能大赛，拿了第一，第四届能直接认定不", "个人的", B_26], "direct_recognition",
     "答个人还是团体"),
    (D26, ["去年省里的数字经济技能大赛拿了第一", "团体的，我们三个人一队", B_26], "needs_review", "答团体：不能直接认定"),
    # second batch
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "有，全国技术能手"], "eligible", "答荣誉：全国技术能手"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "有的，国务院特贴"], "eligible", "答荣誉：国务院特贴"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "2017年省里那个一类大赛，数控车工", "拿了第三，个人的"], "eligible",
     "比赛和名次分两轮说"),
    (D26, ["想报第四届数字工匠。" + B_26, "去年市里那个数字经济技能大赛", "拿了头名，个人赛"], "direct_recognition",
     "比赛和名次分两轮说"),
    (D26, ["想报第四届数字工匠。" + B_26, "2025年参加了省数字经济技能大赛，个人赛，冠军"], "direct_recognition", "后补个人赛冠军"),
    (D23, ["首届数字工匠。" + B_23, "奖的话，二〇年省里给发了个科技进步二等奖，我排第二"], "eligible", "后补省科技进步奖"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "比赛参加过，没拿过名次"], "needs_review", "否定名次，其他条件未说"),
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "我们厂2019年拿了省一类技能大赛团体第一"], "needs_review", "单位的团体成绩"),
    # third batch
    (CHIEF, ["想报杭州市首席技师。" + B_CHIEF, "荣誉嘛，人社部给发了个技术能手"], "eligible", "答荣誉：人社部给发的技术能手"),
    (D26, ["想报第四届数字工匠。" + B_26, "比赛拿过，去年省里那个数字经济技能大赛，个人赛第一"], "direct_recognition",
     "答业绩时说比赛"),
    (D23, ["首届数字工匠。" + B_23, "二一年省里给发了个科技进步三等奖"], "eligible", "后补省里给发的科技奖"),
    (D26, ["想报第四届数字工匠。" + B_26, "去年市里那个数字经济技能大赛", "我徒弟拿了头名"], "needs_review",
     "分两轮：徒弟的头名"),
]


def main() -> None:
    write_jsonl(HERE / "ob_messages.jsonl", (
        {"id": f"el-ob{i:03d}", "split": "dev", "question": text, "program": prog, "expect_verdicts": {prog: verdict},
         "why": why} for i, (prog, text, verdict, why) in enumerate(MESSAGES, 1)))
    write_jsonl(HERE / "ob_dialogues.jsonl", (
        {"id": f"dlg-ob{i:03d}", "split": "dev", "turns": turns_closing([(t, None) for t in turns], {prog: verdict}),
         "final_verdicts": {prog: verdict}, "why": why} for i, (prog, turns, verdict, why) in enumerate(DIALOGUES, 1)))


if __name__ == "__main__":
    main()
