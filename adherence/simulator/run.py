"""Run the simulator: patients, then chunks of their daily lives, written as a Silver
lake plus the ground truth that only evaluation and benchmarks may read.

Output is built in a staging folder inside the lake and published with ``adherence.publish``:
``silver/`` and ``truth/`` become current together, with one rename, so a run killed at any
point leaves the previous pair whole or the new pair in place. What a killed run staged
(PHI) is removed first thing by the next one.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

from adherence import publish as publishing
from adherence.simulator import behaviour as bh
from adherence.simulator.dynamics import Dynamics, dynamics
from adherence.simulator.messages import write_messages
from adherence.simulator.population import STATES, make_population
from adherence.simulator.supply import dispensed_batch, make_batches, registry_answers
from features.contract import TABLES
from features.gs1 import PackIdentity, format_datamatrix
from features.silver import ARROW_TYPES

CHUNK_PATIENTS = 5000
DEFAULT_START = dt.date(2026, 1, 5)
SERIAL_ALPHABET = np.array(list("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
REGIONS = np.array([f"US-{state}" for state in STATES])


@dataclass(frozen=True)
class SimulationConfig:
    """What to simulate. Equal configs give identical lakes."""

    patients: int = 2000
    days: int = 180
    seed: int = 0
    start: dt.date = DEFAULT_START
    #: How Silver tables are stored: folders of Parquet files, or Delta tables.
    format: Literal["parquet", "delta"] = "parquet"
    #: Which producer's mechanisms (``adherence/simulator/dynamics.py``): ``default`` or ``alt``.
    dynamics: str = "default"
    #: Multiplies the number of injected supply incidents (the producer's rate per patient and its
    #: minimum); 1 is the producer's own plan. Benchmarks raise it so that enough incidents start in
    #: a scored period to judge recall; nothing else about the lake changes (at 1 the lake is identical).
    incident_scale: float = 1.0


def silver_schema(table: str) -> pa.Schema:
    """Arrow schema of a Silver table exactly as the contract states it."""
    return pa.schema([(col.name, ARROW_TYPES[col.kind]) for col in TABLES[table]])


def _local_to_utc(start: dt.date, day: np.ndarray, minute: np.ndarray, zone: np.ndarray) -> pd.DatetimeIndex:
    """Local wall-clock times (day offset + minutes) in each row's time zone, as UTC."""
    naive = np.datetime64(start, "s") + day.astype("timedelta64[D]") + np.round(minute * 60).astype("timedelta64[s]")
    result = np.empty(len(day), dtype="datetime64[us]")
    for name in np.unique(zone):
        rows = zone == name
        local = pd.DatetimeIndex(naive[rows]).tz_localize(name, ambiguous=True, nonexistent="shift_forward")
        result[rows] = local.tz_convert("UTC").tz_localize(None).to_numpy("datetime64[us]")
    return pd.DatetimeIndex(result).tz_localize("UTC")


def _serials(rng: np.random.Generator, n: int) -> np.ndarray:
    letters = SERIAL_ALPHABET[rng.integers(0, len(SERIAL_ALPHABET), (n, 12))]
    return np.array(["".join(row) for row in letters])


