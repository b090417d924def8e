"""Writes the held21 probes: a title the asker holds, told without its usual frame, bars them; others' do not.

Written on 2026-12-07 before any code change, by someone who had read the code (not blind). Unlike held17–20,
the title is told by the body that gave it and the year, by the plaque, the papers or the money, by what people
call the asker, by the edition, inside a list of other honours, in the third person by HR or family, beside a
negation that belongs to something else, and in dialogues late, in answer to an unrelated question. The opposite
rows hold titles the notice does not name (区级、集团、企业首席), titles applied for and not won, and others' titles.

Run with: python -m eval.probes.held21_probe_writer
"""

from pathlib import Path

from eval.probes.probe_rows import alternate, turns_closing, write_jsonl

HERE = Path(__file__).parent
D26, D23, CT = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021"
NE, NR = "not_eligible", "needs_review"

MESSAGES = [
    # held by the asker (or by the person asked for), told in their own words
    (D26, NE, "已获杭州数字工匠（证）", "去年市里给我发了个数字工匠的证，今年第四届还能不能再申请"),
    (D26, NE, "已获杭州工匠（主体和年份）", "二三年市总工会评的那个杭州工匠就是我，现在做工业大数据，第四届数字工匠我够格吗"),
    (CT, NE, "已获浙江省首席技师（聘书）", "省人社厅一八年给我发过浙江省首席技师的聘书，这回杭州市首席技师还能申请吗"),
    (D26, NE, "已获杭州工匠（奖金）", "评杭州工匠那年市里奖了我两万块，现在转做数字孪生建模了，第四届数字工匠能报吗"),
    (D23, NE, "已获杭州工匠（宣传栏）", "厂门口宣传栏挂着我的照片，杭州工匠，一九年评的，首届数字工匠我能申报吗"),
    (CT, NE, "已获浙江省首席技师（称呼）", "车间里都管我叫省首席，那是二〇年正式评的，杭州市首席技师我还用报吗"),
    (D26, NE, "已获杭州数字工匠（上一届）", "上一届数字工匠评上了，第四届我还能再报一次吗"),
    (D26, NE, "已获杭州数字工匠（第三届）", "我是第三届的数字工匠，这次第四届单位又让我报，行不行"),
    (D26, NE, "已获杭州工匠（列在荣誉里）", "劳模、五一劳动奖章、还有杭州工匠我都有了，第四届数字工匠能报不"),
    (D23, NE, "已获浙江工匠（列在荣誉里）", "我拿过全国技术能手、浙江工匠，还有市里的技术能手，首届数字工匠还能推荐吗"),
    (CT, NE, "已获浙江省首席技师（列在荣誉里）", "荣誉有浙江省技术能手、浙江省首席技师、市五一劳动奖章，想报杭州市首席技师"),
    (D26, NE, "人事问：王工已获浙江工匠", "我是人事，我们公司的王工2021年评上了浙江工匠，他今年想报第四届数字工匠，能推荐吗"),
    (CT, NE, "人事问：老李已获浙江省首席技师", "我们厂的老李是浙江省首席技师，今年还想报杭州市首席技师，符合吗"),
    (D23, NE, "替父亲问：已获杭州工匠", "帮我爸问一下，他一七年就是杭州工匠了，首届数字工匠他还能报吗"),
    (CT, NE, "否定属于退休：已获浙江省首席技师", "没退休，还在一线，去年评上了浙江省首席技师，杭州市首席技师能不能申请"),
    (D26, NE, "否定属于岗位：已获杭州工匠", "我没转管理岗 一直写代码 前年评上杭州工匠了 第四届数字工匠能报吗"),
    (D23, NE, "否定属于党员、领导：已获浙江工匠", "不是党员，也没当领导，就是二〇年被评为浙江工匠，首届数字工匠能报吗"),
    (D26, NE, "否定属于别的称号：已获杭州数字工匠", "单位没给我报过别的，就拿过一次杭州数字工匠，第四届还能报吗"),
    (D26, NE, "已获杭州数字工匠（头一批）", "数字工匠我是头一批认定的，现在第四届还能申请吗"),
    (CT, NE, "已获浙江省首席技师（证在抽屉）", "浙江省首席技师，证在我抽屉里躺了三年了，杭州市首席技师能报吗"),
    (D26, NE, "已获浙江工匠（家里的牌匾）", "我家墙上那块浙江工匠的牌匾是省总工会发的，第四届数字工匠能申请吗"),
    (D23, NE, "别人转述：你已经是杭州工匠", "HR问我：你已经是杭州工匠了还报首届数字工匠干嘛？真的不能报吗"),
    (D26, NE, "家人转述：我都是浙江工匠了", "老婆说我都是浙江工匠了还折腾啥，第四届数字工匠到底能不能报"),
    (CT, NE, "否定属于公示：已获浙江省首席技师", "前几年浙江省首席技师评审通过了，公示也没问题，这次想报杭州市首席技师"),
    (D23, NE, "已获浙江工匠（上台领奖）", "一九年省里表彰浙江工匠，我上台领了奖，奖金一万，首届数字工匠能报吗"),
    # titles the notice does not name, applied for and not won, or held by others
    (D26, NR, "区级首席不在第四届的排除之列", "我是余杭区首席技师，在做工业互联网平台开发，第四届数字工匠能报吗"),
    (CT, NR, "集团首席不是浙江省首席技师", "我是集团首席技师，集团内部评的，杭州市首席技师能报吗"),
    (CT, NR, "企业首席不是浙江省首席技师", "公司给我评了企业首席技师，每月多五百块，杭州市首席技师能申请吗"),
    (CT, NR, "杭州市首席技师：通知未明确", "我已经是杭州市首席技师了，到期后还能再申请吗"),
    (D23, NR, "杭州工匠报过没评上", "杭州工匠报过两次都没评上，首届数字工匠能报吗"),
    (D26, NR, "浙江工匠公示名单里没有", "前年被推荐参评浙江工匠，公示名单里没有我，第四届数字工匠还能申请吗"),
    (D26, NR, "浙江工匠是班长的", "我们班长是浙江工匠，我是他带出来的，第四届数字工匠我能报吗"),
    (CT, NR, "省首席是师兄的", "厂里的省首席是我师兄，我想报杭州市首席技师，有影响吗"),
    (D23, NR, "区里的工匠不是杭州工匠", "我是萧山工匠，区总工会评的，首届数字工匠能报吗"),
    (D26, NR, "数字工匠是公司别人的", "我们公司去年出了个杭州数字工匠，不是我，第四届我能报吗"),
    (CT, NR, "没评过首席技师", "我是全国技术能手，首席技师没评过，杭州市首席技师能申请吗"),
    (D26, NR, "杭州工匠差一点", "去年差一点评上杭州工匠，第四届数字工匠我是不是更有把握"),
    (D26, NR, "市劳模不在排除之列", "我是杭州市劳动模范，第四届数字工匠能报吗"),
]

