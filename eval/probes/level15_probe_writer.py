"""Round 12's level15 probes: complete profiles (pl15-…) whose only candidate for the alternatives (符合下列条件之一)
names a level, a rank or a body, and labelled achievement sentences of the same class.

Written from the five notices and ``assistant/language/data/kinds.json`` before any code change and before running
anything on them, the way the blind writers write: rambling 主要事迹 with the record buried mid-sentence, two-digit
years (“一九年”“二〇年”), the applicant's own remarks on a placing (“就差一口气”“这是我最拿得出手的”), what the employer
gave for it (“厂里发了个红本本”), typos (“己经”), denials between the facts. Each profile meets every hard rule of its
programme, so only the alternatives (and 第四届's direct recognition) decide.

The bars, from the notices:
- 首席技师 二/(一): 中华技能大奖/全国技术能手/杭州市杰出人才等荣誉称号；国务院或市政府特殊津贴；国家一类前六、二类前三；
  省级一类前三、二类第一；市级一类第一。二/(四): 徒弟国家一类前十、二类前六，省级一类前六、二类前三，市级一类前三、二类第一。
- 杭州工匠 三/(二)/4: 世界或国家级前3名、省技能大赛第1名；/5: 市级职业技能大赛第1名。
- 首届数字工匠 二/(三): 国家级等级资质证书，或市、省、国家级科学技术类奖项；(四): 培养选手全国、省级及以上竞赛前五名。
- 第四届数字工匠 二/(三): 国内或国外领先水平、等级、资质证书，或省级及以上科学技术类奖项；一: 2025年以来全国、省、市
  数字经济行业竞赛个人第一名可直接认定。
- 浙派工匠 三/(一)/1–5: all merit (带徒、革新改造、操作法、成果转化、数字化改革), no record listed.

The judging (from the notices, not from the code):
- a record one rank, one tier or one level under the bar, a team's record, an in-house one (厂里/公司内部/车间/班组)
  or a district's (区/县) is a clear no for the record rows; with every other alternative denied → not_eligible;
- an award whose name carries a kind's word (厂里的技术革新奖, 公司的科技进步奖, 区里的科技奖) told with no deed of its own
  is a record, not a deed: below the city it meets no alternative → not_eligible with the rest denied;
- the applicant's remarks after a placing (the margin, regret, pride, what the employer gave for it) are the placing's,
  not a deed for the experts;
- a record at the bar → eligible (首席 国家一类第六名, 徒弟省一类第五名; 杭州工匠 市赛第1名; 首届 市科技奖、选手全国第五;
  第四届 省科技奖) or direct_recognition (第四届 2025 年省数字经济竞赛个人第一名);
- a near miss with a deed told beside it (操作法, 技改) → needs_review (the experts weigh the deed);
- a team placing at the bar → needs_review (the notices are silent on team results: docs/verdict-policy.md).

The achievement sentences: kinds per kinds.json; [] for records named below the bar, remarks on a placing, in-house
awards with no deed told, team honours, entries without result.

Split by random.Random(2244): the first half A/dev (tuned on), the rest B/test (held out).
Run from the repo root: python -m eval.probes.level15_probe_writer prints the rows, --write appends them once.
"""

from eval.probes.probe_rows import ROOT, write
from eval.probes.profile_probes import (
    C16,
    COMMON,
    CT,
    D23,
    D26,
    ZJ,
    award,
    comp,
    profile_rows,
    write_achievements,
)

