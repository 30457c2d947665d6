"""A site's forms, players and appeals printed among the story's lines: never the story's words.

- a **member's login form** and its fields (``Members Login``, ``Enter the password that
  accompanies your ID number.``, ``Don't have an ID?``) and its spam check (``This question is
  for testing whether or not you are a human visitor …``, ``3 + 3 =``, ``Solve this simple math
  problem and enter the result.``);
- a **subscribers' gate** (``This item is available in full to subscribers.``, ``Print
  subscribers``, ``Non-subscribers``, ``If you're a print subscriber, but do not yet have an
  online account, …``) and its meter (``You are now reading``, ``1 of 3 free articles.``,
  ``You have 2 free stories left this month.``, ``Subscribe now to stay in the know!``) and its
  preview's end (``End of preview - This article contains approximately 176 words.``,
  ``Subscribers: Log in now to read the full article``, ``Not a Subscriber?``);
- a **blog's comment form** (``Please log in using one of these methods to post your
  comment:``, ``You are commenting using your Twitter account. Log Out / Change )``,
  ``Connecting to %s``, ``Notify me of new comments via email.``, ``To be able to write a
  comment, you have to be registered and logged in``, ``No comments yet``), a newsletter's
  sign-up (``Don't miss out on what's happening!``, ``Join our crew and become one of the
  106,887 members that receive our newsletter.``), a contact form's pointer, a reader's
  submission form (``Use these forms to send us announcements.``), a visitor counter, a
  language switcher (``en_USEnglish``);
- a **video player's or a page's controls** (``close video ad``, ``Unmutetoggle ad audio on
  off``, ``Video Spacer``, ``No more videos! Playlist is empty``, ``Article Continued Below``,
  ``expand slideshow``, ``Text Only``, ``Web banner 1``);
- a **browser notice** (``Harbour.com works better on other browsers``, ``For the best possible
  experience, we recommend using Chrome, Firefox or Microsoft Edge.``);
- a **note on how the page was made or kept**: written by software (``This article was created
  by AI summarizing key points discussed.``, ``We have summarized this news so that you can
  read it quickly``), a story still developing (``DEVELOPING STORY |
  This story will be updated``), an address hidden from spam robots (``[email protected]``,
  ``This email address is being protected from spambots.``), a copyright line (``[Copyright
  Harbour Press, Ltd.]``), an archive's warning (``This page contains archived news material
  that may no longer be accurate …``, ``These pages are being preserved for historical
  purposes …``, ``This is an archived article and …``, ``Archived Content``, ``This was
  published under the 2010 to 2015 … government``), a transcript's machine-made warning
  (``This conference call transcript was computer generated and almost certainly contains
  errors. …``), a wire's credit (``(With inputs from PTI)``);
- an **appeal or a link to the site's other pages**: for money (``We need your support so
  Harbour.com can keep delivering news …``, ``Harbour Weekly needs your financial support!``),
  to like or follow the outlet on social networks (``Like us on Facebook and follow us on
  Twitter.``, ``Share on Facebook Share on Twitter``, ``(Subscribe to Harbour on Telegram)``,
  ``Follow us on Telegram for the latest updates: …``, ``Click to Donate``), an author's or a
  label's other posts (``View all posts by Ada Lund →``, ``Showing posts with label Interview.
  Show all posts``).

Each check is one regular expression, linear in the line, on one short line that holds no
quotation mark (a report may quote any of these words). A line wholly in brackets is read
without them: ``(This is a developing story and it will be updated …)``.
"""

from __future__ import annotations

import re

__all__ = ["is_site_form"]

