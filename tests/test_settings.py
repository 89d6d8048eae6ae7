import logging
from pathlib import Path

import pytest

from adherence.settings import INSECURE_PSEUDONYM_KEY, MissingSecretError, load_settings


@pytest.mark.verifies("REQ-SEC-001")
def test_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ADHERENCE_PSEUDONYM_KEY", "k1-0123456789abcdef0123456789abcdef")
    assert load_settings(tmp_path).pseudonym_key() == b"k1-0123456789abcdef0123456789abcdef"


WEAK_SECRETS = [
    (" ", "is only whitespace"),
    ("x", "is too short (1 characters)"),
    ("0123456789abcdef0123456789abcde", "is too short (31 characters)"),
    (" 0123456789abcdef0123456789abcdef", "has leading or trailing whitespace"),
    ("0123456789abcdef0123456789abcdef\n", "has leading or trailing whitespace"),
    ("ab" * 20, "is too repetitive (2 distinct characters)"),
]
#: Each secret, the settings method that reads it, and a command that needs it before doing anything.
SECRETS = [("PSEUDONYM_KEY", "pseudonym_key", ["deidentify"]), ("AUDIT_KEY", "audit_key", ["monitor"]),
           ("API_TOKEN", "api_token", ["serve"])]  # fmt: skip
STRONG = "0123456789abcdef0123456789abcdef"  # 32 hex digits, as `openssl rand -hex 16` prints: accepted


@pytest.mark.verifies("REQ-SEC-001")
@pytest.mark.parametrize(("secret", "method", "command"), SECRETS)
@pytest.mark.parametrize(("value", "said"), WEAK_SECRETS)
def test_a_guessable_secret_is_refused_naming_the_rule_never_the_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, secret: str, method: str, command: list[str], value: str, said: str
) -> None:
    """``ADHERENCE_PSEUDONYM_KEY=" "`` or ``"x"`` was accepted: the pseudonyms were HMACs under a key anyone can
    guess, reversed by trying every MRN. ``ADHERENCE_AUDIT_KEY=k`` let anyone forge audit entries, and a one-letter
    ``ADHERENCE_API_TOKEN`` opened the service, although the README gave them the key's rule. Every command that
    needs one refuses it with exit 2."""
    from typer.testing import CliRunner

    from adherence.cli import app

    for other, _, _ in SECRETS:
        monkeypatch.setenv(f"ADHERENCE_{other}", STRONG)
    monkeypatch.delenv("ADHERENCE_INSECURE_DEV", raising=False)
    monkeypatch.setenv(f"ADHERENCE_{secret}", value)
    with pytest.raises(MissingSecretError, match="at least 32 characters") as caught:
        getattr(load_settings(tmp_path), method)()
    assert said in str(caught.value) and (len(value.strip()) < 8 or value.strip() not in str(caught.value))
    result = CliRunner().invoke(app, [*command, "--lake", str(tmp_path)])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and f"ADHERENCE_{secret}" in text and said in text, text
    monkeypatch.setenv(f"ADHERENCE_{secret}", STRONG)
    assert getattr(load_settings(tmp_path), method)() in (STRONG, STRONG.encode())


