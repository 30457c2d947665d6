"""The one canonical JSON writer and reader of a casebook, and its schema."""
