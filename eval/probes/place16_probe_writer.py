"""Round 16's place16 probes: placings and honours said the way applicants say them, against each programme's bar.

Single messages (el-pl…, ``place16_messages.jsonl``) and complete profiles (pf-pl…, ``place16_profiles.jsonl``) for
首届杭州工匠 三/(二)4·5 (世界、国家级前3名、省第1名；市级职业技能大赛第1名) and 2021年首席技师 二/(一) (荣誉、特殊津贴、
国家一类前六/二类前三、省级一类前三/二类第一、市级一类第一), with a few for 第四届数字工匠 一 (2025年以来个人第一名，直接认定).

Written from the notices before any code change (the writer had read the code, so not blind). About half meet the bar,
a third fall clearly below it with the rest denied, the rest are genuinely open (一等奖 for a band, a team placing, a
class that decides, an honour the list names with 等). Placings are said in many shapes: 头名/冠军/金牌/银牌/亚军, "第一
是我", the contest, its class and the rank in separate stretches with spaces ("…技能大赛 二类竞赛 …第二名"), a class
said after ("国家一类的"), years in words (二〇一九年, 一四年), a trainee's result, bodies below the city (区里、厂里).

The judging (from the notices and docs/verdict-policy.md, not from the code):
- a rank that meets every class the level lists needs no class (首席技师 国家级第二名, 省级第一名): met;
- a rank met by one class only and the class unsaid (市级第一名, 省级第二名, 国家级第五名): needs_review;
- a team placing at the bar: needs_review (通知未区分个人与团体); 一等奖 with several winners: needs_review;
- 浙江省技术能手 for 首席技师 (…等荣誉称号): needs_review; 杭州市技术能手: below the list;
- a district's, an employer's contest, a trainee's result, a placing after the round's date: not the applicant's listed
  placing; with everything else denied: not_eligible.

Split by random.Random(2261): the first half dev (A, tuned on), the rest test (B, held out).
Run from the repo root: python -m eval.probes.place16_probe_writer prints the rows, --write appends them once.
"""

from eval.probes.probe_rows import ROOT, write

D26, C16, CT = "hz_digital_craftsman_2026", "hz_craftsman_2016", "hz_chief_technician_2021"
WHY = {D26: "hz_digital_craftsman_2026#一", C16: "hz_craftsman_2016#三/(二)", CT: "hz_chief_technician_2021#二/(一)"}

