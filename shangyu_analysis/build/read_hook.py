"""Executed in every build kernel before the notebook's first cell (``--IPKernelApp.exec_files``):
records each file under the project root that the run opens for reading (stdlib only; not imported).

Why an audit hook: a run's report depends on whatever its cells read — the article, its sidecar,
the catalogs, the reference CSV, the narrative templates, the published tables — and a list of
those files kept by hand goes stale the day a notebook reads one more (issue 25: a row appended to
``data/reference/shangyu.csv`` left report 05 cached). ``sys.addaudithook`` sees every ``open``
(``open()``, ``Path.read_*``, pandas, yaml), so the build records what a run *actually* read, and
:mod:`shangyu_analysis.build.inputs` hashes it into the run's record; the planner rebuilds the run
when any of those files changes.

Each path is written to the file named by ``SHANGYU_READS_LOG`` as soon as it is first opened (a
kernel is killed, not shut down, at the end of a run: nothing may wait for its exit). Paths of the
interpreter's own environment and bytecode caches are left out; the build side keeps only files
under the project root and outside the package (whose source is in the cache key already). Files
are matched by path: the kernel's working directory is the project root.
"""


def _record_reads() -> None:
    import os
    import sys

    log = os.environ.get("SHANGYU_READS_LOG")
    if not log:
        return  # a kernel not started by the build: nothing to record
    root = os.path.join(os.getcwd(), "")
    environment = tuple(os.path.join(p, "") for p in {sys.prefix, sys.base_prefix, sys.exec_prefix})
    writes = os.O_WRONLY | os.O_RDWR
    os.close(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # empty when nothing is read
    seen = set()

    def hook(event: str, args: tuple) -> None:
        if event != "open" or os.environ.get("SHANGYU_READS_LOG") != log:  # silent in a zygote's children
            return
        try:  # an exception in an audit hook would fail the notebook's open(): never raise
            path, mode, flags = args
            if isinstance(path, int) or (mode is not None and any(c in mode for c in "wax+")):
                return
            if mode is None and flags & writes:
                return
            path = os.fsdecode(path)
            # The import system probes its path entries; an editable install's finder is one that
            # names no folder, probed relative to the working directory. Not an input.
            if path in sys.path or os.path.basename(path) in sys.path:
                return
            path = os.path.abspath(path)
            if path in seen or not path.startswith(root) or path.startswith(environment) or "__pycache__" in path:
                return
            seen.add(path)
            # Opened for each line, never held: a zygote's children inherit no descriptor of it. (This
            # open comes back through the hook as a write, and is ignored.)
            fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, (path + "\n").encode("utf-8", "surrogateescape"))
            finally:
                os.close(fd)
        except Exception:
            pass

    sys.addaudithook(hook)


_record_reads()
del _record_reads  # the notebook's namespace is left as a fresh kernel's
