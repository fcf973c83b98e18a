"""Imported first by every spawned or forkserver child, so it is traced from its first line of work."""
from . import install

install()
