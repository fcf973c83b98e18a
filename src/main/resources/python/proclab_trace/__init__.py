"""ProcLab's tracer for CPython's multiprocessing, standard library only.

`python3 -m proclab_trace script.py ARGS...` patches multiprocessing (Process, Queue, Pool, Value, Array, Lock),
then runs the script as __main__: the script imports multiprocessing as usual. Every traced process writes
JSON event lines to ProcLab over its own loopback TCP connection (see channel.py), stamped with
time.monotonic_ns(), the CLOCK_MONOTONIC the JVM's System.nanoTime() reads too.
"""
import os
import sys

from . import channel

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def report(key, value):
    """A named figure for the run's summary, like the Java examples' Report.put(key, value)."""
    if isinstance(value, bool):
        shown = "true" if value else "false"
    else:
        shown = str(value)
    if not channel.emit("REPORT", subject=str(key), new=shown):
        print("report: %s = %s" % (key, shown))


def _trace_spawned_children():
    # A spawned child is a fresh interpreter: put this package first in its -c program, before spawn_main.
    from multiprocessing import spawn
    plain = spawn.get_command_line
    if getattr(plain, "_proclab", False):
        return

    def get_command_line(**kwargs):
        command = plain(**kwargs)
        if "-c" in command:
            at = command.index("-c") + 1
            command[at] = ("import sys; sys.path.insert(0, %r); import proclab_trace.child; " % ROOT) + command[at]
        return command

    get_command_line._proclab = True
    spawn.get_command_line = get_command_line
    from multiprocessing import forkserver
    preload = list(getattr(forkserver._forkserver, "_preload_modules", ["__main__"]))
    if "proclab_trace.child" not in preload:
        forkserver._forkserver._preload_modules = preload + ["proclab_trace.child"]


def install():
    """Patches multiprocessing in this process; idempotent."""
    import multiprocessing
    from multiprocessing import context
    from . import console, pools, processes, queues, shared
    processes.install()
    shared.install()
    queues.install()
    pools.install()
    _trace_spawned_children()
    # `multiprocessing.Queue` and friends were bound to the default context when multiprocessing was imported.
    for name in ("Value", "Array", "Lock", "Queue"):
        setattr(multiprocessing, name, getattr(context._default_context, name))
    if channel.enabled():
        console.install()


__all__ = ["install", "report"]
