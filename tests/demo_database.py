"""The demo site built once per test session (per xdist worker) and copied in where a test module
needs it, instead of being built again for each module (about half a minute each time).

Two snapshots of the test database are taken the first time a module asks for the demo site:
the migrated, empty database, and the same with the demo content loaded. Restoring one is a copy
of the whole database: SQLite's online backup (the test database is in memory) or, on
PostgreSQL, a new database made from the snapshot as its template."""

import sqlite3

from django.db import connection


class SQLiteSnapshots:
    """Snapshots kept as in-memory SQLite databases, copied with the backup API."""

    def __init__(self):
        self.snapshots = []

    def take(self):
        connection.ensure_connection()
        snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(snapshot)
        self.snapshots.append(snapshot)
        return snapshot

    def restore(self, snapshot):
        connection.ensure_connection()
        snapshot.backup(connection.connection)

    def discard(self):
        for snapshot in self.snapshots:
            snapshot.close()


class PostgreSQLSnapshots:
    """Snapshots kept as databases beside the test database; restoring one replaces the test
    database with a copy of it (CREATE DATABASE … TEMPLATE, PostgreSQL's file-level copy)."""

    def __init__(self):
        self.name = connection.settings_dict["NAME"]
        self.snapshots = []

    def _execute(self, *statements):
        connection.close()
        with connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def _copy(self, source, target):
        quote = connection.ops.quote_name
        self._execute(
            f"DROP DATABASE IF EXISTS {quote(target)} WITH (FORCE)",
            f"CREATE DATABASE {quote(target)} TEMPLATE {quote(source)}",
        )

    def take(self):
        snapshot = f"{self.name}_snapshot{len(self.snapshots)}"
        self._copy(self.name, snapshot)
        self.snapshots.append(snapshot)
        return snapshot

    def restore(self, snapshot):
        self._copy(snapshot, self.name)

    def discard(self):
        quote = connection.ops.quote_name
        self._execute(*(f"DROP DATABASE IF EXISTS {quote(name)}" for name in self.snapshots))


class DemoDatabase:
    """The empty and the demo snapshots of this session's test database, made on first use."""

    def __init__(self):
        self.snapshots = None

    @staticmethod
    def _outside_transactions():
        # A copy into a database with an open transaction would wait for it forever.
        if connection.in_atomic_block:
            raise RuntimeError(
                "The demo site is copied in before any transaction opens: ask for `demo_site` "
                "before `db`, `module_db` or a fixture that opens a transaction."
            )

    def _build(self):
        from ourdigitalfuture.demo.loader import load_demo_content

        kind = SQLiteSnapshots if connection.vendor == "sqlite" else PostgreSQLSnapshots
        self.snapshots = kind()
        self.empty = self.snapshots.take()
        load_demo_content()
        self.demo = self.snapshots.take()
        self.snapshots.restore(self.empty)

    def load_demo(self):
        self._outside_transactions()
        if self.snapshots is None:
            self._build()
        self.snapshots.restore(self.demo)

    def empty_again(self):
        self._outside_transactions()
        self.snapshots.restore(self.empty)

    def discard(self):
        if self.snapshots is not None:
            self.snapshots.discard()
