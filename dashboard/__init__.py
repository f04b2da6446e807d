"""The staff dashboard (FastAPI): pages, actions, leader tools, quarantine, exports.

Holds the application (app), the routers (pages, actions, bulk, quarantine), templating, access,
security and pure view helpers (case_view, chart, consequence, cookies, exports, frames, labels).
May import: config (adapters from the composition root), casework, intake, completeness,
deadlines, letters, reading, crypto, cases. Not cli or flows.
"""
