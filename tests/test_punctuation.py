"""What ends a question: marks in every script, and Japanese's particle か without one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interview_parser import parse
from interview_parser.punctuation import QUESTION_MARKS, asks


def test_marks_and_trailing_characters() -> None:
    assert asks("Why?")
    assert asks("なぜ？")
    assert asks("لماذا؟")
    assert asks("**Why?**", "*")
    assert not asks("**Why?**")
    assert not asks("Because.")


def test_a_japanese_question_may_end_in_its_particle_and_a_full_stop() -> None:
    assert asks("どういう組織なのか教えていただけますか。")
    assert asks("きっかけは何だったのでしょうか。")
    assert asks("大変ではなかったですか")
    assert asks("**反響はいかがでしたか。**", "*")
    # a statement, a word ending in か that is no particle (赤, 確か), and an essay's plain,
    # rhetorical forms (…なのか。, …だろうか。): an interviewer asks politely
    assert not asks("本当に残業は必要なのか。")
    assert not asks("どうすればよいのだろうか。")
    assert not asks("よろしくお願いします。")
    assert not asks("色は赤。")
    assert not asks("それは確か。")


@given(st.text(max_size=40), st.sampled_from(QUESTION_MARKS))
def test_any_text_ending_in_a_question_mark_asks(text: str, mark: str) -> None:
    assert asks(text + mark)


def test_bold_run_in_names_whose_questions_end_in_ka_are_speakers() -> None:
    """``**中山** …ますか。`` / ``**大津** …``: the questions carry no ？, yet one name asks the other."""
    pairs = (
        ("センターはどういう組織なのか教えていただけますか。", "二〇二一年にできた研究開発の部署です。"),
        ("分析を始めたきっかけは何だったのでしょうか。", "選挙の前に、読者の声を整理したかったからです。"),
        ("苦労された点はありますか。", "ラベルの粒度をそろえるのが大変でした。"),
    )
    text = "# 取材記事\n\n" + "".join(f"**中山** {q}\n\n**大津** {a}\n\n" for q, a in pairs)
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [(who, said) for q, a in pairs for who, said in (("中山", q), ("大津", a))]


def test_an_essay_asking_itself_rhetorically_in_bold_is_no_interview() -> None:
    essay = (
        "# 働き方を考える\n\n**本当に残業は必要なのか。**\n\n多くの会社では残業が当たり前だ。\n\n"
        "**では、どうすればよいのだろうか。**\n\nまずは業務の棚卸しから始めるべきだ。\n\n"
        "**それは誰のための仕事なのか。**\n\n顧客のためでなければ、やめてよい。\n"
    )
    assert parse(essay).turns == ()
