"""minic.envflag: the quick environment read the jit does on every replay sees every change, as os.environ.get does."""
from minic.envflag import EnvFlag


def test_env_flag_follows_os_environ(monkeypatch):
    flag = EnvFlag("MINIC_TEST_ENVFLAG")
    monkeypatch.delenv("MINIC_TEST_ENVFLAG", raising=False)
    assert not flag.on() and flag.get("dflt") == "dflt"
    for value, on in [("1", True), ("0", False), ("", False), ("yes", True), ("é", True)]:
        monkeypatch.setenv("MINIC_TEST_ENVFLAG", value)
        assert flag.on() is on and flag.get() == value
    monkeypatch.delenv("MINIC_TEST_ENVFLAG")
    assert not flag.on() and flag.get() == ""