# (program, expected, message, why)
MESSAGES = [
    # 杭州工匠: met
    (C16, "eligible", "首届杭州工匠想问下，我七六年生的，中国人，工会会员，九六年起就在杭州一家汽车厂做钣金，一直在车间一线。"
     "一四年杭州市职业技能大赛汽车钣金项目我拿了头名。那年够条件吗", "市级大赛头名=第1名，条件5"),
    (C16, "eligible", "老的杭州工匠那个 我八零年的 在杭州一家电梯厂装电梯 九九年进厂一直在现场装 会员 中国人 "
     "一五年杭州市电梯安装维修职业技能大赛 冠军是我 够格不", "市级大赛冠军，条件5"),
    (C16, "eligible", "我八五年的，一〇年才来杭州，在一家压力容器厂一线焊，中国人，会员。一二年全国职业技能大赛焊接项目拿了银牌。"
     "首届杭州工匠当年能报吗，在杭州不满十年", "国家级大赛银牌=第2名，条件4，不受工作年限限制"),
    (C16, "eligible", "2016年的杭州工匠：本人1982年生，中国国籍，工会会员，2011年来杭州做数控铣，一直在机床边上。"
     "2014年浙江省职业技能大赛，数控铣项目，第一名。在杭州才五年能不能报", "省技能大赛第1名，条件4，不受年限限制"),
    (C16, "eligible", "帮我爸问下首届杭州工匠 他六五年的 八五年进的杭州锅炉厂 一直在车间铆焊 会员 中国人 "
     "二〇一三年 杭州市职业技能大赛 铆工项目 第一 那时候够不够", "市级大赛第一，条件5"),
    (C16, "eligible", "我是杭州一家汽修厂的喷漆工，七九年生，九八年来杭州就一直干这行，天天在喷房里，中国人，会员。"
     "国赛我拿过季军，是二〇一五年全国汽车维修职业技能大赛的车身涂装。首届杭州工匠我当时能报吗", "国赛季军=第3名，条件4"),
    (C16, "eligible", "七三年的，九二年进杭州丝绸厂当织造挡车工，一直在车间，会员，中国人。在杭州市职业技能大赛上得过第一名，"
     "是2012年的。首届杭州工匠能报吗", "市级大赛第一名，年份在后，条件5"),
    (C16, "eligible", "我一一年世界技能大赛拿过一块铜牌，回国后一直在杭州一家模具厂做模具，〇八年进的厂，八七年生，中国人，"
     "会员，还在车间。2016年那届杭州工匠能报吗", "世界技能大赛铜牌=第3名，条件4"),
    # 杭州工匠: below the bar, the rest denied
    (C16, "not_eligible", "首届杭州工匠：七八年的，中国人，会员，九七年起在杭州一家机床厂做装配钳工，一直在一线。"
     "一四年省技能大赛拿了个亚军，除此之外没啥，绝活谈不上，革新也没有，不是传统手艺", "省赛亚军=第2名，条件4要第1名"),
    (C16, "not_eligible", "我在萧山一家轴承厂当磨工，九五年进厂，七五年生，中国人，会员，一直在车间。萧山区总工会的技能比武拿过第一，"
     "区里的。市里省里的比赛没参加过，绝活、革新也没有，不是传统工艺。首届杭州工匠我能报吗", "区级比武不是市级大赛"),
    (C16, "not_eligible", "厂里的技能比武我年年第一，别的就没了，没什么绝活，没搞过革新，也不是搞传统工艺的，外面的比赛从来没参加过。"
     "我七七年的，九六年在杭州进厂做电工，一直一线，中国人，会员。首届杭州工匠有戏吗", "厂内比武不是市级大赛"),
    (C16, "not_eligible", "一五年全国职业技能大赛数控车拿了第五名，其他没有了，绝活革新都谈不上，不是传统手艺。"
     "我八一年生，中国人，会员，二〇〇〇年起在杭州开数控车，一直在车间。首届杭州工匠呢", "国家级第5名，条件4要前3名"),
    (C16, "not_eligible", "首届杭州工匠。我做中式烹调，七四年的，九三年就在杭州饭店掌勺，中国人，会员，一直在灶台。"
     "二〇一三年杭州市职业技能大赛中式烹调第三名，这个是我最好的成绩了，别的奖、绝活、革新都没有，跟传统工艺也不沾边",
     "市级大赛第三名，条件5要第1名"),
    (C16, "not_eligible", "我自己没参加过比赛，徒弟倒是一五年拿了杭州市职业技能大赛的第一名。我七〇年生，九〇年进杭州一家汽配厂"
     "做车工，一直在车间，中国人，会员。绝活、革新都没有，不是传统工艺。首届杭州工匠我能报吗", "徒弟的名次不是本人的"),
    (C16, "not_eligible", "七二年的，九一年起在杭州一家钢构厂焊接，一直一线，会员，中国人。一八年杭州市职业技能大赛焊工第一名，"
     "一六年以前没拿过名次，也没有绝活、革新，不是传统手艺。首届杭州工匠那时候能报吗", "2018年的第一名在2016年之后"),
    # 杭州工匠: open
    (C16, "needs_review", "首届杭州工匠，我七五年的，中国人，会员，九四年起在杭州做木工，一直在一线。一三年市里的木工比赛拿了一等奖，"
     "一等奖有三个人。别的绝活革新没有，也不是传统工艺。能报吗", "一等奖几人并列，是否第1名不明"),
    (C16, "needs_review", "我们三个人一个队，一四年杭州市职业技能大赛拿了团体第一名。我七九年的，中国人，会员，"
     "九九年在杭州进厂做电工一直一线，绝活革新都没有，不是传统工艺。首届杭州工匠能报吗", "团体第一，通知未区分个人与团体"),
    (C16, "needs_review", "八〇年的，九九年来杭州一家电子厂做调试，一直在线上，中国人，会员。省里的比赛拿过名次，具体第几记不清了，"
     "证书找不到了。首届杭州工匠那年能报不", "省赛名次不明"),
    (C16, "needs_review", "首届杭州工匠：七一年生，中国人，会员，九〇年在杭州一家纺机厂做装配，一直一线。"
     "一四年浙江省职业技能大赛装配钳工第一名，是团体赛，我们厂三个人组队。其他的没有", "省赛团体第一，个人还是团体由评审"),
    # 首席技师: met
    (CT, "eligible", "2021年首席技师：我在杭州一家机床厂开数控车，高级技师，一直在车间一线，省首席没评过。"
     "二〇一九年全国一类的数控技能竞赛拿了第五名。能报吗", "国家一类前六名"),
    (CT, "eligible", "我是余杭一家化工厂的化工总控工，技师证一七年拿的，天天在控制室一线。二〇一九年全国化工行业职业技能竞赛，"
     "国家二类的，我拿了季军。浙江省首席技师没评过。21年首席技师够不够", "国家二类季军=前三名"),
    (CT, "eligible", "21年的杭州市首席技师 我在萧山一家电机厂做维修电工 高级技师 一直一线 二〇二〇年浙江省一类职业技能大赛 "
     "维修电工 亚军 省首席没评过", "省级一类亚军=前三名"),
    (CT, "eligible", "问下首席技师 我在临平一家纺机厂做装配钳工 技师 一直在车间 二〇二〇年 浙江省 二类技能竞赛 装配钳工 第一名 "
     "省首席没评过", "省级二类第一名"),
    (CT, "eligible", "我是杭州一家公交公司的汽车维修工，高级技师，一直在修理车间。二〇年杭州市一类技能竞赛汽修项目拿了头名。"
     "浙江省首席技师没有评过。首席技师2021年那次能报吗", "市级一类头名=第一名"),
    (CT, "eligible", "杭州一家水务公司的管道工，技师，天天在管网一线抢修。一九年评上了全国技术能手。省首席没评过。"
     "21年杭州首席技师我符合吗", "全国技术能手，列明的荣誉"),
    (CT, "eligible", "我在滨江一家光学厂磨镜片，高级技师，一直在车间一线，二〇一八年起享受国务院特殊津贴，"
     "浙江省首席技师没评过。首席技师21年那次我能报吗", "国务院特殊津贴"),
    (CT, "eligible", "首席技师（2021）：杭州一家钢厂的炉前工，高级技师，一线。2018年全国职业技能大赛炼钢项目第二名，"
     "几类竞赛我不清楚。省首席没评过", "国家级第二名，一类、二类都在列，不需问类别"),
    (CT, "eligible", "21年首席技师 我在富阳一家造纸厂 造纸工技师 一直在纸机上 一九年浙江省造纸工技能竞赛拿了第一 "
     "一类二类记不得了 省首席没有", "省级第一名，一类前三、二类第一都在列"),
    (CT, "eligible", "我是杭州一家剧院的灯光师，技师，每场演出都在灯控台上，二〇一九年被评为杭州市杰出人才。"
     "省首席没评过。2021年杭州市首席技师能报吗", "杭州市杰出人才，列明的荣誉"),
    # 首席技师: below the bar, the rest denied
    (CT, "not_eligible", "首席技师21年：我在杭州一家电缆厂做电工，技师，一线。二〇年杭州市二类技能竞赛电工项目第一名，"
     "就这个了，绝活、操作法、技术革新都没有，徒弟也没比过赛。省首席没评过", "市级只列一类第一名"),
    (CT, "not_eligible", "我在余杭一家汽配厂开数控车，高级技师，一直一线，省首席没评过。一九年浙江省一类数控技能竞赛第四名，"
     "差一名进前三。别的没啥，没绝活、没革新，带的徒弟没参加过比赛。21年首席技师能报吗", "省级一类要前三名"),
    (CT, "not_eligible", "2021年首席技师：地铁车辆检修工，高级技师，在杭州地铁车辆段一线。一八年评的杭州市技术能手，市里的。"
     "比赛名次没有，绝招、操作法、革新都没有，徒弟没比过赛。省首席没有", "杭州市技术能手不在所列荣誉"),
    (CT, "not_eligible", "我是杭州一家热电厂的锅炉运行值班员 技师 一直一线 一九年全国电力行业技能竞赛 国家二类 拿了第五 "
     "其他绝活 革新 带徒成绩都没有 省首席没评过 21年的首席技师能报吗", "国家二类要前三名"),
    (CT, "not_eligible", "我在拱墅一家印刷厂当印刷机长，技师，天天在机台上。区里的技能比武拿过第一，拱墅区总工会办的。"
     "市里省里的比赛没参加过，绝活、革新都没有，徒弟也没比赛。省首席没评过。21年首席技师能报吗", "区级比武不在所列"),
    (CT, "not_eligible", "21年那次杭州市首席技师：我在萧山一家阀门厂做焊工，高级技师，一直一线。二〇二二年浙江省一类焊工技能竞赛"
     "拿了第一，那之前没拿过名次，绝活革新都没有，徒弟没比过赛，省首席没评过", "2022年的名次在2021年之后"),
    # 首席技师: open
    (CT, "needs_review", "首席技师21年：我在杭州一家电梯公司做维保，技师，一直一线，省首席没评过。二〇年杭州市电梯维修技能竞赛"
     "拿了第一名，不知道是一类还是二类", "市级第一名：一类在列、二类不在，类别决定"),
    (CT, "needs_review", "我在钱塘一家汽车厂做焊装，高级技师，一直一线，省首席没评过。一九年浙江省一类技能竞赛拿了团体第二名，"
     "我们厂三个人一个队。21年首席技师能报吗", "团体名次，通知未区分个人与团体"),
    (CT, "needs_review", "杭州一家制药厂的设备维修工，技师，一线，一九年评上了浙江省技术能手，省首席没评过。"
     "21年杭州市首席技师能报吗", "浙江省技术能手是否相当于所列荣誉由评审认定"),
    (CT, "needs_review", "2021年首席技师：我是建德一家水泥厂的电工，技师，一线，省首席没评过。"
     "二〇一九年全国建材行业职业技能竞赛第五名，几类的没说", "国家级第五名：一类前六在列、二类前三不在，类别决定"),
    # 第四届数字工匠 一: direct recognition
    (D26, "direct_recognition", "我在杭州一家民营物联网公司做嵌入式开发，九一年的，干了九年，2018年来杭州一直全职，工会会员，"
     "一线技术岗，啥称号都没评过。去年杭州市数字经济行业职业技能竞赛物联网赛项，个人头名。第四届数字工匠能直接认定吗",
     "2025年市级数字经济竞赛个人头名"),
    (D26, "direct_recognition", "第四届杭州数字工匠：滨江一家民营软件公司的测试开发，八九年生，做这行十年，一直在杭州全职，工会会员，"
     "技术岗，没评过任何称号。二〇二五年 浙江省数字经济行业职业技能竞赛 软件测试赛项 个人第一", "2025年省级个人第一"),
]


