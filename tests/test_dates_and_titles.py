"""Where a document states its date and title when no front matter does: written in words in
several languages, on a cover page, in the one dated heading, or in the heading over a page's sections."""

from __future__ import annotations

import datetime

import pytest

from interview_parser import Conventions, Parser, parse
from interview_parser.header import parse_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-03-09", (2024, 3, 9)),
        ("2024/03/09 at 10:00", (2024, 3, 9)),
        ("2024 年 3 月 9 日", (2024, 3, 9)),
        ("Tuesday, March 9, 2024", (2024, 3, 9)),
        ("Sept. 9, 2024", (2024, 9, 9)),
        ("on the 9th of: March 9th, 2024", (2024, 3, 9)),
        ("9 de marzo de 2024", (2024, 3, 9)),
        ("Martes 9 de marzo, 2024", (2024, 3, 9)),
        ("9 março 2024", (2024, 3, 9)),
        ("1er mars 2024", (2024, 3, 1)),
        ("9. März 2024", (2024, 3, 9)),
        ("9 marzo 2024", (2024, 3, 9)),
        ("9 maart 2024", (2024, 3, 9)),
        ("9 марта 2024 года", (2024, 3, 9)),
        ("Datum: 09.03.2024", (2024, 3, 9)),
    ],
)
def test_a_date_in_words_or_digits_in_the_usual_languages(written: str, expected: tuple[int, int, int]) -> None:
    assert parse_date(written) == datetime.date(*expected)


@pytest.mark.parametrize("written", ["I may 2024 go", "31 de febrero de 2024", "version 2024", "March 2024", "40.13.2024"])
def test_no_date_where_none_is_whole(written: str) -> None:
    assert parse_date(written) is None


def test_the_earliest_date_in_a_line_wins() -> None:
    assert parse_date("Recorded 9 March 2024, published 2024-04-01") == datetime.date(2024, 3, 9)


def test_a_date_in_front_matter_written_in_words() -> None:
    doc = parse("---\ntitle: A talk\ndate: 9 de abril de 2024\n---\n\nAna: Hola.\n\nBo: Hola.\n")
    assert doc.date == datetime.date(2024, 4, 9)


def test_a_cover_page_states_its_date_on_a_line_of_its_own_far_down() -> None:
    parties = "\n".join(f"{n:>2}   PARTY NUMBER {n}, of the harbour district, appearing" for n in range(1, 11))
    cover = "\n\n".join(["IN THE COURT OF THE HARBOUR DISTRICT\nCase No. 12-345", parties, "Wednesday, May 8, 2024", "APPEARANCES:"])
    doc = parse(cover + "\n\nMR. OKAFOR: Good morning.\n\nTHE COURT: Good morning.\n\nMR. OKAFOR: May I begin?\n\nTHE COURT: Go ahead.\n")
    assert doc.date == datetime.date(2024, 5, 8)


def test_a_sentence_far_down_that_mentions_a_date_is_not_the_documents_date() -> None:
    lead = "\n\n".join(f"Paragraph {n} of the lead, long enough to be prose and not a date line." for n in range(6))
    doc = parse(lead + "\n\nShe moved to the harbour town on 9 March 2001, and stayed for twenty years.\n")
    assert doc.date is None


def test_the_only_dated_heading_above_the_conversation_dates_it() -> None:
    doc = parse("# Harbour council call\n\n## Council call - May 8, 2024\n\nAna: Shall we start?\n\nBo: Yes.\n\nAna: First item?\n\nBo: Budget.\n")
    assert doc.date == datetime.date(2024, 5, 8)


def test_a_changelog_dates_every_heading_and_none_of_them_is_its_date() -> None:
    doc = parse("# Changes\n\n## 1.1.0 - 2024-05-08\n\n- Faster.\n\n## 1.0.0 - 2024-04-01\n\n- First.\n")
    assert doc.date is None


def test_a_heading_over_a_pages_sections_titles_it() -> None:
    doc = parse("## Harbour guide\n\n### Getting there\n\nBy ferry.\n\n### Staying\n\nThe inn.\n")
    assert doc.title == "Harbour guide"
    assert [s.title for s in doc.sections] == ["Getting there", "Staying"]


def test_a_lone_heading_on_top_stays_a_section_as_a_bold_line_there_does() -> None:
    # a lone "## X" and a lone "**X**" over text read alike, so rendering a document is a fixed point
    for text in ("## Packing list\n\n- Rope.\n- Lamp.\n", "**Packing list**\n\n- Rope.\n- Lamp.\n"):
        doc = parse(text)
        assert doc.title is None
        assert [s.title for s in doc.sections] == ["Packing list"]


