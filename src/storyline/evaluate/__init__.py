"""Reproducible quality figures: metrics, data-set loaders and one runner per evaluation.

`storyline eval clustering|counts|dates|timeline` (see `storyline.evaluate.cli`) prints the
system's figures beside a simple baseline's, computed in the same run.
"""

from __future__ import annotations
