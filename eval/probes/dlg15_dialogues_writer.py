"""dlg15 dialogue probe cv15-001…: replies to the question asked, told the way applicants tell them.

Written from the five notices before any code change (2026-12-06, round 12), for the reply readings a turn applies:
1. a bare yes ("有的""是的 有一些吧""嗯 算有吧") to an open question (the achievements) is not the value: the deeds
   are still to be told, and the verdict waits for them;
2. deeds told in reply to the achievements question (an award, a competition place, apprentices' places) are read
   against the alternatives, and a near miss (学会的奖, 省技术能手, 二等奖) is not a met one;
3. the asker says in own words that there is nothing ("证书奖项一个没有 徒弟也没带""没有 就是干活");
4. "不清楚/要问下厂里" is unknown, not no;
5. numbers only ("二十来年吧""七八年吧""来杭州才一年多吧""差不多半年吧");
6. places only ("下沙那边""萧山那边""公司在嘉兴南湖");
7. a reply that answers the pending question and tells another fact;
8. a reply that answers a question asked two turns back, after a rule question in between.
Verdicts follow docs/verdict-policy.md as a careful reader of the notices would give them (today 2026-11-21).
Split with ``random.Random(2245).shuffle`` of the positions: first half dev (A, tuned on), the rest test (B, held out).
Run from the repo root: ``python -m eval.probes.dlg15_dialogues_writer`` prints the rows, ``--write`` appends them once.
"""

from pathlib import Path

from eval.probes.probe_rows import write

OUT = Path(__file__).resolve().parent / "dlg15_dialogues.jsonl"
D26, D23, HZ, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                        "hz_chief_technician_2021", "zj_craftsman_2023")


def t(user, answers=None, facts=None, verdicts=None):
    return {"user": user, "answers": answers, "expect_facts": facts, "expect_verdicts": verdicts}


def d(mechanism, turns, final, why):
    turns[-1]["expect_verdicts"] = dict(final)
    return {"turns": turns, "final_verdicts": final, "why": why, "note": f"dlg15 probe (seed 2245): {mechanism}"}