_MAX_FORM = 400  # (a transcript's warning runs to some 330 characters)
_NETWORKS = r"(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|whatsapp|telegram|threads)"
_SITE_FORM = re.compile(
    # a member's login form and its spam check
    r"members?'?\s+log-?in|enter (?:your|the) (?:[\w-]+ ){0,4}(?:id|user ?name|password|e-?mail"
    r"|member(?:ship)? number)(?: number)?\b.{0,80}|don'?t have an (?:id|account)\?"
    r"|this question is for testing whether (?:or not )?you are a human visitor.{0,120}"
    r"|\d{1,2}\s*[+x×-]\s*\d{1,2}\s*=\s*\??|solve this simple math problem.{0,120}"
    # a subscribers' gate
    r"|this (?:item|article|story|content) is available in full to (?:subscribers|members)\.?"
    r"|(?:print|digital|non-?)[ -]?subscribers|if you'?re a (?:print )?subscriber.{0,160}"
    r"|(?:.{0,60}[.!]\s*)?you(?:'re| are) now reading(?: \d{1,2} of \d{1,2} free (?:articles"
    r"|stories)\.?)?|\d{1,2} of \d{1,2} free (?:articles?|stories)(?: (?:left|remaining))?\.?"
    r"|you(?:'ve| have) (?:\d{1,2}|one|two|three|four|five) free (?:articles?|stories)"
    r" (?:left|remaining)(?: this month)?\.?|subscribe (?:now|today) to stay in the know!?"
    r"|end of preview\b.{0,100}|this article contains approximately [\d,]+ words\.?"
    r"|(?:subscribers?:\s*)?log ?in (?:now )?to read the (?:full|whole|rest of the)"
    r" (?:article|story)\.?|not an? (?:subscriber|member)\?|choose from one of the following"
    r" options:?"
    # a blog's comment form
    r"|please log in using one of these methods to post your comment:?"
    r"|you are commenting using your [\w.+ ]{2,30} account\.?\s*\(?\s*log out\s*/\s*change\s*\)?"
    r"|connecting to %s"
    r"|notify me of (?:new|follow-up) (?:comments|posts)(?: (?:via|by) e-?mail)?\.?"
    r"|are you a new member\?\s*sign up now\.?"
    r"|(?:to be able )?to (?:write|post|leave) a comment,? you (?:have|need|must) (?:to )?be"
    r" (?:registered|logged in)(?: and logged in)?\.?|(?:currently )?there are no comments"
    r"(?: yet)?\.?|no comments yet\.?|be the first to comment[.!]?"
    r"|join .{2,40} and become one of the [\d,]+ (?:members|subscribers|readers).{0,120}"
    r"|you (?:may|can) contact us (?:via|through|using) our (?:online )?contact form\.?"
    # a reader's submission form: "Use these forms to send us announcements.", "NOTE: All
    # submissions are subject to our Submission Guidelines."
    r"|use (?:these|this|the|our) (?:online )?forms? (?:below )?to (?:send|submit) us"
    r" [\w ]{1,40}\.?"
    r"|submit your [\w ]{1,30} (?:using|with|via|through) (?:this|our|the) (?:online )?form\.?"
    r"|(?:note:\s*)?all submissions are subject to (?:our|the) (?:[\w'’-]+ ){0,3}"
    r"(?:guidelines|terms|rules|polic(?:y|ies))\.?"
    # a newsletter's sign-up, a visitor counter, a language switcher ("en_USEnglish")
    r"|don'?t miss out on what'?s happening!?|stay in touch with .{2,60} in your e-?mail inbox\.?"
    r"|analytics made easy\s*[-–]\s*statcounter|[a-z]{2}_[a-z]{2}(?:english|español|français)"
    # a video player's or a page's controls
    r"|close video ad|unmute\s*toggle ad audio.{0,20}|video spacer"
    r"|(?:up next\s*)?no more videos!?\s*playlist is empty\s*-?"
    r"|article continue[sd] below|expand (?:image|slideshow|gallery)|text only"
    r"|advertisement block|web banner \d{1,2}|listen to the audio below:?"
    # a browser notice
    r"|\S{2,40} works better on (?:other|another|a different|modern) browsers?\.?"
    r"|for the best (?:possible )?experience,? (?:we recommend|please) us(?:e|ing) .{0,80}"
    # how the page was made or kept
    r"|this (?:article|story|summary|post) was (?:created|generated|written|produced)"
    r" (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b.{0,300}"
    r"|we have summari[sz]ed this (?:news|story|article) so (?:that )?you can read it quick(?:ly)?"
    r"\.?"
    r"|(?:developing story\s*\|\s*)?this (?:is a developing story|story will be updated)"
    r"(?: and will be updated| that (?:is being|will be) updated)?.{0,80}"
    r"|\[?email(?:&#160;|\s)protected\]?|this email address is being protected from spambots.{0,80}"
    r"|\[(?:copyright|©)\s[^\[\]]{2,60}\]"
    r"|this page contains archived (?:news )?material.{0,120}"
    r"|you are subscribed to .{3,160}?\. this information has recently been updated, and is now"
    r" available\.?"
    r"|th(?:ese|is) pages? (?:is|are) (?:being )?(?:preserved|kept) for historical (?:purposes"
    r"|reference).{0,200}|archived content|information identified as archived is provided.{0,300}"
    r"|this is an archived (?:article|page|story|post|(?:news |press )?release)\b.{0,250}"
    r"|this (?:article|page|story|post|content|(?:news |press )?release) (?:is|has been|was)"
    r" archived\b.{0,200}|this was published under the \d{4} to \d{4} [\w ]{3,80} government"
    r"|this (?:conference call |earnings call )?transcript was (?:computer|machine)[- ]generated"
    r".{0,300}|with inputs from [\w-]+(?:,? (?:and |& )?[\w-]+){0,3}"
    # an appeal, a social network's buttons, an author's or a label's other posts
    r"|we need your support so .{2,40} can keep .{0,120}|.{2,40} needs your financial support!"
    r"|show your support for .{2,40} by (?:helping us|becoming|making|donating|subscribing).{0,120}"
    rf"|like us on facebook(?:,? and follow us on {_NETWORKS})?\.?"
    rf"|(?:share (?:on|via) {_NETWORKS}\s*){{2,6}}"
    rf"|(?:subscribe to|follow|join) .{{2,40}} on {_NETWORKS}(?: for .{{0,60}})?\.?"
    r"|click (?:here )?to (?:donate|subscribe)\.?"
    r"|view all posts by [^.!?]{2,40}\s*[→»>]?|showing posts with label .{1,60}show all posts",
    re.IGNORECASE,
)
_QUOTES = '"“”„«»'


def is_site_form(text: str) -> bool:
    """A login form, a subscribers' gate, a player's controls, a browser notice, a note on how
    the page was made, or an appeal or link to the site's other pages (see the notes)."""
    line = text.strip()
    if len(line) > _MAX_FORM or any(q in line for q in _QUOTES):
        return False
    if _SITE_FORM.fullmatch(line) is not None:
        return True
    # "(With inputs from PTI)": a note in brackets
    return (
        line[:1] + line[-1:] in ("()", "[]")
        and _SITE_FORM.fullmatch(line[1:-1].strip()) is not None
    )
