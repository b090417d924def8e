"""Round 10's match19 probes: complete profiles (pf-y…) and eligibility messages (el-y…) whose merit is a measurable
near miss, or a certificate/coaching/first place the notice's wording does cover.

Written from the five notices before any code change and before running anything on them, the way the blind writers
write: rambling 主要事迹 with the placing buried mid-sentence, Chinese numerals and two-digit years (“一九年”“二〇年”),
relative dates (“去年”= 2025 for today 2026-11-21), typos (“己经”“在试试”), denials between the facts. Each case meets
every hard rule of its programme, so only the alternatives (符合下列条件之一) and 第四届's direct recognition decide.

The judging (from the notices, not from the code):
- a placing one rank or one level below what a clause lists (首席技师 国家一类第八名, 省级二类第二名, 省级一类团体第五名,
  徒弟市级一类第四名; 杭州工匠 全国第四名、省赛第二名、市赛二等奖; 首届数字工匠 选手省赛第七名) is a clear no when it is the
  only candidate the words support (the rest denied or nothing else told) → not_eligible;
- a placing whose level or class the words leave open (省里的比赛 without 一类/二类, 一等奖 for 第1名, a 集团 contest) → needs_review;
- a certificate the notice's words cover → eligible: 第四届 (三) “数字经济行业国内或国外领先水平、等级、资质证书” (HCIE,
  软考高级, 人工智能训练师一级); 首届 (三) “国家级等级资质证书” (软考高级 yes; a foreign vendor's CCIE: 通知未明确 → needs_review);
- 首届数字工匠 (四) “培养选手在全国、省级及以上职业技能竞赛中获得前五名” → eligible when the coached player's place is listed;
- 第四届 一: a 2025-or-later individual first place in a 数字经济行业 contest → direct_recognition; 2024's is not;
- 浙派工匠's five alternatives are all merit for the experts: placings and honours alone with the five denied → not_eligible.

Split by random.Random(2206): the first half dev (A, tuned on), the rest test (B, held out).
Run from the repo root: python -m eval.probes.match19_probe_writer prints the rows, --write appends them once.
"""

from eval.probes.probe_rows import ROOT, write
from eval.probes.profile_probes import C16, COMMON, CT, D23, D26, ZJ, award, comp, message_rows, profile_rows

BASE = {
    D26: {**COMMON, "facts_as_of": "2026-03-31", "birth_date": "1990-05", "occupation": "云计算工程技术人员",
          "years_in_field": 8, "years_full_time_in_hangzhou": 8, "years_full_time_in_zhejiang": 8, "skill_level": "none",
          "is_digital_economy": True},
    D23: {**COMMON, "facts_as_of": "2023-03-31", "birth_date": "1987-10", "occupation": "信息安全测试员",
          "years_in_field": 9, "years_full_time_in_hangzhou": 7, "years_full_time_in_zhejiang": 7,
          "skill_level": "none", "is_digital_economy": True},
    C16: {**COMMON, "facts_as_of": "2016-09-30", "birth_date": "1976-08", "occupation": "数控车工",
          "years_in_field": 19, "years_full_time_in_hangzhou": 16, "years_full_time_in_zhejiang": 16,
          "skill_level": "高级技师"},
    CT: {**COMMON, "facts_as_of": "2021-07-15", "birth_date": "1979-03", "occupation": "焊工",
         "years_in_field": 20, "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15,
         "skill_level": "高级技师"},
    ZJ: {**COMMON, "facts_as_of": "2026-11-21", "birth_date": "1977-12", "occupation": "轧钢工",
         "years_in_field": 22, "years_full_time_in_hangzhou": 0, "years_full_time_in_zhejiang": 22,
         "employer_city": "宁波", "skill_level": "高级技师"},
}
WHY = {D26: ["hz_digital_craftsman_2026#二"], D23: ["hz_digital_craftsman_2023#附件1/二"],
       C16: ["hz_craftsman_2016#三/(二)"], CT: ["hz_chief_technician_2021#二"], ZJ: ["zj_craftsman_2023#三/(一)"]}