def test_an_adherence_toml_that_is_a_directory_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A folder named ``adherence.toml`` in the working directory was skipped: the defaults were in force, silently."""
    from typer.testing import CliRunner

    from adherence.cli import app

    monkeypatch.delenv("ADHERENCE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "adherence.toml").mkdir()
    result = CliRunner().invoke(app, ["validate", "--lake", str(tmp_path)])
    output = " ".join(result.output.split())
    assert result.exit_code == 2 and "adherence.toml is a directory, not a TOML file" in output, output


@pytest.mark.verifies("REQ-SEC-001")
def test_missing_secret_is_an_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ADHERENCE_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("ADHERENCE_INSECURE_DEV", raising=False)
    with pytest.raises(MissingSecretError, match="ADHERENCE_PSEUDONYM_KEY"):
        load_settings(tmp_path).pseudonym_key()


@pytest.mark.verifies("REQ-SEC-001")
def test_development_default_says_it_is_insecure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("ADHERENCE_API_TOKEN", raising=False)
    monkeypatch.delenv("ADHERENCE_PSEUDONYM_KEY", raising=False)
    with caplog.at_level(logging.WARNING):
        key = load_settings(tmp_path, allow_insecure_defaults=True).pseudonym_key()
    assert key == INSECURE_PSEUDONYM_KEY.encode()
    assert "INSECURE" in caplog.text


def test_environment_and_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "adherence.toml"
    config.write_text(f'[adherence]\nlake = "{tmp_path / "from-file"}"\nmlflow_tracking_uri = "sqlite:///x.db"\n')
    monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    monkeypatch.delenv("ADHERENCE_LAKE", raising=False)
    monkeypatch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
    settings = load_settings()
    assert settings.lake == tmp_path / "from-file"
    assert settings.mlflow_tracking_uri == "sqlite:///x.db"
    monkeypatch.setenv("ADHERENCE_LAKE", str(tmp_path / "from-env"))
    assert load_settings().lake == tmp_path / "from-env"
    assert load_settings(tmp_path / "arg").lake == tmp_path / "arg"
    assert load_settings(tmp_path / "arg").silver_dir == tmp_path / "arg" / "silver"


def test_silver_settings_from_environment_and_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import datetime as dt

    config = tmp_path / "adherence.toml"
    config.write_text('[adherence]\nprogramme_start = "2019-07-01"\niceberg_catalog_uri = "sqlite:///c.db"\n')
    monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    monkeypatch.setenv("ADHERENCE_MAX_QUARANTINE_SHARE", "0.05")
    monkeypatch.setenv("ADHERENCE_ENROLMENT_TOLERANCE_DAYS", "3")
    silver = load_settings(tmp_path).silver
    assert silver.programme_start == dt.datetime(2019, 7, 1, tzinfo=dt.UTC)
    assert silver.max_quarantine_share == 0.05 and silver.enrolment_tolerance == dt.timedelta(days=3)
    assert silver.future_tolerance == dt.timedelta(hours=24) and silver.iceberg_catalog_uri == "sqlite:///c.db"
    monkeypatch.setenv("ADHERENCE_FUTURE_TOLERANCE_HOURS", "soon")
    with pytest.raises(ValueError, match=r"ADHERENCE_FUTURE_TOLERANCE_HOURS .*must be a number"):
        load_settings(tmp_path)


@pytest.mark.parametrize("where", ["working directory", "ADHERENCE_CONFIG"])
def test_a_config_file_cannot_switch_insecure_mode_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    for name in ("ADHERENCE_INSECURE_DEV", "ADHERENCE_API_TOKEN", "ADHERENCE_AUDIT_KEY", "ADHERENCE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "adherence.toml"
    config.write_text('[adherence]\ninsecure_dev = "1"\n')
    if where == "ADHERENCE_CONFIG":
        monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    else:
        monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.WARNING):
        settings = load_settings(tmp_path / "lake")
    assert not settings.allow_insecure_defaults and "insecure_dev in the config file is ignored" in caplog.text
    for secret in (settings.api_token, settings.audit_key):
        with pytest.raises(MissingSecretError):
            secret()
    monkeypatch.setenv("ADHERENCE_INSECURE_DEV", "1")  # the environment, and only it, turns it on
    assert load_settings(tmp_path / "lake").allow_insecure_defaults


@pytest.mark.parametrize(("host", "allowed"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                               ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)])  # fmt: skip
def test_insecure_mode_serves_only_on_loopback(tmp_path: Path, host: str, allowed: bool) -> None:
    from serving.run import check_host

    insecure = load_settings(tmp_path, allow_insecure_defaults=True)
    if allowed:
        check_host(insecure, host)
    else:
        with pytest.raises(ValueError, match="only on loopback"):
            check_host(insecure, host)
    check_host(load_settings(tmp_path, allow_insecure_defaults=False), host)  # real secrets: any address


def test_cli_serve_refuses_insecure_mode_on_a_public_address(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from adherence.cli import app

    monkeypatch.setenv("ADHERENCE_INSECURE_DEV", "1")
    result = CliRunner().invoke(app, ["serve", "--lake", str(tmp_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "only on loopback" in " ".join(result.output.split())


@pytest.mark.parametrize(("variable", "value", "said"), [
    ("ADHERENCE_FUTURE_TOLERANCE_HOURS", "-6", "must be between 0 and"),
    ("ADHERENCE_ENROLMENT_TOLERANCE_DAYS", "inf", "must be a finite number"),
    ("ADHERENCE_MAX_QUARANTINE_SHARE", "1.5", "must be between 0 and 1"),
    ("ADHERENCE_MAX_QUARANTINE_SHARE", "nan", "must be a finite number"),
    ("ADHERENCE_INGESTED_AT", "2026-02-30", "must be an ISO date or time"),
    ("ADHERENCE_PROGRAMME_START", "nan", "must be a date like 2026-04-01"),
    ("ADHERENCE_MONITOR_MIN_AUC", "-0.2", "must be at least 0"),
    ("ADHERENCE_AUDIT_ANCHOR_SECONDS", "0", "must be at least"),
    ("ADHERENCE_INSECURE_DEV", "2", "must be one of 1, true"),
    ("ADHERENCE_PROGRAMME_START", "2999-01-01", "must not be in the future"),
    ("ADHERENCE_INGESTED_AT", "2999-01-01T00:00:00Z", "must not be in the future (beyond the 1-day allowance"),
    ("ADHERENCE_INGESTED_AT", "1999-12-31", "must not be before the programme start"),
    # A date setting is a date: a time or an offset is refused, not cut off (it was read as 2026-01-01).
    ("ADHERENCE_PROGRAMME_START", "2026-01-01T10:00:00+02:00", "it is a date, without a time or an offset"),
    ("ADHERENCE_PROGRAMME_START", "2026-01-01 10:00", "it is a date, without a time or an offset"),
    ("ADHERENCE_PROGRAMME_START", "1970-01-01", "must be after 1970-01-01"),
    ("ADHERENCE_PROGRAMME_START", "1969-07-20", "must be after 1970-01-01"),
    ("ADHERENCE_INGESTED_AT", "1970-01-01T00:00:00Z", "must be after 1970-01-01"),
    # Python's int(), float() and fromisoformat take some of these; a setting takes ASCII digits only.
    ("ADHERENCE_PROGRAMME_START", "\u0662\u0660\u0662\u0666-01-01", "written in ASCII digits"),
    ("ADHERENCE_PROGRAMME_START", "2_026-01-01", "must be a date like 2026-04-01"),
    ("ADHERENCE_INGESTED_AT", "2026-01-0\u0661", "(ASCII digits)"),
    ("ADHERENCE_ENROLMENT_TOLERANCE_DAYS", "1_0", "must be a number"),
    ("ADHERENCE_MAX_QUARANTINE_SHARE", "\u0660.\u0665", "must be a number"),
    ("ADHERENCE_MONITOR_MIN_AUC", "\uff10.\uff16", "must be a number"),
])  # fmt: skip
def test_a_bad_setting_is_refused_by_its_variable_before_any_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str, said: str
) -> None:
    """Out of range, not finite or not a date: exit 2 naming the variable and the value, never a
    library's words (``cannot convert float NaN to integer``) or a silently useless check."""
    from typer.testing import CliRunner

    from adherence.cli import app

    monkeypatch.setenv(variable, value)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "--lake", str(tmp_path)])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), text
    assert variable in text and said in text and repr(value) in text, text


