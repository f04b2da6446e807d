"""Encryption at rest, pure: the AEAD envelope of stored values and the wrapping of data keys.

May import only the standard library and `cryptography`; no I/O (the register's column types
in cases.sealed and the key loading in config.wiring use it).
"""
