# mypy: ignore-errors
"""Build the edge-case input folders used with check_outputs.py.

    make_datasets.py BASE OUT_PARENT

BASE is a folder written by `leo-audit sample ... --registry-format csv`.  Writes
OUT_PARENT/oc_edge_a (spreadsheet-unsafe names, ids that differ only by leading zeros,
US dates, cp1252 hires with aliased headers, a resume with a line break, an override on a
full-track hire) and OUT_PARENT/oc_edge_b (hires as xlsx with text ids, training as
parquet, a certification file as xlsx, no optional tables), OUT_PARENT/oc_edge_c (hostile
text for the HTML report, numeric and formula-like registry ids), OUT_PARENT/oc_edge_d
(hand-built policy edges, with OUT_PARENT/oc_edge_d_expected.csv) and OUT_PARENT/oc_edge_e
(ids stored in xlsx as numbers with a zero-padded display format).  Inputs only; no tool code.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pandas as pd


def read(p: Path) -> pd.DataFrame:
    return pd.read_csv(p, dtype=str, keep_default_na=False)


def rename_ids(folder: Path, mapping: dict[str, str]) -> None:
    for name in ("hires.csv", "training.csv", "employment_history.csv", "overrides.csv"):
        p = folder / name
        if p.exists():
            df = read(p)
            df["hire_id"] = df["hire_id"].map(lambda x: mapping.get(x, x))
            df.to_csv(p, index=False)


def edge_a(base: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out)
    for junk in ("truth.csv", "README.md"):
        (out / junk).unlink(missing_ok=True)
    h = read(out / "hires.csv")
    ids = list(h["hire_id"])
    # ids that differ only by leading zeros, and short ones
    mapping = {ids[0]: "7", ids[1]: "007", ids[2]: "0000000", ids[3]: "00123"}
    rename_ids(out, mapping)
    h = read(out / "hires.csv")
    unsafe = [
        ("last_name", 4, '=HYPERLINK("http://example.invalid","x")'),
        ("first_name", 5, "+Bob"),
        ("last_name", 6, "-Smith"),
        ("first_name", 7, "@Ann"),
        ("field_office", 8, "=1+1"),
        ("field_office", 9, "-12.5"),  # a plain number: left alone
        ("last_name", 10, "'Brien"),  # a leading apostrophe that is data
        ("middle_name", 11, "=cmd|' /C calc'!A0"),
        ("field_office", 12, "@SUM(A1)"),
        ("last_name", 13, "+1 (555) 010-0000"),
    ]
    for col, i, v in unsafe:
        h.loc[i, col] = v
    # a resume with a line break (a multi-line CSV record) before later rows
    h.loc[14, "resume_text"] = "Loan officer, 2015-2019\nThen: =SUM(A1:A9) consultant"
    # US dates on some rows
    for i in range(20, 40):
        y, m, d = h.loc[i, "hire_date"].split("-")
        h.loc[i, "hire_date"] = f"{m}/{d}/{y}"
    for i in range(40, 50):
        if h.loc[i, "date_of_birth"]:
            y, m, d = h.loc[i, "date_of_birth"].split("-")
            h.loc[i, "date_of_birth"] = f"{m}/{d}/{y}"
    # accents that need cp1252
    h.loc[15, "first_name"] = "Renée"
    h.loc[16, "last_name"] = "Muñoz"
    h = h.rename(
        columns={
            "hire_id": "Hire_ID",
            "date_of_birth": " DOB ",
            "last_name": "Surname",
            "first_name": "FIRST_NAME",
        }
    )
    (out / "hires.csv").write_bytes(h.to_csv(index=False, lineterminator="\r\n").encode("cp1252"))
    # an override on a full-track hire (probe: contract says NOT_APPLICABLE = full track)
    hh = read(out / "training.csv")
    hires = pd.read_csv(out / "hires.csv", dtype=str, keep_default_na=False, encoding="cp1252")
    short_ids = set(hh.loc[hh["course_code"] == "ERO-LEO-VIRT", "hire_id"])
    full = hires[(hires["screening_track"] == "BASIC") & ~hires["Hire_ID"].isin(short_ids)]
    ov = (
        read(out / "overrides.csv")
        if (out / "overrides.csv").exists()
        else pd.DataFrame(
            columns=["hire_id", "determination", "reviewer", "reviewed_on", "justification"]
        )
    )
    ov = pd.concat(
        [
            ov,
            pd.DataFrame(
                [
                    {
                        "hire_id": full["Hire_ID"].iloc[0],
                        "determination": "RECALL",
                        "reviewer": "=Probe",
                        "reviewed_on": "2026-01-05",
                        "justification": "-probe: override on a full-track hire",
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    ov.to_csv(out / "overrides.csv", index=False)


def edge_b(base: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for p in base.iterdir():
        if p.name.startswith("certifications"):
            shutil.copy(p, out / p.name)
    tx = out / "certifications_tx.csv"
    if tx.exists():
        df = read(tx)
        df.to_excel(out / "certifications_tx.xlsx", index=False)
        tx.unlink()
    h = read(base / "hires.csv")
    with pd.ExcelWriter(out / "hires.xlsx") as xw:
        h.to_excel(xw, index=False, sheet_name="hires")
        pd.DataFrame({"note": ["second sheet must be ignored"]}).to_excel(
            xw, index=False, sheet_name="notes"
        )
    read(base / "training.csv").to_parquet(out / "training.parquet", index=False)


def edge_c(base: Path, out: Path) -> None:
    """Hostile text for the HTML report, registry ids that are numbers with leading zeros
    or start with a formula character, linked to hires by exact name and birth date."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out)
    for junk in ("truth.csv", "README.md"):
        (out / junk).unlink(missing_ok=True)
    h = read(out / "hires.csv")
    t = read(out / "training.csv")
    short = h[(h["screening_track"] == "LEO") & (h["date_of_birth"] != "")]
    basic_done = set(
        t.loc[(t["course_code"] == "FLETC-BIETP") & (t["status"] == "completed"), "hire_id"]
    )
    short = short[~short["hire_id"].isin(basic_done)]
    i_script, i_img, i_amp, i_num, i_eq = list(short.index[:5])
    h.loc[i_script, "last_name"] = "<script>alert(1)</script>"
    h.loc[i_img, "field_office"] = "<img src=http://x.invalid/a.png onerror=alert(1)>"
    h.loc[i_amp, "first_name"] = 'O\'Neil & "Co" </td>'
    h.to_csv(out / "hires.csv", index=False)
    mn = read(out / "certifications_mn.csv")
    mn["record_id"] = [f"{i:08d}" for i in range(1, len(mn) + 1)]
    extra = []
    for i, rid in ((i_num, "00000042X"), (i_eq, '=HYPERLINK("http://x.invalid")')):
        r = {c: "" for c in mn.columns}
        r.update(
            record_id=rid,
            source="MN",
            first_name=h.loc[i, "first_name"],
            last_name=h.loc[i, "last_name"],
            date_of_birth=h.loc[i, "date_of_birth"],
            certification_type="Police Officer",
            status="active",
            issued_date="2010-01-04",
            agency="=Minneapolis Police Department",
        )
        extra.append(r)
    extra[0]["record_id"] = "000042"
    mn = pd.concat([mn, pd.DataFrame(extra)], ignore_index=True)
    mn.to_csv(out / "certifications_mn.csv", index=False)
    d = read(out / "decertifications.csv")
    d["record_id"] = [f"{i:07d}" for i in range(1, len(d) + 1)]
    d.to_csv(out / "decertifications.csv", index=False)


