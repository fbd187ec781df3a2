#!/usr/bin/env python3
"""Times commands side by side, interleaved: every round runs each command once, in turn,
so that a machine that speeds up or slows down (a shared virtual machine does) affects
them all alike. Prints each command's median wall time and processor time (user + system,
of the command and every process it started), each with its ratio to the first command's,
and per run the processes it started (forks, from the kernel's count in /proc/stat: the
whole machine's, so other activity adds to it) and its minor page faults.

usage: interleave.py [--runs N] [--warmup N] [--json OUT] NAME=COMMAND [NAME=COMMAND ...]
A command may start with 'PREPARE ;; ' (run through /bin/sh, untimed, right before each
timed run). Commands are split like shell words and run without a shell (no shell's
start-up in the times); their output is discarded; a failing command stops all."""
import argparse
import json
import resource
import shlex
import statistics
import subprocess
import sys
import time


def processes_started():
    with open("/proc/stat") as stat:
        for line in stat:
            if line.startswith("processes "):
                return int(line.split()[1])
    return 0


def run(command, shell=False):
    """Runs `command`; returns wall seconds, processor seconds, forks, minor faults."""
    argv = command if shell else shlex.split(command)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    forks_before = processes_started()
    started = time.perf_counter()
    result = subprocess.run(argv, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    forks = processes_started() - forks_before - 1  # not the command's own process
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {command}\n{result.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, forks, after.ru_minflt - before.ru_minflt


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--json")
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    named = []
    for item in args.commands:
        name, _, command = item.partition("=")
        prepare, _, command = command.rpartition(" ;; ")
        named.append((name, prepare, command))
    times = {name: [] for name, _, _ in named}
    cpus = {name: [] for name, _, _ in named}
    forks = {name: [] for name, _, _ in named}
    faults = {name: [] for name, _, _ in named}
    for round_number in range(args.warmup + args.runs):
        for name, prepare, command in named:
            if prepare:
                run(prepare, shell=True)
            elapsed, cpu, forked, faulted = run(command)
            if round_number >= args.warmup:
                times[name].append(elapsed)
                cpus[name].append(cpu)
                forks[name].append(forked)
                faults[name].append(faulted)
    base = statistics.median(times[named[0][0]])
    base_cpu = statistics.median(cpus[named[0][0]])
    for name, _, _ in named:
        median = statistics.median(times[name])
        cpu = statistics.median(cpus[name])
        print(f"  {name:<30} median {median * 1000:8.1f} ms   ratio {median / base:5.2f}   "
              f"processor {cpu * 1000:8.1f} ms   ratio {cpu / base_cpu:5.2f}   "
              f"forks {statistics.median(forks[name]):5.0f}   minor faults {statistics.median(faults[name]):7.0f}")
    if args.json:
        json.dump({"results": [{"command": name, "times": times[name], "cpu": cpus[name], "forks": forks[name],
                                "minor_faults": faults[name]} for name, _, _ in named]}, open(args.json, "w"))


main()
