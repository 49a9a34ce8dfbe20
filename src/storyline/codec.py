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
from collections.abc import Callable, Mapping, Sequence
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


# Decoding is driven by type hints, but interpreting the hints for every value made reading an
# event's 1,000 extractions take a quarter of a second. So each hint is compiled once into a
# decoder function (cached per hint); a decoder takes the value and where it sits (for messages).
Decoder = Callable[[object, str], Any]


@dataclasses.dataclass(frozen=True, slots=True)
class _FieldPlan:
    name: str
    where: str  # "Class.field", for messages
    required: bool
    decode: Decoder


def from_json_dict(cls: type[T], data: object) -> T:
    """Build a `cls` dataclass from a dict made by `to_json_dict` (or an older/newer one)."""
    if not isinstance(data, Mapping):
        raise DecodeError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    kwargs: dict[str, Any] = {}
    for plan in _plan_of(cast(Any, cls)):
        if plan.name not in data:
            if not plan.required:
                continue
            raise DecodeError(f"{cls.__name__}: missing required field {plan.name!r}")
        kwargs[plan.name] = plan.decode(data[plan.name], plan.where)
    return cls(**kwargs)


@cache
def _plan_of(cls: type) -> tuple[_FieldPlan, ...]:
    hints = _hints_of(cls)
    return tuple(
        _FieldPlan(field.name, f"{cls.__name__}.{field.name}", not _has_default(field),
                   _decoder_for(hints[field.name]))
        for field in dataclasses.fields(cast(Any, cls))
    )


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )


@cache
def _decoder_for(hint: Any) -> Decoder:
    """The decoder of one type hint, built once."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _union_decoder(typing.get_args(hint))
    if origin is typing.Literal:
        # Vocabularies grow ("more allowed"): keep unknown words rather than refuse the record.
        word_type: Any = type(typing.get_args(hint)[0])
        return _decoder_for(word_type)
    if origin is tuple:
        return _tuple_decoder(typing.get_args(hint))
    if origin in (Mapping, dict, typing.Mapping):
        return _mapping_decoder(typing.get_args(hint))
    if hint is Any:
        return _keep
    if isinstance(hint, type):
        return _plain_decoder(hint)

    def unsupported(value: object, where: str) -> Any:
        raise DecodeError(f"{where}: unsupported field type {hint!r}")

    return unsupported


def _keep(value: object, where: str) -> Any:
    return value


def _union_decoder(options: tuple[Any, ...]) -> Decoder:
    nullable = type(None) in options
    decoders = [_decoder_for(option) for option in options if option is not type(None)]

    def decode_union(value: object, where: str) -> Any:
        if value is None and nullable:
            return None
        errors = []
        for decoder in decoders:
            try:
                return decoder(value, where)
            except DecodeError as error:
                errors.append(str(error))
        raise DecodeError("; ".join(errors) or f"{where}: no type accepts {value!r}")

    return decode_union


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder_for(args[0])

        def decode_items(value: object, where: str) -> tuple[Any, ...]:
            parts = _require_list(value, where)
            try:
                return tuple([item(part, where) for part in parts])
            except DecodeError:
                # Rare: decode again naming each item's index, so the message says which one.
                for i, part in enumerate(parts):
                    item(part, f"{where}[{i}]")
                raise

        return decode_items
    decoders = [_decoder_for(arg) for arg in args]

    def decode_fixed(value: object, where: str) -> tuple[Any, ...]:
        parts = _require_list(value, where)
        if len(decoders) != len(parts):
            raise DecodeError(f"{where}: expected {len(decoders)} items, got {len(parts)}")
        pairs = enumerate(zip(decoders, parts, strict=True))
        return tuple(decoder(part, f"{where}[{i}]") for i, (decoder, part) in pairs)

    return decode_fixed


def _require_list(value: object, where: str) -> Sequence[Any]:
    if not isinstance(value, list | tuple):
        raise DecodeError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _mapping_decoder(args: tuple[Any, ...]) -> Decoder:
    key_type, value_type = args if args else (str, Any)
    decode_key, decode_value = _decoder_for(key_type), _decoder_for(value_type)

    def decode_mapping(value: object, where: str) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            raise DecodeError(f"{where}: expected an object, got {type(value).__name__}")
        return {
            decode_key(key, where): decode_value(item, f"{where}[{key!r}]")
            for key, item in value.items()
        }

    return decode_mapping


def _plain_decoder(cls: type) -> Decoder:
    if dataclasses.is_dataclass(cls):
        return lambda value, where: from_json_dict(cls, value)
    if cls is datetime or cls is date:
        return lambda value, where: _decode_temporal(cls, value, where)
    exact = _EXACT_TYPES.get(cls)

    def decode_plain(value: object, where: str) -> Any:
        if exact is not None and type(value) is exact:
            return value  # the common case: the JSON value already has the field's type
        return _decode_scalar(cls, value, where)

    return decode_plain


_EXACT_TYPES: dict[type, type] = {str: str, int: int, bool: bool, float: float}


def _decode_scalar(cls: type, value: object, where: str) -> Any:
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
