# mypy: ignore-errors
# ruff: noqa: B905
"""Independent checker of leo-audit OUTPUTS against the data contract and the README.

Written from `shared/data-contract.md` (version 1), the project README and the CLI help
only; it does not import or read the tool's code.  Standard library + pandas + pyarrow.

Usage (run with the project's venv python):

    check_outputs.py DATA OUT [--rules DIR] [--second OUT2] [--tool LEO_AUDIT]
                     [--cli] [--json RESULTS.json] [--label NAME]

DATA    the input folder the outputs were made from
OUT     the output folder of `leo-audit run --data DATA --out OUT [...]`
--second OUT2   a second run of the same command: outputs must be byte-identical apart
                from documented run-time fields
--tool  path of the leo-audit executable (tool version, and needed by --cli)
--cli   also run the tool itself on copies of DATA in a temporary folder and check exit
        codes, error reporting on bad input, --fail-on-recall, `verify`, malformed rules

Every check prints PASS / FAIL / WARN / INFO with an id; the exit status is 1 when any
check FAILs, else 0.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import html
import html.parser
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pandas as pd
import pyarrow.parquet as pq

DETERMINATIONS = ["VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"]
DET_COLS = ["hire_id", "determination", "reason_codes", "evidence", "record_id", "match_score"]
RECALL_COLS = [
    "hire_id",
    "last_name",
    "first_name",
    "field_office",
    "hire_date",
    "screening_track",
    "reason_codes",
    "evidence",
    "priority",
]
# README: "... and name, office, hire date, track, link tier, registry source,
# decertification record".  Exact column names are not given there; these are searched
# by substring.
DET_README_EXTRA = {
    "name": ("last_name", "first_name"),
    "office": ("field_office",),
    "hire date": ("hire_date",),
    "track": ("screening_track",),
    "link tier": ("tier",),
    "registry source": ("source",),
    "decertification record": ("decert",),
}
PRIORITIES = ["high", "medium", "low"]
BOM = b"\xef\xbb\xbf"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
TABLES = ["hires", "training", "employment_history", "decertifications", "overrides"]
EXTS = (".csv", ".parquet", ".xlsx")
OUTPUT_FILES = [
    "determinations.csv",
    "determinations.parquet",
    "recall_list.csv",
    "review_queue.csv",
    "manifest.json",
    "report.html",
]
RUNTIME_MANIFEST_KEYS = {"started_at", "finished_at", "run_seconds", "timings"}
# a tiny alias map of our own (the contract's examples); the tool's columns.yaml may know more
ALIASES = {
    "dob": "date_of_birth",
    "birth_date": "date_of_birth",
    "birthdate": "date_of_birth",
    "birth_year": "date_of_birth",
    "year_of_birth": "date_of_birth",
    "yob": "date_of_birth",
    "surname": "last_name",
    "family_name": "last_name",
    "given_name": "first_name",
    "forename": "first_name",
}
NON_SWORN_WORDS = (
    "correction",
    "detention",
    "jailer",
    "jail ",
    "reserve",
    "auxiliary",
    "telecommunicat",
    "dispatch",
    "security",
    "probation",
    "parole",
    "trainee",
    "retired",
    "eligible",
)
SWORN_EXACT_TYPES = {
    "police officer",
    "peace officer",
    "basic peace officer",
    "deputy sheriff",
    "state trooper",
}


# ---------------------------------------------------------------------------- results
class Results:
    def __init__(self, label: str) -> None:
        self.label = label
        self.rows: list[dict[str, str]] = []

    def add(
        self, cid: str, ok: bool | None, what: str, detail: str = "", severity: str = "FAIL"
    ) -> None:
        status = "PASS" if ok else severity
        if ok is None:
            status = "INFO"
        self.rows.append({"id": cid, "status": status, "check": what, "detail": detail})
        line = f"[{status:4}] {cid}: {what}"
        if detail and status != "PASS":
            line += f"\n         -> {detail}"
        print(line, flush=True)

    def summary(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            out[r["status"]] = out.get(r["status"], 0) + 1
        return out


def sample(items: Any, n: int = 5) -> str:
    items = list(items)
    s = ", ".join(repr(x) for x in items[:n])
    return s + (f" ... ({len(items)} in all)" if len(items) > n else "")


# ---------------------------------------------------------------------------- reading
def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def decode_bytes(b: bytes) -> tuple[str, str]:
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8"), "utf-8-sig"
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return b.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return b.decode("latin-1"), "latin-1"


def xlsx_rows(path: Path) -> list[list[str]]:
    """First sheet of an xlsx as rows of strings (stdlib only)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as z:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        first = wb.find("m:sheets/m:sheet", ns)
        target = "xl/worksheets/sheet1.xml"
        if first is not None and "xl/_rels/workbook.xml.rels" in z.namelist():
            rid = first.get(rel_ns)
            rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            for rel in rels:
                if rel.get("Id") == rid:
                    t = rel.get("Target", "")
                    target = t.lstrip("/") if t.startswith("/") else "xl/" + t
        sheet = ET.fromstring(z.read(target))
        pad: dict[int, int] = {}  # style index -> width of a zero-padded number format
        if "xl/styles.xml" in z.namelist():
            st = ET.fromstring(z.read("xl/styles.xml"))
            fmts = {
                int(f.get("numFmtId", "0")): f.get("formatCode", "")
                for f in st.iter(f"{{{ns['m']}}}numFmt")
            }
            xfs = st.find("m:cellXfs", ns)
            for i, xf in enumerate(xfs if xfs is not None else []):
                code = fmts.get(int(xf.get("numFmtId", "0")), "")
                if re.fullmatch(r"0{2,}", code):
                    pad[i] = len(code)
    rows: list[list[str]] = []
    for r in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[int, str] = {}
        for c in r.findall("m:c", ns):
            ref = c.get("r", "")
            letters = re.match(r"[A-Z]+", ref)
            col = 0
            for ch in letters.group(0) if letters else "":
                col = col * 26 + ord(ch) - 64
            t = c.get("t")
            v = c.find("m:v", ns)
            if t == "s" and v is not None:
                val = shared[int(v.text or 0)]
            elif t == "inlineStr":
                val = "".join(x.text or "" for x in c.iter(f"{{{ns['m']}}}t"))
            else:
                val = v.text if v is not None and v.text is not None else ""
                if t not in ("str", "b", "e") and re.fullmatch(r"-?\d+\.0+", val):
                    val = val.split(".")[0]
                width = pad.get(int(c.get("s", "0")))
                if width and t not in ("str", "b", "e") and re.fullmatch(r"\d+", val):
                    val = val.zfill(width)  # displayed as e.g. 003094
            cells[(col - 1) if col else len(cells)] = val
        if cells:
            width = max(cells) + 1
            rows.append([cells.get(i, "") for i in range(width)])
    return rows


