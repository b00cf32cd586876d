from casefile.passwords import MAX_LENGTH, entropy_bits, generate_packet_password


def test_packet_passwords_are_strong_short_and_varied():
    seen = {generate_packet_password() for _ in range(500)}
    assert len(seen) == 500
    assert entropy_bits() >= 64
    for password in seen:
        assert len(password) <= MAX_LENGTH and password.isascii()
        assert password == password.lower()


def test_a_temporary_passphrase_is_drawn_and_passes_the_users_own_check():
    from casefile.passphrase import strength, temporary_passphrase

    drawn = {temporary_passphrase(("dirk",)) for _ in range(20)}
    assert len(drawn) == 20  # drawn, never the same
    assert all(strength(p, ("dirk",)).acceptable for p in drawn)


def test_a_drawn_passphrase_too_weak_for_the_user_is_drawn_again(monkeypatch):
    from casefile import passwords
    from casefile.passphrase import temporary_passphrase

    draws = iter(["dirk-dirk-dirk", "laro-fita-jobi-like-kuli-62"])
    monkeypatch.setattr(passwords, "generate_packet_password", lambda: next(draws))
    assert temporary_passphrase(("dirk",)) == "laro-fita-jobi-like-kuli-62"