def test_a_heading_right_above_a_conversation_is_its_first_section() -> None:
    doc = parse("## Early years\n\n**Ana:** Where?\n\n**Bo:** Here.\n\n### Later\n\n**Ana:** Then?\n\n**Bo:** There.\n")
    assert doc.title is None
    assert [s.title for s in doc.sections] == ["Early years", "Later"]


def test_a_navigation_link_heading_does_not_title_the_page() -> None:
    doc = parse("### [Home](https://example.org/)\n\n#### Notes\n\nSome text.\n")
    assert doc.title is None


def test_two_level_two_headings_are_sections_not_a_title() -> None:
    doc = parse("## Getting there\n\n### By ferry\n\nSlow.\n\n## Staying\n\nThe inn.\n")
    assert doc.title is None


def test_a_page_titled_questions_and_answers_is_an_faq_and_its_questions_are_not_turns() -> None:
    faq = "{\n  \"title\": \"Вопросы и ответы\"\n}\n\n### Почему так?\nПотому что так устроено.\n\n### А где архив?\nНа странице архива.\n\n### Можно прийти в эфир?\nНапишите нам.\n"
    doc = parse(faq)
    assert doc.turns == ()
    assert any(d.code == "label-rejected" and "FAQ" in d.message for d in doc.diagnostics)


def test_questions_and_answers_with_someone_is_an_interview() -> None:
    text = "# Questions and answers with the harbour master\n\n### Why the new pier?\n\nShips got bigger.\n\n### And the old one?\n\nIt stays for ferries.\n\n### What next?\n\nA lighthouse.\n"
    doc = parse(text)
    assert [(t.section, t.text) for t in doc.turns] == [
        ("Why the new pier?", "Ships got bigger."), ("And the old one?", "It stays for ferries."), ("What next?", "A lighthouse.")]


def test_a_corpus_adds_its_own_faq_title() -> None:
    text = "# Hilfe\n\n### Wie meldest du dich an?\n\nÜber die Startseite.\n\n### Was kostet es dich?\n\nNichts.\n\n### Wer antwortet?\n\nDas Team.\n"
    assert len(parse(text).turns) == 3
    parser = Parser(conventions=Conventions().adding(faq_titles={"Hilfe"}))
    assert parser.parse(text).turns == ()


_SHOP_QUESTIONS = (
    "Answers to what people ask us most.\n\n### Do you ship abroad?\n\nYes, to most countries in Europe.\n\n"
    "### Do you take returns?\n\nWithin thirty days, if the box is unopened.\n\n### Can you engrave a watch?\n\n"
    "We can, for a small fee.\n\n### Where are you based?\n\nNear the harbour.\n\n### Do you sell gift cards?\n\nNot yet.\n"
)


def test_a_page_whose_metadata_names_it_an_faq_has_no_turns() -> None:
    assert len(parse("---\ntitle: Help\n---\n" + _SHOP_QUESTIONS).turns) == 5
    for kind in ("layout: faq", "type: [page, FAQ]", "Template: faq-page"):
        doc = parse(f"---\ntitle: Help\n{kind}\n---\n" + _SHOP_QUESTIONS)
        assert doc.turns == ()
        assert any(d.code == "label-rejected" and "FAQ page" in d.message for d in doc.diagnostics)
        assert any(d.code == "no-turns" for d in doc.diagnostics)


def test_a_corpus_names_its_own_kind_keys() -> None:
    text = "---\ntitle: Help\nformat: faq\n---\n" + _SHOP_QUESTIONS
    assert len(parse(text).turns) == 5
    assert Parser(conventions=Conventions().adding(kind_keys=("format",))).parse(text).turns == ()


def test_faq_headings_in_many_languages_name_an_faq() -> None:
    asked = [
        ("Czy muszę się zapisać?", "Nie, nie wymagamy zapisów, ale prosimy o wiadomość."),
        ("Czy spotkania są płatne?", "Nie, zawsze są bezpłatne."),
        ("Gdzie się spotykamy?", "W sali na drugim piętrze biblioteki."),
        ("Czy można przyjść z dzieckiem?", "Tak, dzieci są mile widziane."),
        ("Jak długi ma być wykład?", "Około pół godziny, z pytaniami na końcu."),
        ("Czy potrzebne są slajdy?", "Warto je mieć, ale nie są obowiązkowe."),
        ("Kto prowadzi spotkania?", "Trzy osoby z zarządu, na zmianę."),
        ("Czy jest nagranie?", "Tak, trafia do sieci po tygodniu."),
    ]
    answered = "\n\n" + "".join(f"### {question}\n\n{answer}\n\n" for question, answer in asked)
    assert len(parse("# Spotkania" + answered).turns) == 8
    for heading in ("Często zadawane pytania", "Sıkça Sorulan Sorular", "Vanliga frågor", "Câu hỏi thường gặp", "Συχνές ερωτήσεις"):
        doc = parse(f"# {heading}" + answered)
        assert doc.turns == (), heading