def xlsx_cell_types(path: Path) -> dict[str, str | None]:
    """Cell type attribute of each cell of the first sheet ('A2' -> 's'/'n'/None...)."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    out: dict[str, str | None] = {}
    with zipfile.ZipFile(path) as z:
        name = "xl/worksheets/sheet1.xml"
        sheet = ET.fromstring(z.read(name))
    for c in sheet.iter(f"{ns}c"):
        out[c.get("r", "")] = c.get("t")
    return out


def norm_header(h: str) -> str:
    key = re.sub(r"\s+", "_", str(h).strip().lower())
    return ALIASES.get(key, key)


def cell_str(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    if v is pd.NaT:
        return ""
    if isinstance(v, (dt.datetime, pd.Timestamp)):
        return v.date().isoformat() if (v.hour, v.minute, v.second) == (0, 0, 0) else str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def read_any(path: Path) -> tuple[pd.DataFrame, str | None]:
    """An input table as strings with normalised headers, plus the encoding used."""
    ext = path.suffix.lower()
    enc: str | None = None
    if ext == ".csv":
        text, enc = decode_bytes(path.read_bytes())
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    elif ext == ".parquet":
        raw = pq.read_table(path).to_pandas()
        df = pd.DataFrame({c: [cell_str(v) for v in raw[c]] for c in raw.columns})
    else:
        rows = xlsx_rows(path)
        header = rows[0] if rows else []
        body = [r + [""] * (len(header) - len(r)) for r in rows[1:]]
        df = pd.DataFrame([r[: len(header)] for r in body], columns=header, dtype=str)
    df.columns = [norm_header(c) for c in df.columns]
    df = df.fillna("")
    for c in df.columns:
        df[c] = df[c].astype(str).str.strip()
    return df, enc


def iso_date(s: str) -> str:
    """ISO or US date -> ISO; a bare year stays a year; anything else unchanged."""
    s = (s or "").strip()
    if not s:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?", s)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return f"{int(m[3]):04d}-{int(m[1]):02d}-{int(m[2]):02d}"
    if re.fullmatch(r"\d{4}(\.0)?", s):
        return s[:4]
    m = re.fullmatch(r"(\d{5})(\.0)?", s)  # an Excel serial
    if m:
        return (dt.date(1899, 12, 30) + dt.timedelta(days=int(m[1]))).isoformat()
    return s


def to_date(s: str) -> dt.date | None:
    s = iso_date(s)
    try:
        return dt.date.fromisoformat(s) if len(s) == 10 else None
    except ValueError:
        return None


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def add_years(d: dt.date, years: float) -> dt.date:
    return add_months(d, round(years * 12))


def norm_name(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


class Inputs:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.files: dict[str, list[Path]] = {}
        self.frames: dict[str, pd.DataFrame] = {}
        self.encodings: dict[str, str | None] = {}
        self.file_rows: dict[str, int] = {}
        self.other_files: list[str] = []
        for p in sorted(data.iterdir()):
            if not p.is_file():
                continue
            stem, ext = p.stem.lower(), p.suffix.lower()
            table = None
            if ext in EXTS:
                if stem.startswith("certifications"):
                    table = "certifications"
                elif stem in TABLES:
                    table = stem
            if table is None:
                self.other_files.append(p.name)
                continue
            self.files.setdefault(table, []).append(p)
        for table, paths in self.files.items():
            parts = []
            for p in paths:
                df, enc = read_any(p)
                self.encodings[p.name] = enc
                self.file_rows[p.name] = len(df)
                df["__file"] = p.name
                parts.append(df)
            self.frames[table] = pd.concat(parts, ignore_index=True).fillna("")

    def get(self, table: str) -> pd.DataFrame:
        return self.frames.get(table, pd.DataFrame())


def parse_policy(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")

    def scalar(key: str) -> str | None:
        m = re.search(rf"^\s*{key}:\s*([^#\n]+)", text, re.M)
        return m.group(1).strip().strip("\"'") if m else None

    def listing(key: str) -> list[str]:
        m = re.search(rf"^\s*{key}:\s*\[([^\]]*)\]", text, re.M)
        if not m:
            return []
        return [x.strip().strip("\"'") for x in m.group(1).split(",") if x.strip()]

    by_source: dict[str, float] = {}
    m = re.search(r"^\s*by_source:\s*\{([^}]*)\}", text, re.M)
    if m:
        for part in m.group(1).split(","):
            if ":" in part:
                k, v = part.split(":", 1)
                by_source[k.strip().strip("\"'").upper()] = float(v)
    return {
        "version": scalar("version"),
        "short_screening_track": scalar("short_screening_track") or "LEO",
        "short_course_codes": listing("short_course_codes"),
        "basic_course_codes": listing("basic_course_codes"),
        "accepted_statuses": [s.lower() for s in listing("accepted_statuses")],
        "disqualifying_actions": [s.lower() for s in listing("disqualifying_actions")],
        "default_years": float(scalar("default_years") or 3),
        "by_source": by_source,
        "service_minimum_months": int(float(scalar("service_minimum_months") or 12)),
    }


# ---------------------------------------------------------------------------- csv checks
def unneutralise(v: str) -> str:
    if v.startswith("'") and v[1:2] in FORMULA_START and v[1:2] != "":
        return v[1:]
    return v


def needs_neutralising(v: str) -> bool:
    return v[:1] in FORMULA_START and v != "" and not PLAIN_NUMBER.match(v)


def read_output_csv(res: Results, path: Path, cid: str) -> pd.DataFrame | None:
    """Encoding, BOM, CRLF, quoting, rectangular shape; returns the table as strings."""
    if not path.exists():
        return None
    b = path.read_bytes()
    res.add(
        f"{cid}.bom",
        b.startswith(b"\xef\xbb\xbf"),
        f"{path.name} starts with a UTF-8 byte-order mark (README: 'UTF-8 with a BOM')",
    )
    body = b[3:] if b.startswith(b"\xef\xbb\xbf") else b
    try:
        text = body.decode("utf-8")
        res.add(f"{cid}.utf8", True, f"{path.name} is valid UTF-8")
    except UnicodeDecodeError as e:
        res.add(f"{cid}.utf8", False, f"{path.name} is valid UTF-8", str(e))
        text = body.decode("utf-8", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # CRLF: every record terminator is CRLF (newlines inside quoted cells are cell content)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    canonical = out.getvalue()
    bare_lf = len(re.findall(r"(?<!\r)\n", text))
    res.add(
        f"{cid}.crlf",
        text.endswith("\r\n") and (bare_lf == 0 or canonical == text),
        f"{path.name} uses CRLF line ends (README)",
        f"{bare_lf} bare LF characters",
    )
    res.add(
        f"{cid}.quoting",
        canonical == text,
        f"{path.name} quotes consistently (re-writing the parsed rows with minimal quoting "
        "and CRLF reproduces the file byte for byte)",
        _first_diff(canonical, text),
    )
    widths = {len(r) for r in rows}
    res.add(
        f"{cid}.rect",
        len(widths) == 1,
        f"{path.name}: every record has as many fields as the header",
        f"field counts seen: {sorted(widths)}",
    )
    if not rows:
        return pd.DataFrame()
    header = rows[0]
    res.add(
        f"{cid}.hdr_unique",
        len(set(header)) == len(header),
        f"{path.name}: header names are unique",
        f"{header}",
    )
    body_rows = [r + [""] * (len(header) - len(r)) for r in rows[1:]]
    df = pd.DataFrame([r[: len(header)] for r in body_rows], columns=header, dtype=str)
    # formula safety
    bad = []
    for c in df.columns:
        for i, v in enumerate(df[c]):
            if needs_neutralising(v):
                bad.append((i + 2, c, v[:20]))
    res.add(
        f"{cid}.formula",
        not bad,
        f"{path.name}: no cell starts with = + - @ tab CR unless prefixed with ' "
        "(plain numbers excepted)",
        f"line, column, start: {sample(bad)}",
    )
    return df


def _first_diff(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return (
                f"first difference at char {i}: expected {a[i - 20 : i + 20]!r} "
                f"got {b[i - 20 : i + 20]!r}"
            )
    if len(a) != len(b):
        return f"lengths differ: {len(a)} vs {len(b)}"
    return ""


# ---------------------------------------------------------------------------- html
class TableParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.headings: list[str] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            self._cell = []
        elif tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
        elif tag in ("td", "th") and self._stack and self._cell is not None:
            if self._stack[-1]:
                self._stack[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._heading is not None:
            self._heading.append(data)


def to_int(s: str) -> int | None:
    s = s.replace(",", "").strip()
    return int(s) if re.fullmatch(r"\d+", s) else None


# ---------------------------------------------------------------------------- main checks
def check_outputs(
    res: Results, data: Path, out: Path, rules: Path, tool: str | None
) -> dict[str, Any]:
    inp = Inputs(data)
    policy = parse_policy(rules / "policy.yaml")
    ctx: dict[str, Any] = {}

    # ---- presence
    if not out.is_dir():
        res.add("files.present", False, "the output folder exists", str(out))
        return ctx
    missing = [f for f in OUTPUT_FILES if not (out / f).exists()]
    res.add(
        "files.present",
        not missing,
        "every output file of the contract exists "
        "(determinations.csv/.parquet, recall_list.csv, review_queue.csv, manifest.json, "
        "report.html)",
        f"missing: {missing}",
    )
    stray = [p.name for p in out.iterdir() if p.name not in [*OUTPUT_FILES, "recall_list.xlsx"]]
    res.add(
        "files.no_stray",
        not stray,
        "no temporary or unexpected files left in the "
        "output folder (README: written aside and moved into place)",
        f"{stray}",
        severity="WARN",
    )
    manifest: dict[str, Any] = {}
    if (out / "manifest.json").exists():
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    options = manifest.get("options", {}) if isinstance(manifest.get("options"), dict) else {}
    include_dob = bool(options.get("include_dob"))
    want_xlsx = bool(options.get("xlsx"))
    res.add(
        "files.xlsx",
        (out / "recall_list.xlsx").exists() == want_xlsx,
        "recall_list.xlsx exists exactly when the run used --xlsx (manifest options.xlsx)",
        f"options.xlsx={want_xlsx}, file exists={(out / 'recall_list.xlsx').exists()}",
    )

    # ---- inputs read independently
    hires = inp.get("hires")
    training = inp.get("training")
    certs = inp.get("certifications")
    decerts = inp.get("decertifications")
    overrides = inp.get("overrides")
    in_ids = list(hires["hire_id"]) if "hire_id" in hires else []
    hires_by_id = hires.set_index("hire_id", drop=False) if len(hires) else hires

    # ---- determinations.csv
    det = read_output_csv(res, out / "determinations.csv", "det.csv")
    if det is None:
        return ctx
    missing_cols = [c for c in DET_COLS if c not in det.columns]
    res.add(
        "det.columns",
        not missing_cols,
        f"determinations.csv has the contract's columns {DET_COLS}",
        f"missing {missing_cols}; has {list(det.columns)}",
    )
    no_extra = [
        k
        for k, subs in DET_README_EXTRA.items()
        if not any(any(s in c for s in subs) for c in det.columns)
    ]
    res.add(
        "det.readme_columns",
        not no_extra,
        "determinations.csv also has the README's "
        "name, office, hire date, track, link tier, registry source, decertification "
        "record columns",
        f"none found for: {no_extra}",
        severity="WARN",
    )
    if missing_cols:
        return ctx
    ctx["det"] = det
    ids = list(det["hire_id"])
    dup = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
    res.add(
        "det.unique",
        not dup,
        "each hire appears exactly once in determinations.csv",
        f"duplicated: {sample(dup)}",
    )
    missing_ids = sorted(set(in_ids) - set(ids))
    extra_ids = sorted(set(ids) - set(in_ids))
    res.add(
        "det.all_hires",
        not missing_ids and len(ids) == len(in_ids),
        "every input hire is in determinations.csv (ids compared as text)",
        f"{len(in_ids)} hires in, {len(ids)} rows out; missing {sample(missing_ids)}",
    )
    res.add(
        "det.no_extra",
        not extra_ids,
        "no hire_id in determinations.csv that is not in the input (leading zeros kept)",
        f"extra {sample(extra_ids)}",
    )
    zeros = [i for i in in_ids if i.startswith("0")]
    res.add(
        "ids.leading_zeros.det",
        all(z in set(ids) for z in zeros),
        f"the {len(zeros)} input hire_ids with leading zeros appear verbatim in determinations.csv",
        f"lost: {sample([z for z in zeros if z not in set(ids)])}",
    )
    bad_det = sorted(set(det["determination"]) - set(DETERMINATIONS))
    res.add(
        "det.values",
        not bad_det,
        "determination is one of the five allowed values",
        f"others: {bad_det}",
    )
    rc_bad = [
        (h, r)
        for h, r in zip(det["hire_id"], det["reason_codes"])
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*(;[A-Z][A-Z0-9_]*)*", r)
    ]
    res.add(
        "det.reason_codes",
        not rc_bad,
        "reason_codes is a non-empty `;`-separated list "
        "of machine-readable codes (no spaces, no empty items)",
        sample(rc_bad),
    )
    rc_dup = [
        h
        for h, r in zip(det["hire_id"], det["reason_codes"])
        if len(r.split(";")) != len(set(r.split(";")))
    ]
    res.add(
        "det.reason_codes_unique",
        not rc_dup,
        "no reason code repeated within a row",
        sample(rc_dup),
        severity="WARN",
    )
    ev_blank = [h for h, e in zip(det["hire_id"], det["evidence"]) if not e.strip()]
    res.add("det.evidence", not ev_blank, "every hire has a sentence of evidence", sample(ev_blank))
    # match_score / record_id
    score_bad = []
    for h, s, r in zip(det["hire_id"], det["match_score"], det["record_id"]):
        if s == "":
            if r:
                score_bad.append((h, "record without score"))
            continue
        try:
            f = float(s)
            if not 0 <= f <= 100:
                score_bad.append((h, s))
        except ValueError:
            score_bad.append((h, s))
        if not r:
            score_bad.append((h, "score without record"))
    res.add(
        "det.match_score",
        not score_bad,
        "match_score is a number in 0..100, present exactly when a record_id is linked",
        sample(score_bad),
    )
    cert_ids = set(certs["record_id"]) if "record_id" in certs else set()
    decert_ids = set(decerts["record_id"]) if "record_id" in decerts else set()
    unknown_rec = [
        (h, r)
        for h, r in zip(det["hire_id"], det["record_id"])
        if r and unneutralise(r) not in cert_ids
    ]
    res.add(
        "det.record_id_known",
        not unknown_rec,
        "every linked record_id exists in the certification files",
        sample(unknown_rec),
    )
    dcol = next((c for c in det.columns if "decert" in c), None)
    if dcol:
        unk = [(h, r) for h, r in zip(det["hire_id"], det[dcol]) if r and r not in decert_ids]
        res.add(
            "det.decert_id_known",
            not unk,
            f"every {dcol} exists in the decertifications file",
            sample(unk),
        )
    scol = "registry_source" if "registry_source" in det.columns else None
    if scol and "record_id" in certs:
        src_of = dict(zip(certs["record_id"], certs["source"].str.upper()))
        mism = [
            (h, r, s, src_of.get(unneutralise(r)))
            for h, r, s in zip(det["hire_id"], det["record_id"], det[scol])
            if r and src_of.get(unneutralise(r)) != unneutralise(s)
        ]
        res.add(
            "det.registry_source",
            not mism,
            "registry_source is the source of the linked record_id",
            sample(mism),
        )
    # columns copied from hires agree with the input
    copy_cols = [
        c
        for c in ("last_name", "first_name", "field_office", "screening_track")
        if c in det.columns and c in hires.columns
    ]
    diffs = []
    for c in copy_cols + (["hire_date"] if "hire_date" in det.columns else []):
        for h, v in zip(det["hire_id"], det[c]):
            if h not in hires_by_id.index:
                continue
            src = (
                str(hires_by_id.loc[h, c])
                if not isinstance(hires_by_id.loc[h, c], pd.Series)
                else str(hires_by_id.loc[h, c].iloc[0])
            )
            want = iso_date(src) if c == "hire_date" else src
            if unneutralise(v) != want and v != want:
                diffs.append((h, c, want[:25], v[:25]))
    res.add(
        "det.copied_values",
        not diffs,
        "name, office, track and hire date in "
        "determinations.csv are the input's values (dates as ISO)",
        sample(diffs),
    )
    if "hire_date" in det.columns:
        nonISO = [v for v in det["hire_date"] if not re.fullmatch(r"\d{4}-\d\d-\d\d", v)]
        res.add(
            "det.iso_dates", not nonISO, "hire_date is written as ISO YYYY-MM-DD", sample(nonISO)
        )

    # ---- parquet == csv
    pqp = out / "determinations.parquet"
    if pqp.exists():
        table = pq.read_table(pqp)
        pdf = table.to_pandas()
        res.add(
            "det.parquet_columns",
            list(pdf.columns) == list(det.columns),
            "determinations.parquet has the same columns, in the same order, as the CSV",
            f"parquet {list(pdf.columns)} vs csv {list(det.columns)}",
        )
        idt = str(table.schema.field("hire_id").type) if "hire_id" in pdf.columns else "?"
        res.add(
            "det.parquet_hire_id_text",
            idt in ("string", "large_string"),
            "hire_id is text in the parquet (leading zeros kept)",
            f"type {idt}",
        )
        res.add(
            "det.parquet_rows",
            len(pdf) == len(det),
            "determinations.parquet has the same number of rows as the CSV",
            f"{len(pdf)} vs {len(det)}",
        )
        vdiff = []
        if len(pdf) == len(det):
            for c in [c for c in det.columns if c in pdf.columns]:
                for i, (a, b) in enumerate(zip(det[c], pdf[c])):
                    bs = cell_str(b)
                    a2 = unneutralise(a)
                    if a2 == bs or a == bs:
                        continue
                    try:
                        if a2 != "" and bs != "" and float(a2) == float(bs):
                            continue
                    except ValueError:
                        pass
                    vdiff.append((i, c, a[:30], bs[:30]))
        res.add(
            "det.parquet_values",
            not vdiff,
            "determinations.parquet holds the same rows "
            "in the same order with the same values as the CSV (blank = null, "
            "CSV formula prefix ' removed)",
            sample(vdiff),
        )

    # ---- track and determination semantics
    short_codes = set(policy["short_course_codes"])
    basic_codes = set(policy["basic_course_codes"])
    short_ids: set[str] = set()
    basic_done: set[str] = set()
    if len(hires) and "screening_track" in hires:
        st = policy["short_screening_track"].strip().upper()
        short_ids |= set(
            hires.loc[hires["screening_track"].str.strip().str.upper() == st, "hire_id"]
        )
    if len(training):
        tc = training["course_code"].str.strip().str.upper()
        short_ids |= set(training.loc[tc.isin({c.upper() for c in short_codes}), "hire_id"])
        done = training["status"].str.strip().str.lower() == "completed"
        basic_done = set(training.loc[tc.isin({c.upper() for c in basic_codes}) & done, "hire_id"])
    ov: dict[str, str] = {}
    if len(overrides) and "hire_id" in overrides:
        ov = dict(zip(overrides["hire_id"], overrides["determination"].str.strip().str.upper()))
    det_of = dict(zip(det["hire_id"], det["determination"]))
    na_wrong = [
        (h, d)
        for h, d in det_of.items()
        if h not in ov and h in set(in_ids) and (d == "NOT_APPLICABLE") != (h not in short_ids)
    ]
    res.add(
        "det.track",
        not na_wrong,
        "NOT_APPLICABLE exactly for full-track hires "
        "(short track = screening_track LEO or a short-track course code in training; "
        "computed from the inputs and rules/policy.yaml; overridden hires excluded)",
        f"(hire, determination) {sample(na_wrong)}",
    )
    if "short_track" in det.columns:
        stw = [
            (h, v)
            for h, v in zip(det["hire_id"], det["short_track"])
            if v.lower() not in ("true", "false") or (v.lower() == "true") != (h in short_ids)
        ]
        res.add(
            "det.short_track_col",
            not stw,
            "the short_track column agrees with the independently computed track",
            sample(stw),
        )
    rem_bad = [
        h for h, d in det_of.items() if d == "REMEDIATED" and h not in ov and h not in basic_done
    ]
    res.add(
        "det.remediated",
        not rem_bad,
        "every REMEDIATED hire has a completed basic course row in training",
        sample(rem_bad),
    )
    rec_bad = [h for h, d in det_of.items() if d == "RECALL" and h not in ov and h in basic_done]
    res.add(
        "det.recall_no_basic",
        not rec_bad,
        "no RECALL hire has a completed basic course (that would be REMEDIATED)",
        sample(rec_bad),
    )
    ov_bad = [(h, det_of.get(h), d) for h, d in ov.items() if det_of.get(h) != d]
    ov_ev = [
        h
        for h in ov
        if h in det_of
        and "overrid"
        not in " ".join(det.loc[det["hire_id"] == h, ["evidence", "reason_codes"]].iloc[0]).lower()
    ]
    res.add(
        "det.overrides",
        not ov_bad and not ov_ev,
        "each analyst override replaces the "
        "determination and says so in the evidence (README step 5)",
        f"not applied {sample(ov_bad)}; not said {sample(ov_ev)}",
    )
    ov_na = [(h, d) for h, d in ov.items() if h not in short_ids and d != "NOT_APPLICABLE"]
    res.add(
        "det.override_on_full_track",
        not ov_na,
        "no override turns a full-track hire "
        "into a short-track determination (contract: NOT_APPLICABLE = full track)",
        sample(ov_na),
        severity="WARN",
    )
    check_blank_identity(res, det, hires_by_id)
    check_verified(res, det, hires_by_id, certs, decerts, policy, ov)
    check_recall_semantics(res, det, hires_by_id, certs, decerts, policy, ov, basic_done)
    check_status_after_hire(res, det, hires_by_id, certs, decerts, policy, ov)

    # ---- recall list
    rl = read_output_csv(res, out / "recall_list.csv", "recall.csv")
    if rl is not None:
        miss = [c for c in RECALL_COLS if c not in rl.columns]
        res.add(
            "recall.columns",
            not miss,
            f"recall_list.csv has the contract's columns {RECALL_COLS}",
            f"missing {miss}; has {list(rl.columns)}",
        )
        want = [h for h, d in zip(det["hire_id"], det["determination"]) if d == "RECALL"]
        got = list(rl["hire_id"]) if "hire_id" in rl else []
        res.add(
            "recall.rows",
            sorted(got) == sorted(want) and len(got) == len(set(got)),
            "recall_list.csv holds exactly the RECALL rows, each once",
            f"{len(got)} rows vs {len(want)} RECALL; missing "
            f"{sample(set(want) - set(got))}; extra {sample(set(got) - set(want))}",
        )
        if "priority" in rl:
            bad = [(h, p) for h, p in zip(rl["hire_id"], rl["priority"]) if p not in PRIORITIES]
            res.add(
                "recall.priority",
                not bad,
                "every recall has a priority (high / medium / low)",
                sample(bad),
            )
            order = [PRIORITIES.index(p) for p in rl["priority"] if p in PRIORITIES]
            res.add(
                "recall.order",
                order == sorted(order),
                "recall_list.csv is ordered by priority, high first (README: 'by priority')",
            )
            check_priority(res, rl)
        # values agree with determinations
        dd = det.set_index("hire_id")
        vd = []
        for _, r in rl.iterrows():
            h = r.get("hire_id")
            if h not in dd.index:
                continue
            for c in RECALL_COLS:
                if c in rl.columns and c in dd.columns and c != "hire_id" and r[c] != dd.loc[h, c]:
                    vd.append((h, c, r[c][:25], dd.loc[h, c][:25]))
        res.add(
            "recall.values",
            not vd,
            "recall_list.csv values equal determinations.csv for the shared columns",
            sample(vd),
        )
        res.add(
            "ids.leading_zeros.recall",
            set(got) <= set(in_ids),
            "recall_list hire_ids are input ids verbatim",
            sample(set(got) - set(in_ids)),
        )
        check_dob_columns(res, rl, "recall", include_dob, hires_by_id)
        ctx["recall"] = rl

    # ---- review queue
    rq = read_output_csv(res, out / "review_queue.csv", "review.csv")
    if rq is not None:
        want = [h for h, d in zip(det["hire_id"], det["determination"]) if d == "MANUAL_REVIEW"]
        got = list(rq["hire_id"]) if "hire_id" in rq else []
        res.add(
            "review.rows",
            sorted(got) == sorted(want) and len(got) == len(set(got)),
            "review_queue.csv holds exactly the MANUAL_REVIEW rows, each once",
            f"{len(got)} rows vs {len(want)} MANUAL_REVIEW; missing "
            f"{sample(set(want) - set(got))}; extra {sample(set(got) - set(want))}",
        )
        wc = "what_to_check" in rq.columns
        blank = (
            [h for h, w in zip(got, rq["what_to_check"])]
            if False
            else ([h for h, w in zip(got, rq["what_to_check"]) if not w.strip()] if wc else [])
        )
        res.add(
            "review.what_to_check",
            wc and not blank,
            "review_queue.csv says what an "
            "analyst must check (`what_to_check`, non-blank on every row)",
            f"column present={wc}; blank on {sample(blank)}",
        )
        cand = next((c for c in rq.columns if "candidate" in c), None)
        res.add(
            "review.candidates_col",
            cand is not None,
            "review_queue.csv has the candidate records (README)",
            f"columns {list(rq.columns)}",
        )
        if cand:
            unk = []
            for h, v in zip(got, rq[cand]):
                for rid in [
                    unneutralise(x.strip()) for x in re.split(r";", unneutralise(v)) if x.strip()
                ]:
                    if rid not in cert_ids and rid not in decert_ids:
                        unk.append((h, rid))
            res.add(
                "review.candidates_known",
                not unk,
                "every candidate record id exists in the certification or decertification files",
                sample(unk),
            )
        base = [c for c in ("hire_id", "reason_codes", "evidence") if c not in rq.columns]
        res.add(
            "review.columns",
            not base,
            "review_queue.csv has hire_id, reason_codes, evidence",
            f"missing {base}",
            severity="WARN",
        )
        dd = det.set_index("hire_id")
        vd = []
        for _, r in rq.iterrows():
            h = r.get("hire_id")
            if h not in dd.index:
                continue
            for c in rq.columns:
                if c in dd.columns and c != "hire_id" and r[c] != dd.loc[h, c]:
                    vd.append((h, c, r[c][:25], dd.loc[h, c][:25]))
        res.add(
            "review.values",
            not vd,
            "review_queue.csv values equal determinations.csv for the shared columns",
            sample(vd),
        )
        res.add(
            "ids.leading_zeros.review",
            set(got) <= set(in_ids),
            "review_queue hire_ids are input ids verbatim",
            sample(set(got) - set(in_ids)),
        )
        check_dob_columns(res, rq, "review", include_dob, hires_by_id)
        ctx["review"] = rq

    # DOBs must not leak anywhere else (README: only with --include-dob, only in the lists)
    leak = []
    dob_of = dict(zip(hires["hire_id"], hires["date_of_birth"])) if "date_of_birth" in hires else {}
    for _, r in det.iterrows():
        d = iso_date(dob_of.get(r["hire_id"], ""))
        if len(d) == 10:
            us = f"{int(d[5:7])}/{int(d[8:10])}/{d[:4]}"
            us0 = f"{d[5:7]}/{d[8:10]}/{d[:4]}"
            if any(x in " ".join(r.values) for x in (d, us, us0)):
                leak.append(r["hire_id"])
    res.add(
        "privacy.det_no_dob",
        not leak,
        "determinations.csv shows no hire's date of birth",
        sample(leak),
    )

    # ---- xlsx
    xp = out / "recall_list.xlsx"
    if xp.exists() and rl is not None:
        rows = xlsx_rows(xp)
        ok = bool(rows) and rows[0] == list(rl.columns)
        res.add(
            "xlsx.header",
            ok,
            "recall_list.xlsx has the recall_list.csv header",
            f"{rows[0] if rows else None}",
        )
        xr = [r + [""] * (len(rows[0]) - len(r)) for r in rows[1:]] if rows else []
        diff = []
        for i, (a, b) in enumerate(zip(xr, rl.values.tolist())):
            for c, x, y in zip(rl.columns, a, b):
                if x != y and x != unneutralise(y):
                    diff.append((i, c, x[:20], y[:20]))
        res.add(
            "xlsx.rows",
            len(xr) == len(rl) and not diff,
            "recall_list.xlsx holds the same rows and values as recall_list.csv",
            f"{len(xr)} vs {len(rl)}; {sample(diff)}",
        )
        types = xlsx_cell_types(xp)
        numeric_ids = [
            ref
            for ref, t in types.items()
            if ref.startswith("A") and ref != "A1" and t not in ("s", "inlineStr", "str")
        ]
        res.add(
            "xlsx.hire_id_text",
            not numeric_ids,
            "hire_id cells in recall_list.xlsx are text (leading zeros survive in Excel)",
            sample(numeric_ids),
        )
        fbad = [(r[0], v[:20]) for r in xr for v in r if needs_neutralising(v)]
        res.add(
            "xlsx.formula",
            not fbad,
            "no recall_list.xlsx text cell starts with a formula character unprefixed",
            sample(fbad),
            severity="WARN",
        )

    # ---- manifest
    check_manifest(res, manifest, inp, rules, out, det, tool, policy)
    # ---- report
    check_report(res, out, det, rl, rq, manifest, hires)
    return ctx


def check_blank_identity(res: Results, det: pd.DataFrame, hires: pd.DataFrame) -> None:
    """Contract: 'A blank name or date of birth is unknown: the row is audited, and what
    cannot be linked on it is said in the evidence'."""
    silent = []
    n = 0
    for _, r in det[det["determination"] != "NOT_APPLICABLE"].iterrows():
        h = r["hire_id"]
        if h not in hires.index:
            continue
        hire = hires.loc[h]
        text = (r["evidence"] + " " + r["reason_codes"]).lower()
        for col, words in (
            ("date_of_birth", ("birth", "dob")),
            ("first_name", ("first name", "name")),
            ("last_name", ("surname", "last name", "name")),
        ):
            if col in hires.columns and not str(hire.get(col, "")).strip():
                n += 1
                if not any(w in text for w in words):
                    silent.append((h, col))
    res.add(
        "det.blank_identity_said",
        not silent,
        f"hires audited with a blank name or birth date ({n} blanks) say so in the evidence",
        sample(silent),
    )


