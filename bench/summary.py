#!/usr/bin/env python3
"""Turns bench/run's JSON into the summary table of docs/BENCHMARKS.md.

usage: bench/summary.py RESULTS.json [--write docs/BENCHMARKS.md]

Prints the Markdown table; with --write, replaces the text between the markers
"<!-- bench-summary:begin -->" and "<!-- bench-summary:end -->" in that file.
"""
import json
import sys

BEGIN = "<!-- bench-summary:begin -->"
END = "<!-- bench-summary:end -->"


def fmt(value, unit):
    if isinstance(value, float):
        value = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{value} {unit}".strip()


def summary(result):
    lines = [
        f"Run of `bench/run` started {result['started']} ({result['seconds']} s), "
        f"{result['contacts']:,} contacts and {result['vehicles']:,} vehicles, "
        f"{result.get('cores')} cores, load average {result.get('load_before')} before and "
        f"{result.get('load_after')} after.",
        "",
        "| program | figure | value | budget | reference | result |",
        "|---|---|---:|---:|---|---|",
    ]
    for f in result["figures"]:
        budget = f.get("budget")
        verdict = "-" if budget is None else ("pass" if f.get("pass") else "**miss**")
        lines.append(
            f"| {f['program']} | {f['name']} | {fmt(f['value'], f['unit'])} | "
            f"{'-' if budget is None else fmt(budget, f['unit'])} | "
            f"{str(f.get('reference', '')).replace('|', '/')} | {verdict} |")
    silent = [f"`{name}` ({status})" for name, status in result.get("programs", {}).items()
              if "no JSON" in status or "not built" in status]
    if silent:
        lines += ["", "Programs that reported no figures in this run: " + ", ".join(silent) + "."]
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        text = summary(json.load(f))
    if len(argv) == 4 and argv[2] == "--write":
        with open(argv[3]) as f:
            doc = f.read()
        if BEGIN not in doc or END not in doc:
            print(f"{argv[3]} has no {BEGIN} ... {END} markers", file=sys.stderr)
            return 1
        head, rest = doc.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(argv[3], "w") as f:
            f.write(head + BEGIN + "\n" + text + "\n" + END + tail)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
