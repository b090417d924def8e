"""Writes the held20 probes: a title the asker holds, told in their own words, bars them (and others' do not).

Written on 2026-12-07 before any code change, by someone who had read the code (not blind). Unlike held17–19,
the titles are told as stories, by abbreviation, with a year deciding a later round, held by others, barring one
programme and not another, as later answers to the assistant's question, and corrected.

Run with: python -m eval.probes.held20_probe_writer
"""

from pathlib import Path

from eval.probes.probe_rows import alternate, turns_closing, write_jsonl

HERE = Path(__file__).parent
D26, D23, CT, ZP, HC = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021",
                        "zj_craftsman_2023", "hz_craftsman_2016")
NE, NR = "not_eligible", "needs_review"

MESSAGES = [
    # held by the asker, told as a story or by a short name
    (D26, NE, "已获杭州工匠", "前年区里推上去评了个杭州工匠，现在在拱墅做工业互联网平台运维，第四届数字工匠还能报吗"),
    (CT, NE, "已获浙江省首席技师", "我是省首席，厂里又让我去报杭州市首席技师，这个能报吗"),
    (D26, NE, "已获杭州数字工匠", "去年那个数字工匠我评上了 这次第四届还能再报吗"),
    (D26, NE, "已获杭州数字工匠", "人家都喊我数字工匠，22年那会儿是真评上的，第四届还有我的份吗"),
    (D23, NE, "已获浙江工匠", "省里那块浙江工匠的牌子我拿了好几年了，首届数字工匠能报吗"),
    (D26, NE, "已获杭州数字工匠（首届）", "2023年评的首届数字工匠，这次第四届能不能再报一次"),
    (CT, NE, "已获浙江省首席技师", "浙江省首席技师是19年评给我的，杭州首席还能申报吗"),
    (D26, NE, "已获杭州工匠", "我老早就是杭州工匠了，一直没当回事，这回第四届数字工匠想试试"),
    (D23, NE, "已获杭州工匠", "厂长推荐我报首届数字工匠，可我16年已经被评为杭州市工匠了，会不会冲突"),
    (D26, NE, "已获杭州数字工匠", "头两年拿过杭州数字工匠，这回第四届数字工匠还能申报吗，做云计算的"),
    (CT, NE, "已获浙江省首席技师", "省首席那会儿是厅里发的文，名单上有我，这次杭州市首席技师我还能报么"),
    (D23, NE, "已获浙江工匠", "浙江工匠这个头衔我身上已经有了，首届数字工匠报了会不会白报"),
    (D26, NE, "已获浙江工匠", "手上有张浙江工匠的证书，第四届数字工匠我这种情况还能推荐吗"),
    (CT, NE, "已获浙江省首席技师", "我是浙江省首席技师（2019年），这回想报杭州市首席技师"),
    (D26, NE, "已获杭州数字工匠", "我上一届就是杭州数字工匠了，第四届还能不能评"),
    (D23, NE, "已获杭州工匠", "评上杭州工匠之后我转去做了工业数据采集，首届数字工匠能申报吗"),
    (D26, NE, "已获杭州工匠", "我在滨江做芯片测试开发，手里一块杭州工匠的牌子是21年市总工会给的，第四届数字工匠能报不"),
    (CT, NE, "已获浙江省首席技师", "省里评首席技师那年我就评上了，现在杭州市首席技师还能报不"),
    (D26, NE, "已获杭州数字工匠", "我属于第二届杭州数字工匠，第四届还能评吗"),
    (D26, NE, "已获杭州工匠", "单位前年把我报上去评杭州工匠，批下来了，现在想报第四届数字工匠"),
    (D23, NE, "已获浙江工匠", "浙江工匠，2020年，有证。首届数字工匠能报吗"),
    (CT, NE, "已获浙江省首席技师", "浙江省首席技师 2020年获得 申请杭州市首席技师"),
    (D26, NE, "已获杭州数字工匠", "数字工匠我头一届就拿了，这回第四届还让报吗"),
    (D23, NE, "已获杭州工匠", "去年秋天市里表彰，我捧回来一个杭州工匠，首届数字工匠我还要不要报"),
    # held by someone else, or a title that bars another programme, or no title at all
    (D26, NR, "杭州工匠是师傅的", "我师傅是杭州工匠，我跟着他做了八年工业机器人调试，第四届数字工匠我能报吗"),
    (D23, NR, "浙江工匠是车间同事的", "我们车间去年评出了两个浙江工匠，我不在里面，首届数字工匠我能报吗"),
    (CT, NR, "杭州工匠不在首席技师的排除之列", "我是杭州工匠，不是省首席，杭州市首席技师能报吗"),
    (D26, NR, "浙江工匠是爱人的", "我爱人是浙江工匠，我自己在萧山做大数据开发，第四届数字工匠我能不能报"),
    (CT, NR, "杭州工匠不在首席技师的排除之列", "杭州工匠我拿过，省首席没有，市首席能报吗"),
    (D26, NR, "浙派工匠不在第四届的排除之列", "浙派工匠的牌子省里发过我一块，第四届数字工匠能报吗"),
    (D23, NR, "杭州工匠是师父的", "我师父是杭州工匠，我自己还没评过任何称号，首届数字工匠我能报吗"),
    (D26, NR, "区里的工匠不是杭州工匠", "我评的是区里的工匠，余杭工匠，第四届数字工匠还能报吗"),
    (CT, NR, "省首席是徒弟的", "我徒弟前年评上了省首席，我这个当师傅的还能报杭州市首席技师吗"),
    (D26, NR, "杭州工匠没评上", "前年被推荐参评杭州工匠，最后没评上，第四届数字工匠能报吗"),
    (D26, NR, "改口：杭州工匠是师傅的", "我是杭州工匠，哦不对，那个是我师傅评的，我自己没有，第四届数字工匠能报吗"),
    (D23, NR, "首席技师不在首届数字工匠的排除之列", "我是浙江省首席技师，首届数字工匠能报吗"),
]