def check_dob_columns(
    res: Results, df: pd.DataFrame, name: str, include_dob: bool, hires_by_id: pd.DataFrame
) -> None:
    dob_cols = [c for c in df.columns if "birth" in c or c in ("dob",)]
    if include_dob:
        res.add(
            f"{name}.dob_column",
            bool(dob_cols),
            f"{name}: with --include-dob a date of birth column is present",
            f"columns {list(df.columns)}",
        )
        if dob_cols and "date_of_birth" in hires_by_id.columns:
            c = dob_cols[0]
            bad = [
                (h, v)
                for h, v in zip(df["hire_id"], df[c])
                if h in hires_by_id.index
                and unneutralise(v) != iso_date(str(hires_by_id.loc[h, "date_of_birth"]))
            ]
            res.add(
                f"{name}.dob_values",
                not bad,
                f"{name}: dates of birth are the input's (ISO)",
                sample(bad[:3]),
            )
    else:
        res.add(
            f"{name}.no_dob_column",
            not dob_cols,
            f"{name}: no date of birth column without --include-dob",
            f"{dob_cols}",
        )
        leak = []
        if "date_of_birth" in hires_by_id.columns:
            for _, r in df.iterrows():
                h = r.get("hire_id")
                if h not in hires_by_id.index:
                    continue
                d = iso_date(str(hires_by_id.loc[h, "date_of_birth"]))
                if len(d) == 10 and any(d in str(v) for v in r.values):
                    leak.append(h)
        res.add(
            f"{name}.no_dob_values",
            not leak,
            f"{name}: the hire's full date of birth "
            "appears nowhere in the row without --include-dob",
            sample(leak),
        )


