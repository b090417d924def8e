"""Probes of the two 杭州数字工匠 editions told in applicants' words (round twenty-two, dig22): the edition named
loosely ("二三年那次" "最早那届" "今年这届" "最新的"), the trade told in own words, a certificate, award or first place
said loosely or in a later turn, and the reasons a notice leaves for review (参公事业单位, a unit's leader, a team's
award). Written before the code changed, by someone who had read the code (not blind); labels from the notices and
docs/verdict-policy.md as of ASSISTANT_TODAY=2026-11-21. Every row is split "dev".

Run: python -m eval.probes.dg_probe_writer  (rewrites dg_messages.jsonl and dg_dialogues.jsonl beside it)."""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
D23, D26 = "hz_digital_craftsman_2023", "hz_digital_craftsman_2026"

# (programme, question, verdict, why)
MESSAGES = [
    (D23, "二三年那次数字工匠我当时够不够啊 我在滨江一家公司给商场做客流统计的摄像头算法 一五年毕业就在杭州这家 干到现在 "
          "工会会员 一线写代码的 没评过浙江工匠杭州工匠 二一年拿过杭州市科学技术进步奖三等奖 我是第二完成人", "eligible",
     "视觉算法属数字经济，2015年起到2023年7年多、在杭全职；市级科学技术类奖项本人完成人：附件1/二/(三)"),
    (D23, "最早那届数字工匠 我符合吗 在西湖区一家民企做小程序和公众号开发 一六年来杭州一直干这个 会员 普通程序员 没评过工匠 "
          "二二年我带的徒弟去全国职业技能大赛Web技术项目拿了第三名", "eligible",
     "培养选手全国竞赛前五名：附件1/二/(四)；小程序开发属数字经济，2016年起约7年"),
    (D23, "头一届数字工匠那会儿 我在一个参照公务员法管理的事业单位信息中心做网络和机房运维 一四年进的 杭州 会员 技术岗 "
          "没评过工匠 二一年省科学技术进步奖三等奖我是第四完成人", "needs_review",
     "参照公务员法管理的事业单位工作人员原则上不予推荐（软性排除）：附件1/二"),
    (D23, "问下第一届数字的那个 我是区里一家事业单位大数据中心的副主任 也还带着写代码 一五年起在杭州 会员 没评过工匠 "
          "二零年市科学技术进步奖二等奖我排第一", "needs_review",
     "担任事业单位领导职务的人员原则上不予推荐：附件1/二"),
    (D23, "首届数字工匠 我在余杭一家做物联网平台的公司做测试 一七年进来就在杭州 会员 一线 没评过工匠 "
          "我们团队二一年拿了浙江省科学技术进步奖三等奖 我在里面负责测试", "needs_review",
     "团队的奖，没说本人是完成人：附件1/二/(三)由评审认定"),
    (D23, "二三年那届数字工匠 我在萧山一家老牌纺织厂的设备科写PLC程序 也弄点车间的上位机软件 一六年就在这 会员 一线 没评过工匠 "
          "二一年杭州市科学技术进步奖三等奖我是第一完成人", "needs_review",
     "传统纺织厂里做PLC编程：是否属数字经济行业通知的认定范围没有写明，由评审认定：附件1/一"),
    (D23, "我想问问首届数字工匠 我在拱墅一家公司做数据库运维 一九年才从成都过来杭州 之前在成都也是干DBA 一共干了八年了 "
          "会员 技术岗 没评过工匠 有个人社部发的人工智能训练师高级技师证书", "eligible",
     "在杭全职3年以上；国家职业技能等级证书（高级技师）算国家级等级资质证书：附件1/二/(三)"),
    (D23, "前年那个数字工匠 就是第一届 我在滨江做云计算运维 一四年起就在杭州这家 会员 一线 没评过工匠 "
          "我早就评上杭州工匠了 还能报吗", "not_eligible",
     "已获评“杭州工匠”的不予推荐：附件1/二"),
    (D23, "最早的那届数字工匠 我在上城一家做电商代运营的公司搞数据分析 给店铺做投放和选品模型 一五年起在杭州 会员 一线 没评过工匠 "
          "带的两个徒弟二二年省电子商务技能大赛拿了第一第二", "eligible",
     "电商数据分析属数字经济；培养选手省级竞赛前五名：附件1/二/(四)"),
    (D26, "今年这届数字工匠 我在滨江一家做车联网的民企写车机系统 一八年来杭州一直在这家 会员 一线 没评过工匠 "
          "二四年浙江省科学技术进步奖二等奖我是第三完成人", "eligible",
     "省级科学技术类奖项本人完成人：二/(三)；2018年起约8年、在杭全职"),
    (D26, "最新的那个数字工匠 我在余杭一家做工业互联网的公司做边缘计算网关开发 一九年起在杭州 会员 一线 没评过工匠 "
          "二五年杭州市数字经济行业职业技能竞赛我拿了头名", "direct_recognition",
     "2025年以来市级数字经济行业职业技能竞赛个人第一名：一"),
    (D26, "第四届数字工匠 我在西湖区做网络安全渗透测试 一七年就在杭州 会员 一线 没评过工匠 "
          "去年浙江省数字经济行业职业技能竞赛网络安全赛项个人冠军", "direct_recognition",
     "“个人冠军”即个人第一名，2025年省级竞赛：一"),
    (D26, "今年这届数字工匠 我在参公管理的事业单位做政务云运维 一六年起在杭州 会员 技术岗 没评过工匠 "
          "二三年浙江省科学技术进步奖三等奖第二完成人", "needs_review",
     "参照公务员法管理的事业单位工作人员原则上不予推荐：二"),
    (D26, "第四届 我在一家市属国企当信息中心副主任 平时也写代码 一五年起在杭州 会员 没评过工匠 "
          "二四年浙江省科学技术进步奖二等奖第一完成人", "needs_review",
     "担任国有企业领导职务的人员原则上不予推荐：二"),
    (D26, "最新这届数字工匠 我在拱墅一家做智慧物流的公司写调度算法 一七年起在杭州 会员 一线 没评过工匠 "
          "我们公司二四年拿了浙江省科学技术进步奖一等奖", "needs_review",
     "单位获得的奖，没说本人是完成人：二/(三)由评审认定"),
    (D26, "今年新的那个数字工匠 我在滨江给直播平台搭推流和弹幕系统 一八年起在杭州 会员 一线 没评过工匠 "
          "二三年浙江省科学技术进步奖三等奖我排第二", "eligible",
     "直播平台的推流系统开发属数字经济；省级科技奖本人排第二：二/(三)"),
    (D26, "第四届数字工匠 我在临平一家做跨境电商的公司管ERP和仓储系统的二次开发 一九年起在杭州 会员 一线 没评过工匠 "
          "二五年杭州市数字经济行业职业技能竞赛拿了第二名", "needs_review",
     "竞赛第二名不可直接认定；其余选择性条件未说：由评审认定"),
]

