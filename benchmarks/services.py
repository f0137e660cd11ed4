"""The services the benchmarks run the site against, each started on a free loopback port and
stopped at the end: a scratch PostgreSQL server, Redis, and a real SMTP server behind a relay
that can be told to hang; and what every benchmark's scratch site shares (`site_env`, `manage`)."""

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.search_bench import free_port

ROOT = Path(__file__).resolve().parent.parent


def site_env(workdir, settings_module, secret_prefix, **values):
    """The environment of a scratch site in `workdir` served with `settings_module`: this
    process's environment with a throw-away secret, plain HTTP on the loopback, media, private
    media and static files under `workdir`, warnings only in the logs; `values` on top."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": secret_prefix + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        **values,
    }


def manage(env, *command):
    """`manage.py command` in `env`, its output left out."""
    subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


PG_BIN = (
    Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1])
    if Path("/usr/lib/postgresql").is_dir()
    else None
)


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


class Postgres:
    def __init__(self, workdir):
        if PG_BIN is None:
            raise SystemExit("PostgreSQL is not installed (Debian package postgresql)")
        self.dir = workdir / "pg"
        self.dir.mkdir()
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/odf"

    def run(self, *command):
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def start(self):
        self.run(
            str(PG_BIN / "initdb"),
            "-D",
            str(self.dir / "data"),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        )
        self.run(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.dir / "data"),
            "-l",
            str(self.dir / "log"),
            "-w",
            "-o",
            f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off",
            "start",
        )
        self.run(
            str(PG_BIN / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "odf",
        )
        return self

    def stop(self):
        try:
            self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "stop")
        except subprocess.CalledProcessError:
            pass


class Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server is not installed (Debian package redis-server)")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)
        return self

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(10)


class SMTP:
    """A real SMTP server (aiosmtpd) behind a TCP relay that can be told to hang: while hanging,
    the relay accepts connections and never answers, as a stuck mail server does."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.hanging = threading.Event()
        self._held = []

    def start(self):
        from aiosmtpd.controller import Controller

        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                text = envelope.content.decode("utf8", errors="replace")
                match = re.search(r"^Message-ID:\s*(\S+)", text, re.M | re.I)
                outer.messages.append((match.group(1) if match else None, envelope.rcpt_tos))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())
        self.controller.start()
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.hanging.is_set():
                self._held.append(client)  # never read, never answered
                continue
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client):
        upstream = socket.create_connection(("127.0.0.1", self.controller.port))

        def pump(source, target):
            try:
                while data := source.recv(65536):
                    target.sendall(data)
            except OSError:
                pass
            finally:
                for sock in (source, target):
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        pump(client, upstream)

    def recover(self):
        self.hanging.clear()
        for sock in self._held:
            sock.close()
        self._held.clear()

    def stop(self):
        self.listener.close()
        self.controller.stop()
