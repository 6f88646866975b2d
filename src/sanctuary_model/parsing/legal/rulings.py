"""Court rulings as news reports them, and the statutes and courts they involve.

``extract_rulings`` reads the running text a clause at a time (quoted speech is masked so
that a speaker's words are never read as a court's). A clause reports a ruling when it has
both a judicial actor and a judicial act:

- actors: a named judge (``U.S. District Judge Michael Baylson``), an unnamed one
  (``a federal judge in Philadelphia``), a named court (``the 9th U.S. Circuit Court of
  Appeals``), or a reference back to a judge already named: the surname (``Baylson's``),
  ``the judge``, or ``he``/``she`` as the subject of a judicial verb, resolved to the judge
  named last;
- acts: ``ruled``, ``denied``, ``blocked``, ``a decision``, ``his 128-page order`` and kin.

Clauses about the same judge merge into one ruling, except a denial of reconsideration or
a clause dated differently (``last week`` after ``in September``), which start a new ruling
by that judge. An unnamed judge's ruling is the one the first judge named afterwards made
when nothing (court, party) contradicts it: news leads with "a federal judge" and names
the judge later. A ruling with no court stated takes the district court of the city that
sued (recorded in ``notes``). A ruling reported as made ``on the same day`` as a Justice
Department notice takes the notice's date when the notice is dated and that date falls
within the ruling's own stated date (``last week``).

>>> import datetime as dt
>>> text = "U.S. District Judge Jane Roe ruled Monday that the administration exceeded its "
>>> text += "authority in withholding grants from the city of Seattle."
>>> ruling, = extract_rulings(Article(text, published=dt.date(2018, 1, 10)))
>>> ruling.judge.name, ruling.court.abbreviation, ruling.party.key, ruling.outcome.value
('Jane Roe', 'W.D. Wash.', 'wa/seattle', 'for_jurisdiction')
"""

from __future__ import annotations

from ...model.documents import Article
from ...model.legal import CourtRuling
from ...model.people import Person

# The module, not its function: notices read statutes from this package, so importing
# ``parsing.notices`` first reaches this line before ``extract_notices`` exists.
from .. import notices
from ..dates import extract_dates
from ..text import SpanIndex, masked_text, sentence_clauses
from ._clauses import ClauseReader, Event
from ._drafts import Draft, RulingDrafts, finish
from ._places import Places

__all__ = ["extract_rulings"]


def extract_rulings(article: Article | str) -> tuple[CourtRuling, ...]:
    """Every court ruling the article (or a plain text) reports, in the order they are first
    mentioned."""
    if isinstance(article, str):
        article = Article(article)
    masked = masked_text(article)
    dates = SpanIndex(
        (d.span, d) for d in extract_dates(article) if not d.fiscal and d.span is not None
    )
    notice_at = {
        span: notice for notice in notices.extract_notices(article) for span in notice.mentions
    }
    surnames: dict[str, Person] = {}
    clauses = ClauseReader(masked, dates, surnames)
    places = Places(surnames)
    drafts = RulingDrafts(article.text, places, dates, notice_at)
    for sentence, in_sentence in sentence_clauses(article):
        events: list[tuple[Event, Draft]] = []
        for clause in in_sentence:
            event = clauses.event(clause, sentence)
            if event is not None:
                events.append((event, drafts.apply(event)))
            places.remember(masked[clause.start : clause.end])
        if events:
            drafts.same_day(sentence, [draft for _event, draft in events])
    return tuple(finish(draft) for draft in drafts.drafts)
