"""The private line to ProcLab: one loopback TCP connection per Python process, one JSON event per line.

Events never travel on stdout, so a learner's print() cannot corrupt them. The port and a token come in
environment variables set by ProcLab; without them every function here is a quiet no-op.
"""
import atexit
import json
import multiprocessing.process
import os
import socket
import sys
import threading
import time

PORT_VARIABLE = "PROCLAB_TRACE_PORT"
TOKEN_VARIABLE = "PROCLAB_TRACE_TOKEN"

_ENABLED = bool(os.environ.get(PORT_VARIABLE))
_encode = json.JSONEncoder(separators=(",", ":")).encode
_state = {"pid": None, "sock": None, "failed": False}
_lock = threading.Lock()
_cpu = None

# Frequent events wait in a buffer that a writer thread sends every few milliseconds: one send per event
# costs more than the read it describes. Everything else goes at once, after whatever is buffered. Task events
# go at once too: a pool worker is terminated as soon as its last result is in, with no time to flush.
_BUFFERED = frozenset(("VALUE_READ", "VALUE_WRITE", "VALUE_ATOMIC", "LOCK_WAIT", "LOCK_ACQUIRED", "LOCK_RELEASED",
                       "QUEUE_PUT", "QUEUE_GET"))
_FLUSH_SECONDS = 0.002
_MAX_BUFFERED = 512
_buffer = []
_writer = {"pid": None}


def enabled():
    return _ENABLED


def _find_cpu_function():
    # os.sched_getcpu() is missing before Python 3.13 or so; libc's is one cheap call.
    global _cpu
    if hasattr(os, "sched_getcpu"):
        _cpu = os.sched_getcpu
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.sched_getcpu
        function.restype = ctypes.c_int
        _cpu = function
    except (OSError, AttributeError, ImportError):
        _cpu = lambda: -1


def cpu():
    if _cpu is None:
        _find_cpu_function()
    try:
        return int(_cpu())
    except OSError:
        return -1


def worker_name():
    name = multiprocessing.process.current_process().name
    return "main" if name == "MainProcess" else name


def _connect():
    """Connects this process, once; a process made by fork gets its own connection, not its parent's."""
    pid = os.getpid()
    if _state["pid"] == pid:
        return _state["sock"]
    _state["pid"] = pid
    _state["sock"] = None
    if not enabled() or _state["failed"]:
        return None
    try:
        sock = socket.create_connection(("127.0.0.1", int(os.environ[PORT_VARIABLE])), timeout=10)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        hello = {"hello": os.environ.get(TOKEN_VARIABLE, ""), "pid": pid, "ppid": os.getppid()}
        sock.sendall((json.dumps(hello) + "\n").encode("utf-8"))
    except (OSError, ValueError) as problem:
        _state["failed"] = True
        sys.__stderr__.write("proclab_trace: cannot reach ProcLab (%s); running untraced\n" % problem)
        return None
    _state["sock"] = sock
    watchdog = threading.Thread(target=_exit_when_closed, args=(sock,), name="proclab-watchdog", daemon=True)
    watchdog.start()
    return sock


def _exit_when_closed(sock):
    # ProcLab never sends anything: an end of stream means the app stopped or died, so this process goes too.
    try:
        while sock.recv(64):
            pass
    except OSError:
        pass
    _gone()


def _gone():
    os._exit(137)


def _after_fork_in_child():
    global _lock
    _lock = threading.Lock()
    del _buffer[:]
    _writer["pid"] = None
    inherited = _state["sock"]
    _state["pid"] = None
    _state["sock"] = None
    if inherited is not None:
        # Only this process's copy of the descriptor closes; the parent's connection stays up.
        inherited.close()


def _send_locked(data):
    sock = _connect()
    if sock is None:
        return False
    try:
        sock.sendall(data)
        return True
    except OSError:
        # The connection was up and broke: ProcLab is gone, and nobody would ever stop this process.
        _gone()


def flush():
    """Sends whatever is buffered; called by the writer thread, before a fork and at the end of a process."""
    with _lock:
        if _buffer:
            data = b"".join(_buffer)
            del _buffer[:]
            _send_locked(data)


def _write_every_few_milliseconds():
    pid = os.getpid()
    while _writer["pid"] == pid:
        time.sleep(_FLUSH_SECONDS)
        flush()


def send(record):
    """Sends one prepared dict as a JSON line; returns False when nobody listens."""
    line = (_encode(record) + "\n").encode("utf-8")
    with _lock:
        if _state["failed"]:
            return False
        if record.get("type") not in _BUFFERED or len(_buffer) >= _MAX_BUFFERED:
            _buffer.append(line)
            data = b"".join(_buffer)
            del _buffer[:]
            return _send_locked(data)
        _buffer.append(line)
        if _writer["pid"] != os.getpid():
            _writer["pid"] = os.getpid()
            threading.Thread(target=_write_every_few_milliseconds, name="proclab-writer", daemon=True).start()
        return True


def emit(type_, subject=None, index=-1, old=None, new=None, text=None, t=None, worker=None, pid=None):
    """One event in the JSON-lines format of ProcLab's events (null fields and index -1 left out)."""
    if not _ENABLED:
        return False
    record = {"type": type_, "t": time.monotonic_ns() if t is None else t,
              "worker": worker_name() if worker is None else worker,
              "pid": os.getpid() if pid is None else pid, "cpu": cpu()}
    if subject is not None:
        record["subject"] = subject
    if index != -1:
        record["index"] = index
    if old is not None:
        record["old"] = old
    if new is not None:
        record["new"] = new
    if text is not None:
        record["text"] = text
    return send(record)


def send_output(subject, line):
    return emit("OUTPUT", subject=subject, text=line)


os.register_at_fork(before=flush, after_in_child=_after_fork_in_child)
atexit.register(flush)
