"""Writes tests/chat/data/fragments.jsonl: short conversation fragments written by the dialogue engineer before the chat
was run on them, split A (tune) / B (held out) with random.Random(2031). Run from the repository root."""
import json
import random

D, CT, ZJ, HZ = "hz_digital_craftsman_2026", "hz_chief_technician_2021", "zj_craftsman_2023", "hz_craftsman_2016"
N, R, E = "not_eligible", "needs_review", "eligible"
def t(user, answers=None, facts=None, verdicts=None):
    return {"user": user, "answers": answers, "expect_facts": facts or {}, "expect_verdicts": verdicts or {}}
F = [
 ("bare occupation to digital programme", [t("想问下第四届杭州数字工匠，我能不能报"), t("我在萧山一个汽配厂做钳工的", None, {"employer_city": "杭州", "is_digital_economy": False})], {D: N}),
 ("level said as not yet held", [t("首席技师我够不够格？我在余杭一家机械厂当数控车工，一直在一线"), t("高级工，技师还没考出来", "skill_level", {"skill_level": "高级工"})], {CT: N}),
 ("hedged union then year of arrival", [t("我是做大数据开发的，在滨江，数字工匠第四届能报吗"), t("工会会员是的，厂里自动入的", "union_member", {"union_member": True}), t("17年来的杭州，一直全职", "years_full_time_in_hangzhou")], {D: R}),
 ("level corrected down", [t("浙派工匠能报吗？我是宁波一家模具厂的高级技师，干了二十年模具，一线的"), t("哦不对，我记错了，我现在是技师，高级技师还没评下来", "skill_level", {"skill_level": "技师"})], {ZJ: R}),
 ("third person retired, switch", [t("我师傅去年退休了，原来在杭州锅炉厂当焊工，高级技师，他能报首席技师吗"), t("那浙派工匠呢", None, {"employment": "retired"})], {ZJ: N}),
 ("union asked back as a question", [t("数字工匠第四届，我在西湖区做网络安全运维7年了，一线"), t("我是工会会员吗？我也不清楚，厂里没说过", None, {"union_member": None})], {D: R}),
 ("hedged yes to union", [t("首席技师能报不？我在桐庐做制冷工，技师证有了，一线干活的"), t("工会应该算是吧，每年发东西", "union_member", {"union_member": True})], {CT: R}),
 ("year of arrival for years", [t("我想报第四届数字工匠，做电商平台的后端开发，一线写代码的"), t("2019年来的，一直在这边全职", "years_full_time_in_hangzhou")], {D: R}),
 ("eligible digital in four turns", [t("第四届数字工匠能报吗？我在滨江一家民企做算法工程师，干了八年，一直在杭州全职，普通员工"), t("工会会员是的", "union_member", {"union_member": True}), t("没拿过什么称号", "prior_titles", {"prior_titles": []}), t("去年牵头做了个质检的AI智能体，在产线上用起来了", "achievements")], {D: E}),
 ("workplace outside Hangzhou", [t("2021年首席技师那个，我是技师，数控铣工，一线"), t("单位在绍兴柯桥", "employer_city", {"employer_city": "绍兴"})], {CT: N}),
 ("now manages people", [t("首席技师我想试试，我在富阳造纸厂，高级技师"), t("现在是车间主任了，主要管排班管人，很少自己上机", "role_type", {"role_type": "management"})], {CT: N}),
 ("prior title with relative date", [t("第四届数字工匠，我做工业互联网平台运维的，在钱塘区，干了6年"), t("称号的话，前年评上过杭州工匠", "prior_titles", {"prior_titles": ["杭州工匠"]})], {D: N}),
 ("arrived in Zhejiang this year", [t("浙派工匠，我是高级技师，焊工，一直一线。之前一直在江苏干"), t("今年8月份才来的宁波", "years_full_time_in_zhejiang")], {ZJ: N}),
 ("workplace corrected", [t("数字工匠第四届能报吗，做云计算运维的，单位在嘉兴，干了7年"), t("不对不对，单位是在余杭的，我住嘉兴", "employer_city", {"employer_city": "杭州"})], {D: R}),
 ("switch keeps facts", [t("我是余杭一家电梯厂的维修电工，高级工，一线，在杭州干了12年。首席技师能报不"), t("那浙派工匠呢")], {CT: N, ZJ: R}),
 ("hedged no union, hard rule", [t("首届杭州工匠那时候我能报吗？我那会儿在西湖区做龙井炒茶"), t("好像没入过工会，没交过会费", "union_member", {"union_member": False})], {HZ: N}),
 ("foreign nationality", [t("杭州工匠2016年那届，我是做丝绸织造的，在临安"), t("国籍是日本的，在这边工作很多年了", "nationality")], {HZ: N}),
 ("level in grade numbers, asked as question", [t("首席技师，我在萧山做电工，一线"), t("我是技师吗？我证书上写的三级", "skill_level", {"skill_level": "高级工"})], {CT: N}),
 ("year and city for Zhejiang years", [t("浙派工匠，我做焊接的，高级技师，一线，在浙江干了好多年"), t("2003年从安徽过来的，一直在台州", "years_full_time_in_zhejiang", {"employer_city": "台州"})], {ZJ: R}),
 ("two facts in one reply", [t("数字工匠能报吗？第四届"), t("我是做数据标注和模型训练的，在杭州全职5年了", None, {"is_digital_economy": True, "years_full_time_in_hangzhou": 5})], {D: R}),
 ("Ningbo dialect level", [t("阿拉是宁波人，在杭州做汽修，首席技师好报伐"), t("高级工呀，技师么还没考", "skill_level", {"skill_level": "高级工"})], {CT: N}),
 ("typo and city corrected", [t("首席技式能报马，我是技师，在建德开行车的"), t("不是，单位在兰溪，建德是我老家", "employer_city")], {CT: N}),
 ("came after the reference date", [t("第四届杭州数字工匠，我在拱墅做智能制造系统集成，一线工程师"), t("今年五月份才从上海跳槽过来的", "years_full_time_in_hangzhou")], {D: N}),
 ("retired and rehired", [t("浙派工匠，我是高级技师，做紫砂的"), t("前年就退了，现在返聘回厂里带徒弟", "employment", {"rehired": True})], {ZJ: N}),
 ("titles denied in two clauses", [t("首席技师我想问问，我是高级技师，在杭州一家汽车厂做装调，一线"), t("浙江省首席技师没评过的，其它称号也没有", "prior_titles", {"prior_titles": []})], {CT: R}),
 ("third person came this year", [t("我老公在滨江做芯片测试的，第四届数字工匠他能报吗"), t("他今年七月份才从苏州过来的，之前都在苏州", "years_full_time_in_hangzhou")], {D: N}),
 ("two and a half years", [t("数字工匠第四届，我在萧山做工业软件测试"), t("在杭州两年半", "years_full_time_in_hangzhou", {"years_full_time_in_hangzhou": 2.5})], {D: R}),
 ("years corrected", [t("浙派工匠，我是高级技师，做电梯安装维保，一线，在浙江干了半年"), t("说错了，是在浙江干了十年半", "years_full_time_in_zhejiang", {"years_full_time_in_zhejiang": 10.5})], {ZJ: R}),
 ("bare 入了 to union", [t("首届杭州工匠那次我能报吗？我在杭州做厨师，特级，2005年开始一直在杭州"), t("入了的，单位工会", "union_member", {"union_member": True})], {HZ: R}),
 ("level unknown", [t("首席技师，我在余杭做模具，一线"), t("等级证书不太清楚，好像是厂里统一考的", None, {"skill_level": None})], {CT: R}),
 ("hedged front line", [t("第四届数字工匠，我在滨江做数据库运维"), t("一线技术岗应该是吧，天天值班处理故障", "role_type", {"role_type": "frontline_technical"})], {D: R}),
 ("achievements denied", [t("首席技师，我是技师，在下沙做光伏组件，一线"), t("没什么绝活，也没搞过技术革新，就是老老实实干活")], {CT: R}),
 ("front line asked as a question", [t("首席技师那个，我是余杭的电焊工，技师"), t("我算一线吗？天天在车间焊的", "role_type", {"role_type": "frontline_technical"})], {CT: R}),
 ("switch with workplace outside", [t("浙派工匠我能报吗，我在嘉兴做纺织机械维修，高级技师"), t("那首席技师呢？我单位就在嘉兴", None, {"employer_city": "嘉兴"})], {CT: N}),
 ("freelance", [t("第四届数字工匠，我在杭州做前端开发的，干了6年"), t("我是自己接单的，没单位", "employment", {"employment": "freelance"})], {D: R}),
 ("promoted to deputy director", [t("浙派工匠我够不够，我是高级技师，在湖州做电机"), t("去年提成副厂长了，现在主要管生产", "role_type", {"role_type": "management"})], {ZJ: N}),
 ("level reached after the round", [t("首席技师能报吗？我在桐庐做注塑，高级工"), t("哦对了，去年刚考出技师了，证书下来了", "skill_level", {"skill_level": "技师"})], {CT: N}),
 ("nationality bare", [t("首届杭州工匠，我是在杭州做木工的，二十多年了"), t("中国籍的，汉族", "nationality", {"nationality": "中国"})], {HZ: R}),
 ("edition switch", [t("首届杭州数字工匠我能报吗？做物联网的"), t("那今年第四届呢")], {D: R}),
 ("years across two cities", [t("数字工匠第四届，我做嵌入式开发的，在苏州干了4年"), t("后来来杭州又干了3年，现在在滨江", None, {"years_in_field": 7, "years_full_time_in_hangzhou": 3})], {D: R}),
 ("range of years", [t("浙派工匠，我在绍兴做黄酒酿造，高级技师，一线"), t("在浙江干了五年多吧", "years_full_time_in_zhejiang")], {ZJ: R}),
 ("union corrected to later", [t("首届杭州工匠，那时候在杭州做锡雕"), t("工会会员是的"), t("哦不对，那时候还没入，是2018年才入的")], {HZ: N}),
]
rows = []
for i, (why, turns, final) in enumerate(F, 1):
    rows.append({"id": f"frag-{i:02d}", "why": why, "turns": turns, "final_verdicts": final})
ids = [r["id"] for r in rows]
order = ids[:]
random.Random(2031).shuffle(order)
A = set(order[: len(order) // 2])
with open("tests/chat/data/fragments.jsonl", "w") as f:
    for r in rows:
        r = {"id": r["id"], "split": "A" if r["id"] in A else "B", **{k: v for k, v in r.items() if k != "id"}}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sorted(A))
