"""Event extraction: from a document and its date mentions to dated, typed events.

Public API:

* :func:`extract_events` -- one document, a pure function of (document, mentions).
* :func:`merge_actors` -- merge actor aliases across the events of several documents.

Modules: ``sentences`` (splitting), ``kinds`` (the trigger table), ``actors`` and
``gazetteer`` (who), ``summary`` (the list line), ``extract`` (what counts as an event).
"""

from timeline.events.actors import merge_actors
from timeline.events.extract import extract_events

__all__ = ["extract_events", "merge_actors"]
