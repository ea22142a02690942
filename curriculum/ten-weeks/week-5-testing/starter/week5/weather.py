"""Average temperature of the cities listed in a file, fetched through a client object.

The client is anything with a `get(path)` method that returns a dict such as {"temp": 21.5}:
in real use an HTTP client for a weather service, in your tests a mock. This module works;
your job is the tests in test_weather.py.
"""


def read_cities(path):
    """The city names in the text file at `path`, one a line, stripped.

    Blank lines and lines starting with # are skipped.
    """
    cities = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            name = line.strip()
            if name and not name.startswith("#"):
                cities.append(name)
    return cities


def average_temperature(path, client):
    """Asks the client for "/weather/<city>" for each city in the file, in file order, and
    returns the mean of the "temp" values. Raises ValueError when the file lists no city."""
    cities = read_cities(path)
    if not cities:
        raise ValueError("the file lists no city")
    temps = [client.get("/weather/" + city)["temp"] for city in cities]
    return sum(temps) / len(temps)
