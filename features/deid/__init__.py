"""De-identification: keyed pseudonyms, generalised quasi-identifiers, free-text
redaction and the leak check that guards everything downstream."""
