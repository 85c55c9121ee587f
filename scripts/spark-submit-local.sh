#!/usr/bin/env bash
# Runs the Spark job exactly as `spark-submit --class io.github.smm.spark.SparkMain --master <master>
# --jars <cluster-lib> spark/target/smm-spark.jar "Tiled Segment and Merge" "<options>"` does, without a
# Spark installation: through spark-submit's entry point (org.apache.spark.deploy.SparkSubmit), with
# Spark's own jars (spark/target/spark-jars, what an installation's jars/ folder holds) as the class path
# and the Java 17 openings of spark/pom.xml (what the spark-submit script adds).
# Build first: mvn -B install -DskipTests && mvn -B -f spark/pom.xml package -DskipTests
# Usage: scripts/spark-submit-local.sh "<options>" [master, default local[2]]
# e.g.   scripts/spark-submit-local.sh "image_file=[/data/a.tif],tile_size=512,overlap=64,blocks=2048,output_coco=[/data/a.json]"
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/spark/target"
options="${1:?usage: $0 \"<options>\" [master]}"
master="${2:-local[2]}"
for f in "$target/smm-spark.jar" "$target/spark-jars" "$target/cluster-lib"; do
	[ -e "$f" ] || { echo "missing $f: build the job first (mvn -B -f spark/pom.xml package -DskipTests)" >&2; exit 2; }
done
opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$here/spark/pom.xml")"
jars="$(ls "$target"/cluster-lib/*.jar | paste -sd, -)"
# shellcheck disable=SC2086
exec java $opens -cp "$target/spark-jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
	--class io.github.smm.spark.SparkMain --jars "$jars" "$target/smm-spark.jar" "Tiled Segment and Merge" "$options"
