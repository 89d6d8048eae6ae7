"""Shadow replay, the clinical safety report and the promotion gate. (Planned: issue 7.)
Loads registered models; never imports ``training``."""
