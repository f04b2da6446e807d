"""Pure: the dashboard's bokmål labels for milestones, statuses, risks, roles and event kinds."""

from __future__ import annotations

import re

_RULE_ID = re.compile(r"\s*\((?:R-[A-Z]+-\d+|[CP]\d+)(?:[,;] ?(?:R-[A-Z]+-\d+|[CP]\d+))*\)")

MILESTONES = {
    "awaiting_extension_decision": "Venter på avgjørelse om forlengelse",
    "running_8w": "Løper mot 8 uker",
    "extended_14w": "Forlenget mot 14 uker",
    "clock_stopped": "Fristen står stille",
    "overdue": "Overskredet",
    "decided": "Avgjort",
    "withdrawn": "Trukket",
    "closed": "Avsluttet",
}
OPEN_MILESTONES = (
    "overdue",
    "awaiting_extension_decision",
    "running_8w",
    "extended_14w",
    "clock_stopped",
)
# Which deadline a milestone counts down to (R-T-12, R-T-14, R-T-16).
MILESTONE_DEADLINE = {
    "awaiting_extension_decision": "Varsel om forlengelse (4 uker)",
    "running_8w": "Svarfrist (8 uker)",
    "extended_14w": "Forlenget svarfrist (14 uker)",
    "clock_stopped": "Foreløpig svarfrist",
    "overdue": "Svarfrist",
}
STATUSES = {
    "received": "Mottatt",
    "registered": "Registrert",
    "needs_review": "Til vurdering",
    "deficient": "Mangelfull",
    "rejected": "Avvist",
    "decided": "Avgjort",
    "withdrawn": "Trukket",
}
# Risk (R-T-16): the visible colour always comes with this text for screen readers.
RISKS = {
    "overdue": "Fristen er overskredet",
    "red": "Høy risiko",
    "yellow": "Middels risiko",
    "green": "Lav risiko",
    "stopped": "Fristen står stille",
    "closed": "Avsluttet",
}
NOTICES = {
    "tildelt": "Saksbehandler er tildelt.",
    "forlenget": "Fristen er forlenget med seks uker.",
    "etterspurt": "Forespørselen er registrert; fristen står stille.",
    "mottatt": "Opplysningene er registrert; fristen løper igjen.",
    "vurdert": "Vurderingen av delen er registrert.",
    "utkast": "Brevutkastet er lagret i saken.",
}
SORT = {
    "frist": "Frist",
    "dager": "Virkedager igjen",
    "saksnr": "Saksnr.",
    "mottatt": "Mottatt (T0)",
    "saksbehandler": "Saksbehandler",
    "seksjon": "Seksjon",
    "status": "Status",
    "milepael": "Milepæl",
}
ROLES = {"caseworker": "Saksbehandler", "section_leader": "Seksjonsleder", "admin": "Administrator"}
EVENTS = {
    "received": "Anmodning mottatt",
    "document_received": "Dokument mottatt",
    "registered": "Registrert",
    "assigned": "Saksbehandler tildelt",
    "part_assessed": "Vurdering av del endret",
    "completeness_checked": "Dokumentasjonen kontrollert",
    "letter_queued": "Brev lagt i utboksen",
    "status_changed": "Status endret",
    "extended": "Frist forlenget",
    "info_requested": "Opplysninger etterspurt",
    "info_received": "Opplysninger mottatt",
    "letter_drafted": "Brevutkast laget",
    "decided": "Avgjort",
    "withdrawn": "Trukket",
    "follow_up_from_unknown_sender": "Oppfølging fra ukjent avsender (til vurdering)",
}
LETTER_KINDS = {
    "decision": "Svar på forhåndsdrøftelse",
    "extension": "Varsel om forlengelse",
    "info_request": "Be om opplysninger",
    "receipt": "Foreløpig svar (mottak)",
    "rejection": "Avvisning",
    "deficiency": "Mangelbrev",
    "advance_notice": "Forhåndsvarsel",
    "interim": "Foreløpig svar (til vurdering)",
    "closing": "Henleggelse",
    "alert": "Fristvarsel",
    "digest": "Daglig oversikt over frister",
}
MAIL_STATUSES = {
    "pending": "Venter på sending",
    "sent": "Sendt",
    "failed": "Kunne ikke sendes",
    "cancelled": "Avbrutt",
}
DRAFT_STATUSES = {
    "draft": "Utkast",
    "final": "Ferdigstilt",
    "sent": "Sendt",
    "superseded": "Erstattet",
}
VERDICTS = {
    "present": "Foreligger",
    "missing": "Mangler",
    "uncertain": "Usikker",
}
NOT_ASSESSED = "ikke vurdert"
ENCRYPTION = {
    "none": "Ikke kryptert",
    "pgp_mime": "OpenPGP (PGP/MIME)",
    "pgp_mime_mangled": "OpenPGP (PGP/MIME omskrevet av Exchange)",
    "inline": "OpenPGP (inline)",
    "attachment": "OpenPGP-kryptert vedlegg",
    "forwarded": "OpenPGP i videresendt melding",
    "smime": "S/MIME (kan ikke leses)",
}
SIGNATURES = {
    "none": "Ikke signert",
    "valid": "Gyldig signatur",
    "unknown_key": "Signert med ukjent nøkkel",
    "expired_key": "Signert med utløpt nøkkel",
    "revoked_key": "Signert med tilbakekalt nøkkel",
    "bad": "Ugyldig signatur",
}


def label(table: dict[str, str], key: str | None) -> str:
    """The label of a key, or the key itself when the table does not know it."""
    if key is None:
        return ""
    return table.get(key, key)


def letter_kind(kind: str | None) -> str:
    """«letter:receipt» and «receipt» alike, in bokmål."""
    return label(LETTER_KINDS, (kind or "").removeprefix("letter:"))


def thousands(n: int) -> str:
    """10 000 with a (no-break) space between thousands, as Norwegian writes numbers."""
    return f"{n:,}".replace(",", "\u00a0")


def without_rule_ids(text: str) -> str:
    """A message for the screen: «… én måned (R-EXT-3).» becomes «… én måned.»."""
    return _RULE_ID.sub("", text)