def test_a_false_in_the_config_file_is_a_value_not_unset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``max_quarantine_share = false`` was silently read as "use the default" while ``true`` was refused."""
    from adherence.settings import SettingsError, check_settings

    config = tmp_path / "adherence.toml"
    monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    monkeypatch.delenv("ADHERENCE_MAX_QUARANTINE_SHARE", raising=False)
    for value in ("false", "true"):
        config.write_text(f"[adherence]\nmax_quarantine_share = {value}\n")
        with pytest.raises(SettingsError, match=f"max_quarantine_share .* must be a number, got '{value}'"):
            check_settings()


def test_bare_bentoml_serve_refuses_insecure_mode_on_a_public_address(tmp_path: Path) -> None:
    """``bentoml serve serving.service:AdherenceService`` skips ``adherence serve``'s host check (and BentoML listens on
    0.0.0.0 by default): the worker checks the socket it was handed and stops the server, by its PID."""
    import os
    import subprocess

    from adherence.processes import stop
    from serving.run import ROOT, server_command
    from tests.network import free_port

    env = {**os.environ, "ADHERENCE_INSECURE_DEV": "1", "ADHERENCE_LAKE": str(tmp_path / "lake"), "PYTHONPATH": str(ROOT),
           "BENTOML_HOME": str(tmp_path / "bentoml"), "BENTOML_DO_NOT_TRACK": "True"}  # fmt: skip
    for name in ("ADHERENCE_API_TOKEN", "ADHERENCE_AUDIT_KEY", "ADHERENCE_SERVER_PID"):
        env.pop(name, None)
    server = subprocess.Popen(server_command("0.0.0.0", free_port()), env=env, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    try:
        output, _ = server.communicate(timeout=300)  # returns only once the server stopped by itself
    finally:
        if server.poll() is None:
            stop(server)
    assert "serves only on loopback, not on '0.0.0.0'" in output.decode(), output.decode()[-3000:]


@pytest.mark.verifies("REQ-DATA-002")
def test_an_ingestion_time_with_an_offset_is_normalised_to_utc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``2026-01-01T02:00:00+02:00`` is midnight UTC: kept with its offset, a quarantine reason printed it as
    ``2026-01-01T02:00:00Z``, two hours off. A time without an offset is UTC, as the contract's times are."""
    import datetime as dt

    monkeypatch.setenv("ADHERENCE_INGESTED_AT", "2026-01-01T02:00:00+02:00")
    ingested = load_settings(tmp_path).silver.ingested_at
    assert ingested is not None and ingested.tzinfo is dt.UTC and ingested == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert f"{ingested:%Y-%m-%dT%H:%M:%SZ}" == "2026-01-01T00:00:00Z"
    monkeypatch.setenv("ADHERENCE_INGESTED_AT", "2026-01-01T00:00:00")
    assert load_settings(tmp_path).silver.ingested_at == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_serving_settings_and_monitor_tags_take_ascii_digits_only() -> None:
    """``int()`` and ``float()`` read ``1_000`` and other scripts' digits; the serving settings and the
    monitor's threshold tags went through them unchecked."""
    from adherence.settings import MonitorThresholds
    from monitor.alerts import thresholds_for
    from serving.config import ServeConfig

    for raw in ("1_000", "\u0661\u0660\u0660\u0660", "\uff11\uff10\uff10\uff10"):
        with pytest.raises(ValueError, match="ADHERENCE_SERVE_MAX_BATCH must be a whole number"):
            ServeConfig.from_env({"ADHERENCE_SERVE_MAX_BATCH": raw})
        with pytest.raises(ValueError, match="ADHERENCE_SERVE_POLL_SECONDS must be a number"):
            ServeConfig.from_env({"ADHERENCE_SERVE_POLL_SECONDS": raw})
        with pytest.raises(ValueError, match="must be a number"):
            thresholds_for(MonitorThresholds(), {"monitor.threshold.min_rows": raw}, "dropoff", "1")
    config = ServeConfig.from_env({"ADHERENCE_SERVE_MAX_BATCH": "1000", "ADHERENCE_SERVE_POLL_SECONDS": "2.5e1"})
    assert (config.max_batch, config.poll_seconds) == (1000, 25.0)
    assert thresholds_for(MonitorThresholds(), {"monitor.threshold.min_rows": "1000"}, "dropoff", "1").min_rows == 1000


