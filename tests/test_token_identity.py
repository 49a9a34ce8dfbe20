"""spaCy 3 builds a new `Token` object at every access (`doc[i]`, `.head`, `.children`), so an
identity test between two tokens fetched apart is always False: `t.head is t` never finds the
root and a loop guarded by it runs to its step bound. Tokens are compared with `==` (spaCy
compares the document and the offset). This guards the readers against the identity form."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "extract"


def test_spacy_tokens_are_new_objects_but_equal() -> None:
    doc = spacy.blank("en")("Two men were hurt")
    assert doc[1] is not doc[1] and doc[1] == doc[1]
    assert doc[0] != doc[1] and doc[0] != None  # noqa: E711 (the reader's None guard)


def test_no_reader_tests_a_token_head_by_identity() -> None:
    found = []
    for path in sorted(EXTRACT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            operands = [node.left, *node.comparators]
            for op, left, right in zip(node.ops, operands[:-1], operands[1:], strict=True):
                if isinstance(op, (ast.Is, ast.IsNot)) and any(
                        isinstance(side, ast.Attribute) and side.attr == "head"
                        for side in (left, right)):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert found == []
