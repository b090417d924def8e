"""Probes of the one hard "no" told in the applicant's own words (round twenty-two, hard22): retirement said as
"到点退了" or "办了退休手续", a title already held told as being 认定为 it, no skill level said as a licence or as
"等级没考过", not in post because the works closed or moved away, and Hangzhou said only as the head office while
the asker works elsewhere. Written before the code was changed, by someone who had read the code (not blind); each
has a control that must not turn into a no (退伍, a title not won, a master's title, a new job). Labels from the
notices and docs/verdict-policy.md (as of ASSISTANT_TODAY=2026-11-21).

Run from the repo root: python -m eval.probes.nq_probe_writer  (rewrites nq_messages.jsonl and nq_dialogues.jsonl)."""

from eval.probes.probe_rows import ROOT, turns_closing, write_jsonl

HERE = ROOT / "eval" / "probes"
ZJ, CT, D26 = "zj_craftsman_2023", "hz_chief_technician_2021", "hz_digital_craftsman_2026"
RET, POST = "zj_craftsman_2023#三", "zj_craftsman_2023#三/(一)"

MESSAGES = [
    # retired, said in everyday words (浙派: 退休人员不作为推荐对象)
    (ZJ, "我爸前年到点退了 之前是车工高级技师 在杭州厂里干了三十多年 浙派能报吗", "not_eligible", f"前年退休：{RET}"),
    (ZJ, "浙派工匠 我在嘉兴一家化工厂当仪表维修工 高级技师 去年到龄退下来了", "not_eligible", f"去年退休：{RET}"),
    (ZJ, "浙派工匠 高级技师 钳工 在湖州 二四年就办了退休手续 现在偶尔去厂里帮忙", "not_eligible", f"2024年退休：{RET}"),
    (ZJ, "我老公去年年底光荣退休了 他是电工高级技师 在衢州电厂干了一辈子 浙派能不能报", "not_eligible", f"去年底退休：{RET}"),
    (ZJ, "浙派工匠 我零八年从部队退下来就进了宁波一家船厂当焊工 高级技师 焊工最高就是高级技师 一直在岗一线",
     "needs_review", f"退伍不是退休；在岗一线、高级技师，业绩由专家评审：{POST}"),
    # the title the notice excludes, told as being 认定为 it
    (CT, "首席技师能报吗 我是数控车工高级技师 在余杭一家机床厂一线 一九年省里认定我为浙江省首席技师了", "not_eligible",
     "已获浙江省首席技师：hz_chief_technician_2021#一"),
    (CT, "首席技师 我是维修电工高级技师 在萧山一家热电厂一线 一八年被认定为浙江省首席技师", "not_eligible",
     "已获浙江省首席技师：hz_chief_technician_2021#一"),
    (D26, "第四届数字工匠 我在滨江做工业软件开发九年 一直在杭州 二三年市里把我认定成杭州数字工匠了", "not_eligible",
     "已被认定为杭州数字工匠：hz_digital_craftsman_2026#二"),
    (D26, "第四届数字工匠 我在西湖区做物联网平台开发十年 厂里推我评过杭州工匠 二二年评上的", "not_eligible",
     "已获杭州工匠：hz_digital_craftsman_2026#二"),
    (CT, "首席技师 我是钳工技师 在临平一家厂一线 去年推荐我评浙江省首席技师 没评上", "needs_review",
     "没评上不是已获；条件之一未说：hz_chief_technician_2021#二"),
    (D26, "第四届数字工匠 我在拱墅做大数据开发七年 一直在杭州 我师傅是杭州工匠 我自己啥称号都没评过", "needs_review",
     "称号是师傅的；条件(一)到(三)未说：hz_digital_craftsman_2026#二"),
    # no skill level at all, said as a licence or as never taken
    (CT, "首席技师 我是电工 只有个特种作业操作证 没考过等级 在拱墅一家物业", "not_eligible",
     "没有职业资格等级：hz_chief_technician_2021#二"),
    (CT, "首席技师 我在余杭开叉车十几年 就一个叉车证 技能等级没考过", "not_eligible", "没有职业资格等级：hz_chief_technician_2021#二"),
    (ZJ, "浙派工匠 我是钳工 在金华干了二十年 等级一直没去考", "not_eligible", f"没有职业资格等级：{POST}"),
    (CT, "首席技师 我在上城做电梯维修十五年 持证是电梯作业人员证 职业技能等级证书我没有", "not_eligible",
     "没有职业资格等级：hz_chief_technician_2021#二"),
    (CT, "首席技师 我是焊工 技师证一八年考的 在钱塘一家造船厂一线", "needs_review", "技师、一线，条件之一未说：hz_chief_technician_2021#二"),
    # not in post: the works closed or moved away
    (ZJ, "浙派工匠 我在温州一家打火机厂做了十几年装配调试 高级技师 今年六月厂子搬到越南去了 我现在在家", "not_eligible",
     f"厂子搬走后在家，不是在岗人员：{POST}"),
    (ZJ, "浙派工匠 高级技师 模具钳工 在台州干了二十年 厂子年初倒闭了 现在闲在家里", "not_eligible", f"厂子倒闭后在家：{POST}"),
    (ZJ, "浙派工匠 我是焊工高级技师 在舟山船厂干了十五年 今年三月辞职了 还在歇着", "not_eligible", f"辞职后没工作：{POST}"),
    (ZJ, "浙派工匠 我是焊工高级技师 焊工最高就是高级技师 在舟山一家船厂干了十年 厂子倒闭了 上个月又进了舟山另一家船厂 还是一线焊工",
     "needs_review", f"又在岗一线，业绩由专家评审：{POST}"),
    # Hangzhou said only as the head office
    (D26, "第四届数字工匠 我在合肥做芯片设计 公司总部在杭州 但我一直在合肥办公", "not_eligible",
     "一直在合肥，没有在杭全职工作：hz_digital_craftsman_2026#二"),
]

