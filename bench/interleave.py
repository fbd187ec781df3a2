#!/usr/bin/env python3
"""Times commands side by side, interleaved: every round runs each command once, in turn,
so that a machine that speeds up or slows down (a shared virtual machine does) affects
them all alike. Prints each command's median wall time and its ratio to the first's.

usage: interleave.py [--runs N] [--warmup N] [--json OUT] NAME=COMMAND [NAME=COMMAND ...]
A command may start with 'PREPARE ;; ' (run through /bin/sh, untimed, right before each
timed run). Commands are split like shell words and run without a shell (no shell's
start-up in the times); their output is discarded; a failing command stops all."""
import argparse
import json
import shlex
import statistics
import subprocess
import sys
import time


def run(command, shell=False):
    argv = command if shell else shlex.split(command)
    started = time.perf_counter()
    result = subprocess.run(argv, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {command}\n{result.stderr.decode(errors='replace')}")
    return elapsed


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
    for round_number in range(args.warmup + args.runs):
        for name, prepare, command in named:
            if prepare:
                run(prepare, shell=True)
            elapsed = run(command)
            if round_number >= args.warmup:
                times[name].append(elapsed)
    base = statistics.median(times[named[0][0]])
    for name, _, _ in named:
        median = statistics.median(times[name])
        print(f"  {name:<30} median {median * 1000:8.1f} ms   ratio {median / base:5.2f}")
    if args.json:
        json.dump({"results": [{"command": name, "times": times[name]} for name, _, _ in named]}, open(args.json, "w"))


main()
