"""Pure: whether a host names this machine — the only place mail is fetched or sent without TLS.

Used by the IMAP adapter and by the settings' checks (IMAP and SMTP), so both draw the line alike.
"""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """True for `localhost` and the loopback addresses: 127.0.0.0/8, ::1 (also as `[::1]`) and
    IPv4-mapped ::ffff:127.x. Any other name is false, however local it looks
    (`localhost.example.com`, `127.0.0.1.nip.io`, `localhost.localdomain`): a name is resolved by
    whoever controls the resolver, so only the one name every system maps to itself counts."""
    host = host.strip()
    if host.lower() == "localhost":
        return True
    if host.startswith("[") and host.endswith("]"):  # an IPv6 literal as in a URL
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)
