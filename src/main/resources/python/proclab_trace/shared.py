"""Value, Array and Lock, traced. Every read and write of a Value or Array element is one event, taken inside
the object's own lock, so `counter.value = counter.value + 1` shows as a VALUE_READ and then a VALUE_WRITE whose
old value is exactly what the write replaced. Only objects the learner creates are traced: a Queue's private
locks stay quiet."""
import time
from multiprocessing import context, sharedctypes, synchronize

from . import channel, names


def _show(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


class TracedValue(sharedctypes.Synchronized):
    def _read(self):
        with self._lock:
            value = self._obj.value
            now = time.monotonic_ns()
        channel.emit("VALUE_READ", subject=self._proclab_name, new=_show(value), t=now)
        return value

    def _write(self, value):
        with self._lock:
            old = self._obj.value
            self._obj.value = value
            stored = self._obj.value   # what the C type kept: an 'i' wraps around at 2**31
            now = time.monotonic_ns()
        channel.emit("VALUE_WRITE", subject=self._proclab_name, old=_show(old), new=_show(stored), t=now)

    value = property(_read, _write)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (self._proclab_name, self._obj, self._lock)

    def __repr__(self):
        return "<Synchronized %s wrapper for %r>" % (self._proclab_name, self._obj)


class TracedArray(sharedctypes.SynchronizedArray):
    def __getitem__(self, i):
        with self._lock:
            value = self._obj[i]
            now = time.monotonic_ns()
        for index, item in self._elements(i, value):
            channel.emit("VALUE_READ", subject=self._proclab_name, index=index, new=_show(item), t=now)
        return value

    def __setitem__(self, i, value):
        with self._lock:
            old = self._obj[i]
            self._obj[i] = value
            stored = self._obj[i]
            now = time.monotonic_ns()
        olds = dict(self._elements(i, old))
        for index, item in self._elements(i, stored):
            channel.emit("VALUE_WRITE", subject=self._proclab_name, index=index, old=_show(olds[index]),
                         new=_show(item), t=now)

    def _elements(self, i, value):
        if isinstance(i, slice):
            return list(zip(range(*i.indices(len(self._obj))), value))
        return [(i if i >= 0 else len(self._obj) + i, value)]

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (self._proclab_name, self._obj, self._lock)


def _rebuild(name, obj, lock):
    wrapper = sharedctypes.synchronized(obj, lock)
    return _named(wrapper, name)


def _named(wrapper, name):
    if isinstance(wrapper, sharedctypes.SynchronizedArray) and type(wrapper) is sharedctypes.SynchronizedArray:
        wrapper.__class__ = TracedArray
    elif type(wrapper) is sharedctypes.Synchronized:
        wrapper.__class__ = TracedValue
    else:
        return wrapper
    wrapper._proclab_name = name
    return wrapper


class TracedLock(synchronize.Lock):
    """A multiprocessing.Lock that says when it is waited for, taken and given back."""

    def __init__(self, *, ctx, name):
        self._proclab_name = name
        super().__init__(ctx=ctx)

    def _make_methods(self):
        self.acquire = self._traced_acquire
        self.release = self._traced_release

    def _traced_acquire(self, block=True, timeout=None):
        if self._semlock.acquire(False):
            channel.emit("LOCK_ACQUIRED", subject=self._proclab_name)
            return True
        if not block:
            return False
        channel.emit("LOCK_WAIT", subject=self._proclab_name, text="held by another process or thread")
        taken = self._semlock.acquire(True, timeout)
        if taken:
            channel.emit("LOCK_ACQUIRED", subject=self._proclab_name)
        return taken

    def _traced_release(self):
        # Stamped before the release, so the next holder's LOCK_ACQUIRED comes after it on the clock.
        now = time.monotonic_ns()
        self._semlock.release()
        channel.emit("LOCK_RELEASED", subject=self._proclab_name, t=now)

    def __enter__(self):
        return self._traced_acquire()

    def __exit__(self, *args):
        self._traced_release()

    def __getstate__(self):
        return super().__getstate__(), self._proclab_name

    def __setstate__(self, state):
        self._proclab_name = state[1]
        super().__setstate__(state[0])

    def __repr__(self):
        return "<Lock %s %s>" % (self._proclab_name, super().__repr__())


def install():
    base = context.BaseContext
    if getattr(base, "_proclab_shared", False):
        return
    plain_value, plain_array, plain_lock = base.Value, base.Array, base.Lock

    def Value(self, typecode_or_type, *args, lock=True):
        made = plain_value(self, typecode_or_type, *args, lock=lock)
        return made if names.called_from_library() else _named(made, names.for_caller("value"))

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        made = plain_array(self, typecode_or_type, size_or_initializer, lock=lock)
        return made if names.called_from_library() else _named(made, names.for_caller("array"))

    def Lock(self):
        if names.called_from_library():
            return plain_lock(self)
        return TracedLock(ctx=self.get_context(), name=names.for_caller("lock"))

    base.Value, base.Array, base.Lock = Value, Array, Lock
    base._proclab_shared = True
