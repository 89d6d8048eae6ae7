"""Starting the prediction service: ``serve`` (blocking, for ``adherence serve``) and ``start`` (a child process).

Both run ``bentoml serve serving.service:AdherenceService``: the same service definition a
user can serve with the ``bentoml`` CLI directly, given the same environment. Settings
reach the worker processes as environment variables (``serving.config`` lists them).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from adherence.processes import run_until_stopped, stop
from adherence.settings import Settings
from serving import lifeline
from serving.config import ServeConfig

SERVICE = "serving.service:AdherenceService"
ROOT = Path(__file__).resolve().parents[1]


def check_host(settings: Settings, host: str) -> None:
    """Insecure mode (public token and audit key) serves only on loopback; raises ``ValueError`` otherwise."""
    if not settings.allow_insecure_defaults:
        return
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(f"insecure mode (ADHERENCE_INSECURE_DEV) serves only on loopback, not on {host!r}: "
                         "set real secrets and unset ADHERENCE_INSECURE_DEV to listen there")  # fmt: skip


def check_worker_socket(settings: Settings, argv: Sequence[str] | None = None) -> None:
    """In a BentoML worker (``--fd N``), insecure mode refuses a socket bound beyond loopback.

    ``check_host`` guards ``adherence serve``; ``bentoml serve serving.service:AdherenceService``
    never passes through it, and BentoML's own default host is 0.0.0.0. The worker is handed
    the socket its server bound, so it checks the address that is really listening, however
    the server was started. Raises ``ValueError``, as ``check_host`` does.
    """
    if not settings.allow_insecure_defaults:
        return
    argv = list(sys.argv if argv is None else argv)
    descriptor = next((argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--fd"), None)
    descriptor = descriptor or next((arg.removeprefix("--fd=") for arg in argv if arg.startswith("--fd=")), None)
    if descriptor is None or not descriptor.isdigit():
        return  # not a worker: the server process, or an import of the module (tests, OpenAPI)
    with socket.socket(fileno=os.dup(int(descriptor))) as listening:
        address = listening.getsockname()
    check_host(settings, address[0] if isinstance(address, tuple) else str(address))


def feature_repo(settings: Settings, profile: str) -> Path:
    """The Feast repository the service reads: ``ADHERENCE_SERVE_FEATURE_REPO``, else the lake's for ``profile``."""
    from features.store import repo_dir

    return settings.serve_feature_repo or repo_dir(settings.lake, profile)


def check_lake(settings: Settings, profile: str) -> None:
    """The service's Feast repository exists (else every worker would crash at start, and restart, forever).

    Raises ``ValueError`` naming the folder and the command that makes it (or the setting, when it is set).
    """
    config = feature_repo(settings, profile) / "feature_store.yaml"
    if settings.serve_feature_repo is not None and not config.is_file():
        raise ValueError(f"ADHERENCE_SERVE_FEATURE_REPO names {settings.serve_feature_repo}, which has no "
                         "feature_store.yaml: point it at an applied Feast repository, e.g. /srv/adherence/feature_repo")
    if not config.is_file():
        profile_option = "" if profile == "embedded" else f" --profile {profile}"
        raise ValueError(f"{settings.lake} has no Feast repository ({config} is missing): run `adherence features apply "
                         f"--lake {settings.lake}{profile_option}` and `adherence features materialize` first")  # fmt: skip


