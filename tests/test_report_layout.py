"""The safety reports as a reviewer reads them: numbers and names in words, every flag raised,
and a page that fits the window, measured in a real browser (headless Chromium)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from shadow.compare import Resampling
from shadow.dropoff import DropoffMargins, build_report
from shadow.outcomes import LABEL
from shadow.report import Criterion, SafetyReport, render_html, render_markdown, write

WINDOW = (1400, 1000)
LAYOUT_PROBE = """<script>
window.addEventListener('load', () => {
  const page = document.documentElement;
  const tables = [...document.querySelectorAll('table')].map(t => Math.ceil(t.getBoundingClientRect().right));
  document.body.setAttribute('data-layout', JSON.stringify(
    {window: window.innerWidth, page: page.scrollWidth, widest_table_right: Math.max(0, ...tables), tables: tables.length}));
});
</script>"""


def _shadow_frame(seed: int = 0) -> pd.DataFrame:
    """Labelled shadow decisions where the candidate equals production except in the 70-79 age band,
    where it is a little worse: significantly (its interval lies below zero) but within the 0.05 margin."""
    rng = np.random.default_rng(seed)
    patients = 3000
    per_patient = 4
    key = np.repeat([f"{i:032x}" for i in range(patients)], per_patient)
    band = np.repeat(rng.choice(["18-44", "45-64", "65-69", "70-79"], patients, p=[0.25, 0.25, 0.2, 0.3]), per_patient)
    sex = np.repeat(rng.choice(["F", "M"], patients), per_patient)
    condition = np.repeat(rng.choice(["diabetes", "hypertension", "asthma"], patients), per_patient)
    n = len(key)
    y = rng.random(n) < 0.2
    production = 1 / (1 + np.exp(-(1.6 * y - 1.5 + rng.normal(0, 1, n))))
    noisy = 1 / (1 + np.exp(-(1.6 * y - 1.5 + rng.normal(0, 1, n) + rng.normal(0, 0.45, n))))
    candidate = np.where(band == "70-79", noisy, production)
    threshold = np.quantile(production, 0.9)
    return pd.DataFrame({
        "patient_key": key, LABEL: y.astype(int), "production_risk": production, "candidate_risk": candidate,
        "production_intervene": production >= threshold, "candidate_intervene": candidate >= threshold,
        "sex": sex, "age_band": band, "condition": condition,
    })  # fmt: skip


@pytest.fixture(scope="module")
def dropoff_report() -> SafetyReport:
    return build_report(_shadow_frame(), "2", "1", ("2026-04-01", "2026-04-28"), pending=12,
                        margins=DropoffMargins(resampling=Resampling(samples=100)))  # fmt: skip


def test_a_significant_subgroup_loss_within_the_margin_is_flagged(dropoff_report: SafetyReport) -> None:
    subgroups = dropoff_report.tables["Subgroups"]
    band = subgroups[(subgroups.group == "age_band") & (subgroups.value == "70-79")].iloc[0]
    assert -0.05 < band.auc_difference < 0 and band.auc_difference_95_high < 0 and band.significantly_worse
    subgroup_criterion = next(c for c in dropoff_report.criteria if c.name == "no subgroup left behind")
    assert subgroup_criterion.passed  # the gate does not fail on it ...
    assert any("age_band = 70-79" in flag for flag in dropoff_report.flags)  # ... but the reviewer sees it
    assert "For review" in render_html(dropoff_report) and "For review" in render_markdown(dropoff_report)
    assert dropoff_report.summary()["flags"] == dropoff_report.flags


def test_numbers_and_names_read_the_same_everywhere(dropoff_report: SafetyReport) -> None:
    page = render_html(dropoff_report)
    assert "NaN" not in page and "nan" not in re.sub(r"<[^>]+>", " ", page).split()
    assert "auc_difference_95_high" not in page and "AUC difference, 95% CI upper end" in page
    assert not re.search(r"\d\.\d+e-\d", page)  # no 8.567e-05
    assert "decisions followed by drop-off" in page  # not "drop offs" beside "patients"
    primary = next(c for c in dropoff_report.criteria if c.name.startswith("discrimination"))
    paired = dropoff_report.tables["Paired comparison (candidate - production)"]
    low = paired[paired.metric == "ROC AUC"].iloc[0]["95% low"]
    from adherence.formatting import format_value

    assert f"[{format_value(low)}," in primary.detail  # the criterion quotes the table's interval, in the table's format


def test_no_empty_heading_and_no_nan_in_a_report_without_plots_or_notes(tmp_path: Path) -> None:
    detection = pd.DataFrame({"version": ["production"], "median_delay_days": [np.nan]})
    report = SafetyReport("reminder_timing", "2", "1", ("2026-04-01", "2026-04-28"), {"reminders": 58898, "rate": float("nan")},
                          [Criterion("enough evidence", True, "58,886 reminders")], tables={"Detection": detection})
    page = render_html(report)
    assert "<h2>Notes</h2>" not in page and "<h2>Plots</h2>" not in page and "NaN" not in page
    assert "58,898" in page and "n/a" in page
    folder = write(report, tmp_path / "reminder-v2")
    json.loads((folder / "summary.json").read_text(), parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
    headings = re.findall(r"<h2>(.*?)</h2>(.{0,20})", page)
    assert headings and all(not after.startswith("<h2>") and after.strip() for _, after in headings)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "headless Chromium is needed (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _browse(page: Path, profile: Path, *arguments: str) -> str:
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
               f"--window-size={WINDOW[0]},{WINDOW[1]}", *arguments, page.as_uri()]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


def test_the_report_fits_a_1400_px_window_in_a_real_browser(dropoff_report: SafetyReport, tmp_path: Path) -> None:
    folder = write(dropoff_report, tmp_path / "dropoff-v2")
    page = (folder / "summary.html").read_text()
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("</body>", f"{LAYOUT_PROBE}</body>"))
    dom = _browse(probed, tmp_path / "profile", "--dump-dom", "--virtual-time-budget=5000")
    found = re.search(r'data-layout="([^"]+)"', dom)
    assert found, dom[-2000:]
    layout = json.loads(found.group(1).replace("&quot;", '"'))
    assert layout["tables"] >= 3
    assert layout["page"] <= layout["window"], layout  # no horizontal scrolling
    assert layout["widest_table_right"] <= layout["window"], layout  # no table cut off
    screenshot = tmp_path / "report.png"
    _browse(folder / "summary.html", tmp_path / "profile", f"--screenshot={screenshot}")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000


def test_evidently_page_says_how_its_verdict_and_its_cut_off_relate_to_the_summary() -> None:
    from shadow.drift import evidently_html

    rng = np.random.default_rng(0)
    reference = pd.DataFrame({name: rng.normal(0, 1, 400) for name in ("a", "b", "c")})
    current = pd.DataFrame({"a": rng.normal(2, 1, 400), "b": rng.normal(0, 1, 400), "c": rng.normal(0, 1, 400)})
    current[LABEL] = (rng.random(400) < 0.2).astype(int)
    current["candidate_risk"] = rng.random(400)
    page = evidently_html(reference, current, ["a", "b", "c"], threshold=0.1429)
    assert "1 of 3 feature columns drifted" in page and "at least 50% of its columns" in page
    assert "intervention threshold, 0.1429" in page
