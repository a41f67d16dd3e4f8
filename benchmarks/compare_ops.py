#!/usr/bin/env python3
"""Do NumPy's ops give the same annotations as thinc's default (blis) ops?

    .venv/bin/python benchmarks/compare_ops.py sample_plans tests/data/heldout ...

Every paragraph, list item and table cell of the plans under the given folders
is parsed once with each (each in a fresh process, with the components planlint
loads) and the annotations the checks read are compared token by token: tag,
POS, dependency, head, lemma, entity type and IOB, sentence starts. Prints the
time each took, and the differences (none expected).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PARSE = r"""
import json, sys, time
from pathlib import Path
from planlint.nlp import load
from planlint.readers import ReadError, read_document

texts = []
for folder in sys.argv[2:]:
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix.lower() not in (".md", ".docx") or path.name.lower().startswith("readme"):
            continue
        try:
            document = read_document(path)
        except ReadError:
            continue
        for block in document.blocks:
            if block.rows:
                texts.extend(c.text for row in block.rows for c in row if c.text.strip())
            elif block.text.strip():
                texts.append(block.text)
nlp = load()
list(nlp.pipe(texts[:20]))
start = time.perf_counter()
docs = list(nlp.pipe(texts, batch_size=256))
wall = time.perf_counter() - start
found = [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, t.is_sent_start)
          for t in doc] for doc in docs]
Path(sys.argv[1]).write_text(json.dumps({"wall_s": wall, "texts": texts, "found": found}))
"""


def parse(ops: str, folders: list[str], out: Path) -> dict:
    env = {**os.environ, "PLANLINT_OPS": ops}
    subprocess.run([sys.executable, "-c", PARSE, str(out), *folders], env=env, check=True)
    return json.loads(out.read_text())


def main() -> None:
    folders = sys.argv[1:] or ["sample_plans"]
    with tempfile.TemporaryDirectory() as work:
        blis = parse("blis", folders, Path(work) / "blis.json")
        numpy = parse("numpy", folders, Path(work) / "numpy.json")
    assert blis["texts"] == numpy["texts"]
    tokens = sum(len(doc) for doc in blis["found"])
    differing = [(text, a, b) for text, a, b in zip(blis["texts"], blis["found"], numpy["found"])
                 if a != b]
    print(f"{len(blis['texts'])} texts, {tokens} tokens")
    print(f"blis ops {blis['wall_s']:.2f} s, numpy ops {numpy['wall_s']:.2f} s "
          f"({blis['wall_s'] / numpy['wall_s']:.2f} x)")
    print(f"texts whose annotations differ: {len(differing)}")
    for text, a, b in differing[:10]:
        print(f"  {text[:80]!r}")
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(f"    token {i}: blis {x} numpy {y}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
