"""print() in any traced process becomes an OUTPUT event tagged with that process, line by line; without
ProcLab listening, text goes to the real stream as usual."""
import io
import os
import sys

from . import channel

_streams = []


class LineStream(io.TextIOBase):
    def __init__(self, subject, real):
        super().__init__()
        self._subject = subject
        self._real = real
        self._pending = ""

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._pending += text
        while "\n" in self._pending:
            line, self._pending = self._pending.split("\n", 1)
            self._send(line)
        return len(text)

    def flush(self):
        # multiprocessing flushes before it forks, so nothing pending is ever copied into a child.
        if self._pending:
            line, self._pending = self._pending, ""
            self._send(line)
        self._real.flush()

    def _send(self, line):
        if channel.enabled() and channel.send_output(self._subject, line):
            return
        self._real.write(line + "\n")
        self._real.flush()

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        return self._real.fileno()

    @property
    def encoding(self):
        return self._real.encoding

    @property
    def errors(self):
        return self._real.errors


def _after_fork():
    for stream in _streams:
        stream._pending = ""


def install():
    if isinstance(sys.stdout, LineStream):
        return
    if sys.stdout is not None:
        sys.stdout = LineStream("stdout", sys.stdout)
        _streams.append(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = LineStream("stderr", sys.stderr)
        _streams.append(sys.stderr)


def flush_all():
    for stream in _streams:
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


os.register_at_fork(after_in_child=_after_fork)
