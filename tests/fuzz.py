"""Seeded mutation of real mail for the intake fuzz test and the benchmark.

The seeds are the demo office's mail (PDF, DOCX, PGP/MIME and inline encrypted, an auto-reply, a
follow-up) and the interop samples of real mail clients; a mutant is a seed with a few random
edits of the kinds hostile or broken mail shows: flipped and deleted bytes, duplicated slices,
cut messages, and tokens that parsers treat specially.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from cli.demo import _deliver_demo_mail
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.integration.test_interop import PASSPHRASES, import_folder, samples_dir

TOKENS = (
    b"\x00",
    b"=?utf-8?q?s=C3=B8knad?= ",
    b"=?utf-8?b?//79?=",
    b"\r\n--",
    b"\r\n\r\n",
    b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n",
    b'charset="x-unknown"',
    "søknad æøå".encode(),
    b"\xff\xfe\xc3",
    b"\r\n ",
)


def demo_and_interop_seeds(folder: Path, office: GpgKeyring) -> list[bytes]:
    """The demo mail (encrypted to a new office key) and every interop sample without a passphrase.

    The samples' secret keys are imported into ``office`` so the encrypted ones open.
    """
    fingerprint = office.generate_key("Datatilsynet (fuzz)", "fuzz@datatilsynet.example")
    settings = wiring.prepare_home(Settings(home=folder, gnupg_home=office.home))
    _deliver_demo_mail(settings, fingerprint)  # its keyring is aligned with a migrated register
    box = MaildirMailbox(settings.resolved_maildir)
    seeds = []
    for message in list(box.fetch_new(1000)):
        seeds.append(message.raw)
        box.mark_processed(message)
    for source in sorted(p for p in samples_dir().iterdir() if p.is_dir()):
        if source.name in PASSPHRASES:
            continue  # one keyring holds one passphrase: the office key's
        import_folder(office, source / "keys")
        seeds += [sample.read_bytes() for sample in sorted(source.glob("*.eml"))]
    return seeds


def mutants(seeds: list[bytes], count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [mutate(rng.choice(seeds), rng) for _ in range(count)]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        rng.choice(_OPERATIONS)(data, rng)
    return bytes(data)


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)


def _delete(data: bytearray, rng: random.Random) -> None:
    if data:
        start = rng.randrange(len(data))
        del data[start : start + rng.randint(1, 2000)]


def _duplicate(data: bytearray, rng: random.Random) -> None:
    if data:
        start = rng.randrange(len(data))
        piece = data[start : start + rng.randint(1, 4000)]
        at = rng.randrange(len(data))
        data[at:at] = piece * rng.randint(1, 3)


def _truncate(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(len(data) + 1) :]


def _token(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data) + 1)
    data[at:at] = rng.choice(TOKENS) * rng.choice((1, 1, 1, 5, 50))


def _header_line(data: bytearray, rng: random.Random) -> None:
    """Repeat or drop one line of the top header block."""
    end = data.find(b"\n\n")
    end = data.find(b"\r\n\r\n") if end < 0 else end
    lines = bytes(data[: max(end, 0)]).split(b"\n")
    if len(lines) < 2:
        return
    n = rng.randrange(len(lines))
    lines[n : n + 1] = [lines[n]] * rng.choice((0, 2, 20))
    data[: max(end, 0)] = b"\n".join(lines)


_OPERATIONS: tuple[Callable[[bytearray, random.Random], None], ...] = (
    _flip, _delete, _duplicate, _truncate, _token, _token, _header_line,
)  # fmt: skip
