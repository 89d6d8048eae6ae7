"""The BentoML prediction service: champion answers, challenger shadows. (Planned: issue 6.)
Loads registered models; never imports ``training``."""
