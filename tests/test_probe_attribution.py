"""The attribution probes (benchmarks/probe_attribution.py): invented sentences, each naming the
speaker the probe wants, and a count that reports what claimtrack reads otherwise."""

from __future__ import annotations

from tests.trainer_cases import load_trainer

probe = load_trainer("probe_attribution")


def test_every_probe_is_its_own_sentence_and_names_its_speaker() -> None:
    probes = list(probe.probes())
    assert len({text for _, text, _, _ in probes}) == len(probes)
    for _, text, wanted, which in probes:
        assert wanted in text  # the speaker is written, as a name or a description
        assert text.count("“") + text.count("‘") + text.count('"') // 2 > which


def test_a_probe_whose_speaker_is_not_read_is_a_failure() -> None:
    good = ("shape", probe.LEAD + f"“{probe.Q},” Ada Lund said.", "Ada Lund", 0)
    wrong = ("shape", probe.LEAD + f"“{probe.Q},” Ada Lund said.", "Tom Berg", 0)
    missing = ("shape", probe.LEAD + f"“{probe.Q},” Ada Lund said.", "Ada Lund", 1)
    failed = probe.failures([good, wrong, missing])
    assert failed == [(wrong, "Ada Lund"), (missing, None)]


def test_the_report_counts_probes_and_failures(capsys) -> None:  # type: ignore[no-untyped-def]
    assert probe.main([]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{len(list(probe.probes()))} probes, ")
