#!/usr/bin/env python3
"""CPython multiprocessing side of `proclab bench`.

One invocation runs ONE repetition of one workload and prints one JSON object on stdout, so the Java
harness can interleave ProcLab and Python repetitions. Times are seconds (perf_counter, or
CLOCK_MONOTONIC where they are taken in several processes). Usage:

    python3 mp_bench.py info
    python3 mp_bench.py start   [--methods spawn,fork,forkserver]
    python3 mp_bench.py queue   [--method M] [--n 100000]
    python3 mp_bench.py pool    [--method M] [--sizes 10,10000,1000000] [--spawn-ready]
    python3 mp_bench.py apply   [--method M] [--n 10000] [--trips 1000]
    python3 mp_bench.py counter [--method M] [--n 100000]
    python3 mp_bench.py speed   [--method M] [--n 10000000]
    python3 mp_bench.py speed-calibrate [--target 2.0]

Every workload checks its result and reports "ok"; a wrong result is an error, not a timing.
"""
import argparse
import json
import multiprocessing as mp
import platform
import sys
import threading
import time


# ---- targets: module level, so the spawn and forkserver start methods can import them ----

def first_message(q):
    q.put(1)


def producer(q, go, n):
    q.put(-1)  # ready: the parent starts its clock only once the producer runs
    go.get()
    put = q.put
    for i in range(n):
        put(i)


def square(x):
    return x * x


def adder(v, go, out):
    out.put(("ready", 0, 0))
    n = go.get()  # both adders wait here, so their loops overlap although they started apart
    t0 = time.monotonic_ns()
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    t1 = time.monotonic_ns()
    out.put(("done", t0, t1))


def job(n):
    """The tutorial's job (section 1.4): an exact integer, Python ints never overflow."""
    res = 0
    for i in range(n):
        res += i + i ** 2 + i ** 3
    return res


def job_to_queue(q, n):
    q.put(job(n))


def exact_job(n):
    """sum(i + i^2 + i^3 for i < n) in closed form, to check every run."""
    s1 = n * (n - 1) // 2
    s2 = (n - 1) * n * (2 * n - 1) // 6
    return s1 + s2 + s1 * s1


# ---- workloads: each runs once and returns a dict of figures ----

def run_start(args):
    out = {}
    for method in args.methods.split(","):
        if method not in mp.get_all_start_methods():
            continue
        ctx = mp.get_context(method)
        # forkserver: the first start also starts the server; later starts are what a user mostly sees
        rounds = ["cold", "warm"] if method == "forkserver" else ["warm"]
        for label in rounds:
            q = ctx.Queue()
            p = ctx.Process(target=first_message, args=(q,))
            t0 = time.perf_counter()
            p.start()
            q.get()
            elapsed = time.perf_counter() - t0
            p.join()
            key = method if label == "warm" else method + "_cold"
            out[key] = elapsed
    return out


def run_queue(args):
    ctx = mp.get_context(args.method)
    q, go = ctx.Queue(), ctx.Queue()
    p = ctx.Process(target=producer, args=(q, go, args.n))
    p.start()
    try:
        if q.get() != -1:
            raise RuntimeError("producer did not say ready")
        t0 = time.perf_counter()
        go.put(1)
        get = q.get
        total = 0
        for _ in range(args.n):
            total += get()
        elapsed = time.perf_counter() - t0
    finally:
        p.join()
    if total != args.n * (args.n - 1) // 2:
        raise RuntimeError("queue lost or changed items: sum %d" % total)
    return {"seconds": elapsed, "msgs_per_s": args.n / elapsed}


def run_pool(args):
    ctx = mp.get_context(args.method)
    sizes = [int(s) for s in args.sizes.split(",")]
    inputs = {n: list(range(n)) for n in sizes}
    out = {}
    t0 = time.perf_counter()
    with ctx.Pool(2) as pool:
        pool.map(square, [0, 1])
        out["ready"] = time.perf_counter() - t0
        for n in sizes:
            t0 = time.perf_counter()
            res = pool.map(square, inputs[n])
            out["map_%d" % n] = time.perf_counter() - t0
            if len(res) != n or (n > 0 and res[-1] != (n - 1) ** 2):
                raise RuntimeError("map over %d items gave a wrong result" % n)
    if args.spawn_ready:
        # A spawn pool's workers are new interpreters, as a new-JVM Pool's are new JVMs.
        spawn = mp.get_context("spawn")
        t0 = time.perf_counter()
        with spawn.Pool(2) as pool:
            pool.map(square, [0, 1])
            out["ready_spawn"] = time.perf_counter() - t0
    return out


