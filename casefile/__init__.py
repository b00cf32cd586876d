"""Casefile: encrypted dossiers, a consent register and consent-checked transfer packets."""

from casefile.errors import CasefileError, ConsentRequired, VaultLocked
from casefile.model import Category, Role, Sensitivity
from casefile.vault import Vault

__version__ = "0.1.0"

__all__ = ["CasefileError", "Category", "ConsentRequired", "Role", "Sensitivity", "Vault",
           "VaultLocked", "__version__"]
