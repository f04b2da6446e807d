"""Pure: reading documents into an ordered sequence of located blocks (the document model)."""