def check_priority(res: Results, rl: pd.DataFrame) -> None:
    """README: high = nothing or something bad on record; medium = only a non-sworn
    certification; low = a sworn one outside a time limit.  Judged from reason codes."""
    bad_codes = ("NO_REGISTRY_MATCH", "DECERTIFIED", "STATUS_NOT_ACCEPTED", "REVOKED", "SUSPENDED")
    time_codes = ("SEPARATION_EXCEEDS_WINDOW", "SERVICE_UNDER_MINIMUM", "ISSUED_AFTER_HIRE")
    wrong = []
    for h, rc, p in zip(rl["hire_id"], rl["reason_codes"], rl["priority"]):
        codes = rc.split(";")
        if "ANALYST_OVERRIDE" in codes:
            continue
        exp = None
        if any(any(b in c for b in bad_codes) for c in codes):
            exp = "high"
        elif "CERT_NOT_SWORN" in codes:
            exp = "medium"
        elif any(any(t in c for t in time_codes) for c in codes):
            exp = "low"
        if exp and p != exp:
            wrong.append((h, p, exp, rc))
    res.add(
        "recall.priority_meaning",
        not wrong,
        "priority agrees with the README's "
        "definition as far as reason codes show it (bad/nothing on record -> high; only "
        "non-sworn -> medium; sworn outside a time limit -> low)",
        sample(wrong, 3),
        severity="WARN",
    )


def _person_key(first: str, last: str, dob: str) -> tuple[str, str, str]:
    return norm_name(first), norm_name(last), iso_date(dob)


def check_verified(
    res: Results,
    det: pd.DataFrame,
    hires: pd.DataFrame,
    certs: pd.DataFrame,
    decerts: pd.DataFrame,
    policy: dict[str, Any],
    ov: dict[str, str],
) -> None:
    """Contract 'verified LEO status at hire', judged on the linked record itself."""
    if not len(certs) or "record_id" not in certs:
        return
    cert = certs.drop_duplicates("record_id").set_index("record_id")
    decert_keys: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    if len(decerts):
        for _, d in decerts.iterrows():
            k = _person_key(
                d.get("first_name", ""), d.get("last_name", ""), d.get("date_of_birth", "")
            )
            decert_keys.setdefault(k, []).append(
                (d.get("action", "").lower(), iso_date(d.get("action_date", "")))
            )
    dec_by_id = (
        decerts.drop_duplicates("record_id").set_index("record_id")
        if len(decerts)
        else pd.DataFrame()
    )
    problems: dict[str, list[tuple[str, str]]] = {
        k: []
        for k in ("status", "issued", "service", "separation", "dob", "type", "decert", "tier")
    }
    tier_col = next((c for c in det.columns if "tier" in c), None)
    dcol = next((c for c in det.columns if "decert" in c), None)
    n = 0
    for _, r in det[det["determination"] == "VERIFIED_LEO"].iterrows():
        h = r["hire_id"]
        if h in ov or h not in hires.index:
            continue
        n += 1
        rid = unneutralise(r["record_id"])
        if not rid or rid not in cert.index:
            problems["status"].append((h, "no linked certification"))
            continue
        c = cert.loc[rid]
        hire = hires.loc[h]
        hd = to_date(str(hire["hire_date"]))
        if hd is None:
            continue
        if tier_col and r[tier_col] != "strong":
            problems["tier"].append((h, r[tier_col]))
        if str(c.get("status", "")).lower() not in policy["accepted_statuses"]:
            problems["status"].append((h, f"{rid} status {c.get('status')}"))
        issued = to_date(str(c.get("issued_date", "")))
        sep = to_date(str(c.get("separation_date", "")))
        if issued is None or issued > hd:
            problems["issued"].append((h, f"{rid} issued {c.get('issued_date')} hire {hd}"))
        else:
            end = min(sep, hd) if sep else hd
            if add_months(issued, policy["service_minimum_months"]) > end:
                problems["service"].append((h, f"{rid} {issued}..{end}"))
        years = policy["by_source"].get(str(c.get("source", "")).upper(), policy["default_years"])
        if sep and add_years(sep, years) < hd:
            problems["separation"].append((h, f"{rid} separated {sep} hire {hd}"))
        hdob, cdob = (
            iso_date(str(hire.get("date_of_birth", ""))),
            iso_date(str(c.get("date_of_birth", ""))),
        )
        swapped = (
            len(hdob) == 10
            and len(cdob) == 10
            and hdob[:4] == cdob[:4]
            and hdob[5:7] == cdob[8:10]
            and hdob[8:10] == cdob[5:7]
        )
        if len(hdob) != 10 or (hdob != cdob and not swapped):
            problems["dob"].append((h, f"{rid}: birth dates differ or are not full"))
        ctype = " " + str(c.get("certification_type", "")).lower() + " "
        if any(w in ctype for w in NON_SWORN_WORDS):
            problems["type"].append((h, f"{rid} '{c.get('certification_type')}'"))
        k = _person_key(str(hire.get("first_name", "")), str(hire.get("last_name", "")), hdob)
        for action, ad in decert_keys.get(k, []):
            add = to_date(ad)
            if action in policy["disqualifying_actions"] and (add is None or add <= hd):
                problems["decert"].append((h, f"same name+DOB decert {action} {ad}"))
        if dcol and r[dcol] and len(dec_by_id) and r[dcol] in dec_by_id.index:
            d = dec_by_id.loc[r[dcol]]
            add = to_date(str(d.get("action_date", "")))
            if str(d.get("action", "")).lower() in policy["disqualifying_actions"] and (
                add is None or add <= hd
            ):
                problems["decert"].append((h, f"linked decert {r[dcol]} dated {add}"))
    labels = {
        "tier": "the link behind every VERIFIED_LEO is of the strong tier (README)",
        "status": "the linked certification's status is accepted (not revoked/suspended)",
        "issued": "the linked certification was issued on or before hire_date",
        "service": "the linked certification shows >= 12 months of service at hire_date",
        "separation": "separated no more than the window (3 years) before hire_date",
        "dob": "the hire's full birth date agrees with the record's (or day/month swapped)",
        "type": "the linked certification type is not a corrections, detention, reserve, "
        "dispatch, security, probation/parole ... one",
        "decert": "no decertification of the same person dated on or before hire_date",
    }
    for k, label in labels.items():
        res.add(
            f"policy.verified.{k}",
            not problems[k],
            f"VERIFIED_LEO ({n} not overridden): {label}",
            sample(problems[k], 4),
        )


