"""Writes the pend22 probes: facts an applicant gives late, briefly or in answer to the assistant's question.

Written on 2026-12-07 before any code change, by someone who had read the code (not blind). Each conversation
opens with most of a case and leaves one or two decisive facts open; the asker then gives them the way people
answer a question in a chat: a word or two ("是 会员的", "二级证"), with a question of their own beside the
answer, in passing inside another question, as a correction of what they said before, or about the time of the
notice rather than today. All five programmes; halves A and B alternate.

Run with: python -m eval.probes.pend22_probe_writer
"""

from pathlib import Path

from eval.probes.probe_rows import alternate, turns_closing, write_jsonl

HERE = Path(__file__).parent
HC, CT = "hz_craftsman_2016", "hz_chief_technician_2021"
D23, D26, ZJ = "hz_digital_craftsman_2023", "hz_digital_craftsman_2026", "zj_craftsman_2023"
E, NE = "eligible", "not_eligible"

# (programme, final verdict, why, turns)
DIALOGUES = [
    (D26, NE, "答完会员又问材料，再答称号：已获杭州工匠", [
        "第四届数字工匠想报一下 我在滨江做工业互联网平台开发的 一九年到现在一直在这家 天天写代码",
        "嗯 是会员。问一下要交什么材料？",
        "评过的 杭州工匠 二三年那批"]),
    (D26, NE, "在杭年限后说：去年十月才来杭州", [
        "第四届数字工匠 我做跨境电商的数据分析 干了六年了 会员 没评过啥",
        "在杭州？去年十月才过来的 之前在义乌",
        "那还有别的办法吗"]),
    (D23, NE, "答称号时反问：二一年评的浙江工匠", [
        "首届数字工匠那次 我在萧山做智能仓储系统的 一五年就在杭州了 技术岗 会员",
        "拿过啊 二一年评的浙江工匠 这个影响吗"]),
    (D23, NE, "后补：二二年才来杭州，到2023-03-31不满2年", [
        "首届杭州数字工匠 我在余杭做电商推荐算法 干了七八年了 会员 没评过称号 技术岗",
        "哦对了 我是二二年才来杭州的 之前在上海",
        "那第四届呢 算了先不问了"]),
    (CT, E, "等级后答：技师；省首席没评过", [
        "首席技师能申请吗 我在临平做注塑模具的 车间里 全国技术能手拿过",
        "等级？技师 很早就考出来了",
        "省里的首席没评过"]),
    (CT, E, "一线后答：天天在装置上巡检操作", [
        "我是高级技师 在建德一家化工厂 想问问首席技师 我有国务院特殊津贴",
        "一线吗？在的 天天在装置上巡检操作",
        "省首席没有"]),
    (CT, NE, "答省首席：一八年评上了", [
        "首席技师 我在富阳造纸厂当钳工 技师证 一线的 全国技术能手",
        "省首席技师？一八年评上了"]),
    (ZJ, NE, "证是高级的，技师还没考：高级工", [
        "浙派工匠想了解下 我在温州做鞋的 制鞋工 干了二十年了 一线",
        "证是高级的 技师还没考"]),
    (ZJ, NE, "二级（技师），还差一级", [
        "帮我们车间主任问下浙派工匠 他做数控铣的 在宁波 干了二十多年 一线的",
        "他是二级 技师 还差一级"]),
    (HC, NE, "工会？没 哪有时间搞那些", [
        "16年那届杭州工匠 我在拱墅做锅炉维修 九几年就在杭州干了 一线 中国人",
        "工会？没 哪有时间搞那些"]),
    (HC, NE, "一二年来的杭州，到2016年不满10年；市赛第二不免年限", [
        "一六年杭州工匠 我是面点师 在西湖边酒店 会员",
        "一二年来的杭州",
        "市里比赛拿过第二"]),
    (HC, E, "会员、国籍、出生年一句；一线和市赛第一名后补", [
        "一六年那届杭州工匠 我做数控机床装调 九八年进的杭州这家厂 到现在没换过",
        "会员 中国国籍 七五年生的",
        "一直在车间 一四年杭州市职业技能大赛数控装调第一名"]),
    (HC, E, "一线后答：还在干 天天带着人上手", [
        "杭州工匠2016 我是中国人 会员 78年的 九五年起在杭州做古建木作 拿过杭州市职业技能大赛木工第一名",
        "还在干 天天带着人上手"]),
    (D26, E, "会员、岗位后答", [
        "第四届数字工匠 我在钱塘区做工业机器人视觉调试 一八年来杭州一直全职 没评过任何工匠 "
        "前年拿了浙江省科学技术进步奖二等奖 主要完成人",
        "是 会员",
        "岗位？还在调试一线 天天跑产线"]),
    (D26, E, "答会员时问奖金；称号后答没有", [
        "第四届数字工匠 我在上城做政务数据治理平台开发 2017年起在杭全职 技术岗 拿过浙江省科技进步三等奖 主要完成人",
        "会员的 那评上了有奖金吗",
        "称号啥的没有"]),
    (D23, NE, "二一年就转去做行政：2023年不在技术岗", [
        "首届数字工匠 我在西湖区一家做芯片设计的公司 一四年来杭州 会员 没评过工匠",
        "现在做的是行政了 二一年就从研发转过去的"]),
    (HC, NE, "国籍：新加坡籍", [
        "想问下一六年的杭州工匠 我在杭州做钟表维修二十多年了 会员 一线",
        "国籍吗 我是新加坡籍"]),
    (CT, NE, "更正：说错了，是高级工", [
        "首席技师 我是高级技师 在萧山做汽轮机装配 一线 全国技术能手",
        "不好意思说错了 我是高级工 技师还在考"]),
    (D26, NE, "更正：在杭州其实才半年", [
        "第四届数字工匠 我在滨江做云原生运维 在杭州五年了 会员 一线技术 没评过称号",
        "哦不对 我在杭州其实才半年 之前一直在成都远程"]),
    (CT, E, "二级证；省首席没评过", [
        "首席技师申报 我在桐庐做电工 在配电房一线 拿过杭州市杰出人才",
        "二级证",
        "省首席没评过"]),
    (ZJ, NE, "已退休返聘", [
        "浙派工匠 我在湖州做茶叶炒制 高级技师 一线干了三十年",
        "去年退休了 现在厂里返聘"]),
    (D26, NE, "问填表时顺带说：二二年的杭州工匠", [
        "第四届数字工匠 我在余杭做智能电网调度软件 十年了 一直在杭州 会员 技术骨干",
        "申报表里获奖那栏怎么填？我有个杭州数字工匠提名奖 还有二二年的杭州工匠"]),
    (D23, NE, "在杭一年半，问年限怎么算", [
        "首届数字工匠 我做新能源车BMS软件的 会员 技术岗 没评过",
        "在杭州干了一年半 之前在合肥 这个年限怎么算的"]),
    (HC, E, "会员 有的有的；一线：我自己就是编的人", [
        "一六年杭州工匠 我在临安做竹编 中国人 七零年的 八八年起在临安做竹编 获得过杭州市职业技能大赛竹编第一名",
        "会员 有的有的",
        "一线？我自己就是编的人啊"]),
    (D26, NE, "现在是部门副总，不写代码：不在技术岗", [
        "第四届数字工匠 我在上城做金融风控模型的 一六年来杭州 会员 没评过 省科技进步二等奖 主要完成人",
        "现在是部门副总 带团队 代码不写了"]),
    # second batch, written after the first measurement and before any code change: the shapes the first misses and
    # the dev rows of the class showed (an echoed question before the answer, a rung above the level held, a title
    # that follows another in a list, the start year at an employer in Hangzhou, a past place told after the move)
    (HC, NE, "工会？没有的：回声问后作答", [
        "一六年杭州工匠 我在桐庐做根雕 中国人 八五年起一直在桐庐 一线",
        "会员？不是的 我们小作坊没这个"]),
    (ZJ, NE, "高级工，最高能考到高级技师", [
        "浙派工匠 我在金华做汽车维修 一线十八年",
        "高级工 这个工种能考到高级技师的"]),
    (ZJ, NE, "技师，还能往上考一级", [
        "想问浙派工匠 我在台州做模具钳工 一线的 干了十六年",
        "技师证 还能往上考一级 没去考"]),
    (D26, NE, "有个提名奖，还有一个杭州工匠", [
        "第四届数字工匠 我在拱墅做智慧物流系统开发 一七年来杭州 会员 一直在技术岗",
        "有个杭州数字工匠提名奖 还有一个二一年的杭州工匠"]),
    (CT, NE, "荣誉？省首席技师前几年拿了", [
        "首席技师想报 我在余杭做电梯安装调试 高级技师 一线 有全国技术能手",
        "荣誉？省首席技师一九年拿的"]),
    (D23, NE, "一二年进的这家滨江公司，后补：二一年改做行政", [
        "首届数字工匠 我一二年进的滨江这家做安防视频算法的公司 会员 没评过称号",
        "不过二一年开始我就去做行政了 到现在"]),
    (D26, E, "一五年进馆（杭州的馆），会员后答", [
        "第四届数字工匠 我在杭州市图书馆做数字资源平台开发 一五年进馆一直干这个 普通技术岗 没评过工匠 "
        "前年浙江省科学技术进步奖三等奖 主要完成人",
        "会员 是的"]),
    (D26, E, "问之前外地的年限能不能算，不改现在在杭州", [
        "第四届数字工匠 我在西湖区做城市大脑的数据中台 一九年来杭州一直全职 会员 技术岗 没评过称号 "
        "二四年拿了浙江省科学技术进步奖二等奖 主要完成人",
        "之前在南京干了三年也是做这个的 那几年能算吗"]),
]


def rows() -> list[dict]:
    return alternate([{"id": f"dlg-pd{n:03d}", "turns": turns_closing([(u, None) for u in turns], {}),
                       "final_verdicts": {program: verdict}, "why": why}
                      for n, (program, verdict, why, turns) in enumerate(DIALOGUES, 1)])


if __name__ == "__main__":
    write_jsonl(HERE / "pend22_dialogues.jsonl", rows())
