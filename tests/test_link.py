"""The linker on its own: blocking finds the right candidates, and only those."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from audit.blocking import candidate_pairs, one_keystroke
from audit.link import link
from audit.names import prepare
from audit.policy import Matching


def people(rows: list[tuple[str | None, str | None, str | None, str | None]]):
    df = pd.DataFrame(rows, columns=["first", "middle", "last", "dob"])
    return prepare(
        df["first"].astype("string"),
        df["last"].astype("string"),
        pd.to_datetime(df["dob"]),
        middle=df["middle"].astype("string"),
    )


def test_blocking_is_not_all_pairs():
    rng = np.random.default_rng(0)
    n = 3000
    rows = [
        (
            f"F{i % 97}",
            None,
            f"L{i % 503}",
            str(pd.Timestamp("1960-01-01") + pd.Timedelta(days=int(d))).split()[0],
        )
        for i, d in enumerate(rng.integers(0, 15000, n))
    ]
    registry = people(rows)
    hires = people(rows[:300])
    pairs = candidate_pairs(hires, registry, Matching())
    assert len(pairs) < 300 * n / 100  # far fewer than every pair
    assert {(i, i) for i in range(300)} <= set(
        zip(pairs["hire_row"], pairs["reg_row"], strict=True)
    )


def test_keys_agree_when_the_sides_number_words_differently():
    """A hire's surname is the last of many registry surnames: its word number differs on
    each side, and the block must still meet (a one-letter first-name typo needs it)."""
    registry = people(
        [("Xavier", None, f"Name{i}", "1970-01-01") for i in range(200)]
        + [("Olivia", "D", "Fisher", "1986-12-31")]
    )
    hires = people([("Olivai", "D", "Fisher", "1986-12-31")])
    links = link(hires, registry, Matching())
    strong = links[links["tier"] == "strong"]
    assert strong["reg_row"].tolist() == [200]
    assert strong["first_level"].tolist() == ["typo"]


def test_registry_rows_without_birth_dates_are_found_by_name():
    registry = people([("Ann", None, "Lee", None), ("Ann", None, "Lee", "1980-01-01")])
    hires = people([("Ann", None, "Lee", "1990-05-05")])
    links = link(hires, registry, Matching())
    assert links["reg_row"].tolist() == [0]
    assert links["tier"].tolist() == ["partial"]


def test_a_name_only_lead_allows_one_name_form():
    """Without a birth date the names carry it all: a nickname or one part of a compound
    surname is a lead, both at once is how strangers look alike."""
    hire = ("Robert", None, "Garcia-Lopez", "1990-05-05")
    assert _tiers(hire, [("Bob", None, "Garcia-Lopez", None)]) == ["partial"]
    assert _tiers(hire, [("Robert", None, "Lopez", None)]) == ["partial"]
    assert _tiers(hire, [("Bob", None, "Lopez", None)]) == []


def test_one_keystroke_apart():
    a = np.array([19850314] * 6)
    b = np.array([19580314, 19850315, 19850314, 19850413, 19860314, 19950315])
    # a year's digits swapped, one digit, equal, day/month swap, one digit, two digits
    assert one_keystroke(a, b).tolist() == [True, True, False, False, True, False]


def test_a_birth_date_one_keystroke_off_is_a_lead_while_few_share_the_name():
    hire = ("Trevor", None, "Ashby", "1988-10-21")
    assert _tiers(hire, [("Trevor", None, "Ashby", "1988-10-22")]) == ["partial"]
    assert _tiers(hire, [("Trevor", None, "Ashby", "1988-01-21")]) == ["partial"]
    # the names must agree exactly (a nickname and a keying error are two variations)
    assert _tiers(hire, [("Trev", None, "Ashby", "1988-10-22")]) == []
    assert _tiers(hire, [("Trevor", "Paul", "Ashby", "1988-10-22")]) == ["partial"]
    namesakes = [("Trevor", None, "Ashby", f"19{60 + i}-03-0{i + 1}") for i in range(5)]
    assert _tiers(hire, [("Trevor", None, "Ashby", "1988-10-22"), *namesakes[:4]]) == ["partial"]
    assert _tiers(hire, [("Trevor", None, "Ashby", "1988-10-22"), *namesakes]) == []
    # ...unless the full middle names agree too: few strangers share all three names
    with_middle = ("Trevor", "Paul", "Ashby", "1988-10-21")
    row = ("Trevor", "Paul", "Ashby", "1988-10-22")
    assert _tiers(with_middle, [row, *namesakes]) == ["partial"]
    assert _tiers(with_middle, [("Trevor", "P", "Ashby", "1988-10-22"), *namesakes]) == []
    never = Matching(dob_typo_max_namesakes=-1)
    registry = people([("Trevor", None, "Ashby", "1988-10-22")])
    assert link(people([hire]), registry, never).empty


def test_a_name_change_without_middle_names_is_a_lead_only_where_strangers_are_unlikely():
    """Laura Pryce beside LAURA WHITCOMBE, same birth date, no middle names to compare: a
    possible marriage, unless the registry is crowded with Lauras born that day."""
    hire = ("Laura", None, "Pryce", "1984-06-12")
    married = ("LAURA", None, "WHITCOMBE", "1984-06-12")
    others = [
        ("Ann", None, f"Lee{i}", f"19{50 + i % 40}-0{1 + i % 9}-1{i % 9}") for i in range(300)
    ]
    assert _tiers(hire, [married, *others])[:1] == ["partial"]
    crowded = [
        ("Laura", None, f"Lee{i}", f"19{50 + i % 40}-0{1 + i % 9}-1{i % 9}") for i in range(300)
    ]
    # there it is a lead only where the hire claims service at its agency (evaluate)
    assert _tiers(hire, [married, *crowded])[:1] == ["if_claimed"]
    never = Matching(name_change_max_strangers=-1)
    assert link(people([hire]), people([married, *others]), never).empty


def test_first_name_and_surname_swapped_between_columns_is_a_lead():
    """Wei Zhang keyed as first ZHANG, last WEI: a keying error or two people; never a
    verification, and never unlinked either (that would recall a certified officer)."""
    links = link(
        people([("Wei", None, "Zhang", "1985-02-11")]),
        people([("ZHANG", None, "WEI", "1985-02-11"), ("ZHANG", None, "WEI", "1986-02-11")]),
        Matching(),
    )
    assert links["reg_row"].tolist() == [0]  # another birth date is another person
    assert links[["first_level", "last_level", "tier"]].values.tolist() == [
        ["swapped_names", "swapped_names", "partial"]
    ]
    hire = ("Wei", "Ming", "Zhang", "1985-02-11")
    assert _tiers(hire, [("Zhang", "Li", "Wei", "1985-02-11")]) == []  # middles disagree
    assert _tiers(hire, [("Zhang", None, "Li", "1985-02-11")]) == []  # only one name moved


def test_swapped_day_and_month_share_a_block():
    registry = people([("Ann", None, "Lee", "1980-04-03")])
    hires = people([("Ann", None, "Lee", "1980-03-04")])
    links = link(hires, registry, Matching())
    assert links["dob_level"].tolist() == ["swapped"]
    assert links["tier"].tolist() == ["strong"]


def test_swap_not_allowed_by_policy():
    registry = people([("Ann", None, "Lee", "1980-04-03")])
    hires = people([("Ann", None, "Lee", "1980-03-04")])
    links = link(hires, registry, Matching(allow_swapped_day_month=False))
    assert links.empty or "strong" not in links["tier"].tolist()


def _tiers(hire: tuple, registry: list[tuple]) -> list[str]:
    links = link(people([hire]), people(registry), Matching())
    return links.sort_values("reg_row")["tier"].tolist()


def test_a_year_only_registry_row_is_a_lead_only_in_the_hires_birth_year():
    registry = prepare(
        pd.Series(["Ann", "Ann"], dtype="string"),
        pd.Series(["Lee", "Lee"], dtype="string"),
        pd.Series([pd.NaT, pd.NaT]),
        birth_year=pd.Series([1990, 1985], dtype="Int64"),
    )
    links = link(people([("Ann", None, "Lee", "1990-05-05")]), registry, Matching())
    assert links["reg_row"].tolist() == [0]
    assert links["tier"].tolist() == ["partial"]


def test_middle_name_as_first_name_needs_the_leftover_names_to_agree():
    """...and even then it is strong only with a declared job at the row's agency
    (evaluate._corroborated): twins are named after each other (Mark Robert, Robert Mark)."""
    hire = ("Jonathan", "Dylan", "Henderson", "1973-09-15")
    held = ["strong_if_claimed"]
    assert _tiers(hire, [("Dylan", "J", "Henderson", "1973-09-15")]) == held
    assert _tiers(hire, [("Dylan", "Jonathan", "Henderson", "1973-09-15")]) == held
    # the leftover names disagree: strangers match like that
    assert _tiers(hire, [("Dylan", "S", "Henderson", "1973-09-15")]) == ["partial"]
    assert _tiers(hire, [("Dylan", "Samuel", "Henderson", "1973-09-15")]) == ["partial"]
    # one side has none: likewise
    keisha = ("Keisha", None, "Ferguson", "1976-08-08")
    assert _tiers(keisha, [("Teresa", "Keisha", "Ferguson", "1976-08-08")]) == held
    assert _tiers(keisha, [("Teresa", "Keisha", "Ferguson", "1976-08-09")]) == []


@pytest.mark.parametrize(
    ("hire", "record", "tier"),
    [
        pytest.param(("Robert", "1993-05-26"), ("Bob", "1993-05-26"), "strong", id="nickname"),
        # Jack and Jon are both John, and can be two brothers
        pytest.param(("Jack", "1993-05-26"), ("Jon", "1993-05-26"), "partial", id="two-nicknames"),
        # a name form and a keying error at once
        pytest.param(("Robert", "1993-05-06"), ("Bob", "1993-06-05"), "partial", id="nick+swap"),
    ],
)
def test_a_strong_link_allows_one_variation(
    hire: tuple[str, str], record: tuple[str, str], tier: str
) -> None:
    assert _tiers(
        (hire[0], None, "Kamowski", hire[1]), [(record[0], None, "Kamowski", record[1])]
    ) == [tier]


def test_a_nickname_between_two_common_names_is_two_names():
    """Michael and Miguel are related in the nickname data, but where both are common
    first names and the registry is crowded, a stranger sharing the surname and birth date
    is as likely: a lead. Bob beside a common Robert is still one person's nickname."""
    crowd = [
        (n, None, f"Q{i}", f"19{50 + i}-01-01") for i in range(5) for n in ("Michael", "Miguel")
    ]
    hire = ("Michael", None, "Henry", "1965-05-13")
    assert _tiers(hire, [("Miguel", None, "Henry", "1965-05-13"), *crowd])[0] == "partial"
    # ... only where strangers with that surname and birth date are to be expected: in a
    # registry of 400 birth dates, one Henry is no crowd
    days = pd.date_range("1950-01-01", periods=400, freq="7D").strftime("%Y-%m-%d")
    spread = [(f"F{i}", None, f"Q{i}", d) for i, d in enumerate(days)]
    assert _tiers(hire, [("Miguel", None, "Henry", "1965-05-13"), *crowd, *spread])[0] == "strong"
    robert = [("Robert", None, f"Q{i}", f"19{50 + i}-01-01") for i in range(40)]
    bob = [("Bob", None, "Z1", "1951-01-01"), ("Bob", None, "Z2", "1952-01-01")]
    hire = ("Robert", None, "Henry", "1965-05-13")
    assert _tiers(hire, [("Bob", None, "Henry", "1965-05-13"), *robert, *bob])[0] == "strong"
    # ...and where the full middle names agree, strangers must share that one too: among
    # 2,000 people of other middle names, Michael James is Miguel James
    others = [(f"F{i}", f"Middle{i}", f"Q{i}", f"19{50 + i % 5}-01-01") for i in range(2000)]
    hire = ("Michael", "James", "Henry", "1965-05-13")
    crowded = [*crowd, *others]
    assert _tiers(hire, [("Miguel", None, "Henry", "1965-05-13"), *crowded])[0] == "partial"
    assert _tiers(hire, [("Miguel", "James", "Henry", "1965-05-13"), *crowded])[0] == "strong"
    assert _tiers(hire, [("Miguel", "J", "Henry", "1965-05-13"), *crowded])[0] == "partial"
    # ...a middle name most of the registry shares tells nobody apart
    jameses = [(f, "James", last, born) for f, _, last, born in crowded]
    assert _tiers(hire, [("Miguel", "James", "Henry", "1965-05-13"), *jameses])[0] == "partial"


