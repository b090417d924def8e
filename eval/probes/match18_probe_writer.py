"""Round 9's match18 probes: complete profiles (pf-x…) and eligibility messages (el-x…) that tell achievements.

Written from the five notices before any code change, in applicants' and unit HR's words. Each case meets every
hard rule of its programme, so only the alternatives (符合下列条件之一) decide. The class probed: a deed whose stated
rank, level, scope or kind falls short of every alternative's listed threshold is a clear no (not_eligible) —
市级第二 where 第一 is listed, 区级 where 市级 is the floor, a 团体 placing where 个人第一名 is asked, a 三等奖 where a
first place is asked, apprentices without the placings 首席技师 二/(四) lists, a certificate of no leading level;
merit the notice leaves to the experts stays needs_review; a listed placing, award or certificate is eligible. The
messages tell the same in long run-on sentences (few stops, several facts per clause). Split by random.Random(2183):
the first half dev (A, tuned on), the rest test (B, held out).

Run from the repo root: python -m eval.probes.match18_probe_writer prints the rows, --write appends them once.
"""

from eval.probes.probe_rows import ROOT, write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
COMMON = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
          "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private"}
BASE = {
    D26: {**COMMON, "facts_as_of": "2026-03-31", "birth_date": "1992-11", "occupation": "数据库管理员",
          "years_in_field": 9, "years_full_time_in_hangzhou": 9, "years_full_time_in_zhejiang": 9, "skill_level": "none",
          "is_digital_economy": True},
    D23: {**COMMON, "facts_as_of": "2023-03-31", "birth_date": "1988-02", "occupation": "网络工程师",
          "years_in_field": 10, "years_full_time_in_hangzhou": 8, "years_full_time_in_zhejiang": 8,
          "skill_level": "none", "is_digital_economy": True},
    C16: {**COMMON, "facts_as_of": "2016-09-30", "birth_date": "1975-04", "occupation": "汽车维修工",
          "years_in_field": 18, "years_full_time_in_hangzhou": 17, "years_full_time_in_zhejiang": 17,
          "skill_level": "高级技师"},
    CT: {**COMMON, "facts_as_of": "2021-07-15", "birth_date": "1980-09", "occupation": "电力电缆安装运维工",
         "years_in_field": 17, "years_full_time_in_hangzhou": 14, "years_full_time_in_zhejiang": 14,
         "skill_level": "高级技师"},
    ZJ: {**COMMON, "facts_as_of": "2026-11-21", "birth_date": "1979-01", "occupation": "化工总控工",
         "years_in_field": 21, "years_full_time_in_hangzhou": 19, "years_full_time_in_zhejiang": 19,
         "skill_level": "高级技师"},
}
WHY = {D26: ["hz_digital_craftsman_2026#二"], D23: ["hz_digital_craftsman_2023#附件1/二"],
       C16: ["hz_craftsman_2016#三/(二)"], CT: ["hz_chief_technician_2021#二"], ZJ: ["zj_craftsman_2023#三/(一)"]}


def comp(level, rank, year, field, kind="individual", tier=None):
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": kind, "field": field}


def award(level, kind, year):
    return {"level": level, "kind": kind, "year": year}


