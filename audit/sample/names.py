"""Name pools for generated people: surnames and first names with frequencies, and
nicknames."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import OSA

_LAST_NAMES = """
Smith Johnson Williams Brown Jones García Miller Davis Rodríguez Martínez Hernández López
González Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Pérez Thompson White Harris
Sánchez Clark Ramírez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gómez Phillips
Evans Turner Díaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutiérrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chávez Wood James Bennett Gray Mendoza Ruiz Hughes Price Álvarez Castillo Sanders
Patel Myers Long Ross Foster Jiménez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vásquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernández Woods Washington Kennedy
Wells Vargas Henry Chen Freeman Webb Tucker Guzmán Burns Crawford Olson Simpson Porter Hunter
Gordon Méndez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce
Vázquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Peña
Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Ríos Estrada
Ortega Watkins Greene Núñez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison
Franklin Carlson Austin Domínguez Carr Lawson Jacobs Lynch Singh Vega Bishop Montgomery Oliver
Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Wong Reid Hanson Garrett Burton
Fuller Wang Weber Welch Rojas Lucas Márquez Fields Park Yang Little Banks Padilla Day Walsh
Bowman Schultz Luna Fowler Mejía Davidson Acosta Brewer Holland Juárez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Ávila Wade Molina Stanley
Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe
Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris
Jennings Watts Durán Walters Cohen Moran Parks Steele Vaughn Becker Holt Barker Terry Hale
Ibáñez Ordóñez Castañeda Beltrán Lindgren Gustafson Swanson Nakamura Tanaka Choi Pham Huang
Zhang Liu Shah Kowalski Nowak Novak Rossi Romano Esposito Murillo Quintero Villanueva Cárdenas
"""
# Surnames with punctuation, capitals inside, or several words: kept whole (one code).
LAST_SPECIAL = (
    "O'Brien", "O'Connor", "O'Neil", "O'Donnell", "O'Malley", "D'Angelo",
    "McDonald", "McCarthy", "McKenzie", "McLaughlin", "McCoy", "McDaniel", "McBride",
    "MacDonald", "MacKenzie", "MacLeod", "St. John", "St. Clair", "LaFleur", "DuBois",
    "De La Cruz", "De Leon", "Del Rio", "De La Rosa", "Van Buren", "Van Dyke", "Del Valle",
)  # fmt: skip
# Surnames that often come as double Hispanic surnames (Garcia-Lopez, Garcia Lopez).
_HISPANIC_SURNAMES = (
    "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
    "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Reyes", "Morales",
    "Gutierrez", "Ortiz", "Ramos", "Chavez", "Mendoza", "Ruiz", "Alvarez", "Castillo",
    "Jimenez", "Vasquez", "Romero", "Moreno", "Herrera", "Medina", "Aguilar", "Castro",
    "Fernandez", "Vargas", "Guzman", "Mendez", "Munoz", "Salazar", "Garza", "Soto", "Vazquez",
    "Alvarado", "Delgado", "Pena", "Contreras", "Sandoval", "Guerrero", "Rios", "Estrada",
    "Ortega", "Nunez", "Valdez", "Santiago", "Maldonado", "Dominguez", "Vega", "Espinoza",
    "Rojas", "Marquez", "Padilla", "Luna", "Mejia", "Acosta", "Juarez", "Cortez", "Navarro",
    "Figueroa", "Avila", "Molina", "Campos", "Miranda", "Ayala", "Carrillo", "Duran",
)  # fmt: skip
_SPACED_LAST = frozenset(
    {"De La Cruz", "De Leon", "Del Rio", "De La Rosa", "Van Buren", "Van Dyke", "Del Valle"}
)

_FIRST_MALE = """
James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald George
Jason Edward Jeffrey Ryan Jacob Nicholas Gary Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron José Adam
Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Christian Walter Keith Austin Roger
Terry Sean Gerald Carl Dylan Harold Jordan Jesse Bryan Lawrence Arthur Gabriel Bruce Logan Alan
Juan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Russell Bradley Philip Eugene Luis
Carlos Miguel Jesús Antonio Manuel Francisco Javier Alejandro Ricardo Fernando Jorge Pedro
Rafael Raúl Héctor Óscar Ramón Andrés Diego Marco Sergio Eduardo Roberto Enrique Victor
Derek Travis Shawn Marcus Darnell Jamal Andre Terrence Tyrone Malik Omar Ahmed Hung Minh Wei
Rajesh Vikram Sanjay Kwame Curtis Leonard Stanley Howard Dale Glenn Craig Troy Clarence Earl
Cody Lucas Caleb Isaac Owen Evan Gavin Trevor Mitchell Shane Garrett Colin Dustin Brent Grant
"""
_FIRST_FEMALE = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine María Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan
Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Rosa Ana Guadalupe Carmen
Yolanda Verónica Adriana Alejandra Gabriela Lucía Sofía Inés Mónica Elena Claudia Daniela
Valeria Ximena Tanya Latoya Keisha Aaliyah Jasmine Tiffany Crystal Erin Mai Linh Priya Anjali
Mei Ying Fatima Aisha Colleen Bridget Maureen Siobhan Renee Wendy Tracy Stacy Erica Monique
Shanice Brianna Jada Leticia Beatriz Esperanza Dolores Yesenia Paola
"""

