"""merit22 probe pf-mq…/el-mr…: complete profiles and single messages whose achievements are either no merit of the
applicant's own beside a no (a duty, a training attended, a plan, a colleague's or the product's prize, a placing
below the bar, a patent still pending), or a real deed the experts judge, or a no that names only some kinds.

Written before the code was changed, by someone who had read the code (not blind). Profile halves A/B alternate; the
messages alternate by pairs, so that each half holds both directions (first split by single rows put every not_eligible
row in A; re-split before any tuning on messages, and both halves measured again on the starting code).

Run with:  python eval/probes/merit22_probe_writer.py   (writes merit22_profiles.jsonl and merit22_messages.jsonl)
"""

from __future__ import annotations

import copy
import pathlib

from eval.probes.probe_rows import write_jsonl

HERE = pathlib.Path(__file__).parent
AS_OF = "2026-11-21"

BASE = {
    "hz_craftsman_2016": {"nationality": "中国", "rehired": False, "employment": "full_time",
                          "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                          "prior_titles": [], "facts_as_of": "2016-09-30", "birth_date": "1976-04",
                          "occupation": "电梯安装维修工", "employer_type": "private", "years_in_field": 14,
                          "years_full_time_in_hangzhou": 14, "skill_level": "高级工",
                          "trained_apprentices": "", "competition_results": [], "awards": []},
    "hz_chief_technician_2021": {"nationality": "中国", "rehired": False, "employment": "full_time",
                                 "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                                 "prior_titles": [], "facts_as_of": "2021-07-15", "birth_date": "1983-09",
                                 "occupation": "数控车工", "employer_type": "private", "years_in_field": 15,
                                 "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15,
                                 "skill_level": "技师", "competition_results": [], "trained_apprentices": "",
                                 "awards": []},
    "zj_craftsman_2023": {"facts_as_of": "2026-11-21", "nationality": "中国", "employer_type": "private",
                          "rehired": False, "union_member": True, "employer_city": "杭州", "employment": "full_time",
                          "role_type": "frontline_technical", "birth_date": "1980-02", "occupation": "注塑模具钳工",
                          "years_in_field": 18, "years_full_time_in_zhejiang": 18, "skill_level": "高级技师",
                          "is_highest_level_of_occupation": True, "prior_titles": [], "competition_results": [],
                          "awards": []},
    "hz_digital_craftsman_2026": {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private",
                                  "rehired": False, "union_member": True, "employer_city": "杭州",
                                  "employment": "full_time", "role_type": "frontline_technical",
                                  "birth_date": "1993-06", "occupation": "云平台运维工程师",
                                  "is_digital_economy": True, "years_in_field": 8,
                                  "years_full_time_in_hangzhou": 8, "skill_level": "高级工", "prior_titles": [],
                                  "competition_results": [], "awards": []},
    "hz_digital_craftsman_2023": {"facts_as_of": "2023-03-31", "nationality": "中国", "employer_type": "private",
                                  "rehired": False, "union_member": True, "employer_city": "杭州",
                                  "employment": "full_time", "role_type": "frontline_technical",
                                  "birth_date": "1990-01", "occupation": "工业软件实施工程师",
                                  "is_digital_economy": True, "years_in_field": 7,
                                  "years_full_time_in_hangzhou": 7, "skill_level": "高级工", "prior_titles": [],
                                  "competition_results": [], "awards": []},
}