# (programme, turns [(user, answers)], final verdict, why)
DIALOGUES = [
    (D26, [("想问问第四届数字工匠 我在滨江一家民企做大数据开发 一八年来杭州一直在这家 工会会员 一线写代码 没评过工匠", None),
           ("对了 去年市里数字经济技能大赛我拿了个第一 个人的", None)], "direct_recognition",
     "第一名在后一轮说出：2025年市级数字经济行业职业技能竞赛个人第一名：一"),
    (D26, [("今年这届数字工匠我能报吗 在余杭做云原生平台运维 一七年起在杭州 会员 技术岗 没评过称号", None),
           ("奖的话 二五年浙江省数字经济职业技能竞赛云计算赛项个人第一", None)], "direct_recognition",
     "省级竞赛个人第一名：一"),
    (D23, [("二三年那次数字工匠 我当时能报吗 在西湖区一家软件公司做后端开发 一五年起在杭州 会员 技术岗 没评过工匠 "
            "二一年杭州市科学技术进步奖二等奖我是第二完成人", None),
           ("哦对 我们单位是参照公务员法管理的事业单位", None)], "needs_review",
     "后一轮说出参公事业单位：原则上不予推荐：附件1/二"),
    (D23, [("最早那届数字工匠 我在滨江做推荐系统 一六年起在杭州 会员 一线 没评过工匠 有个浙江省科学技术进步奖", None),
           ("其实是我们团队拿的 我就是做了点测试", None)], "needs_review",
     "奖是团队的，本人只做了测试：附件1/二/(三)由评审认定"),
    (D23, [("第一届数字工匠 我在上城一家公司做Java开发 一五年就在杭州 会员 一线 没评过工匠", None),
           ("带的徒弟二二年浙江省职业技能大赛软件测试项目拿了第三名", None)], "eligible",
     "培养选手省级竞赛前五名：附件1/二/(四)"),
    (D26, [("最新的那届数字工匠 我在钱塘一家做芯片设计软件的公司写EDA工具 一九年起在杭州 会员 一线 没评过工匠", None),
           ("有个浙江省科学技术进步奖 二四年的 二等 我是第二完成人", None)], "eligible",
     "省级科学技术类奖项本人第二完成人：二/(三)"),
]


def rows():
    messages = [{"id": f"el-dg{i:03d}", "split": "dev", "question": q, "program": p, "expect_verdicts": {p: v}, "why": why}
                for i, (p, q, v, why) in enumerate(MESSAGES, 1)]
    dialogues = [{"id": f"dlg-dg{i:03d}", "split": "dev", "turns": turns_closing(said, {p: v}), "final_verdicts": {p: v},
                  "why": why} for i, (p, said, v, why) in enumerate(DIALOGUES, 1)]
    return messages, dialogues


if __name__ == "__main__":
    messages, dialogues = rows()
    write_jsonl(HERE / "dg_messages.jsonl", messages)
    write_jsonl(HERE / "dg_dialogues.jsonl", dialogues)
