"""The web app and JSON API over one store: `create_app` builds it, `serve` runs it (uvicorn).

Pages are server-rendered (Jinja2, autoescaped) and readable without JavaScript; the API returns
the same objects as the CLI's `--json` output, with one error shape for every error.
"""

from __future__ import annotations

from storyline.web.app import create_app, serve

__all__ = ["create_app", "serve"]
