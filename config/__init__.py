"""Configuration: typed settings from the environment, case-type data, and the composition root.

Holds settings, case types, staff and the composition of adapters (wiring, alerts, ops); no use
cases. May import: intake, casework, completeness, deadlines, letters, reading, crypto, cases.
"""
