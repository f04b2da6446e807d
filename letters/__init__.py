"""Letters to controllers: data (model), citations, rendering (text, HTML, DOCX) and redaction.

Also the delivery of outgoing mail through ports (delivery) and its SMTP adapter (outbox).
May import: cases (reading and crypto are allowed by the layers but not used). Not casework,
intake or anything above.
"""
