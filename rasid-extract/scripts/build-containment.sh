#!/usr/bin/env bash
# Rebuilds which country (and first-level province) each GeoNames town of the shared gazetteer lies in:
# src/main/resources/org/rasid/extract/actors/containment.tsv.gz, lines "geonameid <TAB> country code <TAB> admin1
# code" (YE 02 = the shared gazetteer's area YE.02), for the numeric ids of shared/data/gazetteers/geonames_ar_en.tsv.
# Source: the cities table compiled into Debian's libgeonames0 0.3.0-1 (the package family the shared gazetteer
# came from; data GeoNames, CC BY 4.0), read through the library's own C API with python3 ctypes, so the table is
# the one the shared names were taken from. Needs apt-get (or the .deb as $2), dpkg-deb, python3 and libglib-2.0.
# Usage: build-containment.sh [SHARED_DIR] [libgeonames0_0.3.0-1_amd64.deb]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../../shared}"
out="$here/src/main/resources/org/rasid/extract/actors/containment.tsv.gz"
sha=3e1207ac7c47b82c728064fb7c36921eb1070b73d2f7007799810c5e8d802d41
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${2:-}" ]; then cp "$2" "$work/lib.deb"; else (cd "$work" && apt-get download -qq libgeonames0=0.3.0-1 && mv libgeonames0_*.deb lib.deb); fi
echo "$sha  $work/lib.deb" | sha256sum -c --quiet
dpkg-deb -x "$work/lib.deb" "$work/x"
lib="$(ls "$work"/x/usr/lib/*/libgeonames.so.0.3.0)"
python3 - "$lib" > "$work/cities.tsv" <<'PY'
import ctypes, sys
glib = ctypes.CDLL("libglib-2.0.so.0")
geo = ctypes.CDLL(sys.argv[1])
geo.geonames_get_city.restype = ctypes.c_void_p
glib.g_variant_get_child_value.restype = ctypes.c_void_p
glib.g_variant_get_child_value.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
glib.g_variant_get_string.restype = ctypes.c_char_p
glib.g_variant_get_string.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
# each city is a GVariant (sssssssudd): geonameid, name, admin1 code, admin1 name, country code, country, ...
field = lambda city, i: glib.g_variant_get_string(glib.g_variant_get_child_value(city, i), None).decode()
for k in range(geo.geonames_get_n_cities()):
    city = geo.geonames_get_city(k)
    print(field(city, 0), field(city, 4), field(city, 2), sep="\t")
PY
awk -F'\t' 'FNR==NR { where[$1] = $2 "\t" $3; next }
  FNR>1 && $1 ~ /^[0-9]+$/ { if ($1 in where) print $1 "\t" where[$1]; else missing++ }
  END { if (missing) print missing " gazetteer ids not in the cities table" > "/dev/stderr" }' \
  "$work/cities.tsv" "$shared/data/gazetteers/geonames_ar_en.tsv" | sort -n | gzip -n -9 > "$out"
echo "wrote $(zcat "$out" | wc -l) places to $out"
