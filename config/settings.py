"""Typed settings from SAKSFLYT_* environment variables; reads the environment, nothing else."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from cases.errors import ConfigurationError
from intake.hosts import is_loopback

TlsMode = Literal["ssl", "starttls", "none"]
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
MEGABYTE = 1024 * 1024
# Every secret, and whether it is a SecretStr. Each can also come from a Prefect Secret block
# named by SAKSFLYT_<NAME>_BLOCK (read by the entry points: cli, flows); a block wins.
SECRET_FIELDS = {
    "database_url": False,
    "imap_password": True,
    "smtp_password": True,
    "gpg_passphrase": True,
    "dashboard_secret": True,
    "kek": True,
}


class Settings(BaseSettings):
    """Every knob of the engine. Paths are relative to the working directory unless absolute."""

    model_config = SettingsConfigDict(env_prefix="SAKSFLYT_", extra="forbid")

    home: Path = Path("var")
    database_url: str | None = None
    database_url_block: str | None = None

    imap_host: str | None = None
    imap_port: int | None = None
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_password_block: str | None = None  # a Prefect Secret block instead of the password
    imap_tls: TlsMode = "ssl"
    imap_folder: str = "INBOX"
    imap_processed_folder: str = "Processed"
    imap_quarantine_folder: str = "Quarantine"
    maildir: Path | None = None
    # `saksflyt watch` (IMAP IDLE): the Prefect deployment it runs when mail arrives, as
    # <flow>/<deployment>; unset, it runs the intake flow in its own process.
    watch_deployment: str | None = None
    watch_idle_seconds: float = Field(default=300.0, gt=0, le=1740)  # RFC 2177: below 29 min
    watch_poll_seconds: float = Field(default=30.0, gt=0)  # a server without IDLE
    watch_settle_seconds: float = Field(default=0.5, ge=0)  # a burst becomes one receive
    watch_run_timeout_seconds: float = Field(default=1800.0, gt=0)  # waiting for a deployment run

    gnupg_home: Path | None = None
    gpg_passphrase: SecretStr | None = None
    gpg_passphrase_block: str | None = None

    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_password_block: str | None = None
    smtp_tls: TlsMode = "starttls"
    mail_from: str = "postkasse@datatilsynet.no"
    # Who hears when the mail server refuses all outgoing mail (a log error line is always written).
    operations_email: str | None = None
    # The identity CLI actions are audited under; else the operating-system user.
    actor: str | None = None

    office_timezone: str = "Europe/Oslo"
    max_message_bytes: int = Field(default=50 * MEGABYTE, gt=0)
    batch_size: int = Field(default=50, gt=0)
    # Operations: who hears of quarantine and of receives that stopped succeeding.
    ops_address: str | None = None
    ops_receive_stale_minutes: int = Field(default=30, gt=0)
    # The budget of reading one message in its child process: over it, quarantine.
    message_seconds: float = Field(default=180.0, gt=0)  # room for OCR: 60 s per scan
    message_memory_mb: int = Field(default=1024, gt=0)
    # How long a process worker's claim on a pending submission holds without renewal; renewed
    # before each read, so it must exceed message_seconds. A claim of a process that died on
    # this host is taken again at once; one of another host, when it expires.
    lease_seconds: float = Field(default=600.0, gt=0)
    # Process runs a receive run (from a deployment) starts when it stored new messages.
    process_runs: int = Field(default=2, gt=0)
    message_max_extracted_mb: int = Field(default=100, gt=0)
    incomplete_requests: Literal["reject", "notice_then_reject"] = "notice_then_reject"
    default_section: str = "Seksjon for personvern"
    dashboard_url: str = "http://127.0.0.1:8000"

    # Publishable decisions (R-LT-3): also redact the controller's name and org number.
    publish_redact_controller: bool = True

    # The staff directory (YAML, demo default config/staff.yaml): dashboard users, roles, sections,
    # where alerts go. Deadline alerts (R-T-16) in working days before the final deadline.
    staff_file: Path | None = None
    alert_yellow_days: int = Field(default=10, gt=0)
    alert_red_days: int = Field(default=3, gt=0)

    # The dashboard (dashboard/): local users, the SSO proxy and the session-cookie key.
    dashboard_users: Path | None = None  # deprecated: the old users file; use staff_file
    dashboard_user_header: str = "X-Forwarded-User"
    dashboard_trusted_proxies: str = ""  # comma-separated addresses or networks of the proxy
    dashboard_secret: SecretStr | None = None  # else generated into SAKSFLYT_HOME on first start
    dashboard_secret_block: str | None = None
    dashboard_secure_cookies: bool = False  # set behind HTTPS
    # Server-side sessions: ended after this long without a request, and at the latest
    # this long after the login.
    dashboard_idle_minutes: int = Field(default=30, gt=0)
    dashboard_session_hours: int = Field(default=12, gt=0)

    # Encryption at rest: the key-encryption key (32 bytes, base64 or hex) from the environment,
    # a 0600 file or a Prefect Secret block; else a file generated into SAKSFLYT_HOME (the demo).
    # A previous KEK stays readable while `saksflyt keys rotate-kek` rewraps the data keys.
    kek: SecretStr | None = None
    kek_block: str | None = None
    kek_file: Path | None = None
    kek_previous: SecretStr | None = None
    kek_previous_file: Path | None = None

    @property
    def resolved_kek_file(self) -> Path:
        return self.kek_file or self.home / "kek"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'saksflyt.db').resolve()}"

    @property
    def trusted_proxy_networks(self) -> tuple[IPNetwork, ...]:
        """SAKSFLYT_DASHBOARD_TRUSTED_PROXIES parsed; a bad entry stops start-up."""
        networks = []
        for entry in filter(None, (p.strip() for p in self.dashboard_trusted_proxies.split(","))):
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                detail = f"SAKSFLYT_DASHBOARD_TRUSTED_PROXIES: «{entry}» er ikke en IP-adresse"
                raise ConfigurationError(detail=detail) from None
        return tuple(networks)

    @property
    def resolved_maildir(self) -> Path:
        return self.maildir or self.home / "Maildir"

    @property
    def resolved_gnupg_home(self) -> Path:
        return self.gnupg_home or self.home / "gnupg"

    @property
    def uses_imap(self) -> bool:
        return self.imap_host is not None

    @property
    def resolved_imap_port(self) -> int:
        if self.imap_port is not None:
            return self.imap_port
        return 993 if self.imap_tls == "ssl" else 143

    def check_imap(self) -> None:
        """Refuse an incomplete or unsafe IMAP configuration with one clear line."""
        if self.imap_host is None:
            return
        if not self.imap_user:
            raise ConfigurationError(
                detail="SAKSFLYT_IMAP_USER mangler (SAKSFLYT_IMAP_HOST er satt)"
            )
        if self.imap_password is None and self.imap_password_block is None:
            raise ConfigurationError(
                detail="SAKSFLYT_IMAP_PASSWORD eller SAKSFLYT_IMAP_PASSWORD_BLOCK mangler"
            )
        if self.imap_tls == "none" and not is_loopback(self.imap_host):
            raise ConfigurationError(
                detail="SAKSFLYT_IMAP_TLS=none er bare tillatt mot en loopback-adresse"
            )


# Reads one secret from a named Prefect Secret block; installed by the entry points.
SecretLoader = Callable[[Settings, str], str]
_secret_loader: list[SecretLoader] = []


def use_secret_loader(loader: SecretLoader) -> None:
    """Let get_settings() fill *_BLOCK secrets with `loader` (cli and flows install theirs)."""
    if _secret_loader != [loader]:
        _secret_loader[:] = [loader]
        get_settings.cache_clear()


def with_secrets(settings: Settings, loader: SecretLoader | None) -> Settings:
    """`settings` with every secret whose SAKSFLYT_*_BLOCK is set read from that block."""
    blocks = {name: getattr(settings, f"{name}_block") for name in SECRET_FIELDS}
    blocks = {name: block for name, block in blocks.items() if block}
    if not blocks:
        return settings
    if loader is None:
        variable = f"SAKSFLYT_{next(iter(blocks)).upper()}_BLOCK"
        raise ConfigurationError(detail=f"{variable} er satt, men Prefect-blokker leses ikke her")
    values: dict[str, object] = {}
    for name, block in blocks.items():
        value = loader(settings, block)
        values[name] = SecretStr(value) if SECRET_FIELDS[name] else value
    return settings.model_copy(update=values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process; a bad value stops start-up with one clear line."""
    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "SAKSFLYT_" + "_".join(str(part) for part in first["loc"]).upper()
        raise ConfigurationError(detail=f"{name}: {first['msg']}") from None
    return with_secrets(settings, _secret_loader[0] if _secret_loader else None)
