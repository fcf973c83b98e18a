#!/bin/sh
# The README's editor pictures, from real app state: the Lock example with a missing ';' typed in (Run is
# refused, the error marked on its line) and the Lock exercise solved, run and checked on real processes.
# The learner's files are made from the shipped sources, so they never drift from them.
# Needs xvfb-run and a built jar (mvn -o -q -DskipTests package); run from the repository root.
set -eu
jar=target/proclab.jar
out=assets/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - lessons/lock/LockExample.java "$work/LockExample.java" \
    lessons/lock/exercises/LockNoLost.java "$work/LockNoLost.java" <<'PY'
import sys
def edit(src, dst, old, new):
    text = open(src, encoding="utf-8").read()
    if old not in text:
        sys.exit("not in " + src + ": " + old)
    open(dst, "w", encoding="utf-8").write(text.replace(old, new, 1))
# The broken edit: the read in addSlowly loses its ';'.
edit(sys.argv[1], sys.argv[2], "int seen = counter.get();", "int seen = counter.get()")
# The solution: one turn of the lock for the whole loop, like lock=loop.
edit(sys.argv[3], sys.argv[4],
     """        for (int i = 0; i < iterations; i++) {
            // TODO: another worker can write between this read and this write; use shared.lock().
            int seen = counter.get();
            pause(20);
            counter.set(seen + add);
        }
""",
     """        shared.lock().acquire();
        try {
            for (int i = 0; i < iterations; i++) {
                int seen = counter.get();
                pause(20);
                counter.set(seen + add);
            }
        } finally {
            shared.lock().release();
        }
""")
PY

shot() {
    xvfb-run -a -s '-screen 0 1400x900x24' java -jar "$jar" --size 1400x900 --lesson lock "$@"
}
shot --screenshot "$out/editor-error-en-light.png" --lang en --theme light --code "$work/LockExample.java" --run
shot --screenshot "$out/editor-error-zh-dark.png" --lang zh --theme dark --code "$work/LockExample.java" --run
# --run first shows the solution's own run in the lab, then --check checks it on real processes.
shot --screenshot "$out/exercise-passed-en-light.png" --lang en --theme light --exercise 1 \
    --code "$work/LockNoLost.java" --run --check
shot --screenshot "$out/exercise-passed-zh-dark.png" --lang zh --theme dark --exercise 1 \
    --code "$work/LockNoLost.java" --run --check
