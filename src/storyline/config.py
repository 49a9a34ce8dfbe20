"""Settings: defaults in code, then a TOML file, then environment variables, then flags.

Every source is validated the same way and unknown keys are rejected, so a typo in a config file
fails loudly instead of being ignored.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

DEFAULT_USER_AGENT = "storyline/0.1 (news event tracker; +https://pypi.org/project/storyline/)"
CONFIG_ENV = "STORYLINE_CONFIG"
DEFAULT_CONFIG_FILE = "storyline.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "storyline.db"
    token: str | None = None  # required for writes through the HTTP API
    host: str = "127.0.0.1"
    port: int = 8000
    batch_size: int = 64
    order_window: int = 5000
    allow_private: bool = False
    # The largest single document read or fetched (a file, a page, one JSON line or record).
    max_fetch_bytes: int = 10_000_000
    max_request_bytes: int = 10_000_000  # the largest HTTP request body `serve` accepts
    user_agent: str = DEFAULT_USER_AGENT  # sent when fetching URLs and feeds
    header_timeout: float = 10.0  # seconds a client may take to send a request's headers
    body_timeout: float = 60.0  # seconds a client may take to send a request's body
    base_url: str | None = None  # absolute links (Atom feed) start with this, e.g. https://x.org
    # The map's optional layers, off by default (the map is drawn offline from bundled shapes):
    map_tiles: str | None = None  # tile URL template, https://HOST/{z}/{x}/{y}.png
    map_regions: str | None = None  # GeoJSON file of region (admin-1) outlines


# Environment variables that override settings, one per key (STORYLINE_ and the key in capitals),
# so every key can be set the same three ways; STORYLINE_DB is part of the stable interface.
ENVIRONMENT = {f"STORYLINE_{field.name.upper()}": field.name for field in fields(Settings)}


def load_settings(
    config_file: str | None = None,
    environ: dict[str, str] | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """Settings from defaults < config file < environment < explicit overrides (flags)."""
    settings = Settings()
    path = config_file or (environ or os.environ).get(CONFIG_ENV)
    if path is None and Path(DEFAULT_CONFIG_FILE).is_file():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        settings = apply(settings, read_config_file(path), source=path)
    env = environ if environ is not None else dict(os.environ)
    from_env = {key: env[name] for name, key in ENVIRONMENT.items() if env.get(name)}
    settings = apply(settings, from_env, source="environment")
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    return apply(settings, given, source="command line")


def read_config_file(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; check the path") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error}); fix the file") from None
    section = data.get("storyline", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: expected a [storyline] table")
    return section


def apply(settings: Settings, values: dict[str, Any], *, source: str) -> Settings:
    """Validate `values` against the Settings fields and return the updated settings."""
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting(s) {', '.join(unknown)}; valid: {', '.join(sorted(known))}"
        )
    converted = {
        key: _convert(key, value, getattr(settings, key), source) for key, value in values.items()
    }
    return replace(settings, **converted)


def _convert(key: str, value: Any, default: Any, source: str) -> Any:
    expected = type(default) if default is not None else str
    if expected is bool and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
    elif expected in (int, float) and isinstance(value, str):
        try:
            return expected(value)
        except ValueError:
            pass
    elif expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    elif isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
        return value
    raise ConfigError(f"{source}: setting {key}={value!r} should be a {expected.__name__}")
