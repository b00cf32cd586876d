"""Passphrase strength, judged by zxcvbn (DESIGN section 7)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from casefile.errors import WeakPassphrase

MIN_SCORE = 3
_MAX_CHECKED = 100  # zxcvbn's cost grows with length; longer passphrases are judged by a prefix


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    warning: str  # zxcvbn's English warning code-text; the UI shows its own sentences
    crack_seconds: float

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    @property
    def hint(self) -> str:
        """A code for why it is weak (the catalogue's STRENGTH_HINTS), "" when unknown."""
        lowered = self.warning.lower()
        return next((code for word, code in _HINTS if word in lowered), "")


# zxcvbn's feedback is English prose; a telling word in its warning picks our code. First
# match wins, so the narrower words lead.
_HINTS = (("similar to a commonly", "similar_to_common"), ("common password", "common_password"),
          ("word by itself", "single_word"), ("surnames", "names"), ("keyboard", "keyboard"),
          ("repeats", "repeats"), ("sequences", "sequences"), ("years", "years"),
          ("dates", "dates"))


def strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, "", 0.0)
    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_inputs))
    seconds = result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"]
    return Strength(int(result["score"]), result["feedback"].get("warning") or "",
                    float(seconds))


def require_strong(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    if not strength(passphrase, user_inputs).acceptable:
        raise WeakPassphrase()
