"""A comment form's, a newsletter's or a press release's notice: what follows is not the article.

``Leave a Reply``, ``Your email address will not be published``, ``Subscribe to our
newsletter``, ``About Acme Ltd``, ``Notes to editors``, ``Respond to this story``: each line
names a kind of page furniture that ends a story, never a site's own wording. The check is linear
in the line's length and skips long lines.
"""

from __future__ import annotations

import re

__all__ = ["is_notice"]

_NOTICE = re.compile(
    r"(?:leave (?:a|your) (?:comments?|reply)|post (?:a )?comment(?: as\b.{0,40})?"
    r"|your comments are subject(?:ed)? to .{0,60}|postar um comentário|nenhum comentário"
    r"|(?:join|welcome to|watch) (?:the|this) (?:discussion|conversation)"
    r"|(?:add|write) a comment|comments are closed"
    r"|(?:sorry, )?comments (?:for|on) this (?:entry|post|article|story) are (?:now )?closed"
    r"(?: at this time)?"
    r"|please enter your (?:comment|name|e-?mail)(?: here)?"
    r"|this site uses akismet to reduce spam.{0,120}|أضف تعليق|laisser un commentaire"
    r"|\d+ thoughts? on .{1,120}"
    r"|your email address will not be published.{0,120}|required fields are marked.{0,10}"
    r"|save my name, email,? and website.{0,120}"
    r"|(?:subscribe|sign up)(?:\s+now)?\s+(?:to|for)\s+(?:our|the)(?:\s+[\w-]+){0,3}\s+"
    r"newsletters?.{0,160}"
    r"|by submitting your (?:information|email).{0,200}|receive email from us.{0,160}"
    r"|contact me with news.{0,160}|\(more .{1,60} stories\.?\)"
    # "About Arla Foods", "About Acme Ltd (www.acme.example)", "About Acme (NYSE: ACM)": a
    # press release's end, the company's address or ticker in brackets
    r"|about (?-i:(?:[A-Z][\w&.'’-]*\s?){1,5})(?:\([^()\n]{2,40}\))?"
    r"|get (?:the latest|our)(?:\s+[\w-]+){0,5}\s+(?:in|to)\s+your inbox.{0,40}"
    r"|about the author|share your thoughts|what do you think\?|(?:member|reader)s?['’]? comments"
    r"|(?:press|media)\s+contacts?(?: information)?|presskontakt|pressekontakt|contact presse"
    r"|for more information"
    r"|notes? to editors?|(?:is|was) this (?:page|article|story|information) (?:useful|helpful)\?"
    r"|thanks for reading .{1,60}?[.!]?(?:\s+subscribe.{0,140})?|discussion about this post"
    r"|ready for more\?"
    r"|report a problem with this page"
    r"|(?:إقرأ|اقرأ) (?:أيضاً|أيضا|ايضا)|read more at .{1,40}|more at .{1,40}"
    # A comment form's prompts: "Respond to this story", "Posting a comment requires …",
    # "Use the comment form below …", "The Courier welcomes your views …", "Vote on this story".
    r"|(?:respond|reply|react) to this (?:story|article|post)|vote on this (?:story|article).{0,60}"
    r"|(?:posting|to post) a comment requires.{0,100}|use the comment (?:form|box) below.{0,100}"
    r"|.{0,40}\bwelcomes your (?:views|comments|thoughts)\.\s.{0,80}\bcomments\b.{0,80})[.!:]?",
    re.IGNORECASE,
)
# "REUTERS/Jane Doe", "REUTERS/Jane Doe/File Photo", "(AP Photo/Jane Doe)", "…/Getty Images".


def is_notice(text: str) -> bool:
    """A comment-form, newsletter or "more stories" notice: what follows is not the article."""
    return len(text) <= 200 and bool(_NOTICE.fullmatch(text))
