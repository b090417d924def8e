"""Probe rows for review23 (written before the code changed; pairs split across A and B).

Run with: python eval/probes/review23_probe_writer.py
"""
import json


def chief(**kw):
    p = {"facts_as_of": "2021-07-15", "nationality": "中国", "employer_type": "private", "rehired": False, "union_member": True,
         "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical", "birth_date": "1968-05",
         "skill_level": "高级技师", "years_in_field": 30, "years_full_time_in_hangzhou": 30, "prior_titles": [], "awards": [],
         "occupation": "数控车工", "competition_results": [{"level": "provincial", "tier": "一类", "rank": 2, "year": 2019,
         "type": "individual", "field": "浙江省数控车工职业技能竞赛"}], "achievements": []}
    p.update(kw)
    return p

def craft(**kw):
    p = {"facts_as_of": "2016-09-30", "nationality": "中国", "employer_type": "private", "rehired": False, "union_member": True,
         "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical", "birth_date": "1962-03",
         "skill_level": "技师", "years_in_field": 32, "years_full_time_in_hangzhou": 32, "prior_titles": [], "awards": [],
         "occupation": "模具钳工", "competition_results": [{"level": "municipal", "rank": 1, "year": 2013, "type": "individual",
         "field": "杭州市职业技能大赛模具工"}], "achievements": []}
    p.update(kw)
    return p

