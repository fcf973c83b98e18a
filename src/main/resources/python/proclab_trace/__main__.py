"""python3 -m proclab_trace SCRIPT [ARGS...]: runs SCRIPT as __main__ with multiprocessing traced."""
import os
import runpy
import sys
import traceback

from . import channel, console, install


def _script_frames_only(error, script):
    # Start the traceback at the learner's script: the runner's own frames would only be noise.
    tb = error.__traceback__
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) != script:
        tb = tb.tb_next
    return tb or error.__traceback__


def _report_error(error, script):
    tb = _script_frames_only(error, script)
    line = -1
    for frame, lineno in traceback.walk_tb(tb):
        if os.path.abspath(frame.f_code.co_filename) == script:
            line = lineno
    text = "".join(traceback.format_exception(type(error), error, tb))
    channel.send({"type": "error", "t": 0, "pid": os.getpid(), "exception": type(error).__name__,
                  "message": str(error), "file": script, "line": line, "traceback": text})
    sys.stderr.write(text)
    console.flush_all()


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: python3 -m proclab_trace SCRIPT [ARGS...]\n")
        return 2
    script = os.path.abspath(sys.argv[1])
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(script)
    method = os.environ.get("PROCLAB_START_METHOD")
    if method:
        import multiprocessing
        multiprocessing.set_start_method(method)
    install()
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as leaving:
        console.flush_all()
        raise leaving
    except BaseException as error:
        _report_error(error, script)
        return 1
    console.flush_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