def test_opposite_sex_forms_never_link_unless_the_project_rules_relate_them():
    hire = ("Paul", None, "Kamowski", "1993-05-26")
    assert _tiers(hire, [("Paula", None, "Kamowski", "1993-05-26")]) == []
    hire = ("Ann", None, "Kamowski", "1993-05-26")
    anne = [("Anne", None, "Kamowski", "1993-05-26")]
    assert _tiers(hire, anne) == []
    curated = Matching(nicknames=(("anne", "ann"),))
    links = link(people([hire]), people(anne), curated)
    assert links["tier"].tolist() == ["strong"]


@pytest.mark.parametrize(
    ("hire_last", "record_last", "tier"),
    [
        ("Garcia-Lopez", "Lopez", "strong"),  # one person's name written short
        ("Lopez", "Garcia Lopez", "strong"),
        ("Ruiz-Martinez", "Martinez Ruiz", "strong"),  # the same two words, reordered
        ("Martinez-Ruiz", "Allen-Martinez", "partial"),  # two families sharing a word
    ],
)
def test_one_part_of_a_compound_surname(hire_last: str, record_last: str, tier: str) -> None:
    hire = ("Peter", None, hire_last, "1993-04-07")
    assert _tiers(hire, [("Peter", None, record_last, "1993-04-07")]) == [tier]


