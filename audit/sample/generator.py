"""The generated world: hires, their records and lookalikes, and the background registry."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz.distance import OSA

from audit.sample.calendar import (
    DOB_FIRST,
    DOB_LAST,
    HIRE_FIRST,
    HIRE_LAST,
    NA,
    REG_DOB_FIRST,
    REG_DOB_LAST,
    TABLE_LO,
    TODAY,
    YEAR,
    YEARS_NP,
    date_tables,
    swap_day_month,
    to_day,
    year_of,
    ymd,
)
from audit.sample.keys import (
    AMBIGUOUS,
    CODE_BITS,
    FOREIGN,
    OWN,
    Keys,
    expand,
    hire_keys,
    isin_keys,
    own_in_others,
    pack_key,
)
from audit.sample.names import LAST_SPECIAL, name_pool, norm, plain_text
from audit.sample.noise import punct_variant, squash, suffix_in_last, typo_of
from audit.sample.scenarios import (
    BASIC_SCREENED_SHORT_SHARE,
    NA_SCN,
    NEEDS_SERVICE,
    SCENARIOS,
    SCN,
    SHORT_TRACK_SHARE,
    Scenario,
)
from audit.sample.vocabulary import (
    AGENCIES,
    ASPIRATIONAL,
    BASIC_COURSE,
    CAT_TITLES,
    CATS,
    CORR,
    DECERT_REASONS,
    DECOY_JOBS,
    DISP,
    FED,
    FEDCAT,
    FL,
    MN,
    N_SWORN_CATS,
    NON_SWORN_TYPES,
    NY,
    OTHER_COURSES,
    OTHER_STATES,
    PLAIN_JOBS,
    POLICE,
    PROB,
    REGISTRY_SOURCES,
    RES,
    RESUME_EXTRAS,
    REVIEWERS,
    SEC,
    SHERIFF,
    SHORT_COURSE,
    SRC_WEIGHT,
    SRC_WEIGHTS,
    STATE,
    STATUS,
    SUFFIX_P,
    SUFFIXES,
    SWORN_TYPES,
    UNCOVERED,
    UNCOVERED_AGENCIES,
)


class Gen:
    """Holds the draws for one call; methods run in order from :meth:`run`."""

    def __init__(self, n_hires: int, n_registry: int, seed: int) -> None:
        self.n = n_hires
        self.n_registry = n_registry
        self.rng = np.random.default_rng(seed)
        self.R = random.Random(int(self.rng.integers(0, 2**62)))
        self.pool = name_pool()
        self.reg_rows: list[tuple[Any, ...]] = []
        # whose row each reg_rows entry is, for truth_links: (OWN or AMBIGUOUS, hire) or
        # (FOREIGN, index into self.fp); set before the rows of a person are made
        self.reg_whose: list[tuple[int, int]] = []
        self._whose: tuple[int, int] = (OWN, -1)
        empty = np.zeros(0, dtype=np.int64)
        self.bg_person: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] = (empty,) * 4
        self.decerts: list[tuple[Any, ...]] = []
        self.override_of: dict[int, str] = {}

    # ---- scenarios and hire identities -------------------------------------------------

    def assign_scenarios(self) -> None:
        n = self.n
        n_short = round(n * SHORT_TRACK_SHARE)
        w = np.array([s.weight for s in SCENARIOS])
        w = w / w.sum()
        raw = w * n_short
        counts = np.floor(raw).astype(int)
        order = np.argsort(-(raw - counts), kind="stable")
        counts[order[: n_short - counts.sum()]] += 1
        short_scn = [i for i, s in enumerate(SCENARIOS) if s.weight > 0]
        if n_short >= 2 * len(short_scn):  # every scenario at least once
            for i in short_scn:
                if counts[i] == 0:
                    counts[i] = 1
                    counts[SCN["verified_exact"]] -= 1
        counts[NA_SCN] = n - n_short
        scn = np.repeat(np.arange(len(SCENARIOS)), counts)
        self.scn = self.rng.permutation(scn)
        self.short = self.scn != NA_SCN

    def draw_hires(self) -> None:
        n, rng, pool = self.n, self.rng, self.pool
        scn = self.scn
        names = [SCENARIOS[s].name for s in scn]
        var = np.array([SCENARIOS[s].var for s in scn], dtype=object)
        link = np.array([SCENARIOS[s].link for s in scn], dtype=object)
        self.var = var
        self.link = link

        width = max(6, len(str(n * 3)))
        ids = rng.choice(10**width - 1, size=n, replace=False) + 1
        self.hire_id = np.array([str(i).zfill(width) for i in ids], dtype=object)

        late = np.array([SCENARIOS[s].training for s in scn], dtype=object)
        hire_hi = np.full(n, HIRE_LAST)
        hire_hi[late == "remediated"] = to_day("2025-06-30")
        hire_hi[late == "enrolled"] = to_day("2025-11-30")
        self.hire_day = rng.integers(HIRE_FIRST, hire_hi + 1)
        wd = (self.hire_day + 3) % 7  # 0 = Monday
        self.hire_day = np.where(wd >= 5, self.hire_day - (wd - 4), self.hire_day)

        male = rng.random(n) < 0.68
        female_only = np.isin(var, ["maiden"]) | (link == "name_change")
        male[female_only] = rng.random(int(female_only.sum())) < 0.1
        male[var == "suffix"] = True
        self.male = male
        self.f = self._draw_first(male)
        # first-name constraints of some scenarios
        nick_codes = np.array(sorted(pool.nick))
        self._constrain_first(var == "nickname", nick_codes)
        self._constrain_first(var == "typo_first", pool.typo_first)

        common = rng.random(n) < 0.92
        self.l1 = np.where(
            common,
            rng.choice(len(pool.last), size=n, p=pool.last_common_w),
            rng.choice(len(pool.last), size=n, p=pool.last_rare_w),
        )
        self.l2 = np.full(n, -1)
        compound = (rng.random(n) < 0.04) & (var == "exact")
        hyph = var == "hyphenated"
        spaced = hyph & (rng.random(n) < 0.35)
        two = (compound | hyph) & ~spaced
        k2 = int(two.sum())
        a = rng.integers(0, len(pool.hispanic_last), size=k2)
        b = (a + rng.integers(1, len(pool.hispanic_last), size=k2)) % len(pool.hispanic_last)
        self.l1[two] = pool.hispanic_last[a]
        self.l2[two] = pool.hispanic_last[b]
        self.l1[spaced] = rng.choice(pool.spaced_last, size=int(spaced.sum()))
        self._constrain_last(var == "typo_last", pool.typo_last)
        self._constrain_last(var == "case_punct", pool.punct_last)
        diac = var == "diacritics"
        on_first = diac & (rng.random(n) < 0.3)
        self._constrain_first(on_first, pool.accented_first)
        self._constrain_last(diac & ~on_first, pool.accented_last)
        self.diac_first = on_first
        self.acc = rng.random(n) < 0.5

        # middle names: 0 none, 1 full, 2 initial (stored as a first-name code either way)
        self.mid_kind = rng.choice(3, size=n, p=[0.3, 0.55, 0.15])
        self.mid_kind[var == "middle_initial"] = 1
        self.mid_kind[link == "name_change"] = 1
        self.mid_kind[link == "ambiguous"] = 0
        self.mid = self._draw_first(male)
        self.maiden = np.full(n, -1)
        maiden = var == "maiden"
        self.maiden[maiden] = rng.choice(
            len(pool.last), size=int(maiden.sum()), p=pool.last_common_w
        )
        self.mid_kind[maiden] = 0  # the middle-name field holds the maiden name
        self.sfx = np.where(
            male & (rng.random(n) < 0.04), rng.choice(len(SUFFIXES), size=n, p=SUFFIX_P), -1
        )
        self.sfx[var == "suffix"] = rng.choice(len(SUFFIXES), size=int((var == "suffix").sum()),
                                               p=SUFFIX_P)  # fmt: skip
        self._fix_name_clashes()

        # birth dates: service scenarios need a 25-year-old at hire, long separations older
        min_age = np.full(n, 21 * YEAR + 5)
        needs = np.isin(link, list(NEEDS_SERVICE))
        min_age[needs] = 25 * YEAR + 6
        min_age[link == "separated_long"] = 33 * YEAR + 8
        self.dob_hi = np.minimum(DOB_LAST, self.hire_day - min_age)
        self.swap_need = var == "swapped_dob"
        self.dob = np.zeros(n, dtype=np.int64)
        self._redraw_dob(np.arange(n))
        self.names = names

    def _draw_first(self, male: np.ndarray) -> np.ndarray:
        pool, rng, n = self.pool, self.rng, len(male)
        out = rng.choice(len(pool.first), size=n, p=pool.first_w_female)
        m = rng.choice(len(pool.first), size=n, p=pool.first_w_male)
        return np.where(male, m, out)

    def _constrain_first(self, mask: np.ndarray, codes: np.ndarray) -> None:
        k = int(mask.sum())
        if k:
            self.f[mask] = self.rng.choice(codes, size=k)
            self.male[mask] = self.pool.first_male[self.f[mask]]

    def _constrain_last(self, mask: np.ndarray, codes: np.ndarray) -> None:
        k = int(mask.sum())
        if k:
            self.l1[mask] = self.rng.choice(codes, size=k)
            self.l2[mask] = -1

    def _fix_name_clashes(self) -> None:
        """Keep the hire's own name parts apart: a maiden name unlike the married one, and
        a middle name unlike the first (so a middle name never reads as a nickname)."""
        pool, rng = self.pool, self.rng
        for _ in range(50):
            bad = np.array(
                [
                    (m >= 0 and (m in pool.c2_last(a) or (b >= 0 and m in pool.c2_last(b))))
                    for m, a, b in zip(self.maiden, self.l1, self.l2, strict=True)
                ]
            )
            bad |= np.array(
                [k > 0 and mc in pool.c2_first(fc) for k, mc, fc in
                 zip(self.mid_kind, self.mid, self.f, strict=True)]
            )  # fmt: skip
            if not bad.any():
                return
            idx = np.nonzero(bad)[0]
            self.maiden[idx] = np.where(
                self.maiden[idx] >= 0,
                rng.choice(len(pool.last), size=len(idx), p=pool.last_common_w),
                -1,
            )
            self.mid[idx] = self._draw_first(self.male[idx])

    def _redraw_dob(self, idx: np.ndarray) -> None:
        rng = self.rng
        hi = self.dob_hi[idx]
        d = rng.integers(DOB_FIRST, hi + 1)
        need = self.swap_need[idx]
        k = int(need.sum())
        if k:  # day 1-12 and not the month, so the swap is another valid date
            y_hi = ymd(hi[need])[0] - 1
            y = rng.integers(1965, y_hi + 1)
            m = rng.integers(1, 13, size=k)
            day = rng.integers(1, 12, size=k)
            day = np.where(day >= m, day + 1, day)
            month_start = ((y - 1970) * 12 + (m - 1)).astype("datetime64[M]")
            d[need] = month_start.astype("datetime64[D]").astype(np.int64) + day - 1
        self.dob[idx] = d

    def _lasts(self) -> list[np.ndarray]:
        return [self.l1, self.l2, self.maiden]

    def _keys_of(self, idx: np.ndarray) -> Keys:
        return hire_keys(
            self.pool, idx, self.dob, self.f, self._lasts(), self.var == "typo_first",
            self.var == "typo_last",
        )  # fmt: skip

    def separate_hires(self) -> None:
        """No hire's (birth day, name) falls in another hire's confusable set: a hire's
        registry record must never be another hire's link."""
        self._unique_no_dob_names()
        everyone = np.arange(self.n)
        for _ in range(400):
            bad = self._keys_of(everyone).clashing(self.n)
            if not bad.any():
                return
            self._redraw_dob(np.nonzero(bad)[0])
        raise RuntimeError("could not separate hires' birth dates")  # pragma: no cover

    def _name_keys(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(owner, first*4096+last) over names within one edit or a nickname."""
        pool = self.pool
        rep_f, fc = expand(pool.f_c1, self.f[idx])
        owners, keys = [], []
        for arr in self._lasts():
            rep_l, lc = expand(pool.l_c1, arr[idx])
            # product of the two expansions, per hire
            df = pd.DataFrame({"o": rep_f, "f": fc}).merge(
                pd.DataFrame({"o": rep_l, "l": lc}), on="o"
            )
            owners.append(idx[df["o"].to_numpy()])
            keys.append(df["f"].to_numpy() * CODE_BITS + df["l"].to_numpy())
        return np.concatenate(owners), np.concatenate(keys)

    def _unique_no_dob_names(self) -> None:
        """A registry row without a birth date links on names alone, so the hires that own
        one must have a name no other short-track hire could be confused with."""
        rng, pool = self.rng, self.pool
        target = np.nonzero(self.link == "no_dob")[0]
        short = np.nonzero(self.short)[0]
        self.l2[target] = -1
        for _ in range(200):
            if len(target) == 0:
                return
            o, k = self._name_keys(short)
            own_k = self.f[target] * CODE_BITS + self.l1[target]
            bad = target[own_in_others(o, k, target, own_k, self.n)[target]]
            # and nobody's own name may fall in theirs
            ot, kt = self._name_keys(target)
            others = short[~np.isin(short, target)]
            hit = np.isin(self.f[others] * CODE_BITS + self.l1[others], kt)
            for arr in (self.l2, self.maiden):
                has = arr[others] >= 0
                hit[has] |= np.isin(self.f[others][has] * CODE_BITS + arr[others][has], kt)
            if hit.any():
                hit_keys = self.f[others[hit]] * CODE_BITS + self.l1[others[hit]]
                bad = np.union1d(bad, ot[np.isin(kt, hit_keys)])
            if len(bad) == 0:
                return
            self.f[bad] = self._draw_first(self.male[bad])
            self.l1[bad] = rng.choice(len(pool.last), size=len(bad), p=pool.last_rare_w)
            self.l2[bad] = -1
        raise RuntimeError("could not give no-birth-date hires unique names")  # pragma: no cover

    def build_key_sets(self) -> None:
        everyone = np.arange(self.n)
        all_keys = self._keys_of(everyone)
        self.all_f = all_keys.index_f()
        self.all_l = all_keys.index_l()
        st = np.nonzero(self.short)[0]
        st_keys = self._keys_of(st)
        self.st_f = st_keys.index_f()
        self.st_l = st_keys.index_l()
        o, k = self._name_keys(st)
        self.st_names = pd.Index(np.unique(k))
        years = YEARS_NP[self.dob[o] - TABLE_LO] - 1900
        by_year = [k * 256 + (years + dy) for dy in (-1, 0, 1)]
        self.st_name_years = pd.Index(np.unique(np.concatenate(by_year)))

    # ---- people built around hires: twins, namesakes, renamed records --------------------

    def foreign_people(self) -> None:
        """Registry people other than the hire, placed where they test the linker."""
        rng, pool = self.rng, self.pool
        owners: list[np.ndarray] = []
        kinds: list[np.ndarray] = []
        certs: list[np.ndarray] = []
        fr = np.array([SCENARIOS[s].foreign for s in self.scn], dtype=object)
        for tag in ("twin_sworn", "twin_non_sworn", "namesake_sworn", "namesake_non_sworn"):
            idx = np.nonzero(fr == tag)[0]
            owners.append(idx)
            kinds.append(np.full(len(idx), 0 if tag.startswith("twin") else 1))
            certs.append(np.full(len(idx), "sworn" if tag.endswith("_sworn") and
                                 "non" not in tag else "non_sworn", dtype=object))  # fmt: skip
        review = np.array([SCENARIOS[s].determination == "MANUAL_REVIEW" for s in self.scn])
        eligible = np.nonzero(~review)[0]
        tw = eligible[rng.random(len(eligible)) < 0.03]
        ns = eligible[rng.random(len(eligible)) < 0.06]
        owners += [tw, ns]
        kinds += [np.zeros(len(tw), dtype=int), np.ones(len(ns), dtype=int)]
        certs += [np.full(len(tw), "any", dtype=object), np.full(len(ns), "any", dtype=object)]
        own = np.concatenate(owners).astype(np.int64)
        kind = np.concatenate(kinds).astype(np.int64)
        cert = np.concatenate(certs)
        m = len(own)
        male = rng.random(m) < 0.6
        f = np.where(kind == 0, self._draw_first(male), self.f[own])
        male = np.where(kind == 0, pool.first_male[f], self.male[own])
        mid_kind = rng.choice(3, size=m, p=[0.35, 0.5, 0.15])
        mid = self._draw_first(male)
        dob = self.dob[own].copy()
        ns_mask = kind == 1
        dob[ns_mask] = self._namesake_dob(self.dob[own[ns_mask]])
        for _ in range(300):
            bad = np.zeros(m, dtype=bool)
            # twins: first name and middle name unlike anything of the hire's
            for t in np.nonzero(kind == 0)[0].tolist():
                h = int(own[t])
                c2 = pool.c2_first(int(self.f[h]))
                if (
                    f[t] in c2
                    or (mid_kind[t] > 0 and mid[t] in c2)
                    or (self.mid_kind[h] > 0 and f[t] in pool.c2_first(int(self.mid[h])))
                ):
                    bad[t] = True
            bad |= (kind == 0) & isin_keys(pack_key(dob, f), self.all_f)
            # namesakes: no hire may share their birth day with their names
            nsk = isin_keys(pack_key(dob, f), self.all_f) | isin_keys(
                pack_key(dob, self.l1[own]), self.all_l
            )
            l2 = self.l2[own]
            nsk |= (l2 >= 0) & isin_keys(pack_key(dob, np.maximum(l2, 0)), self.all_l)
            bad |= ns_mask & nsk
            # namesake middle names differ from the hire's
            bad |= ns_mask & (mid_kind > 0) & (mid == self.mid[own]) & (self.mid_kind[own] > 0)
            if not bad.any():
                break
            b = np.nonzero(bad)[0]
            tb = b[kind[b] == 0]
            nb = b[kind[b] == 1]
            if len(tb):
                tmale = rng.random(len(tb)) < 0.55
                f[tb] = self._draw_first(tmale)
                male[tb] = pool.first_male[f[tb]]
                mid[tb] = self._draw_first(male[tb])
            if len(nb):
                dob[nb] = self._namesake_dob(self.dob[own[nb]])
                mid[nb] = self._draw_first(male[nb])
        else:  # pragma: no cover
            raise RuntimeError("could not place twins and namesakes")
        # (kind, cert, first code, male, middle kind, middle code, birth day) per person
        self.fp: list[tuple[int, str, int, bool, int, int, int]] = list(
            zip(kind.tolist(), cert.tolist(), f.tolist(), male.tolist(), mid_kind.tolist(),
                mid.tolist(), dob.tolist(), strict=True)
        )  # fmt: skip
        self.fp_by_owner: dict[int, list[int]] = {}
        for j, owner in enumerate(own.tolist()):
            self.fp_by_owner.setdefault(int(owner), []).append(j)
        self._rename_codes()

    def _namesake_dob(self, base: np.ndarray) -> np.ndarray:
        rng = self.rng
        gap = rng.integers(2 * YEAR + 10, 22 * YEAR, size=len(base))
        sign = np.where(rng.random(len(base)) < 0.5, -1, 1)
        d = base + sign * gap
        out = (d < REG_DOB_FIRST) | (d > REG_DOB_LAST)
        d[out] = base[out] - sign[out] * gap[out]
        return np.clip(d, REG_DOB_FIRST, REG_DOB_LAST)

    def _rename_codes(self) -> None:
        """The surname a name-change hire is registered under: unlike hers, and no hire
        born that day has anything like it."""
        rng, pool = self.rng, self.pool
        idx = np.nonzero(self.link == "name_change")[0]
        new = rng.choice(len(pool.last), size=len(idx), p=pool.last_common_w)
        for _ in range(300):
            bad = isin_keys(pack_key(self.dob[idx], new), self.all_l)
            for j, h in enumerate(idx):
                if new[j] in pool.c2_last(int(self.l1[h])) or pool.last[new[j]] in LAST_SPECIAL:
                    bad[j] = True
                # her middle name as the registry's surname would read as a maiden name
                elif (
                    OSA.distance(
                        norm(str(pool.last[new[j]])), norm(str(pool.first[int(self.mid[h])]))
                    )
                    <= 2
                ):
                    bad[j] = True  # fmt: skip
            if not bad.any():
                break
            new[bad] = rng.choice(len(pool.last), size=int(bad.sum()), p=pool.last_common_w)
        self.renamed = dict(zip(idx.tolist(), new.tolist(), strict=True))

    # ---- per-hire rows ----------------------------------------------------------------

    def _src(self, exclude: Sequence[int] = (FL,)) -> int:
        R = self.R
        while True:
            s = R.choices(range(len(REGISTRY_SOURCES)), weights=SRC_WEIGHTS)[0]
            if s not in exclude:
                return s

    def _sworn_cat(self, src: int) -> int:
        if src == FED:
            return FEDCAT
        r = self.R.random()
        return POLICE if r < 0.65 else (SHERIFF if r < 0.9 else STATE)

    def _non_sworn_cat(self, src: int) -> int:
        R = self.R
        if src == FED:
            return R.choice((CORR, CORR, PROB, SEC))
        return R.choices((CORR, DISP, RES, PROB, SEC), weights=(55, 12, 10, 13, 10))[0]

    def _type_agency(self, src: int, cat: int) -> tuple[str, str]:
        R = self.R
        s = REGISTRY_SOURCES[src]
        if cat < N_SWORN_CATS:
            if cat == SHERIFF:
                ctype = "Deputy Sheriff"
            elif cat == STATE:
                ctype = "State Trooper"
            else:
                ctype = R.choice(SWORN_TYPES[s])
        else:
            ctype = R.choice(NON_SWORN_TYPES[cat])
            if s == "TX" and ctype == "Jailer" and R.random() < 0.5:
                ctype = "Basic Jailer"
        return ctype, R.choice(AGENCIES[s][cat])

    def _qual_dates(self, hire: int, dob: int, recent: bool = False) -> tuple[int, int, str]:
        """Issued and separation dates that satisfy the policy: 12+ months of service,
        issued before hire, separated no more than 3 years before it."""
        R = self.R
        if recent:
            sep = hire - R.randint(380, 910)
        elif R.random() < 0.45:
            sep = hire - R.randint(5, 330)
        else:
            sep = NA
        end = hire if sep == NA else sep
        hi = end - R.randint(400, 560)
        lo = max(dob + 21 * YEAR + 5, end - 20 * YEAR)
        issued = R.randint(lo, hi) if lo < hi else hi
        if sep == NA:
            status = R.choices(("active", "inactive", "lapsed"), weights=(93, 3, 4))[0]
        else:
            status = R.choices(("active", "inactive", "lapsed"), weights=(30, 45, 25))[0]
        return issued, sep, status

    def _row(
        self, src: int, who: tuple[str, str, str, str, int], cat: int, status: str,
        issued: int, sep: int,
    ) -> tuple[Any, ...]:  # fmt: skip
        ctype, agency = self._type_agency(src, cat)
        first, middle, last, sfx, dob = who
        row = (src, first, middle, last, sfx, dob, cat, ctype, status, issued, sep, agency)
        self.reg_rows.append(row)
        self.reg_whose.append(self._whose)
        return row

    def _earlier_non_sworn(self, who: tuple[str, str, str, str, int], before: int) -> None:
        """A corrections/dispatch certification held before the sworn one."""
        R = self.R
        dob = who[4]
        issued = before - R.randint(400, 2600)
        if issued < dob + 19 * YEAR:
            return
        src = self._src()
        sep = before - R.randint(0, 60)
        status = R.choices(("inactive", "lapsed", "active"), weights=(50, 35, 15))[0]
        self._row(src, who, self._non_sworn_cat(src), status, issued, sep)

    def _decert(
        self, src: int, who: tuple[str, str, str, str, int], action: str, when: int
    ) -> None:
        reason = self.R.choice(DECERT_REASONS)
        if action == "surrendered":
            reason = "Surrender in lieu of revocation"
        self.decerts.append((src, who[0], who[2], who[3], who[4], action, when, reason))

    def hire_loop(self) -> None:
        """Everything that is per hire: names as the hire and the registry write them,
        the hire's own registry rows, declared history, training, resume."""
        n, pool, R = self.n, self.pool, self.R
        self.h_first: list[str] = [""] * n
        self.h_mid: list[str] = [""] * n
        self.h_last: list[str] = [""] * n
        self.h_sfx: list[str] = [""] * n
        self.h_resume: list[str] = [""] * n
        self.h_basis: list[str] = [""] * n
        self.h_track: list[str] = [""] * n
        self.history: list[tuple[Any, ...]] = []
        self.training: list[tuple[Any, ...]] = []
        basic_screened = self.rng.random(n) < BASIC_SCREENED_SHORT_SHARE
        for i in range(n):
            sc = SCENARIOS[int(self.scn[i])]
            hire = int(self.hire_day[i])
            dob = int(self.dob[i])
            f = int(self.f[i])
            acc = bool(self.acc[i])
            # --- names: hire side and registry side start equal
            first = str(pool.first[f] if acc else pool.first_plain[f])
            last = self._last_display(int(self.l1[i]), int(self.l2[i]), acc)
            mid_full = str(pool.first_plain[int(self.mid[i])])
            mk = int(self.mid_kind[i])
            h_mid = "" if mk == 0 else (mid_full if mk == 1 else mid_full[0])
            if mk == 2 and R.random() < 0.3:
                h_mid += "."
            r_mid = h_mid if R.random() < 0.7 else ""
            sfx = SUFFIXES[int(self.sfx[i])] if self.sfx[i] >= 0 else ""
            h_first, h_last, r_first, r_last = first, last, first, last
            r_sfx = sfx if R.random() < 0.5 else ""
            r_dob = dob
            v = sc.var
            if v == "typo_first":
                if R.random() < 0.5:
                    h_first = typo_of(R, first)
                else:
                    r_first = typo_of(R, first)
            elif v == "typo_last":
                if R.random() < 0.5:
                    h_last = typo_of(R, last)
                else:
                    r_last = typo_of(R, last)
            elif v == "nickname":
                nick = R.choice(pool.nick[f])
                if R.random() < 0.65:
                    h_first = nick
                else:
                    r_first = nick
            elif v == "diacritics":
                if self.diac_first[i]:
                    plain, fancy = str(pool.first_plain[f]), str(pool.first[f])
                    h_first, r_first = (plain, fancy) if R.random() < 0.6 else (fancy, plain)
                else:
                    plain, fancy = plain_text(last), str(pool.last[int(self.l1[i])])
                    h_last, r_last = (plain, fancy) if R.random() < 0.6 else (fancy, plain)
            elif v == "case_punct":
                other = punct_variant(R, last)
                h_last, r_last = (last, other) if R.random() < 0.6 else (other, last)
            elif v == "hyphenated":
                if self.l2[i] >= 0:
                    part = self._last_display(int(self.l1[i] if R.random() < 0.7 else
                                                  self.l2[i]), -1, acc)  # fmt: skip
                    h_last, r_last = (last, part) if R.random() < 0.6 else (part, last)
                else:
                    squashed = squash(R, last)
                    h_last, r_last = (last, squashed) if R.random() < 0.5 else (squashed, last)
            elif v == "suffix":
                styled = suffix_in_last(R, last, sfx)
                r_sfx = ""
                if R.random() < 0.6:
                    r_last = styled  # hire: suffix column; registry: inside the surname
                else:
                    h_last, sfx = styled, ""  # hire wrote it into the surname
            elif v == "middle_initial":
                initial = mid_full[0] + ("." if R.random() < 0.4 else "")
                h_mid, r_mid = (mid_full, initial) if R.random() < 0.5 else (initial, mid_full)
            elif v == "maiden":
                maiden = self._last_display(int(self.maiden[i]), -1, acc)
                h_mid, r_mid, r_last = maiden, "", maiden
            elif v == "swapped_dob":
                r_dob = int(swap_day_month(np.array([dob]))[0][0])
            who = (r_first, r_mid, r_last, r_sfx, r_dob)
            self._whose = (OWN, i)
            cert_src, cert_cat, cert_agency, cert_dates = self._own_rows(i, sc, who, hire, dob)
            for j in self.fp_by_owner.get(i, ()):
                self._whose = (FOREIGN, j)
                self._foreign_rows(i, j, last, hire)
            self.h_first[i], self.h_mid[i], self.h_last[i], self.h_sfx[i] = (
                h_first, h_mid, h_last, sfx
            )  # fmt: skip
            jobs = self._history(i, sc, hire, dob, cert_src, cert_cat, cert_agency, cert_dates)
            self._training(i, sc, hire, bool(basic_screened[i]))
            self._resume(i, sc, jobs, bool(basic_screened[i]))

    def _last_display(self, l1: int, l2: int, acc: bool) -> str:
        pool = self.pool
        a = str(pool.last[l1] if acc else pool.last_plain[l1])
        if l2 < 0:
            return a
        b = str(pool.last[l2] if acc else pool.last_plain[l2])
        return f"{a}-{b}" if (l1 + l2) % 4 else f"{a} {b}"

    def _own_rows(
        self, i: int, sc: Scenario, who: tuple[str, str, str, str, int], hire: int, dob: int
    ) -> tuple[int, int, str, tuple[int, int]]:
        """The hire's own registry person. Returns the main certification's source,
        category, agency and (issued, separation) for the declared history."""
        R = self.R
        k = sc.link
        none = (-1, -1, "", (NA, NA))
        if k == "none":
            return none
        if k == "maybe_non_sworn":
            if R.random() < 0.7:
                return none
            k = "non_sworn"
        if k == "na":
            r = R.random()
            if r < 0.62:
                return none
            k = "qualifying" if r < 0.85 else ("non_sworn" if r < 0.95 else "revoked")
        # NY prints upper case: a case-only difference would vanish there
        src = self._src((FL, NY)) if sc.var == "case_punct" else self._src()
        if k in ("qualifying", "qualifying_recent"):
            issued, sep, status = self._qual_dates(hire, dob, recent=k == "qualifying_recent")
            cat = self._sworn_cat(src)
            r = R.random()
            if r < 0.3:
                self._earlier_non_sworn(who, issued)
            elif r < 0.4:  # an older sworn certification in another state, long separated
                o_src = self._src((FL, src))
                o_sep = issued - R.randint(30, 400)
                o_iss = o_sep - R.randint(400, 2000)
                if o_iss > dob + 21 * YEAR:
                    self._row(o_src, who, self._sworn_cat(o_src),
                              R.choice(("inactive", "lapsed")), o_iss, o_sep)  # fmt: skip
            row = self._row(src, who, cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        if k == "non_sworn":
            issued, sep, status = self._qual_dates(hire, dob)
            cat = self._non_sworn_cat(src)
            row = self._row(src, who, cat, status, issued, sep)
            if R.random() < 0.3:
                o_src = self._src()
                o_cat = self._non_sworn_cat(o_src)
                o_iss = issued - R.randint(400, 3000)
                if o_iss > dob + 19 * YEAR:
                    self._row(o_src, who, o_cat, "lapsed", o_iss, issued - R.randint(1, 90))
            return src, cat, row[11], (issued, sep)
        if k in ("revoked", "suspended"):
            issued, sep, _ = self._qual_dates(hire, dob)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, k, issued, sep)
            if k == "revoked" and src != FED and R.random() < 0.5:
                # before hire, as the scenario's recall says: a status revoked today beside
                # a revocation dated after hire is a question for review (REVOKED_AFTER_HIRE)
                drawn = R.randint(issued + 30, TODAY - 10)  # the same draw as ever
                when = issued + 30 + (drawn - issued - 30) % (hire - issued - 30)
                self._decert(src, who, "revoked", when)
            return src, cat, row[11], (issued, sep)
        if k == "decertified":
            src = self._src((FL, FED))
            issued, _, _ = self._qual_dates(hire, dob)
            when = hire - R.randint(30, 700)
            issued = min(issued, when - 420)
            sep = NA if R.random() < 0.5 else min(when + R.randint(0, 20), hire - 1)
            cat = self._sworn_cat(src)
            status = "active" if sep == NA or R.random() < 0.4 else "inactive"
            row = self._row(src, who, cat, status, issued, sep)
            d_src = src if R.random() < 0.7 else self._src((FL, FED, src))
            action = R.choices(("revoked", "suspended", "surrendered"), weights=(60, 20, 20))[0]
            self._decert(d_src, who, action, when)
            return src, cat, row[11], (issued, sep)
        if k == "separated_long":
            sep = hire - R.randint(1250, 3000)
            issued = sep - R.randint(500, 4500)
            issued = max(issued, dob + 21 * YEAR + 5)
            issued = min(issued, sep - 400)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, R.choice(("inactive", "lapsed", "lapsed")), issued, sep)
            if R.random() < 0.4:  # then a security or dispatch job, still active
                n_src = src if src != FED else self._src((FL, FED))
                self._row(n_src, who, R.choice((SEC, DISP)), "active",
                          sep + R.randint(30, 300), NA)  # fmt: skip
            return src, cat, row[11], (issued, sep)
        if k == "short_service":
            if R.random() < 0.6:
                sep, end = NA, hire
            else:
                sep = hire - R.randint(1, 30)
                end = sep
            issued = end - R.randint(60, 300)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, "active" if sep == NA else "inactive", issued, sep)
            if R.random() < 0.4:  # long corrections service before: not the sworn cert's
                self._earlier_non_sworn(who, issued)
            return src, cat, row[11], (issued, sep)
        if k == "after_hire":
            issued = hire + R.randint(20, max(21, min(540, TODAY - hire - 5)))
            cat = self._sworn_cat(src)
            self._row(src, who, cat, "active", issued, NA)
            if R.random() < 0.35:
                self._earlier_non_sworn(who, hire - R.randint(0, 200))
            return none
        if k == "ambiguous":
            self._whose = (AMBIGUOUS, i)  # two people, one of them may be the hire
            src2 = self._src()
            mids = self._two_middles(i)
            qual_first = R.random() < 0.5
            for which, (s, m) in enumerate(((src, mids[0]), (src2, mids[1]))):
                person = (who[0], m, who[2], "", who[4])
                issued, sep, status = self._qual_dates(hire, dob)
                if (which == 0) == qual_first:
                    self._row(s, person, self._sworn_cat(s), status, issued, sep)
                elif R.random() < 0.7:
                    self._row(s, person, self._non_sworn_cat(s), status, issued, sep)
                else:
                    self._row(s, person, self._sworn_cat(s), "revoked", issued, sep)
            return none
        if k == "no_dob":
            issued, sep, status = self._qual_dates(hire, dob)
            if R.random() < 0.6:
                src, d = FL, dob  # FL publishes the birth year only
            else:
                d = NA
            cat = self._sworn_cat(src)
            row = self._row(src, (who[0], who[1], who[2], "", d), cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        if k == "name_change":
            src = self._src((FL, MN))  # MN prints middle initials: the lead needs the name
            new_last = str(self.pool.last_plain[self.renamed[i]])
            issued, sep, status = self._qual_dates(hire, dob)
            cat = self._sworn_cat(src)
            full_mid = str(self.pool.first_plain[int(self.mid[i])])
            person = (who[0], full_mid, new_last, "", dob)
            row = self._row(src, person, cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        raise ValueError(k)  # pragma: no cover

    def _two_middles(self, i: int) -> tuple[str, str]:
        pool = self.pool
        a = int(self.rng.integers(0, len(pool.first)))
        b = a
        while b == a or str(pool.first_plain[a])[0] == str(pool.first_plain[b])[0]:
            b = self.R.randrange(len(pool.first))
        return str(pool.first_plain[a]), str(pool.first_plain[b])

    def _foreign_rows(self, i: int, j: int, hire_last: str, hire: int) -> None:
        """Rows of a twin or namesake of hire ``i``."""
        R, pool = self.R, self.pool
        kind, cert, f, male, mk, mid_code, dob = self.fp[j]
        mid = str(pool.first_plain[mid_code])
        middle = "" if mk == 0 else (mid if mk == 1 else mid[0])
        first = str(pool.first[f] if self.acc[i] else pool.first_plain[f])
        sfx = R.choice(("", "", "", "Sr", "Jr")) if kind == 1 and male else ""
        who = (first, middle, hire_last, sfx, dob)
        src = self._src()
        issued, sep, status = self._qual_dates(hire, max(dob, DOB_FIRST))
        if kind == 1:  # a namesake's career follows their own age
            shift = dob - int(self.dob[i])
            issued = min(issued + shift, TODAY - 40)
            sep = NA if sep == NA or sep + shift >= TODAY else sep + shift
            issued = min(issued, sep - 30) if sep != NA else issued
        if cert == "sworn":
            cat = self._sworn_cat(src)
        elif cert == "non_sworn":
            cat = self._non_sworn_cat(src)
        else:
            cat = self._sworn_cat(src) if R.random() < 0.5 else self._non_sworn_cat(src)
            if R.random() < 0.15:
                status = "revoked"
                if src != FED:
                    self._decert(src, who, "revoked", R.randint(issued + 30, TODAY - 5))
        self._row(src, who, cat, status, issued, sep)

    # ---- history, training, resume -----------------------------------------------------

    def _history(
        self, i: int, sc: Scenario, hire: int, dob: int, src: int, cat: int, agency: str,
        dates: tuple[int, int],
    ) -> list[tuple[str, str, str, int, int]]:  # fmt: skip
        """Prior jobs as declared (employer, title, state, start, end), newest first."""
        R = self.R
        jobs: list[tuple[str, str, str, int, int]] = []
        h = sc.history
        if h == "decoy_or_claim":
            h = "decoy" if R.random() < 0.6 else "claimed_loaded"
        if h == "mixed":
            r = R.random()
            if src >= 0:
                h = "sworn" if cat < N_SWORN_CATS else "non_sworn"
            else:
                h = "coverage_gap" if r < 0.05 else ("decoy" if r < 0.7 else "aspirational")
        end = hire - R.randint(5, 90)
        if h in ("sworn", "non_sworn") and src >= 0 and R.random() < 0.93:
            issued, sep = dates
            state = REGISTRY_SOURCES[src]
            if state == "FED":
                state = R.choice(("TX", "CA", "NY", "VA", "FL", "MN"))
            title = R.choice(CAT_TITLES[cat])
            if cat == FEDCAT and agency == "U.S. Border Patrol":
                title = "Border Patrol Agent"
            j_end = NA if sep == NA and R.random() < 0.5 else (sep if sep != NA else end)
            jobs.append((agency, title, state, issued + R.randint(0, 20), j_end))
            end = issued - R.randint(10, 200)
        elif h == "claimed_loaded":
            state = R.choice(("TX", "CA", "NY", "VA", "FL", "MN"))
            cat2 = R.choice((POLICE, POLICE, SHERIFF, STATE))
            employer = R.choice(AGENCIES[state][cat2])
            start = end - R.randint(400, 3000)
            jobs.append((employer, R.choice(CAT_TITLES[cat2]), state, start, end))
            end = start - R.randint(10, 300)
        elif h == "coverage_gap":
            state = R.choice(UNCOVERED)
            employer, title = R.choice(UNCOVERED_AGENCIES[state])
            start = end - R.randint(700, 4000)
            jobs.append((employer, title, state, start, NA if R.random() < 0.3 else end))
            end = start - R.randint(10, 300)
        n_more = R.choices((0, 1, 2), weights=(35, 45, 20))[0]
        if h in ("decoy", "aspirational") and not jobs:
            n_more = R.choices((0, 1, 2, 3), weights=(10, 40, 35, 15))[0]
        for _ in range(n_more):
            pool_ = DECOY_JOBS if (h != "aspirational" and R.random() < 0.6) else PLAIN_JOBS
            title, employers = R.choice(pool_)
            start = end - R.randint(300, 2500)
            if start < dob + 17 * YEAR:
                break
            state = R.choice(OTHER_STATES)
            jobs.append((R.choice(employers), title, state, start, end))
            end = start - R.randint(10, 400)
        for employer, title, state, start, j_end in jobs:
            self.history.append((i, employer, title, state, start, j_end))
        return jobs

    def _training(self, i: int, sc: Scenario, hire: int, basic_screened: bool) -> None:
        R = self.R
        rows = self.training
        orient = hire + R.randint(0, 2)
        rows.append((i, *OTHER_COURSES[0][:3], orient, orient + 1, "completed"))
        if sc.training == "basic":
            start = min(hire + R.randint(14, 120), TODAY - R.randint(3, 20))
            end = start + R.randint(110, 130)
            r = R.random()
            if end > TODAY or r < 0.1:
                rows.append((i, *BASIC_COURSE, start, NA, "enrolled"))
            elif r < 0.14:
                rows.append((i, *BASIC_COURSE, start, start + R.randint(10, 90), "withdrawn"))
            elif r < 0.16:
                rows.append((i, *BASIC_COURSE, start, end, "failed"))
            else:
                rows.append((i, *BASIC_COURSE, start, end, "completed"))
            self.h_track[i] = "BASIC"
            return
        start = hire + R.randint(3, 21)
        rows.append((i, *SHORT_COURSE, start, start + 27, "completed"))
        self.h_track[i] = "BASIC" if basic_screened else "LEO"
        if sc.training == "remediated":
            b_start = hire + R.randint(60, max(61, min(420, TODAY - hire - 140)))
            rows.append((i, *BASIC_COURSE, b_start, b_start + R.randint(110, 130), "completed"))
        elif sc.training == "enrolled":
            b_start = hire + R.randint(30, max(31, TODAY - hire - 10))
            rows.append((i, *BASIC_COURSE, b_start, NA, "enrolled"))
            if R.random() < 0.2 and b_start - 200 > hire:  # an earlier attempt, unfinished
                rows.append((i, *BASIC_COURSE, b_start - R.randint(120, 200),
                             b_start - R.randint(40, 110), "withdrawn"))  # fmt: skip
        elif basic_screened and sc.determination != "REMEDIATED":
            if sc.determination == "VERIFIED_LEO" and R.random() < 0.3:
                b_start = hire + R.randint(30, 200)
                if b_start + 130 < TODAY:
                    rows.append((i, *BASIC_COURSE, b_start, b_start + 120, "completed"))
            elif R.random() < 0.6:
                b_start = hire + R.randint(30, max(31, TODAY - hire - 10))
                rows.append((i, *BASIC_COURSE, b_start, NA, "enrolled"))
        if sc.link.startswith("qualifying") and R.random() < 0.4:
            q = hire + R.randint(20, 90)
            rows.append((i, *OTHER_COURSES[1], q, q, "completed"))
        q = hire + R.randint(30, 300)
        if R.random() < 0.15 and q < TODAY - 3:
            status = "withdrawn" if R.random() < 0.2 else "completed"
            rows.append((i, *OTHER_COURSES[R.choice((2, 3))], q, q + R.randint(0, 3), status))

    def _resume(
        self, i: int, sc: Scenario, jobs: list[tuple[str, str, str, int, int]], basic: bool
    ) -> None:
        R = self.R
        parts = []
        for employer, title, state, start, end in jobs:
            y1 = year_of(start)
            y2 = "present" if end == NA else str(year_of(end))
            style = R.randrange(4)
            if style == 0:
                parts.append(f"{title} at {employer} {y1}-{y2}")
            elif style == 1:
                parts.append(f"{title}, {employer} ({y1}-{y2})")
            elif style == 2:
                parts.append(f"{employer}, {state} - {title}, {y1} to {y2}")
            else:
                parts.append(f"{y1}-{y2}: {title.lower()}, {employer}")
        if sc.history == "aspirational":
            parts.append(R.choice(ASPIRATIONAL))
        extra = R.choice(RESUME_EXTRAS)
        if extra:
            parts.append(extra)
        if not parts:
            parts.append("Recent graduate seeking a federal career.")
        text = "; ".join(parts) if R.random() < 0.5 else ". ".join(p.rstrip(".") for p in parts)
        if R.random() < 0.03 and sc.determination == "NOT_APPLICABLE":
            text = ""
        self.h_resume[i] = text
        low = text.lower()
        if sc.training == "basic":
            self.h_basis[i] = R.choice(("", "", "keyword:none", "resume review: no LEO"))
        elif basic:
            self.h_basis[i] = R.choice(("", "keyword:none"))
        elif "officer" in low or R.random() < 0.5:
            self.h_basis[i] = "keyword:officer" if R.random() < 0.97 else ""
        else:
            self.h_basis[i] = R.choice(("keyword:agent", "keyword:police", "self-reported LEO"))

    # ---- background registry -----------------------------------------------------------

    def background(self, n_rows: int) -> dict[str, np.ndarray]:
        """Registry people who were never hired: most of the rows, drawn column-wise."""
        rng, pool = self.rng, self.pool
        if n_rows <= 0:
            return {}
        n_p = int(n_rows / 1.38) + 32
        counts = rng.choice([1, 2, 3], size=n_p, p=[0.7, 0.22, 0.08])
        cum = np.cumsum(counts)
        while cum[-1] < n_rows:  # pragma: no cover - tiny registries
            counts = np.concatenate([counts, [1]])
            cum = np.cumsum(counts)
        n_p = int(np.searchsorted(cum, n_rows)) + 1
        counts = counts[:n_p].copy()
        counts[-1] -= int(cum[n_p - 1] - n_rows)
        male = rng.random(n_p) < 0.72
        f = self._draw_first(male)
        common = rng.random(n_p) < 0.8
        l1 = np.where(
            common,
            rng.choice(len(pool.last), size=n_p, p=pool.last_common_w),
            rng.choice(len(pool.last), size=n_p, p=pool.last_rare_w),
        )
        l2 = np.where(
            common & (rng.random(n_p) < 0.03),
            rng.choice(len(pool.last), size=n_p, p=pool.last_common_w),
            -1,
        )
        l2[l2 == l1] = -1
        mid_kind = rng.choice(3, size=n_p, p=[0.3, 0.55, 0.15])
        mid = self._draw_first(male)
        sfx = np.where(male & (rng.random(n_p) < 0.03),
                       rng.choice(len(SUFFIXES), size=n_p, p=SUFFIX_P), -1)  # fmt: skip
        acc = rng.random(n_p) < 0.5
        home = rng.choice(len(REGISTRY_SOURCES), size=n_p, p=SRC_WEIGHT)
        dob = rng.integers(REG_DOB_FIRST, REG_DOB_LAST + 1, size=n_p)

        person = np.repeat(np.arange(n_p), counts)
        starts = np.cumsum(counts) - counts
        rank = np.arange(n_rows) - np.repeat(starts, counts)
        move = (rank > 0) & (rng.random(n_rows) < 0.25)
        src = np.where(move, rng.choice(len(REGISTRY_SOURCES), size=n_rows, p=SRC_WEIGHT),
                       home[person])  # fmt: skip
        has_fl = np.bincount(person[src == FL], minlength=n_p) > 0

        # keep every background person away from short-track hires (see module doc)
        check = np.arange(n_p)
        for _ in range(500):
            d = dob[check]
            bad = isin_keys(pack_key(d, f[check]), self.st_f)
            bad |= isin_keys(pack_key(d, l1[check]), self.st_l)
            l2c = l2[check]
            bad |= (l2c >= 0) & isin_keys(pack_key(d, np.maximum(l2c, 0)), self.st_l)
            fl = has_fl[check]
            if fl.any():
                years = YEARS_NP[d - TABLE_LO] - 1900
                nk = f[check] * CODE_BITS + l1[check]
                bad |= fl & isin_keys(nk * 256 + years, self.st_name_years)
                nk2 = f[check] * CODE_BITS + np.maximum(l2c, 0)
                bad |= fl & (l2c >= 0) & isin_keys(nk2 * 256 + years, self.st_name_years)
            check = check[bad]
            if len(check) == 0:
                break
            dob[check] = rng.integers(REG_DOB_FIRST, REG_DOB_LAST + 1, size=len(check))
        else:  # pragma: no cover
            raise RuntimeError("could not keep background people away from hires")

        # careers: certification k starts after k-1; the last may still be current
        start = dob + 21 * YEAR + rng.integers(0, 18 * YEAR, size=n_p)
        gaps = np.where(rank > 0, rng.integers(200, 6 * YEAR, size=n_rows), 0)
        csum = np.cumsum(gaps)
        issued = start[person] + csum - np.repeat(csum[starts], counts)
        late = issued > TODAY - 30
        issued[late] = TODAY - rng.integers(30, 700, size=int(late.sum()))
        last_row = rank == counts[person] - 1
        next_issued = np.append(issued[1:], TODAY)
        sep = np.full(n_rows, NA, dtype=np.int64)
        moved_on = ~last_row & (rng.random(n_rows) < 0.75)
        sep[moved_on] = np.maximum(
            next_issued[moved_on] - rng.integers(0, 45, size=int(moved_on.sum())),
            issued[moved_on] + 30,
        )
        ended = last_row & (rng.random(n_rows) < 0.45)
        span = np.maximum(TODAY - issued[ended], 31)
        sep[ended] = (
            issued[ended] + (rng.random(int(ended.sum())) * (span - 30)).astype(np.int64) + 30
        )
        sep = np.where((sep != NA) & (sep > TODAY), NA, sep)

        sworn = rng.random(n_rows) < np.where(rank == 0, 0.5, 0.75)
        sub = rng.random(n_rows)
        cat = np.where(sub < 0.65, POLICE, np.where(sub < 0.9, SHERIFF, STATE))
        ns = rng.choice([CORR, DISP, RES, PROB, SEC], size=n_rows,
                        p=[0.55, 0.12, 0.10, 0.13, 0.10])  # fmt: skip
        fed_ns = rng.choice([CORR, PROB, SEC], size=n_rows, p=[0.6, 0.25, 0.15])
        cat = np.where(sworn, cat, ns)
        is_fed = src == FED
        cat = np.where(is_fed, np.where(sworn, FEDCAT, fed_ns), cat)
        ctype, agency = _lookup_type_agency(rng, src, cat)

        current = sep == NA
        u = rng.random(n_rows)
        # status codes index STATUS: active, inactive, lapsed, revoked, suspended
        serving_cut = np.array([0.9, 0.94, 0.97, 0.985])  # active, inactive, lapsed, susp.
        serving = np.array([0, 1, 2, 4, 3])
        left_cut = np.array([0.45, 0.85, 0.93, 0.98])  # inactive, lapsed, active, revoked
        left = np.array([1, 2, 0, 3, 4])
        code = np.where(current, serving[np.searchsorted(serving_cut, u, side="right")],
                        left[np.searchsorted(left_cut, u, side="right")])  # fmt: skip
        status = STATUS[code]

        first_s = np.where(acc, pool.first[f], pool.first_plain[f])
        mid_s = pool.first_plain[mid]
        initials = pool.first_initial[mid]
        middle = np.where(mid_kind == 1, mid_s, np.where(mid_kind == 2, initials, ""))
        last_s = np.where(acc, pool.last[l1], pool.last_plain[l1])
        comp = np.nonzero(l2 >= 0)[0]
        if len(comp):
            seps = np.where(rng.random(len(comp)) < 0.7, "-", " ")
            last_s = last_s.copy()
            last_s[comp] = [
                f"{a}{s}{b}"
                for a, s, b in zip(last_s[comp], seps, pool.last_plain[l2[comp]], strict=True)
            ]
        sfx_s = np.where(sfx >= 0, np.array(SUFFIXES, dtype=object)[np.maximum(sfx, 0)], "")
        row_dob = dob[person].astype(np.int64)
        # who each row is (true birth date even where the row prints none), for truth_links
        self.bg_person = (f[person], l1[person], l2[person], dob[person])

        # a few rows miss the birth date; only people no short-track hire is named like
        nk = f * CODE_BITS + l1
        safe = ~isin_keys(nk, self.st_names)
        safe &= ~((l2 >= 0) & isin_keys(f * CODE_BITS + np.maximum(l2, 0), self.st_names))
        eligible = np.nonzero(safe[person] & (src != FL))[0]
        n_blank = min(len(eligible), round(0.012 * n_rows))
        if n_blank:
            pick = rng.choice(eligible, size=n_blank, replace=False)
            row_dob[pick] = NA
        return {
            "src": src.astype(np.int64),
            "first": first_s[person],
            "middle": middle[person],
            "last": last_s[person],
            "sfx": sfx_s[person],
            "dob": row_dob,
            "cat": cat.astype(np.int64),
            "type": ctype,
            "status": status,
            "issued": issued.astype(np.int64),
            "sep": sep,
            "agency": agency,
        }

    # ---- overrides ---------------------------------------------------------------------

    def overrides(self) -> list[tuple[str, str, str, str, str]]:
        """3-5 analysts' decisions on review hires; their truth becomes the decision."""
        rng, R = self.rng, self.R
        review = [i for i in range(self.n) if SCENARIOS[int(self.scn[i])].name.startswith(
            "review_")]  # fmt: skip
        if not review:
            return []
        k = min(len(review), int(rng.integers(3, 6)))
        # spread over the review kinds first
        by_kind: dict[str, list[int]] = {}
        for i in review:
            by_kind.setdefault(SCENARIOS[int(self.scn[i])].name, []).append(i)
        chosen: list[int] = []
        for kind in sorted(by_kind):
            if len(chosen) < k:
                chosen.append(by_kind[kind][0])
        rest = [i for i in review if i not in chosen]
        while len(chosen) < k:
            chosen.append(rest.pop(0))
        out = []
        for i in sorted(chosen, key=lambda j: self.hire_id[j]):
            kind = SCENARIOS[int(self.scn[i])].name
            if kind == "review_coverage_gap":
                det = "VERIFIED_LEO"
                why = "State POST confirmed an active peace officer license by letter"
            elif kind == "review_registry_no_dob":
                det = "VERIFIED_LEO"
                why = "Registry supplied the full date of birth on request; it matches"
            elif kind == "review_name_change":
                det = "VERIFIED_LEO"
                why = "Marriage certificate on file; registry record is under her prior name"
            else:
                det = "RECALL"
                why = "Registry confirmed the sworn record belongs to another person"
            reviewed = TODAY - R.randint(3, 60)
            out.append(
                (
                    str(self.hire_id[i]),
                    det,
                    R.choice(REVIEWERS),
                    date_tables()[0][reviewed - TABLE_LO],
                    why,
                )
            )
            self.override_of[i] = det
        return out


def _lookup_type_agency(
    rng: np.random.Generator, src: np.ndarray, cat: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Certification type and agency for each row from flat (source, category) tables."""
    n_src, n_cat = len(REGISTRY_SOURCES), len(CATS)
    types: list[str] = []
    agencies: list[str] = []
    t_off = np.zeros((n_src, n_cat), dtype=np.int64)
    t_len = np.zeros((n_src, n_cat), dtype=np.int64)
    a_off = np.zeros((n_src, n_cat), dtype=np.int64)
    a_len = np.zeros((n_src, n_cat), dtype=np.int64)
    for s, name in enumerate(REGISTRY_SOURCES):
        for c in range(n_cat):
            if c == SHERIFF:
                ts: tuple[str, ...] = ("Deputy Sheriff",)
            elif c == STATE:
                ts = ("State Trooper",)
            elif c < N_SWORN_CATS:
                ts = SWORN_TYPES[name]
            else:
                ts = NON_SWORN_TYPES[c]
                if name == "TX" and c == CORR:
                    ts = (*ts, "Basic Jailer")
            ag = AGENCIES[name].get(c, ("",))
            t_off[s, c], t_len[s, c] = len(types), len(ts)
            types.extend(ts)
            a_off[s, c], a_len[s, c] = len(agencies), len(ag)
            agencies.extend(ag)
    t_arr = np.array(types, dtype=object)
    a_arr = np.array(agencies, dtype=object)
    u1 = rng.random(len(src))
    u2 = rng.random(len(src))
    ti = t_off[src, cat] + (u1 * t_len[src, cat]).astype(np.int64)
    ai = a_off[src, cat] + (u2 * a_len[src, cat]).astype(np.int64)
    return t_arr[ti], a_arr[ai]
