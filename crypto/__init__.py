"""The OpenPGP layer: gpg.py talks to GnuPG (the only I/O); armor, status and unwrap are pure."""
