"""What the dashboard's routes share: settings, staff, the cookie key and the clock (no I/O)."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from fastapi import Request

from config.settings import IPNetwork, Settings
from dashboard.access import StaffDirectory
from dashboard.throttle import LoginThrottle


@dataclass(frozen=True, slots=True)
class DashboardState:
    settings: Settings
    staff: StaffDirectory
    secret: bytes
    trusted_proxies: tuple[IPNetwork, ...] = ()
    user_header: str = "X-Forwarded-User"
    secure_cookies: bool = False
    today: Callable[[], date] | None = None  # tests pin the date; else today in Oslo (R-T-1)
    epoch_seconds: Callable[[], int] = field(default=lambda: int(time.time()))
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)

    def today_on(self) -> date:
        if self.today is not None:
            return self.today()
        return datetime.now(ZoneInfo(self.settings.office_timezone)).date()

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
