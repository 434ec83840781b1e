#!/usr/bin/env python3
"""Runs one golden scenario through the real `kassactl quote` binary and compares the JSON it prints with
the scenario's hand-computed expectation. Independent of the C++ test code on purpose: Python's own json
reader parses the output."""
import json
import os
import subprocess
import sys


def differences(expected, actual, path=""):
    where = path or "(result)"
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        out = []
        for key, value in expected.items():
            sub = f"{path}.{key}" if path else key
            if key not in actual:
                out.append(f"{sub}: missing")
            else:
                out.extend(differences(value, actual[key], sub))
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: expected {expected!r}, got {actual!r}"]
        out = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            out.extend(differences(e, a, f"{path}[{i}]"))
        return out
    # JSON has no int/float distinction in Python's reader for our integers; bool is not an int here.
    if type(expected) is not type(actual) or expected != actual:
        return [f"{where}: expected {expected!r}, got {actual!r}"]
    return []


def main():
    kassactl, scenario_path = sys.argv[1], sys.argv[2]
    source = os.environ.get("KASSA_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(scenario_path, encoding="utf-8") as f:
        scenario = json.load(f)
    if "comment" not in scenario:
        print(f"{scenario_path}: a scenario must say how its figures were computed ('comment')")
        return 1
    document = scenario["input"]
    if isinstance(document.get("rules"), str):
        with open(os.path.join(source, "resources", "rules", document["rules"] + ".json"), encoding="utf-8") as f:
            document["rules"] = json.load(f)
    run = subprocess.run([kassactl, "quote", "--compact"], input=json.dumps(document).encode(), capture_output=True)
    if run.returncode != 0:
        print(f"kassactl quote exited {run.returncode}: {run.stderr.decode(errors='replace')}")
        return 1
    actual = json.loads(run.stdout)
    diffs = differences(scenario["expected"], actual)
    for d in diffs:
        print(d)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
