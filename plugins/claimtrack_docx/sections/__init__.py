"""The memo's sections, one module each, in the order a reader meets them.

Each module has one ``write_*`` function taking the :class:`~claimtrack_docx.context.MemoContext`:
:mod:`.title_block` (handling line, title, date, scope), :mod:`.judgments` (bottom line up front,
key judgments), :mod:`.figure` (the evidence-per-year chart and its caption), :mod:`.evidence`
(quotes for and against each claim), :mod:`.contradictions` (reviewed contradictions side by
side), :mod:`.sources` (numbered articles, rated speakers) and :mod:`.annex` (legends).
:func:`claimtrack_docx.memo.build_memo` calls them in that order.
"""