def test_a_typo_and_a_swapped_date_are_one_keying_error():
    hire = ("Damian", None, "Kowalczyk", "1983-02-09")
    assert _tiers(hire, [("Damian", None, "Kowalczik", "1983-09-02")]) == ["strong"]


def test_one_letter_between_two_common_surnames_is_two_names():
    hire = ("Eric", "Edward", "Rose", "1989-03-09")
    crowd = [
        (f"P{i}", None, last, f"19{50 + i}-01-01") for i in range(4) for last in ("Ross", "Rose")
    ]
    assert _tiers(hire, [("Eric", None, "Ross", "1989-03-09"), *crowd])[0] == "partial"
    # a spelling seen once is a typo
    assert _tiers(hire, [("Eric", None, "Roze", "1989-03-09")]) == ["strong"]


def test_a_swapped_birth_date_shared_with_namesakes_is_a_lead():
    hire = ("Gary", None, "Ruiz", "1999-04-03")
    assert _tiers(hire, [("Gary", None, "Ruiz", "1999-03-04")]) == ["strong"]
    namesakes = [("Gary", None, "Ruiz", f"19{70 + i}-10-20") for i in range(5)]
    assert _tiers(hire, [("Gary", None, "Ruiz", "1999-03-04"), *namesakes[:4]])[0] == "strong"
    # strong only where the hire claims service at the row's agency (the evaluator asks)
    assert _tiers(hire, [("Gary", None, "Ruiz", "1999-03-04"), *namesakes])[0] == (
        "strong_if_claimed"
    )
    # unless the middle names agree as well
    hire = ("Gary", "Lee", "Ruiz", "1999-04-03")
    assert _tiers(hire, [("Gary", "Lee", "Ruiz", "1999-03-04"), *namesakes])[0] == "strong"


