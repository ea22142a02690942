import pytest

import weather


class RecordingClient:
    def __init__(self, temps):
        self.temps = dict(temps)
        self.asked = []

    def get(self, path):
        self.asked.append(path)
        return {"temp": self.temps[path.rsplit("/", 1)[-1]]}


def test_comments_and_blanks_skipped(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("#x\nRome\n\nCairo\n", encoding="utf-8")
    assert weather.read_cities(path) == ["Rome", "Cairo"]


def test_paths_and_average(tmp_path, monkeypatch):
    monkeypatch.setattr(weather, "read_cities", lambda path: ["Rome", "Cairo"])
    client = RecordingClient({"Rome": 30.0, "Cairo": 40.0})
    assert weather.average_temperature("unused", client) == 35.0
    assert client.asked == ["/weather/Rome", "/weather/Cairo"]


def test_no_city(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError):
        weather.average_temperature(path, RecordingClient({}))
