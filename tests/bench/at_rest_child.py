"""One measurement of tests/bench/at_rest.py in its own process: `intake|overview plain|sealed n`.

`plain` switches the sealed column types to pass values through before anything uses them (their
processors are built once per process), so the same code stores and reads in clear.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cases import sealed


def store_in_clear() -> None:
    def keep(self: Any, value: Any, dialect: Any) -> Any:
        return value

    def as_str(self: Any, value: Any, dialect: Any) -> Any:
        return None if value is None else str(value)

    def as_bytes(self: Any, value: Any, dialect: Any) -> Any:
        return None if value is None else bytes(value)

    def as_json(self: Any, value: Any, dialect: Any) -> Any:
        return None if value is None else (list if isinstance(value, list) else dict)(value)

    for kind, bind in ((sealed.SealedText, as_str), (sealed.SealedBytes, as_bytes),
                       (sealed.SealedJSON, as_json)):  # fmt: skip
        kind.process_bind_param = bind  # type: ignore[method-assign, assignment]
        kind.process_result_value = keep  # type: ignore[method-assign, assignment]


def intake(count: int) -> dict[str, float]:
    from config import wiring
    from config.settings import Settings
    from crypto.gpg import GpgKeyring
    from intake.maildir import MaildirMailbox
    from tests.bench.intake import PDF_IMAGE_SIDE, build_submissions, make_pdf
    from tests.services.database import _drop_postgres_database, fresh_database_url

    folder = Path(tempfile.mkdtemp(prefix="bench-at-rest-"))
    url = fresh_database_url("postgresql", folder)
    try:
        office = GpgKeyring(wiring.private_folder(folder / "office"))
        office_key = office.generate_key("Datatilsynet (bench)", "postkasse@example.org")
        sender = GpgKeyring(wiring.private_folder(folder / "sender"))
        sender_key = sender.generate_key("Kommune (bench)", "personvern@kommune.example")
        sender.import_keys(office.export_public_key(office_key).encode())
        messages = build_submissions(count, make_pdf(PDF_IMAGE_SIDE), sender, sender_key,
                                     office_key)  # fmt: skip
        settings = Settings(home=folder / "var", database_url=url,
                            gnupg_home=folder / "office")  # type: ignore[call-arg]  # fmt: skip
        wiring.prepare_home(settings)
        box = MaildirMailbox(settings.resolved_maildir)
        for raw, _ in messages:
            box.deliver(raw)
        started, used = time.perf_counter(), time.process_time()
        summary = wiring.run_intake_once(settings)
        seconds, cpu = time.perf_counter() - started, time.process_time() - used
        assert summary.total == count, summary.counts
        wiring.engine_for(url).dispose()
        return {"per_message": seconds / count, "cpu_per_message": cpu / count}
    finally:
        _drop_postgres_database(url)
        shutil.rmtree(folder, ignore_errors=True)


def overview() -> dict[str, float]:
    from tests.bench.dashboard import CASES, TODAY, _client, time_overview
    from tests.bench.opencases import open_cases_database

    with open_cases_database(CASES, TODAY, seed=6) as register:
        sealed.forget_data_keys()  # a fresh dashboard process has unwrapped nothing yet
        with _client(register.url, register.folder / "home") as client:
            started = time.perf_counter()
            client.get("/")
            cold = (time.perf_counter() - started) * 1000
            timings, cpu = time_overview(client)
            search_cpu = time_search(client)
    return {
        "median_ms": statistics.median(timings),
        "cpu_ms": statistics.median(cpu),
        "cold_ms": cold,
        "search_cpu_ms": statistics.median(search_cpu),
    }


def time_search(client: Any) -> list[float]:
    """Python CPU milliseconds of each of RUNS searches of all open cases by the controller's
    address (titles, names and addresses are compared after decryption)."""
    from tests.bench.dashboard import RUNS

    cpu = []
    for _ in range(RUNS):
        used = time.process_time()
        response = client.get("/saker", params={"sok": "controller@example"})
        cpu.append((time.process_time() - used) * 1000)
        assert response.status_code == 200
    return cpu


def main() -> int:
    kind, mode, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "plain":
        store_in_clear()
    result = intake(count) if kind == "intake" else overview()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
