"""`saksflyt dashboard`: serve the web dashboard with uvicorn (entry point)."""

from __future__ import annotations

from typing import Annotated

import typer

from config import wiring
from config.settings import get_settings


def dashboard(
    host: Annotated[str, typer.Option(help="Adressen å lytte på.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Porten å lytte på.")] = 8000,
) -> None:
    """Start the dashboard for section leaders and caseworkers (http://HOST:PORT)."""
    import uvicorn

    from dashboard.app import create_app

    settings = wiring.prepare_home(get_settings())
    app = create_app(settings)
    typer.echo(f"Dashbordet: http://{host}:{port}/ (Ctrl+C stopper)")
    # proxy_headers off: the trusted-proxy check must see the real peer address, never a
    # client-supplied X-Forwarded-For.
    uvicorn.run(app, host=host, port=port, proxy_headers=False, log_level="warning")