# (program, expected, competitions, awards, achievements, apprentices, note[, base overrides])
PROFILES = [
    # 首席技师 二: (一) 国家一类前六、二类前三；省级一类前三、二类第一；市级一类第一 (四) 徒弟 国家一类前十、二类前六，
    # 省级一类前六、二类前三，市级一类前三、二类第一
    (CT, "not_eligible", [comp("national", 8, 2019, "2019年全国焊工职业技能竞赛", tier="一类")], [],
     ["一九年代表公司去参加全国一类的焊工大赛，个人拿了第八名，离前六就差两个名次，回来师傅还安慰我说下回再来",
      "平常就是焊压力容器的环缝，绝活谈不上，发明革新这种都是工艺科在弄，我们一线就照图纸焊"], "",
     "国家一类要前六名，第八名低一档；其余明说没有"),
    (CT, "not_eligible", [comp("provincial", 2, 2020, "2020年浙江省焊接技能竞赛", tier="二类")], [],
     ["二〇年省里二类技能竞赛拿了个第二名，裁判讲跟第一只差零点几分", "除了这个比赛，其他拿得出手的业绩己经没有了"], "",
     "省级二类只列第一名"),
    (CT, "not_eligible", [comp("provincial", 5, 2018, "2018年浙江省职工职业技能大赛焊工项目", "team", tier="一类")], [],
     ["一八年省一类大赛我们厂三个人组队去的，拿了团体第五名，个人名次没排", "其他比赛没参加过，绝招、操作法、技术革新也都没有"], "",
     "团体第五，省级一类即使按个人算也要前三名"),
    (CT, "not_eligible", [], [],
     ["自己比赛没拿过名次，也没什么发明创造、绝招绝技的", "带徒弟这块还算用心，前后带了三个，都成了班组里的骨干"],
     "带了三个徒弟都是班组骨干，最好的小李二〇年参加杭州市一类焊工技能竞赛拿了第四名",
     "(四)市级一类要前三名，第四名差一名"),
    (CT, "needs_review", [comp("provincial", 2, 2019, "2019年浙江省焊工技能比赛")], [],
     ["一九年省里的焊工比赛拿了第二名，那次比赛是几类的我也搞不清楚，证书上没写", "别的就是天天在车间焊"], "",
     "省级一类前三名可以、二类要第一名，类别没说"),
    (CT, "eligible", [], [],
     ["本人没参加过比赛", "主要精力在带徒弟上，车间里焊得好的一半是我带出来的"],
     "先后带了六个徒弟，四个是车间焊接骨干，其中一个一九年浙江省一类焊工技能竞赛拿了第六名",
     "(四)省级一类前六名，徒弟多人成骨干"),
    (CT, "eligible", [comp("municipal", 1, 2020, "2020年杭州市焊工职业技能竞赛", tier="一类")], [],
     ["二〇年杭州市一类焊工技能竞赛个人第一名，这个是我最得意的", "其它也没啥了"], "", "市级一类第一名"),
    # 首届杭州工匠 三/(二): 4 世界、国家级前3名、省第1名（不受工作年限限制） 5 市级职业技能大赛第1名
    (C16, "not_eligible", [comp("national", 4, 2014, "2014年全国数控技能大赛")], [],
     ["二〇一四年全国数控技能大赛数控车项目个人第四名，差一名就进前三了", "绝活、革新没有，也不是搞传统工艺的"], "",
     "国家级要前3名，第四名差一名"),
    (C16, "not_eligible", [comp("provincial", 2, 2013, "2013年浙江省数控技能大赛"),
                           comp("municipal", 3, 2012, "2012年杭州市职业技能大赛数控车工项目")], [],
     ["一三年省数控大赛个人第二名，一二年杭州市技能大赛第三名", "除了比赛成绩别的没什么好写"], "",
     "省赛要第1名、市赛要第1名，都差"),
    (C16, "not_eligible", [], [award("municipal", "杭州市职业技能大赛数控车工项目二等奖", 2015)],
     ["一五年杭州市职业技能大赛拿了二等奖，奖状还挂在车间", "技术上没什么大的革新，绝活也说不上"], "",
     "二等奖不是第1名"),
    (C16, "eligible", [comp("provincial", 1, 2013, "2013年浙江省数控技能大赛")], [],
     ["二〇一三年浙江省数控技能大赛数控车个人第一名", "零九年从温州过来的，在杭州做了六七年"], "",
     "省赛第1名，不受工作年限限制", {"years_full_time_in_hangzhou": 7, "years_in_field": 19}),
    (C16, "needs_review", [], [award("municipal", "杭州市职工技能比武一等奖", 2014)],
     ["一四年市总工会的职工技能比武数控车项目拿了一等奖", "一等奖好像有两三个人"], "",
     "一等奖几个人并列，是不是“第1名”说不清"),
    (C16, "not_eligible", [comp(None, 1, 2015, "2015年集团公司职工技能比武数控车项目")], [],
     ["一五年集团内部技能比武数控车第一名，集团有一万多人", "市里、省里的比赛没去过，别的也没有"], "",
     "企业内部比武不是市级职业技能大赛"),
    # 第四届数字工匠 二: (三) 领先水平、等级、资质证书或省级及以上科技奖; 一: 2025年以来个人第一名直接认定
    (D26, "eligible", [], [], ["一八年考出了华为HCIE数据通信方向的认证专家，当时全杭州也没几个", "标准、智能体这些没搞过"], "",
     "国内领先水平资质证书，(三)"),
    (D26, "eligible", [], [], ["有软考高级的系统架构设计师证书，二一年考出来的", "平时做公司私有云平台的运维开发"], "",
     "国家级等级资质证书，(三)"),
    (D26, "eligible", [], [], ["去年拿到了人工智能训练师一级（高级技师）的职业技能等级证书", "公司的数据标注质检流程是我在管"], "",
     "数字经济职业的最高等级证书，(三)"),
    (D26, "not_eligible", [], [],
     ["二四年公司帮我报了浙江省科学技术进步奖，最后没评上", "标准没参与过，技术革新、智能体也说不上，证书就几个厂商的初级认证"], "",
     "报了没评上不是获得，其余明说没有"),
    (D26, "direct_recognition", [comp("municipal", 1, 2025, "2025年杭州市数字经济行业职业技能竞赛（云计算赛项）")], [],
     ["去年参加杭州市数字经济职业技能竞赛云计算赛项，拿了个人第一名"], "", "2025年以来市级个人第一名"),
    (D26, "not_eligible", [comp("provincial", 1, 2024, "2024年浙江省数字经济行业职业技能竞赛（云计算赛项）")], [],
     ["二四年省数字经济技能竞赛云计算赛项个人第一名", "除了这个比赛，标准、革新、证书、科技奖都没有"], "",
     "2024年的第一名不在“2025年以来”，也不是(一)(二)(三)"),
    # 首届数字工匠 附件1/二: (三) 国家级等级资质证书或市、省、国家级科技奖 (四) 培养人才/选手全国、省级前五名
    (D23, "eligible", [], [], ["这几年主要在带公司的竞赛选手"],
     "带的两个选手二二年浙江省数字技能大赛网络安全赛项分别拿了第三名和第五名", "培养选手省级前五名"),
    (D23, "not_eligible", [], [],
     ["公司派我带过一个新人去参加省里的网络安全技能竞赛，最后拿了第八名", "标准、技改没搞过，证书、奖项也都没有"],
     "只带过一个参赛选手，省赛第八名", "(四)要前五名，其余明说没有"),
    (D23, "eligible", [], [], ["二〇年考出了软考高级的信息安全工程师…不对，是系统架构设计师，国家人社部和工信部发的"], "",
     "国家级等级资质证书，(三)"),
    (D23, "needs_review", [], [], ["持有思科CCIE安全方向认证，一六年考的", "其他标准技改之类没有"], "",
     "国外厂商认证是否“国家级等级资质证书”通知未明确"),
    (D23, "not_eligible", [], [], ["软考高级考过两次，都差几分没过", "标准、技改、科技奖、带选手这些都没有"], "",
     "没考过不是持有，其余明说没有"),
    (D23, "needs_review", [], [], ["给公司新员工上安全测试的课，几年下来带出三十多个能独立干活的测试"], "带出三十多个测试",
     "(四)前半句培养人才，由评审认定"),
    # 浙派工匠 三/(一): 五项都由评审认定
    (ZJ, "not_eligible", [comp("provincial", 1, 2019, "2019年浙江省轧钢工职业技能大赛")], [award("national", "全国技术能手", 2020)],
     ["一九年省轧钢工技能大赛第一名，二〇年评上了全国技术能手", "徒弟没正式带过，技改是技术部的事，操作法没总结过，成果转化、数字化也沾不上"],
     "", "名次、荣誉都不是五项之一，五项明说没有"),
    (ZJ, "not_eligible", [], [award("provincial", "浙江省技术能手", 2021)],
     ["二一年评上浙江省技术能手", "至于带徒弟、搞革新、总结操作法这几样，说实话一样也没有"], "", "荣誉不是五项之一"),
    (ZJ, "not_eligible", [], [award("national", "全国工人先锋号", 2022)],
     ["我们轧钢班组二二年拿了全国工人先锋号，我是班里的老师傅", "个人嘛就是按规程操作，带徒、技改、操作法都没搞过"], "",
     "集体荣誉，五项明说没有"),
    (ZJ, "needs_review", [], [], ["带了十几个徒弟，五个己经考出高级技师，两个当了班长"], "带徒十余人", "带徒，由评审认定"),
    (ZJ, "needs_review", [], [],
     ["自己琢磨的一套快速换辊方法报了省职工先进操作法评选，没评上，不过厂里三条线都在用，换辊时间从四十分钟缩到二十五分钟"],
     "", "操作法本身在，评没评上不是条件，由评审认定"),
    (ZJ, "needs_review", [comp("national", 3, 2018, "2018年全国钢铁行业职业技能竞赛")], [],
     ["一八年全国钢铁行业技能竞赛第三名", "牵头把加热炉的燃烧控制改成了自动寻优，吨钢煤气省了百分之八"], "",
     "名次不算，技术革新由评审认定"),
]

