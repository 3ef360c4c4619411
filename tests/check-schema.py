#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON Schema, the documented example and the loader agree: every good
file and the demo dataset validate against the schema, the example in
docs/dataset-format.md validates against both, and the schema itself is
valid. Speaks TAP."""

import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

src = os.environ["G_TEST_SRCDIR"]
top = os.path.dirname(src)
qingshan = os.environ["QINGSHAN_BIN"]
schema_path = os.path.join(top, "data", "schema", "qingshan-dataset-1.schema.json")

with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft202012Validator(schema)

files = [os.path.join(src, "data", "good", n)
         for n in sorted(os.listdir(os.path.join(src, "data", "good"))) if n.endswith(".json")]
files.append(os.path.join(os.environ["QINGSHAN_DATADIR"], "demo", "jiangxi.json"))

with open(os.path.join(top, "docs", "dataset-format.md"), encoding="utf-8") as f:
    example = re.search(r"```json\n(.*?)```", f.read(), re.S).group(1)
tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
tmp.write(example)
tmp.close()

checks = [("schema is valid", lambda: jsonschema.Draft202012Validator.check_schema(schema))]
for path in files + [tmp.name]:
    def check(path=path):
        with open(path, encoding="utf-8-sig") as f:
            errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: list(e.path))
        if errors:
            raise AssertionError("; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))
    label = "docs example" if path == tmp.name else os.path.basename(path)
    checks.append((f"{label} matches the schema", check))

def example_loads():
    out = subprocess.run([qingshan, "--validate", tmp.name], capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(out.stderr)
checks.append(("docs example passes qingshan --validate", example_loads))

print(f"1..{len(checks)}")
failed = 0
for i, (name, fn) in enumerate(checks, 1):
    try:
        fn()
        print(f"ok {i} {name}")
    except Exception as e:  # report and go on to the next check
        failed += 1
        print(f"not ok {i} {name}")
        for line in str(e).splitlines():
            print(f"# {line}")
os.unlink(tmp.name)
sys.exit(1 if failed else 0)