HIRE = "2024-06-15"
CERT_COLS = [
    "record_id",
    "source",
    "first_name",
    "middle_name",
    "last_name",
    "date_of_birth",
    "certification_type",
    "status",
    "issued_date",
    "separation_date",
    "agency",
]


def edge_d(out: Path, expected_csv: Path) -> None:
    """Hand-built policy edges with the determination the contract implies for each.
    Every hire is on the short track (screening_track LEO) unless said otherwise; hire
    date 2024-06-15; registries MN and CA are loaded."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    hires, certs, decerts, training, history, expected = [], [], [], [], [], []
    n = [0]

    def hire(
        first: str, last: str, dob: str, want: str, why: str, middle: str = "", track: str = "LEO"
    ) -> str:
        n[0] += 1
        hid = f"{n[0]:05d}"
        hires.append(
            {
                "hire_id": hid,
                "first_name": first,
                "middle_name": middle,
                "last_name": last,
                "suffix": "",
                "date_of_birth": dob,
                "hire_date": HIRE,
                "position_title": "Deportation Officer",
                "job_series": "1801",
                "field_office": "St. Paul",
                "screening_track": track,
                "screening_basis": "keyword:officer",
                "resume_text": "",
            }
        )
        training.append(
            {
                "hire_id": hid,
                "course_code": "ICE-ORIENT",
                "course_title": "Orientation",
                "delivery": "online",
                "start_date": HIRE,
                "end_date": HIRE,
                "status": "completed",
            }
        )
        expected.append({"hire_id": hid, "expected": want, "case": why})
        return hid

    def cert(
        first: str,
        last: str,
        dob: str,
        ctype: str = "Police Officer",
        status: str = "active",
        issued: str = "2015-01-10",
        sep: str = "",
        src: str = "MN",
        middle: str = "",
    ) -> str:
        rid = f"{src}-{len(certs) + 1:06d}"
        certs.append(
            dict(
                zip(
                    CERT_COLS,
                    [
                        rid,
                        src,
                        first,
                        middle,
                        last,
                        dob,
                        ctype,
                        status,
                        issued,
                        sep,
                        "Test Police Department",
                    ],
                    strict=True,
                )
            )
        )
        return rid

    def decert(first: str, last: str, dob: str, action: str, date: str) -> None:
        decerts.append(
            {
                "record_id": f"MN-D{len(decerts) + 1:05d}",
                "source": "MN",
                "first_name": first,
                "last_name": last,
                "date_of_birth": dob,
                "action": action,
                "action_date": date,
                "reason": "Misconduct",
            }
        )

    V, R, RV, M, NA = "VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"
    hire("Aurelio", "Quimby", "1980-04-11", V, "serving, 9 years, active police officer")
    cert("Aurelio", "Quimby", "1980-04-11")
    hire("Bertrand", "Ostrowski", "1979-05-12", V, "separated exactly 3 years before hire")
    cert(
        "Bertrand",
        "Ostrowski",
        "1979-05-12",
        issued="2010-01-10",
        sep="2021-06-15",
        status="inactive",
    )
    hire("Cornelius", "Vantreese", "1978-06-13", R, "separated 3 years + 1 day before hire")
    cert(
        "Cornelius",
        "Vantreese",
        "1978-06-13",
        issued="2010-01-10",
        sep="2021-06-14",
        status="inactive",
    )
    hire("Desmond", "Halvorsen", "1985-07-14", V, "exactly 12 months of service at hire")
    cert("Desmond", "Halvorsen", "1985-07-14", issued="2023-06-15")
    hire("Evander", "Kittredge", "1986-08-15", R, "12 months less a day of service")
    cert("Evander", "Kittredge", "1986-08-15", issued="2023-06-16")
    hire("Fitzgerald", "Montoya-Rue", "1975-09-16", R, "decertified (revoked) ON hire date")
    cert("Fitzgerald", "Montoya-Rue", "1975-09-16")
    decert("Fitzgerald", "Montoya-Rue", "1975-09-16", "revoked", HIRE)
    hire(
        "Gideon",
        "Pettibone",
        "1976-10-17",
        V,
        "decertification dated the day after hire; registry status still active",
    )
    cert("Gideon", "Pettibone", "1976-10-17")
    decert("Gideon", "Pettibone", "1976-10-17", "suspended", "2024-06-16")
    hire("Horatio", "Szymanski", "1977-11-18", R, "correctional officer certification only")
    cert("Horatio", "Szymanski", "1977-11-18", ctype="Correctional Officer")
    hire("Ignatius", "Rutherford", "1981-12-19", R, "status suspended")
    cert("Ignatius", "Rutherford", "1981-12-19", status="suspended")
    h = hire("Jasper", "Wexler", "1982-01-20", RV, "no record; basic course completed")
    training.append(
        {
            "hire_id": h,
            "course_code": "FLETC-BIETP",
            "course_title": "Basic",
            "delivery": "in_person",
            "start_date": "2024-07-01",
            "end_date": "2024-10-30",
            "status": "completed",
        }
    )
    hire("Kendrick", "Yarborough", "1983-02-21", NA, "full track, no short course", track="BASIC")
    h = hire(
        "Lysander",
        "Abernathy",
        "1984-03-22",
        R,
        "BASIC screening but a short-track course; no record",
        track="BASIC",
    )
    training.append(
        {
            "hire_id": h,
            "course_code": "ERO-LEO-VIRT",
            "course_title": "LEO",
            "delivery": "online",
            "start_date": HIRE,
            "end_date": "2024-07-15",
            "status": "completed",
        }
    )
    hire("Mortimer", "Blackwood", "", M, "hire without a birth date; name matches a sworn record")
    cert("Mortimer", "Blackwood", "1970-05-23")
    hire("Nathaniel", "Castellano", "1980-03-07", V, "birth day and month swapped, unique name")
    cert("Nathaniel", "Castellano", "1980-07-03")
    h = hire(
        "Octavia",
        "Delacroix",
        "1987-04-24",
        M,
        "claims Police Officer in NV (no NV registry), no record",
    )
    history.append(
        {
            "hire_id": h,
            "employer": "Reno Police Department",
            "title": "Police Officer",
            "state": "NV",
            "start_date": "2015-01-01",
            "end_date": "",
        }
    )
    hire("Percival", "Eastwood", "1974-05-25", R, "certification issued after hire")
    cert("Percival", "Eastwood", "1974-05-25", issued="2024-06-16")
    hire("Quentin", "Fairbanks", "1973-06-26", R, "surrendered certification before hire")
    cert("Quentin", "Fairbanks", "1973-06-26")
    decert("Quentin", "Fairbanks", "1973-06-26", "surrendered", "2022-01-05")
    hire("Bob", "Zyskowski", "1972-07-27", V, "nickname Bob for Robert, rare surname")
    cert("Robert", "Zyskowski", "1972-07-27")
    hire("José", "Núñez", "1971-08-28", V, "diacritics dropped in the registry")
    cert("JOSE", "NUNEZ", "1971-08-28")
    hire("Rosalind", "Garibaldi-Thornquist", "1988-09-29", V, "one part of a hyphenated surname")
    cert("Rosalind", "Thornquist", "1988-09-29")
    hire(
        "Annika",
        "Brennan",
        "1989-10-30",
        V,
        "maiden name carried as the middle name",
        middle="Kowalczyk",
    )
    cert("Annika", "Kowalczyk", "1989-10-30")
    hire("Solomon", "Hargreaves", "1968-11-11", M, "registry has the birth year only")
    cert("Solomon", "Hargreaves", "1968", src="CA")
    hire(
        "Tobias",
        "Ingersoll",
        "1990-12-12",
        R,
        "twin: same surname and birth date, another first name",
    )
    cert("Tristan", "Ingersoll", "1990-12-12")
    hire("Ulysses", "Jankowski", "1966-01-13", V, "lapsed status, serving at hire")
    cert("Ulysses", "Jankowski", "1966-01-13", status="lapsed")
    hire(
        "Valentina",
        "Kuznetsova",
        "1967-02-14",
        V,
        "separated within the window (2 years), 10 years of service",
    )
    cert(
        "Valentina",
        "Kuznetsova",
        "1967-02-14",
        issued="2012-03-01",
        sep="2022-06-01",
        status="inactive",
        src="CA",
    )
    hire("Wendell", "Lindqvist", "1965-03-15", R, "reserve officer certification only")
    cert("Wendell", "Lindqvist", "1965-03-15", ctype="Reserve Police Officer")
    hire(
        "Xavier",
        "Moreau",
        "1964-04-16",
        R,
        "sworn record whose service ended before it "
        "reached 12 months (issued 2015-01-10, separated 2015-06-01)",
    )
    cert("Xavier", "Moreau", "1964-04-16", sep="2015-06-01", status="inactive")
    hire(
        "Yvonne",
        "Nakagawa",
        "1969-05-17",
        f"{V}|{M}",
        "registry status now revoked, but "
        "the revocation is dated after hire (contract: status not revoked ON hire_date)",
    )
    cert("Yvonne", "Nakagawa", "1969-05-17", status="revoked")
    decert("Yvonne", "Nakagawa", "1969-05-17", "revoked", "2024-09-01")
    hire(
        "Zachary",
        "Oyelaran",
        "1963-06-18",
        f"{R}|{M}",
        "registry status revoked, no dated action: cannot tell when",
    )
    cert("Zachary", "Oyelaran", "1963-06-18", status="revoked")
    hire("", "Pemberton", "1962-07-19", f"{R}|{M}", "blank first name (unknown), no record")
    hire("Winifred", "", "1961-08-20", f"{R}|{M}", "blank surname (unknown), no record")
    hire(
        "",
        "Quarrington",
        "1960-09-21",
        M,
        "blank first name; a sworn record agrees on "
        "surname and full birth date (unknown is not 'no': a lead)",
    )
    cert("Evangeline", "Quarrington", "1960-09-21")
    hire(
        "Leopold",
        "",
        "1959-10-22",
        M,
        "blank surname; a sworn record agrees on first name "
        "and full birth date (unknown is not 'no': a lead)",
    )
    cert("Leopold", "Achterberg", "1959-10-22")
    # filler registry: unrelated people
    firsts = ["Alan", "Beth", "Carl", "Dana", "Eric", "Faye", "Glen", "Hana", "Ivan", "Jill"]
    lasts = ["Adams", "Baker", "Clark", "Davis", "Evans", "Foster", "Green", "Hill"]
    for i in range(400):
        f, l_ = firsts[i % 10], lasts[(i // 10) % 8]
        dob = f"{1960 + i % 35}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        cert(f, l_, dob, src="MN" if i % 2 else "CA")
    pd.DataFrame(hires).to_csv(out / "hires.csv", index=False)
    pd.DataFrame(training).to_csv(out / "training.csv", index=False)
    pd.DataFrame(
        history, columns=["hire_id", "employer", "title", "state", "start_date", "end_date"]
    ).to_csv(out / "employment_history.csv", index=False)
    cdf = pd.DataFrame(certs)
    cdf[cdf["source"] == "MN"].to_csv(out / "certifications_mn.csv", index=False)
    cdf[cdf["source"] == "CA"].to_csv(out / "certifications_ca.csv", index=False)
    pd.DataFrame(decerts).to_csv(out / "decertifications.csv", index=False)
    pd.DataFrame(expected).to_csv(expected_csv, index=False)


def edge_e(base: Path, out: Path) -> None:
    """hires and training as xlsx whose hire_id cells are NUMBERS shown with a zero-padded
    format ('000000'), as Excel users often keep ids: the sheet shows 003094."""
    from openpyxl import Workbook  # only for building this input

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for p in base.iterdir():
        if p.name.startswith("certifications"):
            shutil.copy(p, out / p.name)
    for name in ("hires", "training"):
        df = read(base / f"{name}.csv")
        wb = Workbook()
        ws = wb.active
        ws.append(list(df.columns))
        for row in df.itertuples(index=False):
            ws.append(list(row))
        for (cell,) in ws.iter_rows(min_row=2, max_col=1):
            cell.value = int(cell.value)
            cell.number_format = "000000"
        wb.save(out / f"{name}.xlsx")


def main() -> None:
    base, parent = Path(sys.argv[1]), Path(sys.argv[2])
    edge_a(base, parent / "oc_edge_a")
    edge_b(base, parent / "oc_edge_b")
    edge_c(base, parent / "oc_edge_c")
    edge_d(parent / "oc_edge_d", parent / "oc_edge_d_expected.csv")
    edge_e(base, parent / "oc_edge_e")


if __name__ == "__main__":
    main()
