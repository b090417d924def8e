"""Probes of the 2021 杭州市首席技师 told in applicants' words (round twenty-three, chief23): written before the code
was changed, by someone who had read the code (not blind). Deeds told as stories across turns, a 班组长 who still
works the line, rehired after retiring, a level said as a certificate's grade or a pay grade, honours said loosely,
and profiles whose achievements leave merit to the experts. Labels from the notice (杭人社发〔2021〕69号 一、二) and
docs/verdict-policy.md, as of ASSISTANT_TODAY=2026-11-21; every row is dev.

Run from the repo root: python -m eval.probes.sz_probe_writer  (writes sz_messages.jsonl, sz_dialogues.jsonl and
sz_profiles.jsonl beside it)."""

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
CH = "hz_chief_technician_2021"

MESSAGES = [
    ("我在滨江一家电梯公司做维保 技师证 干了十二年 前年评了个市里的青年岗位能手 二一年的首席技师我能报吗",
     "needs_review", "市级青年岗位能手不在二/(一)所列荣誉中，其余条件之一未说：hz_chief_technician_2021#二/(一)"),
    ("我是余杭一家民企数控车间的班组长 手下八个人 但我自己每天也上机床干活 高级技师 一九年省里一类数控车比赛拿了第二名 "
     "浙江省首席技师没评过 二一年首席技师够吗", "eligible", "班组长自己也干活仍是一线；省一类第二名：hz_chief_technician_2021#二/(一)"),
    ("我拿的是二级的职业技能等级证书 在萧山一家汽配厂当钳工 一直在装配线上 一八年评上全国技术能手 省首席技师没评过 首席技师能报吗",
     "eligible", "二级证即技师；全国技术能手：hz_chief_technician_2021#二、二/(一)"),
    ("我在临平的纺织机械厂修设备 厂里工资是按技师那档给我发的 但证书其实只有高级工 一九年省一类机修比赛第三 能报二一年的首席技师吗",
     "not_eligible", "证书为高级工，工资档不是证书：hz_chief_technician_2021#二"),
    ("我在下沙开数控铣 高级技师 一直在一线 一九年拿过一个市里的技术能手 别的啥都没有 比赛名次 绝活 技术革新 带徒弟都没有 省首席没评过 "
     "首席技师够吗", "not_eligible", "杭州市技术能手不在二/(一)之列，其余明说没有：hz_chief_technician_2021#二/(一)"),
    ("我是富阳一家造纸厂的电工 技师 一直在车间 一八年省里的电工比赛拿了个二等奖 省首席没评过 二一年首席技师够吗",
     "needs_review", "二等奖不是名次，竞赛类别也未说：hz_chief_technician_2021#二/(一)"),
    ("我是杭州一家汽车厂的焊工 高级技师 在线上干了二十年 前几年车身焊点老是虚焊 我琢磨出一套焊枪角度加预热的办法 虚焊率从百分之三降到千分之一 "
     "厂里其他几条线都照着用了 荣誉比赛都没有 省首席没评过 首席技师我够吗",
     "needs_review", "操作法、革新对应二/(二)(三)，是否先进、有重大效益由评审：hz_chief_technician_2021#二/(二)"),
    ("我二零年到龄退的休 厂里又把我返聘回来 还在车间修注塑机 高级技师 一九年评上全国技术能手 省首席没评过 二一年首席技师能报吗",
     "needs_review", "退休返聘：通知未明确：hz_chief_technician_2021#一"),
    ("我是高级技师 在萧山的轴承厂磨床上干了三十年 一七年评过全国技术能手 二三年退的休 现在厂里返聘还在干 省首席技师没评过 "
     "二一年那届我当时够不够", "eligible", "2021年时在职一线；全国技术能手：hz_chief_technician_2021#二/(一)"),
    ("我一九年就已经是浙江省首席技师了 在西湖区一家机床厂 高级技师 还能评杭州市的首席技师吗",
     "not_eligible", "已获浙江省首席技师不得申报：hz_chief_technician_2021#一"),
    ("我以前是车工 现在当车间主任 基本不上手了 主要排生产计划 高级技师 全国技术能手 首席技师能报吗",
     "not_eligible", "不在生产第一线：hz_chief_technician_2021#二"),
    ("我带过五个徒弟 现在都是厂里的骨干 其中小李二零年在杭州市一类钳工比赛拿了第二名 我是技师 一直在装配线上 省首席没评过 首席技师够吗",
     "eligible", "徒弟多人骨干、市一类第二名：hz_chief_technician_2021#二/(四)"),
    ("我在宁波一家模具厂 高级技师 天天在一线 一八年全国技术能手 杭州市首席技师能报吗",
     "not_eligible", "单位不在杭州：hz_chief_technician_2021#一"),
    ("技师 在桐庐一家电机厂绕线 一直在线上 奖啊比赛啊都跟我不沾边 也没搞过啥发明 徒弟倒带过两个 没去比过赛 省首席没评过 首席技师有戏吗",
     "needs_review", "只否定了点到的几类，二/(二)绝招、操作法没说：hz_chief_technician_2021#二/(二)"),
    ("我是自由职业的木雕师 在杭州自己接活 技师 一八年省一类木雕比赛拿了第一名 省首席没评过 首席技师能申请吗",
     "eligible", "自由职业者也可申请；省一类第一名：hz_chief_technician_2021#一、二/(一)"),
    ("证书是国家职业资格二级 车工 在拱墅一家机床厂一线 一六年全国技术能手 浙江省首席技师没评过 首席技师可以吗",
     "eligible", "国家职业资格二级即技师：hz_chief_technician_2021#二"),
]

