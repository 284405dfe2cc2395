"""The benchmark (benchmarks/run.py) at its smoke size, and the generator's pairwise truth
(truth_links.csv) that it scores linkers against. Timings are reported, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from audit.sample import generate_sample

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("load", "link", "evaluate", "report")
RELATIONS = {"same", "ambiguous", "twin", "namesake", "doppelganger"}


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path, Path]:
    """One smoke run without Splink; returns (report, results folder, data folder)."""
    out = tmp_path_factory.mktemp("bench_results")
    data = tmp_path_factory.mktemp("bench_data")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--sizes",
            "smoke",
            "--no-splink",
            "--out",
            str(out),
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (report_path,) = out.glob("results-*.json")
    folders = [p for p in data.iterdir() if p.is_dir()]
    assert len(folders) == 1
    return json.loads(report_path.read_text(encoding="utf-8")), out, folders[0]


def test_smoke_report_has_every_measurement(smoke: tuple[dict[str, Any], Path, Path]) -> None:
    report, out, _ = smoke
    assert report["machine"]["cpu_count"] >= 1 and report["machine"]["python"]
    assert report["packages"]["leo-audit"] and report["packages"]["pyarrow"]
    (r,) = report["results"]
    assert (r["size"], r["hires"], r["registry_rows"]) == ("smoke", 2_000, 50_000)
    assert r["floor"]["wall_s"] > 0 and r["floor"]["peak_mib"] > 0
    audit = r["audit"]
    assert audit["wall_s"] > 0 and audit["peak_mib"] > 0
    for stage in STAGES:
        assert audit[f"{stage}_s"] is not None and audit[f"{stage}_s"] >= 0, stage
    assert r["ratio"] == pytest.approx(audit["wall_s"] / r["floor"]["wall_s"], rel=0.01)
    ours = r["ours"]
    assert ours["status"] == "ok" and ours["link_s"] > 0 and ours["peak_mib"] > 0
    for key in (
        "precision",
        "recall",
        "f1",
        "hires_false_twin",
        "hires_false_namesake",
        "hires_with_twin",
        "hires_with_namesake",
        "lead_pairs",
        "recall_with_leads",
    ):
        assert key in ours, key
    assert r["splink"]["status"] == "skipped"
    # the same numbers as a table over time: one CSV row per size
    (csv_path,) = out.glob("results-*.csv")
    flat = pd.read_csv(csv_path)
    assert len(flat) == 1
    for col in (
        "floor.wall_s",
        "audit.wall_s",
        "audit.peak_mib",
        "ratio",
        "audit.link_s",
        "ours.precision",
        "ours.recall",
        "ours.f1",
        "ours.hires_false_twin",
        "ours.hires_false_namesake",
    ):
        assert col in flat.columns, col


def test_smoke_links_are_right(smoke: tuple[dict[str, Any], Path, Path]) -> None:
    ours = smoke[0]["results"][0]["ours"]
    assert ours["precision"] >= 0.98
    # a swapped birth date shared with namesakes is a lead, not a link: recall of strong
    # links alone sits a little under that of links and leads together
    assert ours["recall"] >= 0.97
    # the generator places twins and namesakes next to hires on purpose: none is linked
    assert ours["hires_with_twin"] > 0 and ours["hires_with_namesake"] > 0
    assert ours["hires_false_twin"] == 0
    assert ours["hires_false_namesake"] == 0
    # leads (partial tier) cover what strong links may not: registry without a full birth
    # date, and a surname changed since
    assert ours["recall_with_leads"] >= max(ours["recall"], 0.995)


# --------------------------------------------------------------------------- truth_links


def _plain(value: str) -> str:
    text = unicodedata.normalize("NFKD", value)
    return "".join(c for c in text.lower() if "a" <= c <= "z")


def _dob(values: pd.Series) -> pd.Series:
    """Full birth dates as ISO text (ISO or MM/DD/YYYY); blank for a bare year or blank."""
    us = values.str.replace(r"^(\d\d)/(\d\d)/(\d{4})$", r"\3-\1-\2", regex=True)
    return us.where(us.str.fullmatch(r"\d{4}-\d\d-\d\d"), "")


def test_truth_links_are_consistent(smoke: tuple[dict[str, Any], Path, Path]) -> None:
    folder = smoke[2]
    links = pd.read_csv(folder / "truth_links.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(folder / "truth.csv", dtype=str, keep_default_na=False)
    hires = pd.read_csv(folder / "hires.csv", dtype=str, keep_default_na=False)
    registry = pd.concat(
        [
            pd.read_csv(p, dtype=str, keep_default_na=False)
            for p in sorted(folder.glob("certifications_*.csv"))
        ],
        ignore_index=True,
    )
    assert list(links.columns) == ["hire_id", "record_id", "relation"]
    assert set(links["relation"]) <= RELATIONS
    assert not links.duplicated(["hire_id", "record_id"]).any()
    assert set(links["hire_id"]) <= set(hires["hire_id"])
    assert set(links["record_id"]) <= set(registry["record_id"])

    by_hire = links.groupby("hire_id")["relation"].agg(set)
    rel = truth["hire_id"].map(by_hire).apply(lambda s: s if isinstance(s, set) else set())
    scenario = truth["scenario"].str.removesuffix("_override")
    # every hire verified by a registry record has that record as `same`
    verified = scenario.str.startswith("verified_")
    assert verified.any()
    assert rel[verified].apply(lambda s: "same" in s).all()
    assert rel[truth["expected_determination"].eq("VERIFIED_LEO") & verified].apply(bool).all()
    # hires without a registry person of their own have no `same`
    no_record = scenario.isin(
        [
            "recall_no_record",
            "recall_aspirational",
            "remediated_no_record",
            "recall_twin_only",
            "recall_namesake_only",
            "remediated_namesake_only",
            "review_coverage_gap",
        ]
    )
    assert no_record.any()
    assert not rel[no_record].apply(lambda s: "same" in s).any()
    # deliberate twins and namesakes are listed for the hires they were made for
    for name, relation in (
        ("verified_with_twin", "twin"),
        ("recall_twin_only", "twin"),
        ("verified_with_namesake", "namesake"),
        ("recall_namesake_only", "namesake"),
    ):
        rows = scenario == name
        assert rows.any(), name
        assert rel[rows].apply(lambda s, r=relation: r in s).all(), name
    # two equally good registry people, neither known to be the hire
    amb = truth.loc[scenario == "review_ambiguous", "hire_id"]
    assert len(amb) > 0
    n_amb = links[links["relation"] == "ambiguous"].groupby("hire_id").size()
    assert (n_amb.reindex(amb) == 2).all()
    assert not links[links["hire_id"].isin(amb)]["relation"].eq("same").any()

    # relations agree with what the rows say, where the registry prints a full date
    pairs = links.merge(hires, on="hire_id").merge(registry, on="record_id", suffixes=("_h", "_r"))
    h_first = pairs["first_name_h"].map(_plain)
    r_first = pairs["first_name_r"].map(_plain)
    h_dob = pairs["date_of_birth_h"]
    r_dob = _dob(pairs["date_of_birth_r"])
    full = r_dob != ""
    twin = pairs["relation"] == "twin"
    assert (h_first[twin] != r_first[twin]).all()
    assert (h_dob[twin & full] == r_dob[twin & full]).all()
    namesake = pairs["relation"] == "namesake"
    assert (h_dob[namesake & full] != r_dob[namesake & full]).all()
    same = pairs["relation"] == "same"
    assert (full & same).sum() > 0.8 * same.sum()


def test_truth_links_change_no_other_file(tmp_path: Path) -> None:
    """truth_links=True adds the file (and its README section) and nothing else."""
    generate_sample(tmp_path / "a", hires=300, registry=4000, seed=5, registry_format="csv")
    generate_sample(
        tmp_path / "b", hires=300, registry=4000, seed=5, registry_format="csv", truth_links=True
    )
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert set(b) == set(a) | {"truth_links.csv"}
    for name, content in a.items():
        if name == "README.md":
            assert b[name].startswith(content) and b"truth_links.csv" in b[name]
        else:
            assert b[name] == content, name
    # deterministic, like every other output
    generate_sample(
        tmp_path / "c", hires=300, registry=4000, seed=5, registry_format="csv", truth_links=True
    )
    assert (tmp_path / "c" / "truth_links.csv").read_bytes() == b["truth_links.csv"]
    # and a later run without it leaves no stale file behind
    generate_sample(tmp_path / "c", hires=300, registry=4000, seed=5, registry_format="csv")
    assert not (tmp_path / "c" / "truth_links.csv").exists()


def _point(hires: int, registry: int, audit_s: float) -> dict[str, Any]:
    return {
        "hires": hires,
        "registry_rows": registry,
        "audit": {"wall_s": audit_s, "peak_mib": 100.0},
        "floor": {"wall_s": 0.1},
    }


def test_linearity_fits_each_series_and_shows_a_bend() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scaling

    straight = [_point(h, 1_000_000, 1.0 + h / 10_000) for h in (5_000, 10_000, 20_000)]
    bent = [_point(20_000, r, 1.0 + (r / 1e6) ** 2) for r in (250_000, 500_000, 4_000_000)]
    fits = scaling.linearity([*straight, *bent, _point(7, 7, 1.0)])
    assert set(fits) == {"hires", "registry_rows"}
    hires = fits["hires"]
    assert hires["slope"] == pytest.approx(1.0) and hires["r2"] == pytest.approx(1.0)
    assert hires["marginal"] == pytest.approx([1.0, 1.0])
    assert [p["hires"] for p in hires["points"]] == [5_000, 10_000, 20_000]
    registry = fits["registry_rows"]
    assert registry["r2"] < 0.999
    assert registry["marginal"][1] > 3 * registry["marginal"][0]  # the bend is visible