def _write(frame: pd.DataFrame, folder: Path, name: str, schema: pa.Schema | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_table(table, folder / f"{name}.parquet", compression="zstd")


class _Chunk:
    """One chunk of patients simulated over the whole window."""

    def __init__(
        self,
        index: int,
        patients: pd.DataFrame,
        traits: pd.DataFrame,
        world: dict[str, pd.DataFrame],
        config: SimulationConfig,
        fake: Faker,
        dyn: Dynamics,
    ):
        self.index, self.patients, self.traits, self.world, self.config, self.fake = index, patients, traits, world, config, fake
        self.dyn = dyn
        self.rng = np.random.default_rng([config.seed, index + 1])
        self.zone = patients.timezone.to_numpy()
        self.region = np.array([f"US-{s}" for s in patients.state])

    def run(self, silver: Path, truth: Path) -> None:
        cfg, rng, traits = self.config, self.rng, self.traits
        dpd = self.patients.doses_per_day.to_numpy()
        dyn = self.dyn
        states, rates = dyn.simulate_states(traits, cfg.days, rng, cfg.start)
        doses = dyn.daily_doses(states, traits, dpd, rng)
        curves = dyn.response_curves(traits)
        reminders = bh.send_reminders(states, traits, doses, curves, dyn.logging_policy, rng, dyn.response_by_state)
        name = f"part-{self.index:04d}"
        events = pd.concat(
            [self._dose_events(doses, dpd), self._sensor_events(states, doses, dpd), self._app_events(states)], ignore_index=True
        ).sort_values("event_time", kind="stable")
        events.insert(0, "event_id", [f"E{self.index:04d}-{i:08d}" for i in range(len(events))])
        _write(events, silver / "events", name, silver_schema("events"))
        self._write_reminders(reminders, silver, truth, name)
        self._write_messages(states, silver, truth, name)
        self._write_truth(states, rates, curves, truth, name)

    # --- events -------------------------------------------------------------------------
    def _dose_events(self, doses: bh.Doses, dpd: np.ndarray) -> pd.DataFrame:
        """Pillbox opens or pack scans per dose, and a scan of every new pack, with registry answers."""
        rng, traits, cfg = self.rng, self.traits, self.config
        patient, day, slot = np.nonzero(doses.taken)  # ordered by patient, day, slot
        minute = doses.minute[patient, day, slot]
        number = np.arange(len(patient)) - np.searchsorted(patient, patient)  # dose number per patient
        pack_size = 30 * dpd[patient]
        pre_enrolled = traits.enrol_day.to_numpy() < 0
        offset = np.where(pre_enrolled, rng.integers(0, 30 * dpd), 0)[patient]
        pack = (offset + number) // pack_size
        first_dose = number == 0
        new_pack = np.where(first_dose, ~pre_enrolled[patient], np.r_[False, pack[1:] != pack[:-1]])

        # Packs: acquired on the day of their first dose (before the window for a carried-over pack).
        packs = (
            pd.DataFrame({"patient": patient, "pack": pack, "day": day}).groupby(["patient", "pack"], as_index=False).day.min()
        )
        carried = (packs.pack == 0) & pre_enrolled[packs.patient]
        packs.loc[carried, "day"] = -rng.integers(1, 30, int(carried.sum()))
        product_index = self.world["product_index"].loc[self.patients.product_gtin].to_numpy()
        batches = self.world["batches"]
        batch_row = dispensed_batch(
            batches, product_index[packs.patient], packs.day.to_numpy(), traits.pharmacy_lag_days.to_numpy()[packs.patient]
        )
        packs["batch_number"] = batches.batch_number.to_numpy()[batch_row]
        packs["expiry"] = [cfg.start + dt.timedelta(days=int(d)) for d in batches.expiry_days.to_numpy()[batch_row]]
        packs["serial"] = _serials(rng, len(packs))
        packs["region"] = self.region[packs.patient]
        packs["counterfeit"] = self._counterfeit(packs)
        gtin = self.patients.product_gtin.to_numpy()
        identities = [
            PackIdentity(gtin[p], s, b, e)
            for p, s, b, e in zip(packs.patient, packs.serial, packs.batch_number, packs.expiry, strict=True)
        ]
        bracketed = traits.bracketed_scanner.to_numpy()[packs.patient]
        packs["datamatrix"] = [format_datamatrix(i, bracketed=b) for i, b in zip(identities, bracketed, strict=True)]
        pack_row = packs.set_index(["patient", "pack"]).index.get_indexer(pd.MultiIndex.from_arrays([patient, pack]))

        pillbox = traits.has_pillbox.to_numpy()[patient]
        extra_scan = pillbox & new_pack  # pillbox users scan only a new pack, as they load it
        scan_rows = np.r_[np.nonzero(~pillbox)[0], np.nonzero(extra_scan)[0]]
        scan_minute = np.r_[minute[~pillbox], minute[extra_scan] + rng.uniform(0.1, 0.9, int(extra_scan.sum()))]
        scans = self._scans(patient[scan_rows], day[scan_rows], scan_minute, packs, pack_row[scan_rows], gtin)
        opens = self._frame(patient[pillbox], day[pillbox], minute[pillbox], "pillbox_opened")
        opens["device_id"] = self._device("PBX")[patient[pillbox]]
        return pd.concat([scans, opens], ignore_index=True)

    def _counterfeit(self, packs: pd.DataFrame) -> np.ndarray:
        """Packs bought during a counterfeit incident on their batch and region are fake with its strength that day."""
        fake = np.zeros(len(packs), dtype=bool)
        incidents = self.world["incidents"]
        batches = self.world["batches"].set_index("batch_number")
        product = self.patients.product_gtin.to_numpy()[packs.patient]
        for incident in incidents[incidents.kind == "counterfeit"].itertuples():
            if self.dyn.cloned_counterfeits:  # fakes of the product carry the cloned batch number
                cloned = batches.product_gtin.loc[incident.batch_number]
                hit = ((product == cloned) & (packs.region == incident.region)).to_numpy()
            else:
                hit = ((packs.batch_number == incident.batch_number) & (packs.region == incident.region)).to_numpy()
            strength = self.dyn.incident_strength(incident, packs.day.to_numpy())
            new = hit & (self.rng.random(len(packs)) < strength)
            packs.loc[new, "batch_number"] = incident.batch_number
            fake |= new
        return fake

    def _scans(
        self,
        patient: np.ndarray,
        day: np.ndarray,
        minute: np.ndarray,
        packs: pd.DataFrame,
        pack_row: np.ndarray,
        gtin: np.ndarray,
    ) -> pd.DataFrame:
        rng = self.rng
        frame = self._frame(patient, day, minute, "med_scan")
        travelling = rng.random(len(patient)) < 0.03
        region = np.where(travelling, REGIONS[rng.integers(0, len(REGIONS), len(patient))], self.region[patient])
        batch = packs.batch_number.to_numpy()[pack_row]
        suspect_probability = np.zeros(len(patient))
        incidents = self.world["incidents"]
        for incident in incidents[incidents.kind == "suspect_flag"].itertuples():
            strength = self.dyn.incident_strength(incident, day)
            hit = (batch == incident.batch_number) & (region == incident.region) & (strength > 0)
            suspect_probability[hit] = strength[hit]
        frame["raw_datamatrix"] = packs.datamatrix.to_numpy()[pack_row]
        frame["gtin"] = gtin[patient]
        frame["serial_number"] = packs.serial.to_numpy()[pack_row]
        frame["batch_number"] = batch
        frame["expiry_date"] = packs.expiry.to_numpy()[pack_row]
        frame["registry_state"] = registry_answers(len(patient), packs.counterfeit.to_numpy()[pack_row], suspect_probability, rng)
        frame["region"] = region
        return frame

    def _sensor_events(self, states: np.ndarray, doses: bh.Doses, dpd: np.ndarray) -> pd.DataFrame:
        """Daily readings that drift the wrong way as the trailing week's adherence falls."""
        rng, traits = self.rng, self.traits
        reading_rate = self.dyn.by_state(states, self.dyn.sensor_rate_by_state)
        patient, day = np.nonzero(traits.has_sensor.to_numpy()[:, None] & (rng.random(states.shape) < reading_rate))
        missed = 1 - bh.rolling_adherence(doses, dpd)[patient, day]
        kinds = traits.sensor_kind.to_numpy()[patient]
        values = np.empty(len(patient))
        for kind, (base, spread, effect, noise) in bh.SENSOR_MODEL.items():
            rows = kinds == kind
            values[rows] = (
                base
                + spread * traits.sensor_baseline.to_numpy()[patient[rows]]
                + effect * missed[rows]
                + rng.normal(0, noise, int(rows.sum()))
            )
        frame = self._frame(patient, day, rng.normal(7.5 * 60, 30, len(patient)), "sensor_reading")
        frame["device_id"] = self._device("SNS")[patient]
        frame["sensor_kind"] = kinds
        frame["sensor_value"] = np.round(values, 1)
        return frame

    def _app_events(self, states: np.ndarray) -> pd.DataFrame:
        rate = self.traits.app_rate.to_numpy()[:, None] * self.dyn.by_state(states, self.dyn.app_rate_by_state)
        counts = self.rng.poisson(rate)
        patient, day = np.nonzero(counts)
        repeat = counts[patient, day]
        patient, day = np.repeat(patient, repeat), np.repeat(day, repeat)
        return self._frame(patient, day, self.rng.uniform(7 * 60, 23 * 60, len(patient)), "app_open")

    def _frame(self, patient: np.ndarray, day: np.ndarray, minute: np.ndarray, event_type: str) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "mrn": self.patients.mrn.to_numpy()[patient],
                "event_type": event_type,
                "event_time": _local_to_utc(self.config.start, day, minute, self.zone[patient]),
            }
        )

    def _device(self, prefix: str) -> np.ndarray:
        digits = np.random.default_rng([self.config.seed, self.index + 1, len(prefix), ord(prefix[0])]).integers(
            0, 16**8, len(self.patients)
        )
        return np.array([f"{prefix}-{d:08X}" for d in digits])

    # --- reminders, messages, truth -----------------------------------------------------
    def _write_reminders(self, r: bh.Reminders, silver: Path, truth: Path, name: str) -> None:
        ids = [f"R{self.index:04d}-{i:08d}" for i in range(len(r.patient))]
        frame = pd.DataFrame(
            {
                "reminder_id": ids,
                "mrn": self.patients.mrn.to_numpy()[r.patient],
                "sent_at": _local_to_utc(self.config.start, r.day, r.minute, self.zone[r.patient]),
                "local_hour": r.hour,
                "channel": self.traits.channel.to_numpy()[r.patient],
                "policy": self.dyn.logging_policy.name,
                "propensity": r.propensity,
            }
        )
        _write(frame, silver / "reminders", name, silver_schema("reminders"))
        _write(
            pd.DataFrame(
                {
                    "reminder_id": ids,
                    "state": self.dyn.state_names[r.state],
                    # the response curve's multiplier in that state, to value other hours from truth/reminder_curves
                    "response_factor": self.dyn.response_by_state[r.state],
                    "response_probability": r.response_probability,
                    "responded": r.responded,
                }
            ),
            truth / "reminders",
            name,
        )

    def _write_messages(self, states: np.ndarray, silver: Path, truth: Path, name: str) -> None:
        active_days = (states != bh.NOT_ENROLLED).sum(axis=1)
        messages, written = write_messages(
            self.patients, self.traits, active_days, self.config.start, f"M{self.index:04d}-", self.rng, self.fake
        )
        if messages.empty:
            messages = pd.DataFrame(
                {"message_id": [], "row": np.array([], int), "sent_local": pd.to_datetime([]), "author": [], "body": []}
            )
        rows = messages.row.to_numpy()
        base = pd.Timestamp(self.config.start)
        minutes = ((messages.sent_local - base) / pd.Timedelta(minutes=1)).to_numpy()
        frame = pd.DataFrame(
            {
                "message_id": messages.message_id,
                "mrn": self.patients.mrn.to_numpy()[rows],
                "sent_at": _local_to_utc(self.config.start, np.zeros(len(rows), int), minutes, self.zone[rows]),
                "author": messages.author,
                "body": messages.body,
            }
        )
        _write(frame, silver / "messages", name, silver_schema("messages"))
        _write(written, truth / "identifiers", f"messages-{name}")

    def _write_truth(self, states: np.ndarray, rates: dict[str, np.ndarray], curves: np.ndarray, truth: Path, name: str) -> None:
        probability = self.dyn.dropout_probability(states, rates)
        patient, day = np.nonzero(states != bh.NOT_ENROLLED)
        dates = np.datetime64(self.config.start, "D") + day.astype("timedelta64[D]")
        mrn = self.patients.mrn.to_numpy()
        _write(
            pd.DataFrame(
                {
                    "mrn": mrn[patient],
                    "date": dates,
                    "state": self.dyn.state_names[states[patient, day]],
                    "p_dropout_30d": probability[patient, day],
                }
            ),
            truth / "patient_days",
            name,
        )
        arm_patient, arm = np.meshgrid(np.arange(len(mrn)), np.arange(len(bh.REMINDER_ARMS)), indexing="ij")
        _write(
            pd.DataFrame(
                {
                    "mrn": mrn[arm_patient.ravel()],
                    "local_hour": bh.REMINDER_ARMS[arm.ravel()],
                    "response_probability": curves.ravel(),
                }
            ),
            truth / "reminder_curves",
            name,
        )
        dropped = states == self.dyn.dropped
        dropout_day = np.where(dropped.any(axis=1), dropped.argmax(axis=1), -1)
        traits = self.traits.drop(columns=["first_name"]).assign(
            dropout_date=[self.config.start + dt.timedelta(days=int(d)) if d >= 0 else None for d in dropout_day]
        )
        _write(traits, truth / "patients", name)


