"""The test session's key-encryption key: one KEK file for this process and every child it starts.

Every process that opens one register needs the same KEK (docs/decisions/0008). The tests start
CLI, intake and Prefect children with their own SAKSFLYT_HOME, so the KEK is not left to each
home's default file: SAKSFLYT_KEK_FILE names a file written once per session, and the helpers that
clear SAKSFLYT_* from an environment keep this one variable.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEST_KEK = "SAKSFLYT_KEK_FILE"


def install_session_kek() -> Path:
    """Write a fresh KEK file (0600) and point SAKSFLYT_KEK_FILE at it; load it here too."""
    from cases import sealed
    from config.wiring import write_new_kek

    path = Path(tempfile.mkdtemp(prefix="saksflyt-kek-")) / "kek"
    kek = write_new_kek(path)
    os.environ[TEST_KEK] = str(path)
    sealed.use_keks(kek)
    return path
