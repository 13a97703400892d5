"""Neutralising text that a reader's software would obey instead of show.

- ``csv_cell``: a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR is a formula to
  a spreadsheet (CSV injection); as OWASP advises, it is prefixed with a single quote.
- ``terminal``: control characters (ESC and so OSC titles, hyperlinks and clipboard writes,
  CSI sequences; BEL, backspace, CR, DEL and the C1 controls) are shown as ``\\xNN`` instead of
  being sent to the terminal. Newlines and tabs are kept.
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def csv_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def terminal(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
