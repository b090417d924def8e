"""Write the bar23 probes: achievements stated at a notice's bar, just below it, at an unnamed level, and real deeds.

Written before the code changed, by someone who had read the code (not blind). Rows alternate A/B.

Run with:  python eval/probes/bar23_probe_writer.py
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import alternate, write_jsonl

HERE = Path(__file__).parent

BASE = {
    "hz_craftsman_2016": {"nationality": "中国", "rehired": False, "employment": "full_time",
                          "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                          "prior_titles": [], "facts_as_of": "2016-09-30", "birth_date": "1979-05",
                          "occupation": "数控车工", "employer_type": "private", "years_in_field": 16,
                          "years_full_time_in_hangzhou": 16, "years_full_time_in_zhejiang": 16, "skill_level": "技师"},
    "hz_chief_technician_2021": {"nationality": "中国", "rehired": False, "employment": "full_time",
                                 "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                                 "prior_titles": [], "facts_as_of": "2021-07-15", "birth_date": "1982-10",
                                 "occupation": "维修电工", "employer_type": "soe", "years_in_field": 17,
                                 "years_full_time_in_hangzhou": 14, "years_full_time_in_zhejiang": 14,
                                 "skill_level": "高级技师"},
    "hz_digital_craftsman_2023": {"nationality": "中国", "rehired": False, "employment": "full_time",
                                  "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                                  "prior_titles": [], "facts_as_of": "2023-03-31", "birth_date": "1990-02",
                                  "occupation": "大数据工程师", "employer_type": "private", "years_in_field": 8,
                                  "years_full_time_in_hangzhou": 6, "years_full_time_in_zhejiang": 6,
                                  "skill_level": "技师", "is_digital_economy": True},
    "hz_digital_craftsman_2026": {"nationality": "中国", "rehired": False, "employment": "full_time",
                                  "role_type": "frontline_technical", "union_member": True, "employer_city": "杭州",
                                  "prior_titles": [], "facts_as_of": "2026-03-31", "birth_date": "1991-08",
                                  "occupation": "工业互联网运维工程师", "employer_type": "private",
                                  "years_in_field": 8, "years_full_time_in_hangzhou": 8,
                                  "years_full_time_in_zhejiang": 8, "skill_level": "技师",
                                  "is_digital_economy": True},
    "zj_craftsman_2023": {"nationality": "中国", "rehired": False, "employment": "full_time",
                          "role_type": "frontline_technical", "union_member": True, "employer_city": "宁波",
                          "prior_titles": [], "facts_as_of": "2026-11-21", "birth_date": "1978-03",
                          "occupation": "装配钳工", "employer_type": "private", "years_in_field": 22,
                          "years_full_time_in_hangzhou": 0, "years_full_time_in_zhejiang": 22,
                          "skill_level": "高级技师"},
}


def comp(level, rank, year, field, tier=None, kind="individual"):
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": kind, "field": field}


def award(level, kind, year):
    return {"level": level, "kind": kind, "year": year}


C16, CT, D23, D26, ZJ = BASE
# (program, achievements, competition_results, awards, trained_apprentices, expected, note)
PROFILES = [
    (C16, ["2014年参加杭州市职业技能大赛数控车工项目拿了第二名，裁判说跟第一就差零点几分"],
     [comp("municipal", 2, 2014, "2014年杭州市职业技能大赛数控车工项目")], [], "", "not_eligible",
     "市赛第二名，条件5要第1名；没有别的业绩"),
    (C16, ["2015年杭州市职业技能大赛焊工项目个人第一名"],
     [comp("municipal", 1, 2015, "2015年杭州市职业技能大赛焊工项目")], [], "", "eligible", "市赛第1名，正好条件5"),
    (C16, ["区里总工会组织的技能比武得过第一名", "厂里评过两回先进生产者"], [], [], "", "not_eligible",
     "区级比武、厂里的先进都低于市级第1名，不是业绩"),
    (C16, ["2013年代表杭州去参加省职业技能大赛，拿了个三等奖"], [], [], "", "not_eligible",
     "省赛三等奖够不上省级第1名"),
    (C16, ["2015年全国行业职业技能竞赛车工项目第三名"],
     [comp("national", 3, 2015, "2015年全国行业职业技能竞赛车工项目")], [], "", "eligible", "国家级前3名"),
    (C16, ["自己琢磨出一套薄壁套筒的装夹办法，废品率从百分之八降到一，厂里三个车间都在用",
           "2012年市技能大赛第四名"], [comp("municipal", 4, 2012, "2012年杭州市职业技能大赛车工项目")], [], "",
     "needs_review", "装夹办法是操作法，由评审认定"),
    (C16, ["进过省赛决赛，最后没名次", "市里的比赛拿过优秀奖"], [], [], "", "not_eligible", "决赛没名次、优秀奖都不是名次"),
    (CT, ["2019年浙江省一类职业技能竞赛维修电工项目第四名"],
     [comp("provincial", 4, 2019, "2019年浙江省维修电工职业技能竞赛", tier="一类")], [], "", "not_eligible",
     "省一类要前三名"),
    (CT, ["2018年省二类技能竞赛电工项目第一名"],
     [comp("provincial", 1, 2018, "2018年浙江省电工技能竞赛", tier="二类")], [], "", "eligible", "省二类第一名"),
    (CT, ["被评为萧山区技术能手", "公司年度优秀员工"], [], [award(None, "萧山区技术能手", 2019)], "",
     "not_eligible", "区级荣誉不在条件(一)之列"),
    (CT, ["2019年获杭州市技术能手称号"], [], [award("municipal", "杭州市技术能手", 2019)], "", "not_eligible",
     "市级的只有杭州市杰出人才，市技术能手不够"),
    (CT, ["2017年全国二类技能竞赛第五名"],
     [comp("national", 5, 2017, "2017年全国电工职业技能竞赛", tier="二类")], [], "", "not_eligible", "国家二类要前三名"),
    (CT, ["攻克了汽轮机叶片补焊变形的难题，一年少返修两百多片", "市一类竞赛第二名"],
     [comp("municipal", 2, 2018, "2018年杭州市焊工技能竞赛", tier="一类")], [], "", "needs_review", "技术难题由评审认定"),
    (CT, ["2016年省二类竞赛第三名"], [comp("provincial", 3, 2016, "2016年浙江省电工技能竞赛", tier="二类")], [],
     "带了6个徒弟，都是车间骨干，最好的一个在市二类竞赛拿了第二名", "not_eligible",
     "本人省二类第三、徒弟市二类第二都够不上"),
    (CT, ["2020年杭州市一类职业技能竞赛第一名"],
     [comp("municipal", 1, 2020, "2020年杭州市维修电工职业技能竞赛", tier="一类")], [], "", "eligible", "市一类第一名"),
    (CT, ["2020年杭州市二类技能竞赛第一名"],
     [comp("municipal", 1, 2020, "2020年杭州市电工技能竞赛", tier="二类")], [], "", "not_eligible", "市级只认一类第一名"),
    (D23, ["2021年拿过西湖区科学技术进步奖二等奖"], [], [award(None, "西湖区科学技术进步奖二等奖", 2021)], "",
     "not_eligible", "区级科技奖低于市级"),
    (D23, ["2020年杭州市科学技术进步奖三等奖，项目是城市交通数据平台"], [],
     [award("municipal", "杭州市科学技术进步奖三等奖", 2020)], "", "eligible", "市级科技奖正好够"),
    (D23, ["带选手参加省里的比赛"], [], [], "指导的选手在2022年浙江省数字经济行业职业技能竞赛中获第六名", "not_eligible",
     "选手第六名，要前五名"),
    (D23, ["带选手参赛"], [], [], "指导的选手在2022年浙江省数字经济行业职业技能竞赛中获第五名", "eligible",
     "选手第五名，正好前五"),
    (D23, ["公司年度技术创新奖", "集团评的优秀工程师"], [], [award(None, "公司年度技术创新奖", 2021)], "",
     "not_eligible", "单位内部的奖和称号不是条件所列"),
    (D23, ["主导开发了工厂的MES排产模块，排产从半天缩短到十分钟", "2021年市数字经济技能竞赛第三名"],
     [comp("municipal", 3, 2021, "2021年杭州市数字经济职业技能竞赛")], [], "", "needs_review", "技术革新由评审认定"),
    (D23, ["参加过省数字经济技能竞赛，进了复赛就被刷了", "拿过公司内部的优秀项目奖"], [], [], "", "not_eligible",
     "复赛淘汰、内部奖都不算"),
    (D26, ["2024年杭州市数字经济职业技能竞赛个人第一名"],
     [comp("municipal", 1, 2024, "2024年杭州市数字经济职业技能竞赛")], [], "", "not_eligible",
     "2025年以前的第一名不直接认定，也不是别的条件"),
    (D26, ["2025年浙江省数字经济行业职业技能竞赛个人第一名"],
     [comp("provincial", 1, 2025, "2025年浙江省数字经济行业职业技能竞赛")], [], "", "direct_recognition", "正好直接认定"),
    (D26, ["2025年市数字经济技能竞赛个人第二名", "2023年杭州市科技进步奖二等奖"],
     [comp("municipal", 2, 2025, "2025年杭州市数字经济职业技能竞赛")],
     [award("municipal", "杭州市科学技术进步奖二等奖", 2023)], "", "not_eligible", "第二名不直接认定；市级科技奖低于省级"),
    (D26, ["2022年浙江省科学技术进步奖三等奖（第四完成人）"], [],
     [award("provincial", "浙江省科学技术进步奖三等奖", 2022)], "", "eligible", "省级科技奖"),
    (D26, ["2025年全国数字经济职业技能竞赛团体第一名，我们三个人一组"],
     [comp("national", 1, 2025, "2025年全国数字经济职业技能竞赛", kind="team")], [], "", "not_eligible",
     "直接认定要个人第一名"),
    (D26, ["带队打造了一个设备故障诊断智能体，全厂推广，非计划停机少了三成", "2025年市竞赛第四名"],
     [comp("municipal", 4, 2025, "2025年杭州市数字经济职业技能竞赛")], [], "", "needs_review", "智能体由评审认定"),
    (D26, ["获得过滨江区青年岗位能手", "公司年度技术标兵"], [], [award(None, "滨江区青年岗位能手", 2024)], "",
     "not_eligible", "区级、公司的荣誉不是条件(三)"),
    (ZJ, ["2022年全国行业职业技能竞赛钳工项目第二名", "2023年评上浙江省技术能手"],
     [comp("national", 2, 2022, "2022年全国行业职业技能竞赛钳工项目")], [award("provincial", "浙江省技术能手", 2023)], "",
     "not_eligible", "五条都要业绩，名次和荣誉不是其中任何一条"),
    (ZJ, ["市里技能比武第三名", "厂里的优秀员工"], [comp("municipal", 3, 2021, "宁波市技能比武钳工项目")], [], "",
     "not_eligible", "名次、单位荣誉都不是五条业绩"),
    (ZJ, ["总结的“三查三对”装配法在全省同行里推广，装配一次合格率提到百分之九十九点五"], [], [], "", "needs_review",
     "操作法由评审认定"),
    (ZJ, [], [], [], "带徒12人，其中5人成了高级技师，3人拿了省技术能手", "needs_review", "带徒由评审认定"),
    (ZJ, ["参加过省赛，进了决赛没拿名次", "连续三年被评为公司先进"], [], [], "", "not_eligible", "没名次、公司先进都不是业绩"),
    (ZJ, ["主导产线数字化改造，人均产值提高四成", "区技能大赛第一名"],
     [comp(None, 1, 2020, "北仑区职业技能大赛钳工项目")], [], "", "needs_review", "数字化改造由评审认定"),
    (C16, ["2017年杭州市职业技能大赛第一名"], [comp("municipal", 1, 2017, "2017年杭州市职业技能大赛数控车工项目")], [],
     "", "not_eligible", "第一名在2016年的评选之后"),
    # second batch, written before any code change: records told with their story, routine work and denials
    (C16, ["我是厂里的数控车工，天天在车间干活", "2015年代表厂里参加杭州市职业技能大赛，拿了个三等奖，厂里发了两千块奖金",
           "其他也没什么拿得出手的"], [], [], "", "not_eligible", "市赛三等奖够不上第1名；其余否认"),
    (C16, ["2014年浙江省职业技能大赛数控车工项目获第二名，赛前厂里让我脱产集训了两个月"],
     [comp("provincial", 2, 2014, "2014年浙江省职业技能大赛数控车工项目")], [], "", "not_eligible", "省赛第二名"),
    (C16, ["参加过2013年全国数控技能大赛，获得优胜奖", "平时负责车间的精密零件加工"], [], [], "", "not_eligible",
     "优胜奖不是前3名；日常工作不是业绩"),
    (C16, ["我总结的“一看二听三摸”故障判断法，全厂推广", "2013年市技能大赛第二名"],
     [comp("municipal", 2, 2013, "2013年杭州市职业技能大赛")], [], "", "needs_review", "判断法由评审认定"),
    (CT, ["2018年参加杭州市一类技能竞赛电工项目，获得个人第二名", "带过几个徒弟，都还没参加过比赛"],
     [comp("municipal", 2, 2018, "2018年杭州市电工技能竞赛", tier="一类")], [], "", "not_eligible",
     "市一类要第一名；徒弟没名次"),
    (CT, ["2017年国家二类技能竞赛获得第四名，是我们省代表队里成绩最好的"],
     [comp("national", 4, 2017, "2017年全国电工技能竞赛", tier="二类")], [], "", "not_eligible", "国家二类要前三"),
    (CT, ["省级一类竞赛第五名", "厂里每年评先进都有我"],
     [comp("provincial", 5, 2019, "2019年浙江省维修电工技能竞赛", tier="一类")], [], "", "not_eligible", "省一类要前三"),
    (CT, ["改进了变电站继电保护的校验方法，校验时间从两天缩到半天，在全市供电系统推广",
          "2016年省二类竞赛第二名"], [comp("provincial", 2, 2016, "2016年浙江省电工技能竞赛", tier="二类")], [], "",
     "needs_review", "校验方法由评审认定"),
    (D23, ["2022年参加浙江省数字经济行业职业技能竞赛云计算赛项，获得个人三等奖", "公司年度优秀员工"], [], [], "",
     "not_eligible", "本人名次、公司荣誉都不是四条之一"),
    (D23, ["2020年余杭区科技进步奖二等奖", "日常负责公司数据平台的运维"], [], [], "", "not_eligible", "区级科技奖、日常运维"),
    (D23, ["平时带新人"], [], [], "带的学生2022年参加省数字经济竞赛拿了三等奖，没进前五", "not_eligible", "选手没进前五"),
    (D23, ["主导设计了公司的实时风控引擎，拦截准确率从85%提高到97%"], [], [], "", "needs_review", "技术攻关由评审认定"),
    (D26, ["2025年杭州市数字经济职业技能竞赛个人第三名，公司给了五千块奖金"],
     [comp("municipal", 3, 2025, "2025年杭州市数字经济职业技能竞赛")], [], "", "not_eligible", "第三名不直接认定"),
    (D26, ["2024年12月省数字经济竞赛个人第一名"], [comp("provincial", 1, 2024, "2024年浙江省数字经济职业技能竞赛")], [], "",
     "not_eligible", "2025年以前"),
    (D26, ["2023年获得杭州市科学技术进步奖三等奖（排名第五）", "平时就是做产线数据采集和系统运维"], [],
     [award("municipal", "杭州市科学技术进步奖三等奖", 2023)], "", "not_eligible", "市级科技奖低于省级"),
    (D26, ["2025年滨江区数字经济技能竞赛个人第一名"], [comp(None, 1, 2025, "2025年滨江区数字经济职业技能竞赛")], [], "",
     "not_eligible", "区赛不是全国、省、市"),
    (D26, ["开发的设备预测性维护系统让故障停机降了四成", "2025年市竞赛第二名"],
     [comp("municipal", 2, 2025, "2025年杭州市数字经济职业技能竞赛")], [], "", "needs_review", "系统开发由评审认定"),
    (ZJ, ["2021年浙江省职业技能大赛装配钳工第一名", "被评为浙江省技术能手", "平时在车间负责总装"],
     [comp("provincial", 1, 2021, "2021年浙江省职业技能大赛装配钳工项目")], [award("provincial", "浙江省技术能手", 2022)], "",
     "not_eligible", "名次、荣誉、日常工作都不是五条业绩"),
    (ZJ, ["获得宁波市五一劳动奖章", "公司年年评我先进"], [], [award("municipal", "宁波市五一劳动奖章", 2020)], "",
     "not_eligible", "荣誉不是五条业绩"),
    (ZJ, ["2019年全国行业技能竞赛第五名，那次全国一共一百多人参赛"],
     [comp("national", 5, 2019, "2019年全国行业职业技能竞赛")], [], "", "not_eligible", "名次不是五条业绩"),
    (ZJ, [], [], [], "带了十几个徒弟，现在都是厂里的技术骨干", "needs_review", "带徒由评审认定"),
    # third batch, written before the code for it: bars said in other words, HR's voice, apprentices at the bar
    (C16, ["2015年杭州市“技能比武”数控铣第二名（市总工会主办）"],
     [comp("municipal", 2, 2015, "2015年杭州市技能比武数控铣项目")], [], "", "not_eligible", "市级第二名"),
    (C16, ["自创“倒顺车削法”加工细长轴，一次合格率从80%提到98%", "市赛第三名"],
     [comp("municipal", 3, 2014, "2014年杭州市职业技能大赛车工项目")], [], "", "needs_review", "车削法由评审认定"),
    (CT, ["2018年获杭州市职工技能大赛（二类）第二名，奖金三千元"],
     [comp("municipal", 2, 2018, "2018年杭州市职工技能大赛", tier="二类")], [], "", "not_eligible", "市级只认一类第一名"),
    (CT, ["2020年度杭州市五一劳动奖章"], [], [award("municipal", "杭州市五一劳动奖章", 2020)], "", "not_eligible",
     "市级荣誉只有杭州市杰出人才"),
    (CT, ["平时在班组带徒弟"], [], [],
     "带徒8人，其中5人已是车间骨干，徒弟张某2019年获浙江省一类技能竞赛第六名", "eligible", "徒弟省一类第六名，正好前六"),
    (CT, ["平时在班组带徒弟"], [], [],
     "带徒8人，其中5人已是车间骨干，徒弟张某2019年获浙江省一类技能竞赛第七名", "not_eligible", "徒弟省一类第七名，差一名"),
    (D23, ["持有阿里云ACE认证", "获公司年度技术创新奖"], [], [], "", "not_eligible", "厂商认证不是国家级等级资质证书"),
    (D23, ["参与起草了《工业互联网平台数据采集规范》团体标准", "2021年区科技进步奖"], [], [], "", "needs_review",
     "标准由评审认定"),
    (D26, ["2025年杭州市数字经济职业技能竞赛个人二等奖"], [], [], "", "not_eligible", "二等奖不是第一名"),
    (D26, ["2025年浙江省数字经济行业职业技能竞赛团体一等奖", "平时负责工厂的工业互联网平台运维"], [], [], "",
     "not_eligible", "团体奖不直接认定；日常运维"),
    (D26, ["2019年杭州市科学技术进步奖一等奖"], [], [award("municipal", "杭州市科学技术进步奖一等奖", 2019)], "",
     "not_eligible", "市级科技奖低于省级"),
    (D26, ["2025年浙江省数字经济行业职业技能竞赛个人第一名，我是第一次参赛"],
     [comp("provincial", 1, 2025, "2025年浙江省数字经济行业职业技能竞赛")], [], "", "direct_recognition", "正好直接认定"),
    (ZJ, ["去年参加全省技能大赛拿了银奖", "平时带班组生产"], [], [], "", "not_eligible", "银奖和日常工作都不是五条业绩"),
    (ZJ, ["2022年温州市技术能手", "2023年温州市职业技能大赛第一名"],
     [comp("municipal", 1, 2023, "2023年温州市职业技能大赛")], [award("municipal", "温州市技术能手", 2022)], "",
     "not_eligible", "荣誉、名次都不是五条业绩"),
    (ZJ, ["琢磨出一种不停机换刀的办法，每班多出两百件", "2021年市技能大赛第四名"],
     [comp("municipal", 4, 2021, "2021年温州市职业技能大赛")], [], "", "needs_review", "操作方法由评审认定"),
]

# (program, question, expected)
MESSAGES = [
    (C16, "我1980年的，在杭州一家机械厂干数控车工十六年了，技师，工会会员，一直在一线。2014年杭州市技能大赛数控车拿了第二名，"
          "别的没啥。首届杭州工匠能评上吗", "not_eligible"),
    (C16, "焊工，八二年生，杭州本地人，在厂里焊了十五年，技师证有，会员，一线。2015年市职业技能大赛焊工第一名。首届杭州工匠够吗", "eligible"),
    (C16, "问下首届杭州工匠：我做钳工十二年，都在杭州，工会会员，高级工，一线。参加过省赛拿了个优秀奖，其他也没什么", "not_eligible"),
    (CT, "维修电工，高级技师，在杭州一家国企一线干了十五年。2019年省一类技能竞赛第四名。杭州市首席技师能申请不", "not_eligible"),
    (CT, "首席技师问一下，我是技师，在杭州做数控铣一线十年，2018年拿过省二类竞赛第一名", "eligible"),
    (CT, "技师，杭州的汽修厂一线十二年。荣誉就一个余杭区技术能手，还有单位评的优秀员工。杭州市首席技师有戏吗", "not_eligible"),
    (CT, "高级技师，杭州一线焊工二十年，带过七八个徒弟，其中一个在市二类比赛拿了第三，我自己没比过赛。首席技师能报吗",
     "not_eligible"),
    (D23, "首届数字工匠：在杭州做数据开发六年，技师，会员，技术岗，2021年拿了个区科技进步奖，别的没有", "not_eligible"),
    (D23, "在杭州做软件测试八年，一直全职，工会会员，技术岗位。2020年评上过杭州市科技进步奖三等奖。首届数字工匠行吗", "eligible"),
    (D23, "首届数字工匠问下：杭州做云运维七年，会员，技术岗，带过一个选手参加省数字经济竞赛拿了第六名，其他没什么",
     "not_eligible"),
    (D26, "第四届数字工匠：杭州做网络安全九年，会员，技术岗，2024年拿过市数字经济竞赛个人第一名，别的成果没有", "not_eligible"),
    (D26, "我在杭州做工业软件开发七年，工会会员，一线技术岗。去年也就是2025年省数字经济技能竞赛个人第一名。第四届数字工匠呢",
     "direct_recognition"),
    (D26, "第四届数字工匠：杭州做物联网开发十年，会员，技术岗。2023年拿过杭州市科技进步奖二等奖，比赛拿过市里第二", "not_eligible"),
    (ZJ, "突出贡献浙派工匠：高级技师，在嘉兴一线做模具二十年。荣誉有全国技术能手，比赛拿过国赛第二，别的也说不上", "not_eligible"),
    (ZJ, "高级技师，宁波一线装配二十二年，总结的装配法全省推广，合格率提到百分之九十九点五。突出贡献浙派工匠能报吗",
     "needs_review"),
    (ZJ, "浙派工匠问一下，我高级技师，温州一线电焊十八年，区技能大赛第一名，公司先进，就这些", "not_eligible"),
]


def main() -> None:
    write_jsonl(HERE / "bar23_profiles.jsonl", alternate([
        {"id": f"pf-br{n:03d}", "program": prog, "as_of": "2026-11-21",
         "profile": dict(BASE[prog], competition_results=comps, awards=awards, achievements=ach,
                         trained_apprentices=trained), "expected": expected, "note": note}
        for n, (prog, ach, comps, awards, trained, expected, note) in enumerate(PROFILES, start=1)], after_id=True))
    write_jsonl(HERE / "bar23_messages.jsonl", alternate([
        {"id": f"el-br{n:03d}", "question": question, "program": prog, "expect_verdicts": {prog: expected}}
        for n, (prog, question, expected) in enumerate(MESSAGES, start=1)]))


if __name__ == "__main__":
    main()
