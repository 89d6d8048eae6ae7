"""Starting the prediction service: ``serve`` (blocking, for ``adherence serve``) and ``start`` (a child process).

Both run ``bentoml serve serving.service:AdherenceService``: the same service definition a
user can serve with the ``bentoml`` CLI directly, given the same environment. Settings
reach the worker processes as environment variables (``serving.config`` lists them).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from adherence.settings import Settings
from serving.config import ServeConfig

SERVICE = "serving.service:AdherenceService"
ROOT = Path(__file__).resolve().parents[1]


def server_env(settings: Settings, config: ServeConfig, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of the server processes; checks the secrets are there first."""
    settings.api_token()  # raises MissingSecretError, naming the variable, before anything starts
    settings.audit_key()
    env = dict(os.environ if base is None else base)
    env.update(config.to_env())
    env["ADHERENCE_LAKE"] = str(settings.lake)
    env["ADHERENCE_MLFLOW_TRACKING_URI"] = settings.mlflow_tracking_uri
    if settings.allow_insecure_defaults:
        env["ADHERENCE_INSECURE_DEV"] = "1"
    env.setdefault("BENTOML_DO_NOT_TRACK", "True")
    # One native thread per worker: XGBoost / LightGBM would otherwise spin a second OpenMP
    # thread on every one-row prediction (twice the CPU for nothing); workers give the parallelism.
    env.setdefault("OMP_NUM_THREADS", "1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def server_command(host: str = "127.0.0.1", port: int = 3000) -> list[str]:
    return [sys.executable, "-m", "bentoml", "serve", SERVICE, "--host", host, "--port", str(port), "--working-dir", str(ROOT)]


def start(settings: Settings, host: str = "127.0.0.1", port: int = 3000, config: ServeConfig | None = None,
          **popen: object) -> subprocess.Popen[bytes]:  # fmt: skip
    """Start the server as a child process in its own process group (stop it with ``stop``)."""
    config = config or ServeConfig()
    config.validate()
    return subprocess.Popen(server_command(host, port), env=server_env(settings, config), cwd=ROOT, start_new_session=True,
                            **popen)  # type: ignore[call-overload]  # fmt: skip


def stop(process: subprocess.Popen[bytes], timeout: float = 20.0) -> int:
    """SIGTERM the server's process group (graceful: logs are flushed), SIGKILL if it lingers."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return int(process.returncode)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 3000, workers: int = 1, profile: str = "embedded",
          *, poll_seconds: float = 30.0, config: ServeConfig | None = None) -> int:  # fmt: skip
    """Run the service in the foreground until interrupted; returns its exit code.

    ``config`` (``serving.config.ServeConfig``) sets every other knob; ``workers``,
    ``profile`` and ``poll_seconds`` override it.
    """
    config = replace(config or ServeConfig(), workers=workers, profile=profile, poll_seconds=poll_seconds)
    process = start(settings, host, port, config)
    previous = signal.signal(signal.SIGTERM, lambda *_: stop(process))  # a stopped CLI stops its server
    try:
        return process.wait()
    except KeyboardInterrupt:
        return stop(process)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            stop(process)


__all__ = ["SERVICE", "serve", "server_command", "server_env", "start", "stop"]