BASE = {
    D26: {**COMMON, "facts_as_of": "2026-03-31", "birth_date": "1989-02", "occupation": "大数据工程技术人员",
          "years_in_field": 9, "years_full_time_in_hangzhou": 7, "years_full_time_in_zhejiang": 7, "skill_level": "none",
          "is_digital_economy": True},
    D23: {**COMMON, "facts_as_of": "2023-03-31", "birth_date": "1986-06", "occupation": "物联网安装调试员",
          "years_in_field": 10, "years_full_time_in_hangzhou": 6, "years_full_time_in_zhejiang": 8,
          "skill_level": "none", "is_digital_economy": True},
    C16: {**COMMON, "facts_as_of": "2016-09-30", "birth_date": "1974-11", "occupation": "汽车维修工",
          "years_in_field": 21, "years_full_time_in_hangzhou": 18, "years_full_time_in_zhejiang": 18,
          "skill_level": "高级技师"},
    CT: {**COMMON, "facts_as_of": "2021-07-15", "birth_date": "1978-09", "occupation": "维修电工",
         "years_in_field": 22, "years_full_time_in_hangzhou": 17, "years_full_time_in_zhejiang": 17,
         "skill_level": "高级技师"},
    ZJ: {**COMMON, "facts_as_of": "2026-11-21", "birth_date": "1975-04", "occupation": "工具钳工",
         "years_in_field": 24, "years_full_time_in_hangzhou": 0, "years_full_time_in_zhejiang": 24,
         "employer_city": "绍兴", "skill_level": "高级技师"},
}
WHY = {D26: ["hz_digital_craftsman_2026#二"], D23: ["hz_digital_craftsman_2023#附件1/二"],
       C16: ["hz_craftsman_2016#三/(二)"], CT: ["hz_chief_technician_2021#二"], ZJ: ["zj_craftsman_2023#三/(一)"]}