# (program, expected, competitions, awards, achievements, apprentices, note)
PROFILES = [
    # 首席技师 二: (一) 荣誉/津贴/竞赛名次 (二) 绝招、操作法 (三) 发明、革新 (四) 徒弟成骨干且有所列名次
    (CT, "not_eligible", [comp("municipal", 2, 2020, "2020年杭州市电力电缆技能竞赛", tier="一类")], [],
     ["2020年杭州市一类电缆技能竞赛拿了第二"], "", "市级一类只列第一名"),
    (CT, "not_eligible", [comp("provincial", 2, 2019, "2019年浙江省电力行业职业技能竞赛", tier="二类")], [],
     ["省二类竞赛个人亚军（2019年）"], "", "省级二类只列第一名"),
    (CT, "not_eligible", [comp("national", 5, 2018, "2018年全国电力行业技能竞赛", tier="二类")], [],
     ["2018年全国二类大赛第五名"], "", "国家二类要前三名"),
    (CT, "not_eligible", [comp("national", 8, 2017, "2017年全国职工职业技能大赛", tier="一类")], [],
     ["2017年全国一类职工技能大赛个人第八名"], "", "国家一类要前六名"),
    (CT, "not_eligible", [], [], ["带过两个徒弟"], "带过两个徒弟，现在都在本班组，没参加过技能竞赛",
     "(四)要徒弟有所列竞赛名次"),
    (CT, "not_eligible", [], [], ["徒弟在市里比赛拿过名次"], "所带徒弟获2020年杭州市二类技能竞赛第二名",
     "市级二类要第一名"),
    (CT, "not_eligible", [], [award("municipal", "杭州市技术能手", 2019)], ["2019年获评杭州市技术能手"], "",
     "市技术能手不在(一)所列荣誉"),
    (CT, "not_eligible", [comp(None, 1, 2020, "2020年公司内部技能比武电缆头制作项目")], [],
     ["公司内部技能比武第一名"], "", "企业内部比武不是所列竞赛"),
    (CT, "not_eligible", [], [award(None, "公司特殊贡献津贴", 2020)], ["公司发过特殊贡献津贴"], "",
     "企业津贴不是国务院或市政府特殊津贴"),
    (CT, "eligible", [comp("provincial", 3, 2019, "2019年浙江省电力行业职业技能竞赛", tier="一类")], [],
     ["2019年省一类竞赛个人第三名"], "", "省级一类前三名"),
    (CT, "eligible", [], [], ["带徒八人，五人成为车间技能骨干"],
     "带徒8人，5人成为车间技能骨干，其中一人获2020年浙江省一类技能竞赛第五名", "(四)省级一类前六名"),
    (CT, "needs_review", [], [], ["自创的电缆中间接头带电检修法在全市供电系统推广，检修时间缩短一半"], "",
     "操作法，由评审认定"),
    # 浙派工匠 三/(一): 1 带徒 2 革新 3 操作方法 4 成果转化 5 数字化、智能制造，都由评审认定
    (ZJ, "not_eligible", [comp("national", 2, 2020, "2020年全国化工总控工职业技能竞赛")], [],
     ["2020年全国化工总控工大赛个人第二名"], "", "竞赛名次不是五项业绩之一"),
    (ZJ, "not_eligible", [], [award("national", "全国五一劳动奖章", 2022)], ["2022年获全国五一劳动奖章"], "",
     "奖章不是五项业绩之一"),
    (ZJ, "not_eligible", [], [award("municipal", "杭州市技术能手", 2019)], ["获评杭州市技术能手", "每天按操作规程巡检、记录装置参数"],
     "", "荣誉和日常工作"),
    (ZJ, "not_eligible", [], [award("national", "全国工人先锋号", 2021)], ["所在班组获评全国工人先锋号"], "",
     "集体荣誉，五项一项没有"),
    (ZJ, "needs_review", [], [], ["把高校的一项催化剂专利在厂里落地投产，每年新增产值两千多万"], "", "成果转化，由评审认定"),
    (ZJ, "needs_review", [], [], ["牵头车间DCS控制系统的智能化改造，装置能耗下降12%"], "", "智能制造，由评审认定"),
    (ZJ, "needs_review", [comp("national", 2, 2020, "2020年全国化工总控工职业技能竞赛")], [],
     ["2020年全国大赛第二名", "带出十二个徒弟，六个成了高级技师"], "带徒十二人", "名次不算，带徒由评审认定"),
    # 首届杭州工匠 三/(二): 1 绝技、操作法 2 传统工艺 3 重大革新 4 世界、国家前3名、省第1名 5 市级第1名
    (C16, "not_eligible", [comp("national", 4, 2014, "2014年全国汽车维修职业技能大赛")], [],
     ["2014年全国汽修大赛个人第四名"], "", "国家级要前3名"),
    (C16, "not_eligible", [comp("provincial", 3, 2013, "2013年浙江省汽车维修工职业技能大赛")], [],
     ["2013年省汽修技能大赛季军"], "", "省赛要第1名"),
    (C16, "not_eligible", [comp("municipal", 2, 2015, "2015年杭州市汽车维修职业技能大赛")], [],
     ["2015年杭州市汽修大赛个人第二名"], "", "市赛要第1名"),
    (C16, "not_eligible", [comp(None, 1, 2014, "2014年拱墅区职工技能比武汽车维修项目")], [],
     ["2014年拱墅区职工技能比武第一名"], "", "区级比武不是市级大赛"),
    (C16, "not_eligible", [], [], ["带的徒弟2015年拿了全国汽修大赛第二名"], "徒弟获2015年全国汽车维修职业技能大赛第二名",
     "徒弟的名次不是本人的，五项没有带徒"),
    (C16, "not_eligible", [], [award("provincial", "2014年浙江省汽车维修工职业技能大赛三等奖", 2014)],
     ["2014年省技能大赛三等奖"], "", "三等奖不是第1名"),
    (C16, "eligible", [comp("provincial", 1, 2012, "2012年浙江省汽车维修工职业技能大赛")], [],
     ["2012年省汽修技能大赛个人第一名"], "", "省赛第1名"),
    (C16, "eligible", [comp("national", 2, 2013, "2013年全国汽车维修职业技能大赛")], [], ["2013年全国汽修大赛亚军"], "",
     "国家级前3名"),
    (C16, "needs_review", [], [], ["琢磨出一套听发动机异响判断故障的办法，厂里疑难故障都找我"], "", "绝技，由评审认定"),
    # 第四届数字工匠 二: (一) 标准化 (二) 革新、智能体 (三) 领先证书或省级及以上科技奖; 一: 2025年以来个人第一名直接认定
    (D26, "not_eligible", [], [award("municipal", "杭州市科学技术进步奖一等奖", 2024)], ["2024年杭州市科技进步一等奖"], "",
     "市级科技奖，(三)要省级及以上"),
    (D26, "not_eligible", [], [], ["有全国计算机等级考试二级证书"], "", "计算机二级不是领先水平证书"),
    (D26, "eligible", [], [], ["持有Oracle数据库认证大师（OCM）证书"], "", "国外领先水平证书，(三)"),
    (D26, "eligible", [], [award("provincial", "浙江省科学技术进步奖二等奖", 2023)], ["2023年浙江省科技进步二等奖主要完成人"], "",
     "省级科技奖，(三)"),
    (D26, "not_eligible", [comp("provincial", 3, 2025, "2025年浙江省数字经济行业职业技能竞赛（数据库运维赛项）")], [],
     ["2025年省数字经济技能竞赛个人第三名"], "", "第三名不能直接认定，也不是(一)(二)(三)"),
    (D26, "not_eligible", [comp("national", 1, 2025, "2025年全国数字经济行业职业技能竞赛（数据安全赛项）", "team")], [],
     ["2025年全国数字经济技能竞赛团体第一名"], "", "团体第一不是个人第一名，其余没有"),
    (D26, "direct_recognition", [comp("municipal", 1, 2025, "2025年杭州市数字经济行业职业技能竞赛（数据库运维赛项）")], [],
     ["2025年杭州市数字经济技能竞赛数据库运维赛项个人第一名"], "", "2025年以来市级个人第一名"),
    (D26, "needs_review", [], [], ["作为主要起草人参与制定杭州市地方标准《公共数据共享交换规范》"], "", "标准化，由评审认定"),
    # 首届数字工匠 附件1/二: (一) 标准 (二) 革新 (三) 国家级证书或市、省、国家级科技奖 (四) 培养人才/选手全国、省级前五名
    (D23, "not_eligible", [], [award(None, "余杭区科学技术进步奖二等奖", 2021)], ["2021年余杭区科技进步二等奖"], "",
     "区级科技奖不是市、省、国家级"),
    (D23, "not_eligible", [], [], ["公司内部认证的高级网络工程师"], "", "企业内部认证不是国家级资质证书"),
    (D23, "eligible", [], [], ["带的选手获2021年全国数字技能大赛网络安全赛项第四名"],
     "培养选手获2021年全国数字技能大赛网络安全赛项第四名", "培养选手全国前五名"),
    (D23, "not_eligible", [], [award("municipal", "杭州市优秀共产党员", 2021)], ["2021年获评杭州市优秀共产党员"], "",
     "政治荣誉不是(一)至(四)"),
    (D23, "not_eligible", [comp("provincial", 2, 2022, "2022年浙江省数字经济行业职业技能竞赛（网络安全赛项）")], [],
     ["2022年省数字经济技能竞赛个人第二名"], "", "首届没有本人竞赛名次这一项"),
    (D23, "needs_review", [], [], ["牵头搭建公司网络工程师培训体系，三年带出两百多名持证工程师"], "", "培养人才，由评审认定"),
    (D23, "eligible", [], [award("municipal", "杭州市科学技术进步奖三等奖", 2020)], ["2020年杭州市科技进步三等奖"], "",
     "市级科技奖，(三)"),
]

