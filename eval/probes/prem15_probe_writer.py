"""prem15 probe qp-1990…2019: premises said the way applicants say them, to be corrected (or confirmed) first.

19 false premises and 11 true ones. The premise is asserted as hearsay ("听说…", "我们主任讲…"), as the asker's plan
("我们区打算7月底前报"), in dialect ("是不是要…伐"), buried mid-message among the asker's own case, or as one of two
asks ("…对吧？另外…"). The asserted value is a condition the notice does not set (党员, 本科, 户口, 职称, 年龄上限,
工会会员 carried from another programme), an age, a count, a span of years, a level, a date, a channel or a body. The
true ones state what the notice says (工会会员, 60周岁以下, 1年以上, 5年评一次, 技师及以上 …) and must be confirmed,
never answered with 不对.

Written from the five notices before any code change, not from what the code answers. Split by random.Random(2242):
the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.prem15_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 ("我们车间主任讲第四届数字工匠得是党员才好推，我入党申请书还没交上去，是不是要先入了党再说伐？",
  D26, "yes_no", [f"{D26}#二"], ["自觉拥护党的路线方针政策"]),
 ("浙派工匠听说要本科学历打底的，我中专毕业，数控干了二十年了，那学历这块我就过不去了吧",
  ZJ, "yes_no", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["高级技师以上职业资格"]),
 ("我是安徽过来的，在萧山厂里做焊工九年了，技师证也有。首席技师是不是还要有杭州户口的伐？",
  CT, "yes_no", [f"{CT}#二", f"{CT}#一"], ["技师及以上国家职业资格证书"]),
 ("杭州工匠那次还要看职称的吧，我只有高级工证书，没评过工程师，估计是没戏的，领导还叫我报",
  C16, "yes_no", [f"{C16}#四"], ["不唯职称"]),
 ("2021年那次首席技师，我们区人社局当时打算7月底之前把材料报到市里，应该不算晚吧？我在整理旧档案",
  CT, "date", [f"{CT}#五"], ["7 月 15 日"]),
 ("听人家讲第四届数字工匠年轻人那块是35岁以下才算，我今年37，那倾斜肯定轮不到我了吧，有点郁闷",
  D26, "count", [f"{D26}#二"], ["40 周岁以下"]),
 ("杭州工匠年纪是不是卡在55岁？我师傅今年57了，手艺全厂第一，他自己说年纪超了报不了，可惜的",
  C16, "count", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"]),
 ("浙派工匠要在浙江干满3年才能报是伐，我从江西过来两年半，还差半年，急死了",
  ZJ, "count", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["在浙全职工作 1年以上"]),
 ("首届数字工匠那回，在杭州全职满1年就能报了吧？我同事当时刚来一年多就报了，想问问他那样合不合规",
  D23, "count", [f"{D23}#二", f"{D23}#附件1/二"], ["在杭全职工作2年以上"]),
 ("第四届数字工匠的材料也是发邮箱的吧，就是首届用的那个163邮箱，我们区准备这周就打包发过去",
  D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("杭州工匠一届评50个对吧？另外申报表要交几份，我好去打印",
  C16, "count", [f"{C16}#二"], ["30名"]),
 ("首席技师那年全市认定30个是伐？我们区里最多能推几个人？",
  CT, "count", [f"{CT}#四"], ["20 名"]),
 ("第四届数字工匠推荐表4月底之前交就行吧？交到哪个部门去？我们街道刚听说这个事",
  D26, "date", [f"{D26}#五"], ["4月10日前"]),
 ("我去年刚拿的技师证，首席技师要高级技师证才能报的吧，那我还得再等几年",
  CT, "yes_no", [f"{CT}#二"], ["技师及以上国家职业资格证书"]),
 ("第四届数字工匠最后名单是市人社局一家拍板的吧，我们想先去人社局那边问问情况",
  D26, "place", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定"]),
 ("首届杭州工匠那年，我们开发区总工会准备国庆过后再把材料统一报到市总工会，也来得及的吧",
  C16, "date", [f"{C16}#四/(一)", f"{C16}#四"], ["9月底前"]),
 ("首席技师也得是工会会员吧，跟杭州工匠一个规矩？我们是民营小厂，没有工会的",
  CT, "yes_no", [f"{CT}#二"], ["技师及以上国家职业资格证书"]),
 ("浙派工匠要60岁以下吧，跟杭州工匠一样的？我们厂最厉害的钳工老师傅今年58",
  ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("现在搞数字化的都要学历，第四届数字工匠应该要本科以上的吧？我大专，做工业互联网平台运维六年了",
  D26, "yes_no", [f"{D26}#二"], ["从事数字经济行业工作一般在5年以上"]),
]
T = [  # true premises: the answer confirms, it must not say 不对
 ("听说第四届数字工匠要是工会会员才能推，我们厂工会刚成立，我上个月才入的会，那应该没问题了吧",
  D26, "yes_no", [f"{D26}#二"], ["工会会员"]),
 ("杭州工匠那次是要60周岁以下的吧？我师傅那年59，差点就错过了",
  C16, "count", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"]),
 ("第四届数字工匠在杭全职干满1年就行了吧，我前年从上海跳槽过来的，算下来够的",
  D26, "count", [f"{D26}#二"], ["在杭全职工作1年以上"]),
 ("浙派工匠是5年评一次的吧？我们领导讲这次错过了又要等好几年",
  ZJ, "count", [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("首席技师有技师证就可以报了，不一定非要高级技师，对吧？我技师拿了四年了",
  CT, "yes_no", [f"{CT}#二"], ["技师及以上国家职业资格证书"]),
 ("我们是市里的一个产业工会，第四届数字工匠最多推3个，对伐？名额蛮紧的",
  D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 3 名"]),
 ("杭州工匠不看学历的，对吧？我就初中毕业，木雕做了二十多年",
  C16, "yes_no", [f"{C16}#四"], ["不唯学历"]),
 ("浙派工匠退休的人就不能推了吧？我们厂有个老师傅上个月刚办的退休",
  ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("第四届数字工匠是交到市总工会经济工作部的吧？截止是哪天？",
  D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("杭州工匠要有中国国籍的伐？我们厂有个新加坡籍的老师傅，手艺是真的好",
  C16, "yes_no", [f"{C16}#三/(一)", f"{C16}#三"], ["具有中国国籍"]),
 ("第四届数字工匠年龄和年限都是算到2026年3月31号的吧？我想算算自己够不够",
  D26, "date", [f"{D26}#二"], ["2026 年 3 月 31 日"]),
]
rows = []
for q, p, t, g, k in F:
    rows.append(dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="prem15 probe (seed 2242): a false premise said as hearsay, a plan, in dialect, "
                                         "mid-message or beside another ask; the first line corrects it"))
for q, p, t, g, k in T:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="prem15 probe (seed 2242): a true premise; the answer confirms, it must not say 不对"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=1990, seed=2242)
