"""Online feature reads for the service: a feature service's values for entity keys, with freshness.

Both readers take the feature service's definition from the Feast registry (views, feature
names, types) and return the same thing, ``OnlineRows``: one column per feature, aligned
with the requested keys (``None`` where a value is missing), whether each key has any
online row at all (``found``: no row in any of the service's views = an unknown entity),
and the snapshot time of its values (``as_of``, epoch seconds: the oldest ``event_ts`` of
the rows read for it). That timestamp is the freshness the service reports: the age of the
data behind *this* answer, which says more than when the view was last materialised.

- ``SqliteReader`` (the embedded profile) reads the tables of Feast's SQLite online store
  itself, through a read-only connection, with Feast's own entity-key encoding and table
  naming. Values come from the text copy Feast keeps beside each value proto
  (``value_text``, exact for numbers, text and booleans), one JSON object per entity
  built by SQLite and decoded, text to typed values, by msgspec in one call; from the
  protos when a feature has another type or a row has no text copy (written by an older
  Feast). Feast's ``get_online_features`` spends most of its time
  building response protos and converting timestamps it then drops: ~90 ms for 400
  patients against ~9 ms here, and 0.2 ms against 0.05 ms for one (see bench/serving.py).
  ``tests/test_serving.py`` checks both give the same values. Feast keeps one open
  connection, so a deleted or replaced database file goes unnoticed; this reader checks the
  file on every read (one ``stat``) and reports a missing file as unavailable.
  It keeps the rows it decoded (``cache_entities`` per feature service, least recently used
  first out): the online store changes only when it is materialised, and SQLite's
  ``PRAGMA data_version`` (checked on every read, a few microseconds) changes exactly when
  another connection has committed, so every cached row is dropped at the first read after
  a materialisation, and the answers are the same as without the cache. A batch of 1,000
  patients read from the file costs ~20 ms, three quarters of it SQLite's own row look-ups
  and JSON building; from the cache, under 1 ms (bench/serving.py measures both).
- ``FeastReader`` (any other online store, e.g. Redis in the ``scaleout`` profile) calls
  ``FeatureStore.get_online_features`` and reads statuses and timestamps from its proto.
  Its reads block on the network: the service runs them in a thread.

A store that cannot be read raises ``OnlineStoreUnavailableError`` with a reason; the service
answers 503 with it, never a guess.

``SqliteReader`` relies on Feast internals (``serialize_entity_key``'s v3 layout, ``compute_table_id``,
the SQLite table's columns, the ``Value`` proto's wire tags), pinned to ``FEAST_INTERNALS_VERSION``:
``tests/test_online_parity.py`` checks it against ``get_online_features`` for every feature type the
readers map (and every one the repository uses). Under any other Feast version ``reader_for`` does
not use it: ``auto`` falls back to ``FeastReader`` with a warning naming both versions, and an explicit
``sqlite`` is refused, until the parity test has passed on the new version and the pin is moved.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
import struct
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, Protocol

import msgspec
from feast import FeatureStore
from feast import __version__ as feast_version
from feast.infra.key_encoding_utils import serialize_entity_key, serialize_entity_key_prefix
from feast.infra.online_stores.helpers import compute_table_id
from feast.protos.feast.types.EntityKey_pb2 import EntityKey as EntityKeyProto
from feast.protos.feast.types.Value_pb2 import Value as ValueProto
from feast.value_type import ValueType

from features.materialize import feature_service

#: The Feast version whose internals ``SqliteReader`` was checked against (tests/test_online_parity.py).
FEAST_INTERNALS_VERSION = "0.67.0"
log = logging.getLogger(__name__)

#: Feast field types -> the Arrow type names the prediction log writes.
_TYPES = {"Int64": "int64", "Int32": "int64", "Float64": "float64", "Float32": "float64", "String": "string", "Bool": "bool"}
#: ``value_text`` back to the value, by the type names of ``_TYPES`` (text stays as it is).
_FROM_TEXT: dict[str, Any] = {"int64": int, "float64": float, "string": None, "bool": lambda text: text == "True"}
#: The same conversions, done by msgspec's lax decoding into struct fields of these types.
_STRUCT_TYPES: dict[str, Any] = {"int64": int, "float64": float, "string": str, "bool": bool}
#: Feast's FieldStatus values that mean "a row exists" (PRESENT, NULL_VALUE, OUTSIDE_MAX_AGE).
_ROW_EXISTS = frozenset({1, 2, 4})
_MAX_KEYS_PER_QUERY = 5_000
BUSY_TIMEOUT_SECONDS = 0.25
PAGE_CACHE_KIB = 65_536  # per worker, filled only as far as the file is read
# Protobuf tags of the scalar fields read without a parse (wire format: field << 3 | wire type).
_FIELDS = ValueProto.DESCRIPTOR.fields_by_name
_DOUBLE_TAG = _FIELDS["double_val"].number << 3 | 1
_INT64_TAG = _FIELDS["int64_val"].number << 3 | 0
_unpack_double = struct.Struct("<d").unpack_from
# Feast's entity-key serialisation (v3) of a string value: its type and byte length, then the bytes.
_STRING_TYPE = struct.pack("<I", ValueType.STRING.value)
_pack_length = struct.Struct("<I").pack
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


#: A cached entity: its values in ``ServiceSpec.features`` order, whether it was found, its snapshot time.
CachedRow = tuple[tuple[Any, ...], bool, float | None]


class OnlineStoreUnavailableError(RuntimeError):
    """The online store cannot be read; ``str()`` is the reason given to callers."""


@dataclass(frozen=True)
class ServiceSpec:
    """What a feature service reads: its views, their features in order, and their types."""

    name: str
    join_keys: tuple[str, ...]
    views: tuple[tuple[str, tuple[str, ...]], ...]
    types: dict[str, str]
    #: Every feature is a scalar whose ``value_text`` (Feast's text copy of the value in the
    #: SQLite store) converts back to the exact value: numbers (``repr`` round-trips), text, bools.
    text_exact: bool = False

    @property
    def join_key(self) -> str:
        """The one join key of a single-entity service (the readers take no other)."""
        if len(self.join_keys) != 1:
            raise ValueError(f"feature service {self.name!r} has join keys {list(self.join_keys)}: the online reader takes one")
        return self.join_keys[0]

    @property
    def features(self) -> list[str]:
        return [name for _, names in self.views for name in names]


@dataclass(frozen=True)
class OnlineRows:
    """Online values for requested keys: ``columns[feature][i]`` belongs to ``keys[i]``."""

    keys: list[str]
    columns: dict[str, list[Any]]
    found: list[bool]
    as_of: list[float | None]

    def row(self, index: int) -> dict[str, Any]:
        return {name: values[index] for name, values in self.columns.items()}

    def take(self, indices: Sequence[int], names: Collection[str] | None = None) -> OnlineRows:
        """The rows at ``indices`` (in that order); ``names``: only these columns (a model's inputs, not the
        whole feature service's: a third of them for the drop-off model)."""
        getter = _tuple_getter(itemgetter, indices)

        def pick(values: list[Any]) -> list[Any]:
            return list(getter(values))

        columns = self.columns if names is None else {name: self.columns[name] for name in names}
        return OnlineRows(keys=pick(self.keys), columns={name: pick(values) for name, values in columns.items()},
                          found=pick(self.found), as_of=pick(self.as_of))  # fmt: skip


class OnlineReader(Protocol):
    #: True when reads wait on the network (run them in a thread, not on the event loop).
    blocking: bool

    def spec(self, service: str) -> ServiceSpec: ...

    def read(self, service: str, keys: Sequence[str]) -> OnlineRows: ...

    def check(self) -> None:
        """Raise ``OnlineStoreUnavailableError`` if the store cannot be read now."""


def service_spec(store: FeatureStore, name: str) -> ServiceSpec:
    """A feature service's views, feature names and types, from the Feast registry."""
    service = feature_service(store, name)
    views: list[tuple[str, tuple[str, ...]]] = []
    types: dict[str, str] = {}
    join_keys: list[str] = []
    text_exact = True
    for projection in service.feature_view_projections:
        view = store.get_feature_view(projection.name)
        join_keys += [column.name for column in view.entity_columns if column.name not in join_keys]
        views.append((projection.name, tuple(field.name for field in projection.features)))
        types.update({field.name: _TYPES.get(str(field.dtype), "string") for field in projection.features})
        text_exact = text_exact and all(str(field.dtype) in _TYPES for field in projection.features)
    return ServiceSpec(name=name, join_keys=tuple(join_keys), views=tuple(views), types=types, text_exact=text_exact)


def reader_for(store: FeatureStore, services: Sequence[str], kind: str = "auto", cache_entities: int = 0,
               version: str | None = None) -> OnlineReader:  # fmt: skip
    """``SqliteReader`` for a SQLite online store (``kind="auto"`` or ``"sqlite"``), else ``FeastReader``.

    ``version`` (default: the installed Feast's) other than ``FEAST_INTERNALS_VERSION``: ``auto`` falls
    back to ``FeastReader`` (public API, slower) with a warning; ``sqlite`` raises ``ValueError``.
    """
    if kind not in ("auto", "sqlite", "feast"):
        raise ValueError(f"unknown online reader {kind!r}: choose auto, sqlite or feast")
    version = feast_version if version is None else version
    if kind == "sqlite" or (kind == "auto" and store.config.online_store.type == "sqlite"):
        if version == FEAST_INTERNALS_VERSION:
            return SqliteReader(store, services, cache_entities)
        reason = (f"the fast SQLite online reader decodes Feast {FEAST_INTERNALS_VERSION}'s internals, and this is Feast "
                  f"{version}")  # fmt: skip
        if kind == "sqlite":
            raise ValueError(f"ADHERENCE_SERVE_READER=sqlite refused: {reason}; use auto or feast, or run "
                             "tests/test_online_parity.py on this version and move FEAST_INTERNALS_VERSION")  # fmt: skip
        log.warning("online reads through get_online_features (slower): %s; run tests/test_online_parity.py on this "
                    "version and move serving.features.FEAST_INTERNALS_VERSION", reason)  # fmt: skip
    return FeastReader(store, services)


def _tuple_getter(make: Callable[..., Callable[[Any], Any]], items: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """``make(*items)`` (``itemgetter``, ``attrgetter``) that always gives a tuple: theirs give the bare value
    for one item, and take none at all."""
    if len(items) > 1:
        return make(*items)
    if items:
        one = make(items[0])
        return lambda target: (one(target),)
    return lambda target: ()


def _utc_seconds(value: Any) -> float | None:
    """Epoch seconds of an ``event_ts`` as Feast's SQLite online store wrote it.

    Feast 0.67 stores ``int(naive_utc_datetime.timestamp())``: the UTC wall time read as the
    machine's local time, and reads it back with ``datetime.fromtimestamp``. The same round trip
    here gives the true instant on a machine in any time zone (on a UTC machine it changes nothing).
    """
    if value is None:
        return None
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value).replace(tzinfo=dt.UTC).timestamp()
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).timestamp()
    if isinstance(value, bytes):
        value = value.decode()
    moment = dt.datetime.fromisoformat(str(value))
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).timestamp()


