"""qcase11 probe qp-1830…1869: 30 false premises and 10 true ones, written the way the blind writers write: the asker's
context around the ask, the premise mid-message and attributed ("我们领导说…", "听说…", "群里都在传…"), near misses of
what the notice says (the value another body, another edition or another item has), dialect, relative dates.

About counts (名额, 年限, 年龄, 名次, 份数, 公示天数, 字数), channels and places (邮箱/纸质/网上, 交到哪个部门), who
recommends, approves or reviews, what is required (a level, a union card), the order of steps, the cycle and the
reference day. The true ones ("…对吧" the notice confirms) must be confirmed, not answered with 不对.

Written from the five notices before any code change, not from what the code answers. Split by random.Random(2203):
the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.qcase11_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 ("我们是西湖区总工会的，领导开会讲第四届数字工匠我们区跟别的区一样只能推4个，名额太紧了，要不要内部再筛一轮？",
  D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 6 名"]),
 ("我今年四十二，群里都在传第四届数字工匠45周岁以下都算青年人才，那我应该还能算进青年那块吧，主要事迹我已经写好了",
  D26, "count", [f"{D26}#二"], ["40 周岁以下"]),
 ("第四届数字工匠年龄听说是按4月10号交材料那天算的，我是86年4月底生的，到那天还没满40，那就稳了吧？",
  D26, "date", [f"{D26}#二"], ["2026 年 3 月 31 日"]),
 ("我们公司HR讲第四届数字工匠这次是数据局牵头，推荐表要送到市数据局去，对伐？我们在余杭跑一趟蛮远的",
  D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("我是市里一个产业工会的，新来的，同事说第四届数字工匠我们产业工会可以推5个人，我先按5个准备了啊",
  D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 3 名"]),
 ("我们单位小，没成立工会，小伙子自然也不是会员。第四届数字工匠不是工会会员照样能推的吧，反正是看技术的",
  D26, "yes_no", [f"{D26}#二"], ["工会会员"]),
 ("第四届数字工匠那个专家评审团，听说清一色都是大学和研究院的数字领域专家，没有主管部门的人，是吧？",
  D26, "yes_no", [f"{D26}#三/(二)/1/(2)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["行业主管部门"]),
 ("我们区里打算第四届数字工匠先把名单公示出来听听大家意见，公示完再请专家评审，流程上应该是这样先后的吧",
  D26, "procedure", [f"{D26}#三/(二)", f"{D26}#三"], ["公示"]),
 ("首届数字工匠那次，我记得推荐材料要打印出来盖好章送到市总工会，电子版不收的，对伐？我在整理档案想核对下",
  D23, "place", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["电子版", "szjjtu@vip.163.com"]),
 ("首届数字工匠那回我们滨江区总工会是不是跟其他区一样，最多也只能推20个？当时我还没到岗，领导让我查一下",
  D23, "count", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["不超过30名"]),
 ("首届数字工匠当时好像干数字经济满三年就行了吧，我们部门小王那会儿才干了三年多也报了，不晓得算不算违规",
  D23, "count", [f"{D23}#二", f"{D23}#附件1/二"], ["5年以上"]),
 ("首届数字工匠提名奖听说一共给了20个，我们单位有个同事拿了提名奖，那下次还能不能再评？",
  D23, "count", [f"{D23}#附件1/一", f"{D23}#附件1"], ["提名奖10名"]),
 ("首届数字工匠的流程，我印象是专家评完先拿出去社会公示，最后领导小组再审定，是这个顺序吧",
  D23, "procedure", [f"{D23}#三"], ["专家评审、领导小组审定、社会公示"]),
 ("我们车间主任讲杭州工匠全市一届要认定一百个，机会大得很，叫我报报看。我在杭州做钳工十二年了，希望蛮大的吧",
  C16, "count", [f"{C16}#二"], ["30名"]),
 ("杭州工匠个人自荐的话，是不是把材料发到市总工会的邮箱就行？我网上翻了半天也没找到邮箱地址，急死了",
  C16, "place", [f"{C16}#四/(四)", f"{C16}#四"], ["职工技术协作网"]),
 ("我在市里一个行业协会上班，杭州工匠听说只能单位推，我们协会是没资格推人的，对不对？会员里有几个老师傅手艺真好",
  C16, "yes_no", [f"{C16}#四/(二)", f"{C16}#四"], ["行业协会等社会团体可申报推荐"]),
 ("我们开发区总工会还在收杭州工匠的材料，领导说10月底前报到市总工会就来得及，应该没问题吧",
  C16, "date", [f"{C16}#四/(一)", f"{C16}#四"], ["9月底前"]),
 ("杭州工匠的流程我理解是领导小组先审定人选，然后专家评审把关，最后再公示，对吧？我们要给单位里讲一讲",
  C16, "procedure", [f"{C16}#五"], ["资格审核、专家评审、社会公示、领导小组审定"]),
 ("杭州工匠的申报表我就填了一份，听说交一份就够了，电子档另外发，没错吧",
  C16, "count", [f"{C16}#附件"], ["一式两份"]),
 ("我是前年拿的省级一类技能竞赛第五名，首席技师那个竞赛条件里，省一类比赛前六名就够拔尖水平了，是吧",
  CT, "count", [f"{CT}#二/(一)", f"{CT}#二"], ["省级一类技能竞赛前三名"]),
 ("首席技师的材料我们区人社局打算直接发邮件到那个qq邮箱就算报送了，纸质的就不寄了，这样可以吧？",
  CT, "materials", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"]),
 ("我们厂工会主席讲首席技师是市总工会评的，叫我们去找区总工会报名，是这样的吧？我怕找错门",
  CT, "place", [f"{CT}#三"], ["人力社保部门"]),
 ("首席技师汇总表的荣誉情况那栏，我看好多人写了五六百字，应该不限字数的吧，我想写详细点",
  CT, "count", [f"{CT}#附件1"], ["300字以内"]),
 ("听人家讲首席技师的佐证材料原件交上去就不退了，我那些获奖证书都是原件，心疼死了，真的拿不回来了吧？",
  CT, "yes_no", [f"{CT}#三/(一)", f"{CT}#三"], ["将原件退回"]),
 ("浙派工匠群里都在传是三年评一回，上一回是2023年，那明年又可以报了吧？我今年差一点点",
  ZJ, "count", [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("浙派工匠省里最后那个公示，听说只挂3个工作日，一眨眼就过了，是不是？",
  ZJ, "count", [f"{ZJ}#四/(五)", f"{ZJ}#四"], ["不少于 5个工作日"]),
 ("浙派工匠最后是省总工会批准授予的吧，奖金也是工会发？我们单位工会让我问问",
  ZJ, "place", [f"{ZJ}#五"], ["省政府批准授予"]),
 ("我焊工干了三年多，师傅说浙派工匠本工种满三年就可以报了，高级技师证我也有，应该够了吧",
  ZJ, "count", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["5年以上"]),
 ("浙派工匠只要有技师证就能报了吧？我们领导说等级不卡那么死的，我技师拿了好几年了",
  ZJ, "yes_no", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["高级技师以上职业资格"]),
 ("浙派工匠单位里面不用公示的吧，领导班子定了直接报上去就好，我们厂从来不搞公示",
  ZJ, "yes_no", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)", f"{ZJ}#四"], ["脱密公示"]),
]
T = [  # true premises: the answer confirms, it must not say 不对
 ("我们是滨江区总工会的，第四届数字工匠我们区能推6个，对吧？比一般的区多两个，领导让我再确认下",
  D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 6 名"]),
 ("第四届数字工匠的推荐表要在4月10日前报到市总工会经济工作部，对吧？我们区里准备下周就送",
  D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("我拿过全国技能大赛第二名，来杭州才六年，听说杭州工匠这种情况在杭年限就不卡了，是吧",
  C16, "yes_no", [f"{C16}#三/(二)/4", f"{C16}#三/(二)", f"{C16}#三"], ["不受工作年限的限制"]),
 ("首席技师那年全市总共就认定20个，名额很紧的对吧？我们区里好几个人想报",
  CT, "count", [f"{CT}#四"], ["20 名"]),
 ("浙派工匠的评审专家是省人社厅从专家库里随机抽的，对吧？我们单位担心有人去打招呼",
  ZJ, "procedure", [f"{ZJ}#四/(四)", f"{ZJ}#四"], ["随机抽取产生评审专家"]),
 ("浙派工匠省里公示也是不少于5个工作日的吧，跟单位里公示一样长？",
  ZJ, "count", [f"{ZJ}#四/(五)", f"{ZJ}#四"], ["不少于 5个工作日"]),
 ("首届数字工匠那次推荐材料是发电子版到那个163的邮箱的吧？我翻到一封旧邮件想确认下",
  D23, "place", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["szjjtu@vip.163.com"]),
 ("杭州工匠个人也可以在市总工会职工技术协作网上自荐报名，对吧？我没单位推荐",
  C16, "place", [f"{C16}#四/(四)", f"{C16}#四"], ["职工技术协作网"]),
 ("首席技师的佐证材料原件上级部门校验完会退回来的吧？我想放心交上去",
  CT, "yes_no", [f"{CT}#三/(一)", f"{CT}#三"], ["将原件退回"]),
 ("浙派工匠公示的时候，外单位的人也可以提异议的，对吧？我们隔壁厂有人说要提",
  ZJ, "yes_no", [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["任何组织和个人均可提出异议"]),
]
rows = []
for q, p, t, g, k in F:
    rows.append(dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qcase11 probe (seed 2203): a false premise said mid-message with context; "
                                         "the first line corrects it, citing the clause that sets the value"))
for q, p, t, g, k in T:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qcase11 probe (seed 2203): a true premise; the answer confirms, it must not say 不对"))
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=1830, seed=2203)