# Formal name -> nickname pairs, every one present in the ``nicknames`` package data (the
# tests check it): a hire may go by the nickname while the registry has the formal name,
# or the reverse.
NICKNAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("Robert", "Bob"), ("Robert", "Rob"), ("William", "Bill"), ("William", "Will"),
    ("Elizabeth", "Liz"), ("Elizabeth", "Beth"), ("Margaret", "Peggy"), ("Katherine", "Kate"),
    ("James", "Jim"), ("Richard", "Dick"), ("Thomas", "Tom"), ("Joseph", "Joe"),
    ("Charles", "Chuck"), ("Daniel", "Dan"), ("Anthony", "Tony"), ("Steven", "Steve"),
    ("Matthew", "Matt"), ("Andrew", "Andy"), ("Timothy", "Tim"), ("Kenneth", "Ken"),
    ("Patricia", "Patty"), ("Deborah", "Debbie"), ("Susan", "Sue"), ("Rebecca", "Becky"),
    ("Jennifer", "Jenny"), ("Pamela", "Pam"), ("Benjamin", "Ben"), ("Gregory", "Greg"),
    ("Donald", "Don"), ("Ronald", "Ron"), ("Lawrence", "Larry"), ("Raymond", "Ray"),
    ("Douglas", "Doug"), ("Jeffrey", "Jeff"), ("Joshua", "Josh"), ("Victoria", "Vicky"),
    ("Cynthia", "Cindy"), ("Judith", "Judy"), ("Jacqueline", "Jackie"), ("Abigail", "Abby"),
    ("Michael", "Mike"), ("Nicholas", "Nick"),
)  # fmt: skip

# Long-tail surnames for background registry people: real registries are mostly people
# whose surname no hire shares, and rows without a birth date must be such people.
_RARE_FAMILIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Ash", "Black", "Brad", "Brook", "Church", "Cald", "Craw", "Dun", "Fair", "Gold",
         "Hart", "Hol", "Kirk", "Lang", "Mid", "North", "Pem", "Red", "Ring", "Shel",
         "Stan", "Stock", "Thorn", "Wal", "Whit", "Win", "Wood", "Bram", "Kings", "Ock"),
        ("by", "dale", "den", "ford", "ham", "ley", "more", "ridge", "stead", "ton", "well",
         "wick", "worth", "field", "combe"),
    ),
    (
        ("Berg", "Dahl", "Eng", "Gus", "Hag", "Hed", "Holm", "Lind", "Lund", "Nord", "Sand",
         "Sjo", "Strand", "Thor", "Ahl", "Fors", "Sved", "Wick"),
        ("berg", "gren", "lund", "quist", "strom", "dahl", "haug", "vik", "stad"),
    ),
    (
        ("Kow", "Nowa", "Wisn", "Dab", "Kam", "Lew", "Zaj", "Szym", "Wozn", "Kozl", "Jank",
         "Maz", "Krawc", "Pawl", "Michal"),
        ("alski", "ak", "icki", "owski", "czyk", "ewicz", "inski", "iak", "ecki"),
    ),
    (
        ("Bel", "Cap", "Cas", "Fer", "Gall", "Lom", "Mar", "Ross", "Sant", "Vit", "Bon",
         "Carb"),
        ("ello", "ini", "etti", "one", "ucci", "ano", "ardi", "ese"),
    ),
)  # fmt: skip


