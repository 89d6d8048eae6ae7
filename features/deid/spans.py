"""The shapes in which the redactor's readings hand back what they found: one definition for every reading.

Why a module of its own: each reading (``people``, ``carriers``, ``fields``, ``records``, ``kin_names``, the owner
readings) used to declare the same aliases; a reading imports these and nothing else of its siblings.
"""

from __future__ import annotations

#: a find of anybody's identifier: ``(entity type, start, end, score)``, character offsets into the text (end
#: exclusive), score in [0, 1], the order Presidio's ``RecognizerResult`` takes them in
Span = tuple[str, int, int, float]

#: a find of the owner's own identifier: ``(start, end, entity type)``, character offsets (end exclusive)
OwnerSpan = tuple[int, int, str]

#: a word of letters, with apostrophes or hyphens inside it ("O'Neil", "Jean-Luc"), any script
NAME_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
