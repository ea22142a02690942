"""Check helpers shared by the lessons of this track; checks import them with
`from pymastery.track.<module> import ...`."""
