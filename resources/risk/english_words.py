#!/usr/bin/env python3
"""Refreshes misspellings.english_words in concepts.json.

The detector takes a word that no term knows, of misspellings.min_word letters or more, for a
concept word one edit away ("strnagled" for "strangled"). A real English word one edit from a
concept word ("thread" and "threat", "wallet" and "mallet") must not be taken for it: this
script lists every such word of an English word list, so run it after adding concept words.

    python3 resources/risk/english_words.py [WORDLIST ...]

The default list is /usr/share/dict/words (Debian package wbritish); further files add words
(slang, names) one a line. The stemmer below is the detector's (RiskDetector::stem).
"""

import json
import re
import sys
from pathlib import Path

CONCEPTS = Path(__file__).with_name("concepts.json")
# Words the British list lacks but notes use; never misspellings of a concept word.
EXTRA = """bangers knackered minder minders trackies theyre theyve youre youve wouldve couldve
shouldve innit gutted skint minging mardy chuffed bladdered blimey cuppa cheeky dodgy sketchy
bruvs mandem wagwan peng leaver leavers womens tshirt tshirts scouse scouser scousers geordie
gadgie burstin wantin listenin shankin greetin windae disnae cannae didnae wasnae isnae""".split()


def plain_words(text):
    text = re.sub(r"(?<=\w)['\u2019](?=\w)", "", text.lower())
    return re.findall(r"\w+", text)


def make_stem(irregular):
    def stem(w):
        w = irregular.get(w, w)
        n = len(w)
        if n > 4 and (w.endswith("ies") or w.endswith("ied")):
            w = w[:-3] + "y"
        elif n >= 6 and w.endswith("ing"):
            w = w[:-3]
        elif n >= 5 and w.endswith("ed"):
            w = w[:-2]
        elif n >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        if len(w) >= 4 and w.endswith("e"):
            w = w[:-1]
        if len(w) >= 4 and w[-1] == w[-2] and w[-1].isalpha() and w[-1] not in "aeiouy":
            w = w[:-1]
        return w

    return stem


def within_one_edit(a, b):
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == len(a):
        return True
    if len(b) > len(a):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def main():
    text = CONCEPTS.read_text(encoding="utf-8")
    data = json.loads(text)
    settings = data["misspellings"]
    min_word, min_stem = settings.get("min_word", 6), settings.get("min_stem", 5)
    irregular = {}
    for base, forms in data["irregular"].items():
        for form in forms:
            irregular["".join(plain_words(form))] = base
    stem = make_stem(irregular)

    concept_stems, known = set(), set()
    for terms in data["concepts"].values():
        for term in terms:
            for part in term.split():
                exact = part.startswith("=")
                for w in plain_words(part.lstrip("=")):
                    known.add(stem(w))
                    if not exact and not part.startswith("{"):
                        concept_stems.add(stem(w))
    for trigger in data["context"]:
        for term in trigger["terms"]:
            for w in plain_words(term.replace("=", " ")):
                known.add(stem(w))

    near = {}
    for s in concept_stems:
        if len(s) >= min_stem:
            for key in [s] + [s[:k] + s[k + 1:] for k in range(len(s))]:
                near.setdefault(key, set()).add(s)

    def misread(word):
        s = stem(word)
        if len(word) < min_word or not word.isalpha() or s in known or len(s) < min_stem - 1:
            return False
        keys = [s] + [s[:k] + s[k + 1:] for k in range(len(s))]
        return any(within_one_edit(s, c) for key in keys for c in near.get(key, ()))

    words = set(EXTRA)
    for path in sys.argv[1:] or ["/usr/share/dict/words"]:
        for line in open(path, encoding="utf-8", errors="ignore"):
            if not line.strip().endswith("'s"):  # possessives; "they're" stays as "theyre"
                words.add(line.strip().lower().replace("'", ""))
    listed = sorted(w for w in words if misread(w))

    lines, current = [], ""
    for item in (json.dumps(w) for w in listed):
        piece = f"{current}, {item}" if current else item
        if current and len(piece) + 1 > 94:
            lines.append(current + ",")
            current = item
        else:
            current = piece
    lines.append(current)
    body = "\n".join("      " + line for line in lines)
    text, count = re.subn(r'("english_words": \[\n).*?(\n    \])', lambda m: m.group(1) + body + m.group(2),
                          text, count=1, flags=re.S)
    if count != 1:
        sys.exit("concepts.json has no misspellings.english_words list")
    json.loads(text)
    CONCEPTS.write_text(text, encoding="utf-8")
    print(f"{len(listed)} English words one edit from a concept word")


if __name__ == "__main__":
    main()
