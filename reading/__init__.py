"""Pure: reading mail and documents into text and an ordered sequence of located blocks.

Holds the document model (blocks, text), the reading of one message (message: decrypt, parse),
MIME (parse, headers, mime, decode), OpenPGP unwrapping over a Decryptor port (unwrap), and the
documents inside (documents, media_type, office, rtf, vcard; ocr is the Tesseract adapter).
May import: crypto's pure modules (armor, status, header_limits) and cases' pure values; never
crypto.gpg. Not completeness, casework, intake or anything above.
"""
