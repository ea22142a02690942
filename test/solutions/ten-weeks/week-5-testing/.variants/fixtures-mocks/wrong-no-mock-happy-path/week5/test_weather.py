from weather import average_temperature


class FakeClient:
    def get(self, path):
        return {"temp": 12.0}


def test_average(tmp_path):
    path = tmp_path / "cities.txt"
    path.write_text("Oslo\nLima\n", encoding="utf-8")
    assert average_temperature(path, FakeClient()) == 12.0