@pytest.mark.parametrize(("text", "said"), [
    ("[adherence]\nmax_quarantine_shar = 0.05\n",
     "[adherence] has no setting 'max_quarantine_shar'; did you mean 'max_quarantine_share'?"),
    ("[adherence]\nprogramme_strat = 2019-07-01\n",
     "[adherence] has no setting 'programme_strat'; did you mean 'programme_start'?"),
    ("[adherance]\nlake = 'x'\n",
     "'adherance' is outside the [adherence] table, where every setting goes; did you mean 'adherence'?"),
    ("lake = 'x'\n", "'lake' is outside the [adherence] table, where every setting goes; did you mean 'lake'?"),
    ("[adherence]\nxyzzy = 1\n", "[adherence] has no setting 'xyzzy'; the settings are audit_anchor, audit_anchor_seconds,"),
    ("[adherence]\nlake = \n", "not valid TOML (Invalid value (at line 2, column 8))"),
])  # fmt: skip
def test_a_config_file_with_an_unknown_key_or_bad_toml_exits_2_naming_file_and_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, said: str
) -> None:
    """A misspelt key was ignored (its default silently in force) and malformed TOML ended in a traceback (exit 1)."""
    from typer.testing import CliRunner

    from adherence.cli import app

    config = tmp_path / "adherence.toml"
    config.write_text(text)
    monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    result = CliRunner().invoke(app, ["validate", "--lake", str(tmp_path)])
    output = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), output
    assert f"{config}: {said}" in output, output


