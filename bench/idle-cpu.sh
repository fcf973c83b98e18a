#!/bin/sh
# The idle window's CPU (docs/gui.md, "The idle window"): opens the app under Xvfb with a fresh home folder
# (no run), waits 20 s, then reads the app JVM's utime + stime from /proc/PID/stat over 60 s and prints the share
# of one core with the load average at both ends. Usage: bench/idle-cpu.sh [JAR] [RUNS]; Linux, xvfb-run, bc.
set -eu
jar=${1:-target/proclab.jar}
runs=${2:-3}
tick=$(getconf CLK_TCK)
i=1
while [ "$i" -le "$runs" ]; do
    home=$(mktemp -d)
    HOME=$home xvfb-run -a -s '-screen 0 1400x900x24' java -Duser.home="$home" -jar "$jar" >/dev/null 2>&1 &
    sleep 20
    pid=$(pgrep -f -- "-Duser.home=$home -jar" | while read -r p; do
        [ "$(cat /proc/"$p"/comm)" = java ] && echo "$p"; done | head -1)
    t0=$(awk '{print $14 + $15}' /proc/"$pid"/stat)
    l0=$(cut -d' ' -f1 /proc/loadavg)
    sleep 60
    t1=$(awk '{print $14 + $15}' /proc/"$pid"/stat)
    l1=$(cut -d' ' -f1 /proc/loadavg)
    echo "run $i: $(echo "scale=2; ($t1 - $t0) * 100 / $tick / 60" | bc) % of one core, load $l0 -> $l1"
    kill "$pid"
    wait
    rm -rf "$home"
    i=$((i + 1))
done