NE, NR = "not_eligible", "needs_review"
# (programme, expected, achievements, note)
PROFILES = [
    ("hz_craftsman_2016", NE, ["每天按保养计划跑小区的电梯 换钢丝绳 调抱闸",
                               "绝活谈不上 革新没弄过 比赛也没去过 电梯也不算啥传统工艺"],
     "五项点名都没有，另说的是岗位日常"),
    ("hz_craftsman_2016", NR, ["琢磨出一个门机皮带的快速张紧办法 现在整个维保站都照我这个法子做 单台调试从两小时缩到四十分钟",
                               "比赛没参加过"], "本人做成、有效果的操作法；只否认了比赛"),
    ("hz_craftsman_2016", NE, ["公司去年拿了个市里的安全生产先进单位", "我自己没啥绝活也没搞过革新 比赛没参加过 跟传统手艺不沾边"],
     "单位的荣誉+五项否认"),
    ("hz_craftsman_2016", NR, ["技术革新没搞过", "平时就是按维保单干活"], "只否认革新，绝活、传统工艺没说"),
    ("hz_craftsman_2016", NE, ["前年报名了市里的电梯安装维修工技能比武 后来车间忙没去成",
                               "其他的绝活 革新 传统手艺这些都没有"], "报名没去成+其余否认"),
    ("hz_craftsman_2016", NR, ["师傅带我学了三年 现在还在跟他学", "厂里的新扶梯型号拿过浙江名牌产品"],
     "不是本人的，但没说没有 → 交评审（口径）"),
    ("hz_chief_technician_2021", NE, ["参加过两期数控高级技师研修班 结业证书都有",
                                      "绝招、操作法没有 发明革新也没有 徒弟没参加过比赛 自己也没拿过名次和荣誉"],
     "研修+四条否认"),
    ("hz_chief_technician_2021", NR, ["主持改进了曲轴磨削的工装 废品率从百分之三降到零点五",
                                      "荣誉和比赛名次都没有"], "本人做成的革新，有效果"),
    ("hz_chief_technician_2021", NE, ["我师傅是全国技术能手 我跟着他干了十年",
                                      "我自己没拿过什么奖和名次 绝招 发明革新都谈不上 带的徒弟也没比过赛"],
     "师傅的荣誉+四条否认"),
    ("hz_chief_technician_2021", NR, ["发明了一种薄壁套加工的防变形夹具 申请了实用新型专利 已经授权 车间都在用",
                                      "没拿过竞赛名次"], "本人发明，已授权在用"),
    ("hz_chief_technician_2021", NE, ["写了一个发明专利 还在实审", "别的荣誉 名次 绝招 徒弟成绩都没有"],
     "专利在审+其余否认"),
    ("hz_chief_technician_2021", NR, ["绝招没有", "工艺科的新工艺我照着做"],
     "只否认绝招；发明革新、荣誉、徒弟没说"),
    ("hz_chief_technician_2021", NE, ["明年打算把换刀的窍门整理成一套操作法",
                                      "现在说实话一样拿得出手的都没有"], "打算+全部否认"),
    ("zj_craftsman_2023", NE, ["车间的自动上下料机械手是集成商来装的 我负责开机和点检",
                               "带徒 革新 操作法 成果转化 数字化这五样 我一样都没有"], "别人装的+五项否认"),
    ("zj_craftsman_2023", NR, ["带出来的七个徒弟有四个已经是技师了 现在都是模具车间的骨干",
                               "成果转化没搞过"], "带徒有结果；只否认成果转化"),
    ("zj_craftsman_2023", NE, ["每天修模 抛光 试模 就是本职工作",
                               "没带过徒弟 革新改造没搞过 操作法没总结过 成果转化 数字化改造都沾不上"],
     "日常+五项否认"),
    ("zj_craftsman_2023", NR, ["自己摸索出一套热流道堵料的快速处理办法 停机时间少了一半", "徒弟没正经带过"],
     "本人的操作法有效果；只否认带徒"),
    ("zj_craftsman_2023", NE, ["厂里评了个市级技能大师工作室 挂在我们车间门口 其实就是个会议室",
                               "徒弟 革新 操作法 成果转化 数字化 这些我都没有"], "工作室牌子+五项否认"),
    ("zj_craftsman_2023", NR, ["参加过一次省里的模具行业研修班", "操作法没总结过"],
     "只否认操作法，其余没说"),
    ("zj_craftsman_2023", NR, ["牵头把车间的模具台账搬到了MES上 找模具从半小时缩到两分钟",
                               "徒弟 操作法都没有"], "数字化改造本人牵头有效果"),
    ("hz_digital_craftsman_2026", NE, ["平时就是值班处理告警 按手册扩容缩容",
                                       "标准没参与过 技术攻关和AI智能体也没牵头搞过 科技奖和证书都没有"],
     "日常+三项否认"),
    ("hz_digital_craftsman_2026", NR, ["自己写了一个日志巡检的智能体 每天自动出报告 值班人手从三个减到一个",
                                       "标准没参与过"], "本人的智能体有效果"),
    ("hz_digital_craftsman_2026", NE, ["我们组长做的容器平台拿过集团的创新一等奖 我就是用这个平台",
                                       "标准 革新攻关 科技奖 领先证书这些我都没有"], "组长的奖+否认"),
    ("hz_digital_craftsman_2026", NR, ["标准制定没参与过", "证书就一个软考中级"],
     "只否认标准；革新、攻关没说"),
    ("hz_digital_craftsman_2026", NE, ["今年参加了公司组织的大模型应用培训 还听了两场数字经济标准宣贯会",
                                       "除了这些 别的成果一样都没有"], "培训宣贯+其余都没有"),
    ("hz_digital_craftsman_2026", NR, ["攻克了数据库主从切换丢数据的问题 这两年再没出过事故",
                                       "科技奖没拿过 证书也没有"], "本人攻关有结果"),
    ("hz_digital_craftsman_2026", NR, ["下半年打算牵头搞一个自动巡检的智能体", "听过一次标准宣贯会"],
     "打算和听讲，没说没有 → 交评审（口径）"),
    ("hz_digital_craftsman_2023", NE, ["平时就是按实施方案给客户上线MES 培训客户的操作工",
                                       "标准化、技术革新攻关都没有 也没带过徒弟和比赛选手 证书和科技奖都没有"],
     "日常+四项否认"),
    ("hz_digital_craftsman_2023", NR, ["主导了一家纺织厂的排产系统上线 交期准时率从八成提到九成七",
                                       "没参与过标准"], "本人主导、有效果"),
    ("hz_digital_craftsman_2023", NE, ["公司的工业APP产品拿过省里的优秀工业软件奖 我负责给客户装",
                                       "标准、革新、带徒、证书和科技奖这几样我一样也没有"], "产品的奖+否认"),
    ("hz_digital_craftsman_2023", NR, ["徒弟没带过", "技术革新没搞过"],
     "只否认培养和革新；标准、证书没说"),
    ("hz_digital_craftsman_2023", NE, ["去年报了省里的工业互联网应用大赛 初赛就被刷下来了",
                                       "其余的 标准 革新 带徒 证书 科技奖都没有"], "参赛落空+其余否认"),
    ("hz_digital_craftsman_2023", NR, ["给三十多家客户做过系统实施 带出的五个实施工程师都能独立上项目了",
                                       "标准化没参与"], "培养人才有结果"),
    ("zj_craftsman_2023", NE, ["我们班组评过全国工人先锋号", "我个人 带徒 革新 操作法 成果转化 数字化改造 都没有"],
     "班组荣誉+五项否认"),
]

