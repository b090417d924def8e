"""attr18 probe qp-2450…2499: comparisons that must keep both sides, and premises asserting one attribute's value.

24 comparisons across programmes and editions (quota, deadline, who recommends, age, years, award, materials, who
decides, how often): each side must quote the sentence holding the compared attribute in its own notice (the quota,
not a form's row; the date, not a form date), and a side whose notice is silent says so; its key facts are the
stating sides' words. 19 false premises (a date, count, age, years, channel, organiser, level, order of steps)
must be answered "不对" first with the notice's words; 7 true ones state the notice's own value (the eval does not
check a true row's first line: the writer of the report counts those by hand).

Written from the five notices before any code change (by one who had read the code: not blind). Split by the shared
seeded shuffle of eval/probes/probe_rows.py (seed 2450): the first half dev (A, tuned on), the rest test (B, held out).
Run from the repo root: python -m eval.probes.attr18_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "attr18 probe (seed 2450): "
COMPARE = [  # (question, gold clauses, key facts, attribute compared; "silent: X" names a side the notice leaves open)
    ("我们区人社局想问下，首席技师和第四届数字工匠，每个区能往上推荐几个人，两边一样吗",
     [f"{CT}#四", f"{D26}#三/(一)"], ["不超过 4 人", "不超过 4 名"], "quota per district"),
    ("浙派工匠跟首届杭州工匠，各自一次评多少个人？哪个名额多一点",
     [f"{ZJ}#一", f"{C16}#二"], ["50名", "30名"], "total quota"),
    ("首届数字工匠和首席技师，报名材料最晚哪天要交上去，差了几个月",
     [f"{D23}#三", f"{D23}#一", f"{D23}#附件1/三/(一)", f"{CT}#五"], ["2023年3月31日", "7 月 15 日"], "deadline"),
    ("第四届数字工匠的推荐材料往哪个部门送？跟首届那次送的地方一样不一样",
     [f"{D26}#五", f"{D23}#三", f"{D23}#附件1/三/(一)"], ["市总工会经济工作部", "杭州市数字经济行业工会联合会"],
     "channel"),
    ("年龄卡不卡？首届杭州工匠跟浙派工匠各自年纪上限多少",
     [f"{C16}#三/(二)"], ["60周岁以下"], "age; silent: 浙派工匠"),
    ("浙派工匠和首席技师，对干本行的年头要求谁更高",
     [f"{ZJ}#三/(一)"], ["5年以上"], "years; silent: 首席技师"),
    ("评上以后发的钱，杭州工匠跟浙派工匠谁给得多",
     [f"{C16}#七", f"{ZJ}#五"], ["20000元", "1万元"], "award money"),
    ("两届数字工匠，对在杭州全职干了多久的要求前后一样吗",
     [f"{D23}#二", f"{D23}#附件1/二", f"{D26}#二"], ["2年以上", "1年以上"], "years in Hangzhou"),
    ("推荐这块，浙派工匠和首席技师分别是哪些单位负责的",
     [f"{ZJ}#四/(二)", f"{CT}#三"], ["各市人力社保部门、省直有关单位和中央部属在浙有关单位负责",
                                   "区、县(市)人力社保部门及市各主管部门、行业协会负责进行"], "who recommends"),
    ("产业工会能推几个？首届数字工匠和第四届分别是多少",
     [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D26}#三/(一)"], ["一般不超过5名", "推荐不超过 3 名"], "quota of 产业工会"),
    ("我们是行业协会，首席技师跟第四届数字工匠能推几个人",
     [f"{CT}#四"], ["各类协会推荐名额一般分别不超过 2 人"], "quota of 协会; silent: 第四届数字工匠"),
    ("浙派工匠和第四届数字工匠的公示要挂多少天",
     [f"{ZJ}#四/(五)"], ["不少于 5个工作日"], "publicity days; silent: 第四届数字工匠"),
    ("首席技师和首届数字工匠，推荐材料分别要交哪些表",
     [f"{CT}#三/(二)", f"{D23}#三"], ["《杭州市首席技师推荐申报人员汇总表》", "推荐表（附件2）和推荐信息汇总表（附件3）"],
     "materials"),
    ("最后名单谁说了算，第四届数字工匠和浙派工匠有什么区别",
     [f"{D26}#三/(二)/1/(3)", f"{ZJ}#四/(六)", f"{ZJ}#五"], ["联合审定", "省政府批准"], "who decides"),
    ("首届数字工匠和首届杭州工匠原计划各认定多少人",
     [f"{D23}#附件1/一", f"{C16}#二"], ["50名", "30名"], "total quota"),
    ("首席技师今年全市认定几个？第四届数字工匠一共认定几个",
     [f"{CT}#四"], ["20 名"], "total quota; silent: 第四届数字工匠"),
    ("首届杭州工匠和首届数字工匠，谁的申报截止时间早",
     [f"{C16}#四/(一)", f"{C16}#附件", f"{D23}#三", f"{D23}#一", f"{D23}#附件1/三/(一)"], ["2023年3月31日"],
     "deadline"),
    ("浙派工匠和首届杭州工匠，在本行干几年才能报",
     [f"{ZJ}#三/(一)", f"{C16}#三/(二)"], ["5年以上", "不少于10年"], "years"),
    ("首届数字工匠评上给什么，跟首届杭州工匠比少了啥",
     [f"{D23}#附件1/四", f"{C16}#七"], ["证书、奖牌、纪念品", "一次性奖励20000元"], "award"),
    ("浙派工匠和首席技师分别几年评一次",
     [f"{ZJ}#一"], ["每 5年评选一次"], "cycle; silent: 首席技师"),
    ("滨江区总工会在首届和第四届数字工匠里各能推几个人",
     [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D26}#三/(一)"], ["不超过30名", "不超过 6 名"], "quota of 滨江区"),
    ("首席技师和首届杭州工匠的初审分别由谁来做",
     [f"{C16}#五"], ["市总工会"], "who checks first; silent: 首席技师"),
    ("首席技师对职业资格等级有要求，首届杭州工匠有没有",
     [f"{CT}#二"], ["技师及以上"], "level; silent: 首届杭州工匠"),
    ("浙派工匠的奖金和第四届数字工匠的奖励比起来怎么样",
     [f"{ZJ}#五", f"{D26}#四"], ["1万元"], "award"),
]
FALSE = [  # (question, programme, gold, key facts, answer type)
    ("第四届数字工匠推荐表四月底之前交上去就行吧", D26, [f"{D26}#五"], ["4月10日前"], "date"),
    ("首席技师今年全市要认定三十个人，没错吧", CT, [f"{CT}#四"], ["20 名"], "count"),
    ("浙派工匠退了休返聘的老师傅也能推荐吧", ZJ, [f"{ZJ}#三"], ["退休人员不作为推荐对象"], "rule"),
    ("首届数字工匠每个区总工会一般推三到五个人，是这样吧", D23, [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["10-20名"],
     "count"),
    ("杭州工匠要求在杭州干满15年才可以，对不对", C16, [f"{C16}#三/(二)"], ["不少于10年"], "duration"),
    ("突出贡献浙派工匠每人奖两万块吧", ZJ, [f"{ZJ}#五"], ["1万元"], "money"),
    ("第四届数字工匠里40岁以下的至少要占一半吧", D26, [f"{D26}#二"], ["不低于 35%"], "ratio"),
    ("首席技师的推荐材料最后是交到市总工会的吧", CT, [f"{CT}#三/(二)"], ["报市人力社保局"], "place"),
    ("浙派工匠的专家评审是省总工会组织的吧", ZJ, [f"{ZJ}#四/(四)"], ["省人力社保厅"], "organiser"),
    ("首届杭州工匠先社会公示，公示完了再请专家评审，对吧", C16, [f"{C16}#五"], ["专家评审、社会公示"], "order"),
    ("首届数字工匠原计划认定100名吧", D23, [f"{D23}#附件1/一"], ["50名"], "count"),
    ("浙派工匠要在浙江全职干满三年才行吧", ZJ, [f"{ZJ}#三/(一)"], ["在浙全职工作 1年以上"], "duration"),
    ("首届数字工匠的推荐是从2023年1月开始的吧", D23, [f"{D23}#一", f"{D23}#附件1/三/(一)"], ["2022年12月"], "date"),
    ("第四届数字工匠的名单是市人社局一家审定的吧", D26, [f"{D26}#三/(二)/1/(3)"],
     ["市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定"], "organiser"),
    ("首届杭州工匠的宣传工作归市总工会管吧", C16, [f"{C16}#六"], ["市委宣传部"], "organiser"),
    ("浙派工匠名单最后是省人力社保厅批准的对吧", ZJ, [f"{ZJ}#四/(六)", f"{ZJ}#五"], ["省政府批准"], "organiser"),
    ("首席技师的行业协会一般能推4个人吧", CT, [f"{CT}#四"], ["不超过 2 人"], "count"),
    ("浙派工匠的评选办法是10月31号开始施行的吧", ZJ, [f"{ZJ}#七"], ["2023年 10月 1日"], "date"),
    ("第四届数字工匠滨江区总工会也只能推4个，跟别的区一样吧", D26, [f"{D26}#三/(一)"], ["不超过 6 名"], "count"),
]
TRUE = [
    ("首席技师报送截止是7月15号对吧", CT, [f"{CT}#五"], ["7 月 15 日"], "date"),
    ("浙派工匠每次评50名突出贡献浙派工匠，是吧", ZJ, [f"{ZJ}#一"], ["50名"], "count"),
    ("首届数字工匠推荐材料是发到数字经济行业工会联合会的吧", D23, [f"{D23}#三", f"{D23}#附件1/三/(一)"],
     ["杭州市数字经济行业工会联合会"], "place"),
    ("第四届里一线技能人才的认定比例不低于70%，没错吧", D26, [f"{D26}#二"], ["不低于 70%"], "ratio"),
    ("浙派工匠评审结果公示不少于5个工作日吧", ZJ, [f"{ZJ}#四/(五)"], ["不少于 5个工作日"], "duration"),
    ("首届杭州工匠的资格初审是市总工会做的吧", C16, [f"{C16}#五"], ["市总工会"], "organiser"),
    ("首届杭州工匠是先资格审核再专家评审的，对吧", C16, [f"{C16}#五"], ["资格审核、专家评审"], "order"),
]
rows = [dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=k, expect_refusal=False,
             answer_type="difference", note=NOTE + "comparison: " + a) for q, g, k, a in COMPARE]
rows += [dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE + f"false premise ({t}): the first line says 不对 with the notice's value")
         for q, p, g, k, t in FALSE]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE + f"true premise ({t}): the first line must not say 不对")
         for q, p, g, k, t in TRUE]
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=2450, seed=2450)
