#!/bin/sh
# The pictures in assets/screenshots/chapters/: every chapter and the scratch page after a real run at its
# defaults, at 1024x700 and 1400x900, English light and Chinese dark. Each line printed is the run's timing.
# Needs xvfb-run and a built jar (mvn -o -q -DskipTests package); run from the repository root.
set -eu
jar=target/proclab.jar
out=assets/screenshots/chapters
for id in intro process queue speed pool shared-memory lock scratch; do
    # The speed race is timed: its picture shows a second run, after the window's own start-up work (JIT,
    # styling, the run host) has stopped competing with the workers for the cores.
    runs=1
    [ "$id" = speed ] && runs=2
    for size in 1024x700 1400x900; do
        for combo in "en light" "zh dark"; do
            set -- $combo
            f="$out/$id-${size%x*}-$1-$2.png"
            timeout 180 xvfb-run -a -s "-screen 0 ${size}x24" java -jar "$jar" --screenshot "$f" --lesson "$id" \
                --runs "$runs" --size "$size" --lang "$1" --theme "$2" | grep '^run ' | sed 's/; longest.*//'
        done
    done
done
