"""Pure use cases of staff and automatic case work, through one set of ports (casework.ports).

Holds clock_commands (the case clock), assessment (what the judgement means for a case: status,
outcome, automatic letter), drafting (letters drafted and finalised into a case), alerting
(deadline alerts), quarantine (staff actions on quarantined mail), mail_operations and staff
(the staff directory: roles, sections, where alerts go).
May import: completeness, deadlines, letters, reading, crypto's pure modules, cases' pure values.
Not intake, config, flows, dashboard or cli; never an adapter (SQL, gpg, SMTP, IMAP).
"""
