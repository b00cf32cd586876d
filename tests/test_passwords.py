from casefile.passwords import MAX_LENGTH, entropy_bits, generate_packet_password


def test_packet_passwords_are_strong_short_and_varied():
    seen = {generate_packet_password() for _ in range(500)}
    assert len(seen) == 500
    assert entropy_bits() >= 64
    for password in seen:
        assert len(password) <= MAX_LENGTH and password.isascii()
        assert password == password.lower()