# messages: (programme, expected, text)
BASICS = {
    "hz_craftsman_2016": "我1976年生，在杭州一家民营电梯公司做维修工，2000年起一直在杭州全职干这行，高级工，工会会员，一线岗位，中国国籍，没评过什么称号。问的是2016年首届杭州工匠。",
    "hz_chief_technician_2021": "我是杭州一家民营机械厂的数控车工，技师，在杭州全职十五年，一线岗位，没评过首席技师。问2021年杭州市首席技师。",
    "zj_craftsman_2023": "我在杭州一家民企做模具钳工，高级技师，已经是本工种最高等级，在浙江全职十八年，一线岗位，工会会员，没评过浙江工匠。问浙派工匠。",
    "hz_digital_craftsman_2026": "我在滨江一家民营公司做云平台运维，2018年起在杭州全职，干这行八年，高级工，工会会员，一线技术岗，没评过任何工匠称号。问第四届杭州数字工匠。",
    "hz_digital_craftsman_2023": "我在杭州一家民企做工业软件实施，2016年起在杭州全职，干了七年，高级工，工会会员，一线技术岗，没评过工匠。问首届杭州数字工匠。",
}
MESSAGES = [
    ("zj_craftsman_2023", NE, "业绩的话，车间的自动化改造是外面公司来做的，我就是操作，带徒、革新、操作法、成果转化、数字化这几样一样都没有。"),
    ("zj_craftsman_2023", NR, "业绩就是自己琢磨出一套修模的快速定位办法，一套模具修下来省了两个钟头，厂里都在用。徒弟没怎么带。"),
    ("hz_digital_craftsman_2026", NE, "平时就是处理告警、做扩容，参加过公司的AI培训。标准、攻关、AI智能体、证书、科技奖都没有。"),
    ("hz_digital_craftsman_2026", NR, "我自己搭了一个告警自动定级的智能体，误报少了七成。标准化没参与过。"),
    ("hz_digital_craftsman_2023", NE, "公司的产品拿过省里的奖，我只是负责给客户装。标准、革新、带徒、证书、科技奖我一样也没有。"),
    ("hz_digital_craftsman_2023", NR, "带出来六个实施工程师都能独立上项目了，标准没参与过。"),
    ("hz_chief_technician_2021", NE, "我师傅是全国技术能手，我跟着他学。我自己没拿过奖和名次，绝招、发明革新都谈不上，徒弟也没比过赛。"),
    ("hz_chief_technician_2021", NR, "主持改了一个曲轴工装，废品率从百分之三降到零点五。比赛名次没有。"),
    ("hz_craftsman_2016", NE, "每天就是按保养单跑电梯。绝活、革新都没有，比赛没参加过，也不是传统手艺。"),
    ("hz_craftsman_2016", NR, "我琢磨出一个门机调试的办法，整个站都在用，调一台从两小时缩到四十分钟。比赛没参加过。"),
    ("hz_chief_technician_2021", NE, "报了一个发明专利，还在实审。别的荣誉、名次、绝招、徒弟成绩都没有。"),
    ("hz_chief_technician_2021", NR, "绝招没有，工艺科的新工艺我照着做。"),
    ("zj_craftsman_2023", NE, "单位给我挂了个技能大师工作室的牌子，其实就是放工具的屋子。徒弟、革新、操作法、成果转化、数字化改造都没有。"),
    ("zj_craftsman_2023", NR, "牵头把车间模具台账搬到MES上，找模具从半小时缩到两分钟。徒弟和操作法都没有。"),
    ("hz_digital_craftsman_2026", NE, "我们组长做的平台拿过集团创新奖，我就是用。标准、革新攻关、科技奖、领先证书我都没有。"),
    ("hz_digital_craftsman_2026", NR, "标准制定没参与过，证书就一个软考中级。"),
    ("hz_craftsman_2016", NE, "前年报名了市里的技能比武，后来没去成。绝活、革新、传统手艺这些都没有。"),
    ("hz_digital_craftsman_2023", NR, "徒弟没带过，技术革新没搞过。"),
]


def main() -> None:
    profiles = []
    for n, (program, expected, achievements, note) in enumerate(PROFILES, start=1):
        profile = copy.deepcopy(BASE[program])
        profile["achievements"] = achievements
        profiles.append({"id": f"pf-mq{n:03d}", "split": "A" if n % 2 else "B", "program": program, "as_of": AS_OF,
                         "profile": profile, "expected": expected, "note": note})
    write_jsonl(HERE / "merit22_profiles.jsonl", profiles)
    # by pairs (each pair is one not_eligible and one needs_review row): both halves hold both directions
    write_jsonl(HERE / "merit22_messages.jsonl", [
        {"id": f"el-mr{n:03d}", "split": "A" if (n + 1) // 2 % 2 else "B", "question": BASICS[program] + text,
         "program": program, "expect_verdicts": {program: expected}, "why": "merit22 探针"}
        for n, (program, expected, text) in enumerate(MESSAGES, start=1)])


if __name__ == "__main__":
    main()
