"""Execute notebooks headlessly under the tslab kernel; write executed .ipynb and HTML.

Runs with Debian's Python (/usr/bin/python3), which has nbclient and nbconvert.
Usage: execute_notebooks.py --out DIR [--cwd DIR] NOTEBOOK.ipynb [...]
--cwd sets the kernel's working folder (default: the notebook's folder, as Jupyter does).
Exit code 0 when every notebook ran without a cell error, 1 otherwise.
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter


def execute(path, out_dir, timeout, cwd=None):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="tslab",
        resources={"metadata": {"path": cwd or os.path.dirname(os.path.abspath(path))}},
    )
    error = None
    try:
        client.execute()
    except CellExecutionError as exc:
        error = str(exc)
    name = os.path.splitext(os.path.basename(path))[0]
    html, _ = HTMLExporter().from_notebook_node(nb)
    text = nbformat.writes(nb)
    replace(os.path.join(out_dir, name + ".ipynb"), text if text.endswith("\n") else text + "\n")  # as nbformat.write does
    replace(os.path.join(out_dir, name + ".html"), html)
    return error


def replace(path, text):
    """Write through a temporary name in the same folder and rename: a link at `path` is replaced, never written through."""
    temp = os.path.join(os.path.dirname(path), ".%s.%d-%s.tmp" % (os.path.basename(path), os.getpid(), os.urandom(6).hex()))
    try:
        with open(temp, "x", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.remove(temp)
        raise


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--cwd", default=None)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failed = []
    for path in args.notebooks:
        start = time.time()
        error = execute(path, args.out, args.timeout, args.cwd)
        status = "ok" if error is None else "FAILED"
        print(f"{status:6} {os.path.basename(path)} ({time.time() - start:.1f} s)", flush=True)
        if error is not None:
            failed.append(path)
            print(error, file=sys.stderr, flush=True)
    if failed:
        print(f"{len(failed)} notebook(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