# (program, expected, message, why)
MESSAGES = [
    (CT, "not_eligible", "帮我师兄问一下哈，他是高级技师，在杭州一家锅炉厂一线焊了二十年，浙江省首席技师没评过，"
     "一九年全国一类的焊工大赛拿过第八名，差两名进前六，其它绝招发明啥的也没有，徒弟倒是带过一个但还没比过赛，2021年杭州市首席技师他够不够", "国家一类要前六名"),
    (CT, "not_eligible", "我技师证有的在杭州一家汽配厂一线做模具钳工十五年了没评过省首席技师我自己没比过赛带了三个徒弟都是车间骨干"
     "最好那个二〇年杭州市一类钳工竞赛拿了第四名其他就没有了21年首席技师能不能报", "徒弟市级一类要前三名"),
    (CT, "needs_review", "21年首席技师：高级技师，杭州一家电机厂一线维修电工，没评过浙江省首席技师，一九年省里的维修电工比赛拿过第二名，"
     "是一类还是二类记不清了，能报吗", "省级一类前三名可以、二类要第一名"),
    (D26, "direct_recognition", "第四届杭州数字工匠问下哈 我在滨江一家民企做云平台运维八年了 一直在杭州全职 工会会员 技术岗 没评过什么工匠"
     " 去年三月份参加杭州市数字经济职业技能竞赛云计算赛项拿了个人第一 是不是可以直接认定的", "2025年以来市级个人第一名"),
    (D26, "eligible", "第四届数字工匠：民企网络工程师，干了七年，七年都在杭州全职，工会会员，技术岗，没评过称号，"
     "一八年考出了华为HCIE认证专家，标准革新这些没碰过，这个证能用吗", "国内领先水平资质证书，(三)"),
    (D26, "not_eligible", "我想报第四届数字工匠 民企大数据开发九年 杭州全职九年 工会会员 技术岗 没评过称号 前年省数字经济技能竞赛拿过个人第一名"
     " 去年没参加 标准 智能体 证书 科技奖这几样都没有 还能直接认定吗", "2024年的第一名不在“2025年以来”，其余明说没有"),
    (D23, "eligible", "首届杭州数字工匠那次，我在民企做网络安全，2013年入行，2015年起在杭州全职，工会会员，技术岗，没评过工匠，"
     "我带的两个选手22年浙江省数字技能大赛拿了第三名和第五名，我自己没啥奖，能报吗", "培养选手省级前五名"),
    (D23, "eligible", "首届数字工匠我够不够啊 民企 做数据库开发 12年入行 15年来杭州全职 会员 技术岗 没评过工匠 有软考高级系统架构设计师证书",
     "国家级等级资质证书，(三)"),
    (C16, "not_eligible", "首届杭州工匠那会儿我能评上吗？1976年生的中国人，工会会员，97年起就在杭州一家机床厂开数控车，一直在一线，"
     "14年全国数控大赛拿了第四名，就差一名进前三，绝活革新这些没有", "国家级要前3名"),
    (C16, "eligible", "问下首届杭州工匠 我1978年的 中国人 工会会员 09年从温州来杭州一直在一家模具厂一线干到现在 13年浙江省数控技能大赛"
     "个人第一名 在杭州才七年不到十年 能报不", "省赛第1名，不受工作年限限制"),
    (ZJ, "not_eligible", "浙派工匠想问下，我高级技师，在宁波一家钢厂一线轧钢二十多年了一直在岗，一九年省轧钢大赛第一名，二〇年全国技术能手，"
     "但带徒技改操作法成果转化数字化这五样说实话都没有，能报吗", "名次、荣誉不是五项之一，五项明说没有"),
    (ZJ, "needs_review", "浙派工匠 我是高级技师 在绍兴一家印染厂一线干了十八年 在岗 前前后后带了十几个徒弟 五个考出了高级技师 这个能不能报",
     "带徒，由评审认定"),
]

PROFILES_PATH = ROOT / "eval" / "probes" / "match19_profiles.jsonl"
MESSAGES_PATH = ROOT / "eval" / "probes" / "match19_messages.jsonl"




if __name__ == "__main__":
    assert len(PROFILES) >= 30 and len(MESSAGES) >= 12, (len(PROFILES), len(MESSAGES))
    for program in WHY:
        assert sum(p[0] == program for p in PROFILES) >= 6, program
    write(profile_rows(PROFILES, BASE, WHY), prefix="pf-y", start=1, seed=2206, path=PROFILES_PATH, check=False, width=3)
    write(message_rows(MESSAGES, WHY), prefix="el-y", start=1, seed=2206, path=MESSAGES_PATH, check=False, width=3)
