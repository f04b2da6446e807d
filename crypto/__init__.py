"""OpenPGP only: gpg talks to GnuPG (the only I/O); armor, status, compose, header_limits: pure.

May import: cases. Not reading or anything above it.
"""