DIALOGUES = [
    ([("问下二一年的杭州市首席技师 我在余杭一家机械厂当钳工 是班组长", None),
      ("高级技师 证是一六年拿的", None),
      ("我自己天天也在钳台上干活的 不是光管人", None),
      ("一九年省里一类钳工比赛第三名 省首席没评过", None)],
     "eligible", "班组长仍干活为一线；省一类第三名"),
    ([("首席技师想问问 我在杭州一家轴承厂做设备维修 高级技师 一直在车间", None),
      ("荣誉比赛都没有 发明革新这些也没有 徒弟也没带 省首席没评过", None),
      ("不过我有个绝活 设备一开 听声音就知道哪个轴承要坏 厂里都叫我'听诊器' 好几次提前换了件没停线", None)],
     "needs_review", "后说的绝活对应二/(二)，是否公认先进由评审；不是什么都没有"),
    ([("我二零年就退休了 厂里又把我请回去 还在车间修设备 二一年的杭州市首席技师能报吗", None),
      ("技师", None),
      ("一八年评上的全国技术能手 省首席技师没评过", None)],
     "needs_review", "退休返聘：通知未明确"),
    ([("首席技师 二一年 我在萧山做数控车 高级技师 一直一线", None),
      ("市里的技术能手拿过 别的奖 比赛都没有 省首席没评过", None),
      ("绝活革新这些都谈不上 徒弟也没带过", None)],
     "not_eligible", "杭州市技术能手不在二/(一)之列，其余明说没有"),
    ([("首席技师能报吗 我在拱墅的印刷厂当机长 开印刷机的", None),
      ("证是三级的", None)],
     "not_eligible", "三级证为高级工，不是技师"),
    ([("我想问问二一年杭州市首席技师 我在临平一家食品厂做机修 技师", None),
      ("荣誉没有 比赛也没比过 省首席没评过", None),
      ("前年我们包装线老卡料 是我自己设计了个导料板换上去 一年少停机两百多个小时 厂里给了我一个革新奖", None)],
     "needs_review", "革新对应二/(三)，是否重大由评审"),
]

