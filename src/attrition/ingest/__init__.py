"""Orchestration only: files or documents → parse → one transaction of writes and checks.

``ingest_paths`` walks files and folders, offers each file to the registered sources
(``recognises``) and reads the ones a source claims; ``ingest_documents`` takes
RawDocuments directly (the live updater's entry point). Both then:

1. skip documents whose sha256 is already stored ("unchanged") — re-ingesting is a no-op;
2. parse EVERY document first; any ParseError aborts before anything is written;
3. in ONE store transaction: add documents, observations and stated corrections,
   refresh the consensus of the touched categories, run :mod:`attrition.checks` and
   add the new findings, and record one run row per document.

An interrupted or rejected ingest therefore leaves the database as it was. This
package does not parse text, compute consensus or print; it reads no configuration
(the clock arrives as ``now``). One INFO log line per document.

* :mod:`.files` — which files, and which source reads each;
* :mod:`.pipeline` — parse-all-first and the one transaction;
* :mod:`.results` — what an ingest returns.
"""

from attrition.ingest.files import collect_documents
from attrition.ingest.pipeline import ingest_documents, ingest_paths
from attrition.ingest.results import DocumentResult, IngestResult, SkippedFile
from attrition.model.records import finding_dict

__all__ = [
    "DocumentResult",
    "IngestResult",
    "SkippedFile",
    "collect_documents",
    "finding_dict",
    "ingest_documents",
    "ingest_paths",
]
