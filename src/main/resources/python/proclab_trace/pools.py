"""multiprocessing.Pool, traced. Each task the pool hands to its workers gets a number: TASK_QUEUED in the
main process when it goes onto the pool's pipe, TASK_STARTED and TASK_FINISHED in the worker that runs it.
The number travels inside the task, wrapped around the function the pool would call anyway."""
import itertools
from multiprocessing import pool

from . import channel

_pool_numbers = itertools.count(1)


def _show(value):
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


class TracedCall:
    """The pool's function for one task, plus the task's number; picklable, so it reaches spawned workers."""

    def __init__(self, pool_name, number, function):
        self.pool_name = pool_name
        self.number = number
        self.function = function

    def __call__(self, *args, **kwargs):
        channel.emit("TASK_STARTED", subject=self.pool_name, index=self.number)
        try:
            result = self.function(*args, **kwargs)
        except BaseException as error:
            channel.emit("TASK_FINISHED", subject=self.pool_name, index=self.number,
                         text="error: %s: %s" % (type(error).__name__, error))
            raise
        shown = result
        if self.function is pool.mapstar:
            shown = result[0] if len(result) == 1 else "%d results" % len(result)
        channel.emit("TASK_FINISHED", subject=self.pool_name, index=self.number, new=_show(shown), text="ok")
        return result


class _NumberingPut:
    def __init__(self, pool_name, put):
        self.pool_name = pool_name
        self.put = put
        self.numbers = itertools.count(0)

    def __call__(self, task):
        if task is None:   # the pool's "stop" for one worker
            return self.put(task)
        job, i, function, args, kwargs = task
        number = next(self.numbers)
        items = len(args[0][1]) if function is pool.mapstar or function is pool.starmapstar else 1
        channel.emit("TASK_QUEUED", subject=self.pool_name, index=number,
                     text="1 item" if items == 1 else "%d items" % items)
        return self.put((job, i, TracedCall(self.pool_name, number, function), args, kwargs))


def install():
    if getattr(pool.Pool, "_proclab_traced", False):
        return
    plain_setup = pool.Pool._setup_queues

    def _setup_queues(self):
        plain_setup(self)
        self._proclab_name = "pool-%d" % next(_pool_numbers)
        self._quick_put = _NumberingPut(self._proclab_name, self._quick_put)

    pool.Pool._setup_queues = _setup_queues
    pool.Pool._proclab_traced = True
