"""Letters to controllers: data (model), citations, rendering (text, HTML, DOCX) and redaction."""
