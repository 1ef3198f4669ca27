"""Front matter keeps what decodes, reports what does not at its own line, and never loses speech."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interview_parser import parse

_GOOD = st.sampled_from(("2024-05-01", "a title", "42", "1.5", "true", "[a, b]", "'quoted: text'"))
_BAD = st.sampled_from(("2024-02-30", "2023-13-01", "0x" + "f" * 3600))
_KEYS = st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=8, unique=True)


@given(_KEYS.flatmap(lambda keys: st.tuples(st.just(keys), st.lists(st.one_of(_GOOD, _BAD), min_size=len(keys), max_size=len(keys)))))
def test_each_yaml_value_is_kept_or_reported_at_its_line(case: tuple[list[str], list[str]]) -> None:
    keys, values = case
    lines = [f"{key}: {value}" for key, value in zip(keys, values, strict=True)]
    doc = parse("---\n" + "\n".join(lines) + "\n---\n\nText.")
    reported = {d.line for d in doc.diagnostics}
    for number, (key, value) in enumerate(zip(keys, values, strict=True), 2):
        if value.startswith("0x"):
            assert doc.metadata[key] == value
            assert number in reported
        elif value in ("2024-02-30", "2023-13-01"):
            assert key not in doc.metadata
            assert number in reported
        else:
            assert key in doc.metadata
            assert number not in reported
    assert doc.preamble == ("Text.",)


_SPEECH = st.lists(st.sampled_from(("Why bread?", "Flour is cheap.", "And ovens?", "We borrowed two.")), min_size=2, max_size=4)


@given(_SPEECH, st.sampled_from(("{}: ", "**{}:** ")))
def test_speech_between_two_rules_stays_speech(sentences: list[str], form: str) -> None:
    labels = ["Q", "A"] * len(sentences)
    inside = "\n".join(form.format(label) + text for label, text in zip(labels, sentences, strict=False))
    after = "\n".join(form.format(label) + text for label, text in zip(labels, reversed(sentences), strict=False))
    doc = parse(f"---\n{inside}\n---\n{after}\n")
    assert dict(doc.metadata) == {}
    assert [t.text for t in doc.turns] == [*sentences, *reversed(sentences)]


_WORDS = st.lists(st.sampled_from(("compost", "heap", "leaves", "why", "rain", "spring", "slow")), min_size=1, max_size=12).map(" ".join)
_ITEMS = st.lists(st.tuples(st.sampled_from(("Tom", "Ines", "Ana Ruiz")), _WORDS, st.booleans()), min_size=1, max_size=8)


@given(_ITEMS, st.sampled_from(("transcript", "Transcript", "transcription")))
def test_a_front_matter_transcripts_items_are_its_turns(items: list[tuple[str, str, bool]], key: str) -> None:
    # each item one turn, its speaker as stated, its words whole however YAML folds them
    written = "".join(
        (f"- header: Part {n}\n" if heading else "") + f"- line: {words.replace(' ', chr(10) + '    ', 1)}\n  who: {who}\n"
        for n, (who, words, heading) in enumerate(items)
    )
    doc = parse(f"---\ntitle: T\n{key}:\n{written}---\n")
    assert [(t.speaker, t.text) for t in doc.turns] == [(who, words) for who, words, _ in items]
    assert key not in doc.metadata
    assert len(doc.sections) == sum(heading for *_, heading in items)
