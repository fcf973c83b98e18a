"""Names for shared objects, taken from the learner's own line: `counter = multiprocessing.Value("i", 0)`
makes a Value called "counter", so the timeline uses the words of the code."""
import itertools
import linecache
import os
import re
import sys

_ASSIGNMENT = re.compile(r"^\s*(?:self\.)?([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)")
_counters = {}
_HERE = os.path.dirname(os.path.abspath(__file__))
_MULTIPROCESSING = os.path.dirname(os.path.abspath(sys.modules["multiprocessing"].__file__))


def _infrastructure(filename):
    path = os.path.abspath(filename)
    return path.startswith(_HERE) or path.startswith(_MULTIPROCESSING)


def called_from_library():
    """True when the nearest caller outside this package is multiprocessing itself (a Queue's own locks)."""
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_HERE):
        frame = frame.f_back
    return frame is not None and _infrastructure(frame.f_code.co_filename)


def for_caller(kind):
    """The variable the caller assigns to, or kind-N when the line does not say."""
    frame = sys._getframe(1)
    while frame is not None and _infrastructure(frame.f_code.co_filename):
        frame = frame.f_back
    if frame is not None:
        match = _ASSIGNMENT.match(linecache.getline(frame.f_code.co_filename, frame.f_lineno))
        if match:
            return match.group(1)
    counter = _counters.setdefault(kind, itertools.count(1))
    return "%s-%d" % (kind, next(counter))
