"""What the start-up benchmarks share: building the programs the way the
README's install line builds httpcodes, timing two or more programs in
turns (A B A B …), and the report.

Used by .ci/bench-firstframe and .ci/bench-oneshot; not a script itself.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def install_env(repo=REPO):
    """The environment of the README's install line: the VAR=value words
    before its `go build` or `go install` (CGO_ENABLED=0), on top of ours.
    The line is read, not copied, so that the benchmarks build what
    learners build. The first such line is the one learners run."""
    with open(os.path.join(repo, "README.md")) as f:
        for line in f:
            m = re.search(r"(?:^|`)((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)go (?:build|install)\b", line)
            if m:
                assigned = dict(w.split("=", 1) for w in m.group(1).split())
                return dict(os.environ, **assigned), assigned
    raise SystemExit("bench: the README has no `go build` or `go install` line to build with")


def build(tmp):
    """Builds httpcodes into tmp as the README's install line does, and
    returns (path, env, the variables that line sets). It is built from a
    copy of the working tree in tmp, as --before builds from a copy at a
    path of the same length: the source paths are written into the binary,
    and a binary laid out differently can start faster or slower for that
    alone."""
    env, assigned = install_env()
    src = os.path.join(tmp, "src-now")
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    out = os.path.join(tmp, "httpcodes")
    subprocess.run(["go", "build", "-o", out, "."], cwd=src, env=dict(env, GOWORK="off"), check=True)
    return out, env, assigned


def build_revision(tmp, rev):
    """Builds httpcodes as it was at the git revision rev, the way that
    revision's README said to, to time a change against what came before."""
    src = os.path.join(tmp, "src-old")
    os.mkdir(src)
    archive = subprocess.run(["git", "archive", rev], cwd=REPO, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", src], input=archive, check=True)
    env, assigned = install_env(src)
    out = os.path.join(tmp, "before")
    subprocess.run(["go", "build", "-o", out, "."], cwd=src, env=dict(env, GOWORK="off"), check=True)
    built = " ".join(f"{k}={v}" for k, v in assigned.items()) or "default flags"
    print(f"before: httpcodes at {rev}, built with {built}")
    return out


def build_program(tmp, name, source, env):
    """Builds a one-file program as a module of its own with httpcodes'
    go.mod and go.sum, so that it links the very same versions of whatever
    it shares with httpcodes."""
    src = os.path.join(tmp, name + "-src")
    os.mkdir(src)
    with open(os.path.join(src, "main.go"), "w") as f:
        f.write(source)
    with open(os.path.join(REPO, "go.mod")) as f:
        gomod = re.sub(r"^module \S+", "module " + name, f.read(), count=1, flags=re.M)
    with open(os.path.join(src, "go.mod"), "w") as f:
        f.write(gomod)
    shutil.copy(os.path.join(REPO, "go.sum"), os.path.join(src, "go.sum"))
    out = os.path.join(tmp, name)
    subprocess.run(["go", "build", "-o", out, "."], cwd=src, env=dict(env, GOWORK="off"), check=True)
    return out


def parser(doc, default_pairs=200):
    """The options both benchmarks take; a script may add its own."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pairs", type=int, default=default_pairs,
                   help=f"timed turns of each program (default {default_pairs}, at least 100 for a verdict)")
    p.add_argument("--warmup", type=int, default=10, help="untimed turns first (default 10)")
    p.add_argument("--one-cpu", action="store_true",
                   help="time on CPU 0 only, as under taskset -c 0 (the builds still use every CPU)")
    p.add_argument("--before", metavar="REV",
                   help="also time httpcodes as it was at this git revision, built as its README said")
    return p


def parse(p):
    a = p.parse_args()
    if a.pairs < 2 or a.warmup < 0:
        p.error("--pairs must be at least 2 and --warmup at least 0")
    return a


def pin(one_cpu):
    """Pins this process, and so every program it starts, to CPU 0."""
    if one_cpu:
        os.sched_setaffinity(0, {0})


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def alternate(cases, pairs, warmup, time_one):
    """Times each case in turn, round after round (A B A B …), so that every
    program sees the same machine. cases is a list of (name, arg); time_one
    takes an arg and returns the seconds it took and the program's resource
    usage (os.wait4's). Returns {name: [seconds]}, and {name: [usage]}."""
    for _ in range(warmup):
        for _, arg in cases:
            time_one(arg)
    times = {name: [] for name, _ in cases}
    usage = {name: [] for name, _ in cases}
    for _ in range(pairs):
        for name, arg in cases:
            wall, used = time_one(arg)
            times[name].append(wall)
            usage[name].append(used)
    return times, usage


def report(title, times, usage, ratios, targets, started_load, one_cpu, assigned):
    """Prints medians, quartiles, and each ratio twice: of the medians, and
    the median of the ratios within a round; then the CPU time the programs
    used and the page faults they took, which a busy machine disturbs less
    than the time they took."""
    n = len(next(iter(times.values())))
    cpus = "CPU 0 only" if one_cpu else f"{len(os.sched_getaffinity(0))} CPUs"
    built = " ".join(f"{k}={v}" for k, v in assigned.items()) or "default flags"
    print(f"{title}: {n} rounds, {cpus}, built with {built}")
    print(f"load average before {started_load}, after {load()}")
    if n < 100:
        print(f"  (only {n} rounds: too few for a verdict, which takes at least 100)")
    med = {k: statistics.median(v) for k, v in times.items()}
    for name, v in times.items():
        q = statistics.quantiles(v, n=4)
        print(f"  {name:16s} median {med[name]*1e3:7.2f} ms   quartiles {q[0]*1e3:.2f}–{q[2]*1e3:.2f} ms")
    for num, den in ratios:
        per_round = statistics.median(a / b for a, b in zip(times[num], times[den]))
        target = targets.get((num, den), "")
        print(f"  {num} / {den}: {med[num] / med[den]:.3f}x (median of rounds {per_round:.3f}x)"
              + (f"   target {target}" if target else ""))
    cpu = {k: statistics.median(u.ru_utime + u.ru_stime for u in v) for k, v in usage.items()}
    faults = {k: statistics.median(u.ru_minflt + u.ru_majflt for u in v) for k, v in usage.items()}
    print("  CPU time (user + system) and page faults, medians:")
    for name in usage:
        print(f"  {name:16s} {cpu[name]*1e3:7.2f} ms {faults[name]:7.0f} faults")
    for num, den in ratios:
        if cpu[den] > 0 and faults[den] > 0:
            print(f"  {num} / {den}: CPU {cpu[num] / cpu[den]:.3f}x, faults {faults[num] / faults[den]:.3f}x")


def now():
    return time.perf_counter()


def die(msg):
    print(f"bench: {msg}", file=sys.stderr)
    sys.exit(1)