def _decode(blob: bytes, value: ValueProto) -> Any:
    """A Feast ``Value`` proto's scalar; doubles and small int64s without a full parse."""
    if not blob:
        return None
    tag = blob[0]
    if tag == _DOUBLE_TAG and len(blob) == 9:
        return _unpack_double(blob, 1)[0]
    if tag == _INT64_TAG and len(blob) == 2:
        return blob[1]  # a one-byte varint: 0..127
    value.ParseFromString(blob)
    kind = value.WhichOneof("val")
    if kind is None or kind == "null_val":
        return None
    return getattr(value, kind)


class SqliteReader:
    """Reads Feast's SQLite online store tables directly (read-only); see the module docstring."""

    blocking = False

    def __init__(self, store: FeatureStore, services: Sequence[str], cache_entities: int = 0):
        config = store.config
        path = Path(config.online_store.path)
        if not path.is_absolute() and config.repo_path:
            path = Path(config.repo_path) / path
        self.path = path
        self._specs = {name: service_spec(store, name) for name in services}
        versioning = bool(getattr(config.registry, "enable_online_feature_view_versioning", False))
        self._tables = {
            view: compute_table_id(config.project, store.get_feature_view(view), versioning)
            for spec in self._specs.values()
            for view, _ in spec.views
        }
        self._key_version = config.entity_key_serialization_version
        self._prefixes = {spec.join_key: serialize_entity_key_prefix([spec.join_key], self._key_version)
                          for spec in self._specs.values()}  # fmt: skip
        probe = "probe-0123"
        self._fast_keys = all(self._encode_keys(key, [probe]) == [self._feast_key(key, probe)] for key in self._prefixes)
        # Feature names go into the grouped query as literals: only plain identifiers do.
        self._grouped = all(_IDENTIFIER.fullmatch(name) for spec in self._specs.values() for name in spec.features)
        # Per (service, view): the service reads a subset of the view's features (the query filters them).
        self._subset = {
            (name, view): set(features) != {field.name for field in store.get_feature_view(view).features}
            for name, spec in self._specs.items()
            for view, features in spec.views
        }
        self._types = {name: kind for spec in self._specs.values() for name, kind in spec.types.items()}
        self._converters = {name: _FROM_TEXT[kind] for name, kind in self._types.items()}
        self._decoders: dict[tuple[str, ...], tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]]] = {}
        self._text_tables: set[str] | None = None  # tables with Feast's value_text column, at _schema_version
        self._schema_version: int | None = None
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self.cache_entities = cache_entities
        # Per service: key -> (values in ``spec.features`` order, found, as_of), oldest use first.
        self._cache: dict[str, OrderedDict[str, CachedRow]] = {
            name: OrderedDict() for name in self._specs
        }
        self._data_version: int | None = None

    def spec(self, service: str) -> ServiceSpec:
        return self._specs[service]

    def check(self) -> None:
        with self._lock:
            connection = self._connection()
            try:
                names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            except sqlite3.Error as error:
                self._reset()
                raise OnlineStoreUnavailableError(f"online store {self.path} cannot be read: {error}") from error
        missing = sorted(set(self._tables.values()) - names)
        if missing:
            raise OnlineStoreUnavailableError(f"online store {self.path} has no table(s) {missing}: run features materialize")

    def read(self, service: str, keys: Sequence[str]) -> OnlineRows:
        if not self.cache_entities:
            return self._read_store(service, keys)
        spec = self._specs[service]
        cache = self._cache[service]
        with self._lock:
            self._drop_cache_if_changed()
            entries = [cache.get(key) for key in keys]
            for key, entry in zip(keys, entries, strict=True):
                if entry is not None:
                    cache.move_to_end(key)
        missing = list(dict.fromkeys(key for key, entry in zip(keys, entries, strict=True) if entry is None))
        fresh: dict[str, CachedRow] = {}
        if missing:
            fetched = self._read_store(service, missing)
            rows = zip(*(fetched.columns[name] for name in spec.features), strict=True)
            fresh = {key: (values, found, as_of)
                     for key, values, found, as_of in zip(missing, rows, fetched.found, fetched.as_of, strict=True)}  # fmt: skip
            with self._lock:
                cache.update(fresh)
                while len(cache) > self.cache_entities:
                    cache.popitem(last=False)
        filled = [entry if entry is not None else fresh[key] for key, entry in zip(keys, entries, strict=True)]
        return OnlineRows(
            keys=list(keys),
            columns={name: [entry[0][j] for entry in filled] for j, name in enumerate(spec.features)},
            found=[entry[1] for entry in filled],
            as_of=[entry[2] for entry in filled],
        )

    def _drop_cache_if_changed(self) -> None:
        """Empty every cache when the store changed since the last read (call with the lock held)."""
        connection = self._connection()
        try:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            self._reset()
            raise OnlineStoreUnavailableError(f"online store {self.path} cannot be read: {error}") from error
        if version != self._data_version:
            for cache in self._cache.values():
                cache.clear()
            self._data_version = version

    def _read_store(self, service: str, keys: Sequence[str]) -> OnlineRows:
        """The rows of ``keys`` from the database file (no cache)."""
        spec = self._specs[service]
        count = len(keys)
        columns: dict[str, list[Any]] = {name: [None] * count for name in spec.features}
        found = [False] * count
        as_of: list[float | None] = [None] * count
        index: dict[bytes, int] = {}
        repeats: dict[bytes, list[int]] = {}  # the other positions of keys asked for more than once
        for position, encoded in enumerate(self._keys(spec.join_key, keys)):
            if encoded in index:
                repeats.setdefault(encoded, []).append(position)
            else:
                index[encoded] = position
        unique = list(index)
        scratch = ValueProto()
        stamps: dict[int, Any] = {}
        with self._lock:
            connection = self._connection()
            try:
                text_tables = self._value_text_tables(connection) if self._grouped and spec.text_exact else set()
                for view, names in spec.views:
                    wanted = {name: columns[name] for name in names}
                    table = self._tables[view]
                    only = names if self._subset[service, view] else None
                    for start in range(0, len(unique), _MAX_KEYS_PER_QUERY):
                        chunk = unique[start : start + _MAX_KEYS_PER_QUERY]
                        if table in text_tables:
                            self._read_text(connection, table, chunk, only, wanted, index, stamps, scratch)
                        elif self._grouped:
                            self._read_grouped(connection, table, chunk, names, wanted, index, stamps, scratch)
                        else:
                            self._read_rows(connection, table, chunk, wanted, index, stamps, scratch)
                    seconds = {event_ts: _utc_seconds(event_ts) for event_ts in set(stamps.values())}  # a few snapshots
                    for position, event_ts in stamps.items():  # the oldest view snapshot of each key
                        moment = seconds[event_ts]
                        found[position] = True
                        previous = as_of[position]
                        if moment is not None and (previous is None or moment < previous):
                            as_of[position] = moment
                    stamps.clear()
            except sqlite3.Error as error:
                self._reset()
                raise OnlineStoreUnavailableError(f"online store {self.path} cannot be read: {error}") from error
        for encoded, positions in repeats.items():
            first = index[encoded]
            for position in positions:
                for values in columns.values():
                    values[position] = values[first]
                found[position], as_of[position] = found[first], as_of[first]
        return OnlineRows(list(keys), columns, found, as_of)

    # --- internals ----------------------------------------------------------------------
    def _read_text(self, connection: sqlite3.Connection, table: str, chunk: list[bytes], names: tuple[str, ...] | None,
                   wanted: dict[str, list[Any]], index: dict[bytes, int], stamps: dict[int, Any],
                   scratch: ValueProto) -> None:  # fmt: skip
        """One JSON object per entity from Feast's ``value_text`` column (a quarter cheaper than hex pairs).

        The objects are decoded in one call by msgspec into a struct per entity with the
        features' types, converting the text in C (``"0.1"`` -> 0.1 exactly as ``float()``,
        ``"nan"``, ``"True"``; a feature without a row is null, as Feast reads it), then
        transposed into columns. A row without ``value_text`` but with a value (written by an
        older Feast) comes as ``[hex]``, which the struct refuses: that chunk is decoded value
        by value instead (``_fill_values``). An empty value is a null.
        """
        keys = ",".join("?" * len(chunk))
        only = "" if names is None else " AND +feature_name IN (" + ",".join(f"'{name}'" for name in names) + ")"
        query = (f"SELECT entity_key, max(event_ts), json_group_object(feature_name, CASE WHEN value_text IS NOT NULL "
                 f"OR length(value) = 0 THEN value_text ELSE json_array(hex(value)) END) FROM \"{table}\" "
                 f"WHERE entity_key IN ({keys}){only} GROUP BY entity_key")  # fmt: skip
        rows = connection.execute(query, chunk).fetchall()
        positions = [index[row[0]] for row in rows]
        for position, row in zip(positions, rows, strict=True):
            stamps[position] = row[1]
        text = "[" + ",".join([row[2] for row in rows]) + "]"
        features = tuple(wanted)
        decoder, values_of = self._text_decoder(features)
        try:
            entities = list(map(values_of, decoder.decode(text)))
        except msgspec.ValidationError:  # proto-only rows, or text that does not convert
            self._fill_values(json.loads(text), positions, wanted, scratch)
            return
        if len(chunk) == len(index):  # this query answers every key asked: write whole columns
            ordered: list[tuple[Any, ...]] = [(None,) * len(features)] * len(wanted[features[0]])
            for position, values in zip(positions, entities, strict=True):
                ordered[position] = values  # keys not in this view (or asked again) stay null here
            for name, column in zip(features, zip(*ordered, strict=True), strict=True):
                wanted[name][:] = column
        else:
            for name, column in zip(features, zip(*entities, strict=True), strict=True):
                values = wanted[name]
                for position, value in zip(positions, column, strict=True):
                    values[position] = value

    def _text_decoder(self, features: tuple[str, ...]) -> tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]]:
        """A lax msgspec decoder of ``[{feature: text}, ...]`` into typed structs, and a function giving a
        struct's values as a tuple in ``features`` order."""
        decoder = self._decoders.get(features)
        if decoder is None:
            fields = [(f"f{i}", _STRUCT_TYPES[self._types[name]] | None, None) for i, name in enumerate(features)]
            struct = msgspec.defstruct("OnlineEntity", fields, rename=dict(zip((f[0] for f in fields), features, strict=True)),
                                       gc=False)  # fmt: skip
            entities: Any = list[struct]  # type: ignore[valid-type]  # a struct type made at run time
            values_of = _tuple_getter(attrgetter, [field[0] for field in fields])
            decoder = (msgspec.json.Decoder(entities, strict=False), values_of)
            self._decoders[features] = decoder
        return decoder

    def _fill_values(self, objects: list[dict[str, Any]], positions: list[int], wanted: dict[str, list[Any]],
                     scratch: ValueProto) -> None:  # fmt: skip
        """Value by value: text converted by type, ``[hex]`` decoded from the proto."""
        converters, decode, fromhex = self._converters, _decode, bytes.fromhex
        for position, item in zip(positions, objects, strict=True):
            for name, value in item.items():
                column = wanted.get(name)
                if column is None or value is None:
                    continue
                if value.__class__ is list:
                    column[position] = decode(fromhex(value[0]), scratch)
                else:
                    convert = converters[name]
                    column[position] = value if convert is None else convert(value)

    def _value_text_tables(self, connection: sqlite3.Connection) -> set[str]:
        """The service tables that have Feast's ``value_text`` column (looked up again when the schema changes)."""
        schema = connection.execute("PRAGMA schema_version").fetchone()[0]
        if self._text_tables is None or schema != self._schema_version:
            self._schema_version = schema
            self._text_tables = {
                table for table in set(self._tables.values())
                if any(row[1] == "value_text" for row in connection.execute(f'PRAGMA table_info("{table}")'))
            }  # fmt: skip
        return self._text_tables

    @staticmethod
    def _read_grouped(connection: sqlite3.Connection, table: str, chunk: list[bytes], names: tuple[str, ...],
                      wanted: dict[str, list[Any]], index: dict[bytes, int], stamps: dict[int, Any],
                      scratch: ValueProto) -> None:  # fmt: skip
        """One row per entity: ``name:hex(value)`` pairs joined in SQL (a third of the cost of a row per feature)."""
        keys = ",".join("?" * len(chunk))
        features = ",".join(f"'{name}'" for name in names)  # names are checked to be identifiers
        # "+feature_name": SQLite must not probe the primary key per (entity, feature) pair; scanning each
        # entity's rows through the entity_key index and filtering them is twice as fast.
        query = (f"SELECT entity_key, max(event_ts), group_concat(feature_name || ':' || hex(value), ',') FROM \"{table}\" "
                 f"WHERE entity_key IN ({keys}) AND +feature_name IN ({features}) GROUP BY entity_key")  # fmt: skip
        fromhex, unpack_double, decode = bytes.fromhex, _unpack_double, _decode  # locals: this loop runs per value
        double_tag, int64_tag = _DOUBLE_TAG, _INT64_TAG
        for entity_key, event_ts, pairs in connection.execute(query, chunk).fetchall():
            position = index[entity_key]
            stamps[position] = event_ts
            for pair in pairs.split(","):
                name, _, text = pair.partition(":")
                blob = fromhex(text)
                size = len(blob)
                # Inline fast paths of _decode: a double, a one-byte int64.
                if size == 9 and blob[0] == double_tag:
                    wanted[name][position] = unpack_double(blob, 1)[0]
                elif size == 2 and blob[0] == int64_tag:
                    wanted[name][position] = blob[1]
                else:
                    wanted[name][position] = decode(blob, scratch)

    @staticmethod
    def _read_rows(connection: sqlite3.Connection, table: str, chunk: list[bytes], wanted: dict[str, list[Any]],
                   index: dict[bytes, int], stamps: dict[int, Any], scratch: ValueProto) -> None:  # fmt: skip
        """A row per (entity, feature): for feature names that are not plain identifiers."""
        keys = ",".join("?" * len(chunk))
        query = f'SELECT entity_key, feature_name, value, event_ts FROM "{table}" WHERE entity_key IN ({keys})'
        for entity_key, feature_name, blob, event_ts in connection.execute(query, chunk).fetchall():
            column = wanted.get(feature_name)
            if column is not None:
                position = index[entity_key]
                column[position] = _decode(blob, scratch)
                stamps[position] = event_ts

    def _connection(self) -> sqlite3.Connection:
        """The open connection, reopened when the file was replaced; unavailable when it is gone."""
        try:
            status = self.path.stat()
        except OSError as error:
            self._reset()
            raise OnlineStoreUnavailableError(f"online store {self.path} is not reachable: {error.strerror}") from error
        identity = (status.st_dev, status.st_ino)
        if self._conn is None or identity != self._identity:
            self._reset()
            try:
                # A short busy timeout: the read runs on the event loop, and a write lock held longer
                # than this (materialisation commits take milliseconds) is answered with 503.
                self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False,
                                             timeout=BUSY_TIMEOUT_SECONDS)  # fmt: skip
                # Pages stay cached between reads until another connection commits (SQLite drops them then):
                # a bigger cache than the default 2 MiB saves ~5% of a large batch's read.
                self._conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            except sqlite3.Error as error:
                raise OnlineStoreUnavailableError(f"online store {self.path} cannot be opened: {error}") from error
            self._identity = identity
        return self._conn

    def _reset(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._identity, self._text_tables = None, None, None
        # Another file, or none: nothing read from the old one may be served again.
        for cache in self._cache.values():
            cache.clear()
        self._data_version = None

    def _keys(self, join_key: str, values: Sequence[str]) -> list[bytes]:
        """Feast's serialised entity keys (as its online store writes them) of string ``values``."""
        if self._fast_keys:
            return self._encode_keys(join_key, values)
        return [self._feast_key(join_key, value) for value in values]

    def _encode_keys(self, join_key: str, values: Sequence[str]) -> list[bytes]:
        head, pack = self._prefixes[join_key] + _STRING_TYPE, _pack_length
        return [head + pack(len(raw)) + raw for raw in map(str.encode, values)]

    def _feast_key(self, join_key: str, value: str) -> bytes:
        proto = EntityKeyProto(join_keys=[join_key], entity_values=[ValueProto(string_val=value)])
        return serialize_entity_key(proto, entity_key_serialization_version=self._key_version)


class FeastReader:
    """``FeatureStore.get_online_features`` for any online store (Redis in the scaleout profile)."""

    blocking = True

    def __init__(self, store: FeatureStore, services: Sequence[str]):
        self._store = store
        self._specs = {name: service_spec(store, name) for name in services}
        self._services = {name: feature_service(store, name) for name in services}

    def spec(self, service: str) -> ServiceSpec:
        return self._specs[service]

    def check(self) -> None:
        name = next(iter(self._specs))
        self.read(name, ["readiness-probe"])

    def read(self, service: str, keys: Sequence[str]) -> OnlineRows:
        spec = self._specs[service]
        rows = [{spec.join_key: key} for key in keys]
        try:
            response = self._store.get_online_features(features=self._services[service], entity_rows=rows)
        except Exception as error:  # any store failure: connection refused, timeout, auth, ...
            raise OnlineStoreUnavailableError(f"online store cannot be read: {type(error).__name__}: {error}") from error
        proto = response.proto
        names = list(proto.metadata.feature_names.val)
        count = len(keys)
        found = [False] * count
        as_of: list[float | None] = [None] * count
        columns = {name: list(values) for name, values in response.to_dict().items() if name in spec.types}
        for name, vector in zip(names, proto.results, strict=True):
            if name not in spec.types:
                continue
            for index, (status, stamp) in enumerate(zip(vector.statuses, vector.event_timestamps, strict=True)):
                if status in _ROW_EXISTS:
                    found[index] = True
                    moment = float(stamp.seconds)
                    if moment and (as_of[index] is None or moment < as_of[index]):  # type: ignore[operator]
                        as_of[index] = moment
        return OnlineRows(list(keys), {name: columns[name] for name in spec.features}, found, as_of)


__all__ = ["FEAST_INTERNALS_VERSION", "FeastReader", "OnlineReader", "OnlineRows", "OnlineStoreUnavailableError",
           "ServiceSpec", "SqliteReader", "reader_for", "service_spec"]  # fmt: skip
