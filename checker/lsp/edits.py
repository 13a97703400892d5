"""Text edits behind the language server's code actions. Pure: text in, (offsets, new text) out.

* an inline suppression (``<!-- claimcheck-disable-next-line ID -->``, see checker/suppress.py)
  that ends on the line right above a finding;
* a fact id added to ``ignore`` in a ``.claimcheck.yaml`` or a pyproject.toml's
  ``[tool.claimcheck]`` table, keeping the rest of the file as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.config import PYPROJECT, YAML_CONFIG


@dataclass(frozen=True, kw_only=True)
class TextEdit:
    start: int   # character offsets, end exclusive
    end: int
    text: str

    def apply(self, source: str) -> str:
        return source[:self.start] + self.text + source[self.end:]


def suppression_edit(source: str, line: int, fact_id: str) -> TextEdit:
    """Silence ``fact_id`` for findings that start on ``line`` (1-based). The comment goes on
    a line of its own above, with the line's indentation; when the line above is prose of
    the same paragraph, the comment is appended to it instead, so the paragraph (and the
    sentence that may run across both lines) is not split."""
    comment = f"<!-- claimcheck-disable-next-line {fact_id} -->"
    lines = source.split("\n")
    starts = [0]
    for text in lines[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    here = lines[line - 1] if line - 1 < len(lines) else ""
    above = lines[line - 2] if line >= 2 else ""
    if line >= 2 and above.strip() and not _block_start(here):
        end = starts[line - 2] + len(above.rstrip())
        return TextEdit(start=end, end=starts[line - 2] + len(above), text=" " + comment)
    indent = here[:len(here) - len(here.lstrip())]
    at = starts[line - 1] if line - 1 < len(starts) else len(source)
    return TextEdit(start=at, end=at, text=f"{indent}{comment}\n")


def _block_start(line: str) -> bool:
    """A line that starts its own block (heading, list item, quote, table row, HTML tag)."""
    return bool(re.match(r"\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||<)", line))


def ignore_edit(name: str, source: str, fact_id: str) -> TextEdit | None:
    """Add ``fact_id`` to the ``ignore`` list of a configuration file named ``name``
    (.claimcheck.yaml or pyproject.toml); None if it is already ignored."""
    if name == PYPROJECT:
        return _toml_ignore(source, fact_id)
    return _yaml_ignore(source, fact_id)


def _yaml_ignore(source: str, fact_id: str) -> TextEdit | None:
    flow = re.search(r"^ignore:[ \t]*\[(?P<items>[^\]\n]*)\][ \t]*(?:#.*)?$", source, re.M)
    if flow:
        items = [i.strip().strip("'\"") for i in flow["items"].split(",") if i.strip()]
        if fact_id in items:
            return None
        new = ", ".join([*(i.strip() for i in flow["items"].split(",") if i.strip()), fact_id])
        return TextEdit(start=flow.start("items"), end=flow.end("items"), text=new)
    block = re.search(r"^ignore:[ \t]*(?:#.*)?\n(?P<items>(?:[ \t]+-[^\n]*\n?)*)", source, re.M)
    if block:
        items = re.findall(r"-\s*['\"]?([^'\"\s#]+)", block["items"])
        if fact_id in items:
            return None
        indent = re.match(r"[ \t]*", block["items"]).group(0) or "  "
        text = ("" if block["items"].endswith("\n") or not block["items"] else "\n") + f"{indent}- {fact_id}\n"
        return TextEdit(start=block.end("items"), end=block.end("items"), text=text)
    lead = "" if not source or source.endswith("\n") else "\n"
    return TextEdit(start=len(source), end=len(source), text=f"{lead}ignore: [{fact_id}]\n")


def _toml_ignore(source: str, fact_id: str) -> TextEdit | None:
    table = re.search(r"^\[tool\.claimcheck\][ \t]*(?:#.*)?$", source, re.M)
    if not table:
        lead = "" if not source or source.endswith("\n") else "\n"
        return TextEdit(start=len(source), end=len(source), text=f'{lead}\n[tool.claimcheck]\nignore = ["{fact_id}"]\n')
    next_table = re.search(r"^\[", source[table.end():], re.M)
    body_end = table.end() + next_table.start() if next_table else len(source)
    found = re.compile(r"^ignore[ \t]*=[ \t]*\[(?P<items>[^\]]*)\]", re.M).search(source, table.end(), body_end)
    if found:
        items = [i.strip().strip("'\"") for i in found["items"].split(",") if i.strip()]
        if fact_id in items:
            return None
        new = ", ".join([*(i.strip() for i in found["items"].split(",") if i.strip()), f'"{fact_id}"'])
        return TextEdit(start=found.start("items"), end=found.end("items"), text=new)
    return TextEdit(start=table.end(), end=table.end(), text=f'\nignore = ["{fact_id}"]')


__all__ = ["TextEdit", "suppression_edit", "ignore_edit", "YAML_CONFIG", "PYPROJECT"]