def dig23(**kw):
    p = {"facts_as_of": "2022-12-20", "nationality": "中国", "employer_type": "private", "rehired": False, "union_member": True,
         "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical", "birth_date": "1985-06",
         "is_digital_economy": True, "years_in_field": 11, "years_full_time_in_hangzhou": 9, "skill_level": "none",
         "prior_titles": [], "competition_results": [], "occupation": "工业软件工程师",
         "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2020}], "achievements": []}
    p.update(kw)
    return p

def dig26(**kw):
    p = {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private", "rehired": False, "union_member": True,
         "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical", "birth_date": "1984-09",
         "is_digital_economy": True, "years_in_field": 13, "years_full_time_in_hangzhou": 10, "skill_level": "none",
         "prior_titles": [], "competition_results": [], "occupation": "数据库内核开发工程师",
         "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}], "achievements": []}
    p.update(kw)
    return p

def zj(**kw):
    p = {"nationality": "中国", "employer_type": "private", "rehired": False, "union_member": True,
         "employer_city": "绍兴", "employment": "full_time", "role_type": "frontline_technical", "birth_date": "1966-10",
         "skill_level": "高级技师", "years_in_field": 30, "years_full_time_in_zhejiang": 30, "prior_titles": [], "awards": [],
         "occupation": "电机装配工", "competition_results": [], "achievements": []}
    p.update(kw)
    return p

RET = {"employment": "retired", "rehired": True}
CH, HC, D3, D6, ZJ = ("hz_chief_technician_2021", "hz_craftsman_2016", "hz_digital_craftsman_2023",
                      "hz_digital_craftsman_2026", "zj_craftsman_2023")
rows = [
 (CH, chief(**RET, retired_on="2020-04", achievements=["二〇年四月到龄退的休 五月份厂里又把我请回来 还是开数控车床", "一九年省一类数控车赛个人第二名"]),
  "needs_review", ["hz_chief_technician_2021#一"], "退休返聘仍在一线：首席技师通知对退休返聘未作规定 → 通知未明确"),
 (CH, chief(achievements=["离退休还有六七年 天天在车床边上", "一九年省一类数控车赛个人第二名"]),
  "eligible", ["hz_chief_technician_2021#二/(一)"], "在职一线，提到退休只是还早 → 符合"),
 (CH, chief(rehired=True, employment="full_time", occupation="焊工", achievements=["退休以后签的返聘协议 一年一签 车间焊接还是我在干", "一九年省一类焊工赛个人第二名"]),
  "needs_review", ["hz_chief_technician_2021#一"], "人事填了全职，但返聘：通知未明确"),
 (CH, chief(occupation="焊工", achievements=["班组里有两个返聘回来的老师傅 我是跟他们学出来的", "一九年省一类焊工赛个人第二名"]),
  "eligible", ["hz_chief_technician_2021#二/(一)"], "返聘的是别人 → 符合"),
 (CH, chief(**RET, occupation="维修电工", competition_results=[], awards=[{"level": "national", "kind": "全国技术能手", "year": 2017}],
            achievements=["一九年退了又回厂干 厂里设备坏了还是我去修", "一七年评上全国技术能手"]),
  "needs_review", ["hz_chief_technician_2021#一"], "退了又回厂干：通知未明确"),
 (CH, chief(occupation="维修电工", competition_results=[], awards=[{"level": "national", "kind": "全国技术能手", "year": 2017}],
            achievements=["一直在厂里修设备", "一七年评上全国技术能手"]),
  "eligible", ["hz_chief_technician_2021#二/(一)"], "全国技术能手 在职 → 符合"),
 (HC, craft(**RET, retired_on="2012", birth_date="1957-02", achievements=["一二年退休 厂里回聘 一直在模具车间做钳工到现在", "一三年市技能大赛模具工第一名"]),
  "needs_review", ["hz_craftsman_2016#三/(二)"], "退休回聘仍在一线：杭州工匠通知未明确"),
 (HC, craft(achievements=["一直在模具车间做钳工", "一三年市技能大赛模具工第一名"]),
  "eligible", ["hz_craftsman_2016#三/(二)/5"], "清楚符合"),
 (HC, craft(rehired=True, employment="full_time", birth_date="1958-08", occupation="中式面点师",
            competition_results=[{"level": "municipal", "rank": 1, "year": 2014, "type": "individual", "field": "杭州市职业技能大赛中式面点"}],
            achievements=["一三年就到年纪退了 店里返聘回来继续做点心", "一四年市里面点比赛个人第一"]),
  "needs_review", ["hz_craftsman_2016#三/(二)"], "返聘：通知未明确"),
 (HC, craft(occupation="中式面点师", competition_results=[{"level": "municipal", "rank": 1, "year": 2014, "type": "individual", "field": "杭州市职业技能大赛中式面点"}],
            achievements=["师傅退休返聘了 面点间现在是我顶班", "一四年市里面点比赛个人第一"]),
  "eligible", ["hz_craftsman_2016#三/(二)/5"], "返聘的是师傅 → 符合"),
 (D3, dig23(**RET, birth_date="1961-03", years_in_field=20, achievements=["二一年退休 公司返聘我继续做工业软件", "二〇年浙江省科学技术进步奖二等奖第二完成人"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二"], "返聘：原则上在职职工 → 交评审"),
 (D3, dig23(achievements=["二〇年浙江省科学技术进步奖二等奖第二完成人"]),
  "eligible", ["hz_digital_craftsman_2023#附件1/二/(三)"], "清楚符合"),
 (D3, dig23(rehired=True, employment="full_time", birth_date="1961-09", years_in_field=18, occupation="数据库运维工程师",
            achievements=["退休后被原单位返聘 还在做数据库运维", "二〇年省科学技术进步奖二等奖主要完成人"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二"], "返聘：原则上在职职工 → 交评审"),
 (D3, dig23(occupation="数据库运维工程师", achievements=["二〇年省科学技术进步奖二等奖主要完成人", "组里有个返聘的老专家 我跟他学了不少"]),
  "eligible", ["hz_digital_craftsman_2023#附件1/二/(三)"], "返聘的是别人"),
 (D3, dig23(awards=[{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2022}],
            achievements=["二二年浙江省科学技术进步奖二等奖 主要完成人"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二/(三)"], "奖在计算日同年，不知月份 → 核实"),
 (D6, dig26(**RET, birth_date="1963-01", achievements=["二三年退的休 公司又返聘回来带数据库内核组 代码还是自己写", "二四年浙江省科学技术进步奖二等奖主要完成人"]),
  "needs_review", ["hz_digital_craftsman_2026#二"], "返聘：原则上在职职工 → 交评审"),
 (D6, dig26(achievements=["二四年浙江省科学技术进步奖二等奖主要完成人"]),
  "eligible", ["hz_digital_craftsman_2026#二/(三)"], "清楚符合"),
 (D6, dig26(rehired=True, employment="full_time", birth_date="1964-07", occupation="网络安全工程师",
            achievements=["前年退休 被单位回聘了 还在安全运营中心值守", "二四年省科学技术进步奖二等奖主要完成人"]),
  "needs_review", ["hz_digital_craftsman_2026#二"], "回聘：交评审"),
 (D6, dig26(occupation="网络安全工程师", achievements=["二四年省科学技术进步奖二等奖主要完成人", "我们中心有几个回聘的老同志 我带着他们排班"]),
  "eligible", ["hz_digital_craftsman_2026#二/(三)"], "回聘的是别人"),
 (ZJ, zj(**RET, achievements=["二二年退休 厂里返聘 还在装配线上带班"]),
  "not_eligible", ["zj_craftsman_2023#三"], "退休人员不作为推荐对象（含返聘）"),
 (ZJ, zj(achievements=["牵头改了转子装配工装 一次合格率从九成提到九成八"]),
  "needs_review", ["zj_craftsman_2023#三/(一)/2"], "在岗，业绩由专家评审"),
 (ZJ, zj(rehired=True, employment="full_time", achievements=["退了又回厂干 厂里的老设备离不开我", "带过十几个徒弟"]),
  "not_eligible", ["zj_craftsman_2023#三"], "退了又回厂干：退休人员不作为推荐对象"),
 (ZJ, zj(achievements=["车间里返聘的老师傅是我师傅", "带过十几个徒弟 现在三个是班长"]),
  "needs_review", ["zj_craftsman_2023#三/(一)/1"], "返聘的是师傅；带徒由专家评审"),
 (CH, chief(**RET, occupation="钳工", competition_results=[{"level": "national", "tier": "二类", "rank": 2, "year": 2018, "type": "individual", "field": "全国机械行业钳工职业技能竞赛"}],
            achievements=["一八年全国二类钳工赛个人第二", "二〇年退休 现在是返聘人员 在装配车间一线"]),
  "needs_review", ["hz_chief_technician_2021#一"], "返聘人员：通知未明确"),
 (CH, chief(occupation="钳工", competition_results=[{"level": "national", "tier": "二类", "rank": 2, "year": 2018, "type": "individual", "field": "全国机械行业钳工职业技能竞赛"}],
            achievements=["一八年全国二类钳工赛个人第二", "在装配车间一线"]),
  "eligible", ["hz_chief_technician_2021#二/(一)"], "全国二类第二 → 符合"),
 (HC, craft(**RET, birth_date="1959-11", occupation="丝绸印染工", competition_results=[{"level": "municipal", "rank": 1, "year": 2012, "type": "individual", "field": "杭州市职业技能大赛印染"}],
            achievements=["零九年退了休 又回厂里干调色 一直干到今天", "一二年市技能大赛印染第一名"]),
  "needs_review", ["hz_craftsman_2016#三/(二)"], "又回厂里干：通知未明确"),
]
with open("eval/probes/review23_profiles.jsonl", "w", encoding="utf-8") as fh:
    for i, (prog, prof, exp, why, note) in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"pf-rw{i:03d}", "split": "AB"[(i - 1) % 2 if i % 4 in (1, 2) else i % 2], "program": prog,
                             "as_of": "2026-11-21", "profile": prof, "expected": exp, "why": why, "note": note},
                            ensure_ascii=False) + "\n")

CH, HC, D3, D6, ZJ = ("hz_chief_technician_2021", "hz_craftsman_2016", "hz_digital_craftsman_2023",
                      "hz_digital_craftsman_2026", "zj_craftsman_2023")
rows = [
 (CH, "二一年那次杭州市首席技师 我二〇年到点退休 厂里马上返聘我回来 现在还在拱墅这家厂里开数控车床 高级技师 一九年浙江省一类数控车工竞赛个人第二名 浙江省首席技师没评过 能报吗", "needs_review", "退休返聘：通知未明确：hz_chief_technician_2021#一"),
 (CH, "二一年那次杭州市首席技师 我在拱墅一家厂里开数控车床 离退休还早 高级技师 一九年浙江省一类数控车工竞赛个人第二名 浙江省首席技师没评过 能报吗", "eligible", "在职一线：hz_chief_technician_2021#二/(一)"),
 (CH, "帮我爸问问 他五九年的 焊了一辈子 退了又回厂干 还在余杭那个钢构厂车间焊 高级技师 一八年评上过全国技术能手 浙江省首席技师没评过 二一年杭州首席技师他行不行", "needs_review", "退了又回厂干：hz_chief_technician_2021#一"),
 (CH, "帮我爸问问 他七一年的 在余杭那个钢构厂车间焊了二十多年 高级技师 一八年评上过全国技术能手 浙江省首席技师没评过 二一年杭州首席技师他行不行", "eligible", "全国技术能手：hz_chief_technician_2021#二/(一)"),
 (HC, "首届杭州工匠 我五八年生 中国人 会员 八〇年进杭州这家机床厂做钳工 一三年退休后被厂里回聘 一六年还在车间一线干 一四年杭州市职业技能大赛钳工个人第一名 能报吗", "needs_review", "退休回聘：hz_craftsman_2016#三/(二)"),
 (HC, "首届杭州工匠 我七〇年生 中国人 会员 九〇年进杭州这家机床厂做钳工 一六年还在车间一线干 一四年杭州市职业技能大赛钳工个人第一名 能报吗", "eligible", "hz_craftsman_2016#三/(二)/5"),
 (HC, "我妈六〇年的 在杭州一家织锦厂做了三十多年提花 中国人 会员 一五年退了休 厂里舍不得又请她回去 还在织机边上 一三年杭州市技能大赛织布工个人第一 一六年那届杭州工匠她能报吗", "needs_review", "退休后请回去：hz_craftsman_2016#三/(二)"),
 (HC, "我妈六五年的 在杭州一家织锦厂做了三十多年提花 中国人 会员 一直在织机边上 她师傅退休返聘了也还在厂里 一三年杭州市技能大赛织布工个人第一 一六年那届杭州工匠她能报吗", "eligible", "返聘的是师傅：hz_craftsman_2016#三/(二)/5"),
 (D3, "首届数字工匠 我六二年的 二二年退休后公司返聘 还在滨江做工业互联网平台开发 入行十五年 在杭州十二年 会员 二〇年浙江省科学技术进步奖二等奖主要完成人 没评过工匠", "needs_review", "返聘：原则上在职职工：hz_digital_craftsman_2023#附件1/二"),
 (D3, "首届数字工匠 我八六年的 在滨江做工业互联网平台开发 入行十一年 在杭州九年 会员 二〇年浙江省科学技术进步奖二等奖主要完成人 没评过工匠", "eligible", "hz_digital_craftsman_2023#附件1/二/(三)"),
 (D6, "第四届数字工匠 我退休了 被原来的公司回聘做数据治理 在杭州干了十二年 入行十五年 会员 二四年浙江省科学技术进步奖二等奖主要完成人 工匠都没评过 还能报吗", "needs_review", "回聘：原则上在职职工：hz_digital_craftsman_2026#二"),
 (D6, "第四届数字工匠 我在公司做数据治理 在杭州干了十二年 入行十五年 会员 二四年浙江省科学技术进步奖二等奖主要完成人 工匠都没评过 能报吗", "eligible", "hz_digital_craftsman_2026#二/(三)"),
 (ZJ, "浙派工匠 我六三年的 前年退了 厂里又把我返聘回去 还在绍兴这家电机厂装配线上 高级技师 带了十几个徒弟 能报吗", "not_eligible", "退休人员不作为推荐对象：zj_craftsman_2023#三"),
 (ZJ, "浙派工匠 我七三年的 在绍兴这家电机厂装配线上干了二十多年 高级技师 没退休 带了十几个徒弟 现在好几个是班长 能报吗", "needs_review", "带徒由专家评审：zj_craftsman_2023#三/(一)/1"),
 (CH, "二一年首席技师 我是滨江一家电子厂的返聘人员 退休前后都在产线上做设备调试 高级技师 一九年杭州市一类电子设备装接工竞赛个人第一名 浙江省首席技师没评过", "needs_review", "返聘人员：hz_chief_technician_2021#一"),
 (CH, "二一年首席技师 我是滨江一家电子厂的正式工 一直在产线上做设备调试 高级技师 一九年杭州市一类电子设备装接工竞赛个人第一名 浙江省首席技师没评过", "eligible", "市级一类第一：hz_chief_technician_2021#二/(一)"),
 (HC, "老的杭州工匠 我爸五七年生 中国人 会员 在杭州这家酱菜厂腌了四十年菜 一二年退休 退了以后又被请回去把关 一六年还天天在腌制车间 一一年杭州市职业技能大赛酱腌菜个人第一", "needs_review", "退休后被请回去：hz_craftsman_2016#三/(二)"),
 (HC, "老的杭州工匠 我爸六七年生 中国人 会员 在杭州这家酱菜厂腌了二十几年菜 一六年还天天在腌制车间 一一年杭州市职业技能大赛酱腌菜个人第一", "eligible", "hz_craftsman_2016#三/(二)/5"),
]
with open("eval/probes/review23_messages.jsonl", "w", encoding="utf-8") as fh:
    for i, (prog, q, exp, why) in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"el-rw{i:03d}", "split": "AB"[(i - 1) % 2 if i % 4 in (1, 2) else i % 2], "question": q,
                             "program": prog, "expect_verdicts": {prog: exp}, "why": why}, ensure_ascii=False) + "\n")


# Second class (written before its code): a science award told as the unit's, team's or project's, the applicant's
# own part not said as a completer; beside it, the same award told as the applicant's own.
def _award(year, kind="浙江省科学技术进步奖二等奖", level="provincial"):
    return [{"level": level, "kind": kind, "year": year}]


AWARD_ROWS = [
 (D3, dig23(awards=_award(2020), achievements=["我们公司二〇年获得浙江省科学技术进步奖二等奖", "我一直在平台组写代码"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二/(三)"], "公司获奖，本人是否完成人没说 → 评审认定"),
 (D3, dig23(awards=_award(2020), achievements=["二〇年浙江省科学技术进步奖二等奖 我是第三完成人"]),
  "eligible", ["hz_digital_craftsman_2023#附件1/二/(三)"], "本人完成人 → 符合"),
 (D3, dig23(awards=_award(2021, "杭州市科学技术进步奖一等奖", "municipal"), occupation="数据工程师",
            achievements=["部门的数据治理项目拿了杭州市科技进步奖一等奖 那时候我负责其中的数据清洗"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二/(三)"], "部门项目获奖，本人只负责一部分 → 评审认定"),
 (D3, dig23(awards=_award(2021, "杭州市科学技术进步奖一等奖", "municipal"), occupation="数据工程师",
            achievements=["二一年我主持的数据治理项目拿了杭州市科技进步奖一等奖"]),
  "eligible", ["hz_digital_craftsman_2023#附件1/二/(三)"], "本人主持 → 符合"),
 (D6, dig26(awards=_award(2024), achievements=["团队去年前年拿过浙江省科学技术进步奖二等奖", "我在里面做测试开发"]),
  "needs_review", ["hz_digital_craftsman_2026#二/(三)"], "团队获奖，本人做测试 → 评审认定"),
 (D6, dig26(awards=_award(2024), achievements=["二四年浙江省科学技术进步奖二等奖 获奖证书上有我名字 排第二"]),
  "eligible", ["hz_digital_craftsman_2026#二/(三)"], "证书上排第二 → 符合"),
 (D6, dig26(awards=_award(2023, "国家科学技术进步奖二等奖", "national"), occupation="芯片验证工程师",
            achievements=["所在研究院拿过国家科技进步奖二等奖 获奖名单里没有我"]),
  "needs_review", ["hz_digital_craftsman_2026#二/(三)"], "单位获奖、名单里没有本人 → 不是本人的奖，未说没有 → 评审"),
 (D6, dig26(awards=_award(2023, "国家科学技术进步奖二等奖", "national"), occupation="芯片验证工程师",
            achievements=["二三年国家科学技术进步奖二等奖 本人是主要完成人之一"]),
  "eligible", ["hz_digital_craftsman_2026#二/(三)"], "主要完成人 → 符合"),
]
with open("eval/probes/review23_profiles.jsonl", "a", encoding="utf-8") as fh:
    for i, (prog, prof, exp, why, note) in enumerate(AWARD_ROWS, 27):
        fh.write(json.dumps({"id": f"pf-rw{i:03d}", "split": "AB"[(i - 1) % 2 if i % 4 in (1, 2) else i % 2], "program": prog,
                             "as_of": "2026-11-21", "profile": prof, "expected": exp, "why": why, "note": note},
                            ensure_ascii=False) + "\n")

AWARD_MSGS = [
 (D6, "第四届数字工匠 我在滨江做推荐算法 入行九年 一直在杭州 会员 民企 工匠没评过 我们公司二四年拿了浙江省科学技术进步奖二等奖 能报吗", "needs_review", "公司获奖：hz_digital_craftsman_2026#二/(三)"),
 (D6, "第四届数字工匠 我在滨江做推荐算法 入行九年 一直在杭州 会员 民企 工匠没评过 二四年浙江省科学技术进步奖二等奖我是第二完成人 能报吗", "eligible", "本人完成人：hz_digital_craftsman_2026#二/(三)"),
 (D3, "首届数字工匠 我做工业互联网平台开发十年了 在杭州八年 会员 民企 工匠都没评过 项目组二〇年拿了浙江省科技进步奖三等奖 我负责前端页面", "needs_review", "项目组获奖，本人负责一部分：hz_digital_craftsman_2023#附件1/二/(三)"),
 (D3, "首届数字工匠 我做工业互联网平台开发十年了 在杭州八年 会员 民企 工匠都没评过 二〇年我牵头的平台项目拿了浙江省科技进步奖三等奖", "eligible", "本人牵头：hz_digital_craftsman_2023#附件1/二/(三)"),
 (D6, "问下第四届 做云计算运维的 在杭州干了七年 入行十年 会员 普通工程师 没评过工匠 单位前年获得过国家科学技术进步奖二等奖 不过获奖人里没有我", "needs_review", "单位获奖，名单里没有本人：hz_digital_craftsman_2026#二/(三)"),
 (D6, "问下第四届 做云计算运维的 在杭州干了七年 入行十年 会员 普通工程师 没评过工匠 前年获得过国家科学技术进步奖二等奖 我是第五完成人", "eligible", "本人完成人：hz_digital_craftsman_2026#二/(三)"),
]
with open("eval/probes/review23_messages.jsonl", "a", encoding="utf-8") as fh:
    for i, (prog, q, exp, why) in enumerate(AWARD_MSGS, 19):
        fh.write(json.dumps({"id": f"el-rw{i:03d}", "split": "AB"[(i - 1) % 2 if i % 4 in (1, 2) else i % 2], "question": q,
                             "program": prog, "expect_verdicts": {prog: exp}, "why": why}, ensure_ascii=False) + "\n")


# Third class (written before its code): a science award of a body the notice does not name (an enterprise's own
# prize named with its province, an industry federation's prize), beside the government award of the same level.
BODY_ROWS = [
 (D3, dig23(awards=_award(2021, "国网浙江省电力有限公司科学技术进步奖一等奖"), occupation="电力调度自动化工程师",
            achievements=["二一年国网浙江省电力有限公司科学技术进步奖一等奖 第一完成人"]),
  "needs_review", ["hz_digital_craftsman_2023#附件1/二/(三)"], "企业自己的科技奖（名称带省）：不是政府的科学技术类奖项；其余条件未说 → 交评审"),
 (D3, dig23(awards=_award(2021), occupation="电力调度自动化工程师",
            achievements=["二一年浙江省科学技术进步奖一等奖 第一完成人"]),
  "eligible", ["hz_digital_craftsman_2023#附件1/二/(三)"], "省政府科技奖 → 符合"),
 (D6, dig26(awards=_award(2024, "中国机械工业科学技术奖二等奖", "national"), occupation="工业软件架构师",
            achievements=["二四年中国机械工业科学技术奖二等奖 第二完成人"]),
  "needs_review", ["hz_digital_craftsman_2026#二/(三)"], "行业联合会的科技奖：是否算国家级科学技术类奖项通知未明确"),
 (D6, dig26(awards=_award(2024, "国家科学技术进步奖二等奖", "national"), occupation="工业软件架构师",
            achievements=["二四年国家科学技术进步奖二等奖 第二完成人"]),
  "eligible", ["hz_digital_craftsman_2026#二/(三)"], "国家科技奖 → 符合"),
]
with open("eval/probes/review23_profiles.jsonl", "a", encoding="utf-8") as fh:
    for i, (prog, prof, exp, why, note) in enumerate(BODY_ROWS, 35):
        fh.write(json.dumps({"id": f"pf-rw{i:03d}", "split": "AB"[(i - 1) % 2 if i % 4 in (1, 2) else i % 2], "program": prog,
                             "as_of": "2026-11-21", "profile": prof, "expected": exp, "why": why, "note": note},
                            ensure_ascii=False) + "\n")
