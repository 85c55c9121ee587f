#!/usr/bin/env bash
# Merges every real-prediction file of ../shared/data/model_tilepred RUNS times (default 20) with
# the launcher while another process loads the machine, and checks that every run writes the
# same bytes (COCO output and cluster table). Prints one line per file and the load average.
#
#   mvn -B package -DskipTests && scripts/reproducibility.sh [RUNS] [DATA_DIR]
set -euo pipefail
RUNS=${1:-20}
DATA=${2:-../shared/data/model_tilepred}
JAR=target/smm.jar
OUT=$(mktemp -d)
[ -f "$JAR" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
[ -d "$DATA" ] || { echo "no data folder $DATA" >&2; exit 2; }
# the load: the dense-scene benchmark on 2 threads, over and over, in another JVM
java -Xmx1g -jar "$JAR" bench --scene voronoi --size 4096 --method smm-exact --repeat 1000 > "$OUT/load.log" 2>&1 &
LOAD=$!
trap 'kill $LOAD 2>/dev/null; rm -rf "$OUT"' EXIT
sleep 5
status=0
for f in "$DATA"/dsb_mosaic_A_unet_*.json; do
	name=$(basename "$f" .json)
	for k in $(seq 1 "$RUNS"); do
		java -jar "$JAR" run "Merge COCO JSON" \
			"input=$f,images=$DATA/dsb_mosaic_A_images.json,output='$OUT/$name.$k.json',table='$OUT/$name.$k.csv'" > "$OUT/$name.$k.log" 2>&1
		cat "$OUT/$name.$k.json" "$OUT/$name.$k.csv" | sha256sum | cut -c1-16 >> "$OUT/$name.sums"
	done
	distinct=$(sort -u "$OUT/$name.sums" | wc -l)
	summary=$(grep -h "annotations ->" "$OUT/$name.1.log" | tail -1)
	echo "$name: $RUNS runs, $distinct distinct output(s) ($(sort -u "$OUT/$name.sums" | tr '\n' ' ')); load average $(cut -d' ' -f1-3 /proc/loadavg); $summary"
	[ "$distinct" = 1 ] || status=1
done
exit $status