def plain_text(s: str) -> str:
    """Accents stripped, everything else kept: 'Muñoz' -> 'Munoz'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s: str) -> str:
    """Lower-case ASCII letters only: what name comparisons see."""
    return "".join(c for c in plain_text(s).lower() if "a" <= c <= "z")


def _words(s: str) -> list[str]:
    out = []
    for w in plain_text(s).lower().replace("-", " ").replace("'", "").replace(".", "").split():
        w = "".join(c for c in w if "a" <= c <= "z")
        if len(w) >= 3:
            out.append(w)
    return out


@dataclass(frozen=True)
class Pool:
    """Every name the generator can use, with the confusability sets that keep accidental
    links out (``c2``: within two edits, a nickname relation or a shared surname word;
    ``c1``: within one edit or a nickname relation). Sets are CSR arrays (ptr, idx)."""

    first: np.ndarray  # display spelling (accents where the name has them)
    first_plain: np.ndarray
    first_male: np.ndarray
    first_w_male: np.ndarray
    first_w_female: np.ndarray
    first_initial: np.ndarray
    last: np.ndarray
    last_plain: np.ndarray
    last_common_w: np.ndarray  # draw weights over common surnames (0 for rare)
    last_rare_w: np.ndarray
    f_c1: tuple[np.ndarray, np.ndarray]
    f_c2: tuple[np.ndarray, np.ndarray]
    l_c1: tuple[np.ndarray, np.ndarray]
    l_c2: tuple[np.ndarray, np.ndarray]
    nick: dict[int, tuple[str, ...]]  # first code -> usable nicknames
    accented_first: np.ndarray
    accented_last: np.ndarray
    punct_last: np.ndarray
    spaced_last: np.ndarray
    typo_first: np.ndarray  # plain letters, 4+ long: one edit keeps 4+ letters
    typo_last: np.ndarray
    hispanic_last: np.ndarray

    def c2_first(self, code: int) -> np.ndarray:
        ptr, idx = self.f_c2
        return idx[ptr[code] : ptr[code + 1]]

    def c2_last(self, code: int) -> np.ndarray:
        ptr, idx = self.l_c2
        return idx[ptr[code] : ptr[code + 1]]


def _csr(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = np.nonzero(mask)
    ptr = np.zeros(mask.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=mask.shape[0]), out=ptr[1:])
    return ptr, cols.astype(np.int64)


def _zipf(n: int, offset: float, power: float) -> np.ndarray:
    w = 1.0 / (np.arange(n) + offset) ** power
    return w / w.sum()


@functools.lru_cache(maxsize=1)
def name_pool() -> Pool:
    from nicknames import NickNamer
    from rapidfuzz.process import cdist

    male = _FIRST_MALE.split()
    female = [n for n in _FIRST_FEMALE.split() if n not in male]
    first = male + female
    first_norm = [norm(n) for n in first]
    assert len(set(first_norm)) == len(first_norm), "duplicate first names"
    common = list(dict.fromkeys(_LAST_NAMES.split() + list(LAST_SPECIAL)))
    seen = {norm(n) for n in common}
    rare: list[str] = []
    for prefixes, suffixes in _RARE_FAMILIES:
        for p in prefixes:
            for s in suffixes:
                name = p + s
                if norm(name) not in seen:
                    seen.add(norm(name))
                    rare.append(name)
    last = common + rare
    last_norm = [norm(n) for n in last]

    # first names: edit distance plus every nickname relation the package knows, also
    # through the nickname a hire may go by (Ron and Erin share Aaron as a formal name)
    nn = NickNamer()
    index = {n: i for i, n in enumerate(first_norm)}
    nick: dict[int, list[str]] = {}
    for formal, short in NICKNAME_PAIRS:
        code = index.get(norm(formal))
        if code is not None and norm(short) in nn.nicknames_of(norm(formal)):
            nick.setdefault(code, []).append(short)
    d_first = cdist(first_norm, first_norm, scorer=OSA.distance, score_cutoff=2, workers=1)
    by_token: dict[str, list[int]] = {}
    for i, name in enumerate(first_norm):
        tokens: set[str] = set()
        for alias in {name, *(norm(s) for s in nick.get(i, ()))}:
            tokens |= {alias, *nn.canonicals_of(alias), *nn.nicknames_of(alias)}
        for t in tokens:
            by_token.setdefault(t, []).append(i)
    rel = np.zeros((len(first), len(first)), dtype=bool)
    for members in by_token.values():
        rel[np.ix_(members, members)] = True
    f_c1 = _csr((d_first <= 1) | rel)
    f_c2 = _csr((d_first <= 2) | rel)

    # surnames: edit distance plus any shared word (Garcia ~ Garcia-Lopez, Cruz ~ De La Cruz)
    d_last = cdist(last_norm, last_norm, scorer=OSA.distance, score_cutoff=2, workers=1)
    share = np.zeros((len(last), len(last)), dtype=bool)
    by_word: dict[str, list[int]] = {}
    for i, name in enumerate(last):
        for w in {*_words(name), norm(name)}:
            by_word.setdefault(w, []).append(i)
    for members in by_word.values():
        share[np.ix_(members, members)] = True
    l_c1 = _csr((d_last <= 1) | share)
    l_c2 = _csr((d_last <= 2) | share)

    n_common = len(common)
    common_w = np.zeros(len(last))
    common_w[:n_common] = _zipf(n_common, 40, 0.7)
    rare_w = np.zeros(len(last))
    rare_w[n_common:] = 1.0 / len(rare)
    hispanic = {norm(n) for n in _HISPANIC_SURNAMES}
    return Pool(
        first=np.array(first, dtype=object),
        first_plain=np.array([plain_text(n) for n in first], dtype=object),
        first_male=np.array([i < len(male) for i in range(len(first))]),
        first_initial=np.array([plain_text(n)[0] for n in first], dtype=object),
        first_w_male=_weights(len(first), 0, len(male)),
        first_w_female=_weights(len(first), len(male), len(first)),
        last=np.array(last, dtype=object),
        last_plain=np.array([plain_text(n) for n in last], dtype=object),
        last_common_w=common_w,
        last_rare_w=rare_w,
        f_c1=f_c1,
        f_c2=f_c2,
        l_c1=l_c1,
        l_c2=l_c2,
        nick={k: tuple(v) for k, v in nick.items()},
        accented_first=np.array([i for i, n in enumerate(first) if plain_text(n) != n]),
        accented_last=np.array([i for i, n in enumerate(common) if plain_text(n) != n]),
        punct_last=np.array(
            [i for i, n in enumerate(common) if n in LAST_SPECIAL and n not in _SPACED_LAST]
        ),
        spaced_last=np.array([i for i, n in enumerate(common) if n in _SPACED_LAST]),
        typo_first=np.array([i for i, n in enumerate(first) if n.isalpha() and n.isascii()
                             and len(n) >= 4]),
        typo_last=np.array([i for i, n in enumerate(common) if n.isalpha() and n.isascii()
                            and len(n) >= 4 and n[1:].islower()]),
        hispanic_last=np.array(
            [i for i, n in enumerate(common) if norm(n) in hispanic and n.isalpha()]
        ),
    )  # fmt: skip


def _weights(n: int, lo: int, hi: int) -> np.ndarray:
    w = np.zeros(n)
    w[lo:hi] = _zipf(hi - lo, 25, 0.6)
    return w
