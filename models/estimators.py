"""What the project's scikit-learn estimators share: their parameters, declared once as fields.

scikit-learn reads an estimator's parameters from the signature of its ``__init__`` and
expects ``__init__`` to store each one unchanged under its own name (``get_params``,
``clone``, ``set_params``). A dataclass's generated ``__init__`` does exactly that, so each
parameter is written once, with its type and default, instead of in the signature and again
as an assignment; a subclass redeclares a field to change its default and keeps its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

Estimator = TypeVar("Estimator")


@dataclass_transform(eq_default=False)
def estimator_parameters(cls: type[Estimator]) -> type[Estimator]:
    """Make the class's annotated attributes with defaults its ``__init__`` parameters.

    No generated ``__eq__`` (estimators compare and hash by identity, as scikit-learn's do) and
    no generated ``__repr__`` (``BaseEstimator``'s shows the parameters that differ from the defaults).
    """
    return dataclass(eq=False, repr=False)(cls)