# (program, expected, competitions, awards, achievements, apprentices, note)
PROFILES = [
    # 首席技师
    (CT, "not_eligible", [comp("provincial", 4, 2019, "2019年浙江省维修电工职业技能竞赛", tier="一类")], [],
     ["一九年省里一类的维修电工大赛个人第四名，离前三就差那么一丢丢，回来车间主任还请我吃了顿饭",
      "绝招算不上，操作法没总结过，发明革新这些也没搞过", "徒弟没正经带过"], "无",
     "省级一类要前三名，第四名低一名；其余三项明说没有"),
    (CT, "not_eligible", [comp("municipal", 1, 2018, "2018年杭州市职业技能大赛电工项目", tier="二类")], [],
     ["一八年市里二类的电工比赛拿过第一，这个是我最拿得出手的了", "别的么绝招没有，技术革新谈不上，带徒也没带出比赛成绩来"],
     "带过两个，都没参加过比赛", "市级只列一类第一名，二类第一不在列；其余明说没有"),
    (CT, "not_eligible", [], [],
     ["二〇年公司内部技能比武拿了电工第一名，公司发了张奖状外加一千块钱", "市里省里的大赛没去比过，绝活、发明革新都没有，徒弟也没带"],
     "无", "公司内部比武不是条件(一)的国家、省、市级竞赛；其余明说没有"),
    (CT, "not_eligible", [comp(None, 1, 2017, "2017年萧山区职工技能比武（电工）")], [],
     ["一七年萧山区总工会搞的职工技能比武拿了第一", "这么多年绝招、先进操作法都说不上，大的技改都是设备科在弄的，带徒么没有"],
     "无", "区级比武第一不是市级一类第一名；其余明说没有"),
    (CT, "not_eligible", [], [award("municipal", "杭州市技术能手", 2016)],
     ["一六年评上过杭州市技术能手，厂里挂了大红花", "比赛名次、绝招、技术革新、带徒出成绩这几样我都没有"],
     "无", "杭州市技术能手不是条件(一)所列荣誉（市级的是杭州市杰出人才），也不在省级以上的“等”之列；其余明说没有"),
    (CT, "eligible", [comp("national", 6, 2019, "2019年全国行业职业技能竞赛维修电工赛项", tier="一类")], [],
     ["一九年全国一类的行业大赛个人第六名，压线进的前六，那次真是拼了老命"], "无", "国家一类前六名，第六名恰在界上 → (一)相符"),
    (CT, "needs_review", [comp("provincial", 2, 2020, "2020年浙江省职工职业技能大赛电工项目", kind="team", tier="一类")], [],
     ["二〇年省一类的职工技能大赛跟两个同事组队拿了团体第二名", "绝招、革新、带徒这几样没啥好说的"], "无",
     "省级一类前三名但为团体成绩，通知未区分个人与团体 → 由评审认定"),
    (CT, "not_eligible", [], [],
     ["本人比赛没拿过名次，绝招、技改都谈不上"], "带了三个徒弟，都成了车间骨干，最好的小吴二〇年杭州市一类电工竞赛拿了第四名，就差一名",
     "徒弟市级一类要前三名，第四名低一名；本人其余明说没有"),
    (CT, "eligible", [], [],
     ["自己比赛没啥成绩，主要心思都花在带徒弟上了"], "前后带了五个徒弟，现在都是班组长或骨干，小陈二〇年省一类维修电工大赛拿了第五名",
     "徒弟省级一类前六名且多人成为骨干 → (四)相符"),
    (CT, "not_eligible", [], [],
     ["一九年报名参加了全国一类的电工大赛，进了决赛，最后没拿到名次", "绝招绝技谈不上，也没搞出过啥发明，徒弟没带过"], "无",
     "进了决赛没有名次；其余明说没有"),
    (CT, "needs_review", [comp("provincial", 4, 2019, "2019年浙江省维修电工职业技能竞赛", tier="一类")], [],
     ["一九年省一类维修电工大赛第四名，可惜了", "自己琢磨出一套高压柜带电检测的操作法，全厂推广以后检修时间缩短了一半"], "无",
     "省一类第四名不够；自己总结的操作法对应(二)，由评审认定"),
    # 杭州工匠
    (C16, "not_eligible", [comp("provincial", 2, 2014, "2014年浙江省汽车维修职业技能大赛")], [],
     ["一四年省里的汽修大赛个人第二名，跟第一就差零点五分", "绝活说不上，操作法没总结过，技术上也没啥大的革新，修车也不是传统手艺"],
     "带过三个徒弟", "省技能大赛要第1名，第二名不够；其余明说没有"),
    (C16, "not_eligible", [comp("national", 4, 2013, "2013年全国汽车维修职业技能大赛")], [],
     ["一三年全国汽修大赛第四名，那次领队讲下回争取进前三", "除了这个比赛，绝活、革新这些都谈不上，干的也不是什么杭州特色的老手艺"],
     "无", "国家级要前3名，第四名低一名；其余明说没有"),
    (C16, "not_eligible", [comp("municipal", 2, 2015, "2015年杭州市职业技能大赛汽车维修工项目")], [],
     ["一五年市里的技能大赛汽修项目第二名，可惜了，差一口气", "其他的真没啥，绝活、先进操作法、重大革新都没有，做的也不是传统工艺"],
     "无", "市级要第1名，第二名不够；其余明说没有"),
    (C16, "not_eligible", [comp(None, 1, 2015, "2015年拱墅区职工技能大赛汽修项目")], [],
     ["一五年拱墅区职工技能大赛汽修第一名，区里给发了证书", "市里省里的比赛没参加过，绝活革新都没有，也不是搞传统手艺的"],
     "无", "区级第一名不是市级第1名；其余明说没有"),
    (C16, "eligible", [comp("municipal", 1, 2012, "2012年杭州市职业技能大赛汽车维修工项目")], [],
     ["一二年杭州市职业技能大赛汽修项目第一名，那年我三十八"], "带徒4人", "市级职业技能大赛第1名 → 第5项相符"),
    (C16, "not_eligible", [], [],
     ["一三年厂里评过一回技术革新一等奖，发了两千块奖金", "绝活谈不上，比赛没参加过，先进操作法也没总结过，做的不是传统手艺"],
     "无", "厂里的技术革新奖是厂内奖励，没有说出革新本身；比赛、绝活、操作法明说没有"),
    (C16, "not_eligible", [], [],
     ["我们班组一五年拿过杭州市工人先锋号，我是班里的老师傅", "个人比赛没名次，绝活、革新、操作法都说不上，不是传统工艺"],
     "无", "班组的集体荣誉不是本人业绩；其余明说没有"),
    (C16, "needs_review", [comp("provincial", 3, 2014, "2014年浙江省汽车维修职业技能大赛")], [],
     ["一四年省赛第三名，没进前一", "后来自己琢磨出一套发动机异响听诊的办法，四S店好几家都派人来学"], "无",
     "省赛第三名不够第4项；自己琢磨出的诊断办法可能对应第1项，由评审认定"),
    # 首届数字工匠
    (D23, "not_eligible", [], [award(None, "余杭区科学技术进步奖二等奖", 2021)],
     ["二一年拿过一个余杭区科学技术进步奖二等奖，我排第二", "标准化没参与过，技术革新攻关谈不上，国家级证书也没有，没带过选手"],
     "无", "区级科技奖不到市级；其余明说没有"),
    (D23, "not_eligible", [], [award(None, "公司科技进步奖一等奖", 2022)],
     ["二二年拿了公司的科技进步奖一等奖，奖金五千", "除了这个，别的真没啥，标准没参与，技术攻关也谈不上，证书就几个厂商初级认证，徒弟选手都没带过"],
     "无", "公司内部的科技进步奖不是市、省、国家级科学技术类奖项；其余明说没有"),
    (D23, "eligible", [], [award("municipal", "杭州市科学技术进步奖三等奖", 2021)],
     ["二一年参与的智慧水务项目拿了杭州市科学技术进步奖三等奖，我是第四完成人"], "无", "市级科学技术类奖项 → (三)相符"),
    (D23, "not_eligible", [], [],
     ["标准化建设没参与过，技术革新也说不上，证书、科技奖都没有"],
     "带新人小刘备赛，他二二年杭州市物联网安装调试员技能竞赛拿了第一名", "(四)要全国、省级及以上竞赛前五名，市级第一不在列；其余明说没有"),
    (D23, "not_eligible", [], [],
     ["没参与过标准制定，技术攻关谈不上，证书和科技奖也都没有"],
     "带过一个选手参加二二年浙江省物联网技能大赛，拿了第六名，就差一名进前五", "省赛第六名低一名；其余明说没有"),
    (D23, "eligible", [], [],
     ["我们这行主要是带选手比赛"], "二二年带的选手在全国物联网安装调试员职业技能竞赛拿了第五名", "培养选手全国竞赛前五名 → (四)相符"),
    (D23, "not_eligible", [], [award("municipal", "杭州市技术能手", 2020)],
     ["二〇年评上杭州市技术能手，这是我到现在最大的荣誉", "标准、攻关、证书、科技奖、带选手，这几样都没有"], "无",
     "技术能手不是科学技术类奖项，也不是(一)(二)(四)的业绩；其余明说没有"),
    # 第四届数字工匠
    (D26, "not_eligible", [], [award("municipal", "杭州市科学技术进步奖二等奖", 2024)],
     ["二四年参与的城市大脑交通项目拿了杭州市科学技术进步奖二等奖，我排第五", "标准化建设没参与过，技术革新、AI智能体都没搞过，也没有啥领先水平的证书"],
     "无", "(三)要省级及以上科学技术类奖项，市级低一级；其余明说没有"),
    (D26, "not_eligible", [comp("municipal", 2, 2025, "2025年杭州市数字经济行业职业技能竞赛（数据分析赛项）")], [],
     ["去年市里数字经济的技能竞赛数据分析赛项个人第二名，离第一就差两分", "标准、技改、智能体这些大事轮不到我，证书科技奖也没有"],
     "无", "个人第二名不能直接认定；(一)(二)(三)明说没有"),
    (D26, "not_eligible", [comp("provincial", 1, 2025, "2025年浙江省数字经济行业职业技能竞赛（大数据赛项）", kind="team")], [],
     ["去年跟两个同事组队参加省数字经济技能竞赛大数据赛项，拿了团体第一名", "标准没参与过，技术攻关、AI智能体也没搞过，证书和科技奖都没有"],
     "无", "直接认定要个人第一名，团体第一不是；其余明说没有"),
    (D26, "direct_recognition", [comp("provincial", 1, 2025, "2025年浙江省数字经济行业职业技能竞赛（大数据赛项）")], [],
     ["去年省数字经济行业技能竞赛大数据赛项拿了个人第一名", "平时负责公司数据中台的运维和开发"], "无",
     "2025年省数字经济行业竞赛个人第一名 → 直接认定"),
    (D26, "not_eligible", [], [],
     ["二三年拿过西湖区科技进步奖三等奖，项目是区里的智慧社区平台", "除了这个，标准、技术革新、AI智能体都没参与过，证书也没有"],
     "无", "区级科技奖不到省级；其余明说没有"),
    (D26, "eligible", [], [award("provincial", "浙江省科学技术进步奖三等奖", 2024)],
     ["二四年公司的工业互联网平台项目拿了浙江省科学技术进步奖三等奖，我是主要完成人之一"], "无", "省级科学技术类奖项 → (三)相符"),
    # 浙派工匠
    (ZJ, "not_eligible", [], [award("municipal", "绍兴市技术能手", 2019)],
     ["一九年评上绍兴市技术能手，厂里也年年评先进", "徒弟没正经带过，技改没搞过，操作法没总结过，成果转化、数字化改造更不沾边"],
     "无", "荣誉不是五项业绩；五项明说没有"),
    (ZJ, "not_eligible", [comp("provincial", 2, 2022, "2022年浙江省职工职业技能大赛工具钳工项目")], [],
     ["二二年省职工技能大赛钳工项目个人第二名，就差一点点", "带徒、技术革新、操作法、成果转化、数字化改造这五样都谈不上"],
     "无", "浙派工匠没有竞赛名次这一条；五项明说没有"),
    (ZJ, "not_eligible", [], [],
     ["二一年公司里评了个技术革新二等奖，奖了一千块", "徒弟没带过，先进操作法没总结过，成果转化、数字化改造都没参与，大的技改也谈不上"],
     "无", "公司内部的技术革新奖是厂内奖励，没有说出革新本身；其余明说没有"),
    (ZJ, "needs_review", [comp("provincial", 2, 2022, "2022年浙江省职工职业技能大赛工具钳工项目")], [],
     ["二二年省赛钳工第二名", "我总结的薄壁件装夹操作法在厂里推广，废品率从百分之六降到一以下"], "无",
     "名次不是浙派的条件；自己总结的操作法对应条件3，由评审认定"),
]

