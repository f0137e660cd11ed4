"""A real, throw-away Elasticsearch 8 node for the test suite, without Docker.

The node is Elastic's own server (the "integ-test-zip" distribution from Maven
Central) started in one JVM by the small Maven project in tests/elasticsearch/
(see its pom.xml for what is in it and why). This module builds that project
when needed, starts the node on a free loopback port with a temporary data
directory, waits until it is healthy, and stops it again.

    from tests.es_node import ElasticsearchNode, java_and_maven_available

    with ElasticsearchNode() as node:
        ...  # node.url == "http://127.0.0.1:PORT", no auth, plain HTTP

Needs Java 17+ and Maven (Debian: openjdk-17-jdk-headless, maven); the first
build downloads about 120 MB into ~/.m2. Standard library only.

Run directly to start a node by hand:  python tests/es_node.py [--build-only]
"""

from __future__ import annotations

import atexit
import fcntl
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ES_PROJECT = Path(__file__).resolve().parent / "elasticsearch"
TARGET = ES_PROJECT / "target"
ES_HOME = TARGET / "es-home"
LAUNCHER_JAR = TARGET / "esnode.jar"
PLUGIN_JAR = ES_HOME / "plugins" / "odf-test-support" / "esnode-plugin.jar"
BUILD_STAMP = TARGET / ".esnode-built"

# JVM flags. Most mirror what Elasticsearch's own launcher always passes
# (org.elasticsearch.server.cli.SystemJvmOptions), since the node runs the
# same server code on the same module path.
SYSTEM_JVM_OPTIONS = [
    "-XX:+UseG1GC",
    "-Xss1m",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djna.nosys=true",
    "-XX:-OmitStackTraceInFastThrow",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    # Our shutdown hook closes the node and still logs; log4j must outlive it.
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j2.formatMsgNoLookups=true",
    "-Djava.locale.providers=SPI,COMPAT",
    "--add-opens=java.base/java.io=org.elasticsearch.preallocate",
    # Fail fast instead of limping on when the heap is too small.
    "-XX:+ExitOnOutOfMemoryError",
]


class ElasticsearchNodeError(RuntimeError):
    """The node could not be built or did not come up."""


def _java() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java")


