"""SIGKILL the sender at random moments, restart it, and count what reached Octanist.

Leads and the outcomes queued behind them (qualified, then won or lost) both
go through the kills: nothing may be lost, nothing applied twice without
the possible-duplicate flag, and no outcome may reach Octanist before its lead.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from octanist_desktop.core.deal import OutcomeDraft, Stage
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lifecycle import OUTCOMES_PENDING, PENDING, LeadStatus, OutcomeStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.outcome_queue import OutcomeQueue

CHILD = Path(__file__).with_name("sender_child.py")
TRIALS = 50
LEADS_PER_TRIAL = 4


def start_child(
    data_dir: Path, sandbox: SandboxServer, api_key: str, *extra: str
) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), sandbox.url, api_key, *extra],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_sigkill_mid_drain_loses_nothing_and_flags_every_duplicate(
    data_dir: Path, sandbox: SandboxServer, api_key: str
) -> None:
    # A few ms per answer widens the window in which a kill lands mid-request.
    sandbox.set_delay(0.003)
    rng = random.Random(20261126)
    conn = open_database(data_dir)
    outbox = Outbox(conn)
    outcomes = OutcomeQueue(conn)
    expected: list[str] = []
    expected_outcomes: dict[str, list[str]] = {}  # lead marker → its outcomes' markers, in order
    mid_drain_kills = 0
    mid_outcome_kills = 0
    for trial in range(TRIALS):
        before = len(sandbox.leads)
        for n in range(LEADS_PER_TRIAL):
            marker = f"t{trial}-n{n}"
            lead_id = outbox.enqueue({"name": f"Crash {marker}", "custom": marker})
            expected.append(marker)
            # Every other lead is qualified, then won or lost, before it is even sent.
            if n % 2 == 0:
                qualified = OutcomeDraft(Stage.QUALIFIED, note=f"{marker}-q")
                final = (
                    OutcomeDraft(Stage.WON, Decimal(100 + n), note=f"{marker}-w")
                    if n % 4 == 0
                    else OutcomeDraft(Stage.LOST, note=f"{marker}-l", loss_reason="price")
                )
                outcomes.add(lead_id, qualified)
                outcomes.add(lead_id, final)
                expected_outcomes[marker] = [qualified.note, final.note]
        outcomes_before = outcomes.counts()[OutcomeStatus.DELIVERED]
        child = start_child(data_dir, sandbox, api_key)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        # Leads go first, then the outcomes behind them: every other kill comes
        # later, so that it lands amid the outcomes as often as amid the leads.
        time.sleep(rng.uniform(0.0, 0.06) if trial % 2 == 0 else rng.uniform(0.05, 0.5))
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()
        pending = sum(n for status, n in outbox.counts().items() if status in PENDING)
        pending += sum(n for s, n in outcomes.counts().items() if s in OUTCOMES_PENDING)
        if pending and len(sandbox.leads) > before:
            mid_drain_kills += 1  # killed while it was delivering, with work left
        counts = outcomes.counts()
        delivered_now = counts[OutcomeStatus.DELIVERED] > outcomes_before
        if delivered_now and any(counts[s] for s in OUTCOMES_PENDING):
            mid_outcome_kills += 1  # killed amid the outcomes: some through, others to go
    conn.close()

    final = start_child(data_dir, sandbox, api_key, "--exit-when-idle")
    assert final.wait(timeout=120) == 0
    assert final.stdout is not None
    final.stdout.close()

    received = Counter(str(r.payload.get("custom")) for r in sandbox.leads)
    missing = [m for m in expected if received[m] == 0]
    assert not missing, f"lost leads: {missing}"
    conn = open_database(data_dir)
    history = History(conn)
    everything = history.page(HistoryQuery(), 0, len(expected) + 10)
    conn.close()
    assert {lead.status for lead in everything} == {LeadStatus.DELIVERED}
    flagged = {str(lead.payload.get("custom")) for lead in everything if lead.maybe_duplicate}
    duplicated = {m for m, count in received.items() if count > 1}
    assert duplicated <= flagged, f"unflagged duplicates: {sorted(duplicated - flagged)}"
    check_outcomes(data_dir, sandbox, expected_outcomes)
    # The kills must have landed mid-drain often, or this test proves nothing.
    assert mid_drain_kills >= TRIALS // 5, f"only {mid_drain_kills} kills landed mid-drain"
    assert mid_outcome_kills >= TRIALS // 10, f"only {mid_outcome_kills} amid outcomes"
    print(f"kills mid-drain: {mid_drain_kills}, amid outcomes: {mid_outcome_kills}")


def check_outcomes(data_dir: Path, sandbox: SandboxServer, expected: dict[str, list[str]]) -> None:
    """Every outcome reached Octanist after its lead, in order, by id; repeats are flagged."""
    first_arrival: dict[str, float] = {}
    for received in sandbox.leads:
        first_arrival.setdefault(received.lead_id, received.received_at.timestamp())
    applied: Counter[str] = Counter()
    order: dict[str, list[str]] = {}  # Octanist lead id → outcome notes, first application each
    for update in sandbox.updates:
        note = str(update.body["note"])
        applied[note] += 1
        # Matched by the lead's Octanist id, never by email or phone...
        assert set(update.body) & {"email", "phone"} == set(), update.body
        target = str(update.body["id"])
        # ...so its lead had arrived: an outcome can't overtake its lead.
        assert update.received_at.timestamp() >= first_arrival[target]
        seen = order.setdefault(target, [])
        if note not in seen:
            seen.append(note)

    conn = open_database(data_dir)
    stored = conn.execute(
        "SELECT outcomes.note, outcomes.status, outcomes.maybe_duplicate,"
        " json_extract(leads.payload, '$.custom'), leads.octanist_id"
        " FROM outcomes JOIN leads ON leads.id = outcomes.lead_id ORDER BY outcomes.id"
    ).fetchall()
    conn.close()
    assert len(stored) == sum(len(notes) for notes in expected.values())
    assert {row[1] for row in stored} == {OutcomeStatus.DELIVERED.value}
    missing = [n for notes in expected.values() for n in notes if applied[n] == 0]
    assert not missing, f"lost outcomes: {missing}"
    flagged = {row[0] for row in stored if row[2]}
    twice = {note for note, count in applied.items() if count > 1}
    assert twice <= flagged, f"outcomes applied twice without the flag: {sorted(twice - flagged)}"
    print(f"outcomes flagged: {len(flagged)}, applied twice: {len(twice)}")
    octanist_id = {str(row[3]): str(row[4]) for row in stored}
    for marker, notes in expected.items():
        # Qualified before won/lost, at the id this app was given for the lead.
        assert order[octanist_id[marker]] == notes, f"{marker}: out of order"
