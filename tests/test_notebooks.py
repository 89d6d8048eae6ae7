"""The notebooks run top to bottom on a small lake, and are committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_three_notebooks() -> None:
    assert [p.name[:2] for p in NOTEBOOKS] == ["01", "02", "03"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}: clear outputs before committing"


def _execute(path: Path, lake: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("ADHERENCE_LAKE", str(lake))
    book = nbformat.read(path, as_version=4)
    NotebookClient(book, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent.parent)}}).execute()
    return book


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS[:2], ids=lambda p: p.stem)
@pytest.mark.verifies("REQ-DEMO-001")
def test_notebook_runs_on_a_trained_lake(path: Path, trained_lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _execute(path, trained_lake, monkeypatch)
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any(o.output_type == "display_data" for o in outputs)  # the plots were drawn
    stderr = "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.get("name") == "stderr")
    assert "Downloading artifacts" not in stderr and "DeprecationWarning" not in stderr, stderr[:2000]  # quiet output


@pytest.mark.slow
@pytest.mark.usefixtures("test_secrets")
def test_shadow_report_notebook_runs_on_a_lake_with_reports(trained_lake_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from adherence.settings import load_settings
    from shadow import harness
    from tests.traffic import last_event_day, serve_days

    settings = load_settings(trained_lake_copy)
    last = last_event_day(trained_lake_copy)
    days = [last - dt.timedelta(days=d) for d in range(52, 44, -1)]
    serve_days(trained_lake_copy, days)
    harness.report_dropoff(settings, "1", days[0], days[-1])  # production replayed against itself
    harness.report_reminder(settings, "1", days[0], days[-1])
    book = _execute(NOTEBOOKS[2], trained_lake_copy, monkeypatch)
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "dropoff" in text and "reminder_timing" in text and "shadow.gate" in text
    assert any(o.output_type == "display_data" for o in outputs)  # the report's plots were shown
