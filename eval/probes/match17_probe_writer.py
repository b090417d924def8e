"""Writes round 8's match17 probes: complete profiles (pf-w…) and eligibility messages (el-w…) that tell achievements.

Written from the five notices (not from the checker's behaviour): each profile meets every hard rule of its
programme, so only the alternatives (符合下列条件之一) decide. A stated rank, level or scope that falls short of every
alternative's threshold is a clear no (not_eligible); a deed whose merit the notice leaves to the experts is
needs_review; a placing or award the notice lists is eligible. Split A/B by ``random.Random(2164)``.

Run with: python eval/probes/match17_probe_writer.py
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
BASE = {
    "hz_digital_craftsman_2026": {
        "nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "facts_as_of": "2026-03-31",
        "birth_date": "1990-05", "occupation": "大数据开发工程师", "employer_type": "private", "years_in_field": 8,
        "years_full_time_in_hangzhou": 8, "years_full_time_in_zhejiang": 8, "skill_level": "none",
        "is_digital_economy": True},
    "hz_digital_craftsman_2023": {
        "nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "facts_as_of": "2023-03-31",
        "birth_date": "1989-07", "occupation": "云平台运维工程师", "employer_type": "private", "years_in_field": 9,
        "years_full_time_in_hangzhou": 7, "years_full_time_in_zhejiang": 7, "skill_level": "技师",
        "is_digital_economy": True},
    "hz_craftsman_2016": {
        "nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "facts_as_of": "2016-09-30",
        "birth_date": "1978-10", "occupation": "数控车工", "employer_type": "private", "years_in_field": 16,
        "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15, "skill_level": "高级技师"},
    "hz_chief_technician_2021": {
        "nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "facts_as_of": "2021-07-15",
        "birth_date": "1982-03", "occupation": "维修电工", "employer_type": "private", "years_in_field": 15,
        "years_full_time_in_hangzhou": 12, "years_full_time_in_zhejiang": 12, "skill_level": "技师"},
    "zj_craftsman_2023": {
        "nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "facts_as_of": "2026-11-21",
        "birth_date": "1976-06", "occupation": "焊工", "employer_type": "private", "years_in_field": 22,
        "years_full_time_in_hangzhou": 20, "years_full_time_in_zhejiang": 20, "skill_level": "高级技师"},
}
D26, D23, C16, CT21, ZJ = BASE
WHY = {D26: ["hz_digital_craftsman_2026#二"], D23: ["hz_digital_craftsman_2023#附件1/二"],
       C16: ["hz_craftsman_2016#三/(二)"], CT21: ["hz_chief_technician_2021#二"], ZJ: ["zj_craftsman_2023#三/(一)"]}


def comp(level, rank, year, field, kind="individual", tier=None):
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": kind, "field": field}


def award(level, kind, year):
    return {"level": level, "kind": kind, "year": year}


# (program, expected, competitions, awards, achievements, apprentices, note)
PROFILES = [
    # 第四届数字工匠: (一)标准 (二)革新/智能体 (三)领先证书或省级及以上科技奖; 一: 2025年以来个人第一名直接认定
    (D26, "not_eligible", [], [award("municipal", "杭州市科学技术进步奖二等奖", 2024)],
     ["项目拿过杭州市科技进步二等奖，我排第三"], "", "市级科技奖，(三)要省级及以上"),
    (D26, "not_eligible", [], [award(None, "公司年度优秀员工", 2024), award(None, "滨江区青年岗位能手", 2023)],
     ["公司年度优秀员工", "区里评的青年岗位能手"], "", "企业级、区级荣誉不是(一)(二)(三)任何一项"),
    (D26, "not_eligible", [comp("provincial", 2, 2025, "2025年浙江省数字经济行业职业技能竞赛（大数据工程技术人员赛项）")], [],
     ["2025年省数字经济技能竞赛个人第二名"], "", "第二名不能直接认定，也不是(一)(二)(三)"),
    (D26, "not_eligible", [comp("municipal", 1, 2025, "2025年杭州市数字经济行业职业技能竞赛（数据分析赛项）", "team")], [],
     ["2025年市数字经济技能竞赛团体第一名"], "", "团体第一名不是个人第一名，其余条件一项也没有"),
    (D26, "not_eligible", [comp("provincial", 1, 2024, "2024年浙江省数字经济行业职业技能竞赛（云计算赛项）")], [],
     ["2024年拿过省数字经济技能竞赛个人第一名"], "", "2024年的第一名不在“2025年以来”之内；(一)(二)(三)没有"),
    (D26, "not_eligible", [], [award("municipal", "杭州市五一劳动奖章", 2022)], ["2022年拿了杭州市五一劳动奖章"], "",
     "劳动奖章不是科学技术类奖项"),
    (D26, "needs_review", [], [], ["主导制定了两项数据治理团体标准，已在市里几家区县推广"], "", "标准化建设，成效由评审认定"),
    (D26, "needs_review", [], [], ["给客服中心搭了个工单分派的智能体，人工派单少了七成"], "", "AI智能体，贡献大小由评审认定"),
    (D26, "eligible", [], [award("provincial", "浙江省科学技术进步奖三等奖", 2023)], ["2023年浙江省科学技术进步奖三等奖完成人之一"], "",
     "省级科技奖，(三)"),
    (D26, "direct_recognition", [comp("national", 1, 2025, "2025年全国数字经济行业职业技能竞赛（数据安全赛项）")], [],
     ["2025年全国数字经济技能大赛数据安全赛项个人第一名"], "", "2025年全国个人第一名"),
    # 首届数字工匠: 1标准 2革新 3国家级资质证书或市、省、国家级科技奖 4培养人才/培养选手全国、省级前五名
    (D23, "eligible", [], [award("municipal", "杭州市科学技术进步奖三等奖", 2021)], ["2021年杭州市科技进步三等奖"], "",
     "市级科技奖在首届可以"),
    (D23, "not_eligible", [], [award(None, "西湖区数字化技能比武二等奖", 2022)], ["区里数字化技能比武拿了个二等奖"], "",
     "区级比武奖不是1-4任何一项"),
    (D23, "not_eligible", [], [award("municipal", "杭州市技术能手", 2021)], ["2021年评上杭州市技术能手"], "", "技术能手称号不是1-4"),
    (D23, "not_eligible", [], [award(None, "集团优秀共产党员", 2022)], ["集团评的优秀共产党员", "平时就是值班巡检服务器"], "",
     "企业级荣誉，日常工作"),
    (D23, "needs_review", [], [], ["把机房巡检改成了自动化脚本，告警误报率降了一半"], "", "技术革新，成效由评审认定"),
    (D23, "eligible", [], [], ["带的选手在2022年浙江省数字经济技能竞赛拿了第三名"], "指导选手获2022年浙江省数字经济行业职业技能竞赛第三名",
     "培养选手省级前五名"),
    # 首届杭州工匠: 1绝技/操作法 2传统工艺 3重大革新 4世界、国家前3名、省第1名 5市级大赛第1名
    (C16, "not_eligible", [comp("provincial", 2, 2014, "2014年浙江省职业技能大赛数控车工项目")], [],
     ["2014年省技能大赛数控车工第二名"], "", "省赛要第1名"),
    (C16, "not_eligible", [comp("municipal", 2, 2013, "2013年杭州市职业技能大赛数控车工项目")], [],
     ["2013年市技能大赛拿过第二"], "", "市赛要第1名"),
    (C16, "not_eligible", [comp("national", 5, 2012, "2012年全国数控技能大赛")], [], ["2012年全国数控大赛第五名"], "",
     "国家级要前3名"),
    (C16, "not_eligible", [comp(None, 1, 2015, "2015年萧山区职工技能比武数控车工项目")], [],
     ["2015年萧山区职工技能比武第一名"], "", "区级比武不是市级以上大赛"),
    (C16, "not_eligible", [], [award(None, "萧山区先进工作者", 2014)], ["2014年评上萧山区先进工作者"], "", "区级荣誉不是五项之一"),
    (C16, "not_eligible", [], [award(None, "厂里劳动模范", 2015)], ["厂里的劳动模范，年年评上"], "", "企业劳模不是五项之一"),
    (C16, "eligible", [comp("national", 3, 2014, "2014年全国职业技能大赛数控车工项目")], [], ["2014年全国技能大赛第三名"], "",
     "国家级前3名"),
    (C16, "eligible", [comp("municipal", 1, 2012, "2012年杭州市职业技能大赛数控车工项目")], [], ["2012年市技能大赛数控车工第一名"],
     "", "市级第1名"),
    (C16, "needs_review", [], [], ["琢磨出一套薄壁件装夹的土办法，变形问题基本没了，厂里都照这个干"], "", "操作法，由评审认定"),
    # 杭州市首席技师: (一)荣誉/津贴/竞赛名次 (二)绝招操作法 (三)革新 (四)带徒且徒弟有名次
    (CT21, "not_eligible", [comp("provincial", 4, 2019, "2019年浙江省维修电工职业技能竞赛", tier="一类")], [],
     ["2019年省一类竞赛第四名"], "", "省级一类要前三名"),
    (CT21, "not_eligible", [comp("municipal", 2, 2018, "2018年杭州市维修电工技能竞赛", tier="一类")], [],
     ["2018年市一类竞赛第二名"], "", "市级一类要第一名"),
    (CT21, "not_eligible", [comp("national", 4, 2017, "2017年全国电工职业技能竞赛", tier="二类")], [],
     ["2017年国家二类竞赛第四名，差一名"], "", "国家二类要前三名"),
    (CT21, "not_eligible", [], [award(None, "余杭区政府特殊津贴", 2019)], ["2019年享受余杭区政府特殊津贴"], "",
     "区政府津贴不是国务院或市政府特殊津贴"),
    (CT21, "not_eligible", [], [], ["徒弟带过四个"], "所带徒弟参加2020年杭州市二类技能竞赛获第三名",
     "市级二类要第一名"),
    (CT21, "eligible", [comp("provincial", 2, 2019, "2019年浙江省维修电工职业技能竞赛", tier="一类")], [],
     ["2019年省一类竞赛个人第二名"], "", "省级一类前三名"),
    (CT21, "eligible", [], [award("national", "全国技术能手", 2018)], ["2018年全国技术能手"], "", "(一)列明的荣誉"),
    (CT21, "needs_review", [], [], ["自己总结的带电检修操作法在公司推广，三年没出过一次事故"], "", "操作法，由评审认定"),
    # 浙派工匠: 1带徒 2革新 3操作方法 4成果转化，都要评审认定
    (ZJ, "not_eligible", [], [award("provincial", "浙江省技术能手", 2021)], ["2021年评上浙江省技术能手"], "", "荣誉不是四项业绩之一"),
    (ZJ, "not_eligible", [], [award("municipal", "杭州市五一劳动奖章", 2020)], ["拿过杭州市五一劳动奖章"], "", "奖章不是四项业绩之一"),
    (ZJ, "not_eligible", [comp("provincial", 3, 2019, "2019年浙江省焊工职业技能竞赛")], [], ["2019年省焊工竞赛第三名"], "",
     "竞赛名次不是四项业绩之一"),
    (ZJ, "not_eligible", [], [award(None, "公司十佳员工", 2022)], ["公司评的十佳员工", "平时就是按图纸焊"], "", "企业荣誉和日常工作"),
    (ZJ, "needs_review", [], [], ["带了十几个徒弟，五个考出了高级技师"], "带徒十余人", "带徒，贡献由评审认定"),
    (ZJ, "needs_review", [], [], ["改了焊接夹具，一年给厂里省了七八十万"], "", "技术革新，由评审认定"),
    (ZJ, "needs_review", [], [award("provincial", "浙江省技术能手", 2021)], ["2021年浙江省技术能手", "总结的厚板窄间隙焊法在省内几家厂推广"],
     "", "荣誉之外另有操作方法"),
    (D26, "needs_review", [comp("provincial", 2, 2025, "2025年浙江省数字经济行业职业技能竞赛（人工智能训练师赛项）")], [],
     ["2025年省赛第二名", "做的质检智能体在公司三个产线用上了"], "", "第二名不能直接认定，但另有智能体"),
    (C16, "needs_review", [comp("provincial", 2, 2014, "2014年浙江省职业技能大赛数控车工项目")], [],
     ["2014年省技能大赛第二名", "搞了个自动上下料的工装，一年省了几十万"], "", "名次不够，另有革新"),
]

# (program, expected, question, why)
MESSAGES = [
    (D26, "eligible", "第四届数字工匠问下：我在滨江一家民企做数据中台开发，干了9年，2017年来杭州一直全职，工会会员，普通技术岗，"
     "没评过任何工匠称号。前年我们项目评上了浙江省科技进步三等奖，我是主要完成人之一。够不够？", "省级科技奖，(三)"),
    (D26, "not_eligible", "想报第四届杭州数字工匠。民营企业做算法的，干了7年，一直在杭州全职，工会会员，写代码的不是领导，称号一个都没有。"
     "奖的话就一个杭州市科技进步二等奖，标准没参与过，技改攻关智能体也都没搞过，证书也没有。能报吗", "市级科技奖不够(三)，其余都没有"),
    (D26, "not_eligible", "我在余杭一家民企做云计算运维，做了8年，在杭全职8年，工会会员，技术岗，没拿过啥称号。今年省数字经济技能竞赛"
     "拿了个人第二名，别的标准啊革新啊都没有。第四届数字工匠能直接认定不", "第二名不能直接认定，其余没有"),
    (D26, "not_eligible", "第四届数字工匠：2025年杭州市数字经济技能竞赛我们队拿了团体第一，我是队长。民企，做网络安全六年了，"
     "杭州全职六年，工会会员，技术岗，没评过称号。除了这个比赛没别的成果，能报吗", "团体第一不是个人第一，别无业绩"),
    (D26, "needs_review", "我在临平一家民营制造企业做工业软件，干了8年，在杭全职8年，工会会员，技术岗，没评过称号。"
     "搞了个自动排产的小系统，一年省了几十万，这算不算技术革新？第四届数字工匠能报吗", "技改，由评审认定"),
    (D26, "needs_review", "第四届数字工匠能不能报啊，我是民企的AI工程师，做了6年，一直在杭州全职，工会会员，写代码的，没任何称号，"
     "参与编了两个行业标准", "标准化建设，由评审认定"),
    (D26, "needs_review", "民企 干数据标注和模型训练7年 杭州全职7年 工会会员 一线技术岗 没评过称号 给客服部门做了个退货审核的智能体 "
     "现在每天能处理一万多单 第四届数字工匠够格吗", "智能体，由评审认定"),
    (D26, "direct_recognition", "第四届数字工匠：今年全国数字经济技能大赛我拿了个人第一名！民企，做大数据8年，杭州全职8年，工会会员，"
     "技术岗，没评过称号。能直接认定吗", "2025年以来全国个人第一名"),
    (D23, "eligible", "首届杭州数字工匠（2022年底那次）：我在拱墅一家民企做物联网平台，2012年入行，2015年起杭州全职，工会会员，技术岗，"
     "当时没评过浙江工匠杭州工匠。2021年拿过杭州市科技进步三等奖。那次我够吗", "市级科技奖，3"),
    (D23, "eligible", "首届数字工匠那次我符合吗：民企做网络安全，2011年入行，2014年来杭州全职，工会会员，技术岗，没评过工匠。"
     "我带出来三个徒弟，其中一个2022年在浙江省数字经济技能竞赛拿了第二名", "培养选手省级前五名，4"),
    (D23, "not_eligible", "首届杭州数字工匠当时我能报吗？民企运维，2013年入行，2016年起杭州全职，工会会员，技术岗，没评过工匠。"
     "就拿过一个区里的数字化技能比武二等奖，标准、技改、证书、带徒这些都没有", "区级比武奖不是1-4"),
    (D23, "needs_review", "首届数字工匠：我2012年开始做大数据，2015年来杭州全职，民企，工会会员，技术岗，没评过工匠。"
     "带出来十几个新人，现在都是各组骨干。那次能报不", "培养人才，由评审认定"),
    (C16, "eligible", "首届杭州工匠：我1979年生，中国人，工会会员，2000年起在杭州一家机械厂开数控车床，2016年还在一线。"
     "2014年全国数控技能大赛拿了个人第三名。当时能评上吗", "国家级前3名"),
    (C16, "not_eligible", "首届杭州工匠能报吗：1980年生，中国人，工会会员，2003年起在杭州做钳工，一直一线。2014年省技能大赛拿了第二名，"
     "差一点点，绝活啊技术革新啊都谈不上", "省赛要第1名，其余没有"),
    (C16, "not_eligible", "我是汽修工，1978年的，中国人，工会会员，2001年起在杭州一家4S店一线修车。2015年区里技能比武第一名，"
     "市里省里的名次没有，别的也没啥。首届杭州工匠当时我够不够", "区级比武第一名不是市级"),
    (C16, "not_eligible", "首届杭州工匠：1975年生，中国籍，工会会员，1998年开始在杭州饭店掌勺一直在灶台上。拿过杭州市烹饪技能大赛第三名，"
     "评过厂里劳模，别的就没有了。能报吗", "市赛第三，企业劳模"),
    (C16, "needs_review", "首届杭州工匠：1977年生，中国人，工会会员，1999年起在杭州一家阀门厂当车工，现在还在一线。"
     "我琢磨出一套薄壁件的装夹办法，车间都照着用，废品率降了一大半。能报吗", "操作法，由评审认定"),
    (C16, "needs_review", "杭州工匠（2016年那届）我是1981年的，中国人，工会会员，2002年起在杭州做模具钳工一线。市技能大赛拿过第二名，"
     "另外搞了个自动上下料的工装，一年省了几十万。当时能报吗", "名次不够，另有革新"),
    (CT21, "eligible", "2021年杭州市首席技师：我是技师，在杭州一家电厂一线做继电保护，2019年省一类竞赛个人第二名，"
     "没评过浙江省首席技师。能申报吗", "省级一类前三名"),
    (CT21, "not_eligible", "2021年杭州市首席技师能报不：技师，在杭州一家化工厂一线做仪表，2019年省一类竞赛第四名，差一名；"
     "绝招操作法没有，技改是技术科搞的，徒弟也没带出成绩。没评过浙江省首席技师", "省一类要前三，其余没有"),
    (CT21, "not_eligible", "我高级技师，在杭州一家机床厂一线当钳工，2018年市二类竞赛拿了第二名，别的啥也没有，"
     "没评过浙江省首席技师。2021年首席技师能报吗", "市级只列一类第一名"),
    (CT21, "eligible", "2021年杭州市首席技师：技师，一线做焊工，在杭州一家钢构厂。2017年评上了全国技术能手，没评过浙江省首席技师。够吗",
     "全国技术能手，(一)"),
    (CT21, "needs_review", "首席技师2021年那次：我是技师，在杭州一家汽车厂一线做装调，总结的一套快速换模法在全厂推广，"
     "换模时间从两小时压到二十分钟，没评过浙江省首席技师。能报吗", "操作法，由评审认定"),
    (CT21, "not_eligible", "2021年杭州市首席技师：高级技师，一线电工，在杭州一家水厂。区政府给过特殊津贴，竞赛没拿过名次，"
     "带的徒弟也没比过赛，绝招革新都谈不上。没评过浙江省首席技师。能报吗", "区政府津贴不是国务院或市政府津贴"),
    (ZJ, "not_eligible", "浙派工匠：我高级技师，杭州一家机械厂一线焊工，干了22年，在浙全职20年，在岗。2021年评上了浙江省技术能手，"
     "带徒、技改、操作法、成果转化这些都没有。能报吗", "荣誉不是四项之一"),
    (ZJ, "needs_review", "浙派工匠能报伐：高级技师，在绍兴一家纺织厂一线做挡车工二十年，一直在岗。带出来三个徒弟都拿了市里的奖", "带徒，由评审认定"),
    (ZJ, "needs_review", "浙派工匠问一下 我是高级技师 在宁波一家汽配厂一线干了18年 在岗 搞了个自动上下料的工装 一年省了几十万 能报不",
     "技改，由评审认定"),
    (ZJ, "not_eligible", "浙派工匠：高级技师，在嘉兴一家电机厂一线干了20年，在岗。拿过市五一劳动奖章，公司十佳员工，"
     "别的成果就没了，平时就是按图纸绕线。能报吗", "荣誉和日常工作，四项一项没有"),
    (ZJ, "needs_review", "我是高级技师，在杭州一家炼油厂一线操作工，干了19年，在岗。总结了一套装置开停车的操作法，"
     "在集团几家厂推广，每年少停工好几天。浙派工匠能报吗", "操作方法，由评审认定"),
    (D26, "needs_review", "问下第四届数字工匠，民企，做机器视觉8年，在杭全职8年，工会会员，技术岗，没评过称号。"
     "2025年省数字经济竞赛个人第二名，另外给产线做了个缺陷检测的智能体，漏检率降到千分之一", "第二名不直接认定，另有智能体"),
    (D23, "not_eligible", "首届数字工匠（2022年那次）：民企，做前端开发2012年入行，2015年杭州全职，工会会员，技术岗，没评过工匠。"
     "获过杭州市技术能手，其他标准啊技改啊证书啊带徒啊都没有", "技术能手不是1-4"),
    (D26, "not_eligible", "第四届杭州数字工匠：民企，数据库运维8年，在杭全职8年，工会会员，技术岗，没评过称号。"
     "拿过一个公司年度优秀员工和区里的青年岗位能手，其他没有。能报吗", "企业、区级荣誉"),
]


def main() -> None:
    prof_rows = []
    for i, (program, expected, comps, awards, achievements, apprentices, note) in enumerate(PROFILES, 1):
        profile = dict(BASE[program], competition_results=comps, awards=awards, achievements=achievements,
                       trained_apprentices=apprentices)
        prof_rows.append({"id": f"pf-w{i:03d}", "program": program, "as_of": "2026-11-21", "profile": profile,
                          "expected": expected, "why": WHY[program], "note": note})
    msg_rows = [{"id": f"el-w{i:03d}", "question": q, "program": program, "expect_verdicts": {program: expected},
                 "why": f"{why}：{WHY[program][0]}"} for i, (program, expected, q, why) in enumerate(MESSAGES, 1)]
    for rows in (prof_rows, msg_rows):
        ids = [r["id"] for r in rows]
        random.Random(2164).shuffle(ids)
        tune = set(ids[: len(ids) // 2])
        for r in rows:
            r["split"] = "dev" if r["id"] in tune else "test"  # dev = A (tuning), test = B (held out)
    for name, rows in (("match17_profiles.jsonl", prof_rows), ("match17_messages.jsonl", msg_rows)):
        with open(HERE / name, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"id": r["id"], "split": r["split"], **{k: v for k, v in r.items()
                                                                          if k not in ("id", "split")}},
                                     ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