def server_env(settings: Settings, config: ServeConfig, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of the server processes; checks the secrets are there first."""
    settings.api_token()  # raises MissingSecretError, naming the variable, before anything starts
    settings.audit_key()
    env = dict(os.environ if base is None else base)
    env.update(config.to_env())
    env["ADHERENCE_LAKE"] = str(settings.lake)
    env["ADHERENCE_MLFLOW_TRACKING_URI"] = settings.mlflow_tracking_uri
    if settings.audit_anchor is not None:
        env["ADHERENCE_AUDIT_ANCHOR"] = str(settings.audit_anchor)
    # Settings that may come from a config file the workers (started elsewhere) would not read.
    for name, value in (("ADHERENCE_AUDIT_DIR", settings.audit_dir_setting),
                        ("ADHERENCE_PREDICTION_LOG_DIR", settings.prediction_log_dir_setting),
                        ("ADHERENCE_SERVE_FEATURE_REPO", settings.serve_feature_repo)):  # fmt: skip
        if value is not None:
            env[name] = str(value)
    if settings.allow_insecure_defaults:
        env["ADHERENCE_INSECURE_DEV"] = "1"
    env.setdefault("BENTOML_DO_NOT_TRACK", "True")
    # One native thread per worker: XGBoost / LightGBM would otherwise spin a second OpenMP
    # thread on every one-row prediction (twice the CPU for nothing); workers give the parallelism.
    env.setdefault("OMP_NUM_THREADS", "1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


BENTOFILE = ROOT / "bentofile.yaml"


def build(version: str | None = None, env: Mapping[str, str] | None = None, timeout: float = 600.0) -> str:
    """``bentoml build`` of ``bentofile.yaml`` into the Bento store (``$BENTOML_HOME``); returns the Bento's tag.

    BentoML imports the service module to read its definition, and that module insists on the
    API token; the build is given the public development one (``ADHERENCE_INSECURE_DEV=1``) when
    none is set, since no setting or secret goes into the Bento: a replica gets all of them from
    its own environment when it starts.

    Raises:
        RuntimeError: the build failed (its output's last lines in the message).
    """
    environment = dict(os.environ if env is None else env)
    if not environment.get("ADHERENCE_API_TOKEN"):
        environment["ADHERENCE_INSECURE_DEV"] = "1"
    environment.setdefault("BENTOML_DO_NOT_TRACK", "True")
    command = [sys.executable, "-m", "bentoml", "build", str(ROOT), "-f", str(BENTOFILE), "--output", "tag"]
    if version:
        command += ["--version", version]
    done = subprocess.run(command, env=environment, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    tag = next((line.removeprefix("__tag__:") for line in reversed(lines) if line.startswith("__tag__:")), None)
    if done.returncode != 0 or tag is None:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        raise RuntimeError(f"bentoml build failed (exit {done.returncode}):\n{tail}")
    return tag


def server_command(host: str = "127.0.0.1", port: int = 3000) -> list[str]:
    return [sys.executable, "-m", "bentoml", "serve", SERVICE, "--host", host, "--port", str(port), "--working-dir", str(ROOT)]


def start(settings: Settings, host: str = "127.0.0.1", port: int = 3000, config: ServeConfig | None = None,
          **popen: object) -> subprocess.Popen[bytes]:  # fmt: skip
    """Start the server as a child process in its own process group (stop it with ``stop``).

    It dies with this process, even by ``kill -9`` (``serving.lifeline``), and so do its workers.
    """
    config = config or ServeConfig.from_env()  # the operator's ADHERENCE_SERVE_* knobs, else the defaults
    config.validate()
    check_host(settings, host)
    check_lake(settings, config.profile)
    env = server_env(settings, config)
    # BentoML keeps its Prometheus multiprocess files in BENTOML_HOME and empties that folder when
    # a server starts: two servers sharing the default home wipe each other's metrics. One home
    # per lake and port (at most one server each) keeps them apart; a set BENTOML_HOME wins.
    env.setdefault("BENTOML_HOME", str(settings.lake / "serving" / "bentoml" / f"port-{port}"))
    return subprocess.Popen(lifeline.command(os.getpid(), server_command(host, port)), env=env, cwd=ROOT,
                            start_new_session=True, **popen)  # type: ignore[call-overload]  # fmt: skip


def listening(host: str, port: int, timeout: float = 1.0) -> bool:
    """Whether the service answers ``/livez`` (its workers are serving), within ``timeout`` seconds."""
    import http.client

    address = "127.0.0.1" if host in ("0.0.0.0", "") else ("::1" if host == "::" else host)
    connection = http.client.HTTPConnection(address, port, timeout=timeout)
    try:
        connection.request("GET", "/livez")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


#: Seconds a server that never answered gets to stop on SIGTERM: it has served nothing, so has nothing to flush.
STARTING_STOP_SECONDS = 1.0


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 3000, workers: int = 1, profile: str = "embedded",
          *, poll_seconds: float = 30.0, config: ServeConfig | None = None, stop_timeout: float = 8.0) -> int:  # fmt: skip
    """Run the service in the foreground until interrupted; returns its exit code.

    ``config`` (``serving.config.ServeConfig``) sets every other knob; ``workers``,
    ``profile`` and ``poll_seconds`` override it. SIGTERM and Ctrl-C stop the server and its
    workers, within ``stop_timeout`` seconds (then SIGKILL), and reap them: no child is left
    behind. While BentoML is still starting (``/livez`` never answered) nothing was served,
    so it gets ``STARTING_STOP_SECONDS``: BentoML would finish starting before it stops
    (``adherence.processes.run_until_stopped``).
    """
    config = replace(config or ServeConfig.from_env(), workers=workers, profile=profile, poll_seconds=poll_seconds)
    return run_until_stopped(lambda: start(settings, host, port, config), stop_timeout,
                             answered=lambda: listening(host, port, timeout=0.5),
                             starting_stop_timeout=STARTING_STOP_SECONDS)  # fmt: skip


__all__ = ["BENTOFILE", "SERVICE", "build", "check_host", "check_lake", "check_worker_socket", "feature_repo", "listening",
           "serve", "server_command", "server_env", "start", "stop"]  # fmt: skip
