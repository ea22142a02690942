"""Check helpers shared by the lessons of the Expert Python track; checks import them with
`from pymastery.track import ...` (each part of the track keeps its helpers in a module of its own)."""
