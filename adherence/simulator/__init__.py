"""A believable producer of Silver lakes, with the ground truth needed to evaluate models.

Its truth (``lake/truth/``) is for evaluation and benchmarks only: features, training
and serving never read it.
"""

from adherence.simulator.run import DEFAULT_START, SimulationConfig, simulate

__all__ = ["DEFAULT_START", "SimulationConfig", "simulate"]
