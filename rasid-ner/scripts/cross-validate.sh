#!/bin/bash
# Six-fold cross-validation of NER recipes over ANERcorp train + dev (docs/ner.md, "Six-fold cross-validation").
# The two files are cut, in corpus order, into six contiguous blocks of sentences; each block is scored by a model
# trained on the other five. Usage, from the repository root:
#   rasid-ner/scripts/cross-validate.sh NAME "TRAIN FLAGS" [NAME "TRAIN FLAGS" ...]
#   e.g. rasid-ner/scripts/cross-validate.sh shipped "" previous "--runs 1 --without ENTITIES,STACK"
# Environment: SHARED (default ../shared), P parallel jobs (default 2), WS consistency weights to score (default:
# the model's own), JAR (default rasid-cli/target/rasid.jar), KEEP a folder that keeps the folds, the fold models
# (NAME.FOLD) and the results, for scoring other tag-time settings later (default: a temporary folder, removed).
set -euo pipefail
SHARED=${SHARED:-../shared}; P=${P:-2}; JAR=${JAR:-rasid-cli/target/rasid.jar}
if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
python3 - "$SHARED/data/anercorp/train.conll" "$SHARED/data/anercorp/dev.conll" "$work" <<'PY'
import re, sys
sents = []
for f in sys.argv[1:3]:
    sents += [s for s in re.split(r'\n\s*\n', open(f, encoding='utf-8').read().replace('\r', '')) if s.strip()]
k, n, out = 6, len(sents), sys.argv[3]
b = [round(i * n / k) for i in range(k + 1)]
for i in range(k):
    open(f'{out}/f{i}.test', 'w', encoding='utf-8').write('\n\n'.join(sents[b[i]:b[i + 1]]) + '\n\n')
    open(f'{out}/f{i}.train', 'w', encoding='utf-8').write('\n\n'.join(sents[:b[i]] + sents[b[i + 1]:]) + '\n\n')
PY
while [ $# -ge 2 ]; do
  for f in 0 1 2 3 4 5; do printf '%s\t%s\t%s\n' "$1" "$f" "$2"; done
  shift 2
done > "$work/jobs"
one() {
  IFS=$'\t' read -r name f flags <<< "$1"
  model="$work/$name.$f"
  # shellcheck disable=SC2086
  java -jar "$JAR" train ner --train "$work/f$f.train" $flags --out "$model" > "$model.log" 2>&1
  for w in ${WS:-default}; do
    c=""; [ "$w" != default ] && c="--consistency $w"
    # shellcheck disable=SC2086
    printf '%s\t%s\t%s\t%s\n' "$name" "$f" "$w" "$(java -jar "$JAR" eval ner "$work/f$f.test" --model "$model" $c | tail -1)"
  done
}
export -f one; export JAR WS work
tr '\n' '\0' < "$work/jobs" | xargs -0 -P "$P" -I{} bash -c 'one "$@"' _ {} > "$work/results"
python3 - "$work/results" <<'PY'
import collections, json, sys
runs = collections.defaultdict(dict)
for line in open(sys.argv[1], encoding='utf-8'):
    name, fold, w, result = line.rstrip('\n').split('\t', 3)
    runs[(name, w)][int(fold)] = json.loads(result)['micro']['f1']
for (name, w), f1 in sorted(runs.items()):
    blocks = [f1[i] for i in sorted(f1)]
    print(f"{name} (consistency {w}): mean {sum(blocks) / len(blocks):.2f}  blocks " + ' '.join(f'{x:.2f}' for x in blocks))
PY