ROWS = [
    d("bare yes to the achievements question, then an award", [
        t("问下第四届杭州数字工匠哈 我在滨江一家民企做工业视觉的缺陷检测算法 一八年毕业就来杭州干这个了 一直没换过城市 工会会员 工匠啥的没评过"),
        t("有的"),
        t("就前年 我们那个锂电极片缺陷检测的项目拿了浙江省科学技术进步奖三等奖 我排第三", "awards")],
      {D26: "eligible"}, "省级科学技术类奖项：hz_digital_craftsman_2026#二/(三)；2018年起在杭、会员、技术岗、未获称号：#二"),
    d("bare yes to the achievements question, then apprentices' places", [
        t("帮我老公问一下 首届杭州数字工匠那个 他一五年开始在杭州一家做物联网平台的民企写嵌入式 到现在没换过 工会会员 没评过工匠 一线写代码的"),
        t("是的 有一些吧"),
        t("他二一年带的两个徒弟 参加浙江省工业互联网职业技能竞赛 一个拿了第二一个第四 这个算不算", "trained_apprentices")],
      {D23: "eligible"}, "培养选手在省级职业技能竞赛获得前五名：hz_digital_craftsman_2023#附件1/二/(四)；2015年起在杭约7.9年"),
    d("bare yes, then a deed for the review", [
        t("首席技师那个 我在临平一家汽配厂做模具钳工 高级技师证一四年拿的 一直在车间干活 浙江省首席没评过"),
        t("嗯 算有吧"),
        t("改过冲压模的快速换模结构 换一次模从四十分钟缩到十分钟 全车间都在用", "achievements")],
      {CT: "needs_review"}, "技术革新由评审认定：hz_chief_technician_2021#二/(三)"),
    d("a provincial honour not listed, told in reply", [
        t("想了解下21年那个杭州市首席技师 我是富阳一家造纸厂的电工 技师证有的 一直在一线 省首席没评过"),
        t("一九年评上过浙江省技术能手 杭州市职工技能比赛也拿过二等奖", "awards")],
      {CT: "needs_review"}, "浙江省技术能手不在(一)所列，同类荣誉由评审认定；市赛二等奖不是第一名：hz_chief_technician_2021#二/(一)"),
    d("near misses told in reply: a society's award, a second prize", [
        t("第四届数字工匠 我在萧山一家民企做跨境电商的推荐算法 一九年来的杭州 干这行九年了 工会会员 没评过工匠"),
        t("拿过一个全国的数字化应用大赛二等奖 还有就是去年拿了一个中国电子学会科学技术奖二等奖", "awards")],
      {D26: "needs_review"}, "学会颁发的科学技术奖之于(三)通知未明确：hz_digital_craftsman_2026#二/(三)"),
    d("a municipal award told in reply (first digital craftsman)", [
        t("问下首届数字工匠 我在杭州一家国企下面的子公司做城市大脑交通信号的数据分析 普通工程师不是领导 一四年开始干 一直在杭州 会员 没评过什么工匠"),
        t("二一年的时候拿了杭州市科学技术进步奖二等奖 我是第二完成人", "awards")],
      {D23: "eligible"}, "市级科学技术类奖项：hz_digital_craftsman_2023#附件1/二/(三)"),
    d("nothing, in own words (first digital craftsman)", [
        t("首届杭州数字工匠 我在西湖区一家民企做SaaS的后端 一六年开始干 一直在杭州 会员 没评过工匠 你看我够不够"),
        t("真没啥 标准那种大事轮不到我 也没搞过啥攻关 证书奖项一个没有 徒弟也没带", "achievements")],
      {D23: "not_eligible"}, "四项都明说没有：hz_digital_craftsman_2023#附件1/二"),
    d("nothing, in own words, a relative asking (chief technician)", [
        t("我爸在余杭一家纺机厂修织机 技师 干了三十多年了 一直一线 省首席没评过 他想问问首席技师能不能报"),
        t("他就是老老实实修机器 比赛没参加过 什么绝活啊操作法也谈不上 发明革新没有 徒弟倒是带过几个 但都没去比过赛", "achievements")],
      {CT: "not_eligible"}, "四条都不符：徒弟没有竞赛名次，(四)不符：hz_chief_technician_2021#二"),
    d("nothing, in own words (Hangzhou craftsman 2016)", [
        t("一六年那个首届杭州工匠 我那时候在拱墅一家做空调压缩机的厂 一线装配 九五年进的厂 七三年的 会员 中国人"),
        t("绝活 操作法都谈不上 就是熟练 革新没搞过 比赛就厂里比过 市里省里的没去过 手艺也不是那种传统的", "achievements")],
      {HZ: "not_eligible"}, "五条都明说没有：hz_craftsman_2016#三/(二)"),
    d("nothing, in own words (Zhejiang craftsman)", [
        t("浙派工匠 我在宁波一家注塑机厂做装配钳工 高级技师 干了二十年了 一直在宁波 还没退休"),
        t("说实话没啥拿得出手的 徒弟没正经带过 革新改造没搞过 操作法也没总结过 成果转化 数字化那些更不沾边", "achievements")],
      {ZJ: "not_eligible"}, "五条都明说没有：zj_craftsman_2023#三/(一)"),
    d("union membership not known (hard for the Hangzhou craftsman)", [
        t("我是炒龙井的 在西湖边上一个茶厂 炒了二十多年了 二〇一二年拿过杭州市的炒茶技能大赛第一名 六八年的 中国人 一六年那个杭州工匠能报吗"),
        t("工会这个我真不清楚 厂里有没有给我办过 要问一下")],
      {HZ: "needs_review"}, "市级大赛第1名符合第5条；必须是工会会员，是否会员未知：hz_craftsman_2016#三/(一)"),
    d("highest level of the trade not known (Zhejiang craftsman)", [
        t("浙派工匠 我在湖州一家竹制品厂做竹材碳化 技师 干了十五年 一线 带了七八个徒弟 有两个现在是车间主任"),
        t("我们这个工种最高是啥我还真不清楚 得问下厂里人事")],
      {ZJ: "needs_review"}, "技师是否本职业最高等级未知；带徒由评审认定：zj_craftsman_2023#三/(一)"),
    d("years as a bare round number (Hangzhou craftsman 2016)", [
        t("替我舅舅问一下 一六年的杭州工匠 他在西湖区一家印刷厂开胶印机 当机长 一三年拿过杭州市职业技能大赛印刷工的第一名 七一年的 中国人 会员"),
        t("二十来年吧 一直在杭州", "years_full_time_in_hangzhou")],
      {HZ: "needs_review"}, "市级职业技能大赛第1名：hz_craftsman_2016#三/(二)/5；“二十来年”是到今天的约数，倒推到2016年约十年，"
      "跨在“不少于10年”的界限上：#三/(二)（写题时按今天算成了符合，按各届计算时点改正）"),
    d("years in Hangzhou as a bare count, under the limit", [
        t("首届杭州数字工匠 我做工业互联网平台的数据采集网关开发 一六年开始干的 之前一直在苏州 会员 没评过工匠 主导过我们公司设备接入规范的编写"),
        t("来杭州才一年多吧 二一年底过来的", "years_full_time_in_hangzhou")],
      {D23: "not_eligible"}, "2021年底来杭，到2023-03-31在杭全职不满2年：hz_digital_craftsman_2023#附件1/二"),
    d("years in Zhejiang as a bare count, under the limit", [
        t("浙派工匠 我是高级技师 做船舶电焊 之前一直在江苏南通的船厂 今年跳槽到舟山这边一家船厂 一线 带过很多徒弟"),
        t("到舟山差不多半年吧 五月份来的", "years_full_time_in_zhejiang")],
      {ZJ: "not_eligible"}, "在浙全职不满1年：zj_craftsman_2023#三/(一)"),
    d("years in the trade as a range after a direct-recognition place", [
        t("去年杭州市数字经济行业职业技能竞赛 网络安全那个项目 我拿了个人第一 第四届数字工匠能直接认定吗 我在上城一家民企做安全运维 会员 一直技术岗 没评过工匠 在杭州四年了"),
        t("七八年吧 毕业就干这个", "years_in_field")],
      {D26: "direct_recognition"}, "2025年以来市级数字经济竞赛个人第一：hz_digital_craftsman_2026#一"),
    d("a place only (下沙), then the years", [
        t("想问下第四届数字工匠 我在一家芯片封测厂做MES系统的开发和运维 干了九年 全职 工会会员 没评过工匠 前年我们的封测产线数字孪生项目拿了浙江省科学技术进步奖三等奖 我是主要完成人之一"),
        t("下沙那边", "employer_city", {"employer_city": "杭州"}),
        t("来了四年多", "years_full_time_in_hangzhou")],
      {D26: "eligible"}, "省级科学技术类奖项：hz_digital_craftsman_2026#二/(三)"),
    d("a place only (萧山), deeds for the review", [
        t("首届杭州数字工匠 我做的是纺织厂的数字化改造 把两百多台织机联网 做了个生产看板和排产系统 是我牵头做的 从一四年开始搞信息化 会员 没评过工匠 一直在技术岗"),
        t("萧山那边 一直在这个厂", "employer_city", {"employer_city": "杭州"})],
      {D23: "needs_review"}, "技术改造由评审认定：hz_digital_craftsman_2023#附件1/二/(二)"),
    d("the employer in another city, the asker living in Hangzhou", [
        t("第四届数字工匠 我做跨境物流的路径规划算法 干了七年 工会会员 没评过工匠 我们团队做的智能分仓系统一年省了两千万运费 方案是我主导的"),
        t("公司在嘉兴南湖 我每天从杭州开过去", "employer_city", {"employer_city": "嘉兴"})],
      {D26: "not_eligible"}, "单位在嘉兴，在杭全职为0，不满1年：hz_digital_craftsman_2026#二"),
    d("the pending answer plus a competition place", [
        t("首席技师 我是杭州一家汽车4S店的机修 在一线 省首席没评过"),
        t("高级技师 一七年拿的 一九年还拿过杭州市汽车维修技能竞赛一类赛第一名", "skill_level", {"skill_level": "高级技师"})],
      {CT: "eligible"}, "市级一类技能竞赛第一名：hz_chief_technician_2021#二/(一)"),
    d("the pending answer (union) plus the years in Hangzhou", [
        t("我想问首届杭州数字工匠 我在滨江一家做视频监控的大厂写视频结构化算法 一六年开始做的 没评过工匠 二二年拿了浙江省科学技术进步奖一等奖 我排第五"),
        t("是会员 在杭州一直干了七年", "union_member", {"union_member": True})],
      {D23: "eligible"}, "省级科学技术类奖项：hz_digital_craftsman_2023#附件1/二/(三)"),
    d("the pending answer (highest level) plus an apprentice's place", [
        t("浙派工匠 我在温州一家电机厂做绕线 技师 一线 还没退休 在温州干了十五年 自己琢磨了一套绕线张力的调法 次品率降了一半 厂里都按这个干"),
        t("技师就是我们这个工种最高的了 对了 我去年还带出一个徒弟拿了省赛第三", "is_highest_level_of_occupation",
          {"is_highest_level_of_occupation": True})],
      {ZJ: "needs_review"}, "技师为本职业最高等级；操作法、带徒由评审认定：zj_craftsman_2023#三/(一)"),
    d("a rule question between, then the earlier question answered", [
        t("帮我爸问下一六年那个杭州工匠 他在建德做根雕 雕了三十多年 一直在建德 东西还上过央视 他六〇年的"),
        t("这个是每年都评吗"),
        t("哦 刚才问的 他是会员 中国人", "union_member", {"union_member": True})],
      {HZ: "needs_review"}, "根雕读作传统工艺，是否达到第2条由评审认定：hz_craftsman_2016#三/(二)/2"),
    d("a procedure question between, then a competition place", [
        t("21年首席技师 我在钱塘一家药厂做设备维修 技师 一线 省首席没评过"),
        t("那申报是个人报还是单位报啊"),
        t("对了你刚才问的 我一八年拿过浙江省职工职业技能大赛 一类赛 设备点检项目第二名", "competition_results")],
      {CT: "eligible"}, "省级一类技能竞赛前三名：hz_chief_technician_2021#二/(一)"),
    d("a bare no to the achievements question", [
        t("浙派工匠 我在丽水一家做香菇烘干设备的厂 装配钳工 高级技师 干了十二年 一线 在职"),
        t("没有 就是干活", "achievements", {"achievements": []})],
      {ZJ: "not_eligible"}, "五条都没有：zj_craftsman_2023#三/(一)"),
    d("nothing, in own words (fourth digital craftsman)", [
        t("第四届数字工匠 做物流仓储机器人的调度系统 干了八年 在杭州六年 会员 没评过工匠"),
        t("没啥 证书奖项都没有 标准没参与过 智能体没做过 攻关也轮不到我", "achievements")],
      {D26: "not_eligible"}, "三项都明说没有，没提竞赛名次按没有：hz_digital_craftsman_2026#二"),
    d("a day described, then a place in reply", [
        t("首席技师 我每天就在炉子边上看钢水温度 取样 调合金配比 技师证一二年拿的 萧山一家铸钢厂 浙江省首席没评过"),
        t("一六年杭州市的铸造工技能竞赛一类 拿了第一", "competition_results")],
      {CT: "eligible"}, "市级一类技能竞赛第一名：hz_chief_technician_2021#二/(一)"),
    d("an award told in reply, firmware work", [
        t("第四届数字工匠 我在余杭一家做光伏逆变器的厂 做逆变器固件开发 天天调代码 干了八年 一直在杭州 会员 没评过工匠"),
        t("二四年我们逆变器MPPT算法那个项目拿了浙江省科学技术进步奖二等奖 我是第二完成人", "awards")],
      {D26: "eligible"}, "省级科学技术类奖项：hz_digital_craftsman_2026#二/(三)"),
]

if __name__ == "__main__":
    if not OUT.exists():
        OUT.touch()
    write(ROWS, prefix="cv15-", start=1, seed=2245, path=OUT, check=False, width=3)