def test_a_date_written_as_the_title_is_the_title() -> None:
    assert parse("---\ntitle: 2023-08-24\n---\nText.").title == "2023-08-24"


def test_a_subsection_after_the_conversation_is_a_section_when_the_outline_goes_on() -> None:
    text = (
        "## 1. Ferries\n\n问：Why fewer ferries?\n\n答：Bigger ones.\n\n问：When?\n\n答：Next year.\n\n"
        "### A note on the pier\n\nThe pier is old.\n\n## 2. Lighthouse\n\nIt will be painted.\n\n"
        "### About the author\n\nShe writes about ports.\n"
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["1. Ferries", "A note on the pier", "2. Lighthouse", "About the author"]
    assert doc.trailer == ()
    # nothing above its level after it: the page's furniture, to the end
    ending = parse(text.split("## 2.")[0])
    assert [s.title for s in ending.sections] == ["1. Ferries"]
    assert ending.trailer == ("### A note on the pier", "The pier is old.")


def test_a_date_the_title_mentions_is_not_its_dateline() -> None:
    talk = "\n\nInterviewer: Where were you?\n\nAnna Weber: At the wall.\n\nInterviewer: And?\n\nAnna Weber: Joy.\n"
    assert parse("# Remembering 9 November 1989: a conversation" + talk).date is None
    assert parse("# Press briefing – 9 November 2024" + talk).date == datetime.date(2024, 11, 9)
    assert parse("# 2024-11-09 Press briefing" + talk).date == datetime.date(2024, 11, 9)
    assert parse("# Harbour talk\n\n## Part 1: Before 5 May 1945" + talk).date is None


def test_the_title_written_again_as_the_first_heading_is_the_title_at_any_level() -> None:
    text = "---\ntitle: Talking to the baker\n---\n\n## Talking to the baker\n\n" + "".join(
        f"Ana: Question {n}?\n\nBo: Answer {n}.\n\n" for n in range(2)
    ) + "## Talking to the baker\n\nAna: Again?\n\nBo: Again.\n"
    doc = parse(text)
    assert doc.title == "Talking to the baker"
    # once the interview has begun, a heading that says the same is a section
    assert [s.title for s in doc.sections] == ["Talking to the baker"]
    assert doc.sections[0].lines[0] == 15



def test_a_page_titled_faq_in_bold_rather_than_a_heading_is_an_faq() -> None:
    rows = "".join(
        f"<tr><td><b>{q}</b></td></tr>\n<tr><td>{a}</td></tr>\n"
        for q, a in [
            ("Когда откроется сервер?", "Точной даты нет, следите за новостями."),
            ("Почему игра тормозит?", "Мы меняем оборудование на этой неделе."),
            ("Можно ли вернуть вещи?", "Нет, вещи после вайпа не возвращаются."),
            ("Где взять ключ?", "У администратора в личных сообщениях."),
        ]
    )
    page = '<div align="center"><b>{}</b></div>\n<br>\n<table>\n' + rows + "</table>\n"
    assert len(parse(page.format("Новости сервера")).turns) == 8
    doc = parse(page.format("Часто задаваемые вопросы"))
    assert doc.turns == ()
    assert any(d.code == "label-rejected" and "FAQ page" in d.message for d in doc.diagnostics)


def test_an_faq_title_written_with_stops_names_an_faq() -> None:
    body = "\n\n" + "".join(
        f"## {q}\n\n{a}\n\n"
        for q, a in [
            ("When is the sequel out?", "When it is done, and not a day sooner."),
            ("Will you port it to phones?", "No, the controls would not survive it."),
            ("Can I stream your games?", "Yes, go ahead, no need to ask."),
            ("Why did you cancel the demo?", "I did not; it moved to the archive page."),
        ]
    )
    assert len(parse("---\ntitle: 'Notes'\n---" + body).turns) == 4  # the answers, under their question headings
    for title in ("F.A.Q", "F.A.Q.", "F.A.Q's"):
        doc = parse(f"---\ntitle: '{title}'\n---" + body)
        assert doc.turns == (), title
