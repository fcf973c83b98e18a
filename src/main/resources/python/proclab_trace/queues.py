"""multiprocessing.Queue, traced: QUEUE_PUT by the process that puts, QUEUE_GET by the one that takes."""
from multiprocessing import context, queues

from . import channel, names

_SHOWN = 200


def _show(item):
    text = str(item)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."


class TracedQueue(queues.Queue):
    def __init__(self, maxsize=0, *, ctx, name):
        self._proclab_name = name
        super().__init__(maxsize, ctx=ctx)

    def put(self, obj, block=True, timeout=None):
        super().put(obj, block, timeout)
        channel.emit("QUEUE_PUT", subject=self._proclab_name, new=_show(obj))

    def get(self, block=True, timeout=None):
        item = super().get(block, timeout)
        channel.emit("QUEUE_GET", subject=self._proclab_name, new=_show(item))
        return item

    def __getstate__(self):
        return super().__getstate__(), self._proclab_name

    def __setstate__(self, state):
        self._proclab_name = state[1]
        super().__setstate__(state[0])


def install():
    base = context.BaseContext
    if getattr(base, "_proclab_queue", False):
        return
    plain_queue = base.Queue

    def Queue(self, maxsize=0):
        if names.called_from_library():
            return plain_queue(self, maxsize)
        return TracedQueue(maxsize, ctx=self.get_context(), name=names.for_caller("queue"))

    base.Queue = Queue
    base._proclab_queue = True
