"""Writes facts20's probes: the basic facts an applicant tells in plain sight, in everyday words: how long they have
done the trade (a start year, an age at the start, "打小就干", "大半辈子"), where the employer is (a street, a
town, a park, a new-town nickname), how long in Hangzhou or Zhejiang (years said of the trade and the city at
once, a season of arrival), and the post told by a day's work ("天天下车间", "现在主要管排班"); in dialogues, the
same facts given as a bare later answer ("余杭", "十二三年", "一直在一线").

Written 2026-12-07 before the code was changed, by someone who had read the code (not blind). Rows alternate
between halves A (tuning) and B (measured once at the end). 首届杭州工匠 counts to its 2016 window, 第四届 to
2026-03-31, 首届数字工匠 to its 2023 window, 浙派 to today (2026-12-07).

Run with: python -m eval.probes.facts20_probe_writer
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import alternate, answered_turns, write_jsonl

HZ16, CT, D26, D23, ZJ = ("hz_craftsman_2016", "hz_chief_technician_2021", "hz_digital_craftsman_2026",
                          "hz_digital_craftsman_2023", "zj_craftsman_2023")
EL, NE, NR, DR = "eligible", "not_eligible", "needs_review", "direct_recognition"

# (program, question, expected verdict, why)
MESSAGES = [
    (HZ16, "首届杭州工匠 我在九堡那边一个厂做钣金 六五年的 十八岁进厂敲到现在 一直在车间 中国人 工会会员 "
           "拿过杭州市职业技能大赛钣金工第一名", EL, "九堡在杭州；1983年起，到2016年33年"),
    (CT, "我们公司在未来科技城 我是做精密零件的数控铣工 技师 天天守在机床前面 2019年评上全国技术能手 "
         "浙江省首席技师没评过 21年杭州市首席技师能报吗", EL, "未来科技城在余杭；一线；全国技术能手"),
    (HZ16, "我八九年顶替我爸进的杭州橡胶厂 做硫化 在一线干到一六年 六九年生 中国人 会员 "
           "杭州市职业技能大赛硫化工第一名 首届杭州工匠够吗", EL, "1989年进杭州厂，到2016年27年"),
    (CT, "九堡那边一个做阀门的厂 我是焊工高级技师 一直在焊 2018年享受国务院特殊津贴 省首席没评过 "
         "二一年的杭州市首席技师能报不", EL, "九堡在杭州"),
    (HZ16, "首届杭州工匠 我是下沙开发区一家汽车零部件厂的模具钳工 七四年生 二十一岁就干这行了 一直在杭州 "
           "一直在一线 中国人 工会会员 杭州市职业技能大赛模具工第一名", EL, "下沙在杭州；1995年起，到2016年21年"),
    (CT, "厂子在大江东 做汽车总装的 我是装调工技师 每天在线上 2020年杭州市职业技能大赛汽车装调工（市级一类）第一名 "
         "省首席没评过 二一年的杭州市首席技师我能报吗", EL, "大江东在杭州钱塘"),
    (HZ16, "首届杭州工匠 我在滨江一家电梯公司做安装 一二年才入的这行 之前在老家种地 一线 中国人 会员 八五年的 "
           "杭州市职业技能大赛电梯安装维修工第一名", NE, "2012年入行，到2016年4年"),
    (CT, "我在德清一家厂当电工 高级技师 天天在现场 2019年全国技术能手 浙江省首席技师没评过 房子买在杭州 "
         "21年杭州市首席技师行吗", NE, "德清属湖州，家在杭州不算"),
    (HZ16, "到一六年报名那会儿 我在杭州干了十二年电工 在拱墅一家电机厂 天天在车间 中国人 会员 八零年生 "
           "杭州市职业技能大赛维修电工第一名 首届杭州工匠行吗", EL, "到2016年在杭干电工12年：行业年限和在杭年限都有"),
    (CT, "在杭钢当轧钢工 高级技师 前几年还在轧机上 这两年主要管排班和安全检查了 2018年全国技术能手 "
         "省首席没评过 21年杭州市首席技师能报吗", NE, "现在主要管排班：不在生产第一线"),
    (HZ16, "首届杭州工匠 我是桐庐分水镇制笔厂的 七五年的 十六岁进厂 一直在流水线上 中国人 会员 "
           "杭州市职业技能大赛制笔工第一名", EL, "分水镇在桐庐；1991年起，到2016年25年"),
    (CT, "在青山湖那边一家做光伏支架的厂 我是电焊工技师 天天下车间焊 2020年杭州市职业技能大赛焊工（市级一类）第一名 "
         "浙江省首席技师没评过 21年首席技师能报伐", EL, "青山湖在临安；天天下车间"),
    (HZ16, "首届杭州工匠 我从二十五岁开始在杭州做西点 八六年生的 在湖滨一家面包房 一线 中国人 会员 "
           "杭州市职业技能大赛西式面点第一名", NE, "2011年起在杭，到2016年5年"),
    (CT, "厂在诸暨店口 我是铜管拉拔工高级技师 一直在一线 2019年全国技术能手 浙江省首席技师没评过 "
         "21年杭州市首席技师能报吗", NE, "诸暨属绍兴"),
    (HZ16, "首届杭州工匠 我在余杭一家机械厂做维修电工 九六年进的厂 天天下车间修设备 中国人 会员 七六年 "
           "杭州市职业技能大赛维修电工第一名", EL, "1996年起，到2016年20年；天天下车间是一线"),
    (CT, "我在瓶窑一家电缆厂 挤塑工 高级技师 一直在机台上 2017年享受国务院特殊津贴 省首席没评过 "
         "2021年杭州市首席技师能报吗", EL, "瓶窑在余杭"),
    (HZ16, "首届杭州工匠 我在杭州一家印染厂 做了二十年挡车工 现在主要管排班和考勤 不太上机了 中国人 会员 "
           "七二年 杭州市职业技能大赛挡车工第一名", NE, "现在主要管排班：不在一线"),
    (D26, "第四届数字工匠 我在杭州干了六年运维 一直在拱墅一家民营公司 工会会员 技术岗 没评过称号 "
          "2025年全国数字经济行业职业技能竞赛云计算赛项个人第一名 能直接认定吗", DR, "在杭六年运维：在杭年限和从业年限都有"),
    (D26, "第四届数字工匠 我二十二岁来的杭州 九六年生 在下沙一家民营公司做工业软件开发 一直干到现在 工会会员 "
          "技术岗 没评过称号 2025年杭州市数字经济行业职业技能竞赛工业互联网赛项个人第一名", DR, "2018年来杭"),
    (D26, "第四届数字工匠 我是今年开春三月份才到的杭州 在西湖区一家民营公司做数据治理 之前在北京干了八年 "
          "工会会员 技术岗 没评过称号 2025年浙江省数字经济行业职业技能竞赛数据安全赛项个人第一名", NE,
     "2026年3月来杭，到2026-03-31不满1年"),
    (D26, "第四届数字工匠 读研就在杭州 毕业留下来 在余杭一家民营公司做芯片验证五年多了 工会会员 技术岗 "
          "没评过称号 2025年杭州市数字经济行业职业技能竞赛集成电路赛项个人第一名", DR, "在杭五年多"),
    (D26, "第四届数字工匠 我在杭州才待了八个月 之前在武汉做了六年嵌入式 现在在滨江一家民营公司 工会会员 技术岗 "
          "没评过称号 2025年浙江省数字经济行业职业技能竞赛嵌入式赛项个人第一名", NE, "在杭八个月"),
    (D23, "首届数字工匠那次 我在杭州写了十年Java了 一直在上城一家民营公司 全职 会员 技术岗 没评过浙江工匠杭州工匠 "
          "二一年拿过浙江省科学技术进步奖三等奖 主要完成人", EL, "在杭写代码十年：到2023年7年，在杭和从业都满"),
    (D23, "首届数字工匠 我二二年秋天才来杭州 在滨江一家民营公司做测试开发 之前在合肥做了七年 全职 会员 技术岗 "
          "没评过浙江工匠杭州工匠 主导制定过一项团体标准", NE, "2022年秋来杭，到2023年不满2年"),
    (D23, "首届数字工匠 我是九零年的 二十三岁那年到的杭州 一直在余杭一家民营公司做计算机视觉 全职 会员 技术岗 "
          "没评过浙江工匠杭州工匠 二二年拿过杭州市科学技术进步奖二等奖", EL, "2013年来杭，到2023年10年"),
    (D23, "首届数字工匠 我在杭州做了三年多的数据库运维 一九年来的 全职 会员 技术岗 没评过浙江工匠杭州工匠 "
          "二二年拿过浙江省科学技术进步奖三等奖", NR, "2019年起，到2023年从业约4年：一般5年以上，需核实"),
    (ZJ, "浙派工匠 高级技师 我在嘉兴一家化纤厂做纺丝 一线在岗 今年开春才从江苏调过来的 之前在常州干了十几年",
     NE, "2026年春来浙，不满1年"),
    (ZJ, "浙派工匠 我在台州路桥一家汽摩配厂开数控 二十年了 高级技师 一线 在岗 搞过几项工装革新 一年省了上百万",
     NR, "在台州二十年；革新由评审认定"),
    (ZJ, "浙派工匠 我在丽水一家阀门厂做铸造 高级技师 在岗一线 才过来五个月 以前一直在山东", NE, "来浙五个月"),
    (ZJ, "突出贡献浙派工匠 我是温州本地人 打小就在瓯海的眼镜厂做模具 高级技师 一线 在岗 徒弟带了二十几个",
     NR, "本地人打小在温州：在浙和从业都满；带徒由评审认定"),
    (ZJ, "浙派工匠 我在湖州一家电机厂做绕线 干了大半辈子了 高级技师 一线 在岗 总结过一套绕线操作法 厂里都在用",
     NR, "大半辈子在湖州；操作法由评审认定"),
    (ZJ, "浙派工匠 我在金华一家五金厂做抛光 技师 还没考高级 干了十五年 一线 在岗 这个工种最高有高级技师", NE,
     "技师，本工种最高是高级技师：等级不够"),
]

_CT_BASE = "我是数控车工高级技师，2019年评上了全国技术能手，浙江省首席技师没评过，21年杭州市首席技师能报吗"
_HZ16_BASE = "首届杭州工匠 我在杭州一家汽修厂修车 中国人 工会会员 八零年的 一直在一线 杭州市职业技能大赛汽车维修第一名"
_HZ16_POST = "首届杭州工匠 我在杭州一家纺织厂 九五年进的厂 中国人 工会会员 七六年的 杭州市职业技能大赛挡车工第一名"
_D26_BASE = ("第四届数字工匠 我在滨江一家民营公司做数据开发 工会会员 技术岗 没评过称号 "
             "2025年杭州市数字经济行业职业技能竞赛大数据赛项个人第一名")
_D23_BASE = "首届数字工匠 我在西湖区一家民营公司做后端开发 全职 会员 技术岗 没评过浙江工匠杭州工匠 二一年拿过浙江省科学技术进步奖三等奖"
_ZJ_BASE = "浙派工匠 我在绍兴一家纺织机械厂做装配钳工 一线在岗"

# (program, first message, [(later answer, field it answers, facts, verdict after it)], why)
DIALOGUES = [
    (CT, _CT_BASE, [("余杭", "employer_city", {"employer_city": "杭州"}, EL)], "余杭一词"),
    (CT, _CT_BASE, [("下沙开发区", "employer_city", {"employer_city": "杭州"}, EL)], "下沙开发区在杭州"),
    (CT, _CT_BASE, [("在九堡那边一个厂", "employer_city", {"employer_city": "杭州"}, EL)], "九堡在杭州"),
    (CT, _CT_BASE, [("安吉的一个竹制品厂", "employer_city", {}, NE)], "安吉属湖州"),
    (CT, _CT_BASE, [("我们公司在未来科技城", "employer_city", {"employer_city": "杭州"}, EL)], "未来科技城"),
    (HZ16, _HZ16_BASE, [("十二三年", "years_in_field", {}, NE)], "到今天十二三年，2016年时只有两三年"),
    (HZ16, _HZ16_BASE, [("打小就干这个 十几岁就在杭州修车了", "years_in_field", {}, EL)], "十几岁起：到2016年20年上下"),
    (HZ16, _HZ16_POST, [("一直在一线", "role_type", {"role_type": "frontline_technical"}, EL)], "一直在一线"),
    (HZ16, _HZ16_POST, [("现在主要管排班 不怎么上机了", "role_type", {"role_type": "management"}, NE)], "管排班"),
    (D26, _D26_BASE, [("毕业就来了 二零年", "years_full_time_in_hangzhou", {}, DR)], "2020年来杭"),
    (D26, _D26_BASE, [("没多久 今年五月份才来杭州", "years_full_time_in_hangzhou", {}, NE)], "2026年5月来杭"),
    (D23, _D23_BASE, [("十来年了", "years_full_time_in_hangzhou", {}, EL)], "到今天十来年，2023年时也满2年"),
    (ZJ, _ZJ_BASE, [("高级技师 干了二十年了 一直在绍兴", "skill_level", {"skill_level": "高级技师"}, NR)],
     "高级技师；在浙二十年；业绩未说"),
    (ZJ, _ZJ_BASE + " 高级技师 干了十几年", [("上个月刚从江西过来", "years_full_time_in_zhejiang", {}, NE)], "来浙一个月"),
]


def main() -> None:
    here = Path(__file__).parent
    write_jsonl(here / "facts20_messages.jsonl", alternate([
        {"id": f"el-fx{i:03d}", "question": question, "program": program, "expect_verdicts": {program: verdict},
         "why": why} for i, (program, question, verdict, why) in enumerate(MESSAGES, 1)], after_id=True))
    write_jsonl(here / "facts20_dialogues.jsonl", alternate([
        {"id": f"dlg-fx{i:03d}", "turns": answered_turns(program, first, later, NR),
         "final_verdicts": {program: later[-1][3]}, "why": why} for i, (program, first, later, why) in enumerate(DIALOGUES, 1)],
        after_id=True))


if __name__ == "__main__":
    main()
