"""`saksflyt demo`: a demo office with a key, a mailbox full of requests, and intake (I/O)."""

from __future__ import annotations

import io
import shutil
import tempfile
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, make_msgid
from pathlib import Path

from docx import Document as DocxDocument
from fpdf import FPDF
from rich.console import Console
from rich.panel import Panel
from rich.progress import Progress
from rich.table import Table

from cases.model import CaseStatus
from casework.clock_commands import case_clock, explain_deadlines
from cli.demo_content import SUBMISSIONS, DemoSubmission
from cli.demo_letters import draft_demo_letters
from cli.letters import where_to_read
from config import alerts, wiring
from config.settings import Settings, get_settings
from crypto.compose import pgp_mime_message
from crypto.gpg import GpgKeyring
from dashboard.labels import letter_kind
from intake.maildir import MaildirMailbox

OFFICE_NAME = "Datatilsynet (demo)"
OFFICE_EMAIL = "postkasse@datatilsynet.example"


def run_demo() -> None:
    settings = wiring.prepare_home(get_settings())
    console = Console()
    with wiring.register(settings) as register:
        already = bool(register.cases())
    if already:
        console.print(
            f"Demoen er allerede lastet i {settings.home}/ (slett mappen for å starte på nytt)."
        )
    else:
        office_fingerprint = _office_key(settings, console)
        count = _deliver_demo_mail(settings, office_fingerprint)
        _receive_with_progress(settings, count)
    _print_register(settings, console)
    _print_outbox(settings, console)
    _run_daily_step_after_deadline(settings, console)
    _print_deadlines(settings, console)
    _print_letter_drafts(settings, console)
    console.print(
        f"\nDashbordet: .venv/bin/saksflyt dashboard, så åpne {settings.dashboard_url} "
        "(demobrukere leder / saksbehandler / tilsyn / admin, passord «demo»)."
    )


def _print_letter_drafts(settings: Settings, console: Console) -> None:
    """The demo's drafts, kept encrypted in the register, and where to read them: no copy of a
    letter is left in a file (docs/decisions/0008)."""
    for record in draft_demo_letters(settings):
        console.rule(
            f"Brevutkast {record.id} i sak {record.case_number}: {letter_kind(record.kind)}"
        )
        lines = [f"Emne: {record.content.subject}", *where_to_read(settings, record)]
        console.print("\n".join(lines), highlight=False)


def _office_key(settings: Settings, console: Console) -> str:
    with wiring.keyring(settings) as gpg:
        secret = gpg.list_keys(secret=True)
        if secret:
            return secret[0].fingerprint
        fingerprint = gpg.generate_key(OFFICE_NAME, OFFICE_EMAIL)
    console.print(f"Demonøkkel for kontoret laget: {fingerprint}")
    return fingerprint


def _deliver_demo_mail(settings: Settings, office_fingerprint: str) -> int:
    """Write the demo submissions into the demo Maildir; returns how many were delivered."""
    mailbox = MaildirMailbox(settings.resolved_maildir)
    now = wiring.utc_now().replace(microsecond=0)
    sent: dict[str, str] = {}
    delivered = 0
    with _SenderKeys(settings, office_fingerprint) as sender:
        for item in SUBMISSIONS:
            message = _build(item, sender, office_fingerprint, sent)
            sent[item.key] = str(message["Message-ID"])
            received_at = now - timedelta(days=item.days_ago, hours=3)
            raw = message.as_bytes()
            for _ in range(2 if item.deliver_twice else 1):
                mailbox.deliver(raw, received_at)
                delivered += 1
    return delivered


class _SenderKeys:
    """A controller's keyring (a throwaway one), holding the office's public key."""

    def __init__(self, settings: Settings, office_fingerprint: str) -> None:
        self.keyring = GpgKeyring(Path(tempfile.mkdtemp(prefix="gpg-demo-", dir="/tmp")))
        self.stranger = GpgKeyring(Path(tempfile.mkdtemp(prefix="gpg-x-", dir="/tmp")))
        with wiring.keyring(settings) as office:
            self.keyring.import_keys(office.export_public_key(office_fingerprint).encode())
        self.fingerprint = self.keyring.generate_key(
            "Kari Nordmann", "kari.nordmann@bergen.kommune.no"
        )
        self.stranger_fingerprint = self.stranger.generate_key(
            "Annen mottaker", "annen@example.net"
        )
        self.keyring.import_keys(
            self.stranger.export_public_key(self.stranger_fingerprint).encode()
        )
        with wiring.keyring(settings) as office:  # a known sender: its signatures verify
            office.import_keys(self.keyring.export_public_key(self.fingerprint).encode())

    def __enter__(self) -> _SenderKeys:
        return self

    def __exit__(self, *exc: object) -> None:
        for ring in (self.keyring, self.stranger):
            ring.close()
            shutil.rmtree(ring.home, ignore_errors=True)


def _build(
    item: DemoSubmission, sender: _SenderKeys, office_fingerprint: str, sent: dict[str, str]
) -> EmailMessage | MIMEMultipart:
    inner = EmailMessage()
    inner.set_content(item.body)
    if item.pdf_sections:
        inner.add_attachment(_pdf(item.pdf_sections), "application", "pdf", filename=item.pdf_name)
    for name, paragraphs in item.docx_files.items():
        docx_type = "vnd.openxmlformats-officedocument.wordprocessingml.document"
        inner.add_attachment(_docx(paragraphs), "application", docx_type, filename=name)
    message: EmailMessage | MIMEMultipart = inner
    if item.encryption == "pgp_mime":
        signer = sender.fingerprint if item.sign else None
        message = pgp_mime_message(
            sender.keyring.encrypt(inner.as_bytes(), [office_fingerprint], signer)
        )
    elif item.encryption == "foreign_key":
        cipher = sender.keyring.encrypt(inner.as_bytes(), [sender.stranger_fingerprint])
        message = pgp_mime_message(cipher)
    elif item.encryption == "inline":
        message = EmailMessage()
        message.set_content(
            sender.keyring.encrypt(item.body.encode(), [office_fingerprint]).decode()
        )
    _address(message, item, sent)
    return message