def check_status_after_hire(
    res: Results,
    det: pd.DataFrame,
    hires: pd.DataFrame,
    certs: pd.DataFrame,
    decerts: pd.DataFrame,
    policy: dict[str, Any],
    ov: dict[str, str],
) -> None:
    """Contract: 'all of these hold on hire_date: its status is not revoked or suspended'.
    A registry status that became revoked/suspended through an action dated AFTER hire
    was not revoked on hire_date; such a hire meeting every other condition is, on that
    reading, verified (or at most for review), never a RECALL."""
    dcol = next((c for c in det.columns if "decert" in c), None)
    if not dcol or not len(certs) or not len(decerts) or "record_id" not in decerts:
        return
    cert = certs.drop_duplicates("record_id").set_index("record_id")
    dec = decerts.drop_duplicates("record_id").set_index("record_id")
    hits = []
    for _, r in det[det["determination"] == "RECALL"].iterrows():
        h, rid, did = r["hire_id"], unneutralise(r["record_id"]), r[dcol]
        if h in ov or h not in hires.index or rid not in cert.index or did not in dec.index:
            continue
        c, d = cert.loc[rid], dec.loc[did]
        hd = to_date(str(hires.loc[h, "hire_date"]))
        ad = to_date(str(d.get("action_date", "")))
        if hd is None or ad is None or ad <= hd:
            continue
        if str(c.get("status", "")).lower() not in ("revoked", "suspended"):
            continue
        issued, sep = (
            to_date(str(c.get("issued_date", ""))),
            to_date(str(c.get("separation_date", ""))),
        )
        ctype = " " + str(c.get("certification_type", "")).lower() + " "
        if issued is None or issued > hd or any(w in ctype for w in NON_SWORN_WORDS):
            continue
        if add_months(issued, policy["service_minimum_months"]) > (min(sep, hd) if sep else hd):
            continue
        if sep and add_years(sep, policy["default_years"]) < hd:
            continue
        if "strong" not in " ".join(r.values):
            continue
        hits.append((h, rid, c.get("status"), f"action {ad} > hire {hd}"))
    res.add(
        "policy.status_after_hire",
        not hits,
        "no RECALL whose only failing condition is a "
        "registry status (revoked/suspended) set by an action dated after hire_date "
        "(contract: conditions hold 'on hire_date')",
        sample(hits, 4),
        severity="WARN",
    )


def check_recall_semantics(
    res: Results,
    det: pd.DataFrame,
    hires: pd.DataFrame,
    certs: pd.DataFrame,
    decerts: pd.DataFrame,
    policy: dict[str, Any],
    ov: dict[str, str],
    basic_done: set[str],
) -> None:
    """A hire with an exact-name, exact-DOB, plainly sworn record meeting every time
    limit, with no decertification or second candidate anywhere, must not be RECALL."""
    if not len(certs) or "first_name" not in certs:
        return
    by_key: dict[tuple[str, str, str], list[pd.Series]] = {}
    for _, c in certs.iterrows():
        k = _person_key(c.get("first_name", ""), c.get("last_name", ""), c.get("date_of_birth", ""))
        by_key.setdefault(k, []).append(c)
    # people sharing surname+DOB (a twin, a namesake) make it not "plain"
    sur_dob: dict[tuple[str, str], int] = {}
    for k in by_key:
        sur_dob[(k[1], k[2])] = sur_dob.get((k[1], k[2]), 0) + 1
    dec_names: set[tuple[str, str]] = set()
    for _, d in decerts.iterrows() if len(decerts) else []:
        dec_names.add((norm_name(d.get("last_name", "")), iso_date(d.get("date_of_birth", ""))))
    wrong = []
    for _, r in det[det["determination"].isin(["RECALL", "REMEDIATED"])].iterrows():
        h = r["hire_id"]
        if h in ov or h not in hires.index:
            continue
        hire = hires.loc[h]
        hd = to_date(str(hire["hire_date"]))
        k = _person_key(
            str(hire.get("first_name", "")),
            str(hire.get("last_name", "")),
            str(hire.get("date_of_birth", "")),
        )
        if hd is None or len(k[2]) != 10 or not k[0] or not k[1]:
            continue
        cands = by_key.get(k, [])
        if not cands or sur_dob.get((k[1], k[2]), 0) > 1 or (k[1], k[2]) in dec_names:
            continue
        for c in cands:
            ctype = str(c.get("certification_type", "")).strip().lower()
            if ctype not in SWORN_EXACT_TYPES:
                continue
            if str(c.get("status", "")).lower() not in policy["accepted_statuses"]:
                continue
            issued = to_date(str(c.get("issued_date", "")))
            sep = to_date(str(c.get("separation_date", "")))
            if issued is None or issued > hd:
                continue
            end = min(sep, hd) if sep else hd
            if add_months(issued, policy["service_minimum_months"] + 1) > end:
                continue  # a month of slack either side of the line
            years = policy["by_source"].get(
                str(c.get("source", "")).upper(), policy["default_years"]
            )
            if sep and add_months(sep, int(years * 12) - 1) < hd:
                continue
            wrong.append((h, r["determination"], c.get("record_id")))
            break
    res.add(
        "policy.unverified_plain_match",
        not wrong,
        "no RECALL/REMEDIATED hire has a "
        "plain qualifying record (same first name, surname and full birth date; type "
        "'Police Officer'/'Peace Officer'/'Deputy Sheriff'/'State Trooper'; accepted "
        "status; >= 13 months service; separated < window - 1 month; no namesake or "
        "decertification with that surname and birth date)",
        sample(wrong, 4),
    )


def check_manifest(
    res: Results,
    m: dict[str, Any],
    inp: Inputs,
    rules: Path,
    out: Path,
    det: pd.DataFrame,
    tool: str | None,
    policy: dict[str, Any],
) -> None:
    if not m:
        res.add("manifest.present", False, "manifest.json exists and is JSON")
        return
    res.add(
        "manifest.contract_version",
        str(m.get("contract_version")) == "1",
        "manifest has contract_version 1",
        f"{m.get('contract_version')!r}",
    )
    res.add(
        "manifest.rules_version",
        m.get("rules_version") == policy["version"],
        "manifest rules_version equals rules/policy.yaml version",
        f"{m.get('rules_version')!r} vs {policy['version']!r}",
    )
    # inputs
    listed = {Path(str(e.get("path", ""))).name: e for e in m.get("inputs", [])}
    expect = {p.name: t for t, ps in inp.files.items() for p in ps}
    res.add(
        "manifest.inputs_listed",
        set(listed) == set(expect),
        "manifest lists every input table file of the data folder, and no other",
        f"unlisted {sorted(set(expect) - set(listed))}; unknown "
        f"{sorted(set(listed) - set(expect))}",
    )
    bad_sha = [
        n for n, e in listed.items() if n in expect and e.get("sha256") != sha256(inp.data / n)
    ]
    res.add(
        "manifest.inputs_sha256",
        not bad_sha,
        "manifest SHA-256 of every input file equals a recomputation",
        sample(bad_sha),
    )
    bad_rows = [
        (n, e.get("rows"), inp.file_rows.get(n))
        for n, e in listed.items()
        if n in expect and e.get("rows") != inp.file_rows.get(n)
    ]
    res.add(
        "manifest.inputs_rows",
        not bad_rows,
        "manifest row count of every input file equals a recount",
        sample(bad_rows),
    )
    bad_tab = [
        (n, e.get("table"), expect.get(n))
        for n, e in listed.items()
        if n in expect and e.get("table") != expect.get(n)
    ]
    res.add(
        "manifest.inputs_table",
        not bad_tab,
        "each listed input is attributed to the right contract table",
        sample(bad_tab),
        severity="WARN",
    )
    enc_bad = []
    for n, e in listed.items():
        if n.lower().endswith(".csv"):
            mine = (inp.encodings.get(n) or "").replace("-sig", "").replace("_", "-").lower()
            theirs = str(e.get("encoding") or "").replace("_", "-").lower()
            theirs = theirs.replace("-sig", "").replace("windows-1252", "cp1252")
            fam = {
                "cp1252": {"cp1252", "latin-1", "iso-8859-1", "latin1"},
                "latin-1": {"cp1252", "latin-1", "iso-8859-1", "latin1"},
                "utf-8": {"utf-8", "utf8", "ascii"},
            }
            if theirs not in fam.get(mine, {mine}):
                enc_bad.append((n, e.get("encoding"), inp.encodings.get(n)))
    res.add(
        "manifest.inputs_encoding",
        not enc_bad,
        "manifest names the encoding of each CSV "
        "input (README: 'the encoding used is in the manifest')",
        sample(enc_bad),
    )
    others = inp.other_files
    res.add(
        "manifest.other_files",
        None,
        f"files in the data folder that are not contract "
        f"tables (not expected in the manifest): {others}",
    )
    # rules
    rfiles = {Path(str(e.get("path", ""))).name: e for e in m.get("rules_files", [])}
    want_rules = sorted(p.name for p in rules.iterdir() if p.suffix in (".yaml", ".yml"))
    res.add(
        "manifest.rules_listed",
        set(rfiles) == set(want_rules),
        "manifest lists every rule file",
        f"listed {sorted(rfiles)} vs {want_rules}",
    )
    bad = [n for n in want_rules if rfiles.get(n, {}).get("sha256") != sha256(rules / n)]
    res.add(
        "manifest.rules_sha256",
        not bad,
        "manifest SHA-256 of every rule file equals a recomputation",
        f"{bad}",
    )
    # rows in
    rows_in = {
        k: v for k, v in m.get("rows_in", {}).items() if v or k in inp.files
    }  # absent optional tables may be listed as 0
    want_in = {t: int(sum(inp.file_rows[p.name] for p in ps)) for t, ps in inp.files.items()}
    res.add(
        "manifest.rows_in",
        rows_in == want_in,
        "manifest rows_in per table equals a recount",
        f"{rows_in} vs {want_in}",
    )
    # rows out
    outs = m.get("outputs", {})
    counted = {}
    for name in ("determinations.csv", "recall_list.csv", "review_queue.csv"):
        if (out / name).exists():
            text = (out / name).read_bytes().decode("utf-8-sig", errors="replace")
            counted[name] = len(list(csv.reader(io.StringIO(text, newline="")))) - 1
    if (out / "determinations.parquet").exists():
        counted["determinations.parquet"] = pq.ParquetFile(
            out / "determinations.parquet"
        ).metadata.num_rows
    rows_bad = [
        (n, outs.get(n, {}).get("rows"), c)
        for n, c in counted.items()
        if outs.get(n, {}).get("rows") != c
    ]
    res.add(
        "manifest.rows_out",
        not rows_bad,
        "manifest row counts out equal a recount of every output table",
        sample(rows_bad),
    )
    hb = [
        n
        for n, e in outs.items()
        if (out / n).exists()
        and (
            e.get("sha256") not in (None, sha256(out / n))
            or e.get("bytes") not in (None, (out / n).stat().st_size)
        )
    ]
    res.add(
        "manifest.outputs_sha256",
        not hb,
        "output SHA-256 and sizes recorded in the manifest match the files",
        f"{hb}",
    )
    unlisted = [
        n for n in ("recall_list.xlsx", "report.html") if (out / n).exists() and n not in outs
    ]
    res.add("manifest.outputs_listed", None, f"output files not hashed in the manifest: {unlisted}")
    dc = m.get("determination_counts")
    mine = det["determination"].value_counts().to_dict()
    if dc is not None:
        res.add(
            "manifest.determination_counts",
            {k: v for k, v in dc.items() if v} == mine,
            "manifest determination_counts equal the determinations",
            f"{dc} vs {mine}",
        )
    cov = m.get("registry_coverage")
    certs = inp.get("certifications")
    want_cov = (
        sorted({s.strip().upper() for s in certs["source"] if s.strip()})
        if "source" in certs
        else []
    )
    if cov is not None:
        res.add(
            "manifest.coverage",
            sorted(cov) == want_cov,
            "manifest registry_coverage is the set of certification sources",
            f"{cov} vs {want_cov}",
        )
    # tool version and run time
    tv = m.get("tool_version")
    detail = f"{tv!r}"
    ok = isinstance(tv, str) and bool(tv)
    if tool and ok:
        p = subprocess.run([tool, "--version"], capture_output=True, text=True)
        ok = str(tv) in p.stdout
        detail += f" vs `--version`: {p.stdout.strip()!r}"
    res.add(
        "manifest.tool_version",
        ok,
        "manifest has the tool version (equal to `leo-audit --version`)",
        detail,
    )
    t0, t1, rs = m.get("started_at"), m.get("finished_at"), m.get("run_seconds")
    try:
        a = dt.datetime.fromisoformat(str(t0).replace("Z", "+00:00"))
        b = dt.datetime.fromisoformat(str(t1).replace("Z", "+00:00"))
        ok = (
            b >= a
            and isinstance(rs, (int, float))
            and rs >= 0
            and abs((b - a).total_seconds() - rs) <= 2
        )
        res.add(
            "manifest.run_time",
            ok,
            "manifest records the run time (started_at <= finished_at, run_seconds consistent)",
            f"{t0} {t1} {rs}",
        )
    except (ValueError, TypeError) as e:
        res.add("manifest.run_time", False, "manifest records the run time", str(e))


