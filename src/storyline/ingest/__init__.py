"""Reading articles from every kind of input: files, directories, globs, stdin and URLs.

The one entry point is `read_inputs`, a lazy stream of `Article` and `InputFailure` records.
"""

from storyline.ingest.fetch import FetchedPage, fetch_url
from storyline.ingest.options import ReadOptions
from storyline.ingest.sources import read_inputs, read_stream

__all__ = ["FetchedPage", "ReadOptions", "fetch_url", "read_inputs", "read_stream"]
