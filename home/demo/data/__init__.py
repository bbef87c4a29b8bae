"""Plain data modules, one per seed document; they import nothing from the apps.

Conventions shared by every module here:
- city keys are slugs ("kaniv", "greve-in-chianti") and committee slugs are "sonoma-<city key>";
- a "body" or "paragraphs" value is a list of plain-text paragraphs (no markup);
- None means "not known from the seeds" (a vacant office, no website); empty strings are never used;
- facts that are not in the seeds carry the comment "general knowledge, not from seed".
"""