def check_report(
    res: Results,
    out: Path,
    det: pd.DataFrame,
    rl: pd.DataFrame | None,
    rq: pd.DataFrame | None,
    m: dict[str, Any],
    hires: pd.DataFrame,
) -> None:
    p = out / "report.html"
    if not p.exists():
        return
    raw = p.read_text(encoding="utf-8")
    tp = TableParser()
    tp.feed(raw)
    ext = re.findall(
        r"(?:src|href|action|data)\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]+)", raw, re.I
    )
    ext += re.findall(r"url\(\s*[\"']?\s*((?:https?:)?//[^)\"']+)", raw, re.I)
    ext += re.findall(r"@import[^;]+", raw, re.I)
    res.add(
        "report.offline",
        not ext,
        "report.html loads nothing from the network "
        "(no http(s):// or // in src/href/url()/@import)",
        sample(ext),
    )
    scripts = [t for t, _ in tp.tags if t in ("script", "iframe", "object", "embed", "applet")]
    handlers = [(t, a) for t, attrs in tp.tags for a, _ in attrs if a.lower().startswith("on")]
    jsurl = re.findall(r"javascript:", raw, re.I)
    res.add(
        "report.no_scripts",
        not scripts and not handlers and not jsurl,
        "report.html has no scripts (no <script>/<iframe>/<object>, on* handlers, "
        "javascript: urls)",
        f"{sample(scripts)} {sample(handlers)} {len(jsurl)}",
    )
    links = [a for t, a in tp.tags if t == "link"]
    res.add(
        "report.no_link_tags",
        not links,
        "report.html has no <link> to other files",
        sample(links),
        severity="WARN",
    )
    counts = det["determination"].value_counts().to_dict()
    # totals in a table: rows whose first cell is a determination and second a number
    seen: dict[str, list[int]] = {}
    for t in tp.tables:
        for row in t:
            if len(row) >= 2 and row[0] in DETERMINATIONS and to_int(row[1]) is not None:
                seen.setdefault(row[0], []).append(to_int(row[1]) or 0)
    bad = [
        (d, seen.get(d), counts.get(d, 0))
        for d in DETERMINATIONS
        if any(v != counts.get(d, 0) for v in seen.get(d, [None]))
    ]  # type: ignore[list-item]
    res.add(
        "report.totals",
        not bad,
        "report.html totals per determination equal the counts in determinations.csv",
        f"(determination, report, csv) {bad}",
    )
    text = " ".join(" ".join(tp.text).split())
    total = len(det)
    res.add(
        "report.total_hires",
        re.search(rf"\b{total}\b hires", text) is not None,
        f"report.html states the total number of hires ({total})",
    )
    # field office table
    office_t = [t for t in tp.tables if t and any("office" in c.lower() for c in t[0])]
    if office_t and "field_office" in det.columns:
        hdr = office_t[0][0]
        idx_rec = next((i for i, c in enumerate(hdr) if "recall" in c.lower()), None)
        idx_rev = next((i for i, c in enumerate(hdr) if "review" in c.lower()), None)
        exp_rec = (
            det[det["determination"] == "RECALL"]["field_office"]
            .map(unneutralise)
            .value_counts()
            .to_dict()
        )
        exp_rev = (
            det[det["determination"] == "MANUAL_REVIEW"]["field_office"]
            .map(unneutralise)
            .value_counts()
            .to_dict()
        )
        wrong = []
        seen_off = set()
        for row in office_t[0][1:]:
            off = row[0]
            seen_off.add(off)
            if idx_rec is not None and to_int(row[idx_rec]) != exp_rec.get(off, 0):
                wrong.append((off, "recalls", row[idx_rec], exp_rec.get(off, 0)))
            if idx_rev is not None and to_int(row[idx_rev]) != exp_rev.get(off, 0):
                wrong.append((off, "reviews", row[idx_rev], exp_rev.get(off, 0)))
        lost = sorted((set(exp_rec) | set(exp_rev)) - seen_off)
        res.add(
            "report.by_office",
            not wrong and not lost,
            "report.html recalls and reviews "
            "by field office equal the CSV counts, and no office with one is left out",
            f"{sample(wrong)}; offices missing {sample(lost)}",
        )
    else:
        res.add("report.by_office", False, "report.html has a chart/table by field office")
    reason_t = [t for t in tp.tables if t and any("reason" in c.lower() for c in t[0])]
    if reason_t:
        cc: dict[str, int] = {}
        for rc in det["reason_codes"]:
            for c in set(rc.split(";")):
                cc[c] = cc.get(c, 0) + 1
        wrong = [
            (row[0], row[1], cc.get(row[0]))
            for row in reason_t[0][1:]
            if len(row) > 1 and to_int(row[1]) != cc.get(row[0])
        ]
        res.add(
            "report.by_reason",
            not wrong,
            "report.html counts by reason code equal the "
            "hires carrying each code in determinations.csv",
            sample(wrong),
        )
    else:
        res.add("report.by_reason", False, "report.html has a chart/table by reason")
    res.add(
        "report.method",
        any("method" in h.lower() or "how" in h.lower() for h in tp.headings),
        "report.html has a method section",
        f"headings {tp.headings}",
        severity="WARN",
    )
    # recall table in the report, if it has one, matches recall_list.csv
    if rl is not None:
        rec_t = [
            t
            for t in tp.tables
            if t
            and t[0]
            and t[0][0].lower().startswith("hire")
            and any("priority" in c.lower() for c in t[0])
        ]
        if rec_t:
            ids = [row[0] for row in rec_t[0][1:]]
            res.add(
                "report.recall_rows",
                ids == list(rl["hire_id"]),
                "the recall table in "
                "report.html lists the recall_list.csv hires, in order, ids verbatim",
                f"{len(ids)} vs {len(rl)}",
            )
        hd = [h for h in tp.headings if "recall" in h.lower() and re.search(r"\d", h)]
        for h in hd:
            n = re.search(r"\((\d[\d,]*)\)", h)
            if n:
                res.add(
                    "report.recall_heading",
                    to_int(n.group(1)) == len(rl),
                    f"report heading '{h}' count equals recall_list rows ({len(rl)})",
                )
    # privacy: no full birth dates in the report unless asked... README says lists only
    if "date_of_birth" in hires:
        dobs = {iso_date(x) for x in hires["date_of_birth"] if len(iso_date(x)) == 10}
        leak = []
        for d in sorted(dobs):
            if d in raw:
                leak.append(d)
        # other dates (hire dates, issued dates) may coincide with a birth date: only
        # flag dates that are a hire's DOB and not any hire date / evidence date in the CSV
        csv_dates = set(re.findall(r"\d{4}-\d\d-\d\d", " ".join(det["evidence"]))) | set(
            det.get("hire_date", [])
        )
        leak = [d for d in leak if d not in csv_dates]
        res.add(
            "privacy.report_no_dob",
            not leak,
            "report.html shows no hire's date of birth",
            sample(leak),
            severity="WARN",
        )


def check_expected(res: Results, out: Path, expected: Path) -> None:
    e = pd.read_csv(expected, dtype=str, keep_default_na=False)
    d = pd.read_csv(
        out / "determinations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig"
    )
    got = dict(zip(d["hire_id"], d["determination"]))
    for _, r in e.iterrows():
        want = r["expected"].split("|")
        res.add(
            f"expected.{r['hire_id']}",
            got.get(r["hire_id"]) in want,
            f"hire {r['hire_id']} ({r.get('case', '')}) is {' or '.join(want)}",
            f"tool wrote {got.get(r['hire_id'])}",
        )