# (text, kinds) in the applicant's voice; [] for a record below the bar, a remark, an in-house award with no deed,
# a team's honour, an entry without result
ACHIEVEMENTS = [
    ("一九年省里一类的维修电工大赛个人第四名，离前三就差那么一丢丢", []),
    ("二〇年公司内部技能比武拿了电工第一名，公司发了张奖状外加一千块钱", []),
    ("一七年萧山区总工会搞的职工技能比武拿了第一", []),
    ("一六年评上过杭州市技术能手，厂里挂了大红花", []),
    ("一九年报名参加了全国一类的电工大赛，进了决赛，最后没拿到名次", []),
    ("一五年市里的技能大赛汽修项目第二名，可惜了，差一口气", []),
    ("一三年厂里评过一回技术革新一等奖，发了两千块奖金", []),
    ("我们班组一五年拿过杭州市工人先锋号，我是班里的老师傅", []),
    ("二一年拿过一个余杭区科学技术进步奖二等奖，我排第二", []),
    ("二二年拿了公司的科技进步奖一等奖，奖金五千", []),
    ("二〇年评上杭州市技术能手，这是我到现在最大的荣誉", []),
    ("去年市里数字经济的技能竞赛数据分析赛项个人第二名，离第一就差两分", []),
    ("去年跟两个同事组队参加省数字经济技能竞赛大数据赛项，拿了团体第一名", []),
    ("二三年拿过西湖区科技进步奖三等奖，项目是区里的智慧社区平台", []),
    ("二一年公司里评了个技术革新二等奖，奖了一千块", []),
    ("一八年车间评上了集团的先进集体，我是车间的老党员", []),
    ("入围过两次省技能大赛的决赛，都没拿到名次", []),
    ("公司每年搞技能比武，我拿过三回第一，都是厂里自己评的", []),
    ("去年集团内部的数据分析大赛拿了个优秀奖，发了个保温杯", []),
    ("参加过全国数控大赛，初赛就被刷下来了", []),
    ("区里的技术能手评过两回，市里的还没轮上", []),
    ("我们项目组的平台拿了集团的创新奖，项目是领导牵头的", []),
    ("一八年拿了个市赛三等奖，领导讲下回争取拿一等", []),
    ("比赛拿过省里的第五名，这个成绩我自己挺满意的", []),
    ("那年技能大赛拿了第二，只比第一少了零点几分，现在想想还是不甘心", []),
    # clear deeds beside a record: the deed speaks to its kind
    ("自己琢磨出一套高压柜带电检测的操作法，全厂推广以后检修时间缩短了一半", ["method"]),
    ("后来自己琢磨出一套发动机异响听诊的办法，四S店好几家都派人来学", ["method"]),
    ("我总结的薄壁件装夹操作法在厂里推广，废品率从百分之六降到一以下", ["method"]),
    ("主导把冲压线的送料机构改成伺服驱动，一年给厂里省了八十多万，这个项目还拿了厂里的技改奖", ["innovation"]),
    ("牵头编写的《工业互联网平台数据接入规范》去年作为团体标准发布了", ["standards"]),
    ("前后带了五个徒弟，现在都是班组长或骨干", ["training"]),
    ("带的选手二二年在全国物联网安装调试员职业技能竞赛拿了第五名", ["training"]),
    ("去年给客服部门从零搭了一个大模型问答智能体，接了八成的售前咨询", ["ai_agent"]),
    ("软考系统架构设计师高级证书二一年就拿到了", ["certificate"]),
    ("二四年参与的工业互联网平台项目拿了浙江省科学技术进步奖三等奖，我是主要完成人之一", ["certificate"]),
    ("做了三十年王星记的黑纸扇，扇面上的泥金工艺是我师父手把手传下来的，现在厂里就我还会", ["craft"]),
    ("把厂里十二台老机床加装了数据采集模块接进MES，车间成了市里的数字化改造样板", ["digital"]),
    ("我发明的焊缝自动跟踪装置申请了专利，后来授权给两家企业生产，一年卖出去三百多套", ["transfer", "innovation"]),
    ("车间里最难的精密刮研只有我能干，别人刮出来的平面度差一个数量级", ["knack"]),
    ("排查出困扰全厂三年的变频器干扰问题，改了接地方式以后再没出过停机", ["innovation"]),
    ("一八年评上了杭州市五一劳动奖章，靠的是那套数控刀具寿命管理方法，全市同行都来学", ["method"]),
    ("带的徒弟小王二〇年拿了省一类钳工大赛第三名，另外两个现在是车间技术骨干", ["training"]),
]

PROFILES_PATH = ROOT / "eval" / "probes" / "level15_profiles.jsonl"
ACHIEVEMENTS_PATH = ROOT / "eval" / "probes" / "level15_achievements.jsonl"




if __name__ == "__main__":
    assert len(PROFILES) >= 30 and len(ACHIEVEMENTS) >= 40, (len(PROFILES), len(ACHIEVEMENTS))
    write(profile_rows(PROFILES, BASE, WHY), prefix="pl15-", start=1, seed=2244, path=PROFILES_PATH, check=False, width=3)
    write_achievements(ACHIEVEMENTS, prefix="l15-", seed=2244, path=ACHIEVEMENTS_PATH, batch="l15")