def run_apply(args):
    ctx = mp.get_context(args.method)
    out = {}
    with ctx.Pool(2) as pool:
        pool.map(square, [0, 1])
        t0 = time.perf_counter()
        handles = [pool.apply_async(square, (i,)) for i in range(args.n)]
        results = [h.get() for h in handles]
        out["bulk"] = time.perf_counter() - t0
        if results[-1] != (args.n - 1) ** 2:
            raise RuntimeError("apply_async gave a wrong result")
        t0 = time.perf_counter()
        for i in range(args.trips):
            if pool.apply_async(square, (i,)).get() != i * i:
                raise RuntimeError("apply_async round trip gave a wrong result")
        out["trips"] = time.perf_counter() - t0
    out["bulk_per_task"] = out["bulk"] / args.n
    out["trip_each"] = out["trips"] / args.trips
    return out


def run_counter(args):
    ctx = mp.get_context(args.method)
    v = ctx.Value("i", 0)
    go, box = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=adder, args=(v, go, box)) for _ in range(2)]
    for p in procs:
        p.start()
    try:
        for _ in procs:
            box.get()
        for _ in procs:
            go.put(args.n)
        spans = [box.get() for _ in procs]
    finally:
        for p in procs:
            p.join()
    start = min(s[1] for s in spans)
    end = max(s[2] for s in spans)
    seconds = (end - start) / 1e9
    final = v.value
    if final != 2 * args.n:
        raise RuntimeError("locked counter lost updates: %d of %d" % (final, 2 * args.n))
    return {"seconds": seconds, "per_increment": seconds / (2 * args.n), "final": final}


def run_speed(args):
    ctx = mp.get_context(args.method)
    n = args.n
    expected = 2 * exact_job(n)
    out = {"n": n}

    t0 = time.perf_counter()
    res = 0
    for _ in range(2):  # the tutorial's "normal": the job twice, one after the other
        res += job(n)
    out["plain"] = time.perf_counter() - t0
    check(res, expected, "plain")

    q = ctx.Queue()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=job_to_queue, args=(q, n)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    res = q.get() + q.get()
    out["threads"] = time.perf_counter() - t0
    check(res, expected, "threads")

    t0 = time.perf_counter()
    procs = [ctx.Process(target=job_to_queue, args=(q, n)) for _ in range(2)]
    for p in procs:
        p.start()
    res = q.get() + q.get()
    for p in procs:
        p.join()
    out["processes"] = time.perf_counter() - t0
    check(res, expected, "processes")
    out["speedup_processes"] = out["plain"] / out["processes"]
    out["speedup_threads"] = out["plain"] / out["threads"]
    return out


def run_speed_calibrate(args):
    """The n at which the plain run (the job twice) takes about --target seconds."""
    n = 200_000
    while True:
        t0 = time.perf_counter()
        job(n)
        elapsed = time.perf_counter() - t0
        if elapsed > 0.2:
            break
        n *= 4
    return {"n": int(n * args.target / (2 * elapsed)), "probe_n": n, "probe_seconds": elapsed}


def run_info(_args):
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "default_method": mp.get_start_method(),
        "methods": mp.get_all_start_methods(),
    }


def check(actual, expected, what):
    if actual != expected:
        raise RuntimeError("%s: wrong result %d, expected %d" % (what, actual, expected))


WORKLOADS = {
    "info": run_info,
    "start": run_start,
    "queue": run_queue,
    "pool": run_pool,
    "apply": run_apply,
    "counter": run_counter,
    "speed": run_speed,
    "speed-calibrate": run_speed_calibrate,
}


def main(argv):
    parser = argparse.ArgumentParser(description="CPython multiprocessing side of proclab bench")
    parser.add_argument("workload", choices=sorted(WORKLOADS))
    parser.add_argument("--method", default=None, help="start method (default: the platform's)")
    parser.add_argument("--methods", default="spawn,fork,forkserver")
    parser.add_argument("--n", type=int, default=None)
    parser.add_argument("--trips", type=int, default=1000)
    parser.add_argument("--sizes", default="10,10000,1000000")
    parser.add_argument("--target", type=float, default=2.0)
    parser.add_argument("--spawn-ready", action="store_true", help="pool: also time a spawn Pool(2) ready")
    args = parser.parse_args(argv)
    if args.method is None:
        args.method = mp.get_start_method()
    if args.n is None:
        args.n = {"apply": 10_000, "speed": 10_000_000}.get(args.workload, 100_000)
    try:
        result = WORKLOADS[args.workload](args)
    except Exception as ex:  # reported as JSON so the harness can show why
        print(json.dumps({"workload": args.workload, "ok": False, "error": "%s: %s" % (type(ex).__name__, ex)}))
        return 1
    result.update({"workload": args.workload, "ok": True, "method": args.method})
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