def _java_major_version(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 else major  # "1.8" -> 8


def java_and_maven_available() -> bool:
    """True if a Java 17+ runtime is available and the node is built or Maven can build it."""
    java = _java()
    if java is None or (_java_major_version(java) or 0) < 17:
        return False
    return _is_built() or shutil.which("mvn") is not None


def _sources() -> list[Path]:
    return [ES_PROJECT / "pom.xml", *sorted((ES_PROJECT / "src").rglob("*"))]


def _is_built() -> bool:
    if not all(p.is_file() for p in (BUILD_STAMP, LAUNCHER_JAR, PLUGIN_JAR)):
        return False
    if not (ES_HOME / "lib").is_dir():
        return False
    built_at = BUILD_STAMP.stat().st_mtime
    return all(p.stat().st_mtime <= built_at for p in _sources() if p.is_file())


def build(timeout: float = 1200) -> None:
    """Build tests/elasticsearch once (mvn package); a no-op when up to date.

    Safe to call from several processes at once (e.g. pytest-xdist workers):
    a file lock makes the others wait for the first build.
    """
    if _is_built():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ElasticsearchNodeError("Maven (mvn) is not on PATH; cannot build tests/elasticsearch")
    TARGET.mkdir(parents=True, exist_ok=True)
    with open(TARGET / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_built():  # another process built it while we waited
            return
        started = time.monotonic()
        try:
            result = subprocess.run(
                [mvn, "-q", "-B", "-f", str(ES_PROJECT / "pom.xml"), "package"],
                capture_output=True,
                text=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise ElasticsearchNodeError(f"mvn package timed out after {timeout:.0f}s") from exc
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
            raise ElasticsearchNodeError(
                f"mvn package failed (exit {result.returncode}) in {ES_PROJECT}:\n{tail}"
            )
        BUILD_STAMP.write_text(f"built in {time.monotonic() - started:.1f}s\n")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ElasticsearchNode:
    """One Elasticsearch node in a child JVM. Use as a context manager, or start()/stop().

    heap: JVM -Xmx (e.g. "512m", "1g"). port: None picks a free one. base_dir: None makes a
    temporary directory, removed by stop(); a given directory is kept, so a node started again
    on it finds its indices (benchmarks/load_fault.py stops and restarts a node that way).
    stop() may be called any number of times, also after the node died.
    """

    def __init__(
        self,
        *,
        heap: str = "1g",
        port: int | None = None,
        cluster_name: str = "odf-test",
        startup_timeout: float = 180,
        base_dir: Path | None = None,
    ) -> None:
        self.heap = heap
        self._kept_dir = Path(base_dir) if base_dir is not None else None
        self.port = port
        self.cluster_name = cluster_name
        self.startup_timeout = startup_timeout
        self.url: str | None = None
        self.base_dir: Path | None = None
        self.log_path: Path | None = None
        self._process: subprocess.Popen | None = None
        self._log_file = None

    # -- lifecycle -------------------------------------------------------

    def start(self) -> ElasticsearchNode:
        if self._process is not None:
            raise ElasticsearchNodeError("node already started")
        java = _java()
        if java is None:
            raise ElasticsearchNodeError("java is not on PATH (and JAVA_HOME is not set)")
        build()

        self.port = self.port or _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        if self._kept_dir is not None:
            self._kept_dir.mkdir(parents=True, exist_ok=True)
            self.base_dir = self._kept_dir
        else:
            self.base_dir = Path(tempfile.mkdtemp(prefix="odf-es-"))
        self.log_path = self.base_dir / "node.log"
        tmp_dir = self.base_dir / "tmp"
        tmp_dir.mkdir(exist_ok=True)
        command = [
            java,
            "-Xms256m",
            f"-Xmx{self.heap}",
            *SYSTEM_JVM_OPTIONS,
            f"-Djava.io.tmpdir={tmp_dir}",
            # The server, its libs and Lucene are Java modules, as when ES's
            # own launcher runs them; our launcher sits on the class path.
            "--module-path",
            str(ES_HOME / "lib"),
            "--add-modules=ALL-MODULE-PATH",
            "-cp",
            str(LAUNCHER_JAR),
            "odf.esnode.Main",
            "--home",
            str(ES_HOME),
            "--base",
            str(self.base_dir),
            "--port",
            str(self.port),
            "--cluster-name",
            self.cluster_name,
            # Our stdin pipe closes if this Python process dies; the JVM then exits.
            "--exit-on-stdin-eof",
        ]
        self._log_file = open(self.log_path, "wb")
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            cwd=self.base_dir,
            # Own process group: a Ctrl-C aimed at pytest does not kill the
            # node before the fixture's teardown stops it.
            start_new_session=True,
        )
        atexit.register(self.stop)
        try:
            self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        health_url = f"{self.url}/_cluster/health?wait_for_status=yellow&timeout=2s"
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            code = self._process.poll()
            if code is not None:
                raise ElasticsearchNodeError(
                    f"Elasticsearch JVM exited with code {code} during start-up.\n"
                    + self._log_tail()
                )
            try:
                with urllib.request.urlopen(health_url, timeout=5) as response:
                    status = json.load(response).get("status")
                if status in ("yellow", "green"):
                    return
                last_error = f"cluster health {status!r}"
            except (urllib.error.URLError, OSError, ValueError) as exc:
                last_error = str(exc)
            time.sleep(0.5)
        raise ElasticsearchNodeError(
            f"Elasticsearch at {self.url} not healthy within {self.startup_timeout:.0f}s "
            f"(last: {last_error}).\n{self._log_tail()}"
        )

    def _log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except (OSError, AttributeError):
            return "(no node log)"
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- last {lines} lines of {self.log_path} ---\n{tail}"

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM (the JVM closes the node cleanly), SIGKILL after `timeout`; remove temp dir."""
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process.stdin:
                try:
                    process.stdin.close()
                except OSError:
                    pass
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self.base_dir is not None and self._kept_dir is None:
            shutil.rmtree(self.base_dir, ignore_errors=True)
        self.base_dir = None

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def __enter__(self) -> ElasticsearchNode:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.is_running() else "stopped"
        return f"<ElasticsearchNode {self.url or '-'} {state}>"


if __name__ == "__main__":
    if "--build-only" in sys.argv:
        build()
        print(f"built: {LAUNCHER_JAR}")
        sys.exit(0)
    with ElasticsearchNode() as node:
        print(f"Elasticsearch is up at {node.url} (Ctrl-C to stop)", flush=True)
        try:
            while node.is_running():
                time.sleep(1)
        except KeyboardInterrupt:
            pass
