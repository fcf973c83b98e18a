"""Process lifecycle: PROCESS_SPAWNED in the parent, PROCESS_STARTED in the child, PROCESS_EXITED in the parent
at the moment the child ends, with the exit code CPython gives (a negative signal number when it was killed)."""
import os
import select
import threading
import time
from multiprocessing import process

from . import channel

_REASONS = {0: "finished", 1: "exited with code 1 (an exception, see its traceback)",
            -9: "killed (signal 9, SIGKILL)", -15: "terminated (signal 15, SIGTERM)"}


def reason(code):
    if code in _REASONS:
        return _REASONS[code]
    return "killed by signal %d" % -code if code < 0 else "exited with code %d" % code


_reported = set()
_reported_lock = threading.Lock()


def _report_exit(pid, name, code):
    # The watcher thread and join() may both see the end; the first one says it.
    with _reported_lock:
        if pid in _reported:
            return
        _reported.add(pid)
    channel.emit("PROCESS_EXITED", index=code, text=reason(code), worker=name, pid=pid)


def _watch_exit(proc, pid, name):
    code = None
    try:
        # WNOWAIT leaves the child for multiprocessing to reap, so join() and exitcode work as always.
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        code = info.si_status if info.si_code == os.CLD_EXITED else -info.si_status
    except ChildProcessError:
        # Not our child (forkserver) or already reaped: wait for its sentinel, then for multiprocessing's code.
        try:
            select.select([proc.sentinel], [], [])
        except (OSError, ValueError):
            pass
        deadline = time.monotonic() + 2
        while code is None and time.monotonic() < deadline:
            popen = getattr(proc, "_popen", None)
            code = None if popen is None else popen.returncode
            if code is None:
                time.sleep(0.005)
    except OSError:
        return
    if code is not None:
        _report_exit(pid, name, code)


def _traced_start(original):
    def start(self):
        asked = time.monotonic_ns()
        original(self)
        name = self.name
        channel.emit("PROCESS_SPAWNED", text="started by " + channel.worker_name(), t=asked, worker=name,
                     pid=self.pid)
        threading.Thread(target=_watch_exit, args=(self, self.pid, name), name="proclab-exit-" + name,
                         daemon=True).start()
    return start


def _traced_join(original):
    def join(self, timeout=None):
        original(self, timeout)
        # A daemon watcher may not get to run before the interpreter exits; join() knows the code already.
        popen = getattr(self, "_popen", None)
        if popen is not None and popen.returncode is not None:
            _report_exit(self.pid, self.name, popen.returncode)
    return join


def _traced_bootstrap(original):
    def _bootstrap(self, *args, **kwargs):
        _reported.clear()   # a forked child starts with its parent's memory, not its parent's children
        channel.emit("PROCESS_STARTED", text="runs " + _target_name(self), worker=self.name, pid=os.getpid())
        try:
            return original(self, *args, **kwargs)
        finally:
            from . import console
            console.flush_all()
            channel.flush()
    return _bootstrap


def _target_name(proc):
    target = getattr(proc, "_target", None)
    return getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or "run()"


def install():
    base = process.BaseProcess
    if getattr(base, "_proclab_traced", False):
        return
    base.start = _traced_start(base.start)
    base.join = _traced_join(base.join)
    base._bootstrap = _traced_bootstrap(base._bootstrap)
    base._proclab_traced = True
