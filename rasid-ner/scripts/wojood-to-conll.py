#!/usr/bin/env python3
"""Converts Wojood's nested NER (token TAG [TAG...], sentences ended by '$#$ O' or a blank line) to ANERcorp's flat CoNLL.

Usage: wojood-to-conll.py FILE... > OUT.conll   (train.txt and val.txt of the sample; never test.txt)
Of every sentence's spans of a mapped type the outermost is kept (a PERS inside an OCC phrase survives, an ORG
inside an ORG does not). Mapping by ANERcorp's conventions: PERS, ORG as is; GPE and LOC -> LOC; CURR (دولار),
EVENT (wars, cups), PRODUCT, FAC (البيت الأبيض, الكعبة) and WEBSITE -> MISC, which is what ANERcorp calls MISC;
everything else (DATE, OCC, NORP, numbers, LAW, LANGUAGE ...) -> O.
"""
import sys

MAP = {'PERS': 'PERS', 'ORG': 'ORG', 'GPE': 'LOC', 'LOC': 'LOC',
       'CURR': 'MISC', 'EVENT': 'MISC', 'PRODUCT': 'MISC', 'FAC': 'MISC', 'WEBSITE': 'MISC'}


def spans(tags):
    """(start, end, type) of every span, nested ones included, from per-token tag lists."""
    done, open_ = [], {}
    for i, ts in enumerate(tags):
        cont = {t[2:] for t in ts if t.startswith('I-')}
        for typ in list(open_):
            if typ not in cont:
                done.append((open_.pop(typ), i, typ))
        for t in ts:
            if t.startswith('B-'):
                typ = t[2:]
                if typ in open_:
                    done.append((open_.pop(typ), i, typ))
                open_[typ] = i
            elif t.startswith('I-') and t[2:] not in open_:
                open_[t[2:]] = i
    done += [(s, len(tags), typ) for typ, s in open_.items()]
    return done


def flat(tags):
    mapped = sorted(((s, e, MAP[t]) for s, e, t in spans(tags) if t in MAP), key=lambda x: (x[0], -x[1]))
    out, end = ['O'] * len(tags), 0
    for s, e, t in mapped:
        if s >= end:  # outermost first: longer spans sort first at each start
            out[s] = 'B-' + t
            for i in range(s + 1, e):
                out[i] = 'I-' + t
            end = e
    return out


def main():
    for f in sys.argv[1:]:
        words, tags = [], []
        for line in open(f, encoding='utf-8-sig'):
            parts = line.split()
            if not parts or parts[0] == '$#$':
                if words:
                    sys.stdout.write(''.join(f'{w} {t}\n' for w, t in zip(words, flat(tags))) + '\n')
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[1:])
        if words:
            sys.stdout.write(''.join(f'{w} {t}\n' for w, t in zip(words, flat(tags))) + '\n')


if __name__ == '__main__':
    main()
