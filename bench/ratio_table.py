#!/usr/bin/env python3
"""Prints each hyperfine result's median and its ratio to the first command's median.
usage: ratio_table.py HYPERFINE_JSON"""
import json
import statistics
import sys

results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
for r in results:
    m = statistics.median(r["times"])
    print(f"  {r['command']:<28} median {m * 1000:8.1f} ms   ratio {m / base:5.2f}")
