"""What the dashboard's routes share: settings, staff, the cookie key and the clock (no I/O)."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import Request

from cases.orm_sessions import SessionLimits
from config.settings import IPNetwork, Settings
from dashboard.access import StaffDirectory
from dashboard.throttle import LoginThrottle


@dataclass(frozen=True, slots=True)
class DashboardState:
    settings: Settings
    staff: StaffDirectory
    secret: bytes
    login_throttle: LoginThrottle  # counts in the register: every process sees the same tries
    trusted_proxies: tuple[IPNetwork, ...] = ()
    user_header: str = "X-Forwarded-User"
    secure_cookies: bool = False
    today: Callable[[], date] | None = None  # tests pin the date; else today in Oslo (R-T-1)
    epoch_seconds: Callable[[], int] = field(default=lambda: int(time.time()))

    def today_on(self) -> date:
        if self.today is not None:
            return self.today()
        return datetime.now(ZoneInfo(self.settings.office_timezone)).date()

    @property
    def session_limits(self) -> SessionLimits:
        return SessionLimits(
            idle=timedelta(minutes=self.settings.dashboard_idle_minutes),
            lifetime=timedelta(hours=self.settings.dashboard_session_hours),
        )

    def now(self) -> datetime:
        """The dashboard's clock as an aware UTC datetime (tests pin `epoch_seconds`)."""
        return datetime.fromtimestamp(self.epoch_seconds(), UTC)

    def is_trusted_proxy(self, host: str | None) -> bool:
        """Only the configured proxy addresses may name the user in a header."""
        try:
            address = ipaddress.ip_address(host or "")
        except ValueError:
            return False
        return any(address in network for network in self.trusted_proxies)


def state_of(request: Request) -> DashboardState:
    state = request.app.state.dashboard
    assert isinstance(state, DashboardState)
    return state