DIALOGUES = [
    (ZJ, [("浙派工匠能报吗 我是车工高级技师 车工最高就是高级技师", None),
          ("在杭州一家机床厂干了三十年 不过去年到点就退了", None)], "not_eligible", f"去年退休：{RET}"),
    (CT, [("首席技师 我是维修电工高级技师 在萧山一家热电厂一线", None),
          ("对了 一八年省里已经把我认定为浙江省首席技师了", None)], "not_eligible", "已获浙江省首席技师：hz_chief_technician_2021#一"),
    (CT, [("首席技师想问问 我在拱墅一家物业做电工十几年 一线", None),
          ("没考过等级 就一个电工上岗证", "skill_level")], "not_eligible", "没有职业资格等级：hz_chief_technician_2021#二"),
    (ZJ, [("浙派工匠 我是高级技师 做模具的 在台州干了二十年", None),
          ("不过厂子年初倒闭了 现在闲在家里", None)], "not_eligible", f"厂子倒闭后在家：{POST}"),
    (D26, [("第四届数字工匠 我做芯片设计八年 公司在杭州", None),
           ("我人一直在合肥分部办公 没在杭州待过", None)], "not_eligible", "一直在合肥：hz_digital_craftsman_2026#二"),
    (ZJ, [("浙派工匠 我是焊工高级技师 焊工最高就是高级技师 在宁波一家船厂一线 十年了", None),
          ("退伍以后就进了这家厂 一直干到现在", None)], "needs_review", f"退伍不是退休，业绩由专家评审：{POST}"),
]


def main() -> None:
    write_jsonl(HERE / "nq_messages.jsonl", [
        {"id": f"el-nq{i:03d}", "question": q, "program": prog, "expect_verdicts": {prog: verdict}, "why": why,
         "split": "dev"} for i, (prog, q, verdict, why) in enumerate(MESSAGES, 1)])
    write_jsonl(HERE / "nq_dialogues.jsonl", [
        {"id": f"dlg-nq{i:03d}", "turns": turns_closing(said, {prog: verdict}), "final_verdicts": {prog: verdict},
         "why": why, "split": "dev"} for i, (prog, said, verdict, why) in enumerate(DIALOGUES, 1)])


if __name__ == "__main__":
    main()