# (program, expected, message, why)
MESSAGES = [
    (CT, "not_eligible", "2021年杭州市首席技师我想问问看我是高级技师在杭州一家供电公司一线做电缆运维十几年了浙江省首席技师没评过"
     "比赛的话2020年杭州市一类电缆竞赛拿了个第二名差一点点其他绝招发明带徒这些都没有能报吗", "市级一类只列第一名，其余没有"),
    (CT, "not_eligible", "首席技师2021年那次，我技师证有的，在杭州一家钢厂一线当行车工，没评过浙江省首席技师，2019年省里二类竞赛得过亚军，"
     "除了这个也没别的成绩了，厂里的技改都是技术科弄的我就配合一下，这样够不够", "省级二类只列第一名"),
    (CT, "not_eligible", "帮我们车间主任问的他是高级技师一线钳工在杭州一家汽轮机厂干了二十年没评过浙江省首席技师2018年参加全国二类大赛"
     "拿了第五名就这一个成绩其他没有了2021年首席技师他能申报不", "国家二类要前三名"),
    (CT, "not_eligible", "2021年首席技师：技师，杭州一家电梯公司一线安装维修，没评过浙江省首席技师，带了两个徒弟都还没参加过比赛，"
     "自己也没拿过竞赛名次，绝招革新谈不上，能报吗", "徒弟无名次，其余没有"),
    (CT, "not_eligible", "我是高级技师 在杭州一家水务集团一线做泵站运维 没评过浙江省首席技师 我拿过杭州市技术能手 徒弟去年市里二类比赛拿了第二"
     " 别的就没了 2021年首席技师够格伐", "市技术能手不在所列，徒弟市二类要第一"),
    (CT, "eligible", "2021年杭州市首席技师：技师，在杭州一家制药厂一线做设备维修，没评过浙江省首席技师，2019年浙江省一类技能竞赛个人第三名，"
     "能申报吗", "省级一类前三名"),
    (CT, "eligible", "首席技师2021年的：高级技师，杭州一家机床厂一线数控车工，没评过浙江省首席技师，我带了八个徒弟五个成了车间骨干，"
     "其中一个2020年省一类竞赛拿了第五名，我自己没比过赛，能报吗", "(四)徒弟省级一类前六名"),
    (CT, "needs_review", "2021年首席技师问下，技师，在杭州一家电力公司一线带电作业，没评过浙江省首席技师，我自己摸索的一套配网不停电作业法"
     "在全市供电系统推广了，停电时间少了一大半，这个能算吗", "操作法，由评审认定"),
    (ZJ, "not_eligible", "浙派工匠想问下我是高级技师在衢州一家化工厂一线做总控二十年了一直在岗2020年拿过全国化工总控工大赛个人第二名"
     "其他带徒技改操作法成果转化数字化这些都没有能报不", "名次不是五项之一，其余都没有"),
    (ZJ, "not_eligible", "浙派工匠：本人高级技师，在湖州一家纺织厂一线做维修电工二十二年在岗，2022年拿了全国五一劳动奖章，别的业绩没啥，"
     "就是天天按规程检修设备。能报吗", "奖章和日常工作"),
    (ZJ, "not_eligible", "我是高级技师在台州一家泵业公司一线装配干了18年在岗我们班组评上过全国工人先锋号我个人是获评过台州市技术能手"
     "带徒技改这些没有浙派工匠能不能报", "集体荣誉和市级称号，五项没有"),
    (ZJ, "needs_review", "浙派工匠：高级技师，在杭州一家化纤厂一线干了20年在岗，把浙大的一项纺丝专利拿到厂里落地投产，每年多出两千多万产值，"
     "能报吗", "成果转化，由评审认定"),
    (ZJ, "needs_review", "浙派工匠 我是高级技师 在金华一家汽配厂一线干了十九年 在岗 带出十二个徒弟 六个考出了高级技师 省里比赛也拿过名次 能报吗",
     "带徒，由评审认定"),
    (ZJ, "needs_review", "我高级技师在嘉兴一家造纸厂一线干了二十年在岗牵头把车间的控制系统改成了智能化的能耗降了一成多浙派工匠有戏吗",
     "智能制造，由评审认定"),
    (C16, "not_eligible", "首届杭州工匠那次我够不够：1976年生中国人工会会员1997年起在杭州一家4S店一线修车一直干到现在2014年全国汽修大赛"
     "拿了个人第四名就差一名进前三绝活革新啥的都没有", "国家级要前3名，其余没有"),
    (C16, "not_eligible", "杭州工匠2016年那届，我1980年的，中国人，工会会员，2003年开始在杭州一家印刷厂当机长，一直在一线，"
     "2013年省技能大赛拿了季军，2015年市技能大赛拿了第二，别的没有。能报吗", "省要第1名，市要第1名"),
    (C16, "not_eligible", "首届杭州工匠：1978年生，中国籍，工会会员，2000年起在杭州做电焊一线，2014年拱墅区职工技能比武第一名，"
     "市里省里的比赛没参加过，技术上也没啥创新，能报不", "区级比武不是市级大赛"),
    (C16, "not_eligible", "问下首届杭州工匠 我是1974年的中国人工会会员 1996年起在杭州一家机械厂当钳工 一直一线 我徒弟2015年拿了全国技能大赛第二名"
     " 我自己没比过赛 也没啥绝活革新 能评吗", "徒弟的名次不是本人的，五项没有带徒"),
    (C16, "not_eligible", "首届杭州工匠：1979年生，中国人，工会会员，2001年起在杭州一家锅炉厂当焊工一线，2014年省技能大赛拿了三等奖，"
     "其他没有，够吗", "三等奖不是省赛第1名"),
    (C16, "eligible", "首届杭州工匠我那时候能评吗1977年生中国人工会会员1998年起在杭州一家电机厂一线做维修电工2012年浙江省技能大赛个人第一名",
     "省赛第1名"),
    (C16, "needs_review", "首届杭州工匠：1972年生，中国人，工会会员，1994年起在杭州做手工竹编，一直自己动手做，作品进过省博物馆，"
     "行里都知道我，能报吗", "传统工艺，由评审认定"),
    (D26, "not_eligible", "第四届杭州数字工匠我想报一下民企做数据库运维九年了2017年到杭州一直全职工会会员技术岗没评过任何称号奖项就拿过一个"
     "2024年杭州市科技进步一等奖标准没参与过革新智能体也没做过证书也没有行不行", "市级科技奖不够(三)，其余没有"),
    (D26, "not_eligible", "第四届数字工匠：民企做网络安全7年，在杭全职7年，工会会员，技术岗，没评过称号，2025年省数字经济技能竞赛拿了个人第三名，"
     "别的没有，可以报吗", "第三名不直接认定，其余没有"),
    (D26, "not_eligible", "第四届数字工匠 民企 做数据安全八年 在杭州全职八年 工会会员 技术岗 没评过称号 2025年全国数字经济竞赛我们团队拿了团体第一"
     " 其他成绩没有 能直接认定吗", "团体第一不是个人第一名"),
    (D26, "not_eligible", "第四届数字工匠问问，民企做运维6年，在杭全职6年，工会会员，技术岗，没评过称号，证书就一个计算机二级，"
     "别的标准革新奖项都没有，够吗", "计算机二级不是领先证书"),
    (D26, "eligible", "第四届杭州数字工匠：民营企业数据库工程师，干了8年，一直在杭州全职，工会会员，技术岗，没评过称号，"
     "持有Oracle认证大师OCM证书，能报吗", "国外领先水平证书，(三)"),
    (D26, "direct_recognition", "第四届数字工匠我在民企做数据库运维九年杭州全职九年工会会员技术岗没评过称号2025年杭州市数字经济技能竞赛"
     "数据库运维赛项拿了个人第一名能直接认定不", "2025年以来市级个人第一名"),
    (D23, "not_eligible", "首届杭州数字工匠（2022年底那次）我能报吗，民企网络工程师，2012年入行，2015年起杭州全职，工会会员，技术岗，"
     "没评过浙江工匠杭州工匠，拿过2021年余杭区科技进步二等奖，标准技改证书带徒都没有", "区级科技奖不是市、省、国家级"),
    (D23, "not_eligible", "首届数字工匠那次：民企做安全运维，2013年入行，2016年杭州全职，工会会员，技术岗，没评过工匠，"
     "2022年省数字经济技能竞赛拿了个人第二名，别的成果没有，能报吗", "首届没有本人竞赛名次这一项"),
    (D23, "eligible", "首届数字工匠我当时够不够 民企网络工程师 2011年入行 2014年起杭州全职 工会会员 技术岗 没评过工匠 我带的选手"
     "2021年全国数字技能大赛网络安全赛项拿了第四名", "培养选手全国前五名"),
    (D23, "not_eligible", "首届杭州数字工匠：民企做云计算，2012年入行，2015年来杭州全职，工会会员，技术岗，没评过工匠，有一个公司内部认证的"
     "高级工程师，标准技改奖项带徒都没有，够吗", "企业内部认证不是国家级证书"),
    (D23, "needs_review", "首届数字工匠那次我符合吗民企网络工程师2012年入行2015年起杭州全职工会会员技术岗没评过工匠牵头搭了公司的工程师"
     "培训体系三年带出两百多个持证工程师", "培养人才，由评审认定"),
]

PROFILES_PATH = ROOT / "eval" / "probes" / "match18_profiles.jsonl"
MESSAGES_PATH = ROOT / "eval" / "probes" / "match18_messages.jsonl"


def profile_rows() -> list[dict]:
    return [{"program": program, "as_of": "2026-11-21",
             "profile": dict(BASE[program], competition_results=comps, awards=awards, achievements=achievements,
                             trained_apprentices=apprentices),
             "expected": expected, "why": WHY[program], "note": note}
            for program, expected, comps, awards, achievements, apprentices, note in PROFILES]


def message_rows() -> list[dict]:
    return [{"question": q, "program": program, "expect_verdicts": {program: expected},
             "why": f"{why}：{WHY[program][0]}"} for program, expected, q, why in MESSAGES]


if __name__ == "__main__":
    assert len(PROFILES) >= 40 and len(MESSAGES) >= 30, (len(PROFILES), len(MESSAGES))
    write(profile_rows(), prefix="pf-x", start=1, seed=2183, path=PROFILES_PATH, check=False, width=3)
    write(message_rows(), prefix="el-x", start=1, seed=2183, path=MESSAGES_PATH, check=False, width=3)