# a 技师 on the line in Hangzhou, nothing else told: each profile adds the one thing it probes
BASE = {"facts_as_of": "2021-07-15", "nationality": "中国", "employer_type": "private", "rehired": False,
        "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
        "birth_date": "1975-03", "skill_level": "技师", "years_in_field": 20, "years_full_time_in_hangzhou": 20,
        "prior_titles": [], "awards": [], "occupation": "维修电工", "competition_results": [], "achievements": []}
PROFILES = [
    ({"achievements": ["车间里的人都说我手艺好 难修的设备都找我"]}, "needs_review",
     "口碑不是本人做成的业绩，是否具有绝招绝技由评审"),
    ({"achievements": ["参与了厂里变频改造项目 负责现场接线调试"]}, "needs_review", "参与改造，是否重大技术革新由评审"),
    ({"competition_results": [{"level": "provincial", "tier": "一类", "rank": 1, "year": 2019, "type": "team",
                               "field": "浙江省电工技能竞赛团体赛"}]}, "needs_review", "团体名次，通知未明确"),
    ({"awards": [{"level": "provincial", "kind": "浙江省技术能手", "year": 2019}]}, "needs_review",
     "省级同类荣誉，二/(一)“等荣誉称号”由评审"),
    ({"competition_results": [{"level": "provincial", "rank": 2, "year": 2019, "type": "individual",
                               "field": "浙江省电工技能竞赛"}]}, "needs_review", "省赛第二未注明一类二类"),
    ({"competition_results": [{"level": "provincial", "rank": 1, "year": 2019, "type": "individual",
                               "field": "浙江省电工技能竞赛"}]}, "eligible", "省赛第一，一类二类都达标"),
    ({"achievements": ["厂里的维修班是我带起来的 年年都是先进班组"]}, "needs_review", "班组荣誉，不是本人绝招或革新，由评审"),
    ({"achievements": ["获得过公司技术比武第一名"]}, "needs_review", "单位内部比武不是所列竞赛，业绩由评审"),
    # the record says individual, the applicant's own words on the same placing say a team's (批次二，写在改第二处之前)
    ({"competition_results": [{"level": "provincial", "tier": "一类", "rank": 1, "year": 2019, "type": "individual",
                               "field": "浙江省电工技能竞赛"}],
      "achievements": ["一九年和车间另一个师傅两人组队参加浙江省电工技能竞赛拿了第一"]}, "needs_review",
     "资料填个人，业绩说两人组队：团体名次，通知未明确"),
    ({"competition_results": [{"level": "provincial", "tier": "一类", "rank": 1, "year": 2019, "type": "individual",
                               "field": "浙江省电工技能竞赛"}],
      "achievements": ["一九年浙江省电工技能竞赛个人第一名 同去的两个同事也进了前十"]}, "eligible", "个人第一，同事的名次不改它"),
]


def main() -> None:
    write_jsonl(HERE / "sz_messages.jsonl", (
        {"id": f"el-sz{i:03d}", "question": q, "program": CH, "expect_verdicts": {CH: verdict}, "why": why, "split": "dev"}
        for i, (q, verdict, why) in enumerate(MESSAGES, 1)))
    write_jsonl(HERE / "sz_dialogues.jsonl", (
        {"id": f"dlg-sz{i:03d}", "turns": turns_closing(said, {CH: verdict}), "final_verdicts": {CH: verdict},
         "why": why, "split": "dev"} for i, (said, verdict, why) in enumerate(DIALOGUES, 1)))
    write_jsonl(HERE / "sz_profiles.jsonl", (
        {"id": f"pf-sz{i:03d}", "split": "dev", "program": CH, "as_of": "2026-11-21", "profile": {**BASE, **change},
         "expected": verdict, "why": [CH + "#二/(一)"], "note": note}
        for i, (change, verdict, note) in enumerate(PROFILES, 1)))


if __name__ == "__main__":
    main()
