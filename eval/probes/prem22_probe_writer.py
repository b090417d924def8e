"""prem22 probe qp-2950…: yes/no questions whose premise is a value of a kind no reader compared with the notice —
how often something happens (每年/每月/按月/每届), how long a title holds (管三年, 终身有效, 有效期), who does a step
(谁审定, 谁批准, 谁签字), how many one body may put forward (每个区只能报一个). Three shapes:

- false: the notice states a value of the same kind and it differs ("每年还发一万块" against 每人奖励1万元 given once
  with the certificate; "每个区只能报一个" against 不超过 4 名; "省人力社保厅批准授予" against 省政府批准授予);
- silent: the notice states no value of that kind ("称号管三年吧", "首席技师每年都评吧", "杭州工匠每个区只能报一个吧"):
  the first sentence must say the notice does not say it, never "是的";
- controls: the same kinds said truly (每 5年评选一次, 一次性奖励20000元, 每年可参加疗休养, 本人签名) are answered.

Written 2026-12-07 from the five notices before any code change, by someone who had read the code (not blind).
All rows are dev (the brief of round twenty-two: these are tuned on). Run from the repo root:
python -m eval.probes.prem22_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "prem22 probe: "
FALSE = [  # (programme, message, gold clauses, key facts, answer type, shape)
    (ZJ, "浙派工匠评上是不是每年还发一万块", [f"{ZJ}#五"], ["每人奖励 1万元"], "money", "frequency of a one-off sum"),
    (ZJ, "突出贡献浙派工匠那1万块奖金是按月打到卡上的吧", [f"{ZJ}#五"], ["每人奖励 1万元"], "money",
     "frequency of a one-off sum"),
    (ZJ, "听说浙派工匠每人每年奖励1万元，是这样吧", [f"{ZJ}#五"], ["每人奖励 1万元"], "money",
     "frequency of a one-off sum"),
    (C16, "杭州工匠那两万块奖励是每年都有的吧", [f"{C16}#七"], ["一次性奖励20000元"], "money",
     "frequency of a one-off sum"),
    (C16, "首届杭州工匠评上了每个月有两万块拿对吧", [f"{C16}#七"], ["一次性奖励20000元"], "money",
     "frequency of a one-off sum"),
    (ZJ, "浙派工匠是每年评一次的吧，我明年再报也来得及", [f"{ZJ}#一"], ["每 5年评选一次"], "count",
     "frequency of the round"),
    (ZJ, "浙派工匠三年评一回，对吧", [f"{ZJ}#一"], ["每 5年评选一次"], "count", "frequency of the round"),
    (ZJ, "浙派工匠最后是省人力社保厅批准授予的吧", [f"{ZJ}#五"], ["省政府批准授予"], "place", "who approves"),
    (CT, "首席技师的推荐是市总工会负责的吧", [f"{CT}#三"], ["人力社保部门"], "place", "who recommends"),
    (C16, "首届杭州工匠的最终人选是市总工会自己定的吧", [f"{C16}#五"], ["领导小组讨论审定"], "place", "who decides"),
    (ZJ, "浙派工匠的专家评审是省总工会组织的吧", [f"{ZJ}#四/(四)"], ["省人力社保厅"], "place", "who reviews"),
    (D26, "第四届的推荐表，单位意见那栏得单位领导签字吧", [f"{D26}#附件"], ["盖章"], "procedure", "who signs"),
    (CT, "首席技师认定申报表上所在单位推荐意见要单位领导签字的吧", [f"{CT}#附件2"], ["盖章"], "procedure",
     "who signs"),
    (D26, "第四届每个区只能报一个吧", [f"{D26}#三/(一)"], ["不超过 4 名"], "count", "count per body"),
    (CT, "首席技师每个协会只能推一个人吧", [f"{CT}#四"], ["不超过 2 人"], "count", "count per body"),
    (D23, "首届数字工匠每个产业工会只能推一个吧", [f"{D23}#附件1/三/(一)", f"{D23}#三"], ["不超过5名"], "count",
     "count per body"),
    (ZJ, "浙派工匠一次评30个人，是吧", [f"{ZJ}#一"], ["突出贡献浙派工匠 50名"], "count", "count of the round"),
    (C16, "首届杭州工匠认定工作要到2017年底才弄完的吧", [f"{C16}#五"], ["2017年4月底前"], "date", "when it ends"),
    # a sum the notice gives none of: false, as qa-601 ("首届数字工匠评上的每人有一万块奖金") is labelled — the answer
    # says what the notice does give
    (D26, "第四届数字工匠评上每年发的奖金是五千吧", [f"{D26}#四"], ["创新培训营"], "money", "sum not stated"),
]
SILENT = [  # (programme, message, answer type, shape): the notice states no value of the asked kind
    (CT, "杭州市首席技师是每年都评一次的吧", "yes_no", "frequency not stated"),
    (C16, "杭州工匠是每两年评一次的吧", "yes_no", "frequency not stated"),
    (D26, "杭州数字工匠是每年评一届的吧", "yes_no", "frequency not stated"),
    (ZJ, "浙派工匠称号管三年吧，到期还要重新评？", "yes_no", "validity not stated"),
    (C16, "杭州工匠这个称号是终身有效的吧", "yes_no", "validity not stated"),
    (CT, "首席技师认定了有效期五年对吧", "yes_no", "validity not stated"),
    (D26, "第四届数字工匠称号两年后要复审的吧", "yes_no", "validity not stated"),
    (D23, "首届数字工匠的称号有效期是五年吧", "yes_no", "validity not stated"),
    (C16, "首届杭州工匠每个区只能报一个吧", "count", "count per body not stated"),
    (ZJ, "浙派工匠每个市只能推两个人吧", "count", "count per body not stated"),
    (CT, "首席技师评上以后每个月有补贴的吧", "money", "frequency of a sum not stated"),
]
TRUE = [  # (kind, programme, message, gold clauses, key facts, answer type, shape)
    ("fact", ZJ, "浙派工匠每人奖励1万元，对吧", [f"{ZJ}#五"], ["每人奖励 1万元"], "money", "true sum"),
    ("fact", C16, "杭州工匠是一次性奖励两万块吧", [f"{C16}#七"], ["一次性奖励20000元"], "money", "true one-off"),
    ("fact", D23, "首届数字工匠评上了每年都可以参加免费疗休养吧", [f"{D23}#附件1/四"], ["每年可参加"], "yes_no",
     "true frequency"),
    ("fact", ZJ, "浙派工匠评选结果公示不少于5个工作日是吧", [f"{ZJ}#四/(五)"], ["不少于 5个工作日"], "count",
     "true duration"),
    ("fact", D26, "第四届推荐表上本人承诺那里要本人签名吧", [f"{D26}#附件"], ["签名"], "procedure", "true who signs"),
    ("fact", CT, "首席技师各区人社部门推荐名额一般不超过4人对吧", [f"{CT}#四"], ["不超过 4 人"], "count",
     "true count per body"),
    ("fact", ZJ, "浙派工匠是由省政府批准授予的吧", [f"{ZJ}#五"], ["省政府批准授予"], "place", "true who approves"),
    ("fact", D26, "第四届滨江区可以推荐不超过6名对吧", [f"{D26}#三/(一)"], ["不超过 6 名"], "count",
     "true count per body"),
    ("fact", ZJ, "浙派工匠是5年评一次的吧", [f"{ZJ}#一"], ["每 5年评选一次"], "count", "true frequency"),
    ("fact", C16, "首届杭州工匠最终人选是领导小组审定的吧", [f"{C16}#五"], ["领导小组讨论审定"], "place",
     "true who decides"),
]
# Relabelled after the first run, before the code was changed for them: a sum said to recur where the notice states it
# with no word of how often is silent, as qa-336 ("浙派工匠的奖金每年都发吗？", unanswerable) has it; gold and key
# facts go with the kind (the brief: "when the notice states no such value, the first sentence says so").
SILENT_HERE = {"浙派工匠评上是不是每年还发一万块", "突出贡献浙派工匠那1万块奖金是按月打到卡上的吧", "听说浙派工匠每人每年奖励1万元，是这样吧"}
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + s.replace("frequency of a one-off sum", "frequency of a sum not stated"))
        if q in SILENT_HERE else
        dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False,
             answer_type=t, note=NOTE + s) for p, q, g, f, t, s in FALSE]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + s) for p, q, t, s in SILENT]
rows += [dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False, answer_type=t,
              note=NOTE + s) for k, p, q, g, f, t, s in TRUE]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2950, seed=2950, names=("dev", "dev"))