def test_the_config_files_keys_are_the_settings_names() -> None:
    """One list, derived from the settings' own resolution: every monitor threshold and Silver setting is in it."""
    from dataclasses import fields

    from adherence.settings import MonitorThresholds, config_keys

    keys = config_keys()
    assert {f"monitor_{item.name}" for item in fields(MonitorThresholds)} <= keys
    assert {"lake", "mlflow_tracking_uri", "programme_start", "ingested_at", "future_tolerance_hours",
            "max_quarantine_share", "iceberg_catalog_uri", "audit_anchor_seconds", "insecure_dev"} <= keys  # fmt: skip


@pytest.mark.parametrize(("kind", "said"), [("missing", "which does not exist"), ("directory", "a directory, not a TOML file")])
def test_a_config_file_named_but_absent_exits_2_naming_the_variable_and_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str, said: str
) -> None:
    """``ADHERENCE_CONFIG`` naming a missing file or a directory was ignored: exit 0 with the defaults in force."""
    from typer.testing import CliRunner

    from adherence.cli import app

    named = tmp_path / ("nowhere.toml" if kind == "missing" else "conf.d")
    if kind == "directory":
        named.mkdir()
    monkeypatch.setenv("ADHERENCE_CONFIG", str(named))
    result = CliRunner().invoke(app, ["validate", "--lake", str(tmp_path)])
    output = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), output
    assert f"ADHERENCE_CONFIG names {str(named)!r}, {said}" in output, output
    monkeypatch.setenv("ADHERENCE_CONFIG", "")  # empty is unset: the working directory's adherence.toml, if any
    monkeypatch.chdir(tmp_path)
    load_settings(tmp_path)


@pytest.mark.parametrize("line", ['max_quarantine_share = "0.5"', 'monitor_min_auc = "0.7"', "audit_anchor_seconds = '30'",
                                  'future_tolerance_hours = """12"""'])  # fmt: skip
def test_a_quoted_number_in_the_config_file_is_refused_naming_file_and_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, line: str
) -> None:
    """A TOML string where a number belongs was read as the number; it is refused, as a boolean already was."""
    from typer.testing import CliRunner

    from adherence.cli import app

    config = tmp_path / "adherence.toml"
    config.write_text(f"[adherence]\n{line}\n")
    monkeypatch.setenv("ADHERENCE_CONFIG", str(config))
    key = line.split(" =")[0]
    monkeypatch.delenv(f"ADHERENCE_{key.upper()}", raising=False)
    result = CliRunner().invoke(app, ["validate", "--lake", str(tmp_path)])
    output = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), output
    assert f"{config}: {key} must be a number, written without quotes" in output, output
    config.write_text(f"[adherence]\n{line.replace(chr(34), '').replace(chr(39), '')}\n")  # unquoted: accepted
    load_settings(tmp_path)
