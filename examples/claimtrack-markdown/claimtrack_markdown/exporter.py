"""The Markdown exporter: a readable brief of claims, quoted evidence and contradictions.

Article text is untrusted: every piece of it goes through :func:`inline` or :func:`block`, which
drop control characters and escape what Markdown or HTML would otherwise interpret.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO

import attrs

import claimtrack

if TYPE_CHECKING:
    from claimtrack import Casebook, Claim, Evidence

__all__ = ["MarkdownExporter", "MarkdownOptions", "block", "inline"]

# C0/C1 controls (except tab and newline), Unicode non-characters and bidi overrides: none of them
# belong in a brief, and bidi overrides can make a quote read backwards.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Characters Markdown treats as markup anywhere in a line.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]|~#])")
# "1." or "1)" at the start of a line starts a numbered list.
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def _clean(text: str) -> str:
    text = _UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(_ENTITIES.get(ch, ch) for ch in text)
    return _INLINE_MARKUP.sub(r"\\\1", text)


def _escape_line_start(line: str) -> str:
    # "- x" would start a list and "1. x" a numbered item; a backslash before the punctuation
    # keeps them literal ("1\. x": CommonMark escapes punctuation only, never digits).
    line = _NUMBERED.sub(r"\1\\\2", line)
    return re.sub(r"^(\s*)([+=-])", r"\1\\\2", line)


def inline(text: str | None) -> str:
    """``text`` as literal Markdown on one line (line breaks become spaces)."""
    if not text:
        return ""
    return _escape_line_start(" ".join(_clean(text).split()))


def block(text: str, prefix: str = "") -> str:
    """``text`` as literal Markdown lines, each starting with ``prefix`` (``"> "`` for a quote)."""
    lines = [_escape_line_start(line.strip()) for line in _clean(text).split("\n")]
    return "\n".join(f"{prefix}{line}".rstrip() for line in lines)


def _code(text: str) -> str:
    # Ids are usually slugs, but an article id may be any string: a backtick would end the span.
    return f"`{text}`" if "`" not in text and "\n" not in text else inline(text)


def _link(url: str | None) -> str:
    # Only plain web URLs become links; anything else (javascript:, spaces, brackets) stays text.
    if url and re.fullmatch(r"https?://[^\s<>()\[\]`]+", url):
        return f"<{url}>"
    return inline(url)


@attrs.frozen
class MarkdownOptions:
    """Options of the ``markdown`` exporter (``--option name=value`` on the command line)."""

    #: Level of the brief's title heading (1–4); sections go one level below.
    heading_level: int = attrs.field(default=1, validator=attrs.validators.in_(range(1, 5)))
    #: Longest quote shown in full; longer ones are cut with an ellipsis. 0 shows every quote whole.
    max_quote_chars: int = attrs.field(default=2000, validator=attrs.validators.ge(0))
    #: Include the Contradictions section.
    contradictions: bool = True


class MarkdownExporter(claimtrack.Exporter):
    """A casebook as a Markdown brief: claims, their evidence by stance, contradictions, sources."""

    name = "markdown"
    extensions = (".md", ".markdown")
    media_type = "text/markdown"
    description = "Markdown brief: claims, quoted evidence with speakers, contradictions."
    Options = MarkdownOptions
    #: Same casebook and options, same bytes (no timestamps): the conformance kit checks it.
    deterministic = True

    def write(self, casebook: Casebook, stream: BinaryIO, options: MarkdownOptions) -> None:
        """Write the brief to ``stream`` as UTF-8."""
        stream.write(self.render(casebook, options).encode("utf-8"))

    def render(self, casebook: Casebook, options: MarkdownOptions) -> str:
        """The brief as a string."""
        h = "#" * options.heading_level
        out = [f"{h} {inline(casebook.title) or 'Casebook'}", ""]
        if casebook.author:
            out += [f"*Prepared by {inline(casebook.author)}*", ""]
        counts = (
            f"{len(casebook.claims)} claims, {len(casebook.evidence)} pieces of evidence, "
            f"{len(casebook.contradictions)} contradictions, {len(casebook.articles)} articles."
        )
        out += [counts, ""]
        if casebook.bottom_line:
            out += [f"{h}# Bottom line", "", block(casebook.bottom_line), ""]
        out += [f"{h}# Claims", ""]
        if not casebook.claims:
            out += ["No claims yet.", ""]
        for number, claim in enumerate(casebook.claims.values(), 1):
            out += self._claim(casebook, claim, number, h + "##", options)
        if options.contradictions:
            out += self._contradictions(casebook, h + "#")
        out += self._sources(casebook, h + "#")
        return "\n".join(out).rstrip("\n") + "\n"

    def _claim(
        self, casebook: Casebook, claim: Claim, number: int, h: str, options: MarkdownOptions
    ) -> list[str]:
        out = [f"{h} {number}. {inline(claim.statement)}", ""]
        facts = [f"id {_code(claim.id)}"]
        if claim.claimant:
            facts.append(f"claimant: {inline(claim.claimant)}")
        if casebook.is_contested(claim.id):
            facts.append("**contested**")
        out += ["; ".join(facts) + ".", ""]
        # ICD 203: likelihood and confidence are never given in the same sentence.
        if claim.likelihood is not None:
            low, high = claim.likelihood.percent_range
            out += [f"Likelihood: *{claim.likelihood.value}* ({low}–{high} %).", ""]
        if claim.confidence is not None:
            out += [f"Confidence: {claim.confidence.value}.", ""]
        evidence = casebook.evidence_for(claim.id)
        if not evidence:
            out += ["No evidence yet.", ""]
        for stance in claimtrack.Stance:
            items = [e for e in evidence if e.stance is stance]
            if items:
                out += [f"**{stance.value.capitalize()}** ({len(items)})", ""]
                for item in items:
                    out += self._evidence(casebook, item, options)
        return out

    def _evidence(
        self, casebook: Casebook, evidence: Evidence, options: MarkdownOptions
    ) -> list[str]:
        quote = evidence.quote
        if options.max_quote_chars and len(quote) > options.max_quote_chars:
            quote = quote[: options.max_quote_chars].rstrip() + " […]"
        article = casebook.articles.get(evidence.article)
        date, _ = casebook.date_of(evidence)
        who = [inline(evidence.speaker) or "unattributed"]
        if date is not None:
            who.append(str(date))
        if article is not None and article.publisher:
            who.append(f"*{inline(article.publisher)}*")
        who.append(_code(evidence.article))
        who.append(f"grade {casebook.grade(evidence)}")
        return [block(quote, "> "), ">", f"> — {', '.join(who)}", ""]

    def _contradictions(self, casebook: Casebook, h: str) -> list[str]:
        out = [f"{h} Contradictions", ""]
        if not casebook.contradictions:
            return [*out, "None recorded.", ""]
        for x in casebook.contradictions.values():
            level = "claim" if x.level is claimtrack.model.ContradictionLevel.CLAIMS else "evidence"
            line = (
                f"- {_code(x.id)}: {level} {_code(x.left)} vs {level} {_code(x.right)}: "
                f"{x.kind.value}, "
                f"**{x.status.value}**"
            )
            if x.detected_by != "analyst":
                line += f", proposed by {inline(x.detected_by)}"
            out.append(line + ".")
            for label, text in (("Rationale", x.rationale), ("Resolution", x.resolution)):
                if text:
                    out.append(f"    - {label}: {inline(text)}")
            if x.reasons:
                out.append(f"    - Reasons: {'; '.join(inline(r) for r in x.reasons)}")
        return [*out, ""]

    def _sources(self, casebook: Casebook, h: str) -> list[str]:
        out = [f"{h} Sources", ""]
        if not casebook.articles:
            return [*out, "None.", ""]
        for article in casebook.articles.values():
            parts = [_code(article.id), inline(article.title) or "untitled"]
            if article.publisher:
                parts.append(f"*{inline(article.publisher)}*")
            if article.published is not None:
                parts.append(str(article.published))
            if article.url:
                parts.append(_link(article.url))
            out.append("- " + ", ".join(parts))
        return [*out, ""]
