"""String noise that real records carry: typos, punctuation, squashed and suffixed surnames."""

from __future__ import annotations

import random

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typo_of(R: random.Random, name: str) -> str:
    """Exactly one edit (substitute, insert, delete, or swap two neighbours) that leaves
    at least four letters and never adds or drops a final letter (Robert/Roberta is how
    opposite-sex twins are named, so linkers rightly refuse it as a typo)."""
    low = name.lower()
    n = len(low)
    for _ in range(100):
        op = R.choice(("sub", "sub", "ins", "del", "swap"))
        if op == "sub":
            p = R.randrange(n)
            c = R.choice([x for x in _LETTERS if x != low[p]])
            out = low[:p] + c + low[p + 1 :]
        elif op == "ins":
            p = R.randrange(1, n)
            out = low[:p] + R.choice(_LETTERS) + low[p:]
        elif op == "del":
            if n < 5:
                continue
            p = R.randrange(0, n - 1)
            out = low[:p] + low[p + 1 :]
        else:
            p = R.randrange(1, n - 1)
            if low[p] == low[p + 1]:
                continue
            out = low[:p] + low[p + 1] + low[p] + low[p + 2 :]
        if out != low and len(out) >= 4 and not _gendered(out, low):
            return out.capitalize()
    return name  # pragma: no cover


def _gendered(a: str, b: str) -> bool:
    """Robert/Roberta, Renee/Rene: one trailing vowel apart (also when a doubled letter
    is dropped), which is how opposite-sex names differ, not a typo."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return longer[:-1] == shorter and longer[-1] in "aeio"


def punct_variant(R: random.Random, last: str) -> str:
    """'O'Brien' -> 'OBRIEN' / 'Obrien' / 'O Brien'; 'St. John' -> 'St John' / 'STJOHN'."""
    squeezed = last.replace("'", "").replace(".", "")
    options = [squeezed.upper(), squeezed.replace(" ", "").capitalize(), squeezed]
    if "'" in last:
        options.append(last.replace("'", " "))
    if " " in squeezed:
        options.append(squeezed.replace(" ", ""))
    options = [o for o in options if o != last]
    return R.choice(options)


def squash(R: random.Random, last: str) -> str:
    """'De La Cruz' -> 'DeLaCruz' / 'Delacruz' / 'De la Cruz'."""
    joined = last.replace(" ", "")
    return R.choice((joined, joined.capitalize(), joined.upper()))


def suffix_in_last(R: random.Random, last: str, sfx: str) -> str:
    style = R.randrange(4)
    if style == 0:
        return f"{last} {sfx}"
    if style == 1:
        return f"{last}, {sfx}" + ("." if sfx in ("Jr", "Sr") else "")
    if style == 2:
        return f"{last.upper()} {sfx.upper()}"
    return f"{last} {sfx}" + ("." if sfx in ("Jr", "Sr") else "")
