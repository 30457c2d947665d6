"""One text toolkit: tokens with offsets, stemming, sentences, headings, dates, typography."""
