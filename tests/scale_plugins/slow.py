"""A test annotator that sleeps on every document (to kill a run mid-way)."""

import os
import time

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Mention


@hookimpl
def newsmill_annotate(doc):
    time.sleep(float(os.environ.get("NEWSMILL_TEST_SLEEP", "0.1")))
    return [Mention("marker", 0, 1, value=doc.clean[:1])]
