"""Receiving mail: the mailbox port and its adapters (IMAP, Maildir), receive and process.

Holds mailbox (port), imap and maildir (adapters), hosts (which hosts are loopback: the one
is_loopback), service (the pure intake use case: each message becomes a case, a document or a
record), sandbox (reading in a budgeted child), operations, and watcher (the pure loop of
`saksflyt watch`; imap holds its IDLE session).
May import: casework (the judgement's consequences), reading, crypto (never gpg in pure modules),
completeness, deadlines, letters, cases. Not config, flows, dashboard or cli.
"""
