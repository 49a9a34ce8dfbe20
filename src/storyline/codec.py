"""Records <-> plain JSON values, for the store and for `--json` output.

`to_json_dict` turns any record of `storyline.records` (or any frozen dataclass built from the
same kinds of values) into a dict of JSON values: datetimes as ISO 8601 with their offset, dates
as YYYY-MM-DD, tuples as lists, mappings as objects. `from_json_dict(cls, data)` is the inverse,
driven by the dataclass's type hints, so a record gains a field without a codec change.

Reading is forgiving in the two ways that keep old and new data readable: unknown keys are
ignored (written by a newer storyline) and missing keys take the field's default (written by an
older one). Anything else that does not fit the declared type raises `DecodeError`.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar, Union, cast

from storyline.records import Article, DedupVerdict, Extraction

T = TypeVar("T")

__all__ = [
    "DecodeError",
    "article_from_dict",
    "dumps",
    "extraction_from_dict",
    "from_json_dict",
    "loads",
    "to_json_dict",
    "to_json_value",
    "verdict_from_dict",
]


class DecodeError(ValueError):
    """A JSON value does not fit the record field it is read into."""


# --------------------------------------------------------------------------- encoding


def to_json_value(value: object) -> Any:
    """One value as JSON-ready data (records, datetimes, dates, tuples, mappings, scalars)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    # datetime is a subclass of date: test it first so the time is kept.
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json_dict(value)
    if isinstance(value, Mapping):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [to_json_value(item) for item in value]
    raise TypeError(f"cannot encode a {type(value).__name__} as JSON")


def to_json_dict(record: object) -> dict[str, Any]:
    """A dataclass record as a dict of JSON values, one key per field."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"to_json_dict needs a dataclass instance, got {type(record).__name__}")
    return {
        field.name: to_json_value(getattr(record, field.name))
        for field in dataclasses.fields(record)
    }


def dumps(record: object) -> str:
    """A record as compact JSON text (the form the store keeps)."""
    return json.dumps(to_json_dict(record), ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- decoding


@cache
def _field_types(cls: type) -> dict[str, Any]:
    # The records use `from __future__ import annotations`: resolve the strings once per class.
    return typing.get_type_hints(cls)


def _hints_of(cls: type) -> dict[str, Any]:
    return _field_types(cast(Any, cls))


def from_json_dict(cls: type[T], data: object) -> T:
    """Build a `cls` dataclass from a dict made by `to_json_dict` (or an older/newer one)."""
    if not isinstance(data, Mapping):
        raise DecodeError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = _hints_of(cls)
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cast(Any, cls)):
        if field.name not in data:
            if _has_default(field):
                continue
            raise DecodeError(f"{cls.__name__}: missing required field {field.name!r}")
        where = f"{cls.__name__}.{field.name}"
        kwargs[field.name] = _decode(hints[field.name], data[field.name], where)
    return cls(**kwargs)


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )


def _decode(hint: Any, value: object, where: str) -> Any:
    """Decode `value` into the type `hint` describes."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _decode_union(typing.get_args(hint), value, where)
    if origin is typing.Literal:
        # Vocabularies grow ("more allowed"): keep unknown words rather than refuse the record.
        return _decode(type(typing.get_args(hint)[0]), value, where)
    if origin is tuple:
        return _decode_tuple(typing.get_args(hint), value, where)
    if origin in (Mapping, dict, typing.Mapping):
        return _decode_mapping(typing.get_args(hint), value, where)
    if hint is Any:
        return value
    if isinstance(hint, type):
        return _decode_plain(hint, value, where)
    raise DecodeError(f"{where}: unsupported field type {hint!r}")


def _decode_union(options: tuple[Any, ...], value: object, where: str) -> Any:
    if value is None and type(None) in options:
        return None
    errors = []
    for option in options:
        if option is type(None):
            continue
        try:
            return _decode(option, value, where)
        except DecodeError as error:
            errors.append(str(error))
    raise DecodeError("; ".join(errors) or f"{where}: no type accepts {value!r}")


def _decode_tuple(args: tuple[Any, ...], value: object, where: str) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise DecodeError(f"{where}: expected a list, got {type(value).__name__}")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if len(args) != len(value):
        raise DecodeError(f"{where}: expected {len(args)} items, got {len(value)}")
    pairs = enumerate(zip(args, value, strict=True))
    return tuple(_decode(arg, item, f"{where}[{i}]") for i, (arg, item) in pairs)


def _decode_mapping(args: tuple[Any, ...], value: object, where: str) -> dict[Any, Any]:
    if not isinstance(value, Mapping):
        raise DecodeError(f"{where}: expected an object, got {type(value).__name__}")
    key_type, value_type = args if args else (str, Any)
    return {
        _decode(key_type, key, where): _decode(value_type, item, f"{where}[{key!r}]")
        for key, item in value.items()
    }


def _decode_plain(cls: type, value: object, where: str) -> Any:
    if dataclasses.is_dataclass(cls):
        return from_json_dict(cls, value)
    if cls is datetime or cls is date:
        return _decode_temporal(cls, value, where)
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if cls is bool and isinstance(value, bool):
        return value
    if cls is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if cls is int and isinstance(value, float) and value.is_integer():
        return int(value)
    if cls is float and is_number:
        return float(cast(float, value))
    if cls is str and isinstance(value, str):
        return value
    if cls is bytes and isinstance(value, str):
        return bytes.fromhex(value)
    raise DecodeError(f"{where}: expected {cls.__name__}, got {value!r}")


def _decode_temporal(cls: type, value: object, where: str) -> date:
    if not isinstance(value, str):
        raise DecodeError(f"{where}: expected an ISO 8601 string, got {value!r}")
    try:
        if cls is datetime:
            return datetime.fromisoformat(value)
        return date.fromisoformat(value)
    except ValueError as error:
        raise DecodeError(f"{where}: {error}") from None


def loads(cls: type[T], text: str) -> T:
    """Inverse of `dumps`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DecodeError(f"{cls.__name__}: not JSON ({error})") from None
    return from_json_dict(cls, data)


# --------------------------------------------------------------------------- per record


def article_from_dict(data: Mapping[str, Any]) -> Article:
    return from_json_dict(Article, data)


def verdict_from_dict(data: Mapping[str, Any]) -> DedupVerdict:
    return from_json_dict(DedupVerdict, data)


def extraction_from_dict(data: Mapping[str, Any]) -> Extraction:
    return from_json_dict(Extraction, data)
