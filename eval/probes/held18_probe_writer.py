"""Writes held18's probes: titles the asker holds said in shapes held17 did not use, and achievements denied in
everyday words (all of them, some kinds only, modesty that is no denial, bare replies to the assistant's question).

Written before the code was changed, by someone who had read the code (not blind), in wording unlike held17's.
Rows are shuffled with a fixed seed and split into halves A (tuning) and B (measured once at the end).

Run from the repo root with: python -m eval.probes.held18_probe_writer
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import shuffled_halves, turns_closing, write_jsonl

D26, D23, CT, ZJ, HZ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021",
                         "zj_craftsman_2023", "hz_craftsman_2016")
NE, NR = "not_eligible", "needs_review"

# (program, question, expected verdict, why)
MESSAGES = [
    # titles that bar, said as 到手/刚评的/当过/有了/顶着/评到过/授予 …, the asker's own or the person asked for
    (D26, "杭州工匠这块牌子我前年就到手了，做工业软件的，第四届数字工匠还用报吗", NE, "已获杭州工匠"),
    (D23, "去年刚评的杭州工匠，单位又让我报首届数字工匠，我是做数据标注平台的", NE, "已获杭州工匠"),
    (CT, "省里的首席技师我当过，17年评上的，杭州市首席技师这回我还能报吗", NE, "已获浙江省首席技师"),
    (D26, "杭州数字工匠我已经评下来了，是2024年的事，第四届还要不要再报", NE, "已获杭州数字工匠"),
    (D23, "浙江工匠的称号我已经有了，首届数字工匠能不能申请", NE, "已获浙江工匠"),
    (CT, "我早就是浙江省首席技师了，21年杭州首席技师那个我能报不", NE, "已获浙江省首席技师"),
    (D26, "单位推了我，可我头上已经顶着浙江工匠，第四届数字工匠会不会被刷掉", NE, "已获浙江工匠"),
    (D23, "做了十年机器人调试，荣誉方面评到过杭州工匠，首届数字工匠有戏吗", NE, "已获杭州工匠"),
    (D26, "杭州工匠我有，第四届数字工匠我有没有份", NE, "已获杭州工匠"),
    (CT, "省首席技师的证书我去年领的，这次杭州首席技师我还报不报得了", NE, "已获浙江省首席技师"),
    (D26, "帮我姐问，她去年评上了浙江工匠，在余杭做电商运营系统，第四届数字工匠她能申请吗", NE, "所问之人已获浙江工匠"),
    (D26, "身上挂着杭州数字工匠的名头，首届那批评的，第四届还能再来一次吗", NE, "已获杭州数字工匠"),
    (CT, "我在2019年被授予浙江省首席技师称号，想问杭州市首席技师能不能报", NE, "已获浙江省首席技师"),
    (D23, "浙江工匠这个荣誉我是有的，首届数字工匠还能报吗，做芯片测试软件", NE, "已获浙江工匠"),
    (D23, "我丈夫拿到过杭州工匠，现在在滨江搞云平台运维，首届数字工匠他还有资格不", NE, "所问之人已获杭州工匠"),
    # titles of someone else, titles that do not bar, titles missed
    (D23, "我老爸是杭州工匠，我自己什么称号都没有，做大数据开发六年，首届数字工匠我能报吗", NR, "称号是父亲的"),
    (D26, "我徒弟评上了杭州工匠，我自己没评过，第四届数字工匠我能报吗，做PLC编程九年", NR, "称号是徒弟的"),
    (D26, "我是杭州市劳动模范，做数据运维八年，第四届数字工匠能报吗", NR, "劳模不在排除之列"),
    (D23, "拿过杭州市技术能手，做网络工程七年，首届数字工匠能申请吗", NR, "技术能手不在排除之列"),
    (ZJ, "我是杭州工匠，高级技师，一线在岗十几年，浙派工匠能报吗", NR, "浙派工匠通知对已获称号未作规定"),
    (D26, "评杭州工匠那年差一票没评上，现在做工业视觉，第四届数字工匠可以报吗", NR, "没评上"),
    (D26, "浙江工匠我报过两次都落选了，第四届数字工匠这次能试试吗", NR, "落选"),
    (CT, "我们厂长是浙江省首席技师，我是他手下的高级技师，21年杭州首席技师我能报吗", NR, "称号是厂长的"),
    (D23, "以前当过杭州工匠的评委，自己没评过，首届数字工匠能报吗", NR, "当的是评委"),
    # every alternative denied, in shapes: a list then 这些都挨不上 / 哪有这本事 / 轮不到我 / 没我的事 / 对不上 / 为零 / 无缘 / 全是零
    (CT, "杭州首席技师21年那批，我技师，一线电工十二年。荣誉、比赛名次、绝活、技术革新、带徒弟这些都挨不上", NE, "四项都说没有"),
    (ZJ, "浙派工匠，高级技师，一线钳工十五年在岗。带徒、革新、操作法、成果转化、数字化改造，我哪有这本事", NE, "五项都说没有"),
    (D23, "首届数字工匠，做运维五年，在杭全职，会员。制定标准、技术创新、领先证书、带队培养选手，都轮不到我", NE, "四项都说没有"),
    (D26, "第四届数字工匠 做数据治理八年 在杭全职 会员 民企员工 一个普通码农 标准啊创新啊获奖证书啊 压根没我的事", NE, "三项都说没有"),
    (HZ, "首届杭州工匠 我2005年在杭州开始修汽车 绝活谈不上 非遗传统工艺不沾边 技改也没弄过 技能比赛从来没报过名", NE, "五项都说没有"),
    (CT, "首席技师 技师 一线维修十年 拿不出啥绝活 没搞过革新 没带过徒弟 荣誉奖项比赛名次一概没有", NE, "四项都说没有"),
    (ZJ, "浙派工匠，高级技师，一线车工在岗二十年，教徒弟不在行，从没带过；革新、操作法、转化、数字化我都没份", NE, "五项都说没有"),
    (D23, "首届数字工匠 在杭做前端八年 会员 标准、创新、证书、培养选手 一条都对不上", NE, "四项都说没有"),
    (D26, "第四届 做SRE七年 在杭 会员 民企 没写过标准 没有什么技术突破 手上没有领先水平的证书 也没获过奖", NE, "三项都说没有"),
    (HZ, "首届杭州工匠，03年来杭州做电焊，我没什么绝技，不搞传统手艺，革新成果为零，比赛一次没参加", NE, "五项都说没有"),
    (CT, "21年首席技师 我高级技师 一线做模具钳工 获奖名次这些从来跟我无缘 绝活没有 革新和带徒一概空白", NE, "四项都说没有"),
    (ZJ, "浙派工匠 高级技师 一线在岗十四年 徒弟、革新、操作法、成果转化、数字化改造，全都是零", NE, "五项都说没有"),
    # some kinds denied only
    (D23, "首届数字工匠 做嵌入式八年 会员 标准这块从来没参与过，不过我带出来的团队有好几个成了骨干", NR, "只否认标准"),
    (ZJ, "浙派工匠 高级技师 一线十五年在岗 数字化没搞过，倒是总结过一套下料的操作法，车间都在照着用", NR, "只否认数字化"),
    (CT, "首席技师 技师 一线十年 比赛没参加过 绝活也说不上 不过主持过一项设备改造 一年省了二十万", NR, "否认比赛和绝活"),
    (D26, "第四届 做工业互联网开发七年 会员 标准没写过 证书也没有 但边缘网关是我主导设计的，申请了发明专利", NR, "否认标准和证书"),
    (HZ, "首届杭州工匠 我在杭州做青瓷修复十几年 没参加过比赛 没搞技术革新 但修复瓷器这门手艺是祖传的", NR, "否认比赛和革新"),
    (ZJ, "浙派工匠 高级技师 一线在岗 革新没搞过 推广也没有 数字化挨不上 就是徒弟带了不少 有两个成了省技术能手", NR, "带徒未否认"),
    (CT, "21年首席技师 高级技师 一线十八年 获奖这块是空白 但厂里换型调试最快的就是我，别人半天我一个钟头", NR, "只否认获奖"),
    (D23, "首届数字工匠 做嵌入式八年 会员 革新谈不上 不过参与起草了一项行业标准", NR, "只否认革新"),
    # modesty that is no denial
    (ZJ, "浙派工匠 高级技师 一线在岗二十年 我这人嘴笨，不会总结，但车间那台老冲床的送料机构是我改的，故障少了一大半", NR, "谦辞之后说了业绩"),
    (D26, "第四届 做数据库内核开发九年 在杭 会员 哪敢说什么创新 就是把公司核心库的查询性能提了五倍", NR, "谦辞之后说了业绩"),
    (CT, "首席技师 技师 一线管钳工十年 没啥了不起的 就是厂里那套夹具是我设计的 大家都在用", NR, "谦辞之后说了业绩"),
    (D23, "首届数字工匠 做电商算法六年 会员 不算什么大成就 搭了公司的推荐系统 转化率涨了两成", NR, "谦辞之后说了业绩"),
    (HZ, "首届杭州工匠 杭州做竹编二十年 水平一般般 但竹丝扣瓷这手艺全杭州没几个人会", NR, "谦辞之后说了业绩"),
]

B26 = "第四届数字工匠 我在拱墅做物流调度系统开发 九年 2017年起在杭全职 民企 工会会员 普通开发"
B23 = "首届数字工匠咨询 本人在上城做智慧医疗软件 六年 2016年来杭州全职 民企 会员"
BCT = "想报21年杭州首席技师 高级技师 在临平一家减速机厂一线装配十六年 会员"
BZJ = "浙派工匠 我高级技师 在温州一家鞋机厂一线修设备十九年 一直在岗"

# (program, turns [(user, answers)], expected final verdict, why)
DIALOGUES = [
    (D26, [(B26, None), ("有的，浙江工匠", "prior_titles")], NE, "已获浙江工匠"),
    (D26, [(B26, None), ("嗯 杭州数字工匠 上一届评上的", "prior_titles")], NE, "已获杭州数字工匠"),
    (D23, [(B23, None), ("省里的浙江工匠评过", "prior_titles")], NE, "已获浙江工匠"),
    (D23, [(B23, None), ("我爸有，我没有", "prior_titles")], NR, "称号是父亲的"),
    (CT, [(BCT, None), ("浙江省首席技师，当了好几年了", "prior_titles")], NE, "已获浙江省首席技师"),
    (CT, [(BCT, None), ("区里评过优秀技师，别的没有", "prior_titles")], NR, "区级荣誉不在排除之列"),
    (D26, [(B26, None), ("没那些", "prior_titles"), ("一样不占", "achievements")], NE, "三项都说没有"),
    (D23, [(B23, None), ("一个都没", "prior_titles"), ("标准、创新、证书、培养选手都挨不上", "achievements")], NE, "四项都说没有"),
    (ZJ, [(BZJ, None), ("没那本事，就是修机器", "achievements")], NE, "五项都说没有"),
    (ZJ, [(BZJ, None), ("革新那些没有，徒弟倒是带了几个", "achievements")], NR, "带徒未否认"),
    (CT, [(BCT, None), ("没评过", "prior_titles"), ("奖啊比赛啊绝活啊都轮不到我，革新带徒也没有", "achievements")], NE,
     "四项都说没有"),
    (CT, [(BCT, None), ("没有", "prior_titles"), ("比赛没参加过，不过我改的装配工装把效率提了三成", "achievements")], NR,
     "只否认比赛"),
    (D23, [(B23, None), ("无", "prior_titles"), ("除了带过两个新人，别的都没", "achievements")], NR, "带人未否认"),
    (ZJ, [(BZJ, None), ("全都没有", "achievements")], NE, "五项都说没有"),
    (ZJ, [(BZJ, None), ("数字化那块车间联网是我弄的，别的没有", "achievements")], NR, "数字化未否认"),
    (D26, [(B26, None), ("没评过", "prior_titles"),
           ("证书没有，标准也没写过，不过我主导重构了调度算法，配送时效快了15%", "achievements")], NR, "否认证书和标准"),
    (D26, [(B26, None), ("挂着个杭州工匠", "prior_titles")], NE, "已获杭州工匠"),
    (D23, [(B23, None), ("评上过杭州工匠的，18年", "prior_titles")], NE, "已获杭州工匠"),
    (CT, [(BCT, None), ("不好意思 省首席技师我有", "prior_titles")], NE, "已获浙江省首席技师"),
    (D26, [(B26, None), ("称号没有", "prior_titles"), ("压根没这些", "achievements")], NE, "三项都说没有"),
]


def main() -> None:
    here = Path(__file__).parent
    messages = [{"id": f"el-hh{i:03d}", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = [{"id": f"dlg-hh{i:03d}", "turns": turns_closing(turns, {p: v}), "final_verdicts": {p: v}, "why": why}
                 for i, (p, turns, v, why) in enumerate(DIALOGUES, 1)]
    write_jsonl(here / "held18_messages.jsonl", shuffled_halves(messages, 1818))
    write_jsonl(here / "held18_dialogues.jsonl", shuffled_halves(dialogues, 1819))


if __name__ == "__main__":
    main()
