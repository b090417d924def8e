"""Round thirteen's deny16 probes: achievements denied or dismissed in the applicant's own words, and hard conditions
failed in plain words, for all five programmes; single messages and dialogues.

Written from the five notices (/work/shared/seeds/) and docs/verdict-policy.md before any code change in this round,
by someone who has read the code (so not blind). The class the held-out halves miss: the asker says in words of their
own that they have none of the 符合下列条件之一 alternatives, or that a hard condition fails, and the answer stays
"needs_review" because the words were not read as a no.

The judging (from the notices, not from the code):
- every alternative denied, globally ("一样都没有", "啥都谈不上", "没啥拿得出手的", "哪有什么成果") or kind by kind in
  dismissive idioms (谈不上, 说不上, 沾不上边, 轮不到, 拿不出手, 跟我不搭界, 是技术科的事), with every hard rule told
  → not_eligible (an explicit absence is a no, docs/verdict-policy.md);
- a hard condition failed in plain words: 就一个高级工 against 技师及以上 or 高级技师以上; 退休了 against 退休人员不作为
  推荐对象; 调到科室坐办公室 against 生产服务一线 / 目前仍在一线岗位; 来浙江才几个月 against 在浙全职工作 1年以上;
  已获评杭州工匠 against 不予推荐 / 不再重复推荐; 没入工会 against 必须是工会会员 → not_eligible;
- a deed told beside a dismissal ("说不上多大贡献，但我总结的换刀方法车间都在用"), a positive with a harmless negation word
  ("返工基本没了", "全厂没有第二个人能做", "不用仪器"), one kind denied and another told, or a hedge ("不知道算不算")
  → needs_review (the experts weigh a deed; a hedge is no denial).

Today is 2026-11-21. Split by random.Random(2262): the first half of the shuffled positions A/dev (tuned on), the rest
B/test (held out). Run from the repo root: python -m eval.probes.deny16_probe_writer prints the rows, --write writes
the two files once.
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import write

HERE = Path(__file__).resolve().parent
MSG = HERE / "deny16_messages.jsonl"
DLG = HERE / "deny16_dialogues.jsonl"
SEED = 2262
D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
WHY = {D26: "hz_digital_craftsman_2026#二", D23: "hz_digital_craftsman_2023#附件1/二", C16: "hz_craftsman_2016#三/(二)",
       CT: "hz_chief_technician_2021#二", ZJ: "zj_craftsman_2023#三/(一)"}
NO, REV = "not_eligible", "needs_review"

# (program, expected, message, why)
MESSAGES = [
    # 浙派工匠: five alternatives, all of them deeds
    # (held19: a denial naming kinds closes those kinds only, the lead's decision; this one names standards,
    # innovation, apprentices and digital work, not 操作法 or 成果转化, so it was relabelled not_eligible -> needs_review)
    (ZJ, REV, "浙派工匠想问一下 我高级技师 在绍兴一家印染厂一线做定型机操作 十六年了 一直在岗 说实话标准、革新这些都谈不上"
     " 徒弟也没正经带过 数字化啥的更沾不上边 就是按部就班干活", "点了四类没有，操作法、成果转化没说到（held19 按新口径改）"),
    (ZJ, NO, "我是湖州一家电缆厂的挤塑工，高级技师，一线干了十四年，现在还在岗。浙派工匠我看了条件，带徒、技改、操作法、"
     "成果转化、数字化改造，说句老实话一样都没有，能报吗？", "五项一并否认"),
    (ZJ, NO, "浙派工匠 本人高级技师 在台州一家水泵厂一线装配 干了十几年了 在岗 我这人没啥拿得出手的 评奖评优的事从来轮不到我"
     " 技术上也没搞出过啥名堂", "整体否认业绩"),
    (ZJ, NO, "帮我爸问问浙派工匠，他是高级技师，在嘉兴一家纺织厂修了二十年织机，一直在车间一线，现在还在上班。他说自己哪有什么成果，"
     "徒弟没带过，改造创新那是技术科的事，跟他不搭界", "反问否认，带徒、革新分别否认，其余在整体否认内"),
    (ZJ, NO, "浙派工匠能报不 我是高级工 我们这个工种上面还有技师和高级技师 在宁波一家注塑厂一线十二年 在岗", "高级工不是高级技师以上，也不是本工种最高"),
    (ZJ, NO, "浙派工匠 我高级技师 以前在萧山一家机械厂一线做了三十年钳工 前年退休了 现在厂里返聘回去带带新人 徒弟带了不少",
     "退休人员不作为推荐对象"),
    (ZJ, NO, "浙派工匠 我是高级技师 在温州一家阀门厂干了十八年 不过前年调到科室坐办公室了 现在做生产计划 不在一线了",
     "不是生产服务一线"),
    (ZJ, REV, "浙派工匠 高级技师 在金华一家五金厂一线做冲压 十五年 在岗 说不上多大贡献 但我总结的快速换模方法车间都在用"
     " 换一次模从一个钟头缩到十五分钟", "操作方法由专家评审；谦辞不否认"),
    (ZJ, REV, "浙派工匠 我是高级技师 在丽水一家汽配厂一线做热处理 十三年了 在岗 我改的那个淬火夹具用上以后返工基本没了"
     " 一年省了几十万", "技术革新由专家评审；“没了”说的是返工"),
    (ZJ, REV, "浙派工匠问问 高级技师 在衢州一家化工厂一线做设备维修 十七年 在岗 标准革新这些谈不上 不过带出来的徒弟有三个当了班组长",
     "带徒由专家评审；只否认了标准、革新"),
    # 首届杭州数字工匠: standards/攻关, innovation, certificate/科技奖, training
    (D23, NO, "首届数字工匠 我一五年起在杭州做电商平台的后端开发 工会会员 技术岗 没评过工匠 说白了就是个普通写代码的"
     " 标准 攻关 革新这些轮不到我 证书奖项一个没有 也没带过徒弟", "四项都用自己的话说没有"),
    (D23, NO, "想问首届杭州数字工匠，我在滨江做运维开发，一六年到现在一直在杭州全职，会员，技术岗，没评过什么工匠。"
     "我就是按部就班干活的，拿得出手的东西一样也没有", "整体否认业绩"),
    (D23, NO, "首届数字工匠 我在杭州一家物流公司做数据分析 一四年开始做 一直在杭州 会员 技术岗 一八年已经评上过杭州工匠了",
     "已获评杭州工匠不予推荐"),
    (D23, NO, "首届数字工匠我够不够 在西湖区做工业软件测试 一五年起在杭州 会员 技术岗 没评过工匠 奖啊证书啊压根没有"
     " 标准化、技术攻关、技改都跟我不沾边 徒弟嘛也没正经带过", "四项分别否认"),
    (D23, REV, "首届数字工匠 我一三年起在杭州做嵌入式软件 会员 技术岗 没评过工匠 证书奖项没有 不过我们产线的视觉检测程序是我重写的"
     " 漏检基本没有了", "技术革新由评审认定；证书奖项的否认不覆盖它"),
    (D23, REV, "首届数字工匠 一六年起在杭州做网络安全 会员 技术岗 没评过工匠 参与过一个团体标准的起草 不知道算不算数",
     "标准化由评审认定；“不知道算不算”是犹豫不是否认"),
    (D23, REV, "首届杭州数字工匠 我一四年来杭州做大数据开发 会员 技术岗 没评过工匠 谈不上什么大成果 就是带过七八个新人"
     " 现在都能独当一面了", "培养人才由评审认定；谦辞之后说了带人"),
    (D23, NO, "首届数字工匠 我在萧山做MES实施 一七年起在杭州 会员 技术岗 没评过工匠 这些年就是跟着项目跑 没搞出过啥名堂"
     " 奖项证书没有 带人也谈不上", "整体否认，奖项证书和带人另外否认"),
    # 第四届杭州数字工匠: standards, innovation/AI 智能体, certificate/科技奖; direct recognition by a first place
    (D26, NO, "第四届数字工匠 我在余杭做云平台运维 一八年干到现在 一直在杭州全职 会员 技术岗 没评过工匠 我啥都谈不上"
     " 标准攻关智能体这些大活都轮不到我 证书奖项也没有 比赛没参加过", "三项都用自己的话说没有，直接认定也没有"),
    (D26, NO, "第四届杭州数字工匠，我在拱墅一家公司做前端开发，一七年到现在，杭州全职，会员，技术岗，没评过工匠，"
     "说实在的没什么拿得出手的，比赛奖项证书统统没有", "整体否认"),
    (D26, NO, "第四届数字工匠 我在钱塘区做数据库运维 一六年干到现在 杭州全职 会员 技术岗 前年已经被认定为杭州数字工匠了 这次还能报吗",
     "已被认定为杭州数字工匠的不再重复推荐"),
    (D26, NO, "第四届数字工匠 我做了八年算法工程师 之前一直在上海 今年九月才到杭州这家公司 会员 技术岗 没评过工匠"
     " 标准和科技奖都没有 证书也没有", "在杭全职不满1年"),
    (D26, REV, "第四届数字工匠 我在滨江做工业互联网开发 一七年起在杭州 会员 技术岗 没评过工匠 奖项证书没有 比赛没参加"
     " 去年牵头给客服做了个AI智能体 人工坐席少了一半", "AI 智能体由评审认定"),
    (D26, REV, "第四届数字工匠 我在西湖区做芯片验证 一五年干到现在 一直在杭州 会员 技术岗 没评过工匠 比赛奖项都没有"
     " 有个仿真提速的办法是我琢磨出来的 别的组没有人想到过", "技术攻关由评审认定；“没有人想到过”不是否认"),
    # 2021 杭州市首席技师: honours/placings, 绝招/操作法, 革新/发明, 带徒
    (CT, NO, "首席技师想问下 我是技师 在萧山一家汽配厂一线做数控车 十五年 没评过省首席 比赛评比从来轮不到我 绝活啥的谈不上"
     " 革新发明也没搞过 徒弟也没正经带过", "四项都用自己的话说没有"),
    (CT, NO, "21年那次首席技师 我证就一个高级工的 技师一直没考出来 在富阳一家造纸厂一线开纸机二十年 省首席没评过",
     "技师及以上证书不符"),
    (CT, NO, "首席技师 我是高级技师 在临平一家机械厂一线做装配 二十年了 不过一九年已经评上浙江省首席技师了 杭州的还能报吗",
     "已获评浙江省首席技师的不得申报"),
    (CT, NO, "我是技师，在桐庐一家制笔厂一线二十年，省首席没评过。首席技师那几条我对了一下，荣誉、比赛名次、绝招、革新、"
     "带徒，没一条沾得上边", "四项一并否认"),
    (CT, REV, "首席技师 技师 在建德一家水泥厂一线修设备 十八年 没评过省首席 比赛没拿过名次 不过窑头那台设备的毛病全厂没有第二个人能修好",
     "绝招由评审认定；“没有第二个人”不是否认"),
    (CT, REV, "首席技师 我是高级技师 在余杭一家轴承厂一线做磨工 十六年 没评过省首席 荣誉奖项没有 我磨的套圈不用仪器"
     " 手一摸就知道差几个丝 厂里都知道", "绝技由评审认定；“不用仪器”不是否认"),
    # 首届杭州工匠: 绝活/操作法, 传统工艺, 革新, 国家/省赛名次, 市赛第1名
    (C16, NO, "首届杭州工匠 我七四年的 中国人 工会会员 九六年起在杭州一家轴承厂一线做磨工 到现在还在车间 说实话绝活、操作法、"
     "革新这些都说不上 传统手艺也不是 比赛名次一个都没拿过", "五条都用自己的话说没有"),
    (C16, NO, "老的杭州工匠那次 我七〇年的 中国国籍 会员 在杭州一家机床厂一线干了二十多年 我就是个普通干活的 啥都没有 白板一个",
     "整体否认"),
    (C16, NO, "首届杭州工匠 我七六年的 中国人 九五年起在杭州一家丝绸厂一线织绸 我没入工会 厂里也没人管这个 前几年拿过杭州市技能大赛第一名",
     "必须是工会会员"),
    (C16, NO, "首届杭州工匠 我七二年的 中国人 会员 在杭州做了二十年钳工 不过一四年起调去车间办公室管生产调度了 现在不在一线",
     "目前仍在一线岗位上直接从事，不符"),
    (C16, REV, "首届杭州工匠 我七一年的 中国人 会员 九二年起在杭州做西湖绸伞 一直自己在作坊做 比赛没参加过 不知道做绸伞这手艺算不算传统工艺",
     "杭州特色、传统工艺由评审认定；犹豫不是否认"),
    (C16, REV, "首届杭州工匠 我六八年的 中国人 会员 九〇年起在杭州一家汽车厂一线做焊工 比赛名次没有 不过车身那道焊缝厂里只有我能一次焊成"
     " 别人都做不到", "绝技由评审认定；“做不到”说的是别人"),
]


def t(user: str, answers: str | None = None) -> dict:
    return {"user": user, "answers": answers, "expect_facts": {}, "expect_verdicts": {}}


DIALOGUES = [  # (turns, final verdicts, why)
    ([t("浙派工匠我想报一下，我是高级技师，在绍兴一家轴承厂一线做磨工，十五年了，一直在岗"),
      t("业绩的话，说实在的没啥拿得出手的，带徒、技改、操作法这些都谈不上，数字化更挨不上边", "achievements")],
     {ZJ: NO}, "五项用自己的话说没有"),
    ([t("浙派工匠 高级技师 在杭州一家电机厂一线绕线 干了十二年 在岗"),
      t("一样都没有，就是老老实实干活的", "achievements")], {ZJ: NO}, "整体否认"),
    ([t("我想问问浙派工匠，我高级技师，在嘉兴一家化纤厂一线，干了十六年"),
      t("退了，去年退休的，现在是返聘")], {ZJ: NO}, "退休人员不作为推荐对象"),
    ([t("浙派工匠 我是高级技师 在宁波一家模具厂一线做数控 十四年 在岗"),
      t("说不上什么大成果，不过厂里那套模具快速换型的做法是我摸索出来的，现在全车间都在用", "achievements")],
     {ZJ: REV}, "操作方法由专家评审；谦辞不否认"),
    ([t("首届杭州数字工匠，我在杭州做工业互联网开发，一五年到现在，会员，技术岗，没评过工匠"),
      t("标准、攻关、技改这些都轮不到我，证书奖项也一个没有，徒弟没带过", "achievements")], {D23: NO}, "四项都否认"),
    ([t("首届数字工匠 一六年起在杭州做数据治理 会员 技术岗"),
      t("称号的话，二〇年评上过杭州工匠", "prior_titles")], {D23: NO}, "已获评杭州工匠不予推荐"),
    ([t("首届数字工匠能报吗 我在杭州做软件测试 一四年起 会员 技术岗 没评过工匠"),
      t("我这种普通干活的，拿得出手的真没有", "achievements")], {D23: NO}, "整体否认"),
    ([t("首届数字工匠 我在杭州做智能制造系统集成 一五年起 会员 技术岗 没评过工匠"),
      t("证书奖项没有，不过我主导过一个产线数据采集的改造，停机时间少了三成", "achievements")], {D23: REV},
     "技术革新由评审认定"),
    ([t("第四届数字工匠 我在杭州做推荐算法 一七年干到现在 杭州全职 会员 技术岗 没评过工匠"),
      t("标准、攻关、智能体都谈不上，证书科技奖也没有，比赛没参加过", "achievements")], {D26: NO}, "三项都否认，直接认定也没有"),
    ([t("第四届数字工匠 我做网络安全八年了 一直在杭州 会员 技术岗 没评过工匠"),
      t("有参与过一个行业标准的编写，不过不知道够不够格", "achievements")], {D26: REV}, "标准化由评审认定；犹豫不是否认"),
    ([t("首席技师能报吗 我在萧山一家阀门厂一线做装配钳工 十八年 没评过省首席"),
      t("等级证就一个高级工，技师还没去考", "skill_level")], {CT: NO}, "技师及以上证书不符"),
    ([t("首席技师 我是技师 在杭州一家锅炉厂一线电焊 二十年 没评过省首席"),
      t("荣誉比赛都没我的份，绝招革新谈不上，徒弟也没带出来过", "achievements")], {CT: NO}, "四项都否认"),
    ([t("首届杭州工匠 我七三年的 中国人 会员 九五年起在杭州一家机械厂一线做车工 一直在车间"),
      t("绝活操作法革新传统手艺，哪样都沾不上，比赛名次也没有", "achievements")], {C16: NO}, "五条都否认"),
    ([t("首届杭州工匠 我六九年的 中国人 会员 九一年起在杭州做木雕 一直自己在作坊做"),
      t("比赛没参加过，不过东阳木雕那套老的雕法我一直在做，一件屏风要雕大半年", "achievements")], {C16: REV},
     "杭州特色、传统工艺由评审认定"),
]


def message_rows() -> list[dict]:
    return [{"question": q, "program": p, "expect_verdicts": {p: e}, "why": f"{why}：{WHY[p]}"}
            for p, e, q, why in MESSAGES]


def dialogue_rows() -> list[dict]:
    out = []
    for turns, final, why in DIALOGUES:
        turns = [dict(x) for x in turns]
        turns[-1] = {**turns[-1], "expect_verdicts": dict(final)}
        out.append({"turns": turns, "final_verdicts": final, "why": why})
    return out


assert len(MESSAGES) == 36, len(MESSAGES)
assert len(DIALOGUES) == 14, len(DIALOGUES)
assert sum(e == NO for _, e, _, _ in MESSAGES) + sum(NO in f.values() for _, f, _ in DIALOGUES) == 33  # held19 relabelled one

if __name__ == "__main__":
    import sys

    if "--write" in sys.argv:
        MSG.touch()
        DLG.touch()
    write(message_rows(), prefix="el-dn", start=1, seed=SEED, path=MSG, check=False, width=2)
    write(dialogue_rows(), prefix="dlg-dn", start=1, seed=SEED, path=DLG, check=False, width=2)
