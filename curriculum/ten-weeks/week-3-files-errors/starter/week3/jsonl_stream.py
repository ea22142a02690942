"""Week 3: process a JSON Lines file one record at a time."""
import json


def filter_jsonl(src_path, dst_path, keep):
    """Copy the records of ``src_path`` for which ``keep(record)`` is true to ``dst_path``.

    - Both files are JSON Lines: one JSON object per line.
    - Blank lines are skipped; a line that is not valid JSON is skipped and counted.
    - The file may be far bigger than memory: read a line, decide, write, move on.
    - Return ``(kept, bad)``: how many records were written, and how many lines were not JSON.
    """
    # TODO
    raise NotImplementedError("filter_jsonl is not written yet")