def comp(level, rank, year, field, kind="individual", tier=None):
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": kind, "field": field}


def award(level, kind, year):
    return {"level": level, "kind": kind, "year": year}


COMMON = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
          "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private"}
BASE = {
    C16: {**COMMON, "facts_as_of": "2016-09-30", "birth_date": "1975-04", "occupation": "装配钳工",
          "years_in_field": 18, "years_full_time_in_hangzhou": 18, "years_full_time_in_zhejiang": 18,
          "skill_level": "高级技师"},
    CT: {**COMMON, "facts_as_of": "2021-07-15", "birth_date": "1978-09", "occupation": "维修电工",
         "years_in_field": 19, "years_full_time_in_hangzhou": 16, "years_full_time_in_zhejiang": 16,
         "skill_level": "高级技师"},
}

# (program, expected, competitions, awards, achievements, apprentices, note)
PROFILES = [
    (C16, "eligible", [comp("municipal", 1, 2013, "2013年杭州市职业技能大赛（装配钳工）", kind=None)], [],
     ["一三年杭州市职业技能大赛装配钳工项目个人第一名", "平时在总装线上装配精密主轴"], "", "市级第1名，文字说个人"),
    (C16, "eligible", [comp("national", 2, 2014, "2014年全国机械行业职业技能竞赛（装配钳工）")], [],
     ["二〇一四年全国机械行业职业技能竞赛装配钳工个人亚军"], "", "国家级第2名"),
    (C16, "not_eligible", [comp("provincial", 3, 2015, "2015年浙江省职业技能大赛（装配钳工）")], [],
     ["一五年省技能大赛装配钳工拿了季军，就差两名", "除了这个没有别的，绝活没有，革新也没有，不是传统工艺"], "",
     "省赛第3名，条件4要第1名"),
    (C16, "not_eligible", [comp(None, 1, 2014, "2014年余杭区职工技能比武（装配钳工）")], [],
     ["一四年余杭区总工会职工技能比武第一名，区里的", "市里省里的比赛没参加过", "绝活、技术革新都没有，不是搞传统手艺的"], "",
     "区级比武不是市级大赛"),
    (C16, "not_eligible", [comp("municipal", 2, 2012, "2012年杭州市职业技能大赛（装配钳工）")], [],
     ["一二年杭州市职业技能大赛第二名，跟第一名就差零点五分，可惜了", "绝活革新这些我是真没有，也不做传统工艺"], "",
     "市级第2名，条件5要第1名"),
    (C16, "needs_review", [comp("municipal", 1, 2013, "2013年杭州市职业技能大赛（装配钳工）", kind="team")], [],
     ["一三年杭州市职业技能大赛我们厂三人组队拿了团体第一名", "别的没有了"], "", "团体第一"),
    (C16, "needs_review", [], [award("municipal", "杭州市职业技能大赛装配钳工项目一等奖", 2014)],
     ["一四年杭州市职业技能大赛装配钳工项目一等奖，一等奖评了好几个", "绝活革新没有，不是传统工艺"], "",
     "一等奖几人，是否第1名不明"),
    (C16, "eligible", [comp("provincial", 1, 2015, "2015年浙江省职业技能大赛（装配钳工）")], [],
     ["二〇一五年浙江省职业技能大赛装配钳工第一名"], "", "省赛第1名，不受年限", ),
    (CT, "eligible", [comp("provincial", 2, 2019, "2019年浙江省职业技能大赛（维修电工）")], [],
     ["二〇一九年浙江省职业技能大赛维修电工个人第二名，是省一类竞赛", "平时负责全厂配电和产线电气维修"], "",
     "省级第2名，文字说一类"),
    (CT, "eligible", [comp("national", 3, 2018, "2018年全国电力行业职业技能竞赛（维修电工）")], [],
     ["一八年全国电力行业职业技能竞赛维修电工第三名"], "", "国家级第3名，一类、二类都在列"),
    (CT, "eligible", [], [award("national", "全国技术能手", 2019)], ["二〇一九年评上全国技术能手"], "", "全国技术能手"),
    (CT, "not_eligible", [comp("municipal", 2, 2020, "2020年杭州市职业技能竞赛（维修电工）", tier="一类")], [],
     ["二〇年杭州市一类技能竞赛维修电工第二名，裁判说就差一点", "除了比赛别的没什么好写的"], "", "市级一类要第一名"),
    (CT, "not_eligible", [comp("provincial", 4, 2019, "2019年浙江省职业技能大赛（维修电工）")], [],
     ["一九年省里维修电工大赛第四名，这是我最拿得出手的", "绝招、发明、技术革新都没有，徒弟也没参加过比赛"], "",
     "省级第4名，一类也只到前三"),
    (CT, "not_eligible", [], [award("municipal", "杭州市技术能手", 2018)],
     ["一八年评上杭州市技术能手", "竞赛名次、绝招、革新都没有，带的徒弟没比过赛"], "", "杭州市技术能手不在所列"),
    (CT, "needs_review", [comp("municipal", 1, 2020, "2020年杭州市职业技能竞赛（维修电工）")], [],
     ["二〇年杭州市维修电工技能竞赛第一名，几类的不清楚", "别的没有"], "", "市级第一名，类别决定"),
    (CT, "needs_review", [], [award("provincial", "浙江省技术能手", 2019)],
     ["一九年评上浙江省技术能手", "其他绝招革新都没有，徒弟没比过赛"], "", "浙江省技术能手是否相当由评审"),
]

MESSAGES_PATH = ROOT / "eval" / "probes" / "place16_messages.jsonl"
PROFILES_PATH = ROOT / "eval" / "probes" / "place16_profiles.jsonl"


def message_rows() -> list[dict]:
    return [{"question": q, "program": program, "expect_verdicts": {program: expected},
             "why": f"{why}：{WHY[program]}"} for program, expected, q, why in MESSAGES]


def profile_rows() -> list[dict]:
    rows = []
    for program, expected, comps, awards, achievements, apprentices, note in PROFILES:
        profile = dict(BASE[program], competition_results=comps, awards=awards, achievements=achievements,
                       trained_apprentices=apprentices)
        rows.append({"program": program, "as_of": "2026-11-21", "profile": profile, "expected": expected,
                     "why": [WHY[program]], "note": note})
    return rows


if __name__ == "__main__":
    assert 40 <= len(MESSAGES) + len(PROFILES) <= 60, (len(MESSAGES), len(PROFILES))
    write(message_rows(), prefix="el-pl", start=1, seed=2261, path=MESSAGES_PATH, check=False, width=3)
    write(profile_rows(), prefix="pf-pl", start=1, seed=2261, path=PROFILES_PATH, check=False, width=3)