def _identifier_rows(patients: pd.DataFrame, traits: pd.DataFrame) -> pd.DataFrame:
    """Every identifier value written to silver/patients, long format."""
    kinds = ["mrn", "full_name", "date_of_birth", "phone", "email", "street_address", "city", "zip5"]
    long = (
        patients[kinds]
        .astype(str)
        .assign(first_name=traits.first_name.to_numpy())
        .melt(id_vars=[], var_name="kind", value_name="value")
    )
    long["mrn"] = np.tile(patients.mrn.to_numpy(), len(kinds) + 1)
    long = long[long.value != "None"]
    return long.assign(source="patients", record_id=long.mrn)[["mrn", "source", "record_id", "kind", "value"]]


def simulate(lake: Path, config: SimulationConfig, progress: Callable[[int, int], None] | None = None) -> dict[str, object]:
    """Write ``lake/silver`` and ``lake/truth`` for ``config``; return a short summary."""
    if config.patients < 1 or config.days < 1:
        raise ValueError(f"patients and days must be positive, got {config.patients} and {config.days}")
    if config.format not in ("parquet", "delta"):
        raise ValueError(f"format must be parquet or delta, got {config.format!r}")
    if not config.incident_scale > 0:
        raise ValueError(f"incident_scale must be positive, got {config.incident_scale}")
    dyn = dynamics(config.dynamics)  # ValueError naming the known ones
    lake = Path(lake)
    lake.mkdir(parents=True, exist_ok=True)
    publishing.recover(lake, publishing.LAKE_LEGACY)  # first thing: a killed run's staging holds PHI
    rng = np.random.default_rng(config.seed)
    fake = Faker("en_US")
    fake.seed_instance(config.seed)
    population = make_population(config.patients, config.start, config.days, rng, fake)
    traits = dyn.adjust_traits(population.traits, population.silver, config.seed)
    batches = make_batches(population.products, config.days, rng)
    product_index = pd.Series(np.arange(len(population.products)), index=population.products.product_gtin)
    incidents = dyn.make_incidents(
        batches,
        product_index.loc[population.silver.product_gtin].to_numpy(),
        np.array([f"US-{s}" for s in population.silver.state]),
        config.days,
        rng,
        scale=config.incident_scale,
    )
    world = {"batches": batches, "incidents": incidents, "product_index": product_index}

    staging = publishing.stage(lake, "simulate")
    try:
        silver, truth = staging / "silver", staging / "truth"
        _write(population.silver, silver / "patients", "part-0000", silver_schema("patients"))
        chunks = range(0, config.patients, CHUNK_PATIENTS)
        for number, first in enumerate(chunks):
            rows = slice(first, first + CHUNK_PATIENTS)
            _Chunk(
                number,
                population.silver.iloc[rows].reset_index(drop=True),
                traits.iloc[rows].reset_index(drop=True),
                world,
                config,
                fake,
                dyn,
            ).run(silver, truth)
            if progress:
                progress(number + 1, len(chunks))
        _write(_identifier_rows(population.silver, traits), truth / "identifiers", "patients")
        dated = incidents.assign(
            start_date=[config.start + dt.timedelta(days=int(d)) for d in incidents.start_day],
            end_date=[config.start + dt.timedelta(days=int(d)) for d in incidents.end_day],
        )
        _write(dated, truth, "incidents")
        _write(batches.drop(columns=["product_index"]), truth, "batches")
        summary = {
            "config": {**asdict(config), "start": config.start.isoformat()},
            "logging_policy": {
                "name": dyn.logging_policy.name,
                "arms": bh.REMINDER_ARMS.tolist(),
                "probabilities": dyn.logging_policy.probabilities().tolist(),
            },
            "states": dyn.state_names.tolist(),
            "response_by_state": dyn.response_by_state.tolist(),
            "incidents": len(incidents),
        }
        (truth / "simulation.json").write_text(json.dumps(summary, indent=2))
        if config.format == "delta":
            _as_delta_tables(silver)
        publishing.publish(lake, "simulate", staging, ("silver", "truth"))  # both at once, or neither
    finally:
        publishing.discard(staging)
    return summary


def _as_delta_tables(silver: Path) -> None:
    """Turn each table's Parquet folder into a Delta table (one commit, version 0), streamed."""
    import pyarrow.dataset as ds
    from deltalake import write_deltalake

    for table in TABLES:
        folder, delta = silver / table, silver / f".{table}.delta"
        write_deltalake(delta, ds.dataset(folder, format="parquet", schema=silver_schema(table)).scanner().to_reader())
        shutil.rmtree(folder)
        delta.rename(folder)