T26 = "第四届数字工匠我想问问 在余杭一家工业软件民企做开发九年 一直在杭州全职 工会会员 一线写代码"
T23 = "首届数字工匠 我在钱塘区一家电子厂做MES系统运维 六年了 2016年来杭州一直全职 会员"
TCT = "杭州市首席技师 我是高级技师 在临平一家汽配厂做模具钳工十二年 工会会员 一线干活"

DIALOGUES = [
    ([T26, "评上过杭州工匠"], D26, NE, "已获杭州工匠"),
    ([T26, "前年评的那个数字工匠"], D26, NE, "已获杭州数字工匠"),
    ([T23, "拿过市里的工匠"], D23, NE, "已获杭州工匠"),
    ([TCT, "省首席19年就评上了"], CT, NE, "已获浙江省首席技师"),
    ([T23, "有 浙江工匠 2019年"], D23, NE, "已获浙江工匠"),
    ([TCT, "省首席是有的"], CT, NE, "已获浙江省首席技师"),
    ([T26, "有，首届的时候评上的数字工匠"], D26, NE, "已获杭州数字工匠"),
    ([T23, "2017年评上的杭州工匠"], D23, NE, "已获杭州工匠"),
    ([T26, "杭州工匠评过", "不对 那个是我师傅评的 我自己没有"], D26, NR, "改口：称号是师傅的"),
    ([T26, "我爱人是浙江工匠"], D26, NR, "称号是爱人的"),
    ([TCT, "只有个杭州工匠"], CT, NR, "杭州工匠不在首席技师的排除之列"),
    ([TCT, "区级的算吗"], CT, NR, "问区级称号，没说有"),
    ([T26, "车间评过先进班组，我个人没拿过什么称号"], D26, NR, "称号是车间的"),
    ([T23, "没有"], D23, NR, "没有称号，业绩未说"),
]


def main() -> None:
    write_jsonl(HERE / "held20_messages.jsonl", alternate([
        {"id": f"el-hn{i:03d}", "question": question, "program": program, "expect_verdicts": {program: verdict},
         "why": why} for i, (program, verdict, why, question) in enumerate(MESSAGES, 1)]))
    # the first turn opens the talk, the later ones answer the titles question
    write_jsonl(HERE / "held20_dialogues.jsonl", alternate([
        {"id": f"dlg-hn{i:03d}", "turns": turns_closing([(turns[0], None)] + [(t, "prior_titles") for t in turns[1:]],
                                                        {program: verdict}),
         "final_verdicts": {program: verdict}, "why": why} for i, (turns, program, verdict, why) in enumerate(DIALOGUES, 1)]))


if __name__ == "__main__":
    main()