# ---------------------------------------------------------------------------- determinism
def mask_html_times(s: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?\s*(UTC|Z)?", "<TIME>", s)


def compare_runs(res: Results, a: Path, b: Path) -> None:
    for name in (
        "determinations.csv",
        "determinations.parquet",
        "recall_list.csv",
        "review_queue.csv",
    ):
        if (a / name).exists() and (b / name).exists():
            same = (a / name).read_bytes() == (b / name).read_bytes()
            res.add(
                f"repro.{name}",
                same,
                f"{name} is byte-identical across two runs "
                "(README: CSV and Parquet byte-identical)",
            )
    if (a / "report.html").exists() and (b / "report.html").exists():
        ra, rb = (a / "report.html").read_text("utf-8"), (b / "report.html").read_text("utf-8")
        res.add(
            "repro.report.html",
            mask_html_times(ra) == mask_html_times(rb),
            "report.html is identical across two runs apart from the run timestamp",
            _first_diff(mask_html_times(ra), mask_html_times(rb)),
        )
        res.add(
            "repro.report.html.bytes",
            None,
            f"report.html byte-identical: {ra == rb} (it shows the run time to the minute)",
        )
    if (a / "manifest.json").exists() and (b / "manifest.json").exists():
        ma = json.loads((a / "manifest.json").read_text("utf-8"))
        mb = json.loads((b / "manifest.json").read_text("utf-8"))
        diff = sorted(k for k in set(ma) | set(mb) if ma.get(k) != mb.get(k))
        res.add(
            "repro.manifest",
            set(diff) <= RUNTIME_MANIFEST_KEYS,
            "manifest.json differs across runs only in run-time fields "
            f"{sorted(RUNTIME_MANIFEST_KEYS)}",
            f"differing keys {diff}",
        )
    if (a / "recall_list.xlsx").exists() and (b / "recall_list.xlsx").exists():
        same = (a / "recall_list.xlsx").read_bytes() == (b / "recall_list.xlsx").read_bytes()
        same_cells = xlsx_rows(a / "recall_list.xlsx") == xlsx_rows(b / "recall_list.xlsx")
        res.add(
            "repro.recall_list.xlsx",
            same_cells,
            f"recall_list.xlsx has the same cells across runs (bytes identical: {same})",
        )


# ---------------------------------------------------------------------------- CLI checks
def run(
    cmd: list[str], cwd: Path | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", **extra_env)
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=900)


def write_csv(path: Path, df: pd.DataFrame) -> None:
    df.to_csv(path, index=False, lineterminator="\n")


def check_cli(res: Results, tool: str, data: Path, rules: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="oc_cli_"))
    try:
        _check_cli(res, tool, data, rules, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _check_cli(res: Results, tool: str, data: Path, rules: Path, tmp: Path) -> None:
    inp = Inputs(data)
    hires_path = next(p for p in inp.files["hires"])
    training_path = next(p for p in inp.files["training"])
    # 0 on success
    p = run([tool, "run", "--data", str(data), "--out", str(tmp / "ok"), "-q"])
    res.add(
        "cli.exit0",
        p.returncode == 0,
        "exit 0 on a successful run",
        f"rc={p.returncode} {p.stderr[-300:]}",
    )
    det = (
        pd.read_csv(
            tmp / "ok" / "determinations.csv",
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
        )
        if p.returncode == 0
        else pd.DataFrame()
    )
    n_recall = int((det.get("determination", pd.Series(dtype=str)) == "RECALL").sum())
    # byte-identical CSV/Parquet across hash seeds, and from a copy of the data elsewhere
    copy = tmp / "data_copy"
    shutil.copytree(data, copy)
    variants = {
        "PYTHONHASHSEED=0": (data, {"PYTHONHASHSEED": "0"}),
        "PYTHONHASHSEED=4242": (data, {"PYTHONHASHSEED": "4242"}),
        "data copied elsewhere": (copy, {}),
    }
    for label, (src, env) in variants.items():
        o = tmp / ("v_" + re.sub(r"\W", "_", label))
        p = run([tool, "run", "--data", str(src), "--out", str(o), "-q"], **env)
        diff = [
            n
            for n in (
                "determinations.csv",
                "determinations.parquet",
                "recall_list.csv",
                "review_queue.csv",
            )
            if not (o / n).exists() or (o / n).read_bytes() != (tmp / "ok" / n).read_bytes()
        ]
        res.add(
            f"repro.variant.{label}",
            p.returncode == 0 and not diff,
            f"CSV and Parquet outputs are byte-identical with {label}",
            f"rc={p.returncode} differing {diff}",
        )
    # --fail-on-recall
    p = run([tool, "run", "--data", str(data), "--out", str(tmp / "f"), "--fail-on-recall", "-q"])
    exp = 1 if n_recall else 0
    res.add(
        "cli.fail_on_recall",
        p.returncode == exp and (tmp / "f" / "manifest.json").exists(),
        f"--fail-on-recall exits {exp} with {n_recall} recalls, outputs still written",
        f"rc={p.returncode}",
    )
    # --fail-on-recall with no recall: every hire full track, no short course, no overrides
    nr = tmp / "norecall"
    nr_ok = False
    nr.mkdir()
    for t, ps in inp.files.items():
        for q in ps:
            if t != "overrides":
                shutil.copy(q, nr / q.name)
    if hires_path.suffix == ".csv" and training_path.suffix == ".csv":
        h, _ = read_any(hires_path)
        h["screening_track"] = "BASIC"
        (nr / hires_path.name).unlink()
        write_csv(nr / "hires.csv", h)
        t, _ = read_any(training_path)
        short = {c.upper() for c in parse_policy(rules / "policy.yaml")["short_course_codes"]}
        t = t[~t["course_code"].str.upper().isin(short)]
        (nr / training_path.name).unlink()
        write_csv(nr / "training.csv", t)
        p = run(
            [tool, "run", "--data", str(nr), "--out", str(tmp / "nro"), "--fail-on-recall", "-q"]
        )
        res.add(
            "cli.fail_on_recall_none",
            p.returncode == 0,
            "--fail-on-recall exits 0 when nobody is recalled (all hires full track)",
            f"rc={p.returncode} {p.stderr[-300:]}",
        )
        nr_ok = p.returncode == 0
        if p.returncode == 0:
            d2 = pd.read_csv(
                tmp / "nro" / "determinations.csv",
                dtype=str,
                keep_default_na=False,
                encoding="utf-8-sig",
            )
            res.add(
                "cli.all_full_track_na",
                set(d2["determination"]) == {"NOT_APPLICABLE"},
                "with every hire on the full track, every determination is NOT_APPLICABLE",
                f"{d2['determination'].value_counts().to_dict()}",
            )
    # --xlsx output verified, and not left behind by a later run without --xlsx
    xo = tmp / "xo"
    p = run([tool, "run", "--data", str(data), "--out", str(xo), "--xlsx", "-q"])
    if nr_ok and p.returncode == 0 and (xo / "recall_list.xlsx").exists():
        tx = tmp / "xo_tampered"
        shutil.copytree(xo, tx)
        first = xlsx_rows(xo / "recall_list.xlsx")
        # swap in an xlsx with other content: the one of the no-recall run, or an empty one
        other = tmp / "nro" / "recall_list.xlsx"
        run([tool, "run", "--data", str(nr), "--out", str(tmp / "nrx"), "--xlsx", "-q"])
        if (tmp / "nrx" / "recall_list.xlsx").exists():
            other = tmp / "nrx" / "recall_list.xlsx"
            shutil.copy(other, tx / "recall_list.xlsx")
            p = run([tool, "verify", str(tx), "--data", str(data)])
            res.add(
                "cli.verify_tampered_xlsx",
                p.returncode == 1,
                "`verify` exits 1 when "
                f"recall_list.xlsx was replaced ({len(first) - 1} rows -> "
                f"{len(xlsx_rows(other)) - 1})",
                f"rc={p.returncode}",
            )
        # stale: rerun into the same folder without --xlsx on the no-recall data
        p = run([tool, "run", "--data", str(nr), "--out", str(xo), "-q"])
        stale = (xo / "recall_list.xlsx").exists()
        res.add(
            "cli.no_stale_xlsx",
            not stale,
            "a run without --xlsx into a folder that held "
            "an earlier --xlsx run leaves no recall_list.xlsx behind (README: files "
            "written aside and moved into place together)",
            f"recall_list.xlsx still there with {len(xlsx_rows(xo / 'recall_list.xlsx')) - 1}"
            " old recall rows, beside a recall_list.csv of "
            f"{len((xo / 'recall_list.csv').read_bytes().splitlines()) - 1} rows"
            if stale
            else "",
        )
        if stale:
            p = run([tool, "verify", str(xo), "--data", str(nr)])
            res.add(
                "cli.verify_stale_xlsx",
                p.returncode == 1,
                "`verify` flags the stale recall_list.xlsx",
                f"rc={p.returncode}",
            )
    # --out names an existing file
    f = tmp / "a_file"
    f.write_text("x")
    p = run([tool, "run", "--data", str(data), "--out", str(f)])
    msg = p.stdout + p.stderr
    res.add(
        "cli.out_is_file",
        p.returncode == 2 and "Traceback" not in msg and f.read_text() == "x",
        "--out naming an existing file exits 2, no traceback, file untouched",
        f"rc={p.returncode} {msg[-200:]!r}",
    )
    # usage errors
    for name, args in (
        ("unknown_option", ["run", "--no-such-option"]),
        ("unknown_command", ["no-such-command"]),
        ("missing_data", ["run", "--data", str(tmp / "nope"), "--out", str(tmp / "nope_out")]),
        ("verify_missing_arg", ["verify"]),
    ):
        p = run([tool, *args])
        res.add(
            f"cli.usage.{name}",
            p.returncode == 2 and "Traceback" not in p.stderr + p.stdout,
            f"usage error ({' '.join(args[:2])}) exits 2 without a traceback",
            f"rc={p.returncode} {(p.stderr or p.stdout)[-200:]!r}",
        )
    res.add(
        "cli.usage.missing_data_no_out",
        not (tmp / "nope_out").exists(),
        "nothing written when the data folder does not exist",
    )
    # bad input
    bad_input_checks(res, tool, data, inp, tmp)
    # missing required table
    mt = tmp / "no_training"
    shutil.copytree(data, mt)
    (mt / training_path.name).unlink()
    p = run([tool, "run", "--data", str(mt), "--out", str(tmp / "mt_out")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.missing_training",
        p.returncode == 2
        and "training" in msg.lower()
        and "Traceback" not in msg
        and not (tmp / "mt_out").exists(),
        "a missing required table (training) exits 2, names it, writes nothing",
        f"rc={p.returncode} {msg[-300:]!r}",
    )
    # malformed rules
    br = tmp / "badrules"
    shutil.copytree(rules, br)
    pol = (br / "policy.yaml").read_text(encoding="utf-8")
    pol = re.sub(r"^service_minimum_months:.*$", "service_minimum_months: twelve", pol, flags=re.M)
    (br / "policy.yaml").write_text(pol, encoding="utf-8")
    p = run([tool, "run", "--data", str(data), "--rules", str(br), "--out", str(tmp / "br_o")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.bad_rules",
        p.returncode == 2
        and "policy.yaml" in msg
        and "service_minimum_months" in msg
        and "Traceback" not in msg
        and not (tmp / "br_o").exists(),
        "a malformed rules file exits 2 naming the file and the key, writes nothing",
        f"rc={p.returncode} {msg[-300:]!r}",
    )
    br2 = tmp / "badrules2"
    shutil.copytree(rules, br2)
    (br2 / "titles.yaml").write_text("sworn_leo: [unclosed\n  - : :\n", encoding="utf-8")
    p = run([tool, "run", "--data", str(data), "--rules", str(br2), "--out", str(tmp / "b2o")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.bad_rules_yaml",
        p.returncode == 2 and "titles.yaml" in msg and "Traceback" not in msg,
        "a rules file that is not YAML exits 2 naming it",
        f"rc={p.returncode} {msg[-300:]!r}",
    )
    # verify
    if (tmp / "ok" / "manifest.json").exists():
        p = run([tool, "verify", str(tmp / "ok"), "--data", str(data)])
        res.add(
            "cli.verify_ok",
            p.returncode == 0,
            "`verify` exits 0 on untouched outputs",
            f"rc={p.returncode} {(p.stdout + p.stderr)[-300:]!r}",
        )
        tam = tmp / "tampered"
        shutil.copytree(tmp / "ok", tam)
        rl = (tam / "recall_list.csv").read_bytes()
        (tam / "recall_list.csv").write_bytes(rl.replace(b",high\r\n", b",low\r\n", 1))
        p = run([tool, "verify", str(tam), "--data", str(data)])
        res.add(
            "cli.verify_tampered",
            p.returncode == 1,
            "`verify` exits 1 when an output was edited (one recall priority changed)",
            f"rc={p.returncode}",
        )
        tam3 = tmp / "tampered3"
        shutil.copytree(tmp / "ok", tam3)
        rep = (tam3 / "report.html").read_text(encoding="utf-8")
        (tam3 / "report.html").write_text(
            re.sub(r">\s*" + str(n_recall) + r"\s*<", ">0<", rep), encoding="utf-8"
        )
        p = run([tool, "verify", str(tam3), "--data", str(data)])
        res.add(
            "cli.verify_tampered_report",
            p.returncode == 1,
            "`verify` exits 1 when report.html was edited (recall count shown as 0)",
            f"rc={p.returncode}",
        )
        tam2 = tmp / "tampered2"
        shutil.copytree(tmp / "ok", tam2)
        d = (tam2 / "determinations.csv").read_bytes()
        (tam2 / "determinations.csv").write_bytes(d.replace(b",RECALL,", b",VERIFIED_LEO,", 1))
        p = run([tool, "verify", str(tam2), "--data", str(data)])
        res.add(
            "cli.verify_tampered_det",
            p.returncode == 1,
            "`verify` exits 1 when a determination was edited",
            f"rc={p.returncode}",
        )


def bad_input_checks(res: Results, tool: str, data: Path, inp: Inputs, tmp: Path) -> None:
    hires_path = inp.files["hires"][0]
    if hires_path.suffix != ".csv":
        res.add("cli.bad_input", None, "bad-input checks need hires as CSV; skipped")
        return
    bad = tmp / "bad"
    shutil.copytree(data, bad)
    text, _ = decode_bytes((bad / hires_path.name).read_bytes())
    rows = list(csv.reader(io.StringIO(text, newline="")))
    hdr = [norm_header(h) for h in rows[0]]
    ci = {c: hdr.index(c) for c in hdr}
    # data row numbers (1 = first data row) and the personal data they hold
    k_id, k_date, k_track, k_dob = 3, 7, 11, 15
    secrets = set()
    for k in (k_id, k_date, k_track, k_dob):
        r = rows[k]
        for c in ("first_name", "last_name"):
            if c in ci and len(r[ci[c]]) >= 3:
                secrets.add(r[ci[c]])
        if "date_of_birth" in ci and r[ci["date_of_birth"]]:
            secrets.add(r[ci["date_of_birth"]])
    rows[k_id][ci["hire_id"]] = ""
    rows[k_date][ci["hire_date"]] = "2023-02-30"
    rows[k_track][ci["screening_track"]] = ""
    bad_dob = "1984-13-45"
    rows[k_dob][ci["date_of_birth"]] = bad_dob
    secrets.add(bad_dob)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    (bad / hires_path.name).write_text(out.getvalue(), encoding="utf-8")
    # a training row with a blank status
    tpath = inp.files["training"][0]
    if tpath.suffix == ".csv":
        ttext, _ = decode_bytes((bad / tpath.name).read_bytes())
        trows = list(csv.reader(io.StringIO(ttext, newline="")))
        thdr = [norm_header(h) for h in trows[0]]
        trows[4][thdr.index("status")] = ""
        o2 = io.StringIO(newline="")
        csv.writer(o2, lineterminator="\n").writerows(trows)
        (bad / tpath.name).write_text(o2.getvalue(), encoding="utf-8")
    # output folder holding an earlier good run: must stay untouched
    prev = tmp / "prev"
    p0 = run([tool, "run", "--data", str(data), "--out", str(prev), "-q"])
    before = {q.name: q.read_bytes() for q in prev.iterdir()} if p0.returncode == 0 else {}
    errs = tmp / "problems.csv"
    p = run([tool, "run", "--data", str(bad), "--out", str(prev), "--errors", str(errs)])
    msg = p.stdout + p.stderr
    res.add("cli.bad_input_exit2", p.returncode == 2, "bad input exits 2", f"rc={p.returncode}")
    res.add(
        "cli.bad_input_no_traceback",
        "Traceback" not in msg,
        "bad input prints no traceback",
        msg[-300:],
    )
    after = {q.name: q.read_bytes() for q in prev.iterdir()}
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    res.add(
        "cli.bad_input_nothing_written",
        after == before and bool(before),
        "bad input writes nothing (an earlier run's outputs in --out stay untouched)",
        f"changed {changed}",
    )
    p2 = run([tool, "run", "--data", str(bad), "--out", str(tmp / "fresh"), "--fail-on-recall"])
    res.add(
        "cli.bad_input_fresh_out",
        p2.returncode == 2 and (not (tmp / "fresh").exists() or not any((tmp / "fresh").iterdir())),
        "bad input with --fail-on-recall exits 2 and creates no outputs in a new --out",
        f"rc={p2.returncode}",
    )
    # every problem named with file, row, column
    expected = [
        (hires_path.name, k_id, "hire_id"),
        (hires_path.name, k_date, "hire_date"),
        (hires_path.name, k_track, "screening_track"),
        (hires_path.name, k_dob, "date_of_birth"),
    ]
    if tpath.suffix == ".csv":
        expected.append((tpath.name, 4, "status"))
    lines = msg.splitlines()
    named, row_base = [], set()
    for f, k, c in expected:
        hit = None
        for ln in lines:
            if f in ln and c in ln:
                nums = {int(x) for x in re.findall(r"\b(\d+)\b", ln)}
                if k in nums or k + 1 in nums:
                    hit = ln
                    row_base.add(
                        "data record number (header not counted)"
                        if k in nums
                        else "spreadsheet row (header = row 1)"
                    )
                    break
        if hit is None:
            named.append((f, k, c))
    res.add(
        "cli.bad_input_named",
        not named,
        "the message names the file, row and column of "
        f"every problem, all at once ({len(expected)} problems in 2 files)",
        f"not found: {named}; output: {msg[-600:]!r}",
    )
    res.add("cli.bad_input_rowbase", None, f"row numbering seen in messages: {sorted(row_base)}")
    leaked = sorted(s for s in secrets if s in msg)
    res.add(
        "cli.bad_input_no_personal",
        not leaked,
        "the error output shows no name or date "
        "of birth (not even the bad value of a date of birth)",
        f"leaked {leaked}",
    )
    if errs.exists():
        etext = errs.read_bytes().decode("utf-8-sig", errors="replace")
        edf = pd.read_csv(io.StringIO(etext), dtype=str, keep_default_na=False)
        cols = [c.lower() for c in edf.columns]
        res.add(
            "cli.errors_file",
            len(edf) >= len(expected)
            and any("file" in c for c in cols)
            and any("row" in c for c in cols)
            and any("column" in c for c in cols),
            "--errors saves every problem as a table with file, row, column",
            f"{len(edf)} rows, columns {list(edf.columns)}",
        )
        eb = errs.read_bytes()
        body = eb[3:].decode("utf-8", errors="replace")
        res.add(
            "cli.errors_file_format",
            eb.startswith(b"\xef\xbb\xbf")
            and len(re.findall(r"(?<!\r)\n", body)) == 0
            and not any(
                needs_neutralising(v)
                for row in csv.reader(io.StringIO(body, newline=""))
                for v in row
            ),
            "the --errors CSV follows the README's CSV rules (BOM, CRLF, formula-safe)",
            f"BOM={eb[:3] == BOM}",
        )
        eleak = sorted(s for s in secrets if s in etext)
        res.add(
            "cli.errors_file_no_personal",
            not eleak,
            "the --errors table shows no name or date of birth",
            f"leaked {eleak}",
        )
    else:
        res.add(
            "cli.errors_file", False, "--errors saves every problem as a table", "file not written"
        )
    # an override with a determination outside the five values
    ob = tmp / "badoverride"
    shutil.copytree(data, ob)
    opaths = [q for q in ob.iterdir() if q.stem.lower() == "overrides"]
    h, _ = read_any(hires_path)
    odf = pd.DataFrame(
        [
            {
                "hire_id": h["hire_id"].iloc[0],
                "determination": "RECAL",
                "reviewer": "QA",
                "reviewed_on": "2026-01-01",
                "justification": "typo probe",
            }
        ]
    )
    for q in opaths:
        q.unlink()
    write_csv(ob / "overrides.csv", odf)
    p = run([tool, "run", "--data", str(ob), "--out", str(tmp / "ob_o")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.bad_override",
        p.returncode == 2
        and "overrides.csv" in msg
        and "determination" in msg
        and not (tmp / "ob_o").exists(),
        "an override whose determination is not one of the five values exits 2 naming "
        "file, row, column",
        f"rc={p.returncode} {msg[-200:]!r}",
    )
    # duplicate hire_id
    dup = tmp / "dup"
    shutil.copytree(data, dup)
    text, _ = decode_bytes((dup / hires_path.name).read_bytes())
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows[5][ci["hire_id"]] = rows[4][ci["hire_id"]]
    o3 = io.StringIO(newline="")
    csv.writer(o3, lineterminator="\n").writerows(rows)
    (dup / hires_path.name).write_text(o3.getvalue(), encoding="utf-8")
    p = run([tool, "run", "--data", str(dup), "--out", str(tmp / "dup_o")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.duplicate_hire_id",
        p.returncode == 2 and "hire_id" in msg and "Traceback" not in msg,
        "a duplicated hire_id (contract: unique key) is an input error naming hire_id",
        f"rc={p.returncode} {msg[-300:]!r}",
        severity="WARN",
    )
    # a required column missing
    mc = tmp / "misscol"
    shutil.copytree(data, mc)
    h, _ = read_any(hires_path)
    h = h.drop(columns=["screening_track"])
    (mc / hires_path.name).unlink()
    write_csv(mc / "hires.csv", h)
    p = run([tool, "run", "--data", str(mc), "--out", str(tmp / "mc_o")])
    msg = p.stdout + p.stderr
    res.add(
        "cli.missing_column",
        p.returncode == 2
        and "screening_track" in msg
        and "hires" in msg
        and "Traceback" not in msg
        and not (tmp / "mc_o").exists(),
        "a missing required column exits 2 naming the file and column, writes nothing",
        f"rc={p.returncode} {msg[-300:]!r}",
    )


# ---------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--rules", type=Path, default=Path(__file__).resolve().parents[3] / "rules")
    ap.add_argument("--second", type=Path)
    ap.add_argument("--tool")
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--label", default="")
    ap.add_argument(
        "--expected",
        type=Path,
        help="CSV hire_id,expected[,case]: the "
        "determination(s) the contract implies ('A|B' = either)",
    )
    a = ap.parse_args(argv)
    res = Results(a.label or f"{a.data} -> {a.out}")
    print(f"== {res.label}")
    check_outputs(res, a.data, a.out, a.rules, a.tool)
    if a.expected:
        check_expected(res, a.out, a.expected)
    if a.second:
        compare_runs(res, a.out, a.second)
    if a.cli:
        if not a.tool:
            ap.error("--cli needs --tool")
        check_cli(res, a.tool, a.data, a.rules)
    s = res.summary()
    print(f"== summary {res.label}: " + ", ".join(f"{k} {v}" for k, v in sorted(s.items())))
    if a.json:
        a.json.write_text(
            json.dumps({"label": res.label, "summary": s, "checks": res.rows}, indent=1),
            encoding="utf-8",
        )
    return 1 if s.get("FAIL") else 0


if __name__ == "__main__":
    sys.exit(main())
