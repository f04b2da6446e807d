"""OpenPGP only: gpg talks to GnuPG (the only I/O); armor, status, compose, header_limits: pure.

keysync brings a host's GnuPG home in line with the keyring state the register holds (through gpg).

May import: cases. Not reading or anything above it.
"""