T26 = "想了解第四届数字工匠 我在滨江一家做物联网平台的公司做嵌入式开发 七年了 在杭州一直全职 一线岗位"
T23 = "首届数字工匠 我在萧山一家纺织厂做MES实施和运维 2015年起一直在杭州全职 五年多了 工会会员"
TCT = "想报杭州市首席技师 我在余杭一家机械厂当数控车工十五年了 高级技师 一线 工会会员"

DIALOGUES = [
    ([T26, "是会员的，对了我前年评上过杭州工匠"], D26, NE, "答工会会员时说已获杭州工匠"),
    ([T26, "会员是的", "业绩主要是做了车间的数字孪生，另外二二年市里给我发过数字工匠的证书"], D26, NE,
     "答业绩时说已获杭州数字工匠"),
    ([T23, "称号就一个，省总工会一九年评的浙江工匠"], D23, NE, "已获浙江工匠（主体和年份）"),
    ([TCT, "荣誉嘛，市技术能手、省首席技师都有"], CT, NE, "荣誉列表里有浙江省首席技师"),
    ([TCT, "徒弟带了三个", "哦还有 省里的首席技师我二〇年就评上了"], CT, NE, "后补：已获浙江省首席技师"),
    ([T26, "是", "我们人事说我已经是数字工匠了，上一届评的，不能重复报？"], D26, NE, "人事转述：已获杭州数字工匠"),
    ([T23, "厂里评过我首席技师，企业内部的"], D23, NR, "企业首席不在首届数字工匠的排除之列"),
    ([TCT, "区里评过首席技师，临平区的"], CT, NR, "区级首席不是浙江省首席技师"),
    ([TCT, "报过省首席，没评上"], CT, NR, "省首席报过没评上"),
    ([T26, "是会员", "我师傅是杭州数字工匠，我自己啥称号也没有"], D26, NR, "数字工匠是师傅的"),
    ([T23, "没有称号", "等一下，想起来了，一八年评上过杭州工匠"], D23, NE, "先说没有，后补已获杭州工匠"),
    ([TCT, "我是杭州市首席技师，想再续一届"], CT, NR, "杭州市首席技师：通知未明确"),
    ([T26, "对 是会员 另外跟你说下 我是二四年的杭州工匠"], D26, NE, "答工会会员时带出已获杭州工匠"),
    ([T23, "我老婆是浙江工匠，我没有"], D23, NR, "浙江工匠是爱人的"),
]


def main() -> None:
    write_jsonl(HERE / "held21_messages.jsonl", alternate([
        {"id": f"el-hq{i:03d}", "question": question, "program": program, "expect_verdicts": {program: verdict},
         "why": why} for i, (program, verdict, why, question) in enumerate(MESSAGES, 1)]))
    write_jsonl(HERE / "held21_dialogues.jsonl", alternate([
        {"id": f"dlg-hq{i:03d}", "turns": turns_closing([(t, None) for t in turns], {program: verdict}),
         "final_verdicts": {program: verdict}, "why": why} for i, (turns, program, verdict, why) in enumerate(DIALOGUES, 1)]))


if __name__ == "__main__":
    main()
