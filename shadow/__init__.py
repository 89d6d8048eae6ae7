"""Shadow replay, the clinical safety report and the promotion gate.
Loads registered models; never imports ``training``."""
