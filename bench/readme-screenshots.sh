#!/bin/sh
# The README's pictures of the Lock chapter, from real runs: lock off and on, a Python run, the Java/Python
# comparison, a lost update made by hand in step mode, and the outcome histograms. Each line printed is what
# the run reported. Needs xvfb-run, python3 and a built jar (mvn -o -q -DskipTests package); run from the
# repository root.
set -eu
jar=target/proclab.jar
out=assets/screenshots
shot() {
    timeout 600 xvfb-run -a -s '-screen 0 1400x900x24' java -jar "$jar" --size 1400x900 --lesson lock "$@" \
        | grep -v '^screenshot written' | sed 's/; longest.*//'
}
shot --screenshot "$out/lock-off.png" --run --set lock=none
shot --screenshot "$out/lock-on.png" --run --set lock=loop
shot --screenshot "$out/lock-zh-dark.png" --run --set lock=none --lang zh --theme dark
shot --screenshot "$out/python-lock.png" --python --run --set lock=each --set iterations=40 --set delay=200
shot --screenshot "$out/python-compare-lock.png" --compare --set lock=none --set iterations=2000 --set delay=50
shot --screenshot "$out/step-mode-lost-update.png" --set iterations=2 --set delay=0 --set lock=none \
    --steps worker-1,worker-2,worker-1,worker-2 --predict no
shot --screenshot "$out/outcomes-lock-off-vs-on.png" --set iterations=10 --set delay=500 --set lock=none \
    --outcomes 100