@pytest.mark.parametrize(
    ("first", "other", "tier"), [("Philip", "Phillip", "strong"), ("Andre", "Andres", "partial")]
)
def test_a_letter_inside_a_common_name_is_still_a_typo(first: str, other: str, tier: str) -> None:
    """Philip and Phillip are both common, but differ inside the name: spellings of one
    name vary that way, while two names differ at an end (Andre, Andres)."""
    names = ("Philip", "Phillip", "Andre", "Andres")
    crowd = [(n, None, f"Q{i}", f"19{50 + i}-01-01") for i in range(5) for n in names]
    hire = (first, None, "Walker", "1980-05-06")
    assert _tiers(hire, [(other, None, "Walker", "1980-05-06"), *crowd])[0] == tier


def test_a_row_whose_birth_date_is_one_hires_is_no_strong_link_for_another():
    """MARIA RODRIGUEZ born 1977-06-03 is the hire born that day; the hire born 1977-03-06
    (day and month swapped) may be her keying error or a second Maria: one certificate
    cannot verify both, so for the second it is a lead."""
    hires = people(
        [("Maria", None, "Rodriguez", "1977-06-03"), ("Maria", None, "Rodriguez", "1977-03-06")]
    )
    links = link(hires, people([("MARIA", None, "RODRIGUEZ", "1977-06-03")]), Matching())
    assert links.sort_values("hire_row")["tier"].tolist() == ["strong", "partial"]
    # alone, the swapped date is the hire's keying error, as before
    alone = link(
        people([("Maria", None, "Rodriguez", "1977-03-06")]),
        people([("MARIA", None, "RODRIGUEZ", "1977-06-03")]),
        Matching(),
    )
    assert alone["tier"].tolist() == ["strong"]


def test_a_middle_field_repeating_the_first_name_corroborates_nothing():
    """MARIA MARIA RODRIGUEZ beside Maria Elizabeth: the registry's middle field repeats
    the first name, so there is no middle name to agree with (a swapped birth date among
    namesakes stays a lead)."""
    hire = ("Maria", "Elizabeth", "Rodriguez", "1977-03-06")
    namesakes = [("Maria", None, "Rodriguez", f"19{60 + i}-10-20") for i in range(5)]
    got = link(
        people([hire]),
        people([("MARIA", "MARIA", "RODRIGUEZ", "1977-06-03"), *namesakes]),
        Matching(),
    )
    assert got["middle_level"].tolist() == ["unknown"]
    assert got["tier"].tolist() == ["strong_if_claimed"]
    # a middle name used as the first name still is no conflict
    shifted = link(
        people([("Elizabeth", "Maria", "Rodriguez", "1977-06-03")]),
        people([("MARIA", "ELIZABETH", "RODRIGUEZ", "1977-06-03")]),
        Matching(),
    )
    assert shifted["middle_level"].tolist() == ["initial"]