def _address(
    message: EmailMessage | MIMEMultipart, item: DemoSubmission, sent: dict[str, str]
) -> None:
    message["From"] = f"{item.sender_name} <{item.sender}>"
    message["To"] = OFFICE_EMAIL
    message["Subject"] = item.subject
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=item.sender.split("@")[1])
    for name, value in item.headers.items():
        message[name] = value
    if item.reply_to_key:
        message["In-Reply-To"] = sent[item.reply_to_key]
        message["References"] = sent[item.reply_to_key]


def _pdf(sections: tuple[str, ...]) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    for section in sections:
        pdf.add_page()
        heading, _, text = section.partition("\n")
        pdf.set_font("helvetica", "B", 14)
        pdf.multi_cell(0, 8, _latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, _latin1(" ".join(text.split())), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    """The PDF core fonts are Latin-1 (æøå fit; typographic dashes do not)."""
    return text.replace("–", "-").replace("’", "'").encode("latin-1", "replace").decode("latin-1")


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    document = DocxDocument()
    for heading, text in paragraphs:
        if heading:
            document.add_heading(heading, level=1)
        if text:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _receive_with_progress(settings: Settings, count: int) -> None:
    with Progress() as progress:
        task = progress.add_task("Mottar e-post", total=count)
        wiring.run_intake_once(settings, on_result=lambda _result: progress.advance(task))


def _print_register(settings: Settings, console: Console) -> None:
    with wiring.register(settings) as register:
        submissions = register.submissions()
    table = Table("Id", "Mottatt", "Utfall", "Sak", "Kryptert / signert", "Avsender og merknad")
    for s in submissions:
        crypto = f"{s.crypto.encryption_label} / {s.crypto.signature.value}"
        note = s.sender + (f"\n{s.reason}" if s.reason else "")
        number = s.case_number.canonical if s.case_number else ""
        table.add_row(str(s.id), f"{s.received_at:%d.%m}", s.outcome.value, number, crypto, note)
    console.print(table)
    console.print(f"Registeret: {wiring.masked_database_url(settings)}")
    console.print("Se mer: saksflyt cases list · saksflyt submissions export --format json")


def _print_deadlines(settings: Settings, console: Console) -> None:
    """Each open case's legal deadlines, each with the reason for its date."""
    today = wiring.office_today(settings)
    with wiring.register(settings) as register:
        open_cases = [c for c in register.cases() if c.status in _OPEN]
        explained = {
            c.number: explain_deadlines(case_clock(register, c.number, today)) for c in open_cases
        }
    for case in open_cases:
        console.rule(f"Sak {case.number} – {case.status.value} – {case.title}")
        console.print("\n".join(explained[case.number]), highlight=False)


_OPEN = {CaseStatus.RECEIVED, CaseStatus.REGISTERED, CaseStatus.NEEDS_REVIEW, CaseStatus.DEFICIENT}


def _print_outbox(settings: Settings, console: Console) -> None:
    """The automatic letters waiting to be sent, and the rejection in full."""
    with wiring.outbox(settings) as outbox:
        letters = [m for m in outbox.messages() if m.kind.startswith("letter:")]
    table = Table("Sak", "Brev", "Til", "Emne", "Status")
    for mail in letters:
        number = mail.case_number.canonical if mail.case_number else ""
        kind = mail.kind.removeprefix("letter:")
        table.add_row(number, kind, ", ".join(mail.recipients), mail.subject, mail.status.value)
    console.print(table)
    notice = next((m for m in letters if m.kind == "letter:deficiency"), None)
    if notice is not None:
        console.print(Panel(notice.text, title=notice.subject), highlight=False)
    console.print("Utboksen sendes med SAKSFLYT_SMTP_HOST satt: saksflyt outbox send")


def _run_daily_step_after_deadline(settings: Settings, console: Console) -> None:
    """P1: the daily step on the day after the deficiency deadline rejects what is still missing."""
    with wiring.register(settings) as register:
        deadlines = [
            date.fromisoformat(str(event.data["deadline_on"]))
            for case in register.cases_with_status(CaseStatus.DEFICIENT)
            for event in register.events(case.number)
            if event.kind == "info_requested" and "deadline_on" in event.data
        ]
    if deadlines:
        later = max(deadlines) + timedelta(days=1)
        console.rule(f"Den daglige kjøringen {later:%d.%m.%Y}, dagen etter fristen i mangelbrevet")
        rejected = alerts.reject_expired_deficiencies(settings, later)
        console.print(f"Avvist automatisk: {', '.join(n.canonical for n in rejected) or 'ingen'}")
    alerts.render_letters(settings)  # the sender's step: each automatic letter's DOCX and PDF/A
    with wiring.outbox(settings) as outbox:
        rejection = next((m for m in outbox.messages() if m.kind == "letter:rejection"), None)
    if rejection is not None:
        console.print(Panel(rejection.text, title=rejection.subject), highlight=False)
