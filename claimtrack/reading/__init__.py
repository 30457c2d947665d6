"""Articles in: decoding, readers, cleaning, metadata, and the Corpus."""
